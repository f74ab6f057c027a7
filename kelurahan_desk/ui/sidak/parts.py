"""Small parts the sidak console shares: a picture that keeps its proportions, how ages,
durations and minutes read, and the figures block of a counter."""

from __future__ import annotations

from datetime import datetime, timedelta

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from kelurahan_desk.domain.queue_metrics import Stats
from kelurahan_desk.services.inspection_overview import CounterFigures
from kelurahan_desk.ui.style import set_role

translate = QCoreApplication.translate  # bare name: lupdate finds translate("ctx", "text")

# A picture older than this means the counter's program stopped publishing (it publishes
# every 1.5 s; three missed pictures are not a slow disk any more).
OFFLINE_AFTER = timedelta(seconds=6)


def alive(obj: QObject) -> bool:
    """Whether a widget still exists: a worker's answer may come after its window closed."""
    return bool(shiboken6.isValid(obj))


def age_text(age: timedelta) -> str:
    seconds = max(0, int(age.total_seconds()))
    if seconds < 60:
        return translate("SidakParts", "{n} dtk lalu").format(n=seconds)
    if seconds < 3600:
        return translate("SidakParts", "{n} mnt lalu").format(n=seconds // 60)
    return translate("SidakParts", "{h} jam {m} mnt lalu").format(
        h=seconds // 3600, m=seconds % 3600 // 60)


def duration_text(length: timedelta) -> str:
    seconds = max(0, int(length.total_seconds()))
    if seconds < 3600:
        return translate("SidakParts", "{m} mnt {s} dtk").format(m=seconds // 60, s=seconds % 60)
    return translate("SidakParts", "{h} jam {m} mnt").format(
        h=seconds // 3600, m=seconds % 3600 // 60)


def minutes_text(value: float | None) -> str:
    """Minutes with a decimal comma, as the queue report writes them; "–" when none."""
    return "–" if value is None else f"{value:.1f}".replace(".", ",")


def stats_text(stats: Stats) -> str:
    if stats.count == 0:
        return translate("SidakParts", "–")
    return translate("SidakParts", "{median} / {p90} mnt").format(
        median=minutes_text(stats.median), p90=minutes_text(stats.p90))


class PictureView(QWidget):
    """A counter's window picture, scaled to fit with its proportions; dimmed when stale.

    With no picture it shows ``placeholder`` centred on a grey panel.
    """

    def __init__(self, minimum: QSize, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap: QPixmap | None = None
        self._stale = False
        self.placeholder = ""
        self.setMinimumSize(minimum)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_image(self, image: QImage | None) -> None:
        self._pixmap = QPixmap.fromImage(image) if image is not None else None
        self.update()

    def set_stale(self, stale: bool) -> None:
        if stale != self._stale:
            self._stale = stale
            self.update()

    def has_picture(self) -> bool:
        return self._pixmap is not None

    def is_stale(self) -> bool:
        return self._stale

    def picture_size(self) -> QSize:
        return self._pixmap.size() if self._pixmap is not None else QSize()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), QColor("#e9edf0"))
        if self._pixmap is None:
            painter.setPen(QColor("#5b6770"))
            painter.drawText(self.rect().adjusted(12, 12, -12, -12),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.placeholder)
            painter.end()
            return
        size = self._pixmap.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - size.width()) / 2
        y = (self.height() - size.height()) / 2
        target = QRectF(x, y, size.width(), size.height())
        painter.drawPixmap(target, self._pixmap, QRectF(self._pixmap.rect()))
        painter.setPen(QColor("#9aa7b0"))
        painter.drawRect(target.adjusted(0, 0, -1, -1))
        if self._stale:
            painter.fillRect(target, QColor(40, 40, 40, 150))
        painter.end()


class FiguresGrid(QGridLayout):
    """Today's figures of one counter, caption beside value, in two columns."""

    KEYS = ("served", "no_shows", "waiting", "service", "requests", "printed", "spoiled")

    def __init__(self) -> None:
        super().__init__()
        self.setHorizontalSpacing(10)
        self.setVerticalSpacing(1)
        captions = {
            "served": translate("SidakParts", "Selesai"),
            "no_shows": translate("SidakParts", "Tidak hadir"),
            "waiting": translate("SidakParts", "Tunggu (median / p90)"),
            "service": translate("SidakParts", "Layanan (median / p90)"),
            "requests": translate("SidakParts", "Permohonan akta"),
            "printed": translate("SidakParts", "KTP-el dicetak"),
            "spoiled": translate("SidakParts", "Kartu rusak"),
        }
        self.values: dict[str, QLabel] = {}
        for i, key in enumerate(self.KEYS):
            caption = QLabel(captions[key])
            set_role(caption, "muted")
            value = QLabel("–")
            value.setObjectName(f"figure_{key}")
            row, column = (i, 0) if i < 4 else (i - 4, 2)
            self.addWidget(caption, row, column)
            self.addWidget(value, row, column + 1)
            self.values[key] = value
        self.setColumnStretch(1, 1)
        self.setColumnStretch(3, 1)

    def show_figures(self, f: CounterFigures) -> None:
        texts = {
            "served": str(f.served), "no_shows": str(f.no_shows),
            "waiting": stats_text(f.waiting), "service": stats_text(f.service),
            "requests": str(f.requests_registered), "printed": str(f.cards_printed),
            "spoiled": str(f.cards_spoiled),
        }
        for key, text in texts.items():
            self.values[key].setText(text)


def local_clock(moment: datetime, zone_key: str) -> str:
    from zoneinfo import ZoneInfo

    return f"{moment.astimezone(ZoneInfo(zone_key)):%H.%M.%S}"
