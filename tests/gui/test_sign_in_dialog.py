"""Signing in at the dialog: errors beside the fields, lock-out, the loket choice."""

from kelurahan_desk.services import office
from kelurahan_desk.ui.sign_in_dialog import LockOutcome, SignInDialog


def test_wrong_password_shows_the_reason_and_stays_open(qtbot, demo_store):
    dialog = SignInDialog(demo_store)
    qtbot.addWidget(dialog)
    dialog.username.setText("operator")
    dialog.password.setText("salah-sekali")
    dialog.accept_button.click()
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.error.text() == "Nama pengguna atau kata sandi salah."
    assert dialog.actor is None
    assert dialog.password.text() == ""


def test_five_wrong_tries_lock_the_account(qtbot, demo_store):
    dialog = SignInDialog(demo_store)
    qtbot.addWidget(dialog)
    dialog.username.setText("operator")
    for _ in range(5):
        dialog.password.setText("salah-sekali")
        dialog.accept_button.click()
    dialog.password.setText("operator-demo")
    dialog.accept_button.click()
    assert dialog.actor is None
    assert "dikunci" in dialog.error.text()


def test_right_password_signs_in_at_the_chosen_counter(qtbot, demo_store):
    counter = office.list_counters(demo_store)[1]
    dialog = SignInDialog(demo_store)
    qtbot.addWidget(dialog)
    dialog.username.setText("operator")
    dialog.password.setText("operator-demo")
    dialog.counter.setCurrentIndex(dialog.counter.findData(str(counter.id)))
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept_button.click()
    assert dialog.actor.username == "operator"
    assert dialog.actor.counter_id == counter.id
    # The PC remembers its loket for the next sign-in.
    again = SignInDialog(demo_store)
    qtbot.addWidget(again)
    assert again.counter.currentData() == str(counter.id)


def test_lock_mode_needs_the_same_users_password(qtbot, demo_store, context_for):
    actor = context_for("operator").actor
    dialog = SignInDialog(demo_store, locked_actor=actor)
    qtbot.addWidget(dialog)
    dialog.password.setText("supervisor-demo")
    dialog.accept_button.click()
    assert dialog.outcome is None
    dialog.reject()  # Escape cannot dismiss a locked screen
    assert dialog.result() == 0 and dialog.outcome is None
    dialog.password.setText("operator-demo")
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept_button.click()
    assert dialog.outcome is LockOutcome.UNLOCKED
