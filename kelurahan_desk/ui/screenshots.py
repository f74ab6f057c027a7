"""`--screenshots`: every window and page, for every role, on a fresh demo office."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from kelurahan_desk.domain.queue import Priority
from kelurahan_desk.services import accounts, office, queue, queue_services
from kelurahan_desk.services.demo import (
    DEMO_HISTORY_WEEKS,
    DEMO_LOGINS,
    DEMO_RESIDENTS,
    seed_demo,
)
from kelurahan_desk.store.database import Store
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.main_window import MainWindow
from kelurahan_desk.ui.sign_in_dialog import SignInDialog

WINDOW_SIZE = (1280, 800)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _save(widget: QWidget, path: Path, taken: list[Path]) -> None:
    _settle()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    taken.append(path)


def take_screenshots(folder: Path, lang: str) -> list[Path]:
    """Render everything a user can see into ``folder``; return the files written."""
    from kelurahan_desk.app import make_application

    make_application(lang)
    folder.mkdir(parents=True, exist_ok=True)
    taken: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="kd-shots-") as tmp:
        store = Store.open(Path(tmp) / "demo")
        try:
            seed_demo(store, DEMO_HISTORY_WEEKS, DEMO_RESIDENTS)
            _busy_morning(store)
            _shoot_akta_requests(store, folder, taken)  # seeds the requests the roles see
            _shoot_dialogs(store, folder, taken)
            for login in DEMO_LOGINS:
                _shoot_role(store, login.username, login.password, folder, taken)
            _shoot_akta_states(store, folder, taken)
            _shoot_cards(store, folder, taken)
            _shoot_public_windows(store, folder, taken)
        finally:
            store.close()
        _shoot_wizard(Path(tmp) / "fresh", folder, taken)
    _shoot_sidak(folder, taken)
    return taken


def _busy_morning(store: Store) -> None:
    """Tickets waiting and being served, so the queue screens show a real moment."""
    services = queue_services.list_services(store)
    for index in range(14):
        priority = Priority.ELDERLY if index == 5 else None
        queue.issue_ticket(store, services[index % len(services)].id, priority)
    for counter, login in zip(office.list_counters(store), DEMO_LOGINS[1:3], strict=False):
        actor = accounts.sign_in(store, login.username, login.password, counter.id)
        served = queue.call_next(store, actor)
        if served is not None and counter.number == 1:
            queue.finish(store, actor, served.id)
            queue.call_next(store, actor)
        accounts.sign_out(store, actor)


def _shoot_public_windows(store: Store, folder: Path, taken: list[Path]) -> None:
    from kelurahan_desk.ui.announcer import Announcer
    from kelurahan_desk.ui.display_board import DisplayBoard
    from kelurahan_desk.ui.kiosk_window import KioskWindow

    kiosk = KioskWindow(store, printer=lambda _issued: None)
    kiosk.resize(1280, 800)
    kiosk.show()
    _save(kiosk, folder / "kiosk.png", taken)
    kiosk.close()
    board = DisplayBoard(store, announcer=Announcer.visual_only())
    board.resize(1920, 1080)
    board.show()
    _save(board, folder / "display-board.png", taken)
    board.close()


def _shoot_dialogs(store: Store, folder: Path, taken: list[Path]) -> None:
    # The first moment of every start: the store still opening behind the dialog.
    opening = SignInDialog(None)
    opening.username.setText("operator")
    opening.show()
    _save(opening, folder / "sign-in-opening.png", taken)
    opening.close()
    dialog = SignInDialog(store)
    dialog.show()
    _save(dialog, folder / "sign-in.png", taken)
    dialog.username.setText("operator")
    dialog.show_error(dialog.tr("Nama pengguna atau kata sandi salah."))
    _save(dialog, folder / "sign-in-error.png", taken)
    dialog.close()
    operator = next(x for x in DEMO_LOGINS if x.username == "operator")
    actor = accounts.sign_in(store, operator.username, operator.password)
    locked = SignInDialog(store, locked_actor=actor)
    locked.show()
    _save(locked, folder / "lock-screen.png", taken)
    locked.close()
    accounts.sign_out(store, actor)


def _shoot_role(
    store: Store, username: str, password: str, folder: Path, taken: list[Path]
) -> None:
    counters = office.list_counters(store)
    at_desk = username in ("operator", "supervisor") and counters
    actor = accounts.sign_in(store, username, password, counters[0].id if at_desk else None)
    info = office.get_office(store)
    assert info is not None
    window = MainWindow(DeskContext(store, actor, info), idle_minutes=60)
    window.resize(*WINDOW_SIZE)
    window.show()
    for key in window.page_keys:
        window.show_page(key)
        _save(window, folder / f"{actor.role.value}-{key}.png", taken)
        for tabs in window.page(key).findChildren(QTabWidget):
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                _save(window, folder / f"{actor.role.value}-{key}-{index + 1}.png", taken)
            tabs.setCurrentIndex(0)
    window.close()


def _shoot_akta_states(store: Store, folder: Path, taken: list[Path]) -> None:
    """The akta forms filled in, with checks, the duplicate comparison, and taken in."""
    from kelurahan_desk.ui.akta.screenshot_states import shoot_akta

    login = next(x for x in DEMO_LOGINS if x.username == "operator")
    counter = office.list_counters(store)[0]
    actor = accounts.sign_in(store, login.username, login.password, counter.id)
    info = office.get_office(store)
    assert info is not None
    window = MainWindow(DeskContext(store, actor, info), idle_minutes=60)
    window.resize(*WINDOW_SIZE)
    window.show()
    shoot_akta(window, folder, lambda widget, path: _save(widget, path, taken))
    window.close()


def _shoot_cards(store: Store, folder: Path, taken: list[Path]) -> None:
    """KTP-el and Kartu Rusak on the demo's card history: tabs, a job, the forms filled,
    the destruction form with three witnesses, a chain check (ktp_el_*, kartu_rusak_*)."""
    from kelurahan_desk.ui.cards.screens import shoot_cards

    shoot_cards(store, folder, lambda widget, path: _save(widget, path, taken))


def _shoot_akta_requests(store: Store, folder: Path, taken: list[Path]) -> None:
    """Two weeks of akta requests in every state; the list and a whole timeline."""
    from kelurahan_desk.ui.akta_request_screens import seed_akta_requests, shoot_akta_requests

    made = seed_akta_requests(store)
    shoot_akta_requests(store, made, folder, lambda widget, path: _save(widget, path, taken))


def _shoot_wizard(data_dir: Path, folder: Path, taken: list[Path]) -> None:
    from kelurahan_desk.ui.first_run_wizard import FirstRunWizard

    store = Store.open(data_dir)
    try:
        wizard = FirstRunWizard(store)
        wizard.resize(900, 640)
        wizard.show()
        wizard.office_page.form.choose("Kademangan", "Pohsangit Kidul")
        page = 1
        while True:
            _save(wizard, folder / f"first-run-{page}.png", taken)
            before = wizard.currentId()
            if wizard.nextId() == -1:
                break
            wizard.next()
            if wizard.currentId() == before:  # a page refused its (empty) input
                break
            page += 1
        wizard.close()
    finally:
        store.close()


def _shoot_sidak(folder: Path, taken: list[Path]) -> None:
    """A sidak on a demo office of its own: the console with two live counters, one
    enlarged with its timeline, an operator window's banner, the report's first page."""
    from kelurahan_desk.ui.sidak.screenshots import shoot_sidak

    taken.append(shoot_sidak(folder, lambda widget, path: _save(widget, path, taken)))
