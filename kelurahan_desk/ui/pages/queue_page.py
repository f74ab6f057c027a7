"""Antrean at the loket: call, recall, hold, transfer, finish, with a key for each."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.domain.queue import PRIORITY_LABELS, Outcome
from kelurahan_desk.services import office, queue, queue_services, queue_views
from kelurahan_desk.services.errors import ServiceError
from kelurahan_desk.services.queue import TicketInfo, WorkLinks
from kelurahan_desk.services.queue_views import CounterView
from kelurahan_desk.ui.akta.dialogs import StartRequestDialog, akta_kind_of_ticket
from kelurahan_desk.ui.cards.questions import StartPrintJobDialog, is_ktp_ticket
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.ticket_list_model import TicketListModel
from kelurahan_desk.ui.page_parts import StatusLine, select_row, table_view
from kelurahan_desk.ui.style import set_role
from kelurahan_desk.ui.transfer_dialog import TransferDialog

REFRESH_MS = 2000


def _minutes(since: datetime | None, now: datetime) -> str:
    if since is None:
        return "—"
    total = max(0, int((now - since).total_seconds()))
    return f"{total // 60}:{total % 60:02d}"


class QueuePage(QWidget):
    """The operator's Antrean page. Shortcuts: F2 call next, F3 recall, F4 finish,
    F5 resume a held visitor, F6 hold, F7 transfer, F8 no-show, F9 cancel, F10 serve a
    late arrival again; a scanned ticket calls that ticket.

    Signals: akta_requested(object, object, str) — finishing an akta visit, the operator
    chose to start its request: (RequestKind, ticket id, ticket code).
    print_job_requested(object, str) — finishing a KTP-el visit, the operator chose to
    create its print job: (ticket id, ticket code).
    """

    akta_requested = Signal(object, object, str)
    print_job_requested = Signal(object, str)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.view: CounterView | None = None
        title = QLabel(self.tr("Antrean"))
        set_role(title, "title")
        counter = next((c.name for c in office.list_counters(context.store)
                        if c.id == context.actor.counter_id), None)
        where = QLabel(self.tr("{counter} · {name}").format(
            counter=counter or self.tr("tanpa loket"), name=context.actor.full_name))
        set_role(where, "muted")

        # The visitor being served, big enough to read from the other side of the desk.
        panel = QFrame()
        panel.setObjectName("serving_panel")
        panel.setStyleSheet("#serving_panel { background: white; border: 1px solid #d5dbe0;"
                            " border-radius: 10px; }")
        self.code_label = QLabel("—")
        self.code_label.setObjectName("current_code")
        self.code_label.setStyleSheet("font-size: 64pt; font-weight: 800; color: #12343b;")
        self.service_label = QLabel(self.tr("Belum ada yang dipanggil."))
        self.service_label.setObjectName("current_service")
        set_role(self.service_label, "subtitle")
        self.detail_label = QLabel()
        self.detail_label.setObjectName("current_detail")
        set_role(self.detail_label, "muted")
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(24, 16, 24, 16)
        panel_layout.addWidget(self.code_label)
        panel_layout.addWidget(self.service_label)
        panel_layout.addWidget(self.detail_label)

        self.buttons: dict[str, QPushButton] = {}
        actions: list[tuple[str, str, str, Callable[[], None]]] = [
            ("call_next", self.tr("Panggil berikutnya"), "F2", self.call_next),
            ("recall", self.tr("Panggil ulang"), "F3", self.recall),
            ("finish", self.tr("Selesai"), "F4", self.finish),
            ("hold", self.tr("Tahan"), "F6", self.hold),
            ("transfer", self.tr("Alihkan…"), "F7", self.transfer),
            ("no_show", self.tr("Tidak hadir"), "F8", self.no_show),
            ("cancel", self.tr("Batalkan"), "F9", self.cancel),
        ]
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        for index, (key, text, shortcut, handler) in enumerate(actions):
            button = QPushButton(f"{text}\n{shortcut}")
            button.setObjectName(f"action_{key}")
            button.setMinimumHeight(64)
            button.clicked.connect(handler)
            if key == "call_next":
                set_role(button, "primary")
            QShortcut(QKeySequence(shortcut), self).activated.connect(handler)
            self.buttons[key] = button
            if key == "call_next":
                grid.addWidget(button, 0, 0, 1, 3)
            else:
                grid.addWidget(button, 1 + (index - 1) // 3, (index - 1) % 3)

        # Optional links to the work this visit produced (pages come in later issues).
        self.request_ref = QLineEdit()
        self.request_ref.setObjectName("link_request")
        self.request_ref.setPlaceholderText(self.tr("No. permohonan akta (opsional)"))
        self.print_job_ref = QLineEdit()
        self.print_job_ref.setObjectName("link_print_job")
        self.print_job_ref.setPlaceholderText(self.tr("Cetak KTP-el (opsional)"))
        self.spoiled_ref = QLineEdit()
        self.spoiled_ref.setObjectName("link_spoiled")
        self.spoiled_ref.setPlaceholderText(self.tr("Kartu rusak (opsional)"))
        links = QHBoxLayout()
        for edit in (self.request_ref, self.print_job_ref, self.spoiled_ref):
            links.addWidget(edit)

        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("scan_edit")
        self.scan_edit.setPlaceholderText(
            self.tr("Pindai karcis atau ketik nomor (mis. A-014), lalu Enter"))
        self.scan_edit.returnPressed.connect(self._on_scan_edit_return_pressed)
        self.status = StatusLine("queue_status")

        # Tight within a group, wider between groups: the column must leave room for the
        # offline banner on a 1280×800 screen, and no action may need scrolling to.
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(title)
        heading.addWidget(where)
        work = QVBoxLayout()
        work.setSpacing(6)
        work.addWidget(QLabel(self.tr("Tautan pekerjaan (diisi sebelum Selesai):")))
        work.addLayout(links)
        left = QVBoxLayout()
        left.setSpacing(14)
        left.addLayout(heading)
        left.addWidget(panel)
        left.addLayout(grid)
        left.addLayout(work)
        left.addWidget(self.scan_edit)
        left.addWidget(self.status)
        left.addStretch(1)

        self.waiting_label = QLabel()
        self.waiting_label.setObjectName("waiting_counts")
        self.waiting_label.setTextFormat(Qt.TextFormat.RichText)
        self.served_label = QLabel()
        self.served_label.setObjectName("served_today")
        set_role(self.served_label, "muted")
        self.held_model = TicketListModel(context.zone, self)
        self.held_view = table_view(self.held_model, "held_tickets", (76, 106, 84))
        self.resume_button = QPushButton(self.tr("Lanjutkan yang ditahan (F5)"))
        self.resume_button.setObjectName("resume_button")
        self.resume_button.clicked.connect(self.resume_selected)
        self.absent_model = TicketListModel(context.zone, self)
        self.absent_view = table_view(self.absent_model, "absent_tickets", (76, 106, 84))
        self.take_back_button = QPushButton(self.tr("Layani kembali, datang terlambat (F10)"))
        self.take_back_button.setObjectName("take_back_button")
        self.take_back_button.clicked.connect(self.take_back_selected)
        QShortcut(QKeySequence("F5"), self).activated.connect(self.resume_selected)
        QShortcut(QKeySequence("F10"), self).activated.connect(self.take_back_selected)
        right = QVBoxLayout()
        right.setSpacing(8)
        waiting_title = QLabel(self.tr("Menunggu"))
        set_role(waiting_title, "subtitle")
        right.addWidget(waiting_title)
        right.addWidget(self.waiting_label)
        right.addWidget(self.served_label)
        right.addSpacing(16)
        held_title = QLabel(self.tr("Ditahan di loket ini"))
        set_role(held_title, "subtitle")
        right.addWidget(held_title)
        right.addWidget(self.held_view, 1)
        right.addWidget(self.resume_button)
        right.addSpacing(16)
        absent_title = QLabel(self.tr("Tidak hadir hari ini"))
        set_role(absent_title, "subtitle")
        right.addWidget(absent_title)
        right.addWidget(self.absent_view, 1)
        right.addWidget(self.take_back_button)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(24)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        self._timer.start(REFRESH_MS)
        self.refresh()

    # --- state ------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        if self.context.actor.counter_id is None:
            self._show_without_counter()
            return
        try:
            self.view = queue_views.counter_view(self.context.store, self.context.actor)
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            return
        view, now = self.view, self.context.store.clock()
        current = view.current
        if current is None:
            self.code_label.setText("—")
            self.service_label.setText(self.tr("Belum ada yang dipanggil."))
            self.detail_label.setText(self.tr("Tekan F2 untuk memanggil berikutnya."))
        else:
            self.code_label.setText(current.code)
            priority = (f" · {translated(PRIORITY_LABELS[current.priority])}"
                        if current.priority else "")
            self.service_label.setText(current.service_name + priority)
            self.detail_label.setText(self.tr(
                "Dipanggil {calls}× · menunggu {waited} · dilayani {serving}").format(
                calls=current.calls,
                waited=_minutes(current.issued_at, current.first_called_at or now),
                serving=_minutes(current.first_called_at, now)))
        serving = current is not None
        self.buttons["call_next"].setEnabled(not serving)
        for key in ("recall", "finish", "hold", "transfer", "cancel"):
            self.buttons[key].setEnabled(serving)
        self.buttons["no_show"].setEnabled(
            serving and current is not None and current.calls >= view.no_show_after_calls)
        counts = " &nbsp; ".join(f"<b>{p}</b>: {n}" for p, n in sorted(view.waiting.items()))
        self.waiting_label.setText(counts or self.tr("Loket ini belum melayani layanan apa pun."))
        self.served_label.setText(self.tr("Selesai dilayani hari ini: {count}").format(
            count=view.served_today))
        self.held_model.set_tickets(view.held)
        self.absent_model.set_tickets(view.no_shows)
        self.resume_button.setEnabled(bool(view.held) and not serving)
        self.take_back_button.setEnabled(bool(view.no_shows) and not serving)

    def _show_without_counter(self) -> None:
        for button in self.buttons.values():
            button.setEnabled(False)
        self.status.error(self.tr(
            "Anda masuk tanpa loket. Keluar lalu masuk lagi dengan memilih loket."))

    def current(self) -> TicketInfo | None:
        return self.view.current if self.view else None

    def _run(self, action: Callable[[], object], done: str | None = None) -> object | None:
        """Run a service call; show its refusal plainly, refresh either way."""
        try:
            result = action()
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            result = None
        else:
            if done:
                self.status.ok(done)
        self.refresh()
        return result

    # --- actions ----------------------------------------------------------------------

    @Slot()
    def call_next(self) -> None:
        store, actor = self.context.store, self.context.actor
        if self.current() is not None:
            return
        try:
            ticket = queue.call_next(store, actor)
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            return
        if ticket is None:
            self.status.ok(self.tr("Tidak ada yang menunggu."))
        else:
            self.status.ok(self.tr("{code} dipanggil.").format(code=ticket.code))
        self.refresh()

    @Slot()
    def recall(self) -> None:
        ticket = self.current()
        if ticket is not None:
            self._run(lambda: queue.recall(self.context.store, self.context.actor, ticket.id),
                      self.tr("{code} dipanggil ulang.").format(code=ticket.code))

    @Slot()
    def finish(self) -> None:
        ticket = self.current()
        if ticket is None:
            return
        links = WorkLinks(
            self.request_ref.text().strip() or None,
            self.print_job_ref.text().strip() or None,
            self.spoiled_ref.text().strip() or None,
        )
        if self._run(lambda: queue.finish(self.context.store, self.context.actor, ticket.id,
                                          Outcome.DONE, links),
                     self.tr("{code} selesai dilayani.").format(code=ticket.code)):
            for edit in (self.request_ref, self.print_job_ref, self.spoiled_ref):
                edit.clear()
            # A visit for an akta with no request linked yet: offer to start one, linked
            # to this ticket (the request service links them when it is saved).
            kind = akta_kind_of_ticket(ticket.code)
            if (kind is not None and links.request_ref is None
                    and StartRequestDialog.ask(self, kind, ticket.code)):
                self.akta_requested.emit(kind, ticket.id, ticket.code)
            # The same for a KTP-el print (the job service links the ticket when saved);
            # asked without a nested event loop, the answer comes back by signal.
            if is_ktp_ticket(ticket.code) and links.print_job_ref is None:
                StartPrintJobDialog.offer(
                    self, ticket.code,
                    lambda: self.print_job_requested.emit(ticket.id, ticket.code))

    @Slot()
    def cancel(self) -> None:
        ticket = self.current()
        if ticket is None or not self.confirm(
            self.tr("Batalkan layanan {code}?").format(code=ticket.code)):
            return
        self._run(lambda: queue.finish(self.context.store, self.context.actor, ticket.id,
                                       Outcome.CANCELLED),
                  self.tr("{code} dibatalkan.").format(code=ticket.code))

    @Slot()
    def hold(self) -> None:
        ticket = self.current()
        if ticket is not None:
            self._run(lambda: queue.hold(self.context.store, self.context.actor, ticket.id),
                      self.tr("{code} ditahan.").format(code=ticket.code))

    @Slot()
    def transfer(self) -> None:
        ticket = self.current()
        if ticket is None:
            return
        choice = TransferDialog.ask(
            self, ticket.code, queue_services.list_services(self.context.store),
            office.list_counters(self.context.store))
        if choice is not None:
            service_id, counter_id = choice
            self._run(lambda: queue.transfer(self.context.store, self.context.actor,
                                             ticket.id, service_id, counter_id),
                      self.tr("{code} dialihkan.").format(code=ticket.code))

    @Slot()
    def no_show(self) -> None:
        ticket = self.current()
        if ticket is not None:
            self._run(lambda: queue.mark_no_show(self.context.store, self.context.actor,
                                                 ticket.id),
                      self.tr("{code} ditandai tidak hadir.").format(code=ticket.code))

    @Slot()
    def resume_selected(self) -> None:
        row = self.held_view.currentIndex().row()
        if row < 0 and self.held_model.rowCount() == 1:
            row = 0
        if row >= 0:
            ticket = self.held_model.ticket(row)
            self._run(lambda: queue.resume(self.context.store, self.context.actor, ticket.id),
                      self.tr("{code} dilanjutkan.").format(code=ticket.code))

    @Slot()
    def take_back_selected(self) -> None:
        row = self.absent_view.currentIndex().row()
        if row < 0 and self.absent_model.rowCount() == 1:
            row = 0
        if row >= 0:
            ticket = self.absent_model.ticket(row)
            self._run(lambda: queue.take_back(self.context.store, self.context.actor,
                                              ticket.id),
                      self.tr("{code} dilayani kembali.").format(code=ticket.code))

    def call_scanned(self, text: str) -> None:
        """A scanned or typed ticket code calls that ticket to this loket."""
        ticket = self._run(lambda: queue.call_scanned(self.context.store, self.context.actor,
                                                      text))
        if isinstance(ticket, TicketInfo):
            self.status.ok(self.tr("{code} dipanggil.").format(code=ticket.code))

    @Slot()
    def _on_scan_edit_return_pressed(self) -> None:
        text = self.scan_edit.text().strip()
        self.scan_edit.clear()
        if text:
            self.call_scanned(text)

    def select_held(self, row: int) -> None:
        select_row(self.held_view, row)

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Konfirmasi"), question)
        return answer == QMessageBox.StandardButton.Yes
