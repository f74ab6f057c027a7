"""The small dialogs an opened akta request asks with: cancel, hand over, central status.

Each stays open until its ``submit`` (the service call) accepts what was typed, showing a
refusal under the field it concerns; ``ask`` returns the changed request, or ``None``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.domain.akta import (
    CENTRAL_STATUSES,
    KIND_LABELS,
    STATUS_LABELS,
    TRANSITIONS,
    RequestStatus,
)
from kelurahan_desk.services.akta_views import RequestDetail
from kelurahan_desk.services.errors import InvalidInput, ServiceError
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.page_parts import FieldErrors, FormGrid, dialog_buttons
from kelurahan_desk.ui.style import set_role


def _about(detail: RequestDetail) -> str:
    """``Akta Kelahiran 3574011007-AKL-2026-00042 — Ahmad Fauzi``."""
    number = detail.tracking_number or translated(STATUS_LABELS[RequestStatus.DRAFT])
    name = detail.form.subject_name
    return f"{translated(KIND_LABELS[detail.kind])} {number}" + (f" — {name}" if name else "")


def central_choices(status: RequestStatus) -> list[RequestStatus]:
    """The steps the Dispendukcapil may take next from ``status``, in workflow order."""
    return [s for s in RequestStatus if s in TRANSITIONS[status] and s in CENTRAL_STATUSES]


class _AskDialog(QDialog):
    """A note, a form with a message under each field, and OK/Cancel."""

    def __init__(self, parent: QWidget | None, title: str, note: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.result_detail: RequestDetail | None = None
        self.errors = FieldErrors()
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        set_role(self.note, "muted")
        self._column = QVBoxLayout(self)
        self._column.addWidget(self.note)
        self.form = FormGrid()
        self._column.addLayout(self.form)

    def _finish_layout(self, ok_text: str, cancel_text: str) -> None:
        box, self.ok_button = dialog_buttons(self, ok_text, cancel_text)
        self.ok_button.clicked.connect(self._on_ok_button_clicked)
        self._column.addWidget(self.errors.general)
        self._column.addWidget(box)

    def _submit(self) -> RequestDetail:
        raise NotImplementedError

    def _ready(self) -> bool:
        """Whether there is something to submit; say what is missing when not."""
        return True

    @Slot()
    def _on_ok_button_clicked(self) -> None:
        self.errors.clear()
        if not self._ready():
            return
        try:
            self.result_detail = self._submit()
        except InvalidInput as exc:
            self.errors.show(exc.fields)
            return
        except ServiceError as exc:
            self.errors.show_general(translated(exc.message))
            return
        self.accept()

    def _answer(self) -> RequestDetail | None:
        accepted = self.exec() == QDialog.DialogCode.Accepted
        self.deleteLater()  # parented to the request dialog: do not let them pile up
        return self.result_detail if accepted else None


class CancelRequestDialog(_AskDialog):
    """Why the request is cancelled (kept in its timeline and the audit)."""

    def __init__(
        self, parent: QWidget | None, detail: RequestDetail, submit: Callable[[str], RequestDetail]
    ) -> None:
        super().__init__(parent, self.tr("Batalkan permohonan"), self.tr(
            "{request} akan dibatalkan. Pembatalan tidak dapat diurungkan; berkas "
            "dikembalikan kepada pelapor.").format(request=_about(detail)))
        self._submit_reason = submit
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("mis. pelapor menarik permohonan"))
        self.errors.add_row(self.form, self.tr("&Alasan"), "reason", self.reason)
        self._finish_layout(self.tr("Batalkan &permohonan"), self.tr("&Kembali"))

    def _submit(self) -> RequestDetail:
        return self._submit_reason(self.reason.text())

    @classmethod
    def ask(
        cls, parent: QWidget | None, detail: RequestDetail, submit: Callable[[str], RequestDetail]
    ) -> RequestDetail | None:
        """The cancelled request, or ``None`` when the operator went back."""
        return cls(parent, detail, submit)._answer()


HandOverSubmit = Callable[[str, str, bool], RequestDetail]


class HandOverDialog(_AskDialog):
    """Who takes the akta away, with their KTP-el checked against the NIK typed."""

    def __init__(
        self, parent: QWidget | None, detail: RequestDetail, submit: HandOverSubmit
    ) -> None:
        super().__init__(parent, self.tr("Serahkan akta"), self.tr(
            "{request}. Akta nomor {number} diserahkan kepada penerima yang menunjukkan "
            "KTP-el dan tanda terima.").format(
                request=_about(detail), number=detail.akta_number or "—"))
        self._submit_hand_over = submit
        self._reporter = detail.form.reporter
        self.recipient_name = QLineEdit()
        self.recipient_name.setObjectName("recipient_name")
        self.recipient_nik = QLineEdit()
        self.recipient_nik.setObjectName("recipient_nik")
        self.recipient_nik.setMaxLength(24)  # 16 digits, with the spaces people type
        self.recipient_nik.setPlaceholderText(self.tr("16 angka, dari KTP-el penerima"))
        self.id_checked = QCheckBox(self.tr("&KTP-el penerima sudah dicocokkan"))
        self.id_checked.setObjectName("id_checked")
        self.reporter_button = QPushButton(self.tr("Penerima adalah &pelapor"))
        self.reporter_button.setObjectName("recipient_is_reporter")
        self.reporter_button.setAutoDefault(False)
        self.reporter_button.clicked.connect(self._on_reporter_button_clicked)
        self.errors.add_row(self.form, self.tr("&Nama penerima"), "recipient_name",
                            self.recipient_name)
        self.errors.add_row(self.form, self.tr("N&IK penerima"), "recipient_nik",
                            self.recipient_nik, self.reporter_button)
        self.errors.add_row(self.form, self.tr("Pemeriksaan"), "id_checked", self.id_checked)
        self._finish_layout(self.tr("&Serahkan"), self.tr("&Batal"))

    @Slot()
    def _on_reporter_button_clicked(self) -> None:
        # Fills the fields only; the KTP-el must still be looked at and the box ticked.
        self.recipient_name.setText(self._reporter.name)
        self.recipient_nik.setText(self._reporter.nik)
        self.id_checked.setFocus()

    def _submit(self) -> RequestDetail:
        return self._submit_hand_over(self.recipient_name.text(), self.recipient_nik.text(),
                                      self.id_checked.isChecked())

    @classmethod
    def ask(
        cls, parent: QWidget | None, detail: RequestDetail, submit: HandOverSubmit
    ) -> RequestDetail | None:
        """The handed-over request, or ``None`` when cancelled."""
        return cls(parent, detail, submit)._answer()


CentralSubmit = Callable[[RequestStatus, str | None, str | None], RequestDetail]


class CentralStatusDialog(_AskDialog):
    """A supervisor records by hand a step the Dispendukcapil took (until sync exists)."""

    def __init__(
        self, parent: QWidget | None, detail: RequestDetail, submit: CentralSubmit
    ) -> None:
        super().__init__(parent, self.tr("Catat status dari Dispendukcapil"), self.tr(
            "{request}. Catat di sini langkah yang sudah diambil Dispendukcapil selama "
            "belum ada sambungan sinkronisasi. Tercatat atas nama Anda (supervisor, "
            "manual).").format(request=_about(detail)))
        self._submit_status = submit
        self.status = QComboBox()
        self.status.setObjectName("central_status")
        for status in central_choices(detail.status):
            self.status.addItem(translated(STATUS_LABELS[status]), status)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("mis. nama ibu berbeda dengan KK"))
        self.akta_number = QLineEdit()
        self.akta_number.setObjectName("akta_number")
        self.akta_number.setPlaceholderText(self.tr("nomor pada akta yang terbit"))
        self.errors.add_row(self.form, self.tr("&Status baru"), "status", self.status)
        self._reason_row = self.errors.add_row(
            self.form, self.tr("&Alasan dikembalikan"), "reason", self.reason)
        self._number_row = self.errors.add_row(
            self.form, self.tr("&Nomor akta"), "akta_number", self.akta_number)
        self.status.currentIndexChanged.connect(self._on_status_current_index_changed)
        self._finish_layout(self.tr("&Catat status"), self.tr("&Batal"))
        self.ok_button.setEnabled(self.status.count() > 0)
        self._on_status_current_index_changed()

    def chosen(self) -> RequestStatus | None:
        data = self.status.currentData()
        return RequestStatus(data) if data is not None else None

    def choose(self, status: RequestStatus) -> None:
        self.status.setCurrentIndex(self.status.findData(status))

    @Slot()
    def _on_status_current_index_changed(self) -> None:
        chosen = self.chosen()
        self.form.set_row_visible(self._reason_row, chosen == RequestStatus.RETURNED)
        self.form.set_row_visible(self._number_row, chosen == RequestStatus.ISSUED)
        self.errors.clear()

    def _ready(self) -> bool:
        if self.chosen() is None:
            self.errors.show_general(self.tr("Pilih status baru."))
            return False
        return True

    def _submit(self) -> RequestDetail:
        chosen = self.chosen()
        assert chosen is not None  # _ready said so
        return self._submit_status(
            chosen,
            self.reason.text() if chosen == RequestStatus.RETURNED else None,
            self.akta_number.text() if chosen == RequestStatus.ISSUED else None)

    @classmethod
    def ask(
        cls, parent: QWidget | None, detail: RequestDetail, submit: CentralSubmit
    ) -> RequestDetail | None:
        """The request with its new status, or ``None`` when cancelled."""
        return cls(parent, detail, submit)._answer()
