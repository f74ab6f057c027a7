"""The statements of the queue's ticket actions, prepared once (see store/prepared.py).

Every ticket action runs these on its unit of work's connection: building a statement,
loading ORM objects and flushing them, even SQLAlchemy's running of a ready-built statement,
each cost more than SQLite takes to run it (docs/PERFORMANCE.md, "Queue actions").
Parameters are named by each statement's ``bindparam``s; an INSERT takes every column.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Uuid,
    bindparam,
    func,
    insert,
    literal_column,
    select,
    update,
)
from sqlalchemy.orm import aliased

from kelurahan_desk.domain.queue import TicketStatus
from kelurahan_desk.store.prepared import Prepared
from kelurahan_desk.store.tables import (
    Counter,
    CounterService,
    Office,
    QueueService,
    Ticket,
    TicketCall,
    UtcDateTime,
)

# What TicketInfo shows of a ticket: an action's UPDATE ... RETURNING answers with these
# (each UUID and time a column turns into costs ~1-2 us; a whole row took 20 us).
INFO_COLUMNS = (
    Ticket.id, Ticket.key, Ticket.code, Ticket.service_id, Ticket.priority, Ticket.issued_at,
    Ticket.status, Ticket.calls, Ticket.counter_id, Ticket.first_called_at, Ticket.finished_at,
    Ticket.outcome,
)
NOW = bindparam("now", type_=UtcDateTime())


def issued_on(service_id: uuid.UUID | BindParameter[Any], day: str | BindParameter[Any],
              ) -> ColumnElement[bool]:
    """Tickets issued for a service on a day: what its daily quota counts."""
    return (Ticket.issued_service_id == service_id) & (Ticket.service_day == day)


# --- reads ------------------------------------------------------------------------------

OFFICE = Prepared(select(Office.code, Office.name, Office.timezone).where(Office.id == 1))
SERVICE = Prepared(select(
    QueueService.prefix, QueueService.name, QueueService.active, QueueService.daily_quota,
    QueueService.opens_at, QueueService.closes_at,
).where(QueueService.id == bindparam("service_id")))
COUNTER = Prepared(select(Counter.id).where(Counter.id == bindparam("counter_id")))

# Issued today (for the quota), the day's last number of the prefix, and who waits: one read.
ISSUE_COUNTS = Prepared(select(
    select(func.count()).where(issued_on(bindparam("service_id"), bindparam("day")))
    .scalar_subquery(),
    select(func.max(Ticket.number))
    .where(Ticket.service_day == bindparam("day"), Ticket.prefix == bindparam("prefix"))
    .scalar_subquery(),
    select(func.count())
    .where(Ticket.service_id == bindparam("service_id"), Ticket.status == TicketStatus.WAITING)
    .scalar_subquery(),
))

# What an action checks of a ticket before it changes it, and its service's name
# (``service_name``).
_TICKET = (
    select(Ticket.id, Ticket.code, Ticket.service_id, Ticket.service_day, Ticket.status,
           Ticket.calls, Ticket.counter_id, Ticket.outcome,
           QueueService.name.label("service_name"))
    .join_from(Ticket, QueueService, QueueService.id == Ticket.service_id)
)
TICKET_BY_ID = Prepared(_TICKET.where(Ticket.id == bindparam("ticket_id")))
TICKET_BY_CODE = Prepared(_TICKET.where(
    Ticket.service_day == bindparam("day"), Ticket.prefix == bindparam("prefix"),
    Ticket.number == bindparam("number")))

# The code of the ticket a loket is calling, if any.
BUSY = Prepared(select(Ticket.code).where(
    Ticket.counter_id == bindparam("counter_id"), Ticket.status == TicketStatus.CALLED
).limit(1))

# The longest-waiting priority and regular visitor of each service a loket calls, with the
# service's name. The priority rule only ever chooses among these (at most two per service),
# so a long queue costs one indexed query, not a load of every waiting ticket.
_ranked = (
    select(
        Ticket.id, Ticket.service_id, Ticket.priority, Ticket.issued_at, Ticket.number,
        func.row_number().over(
            partition_by=(Ticket.service_id, Ticket.priority.is_(None)),
            order_by=(Ticket.issued_at, Ticket.number),
        ).label("place"),
    )
    .join(CounterService, (CounterService.service_id == Ticket.service_id)
          & (CounterService.counter_id == bindparam("counter_id")))
    .where(
        Ticket.status == TicketStatus.WAITING,
        Ticket.target_counter_id.is_(None) | (Ticket.target_counter_id == bindparam("counter_id")),
    )
    .subquery()
)
QUEUE_HEADS = Prepared(
    select(_ranked.c.id, _ranked.c.service_id, _ranked.c.priority, _ranked.c.issued_at,
           _ranked.c.number, QueueService.name)
    .join_from(_ranked, QueueService, QueueService.id == _ranked.c.service_id)
    .where(_ranked.c.place == 1)
)

# A service's calls of the day, most recent first: what its priority streak is counted from.
# The unary + keeps SQLite on the day's index (30 µs), should tickets get a service_id index
# again (every ticket the service ever had: 250 µs with half a year of history, growing).
_service_of_ticket = literal_column("+tickets.service_id", Uuid())
PRIORITY_STREAK = Prepared(
    select(Ticket.priority)
    .join(TicketCall, TicketCall.ticket_id == Ticket.id)
    .where(_service_of_ticket == bindparam("service_id"), Ticket.service_day == bindparam("day"),
           TicketCall.kind == "call")
    .order_by(TicketCall.id.desc())
    .limit(10)
)


# --- writes -----------------------------------------------------------------------------

INSERT_TICKET = Prepared(insert(Ticket))
INSERT_CALL = Prepared(insert(TicketCall))


def _updating(**values: Any) -> Prepared:
    """An UPDATE of one ticket (``ticket_id``) that answers with what TicketInfo shows."""
    return Prepared(update(Ticket).where(Ticket.id == bindparam("ticket_id")).values(**values)
                    .returning(*INFO_COLUMNS))


# Starting a call (call, resume, take back, scan) makes the ticket this loket's again: it is
# neither finished nor meant for another loket.
START_CALL = _updating(
    status=TicketStatus.CALLED, counter_id=bindparam("at_counter"),
    operator_id=bindparam("by_operator"), target_counter_id=None, calls=Ticket.calls + 1,
    first_called_at=func.coalesce(Ticket.first_called_at, NOW), outcome=None,
    finished_at=None)
RECALL = _updating(calls=Ticket.calls + 1)
HOLD = _updating(status=TicketStatus.HELD)
CLOSE = _updating(status=TicketStatus.FINISHED, outcome=bindparam("with_outcome"),
                  finished_at=NOW)
# Closing with the work the visit produced (``finish``).
FINISH = _updating(status=TicketStatus.FINISHED, outcome=bindparam("with_outcome"),
                   finished_at=NOW, request_ref=bindparam("request"),
                   print_job_ref=bindparam("print_job"),
                   spoiled_card_ref=bindparam("spoiled_card"))
TRANSFER = _updating(status=TicketStatus.WAITING, service_id=bindparam("to_service"),
                     target_counter_id=bindparam("to_counter"), counter_id=None)

# End the call segment still open (a recall is never one): a close, hold or transfer does.
_segment = aliased(TicketCall, name="segment")
END_SEGMENT = Prepared(update(TicketCall).where(TicketCall.id == (
    select(_segment.id)
    .where(_segment.ticket_id == bindparam("of_ticket"), _segment.kind != "recall",
           _segment.ended_at.is_(None))
    .order_by(_segment.id.desc()).limit(1).scalar_subquery()
)).values(ended_at=NOW, end=bindparam("how")))
