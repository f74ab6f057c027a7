"""The queue's services (A, B, C, …), their rules, and which loket calls which."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from kelurahan_desk.domain.roles import Permission
from kelurahan_desk.services.actor import Actor, authorize
from kelurahan_desk.services.errors import NotFound, check
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import (
    Counter,
    CounterService,
    QueueService,
)

DEFAULT_SERVICES = (
    ("A", "Akta Kelahiran", 20),
    ("B", "Akta Kematian", 20),
    ("C", "KTP-el (cetak)", 15),
    ("D", "Informasi/Lainnya", 10),
)


@dataclass(frozen=True)
class ServiceInfo:
    id: uuid.UUID
    prefix: str
    name: str
    target_wait_minutes: int
    daily_quota: int | None
    opens_at: time | None
    closes_at: time | None
    active: bool


def _hhmm(text: str | None) -> time | None:
    return time.fromisoformat(text) if text else None


def _service_info(row: QueueService) -> ServiceInfo:
    return ServiceInfo(
        row.id,
        row.prefix,
        row.name,
        row.target_wait_minutes,
        row.daily_quota,
        _hhmm(row.opens_at),
        _hhmm(row.closes_at),
        row.active,
    )


def ensure_default_services(store: Store) -> bool:
    """Give an office without queue services A–D, each called at every loket."""
    with store.read() as session:
        if session.scalar(select(func.count()).select_from(QueueService)):
            return False
    with store.write("system", "system") as uow:
        counters = list(uow.session.scalars(select(Counter.id)))
        created = []
        for position, (prefix, name, target) in enumerate(DEFAULT_SERVICES):
            service = QueueService(
                id=uuid.uuid4(), prefix=prefix, name=name, target_wait_minutes=target,
                daily_quota=None, opens_at=None, closes_at=None, active=True,
                position=position,
            )
            uow.session.add(service)
            uow.session.flush()
            for counter_id in counters:
                uow.session.add(CounterService(counter_id=counter_id, service_id=service.id))
            created.append({"id": str(service.id), "prefix": prefix, "name": name})
        uow.record("queue.services_seeded", "queue_services", "all", {"services": created})
    return True


@dataclass(frozen=True)
class ServiceDraft:
    """What the admin enters for a service; ``id`` None creates a new one."""

    id: uuid.UUID | None
    prefix: str
    name: str
    target_wait_minutes: int
    daily_quota: int | None
    opens_at: time | None
    closes_at: time | None
    active: bool
    counter_ids: tuple[uuid.UUID, ...]  # the lokets that call this service


def _service_problems(session: Session, draft: ServiceDraft) -> dict[str, Message | None]:
    prefix = draft.prefix.strip().upper()
    taken = session.scalar(select(QueueService.id).where(
        QueueService.prefix == prefix,
        QueueService.id != (draft.id or uuid.UUID(int=0))))
    hours_wrong = (draft.opens_at is not None and draft.closes_at is not None
                   and draft.opens_at >= draft.closes_at)
    return {
        "prefix": QT_TRANSLATE_NOOP("queue", "Huruf layanan harus satu huruf A–Z.").format()
        if not re.fullmatch(r"[A-Z]", prefix)
        else QT_TRANSLATE_NOOP("queue", "Huruf {prefix} sudah dipakai layanan lain.").format(
            prefix=prefix) if taken is not None else None,
        "name": QT_TRANSLATE_NOOP("queue", "Nama layanan wajib diisi (paling panjang 60).")
        .format() if not draft.name.strip() or len(draft.name.strip()) > 60 else None,
        "target_wait_minutes": QT_TRANSLATE_NOOP(
            "queue", "Target waktu tunggu antara 1 dan 480 menit.").format()
        if not 1 <= draft.target_wait_minutes <= 480 else None,
        "daily_quota": QT_TRANSLATE_NOOP("queue", "Kuota harian antara 1 dan 999, atau kosong.")
        .format() if draft.daily_quota is not None and not 1 <= draft.daily_quota <= 999
        else None,
        "closes_at": QT_TRANSLATE_NOOP("queue", "Jam tutup harus sesudah jam buka.").format()
        if hours_wrong else None,
    }


def save_service(store: Store, actor: Actor, draft: ServiceDraft) -> ServiceInfo:
    """Create or change a service and the lokets that call it (admin).

    Issued tickets keep their own prefix and number, so a change never renumbers them.
    """
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.MANAGE_OFFICE)
        check(_service_problems(uow.session, draft))
        if draft.id is None:
            position = (uow.session.scalar(select(func.max(QueueService.position))) or 0) + 1
            service = QueueService(id=uuid.uuid4(), position=position)
            uow.session.add(service)
        else:
            found = uow.session.get(QueueService, draft.id)
            if found is None:
                raise NotFound(QT_TRANSLATE_NOOP("queue", "Layanan tidak ditemukan.").format())
            service = found
        service.prefix = draft.prefix.strip().upper()
        service.name = draft.name.strip()
        service.target_wait_minutes = draft.target_wait_minutes
        service.daily_quota = draft.daily_quota
        service.opens_at = draft.opens_at.strftime("%H:%M") if draft.opens_at else None
        service.closes_at = draft.closes_at.strftime("%H:%M") if draft.closes_at else None
        service.active = draft.active
        uow.session.flush()
        known = set(uow.session.scalars(select(Counter.id)))
        wanted = {c for c in draft.counter_ids if c in known}
        for link in list(uow.session.scalars(
                select(CounterService).where(CounterService.service_id == service.id))):
            if link.counter_id not in wanted:
                uow.session.delete(link)
            wanted.discard(link.counter_id)
        for counter_id in wanted:
            uow.session.add(CounterService(counter_id=counter_id, service_id=service.id))
        uow.record("queue.service_saved", "queue_service", service.id, {
            "prefix": service.prefix, "name": service.name,
            "target_wait_minutes": service.target_wait_minutes,
            "daily_quota": service.daily_quota, "opens_at": service.opens_at,
            "closes_at": service.closes_at, "active": service.active,
            "counter_ids": sorted(str(c) for c in draft.counter_ids),
        })
        return _service_info(service)


def service_counters(store: Store, service_id: uuid.UUID) -> list[uuid.UUID]:
    """The lokets that call ``service_id``."""
    with store.read() as session:
        return list(session.scalars(
            select(CounterService.counter_id).where(CounterService.service_id == service_id)))


def list_services(store: Store, include_inactive: bool = True) -> list[ServiceInfo]:
    with store.read() as session:
        query = select(QueueService).order_by(QueueService.position, QueueService.prefix)
        if not include_inactive:
            query = query.where(QueueService.active.is_(True))
        return [_service_info(s) for s in session.scalars(query)]


def counter_services(store: Store, counter_id: uuid.UUID) -> list[uuid.UUID]:
    with store.read() as session:
        return list(
            session.scalars(
                select(CounterService.service_id).where(CounterService.counter_id == counter_id)
            )
        )
