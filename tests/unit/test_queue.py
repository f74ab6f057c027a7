"""Antrean services on a real store: numbering, priority, every loket action, end of day."""

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from kelurahan_desk.domain.queue import (
    MAX_PRIORITY_IN_A_ROW,
    Outcome,
    Priority,
    TicketStatus,
    Waiting,
    next_ticket,
    streak_needed,
)
from kelurahan_desk.domain.settings import END_OF_DAY_CARRY
from kelurahan_desk.services import accounts, office, queue, queue_day, queue_services, queue_views
from kelurahan_desk.services.errors import PermissionDenied
from kelurahan_desk.services.queue import QueueRefused

PASSWORDS = {"operator": "operator-demo", "supervisor": "supervisor-demo",
             "inspektur": "inspektur-demo", "admin": "admin-demo"}


@pytest.fixture
def services(demo_store):
    return {s.prefix: s for s in queue_services.list_services(demo_store)}


@pytest.fixture
def at_counter(demo_store):
    counters = office.list_counters(demo_store)

    def sign(username="operator", loket=0):
        return accounts.sign_in(demo_store, username, PASSWORDS[username], counters[loket].id)

    return sign


def test_default_services_exist_and_every_loket_calls_them(demo_store, services):
    assert [(p, s.name) for p, s in services.items()] == [
        ("A", "Akta Kelahiran"), ("B", "Akta Kematian"), ("C", "KTP-el (cetak)"),
        ("D", "Informasi/Lainnya")]
    for counter in office.list_counters(demo_store):
        assert len(queue_services.counter_services(demo_store, counter.id)) == 4
    assert queue_services.ensure_default_services(demo_store) is False


def test_numbers_run_per_service_and_restart_at_local_midnight(demo_store, services, clock):
    clock.set(datetime(2026, 11, 28, 16, 58, tzinfo=UTC))  # 23:58 WIB
    a1 = queue.issue_ticket(demo_store, services["A"].id)
    a2 = queue.issue_ticket(demo_store, services["A"].id)
    b1 = queue.issue_ticket(demo_store, services["B"].id)
    assert [a1.ticket.code, a2.ticket.code, b1.ticket.code] == ["A-001", "A-002", "B-001"]
    assert a1.ticket.key == "3574011007-20261128-A-001"
    assert a2.people_ahead == 1 and b1.people_ahead == 0
    clock.advance(minutes=2)  # 00:00 WIB, still 28 Nov in UTC
    next_day = queue.issue_ticket(demo_store, services["A"].id)
    assert next_day.ticket.code == "A-001"
    assert next_day.ticket.key == "3574011007-20261129-A-001"
    assert next_day.local_issued_at.hour == 0


def test_quota_and_hours_refuse_plainly_and_issue_nothing(demo_store, services, clock, counts):
    with demo_store.write("admin", "admin") as uow:
        from kelurahan_desk.store.tables import QueueService

        row = uow.session.get(QueueService, services["C"].id)
        row.daily_quota = 1
        row2 = uow.session.get(QueueService, services["D"].id)
        row2.opens_at, row2.closes_at = "08:00", "15:00"
        uow.record("test.setup", "x", "x", {})
    clock.set(datetime(2026, 11, 30, 2, 0, tzinfo=UTC))  # 09:00 WIB
    queue.issue_ticket(demo_store, services["C"].id)
    before = counts(demo_store)
    with pytest.raises(QueueRefused) as refused:
        queue.issue_ticket(demo_store, services["C"].id)
    assert str(refused.value.message) == "Kuota hari ini sudah habis."
    assert counts(demo_store) == before
    overview = {k.service.prefix: k for k in queue_views.kiosk_overview(demo_store)}
    assert overview["C"].refusal == "Kuota hari ini sudah habis."
    assert overview["D"].refusal is None
    clock.set(datetime(2026, 11, 30, 8, 0, tzinfo=UTC))  # 15:00 WIB
    with pytest.raises(QueueRefused, match="sudah tutup"):
        queue.issue_ticket(demo_store, services["D"].id)
    clock.set(datetime(2026, 11, 30, 0, 30, tzinfo=UTC))  # 07:30 WIB
    with pytest.raises(QueueRefused, match=r"dibuka pukul 08\.00"):
        queue.issue_ticket(demo_store, services["D"].id)


def w(n, priority, minute, service=None):
    return Waiting(uuid.UUID(int=n), service or uuid.UUID(int=0), priority,
                   datetime(2026, 1, 1, 8, minute, tzinfo=UTC), n)


def test_priority_goes_first_but_never_starves_the_others():
    waiting = [w(1, False, 0), w(2, False, 1), w(3, True, 2), w(4, True, 3), w(5, True, 4)]
    assert next_ticket(waiting, {}).number == 3
    streak_at_max = {uuid.UUID(int=0): MAX_PRIORITY_IN_A_ROW}
    assert next_ticket(waiting, streak_at_max).number == 1
    # With no regular visitor waiting, priority continues whatever the streak.
    assert next_ticket([w(3, True, 2)], streak_at_max).number == 3
    assert next_ticket([], {}) is None
    # So "call next" counts a service's streak only when it has both kinds waiting.
    other = uuid.UUID(int=1)
    assert streak_needed([*waiting, w(6, True, 5, other), w(7, True, 6, other)]) == {
        uuid.UUID(int=0)}
    assert streak_needed([w(3, True, 2), w(1, False, 0, other)]) == set()


def test_priority_rule_over_a_whole_morning(demo_store, services, at_counter):
    """Issued: R1 R2 P1 P2 P3 P4 R3 → served P1 P2 R1 P3 P4 R2 R3."""
    a = services["A"].id
    order = [None, None, Priority.ELDERLY, Priority.PREGNANT, Priority.DISABILITY,
             Priority.ELDERLY, None]
    codes = [queue.issue_ticket(demo_store, a, p).ticket.code for p in order]
    actor = at_counter()
    served = []
    for _ in order:
        ticket = queue.call_next(demo_store, actor)
        served.append(ticket.code)
        queue.finish(demo_store, actor, ticket.id)
    r1, r2, p1, p2, p3, p4, r3 = codes
    assert served == [p1, p2, r1, p3, p4, r2, r3]
    assert queue.call_next(demo_store, actor) is None


def test_loket_actions_from_call_to_finish(demo_store, services, at_counter, clock, last_event):
    issued = queue.issue_ticket(demo_store, services["A"].id).ticket
    actor = at_counter()
    clock.advance(minutes=5)
    called = queue.call_next(demo_store, actor)
    assert called.id == issued.id and called.status is TicketStatus.CALLED
    assert called.first_called_at == clock.now()
    with pytest.raises(QueueRefused, match="masih melayani A-001"):
        queue.call_next(demo_store, actor)
    queue.recall(demo_store, actor, called.id)
    held = queue.hold(demo_store, actor, called.id)
    assert held.status is TicketStatus.HELD
    resumed = queue.resume(demo_store, actor, called.id)
    assert resumed.calls == 3 and resumed.first_called_at == called.first_called_at
    done = queue.finish(demo_store, actor, called.id,
                        links=queue.WorkLinks(request_ref="3574011007-AKL-2026-00001"))
    assert done.outcome is Outcome.DONE and done.status is TicketStatus.FINISHED
    assert last_event(demo_store).action == "queue.ticket_finished"
    assert "3574011007-AKL-2026-00001" in last_event(demo_store).changes


def test_no_show_only_after_enough_calls_and_take_back(demo_store, services, at_counter):
    queue.issue_ticket(demo_store, services["B"].id)
    actor = at_counter()
    ticket = queue.call_next(demo_store, actor)
    with pytest.raises(QueueRefused, match="baru dipanggil 1 kali"):
        queue.mark_no_show(demo_store, actor, ticket.id)
    queue.recall(demo_store, actor, ticket.id)
    queue.recall(demo_store, actor, ticket.id)
    absent = queue.mark_no_show(demo_store, actor, ticket.id)
    assert absent.outcome is Outcome.NO_SHOW
    view = queue_views.counter_view(demo_store, actor)
    assert view.current is None and [t.code for t in view.no_shows] == ["B-001"]
    back = queue.take_back(demo_store, actor, ticket.id)
    assert back.status is TicketStatus.CALLED and back.outcome is None


def test_transfer_keeps_the_issue_time_and_goes_to_the_chosen_loket(
        demo_store, services, at_counter, clock):
    issued = queue.issue_ticket(demo_store, services["D"].id).ticket
    loket1, loket2 = at_counter("operator", 0), at_counter("supervisor", 1)
    clock.advance(minutes=3)
    queue.call_next(demo_store, loket1)
    moved = queue.transfer(demo_store, loket1, issued.id, services["A"].id,
                           counter_id=loket2.counter_id)
    assert moved.status is TicketStatus.WAITING and moved.issued_at == issued.issued_at
    assert moved.service_name == "Akta Kelahiran"
    # Directed to loket 2: loket 1 does not get it back.
    assert queue.call_next(demo_store, loket1) is None
    again = queue.call_next(demo_store, loket2)
    assert again.id == issued.id and again.code == "D-001"


def test_scanning_a_ticket_calls_it(demo_store, services, at_counter):
    first = queue.issue_ticket(demo_store, services["A"].id).ticket
    second = queue.issue_ticket(demo_store, services["A"].id).ticket
    actor = at_counter()
    called = queue.call_scanned(demo_store, actor, second.key)
    assert called.id == second.id
    queue.finish(demo_store, actor, called.id)
    assert queue.call_scanned(demo_store, actor, "a-1").id == first.id
    with pytest.raises(QueueRefused, match="bukan nomor antrean"):
        queue.call_scanned(demo_store, actor, "hello")


def test_only_counter_staff_call(demo_store, services):
    queue.issue_ticket(demo_store, services["A"].id)
    counter = office.list_counters(demo_store)[0]
    inspector = accounts.sign_in(demo_store, "inspektur", "inspektur-demo", counter.id)
    with pytest.raises(PermissionDenied):
        queue.call_next(demo_store, inspector)
    operator_without_loket = accounts.sign_in(demo_store, "operator", "operator-demo")
    with pytest.raises(QueueRefused, match="tanpa loket"):
        queue.call_next(demo_store, operator_without_loket)


def test_board_shows_serving_and_announces_calls_in_order(demo_store, services, at_counter):
    start = queue_views.last_call_id(demo_store)
    queue.issue_ticket(demo_store, services["A"].id)
    queue.issue_ticket(demo_store, services["C"].id)
    t1 = queue.call_next(demo_store, at_counter("operator", 0))
    t2 = queue.call_next(demo_store, at_counter("supervisor", 1))
    queue.recall(demo_store, at_counter("operator", 0), t1.id)
    board = queue_views.board_view(demo_store)
    assert board.serving == {1: t1.code, 2: t2.code}
    calls = queue_views.calls_since(demo_store, start)
    assert [(c.code, c.counter_number, c.kind) for c in calls] == [
        (t1.code, 1, "call"), (t2.code, 2, "call"), (t1.code, 1, "recall")]


@pytest.mark.parametrize("rule", ["reset", "carry"])
def test_end_of_day_rule(demo_store, services, at_counter, clock, rule):
    if rule == "carry":
        admin = accounts.sign_in(demo_store, "admin", "admin-demo")
        office.change_settings(demo_store, admin, {"end_of_day_rule": END_OF_DAY_CARRY})
    clock.set(datetime(2026, 11, 30, 2, 0, tzinfo=UTC))  # 09:00 WIB Monday
    waiting = queue.issue_ticket(demo_store, services["A"].id).ticket
    at_loket = queue.issue_ticket(demo_store, services["B"].id).ticket
    queue.call_scanned(demo_store, at_counter(), at_loket.code)
    # Before 17:00 the day still runs; only the day before may be due.
    assert queue_day.end_of_day_due(demo_store) == datetime(2026, 11, 29).date()
    clock.set(datetime(2026, 11, 30, 10, 0, tzinfo=UTC))  # 17:00 WIB
    day = queue_day.end_of_day_due(demo_store)
    assert day == datetime(2026, 11, 30).date()
    queue_day.close_day(demo_store, day)
    assert queue_day.end_of_day_due(demo_store) is None
    clock.advance(timedelta(hours=16))  # 09:00 next day
    view = queue_views.kiosk_overview(demo_store)
    waiting_a = next(k.waiting for k in view if k.service.prefix == "A")
    assert waiting_a == (1 if rule == "carry" else 0)
    actor = at_counter()
    called = queue.call_next(demo_store, actor)
    assert (called.id if called else None) == (waiting.id if rule == "carry" else None)
