"""Applying a pulled page inside the page's transaction, one function per stream.

What a person at the desk would see change (a request's status, an account) is audited as
the desk's own use cases audit it: one event per change, actor ``dispendukcapil``, role
``system``. Those events go up as ops like any other; the centre keeps them and makes no
stream item of them, so they end there. The resident list, reference data the centre
owns, is audited once per page that changed it (counts, not people), like a file load.
A page that changes nothing writes no event, so fetching a stream again adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kelurahan_desk.domain.akta import RequestStatus
from kelurahan_desk.services.akta_requests import CENTRAL, apply_central_step
from kelurahan_desk.services.errors import ServiceError
from kelurahan_desk.services.residents import (
    CentralResident,
    apply_central_residents,
    remove_residents_not_seen,
)
from kelurahan_desk.services.stock_allocations import Allocation, store_allocations
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import Account
from kelurahan_desk.store.unit_of_work import UnitOfWork
from kelurahan_desk.sync import wire

SYSTEM_ROLE = "system"
# Stored as an account's password hash until the office's admin gives it a password: not an
# Argon2 hash, so no password matches it (argon2 refuses it as InvalidHashError).
NO_PASSWORD = "!central:no-password-yet"


@dataclass(frozen=True)
class PageContext:
    """What an applier knows besides the items: the time, and whether this is the last
    page of a fetch of the whole stream that began at ``rebuild_since``."""

    now: datetime
    last_page: bool
    rebuild_since: datetime | None


Applier = Callable[[Session, Store, Sequence[Any], PageContext], int]


def _event(session: Session, store: Store) -> UnitOfWork:
    """One audited change inside the page's transaction (a unit of work records one)."""
    return UnitOfWork.joined(session, store.clock, CENTRAL, SYSTEM_ROLE)


def _already_noted(session: Session, action: str, record_id: str) -> bool:
    found = session.connection().exec_driver_sql(
        "SELECT 1 FROM audit_events WHERE action = ? AND record_id = ? LIMIT 1",
        (action, record_id)).first()
    return found is not None


# --- requests -------------------------------------------------------------------------


def apply_requests(session: Session, store: Store, items: Sequence[Any],
                   _page: PageContext) -> int:
    """Each step through the desk's own ``apply_central_step``; a step the desk cannot
    take is recorded (``akta.status_not_applied``, with why) and the stream goes on:
    the event reaches the centre, and the desk's audit log shows it."""
    applied = 0
    for item in items:
        assert isinstance(item, wire.RequestStatusItem)
        uow = _event(session, store)
        try:
            with session.begin_nested():
                if apply_central_step(uow, item.tracking_number, RequestStatus(item.status),
                                      item.reason, item.akta_number, item.at):
                    applied += 1
                continue
        except ServiceError as refusal:
            why = str(refusal.message)
        record_id = str(item.id)
        if _already_noted(session, "akta.status_not_applied", record_id):
            continue
        _event(session, store).record("akta.status_not_applied", "central_step", record_id, {
            "tracking_number": item.tracking_number, "status": item.status,
            "why": why})
    return applied


# --- accounts -------------------------------------------------------------------------


def apply_accounts(session: Session, store: Store, items: Sequence[Any],
                   _page: PageContext) -> int:
    """Accounts the centre manages: matched by id, else by user name. Name, role and the
    active flag are the centre's; the password, failed attempts and lock stay the desk's.
    A new one arrives without a usable password (the admin resets it)."""
    changed = 0
    for item in items:
        assert isinstance(item, wire.AccountItem)
        account = session.get(Account, item.account_id) or session.scalar(
            select(Account).where(Account.username == item.username))
        uow = _event(session, store)
        if account is None:
            account = Account(
                id=item.account_id, username=item.username, full_name=item.full_name,
                role=item.role, password_hash=NO_PASSWORD, active=item.active,
                failed_attempts=0, created_at=uow.now)
            session.add(account)
            uow.record("account.received", "account", account.id, {
                "username": item.username, "full_name": item.full_name, "role": item.role,
                "active": item.active})
            changed += 1
            continue
        wanted: dict[str, Any] = {"full_name": item.full_name, "role": item.role,
                                  "active": item.active}
        if item.username != account.username and session.scalar(
                select(Account.id).where(Account.username == item.username)) is None:
            wanted["username"] = item.username  # renamed at the centre, and the name is free
        differs = {k: v for k, v in wanted.items() if getattr(account, k) != v}
        if not differs:
            continue
        for name, value in differs.items():
            setattr(account, name, value)
        uow.record("account.synced", "account", account.id, differs)
        changed += 1
    return changed


# --- residents ------------------------------------------------------------------------


def _row(item: wire.ResidentItem) -> CentralResident:
    return (item.nik, item.kk, item.full_name, item.sex, item.birth_place,
            item.birth_date.isoformat(), item.address, item.rt, item.rw,
            item.kelurahan_code, item.religion, item.ktp_status)


def apply_residents(session: Session, store: Store, items: Sequence[Any],
                    page: PageContext) -> int:
    rows = [_row(i) for i in items if not i.removed]
    removed = [i.nik for i in items if i.removed]
    result = apply_central_residents(session, rows, removed, page.now,
                                     touch_unchanged=page.rebuild_since is not None)
    swept = 0
    if page.last_page and page.rebuild_since is not None:
        swept = remove_residents_not_seen(session, page.rebuild_since)
    counts = {"added": result.added, "updated": result.updated,
              "removed": result.removed + swept}
    if any(counts.values()):
        _event(session, store).record("residents.synced", "residents", "central", counts)
    return sum(counts.values())


# --- stock ----------------------------------------------------------------------------


def apply_stock(session: Session, store: Store, items: Sequence[Any],
                _page: PageContext) -> int:
    """Blank cards allocated to the office: kept as deliveries to receive (not stock yet)."""
    return store_allocations(_event(session, store), [
        Allocation(i.id, i.serial, i.batch, i.allocated_at) for i in items])


def appliers() -> dict[wire.Stream, Applier]:
    """The streams the desk pulls, in the order it pulls them (the big list last)."""
    return {
        wire.Stream.REQUESTS: apply_requests,
        wire.Stream.ACCOUNTS: apply_accounts,
        wire.Stream.STOCK: apply_stock,
        wire.Stream.RESIDENTS: apply_residents,
    }
