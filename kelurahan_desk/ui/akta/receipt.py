"""Printing the tanda terima of a request just taken in: the printer and paper the operator
picks, then the print itself (the receipt's values come from ``ui/akta_request_receipt``,
shared with the requests page's reprint)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QWidget

from kelurahan_desk.documents.akta_receipt_pdf import ReceiptData
from kelurahan_desk.ui import receipt_printing
from kelurahan_desk.ui.akta.dialogs import PrintReceiptDialog
from kelurahan_desk.ui.pdf_printing import default_printer


def print_with_choice(parent: QWidget, data: ReceiptData) -> str | None:
    """Ask for printer and paper, then print; the printer's name, or None when the
    operator cancelled. Raises ``PrintFailed`` (its message in Indonesian) when it fails."""
    printers = receipt_printing.available_printers()
    choice = PrintReceiptDialog.ask(parent, printers, default_printer(), data.tracking_number)
    if choice is None:
        return None
    printer, paper = choice
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        receipt_printing.print_receipt(data, printer, paper)
    finally:
        QApplication.restoreOverrideCursor()
    return printer
