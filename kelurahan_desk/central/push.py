"""Accepting a push: replays answered from the record, the audit chain checked, ops applied.

The office's row is locked for the whole transaction, so two pushes of one office run one
after the other and each sees the head the other left. Nothing here commits: the caller
commits and only then answers.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from kelurahan_desk.central.bulk import DuplicateRow, RowStream, canonical_text
from kelurahan_desk.central.projections import (
    QueueState,
    Rejected,
    check_ownership,
    needs_database,
    prefetch,
    project,
    write_queue,
)
from kelurahan_desk.central.tables import Office, Op
from kelurahan_desk.sync.wire import (
    MAX_PAYLOAD_BYTES,
    ChainHead,
    OpResult,
    OpStatus,
    PushOp,
    PushRequest,
    PushResponse,
    QuarantineKind,
)


class ChainConflict(Exception):
    """The pushed chain does not continue the accepted one; the office is quarantined."""

    def __init__(self, kind: QuarantineKind, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


class Quarantined(Exception):
    """The office was quarantined before; pushes are refused until the centre releases it."""


def lock_office(session: Session, office_id: int) -> Office:
    return session.execute(
        select(Office).where(Office.id == office_id).with_for_update()
    ).scalar_one()


def _classify(session: Session, office: Office, request: PushRequest
              ) -> tuple[list[OpResult], list[PushOp], int, str]:
    """Results of the replayed ops, the new ops, and the head after them; or a conflict.

    A replay carries a seq the centre accepted (≤ its head), so the stored ops are read
    by seq range on the (office, seq) index: a read as long as the push, whatever the
    table's size or its statistics. (Looking them up by op id let PostgreSQL, before its
    first ANALYZE, filter every op of the office on each push.) An op id accepted before
    and sent again under a new seq is caught by the unique index when the ops are
    inserted (``_apply_new``).
    """
    head_seq, head_hash = office.head_seq, office.head_hash
    known: dict[int, Any] = {}
    if request.ops:
        low, high = request.ops[0].seq, min(request.ops[-1].seq, head_seq)
        if low <= high:
            known = {row.seq: row for row in session.execute(
                select(Op.op_id, Op.seq, Op.hash, Op.payload, Op.status, Op.reason_code,
                       Op.reason).where(Op.office_id == office.id, Op.seq >= low,
                                        Op.seq <= high))}
    replayed: list[OpResult] = []
    new: list[PushOp] = []
    for op in request.ops:
        old = known.get(op.seq)
        if old is not None and old.op_id != op.op_id:
            old = None  # another op at an accepted seq: refused as rewritten below
        if old is not None:
            if (old.hash != op.event.hash or not op.event.seal_holds()
                    or old.payload != canonical_text(op.payload)):
                raise ChainConflict(QuarantineKind.REWRITTEN, (
                    f"Op {op.op_id} dikirim lagi dengan isi lain (peristiwa {op.seq}); "
                    f"jejak audit kantor ini telah ditulis ulang."))
            # A replay answers what the first push answered (applied becomes duplicate).
            rejected = old.status == OpStatus.REJECTED
            replayed.append(OpResult(
                seq=op.seq, op_id=op.op_id,
                status=OpStatus.REJECTED if rejected else OpStatus.DUPLICATE,
                code=old.reason_code, reason=old.reason))
            continue
        if op.seq <= head_seq:
            raise ChainConflict(QuarantineKind.REWRITTEN, (
                f"Peristiwa {op.seq} berbeda dari yang sudah diterima pusat: jejak audit "
                f"kantor ini ditulis ulang atau dipulihkan dari cadangan lama."))
        if op.seq > head_seq + 1:
            raise ChainConflict(QuarantineKind.CUT, (
                f"Peristiwa {head_seq + 1} sampai {op.seq - 1} tidak pernah diterima pusat: "
                f"jejak audit kantor ini terpotong."))
        if op.event.prev_hash != head_hash:
            raise ChainConflict(QuarantineKind.REWRITTEN, (
                f"Peristiwa {op.seq} tidak tersambung ke peristiwa {head_seq} yang diterima "
                f"pusat: jejak audit kantor ini ditulis ulang."))
        if not op.event.seal_holds():
            raise ChainConflict(QuarantineKind.REWRITTEN, (
                f"Peristiwa {op.seq} telah diubah setelah dicatat (segelnya tidak cocok)."))
        check_ownership(op, office.code)
        new.append(op)
        head_seq, head_hash = op.seq, op.event.hash
    claimed = request.chain_head
    if claimed.seq < head_seq and not (not new and _late_delivery(session, office, request)):
        raise ChainConflict(QuarantineKind.BACKWARDS, (
            f"Jejak audit di loket berakhir di peristiwa {claimed.seq}, padahal pusat sudah "
            f"menerima sampai {head_seq}: loket dipulihkan dari cadangan lama atau "
            f"datanya terpotong."))
    if claimed.seq == head_seq and claimed.hash != head_hash:
        raise ChainConflict(QuarantineKind.REWRITTEN, (
            f"Peristiwa {head_seq} di loket berbeda dari yang diterima pusat."))
    return replayed, new, head_seq, head_hash


def _late_delivery(session: Session, office: Office, request: PushRequest) -> bool:
    """A push with nothing new whose head is older than the centre's: one the network held
    past the desk's timeout and delivered after a newer push (answered as duplicates), or
    a desk restored from an old backup (quarantined). Both send an accepted head; the late
    one was built before the last push the centre took, by the desk's own clock. A desk
    that omits ``sent_at``, or a clock set back, is taken as restored: the safe side."""
    claimed = request.chain_head
    if (request.sent_at is None or office.last_push_sent_at is None
            or request.sent_at >= office.last_push_sent_at):
        return False
    return session.scalar(select(Op.seq).where(
        Op.office_id == office.id, Op.seq == claimed.seq, Op.hash == claimed.hash)) is not None


def apply_push(session: Session, office: Office, request: PushRequest,
               now: datetime) -> PushResponse:
    """Everything a push does, inside the caller's transaction (office row locked)."""
    if office.quarantine_kind is not None:
        raise Quarantined()
    results, new, head_seq, head_hash = _classify(session, office, request)
    state = QueueState()
    prefetch(session, office, new, state)
    if new:
        try:
            _apply_new(session, office, request, new, state, now, results)
        except DuplicateRow:
            # New ops have new seqs (checked against the head), so the only key they can
            # break is the op id: one accepted before is a rewritten chain.
            raise ChainConflict(QuarantineKind.REWRITTEN, (
                "Op yang sudah diterima pusat dikirim lagi dengan nomor peristiwa lain; "
                "jejak audit kantor ini ditulis ulang.")) from None
    write_queue(session, state)
    office.head_seq, office.head_hash = head_seq, head_hash
    office.last_push_at, office.last_device = now, request.device
    office.last_app_version = request.app_version
    if request.sent_at is not None and (office.last_push_sent_at is None
                                        or request.sent_at > office.last_push_sent_at):
        office.last_push_sent_at = request.sent_at
    session.flush()
    return PushResponse(office=office.code, results=results,
                        chain_head=ChainHead(seq=head_seq, hash=head_hash))


_OP_COLUMNS = (
    "office_id", "seq", "op_id", "action", "record_type", "record_id", "payload", "event_id",
    "occurred_at", "actor", "role", "changes", "prev_hash", "hash", "status", "reason_code",
    "reason", "device", "received_at",
)
# A payload this long in characters is within MAX_PAYLOAD_BYTES whatever its characters
# (UTF-8 takes at most 4 bytes a character): most are measured without encoding them.
_SURELY_SMALL = MAX_PAYLOAD_BYTES // 4


def _apply_new(session: Session, office: Office, request: PushRequest, new: list[PushOp],
               state: QueueState, now: datetime, results: list[OpResult]) -> None:
    """Project the new ops and keep each in ``ops``, appending their results.

    The ops rows go to PostgreSQL as they are made (``RowStream``), so the database
    inserts them (another core) while the next ops are projected: at the end of a push
    it had waited ~11 ms for 500 rows. The COPY is paused for an op whose projection
    uses the session (akta requests, services, lokets, a day's close).
    """
    table = Op.__table__
    assert isinstance(table, Table)
    session.flush()
    rows = RowStream(session, table, _OP_COLUMNS)
    office_id, device = office.id, request.device
    try:
        for op in new:
            status, code, reason = OpStatus.APPLIED, None, None
            payload = canonical_text(op.payload)
            database = needs_database(op, state)
            if database:
                rows.pause()
            try:
                if len(payload) > _SURELY_SMALL and (
                        len(payload.encode("utf-8")) > MAX_PAYLOAD_BYTES):
                    raise Rejected("payload_too_large", (
                        f"Isi op lebih dari {MAX_PAYLOAD_BYTES} bita; disimpan, tidak "
                        f"diterapkan."))
                project(session, office, op, state)
            except Rejected as refusal:
                status, code, reason = OpStatus.REJECTED, refusal.code, refusal.reason
            if database:
                session.flush()  # its rows before the next ops row (their errors are theirs)
            e = op.event
            rows.write((office_id, op.seq, op.op_id, op.action, op.record_type,
                        op.record_id, payload, e.event_id, e.occurred_at, e.actor, e.role,
                        e.changes, e.prev_hash, e.hash, status.value, code, reason, device,
                        now))
            results.append(OpResult(seq=op.seq, op_id=op.op_id, status=status, code=code,
                                    reason=reason))
        rows.close()
    except BaseException as exc:
        rows.abort(exc)
        raise


def quarantine(office: Office, conflict: ChainConflict, now: datetime) -> None:
    if office.quarantine_kind is None:
        office.quarantine_kind = conflict.kind.value
        office.quarantine_reason = conflict.reason
        office.quarantined_at = now
