"""Pull streams: positions handed out in commit order, cursors, and pages with checksums.

Every row of a stream carries a position from its stream's counter (``stream_heads``).
A writer takes positions with one ``UPDATE … RETURNING`` that locks the counter row until
it commits, so positions become visible in order: a reader that has seen position *p*
committed has seen every position below it, and a cursor never skips a row. A state
stream (accounts, residents) gives a changed row a new position, so a desk catching up
gets each row once, in its newest state.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select, update
from sqlalchemy.orm import Session

from kelurahan_desk.central.tables import (
    CentralAccount,
    Centre,
    Office,
    RequestStep,
    Resident,
    StockSerial,
    StreamHead,
)
from kelurahan_desk.sync import wire
from kelurahan_desk.sync.wire import Stream


def take_positions(session: Session, stream: Stream, count: int) -> range:
    """``count`` new positions of ``stream``, in order (locks its counter until commit)."""
    last = session.execute(
        update(StreamHead).where(StreamHead.stream == stream.value)
        .values(position=StreamHead.position + count).returning(StreamHead.position)
    ).scalar_one()
    return range(last - count + 1, last + 1)


class CursorGone(Exception):
    """The cursor was not made by this database, is ahead of it, or below what it keeps."""

    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


def make_cursor(epoch: str, position: int) -> str:
    return f"v1.{epoch}.{position}"


def read_cursor(cursor: str | None, epoch: str, head: StreamHead) -> int:
    if cursor is None:
        return 0
    _, cursor_epoch, text = cursor.split(".")
    position = int(text)
    if cursor_epoch != epoch:
        raise CursorGone("epoch")  # another (re-created) centre database made it
    if position > head.position:
        raise CursorGone("ahead")  # e.g. the centre was restored from a backup
    if position < head.floor:
        raise CursorGone("purged")  # removals it would have missed were purged
    return position


@dataclass(frozen=True)
class _Source:
    query: Any  # the rows of the stream, as a select of one mapped class
    position: Any  # its position column
    office: Any  # its office column, None for a city-wide stream
    item: Any  # row -> dict (the item as sent)


def _request_item(row: RequestStep) -> dict[str, Any]:
    return wire.RequestStatusItem(
        id=row.id, tracking_number=row.tracking_number, status=row.status,  # type: ignore[arg-type]
        at=row.at, reason=row.reason, akta_number=row.akta_number,
    ).model_dump(mode="json")


def _stock_item(row: StockSerial) -> dict[str, Any]:
    return wire.StockItem(
        id=row.id, serial=row.serial, batch=row.batch, allocated_at=row.allocated_at,
    ).model_dump(mode="json")


def _account_item(row: CentralAccount) -> dict[str, Any]:
    return wire.AccountItem(
        account_id=row.id, username=row.username, full_name=row.full_name,
        role=row.role, active=row.active, changed_at=row.changed_at,  # type: ignore[arg-type]
    ).model_dump(mode="json")


def _resident_item(row: Resident) -> dict[str, Any]:
    # Built by hand: validating 5,000 rows a page through pydantic costs more than the query.
    return {
        "nik": row.nik, "kk": row.kk, "full_name": row.full_name, "sex": row.sex,
        "birth_place": row.birth_place, "birth_date": row.birth_date,
        "address": row.address, "rt": row.rt, "rw": row.rw,
        "kelurahan_code": row.kelurahan_code, "religion": row.religion,
        "ktp_status": row.ktp_status,
        "removed": row.removed,
    }


_SOURCES = {
    Stream.REQUESTS: _Source(select(RequestStep), RequestStep.position, RequestStep.office_id,
                             _request_item),
    Stream.STOCK: _Source(select(StockSerial), StockSerial.position, StockSerial.office_id,
                          _stock_item),
    Stream.ACCOUNTS: _Source(select(CentralAccount), CentralAccount.position,
                             CentralAccount.office_id, _account_item),
    Stream.RESIDENTS: _Source(select(Resident), Resident.position, None, _resident_item),
}


def pull(session: Session, office: Office, stream: Stream, cursor: str | None,
         limit: int) -> dict[str, Any]:
    """One page of ``stream`` for ``office`` after ``cursor`` (raises ``CursorGone``)."""
    epoch = session.execute(select(Centre.epoch).where(Centre.id == 1)).scalar_one()
    head = session.get_one(StreamHead, stream.value)
    after = read_cursor(cursor, epoch, head)
    source = _SOURCES[stream]
    query: Select[Any] = source.query.where(
        source.position > after, source.position <= head.position
    ).order_by(source.position).limit(limit + 1)
    if source.office is not None:
        query = query.where(source.office == office.id)
    rows = list(session.scalars(query))
    more = len(rows) > limit
    rows = rows[:limit]
    # With nothing more to read, jump to the head: the office skips other offices' rows.
    last = getattr(rows[-1], source.position.key) if more else head.position
    items = [source.item(row) for row in rows]
    return {
        "stream": stream.value, "items": items, "cursor": cursor,
        "next_cursor": make_cursor(epoch, last), "more": more,
        "checksum": wire.page_checksum(items),
    }
