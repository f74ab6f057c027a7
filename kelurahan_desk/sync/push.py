"""Pushing the outbox: pending records in seq order, in batches within the wire's limits.

Each answer is marked in one local transaction: ``applied`` and ``duplicate`` become
``acked``, ``rejected`` becomes ``needs_attention`` with the centre's reason, and the
centre's chain head becomes the anchor (``sync.anchor``). An error answer for the whole
push marks nothing: the same records go again later, and a replay is answered
``duplicate``, so a push whose answer was lost is never applied twice.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from kelurahan_desk.domain.audit import GENESIS_HASH
from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP
from kelurahan_desk.services.sync_status import ACKED, NEEDS_ATTENTION, PENDING
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.integrity import ANCHOR_KEY
from kelurahan_desk.sync import state, wire
from kelurahan_desk.sync.errors import ProblemKind, SyncError, TooLarge, bad_answer
from kelurahan_desk.version import app_version

_ENVELOPE_ROOM = 1024  # bytes kept free for the office, device and chain head around the ops


class Pusher(Protocol):
    def push(self, body: bytes) -> wire.PushResponse: ...


@dataclass
class PushReport:
    acked: int = 0  # applied or duplicate
    duplicates: int = 0
    rejected: int = 0  # moved to needs attention
    batches: int = 0


@dataclass(frozen=True)
class _Op:
    seq: int
    op_id: str
    text: str  # the op's JSON, built once


_HEX32 = re.compile(r"[0-9a-f]{32}")
_string = json.encoder.encode_basestring  # a JSON string, non-ASCII kept (C; json.dumps' own)


def _uuid_text(value: object) -> str:
    """SQLAlchemy keeps UUIDs as 32 hex digits in SQLite; the wire wants the dashed form."""
    text = str(value)
    if _HEX32.fullmatch(text):  # as the store keeps them: cut, not parsed (2 an op)
        return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
    return str(uuid.UUID(text))


_COLUMNS = (
    "SELECT o.seq, o.op_id, o.action, o.record_type, o.record_id, o.payload, a.event_id,"
    " a.occurred_at, a.actor, a.role, a.changes, a.prev_hash, a.hash"
    " FROM outbox o JOIN audit_events a ON a.seq = o.audit_seq"
)


def _op_json(row: Sequence[Any]) -> _Op:
    """The op's JSON, written out field by field: two json.dumps of dicts an op were a
    third of the desk's time a push (it shares two cores with the centre on a small PC)."""
    (seq, op_id, action, record_type, record_id, payload, event_id, occurred_at, actor,
     role, changes, prev_hash, digest) = row
    op_text = _uuid_text(op_id)
    seq_text = str(int(seq))
    same = (f'"action":{_string(action)},"record_type":{_string(record_type)},'
            f'"record_id":{_string(record_id)}')
    # The payload is canonical JSON already (as the outbox keeps it): it goes in as it is.
    return _Op(seq, op_text, (
        f'{{"seq":{seq_text},"op_id":"{op_text}",{same},"payload":{payload},'
        f'"event":{{"seq":{seq_text},"event_id":"{_uuid_text(event_id)}",'
        f'"occurred_at":{_string(occurred_at)},"actor":{_string(actor)},'
        f'"role":{_string(role)},{same},"changes":{_string(changes)},'
        f'"prev_hash":{_string(prev_hash)},"hash":{_string(digest)}}}}}'))


def _next_batch(store: Store, max_ops: int, max_bytes: int, after: int = 0
                ) -> tuple[list[_Op], tuple[int, str]]:
    """The oldest pending ops after seq ``after``, contiguous, within the limits; and the
    desk's chain head."""
    with store.read() as session:
        conn = session.connection()
        head = conn.exec_driver_sql(
            "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1").first()
        first = conn.exec_driver_sql(
            "SELECT min(seq) FROM outbox WHERE state = ? AND seq > ?", (PENDING, after)
        ).scalar()
        if first is None:
            return [], (head[0], head[1]) if head else (0, GENESIS_HASH)
        # "+o.state": walk the primary key from the first pending one, not the state index.
        rows = conn.exec_driver_sql(
            f"{_COLUMNS} WHERE o.seq >= ? AND +o.state = ? ORDER BY o.seq LIMIT ?",
            (first, PENDING, max_ops)).fetchall()
    ops: list[_Op] = []
    size = _ENVELOPE_ROOM
    for row in rows:
        if ops and row[0] != ops[-1].seq + 1:
            break  # a gap: the wire wants contiguous ops; the rest go in the next push
        op = _op_json(row)
        size += len(op.text.encode("utf-8")) + 1
        if size > max_bytes:
            if not ops:
                raise SyncError(ProblemKind.LOCAL, QT_TRANSLATE_NOOP(
                    "sync", "Catatan kirim {seq} terlalu besar untuk dikirim ke pusat.").format(
                    seq=op.seq))
            break
        ops.append(op)
    assert head is not None  # an outbox record always has its audit event
    return ops, (head[0], head[1])


def _body(office: str, device: str, ops: list[_Op], head: tuple[int, str],
          sent_at: datetime) -> bytes:
    envelope = json.dumps({"office": office, "device": device, "app_version": app_version(),
                           "chain_head": {"seq": head[0], "hash": head[1]},
                           "sent_at": sent_at.astimezone(UTC).isoformat()})
    return (envelope[:-1] + ',"ops":[' + ",".join(op.text for op in ops) + "]}").encode()


def _check_answer(ops: list[_Op], answer: wire.PushResponse, office: str) -> None:
    sent = {(op.seq, op.op_id) for op in ops}
    got = {(r.seq, str(r.op_id)) for r in answer.results}
    if answer.office != office or sent != got or len(answer.results) != len(ops):
        raise bad_answer("hasil kiriman tidak sama dengan op yang dikirim")


def _mark(store: Store, ops: list[_Op], answer: wire.PushResponse, now: datetime,
          report: PushReport) -> None:
    acked: list[tuple[str, int]] = []
    rejected: list[tuple[str, str, int]] = []
    at = now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    for result in answer.results:
        if result.status == wire.OpStatus.REJECTED:
            reason = result.reason or "-"
            if result.code:
                reason = f"{reason} [{result.code}]"
            rejected.append((reason, at, result.seq))
        else:
            acked.append((at, result.seq))
            report.duplicates += result.status == wire.OpStatus.DUPLICATE
    head = answer.chain_head
    with state.transaction(store) as session:
        conn = session.connection()
        if head.seq > 0 and conn.exec_driver_sql(
                "SELECT 1 FROM audit_events WHERE seq = ? AND hash = ?",
                (head.seq, head.hash)).first() is None:
            raise bad_answer(f"kepala rantai pusat {head.seq} tidak ada di loket")
        if acked:
            conn.exec_driver_sql(
                "UPDATE outbox SET state = ?, acked_at = ?, attempts = attempts + 1,"
                " last_error = NULL WHERE seq = ? AND state = ?",
                [(ACKED, at, seq, PENDING) for at, seq in acked])
        if rejected:
            conn.exec_driver_sql(
                "UPDATE outbox SET state = ?, last_error = ?, acked_at = ?,"
                " attempts = attempts + 1 WHERE seq = ? AND state = ?",
                [(NEEDS_ATTENTION, reason, at, seq, PENDING) for reason, at, seq in rejected])
        if head.seq > 0:
            state.put(session, ANCHOR_KEY, f"{head.seq}:{head.hash}")
    report.acked += len(acked)
    report.rejected += len(rejected)


def has_pending(store: Store) -> bool:
    with store.read() as session:
        return session.connection().exec_driver_sql(
            "SELECT 1 FROM outbox WHERE state = ? LIMIT 1", (PENDING,)).first() is not None


class BatchSize:
    """How many ops the next push carries: ``START_OPS`` first (what every centre takes),
    doubled after a full push that took under a quarter of ``PUSH_GOAL_SECONDS``, halved
    after one that took longer than that (not below ``MIN_OPS``), never over ``limit``.

    A fast link (a LAN, loopback) so reaches 4,000 ops a push (or 4 MiB): the centre's work
    that comes once a push (key, lock, look-ups, commit, HTTP) is spread over more records
    (docs/PERFORMANCE.md, Sync). A slow one keeps each upload well inside the client's
    60 s timeout: 500 queue ops are ~0.5 MB, 16 s at 256 kbit/s, so it goes down to 250
    and 125. A 413 sets ``limit`` (the centre's ``details.max_ops``, else half the push).
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.ops = min(START_OPS, limit)

    def took(self, ops: int, seconds: float) -> None:
        if ops >= self.ops and seconds < PUSH_GOAL_SECONDS / 4:
            self.ops = min(self.limit, self.ops * 2)
        elif seconds > PUSH_GOAL_SECONDS:
            self.ops = max(min(MIN_OPS, self.limit), self.ops // 2)

    def too_large(self, sent: int, centre_max: int | None) -> None:
        self.limit = max(1, min(self.limit, centre_max or sent // 2, sent - 1))
        self.ops = min(self.ops, self.limit)


START_OPS = 500  # a centre before central migration 0005 answers 413 above 500
MIN_OPS = 50
PUSH_GOAL_SECONDS = 5.0


def _send(client: Pusher, body: bytes) -> tuple[wire.PushResponse, float]:
    start = time.monotonic()
    answer = client.push(body)
    return answer, time.monotonic() - start


def push_pending(store: Store, client: Pusher, office: str, device: str, *,
                 max_ops: int = wire.MAX_OPS_PER_PUSH,
                 max_bytes: int = wire.MAX_PUSH_BYTES) -> PushReport:
    """Push until nothing is pending; raises ``SyncError`` when the centre did not take it.

    With nothing pending one empty push still goes: it checks the chain head and tells
    whether the office is quarantined. Pushes go one at a time (a second one in flight
    could arrive first and cut the chain), but the desk's own work overlaps the centre's:
    the next batch is read while a push is on its way, and an answer is marked while the
    next push is. Batches are sized by ``BatchSize`` (at most ``max_ops``).
    """
    report = PushReport()
    size = BatchSize(max_ops)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="push") as line:
        ops, head = _next_batch(store, size.ops, max_bytes)
        sending = line.submit(_send, client, _body(office, device, ops, head, store.clock()))
        while True:
            following: list[_Op] = []
            try:
                if ops:
                    following, head = _next_batch(store, size.ops, max_bytes, ops[-1].seq)
                answer, seconds = sending.result()
            except TooLarge as refusal:
                if len(ops) <= 1:
                    raise bad_answer("pusat menolak satu op karena terlalu besar") from None
                size.too_large(len(ops), refusal.max_ops)
                ops, head = _next_batch(store, size.ops, max_bytes)
                sending = line.submit(_send, client, _body(office, device, ops, head,
                                                           store.clock()))
                continue
            _check_answer(ops, answer, office)
            size.took(len(ops), seconds)  # for the batch after ``following`` (read already)
            if following:
                sending = line.submit(_send, client, _body(office, device, following, head,
                                                           store.clock()))
            try:
                _mark(store, ops, answer, store.clock(), report)
            except BaseException:
                if following:
                    sending.exception()  # the client is free again before this goes up
                raise
            report.batches += 1
            if not following:
                return report
            ops = following
