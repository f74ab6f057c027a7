"""The operator's Antrean page, driven by its keys, buttons and a barcode scanner."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kelurahan_desk.domain.queue import Outcome, Priority
from kelurahan_desk.services import queue, queue_services, queue_views
from kelurahan_desk.ui.main_window import MainWindow
from kelurahan_desk.ui.transfer_dialog import TransferDialog


@pytest.fixture
def services(demo_store):
    return {s.prefix: s for s in queue_services.list_services(demo_store)}


@pytest.fixture
def window(qtbot, context_for):
    window = MainWindow(context_for("operator"), 30)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def page_of(window):
    return window.page("antrean")


def test_f2_calls_the_priority_visitor_first_and_f4_finishes(qtbot, window, demo_store,
                                                              services):
    queue.issue_ticket(demo_store, services["A"].id)
    queue.issue_ticket(demo_store, services["A"].id, Priority.PREGNANT)
    page = page_of(window)
    page.refresh()
    assert page.code_label.text() == "—"
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert page.code_label.text() == "A-002"
    assert "Ibu hamil" in page.service_label.text()
    assert not page.buttons["call_next"].isEnabled()
    assert not page.buttons["no_show"].isEnabled()  # called once; needs three calls
    page.request_ref.setText("3574011007-AKL-2026-00007")
    qtbot.keyClick(window, Qt.Key.Key_F4)
    assert page.code_label.text() == "—"
    assert "selesai" in page.status.text()
    assert page.request_ref.text() == ""
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert page.code_label.text() == "A-001"


def test_recall_then_no_show_then_take_back(qtbot, window, demo_store, services):
    queue.issue_ticket(demo_store, services["B"].id)
    page = page_of(window)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert "Dipanggil 3×" in page.detail_label.text()
    assert page.buttons["no_show"].isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert page.absent_model.rowCount() == 1
    qtbot.keyClick(window, Qt.Key.Key_F10)
    assert page.code_label.text() == "B-001"


def test_hold_and_resume(qtbot, window, demo_store, services):
    queue.issue_ticket(demo_store, services["C"].id)
    page = page_of(window)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert page.held_model.rowCount() == 1 and page.code_label.text() == "—"
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert page.code_label.text() == "C-001"


def test_transfer_uses_the_dialog_choice(qtbot, window, demo_store, services, monkeypatch):
    issued = queue.issue_ticket(demo_store, services["D"].id).ticket
    monkeypatch.setattr(TransferDialog, "ask", classmethod(
        lambda cls, parent, code, svc, counters: (services["A"].id, None)))
    page = page_of(window)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert page.code_label.text() == "—"
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert page.code_label.text() == "D-001"
    assert page.current().service_name == "Akta Kelahiran"
    assert page.current().id == issued.id


def test_a_scan_anywhere_calls_that_ticket(qtbot, window, demo_store, services):
    queue.issue_ticket(demo_store, services["A"].id)
    second = queue.issue_ticket(demo_store, services["A"].id).ticket
    window.show_page("antrean")
    window.setFocus()
    # A scanner types into the window like a very fast keyboard: through the QWindow.
    handle = window.windowHandle()
    for char in second.key:
        QTest.keyClick(handle, Qt.Key(ord(char.upper())), Qt.KeyboardModifier.NoModifier)
    QTest.keyClick(handle, Qt.Key.Key_Return)
    assert page_of(window).code_label.text() == "A-002"


def test_typing_a_code_into_the_scan_field(qtbot, window, demo_store, services):
    queue.issue_ticket(demo_store, services["A"].id)
    page = page_of(window)
    page.scan_edit.setText("a-1")
    qtbot.keyClick(page.scan_edit, Qt.Key.Key_Return)
    assert page.code_label.text() == "A-001"
    page.scan_edit.setText("Z-999")
    qtbot.keyClick(page.scan_edit, Qt.Key.Key_Return)
    assert "tidak ada hari ini" in page.status.text()
    assert page.code_label.text() == "A-001"


def test_cancel_asks_first(qtbot, window, demo_store, services, monkeypatch):
    issued = queue.issue_ticket(demo_store, services["A"].id).ticket
    page = page_of(window)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    monkeypatch.setattr(page, "confirm", lambda question: False)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert page.code_label.text() == "A-001"
    monkeypatch.setattr(page, "confirm", lambda question: True)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert page.code_label.text() == "—"
    view = queue_views.counter_view(demo_store, window.context.actor)
    assert view.current is None
    from kelurahan_desk.store.tables import Ticket

    with demo_store.read() as session:
        assert session.get(Ticket, issued.id).outcome == Outcome.CANCELLED


def test_ticket_list_model(qtmodeltester, demo_store, window, services):
    queue.issue_ticket(demo_store, services["A"].id, Priority.ELDERLY)
    page = page_of(window)
    page.call_next()
    page.hold()
    assert page.held_model.rowCount() == 1
    qtmodeltester.check(page.held_model)
