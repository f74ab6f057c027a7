"""One counter on the console: its live picture with age, who is signed in, what it
serves and for how long, today's figures; clicking it asks for the enlarged view."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kelurahan_desk.services.inspection import Picture
from kelurahan_desk.services.inspection_overview import CounterOverview
from kelurahan_desk.ui.sidak.parts import (
    OFFLINE_AFTER,
    FiguresGrid,
    PictureView,
    age_text,
    duration_text,
)
from kelurahan_desk.ui.style import repolish, set_role

TILE_STYLE = """
QFrame#counter_tile { background: white; border: 1px solid #d5dbe0; border-radius: 8px; }
QFrame#counter_tile:hover { border: 1px solid #2f7d87; }
QLabel#tile_title { font-size: 14pt; font-weight: 600; color: #12343b; }
QLabel[live="yes"] { color: white; background: #1b6e3a; border-radius: 9px; padding: 1px 9px; }
QLabel[live="no"] { color: white; background: #7a838a; border-radius: 9px; padding: 1px 9px; }
"""


class LiveState:
    """Whether a counter's picture is live, stale (offline) or missing."""

    LIVE = "yes"
    OFFLINE = "no"


class CounterTile(QFrame):
    """A counter's tile.

    Signals: enlarge_requested(object) — the counter's id, when the tile is clicked or its
    "Perbesar" button pressed.
    """

    enlarge_requested = Signal(object)

    def __init__(self, counter_id: uuid.UUID, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter_id = counter_id
        self.setObjectName("counter_tile")
        self.setStyleSheet(TILE_STYLE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.picture: Picture | None = None
        self.overview: CounterOverview | None = None
        self._running = False

        self.title = QLabel(name)
        self.title.setObjectName("tile_title")
        self.live = QLabel()
        self.live.setObjectName("live_badge")
        self.age = QLabel()
        self.age.setObjectName("picture_age")
        set_role(self.age, "muted")
        enlarge = QPushButton(self.tr("Perbesar"))
        enlarge.setObjectName("enlarge_button")
        enlarge.clicked.connect(self._on_enlarge_clicked)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.live)
        head.addStretch(1)
        head.addWidget(self.age)
        head.addWidget(enlarge)

        self.view = PictureView(QSize(320, 200))
        self.signed_in = QLabel()
        self.signed_in.setObjectName("signed_in")
        self.serving = QLabel()
        self.serving.setObjectName("serving")
        self.figures = FiguresGrid()

        column = QVBoxLayout(self)
        column.setContentsMargins(12, 10, 12, 12)
        column.setSpacing(6)
        column.addLayout(head)
        column.addWidget(self.view, 1)
        column.addWidget(self.signed_in)
        column.addWidget(self.serving)
        column.addLayout(self.figures)
        self.set_running(False)

    # --- what the console tells it --------------------------------------------------------

    def set_running(self, running: bool) -> None:
        self._running = running
        self.refresh(datetime.now(UTC))

    def set_overview(self, overview: CounterOverview) -> None:
        self.overview = overview
        self.title.setText(overview.name)
        self.figures.show_figures(overview.figures)
        self.refresh(datetime.now(UTC))

    def set_picture(self, picture: Picture | None, image: QImage | None) -> None:
        """A new picture (``image`` decoded), or ``None``: the counter has none."""
        self.picture = picture
        if picture is None or image is not None:
            self.view.set_image(image)
        self.refresh(datetime.now(UTC))

    def is_live(self) -> bool:
        return bool(self.live.property("live") == LiveState.LIVE)

    def refresh(self, now: datetime) -> None:
        """Ages and durations as of ``now`` (the console calls this every second)."""
        picture = self.picture
        fresh = picture is not None and now - picture.taken_at <= OFFLINE_AFTER
        self.view.set_stale(picture is not None and not fresh)
        if picture is None:
            self.view.placeholder = (
                self.tr("Offline — program loket tidak berjalan atau belum mengirim gambar.")
                if self._running else self.tr("Mulai sidak untuk melihat layar loket ini."))
            self.view.update()
        self._set_live(fresh)
        self.live.setVisible(self._running or picture is not None)
        self.age.setText(self.tr("gambar {age}").format(age=age_text(now - picture.taken_at))
                         if picture is not None else "")
        overview = self.overview
        who = overview.signed_in.full_name if overview and overview.signed_in else None
        if fresh and picture is not None:
            who = picture.full_name  # what the window itself says, this second
        self.signed_in.setText(self.tr("Petugas: {name}").format(name=who) if who
                               else self.tr("Petugas: tidak ada yang masuk"))
        serving = overview.serving if overview else None
        if serving is not None:
            self.serving.setText(self.tr("Melayani {code} ({service}) · {length}").format(
                code=serving.code, service=serving.service_name,
                length=duration_text(now - serving.since)))
        else:
            self.serving.setText(self.tr("Tidak sedang melayani"))

    def _set_live(self, live: bool) -> None:
        self.live.setText(self.tr("● Langsung") if live else self.tr("● Offline"))
        self.live.setProperty("live", LiveState.LIVE if live else LiveState.OFFLINE)
        repolish(self.live)

    # --- clicks -----------------------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.enlarge_requested.emit(self.counter_id)
        super().mouseReleaseEvent(event)

    @Slot()
    def _on_enlarge_clicked(self) -> None:
        self.enlarge_requested.emit(self.counter_id)
