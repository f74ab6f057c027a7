"""The Akta Kelahiran and Akta Kematian pages, filled through their widgets like an operator."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from akta_forms import birth_form, death_form, make_nik
from PySide6.QtCore import Qt

from kelurahan_desk.domain.akta import (
    TRACKING_PATTERN,
    AktaForm,
    Person,
    RequestKind,
    RequestStatus,
)
from kelurahan_desk.domain.people import Sex
from kelurahan_desk.services import akta_requests, akta_views
from kelurahan_desk.services.akta_views import RequestFilter
from kelurahan_desk.ui.akta.akta_page import AktaPage
from kelurahan_desk.ui.akta.duplicate_dialog import ComparisonModel, DuplicateDialog
from kelurahan_desk.ui.akta.fields import OptionalDateEdit, OptionalTimeEdit
from kelurahan_desk.ui.akta.number_fields import NumberField
from kelurahan_desk.ui.akta.sections import PersonFields


@pytest.fixture
def page_for(qtbot, context_for):
    def make(kind: RequestKind, username: str = "operator") -> AktaPage:
        page = AktaPage(context_for(username), kind)
        qtbot.addWidget(page)
        page.resize(1050, 780)
        with qtbot.waitExposed(page):
            page.show()
        return page

    return make


@pytest.fixture
def birth_page(page_for):
    return page_for(RequestKind.BIRTH)


@pytest.fixture
def death_page(page_for):
    return page_for(RequestKind.DEATH)


# --- typing a form in, the way an operator does --------------------------------------------


def type_text(qtbot, widget, text: str) -> None:
    target = widget.edit if isinstance(widget, NumberField) else widget
    target.setFocus()
    target.selectAll()
    if text:
        qtbot.keyClicks(target, text)
    else:
        target.clear()
    target.clearFocus()  # leaving the field, as Tab would


def type_date(qtbot, edit: OptionalDateEdit, day: date | None) -> None:
    edit.setFocus()
    if day is not None:
        qtbot.keyClicks(edit, f"{day:%d%m%Y}")
    assert edit.value() == day
    edit.clearFocus()


def type_time(qtbot, edit: OptionalTimeEdit, moment) -> None:
    edit.setFocus()
    qtbot.keyClicks(edit, f"{moment:%H%M}")
    assert edit.value() == moment
    edit.clearFocus()


def fill_person(qtbot, fields: PersonFields, person: Person) -> None:
    type_text(qtbot, fields.name, person.name)
    type_text(qtbot, fields.nik, person.nik)
    if fields.kk is not None:
        type_text(qtbot, fields.kk, person.kk)
    if fields.birth_place is not None:
        type_text(qtbot, fields.birth_place, person.birth_place)
        type_date(qtbot, fields.birth_date, person.birth_date)
    fields.citizenship.setCurrentIndex(fields.citizenship.findData(person.citizenship))


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def fill(qtbot, page: AktaPage, form: AktaForm) -> None:
    """Every field of ``form`` typed, chosen or ticked through the page's widgets."""
    view = page.form_view
    fill_person(qtbot, view.reporter, form.reporter)
    fill_person(qtbot, view.witness1, form.witness1)
    fill_person(qtbot, view.witness2, form.witness2)
    if form.by_proxy:
        view.by_proxy.setChecked(True)
    if form.kind == RequestKind.BIRTH:
        fill_person(qtbot, view.mother, form.mother)
        fill_person(qtbot, view.father, form.father)
        child, fields = form.child, view.child
        type_text(qtbot, fields.name, child.name)
        choose(fields.sex, child.sex)
        choose(fields.place_type, child.birth_place_type)
        type_text(qtbot, fields.place, child.birth_place)
        type_date(qtbot, fields.birth_date, child.birth_date)
        type_time(qtbot, fields.birth_time, child.birth_time)
        choose(fields.birth_type, child.birth_type)
        fields.birth_order.setValue(child.birth_order)
        choose(fields.attendant, child.attendant)
        type_text(qtbot, fields.weight, f"{child.weight_kg:g}".replace(".", ","))
        type_text(qtbot, fields.length, f"{child.length_cm:g}".replace(".", ","))
    else:
        dead, fields = form.deceased, view.deceased
        type_text(qtbot, fields.nik, dead.nik)
        type_text(qtbot, fields.name, dead.name)
        type_date(qtbot, fields.death_date, dead.death_date)
        type_time(qtbot, fields.death_time, dead.death_time)
        choose(fields.cause, dead.cause)
        type_text(qtbot, fields.place, dead.place)
        choose(fields.certifier, dead.certifier)
    for doc_id in form.documents:
        qtbot.mouseClick(view.documents.boxes[doc_id], Qt.MouseButton.LeftButton)
    assert view.documents.documents() == form.documents


def stored(store, actor, kind: RequestKind):
    return akta_views.search_requests(store, actor, RequestFilter(kind=kind))


# --- whole requests ------------------------------------------------------------------------


def test_a_complete_birth_is_typed_in_and_submitted_for_a_tracking_number(
        qtbot, birth_page):
    page = birth_page
    form = birth_form(page.today() - timedelta(days=9))
    # F-2.01 asks no No. KK of the parents: the page has no field for it.
    form = replace(form, father=replace(form.father, kk=""),
                   mother=replace(form.mother, kk=""))
    fill(qtbot, page, form)
    page.run_checks()
    assert page.problems_title.text() == "Siap diajukan"
    assert page.form() == form
    assert "Tepat waktu sampai" in page.deadline_box.state.text()

    with qtbot.waitSignal(page.request_submitted) as submitted:
        qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)

    detail = submitted.args[0]
    assert TRACKING_PATTERN.match(detail.tracking_number)
    assert "-AKL-" in detail.tracking_number
    assert page.banner.isVisible()
    assert page.tracking_label.text() == detail.tracking_number
    assert "diterima" in page.status.text()
    (row,) = stored(page.context.store, page.context.actor, RequestKind.BIRTH)
    assert row.tracking_number == detail.tracking_number
    assert row.status == RequestStatus.SUBMITTED
    assert row.subject_name == form.child.name
    opened = akta_views.open_request(page.context.store, page.context.actor, row.id)
    assert opened.form == form
    assert not page.submit_button.isVisible()
    assert page.save_button.text().startswith("Simpan perubahan")


def test_a_complete_death_is_typed_in_and_the_nik_fills_sex_and_birth_date(
        qtbot, death_page):
    page = death_page
    form = death_form(page.today() - timedelta(days=3))
    fill(qtbot, page, form)
    fields = page.form_view.deceased
    assert fields.sex.value() == Sex.FEMALE  # from the NIK: day of birth + 40
    assert fields.birth_date.value() == form.deceased.birth_date
    assert "Perempuan · lahir 11/02/1948" in fields.nik.note_text()

    with qtbot.waitSignal(page.request_submitted) as submitted:
        page.submit()

    detail = submitted.args[0]
    assert "-AKM-" in detail.tracking_number
    assert detail.form.deceased == form.deceased
    assert [r.tracking_number for r in stored(
        page.context.store, page.context.actor, RequestKind.DEATH)] == [
            detail.tracking_number]


def test_ctrl_enter_submits_and_ctrl_n_starts_again(qtbot, birth_page):
    page = birth_page
    page.form_view.set_form(birth_form(page.today() - timedelta(days=2)))
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    with qtbot.waitSignal(page.request_submitted):
        qtbot.keyClick(page.form_view.reporter.name, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.print_button, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.form() == AktaForm(RequestKind.BIRTH)
    assert not page.banner.isVisible()
    assert page.state_label.text() == "Permohonan baru"


def test_a_missing_document_refuses_submission_but_the_draft_saves(qtbot, birth_page):
    page = birth_page
    form = birth_form(page.today() - timedelta(days=5))
    fill(qtbot, page, replace(form, documents=form.documents - {"kk"}))
    checklist = page.form_view.documents
    assert checklist.marks["kk"].text() == "Belum ada"
    assert checklist.marks["marriage"].text() == "✓ Ada"

    page.submit()

    assert "Belum dapat diajukan" in page.status.text()
    assert page.detail is None
    assert stored(page.context.store, page.context.actor, RequestKind.BIRTH) == []
    assert checklist.boxes["kk"].hasFocus()  # the first wrong field
    assert any("Kartu Keluarga" in page.problems_model.problem(r).message
               for r in range(page.problems_model.rowCount()))

    with qtbot.waitSignal(page.request_saved) as saved:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].status == RequestStatus.DRAFT
    assert "Draf disimpan" in page.status.text()
    assert page.state_label.text() == "Draf"
    (row,) = stored(page.context.store, page.context.actor, RequestKind.BIRTH)
    assert row.status == RequestStatus.DRAFT and row.tracking_number is None

    # The document arrives: the same draft is submitted (no second request).
    qtbot.mouseClick(checklist.boxes["kk"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.request_submitted):
        page.submit()
    (row,) = stored(page.context.store, page.context.actor, RequestKind.BIRTH)
    assert row.status == RequestStatus.SUBMITTED and row.id == saved.args[0].id


def test_the_proxy_and_foundling_switches_change_the_checklist(qtbot, birth_page):
    checklist = birth_page.form_view.documents
    assert list(checklist.marks) == ["birth_statement", "kk", "marriage"]
    qtbot.mouseClick(birth_page.form_view.by_proxy, Qt.MouseButton.LeftButton)
    assert list(checklist.marks) == ["birth_statement", "kk", "marriage", "power_of_attorney"]
    checklist.tick("power_of_attorney")
    birth_page.form_view.parents_unknown.setChecked(True)
    assert list(checklist.marks) == ["birth_statement", "police_report", "power_of_attorney"]
    assert not birth_page.form_view.mother.name.isEnabled()
    assert checklist.marks["power_of_attorney"].text() == "✓ Ada"  # the tick was kept
    birth_page.form_view.by_proxy.setChecked(False)
    assert "power_of_attorney" not in checklist.marks
    assert checklist.documents() == frozenset()


# --- field by field --------------------------------------------------------------------------


def test_a_nik_decodes_live_and_a_half_typed_one_is_only_counted(qtbot, birth_page):
    nik = birth_page.form_view.mother.nik
    nik.edit.setFocus()
    qtbot.keyClicks(nik.edit, "357401520390")
    assert nik.note_text() == "12 dari 16 angka"
    assert nik.note.isHidden()  # no error while typing
    qtbot.keyClicks(nik.edit, "0001")
    assert nik.note_text() == (
        "Perempuan · lahir 12/03/1990 · Kec. Kademangan, Kota Probolinggo")
    nik.edit.setText("35740152039")
    nik.edit.clearFocus()  # left half typed: now it is an error
    assert "NIK harus 16 angka; yang diisi 11 angka." in nik.note.errors.text()
    assert nik.note.errors.property("role") == "error"


def test_nik_warnings_show_as_warnings_and_do_not_block(qtbot, birth_page):
    page = birth_page
    born = page.today() - timedelta(days=4)
    form = birth_form(born)
    # A mother whose NIK encodes a man; a heavy baby: both only worth a second look.
    male_nik = make_nik(form.mother.birth_date, Sex.MALE, 1)
    form = replace(form, mother=replace(form.mother, nik=male_nik),
                   child=replace(form.child, weight_kg=5.6))
    fill(qtbot, page, form)
    page.run_checks()
    mother_note = page.form_view.mother.nik.note
    assert "tercatat perempuan" in mother_note.warnings.text()
    assert mother_note.warnings.property("role") == "warning"
    assert mother_note.errors.isHidden()
    assert "Tidak biasa" in page.form_view.slots["child.weight_kg"].note.text()
    assert "peringatan" in page.problems_title.text()
    with qtbot.waitSignal(page.request_submitted):
        page.submit()


def test_errors_show_at_their_fields_after_leaving_them(qtbot, birth_page):
    page = birth_page
    today = page.today()
    child = page.form_view.child
    type_date(qtbot, child.birth_date, today + timedelta(days=3))
    type_text(qtbot, child.weight, "12")
    page.run_checks()
    assert page.form_view.slots["child.birth_date"].note.text() == (
        "Tanggal tidak boleh sesudah hari ini.")
    assert "Tidak masuk akal" in page.form_view.slots["child.weight_kg"].note.text()
    # Fields not visited yet stay quiet until a submit is tried.
    assert page.form_view.slots["child.name"].note.text() == ""
    page.submit()
    assert page.form_view.slots["child.name"].note.text() == "Wajib diisi."
    assert page.form_view.reporter.name.hasFocus()  # the first wrong field on the form


def test_the_same_witness_twice_is_an_error_at_witness_two(qtbot, birth_page):
    page = birth_page
    witness = birth_form(page.today()).witness1
    fill_person(qtbot, page.form_view.witness1, witness)
    fill_person(qtbot, page.form_view.witness2, witness)
    page.run_checks()
    assert "berbeda dari saksi I" in page.form_view.witness2.nik.note_text()


def test_a_problem_clicked_in_the_list_takes_the_operator_to_its_field(qtbot, birth_page,
                                                                         qtmodeltester):
    page = birth_page
    page.run_checks()
    qtmodeltester.check(page.problems_model)
    rows = [page.problems_model.problem(r) for r in range(page.problems_model.rowCount())]
    child_row = next(r for r, p in enumerate(rows) if p.caption == "Anak")
    assert rows[child_row].message.startswith("belum diisi: Nama anak, Jenis kelamin")
    index = page.problems_model.index(child_row)
    rect = page.problems_view.visualRect(index)
    qtbot.mouseClick(page.problems_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    assert page.form_view.child.name.hasFocus()


def test_dates_and_times_may_stay_empty_and_delete_empties_them(qtbot, birth_page):
    edit = birth_page.form_view.child.birth_date
    assert edit.value() is None and edit.text() == "—"
    edit.setFocus()
    qtbot.keyClicks(edit, "01/03/2026")
    assert edit.value() == date(2026, 3, 1)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.value() is None
    clock = birth_page.form_view.child.birth_time
    clock.setFocus()
    qtbot.keyClicks(clock, "0000")  # midnight is a time, not "empty"
    assert clock.value() is not None and clock.value().hour == 0


def test_the_weight_takes_a_decimal_comma(qtbot, birth_page):
    weight = birth_page.form_view.child.weight
    type_text(qtbot, weight, "3,25")
    assert weight.value() == 3.25
    type_text(qtbot, weight, "3.1")
    assert weight.value() == 3.1
    type_text(qtbot, weight, "abc")
    assert weight.text() == "3.1"  # letters are not taken
    type_text(qtbot, weight, "")
    assert weight.value() is None


# --- late, duplicates, corrections -------------------------------------------------------------


def test_a_late_birth_is_flagged_with_what_it_needs(qtbot, birth_page):
    page = birth_page
    fill(qtbot, page, birth_form(page.today() - timedelta(days=75)))
    page.run_checks()
    assert page.deadline_box.late
    assert page.deadline_box.state.text() == "TERLAMBAT 15 hari"
    assert "keputusan Kepala Dinas" in page.deadline_box.detail.text()
    with qtbot.waitSignal(page.request_submitted) as submitted:
        page.submit()
    assert submitted.args[0].late
    assert "Terlambat dilaporkan" in page.banner_detail.text()
    assert page.deadline_box.state.text() == (
        f"Dilaporkan {page.today():%d/%m/%Y}: terlambat 15 hari")


def test_a_request_taken_in_on_time_stays_on_time_when_corrected_later(
        qtbot, birth_page, monkeypatch):
    page = birth_page
    store = page.context.store
    detail = akta_requests.submit_request(
        store, page.context.actor, birth_form(page.today() - timedelta(days=59)))
    later = store.clock() + timedelta(days=5)  # opened again five days on: past the 60
    monkeypatch.setattr(store, "clock", lambda: later)
    page.load_request(detail)
    assert not page.deadline_box.late
    assert page.deadline_box.state.text().endswith(": tepat waktu")


def test_a_likely_duplicate_is_compared_and_the_operator_decides(
        qtbot, birth_page, monkeypatch):
    page = birth_page
    born = page.today() - timedelta(days=6)
    earlier = akta_requests.submit_request(
        page.context.store, page.context.actor, birth_form(born, child_name="Hasan"))
    asked = []

    def answer(reply):
        def stand_in(cls, parent, form, candidates, zone):
            asked.append((form, candidates))
            return reply
        return classmethod(stand_in)

    # Twins: the same mother and day. First the operator says it is the same request.
    twin = birth_form(born, child_name="Husein")
    fill(qtbot, page, twin)
    monkeypatch.setattr(DuplicateDialog, "ask", answer(False))
    page.submit()
    ((form, candidates),) = asked
    assert [c.id for c in candidates] == [earlier.id]
    assert form.child.name == "Husein"
    assert page.detail is None
    assert earlier.tracking_number in page.status.text()
    assert len(stored(page.context.store, page.context.actor, RequestKind.BIRTH)) == 1

    # Then that it is a different child: submitted, the earlier one left as it was.
    monkeypatch.setattr(DuplicateDialog, "ask", answer(True))
    with qtbot.waitSignal(page.request_submitted) as submitted:
        page.submit()
    assert submitted.args[0].tracking_number != earlier.tracking_number
    assert len(stored(page.context.store, page.context.actor, RequestKind.BIRTH)) == 2


def test_the_comparison_shows_both_side_by_side_with_foreign_niks_masked(
        qtbot, birth_page, qtmodeltester):
    page = birth_page
    born = page.today() - timedelta(days=6)
    earlier = akta_requests.submit_request(
        page.context.store, page.context.actor,
        birth_form(born, child_name="Hasan", reporter_name="Slamet"))
    other_father = replace(earlier.form.father, nik=make_nik(date(1991, 1, 1), Sex.MALE, 7))
    typed = birth_form(born, child_name="Husein", father=other_father,
                       reporter=replace(earlier.form.reporter, nik=other_father.nik))
    candidates = akta_requests.find_duplicates(page.context.store, typed)
    model = ComparisonModel(typed, candidates, page.context.zone)
    qtmodeltester.check(model)
    captions = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert model.headerData(1, Qt.Orientation.Horizontal) == earlier.tracking_number

    def cell(caption: str, column: int) -> str:
        return model.cell(captions.index(caption), column)

    assert (cell("Nama anak", 0), cell("Nama anak", 1)) == ("Husein", "Hasan")
    assert cell("NIK ibu", 1) == typed.mother.nik  # typed here: shown whole
    assert cell("NIK ayah", 1) == "357401******0001"  # not typed here: masked
    assert cell("Status", 1) == "Diterima di loket"
    differs = model.data(model.index(captions.index("Nama anak"), 1),
                         Qt.ItemDataRole.BackgroundRole)
    assert differs is not None
    dialog = DuplicateDialog(page, typed, candidates, page.context.zone)
    qtbot.addWidget(dialog)
    assert dialog.same_button.isDefault()
    assert dialog.different_button.text() == "Bukan duplikat — lanjutkan"


def test_a_submitted_request_loaded_again_saves_corrections(qtbot, birth_page):
    page = birth_page
    detail = akta_requests.submit_request(
        page.context.store, page.context.actor, birth_form(page.today() - timedelta(days=1)))
    page.load_request(detail)
    assert page.tracking_label.text() == detail.tracking_number
    assert not page.submit_button.isVisible()
    type_text(qtbot, page.form_view.child.name, "Ahmad Fauzi Rahman")
    with qtbot.waitSignal(page.request_saved) as saved:
        page.save()
    assert saved.args[0].form.child.name == "Ahmad Fauzi Rahman"
    assert saved.args[0].tracking_number == detail.tracking_number
    assert "Perubahan disimpan" in page.status.text()


def test_a_returned_request_is_corrected_and_submitted_again_with_its_number(
        qtbot, birth_page, context_for):
    page = birth_page
    store, operator = page.context.store, page.context.actor
    supervisor = context_for("supervisor").actor
    detail = akta_requests.submit_request(
        store, operator, birth_form(page.today() - timedelta(days=1)))
    akta_requests.set_central_status(store, supervisor, detail.id, RequestStatus.SENT)
    returned = akta_requests.set_central_status(
        store, supervisor, detail.id, RequestStatus.RETURNED, reason="Nama ibu salah eja")
    page.load_request(returned)
    assert page.state_label.text() == "Dikembalikan: Nama ibu salah eja"
    assert page.submit_button.text().startswith("Ajukan ulang")
    type_text(qtbot, page.form_view.mother.name, "Nur Aini Fitriani")
    with qtbot.waitSignal(page.request_submitted) as submitted:
        page.submit()
    again = submitted.args[0]
    assert (again.id, again.tracking_number) == (detail.id, detail.tracking_number)
    assert again.status == RequestStatus.SUBMITTED
    assert again.form.mother.name == "Nur Aini Fitriani"


def test_a_request_sent_on_is_shown_read_only(qtbot, death_page, context_for):
    page = death_page
    store = page.context.store
    detail = akta_requests.submit_request(
        store, page.context.actor, death_form(page.today() - timedelta(days=1)))
    sent = akta_requests.set_central_status(
        store, context_for("supervisor").actor, detail.id, RequestStatus.SENT)
    page.load_request(sent)
    assert not page.form_view.deceased.name.isEnabled()
    assert not page.save_button.isVisible() and not page.submit_button.isVisible()
    assert "tidak dapat diubah" in page.banner_detail.text()


def test_new_form_asks_before_throwing_away_what_was_typed(qtbot, birth_page, monkeypatch):
    from kelurahan_desk.ui.akta.dialogs import DiscardDialog

    page = birth_page
    type_text(qtbot, page.form_view.reporter.name, "Slamet")
    monkeypatch.setattr(DiscardDialog, "ask", classmethod(lambda cls, parent: False))
    assert not page.start_new()
    assert page.form_view.reporter.name.text() == "Slamet"
    monkeypatch.setattr(DiscardDialog, "ask", classmethod(lambda cls, parent: True))
    assert page.start_new()
    assert page.form_view.reporter.name.text() == ""


def test_checks_run_by_themselves_a_moment_after_typing(qtbot, birth_page):
    page = birth_page
    type_text(qtbot, page.form_view.child.weight, "12")
    qtbot.waitUntil(lambda: "Tidak masuk akal" in page.form_view.slots[
        "child.weight_kg"].note.text())
    assert any(p.path == "child.weight_kg" for p in (
        page.problems_model.problem(r) for r in range(page.problems_model.rowCount())))
