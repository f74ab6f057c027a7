"""The first-run wizard on a fresh store: pages filled in programmatically, as a user would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard
from pytestqt.qtbot import QtBot

from kelurahan_desk.domain.roles import Role
from kelurahan_desk.services import accounts, office
from kelurahan_desk.services.accounts import NewAccount
from kelurahan_desk.store.database import Store
from kelurahan_desk.ui.first_run_wizard import FirstRunWizard


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "new-office")
    yield store
    store.close()


def start(qtbot: QtBot, store: Store) -> FirstRunWizard:
    wizard = FirstRunWizard(store)
    qtbot.addWidget(wizard)
    wizard.restart()  # what show() does; tests keep the window off screen
    return wizard


def fill_admin(wizard: FirstRunWizard, password: str = "rahasia-admin", repeat: str = "") -> None:
    page = wizard.admin_page
    page.username.setText("admin.kel")
    page.full_name.setText("Sekretaris Kelurahan")
    page.password.setText(password)
    page.password_repeat.setText(repeat or password)


def finish(wizard: FirstRunWizard) -> None:
    wizard.button(QWizard.WizardButton.FinishButton).click()


def shown(label: QLabel) -> str:
    return "" if label.isHidden() else label.text()


def test_buttons_speak_indonesian(qtbot: QtBot, store: Store) -> None:
    wizard = start(qtbot, store)
    texts = {
        button: wizard.buttonText(button).replace("&", "")
        for button in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        )
    }
    assert list(texts.values()) == ["Kembali", "Lanjut", "Selesai", "Batal"]


def test_finishing_sets_up_office_counters_and_admin(qtbot: QtBot, store: Store) -> None:
    wizard = start(qtbot, store)
    assert wizard.currentPage() is wizard.office_page
    wizard.office_page.form.choose("Kademangan", "Pohsangit Kidul")
    wizard.next()
    assert wizard.currentPage() is wizard.counters_page
    assert wizard.counters_page.names() == ["Loket 1", "Loket 2"]
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page
    fill_admin(wizard)
    finish(wizard)

    assert wizard.completed
    assert wizard.result() == QWizard.DialogCode.Accepted
    info = office.get_office(store)
    assert info is not None
    assert (info.code, info.name, info.kecamatan) == (
        "35.74.01.1007", "Pohsangit Kidul", "Kademangan"
    )
    assert [c.name for c in office.list_counters(store)] == ["Loket 1", "Loket 2"]
    admin = accounts.sign_in(store, "admin.kel", "rahasia-admin")
    assert (admin.role, admin.full_name) == (Role.ADMIN, "Sekretaris Kelurahan")
    assert [a.username for a in accounts.list_accounts(store, admin)] == ["admin.kel"]


def test_a_wrong_code_keeps_the_wizard_on_page_one(qtbot: QtBot, store: Store) -> None:
    wizard = start(qtbot, store)
    form = wizard.office_page.form
    qtbot.keyClicks(form.code, "35.74.01.9999")
    wizard.next()

    assert wizard.currentPage() is wizard.office_page
    assert "35.74.01.9999" in shown(form.findChild(QLabel, "error_code"))
    assert office.get_office(store) is None


def test_the_counter_list_can_grow_shrink_and_refuses_duplicates(
    qtbot: QtBot, store: Store
) -> None:
    wizard = start(qtbot, store)
    wizard.office_page.form.choose("Wonoasih", "Pakistaji")
    wizard.next()
    page = wizard.counters_page
    qtbot.keyClicks(page.new_name, "Loket Prioritas")
    qtbot.keyClick(page.new_name, Qt.Key.Key_Return)  # Enter adds; it does not move on
    assert wizard.currentPage() is page
    assert page.names() == ["Loket 1", "Loket 2", "Loket Prioritas"]
    assert page.new_name.text() == ""

    page.view.setCurrentIndex(page.model.index(1))
    page.remove_button.click()
    assert page.names() == ["Loket 1", "Loket Prioritas"]

    page.add_name("loket 1")
    wizard.next()
    assert wizard.currentPage() is page
    assert shown(page.error) == "Loket loket 1 tercantum dua kali."

    page.remove_selected()
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page
    fill_admin(wizard)
    finish(wizard)
    assert [c.name for c in office.list_counters(store)] == ["Loket 1", "Loket Prioritas"]


def test_a_weak_admin_password_stays_on_the_page_and_writes_nothing(
    qtbot: QtBot, store: Store
) -> None:
    wizard = start(qtbot, store)
    wizard.office_page.form.choose("Mayangan", "Jati")
    wizard.next()
    wizard.next()
    fill_admin(wizard, password="pendek")
    finish(wizard)

    assert not wizard.completed
    assert wizard.currentPage() is wizard.admin_page
    assert shown(wizard.admin_page.findChild(QLabel, "error_password")) == (
        "Kata sandi minimal 8 karakter."
    )
    assert office.get_office(store) is None

    fill_admin(wizard, password="rahasia-admin", repeat="rahasia-admun")
    finish(wizard)
    assert wizard.admin_page.errors.text("password_repeat") == (
        "Kata sandi yang diulang tidak sama."
    )
    assert office.get_office(store) is None


def test_a_set_up_interrupted_after_the_admin_resumes(qtbot: QtBot, store: Store) -> None:
    # An earlier run saved the office and the admin, then stopped before the counters.
    office.set_up_office(store, office.OfficeDraft(code="35.74.05.1005"))
    accounts.create_first_admin(
        store, NewAccount("admin.kel", "Sekretaris Kelurahan", Role.ADMIN, "rahasia-admin")
    )
    wizard = start(qtbot, store)
    assert not wizard.office_page.form.isEnabled()
    assert wizard.office_page.form.code.text() == "35.74.05.1005"
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.admin_page
    fill_admin(wizard)
    finish(wizard)

    # Creating the admin is refused: the page now asks to sign in as the existing one.
    assert not wizard.completed
    assert wizard.admin_page.existing_admin
    assert not wizard.admin_page.notice.isHidden()
    assert wizard.admin_page.full_name.parentWidget().isHidden()
    wizard.admin_page.password.setText("rahasia-admin")
    finish(wizard)

    assert wizard.completed
    assert office.get_office(store).name == "Kedopok"  # type: ignore[union-attr]
    assert [c.name for c in office.list_counters(store)] == ["Loket 1", "Loket 2"]
    admin = accounts.sign_in(store, "admin.kel", "rahasia-admin")
    assert [a.username for a in accounts.list_accounts(store, admin)] == ["admin.kel"]


def test_ask_reports_whether_set_up_completed(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(FirstRunWizard, "exec", lambda self: QWizard.DialogCode.Rejected)
    assert FirstRunWizard.ask(store) is False
