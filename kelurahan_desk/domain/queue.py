"""Queue rules: ticket codes, states, opening hours and quotas, and who is called next."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message, Template


class TicketStatus(StrEnum):
    WAITING = "waiting"  # issued (or transferred), not yet called
    CALLED = "called"  # called to a loket; being served
    HELD = "held"  # set aside at the loket (e.g. fetching a document), resumable
    FINISHED = "finished"


class Outcome(StrEnum):
    DONE = "selesai"
    NO_SHOW = "tidak_hadir"
    CANCELLED = "dibatalkan"
    TRANSFERRED = "dialihkan"  # recorded on the call that handed the visit on
    RESET = "reset"  # closed by the end-of-day rule


OUTCOME_LABELS: dict[Outcome, Template] = {
    Outcome.DONE: QT_TRANSLATE_NOOP("queue", "Selesai"),
    Outcome.NO_SHOW: QT_TRANSLATE_NOOP("queue", "Tidak hadir"),
    Outcome.CANCELLED: QT_TRANSLATE_NOOP("queue", "Dibatalkan"),
    Outcome.TRANSFERRED: QT_TRANSLATE_NOOP("queue", "Dialihkan"),
    Outcome.RESET: QT_TRANSLATE_NOOP("queue", "Ditutup akhir hari"),
}


class Priority(StrEnum):
    ELDERLY = "lansia"
    DISABILITY = "disabilitas"
    PREGNANT = "ibu_hamil"


PRIORITY_LABELS: dict[Priority, Template] = {
    Priority.ELDERLY: QT_TRANSLATE_NOOP("queue", "Lansia"),
    Priority.DISABILITY: QT_TRANSLATE_NOOP("queue", "Disabilitas"),
    Priority.PREGNANT: QT_TRANSLATE_NOOP("queue", "Ibu hamil"),
}

# After this many priority calls in a row for one service, the longest-waiting regular
# visitor of that service goes next (if any waits): priority goes first, never forever.
MAX_PRIORITY_IN_A_ROW = 2


def ticket_code(prefix: str, number: int) -> str:
    """``A-014``: three digits at least, more when a day runs past 999."""
    return f"{prefix}-{number:03d}"


def ticket_key(office_code: str, day: date, prefix: str, number: int) -> str:
    """The identity a ticket keeps at the centre: office, local day, code."""
    return f"{office_code}-{day:%Y%m%d}-{ticket_code(prefix, number)}"


@dataclass(frozen=True)
class ServiceRules:
    """What decides whether a ticket may be issued for a service right now."""

    active: bool
    daily_quota: int | None
    opens_at: time | None
    closes_at: time | None


def issue_refusal(rules: ServiceRules, local_now: datetime, issued_today: int) -> Message | None:
    """Why no ticket can be issued now, in words for the citizen; ``None`` if it can."""
    if not rules.active:
        return QT_TRANSLATE_NOOP("queue", "Layanan ini sedang tidak dibuka.").format()
    clock = local_now.time()
    if rules.opens_at is not None and clock < rules.opens_at:
        return QT_TRANSLATE_NOOP("queue", "Layanan ini dibuka pukul {time}.").format(
            time=f"{rules.opens_at:%H.%M}"
        )
    if rules.closes_at is not None and clock >= rules.closes_at:
        return QT_TRANSLATE_NOOP(
            "queue", "Layanan ini sudah tutup hari ini (tutup pukul {time})."
        ).format(time=f"{rules.closes_at:%H.%M}")
    if rules.daily_quota is not None and issued_today >= rules.daily_quota:
        return QT_TRANSLATE_NOOP("queue", "Kuota hari ini sudah habis.").format()
    return None


@dataclass(frozen=True)
class Waiting:
    """A ticket that could be called: enough to apply the rule, nothing more."""

    ticket_id: uuid.UUID
    service_id: uuid.UUID
    priority: bool
    queued_at: datetime  # original issue time; a transfer keeps it
    number: int


def streak_needed(waiting: Sequence[Waiting]) -> set[uuid.UUID]:
    """The services whose choice in ``next_ticket`` depends on their priority streak: those
    with both a priority and a regular visitor waiting (no other streak need be counted)."""
    priority = {w.service_id for w in waiting if w.priority}
    return priority & {w.service_id for w in waiting if not w.priority}


def next_ticket(
    waiting: Sequence[Waiting], priority_streak: dict[uuid.UUID, int]
) -> Waiting | None:
    """Choose who a loket calls next among ``waiting`` (already limited to its services).

    Per service, the head is the longest-waiting priority visitor, unless that service's
    last ``MAX_PRIORITY_IN_A_ROW`` calls were all priority and a regular visitor waits:
    then the longest-waiting regular visitor. Across services, heads that are priority
    come first, then the one waiting longest. ``priority_streak`` is the number of
    priority calls in a row per service (today), as the store counts them.
    """
    heads = []
    for service_id in {w.service_id for w in waiting}:
        mine = sorted(
            (w for w in waiting if w.service_id == service_id),
            key=lambda w: (w.queued_at, w.number),
        )
        priority = [w for w in mine if w.priority]
        regular = [w for w in mine if not w.priority]
        if priority and not (
            regular and priority_streak.get(service_id, 0) >= MAX_PRIORITY_IN_A_ROW
        ):
            heads.append(priority[0])
        else:
            heads.append(regular[0])
    if not heads:
        return None
    return min(heads, key=lambda w: (not w.priority, w.queued_at, w.number))
