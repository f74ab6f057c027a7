"""A new KTP-el print job: the resident (looked up by name or NIK), why, since when, and the
queue ticket of the visit when it came from the counter."""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from kelurahan_desk.domain.ktp_print import (
    NO_BIOMETRICS,
    REASON_LABELS,
    RECORD_STATUS_LABELS,
    PrintReason,
    RecordStatus,
)
from kelurahan_desk.services import ktp_print
from kelurahan_desk.services.ktp_print import PrintJobDetail, PrintJobDraft
from kelurahan_desk.services.residents import ResidentRecord
from kelurahan_desk.ui.akta.number_fields import NikField
from kelurahan_desk.ui.cards.ask_dialog import AskDialog
from kelurahan_desk.ui.cards.list_parts import date_edit, label_combo, pydate
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.resident_lookup import ResidentLookup
from kelurahan_desk.ui.style import set_role


class PrintJobFormDialog(AskDialog):
    """Queue a KTP-el print; ``ask`` returns the new job's ``PrintJobDetail``."""

    def __init__(self, parent: QWidget | None, context: DeskContext,
                 ticket_id: uuid.UUID | None = None, ticket_code: str | None = None) -> None:
        super().__init__(parent, self.tr("Pekerjaan cetak KTP-el baru"), self.tr(
            "Untuk penduduk yang perekaman biometriknya sudah selesai. Cari penduduk dengan "
            "nama atau NIK; yang belum ada di daftar penduduk diisi NIK dan namanya."),
            width=680)
        self.setObjectName("print_job_form")
        self.context = context
        self.ticket_id = ticket_id
        today = datetime.now(context.zone).date()

        self.lookup_edit = QLineEdit()
        self.lookup_edit.setObjectName("resident_search")
        self.lookup_edit.setPlaceholderText(self.tr(
            "Ketik nama atau NIK, pilih dengan ↓ lalu Enter"))
        self.lookup = ResidentLookup(self.lookup_edit, context, purpose="ktp_print")
        self.lookup.resident_chosen.connect(self._on_lookup_resident_chosen)
        self.nik = NikField(lambda: datetime.now(context.zone).date())
        self.nik.edit.setObjectName("nik")
        self.name = QLineEdit()
        self.name.setObjectName("resident_name")
        self.name.setPlaceholderText(self.tr("nama sesuai KTP-el"))
        self.reason: QComboBox = label_combo("reason", None, REASON_LABELS)
        self.requested = date_edit("requested_on", today, latest=today)
        self.status_label = QLabel()
        self.status_label.setObjectName("ktp_status")
        self.status_label.setWordWrap(True)
        self.checked = QCheckBox(self.tr("Perekaman biometrik sudah saya periksa di SIAK"))
        self.checked.setObjectName("biometrics_checked")
        self.nik.edit.textEdited.connect(self._on_nik_edited)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("note")
        self.note_edit.setPlaceholderText(self.tr("opsional"))
        self.ticket_label = QLabel(ticket_code or self.tr("— (tidak dari antrean)"))
        self.ticket_label.setObjectName("ticket_label")
        if ticket_code is None:
            set_role(self.ticket_label, "muted")

        self.form.add_row(self.tr("&Cari penduduk"), self.lookup_edit)
        self.errors.add_row(self.form, self.tr("&NIK"), "nik", self.nik)
        self.errors.add_row(self.form, self.tr("N&ama"), "resident_name", self.name)
        self.errors.add_row(self.form, self.tr("Status KTP-el"), "biometrics_checked",
                            self.status_label, self.checked)
        self.errors.add_row(self.form, self.tr("A&lasan cetak"), "reason", self.reason)
        self.errors.add_row(self.form, self.tr("&Tanggal permohonan"), "requested_on",
                            self.requested)
        self.form.add_row(self.tr("Nomor antrean"), self.ticket_label)
        self.errors.add_row(self.form, self.tr("Ca&tatan"), "note", self.note_edit)
        self.finish_layout(self.tr("&Masukkan ke antrean cetak"), self.tr("&Batal"))
        self.lookup_edit.setFocus()
        self.resize(680, 600)  # room under the search field for the drop-down
        self._show_status(None, listed=False)

    def _show_status(self, status: RecordStatus | None, listed: bool) -> None:
        """What the resident list says about biometrics; the box only where it says nothing."""
        if status is not None:
            text = self.tr("{status} (menurut daftar penduduk)").format(
                status=translated(RECORD_STATUS_LABELS[status]))
        elif listed:
            text = self.tr("Tidak tercatat di daftar penduduk: periksa di SIAK.")
        else:
            text = self.tr("Dari daftar penduduk bila NIK-nya ada di sana; bila tidak, "
                           "periksa di SIAK.")
        self.status_label.setText(text)
        set_role(self.status_label, "warning" if status in NO_BIOMETRICS else "muted"
                 if status is None else "")
        self.checked.setVisible(status is None)
        if status is not None:
            self.checked.setChecked(False)

    @Slot(str)
    def _on_nik_edited(self, _text: str) -> None:
        self._show_status(None, listed=False)  # typed by hand: the list is asked on saving

    @Slot(object)
    def _on_lookup_resident_chosen(self, record: ResidentRecord) -> None:
        self.nik.set_text(record.nik)
        self.name.setText(record.full_name)
        self._show_status(record.ktp_status, listed=True)
        self.reason.setFocus()

    def choose_reason(self, reason: PrintReason) -> None:
        self.reason.setCurrentIndex(self.reason.findData(reason))

    def submit(self) -> PrintJobDetail:
        return ktp_print.create_print_job(
            self.context.store, self.context.actor, PrintJobDraft(
                nik=self.nik.text(), reason=PrintReason(self.reason.currentData()),
                resident_name=self.name.text(), requested_on=pydate(self.requested.date()),
                ticket_id=self.ticket_id, note=self.note_edit.text(),
                biometrics_checked=self.checked.isChecked()))

    @classmethod
    def ask(cls, parent: QWidget | None, context: DeskContext,
            ticket_id: uuid.UUID | None = None,
            ticket_code: str | None = None) -> PrintJobDetail | None:
        """The new job, or ``None`` when the operator cancelled."""
        detail: PrintJobDetail | None = cls(parent, context, ticket_id, ticket_code).answer()
        return detail
