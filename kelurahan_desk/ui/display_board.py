"""The display board: a TV showing the number served at each loket, and calling it aloud."""

from __future__ import annotations

import sys
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.services import office, queue_services, queue_views
from kelurahan_desk.services.queue_views import BoardView
from kelurahan_desk.store.database import Store
from kelurahan_desk.ui.announcer import Announcer
from kelurahan_desk.ui.board_widgets import (
    BACKGROUND,
    FLASH_MS,
    BoardHeader,
    Caption,
    CounterTile,
    Marquee,
    RecentCallsModel,
    RecentView,
    TileArea,
    WaitingList,
    format_board_clock,
)


class DisplayBoard(QWidget):
    """The TV at the waiting room: serving numbers per loket, last calls, waiting counts.

    Polls the store every ``poll_ms`` on the GUI thread (two short reads: new calls, then
    the board view) and hands each new call to the ``Announcer``, which calls it aloud and
    asks for the loket's tile to flash. Calls made before the board started are shown but
    not announced.
    """

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        running_text: str | None = None,
        announcer: Announcer | None = None,
        poll_ms: int = 1000,
        flash_ms: int = FLASH_MS,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._flash_ms = flash_ms
        info = office.get_office(store)
        name = info.name if info else ""
        self._zone = ZoneInfo(info.timezone if info else "Asia/Jakarta")
        self._service_names: dict[str, str] = {}
        self._announced_counter: dict[str, int] = {}
        self._stale_since: datetime | None = None
        self.setWindowTitle(self.tr("Papan Antrean"))
        self.setCursor(Qt.CursorShape.BlankCursor)  # a TV has no use for a mouse pointer

        self._header = BoardHeader(self)
        self._header.title = self.tr("Kelurahan {name}").format(name=name)
        if info:
            self._header.subtitle = self.tr("Kecamatan {kecamatan} · {kota}").format(
                kecamatan=info.kecamatan, kota=info.kota)
        self._tiles = TileArea(self)
        self.recent_model = RecentCallsModel(self)
        self._recent_view = RecentView(self.recent_model, self)
        self._recent_caption = Caption(self.tr("Panggilan terakhir"), self)
        self._waiting_caption = Caption(self.tr("Antrean menunggu"), self)
        self._waiting = WaitingList(self)
        self._marquee = Marquee(running_text if running_text is not None else self.tr(
            "Selamat datang di Kantor Kelurahan {name}. Layanan akta kelahiran, akta "
            "kematian, dan KTP-el gratis. Ambil nomor antrean di anjungan dan perhatikan "
            "panggilan di layar ini.").format(name=name), self)

        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self._recent_caption, 7)
        side.addWidget(self._recent_view, 10 * RecentView.ROWS)
        side.addWidget(self._waiting_caption, 7)
        side.addWidget(self._waiting, 10 * WaitingList.ROWS)
        self._body = QHBoxLayout()
        self._body.addWidget(self._tiles, 62)
        self._body.addLayout(side, 38)
        self._main = QVBoxLayout(self)
        self._main.addWidget(self._header, 11)
        self._main.addLayout(self._body, 82)
        self._main.addWidget(self._marquee, 7)

        self.announcer = announcer if announcer is not None else Announcer(self)
        self.announcer.announcing.connect(self._on_announcer_announcing)
        self.announcer.flash_requested.connect(self._on_announcer_flash_requested)
        self._last_call_id = queue_views.last_call_id(store)  # earlier calls are not announced
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self._on_poll_timeout)
        self._poll.start()
        self.refresh()

    # --- for the command line and tests -----------------------------------------------

    def tile(self, counter_number: int) -> CounterTile:
        return self._tiles.tiles[counter_number]

    def tiles(self) -> dict[int, CounterTile]:
        return dict(self._tiles.tiles)

    def waiting_counts(self) -> dict[str, int]:
        return dict(self._waiting.counts)

    def clock_text(self) -> str:
        return self._header.clock

    def running_text(self) -> str:
        return self._marquee.text

    def is_stale(self) -> bool:
        return self._stale_since is not None

    @Slot()
    def refresh(self) -> None:
        """Read the store (new calls, then the board view): announce, then redraw."""
        now = datetime.now(self._zone)
        self._header.clock = format_board_clock(now)
        try:
            calls = queue_views.calls_since(self._store, self._last_call_id)
            view = queue_views.board_view(self._store, recent=RecentView.ROWS)
        except Exception as exc:  # a locked or vanished store: keep the last picture
            if self._stale_since is None:
                print(f"kelurahan-desk: display board cannot read the store: {exc}",
                      file=sys.stderr)
                self._stale_since = now
            if (now - self._stale_since).total_seconds() >= 5:
                self._header.alert = self.tr("⚠ Data belum diperbarui")
            self._header.update()
            return
        self._stale_since = None
        self._header.alert = ""
        self._header.update()
        for call in calls:
            self._last_call_id = call.call_id
            self.announcer.announce(call.code, call.counter_number)
        self._show(view)

    def _show(self, view: BoardView) -> None:
        self._tiles.set_counters(view.counter_names)
        latest = view.recent[0].counter_number if view.recent else None
        for number, tile in self._tiles.tiles.items():
            tile.set_state(view.counter_names[number], view.serving.get(number),
                           number == latest)
        self.recent_model.set_calls(view.recent)
        if set(view.waiting) - set(self._service_names):
            services = queue_services.list_services(self._store)
            self._service_names = {s.prefix: s.name for s in services}
        self._waiting.set_counts(view.waiting, self._service_names)

    # --- slots ------------------------------------------------------------------------

    @Slot()
    def _on_poll_timeout(self) -> None:
        self.refresh()

    @Slot(str, int, str)
    def _on_announcer_announcing(self, code: str, counter: int, text: str) -> None:
        self._announced_counter[code] = counter

    @Slot(str)
    def _on_announcer_flash_requested(self, code: str) -> None:
        tile = self._tiles.tiles.get(self._announced_counter.pop(code, -1)) or next(
            (t for t in self._tiles.tiles.values() if t.code() == code), None)
        if tile is not None:
            tile.flash(self._flash_ms)

    # --- looks ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        painter.end()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._poll.stop()  # a closed board neither reads the store nor calls anyone
        self.announcer.clear()
        super().closeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        unit = max(4, self.height() // 70)
        self._main.setContentsMargins(0, 0, 0, 0)
        self._main.setSpacing(unit)
        self._body.setContentsMargins(unit * 2, 0, unit * 2, 0)
        self._body.setSpacing(unit * 2)
        super().resizeEvent(event)


def show_on_screen(widget: QWidget, screen_index: int | None) -> QScreen:
    """Show ``widget`` full screen on screen ``screen_index`` (None: the primary screen).

    An index with no screen behind it warns on stderr and uses the primary screen.
    """
    screens = QGuiApplication.screens()
    screen = QGuiApplication.primaryScreen()
    if screen_index is not None:
        if 0 <= screen_index < len(screens):
            screen = screens[screen_index]
        else:
            print(f"kelurahan-desk: no screen {screen_index} (screens: 0..{len(screens) - 1});"
                  " using the primary screen", file=sys.stderr)
    widget.setScreen(screen)
    widget.setGeometry(screen.geometry())  # the window manager then maximises it there
    widget.showFullScreen()
    return screen
