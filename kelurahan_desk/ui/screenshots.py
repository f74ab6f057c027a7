"""`--screenshots`: every window and page, for every role, on a fresh demo office."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from kelurahan_desk.services import accounts, office
from kelurahan_desk.services.demo import DEMO_LOGINS, seed_demo
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
            seed_demo(store)
            _shoot_dialogs(store, folder, taken)
            for login in DEMO_LOGINS:
                _shoot_role(store, login.username, login.password, folder, taken)
        finally:
            store.close()
        _shoot_wizard(Path(tmp) / "fresh", folder, taken)
    return taken


def _shoot_dialogs(store: Store, folder: Path, taken: list[Path]) -> None:
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
    actor = accounts.sign_in(store, username, password, counters[0].id if counters else None)
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


def _shoot_wizard(data_dir: Path, folder: Path, taken: list[Path]) -> None:
    from kelurahan_desk.ui.first_run_wizard import FirstRunWizard

    store = Store.open(data_dir)
    try:
        wizard = FirstRunWizard(store)
        wizard.resize(900, 640)
        wizard.show()
        page = 1
        while True:
            _save(wizard, folder / f"first-run-{page}.png", taken)
            if wizard.nextId() == -1:
                break
            wizard.next()
            page += 1
        wizard.close()
    finally:
        store.close()
