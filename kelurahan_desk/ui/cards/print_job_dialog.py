"""One print job opened: its facts, its timeline, and the steps its status allows.

Keys: F2 start printing, F3 printed, F4 hand over, F6 old card received, F8 failed,
F9 cancel, F10 queue again. The services check status and role again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.domain.ktp_print import (
    REASON_LABELS,
    RECIPIENT_LABELS,
    STATUS_LABELS,
    PrintStatus,
    Recipient,
    can_move,
)
from kelurahan_desk.domain.roles import Permission, can
from kelurahan_desk.services import ktp_print
from kelurahan_desk.services.errors import ServiceError
from kelurahan_desk.services.ktp_print import PrintJobDetail
from kelurahan_desk.ui.akta_request_record import moment_in_office
from kelurahan_desk.ui.cards.job_actions import (
    CancelJobDialog,
    FailedPrintDialog,
    HandOverCardDialog,
    OldCardDialog,
    StartPrintingDialog,
)
from kelurahan_desk.ui.cards.record_header import HEADER_STYLE, RecordHeader
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.print_jobs_model import STATUS_COLOURS, PrintJobTimelineModel
from kelurahan_desk.ui.models.spoiled_cards_model import short_number
from kelurahan_desk.ui.models.time_text import day_text
from kelurahan_desk.ui.page_parts import StatusLine, table_view
from kelurahan_desk.ui.style import set_role

JobAsk = Callable[[QWidget | None, DeskContext, PrintJobDetail], PrintJobDetail | None]


class PrintJobDialog(QDialog):
    """The opened job; ``show()`` it (it does not block the page).

    Signals: changed(object) — the ``PrintJobDetail`` after a step taken here.
    """

    changed = Signal(object)

    def __init__(self, context: DeskContext, detail: PrintJobDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail = detail
        self.setObjectName("print_job_dialog")
        self.setStyleSheet(HEADER_STYLE + "QTableView#job_timeline { font-size: 10pt; }")
        self.resize(1040, 620)
        self.header = RecordHeader((
            ("name", self.tr("Nama")), ("nik", self.tr("NIK")), ("reason", self.tr("Alasan")),
            ("requested", self.tr("Tanggal permohonan")), ("blank", self.tr("Blanko")),
            ("ticket", self.tr("Nomor antrean")), ("operator", self.tr("Petugas")),
            ("old_card", self.tr("KTP-el lama")), ("recipient", self.tr("Diserahkan kepada")),
        ), per_row=5)
        self.timeline_model = PrintJobTimelineModel(context.zone, self)
        self.timeline = table_view(self.timeline_model, "job_timeline", (170, 140, 110, 120))
        self.timeline.setWordWrap(True)
        self.timeline.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        timeline_title = QLabel(self.tr("Riwayat pekerjaan"))
        set_role(timeline_title, "subtitle")

        self.buttons: dict[str, QPushButton] = {}
        actions = (
            ("start", self.tr("Mulai cetak… (F2)"), "F2", self._on_start_clicked),
            ("printed", self.tr("Sudah tercetak (F3)"), "F3", self._on_printed_clicked),
            ("hand_over", self.tr("Serahkan… (F4)"), "F4", self._on_hand_over_clicked),
            ("old_card", self.tr("Terima KTP-el lama… (F6)"), "F6", self._on_old_card_clicked),
            ("failed", self.tr("Gagal cetak… (F8)"), "F8", self._on_failed_clicked),
            ("cancel", self.tr("Batalkan… (F9)"), "F9", self._on_cancel_clicked),
            ("requeue", self.tr("Antrekan lagi (F10)"), "F10", self._on_requeue_clicked),
        )
        row = QHBoxLayout()
        for key, text, shortcut, slot in actions:
            button = QPushButton(text)
            button.setObjectName(f"{key}_button")
            button.setAutoDefault(False)  # Enter must not fail or cancel a job by accident
            button.clicked.connect(slot)
            QShortcut(QKeySequence(shortcut), self).activated.connect(
                lambda b=button: b.click() if b.isVisible() and b.isEnabled() else None)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.close_button = QPushButton(self.tr("&Tutup"))
        self.close_button.setObjectName("close_button")
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.close_button)
        self.status = StatusLine("job_status")

        column = QVBoxLayout(self)
        column.setContentsMargins(18, 16, 18, 14)
        column.addWidget(self.header)
        column.addWidget(timeline_title)
        column.addWidget(self.timeline, 1)
        column.addWidget(self.status)
        column.addLayout(row)
        self.show_detail(detail)
        self.close_button.setFocus()

    # --- showing ----------------------------------------------------------------------

    def show_detail(self, detail: PrintJobDetail) -> None:
        self.detail = detail
        self.setWindowTitle(self.tr("Pekerjaan cetak {number}").format(number=detail.number))
        self.header.title.setText(self.tr("KTP-el · {number}").format(number=detail.number))
        self.header.show_status(translated(STATUS_LABELS[detail.status]),
                                STATUS_COLOURS.get(detail.status, "#12343b"))
        self.header.set_fact("name", detail.resident_name)
        self.header.set_fact("nik", detail.nik)
        self.header.set_fact("reason", translated(REASON_LABELS[detail.reason]))
        self.header.set_fact("requested", day_text(detail.requested_on))
        self.header.set_fact("blank", detail.blank_serial or "")
        self.header.set_fact("ticket", detail.ticket_code or "")
        operator = detail.operator_name
        if detail.counter_name:
            operator = self.tr("{operator} ({loket})").format(operator=operator,
                                                             loket=detail.counter_name)
        self.header.set_fact("operator", operator)
        if not detail.expects_old_card:
            old = self.tr("tidak perlu")
        elif detail.old_card_register_number:
            old = self.tr("diterima ({number})").format(
                number=short_number(detail.old_card_register_number))
        else:
            old = self.tr("belum diterima")
        self.header.set_fact("old_card", old)
        self.header.set_fact("recipient", self._recipient_text(detail))
        pending = detail.old_card_pending and detail.status != PrintStatus.CANCELLED
        self.header.show_notice(self.tr(
            "KTP-el lama harus diterima dari pemohon sebelum KTP-el baru diserahkan "
            "(F6).") if pending else "")
        self.timeline_model.set_steps(detail.timeline)
        self.timeline.resizeRowsToContents()
        self._offer_actions()

    def _recipient_text(self, detail: PrintJobDetail) -> str:
        if detail.recipient is None or detail.handed_over_at is None:
            return ""
        when = moment_in_office(detail.handed_over_at, self.context.zone)
        if detail.recipient == Recipient.PROXY:
            return self.tr("{name} (kuasa, NIK {nik}), {when}").format(
                name=detail.proxy_name or "", nik=detail.proxy_nik or "", when=when)
        return f"{translated(RECIPIENT_LABELS[Recipient.RESIDENT])}, {when}"

    def _offer_actions(self) -> None:
        status = self.detail.status
        works = can(self.context.actor.role, Permission.HANDLE_CARDS)
        shown = {
            "start": can_move(status, PrintStatus.PRINTING),
            "printed": can_move(status, PrintStatus.PRINTED),
            "hand_over": can_move(status, PrintStatus.HANDED_OVER),
            "old_card": self.detail.old_card_pending and status != PrintStatus.CANCELLED,
            "failed": can_move(status, PrintStatus.FAILED),
            "cancel": can_move(status, PrintStatus.CANCELLED),
            "requeue": can_move(status, PrintStatus.QUEUED),
        }
        for key, button in self.buttons.items():
            button.setVisible(works and shown[key])

    def _changed(self, detail: PrintJobDetail, text: str) -> None:
        self.show_detail(detail)
        self.status.ok(text)
        self.changed.emit(detail)

    # --- steps ------------------------------------------------------------------------

    def _ask(self, dialog: JobAsk, done: str) -> None:
        changed = dialog(self, self.context, self.detail)
        if changed is not None:
            self._changed(changed, done)

    def _direct(self, step: Callable[[], PrintJobDetail], done: str) -> None:
        try:
            changed = step()
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            return
        self._changed(changed, done)

    @Slot()
    def _on_start_clicked(self) -> None:
        self._ask(StartPrintingDialog.ask, self.tr("Blanko diambil dari stok; cetak KTP-el "
                                                   "lalu tekan F3 bila sudah tercetak."))

    @Slot()
    def _on_printed_clicked(self) -> None:
        store, actor, job_id = self.context.store, self.context.actor, self.detail.id
        self._direct(lambda: ktp_print.mark_printed(store, actor, job_id),
                     self.tr("KTP-el tercetak; siap diserahkan."))

    @Slot()
    def _on_hand_over_clicked(self) -> None:
        if self.detail.old_card_pending:
            self.status.error(self.tr(
                "Terima dulu KTP-el lama dari pemohon (F6) sebelum menyerahkan yang baru."))
            return
        self._ask(HandOverCardDialog.ask, self.tr("KTP-el sudah diserahkan dan tercatat."))

    @Slot()
    def _on_old_card_clicked(self) -> None:
        self._ask(OldCardDialog.ask, self.tr("KTP-el lama diterima dan dicatat sebagai "
                                             "kartu rusak."))

    @Slot()
    def _on_failed_clicked(self) -> None:
        self._ask(FailedPrintDialog.ask, self.tr("Gagal cetak dicatat; blankonya tercatat "
                                                 "sebagai kartu rusak."))

    @Slot()
    def _on_cancel_clicked(self) -> None:
        self._ask(CancelJobDialog.ask, self.tr("Pekerjaan cetak dibatalkan."))

    @Slot()
    def _on_requeue_clicked(self) -> None:
        store, actor, job_id = self.context.store, self.context.actor, self.detail.id
        self._direct(lambda: ktp_print.requeue_job(store, actor, job_id),
                     self.tr("Pekerjaan masuk antrean cetak lagi."))

    # --- opening ----------------------------------------------------------------------

    @classmethod
    def load(cls, context: DeskContext, job_id: uuid.UUID,
             parent: QWidget | None = None) -> PrintJobDialog:
        """The job in a new dialog; ``ServiceError`` when it cannot be read."""
        return cls(context, ktp_print.get_print_job(context.store, context.actor, job_id),
                   parent)


def open_modeless(dialog: QDialog) -> None:
    """Shown over the page, which keeps working; deleted when closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
