"""Blank cards the centre allocated to the office: kept as the ``stock`` stream brings them,
shown as deliveries waiting to be received, and received through the usual receipt.

An allocation is the centre's word that cards are on their way, not cards in the drawer:
the stock counts a blank only when someone at the desk receives the delivery with the
cards in hand (``blanko.receive_blanks``), so received = printed + spoiled + in stock
stays about cards the office holds. A delivery is one allocation batch (its delivery note);
it is waiting while any of its serials is neither in stock history nor an invalid card.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import insert, select

from kelurahan_desk.domain.blanko import compact_serials
from kelurahan_desk.services.actor import Actor
from kelurahan_desk.services.blanko import (
    BlankReceiptDraft,
    authorize_read,
    chunks,
    known_serials,
    local_day,
)
from kelurahan_desk.store.card_tables import StockAllocation
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.unit_of_work import UnitOfWork

# The receipt's document number when the centre gave the allocation no delivery note.
_NO_BATCH = "ALOKASI-{day}"


@dataclass(frozen=True)
class WaitingDelivery:
    """An allocation batch whose cards have not all been received."""

    batch: str | None
    allocated_on: date  # office-local day of its first allocation
    allocated: int
    waiting: tuple[str, ...]  # serials not yet received, in allocation order

    def receipt_draft(self, today: date) -> BlankReceiptDraft:
        """The receipt form, filled in with what the centre said; checked as any other."""
        return BlankReceiptDraft(
            received_on=today,
            document_number=self.batch or _NO_BATCH.format(day=self.allocated_on.isoformat()),
            count=len(self.waiting), serials=compact_serials(self.waiting))


@dataclass(frozen=True)
class Allocation:
    """One allocated blank as the centre sends it."""

    id: uuid.UUID
    serial: str
    batch: str | None
    allocated_at: datetime


def store_allocations(uow: UnitOfWork, allocations: Sequence[Allocation]) -> int:
    """Keep each allocated serial once, in the caller's transaction (the sync's page), with
    one audit event for what was new (by batch; "" without a delivery note). Fetching the
    stream again from the start adds nothing."""
    session = uow.session
    fresh: dict[str, Allocation] = {}
    for part in chunks([a.serial for a in allocations]):
        held = set(session.scalars(
            select(StockAllocation.serial).where(StockAllocation.serial.in_(part))))
        fresh.update({a.serial: a for a in allocations
                      if a.serial in part and a.serial not in held})
    if not fresh:
        return 0
    session.execute(insert(StockAllocation), [
        {"serial": a.serial, "id": a.id, "batch": a.batch, "allocated_at": a.allocated_at,
         "pulled_at": uow.now}
        for a in fresh.values()])
    per_batch: dict[str, list[str]] = defaultdict(list)
    for a in fresh.values():
        per_batch[a.batch or ""].append(a.serial)
    uow.record("blanko.allocated", "stock_allocation", next(iter(fresh)), {
        "count": len(fresh), "batches": per_batch})
    return len(fresh)


def waiting_deliveries(store: Store, actor: Actor) -> list[WaitingDelivery]:
    """Allocations not yet received, one per batch, oldest first."""
    with store.read() as session:
        authorize_read(session, actor)
        rows = list(session.execute(select(
            StockAllocation.batch, StockAllocation.serial, StockAllocation.allocated_at)
            .order_by(StockAllocation.allocated_at, StockAllocation.serial)))
        received = set(known_serials(session, [serial for _, serial, _ in rows]))
        batches: dict[str | None, list[tuple[str, datetime]]] = defaultdict(list)
        for batch, serial, at in rows:
            batches[batch].append((serial, at))
        waiting = []
        for batch, serials in batches.items():
            left = tuple(s for s, _ in serials if s not in received)
            if left:
                waiting.append(WaitingDelivery(
                    batch, local_day(serials[0][1], session), len(serials), left))
        return waiting  # batches in the order of their first allocation
