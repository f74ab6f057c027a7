"""Akta request use cases on a real store: drafts, submission, tracking numbers, duplicates."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from sqlalchemy import func, select

from kelurahan_desk.domain.akta import AktaForm, RequestKind, RequestStatus
from kelurahan_desk.services import accounts
from kelurahan_desk.services.akta_requests import (
    PossibleDuplicate,
    RequestRefused,
    cancel_request,
    find_duplicates,
    save_draft,
    submit_request,
    update_request,
)
from kelurahan_desk.services.akta_views import (
    RequestFilter,
    open_request,
    request_by_tracking_number,
    search_requests,
)
from kelurahan_desk.services.errors import InvalidInput, PermissionDenied, ServiceError
from kelurahan_desk.store.akta_tables import AktaRequest, AktaStatusEvent
from kelurahan_desk.store.database import Store

sys.path.insert(0, str(Path(__file__).parent))
from test_akta_checks import FORMS, MOTHER, birth_form, death_form

# The unit-test clock starts on Monday 3 March 2025, 08:00 WIB.
TODAY = date(2025, 3, 3)


def _dated(form: AktaForm, days_ago: int) -> AktaForm:
    if form.kind == RequestKind.BIRTH:
        return replace(form, child=replace(form.child, birth_date=TODAY - timedelta(days_ago)))
    return replace(form, deceased=replace(form.deceased,
                                          death_date=TODAY - timedelta(days_ago)))


def birth(days_ago: int = 10, **changes: object) -> AktaForm:
    return _dated(birth_form(**changes), days_ago)


def death(days_ago: int = 3, **changes: object) -> AktaForm:
    return _dated(death_form(**changes), days_ago)


@pytest.fixture
def operator(demo_store: Store) -> accounts.Actor:
    return accounts.sign_in(demo_store, "operator", "operator-demo")


def _rows(store: Store) -> tuple[int, int]:
    with store.read() as session:
        return (session.scalar(select(func.count()).select_from(AktaRequest)) or 0,
                session.scalar(select(func.count()).select_from(AktaStatusEvent)) or 0)


def test_submit_gives_tracking_number_receipt_facts_and_one_audit_event(
    demo_store: Store, operator: accounts.Actor, counts, last_event, last_outbox,
) -> None:
    before = counts(demo_store)
    detail = submit_request(demo_store, operator, birth())
    assert detail.tracking_number == "3574011007-AKL-2025-00001"
    assert detail.status == RequestStatus.SUBMITTED
    assert detail.expected_completion == date(2025, 3, 6)  # 3 working days after Monday
    assert not detail.late
    assert [s.status for s in detail.timeline] == [RequestStatus.SUBMITTED]
    after = counts(demo_store)
    assert (after.audit - before.audit, after.outbox - before.outbox) == (1, 1)
    assert last_event(demo_store).action == "akta.submitted"
    payload = json.loads(last_outbox(demo_store).payload)
    assert payload["tracking_number"] == detail.tracking_number
    assert payload["form"]["mother"]["nik"] == MOTHER.nik  # the centre gets the request
    second = submit_request(demo_store, operator, death())
    other_mother = replace(MOTHER, nik="3574015505920004", birth_date=date(1992, 5, 15))
    third = submit_request(demo_store, operator, birth(mother=other_mother))
    assert second.tracking_number == "3574011007-AKM-2025-00001"  # numbered per kind
    assert third.tracking_number == "3574011007-AKL-2025-00002"


def test_numbers_restart_with_the_offices_new_year(
    demo_store: Store, operator: accounts.Actor, clock,
) -> None:
    # 31 December 23:30 WIB is still 2025 in Probolinggo, though 16:30 UTC.
    clock.set(datetime(2025, 12, 31, 16, 30, tzinfo=UTC))
    late_form = _dated(birth_form(), 0)
    form = replace(late_form, child=replace(late_form.child, birth_date=date(2025, 12, 30)))
    assert submit_request(demo_store, operator, form).tracking_number.endswith("-2025-00001")
    clock.set(datetime(2025, 12, 31, 17, 10, tzinfo=UTC))  # 1 January 2026, 00:10 WIB
    other = replace(form, mother=replace(MOTHER, nik="3574015505920004",
                                         birth_date=date(1992, 5, 15)))
    assert submit_request(demo_store, operator, other).tracking_number.endswith("-2026-00001")


def test_missing_document_refuses_submission_but_a_draft_saves(
    demo_store: Store, operator: accounts.Actor, counts,
) -> None:
    form = birth(documents=frozenset({"birth_statement", "kk"}))
    before = counts(demo_store)
    with pytest.raises(InvalidInput) as refused:
        submit_request(demo_store, operator, form)
    assert "Bukti perkawinan" in refused.value.fields["documents"]
    assert counts(demo_store) == before and _rows(demo_store) == (0, 0)
    draft = save_draft(demo_store, operator, form)
    assert draft.status == RequestStatus.DRAFT and draft.tracking_number is None
    done = submit_request(demo_store, operator, replace(form, documents=form.documents | {
        "sptjm_f203"}), request_id=draft.id)
    assert done.id == draft.id and done.tracking_number
    assert [s.status for s in done.timeline] == [RequestStatus.DRAFT, RequestStatus.SUBMITTED]


def test_duplicates_are_shown_and_the_operator_decides(
    demo_store: Store, operator: accounts.Actor,
) -> None:
    first = submit_request(demo_store, operator, birth())
    twin = birth(child=replace(birth().child, name="Putra Ayu", birth_order=2))
    assert [c.id for c in find_duplicates(demo_store, twin)] == [first.id]
    with pytest.raises(PossibleDuplicate) as stopped:
        submit_request(demo_store, operator, twin)
    assert stopped.value.candidates[0].form.child.name == "Putri Ayu"
    assert _rows(demo_store)[0] == 1
    second = submit_request(demo_store, operator, twin, not_duplicates=frozenset({first.id}))
    assert second.tracking_number.endswith("00002")
    submit_request(demo_store, operator, death())
    with pytest.raises(PossibleDuplicate):
        submit_request(demo_store, operator, death(days_ago=2))  # same deceased NIK
    cancel_request(demo_store, operator, first.id, "Didaftarkan dua kali")
    assert [c.id for c in find_duplicates(demo_store, birth())] == [second.id]


def test_corrections_are_audited_field_by_field_until_sent(
    demo_store: Store, operator: accounts.Actor, last_event,
) -> None:
    detail = submit_request(demo_store, operator, birth())
    corrected = birth(mother=replace(MOTHER, name="Sri Wahyuningsih"))
    update_request(demo_store, operator, detail.id, corrected)
    event = last_event(demo_store)
    assert event.action == "akta.corrected"
    assert json.loads(event.changes)["changes"] == {
        "mother.name": ["Sri Wahyuni", "Sri Wahyuningsih"]}
    with pytest.raises(RequestRefused):
        update_request(demo_store, operator, detail.id, corrected)  # nothing changed
    supervisor = accounts.sign_in(demo_store, "supervisor", "supervisor-demo")
    from kelurahan_desk.services.akta_requests import set_central_status

    set_central_status(demo_store, supervisor, detail.id, RequestStatus.SENT)
    with pytest.raises(RequestRefused, match="tidak dapat diubah"):
        update_request(demo_store, operator, detail.id, birth())


def test_lists_mask_niks_and_opening_is_audited(
    demo_store: Store, operator: accounts.Actor, counts, last_event,
) -> None:
    detail = submit_request(demo_store, operator, death())
    before = counts(demo_store)
    rows = search_requests(demo_store, operator, RequestFilter(text="slamet"))
    assert [r.id for r in rows] == [detail.id]
    assert rows[0].subject_nik == "357401******0001"
    assert search_requests(demo_store, operator, RequestFilter(text="35740105"))[0].id == detail.id
    assert search_requests(demo_store, operator, RequestFilter(kind=RequestKind.BIRTH)) == []
    assert request_by_tracking_number(demo_store, operator,
                                      detail.tracking_number.lower()) == detail.id
    assert counts(demo_store) == before  # looking is not opening
    opened = open_request(demo_store, operator, detail.id)
    assert opened.form.deceased.nik == "3574010505450001"
    assert counts(demo_store).audit == before.audit + 1
    assert last_event(demo_store).action == "akta.opened"


def test_inspectors_and_admins_cannot_register(demo_store: Store) -> None:
    for name in ("inspektur", "admin"):
        actor = accounts.sign_in(demo_store, name, f"{name}-demo")
        with pytest.raises(PermissionDenied):
            submit_request(demo_store, actor, birth())
        with pytest.raises(PermissionDenied):
            search_requests(demo_store, actor, RequestFilter())
    assert _rows(demo_store) == (0, 0)


def test_late_request_is_flagged(demo_store: Store, operator: accounts.Actor) -> None:
    assert submit_request(demo_store, operator, birth(days_ago=61)).late
    assert not submit_request(demo_store, operator, death(days_ago=30)).late
    rows = search_requests(demo_store, operator, RequestFilter(late_only=True))
    assert [r.kind for r in rows] == [RequestKind.BIRTH]


@settings(max_examples=1000, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(form=FORMS)
def test_generated_forms_are_saved_valid_or_refused_leaving_nothing_half_written(
    demo_store: Store, operator: accounts.Actor, counts, form: AktaForm,
) -> None:
    before, rows_before = counts(demo_store), _rows(demo_store)
    try:
        detail = submit_request(demo_store, operator, form)
    except ServiceError as refused:
        assert str(refused.message).strip()
        assert counts(demo_store) == before and _rows(demo_store) == rows_before
        return
    assert detail.status == RequestStatus.SUBMITTED and detail.tracking_number
    assert counts(demo_store).audit == before.audit + 1
    assert _rows(demo_store)[0] == rows_before[0] + 1


def test_draft_of_anything_short_is_kept_exactly(
    demo_store: Store, operator: accounts.Actor,
) -> None:
    form = AktaForm(kind=RequestKind.DEATH, note="baru datang, dokumen menyusul")
    draft = save_draft(demo_store, operator, form)
    assert open_request(demo_store, operator, draft.id).form == form
    with pytest.raises(InvalidInput):
        save_draft(demo_store, operator, replace(form, note="x" * 2000))
    assert time(0) < time(1)  # (the form keeps times; nothing more to see here)


def test_search_by_serial_nik_start_and_submission_day(
    demo_store: Store, operator: accounts.Actor, clock,
) -> None:
    first = submit_request(demo_store, operator, birth())
    clock.advance(days=1)
    second = submit_request(demo_store, operator, death())
    find = lambda **f: [r.id for r in search_requests(demo_store, operator,  # noqa: E731
                                                      RequestFilter(**f))]
    assert find(text="1") == [second.id, first.id]  # serial 1 of each kind
    assert find(text="357401") == [second.id, first.id]  # a NIK start, not the office code
    assert find(text="3574010505") == [second.id]
    assert find(text="AKM-2025") == [second.id]
    assert find(date_from=TODAY, date_to=TODAY) == [first.id]
    assert find(date_from=TODAY + timedelta(days=1)) == [second.id]
    assert find(limit=1) == [second.id]
    detail = open_request(demo_store, operator, first.id)
    assert detail.timeline[0].actor_name == "Siti Rahmawati"


def test_a_resubmitted_request_keeps_its_first_report_day(
    demo_store: Store, operator: accounts.Actor, clock,
) -> None:
    from kelurahan_desk.services.akta_requests import set_central_status

    detail = submit_request(demo_store, operator, birth(days_ago=55))
    supervisor = accounts.sign_in(demo_store, "supervisor", "supervisor-demo")
    set_central_status(demo_store, supervisor, detail.id, RequestStatus.SENT)
    set_central_status(demo_store, supervisor, detail.id, RequestStatus.RETURNED,
                       reason="Nama ibu berbeda dengan KK")
    clock.advance(days=20)  # day 75 since the birth: past 60, but it was reported on day 55
    again = submit_request(demo_store, operator, birth(
        days_ago=55, mother=replace(MOTHER, name="Sri Wahyuningsih")), request_id=detail.id)
    assert again.tracking_number == detail.tracking_number
    assert not again.late and again.submitted_at == detail.submitted_at
    assert again.expected_completion == date(2025, 3, 26)  # 3 working days after the resubmission
