"""The local resident list: loading it from a CSV file, looking people up, opening a record.

Looking up shows only what tells people apart (name, masked NIK, birth date, address) and
writes nothing; opening a record shows everything and is audited (UU PDP Pasal 31).
Columns of the CSV file: docs/RESIDENTS.md.
"""

from __future__ import annotations

import functools
import hashlib
import re
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy.orm import Session

from kelurahan_desk.domain.ktp_print import RecordStatus
from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from kelurahan_desk.domain.nik import mask_nik
from kelurahan_desk.domain.people import Sex
from kelurahan_desk.domain.regions import load_regions, normalize_code
from kelurahan_desk.domain.resident_file import (
    BadResidentFile,
    ResidentRow,
    decode_resident_file,
    read_resident_rows,
)
from kelurahan_desk.domain.roles import Permission
from kelurahan_desk.services.actor import Actor, authorize
from kelurahan_desk.services.errors import NotFound, PermissionDenied, ServiceError
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.resident_tables import (
    COLUMNS,
    NAMES_FTS,
    PLACE_TOKEN_PREFIX,
    UPDATE_SQL,
    insert_residents,
)
from kelurahan_desk.store.tables import Office
from kelurahan_desk.store.unit_of_work import utc_text

__all__ = [
    "CentralResident",
    "LoadResult",
    "ResidentChanges",
    "ResidentFileRefused",
    "ResidentHit",
    "ResidentRecord",
    "apply_central_residents",
    "find_residents",
    "load_residents_csv",
    "open_resident",
    "remove_residents_not_seen",
]

# --- results -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ResidentHit:
    """One line of a lookup: enough to pick the right person, with the NIK masked.

    ``id`` is an opaque handle for ``open_resident``: a list never needs the full NIK.
    """

    id: uuid.UUID
    full_name: str
    nik_masked: str
    sex: Sex
    birth_date: date
    address: str  # street and house number
    rt: str
    rw: str
    kelurahan_name: str
    ktp_status: RecordStatus | None  # SIAK's KTP-el status; None: the list does not say
    synthetic: bool  # made up (demo, benchmark): the UI marks it "data sintetis"


@dataclass(frozen=True)
class ResidentRecord:
    """A resident's whole entry, as shown once the operator opens it (audited)."""

    id: uuid.UUID
    nik: str
    kk: str
    full_name: str
    sex: Sex
    birth_place: str
    birth_date: date
    address: str
    rt: str
    rw: str
    kelurahan_code: str  # 10 digits
    kelurahan_name: str
    religion: str | None
    ktp_status: RecordStatus | None
    synthetic: bool
    updated_at: datetime


@dataclass(frozen=True)
class LoadResult:
    """What a CSV load did; ``warnings`` lists the first few (``warning_count`` all)."""

    file_name: str
    sha256: str
    rows: int
    added: int
    updated: int
    unchanged: int
    warnings: tuple[Message, ...]
    warning_count: int


class ResidentFileRefused(ServiceError):
    """The CSV file has errors; nothing was written. ``problems`` names line and column."""

    def __init__(self, message: Message, problems: Sequence[Message]) -> None:
        super().__init__(message)
        self.problems = tuple(problems)


@functools.cache
def _kelurahan_name(code: str) -> str:
    try:
        region = load_regions().get(code)
    except ValueError:
        return code
    return region.name if region is not None else normalize_code(code)


def _authorize_any(session: Session, actor: Actor, *permissions: Permission) -> None:
    """Pass if any one of ``permissions`` is granted; else refuse as the last one did."""
    refusal: PermissionDenied | None = None
    for permission in permissions:
        try:
            authorize(session, actor, permission)
        except PermissionDenied as exc:
            refusal = exc
        else:
            return
    assert refusal is not None
    raise refusal


# --- loading a CSV file ------------------------------------------------------------------

_CHUNK = 500  # NIKs per "which of these are stored" query (SQLite's variable limit: 32766)


def _compared(row: ResidentRow) -> tuple[Any, ...]:
    """The stored columns after the id, up to ``synthetic`` (0: a row from the centre)."""
    return (row.kk, row.full_name, row.sex, row.birth_place, row.birth_date, row.address,
            row.rt, row.rw, row.kelurahan_code, row.religion, row.ktp_status, 0)


def _stored(session: Session, niks: list[str]) -> Iterator[tuple[Any, ...]]:
    """(nik, kk, …, synthetic) of the rows already stored among ``niks``."""
    compared = ", ".join(COLUMNS[2:-1])
    for start in range(0, len(niks), _CHUNK):
        chunk = niks[start: start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        yield from session.connection().exec_driver_sql(
            f"SELECT nik, {compared} FROM residents WHERE nik IN ({marks})", tuple(chunk))


def load_residents_csv(store: Store, actor: Actor, path: Path) -> LoadResult:
    """Add or replace residents from a CSV file of the central office (admin, supervisor).

    Every row is checked before anything is written: one wrong row refuses the whole file,
    naming its line and column. Rows are matched by NIK; a resident missing from the file
    stays (removals come with the sync). One audit event covers the whole load.
    """
    with store.read() as session:
        _authorize_any(session, actor, Permission.MANAGE_OFFICE, Permission.APPROVE)
    try:
        data = path.read_bytes()
    except OSError as exc:
        problem = QT_TRANSLATE_NOOP("residents", "Berkas tidak dapat dibuka: {detail}").format(
            detail=exc.strerror or str(exc))
        raise ResidentFileRefused(problem, [problem]) from None
    digest = hashlib.sha256(data).hexdigest()
    # Checked outside the write transaction: a big file takes seconds, and the kiosk must
    # keep issuing tickets meanwhile.
    try:
        rows, warnings, warning_count = read_resident_rows(
            decode_resident_file(data, path.name), path.name, store.clock().date())
    except BadResidentFile as bad:
        raise ResidentFileRefused(bad.message, bad.problems) from None

    with store.write(actor.username, actor.role) as uow:
        _authorize_any(uow.session, actor, Permission.MANAGE_OFFICE, Permission.APPROVE)
        stored = {r[0]: tuple(r[1:]) for r in _stored(uow.session, [r.nik for r in rows])}
        now = utc_text(uow.now)
        added = [(r.nik, *_compared(r), now) for r in rows if r.nik not in stored]
        changed = [
            (*_compared(r), now, r.nik)
            for r in rows if r.nik in stored and stored[r.nik] != _compared(r)
        ]
        connection = uow.session.connection()
        insert_residents(connection, added)
        if changed:
            connection.exec_driver_sql(UPDATE_SQL, changed)
        summary = {
            "file": path.name, "sha256": digest, "rows": len(rows), "added": len(added),
            "updated": len(changed), "unchanged": len(rows) - len(added) - len(changed),
        }
        # Counts and the file's hash only: the rows themselves came from the centre.
        uow.record("residents.loaded", "residents", digest[:16], summary)
    return LoadResult(path.name, digest, len(rows), len(added), len(changed),
                      len(rows) - len(added) - len(changed), tuple(warnings), warning_count)


# --- pages of the central list (the sync's ``residents`` stream) ------------------------------

# A row as the centre sends it, in ``NEW_ROW_COLUMNS`` order up to the KTP-el status: nik,
# kk, full_name, sex, birth_place, birth_date (ISO), address, rt, rw, kelurahan_code,
# religion, ktp_status.
CentralResident = tuple[str, str, str, str, str, str, str, str, str, str, str | None,
                        str | None]


@dataclass(frozen=True)
class ResidentChanges:
    added: int
    updated: int
    removed: int
    unchanged: int


def apply_central_residents(
    session: Session, rows: Sequence[CentralResident], removed: Sequence[str],
    now: datetime, *, touch_unchanged: bool = False,
) -> ResidentChanges:
    """Upsert a page of the centre's list by NIK and drop the NIKs it removed, in the
    caller's transaction (the sync stores the page's cursor in the same one).

    ``touch_unchanged`` stamps unchanged rows with ``now`` too: while the whole list is
    fetched again, ``remove_residents_not_seen`` then finds what the centre no longer has.
    A row from the centre is never synthetic, even where a demo row had its NIK.
    """
    stamp = utc_text(now)
    stored = {r[0]: tuple(r[1:]) for r in _stored(session, [r[0] for r in rows])}
    added: list[tuple[Any, ...]] = []
    changed: list[tuple[Any, ...]] = []
    same: list[tuple[str, str]] = []
    for row in rows:
        compared = (*row[1:], 0)
        old = stored.get(row[0])
        if old is None:
            added.append((row[0], *compared, stamp))
        elif old != compared:
            changed.append((*compared, stamp, row[0]))
        elif touch_unchanged:
            same.append((stamp, row[0]))
    connection = session.connection()
    insert_residents(connection, added)
    if changed:
        connection.exec_driver_sql(UPDATE_SQL, changed)
    if same:
        connection.exec_driver_sql("UPDATE residents SET updated_at = ? WHERE nik = ?", same)
    gone = 0
    for start in range(0, len(removed), _CHUNK):
        chunk = removed[start: start + _CHUNK]
        gone += connection.exec_driver_sql(
            f"DELETE FROM residents WHERE nik IN ({', '.join('?' * len(chunk))})",
            tuple(chunk)).rowcount
    return ResidentChanges(len(added), len(changed), gone,
                           len(rows) - len(added) - len(changed))


def remove_residents_not_seen(session: Session, since: datetime) -> int:
    """After a whole fetch of the centre's list: drop its rows not stamped since ``since``
    (made-up demo rows are the desk's own and stay)."""
    return session.connection().exec_driver_sql(
        "DELETE FROM residents WHERE updated_at < ? AND NOT synthetic",
        (utc_text(since),)).rowcount


# --- looking up ---------------------------------------------------------------------------

NumberKind = Literal["nik", "kk"]  # what digits typed into a lookup are the start of
_NUMBER_QUERY = re.compile(r"[0-9][0-9 .\-]*")
_WORD = re.compile(r"[^\W_]+")
_MIN_TOKEN = 2  # FTS5 keeps prefix indexes from 2 letters; one letter matches half the city
# Name matches fetched before ordering: the office's own kelurahan first, then the rest.
# More than ``limit`` so that ordering by name picks from a real choice; a query matching
# thousands is refined by typing on, not by scrolling.
_CANDIDATES = 100
_HIT_COLUMNS = ("id, nik, full_name, sex, birth_date, address, rt, rw, kelurahan_code, "
                "synthetic, ktp_status")


def _status(stored: str | None) -> RecordStatus | None:
    return RecordStatus(stored) if stored else None


def _hit(row: Sequence[Any]) -> ResidentHit:
    return ResidentHit(
        id=uuid.UUID(hex=row[0]),
        full_name=row[2],
        nik_masked=mask_nik(row[1]),
        sex=Sex(row[3]),
        birth_date=date.fromisoformat(row[4]),
        address=row[5],
        rt=row[6],
        rw=row[7],
        kelurahan_name=_kelurahan_name(row[8]),
        ktp_status=_status(row[10]),
        synthetic=bool(row[9]),
    )


def _number_hits(session: Session, digits: str, limit: int,
                 number: NumberKind) -> list[ResidentHit]:
    if len(digits) > 16:
        return []
    # An index answers a prefix as a range: "3574" ≤ nik < "3575".
    after = digits[:-1] + chr(ord(digits[-1]) + 1)  # "9" + 1 is ":", still above every digit
    conn = session.connection()
    if number == "kk":  # the families whose No. KK starts so, each oldest first
        return [_hit(row) for row in conn.exec_driver_sql(
            f"SELECT {_HIT_COLUMNS} FROM residents WHERE kk >= ? AND kk < ? "
            "ORDER BY kk, birth_date, nik LIMIT ?", (digits, after, limit))]
    rows = list(conn.exec_driver_sql(
        f"SELECT {_HIT_COLUMNS} FROM residents WHERE nik >= ? AND nik < ? ORDER BY nik "
        "LIMIT ?", (digits, after, limit)))
    if len(digits) == 16 and len(rows) < limit:
        # A whole number may be a No. KK: then the family, oldest first.
        rows += conn.exec_driver_sql(
            f"SELECT {_HIT_COLUMNS} FROM residents WHERE kk = ? AND nik != ? "
            "ORDER BY birth_date, nik LIMIT ?", (digits, digits, limit - len(rows)))
    return [_hit(row) for row in rows]


def _name_order(tokens: list[str], name: str) -> tuple[int, str]:
    """Names whose words start with the typed words in the typed order come first."""
    words = _WORD.findall(name.casefold())
    in_order = all(
        i < len(words) and words[i].startswith(t) for i, t in enumerate(tokens))
    return (0 if in_order else 1, name.casefold())


def _name_hits(
    session: Session, tokens: list[str], office_code: str | None, limit: int
) -> list[ResidentHit]:
    # Quoted tokens: the user's text never becomes FTS5 syntax (AND, NEAR, column names).
    names = " AND ".join(f'name : "{token}"*' for token in tokens)
    conn = session.connection()
    rowids: list[int] = []
    if office_code is not None:
        local = f'{names} AND place : "{PLACE_TOKEN_PREFIX}{office_code}"'
        rowids = [r[0] for r in conn.exec_driver_sql(
            f"SELECT rowid FROM {NAMES_FTS} WHERE {NAMES_FTS} MATCH ? LIMIT ?",
            (local, _CANDIDATES))]
    local_count = len(rowids)
    if local_count < limit:
        seen = set(rowids)
        for (rowid,) in conn.exec_driver_sql(
                f"SELECT rowid FROM {NAMES_FTS} WHERE {NAMES_FTS} MATCH ? LIMIT ?",
                (names, _CANDIDATES + local_count)):
            if rowid not in seen:
                rowids.append(rowid)
    if not rowids:
        return []
    local_niks = {str(r) for r in rowids[:local_count]}
    marks = ", ".join("?" * len(rowids))
    rows = list(conn.exec_driver_sql(
        f"SELECT {_HIT_COLUMNS} FROM residents WHERE nik IN ({marks})",
        tuple(str(r) for r in rowids)))
    rows.sort(key=lambda r: (r[1] not in local_niks, *_name_order(tokens, r[2]), r[1]))
    return [_hit(row) for row in rows[:limit]]


def find_residents(store: Store, actor: Actor, query: str, limit: int = 20, *,
                   number: NumberKind = "nik") -> list[ResidentHit]:
    """People matching ``query`` (operator, supervisor); reads only, records nothing.

    Digits (spaces, dots and dashes allowed) are the start of a NIK, or a whole No. KK;
    with ``number="kk"`` (a No. KK field) they are the start of a No. KK. Anything else
    is the start of words of the name, in any order ("sit rah" finds Siti Rahmawati).
    People of the office's own kelurahan come first. Looking up is not opening a record:
    the NIK in a hit is masked.
    """
    query = query.strip()
    with store.read() as session:
        authorize(session, actor, Permission.REGISTER_CIVIL)
        if limit <= 0 or not query:
            return []
        if _NUMBER_QUERY.fullmatch(query):
            return _number_hits(session, re.sub(r"[^0-9]", "", query), limit, number)
        tokens = [t for t in _WORD.findall(query.casefold()) if len(t) >= _MIN_TOKEN]
        if not tokens:
            return []
        office = session.get(Office, 1)
        return _name_hits(session, tokens, office.code if office else None, limit)


# --- opening a record ----------------------------------------------------------------------


def open_resident(
    store: Store, actor: Actor, ref: uuid.UUID | str, *, purpose: str | None = None
) -> ResidentRecord:
    """The whole entry of one resident (operator, supervisor), audited as ``resident.opened``.

    ``ref`` is a hit's ``id``, or a NIK typed in full. ``purpose`` (e.g. "akta_kelahiran")
    is kept with the event: UU PDP asks what the data was processed for.
    """
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.REGISTER_CIVIL)
        if isinstance(ref, uuid.UUID):
            where, key = "id = ?", ref.hex
        else:
            where, key = "nik = ?", re.sub(r"[\s.\-]", "", ref)
        row = uow.session.connection().exec_driver_sql(
            f"SELECT {', '.join(COLUMNS)} FROM residents WHERE {where}", (key,)).first()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP(
                "residents", "Penduduk tidak ditemukan dalam daftar penduduk setempat.")
                .format())
        record = ResidentRecord(
            id=uuid.UUID(hex=row[1]), nik=row[0], kk=row[2], full_name=row[3], sex=Sex(row[4]),
            birth_place=row[5], birth_date=date.fromisoformat(row[6]), address=row[7],
            rt=row[8], rw=row[9], kelurahan_code=row[10],
            kelurahan_name=_kelurahan_name(row[10]), religion=row[11],
            ktp_status=_status(row[12]), synthetic=bool(row[13]),
            updated_at=datetime.fromisoformat(row[14].replace("Z", "+00:00")),
        )
        # The event names the person by NIK, and nothing else of theirs. A NIK is what a
        # resident asking for their processing history (UU PDP Pasal 32) is found by, here
        # and at the centre, which owns the resident list and so learns nothing new from it.
        # A hash would protect little: NIKs are few enough (region × birth date × a small
        # serial) to hash them all.
        changes: dict[str, Any] = {"nik": record.nik}
        if purpose:
            changes["purpose"] = purpose
        uow.record("resident.opened", "resident", record.nik, changes)
        return record
