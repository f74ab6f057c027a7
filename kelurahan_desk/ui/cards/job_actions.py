"""The small forms an opened print job asks with: which blank to print on, why a print
failed, why a job is cancelled, the old card handed in, and to whom the new card goes.

Each calls its service on OK and stays open on a refusal; ``ask`` returns the changed
``PrintJobDetail``, or ``None`` when the operator went back.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from kelurahan_desk.domain.blanko import SerialState
from kelurahan_desk.domain.ktp_print import REASON_LABELS, Recipient
from kelurahan_desk.services import blanko, ktp_print
from kelurahan_desk.services.blanko import BlankFilter
from kelurahan_desk.services.errors import ServiceError
from kelurahan_desk.services.ktp_print import PrintJobDetail
from kelurahan_desk.ui.akta.number_fields import NikField
from kelurahan_desk.ui.cards.ask_dialog import AskDialog
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.style import set_role


def about(detail: PrintJobDetail) -> str:
    """``3574011007-KTP-2026-00042 — Ahmad Fauzi (Rusak)``."""
    return f"{detail.number} — {detail.resident_name} ({translated(REASON_LABELS[detail.reason])})"


def _line(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


class _JobDialog(AskDialog):
    def __init__(self, parent: QWidget | None, context: DeskContext, detail: PrintJobDetail,
                 title: str, note: str) -> None:
        super().__init__(parent, title, note)
        self.context = context
        self.detail = detail

    @classmethod
    def ask(cls, parent: QWidget | None, context: DeskContext,
            detail: PrintJobDetail) -> PrintJobDetail | None:
        # Each kind takes (parent, context, detail) and names its own title and note.
        dialog = cls(parent, context, detail)  # type: ignore[call-arg]
        changed: PrintJobDetail | None = dialog.answer()
        return changed


class StartPrintingDialog(_JobDialog):
    """Scan (or type) the blank put into the printer, or take the next one in stock."""

    def __init__(self, parent: QWidget | None, context: DeskContext,
                 detail: PrintJobDetail) -> None:
        super().__init__(parent, context, detail, self.tr("Mulai cetak"), self.tr(
            "{job}. Pindai nomor seri blanko yang dimasukkan ke printer. Kosongkan untuk "
            "memakai blanko pertama di stok (penerimaan terlama dulu).").format(
                job=about(detail)))
        self.serial = _line("serial", self.tr("pindai atau ketik nomor seri blanko"))
        self.next_label = QLabel()
        self.next_label.setObjectName("next_blank")
        set_role(self.next_label, "muted")
        self.errors.add_row(self.form, self.tr("&Nomor seri blanko"), "serial", self.serial,
                            self.next_label)
        self.finish_layout(self.tr("&Mulai cetak"), self.tr("&Batal"))
        self._show_stock()
        self.serial.setFocus()

    def _show_stock(self) -> None:
        store, actor = self.context.store, self.context.actor
        try:
            in_stock = blanko.count_blanks(store, actor, BlankFilter(state=SerialState.IN_STOCK))
        except ServiceError as exc:
            self.next_label.setText(translated(exc.message))
            return
        if not in_stock:
            self.next_label.setText(self.tr("Stok blanko habis."))
            set_role(self.next_label, "error")
            return
        self.next_label.setText(self.tr("{count} blanko di stok.").format(count=in_stock))

    def submit(self) -> PrintJobDetail:
        return ktp_print.start_printing(self.context.store, self.context.actor,
                                        self.detail.id, self.serial.text().strip() or None)


class FailedPrintDialog(_JobDialog):
    """The print went wrong: the blank becomes an invalid card (salah cetak) at once."""

    def __init__(self, parent: QWidget | None, context: DeskContext,
                 detail: PrintJobDetail) -> None:
        super().__init__(parent, context, detail, self.tr("Gagal cetak"), self.tr(
            "{job}. Blanko {serial} dicatat sebagai kartu rusak (salah cetak) dan tidak "
            "kembali ke stok. Pekerjaan ini dapat diantrekan lagi dengan blanko baru.").format(
                job=about(detail), serial=detail.blank_serial or "—"))
        self.reason = _line("reason", self.tr("mis. foto bergaris, chip tidak terbaca"))
        self.condition = _line("condition", self.tr("mis. utuh, cetakan pudar"))
        self.place = _line("storage_place", self.tr("mis. lemari besi ruang Sekretaris"))
        self.errors.add_row(self.form, self.tr("&Alasan"), "reason", self.reason)
        self.errors.add_row(self.form, self.tr("&Kondisi kartu"), "condition", self.condition)
        self.errors.add_row(self.form, self.tr("Disimpan &di"), "storage_place", self.place)
        self.finish_layout(self.tr("Catat &gagal cetak"), self.tr("&Batal"))
        self.reason.setFocus()

    def submit(self) -> PrintJobDetail:
        return ktp_print.mark_failed(self.context.store, self.context.actor, self.detail.id,
                                     self.reason.text(), self.condition.text(),
                                     self.place.text())


class CancelJobDialog(_JobDialog):
    """Why the job is given up (kept in its timeline and the audit)."""

    def __init__(self, parent: QWidget | None, context: DeskContext,
                 detail: PrintJobDetail) -> None:
        super().__init__(parent, context, detail, self.tr("Batalkan pekerjaan cetak"),
                         self.tr("{job} akan dibatalkan. Pembatalan tidak dapat "
                                 "diurungkan.").format(job=about(detail)))
        self.reason = _line("reason", self.tr("mis. pemohon pindah domisili"))
        self.errors.add_row(self.form, self.tr("&Alasan"), "reason", self.reason)
        self.finish_layout(self.tr("Batalkan &pekerjaan"), self.tr("&Kembali"))
        self.reason.setFocus()

    def submit(self) -> PrintJobDetail:
        return ktp_print.cancel_print_job(self.context.store, self.context.actor,
                                          self.detail.id, self.reason.text())


class OldCardDialog(_JobDialog):
    """The resident hands in the old card; it joins the invalid cards in the same step."""

    def __init__(self, parent: QWidget | None, context: DeskContext,
                 detail: PrintJobDetail) -> None:
        super().__init__(parent, context, detail, self.tr("Terima KTP-el lama"), self.tr(
            "{job}. KTP-el lama dicatat sebagai kartu rusak dengan NIK {nik}.").format(
                job=about(detail), nik=detail.nik))
        self.condition = _line("condition", self.tr("mis. patah di sudut, chip retak"))
        self.reason = _line("reason", self.tr("mis. kartu rusak, perubahan status"))
        self.serial = _line("serial", self.tr("bila terbaca di kartu"))
        self.place = _line("storage_place", self.tr("mis. lemari besi ruang Sekretaris"))
        self.errors.add_row(self.form, self.tr("&Kondisi kartu"), "condition", self.condition)
        self.errors.add_row(self.form, self.tr("&Alasan"), "reason", self.reason)
        self.errors.add_row(self.form, self.tr("Nomor &seri"), "serial", self.serial)
        self.errors.add_row(self.form, self.tr("Disimpan &di"), "storage_place", self.place)
        self.finish_layout(self.tr("&Terima kartu lama"), self.tr("&Batal"))
        self.condition.setFocus()

    def submit(self) -> PrintJobDetail:
        return ktp_print.receive_old_card(
            self.context.store, self.context.actor, self.detail.id, self.condition.text(),
            self.reason.text(), self.serial.text(), self.place.text())


class HandOverCardDialog(_JobDialog):
    """To whom the new KTP-el goes: the resident, or a named proxy with their NIK."""

    def __init__(self, parent: QWidget | None, context: DeskContext,
                 detail: PrintJobDetail) -> None:
        super().__init__(parent, context, detail, self.tr("Serahkan KTP-el"), self.tr(
            "{job}. KTP-el dengan blanko {serial} diserahkan sekarang.").format(
                job=about(detail), serial=detail.blank_serial or "—"))
        self.resident = QRadioButton(self.tr("&Pemohon sendiri"))
        self.resident.setObjectName("recipient_resident")
        self.proxy = QRadioButton(self.tr("Di&wakilkan (kuasa)"))
        self.proxy.setObjectName("recipient_proxy")
        self.resident.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.resident)
        group.addButton(self.proxy)
        who = QWidget()
        row = QHBoxLayout(who)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.resident)
        row.addWidget(self.proxy)
        row.addStretch(1)
        self.proxy_name = _line("proxy_name", self.tr("nama penerima kuasa"))
        self.proxy_nik = NikField(lambda: datetime.now(context.zone).date())
        self.proxy_nik.edit.setObjectName("proxy_nik")
        self.id_checked = QCheckBox(self.tr("&KTP-el atau identitas penerima sudah dicocokkan"))
        self.id_checked.setObjectName("id_checked")
        self.form.add_row(self.tr("Penerima"), who, level_with=self.resident)
        self._name_row = self.errors.add_row(self.form, self.tr("&Nama kuasa"), "proxy_name",
                                             self.proxy_name)
        self._nik_row = self.errors.add_row(self.form, self.tr("N&IK kuasa"), "proxy_nik",
                                            self.proxy_nik)
        self.errors.add_row(self.form, self.tr("Pemeriksaan"), "id_checked", self.id_checked)
        self.proxy.toggled.connect(self._on_proxy_toggled)
        self._on_proxy_toggled(False)
        self.finish_layout(self.tr("&Serahkan"), self.tr("&Batal"))
        self.id_checked.setFocus()

    @Slot(bool)
    def _on_proxy_toggled(self, on: bool) -> None:
        self.form.set_row_visible(self._name_row, on)
        self.form.set_row_visible(self._nik_row, on)
        if on:
            self.proxy_name.setFocus()

    def submit(self) -> PrintJobDetail:
        proxy = self.proxy.isChecked()
        return ktp_print.hand_over_card(
            self.context.store, self.context.actor, self.detail.id,
            Recipient.PROXY if proxy else Recipient.RESIDENT, self.id_checked.isChecked(),
            self.proxy_name.text() if proxy else "", self.proxy_nik.text() if proxy else "")
