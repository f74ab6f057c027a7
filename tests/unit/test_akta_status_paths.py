"""An akta request's status timeline through both paths the centre's steps can take.

Until the sync link exists a supervisor records the Dispendukcapil's steps by hand
(``set_central_status``); the sync will call ``apply_central_status``. Every transition
``TRANSITIONS`` allows works through the use case that makes it, every other one is
refused with a message and changes nothing, and each step is one audit event and one
outbox record.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from akta_forms import birth_form, death_form
from sqlalchemy import func, select

from kelurahan_desk.domain.akta import (
    CENTRAL_STATUSES,
    TRANSITIONS,
    AktaForm,
    RequestKind,
    RequestStatus,
)
from kelurahan_desk.domain.messages import Message
from kelurahan_desk.services import accounts, akta_requests, akta_views, office
from kelurahan_desk.services.akta_requests import CENTRAL, RequestRefused
from kelurahan_desk.services.akta_views import RequestDetail
from kelurahan_desk.services.errors import InvalidInput, PermissionDenied, ServiceError
from kelurahan_desk.store.akta_tables import AktaRequest, AktaStatusEvent
from kelurahan_desk.store.tables import AuditEvent, OutboxRecord

S = RequestStatus
TODAY = date(2025, 3, 3)  # the FakeClock's day in Probolinggo
RECIPIENT_NIK = "3574011706880002"  # a man born 17-06-1988


@pytest.fixture
def actors(demo_store):
    counter = office.list_counters(demo_store)[0]
    return {
        name: accounts.sign_in(demo_store, name, f"{name}-demo", counter.id)
        for name in ("operator", "supervisor")
    }


def _table_counts(store) -> tuple[int, int, int, int]:
    with store.read() as session:
        def n(table: type) -> int:
            return int(session.scalar(select(func.count()).select_from(table)) or 0)

        return n(AktaRequest), n(AktaStatusEvent), n(AuditEvent), n(OutboxRecord)


def _status_of(store, request_id) -> RequestStatus:
    with store.read() as session:
        row = session.get(AktaRequest, request_id)
        assert row is not None
        return RequestStatus(row.status)


class Desk:
    """Moves requests through their life with the real use cases."""

    def __init__(self, store, actors, path: str = "supervisor") -> None:
        self.store = store
        self.operator = actors["operator"]
        self.supervisor = actors["supervisor"]
        self.path = path
        self._serials = itertools.count(1)

    def form(self, kind: RequestKind = RequestKind.BIRTH, **changes) -> AktaForm:
        serial = next(self._serials)
        if kind == RequestKind.BIRTH:
            return birth_form(TODAY - timedelta(days=10), serial=serial, **changes)
        return death_form(TODAY - timedelta(days=5), serial=serial, **changes)

    def submitted(self, kind: RequestKind = RequestKind.BIRTH) -> RequestDetail:
        return akta_requests.submit_request(self.store, self.operator, self.form(kind))

    def central(self, detail: RequestDetail, status: RequestStatus,
                path: str | None = None) -> RequestDetail:
        reason = "Nama ibu berbeda dengan KK" if status == S.RETURNED else None
        number = "3574-LT-03032025-0042" if status == S.ISSUED else None
        if (path or self.path) == "supervisor":
            return akta_requests.set_central_status(
                self.store, self.supervisor, detail.id, status, reason, number)
        assert detail.tracking_number is not None
        akta_requests.apply_central_status(self.store, detail.tracking_number, status,
                                           reason, number)
        return akta_views.open_request(self.store, self.supervisor, detail.id)

    def hand_over(self, detail: RequestDetail, id_checked: bool = True) -> RequestDetail:
        return akta_requests.hand_over(self.store, self.operator, detail.id, "Slamet Riyadi",
                                       RECIPIENT_NIK, id_checked)

    def in_status(self, status: RequestStatus) -> RequestDetail:
        """A fresh request that has reached ``status`` the ordinary way."""
        if status == S.DRAFT:
            return akta_requests.save_draft(self.store, self.operator, self.form())
        detail = self.submitted()
        route = {
            S.SUBMITTED: [], S.SENT: [S.SENT], S.VERIFIED: [S.SENT, S.VERIFIED],
            S.RETURNED: [S.SENT, S.RETURNED], S.ISSUED: [S.SENT, S.VERIFIED, S.ISSUED],
            S.READY: [S.SENT, S.VERIFIED, S.ISSUED, S.READY],
            S.HANDED_OVER: [S.SENT, S.VERIFIED, S.ISSUED, S.READY],
            S.CANCELLED: [],
        }[status]
        for step in route:
            detail = self.central(detail, step)
        if status == S.HANDED_OVER:
            detail = self.hand_over(detail)
        if status == S.CANCELLED:
            detail = akta_requests.cancel_request(self.store, self.operator, detail.id,
                                                  "Pelapor menarik permohonan")
        assert detail.status == status
        return detail

    def move(self, detail: RequestDetail, target: RequestStatus) -> RequestDetail:
        """Ask the use case that makes ``target`` to move ``detail`` there."""
        if target in CENTRAL_STATUSES:
            return self.central(detail, target)
        if target == S.SUBMITTED:
            return akta_requests.submit_request(self.store, self.operator, detail.form,
                                                request_id=detail.id)
        if target == S.CANCELLED:
            return akta_requests.cancel_request(self.store, self.operator, detail.id,
                                                "Pelapor menarik permohonan")
        if target == S.HANDED_OVER:
            return self.hand_over(detail)
        assert target == S.DRAFT
        return akta_requests.save_draft(self.store, self.operator, detail.form,
                                        request_id=detail.id)


@pytest.fixture(params=["supervisor", "sync"])
def desk(request, demo_store, actors) -> Desk:
    return Desk(demo_store, actors, request.param)


# --- the whole life of a request -------------------------------------------------------


@pytest.mark.parametrize("kind", list(RequestKind))
def test_full_timeline(desk: Desk, kind: RequestKind) -> None:
    detail = desk.submitted(kind)
    for status in (S.SENT, S.VERIFIED, S.ISSUED, S.READY):
        detail = desk.central(detail, status)
    detail = desk.hand_over(detail)
    steps = detail.timeline
    assert [s.status for s in steps] == [S.SUBMITTED, S.SENT, S.VERIFIED, S.ISSUED, S.READY,
                                         S.HANDED_OVER]
    central = "supervisor" if desk.path == "supervisor" else "central"
    assert [s.source for s in steps] == ["desk", central, central, central, central, "desk"]
    who = "supervisor" if desk.path == "supervisor" else CENTRAL
    assert [s.actor for s in steps] == ["operator", who, who, who, who, "operator"]
    assert steps[3].akta_number == "3574-LT-03032025-0042"
    assert detail.akta_number == "3574-LT-03032025-0042"
    assert steps[5].recipient_name == "Slamet Riyadi"
    assert steps[5].recipient_nik == "357401******0002"  # the timeline masks it
    assert all(a.at <= b.at for a, b in itertools.pairwise(steps))


def test_both_paths_meet_in_one_timeline(demo_store, actors) -> None:
    desk = Desk(demo_store, actors)
    detail = desk.submitted()
    detail = desk.central(detail, S.SENT, path="supervisor")
    detail = desk.central(detail, S.VERIFIED, path="sync")
    detail = desk.central(detail, S.RETURNED, path="supervisor")
    assert [(s.status, s.source) for s in detail.timeline] == [
        (S.SUBMITTED, "desk"), (S.SENT, "supervisor"), (S.VERIFIED, "central"),
        (S.RETURNED, "supervisor")]
    assert detail.timeline[-1].reason == "Nama ibu berbeda dengan KK"


def test_returned_corrected_and_resubmitted_keeps_its_tracking_number(desk: Desk) -> None:
    first = desk.submitted()
    detail = desk.central(desk.central(first, S.SENT), S.RETURNED)
    assert detail.editable
    corrected = birth_form(TODAY - timedelta(days=10), serial=99, child_name="Ahmad Fauzan")
    again = akta_requests.submit_request(desk.store, desk.operator, corrected,
                                         request_id=detail.id)
    assert again.status == S.SUBMITTED
    assert again.tracking_number == first.tracking_number
    assert again.form.child.name == "Ahmad Fauzan"
    assert [s.status for s in again.timeline] == [S.SUBMITTED, S.SENT, S.RETURNED,
                                                  S.SUBMITTED]
    # ... and goes on to the end like any other.
    for status in (S.SENT, S.VERIFIED, S.ISSUED, S.READY):
        again = desk.central(again, status)
    assert desk.hand_over(again).tracking_number == first.tracking_number


# --- every transition, allowed and forbidden --------------------------------------------

def _paths(target: RequestStatus) -> tuple[str, ...]:
    """The centre's steps come by hand or by sync; the desk's own have one path."""
    return ("supervisor", "sync") if target in CENTRAL_STATUSES else ("desk",)


ALLOWED = [(path, a, b) for a, targets in TRANSITIONS.items() for b in sorted(targets)
           for path in _paths(b)]
# Forbidden: every other pair (saving a draft again is no transition). The centre cannot
# name a draft: it has no tracking number yet; and the centre sending the status a request
# already has is a replay, answered by doing nothing (see the test below).
FORBIDDEN = [(path, a, b) for a in RequestStatus for b in RequestStatus
             if b not in TRANSITIONS[a] and not (a == b == S.DRAFT)
             for path in _paths(b)
             if not (path == "sync" and (a == S.DRAFT or a == b))]


@pytest.fixture
def desk_on(demo_store, actors) -> Callable[[str], Desk]:
    return lambda path: Desk(demo_store, actors, "sync" if path == "sync" else "supervisor")


@pytest.mark.parametrize(("path", "current", "target"), ALLOWED, ids=str)
def test_every_allowed_transition_works(desk_on, path, current, target) -> None:
    desk = desk_on(path)
    detail = desk.in_status(current)
    before = _table_counts(desk.store)
    moved = desk.move(detail, target)
    after = _table_counts(desk.store)
    assert moved.status == target == _status_of(desk.store, detail.id)
    assert moved.timeline[-1].status == target
    opened = 1 if path == "sync" else 0  # the test re-reads the request: audited too
    # One more step in the timeline, one audit event and one outbox record per call.
    assert after[0] == before[0]
    assert after[1] == before[1] + 1
    assert after[2] == before[2] + 1 + opened
    assert after[3] == before[3] + 1 + opened


@pytest.mark.parametrize(("path", "current", "target"), FORBIDDEN, ids=str)
def test_every_forbidden_transition_is_refused_and_changes_nothing(
    desk_on, path, current, target
) -> None:
    desk = desk_on(path)
    detail = desk.in_status(current)
    before = _table_counts(desk.store)
    with pytest.raises(ServiceError) as refused:
        desk.move(detail, target)
    assert isinstance(refused.value, RequestRefused)
    assert isinstance(refused.value.message, Message) and refused.value.message
    assert _table_counts(desk.store) == before
    assert _status_of(desk.store, detail.id) == current


@pytest.mark.parametrize("status", sorted(CENTRAL_STATUSES))
def test_the_centre_repeating_the_present_status_changes_nothing(desk_on, status) -> None:
    desk = desk_on("sync")
    detail = desk.in_status(status)
    before = _table_counts(desk.store)
    applied = akta_requests.apply_central_status(
        desk.store, detail.tracking_number or "", status, detail.timeline[-1].reason,
        detail.akta_number)
    assert applied is False
    assert _table_counts(desk.store) == before
    # A supervisor is told instead: by hand, the same status again is a mistake.
    with pytest.raises(RequestRefused):
        desk.central(detail, status, path="supervisor")
    assert _table_counts(desk.store) == before


def test_a_refusal_names_both_statuses(desk: Desk) -> None:
    detail = desk.in_status(S.SUBMITTED)
    with pytest.raises(RequestRefused) as refused:
        desk.central(detail, S.READY)
    assert "Diterima di loket" in refused.value.message
    assert "Siap diambil" in refused.value.message


# --- who may, and what each step needs -----------------------------------------------------


def test_an_operator_cannot_record_central_statuses(demo_store, actors) -> None:
    desk = Desk(demo_store, actors)
    detail = desk.submitted()
    before = _table_counts(demo_store)
    with pytest.raises(PermissionDenied):
        akta_requests.set_central_status(demo_store, actors["operator"], detail.id, S.SENT)
    assert _table_counts(demo_store) == before
    assert _status_of(demo_store, detail.id) == S.SUBMITTED


def test_the_desk_statuses_cannot_be_set_as_central_ones(desk: Desk) -> None:
    detail = desk.in_status(S.READY)
    before = _table_counts(desk.store)
    with pytest.raises(RequestRefused):
        akta_requests.set_central_status(desk.store, desk.supervisor, detail.id,
                                         S.HANDED_OVER)
    with pytest.raises(RequestRefused):
        akta_requests.apply_central_status(desk.store, detail.tracking_number or "",
                                           S.CANCELLED)
    assert _table_counts(desk.store) == before


@pytest.mark.parametrize(("status", "field"), [(S.RETURNED, "reason"),
                                               (S.ISSUED, "akta_number")])
def test_returned_needs_a_reason_and_issued_an_akta_number(
    demo_store, actors, status, field
) -> None:
    desk = Desk(demo_store, actors)
    detail = desk.central(desk.submitted(), S.SENT)
    if status == S.ISSUED:
        detail = desk.central(detail, S.VERIFIED)
    before = _table_counts(demo_store)
    attempts: list[Callable[[], object]] = [
        lambda: akta_requests.set_central_status(demo_store, actors["supervisor"], detail.id,
                                                 status, "  ", "  "),
        lambda: akta_requests.apply_central_status(demo_store, detail.tracking_number or "",
                                                   status),
    ]
    for attempt in attempts:
        with pytest.raises(InvalidInput) as refused:
            attempt()
        assert list(refused.value.fields) == [field]
    assert _table_counts(demo_store) == before


def test_hand_over_needs_the_id_checked(demo_store, actors) -> None:
    desk = Desk(demo_store, actors)
    detail = desk.in_status(S.READY)
    before = _table_counts(demo_store)
    with pytest.raises(InvalidInput) as refused:
        desk.hand_over(detail, id_checked=False)
    assert list(refused.value.fields) == ["id_checked"]
    assert _table_counts(demo_store) == before
    assert desk.hand_over(detail).status == S.HANDED_OVER


def test_an_unknown_tracking_number_from_the_centre_is_not_found(demo_store) -> None:
    from kelurahan_desk.services.errors import NotFound

    with pytest.raises(NotFound):
        akta_requests.apply_central_status(demo_store, "3574011007-AKL-2025-09999", S.SENT)


def test_each_step_is_audited_with_what_changed(demo_store, actors, last_event) -> None:
    desk = Desk(demo_store, actors)
    detail = desk.central(desk.submitted(), S.SENT, path="supervisor")
    event = last_event(demo_store)
    assert (event.action, event.actor, event.record_id) == (
        "akta.status_set", "supervisor", str(detail.id))
    desk.central(detail, S.RETURNED, path="sync")
    event = last_event(demo_store)
    # The sync path re-reads the request (audited as opened); the step is just before it.
    with demo_store.read() as session:
        step = session.scalars(select(AuditEvent).where(
            AuditEvent.action == "akta.status_received")).one()
    assert (step.actor, step.record_id) == (CENTRAL, str(detail.id))
    assert '"reason":"Nama ibu berbeda dengan KK"' in step.changes
    assert '"status":"returned"' in step.changes
    assert event.action == "akta.opened"
