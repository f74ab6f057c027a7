"""The band over a request that has been taken in: its tracking number, big enough to read
out to the citizen, when it should be ready, and the receipt button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kelurahan_desk.domain.akta import EDITABLE, STATUS_LABELS, RequestStatus
from kelurahan_desk.domain.nik import format_date
from kelurahan_desk.services.akta_views import RequestDetail
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.style import set_role


class TakenInBanner(QFrame):
    """Shown once a request has a tracking number (not for drafts or cancelled ones)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("submitted_banner")
        self.title = QLabel()
        self.title.setObjectName("banner_title")
        set_role(self.title, "subtitle")
        self.tracking = QLabel()
        self.tracking.setObjectName("tracking_number")
        self.tracking.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel()
        self.detail.setObjectName("banner_detail")
        self.detail.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Cetak tanda terima (Ctrl+P)"))
        self.print_button.setObjectName("print_receipt_button")
        set_role(self.print_button, "primary")
        self.new_button = QPushButton(self.tr("Formulir baru (Ctrl+N)"))
        self.new_button.setObjectName("banner_new_button")
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.tracking)
        text.addWidget(self.detail)
        buttons = QVBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(18, 12, 18, 12)
        row.addLayout(text, 1)
        row.addLayout(buttons)

    def show_request(self, detail: RequestDetail | None) -> bool:
        """Show ``detail`` if it was taken in; returns whether the banner shows."""
        status = detail.status if detail else None
        taken_in = bool(detail and detail.tracking_number and status not in (
            RequestStatus.DRAFT, RequestStatus.CANCELLED))
        self.setVisible(taken_in)
        if not taken_in or detail is None:
            return False
        self.title.setText(self.tr("Permohonan diterima") if status == RequestStatus.SUBMITTED
                           else translated(STATUS_LABELS[detail.status]))
        self.tracking.setText(detail.tracking_number or "")
        parts = []
        if detail.expected_completion:
            parts.append(self.tr("Perkiraan selesai {date}").format(
                date=format_date(detail.expected_completion)))
        if detail.late:
            parts.append(self.tr("Terlambat dilaporkan"))
        if detail.status in EDITABLE:
            parts.append(self.tr("Perbaikan masih dapat disimpan sampai dikirim ke "
                                 "Dispendukcapil."))
        else:
            parts.append(self.tr("Sudah dikirim ke Dispendukcapil; tidak dapat diubah."))
        self.detail.setText(" · ".join(parts))
        return True
