"""The Layanan tab of Pengaturan and its dialog, driven on a real demo store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kelurahan_desk.services import office, queue, queue_services
from kelurahan_desk.services.errors import PermissionDenied
from kelurahan_desk.services.queue_services import ServiceDraft, ServiceInfo
from kelurahan_desk.store.database import Store
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.pages.services_tab import ServiceDialog, ServicesTab
from kelurahan_desk.ui.pages.settings_page import SettingsPage

MakeContext = Callable[[str], DeskContext]


@pytest.fixture
def admin_context(context_for: MakeContext) -> DeskContext:
    return context_for("admin")


@pytest.fixture
def tab(qtbot: QtBot, admin_context: DeskContext) -> ServicesTab:
    tab = ServicesTab(admin_context)
    qtbot.addWidget(tab)
    return tab


def service(store: Store, prefix: str) -> ServiceInfo:
    return next(s for s in queue_services.list_services(store) if s.prefix == prefix)


def counter_named(store: Store, name: str) -> office.CounterInfo:
    return next(c for c in office.list_counters(store, include_inactive=True) if c.name == name)


def open_dialog(
    qtbot: QtBot, context: DeskContext, current: ServiceInfo | None = None
) -> ServiceDialog:
    dialog = ServiceDialog(None, context, current)
    qtbot.addWidget(dialog)
    return dialog


def answer_with(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, fill: Callable[[ServiceDialog], None]
) -> list[ServiceDialog]:
    """Stand in for the modal ``ask``: build the real dialog, fill it, click its OK."""
    opened: list[ServiceDialog] = []

    def ask(
        parent: object, context: DeskContext, current: ServiceInfo | None
    ) -> ServiceInfo | None:
        dialog = open_dialog(qtbot, context, current)
        opened.append(dialog)
        fill(dialog)
        dialog.ok_button.click()
        return dialog.saved if dialog.result() == ServiceDialog.DialogCode.Accepted else None

    monkeypatch.setattr(ServiceDialog, "ask", ask)
    return opened


def table_text(tab: ServicesTab, row: int) -> list[str]:
    model = tab.model
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


# --- the model and the table ------------------------------------------------------------


def test_model_passes_the_model_tester(qtmodeltester, tab: ServicesTab) -> None:
    assert tab.model.rowCount() == 4
    qtmodeltester.check(tab.model)


def test_table_shows_letter_name_target_quota_hours_lokets_and_status(
    tab: ServicesTab, admin_context: DeskContext
) -> None:
    store = admin_context.store
    a = service(store, "A")
    queue_services.save_service(store, admin_context.actor, ServiceDraft(
        a.id, "A", a.name, 25, 40, time(8), time(15, 30), False,
        (counter_named(store, "Loket 2").id,)))
    tab.reload()

    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == ["Huruf", "Nama", "Target tunggu\n(menit)", "Kuota\nharian", "Jam layanan",
                       "Loket", "Status"]
    row_a = table_text(tab, tab.model.row_of(a.id))
    assert row_a == ["A", "Akta Kelahiran", "25", "40", "08.00–15.30", "Loket 2", "Nonaktif"]
    row_b = table_text(tab, tab.model.row_of(service(store, "B").id))
    assert row_b == ["B", "Akta Kematian", "20", "—", "Sepanjang hari", "Loket 1, Loket 2",
                     "Aktif"]


# --- adding ----------------------------------------------------------------------------


def test_adding_a_service_shows_it_in_the_table_and_the_service(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tab: ServicesTab,
    admin_context: DeskContext,
) -> None:
    def fill(dialog: ServiceDialog) -> None:
        assert dialog.prefix.text() == "E"  # the first free letter is offered
        dialog.prefix.setText("E")
        dialog.name.setText("Legalisir")
        dialog.target.setValue(10)
        dialog.quota.setValue(5)

    opened = answer_with(monkeypatch, qtbot, fill)
    tab.add_button.click()

    assert len(opened) == 1
    saved = service(admin_context.store, "E")
    assert (saved.name, saved.target_wait_minutes, saved.daily_quota) == ("Legalisir", 10, 5)
    assert (saved.opens_at, saved.closes_at, saved.active) == (None, None, True)
    row = tab.model.row_of(saved.id)
    assert row == tab.selected_row() >= 0
    assert table_text(tab, row) == ["E", "Legalisir", "10", "5", "Sepanjang hari",
                                    "Loket 1, Loket 2", "Aktif"]
    assert "E — Legalisir" in tab.status.text()


def test_cancelling_the_dialog_writes_nothing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tab: ServicesTab,
    admin_context: DeskContext,
) -> None:
    monkeypatch.setattr(ServiceDialog, "ask", lambda *args: None)
    tab.add_button.click()
    assert len(queue_services.list_services(admin_context.store)) == 4
    assert tab.model.rowCount() == 4
    assert tab.status.isHidden()


def test_a_duplicate_letter_shows_under_the_letter_and_writes_nothing(
    qtbot: QtBot, admin_context: DeskContext
) -> None:
    before = queue_services.list_services(admin_context.store)
    dialog = open_dialog(qtbot, admin_context)
    dialog.prefix.setText("B")
    dialog.name.setText("Legalisir")
    dialog.ok_button.click()

    assert dialog.result() != ServiceDialog.DialogCode.Accepted
    assert dialog.saved is None
    assert "B sudah dipakai" in dialog.errors.text("prefix")
    assert dialog.errors.text("name") == ""
    assert queue_services.list_services(admin_context.store) == before


def test_a_lowercase_letter_is_taken_as_a_capital(
    qtbot: QtBot, admin_context: DeskContext
) -> None:
    dialog = open_dialog(qtbot, admin_context)
    dialog.prefix.clear()
    qtbot.keyClicks(dialog.prefix, "f")
    assert dialog.prefix.text() == "F"
    qtbot.keyClicks(dialog.prefix, "1")  # one letter only; a digit is not taken
    assert dialog.prefix.text() == "F"


def test_closing_before_opening_shows_under_jam_tutup(
    qtbot: QtBot, admin_context: DeskContext
) -> None:
    dialog = open_dialog(qtbot, admin_context)
    dialog.name.setText("Legalisir")
    assert not dialog.closes_at.isEnabled()
    dialog.limit_hours.setChecked(True)
    assert dialog.closes_at.isEnabled()
    dialog.opens_at.setTime(QTime(14, 0))
    dialog.closes_at.setTime(QTime(9, 0))
    dialog.ok_button.click()

    assert dialog.saved is None
    assert "sesudah jam buka" in dialog.errors.text("closes_at")
    assert dialog.errors.text("prefix") == ""
    assert len(queue_services.list_services(admin_context.store)) == 4

    dialog.closes_at.setTime(QTime(15, 30))  # fixed in the same dialog, nothing retyped
    dialog.ok_button.click()
    assert dialog.saved is not None
    assert (dialog.saved.opens_at, dialog.saved.closes_at) == (time(14), time(15, 30))
    assert dialog.errors.text("closes_at") == ""


def test_unticked_hours_and_zero_quota_mean_none(
    qtbot: QtBot, admin_context: DeskContext
) -> None:
    store = admin_context.store
    c = service(store, "C")
    queue_services.save_service(store, admin_context.actor, ServiceDraft(
        c.id, "C", c.name, c.target_wait_minutes, 30, time(8), time(12), True,
        tuple(queue_services.service_counters(store, c.id))))
    dialog = open_dialog(qtbot, admin_context, service(store, "C"))
    assert dialog.limit_hours.isChecked()
    assert dialog.opens_at.time() == QTime(8, 0)
    assert dialog.quota.value() == 30
    dialog.limit_hours.setChecked(False)
    dialog.quota.setValue(0)
    assert dialog.quota.text() == "tanpa kuota"
    dialog.ok_button.click()

    after = service(store, "C")
    assert (after.daily_quota, after.opens_at, after.closes_at) == (None, None, None)


# --- changing -------------------------------------------------------------------------


def test_renaming_a_keeps_issued_codes_and_numbering(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tab: ServicesTab,
    admin_context: DeskContext, context_for: MakeContext,
) -> None:
    store = admin_context.store
    a = service(store, "A")
    issued = queue.issue_ticket(store, a.id)
    assert issued.ticket.code == "A-001"

    def fill(dialog: ServiceDialog) -> None:
        assert not dialog.prefix.isEnabled()  # the letter of an existing service is fixed
        hint = dialog.findChild(QLabel, "prefix_hint")
        assert hint is not None and "tetap memakai hurufnya" in hint.text()
        dialog.name.setText("Akta Kelahiran (baru)")

    answer_with(monkeypatch, qtbot, fill)
    tab.view.selectRow(tab.model.row_of(a.id))
    tab.edit_button.click()

    renamed = service(store, "A")
    assert (renamed.id, renamed.name) == (a.id, "Akta Kelahiran (baru)")
    assert table_text(tab, tab.model.row_of(a.id))[:2] == ["A", "Akta Kelahiran (baru)"]
    operator = context_for("operator").actor
    called = queue.call_next(store, operator)  # the ticket issued before the change
    assert called is not None and called.id == issued.ticket.id
    assert (called.code, called.service_name) == ("A-001", "Akta Kelahiran (baru)")
    assert queue.issue_ticket(store, a.id).ticket.code == "A-002"


def test_double_click_opens_the_service(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tab: ServicesTab,
    admin_context: DeskContext,
) -> None:
    asked: list[ServiceInfo | None] = []
    monkeypatch.setattr(ServiceDialog, "ask",
                        lambda parent, context, current: asked.append(current))
    d = service(admin_context.store, "D")
    tab.view.selectRow(tab.model.row_of(d.id))
    tab.view.doubleClicked.emit(tab.model.index(tab.model.row_of(d.id), 1))
    assert asked == [d]


def test_unticking_loket_2_stops_it_calling_b(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tab: ServicesTab,
    admin_context: DeskContext,
) -> None:
    store = admin_context.store
    b = service(store, "B")
    loket_1, loket_2 = counter_named(store, "Loket 1"), counter_named(store, "Loket 2")
    assert set(queue_services.service_counters(store, b.id)) == {loket_1.id, loket_2.id}

    def fill(dialog: ServiceDialog) -> None:
        assert dialog.counter_boxes[loket_2.id].isChecked()
        dialog.counter_boxes[loket_2.id].setChecked(False)

    answer_with(monkeypatch, qtbot, fill)
    tab.view.selectRow(tab.model.row_of(b.id))
    tab.edit_button.click()

    assert queue_services.service_counters(store, b.id) == [loket_1.id]
    assert table_text(tab, tab.model.row_of(b.id))[5] == "Loket 1"


def test_no_loket_is_allowed_with_a_warning(
    qtbot: QtBot, admin_context: DeskContext
) -> None:
    store = admin_context.store
    d = service(store, "D")
    dialog = open_dialog(qtbot, admin_context, d)
    assert dialog.no_counter_warning.isHidden()
    for box in dialog.counter_boxes.values():
        box.setChecked(False)
    assert not dialog.no_counter_warning.isHidden()
    dialog.active.setChecked(False)  # nobody can take a number: nobody waits in vain
    assert dialog.no_counter_warning.isHidden()
    dialog.active.setChecked(True)
    dialog.ok_button.click()

    assert dialog.saved is not None
    assert queue_services.service_counters(store, d.id) == []


def test_an_inactive_loket_that_calls_the_service_is_kept(
    qtbot: QtBot, admin_context: DeskContext
) -> None:
    store = admin_context.store
    loket_2 = counter_named(store, "Loket 2")
    office.update_counter(store, admin_context.actor, loket_2.id, loket_2.name, False)
    a = service(store, "A")
    dialog = open_dialog(qtbot, admin_context, a)
    assert dialog.counter_boxes[loket_2.id].text() == "Loket 2 (nonaktif)"
    dialog.ok_button.click()
    assert loket_2.id in queue_services.service_counters(store, a.id)

    new = open_dialog(qtbot, admin_context)  # a new service is offered active lokets only
    assert loket_2.id not in new.counter_boxes


# --- wiring and rights ------------------------------------------------------------------


def test_settings_page_has_the_layanan_tab_after_loket(
    qtbot: QtBot, admin_context: DeskContext
) -> None:
    page = SettingsPage(admin_context)
    qtbot.addWidget(page)
    names = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert names.index("Layanan") == names.index("Loket") + 1
    assert page.tabs.widget(names.index("Layanan")) is page.services_tab


def test_an_operator_may_not_change_services(context_for: MakeContext) -> None:
    operator = context_for("operator")
    store = operator.store
    a = service(store, "A")
    with pytest.raises(PermissionDenied):
        queue_services.save_service(store, operator.actor, ServiceDraft(
            a.id, "A", "Diubah operator", 20, None, None, None, True, ()))
    assert service(store, "A").name == "Akta Kelahiran"
    assert queue_services.service_counters(store, a.id) != []
