"""Pulling a stream: a page from the stored cursor, its checksum checked, then the page's
items and the new cursor in one local transaction.

A page whose checksum does not match is dropped and asked for again from the same stored
cursor: every page applied before it was checked on its own, so only this one is in doubt
(docs/SYNC.md; fetching 250,000 residents again for one bad page would let a flaky link
stop a first load for ever). A cursor the centre no longer keeps (409 ``cursor_gone``)
is the engine's to handle: push, then fetch the stream from the start.

Each cursor is kept with the cursor it replaced in mind: the page is applied only if the
stored cursor is still the one it was asked with, so two processes syncing one store (the
desk and ``kelurahan-desk sync``) never apply a page twice.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from pydantic import ValidationError

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP
from kelurahan_desk.services.sync_status import CURSOR_KEY_PREFIX
from kelurahan_desk.store.database import Store
from kelurahan_desk.sync import state, wire
from kelurahan_desk.sync.apply import Applier, PageContext
from kelurahan_desk.sync.errors import ProblemKind, SyncError, bad_answer

MAX_CHECKSUM_RETRIES = 3  # bad pages in a row before the sync gives up until later
PULL_LIMIT = wire.MAX_PULL_LIMIT


class Puller(Protocol):
    def pull(self, stream: wire.Stream, cursor: str | None, limit: int) -> bytes: ...


@dataclass
class StreamReport:
    pages: int = 0
    items: int = 0
    changed: int = 0
    refetched: int = 0  # pages dropped for a checksum mismatch and asked for again
    skipped: int = 0  # pages another process applied first


@dataclass
class PullReport:
    streams: dict[str, StreamReport] = field(default_factory=dict)

    @property
    def refetched(self) -> int:
        return sum(r.refetched for r in self.streams.values())


def cursor_key(stream: wire.Stream) -> str:
    return CURSOR_KEY_PREFIX + stream.value


def stored_cursor(store: Store, stream: wire.Stream) -> dict[str, Any]:
    value = state.read(store, cursor_key(stream))
    return value if isinstance(value, dict) else {"cursor": None, "rebuild_since": None}


def restart_stream(store: Store, stream: wire.Stream) -> None:
    """Fetch ``stream`` from the start next time (after ``cursor_gone``)."""
    with state.transaction(store) as session:
        state.put(session, cursor_key(stream), {"cursor": None, "rebuild_since": None})


def _apply(store: Store, stream: wire.Stream, asked: str | None, page: Any,
           applier: Applier, report: StreamReport) -> None:
    with state.transaction(store) as session:
        kept = state.get(session, cursor_key(stream)) or {}
        if kept.get("cursor") != asked:
            report.skipped += 1  # another process moved on meanwhile; ask again from there
            return
        now = store.clock()
        since_text = kept.get("rebuild_since")
        # A fetch from the start replaces the resident list: rows it does not bring go.
        if asked is None and stream == wire.Stream.RESIDENTS:
            since_text = state.iso(now)
        since = datetime.fromisoformat(since_text) if since_text else None
        context = PageContext(now=now, last_page=not page.more, rebuild_since=since)
        report.changed += applier(session, store, page.items, context)
        state.put(session, cursor_key(stream), {
            "cursor": page.next_cursor,
            "rebuild_since": since_text if page.more else None,
        })
    report.pages += 1
    report.items += len(page.items)


def _fetch(client: Puller, stream: wire.Stream, cursor: str | None, limit: int) -> Any:
    """A page, checked and parsed (raises ``ChecksumMismatch``, ``CursorGone``, …)."""
    return wire.parse_pull_page(client.pull(stream, cursor, limit))


def pull_stream(store: Store, client: Puller, stream: wire.Stream, applier: Applier,
                report: StreamReport, *, limit: int = PULL_LIMIT) -> None:
    """Apply pages of ``stream`` until the centre has no more (raises ``CursorGone``).

    The next page is fetched and checked on another thread while this one is written
    (its cursor is known once this page is checked): the centre builds a page, and the
    desk parses one, while SQLite writes another. The client is used by one thread at a
    time; a page fetched ahead is used only if the stored cursor is still the one it was
    asked with.
    """
    bad_pages = 0
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pull") as ahead:
        fetched: tuple[str | None, Future[Any]] | None = None
        while True:
            asked = stored_cursor(store, stream).get("cursor")
            if fetched is None or fetched[0] != asked:
                if fetched is not None:
                    fetched[1].exception()  # let it finish before the client is reused
                fetched = (asked, ahead.submit(_fetch, client, stream, asked, limit))
            try:
                page = fetched[1].result()
            except wire.ChecksumMismatch:
                fetched = None
                bad_pages += 1
                report.refetched += 1
                if bad_pages >= MAX_CHECKSUM_RETRIES:
                    raise SyncError(ProblemKind.UNREACHABLE, QT_TRANSLATE_NOOP(
                        "sync", "Data {stream} dari pusat rusak di jalan {count} kali "
                        "berturut-turut (checksum tidak cocok); dicoba lagi nanti.").format(
                        stream=stream.value, count=bad_pages)) from None
                continue
            except (ValidationError, ValueError) as exc:
                raise bad_answer(f"halaman {stream.value}: {exc}") from exc
            fetched = None
            if page.stream != stream or page.cursor != asked:
                raise bad_answer(f"halaman {stream.value} untuk penanda lain")
            bad_pages = 0
            if page.more:
                fetched = (page.next_cursor,
                           ahead.submit(_fetch, client, stream, page.next_cursor, limit))
            try:
                _apply(store, stream, asked, page, applier, report)
            except BaseException:
                if fetched is not None:
                    fetched[1].exception()
                raise
            if not page.more:
                return
