"""The end-of-day rule: what happens to tickets still open when the service day ends."""

from __future__ import annotations

import json
from datetime import date, time, timedelta

from sqlalchemy import select

from kelurahan_desk.domain.queue import (
    Outcome,
    TicketStatus,
)
from kelurahan_desk.services.office import get_settings
from kelurahan_desk.services.queue import _close, _office, _zone
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import (
    Setting,
    Ticket,
)

CLOSED_THROUGH_KEY = "queue.closed_through"  # the last service day the rule was applied to


def end_of_day_due(store: Store) -> date | None:
    """The latest service day whose end has passed and that the rule has not closed yet."""
    hour = get_settings(store)["end_of_day_hour"]
    with store.read() as session:
        zone = _zone(_office(session))
        row = session.get(Setting, CLOSED_THROUGH_KEY)
    now = store.clock().astimezone(zone)
    day = now.date() if now.time() >= time(hour) else now.date() - timedelta(days=1)
    closed = date.fromisoformat(json.loads(row.value)) if row else None
    return None if closed is not None and closed >= day else day


def close_day(store: Store, day: date) -> int:
    """Apply the end-of-day rule to open tickets of ``day`` and before; return the count.

    Reset closes every open ticket with the outcome "reset". Carry leaves waiting tickets
    in the queue for the next day (their code and issue time unchanged; they are called
    first since they were issued first) and resets only those left at a loket.
    """
    from kelurahan_desk.domain.settings import END_OF_DAY_CARRY
    rule = get_settings(store)["end_of_day_rule"]
    with store.write("system", "system") as uow:
        rows = uow.session.execute(select(Ticket.id, Ticket.key, Ticket.status).where(
            Ticket.service_day <= day.isoformat(), Ticket.status != TicketStatus.FINISHED)).all()
        carried, closed = [], []
        for ticket_id, key, status in rows:
            if rule == END_OF_DAY_CARRY and status == TicketStatus.WAITING:
                carried.append(key)
            else:
                _close(uow, ticket_id, Outcome.RESET)
                closed.append(key)
        uow.session.merge(Setting(key=CLOSED_THROUGH_KEY, value=json.dumps(day.isoformat())))
        uow.record("queue.day_closed", "queue_day", day.isoformat(), {
            "rule": "carry" if rule == END_OF_DAY_CARRY else "reset",
            "closed": closed,
            "carried": carried,
        })
        return len(closed)
