"""The main window on the 1280×800 screen it targets: every page fits under the offline
banner, and the status bar's sync text is whole (crowded, it gives way with "…" and keeps
its whole text in a tooltip)."""

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabWidget, QWidget

from kelurahan_desk.services.sync_status import SyncProblem, SyncStatus
from kelurahan_desk.ui.main_window import MainWindow

SCREEN = (1280, 800)
USERS = ["operator", "supervisor", "inspektur", "admin"]


def settle() -> None:
    """Let the posted layout requests run, as a shown window would."""
    for _ in range(3):
        QApplication.processEvents()


def offline(**changes) -> SyncStatus:
    """Eleven days without the centre, as the demo office is."""
    now = datetime.now(UTC)
    values = {"pending": 331, "oldest_pending": now - timedelta(days=11),
              "needs_attention": 0, "last_success": None, "offline_days": 11}
    values.update(changes)
    return SyncStatus(**values)


@pytest.fixture
def window_for(qtbot, context_for):
    def make(username: str) -> MainWindow:
        window = MainWindow(context_for(username), 30)
        qtbot.addWidget(window)
        window.resize(*SCREEN)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.mark.parametrize("username", USERS)
def test_every_page_fits_1280_by_800_under_the_banner(window_for, username):
    window = window_for(username)
    # The banner at its tallest in practice: a refusal that needs a person, and the days
    # offline, on two lines (three where the window is narrow).
    window.sync_bar.show_status(offline(problem=SyncProblem(
        "key_refused", "Pusat menolak kunci kantor ini. Minta kunci baru kepada admin.")))
    assert window.sync_bar.banner.isVisible()
    assert "\n" in window.sync_bar.banner.text()
    for key in window.page_keys:
        window.show_page(key)
        page = window.page(key)
        if key == "antrean":  # a refusal under the buttons takes a line (or two) more
            page.status.error("Nomor A-014 tidak ada di antrean hari ini. Periksa karcisnya "
                              "atau panggil berikutnya dengan F2.")
        for tabs in [None, *page.findChildren(QTabWidget)]:
            for index in range(tabs.count() if tabs else 1):
                if tabs is not None:
                    tabs.setCurrentIndex(index)
                settle()
                height = window.minimumSizeHint().height()
                assert height <= SCREEN[1], (key, index, page.minimumSizeHint().height())
    settle()
    assert window.height() == SCREEN[1]


def status_bar_widgets(window: MainWindow) -> list[QWidget]:
    """What the status bar says: its labels and buttons on screen."""
    bar = window.statusBar()
    found = bar.findChildren(QLabel) + bar.findChildren(QAbstractButton)
    return [widget for widget in found if widget.isVisible()]


YESTERDAY = datetime.now(UTC) - timedelta(days=1)
BUSY = [
    offline(),  # the demo: the centre not set up yet, eleven days of records waiting
    offline(configured=True, last_success=YESTERDAY, offline_days=None,
            oldest_pending=YESTERDAY, pending=1234,
            problem=SyncProblem("unreachable", "Pusat tidak dapat dihubungi")),
]


@pytest.mark.parametrize("username", ["operator", "supervisor"])
@pytest.mark.parametrize("status", BUSY, ids=["not-set-up", "failing-since-yesterday"])
def test_the_status_bar_says_it_all_at_1280(window_for, username, status):
    window = window_for(username)
    window.sync_bar.show_status(status)
    settle()
    bar = window.sync_bar
    for widget in status_bar_widgets(window):  # none squeezed, none cut off
        assert widget.width() >= widget.sizeHint().width(), widget.objectName()
    assert not bar.pending_label.is_elided(), bar.pending_label.text()
    assert "tertua" in bar.pending_label.text()
    assert bar.pending_label.toolTip() == ""  # nothing hidden: nothing to repeat


def test_a_crowded_status_bar_elides_the_backlog_and_tells_it_whole(window_for):
    window = window_for("supervisor")
    last_year = datetime(datetime.now(UTC).year - 1, 12, 30, 3, 0, tzinfo=UTC)
    window.sync_bar.show_status(offline(
        configured=True, last_success=last_year, oldest_pending=last_year, pending=123_456,
        needs_attention=12, problem=SyncProblem("unreachable", "Pusat tidak dapat dihubungi")))
    settle()
    bar = window.sync_bar
    assert bar.attention_button.isVisible()
    assert bar.pending_label.is_elided()
    assert bar.pending_label.toolTip().startswith(bar.pending_label.text())
    assert bar.pending_label.text().startswith("123456 menunggu dikirim (tertua")
    # Only the backlog gives way: the sync state, the attention count and the clock stay.
    for widget in status_bar_widgets(window):
        if widget is not bar.pending_label:
            assert widget.width() >= widget.sizeHint().width(), widget.objectName()
    assert window.width() == SCREEN[0]
