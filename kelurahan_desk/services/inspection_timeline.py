"""A counter's day as its audit trail tells it: who was signed in there, what they did.

Events are attributed to a counter by who was signed in there (``auth.signed_in`` and
``auth.unlocked`` carry the counter) or by the counter an event names (a ticket's, or a
sidak look at the counter). Read-only.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message, Template
from kelurahan_desk.domain.roles import Permission, Role
from kelurahan_desk.services.actor import Actor, authorize
from kelurahan_desk.services.queue import _office, _zone
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import Account, AuditEvent
from kelurahan_desk.store.unit_of_work import utc_text

_SERVING_ROLES = frozenset({Role.OPERATOR.value, Role.SUPERVISOR.value})
_AT_COUNTER = frozenset({"auth.signed_in", "auth.unlocked"})

class TimelineKind(StrEnum):
    QUEUE = "queue"
    AKTA = "akta"
    KTP = "ktp"
    CARDS = "cards"
    SIGN_IN = "sign_in"
    SIDAK = "sidak"
    OTHER = "other"


TIMELINE_KIND_LABELS: dict[TimelineKind, Template] = {
    TimelineKind.QUEUE: QT_TRANSLATE_NOOP("inspection_timeline", "Antrean"),
    TimelineKind.AKTA: QT_TRANSLATE_NOOP("inspection_timeline", "Permohonan akta"),
    TimelineKind.KTP: QT_TRANSLATE_NOOP("inspection_timeline", "KTP-el dan blanko"),
    TimelineKind.CARDS: QT_TRANSLATE_NOOP("inspection_timeline", "Kartu rusak"),
    TimelineKind.SIGN_IN: QT_TRANSLATE_NOOP("inspection_timeline", "Masuk dan keluar"),
    TimelineKind.SIDAK: QT_TRANSLATE_NOOP("inspection_timeline", "Sidak"),
    TimelineKind.OTHER: QT_TRANSLATE_NOOP("inspection_timeline", "Lainnya"),
}

_KIND_OF_PREFIX = {"queue": TimelineKind.QUEUE, "akta": TimelineKind.AKTA,
                   "ktp": TimelineKind.KTP, "blanko": TimelineKind.KTP,
                   "spoiled": TimelineKind.CARDS, "auth": TimelineKind.SIGN_IN,
                   "sidak": TimelineKind.SIDAK}


def _t(text: str) -> Template:
    return QT_TRANSLATE_NOOP("inspection_timeline", text)


# What each action reads as in the timeline; an action not listed shows its own name.
ACTION_LABELS: dict[str, Template] = {
    "auth.signed_in": _t("Masuk ke aplikasi"),
    "auth.unlocked": _t("Membuka kunci layar"),
    "auth.signed_out": _t("Keluar dari aplikasi"),
    "queue.ticket_called": _t("Memanggil nomor antrean"),
    "queue.ticket_recalled": _t("Memanggil ulang"),
    "queue.ticket_finished": _t("Menyelesaikan layanan"),
    "queue.ticket_no_show": _t("Menandai tidak hadir"),
    "queue.ticket_taken_back": _t("Melayani kembali nomor yang tidak hadir"),
    "queue.ticket_held": _t("Menahan nomor antrean"),
    "queue.ticket_resumed": _t("Melanjutkan nomor yang ditahan"),
    "queue.ticket_transferred": _t("Mengalihkan nomor antrean"),
    "queue.report_exported": _t("Mengekspor laporan antrean"),
    "akta.draft_saved": _t("Menyimpan draf permohonan akta"),
    "akta.submitted": _t("Mendaftarkan permohonan akta"),
    "akta.corrected": _t("Mengoreksi permohonan akta"),
    "akta.cancelled": _t("Membatalkan permohonan akta"),
    "akta.handed_over": _t("Menyerahkan akta"),
    "akta.opened": _t("Membuka data permohonan akta"),
    "akta.status_set": _t("Mencatat status dari Dispendukcapil"),
    "resident.opened": _t("Membuka data penduduk"),
    "ktp.job_created": _t("Membuat pekerjaan cetak KTP-el"),
    "ktp.printing_started": _t("Mulai mencetak KTP-el"),
    "ktp.printed": _t("KTP-el tercetak"),
    "ktp.print_failed": _t("Cetak KTP-el gagal (kartu rusak)"),
    "ktp.job_requeued": _t("Mengantrekan ulang cetak KTP-el"),
    "ktp.job_cancelled": _t("Membatalkan cetak KTP-el"),
    "ktp.old_card_received": _t("Menerima KTP-el lama"),
    "ktp.handed_over": _t("Menyerahkan KTP-el"),
    "blanko.received": _t("Menerima blanko"),
    "spoiled.logged": _t("Mencatat kartu rusak"),
    "spoiled.stored": _t("Menyimpan kartu rusak"),
    "counter.added": _t("Loket ditambahkan"),
    "counter.updated": _t("Loket diubah"),
    "sidak.counter_viewed": _t("Inspektur melihat loket ini"),
    "sidak.test_printed": _t("Cetak uji"),
}

_RECORD_KINDS = ("akta_request", "print_job", "spoiled_card")


@dataclass(frozen=True)
class TimelineFilter:
    kinds: frozenset[TimelineKind] | None = None  # None: every kind
    text: str = ""  # part of the person, the action or the number


@dataclass(frozen=True)
class TimelineRow:
    seq: int
    at: datetime
    actor: str
    actor_name: str
    role: str
    action: str
    kind: TimelineKind
    label: Message
    detail: str  # the ticket, request, job or card number concerned ("" when none)
    record_type: str
    record_id: str

    @property
    def openable(self) -> str | None:
        """The record kind an inspector may open from this row, if any."""
        return self.record_type if self.record_type in _RECORD_KINDS else None



# --- the audit trail of a day ------------------------------------------------------------


@dataclass(frozen=True)
class _Event:
    seq: int
    at: datetime
    actor: str
    role: str
    action: str
    record_type: str
    record_id: str
    changes: dict[str, Any]


def first_seq_at(session: Session, moment: datetime) -> int:
    """The first event at or after ``moment``: a binary search on the sequence (events are
    appended in time order), a few key lookups instead of scanning the whole trail."""
    wanted = utc_text(moment)
    low = 1
    high = (session.scalar(select(func.max(AuditEvent.seq))) or 0) + 1
    while low < high:
        middle = (low + high) // 2
        at = session.scalar(select(AuditEvent.occurred_at).where(AuditEvent.seq == middle))
        if at is not None and at < wanted:
            low = middle + 1
        else:
            high = middle
    return low


def events_since(session: Session, moment: datetime) -> list[_Event]:
    rows = session.execute(
        select(AuditEvent.seq, AuditEvent.occurred_at, AuditEvent.actor, AuditEvent.role,
               AuditEvent.action, AuditEvent.record_type, AuditEvent.record_id,
               AuditEvent.changes)
        .where(AuditEvent.seq >= first_seq_at(session, moment)).order_by(AuditEvent.seq))
    events = []
    for seq, at, actor, role, action, record_type, record_id, changes in rows:
        loaded = json.loads(changes)
        events.append(_Event(
            seq, datetime.strptime(at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC), actor,
            role, action, record_type, record_id, loaded if isinstance(loaded, dict) else {}))
    return events


@dataclass
class DayWalk:
    """Today's events per counter, and who is signed in at each counter now."""

    events: dict[str, list[_Event]]
    present: dict[str, tuple[str, datetime]]  # counter id → (username, signed in at)


def walk(session: Session, start: datetime) -> DayWalk:
    """Attribute the events since ``start`` to counters.

    The walk starts a day earlier, so a window signed in before midnight is still known
    to be at its counter.
    """
    at_counter: dict[str, str | None] = {}  # username → counter id of their session
    present: dict[str, tuple[str, datetime]] = {}
    events: dict[str, list[_Event]] = defaultdict(list)
    for event in events_since(session, start - timedelta(days=1)):
        counters: set[str] = set()
        if event.action in _AT_COUNTER:
            if event.role not in _SERVING_ROLES:
                continue  # an inspector or admin signing in is not the counter at work
            counter = event.changes.get("counter_id")
            before = at_counter.get(event.actor)
            if before and before != counter and present.get(before, ("",))[0] == event.actor:
                del present[before]
            at_counter[event.actor] = counter
            if counter:
                counters.add(counter)
                if event.action == "auth.signed_in" or counter not in present:
                    present[counter] = (event.actor, event.at)
        elif event.action == "auth.signed_out":
            counter = at_counter.pop(event.actor, None)
            if counter:
                counters.add(counter)
                if present.get(counter, ("",))[0] == event.actor:
                    del present[counter]
        else:
            counter = at_counter.get(event.actor)
            if counter:
                counters.add(counter)
            named = event.changes.get("counter_id")
            if isinstance(named, str) and event.actor != "kiosk":
                counters.add(named)
            if event.record_type == "counter":
                counters.add(event.record_id)
        if event.at >= start:
            for counter in counters:
                events[counter].append(event)
    return DayWalk(events, present)


def day_start(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), zone).astimezone(UTC)


def today(session: Session, store: Store) -> tuple[date, ZoneInfo]:
    zone = _zone(_office(session))
    return store.clock().astimezone(zone).date(), zone


# --- the timeline -----------------------------------------------------------------------


def _detail(event: _Event) -> str:
    changes = event.changes
    ticket = changes.get("ticket")
    if isinstance(ticket, str):
        return "-".join(ticket.split("-")[-2:])  # office-day-A-014 → A-014
    for key in ("tracking_number", "number", "register_number", "printer", "counter"):
        value = changes.get(key)
        if isinstance(value, str) and value:
            return value
    return ""


def _kind(action: str) -> TimelineKind:
    return _KIND_OF_PREFIX.get(action.partition(".")[0], TimelineKind.OTHER)


def _label(action: str) -> Message:
    template = ACTION_LABELS.get(action)
    if template is None:
        return QT_TRANSLATE_NOOP("inspection_timeline", "{action}").format(action=action)
    return template.format()


def counter_timeline(store: Store, actor: Actor, counter_id: uuid.UUID,
                     timeline_filter: TimelineFilter | None = None,
                     day: date | None = None) -> list[TimelineRow]:
    """The counter's audit events of ``day`` (today), oldest first, as readable rows."""
    wanted = timeline_filter or TimelineFilter()
    with store.read() as session:
        authorize(session, actor, Permission.INSPECT)
        this_day, zone = today(session, store)
        walked = walk(session, day_start(day or this_day, zone))
        names = {u: n for u, n in session.execute(select(Account.username, Account.full_name))}
    text = wanted.text.strip().casefold()
    rows = []
    for event in walked.events.get(str(counter_id), []):
        kind = _kind(event.action)
        if wanted.kinds is not None and kind not in wanted.kinds:
            continue
        row = TimelineRow(event.seq, event.at, event.actor, names.get(event.actor, ""),
                          event.role, event.action, kind, _label(event.action), _detail(event),
                          event.record_type, event.record_id)
        if text and not any(text in part.casefold() for part in (
                row.actor, row.actor_name, row.label, row.detail, row.action)):
            continue
        rows.append(row)
    return rows

