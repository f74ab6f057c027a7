"""Yes/no questions and the file to save a PDF to; each has ``ask`` so tests can stand in."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QVBoxLayout, QWidget

from kelurahan_desk.ui.page_parts import dialog_buttons

translate = QCoreApplication.translate  # bare name: lupdate finds translate("ctx", "text")

# The queue service whose visitors come to have a KTP-el printed
# (queue_services.DEFAULT_SERVICES: "C", "KTP-el (cetak)").
KTP_SERVICE_PREFIX = "C"


def is_ktp_ticket(code: str) -> bool:
    """Whether a ticket ("C-014") came for a KTP-el print."""
    return code.split("-", 1)[0].strip().upper() == KTP_SERVICE_PREFIX


class Question(QDialog):
    """A question with a default "yes" button (Enter) and "no" (Esc)."""

    def __init__(self, parent: QWidget | None, title: str, text: str, detail: str,
                 yes: str, no: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        question = QLabel(text)
        question.setObjectName("question")
        question.setWordWrap(True)
        question.setStyleSheet("font-size: 13pt; font-weight: 600;")
        column = QVBoxLayout(self)
        column.addWidget(question)
        if detail:
            more = QLabel(detail)
            more.setObjectName("question_detail")
            more.setWordWrap(True)
            column.addWidget(more)
        box, self.ok_button = dialog_buttons(self, yes, no)
        self.ok_button.clicked.connect(self.accept)
        column.addWidget(box)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, detail: str, yes: str,
            no: str) -> bool:
        return cls(parent, title, text, detail, yes, no).exec() == QDialog.DialogCode.Accepted


class StartPrintJobDialog(Question):
    """Offered when a ticket for a KTP-el print is finished with no print job linked.

    Shown with ``open`` (window-modal, not a nested event loop): the queue page goes on
    at once and the answer comes back through ``accepted``.
    """

    def __init__(self, parent: QWidget | None, ticket_code: str) -> None:
        super().__init__(
            parent, self.tr("Pekerjaan cetak KTP-el"),
            self.tr("Buat pekerjaan cetak KTP-el untuk {code}?").format(code=ticket_code),
            self.tr("Formulir pekerjaan cetak dibuka di halaman KTP-el dan pekerjaannya "
                    "ditautkan ke nomor antrean {code}.").format(code=ticket_code),
            self.tr("&Ya, buat pekerjaan"), self.tr("&Tidak"))
        self.setObjectName("start_print_job_question")

    @classmethod
    def offer(cls, parent: QWidget | None, ticket_code: str,
              yes: Callable[[], None]) -> StartPrintJobDialog:
        """Ask without blocking; ``yes()`` runs if the operator agrees (Enter)."""
        dialog = cls(parent, ticket_code)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(yes)
        dialog.open()
        return dialog


class SavePdfDialog:
    """Where to save a PDF: the system's save dialog, in the Documents folder."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested_name: str) -> Path | None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        start = str(Path(folder) / suggested_name) if folder else suggested_name
        name, _filter = QFileDialog.getSaveFileName(
            parent, translate("SavePdfDialog", "Simpan PDF"), start,
            translate("SavePdfDialog", "Dokumen PDF (*.pdf)"))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")
