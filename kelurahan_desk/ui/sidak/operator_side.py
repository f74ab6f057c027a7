"""What a sidak means for a window in the office: a banner everyone sees while it runs,
and, in a window signed in at a loket, its picture sent to the inspector's console."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kelurahan_desk.domain.roles import Role
from kelurahan_desk.domain.settings import zone_name
from kelurahan_desk.services.inspection import ActiveInspection, inspection_active
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.sidak.snapshot_publisher import SnapshotPublisher

POLL_MS = 2000  # one indexed read: whether an inspection runs

BANNER_STYLE = """
QLabel#sidak_banner { background: #b3261e; color: white; font-weight: 600;
                      padding: 7px 14px; font-size: 11.5pt; }
"""


class SidakWatch(QObject):
    """Polls whether a sidak runs; shows ``banner`` and publishes pictures while it does.

    Signals: changed(bool) — an inspection started (True) or ended (False).
    """

    changed = Signal(bool)

    def __init__(self, context: DeskContext, window: QWidget,
                 poll_ms: int = POLL_MS) -> None:
        super().__init__(window)
        self._context = context
        self.active: ActiveInspection | None = None
        self.banner = QLabel()
        self.banner.setObjectName("sidak_banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        actor = context.actor
        at_loket = actor.counter_id is not None and actor.role in (Role.OPERATOR,
                                                                    Role.SUPERVISOR)
        self.publisher = (SnapshotPublisher(window, context.store, lambda: self._context.actor)
                          if at_loket else None)
        if self.publisher is not None:
            self.publisher.published.connect(self._on_publisher_published)
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        # The inspector's own window needs no banner: they are the one looking.
        if actor.role is not Role.INSPECTOR:
            self._timer.start()
            self.check()

    def with_banner(self, body: QWidget) -> QWidget:
        """``body`` with the banner across its top."""
        outer = QWidget()
        column = QVBoxLayout(outer)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(body, 1)
        return outer

    def is_publishing(self) -> bool:
        return self.publisher is not None and self.publisher.is_active()

    def check(self) -> None:
        try:
            active = inspection_active(self._context.store)
        except Exception as exc:  # a locked store: keep the last state, try again soon
            print(f"kelurahan-desk: cannot check for a sidak: {exc}", file=sys.stderr)
            return
        self._show(active)

    def stop(self) -> None:
        self._timer.stop()
        if self.publisher is not None:
            self.publisher.stop()

    def _show(self, active: ActiveInspection | None) -> None:
        was = self.active is not None
        self.active = active
        if active is None:
            self.banner.hide()
            if self.publisher is not None:
                self.publisher.stop()
        else:
            zone = self._context.zone
            since = active.started_at.astimezone(zone)
            text = self.tr("Sidak sedang berlangsung sejak {time} {zone} oleh {names}.").format(
                time=f"{since:%H.%M}", zone=zone_name(zone, active.started_at),
                names=", ".join(active.inspectors))
            if self.publisher is not None:
                text += " " + self.tr("Tampilan layar ini terlihat di konsol inspektur.")
            self.banner.setText(text)
            self.banner.show()
            if self.publisher is not None:
                self.publisher.start()
        if was != (active is not None):
            self.changed.emit(active is not None)

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.check()

    @Slot(bool)
    def _on_publisher_published(self, written: bool) -> None:
        if not written:  # the inspection ended since the last check
            self.check()
