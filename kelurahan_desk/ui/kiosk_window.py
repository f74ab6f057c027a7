"""The kiosk at the entrance: citizens touch a service and take a queue number."""

from __future__ import annotations

import logging
import math
import time
import uuid
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.domain.queue import PRIORITY_LABELS, Priority
from kelurahan_desk.services import office, queue, queue_views
from kelurahan_desk.services.errors import ServiceError
from kelurahan_desk.services.queue import IssuedTicket
from kelurahan_desk.services.queue_views import KioskService
from kelurahan_desk.store.database import Store
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.kiosk_parts import (
    MIN_DENSITY,
    ServiceButton,
    TapPage,
    as_sentence,
    code_px,
    grid_shape,
    kiosk_label,
    kiosk_stylesheet,
    scale_for,
)
from kelurahan_desk.ui.style import set_role

log = logging.getLogger(__name__)

Printer = Callable[[IssuedTicket], None]

CONFIRM_MS = 6000
REFRESH_MS = 5000
DOUBLE_TAP_MS = 1500
PRIORITY_IDLE_MS = 60_000  # a priority left chosen by someone who walked away expires
PRINT_FAILED_FACTOR = 3  # the citizen needs time to write the number down


class KioskWindow(QWidget):
    """Touch-first: choose a priority (optional), touch a service, see the number.

    Signals:
        ticket_issued(IssuedTicket): a number was taken (before it is printed).
    """

    ticket_issued = Signal(object)

    def __init__(
        self,
        store: Store,
        printer: Printer,
        parent: QWidget | None = None,
        *,
        confirm_ms: int = CONFIRM_MS,
        refresh_ms: int = REFRESH_MS,
        double_tap_ms: int = DOUBLE_TAP_MS,
        priority_idle_ms: int = PRIORITY_IDLE_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk")
        self.setWindowTitle(self.tr("Ambil nomor antrean"))
        self._base_density = 1.0
        self._look = (1.0, 1.0, code_px(1080))
        self.setStyleSheet(kiosk_stylesheet(*self._look))
        self._store = store
        self._printer = printer
        self._confirm_ms = confirm_ms
        self._double_tap_s = double_tap_ms / 1000
        self._guard_until = 0.0
        self._priority: Priority | None = None
        self._overview: list[KioskService] = []
        self._shown: IssuedTicket | None = None
        self._to_print: list[IssuedTicket] = []
        info = office.get_office(store)
        self._zone = ZoneInfo(info.timezone) if info else None
        self.service_buttons: dict[uuid.UUID, ServiceButton] = {}
        self.priority_buttons: dict[Priority, QPushButton] = {}

        self.pages = QStackedWidget()
        self.start_page = self._build_start(info.name if info else "")
        self.ticket_page = self._build_ticket_page()
        self.refusal_page = self._build_refusal_page()
        for page in (self.start_page, self.ticket_page, self.refusal_page):
            self.pages.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

        self._back_timer = QTimer(self)
        self._back_timer.setSingleShot(True)
        self._back_timer.timeout.connect(self._on_back_timer_timeout)
        self._priority_timer = QTimer(self)
        self._priority_timer.setSingleShot(True)
        self._priority_timer.setInterval(priority_idle_ms)
        self._priority_timer.timeout.connect(self._on_priority_timer_timeout)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(refresh_ms)
        self._refresh_timer.timeout.connect(self.refresh)
        self._refresh_timer.start()
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(1000)
        self._clock_timer.timeout.connect(self._on_clock_timer_timeout)
        self._clock_timer.start()
        self._on_clock_timer_timeout()
        self.refresh()

    # --- building ------------------------------------------------------------------

    def _build_start(self, office_name: str) -> QFrame:
        page = QFrame()
        page.setObjectName("start_page")
        header = QFrame()
        header.setObjectName("kiosk_header")
        welcome = (self.tr("Selamat datang di Kantor Kelurahan {name}").format(name=office_name)
                   if office_name else self.tr("Selamat datang"))
        self.welcome_label = kiosk_label("welcome", welcome)
        instruction = kiosk_label("instruction", self.tr(
            "Silakan sentuh layanan yang Anda perlukan."))
        self.clock_label = kiosk_label("clock", wrap=False)
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.date_label = kiosk_label("date", wrap=False)
        self.date_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        words = QVBoxLayout()
        words.addWidget(self.welcome_label)
        words.addWidget(instruction)
        when = QVBoxLayout()
        when.setSpacing(0)
        when.addWidget(self.clock_label)
        when.addWidget(self.date_label)
        top = QHBoxLayout(header)
        top.setContentsMargins(40, 18, 40, 18)
        top.setSpacing(32)
        top.addLayout(words, 1)
        top.addLayout(when)

        caption = kiosk_label("priority_caption", self.tr("Prioritas:"), wrap=False)
        priority_row = QHBoxLayout()
        priority_row.setSpacing(18)
        priority_row.addWidget(caption)
        for priority, template in PRIORITY_LABELS.items():
            button = QPushButton(translated(template))
            button.setObjectName(f"priority_{priority.value}")
            button.setCheckable(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            set_role(button, "kiosk-priority")
            button.clicked.connect(self._on_priority_clicked)
            self.priority_buttons[priority] = button
            priority_row.addWidget(button)
        priority_row.addStretch(1)
        self.priority_hint = kiosk_label("priority_hint", self.tr(
            "Bila berhak didahulukan, sentuh pilihan Anda dulu, lalu sentuh layanan."))

        self.service_grid = QGridLayout()
        self.service_grid.setSpacing(24)
        footer = kiosk_label("footer", self.tr("Perlu bantuan? Silakan tanyakan kepada petugas."))
        footer.setAlignment(Qt.AlignmentFlag.AlignCenter)

        body = QVBoxLayout()
        body.setContentsMargins(40, 20, 40, 16)
        body.setSpacing(14)
        body.addLayout(priority_row)
        body.addWidget(self.priority_hint)
        body.addSpacing(6)
        body.addLayout(self.service_grid, 1)
        body.addWidget(footer)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(header)
        column.addLayout(body, 1)
        return page

    def _back_button(self) -> QPushButton:
        button = QPushButton(self.tr("Kembali"))
        button.setObjectName("back_button")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        set_role(button, "kiosk-back")
        button.clicked.connect(self._on_page_tapped)
        return button

    def _build_ticket_page(self) -> TapPage:
        page = TapPage()
        page.setObjectName("ticket_page")
        page.tapped.connect(self._on_page_tapped)
        heading = kiosk_label("ticket_heading", self.tr("Nomor antrean Anda"))
        self.ticket_code_label = kiosk_label("ticket_code", wrap=False)
        self.ticket_service_label = kiosk_label("ticket_service")
        self.ticket_priority_label = kiosk_label("ticket_priority", wrap=False)
        self.people_ahead_label = kiosk_label("people_ahead")
        self.print_status_label = kiosk_label("print_status")
        # The failure box is a frame around the label: a word-wrapped QLabel with its own
        # padding and border reports too small a height and gets its last line cut.
        self.print_box = QFrame()
        self.print_box.setObjectName("print_box")
        box = QVBoxLayout(self.print_box)
        box.setContentsMargins(28, 14, 28, 14)
        box.addWidget(self.print_status_label)
        column = QVBoxLayout(page)
        column.setContentsMargins(60, 30, 60, 30)
        column.setSpacing(12)
        column.addStretch(1)
        for widget in (heading, self.ticket_code_label, self.ticket_service_label,
                       self.ticket_priority_label, self.people_ahead_label):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            # Full width: a wrapped label squeezed to its hint would be cut off.
            column.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter
                             if widget is self.ticket_priority_label else Qt.AlignmentFlag(0))
        self.print_status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.print_box)
        column.addSpacing(8)
        column.addWidget(self._back_button(), 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        return page

    def _build_refusal_page(self) -> TapPage:
        page = TapPage()
        page.setObjectName("refusal_page")
        page.tapped.connect(self._on_page_tapped)
        heading = kiosk_label("refusal_heading", self.tr("Maaf, nomor antrean tidak dapat diambil"))
        self.refusal_service_label = kiosk_label("refusal_service")
        self.refusal_label = kiosk_label("refusal_reason")
        advice = kiosk_label("refusal_advice", self.tr(
            "Silakan pilih layanan lain atau tanyakan kepada petugas."))
        column = QVBoxLayout(page)
        column.setContentsMargins(80, 40, 80, 40)
        column.setSpacing(22)
        column.addStretch(1)
        for widget in (heading, self.refusal_service_label, self.refusal_label, advice):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(widget)
        column.addWidget(self._back_button(), 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        return page

    # --- what tests and the composition root drive ----------------------------------

    @property
    def priority(self) -> Priority | None:
        return self._priority

    def current_screen_name(self) -> str:
        """``start``, ``ticket`` (a number was just taken) or ``refusal``."""
        return ("start", "ticket", "refusal")[self.pages.currentIndex()]

    @Slot()
    def refresh(self) -> None:
        """Fetch the services and their waiting counts; rebuild if the services changed."""
        overview = queue_views.kiosk_overview(self._store)
        if [k.service.id for k in overview] != [k.service.id for k in self._overview]:
            self._rebuild_buttons(overview)
        self._overview = overview
        for entry in overview:
            service = entry.service
            status = (translated(entry.refusal) if entry.refusal is not None
                      else self.tr("Menunggu: {count} orang").format(count=entry.waiting))
            self.service_buttons[service.id].show_service(
                service.prefix, service.name, status, entry.refusal is not None)

    def set_priority(self, priority: Priority | None) -> None:
        """Choose who is served first (at most one reason), or none."""
        self._priority = priority
        for key, button in self.priority_buttons.items():
            button.setChecked(key == priority)
            button.setText(("✓ " if key == priority else "") + translated(PRIORITY_LABELS[key]))
        if priority is None:
            self._priority_timer.stop()
        else:
            self._priority_timer.start()

    def choose_service(self, service_id: uuid.UUID) -> IssuedTicket | None:
        """The citizen touched a service: take a number, or say plainly why not.

        A touch within the double-tap time of the previous one is ignored (citizens
        double-tap; two numbers would be taken). Returns the ticket, or ``None``.
        """
        if time.monotonic() < self._guard_until:
            return None
        self._hold_taps()
        try:
            # The service decides, not the last overview: it may be up to a refresh old.
            issued = queue.issue_ticket(self._store, service_id, self._priority)
        except ServiceError as exc:
            self._show_refusal(service_id, translated(exc.message))
            self.refresh()
            return None
        except Exception:  # nothing was issued; an unattended screen must still answer
            log.exception("issuing a ticket failed")
            self._show_refusal(service_id, self.tr(
                "Maaf, terjadi gangguan. Silakan coba sekali lagi."))
            return None
        self.set_priority(None)
        self._show_ticket(issued)
        self.refresh()
        self.ticket_issued.emit(issued)
        self._to_print.append(issued)
        # Printing may take a moment: the number is on screen first.
        QTimer.singleShot(0, self._on_print_due)
        return issued

    def back_to_start(self) -> None:
        self._back_timer.stop()
        self._shown = None
        self.pages.setCurrentWidget(self.start_page)
        self.refresh()

    # --- showing ---------------------------------------------------------------------

    def _hold_taps(self) -> None:
        self._guard_until = time.monotonic() + self._double_tap_s

    def _rebuild_buttons(self, overview: list[KioskService]) -> None:
        for button in self.service_buttons.values():
            self.service_grid.removeWidget(button)
            button.deleteLater()
        self.service_buttons.clear()
        columns, self._base_density = grid_shape(len(overview))
        self._restyle(density=self._base_density)
        rows = max(1, math.ceil(len(overview) / columns))
        for index, entry in enumerate(overview):
            button = ServiceButton(entry.service.id)
            button.setObjectName(f"service_{entry.service.prefix}")
            button.clicked.connect(self._on_service_clicked)
            button.crowded.connect(self._on_service_crowded, Qt.ConnectionType.QueuedConnection)
            self.service_buttons[entry.service.id] = button
            self.service_grid.addWidget(button, index // columns, index % columns)
        for row in range(self.service_grid.rowCount()):
            self.service_grid.setRowStretch(row, 1 if row < rows else 0)
        for column in range(self.service_grid.columnCount()):
            self.service_grid.setColumnStretch(column, 1 if column < columns else 0)

    def _restyle(self, scale: float | None = None, density: float | None = None,
                 code_px: int | None = None) -> None:
        old_scale, old_density, old_code = self._look
        look = (old_scale if scale is None else scale,
                old_density if density is None else density,
                old_code if code_px is None else code_px)
        if look != self._look:  # restyling every widget is not free: only on a change
            self._look = look
            self.setStyleSheet(kiosk_stylesheet(*look))

    def _show_ticket(self, issued: IssuedTicket) -> None:
        ticket = issued.ticket
        self._shown = issued
        self.ticket_code_label.setText(ticket.code)
        self.ticket_service_label.setText(ticket.service_name)
        self.ticket_priority_label.setVisible(ticket.priority is not None)
        if ticket.priority is not None:
            self.ticket_priority_label.setText(self.tr("Prioritas: {reason}").format(
                reason=translated(PRIORITY_LABELS[ticket.priority])))
        self.people_ahead_label.setText(
            self.tr("Di depan Anda: {count} orang").format(count=issued.people_ahead))
        self.print_status_label.setText(self.tr("Karcis sedang dicetak…"))
        set_role(self.print_box, "")
        set_role(self.print_status_label, "")
        self.pages.setCurrentWidget(self.ticket_page)
        self._back_timer.start(self._confirm_ms)

    def _show_refusal(self, service_id: uuid.UUID, reason: str) -> None:
        entry = next((k for k in self._overview if k.service.id == service_id), None)
        self.refusal_service_label.setText(
            f"{entry.service.prefix} · {entry.service.name}" if entry else "")
        self.refusal_service_label.setVisible(entry is not None)
        self.refusal_label.setText(reason)
        self.pages.setCurrentWidget(self.refusal_page)
        self._back_timer.start(self._confirm_ms)

    def _print_failed(self, issued: IssuedTicket, exc: Exception) -> None:
        reason = translated(getattr(exc, "message", None) or str(exc) or type(exc).__name__)
        if self._shown is not issued:
            self._show_ticket(issued)  # the number must not vanish with the failure
        self.print_status_label.setText(self.tr(
            "Karcis tidak dapat dicetak: {reason} Nomor Anda: {code}. Silakan catat nomor ini."
        ).format(reason=as_sentence(reason), code=issued.ticket.code))
        set_role(self.print_box, "error")
        set_role(self.print_status_label, "error")
        self._back_timer.start(self._confirm_ms * PRINT_FAILED_FACTOR)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size = event.size()
        # A new size starts from the normal density; crowded buttons shrink it again.
        self._restyle(scale=scale_for(size.width(), size.height()),
                      density=self._base_density, code_px=code_px(size.height()))

    # --- slots -----------------------------------------------------------------------

    @Slot()
    def _on_service_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, ServiceButton):
            self.choose_service(button.service_id)

    @Slot()
    def _on_service_crowded(self) -> None:
        _scale, density, _code = self._look
        if not self.isVisible() or density <= MIN_DENSITY:
            return
        if any(not button.fits() for button in self.service_buttons.values()):
            self._restyle(density=max(MIN_DENSITY, round(density * 0.9, 3)))
            # The buttons may keep their size under smaller words: look again once laid out.
            QTimer.singleShot(0, self._on_service_crowded)

    @Slot(bool)
    def _on_priority_clicked(self, checked: bool) -> None:
        chosen = next(p for p, b in self.priority_buttons.items() if b is self.sender())
        self.set_priority(chosen if checked else None)

    @Slot()
    def _on_page_tapped(self) -> None:
        # The second tap of a double tap lands here; it must not hide the number at once.
        if time.monotonic() >= self._guard_until:
            self.back_to_start()

    @Slot()
    def _on_back_timer_timeout(self) -> None:
        self.back_to_start()

    @Slot()
    def _on_priority_timer_timeout(self) -> None:
        self.set_priority(None)

    @Slot()
    def _on_print_due(self) -> None:
        while self._to_print:
            issued = self._to_print.pop(0)
            try:
                self._printer(issued)
            except Exception as exc:  # any printer trouble: the ticket stays issued
                log.warning("ticket %s not printed: %s", issued.ticket.code, exc)
                self._print_failed(issued, exc)
            else:
                if self._shown is issued:
                    self.print_status_label.setText(self.tr("Silakan ambil karcis Anda."))
        # Taps queued while a slow printer blocked count from now, not from the touch.
        self._hold_taps()

    @Slot()
    def _on_clock_timer_timeout(self) -> None:
        now = self._store.clock()
        local = now.astimezone(self._zone) if self._zone else now.astimezone()
        self.clock_label.setText(f"{local:%H.%M}")
        self.date_label.setText(
            QLocale().toString(QDate(local.year, local.month, local.day), "dddd, d MMMM yyyy"))
