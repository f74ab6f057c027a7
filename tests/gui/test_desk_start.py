"""The desk's start: the sign-in dialog first, the store opened behind it while the user
types; a damaged store still gets its recovery offer before anyone signs in."""

import sqlite3

import pytest

from kelurahan_desk.app import DeskOptions, DeskSession
from kelurahan_desk.services import maintenance, office
from kelurahan_desk.store.database import STORE_FILE, Store
from kelurahan_desk.ui.recovery_dialog import RecoveryDialog


@pytest.fixture
def office_dir(tmp_path, styled_app, _store_templates, copy_template):
    """A demo office's data folder, its store closed (as on a PC switched on)."""
    data = tmp_path / "office"
    copy_template(_store_templates["demo"], data)
    return data


@pytest.fixture
def session_for(qtbot):
    made = []

    def make(data_dir):
        session = DeskSession(DeskOptions(data_dir, demo=False, lang="id"))
        made.append(session)
        return session

    yield make
    for session in made:
        for widget in (session.window, session.dialog):
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        session.close()


def test_the_dialog_shows_before_the_store_is_open_and_an_early_masuk_signs_in_once_it_is(
        qtbot, office_dir, session_for):
    session = session_for(office_dir)
    session.start()
    dialog = session.dialog
    # Nothing has run the event loop yet, so the store cannot be open: the dialog is up
    # without it, and the user may type at once.
    assert dialog.isVisible() and not dialog.ready and session.store is None
    assert dialog.subtitle.text() == "Menyiapkan data kantor…"
    assert dialog.counter.count() == 1  # the lokets come with the store
    dialog.username.setText("operator")
    dialog.password.setText("operator-demo")
    dialog.accept_button.click()
    assert session.window is None and not dialog.accept_button.isEnabled()
    assert "sebentar lagi" in dialog.subtitle.text()

    qtbot.waitUntil(lambda: session.window is not None, timeout=30_000)
    assert dialog.ready and session.store is not None
    assert session.window.context.actor.username == "operator"
    assert session.window.isVisible() and not dialog.isVisible()
    # One app-wide activity watch, the session's since its dialog showed, locks the window.
    assert session.window.idle is session.idle
    settings = office.get_settings(session.store)
    assert session.idle.interval_ms == settings["idle_lock_minutes"] * 60_000
    assert dialog.subtitle.text() == "Kelurahan Pohsangit Kidul, Kec. Kademangan"
    assert dialog.counter.count() == 3  # no loket, Loket 1, Loket 2


def test_a_wrong_password_typed_before_the_store_is_open_is_refused_when_it_is(
        qtbot, office_dir, session_for):
    session = session_for(office_dir)
    session.start()
    dialog = session.dialog
    dialog.username.setText("operator")
    dialog.password.setText("salah-sekali")
    dialog.accept_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=30_000)
    assert dialog.error.text() == "Nama pengguna atau kata sandi salah."
    assert session.window is None and dialog.isVisible()
    assert dialog.accept_button.isEnabled() and dialog.password.text() == ""


def test_a_damaged_store_is_offered_its_backup_before_anyone_signs_in(
        qtbot, office_dir, session_for, monkeypatch):
    store = Store.open(office_dir)
    store.backup("daily")
    store.close()
    with sqlite3.connect(office_dir / STORE_FILE) as conn:
        conn.execute("DROP TRIGGER IF EXISTS audit_events_no_update")
        conn.execute("UPDATE audit_events SET action = 'dipalsukan' WHERE seq = 1")
    asked = []

    def answer(cls, damage, parent=None):
        asked.append((session.dialog.isVisible(), damage.backup is not None))
        return True  # "Pulihkan dari cadangan"

    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(answer))
    session = session_for(office_dir)
    session.start()
    qtbot.waitUntil(lambda: session.dialog.ready, timeout=30_000)
    # The sign-in dialog stepped aside for the offer, and came back with the restored store.
    assert asked == [(False, True)]
    assert session.dialog.isVisible()
    assert session.store is not None and session.store.path == office_dir / STORE_FILE
    assert maintenance.verify(office_dir).ok


def test_a_store_that_cannot_be_opened_at_all_is_reported_and_the_desk_stops(
        qtbot, tmp_path, styled_app, session_for, monkeypatch):
    """Not a damaged store (that gets its offer): a folder that is a file. The failure
    goes to the calm failure dialog's hook and the desk ends with 1, not a dialog that
    waits for a store forever."""
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    reported = []
    monkeypatch.setattr("sys.excepthook", lambda kind, exc, tb: reported.append(exc))
    session = session_for(blocked)
    session.start()
    qtbot.waitUntil(lambda: bool(reported), timeout=30_000)
    assert isinstance(reported[0], OSError)
    assert session.exit_code == 1 and not session.dialog.isVisible()
    assert session.store is None
