"""Printing an opened request's receipt again: the same facts as the first print.

The late note is worked out for the day the request was taken in, not today, so a
reprint says what the original said.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from kelurahan_desk.documents.akta_receipt_pdf import ReceiptData
from kelurahan_desk.domain.akta import RequestKind
from kelurahan_desk.domain.akta_checks import Deadline, late_message
from kelurahan_desk.domain.akta_deadlines import DeadlineRule, days_late, last_day_on_time
from kelurahan_desk.domain.akta_documents import ALL_DOCUMENTS, requirements
from kelurahan_desk.domain.settings import DAYS_WORKING
from kelurahan_desk.services.akta_views import RequestDetail
from kelurahan_desk.services.office import get_settings
from kelurahan_desk.store.database import Store
from kelurahan_desk.ui.i18n import translated


def _late_note(store: Store, detail: RequestDetail) -> str | None:
    event, submitted = detail.form.event_date, detail.submitted_at
    if not detail.late or event is None or submitted is None:
        return None
    settings = get_settings(store)
    birth = detail.kind == RequestKind.BIRTH
    rule = DeadlineRule(
        settings["akta_birth_deadline_days" if birth else "akta_death_deadline_days"],
        settings["akta_deadline_counting"] == DAYS_WORKING)
    on = submitted.astimezone(ZoneInfo(detail.office.timezone)).date()
    return translated(late_message(detail.kind, Deadline(
        last_day_on_time(event, rule), days_late(event, on, rule))))


def receipt_data(store: Store, detail: RequestDetail) -> ReceiptData:
    """What the receipt of a submitted request shows (reporter's NIK masked on it)."""
    assert detail.tracking_number and detail.submitted_at and detail.expected_completion
    form, office = detail.form, detail.office
    documents: list[tuple[str, bool]] = []
    for requirement in requirements(form):
        got = [d for d in requirement.documents if d.id in form.documents]
        if got:
            documents.extend((translated(d.label), True) for d in got)
        else:
            documents.append((translated(requirement.label), False))
    # Documents ticked that no requirement names (a rule changed since) still count.
    listed = {d.id for r in requirements(form) for d in r.documents}
    documents.extend((translated(ALL_DOCUMENTS[d].label), True)
                     for d in sorted(form.documents - listed) if d in ALL_DOCUMENTS)
    event = form.event_date
    assert event is not None  # submission required it
    return ReceiptData(
        office_name=office.name, kecamatan=office.kecamatan, kota=office.kota,
        office_code=office.code, kind="birth" if detail.kind == RequestKind.BIRTH else "death",
        tracking_number=detail.tracking_number, submitted_at=detail.submitted_at,
        timezone=office.timezone, expected_completion=detail.expected_completion,
        subject_name=form.subject_name, event_date=event, reporter_name=form.reporter.name,
        reporter_nik_masked=form.reporter.nik, documents=tuple(documents),
        late=detail.late, late_note=_late_note(store, detail),
        operator_name=detail.operator_name, loket_name=detail.counter_name or "",
        note=form.note or None)
