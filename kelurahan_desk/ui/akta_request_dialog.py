"""One akta request opened: the whole record, its status timeline, and what may be done next.

Opening is audited (``open_request``, UU PDP Pasal 31), so the record shows NIKs in full.
The actions offered follow the request's status and the user's role; the services check
both again.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.domain.akta import (
    KIND_LABELS,
    STATUS_LABELS,
    RequestStatus,
    can_move,
)
from kelurahan_desk.domain.roles import Permission, can
from kelurahan_desk.services import akta_requests, akta_views
from kelurahan_desk.services.akta_views import RequestDetail
from kelurahan_desk.ui.akta.receipt import print_with_choice
from kelurahan_desk.ui.akta_request_actions import (
    CancelRequestDialog,
    CentralStatusDialog,
    HandOverDialog,
    central_choices,
)
from kelurahan_desk.ui.akta_request_receipt import receipt_data
from kelurahan_desk.ui.akta_request_record import moment_in_office, record_html
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.akta_requests_model import STATUS_COLOURS, TimelineModel
from kelurahan_desk.ui.models.time_text import day_text
from kelurahan_desk.ui.page_parts import StatusLine, table_view
from kelurahan_desk.ui.pdf_printing import PrintFailed
from kelurahan_desk.ui.style import set_role

_DIALOG_STYLE = """
QFrame#request_header { background: white; border: 1px solid #d5dbe0; border-radius: 6px; }
QLabel#status_label { font-weight: 700; padding: 3px 10px; border-radius: 10px;
                      background: #e8f1f2; }
QLabel#late_label { color: white; background: #b3261e; font-weight: 700; padding: 3px 10px;
                    border-radius: 10px; }
QLabel[fact="caption"] { color: #5b6770; font-size: 9.5pt; }
QLabel[fact="value"] { color: #12343b; font-weight: 600; }
QTextBrowser#record { background: white; border: 1px solid #d5dbe0; }
QTableView#timeline { font-size: 10pt; }
QTableView#timeline QHeaderView::section { font-size: 10pt; }
"""


class AktaRequestDialog(QDialog):
    """The opened request. Non-modal to the code that opens it: ``show()`` it.

    Signals: changed(object) — the ``RequestDetail`` after an action here changed it;
    edit_requested(object) — the user chose "Ubah": the form page should load this
    ``RequestDetail`` (the dialog closes).
    """

    changed = Signal(object)
    edit_requested = Signal(object)

    def __init__(
        self, context: DeskContext, detail: RequestDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.detail = detail
        self.setObjectName("akta_request_dialog")
        self.setStyleSheet(_DIALOG_STYLE)
        self.resize(1160, 740)

        self.title = QLabel()
        self.title.setObjectName("request_title")
        set_role(self.title, "subtitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.late_label = QLabel(self.tr("Terlambat dilaporkan"))
        self.late_label.setObjectName("late_label")
        self.facts: dict[str, QLabel] = {}
        header = self._build_header()

        self.record = QTextBrowser()
        self.record.setObjectName("record")
        self.record.setOpenLinks(False)
        self.timeline_model = TimelineModel(context.zone, self)
        self.timeline = table_view(self.timeline_model, "timeline", (182, 132, 132))
        self.timeline.setWordWrap(True)
        self.timeline.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        timeline_title = QLabel(self.tr("Riwayat status"))
        set_role(timeline_title, "subtitle")
        timeline_note = QLabel(self.tr(
            "Diterima dan diserahkan dicatat loket; langkah di antaranya oleh Dispendukcapil "
            "lewat sinkronisasi, atau dicatat manual oleh supervisor."))
        timeline_note.setWordWrap(True)
        set_role(timeline_note, "muted")
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(8, 0, 0, 0)
        right_column.addWidget(timeline_title)
        right_column.addWidget(timeline_note)
        right_column.addWidget(self.timeline, 1)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 8, 0)
        record_title = QLabel(self.tr("Data permohonan (F-2.01)"))
        set_role(record_title, "subtitle")
        left_column.addWidget(record_title)
        left_column.addWidget(self.record, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([470, 650])

        self.edit_button = self._action("edit", self.tr("&Ubah data"), self._on_edit_clicked)
        self.cancel_button = self._action("cancel", self.tr("&Batalkan permohonan…"),
                                          self._on_cancel_clicked)
        self.hand_over_button = self._action("hand_over", self.tr("&Serahkan akta…"),
                                             self._on_hand_over_clicked)
        self.reprint_button = self._action("reprint", self.tr("Ce&tak ulang tanda terima"),
                                           self._on_reprint_clicked)
        self.central_button = self._action(
            "central_status", self.tr("Catat status dari &Dispendukcapil…"),
            self._on_central_clicked)
        self.close_button = QPushButton(self.tr("&Tutup"))
        self.close_button.setObjectName("close_button")
        self.close_button.clicked.connect(self.reject)
        self.status = StatusLine("request_status")
        actions = QHBoxLayout()
        for button in (self.edit_button, self.cancel_button, self.hand_over_button,
                       self.reprint_button, self.central_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.close_button)

        column = QVBoxLayout(self)
        column.setContentsMargins(18, 16, 18, 14)
        column.addWidget(header)
        column.addWidget(splitter, 1)
        column.addWidget(self.status)
        column.addLayout(actions)
        self.show_detail(detail)
        self.close_button.setFocus()

    def _action(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"{name}_button")
        button.setAutoDefault(False)  # Enter must not cancel or hand over by accident
        button.clicked.connect(slot)
        return button

    def _build_header(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("request_header")
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.status_label)
        top.addWidget(self.late_label)
        top.addStretch(1)
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(0)
        facts = (
            ("submitted", self.tr("Diterima di loket")),
            ("expected", self.tr("Perkiraan selesai")),
            ("akta_number", self.tr("Nomor akta")),
            ("ticket", self.tr("Nomor antrean")),
            ("operator", self.tr("Petugas")),
        )
        for n, (key, caption) in enumerate(facts):
            label = QLabel(caption)
            label.setProperty("fact", "caption")
            value = QLabel()
            value.setObjectName(f"fact_{key}")
            value.setProperty("fact", "value")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(label, 0, n)
            grid.addWidget(value, 1, n)
            self.facts[key] = value
        grid.setColumnStretch(len(facts), 1)
        column = QVBoxLayout(frame)
        column.setContentsMargins(14, 10, 14, 10)
        column.addLayout(top)
        column.addLayout(grid)
        return frame

    # --- showing ------------------------------------------------------------------------

    def show_detail(self, detail: RequestDetail) -> None:
        self.detail = detail
        kind = translated(KIND_LABELS[detail.kind])
        number = detail.tracking_number or self.tr("Draf (belum bernomor)")
        self.setWindowTitle(self.tr("Permohonan {number}").format(number=number))
        self.title.setText(f"{kind} · {number}")
        self.status_label.setText(translated(STATUS_LABELS[detail.status]))
        colour = STATUS_COLOURS.get(detail.status, "#12343b")
        self.status_label.setStyleSheet(f"color: {colour};")
        self.late_label.setVisible(detail.late)
        zone = self.context.zone
        self.facts["submitted"].setText(
            moment_in_office(detail.submitted_at, zone) if detail.submitted_at else "—")
        self.facts["expected"].setText(day_text(detail.expected_completion))
        self.facts["akta_number"].setText(detail.akta_number or "—")
        self.facts["ticket"].setText(detail.ticket_code or "—")
        operator = detail.operator_name or "—"
        if detail.counter_name:
            operator = self.tr("{operator} ({loket})").format(
                operator=operator, loket=detail.counter_name)
        self.facts["operator"].setText(operator)
        scroll = self.record.verticalScrollBar().value()
        self.record.setHtml(record_html(detail))
        self.record.verticalScrollBar().setValue(scroll)
        self.timeline_model.set_steps(detail.timeline)
        self.timeline.resizeRowsToContents()
        self._offer_actions()

    def _offer_actions(self) -> None:
        status, role = self.detail.status, self.context.actor.role
        works = can(role, Permission.REGISTER_CIVIL)
        self.edit_button.setVisible(works and self.detail.editable)
        self.cancel_button.setVisible(works and can_move(status, RequestStatus.CANCELLED))
        self.hand_over_button.setVisible(works and can_move(status, RequestStatus.HANDED_OVER))
        self.reprint_button.setVisible(
            works and self.detail.tracking_number is not None
            and self.detail.submitted_at is not None
            and status not in (RequestStatus.DRAFT, RequestStatus.CANCELLED))
        self.central_button.setVisible(
            can(role, Permission.APPROVE) and bool(central_choices(status)))

    def _changed(self, detail: RequestDetail, text: str) -> None:
        self.show_detail(detail)
        self.status.ok(text)
        self.changed.emit(detail)

    # --- actions ------------------------------------------------------------------------

    @Slot()
    def _on_edit_clicked(self) -> None:
        self.edit_requested.emit(self.detail)
        self.accept()

    @Slot()
    def _on_cancel_clicked(self) -> None:
        store, actor, request_id = self.context.store, self.context.actor, self.detail.id

        def submit(reason: str) -> RequestDetail:
            return akta_requests.cancel_request(store, actor, request_id, reason)

        done = CancelRequestDialog.ask(self, self.detail, submit)
        if done is not None:
            self._changed(done, self.tr("Permohonan dibatalkan."))

    @Slot()
    def _on_hand_over_clicked(self) -> None:
        store, actor, request_id = self.context.store, self.context.actor, self.detail.id

        def submit(name: str, nik: str, id_checked: bool) -> RequestDetail:
            return akta_requests.hand_over(store, actor, request_id, name, nik, id_checked)

        done = HandOverDialog.ask(self, self.detail, submit)
        if done is not None:
            self._changed(done, self.tr("Akta sudah diserahkan dan tercatat."))

    @Slot()
    def _on_central_clicked(self) -> None:
        store, actor, request_id = self.context.store, self.context.actor, self.detail.id

        def submit(status: RequestStatus, reason: str | None,
                   akta_number: str | None) -> RequestDetail:
            return akta_requests.set_central_status(
                store, actor, request_id, status, reason, akta_number)

        done = CentralStatusDialog.ask(self, self.detail, submit)
        if done is not None:
            self._changed(done, self.tr("Status \u201c{status}\u201d dicatat.").format(
                status=translated(STATUS_LABELS[done.status])))

    @Slot()
    def _on_reprint_clicked(self) -> None:
        """The receipt again, on the printer and paper the operator picks."""
        data = receipt_data(self.context.store, self.detail)
        try:
            printer = print_with_choice(self, data)
        except PrintFailed as failed:
            self.status.error(failed.message)
            return
        if printer is not None:
            self.status.ok(self.tr("Tanda terima {number} dicetak ulang di printer "
                                   "{printer}.").format(number=data.tracking_number,
                                                        printer=printer))

    # --- opening ------------------------------------------------------------------------

    @classmethod
    def load(
        cls, context: DeskContext, request_id: uuid.UUID, parent: QWidget | None = None
    ) -> AktaRequestDialog:
        """Open the request (recorded in the audit) into a new dialog; ``ServiceError``
        when it cannot be opened."""
        detail = akta_views.open_request(context.store, context.actor, request_id)
        return cls(context, detail, parent)
