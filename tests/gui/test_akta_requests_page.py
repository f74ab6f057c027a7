"""Permohonan Akta: the list, the opened request with its timeline, its actions, and scans."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from akta_forms import birth_form, death_form
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from sqlalchemy import func, select

from kelurahan_desk.domain.akta import RequestKind, RequestStatus
from kelurahan_desk.services import akta_requests, akta_views
from kelurahan_desk.services.akta_views import RequestDetail
from kelurahan_desk.store.tables import AuditEvent
from kelurahan_desk.ui.akta_request_actions import (
    CancelRequestDialog,
    CentralStatusDialog,
    HandOverDialog,
)
from kelurahan_desk.ui.akta_request_dialog import AktaRequestDialog
from kelurahan_desk.ui.main_window import MainWindow
from kelurahan_desk.ui.models.akta_requests_model import AktaRequestsModel
from kelurahan_desk.ui.pages.akta_requests_page import AktaRequestsPage

S = RequestStatus
ZONE = ZoneInfo("Asia/Jakarta")
RECIPIENT_NIK = "3574011706880002"


def _today():
    return datetime.now(ZONE).date()


def _audit(store, action: str | None = None) -> int:
    with store.read() as session:
        query = select(func.count()).select_from(AuditEvent)
        if action is not None:
            query = query.where(AuditEvent.action == action)
        return int(session.scalar(query) or 0)


@pytest.fixture
def office_work(demo_store, context_for):
    """A few requests in different states, made through the services."""
    operator = context_for("operator").actor
    supervisor = context_for("supervisor").actor
    today = _today()

    def submit(form) -> RequestDetail:
        return akta_requests.submit_request(demo_store, operator, form)

    made = {
        "birth": submit(birth_form(today - timedelta(days=6), child_name="Ahmad Fauzi",
                                   serial=1)),
        "late_death": submit(death_form(today - timedelta(days=45), deceased_name="Sumarni",
                                        serial=2)),
        "returned": submit(birth_form(today - timedelta(days=9), child_name="Putri Ayu",
                                      mother_name="Wulan Sari", serial=3)),
        "draft": akta_requests.save_draft(demo_store, operator, birth_form(
            today - timedelta(days=2), child_name="Bayi Ny. Rina", serial=4)),
    }
    returned = made["returned"]
    akta_requests.set_central_status(demo_store, supervisor, returned.id, S.SENT)
    akta_requests.apply_central_status(demo_store, returned.tracking_number, S.RETURNED,
                                       reason="Nama ibu berbeda dengan KK")
    made["returned"] = akta_views.open_request(demo_store, supervisor, returned.id)
    return made


@pytest.fixture
def page_for(qtbot, context_for):
    def make(username: str = "operator") -> AktaRequestsPage:
        page = AktaRequestsPage(context_for(username))
        qtbot.addWidget(page)
        page.resize(1050, 700)
        page.show()
        return page

    return make


def _names(page: AktaRequestsPage) -> list[str]:
    return [page.model.row_at(n).subject_name for n in range(page.model.rowCount())]


def _search(page: AktaRequestsPage, text: str) -> list[str]:
    page.search_edit.setText(text)
    page.reload()
    return sorted(_names(page))


# --- the list -------------------------------------------------------------------------


def test_the_list_shows_every_request_with_nik_masked(page_for, office_work):
    page = page_for()
    assert page.model.rowCount() == 4
    assert page.count_label.text() == "4 permohonan"
    model = page.model
    row = model.row_of(office_work["late_death"].id)
    column = {name: n for n, name in enumerate(model.COLUMNS)}
    text = lambda name: model.index(row, column[name]).data()  # noqa: E731
    assert text("tracking") == office_work["late_death"].tracking_number[11:]
    assert model.index(row, column["tracking"]).data(Qt.ItemDataRole.ToolTipRole) == (
        office_work["late_death"].tracking_number)
    assert text("kind") == "Kematian"
    assert text("nik") == "357401******0002"
    assert text("late") == "Ya"
    assert text("status") == "Diterima di loket"
    assert model.index(row, column["late"]).data(Qt.ItemDataRole.ForegroundRole) == QColor(
        "#b3261e")
    draft_row = model.row_of(office_work["draft"].id)
    assert model.index(draft_row, column["tracking"]).data() == "Draf"
    returned_row = model.row_of(office_work["returned"].id)
    assert model.index(returned_row, column["status"]).data() == "Dikembalikan"


def test_search_by_tracking_number_nik_prefix_and_name(qtbot, page_for, office_work):
    page = page_for()
    assert _search(page, office_work["returned"].tracking_number) == ["Putri Ayu"]
    assert _search(page, office_work["late_death"].form.deceased.nik[:10]) == ["Sumarni"]
    # A mother's NIK finds her child's request; the reporter's finds what they reported.
    assert _search(page, office_work["birth"].form.mother.nik) == ["Ahmad Fauzi"]
    assert _search(page, "putri") == ["Putri Ayu"]
    assert _search(page, "Wulan") == []  # the mother is not the reporter: no name match
    assert _search(page, "Slamet") == ["Ahmad Fauzi", "Bayi Ny. Rina", "Putri Ayu"]
    assert _search(page, "tidak ada") == []
    assert page.count_label.text() == "0 permohonan"


def test_typing_searches_after_a_pause(qtbot, page_for, office_work):
    page = page_for()
    qtbot.keyClicks(page.search_edit, "Sumar")
    assert page.model.rowCount() == 4  # still typing
    qtbot.waitUntil(lambda: _names(page) == ["Sumarni"], timeout=3000)


def test_filters_by_type_status_late_and_date(page_for, office_work):
    page = page_for()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(RequestKind.DEATH))
    assert _names(page) == ["Sumarni"]
    page.kind_combo.setCurrentIndex(0)
    page.status_combo.setCurrentIndex(page.status_combo.findData(S.RETURNED))
    assert _names(page) == ["Putri Ayu"]
    page.status_combo.setCurrentIndex(page.status_combo.findData(S.DRAFT))
    assert _names(page) == ["Bayi Ny. Rina"]
    page.status_combo.setCurrentIndex(0)
    page.late_check.setChecked(True)
    assert _names(page) == ["Sumarni"]
    page.late_check.setChecked(False)
    page.date_check.setChecked(True)
    assert page.model.rowCount() == 4  # everything was taken in today
    tomorrow = _today() + timedelta(days=1)
    page.date_from.setDate(tomorrow)
    page.date_to.setDate(tomorrow)
    assert page.model.rowCount() == 0
    page.date_check.setChecked(False)
    assert page.model.rowCount() == 4


def test_sorting_by_a_header_click_and_keeping_it(qtbot, page_for, office_work):
    page = page_for()
    model = page.model
    name_column = model.COLUMNS.index("name")
    header = page.table.horizontalHeader()
    middle = QPoint(header.sectionViewportPosition(name_column)
                    + header.sectionSize(name_column) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert model.sort_column == name_column
    ascending = _names(page)
    assert ascending == sorted(ascending, key=str.casefold)
    page.table.sortByColumn(name_column, Qt.SortOrder.DescendingOrder)
    assert _names(page) == sorted(ascending, key=str.casefold, reverse=True)
    page.reload()  # a new search keeps the order the user chose
    assert _names(page) == sorted(ascending, key=str.casefold, reverse=True)
    # Status sorts in the order requests move, not alphabetically.
    page.table.sortByColumn(model.COLUMNS.index("status"), Qt.SortOrder.AscendingOrder)
    assert [model.row_at(n).status for n in range(4)] == [
        S.DRAFT, S.SUBMITTED, S.SUBMITTED, S.RETURNED]
    # Drafts have no number: after the numbered ones whichever way.
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        page.table.sortByColumn(model.COLUMNS.index("tracking"), order)
        numbers = [model.row_at(n).tracking_number for n in range(4)]
        assert (numbers[-1] is None) == (order == Qt.SortOrder.AscendingOrder)


def test_models_pass_the_model_tester(qtmodeltester, page_for, office_work, context_for):
    page = page_for()
    qtmodeltester.check(page.model)
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(page.model)
    model = AktaRequestsModel(ZONE)
    qtmodeltester.check(model)  # empty
    dialog = page.open_request(office_work["returned"].id)
    qtmodeltester.check(dialog.timeline_model)
    dialog.close()


# --- opening ------------------------------------------------------------------------------


def test_the_list_writes_no_audit_and_opening_a_row_writes_one(
    qtbot, context_for, office_work, demo_store
):
    context = context_for("operator")  # signing in is audited: before counting
    before = _audit(demo_store)
    page = AktaRequestsPage(context)
    qtbot.addWidget(page)
    page.show()
    page.search_edit.setText("a")
    page.reload()
    page.status_combo.setCurrentIndex(2)
    page.status_combo.setCurrentIndex(0)
    page.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert _audit(demo_store) == before
    opened_before = _audit(demo_store, "akta.opened")
    row = page.model.row_of(office_work["late_death"].id)
    page.table.setFocus()
    page.table.selectRow(row)
    with qtbot.waitSignal(page.request_opened) as shown:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = shown.args[0]
    assert isinstance(dialog, AktaRequestDialog) and dialog.isVisible()
    assert _audit(demo_store) == before + 1
    assert _audit(demo_store, "akta.opened") == opened_before + 1
    # The opened record shows the NIKs in full.
    record = dialog.record.toPlainText()
    assert office_work["late_death"].form.deceased.nik in record
    assert office_work["late_death"].form.reporter.nik in record
    assert dialog.late_label.isVisibleTo(dialog)
    assert dialog.facts["expected"].text() != "—"
    dialog.close()
    qtbot.waitUntil(lambda: page.dialog is None)


def test_double_click_opens_and_an_exact_number_in_the_box_opens_it(
    qtbot, page_for, office_work
):
    page = page_for()
    row = page.model.row_of(office_work["birth"].id)
    rect = page.table.visualRect(page.model.index(row, 2))
    # A real double-click starts with a press: the view opens only the row pressed.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.request_opened):
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())
    assert page.dialog.detail.id == office_work["birth"].id
    page.dialog.close()
    page.search_edit.setText(office_work["returned"].tracking_number.lower())
    with qtbot.waitSignal(page.request_opened):
        qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert page.dialog.detail.id == office_work["returned"].id
    page.dialog.close()


def test_the_record_shows_every_section(page_for, office_work):
    page = page_for()
    dialog = page.open_request(office_work["birth"].id)
    text = dialog.record.toPlainText()
    form = office_work["birth"].form
    for expected in ("Anak", "Ibu", "Ayah", "Pelapor", "Saksi I", "Saksi II",
                     "Berkas yang diterima", "Ahmad Fauzi", "Laki-laki", "RS/RB", "3,2 kg",
                     form.mother.nik, form.father.nik, form.witness1.nik, form.witness2.nik,
                     "Kartu Keluarga (KK)"):
        assert expected in text, expected
    assert office_work["birth"].tracking_number in dialog.title.text()
    assert "WIB" in dialog.facts["submitted"].text()
    assert dialog.status_label.text() == "Diterima di loket"
    assert not dialog.late_label.isVisibleTo(dialog)
    dialog.close()


def test_the_timeline_shows_supervisor_and_central_steps(page_for, office_work):
    page = page_for("supervisor")
    dialog = page.open_request(office_work["returned"].id)
    model = dialog.timeline_model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    assert [r[0] for r in rows] == ["Diterima di loket", "Dikirim ke Dispendukcapil",
                                    "Dikembalikan"]
    assert rows[0][2] == "Siti Rahmawati"  # full names, not user names
    assert rows[1][2] == "Bambang Hartono (supervisor, manual)"
    assert rows[2][2] == "Dispendukcapil"
    assert rows[2][3] == "Alasan: Nama ibu berbeda dengan KK"
    assert all(r[1].count("-") == 2 for r in rows)  # dd-mm-yyyy hh:mm, office time
    dialog.close()


# --- actions ------------------------------------------------------------------------------


def _buttons(dialog: AktaRequestDialog) -> set[str]:
    names = {"edit": dialog.edit_button, "cancel": dialog.cancel_button,
             "hand_over": dialog.hand_over_button, "reprint": dialog.reprint_button,
             "central": dialog.central_button}
    return {name for name, button in names.items() if button.isVisibleTo(dialog)}


def test_actions_follow_the_status_and_the_role(page_for, office_work, demo_store,
                                                context_for):
    operator = page_for("operator")
    dialog = operator.open_request(office_work["birth"].id)
    assert _buttons(dialog) == {"edit", "cancel", "reprint"}
    dialog.close()
    dialog = operator.open_request(office_work["draft"].id)
    assert _buttons(dialog) == {"edit", "cancel"}
    dialog.close()
    supervisor = page_for("supervisor")
    dialog = supervisor.open_request(office_work["birth"].id)
    assert _buttons(dialog) == {"edit", "cancel", "reprint", "central"}
    dialog.close()
    dialog = supervisor.open_request(office_work["draft"].id)
    assert _buttons(dialog) == {"edit", "cancel"}  # nothing the centre can do with a draft
    dialog.close()
    sup = context_for("supervisor").actor
    request_id = office_work["late_death"].id
    for status in (S.SENT, S.VERIFIED):
        akta_requests.set_central_status(demo_store, sup, request_id, status)
    dialog = operator.open_request(request_id)
    assert _buttons(dialog) == {"reprint"}  # sent: no longer the desk's to change
    dialog.close()
    akta_requests.set_central_status(demo_store, sup, request_id, S.ISSUED,
                                     akta_number="AKM-0042")
    akta_requests.set_central_status(demo_store, sup, request_id, S.READY)
    dialog = operator.open_request(request_id)
    assert _buttons(dialog) == {"hand_over", "reprint"}
    dialog.close()


def test_cancel_asks_a_reason_and_shows_refusals_under_it(
    qtbot, page_for, office_work, monkeypatch
):
    page = page_for()
    dialog = page.open_request(office_work["birth"].id)
    asked = []

    def fake_ask(parent, detail, submit):
        ask = CancelRequestDialog(parent, detail, submit)
        ask.reason.setText("ok")  # too short: refused, the dialog stays
        ask.ok_button.click()
        asked.append(ask.errors.text("reason"))
        assert ask.result() == 0
        ask.reason.setText("Pelapor menarik permohonan")
        ask.ok_button.click()
        return ask.result_detail

    monkeypatch.setattr(CancelRequestDialog, "ask", staticmethod(fake_ask))
    with qtbot.waitSignal(dialog.changed):
        dialog.cancel_button.click()
    assert asked == ["Tuliskan alasan pembatalan (paling sedikit 5 huruf)."]
    assert dialog.detail.status == S.CANCELLED
    assert dialog.status_label.text() == "Dibatalkan"
    assert dialog.timeline_model.details(dialog.detail.timeline[-1]) == (
        "Alasan: Pelapor menarik permohonan")
    assert _buttons(dialog) == set()
    row = page.model.row_of(office_work["birth"].id)  # the list followed
    assert page.model.row_at(row).status == S.CANCELLED
    dialog.close()


def test_hand_over_refused_without_the_id_check_then_accepted(
    qtbot, page_for, office_work, demo_store, context_for, monkeypatch
):
    sup = context_for("supervisor").actor
    request_id = office_work["birth"].id
    for status, number in ((S.SENT, None), (S.VERIFIED, None), (S.ISSUED, "AKL-0042"),
                           (S.READY, None)):
        akta_requests.set_central_status(demo_store, sup, request_id, status,
                                         akta_number=number)
    page = page_for()
    dialog = page.open_request(request_id)
    seen = {}

    def fake_ask(parent, detail, submit):
        ask = HandOverDialog(parent, detail, submit)
        ask.recipient_name.setText("Slamet Riyadi")
        ask.recipient_nik.setText(RECIPIENT_NIK)
        ask.ok_button.click()  # the KTP-el not checked yet
        seen["refused"] = ask.errors.text("id_checked")
        seen["status"] = akta_views.open_request(
            demo_store, context_for("operator").actor, request_id).status
        ask.id_checked.setChecked(True)
        ask.ok_button.click()
        return ask.result_detail

    monkeypatch.setattr(HandOverDialog, "ask", staticmethod(fake_ask))
    with qtbot.waitSignal(dialog.changed):
        dialog.hand_over_button.click()
    assert seen["refused"] == "Cocokkan KTP-el penerima dengan NIK sebelum menyerahkan akta."
    assert seen["status"] == S.READY
    assert dialog.detail.status == S.HANDED_OVER
    step = dialog.timeline_model.details(dialog.detail.timeline[-1])
    assert step == ("Diterima oleh Slamet Riyadi (NIK 357401******0002), KTP-el dicocokkan")
    dialog.close()


def test_hand_over_dialog_fills_the_reporter_but_not_the_check(qtbot, office_work):
    ask = HandOverDialog(None, office_work["birth"], lambda *a: office_work["birth"])
    qtbot.addWidget(ask)
    ask.reporter_button.click()
    assert ask.recipient_name.text() == office_work["birth"].form.reporter.name
    assert ask.recipient_nik.text() == office_work["birth"].form.reporter.nik
    assert not ask.id_checked.isChecked()


def test_supervisor_records_a_central_status_with_its_reason(
    qtbot, page_for, office_work, monkeypatch
):
    page = page_for("supervisor")
    dialog = page.open_request(office_work["birth"].id)
    seen = {}

    def fake_ask(parent, detail, submit):
        ask = CentralStatusDialog(parent, detail, submit)
        seen["choices"] = [ask.status.itemText(n) for n in range(ask.status.count())]
        return submit(RequestStatus.SENT, None, None)

    monkeypatch.setattr(CentralStatusDialog, "ask", staticmethod(fake_ask))
    with qtbot.waitSignal(dialog.changed):
        dialog.central_button.click()
    assert seen["choices"] == ["Dikirim ke Dispendukcapil"]
    assert dialog.detail.status == S.SENT
    store, actor, request_id = page.context.store, page.context.actor, dialog.detail.id
    # A submit that holds the request dialog itself would tie its Python object to its
    # child's: PySide then crashes when Qt deletes them. The dialog's own submits do not.
    ask = CentralStatusDialog(dialog, dialog.detail, lambda s, r, n: akta_requests.
                              set_central_status(store, actor, request_id, s, r, n))
    assert [ask.status.itemData(n) for n in range(ask.status.count())] == [
        S.VERIFIED, S.RETURNED]
    assert not ask.reason.isVisibleTo(ask)
    ask.choose(S.RETURNED)
    assert ask.reason.isVisibleTo(ask) and not ask.akta_number.isVisibleTo(ask)
    ask.ok_button.click()
    assert ask.errors.text("reason") == "Tuliskan alasan pengembalian."
    ask.reason.setText("Tanda tangan saksi II belum ada")
    ask.ok_button.click()
    assert ask.result_detail.status == S.RETURNED
    assert ask.result_detail.timeline[-1].reason == "Tanda tangan saksi II belum ada"
    dialog.close()


def test_issued_needs_the_akta_number(qtbot, office_work, demo_store, context_for):
    sup = context_for("supervisor").actor
    request_id = office_work["birth"].id
    for status in (S.SENT, S.VERIFIED):
        detail = akta_requests.set_central_status(demo_store, sup, request_id, status)
    ask = CentralStatusDialog(None, detail, lambda s, r, n: akta_requests.set_central_status(
        demo_store, sup, request_id, s, r, n))
    qtbot.addWidget(ask)
    ask.choose(S.ISSUED)
    assert not ask.reason.isVisibleTo(ask) and ask.akta_number.isVisibleTo(ask)
    ask.ok_button.click()
    assert ask.errors.text("akta_number") == "Nomor akta wajib diisi."
    ask.akta_number.setText("3574-LT-0042")
    ask.ok_button.click()
    assert ask.result_detail.akta_number == "3574-LT-0042"


def test_reprinting_the_receipt(qtbot, page_for, office_work, monkeypatch):
    from kelurahan_desk.ui import akta_request_dialog
    from kelurahan_desk.ui.pdf_printing import PrintFailed

    printed = []

    def fake_print(parent, data):
        printed.append(data)
        return "Epson L3210"

    monkeypatch.setattr(akta_request_dialog, "print_with_choice", fake_print)
    page = page_for()
    dialog = page.open_request(office_work["late_death"].id)
    dialog.reprint_button.click()
    (data,) = printed
    number = office_work["late_death"].tracking_number
    assert dialog.status.text() == (
        f"Tanda terima {number} dicetak ulang di printer Epson L3210.")
    assert data.tracking_number == number
    assert data.reporter_nik_masked == "357401******0002"
    assert data.late and "Terlambat" in data.late_note
    assert all(received for _label, received in data.documents)

    def broken(parent, data):
        raise PrintFailed("Printer \"Epson L3210\" tidak dapat mencetak tanda terima.")

    monkeypatch.setattr(akta_request_dialog, "print_with_choice", broken)
    dialog.reprint_button.click()
    assert "tidak dapat mencetak" in dialog.status.text()
    dialog.close()


# --- in the main window: editing and scanning ---------------------------------------------


@pytest.fixture
def window_for(qtbot, context_for):
    def make(username):
        window = MainWindow(context_for(username), 30)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    return make


def test_the_page_sits_after_the_akta_forms(window_for):
    window = window_for("operator")
    keys = window.page_keys
    assert keys.index("permohonan") == keys.index("akta_kematian") + 1
    assert window_for("inspektur").page_keys.count("permohonan") == 0


def test_edit_shows_the_form_page_loaded_with_the_request(
    qtbot, window_for, office_work, monkeypatch
):
    window = window_for("operator")
    form_page = window.page("akta_kematian")
    loaded = []
    monkeypatch.setattr(type(form_page), "load_request", lambda self, detail: loaded.append(
        detail), raising=False)
    window.show_page("permohonan")
    dialog = window.page("permohonan").open_request(office_work["late_death"].id)
    dialog.edit_button.click()
    assert window.current_page_key() == "akta_kematian"
    assert [d.id for d in loaded] == [office_work["late_death"].id]
    qtbot.waitUntil(lambda: window.page("permohonan").dialog is None)


def test_edit_loads_the_request_into_the_real_form_page(qtbot, window_for, office_work):
    window = window_for("operator")
    dialog = window.page("permohonan").open_request(office_work["returned"].id)
    dialog.edit_button.click()
    assert window.current_page_key() == "akta_kelahiran"
    form_page = window.page("akta_kelahiran")
    assert form_page.detail.id == office_work["returned"].id
    assert form_page.form().child.name == "Putri Ayu"


def _scan(window, text: str) -> None:
    """A scanner: the whole code and Enter within a few milliseconds."""
    start = time.monotonic()
    for n, char in enumerate(text):
        window.scanner.feed(ord(char), char, start + n * 0.001)
    window.scanner.feed(Qt.Key.Key_Return, "\r", start + len(text) * 0.001)


def test_scanning_a_receipt_on_the_antrean_page_opens_the_request(
    qtbot, window_for, office_work, demo_store
):
    window = window_for("operator")
    window.show_page("antrean")
    window.setFocus()
    opened = _audit(demo_store, "akta.opened")
    page = window.page("permohonan")
    with qtbot.waitSignal(page.request_opened) as shown:
        _scan(window, office_work["returned"].tracking_number)
    dialog = shown.args[0]
    assert dialog.detail.id == office_work["returned"].id and dialog.isVisible()
    assert window.current_page_key() == "antrean"  # the dialog opens over the page
    assert _audit(demo_store, "akta.opened") == opened + 1
    dialog.close()


def test_scanning_through_the_window_like_a_keyboard(
    qtbot, window_for, office_work, monkeypatch
):
    from types import SimpleNamespace

    from PySide6.QtTest import QTest

    from kelurahan_desk.ui import scanner

    # A scanner types a key a millisecond; a loaded test machine may not deliver them
    # that fast, so the listener's clock steps a millisecond per key it sees.
    ticks = iter(range(10**6))
    monkeypatch.setattr(scanner, "time", SimpleNamespace(
        monotonic=lambda: next(ticks) * 0.001))
    window = window_for("operator")
    window.show_page("ktp_el")
    window.setFocus()
    handle = window.windowHandle()
    page = window.page("permohonan")
    with qtbot.waitSignal(page.request_opened):
        for char in office_work["birth"].tracking_number:
            QTest.keyClick(handle, char)
        QTest.keyClick(handle, Qt.Key.Key_Return)
    assert page.dialog.detail.id == office_work["birth"].id
    page.dialog.close()


def test_an_unknown_receipt_or_a_role_without_requests_is_told_why(
    qtbot, window_for, office_work
):
    window = window_for("operator")
    window.setFocus()
    _scan(window, "3574011007-AKL-2020-09999")
    assert window.page("permohonan").dialog is None
    assert "tidak ditemukan" in window.statusBar().currentMessage()
    inspector = window_for("inspektur")
    inspector.setFocus()
    _scan(inspector, office_work["birth"].tracking_number)
    assert "tidak dapat membuka permohonan akta" in inspector.statusBar().currentMessage()


def test_ticket_scans_still_call_the_ticket(qtbot, window_for, demo_store):
    from kelurahan_desk.services import queue, queue_services

    service = queue_services.list_services(demo_store)[0]
    issued = queue.issue_ticket(demo_store, service.id).ticket
    window = window_for("operator")
    window.show_page("permohonan")
    window.setFocus()
    _scan(window, issued.key)
    assert window.current_page_key() == "antrean"
    assert window.page("antrean").code_label.text() == issued.code
