"""The parts of the display board: loket tiles, last calls, waiting counts, header, marquee."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QElapsedTimer,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kelurahan_desk.services.queue_views import BoardCall

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")

# Light on near-black: every pair here is above 7:1 contrast, readable across a room.
BACKGROUND = QColor("#061419")
PANEL = QColor("#0e2a33")
BAND = QColor("#1d5862")
TEXT = QColor("#ffffff")
SOFT = QColor("#a8dde3")
EMPTY = QColor("#5f858d")
ACCENT = QColor("#ffc83d")
ON_ACCENT = QColor("#10181c")
WARN = QColor("#ff8a80")
FONT_FAMILIES = ["Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial"]
WIDEST_CODE = "W-888"  # every tile fits this, so all numbers get the same size
FLASH_MS = 6000
BLINK_MS = 450


def format_board_clock(moment: datetime) -> str:
    """``"Senin, 30 November 2026 · 09:14"``; Indonesian names whatever the system locale."""
    return (f"{DAYS[moment.weekday()]}, {moment.day} {MONTHS[moment.month - 1]} "
            f"{moment.year} · {moment:%H:%M}")


def _font(px: float, bold: bool = True) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(max(1, int(px)))
    font.setBold(bold)
    return font


def _fitted(texts: tuple[str, ...], rect: QRectF, bold: bool = True, fill: float = 0.8) -> QFont:
    """The biggest font that fits each of ``texts`` in ``rect`` on one line."""
    metrics = QFontMetricsF(_font(100, bold))
    widest = max(metrics.horizontalAdvance(t) for t in texts) or 1.0
    return _font(min(rect.height() * fill, 100 * rect.width() / widest), bold)


def _draw(painter: QPainter, rect: QRectF, text: str, color: QColor,
          align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft, bold: bool = True,
          fill: float = 0.8, fit: tuple[str, ...] = ()) -> None:
    painter.setFont(_fitted((text, *fit), rect, bold, fill))
    painter.setPen(color)
    painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), text)


class _Painted(QWidget):
    """A widget that draws itself and takes whatever share of the board its layout gives."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRectF(self.contentsRect()))
        painter.end()

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        raise NotImplementedError


class CounterTile(_Painted):
    """One loket: its name on a band, and the number it serves in the biggest type that fits."""

    def __init__(self, number: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self._name = name
        self._code: str | None = None
        self._latest = False
        self._blinks_left = 0
        self._blink = QTimer(self)
        self._blink.setInterval(BLINK_MS)
        self._blink.timeout.connect(self._on_blink_timeout)

    def code(self) -> str | None:
        return self._code

    def name(self) -> str:
        return self._name

    def is_latest(self) -> bool:
        return self._latest

    def is_flashing(self) -> bool:
        return self._blink.isActive()

    def set_state(self, name: str, code: str | None, latest: bool) -> None:
        if (name, code, latest) != (self._name, self._code, self._latest):
            self._name, self._code, self._latest = name, code, latest
            self.update()

    def flash(self, duration_ms: int = FLASH_MS) -> None:
        self._blinks_left = max(2, duration_ms // BLINK_MS) // 2 * 2  # lit, dark, …, dark
        self._blink.start()
        self.update()

    @Slot()
    def _on_blink_timeout(self) -> None:
        self._blinks_left -= 1
        if self._blinks_left <= 0:
            self._blink.stop()
        self.update()

    @staticmethod
    def areas(rect: QRectF) -> tuple[QRectF, QRectF]:
        """(name band, number area) of a tile of this size."""
        pad = max(4.0, rect.height() * 0.05)
        band = QRectF(rect.left(), rect.top(), rect.width(), rect.height() * 0.24)
        number = QRectF(rect.left() + 2 * pad, band.bottom() + pad / 2,
                        rect.width() - 4 * pad, rect.bottom() - band.bottom() - pad)
        return band, number

    @classmethod
    def number_px_for(cls, size: QSize) -> int:
        return _fitted((WIDEST_CODE,), cls.areas(QRectF(0, 0, size.width(),
                                                        size.height()))[1]).pixelSize()

    def number_pixel_size(self) -> int:
        """The pixel size of the served number at the tile's current size."""
        return self.number_px_for(self.size())

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        lit = self.is_flashing() and self._blinks_left % 2 == 0  # starts lit
        edge = max(3.0, rect.height() * 0.025)
        radius = rect.height() * 0.05
        inner = rect.adjusted(edge, edge, -edge, -edge)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ACCENT if self._latest or self.is_flashing() else BAND)
        painter.drawRoundedRect(rect, radius, radius)
        painter.setBrush(ACCENT if lit else PANEL)
        painter.drawRoundedRect(inner, radius * 0.8, radius * 0.8)
        band, number = self.areas(inner)
        painter.setBrush(ON_ACCENT if lit else BAND)
        painter.drawRoundedRect(band, radius * 0.8, radius * 0.8)
        painter.drawRect(band.adjusted(0, band.height() / 2, 0, 0))
        _draw(painter, band.adjusted(band.height() * 0.4, 0, -band.height() * 0.4, 0),
              self._name.upper(), TEXT, Qt.AlignmentFlag.AlignHCenter, fill=0.62)
        code = self._code or "—"
        colour = ON_ACCENT if lit else (TEXT if self._code else EMPTY)
        _draw(painter, number, code, colour, Qt.AlignmentFlag.AlignHCenter, fit=(WIDEST_CODE,))


class TileArea(QWidget):
    """Places one tile per loket in the grid that gives the numbers the biggest type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.tiles: dict[int, CounterTile] = {}

    def set_counters(self, names: dict[int, str]) -> None:
        if sorted(names) == sorted(self.tiles):
            return
        for tile in self.tiles.values():
            tile.deleteLater()
        self.tiles = {n: CounterTile(n, names[n], self) for n in sorted(names)}
        for tile in self.tiles.values():
            tile.show()
        self._arrange()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange()

    def _arrange(self) -> None:
        count = len(self.tiles)
        if not count:
            return
        gap = max(6, self.height() // 40)

        def tile_size(cols: int) -> QSize:
            rows = -(-count // cols)
            return QSize((self.width() - gap * (cols - 1)) // cols,
                         (self.height() - gap * (rows - 1)) // rows)

        cols = max(range(1, count + 1), key=lambda c: CounterTile.number_px_for(tile_size(c)))
        size = tile_size(cols)
        for i, tile in enumerate(self.tiles.values()):
            row, col = divmod(i, cols)
            tile.setGeometry(col * (size.width() + gap), row * (size.height() + gap),
                             size.width(), size.height())


class RecentCallsModel(QAbstractListModel):
    """The last calls, newest first: one row per call (a recall is a row of its own)."""

    CODE_ROLE = Qt.ItemDataRole.UserRole + 1
    COUNTER_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._calls: list[BoardCall] = []

    def set_calls(self, calls: list[BoardCall]) -> None:
        if calls != self._calls:
            self.beginResetModel()
            self._calls = list(calls)
            self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt default argument
        return 0 if parent.isValid() else len(self._calls)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        call = self._calls[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{call.code} → {call.counter_name}"
        if role == self.CODE_ROLE:
            return call.code
        if role == self.COUNTER_ROLE:
            return call.counter_name
        return None


class _RecentDelegate(QStyledItemDelegate):
    """A recent call as the TV draws it: the code big and white, the loket beside it."""

    row_height = 60

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(option.rect.width(), self.row_height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        rect = QRectF(option.rect).adjusted(0, 3, 0, -3)
        newest = index.row() == 0
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ACCENT if newest else PANEL)
        painter.drawRoundedRect(rect, rect.height() * 0.12, rect.height() * 0.12)
        pad = rect.height() * 0.3
        left = QRectF(rect.left() + pad, rect.top(), rect.width() * 0.5 - pad, rect.height())
        right = QRectF(left.right(), rect.top(), rect.right() - pad - left.right(),
                       rect.height())
        _draw(painter, left, index.data(RecentCallsModel.CODE_ROLE),
              ON_ACCENT if newest else TEXT, fit=(WIDEST_CODE,))
        _draw(painter, right, index.data(RecentCallsModel.COUNTER_ROLE),
              ON_ACCENT if newest else SOFT, Qt.AlignmentFlag.AlignRight, fill=0.62,
              fit=("Loket 88",))
        painter.restore()


class RecentView(QListView):
    """The last calls, always exactly ``ROWS`` rows tall whatever the screen."""

    ROWS = 4

    def __init__(self, model: RecentCallsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row_painter = _RecentDelegate(self)
        self.setModel(model)
        self.setItemDelegate(self.row_painter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet("QListView { background: transparent; border: none; }")

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.row_painter.row_height = max(24, self.viewport().height() // self.ROWS)
        self.doItemsLayout()
        super().resizeEvent(event)


class BoardHeader(_Painted):
    """Office name on the left, date and time on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.subtitle = self.clock = self.alert = ""

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, BAND)
        pad = rect.height() * 0.18
        body = rect.adjusted(pad, pad * 0.6, -pad, -pad * 0.6)
        split = body.left() + body.width() * 0.56
        top = QRectF(body.left(), body.top(), split - body.left(), body.height() * 0.6)
        _draw(painter, top, self.title.upper(), TEXT, fill=0.82)
        low = QRectF(top.left(), top.bottom(), top.width(), body.height() * 0.4)
        _draw(painter, low, self.alert or self.subtitle, WARN if self.alert else SOFT,
              bold=bool(self.alert), fill=0.8)
        date, _, time = self.clock.rpartition(" · ")
        clock = QRectF(split, body.top(), body.right() - split, body.height())
        time_box = QRectF(clock.right() - clock.width() * 0.3, clock.top(), clock.width() * 0.3,
                          clock.height())
        _draw(painter, time_box, time, ACCENT, Qt.AlignmentFlag.AlignRight, fill=0.92,
              fit=("88:88",))
        date_box = QRectF(clock.left(), clock.top(), time_box.left() - clock.left() - pad,
                          clock.height())
        _draw(painter, date_box, date, TEXT, Qt.AlignmentFlag.AlignRight, bold=False,
              fill=0.46, fit=("Minggu, 30 September 2026",))


class Caption(_Painted):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        _draw(painter, rect, self.text.upper(), SOFT, fill=0.7)


class WaitingList(_Painted):
    """How many wait for each service: a row per service letter, drawn like the call rows."""

    ROWS = 4  # rows get smaller only when an office has more services than this

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[str, int] = {}
        self.names: dict[str, str] = {}

    def set_counts(self, counts: dict[str, int], names: dict[str, str]) -> None:
        if (counts, names) != (self.counts, self.names):
            self.counts, self.names = dict(counts), dict(names)
            self.update()

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        prefixes = sorted(self.counts)
        step = rect.height() / max(self.ROWS, len(prefixes))
        names = tuple(self.names.get(p, "") for p in prefixes)
        for i, prefix in enumerate(prefixes):
            row = QRectF(rect.left(), rect.top() + i * step, rect.width(), step).adjusted(
                0, 3, 0, -3)
            h = row.height()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(PANEL)
            painter.drawRoundedRect(row, h * 0.12, h * 0.12)
            badge = QRectF(row.left(), row.top(), h * 1.1, h)
            painter.setBrush(BAND)
            painter.drawRoundedRect(badge, h * 0.12, h * 0.12)
            _draw(painter, badge, prefix, TEXT, Qt.AlignmentFlag.AlignHCenter, fill=0.75)
            pad = h * 0.3
            count = QRectF(row.right() - pad - h * 1.6, row.top(), h * 1.6, h)
            _draw(painter, count, str(self.counts[prefix]), ACCENT,
                  Qt.AlignmentFlag.AlignRight, fill=0.75, fit=("888",))
            name = QRectF(badge.right() + pad, row.top(), count.left() - badge.right() - pad,
                          h)
            _draw(painter, name, self.names.get(prefix, ""), TEXT, bold=False, fill=0.5,
                  fit=names)  # one size for every service


class Marquee(_Painted):
    """The running text line along the bottom, scrolling right to left without end."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self._offset = 0.0
        self._clock = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(30)
        self._tick.timeout.connect(self._on_tick_timeout)

    def showEvent(self, event: object) -> None:
        self._clock.start()
        self._tick.start()

    def hideEvent(self, event: object) -> None:
        self._tick.stop()  # no repainting for a board nobody sees

    @Slot()
    def _on_tick_timeout(self) -> None:
        self._offset += self._clock.restart() / 1000 * self.height() * 1.8  # px per second
        self.update()

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, ACCENT)
        font = _font(rect.height() * 0.55)
        painter.setFont(font)
        painter.setPen(ON_ACCENT)
        margin = rect.height() * 0.5
        cycle = QFontMetricsF(font).horizontalAdvance(self.text) + rect.width() * 0.3
        x = rect.left() + margin - self._offset % cycle  # starts readable, then scrolls
        while x < rect.right():
            painter.drawText(QRectF(x, rect.top(), cycle, rect.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             self.text)
            x += cycle
