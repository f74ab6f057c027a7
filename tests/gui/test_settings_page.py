"""The admin's Pengaturan page, driven through its own widgets on a real demo store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kelurahan_desk.domain.roles import Role
from kelurahan_desk.services import accounts, office
from kelurahan_desk.services.accounts import NewAccount
from kelurahan_desk.services.actor import Actor
from kelurahan_desk.services.demo import seed_demo
from kelurahan_desk.services.errors import SignInRefused
from kelurahan_desk.store.backups import list_backups
from kelurahan_desk.store.database import Store
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.models.accounts_model import AccountsModel
from kelurahan_desk.ui.pages.accounts_tab import NewAccountDialog, NewPasswordDialog
from kelurahan_desk.ui.pages.settings_page import CounterNameDialog, SettingsPage


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "data")
    seed_demo(store)
    yield store
    store.close()


@pytest.fixture
def admin(store: Store) -> Actor:
    return accounts.sign_in(store, "admin", "admin-demo")


def build_page(qtbot: QtBot, store: Store, admin: Actor) -> SettingsPage:
    info = office.get_office(store)
    assert info is not None
    page = SettingsPage(DeskContext(store, admin, info))
    qtbot.addWidget(page)
    return page


@pytest.fixture
def page(qtbot: QtBot, store: Store, admin: Actor) -> SettingsPage:
    return build_page(qtbot, store, admin)


def account_names(store: Store, admin: Actor) -> list[str]:
    return [a.username for a in accounts.list_accounts(store, admin)]


def shown(label: QLabel) -> str:
    """A label's text if it is shown (the page itself is never put on screen in tests)."""
    return "" if label.isHidden() else label.text()


# --- models ---------------------------------------------------------------------------


def test_counters_model_passes_the_model_tester(qtmodeltester, page: SettingsPage) -> None:
    assert page.counters_tab.model.rowCount() == 2
    qtmodeltester.check(page.counters_tab.model)


def test_accounts_model_passes_the_model_tester(qtmodeltester, page: SettingsPage) -> None:
    assert page.accounts_tab.model.rowCount() == 4
    qtmodeltester.check(page.accounts_tab.model)


def test_backups_model_passes_the_model_tester(
    qtmodeltester, page: SettingsPage, store: Store
) -> None:
    store.backup("manual")
    store.backup("daily")
    page.general_tab.reload_backups()
    model = page.general_tab.backups_model
    assert model.rowCount() == 2
    assert {model.index(row, model.REASON).data() for row in range(2)} == {"manual", "harian"}
    qtmodeltester.check(model)


# --- Kantor -----------------------------------------------------------------------------


def test_unknown_code_shows_error_under_code_and_saves_nothing(
    qtbot: QtBot, page: SettingsPage, store: Store
) -> None:
    before = office.get_office(store)
    form = page.office_tab.form
    form.code.clear()
    qtbot.keyClicks(form.code, "35.74.01.9999")
    page.office_tab.save_button.click()

    error = page.office_tab.findChild(QLabel, "error_code")
    assert "35.74.01.9999" in shown(error)
    assert error.parentWidget() is form.code.parentWidget()  # right under the code field
    assert page.office_tab.status.isHidden()
    assert office.get_office(store) == before


def test_choosing_kanigaran_sukoharjo_and_saving_changes_the_office(
    qtbot: QtBot, page: SettingsPage, store: Store
) -> None:
    form = page.office_tab.form
    form.choose("Kanigaran", "Sukoharjo")
    assert form.code.text() == "35.74.04.1002"
    with qtbot.waitSignal(page.office_changed) as changed:
        page.office_tab.save_button.click()

    info = office.get_office(store)
    assert info is not None
    assert (info.name, info.kecamatan, info.code) == ("Sukoharjo", "Kanigaran", "35.74.04.1002")
    assert changed.args == [info]
    assert shown(page.office_tab.status) == "Tersimpan."


def test_typing_a_code_moves_the_lists_along(qtbot: QtBot, page: SettingsPage) -> None:
    form = page.office_tab.form
    form.code.clear()
    qtbot.keyClicks(form.code, "3574051003")
    assert form.kecamatan.currentText() == "Kedopok"
    assert form.kelurahan.currentText() == "Sumber Wetan"
    assert form.outside.isHidden()


# --- Loket ------------------------------------------------------------------------------


def test_adding_a_counter_shows_it_in_the_table_and_the_store(
    page: SettingsPage, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        CounterNameDialog, "ask", staticmethod(lambda parent, title, current="": "Loket 3")
    )
    tab = page.counters_tab
    tab.add_button.click()

    assert [c.name for c in office.list_counters(store)] == ["Loket 1", "Loket 2", "Loket 3"]
    assert tab.model.rowCount() == 3
    assert tab.model.index(2, tab.model.NAME).data() == "Loket 3"
    assert tab.model.index(2, tab.model.NUMBER).data() == "3"
    assert tab.selected_row() == 2
    assert shown(tab.status) == "Loket Loket 3 ditambahkan."


def test_a_duplicate_counter_name_shows_the_error_and_adds_nothing(
    page: SettingsPage, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        CounterNameDialog, "ask", staticmethod(lambda parent, title, current="": "loket 1")
    )
    tab = page.counters_tab
    tab.add_button.click()

    assert shown(tab.status) == "Loket loket 1 sudah ada."
    assert tab.status.property("role") == "error"
    assert tab.model.rowCount() == 2
    assert len(office.list_counters(store, include_inactive=True)) == 2


def test_deactivating_a_counter_says_so_and_offers_to_activate(
    page: SettingsPage, store: Store
) -> None:
    tab = page.counters_tab
    tab.view.selectRow(1)
    assert tab.toggle_button.text() == "&Nonaktifkan"
    tab.toggle_button.click()

    assert tab.model.index(1, tab.model.STATUS).data() == "Nonaktif"
    assert tab.toggle_button.text() == "&Aktifkan"
    assert [c.name for c in office.list_counters(store)] == ["Loket 1"]


# --- Akun -------------------------------------------------------------------------------


def test_a_taken_username_shows_under_the_field_and_writes_nothing(
    page: SettingsPage, store: Store, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = account_names(store, admin)
    dialogs: list[NewAccountDialog] = []

    def ask(parent, submit):  # the real dialog, filled in and submitted as a user would
        dialog = NewAccountDialog(parent, submit)
        dialogs.append(dialog)
        dialog.username.setText("operator")
        dialog.full_name.setText("Operator Kedua")
        dialog.password.setText("rahasia-baru-1")
        dialog.password_repeat.setText("rahasia-baru-1")
        dialog.ok_button.click()
        return dialog.account

    monkeypatch.setattr(NewAccountDialog, "ask", staticmethod(ask))
    page.accounts_tab.create_button.click()

    dialog = dialogs[0]
    error = dialog.findChild(QLabel, "error_username")
    assert shown(error) == "Nama pengguna operator sudah dipakai."
    assert error.parentWidget() is dialog.username.parentWidget()
    assert dialog.errors.text("password") == ""
    assert dialog.result() != dialog.DialogCode.Accepted  # stays open for a fix
    assert account_names(store, admin) == before
    assert page.accounts_tab.model.rowCount() == len(before)


def test_creating_an_account_adds_a_row(
    page: SettingsPage, store: Store, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    new = NewAccount("siti.r", "Siti Rohmah", Role.OPERATOR, "rahasia-baru-1")

    def ask(parent, submit):
        submit(new)
        return new

    monkeypatch.setattr(NewAccountDialog, "ask", staticmethod(ask))
    tab = page.accounts_tab
    tab.create_button.click()

    assert "siti.r" in account_names(store, admin)
    row = tab.selected_row()
    assert tab.model.index(row, AccountsModel.USERNAME).data() == "siti.r"
    assert tab.model.index(row, AccountsModel.ROLE).data() == "Petugas loket"
    assert shown(tab.status) == "Akun siti.r dibuat."


def test_mismatched_passwords_are_caught_before_the_service(qtbot: QtBot) -> None:
    calls: list[str] = []
    dialog = NewPasswordDialog(None, "operator", calls.append)
    qtbot.addWidget(dialog)
    dialog.password.setText("rahasia-baru-1")
    dialog.password_repeat.setText("rahasia-baru-2")
    dialog.ok_button.click()

    assert calls == []
    assert dialog.errors.text("password_repeat") == "Kata sandi yang diulang tidak sama."


def test_deactivating_an_account_shows_nonaktif_and_refuses_sign_in(
    page: SettingsPage, store: Store
) -> None:
    tab = page.accounts_tab
    row = next(r for r in range(tab.model.rowCount()) if tab.model.account_at(r).username
               == "operator")
    tab.view.selectRow(row)
    tab.toggle_button.click()

    row = tab.selected_row()
    assert tab.model.account_at(row).username == "operator"
    assert tab.model.index(row, AccountsModel.STATUS).data() == "Nonaktif"
    assert tab.toggle_button.text() == "&Aktifkan"
    with pytest.raises(SignInRefused):
        accounts.sign_in(store, "operator", "operator-demo")


def test_the_admin_cannot_deactivate_themself(page: SettingsPage, admin: Actor) -> None:
    tab = page.accounts_tab
    tab.view.selectRow(tab.model.row_of(admin.account_id))
    tab.toggle_button.click()

    assert shown(tab.status) == "Anda tidak dapat menonaktifkan akun sendiri."
    assert tab.model.account_at(tab.selected_row()).active


def test_resetting_a_password_lets_the_user_sign_in_with_the_new_one(
    page: SettingsPage, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def ask(parent, username, submit):
        assert username == "operator"
        submit("kata-sandi-baru")
        return True

    monkeypatch.setattr(NewPasswordDialog, "ask", staticmethod(ask))
    tab = page.accounts_tab
    tab.view.selectRow(next(r for r in range(tab.model.rowCount())
                            if tab.model.account_at(r).username == "operator"))
    tab.password_button.click()

    assert accounts.sign_in(store, "operator", "kata-sandi-baru").username == "operator"
    with pytest.raises(SignInRefused):
        accounts.sign_in(store, "operator", "operator-demo")
    assert shown(tab.status) == "Kata sandi operator sudah diganti."


def test_a_locked_account_shows_until_when_in_office_time(
    page: SettingsPage, store: Store, admin: Actor
) -> None:
    for _ in range(accounts.MAX_FAILED_ATTEMPTS):
        with pytest.raises(SignInRefused):
            accounts.sign_in(store, "supervisor", "salah")
    locked = next(a for a in accounts.list_accounts(store, admin) if a.username == "supervisor")
    assert locked.locked_until is not None
    tab = page.accounts_tab
    tab.reload()

    row = next(r for r in range(tab.model.rowCount())
               if tab.model.account_at(r).username == "supervisor")
    until = locked.locked_until.astimezone(page.context.zone)
    assert tab.model.index(row, AccountsModel.STATUS).data() == f"Terkunci sampai {until:%H:%M}"


# --- Umum -------------------------------------------------------------------------------


def test_a_changed_setting_is_saved_and_shown_next_time(
    qtbot: QtBot, page: SettingsPage, store: Store, admin: Actor
) -> None:
    spin = page.general_tab.spins["idle_lock_minutes"]
    spin.setValue(15)
    with qtbot.waitSignal(page.settings_changed) as saved:
        page.general_tab.save_button.click()

    assert office.get_settings(store)["idle_lock_minutes"] == 15
    assert saved.args[0]["idle_lock_minutes"] == 15
    assert shown(page.general_tab.status) == "Tersimpan."
    again = build_page(qtbot, store, admin)
    assert again.general_tab.spins["idle_lock_minutes"].value() == 15


def test_the_backup_button_makes_a_backup_and_lists_it(
    qtbot: QtBot, page: SettingsPage, store: Store
) -> None:
    tab = page.general_tab
    assert list_backups(store.backup_dir) == []
    tab.backup_button.click()
    assert not tab.backup_button.isEnabled()  # one backup at a time

    qtbot.waitUntil(lambda: tab.backups_model.rowCount() == 1)
    made = list_backups(store.backup_dir)
    assert [b.reason for b in made] == ["manual"]
    assert made[0].path.stat().st_size > 0
    assert tab.backups_model.index(0, tab.backups_model.REASON).data() == "manual"
    assert tab.backup_button.isEnabled()
    assert shown(tab.backup_status).startswith("Cadangan dibuat:")
