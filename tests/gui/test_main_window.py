"""The main window: pages by role, shortcuts, status bar, idle lock, sign-out."""

import pytest
from PySide6.QtCore import Qt

from kelurahan_desk.services.sync_status import sync_status
from kelurahan_desk.ui.main_window import MainWindow
from kelurahan_desk.ui.sign_in_dialog import LockOutcome, SignInDialog

EXPECTED_PAGES = {
    "operator": ["antrean", "akta_kelahiran", "akta_kematian", "permohonan", "ktp_el",
                 "kartu_rusak"],
    "supervisor": ["antrean", "akta_kelahiran", "akta_kematian", "permohonan", "ktp_el",
                   "kartu_rusak", "laporan", "sidak"],
    "inspektur": ["laporan", "sidak"],
    "admin": ["laporan", "pengaturan"],
}


@pytest.fixture
def window_for(qtbot, context_for):
    def make(username, idle_minutes=30):
        window = MainWindow(context_for(username), idle_minutes)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    return make


@pytest.mark.parametrize("username", sorted(EXPECTED_PAGES))
def test_navigation_follows_the_role(window_for, username):
    window = window_for(username)
    assert window.page_keys == EXPECTED_PAGES[username]
    assert window.current_page_key() == EXPECTED_PAGES[username][0]


def test_shortcuts_switch_pages(qtbot, window_for):
    window = window_for("supervisor")
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "laporan"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "akta_kelahiran"


def test_status_bar_shows_user_role_counter_clock_and_backlog(window_for, demo_store):
    window = window_for("operator")
    assert window.user_label.text() == "Siti Rahmawati"
    assert window.user_label.toolTip() == "Pengguna: Siti Rahmawati"
    assert window.role_label.text() == "Petugas loket"
    assert window.counter_label.text() == "Loket 1"
    assert window.counter_label.toolTip() == "Loket: Loket 1"
    assert window.clock_label.text().endswith("WIB")
    pending = sync_status(demo_store).pending
    assert f"{pending} menunggu" in window.sync_label.text()


def test_idle_window_hides_its_page_and_asks_the_same_user(qtbot, window_for, monkeypatch):
    seen = []

    def fake_unlock(store, actor, parent=None):
        seen.append((actor.username, parent.current_page_key()))
        return LockOutcome.UNLOCKED

    monkeypatch.setattr(SignInDialog, "ask_unlock", staticmethod(fake_unlock))
    window = window_for("operator")
    window.show_page("ktp_el")
    window.idle.set_interval_ms(50)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    # While the dialog was up, the page was covered (no personal data on screen).
    assert seen == [("operator", None)]
    assert window.current_page_key() == "ktp_el"


def test_activity_postpones_the_lock(qtbot, window_for, monkeypatch):
    calls = []
    monkeypatch.setattr(SignInDialog, "ask_unlock",
                        staticmethod(lambda *a, **k: calls.append(1) or LockOutcome.UNLOCKED))
    window = window_for("operator")
    window.idle.set_interval_ms(400)
    for _ in range(6):
        qtbot.wait(100)
        qtbot.keyClick(window, Qt.Key.Key_Shift)
    assert calls == []
    qtbot.waitUntil(lambda: bool(calls), timeout=3000)


def test_choosing_another_user_at_the_lock_signs_out(qtbot, window_for, monkeypatch):
    monkeypatch.setattr(SignInDialog, "ask_unlock",
                        staticmethod(lambda *a, **k: LockOutcome.SIGN_OUT))
    window = window_for("operator")
    with qtbot.waitSignal(window.signed_out, timeout=3000):
        window.lock()
    assert not window.isVisible()


def test_english_translation(qtbot, context_for, qapp):
    from PySide6.QtWidgets import QPushButton

    from kelurahan_desk.ui.i18n import install_translator

    translator = install_translator(qapp, "en")
    try:
        window = MainWindow(context_for("operator"), 30)
        qtbot.addWidget(window)
        assert window.findChild(QPushButton, "nav_antrean").text() == "Queue"
        assert window.role_label.text() == "Counter officer"
        assert window.role_label.toolTip() == "Role: Counter officer"
    finally:
        qapp.removeTranslator(translator)


def test_admin_changes_reach_the_window(window_for):
    window = window_for("admin")
    page = window.page("pengaturan")
    page.office_tab.form.choose("Kanigaran", "Sukoharjo")
    assert page.office_tab.save() is not None
    assert "Sukoharjo" in window.windowTitle()
    assert "Kec. Kanigaran" in window.where_label.text()
    page.general_tab.spins["idle_lock_minutes"].setValue(7)
    assert page.general_tab.save() is not None
    assert window.idle.interval_ms == 7 * 60_000
