"""GUI fixtures: a demo office on a real temporary store, its people, signed-in windows,
and pages shown alone."""

import pytest

from kelurahan_desk.services import accounts, office
from kelurahan_desk.services.demo import DEMO_LOGINS
from kelurahan_desk.store.database import Store
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.main_window import MainWindow
from kelurahan_desk.ui.style import apply_style

PASSWORDS = {login.username: login.password for login in DEMO_LOGINS}


@pytest.fixture(scope="session")
def styled_app(qapp):
    """The application with the desk's style, applied once: applying it again re-polishes
    every widget still alive, seconds per test."""
    apply_style(qapp)
    return qapp


@pytest.fixture
def demo_store(tmp_path, styled_app, _store_templates, copy_template):
    """The demo office, copied from the session's template (seeding it again for every
    test would hash the demo passwords and run every migration each time), on the real
    clock."""
    copy_template(_store_templates["demo"], tmp_path / "demo")
    store = Store.open(tmp_path / "demo")
    yield store
    store.close()


@pytest.fixture
def context_for(demo_store):
    def make(username: str) -> DeskContext:
        counter = office.list_counters(demo_store)[0]
        actor = accounts.sign_in(demo_store, username, PASSWORDS[username], counter.id)
        info = office.get_office(demo_store)
        return DeskContext(demo_store, actor, info)

    return make


@pytest.fixture
def operator(context_for):
    return context_for("operator").actor


@pytest.fixture
def supervisor(context_for):
    return context_for("supervisor").actor


@pytest.fixture
def window_for(qtbot, context_for):
    """A signed-in main window at 1280×800, shown and active."""

    def make(username: str = "operator") -> MainWindow:
        window = MainWindow(context_for(username), idle_minutes=60)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    return make


@pytest.fixture
def shown(qtbot):
    """``shown(page)``: a page alone at 1050×720 (a whole main window takes seconds to
    build), shown, and held for the test: qtbot holds widgets weakly."""
    held = []

    def show(page):
        held.append(page)
        qtbot.addWidget(page)
        page.resize(1050, 720)
        page.show()
        return page

    return show
