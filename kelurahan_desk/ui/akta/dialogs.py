"""Small questions the akta pages ask: start a request from a ticket, discard what was
typed, and which printer and paper the receipt goes to (the shared ``PrintChoiceDialog``).
Each has ``ask`` so tests can stand in for it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from kelurahan_desk.domain.akta import KIND_LABELS, RequestKind
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.page_parts import dialog_buttons
from kelurahan_desk.ui.print_choice import PrintChoiceDialog

# The queue services whose visitors come for an akta (queue_services.DEFAULT_SERVICES).
AKTA_SERVICE_PREFIXES = {"A": RequestKind.BIRTH, "B": RequestKind.DEATH}


def akta_kind_of_ticket(code: str) -> RequestKind | None:
    """The akta a ticket ("A-014") came for, or None for other services."""
    return AKTA_SERVICE_PREFIXES.get(code.split("-", 1)[0].strip().upper())


class _Question(QDialog):
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
            more.setWordWrap(True)
            column.addWidget(more)
        box, self.ok_button = dialog_buttons(self, yes, no)
        self.ok_button.clicked.connect(self.accept)
        column.addWidget(box)


class StartRequestDialog(_Question):
    """Asked when a ticket for an akta service is finished."""

    def __init__(self, parent: QWidget | None, kind: RequestKind, ticket_code: str) -> None:
        name = translated(KIND_LABELS[kind]).lower()
        super().__init__(
            parent, self.tr("Mulai permohonan"),
            self.tr("Mulai permohonan {kind} untuk {code}?").format(
                kind=name, code=ticket_code),
            self.tr("Formulir F-2.01 dibuka dan permohonan ditautkan ke nomor antrean "
                    "{code}.").format(code=ticket_code),
            self.tr("&Ya, buka formulir"), self.tr("&Tidak"))

    @classmethod
    def ask(cls, parent: QWidget | None, kind: RequestKind, ticket_code: str) -> bool:
        return cls(parent, kind, ticket_code).exec() == QDialog.DialogCode.Accepted


class DiscardDialog(_Question):
    """Asked before "Formulir baru" throws away what was typed and not saved."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(
            parent, self.tr("Formulir baru"),
            self.tr("Isian yang belum disimpan akan hilang. Mulai formulir baru?"),
            self.tr("Pilih Batal lalu tekan Ctrl+S untuk menyimpan draf dulu."),
            self.tr("&Buang dan mulai baru"), self.tr("&Batal"))

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        return cls(parent).exec() == QDialog.DialogCode.Accepted


class PrintReceiptDialog(PrintChoiceDialog):
    """The receipt's printer (the system's default chosen first) and paper, A5 or A4."""

    def __init__(self, parent: QWidget | None, printers: list[str], default: str | None,
                 tracking_number: str) -> None:
        super().__init__(parent, printers, default, self.tr("Cetak tanda terima"),
                         self.tr("Tanda terima permohonan {number}").format(
                             number=tracking_number), ("A5", "A4"))
        self.printer.setObjectName("receipt_printer")
        self.a5, self.a4 = self.papers["A5"], self.papers["A4"]

    @classmethod
    def ask(cls, parent: QWidget | None, printers: list[str],  # type: ignore[override]
            default: str | None, tracking_number: str) -> tuple[str, str] | None:
        """(printer name, "A5" or "A4"), or None when cancelled."""
        dialog = cls(parent, printers, default, tracking_number)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
