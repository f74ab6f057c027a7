"""Sync in the main window: the status bar's part, and a banner when something is wrong.

The status bar says when the desk last synced, how many records wait and how old the
oldest is, and (a button) how many the centre rejected; clicking it opens "Perlu
perhatian". The banner across the top of the window appears after the office's
``offline_warning_days`` without a successful sync, and whenever the centre refuses the
office as a whole (key refused, another office's key, quarantine, an untrusted
certificate): those need a person, not patience.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kelurahan_desk.services.sync_status import SyncStatus
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.style import set_role

# Problems a person must act on (sync.errors.ProblemKind values): shown in the banner.
_SERIOUS = frozenset({"key_refused", "wrong_office", "quarantined", "tls", "protocol"})


class ElidingLabel(QLabel):
    """A one-line label that gives way when the status bar is short of room: it shows as
    much of its text as fits, ending in "…", and then carries the whole text as its
    tooltip. ``text()`` is always the whole text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tooltip = ""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        # A few characters and the ellipsis: enough to see that something is there.
        margins = self.contentsMargins()
        least = margins.left() + margins.right() + self.fontMetrics().horizontalAdvance("0000…")
        return QSize(min(hint.width(), least), hint.height())

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._show_tooltip()

    def setToolTip(self, text: str) -> None:
        """``text`` is shown as the tooltip when the whole text is on screen; below the
        whole text when it is elided."""
        self._tooltip = text
        self._show_tooltip()

    def _show_tooltip(self) -> None:
        parts = [self.text()] if self.is_elided() else []
        if self._tooltip:
            parts.append(self._tooltip)
        super().setToolTip("\n".join(parts))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.is_elided():
            super().paintEvent(event)
            return
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                              rect.width())
        painter = QPainter(self)
        self.style().drawItemText(
            painter, rect, int(self.alignment()), self.palette(), self.isEnabled(), shown,
            self.foregroundRole())
        painter.end()


class SyncStatusBar(QWidget):
    """The status bar's sync part; ``banner`` goes on top of the window.

    Signals: attention_requested() — the needs-attention count was clicked;
    sync_requested() — the state was clicked ("sync now").
    """

    attention_requested = Signal()
    sync_requested = Signal()

    def __init__(self, zone: Callable[[], ZoneInfo], parent: QWidget | None = None) -> None:
        """``zone`` gives the office's time zone (it may change while the window is open)."""
        super().__init__(parent)
        self._zone = zone
        self.status: SyncStatus | None = None
        self.running = False
        self.state_button = QPushButton()
        self.state_button.setObjectName("sync_state")
        self.state_button.setFlat(True)
        self.state_button.setToolTip(self.tr("Klik untuk sinkronisasi sekarang"))
        # The first to give way when the bar is crowded (a long sync time, a needs-attention
        # count): elided with its whole text as tooltip rather than cut off mid-word.
        self.pending_label = ElidingLabel()
        self.pending_label.setObjectName("sync_pending")
        self.attention_button = QPushButton()
        self.attention_button.setObjectName("sync_attention")
        self.attention_button.setFlat(True)
        self.attention_button.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.state_button)
        row.addWidget(self.pending_label)
        row.addWidget(self.attention_button)
        self.banner = QLabel()
        self.banner.setObjectName("sync_banner")
        self.banner.setWordWrap(True)
        set_role(self.banner, "notice")
        self.banner.hide()
        self.state_button.clicked.connect(self._on_state_button_clicked)
        self.attention_button.clicked.connect(self._on_attention_button_clicked)

    @Slot()
    def _on_state_button_clicked(self) -> None:
        self.sync_requested.emit()

    @Slot()
    def _on_attention_button_clicked(self) -> None:
        self.attention_requested.emit()

    @Slot()
    def on_sync_started(self) -> None:
        self.running = True
        self.refresh()

    @Slot(object)
    def on_sync_finished(self, _report: object) -> None:
        self.running = False

    @Slot(object)
    def show_status(self, status: SyncStatus) -> None:
        self.status = status
        self.refresh()

    # --- texts -----------------------------------------------------------------------

    def age(self, since: datetime, now: datetime) -> str:
        minutes = max(0, int((now - since) / timedelta(minutes=1)))
        if minutes < 1:
            return self.tr("baru saja")
        if minutes < 60:
            return self.tr("{n} menit").format(n=minutes)
        if minutes < 48 * 60:
            return self.tr("{n} jam").format(n=minutes // 60)
        return self.tr("{n} hari").format(n=minutes // (24 * 60))

    def _moment(self, moment: datetime, now: datetime, short: bool = False) -> str:
        """The time alone today; else with the date, ``short`` without this year's year
        (the status bar has no room to spare at 1280 px)."""
        zone = self._zone()
        local, today = moment.astimezone(zone), now.astimezone(zone).date()
        if local.date() == today:
            return f"{local:%H.%M}"
        if short and local.year == today.year:
            return f"{local:%d-%m %H.%M}"
        return f"{local:%d-%m-%Y %H.%M}"

    def refresh(self, now: datetime | None = None) -> None:
        """Texts for the status as last shown, with ages as of ``now``."""
        status = self.status
        if status is None:
            return
        now = now or datetime.now(UTC)
        if self.running:
            state = self.tr("Sinkronisasi berjalan…")
        elif not status.configured:
            state = self.tr("Pusat belum diatur")
        elif status.last_success is None:
            state = self.tr("Belum pernah tersinkron")
        else:
            state = self.tr("Tersinkron {time}").format(
                time=self._moment(status.last_success, now, short=True))
        tip = [self.tr("Klik untuk sinkronisasi sekarang")]
        if status.problem is not None and not self.running:
            state += self.tr(" · gagal")
            tip.insert(0, translated(status.problem.message))
            if status.next_attempt is not None:
                tip.insert(1, self.tr("Dicoba lagi pukul {time}.").format(
                    time=self._moment(status.next_attempt, now)))
        self.state_button.setText(state)
        self.state_button.setToolTip("\n".join(tip))
        pending = self.tr("{count} menunggu dikirim").format(count=status.pending)
        if status.oldest_pending is not None:
            pending += self.tr(" (tertua {age})").format(
                age=self.age(status.oldest_pending, now))
        self.pending_label.setText(pending)
        self.attention_button.setText(self.tr("{count} perlu perhatian").format(
            count=status.needs_attention))
        self.attention_button.setVisible(status.needs_attention > 0)
        self._show_banner(status, now)

    def _show_banner(self, status: SyncStatus, now: datetime) -> None:
        lines = []
        if status.problem is not None and status.problem.kind in _SERIOUS:
            lines.append(translated(status.problem.message))
        if status.offline_days is not None:
            since = status.last_success
            lines.append(self.tr(
                "Sudah {days} hari belum tersinkron dengan pusat (sejak {since}). Data tetap "
                "tersimpan di komputer ini; periksa sambungan internet atau hubungi admin."
            ).format(days=status.offline_days,
                     since=self._moment(since, now) if since else self.tr("dipasang")))
        self.banner.setText("\n".join(lines))
        self.banner.setVisible(bool(lines))
