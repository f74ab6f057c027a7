"""Printing or saving an official A4 letter (Berita Acara, serah terima, rekonsiliasi).

Printing runs on the thread pool a page at a time: a Berita Acara of 13,659 cards has about
236 pages, and rendering them all before the job starts (as ``pdf_printing.print_pdf``
does for a one-page receipt, so a failure leaves no half job) would hold gigabytes. Qt
allows painting on a ``QPrinter`` outside the GUI thread; the worker touches no widget.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QRectF, QSize, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from kelurahan_desk.ui.background import run_in_background
from kelurahan_desk.ui.cards.questions import SavePdfDialog
from kelurahan_desk.ui.pdf_printing import (
    PrintFailed,
    PrintTexts,
    available_printers,
    default_printer,
    load_pdf,
)
from kelurahan_desk.ui.print_choice import PrintChoiceDialog

translate = QCoreApplication.translate  # bare name: lupdate finds translate("ctx", "text")

MAX_RENDER_DPI = 300  # text and a 27 mm QR code need no more
_A4_MM = (210.0, 297.0)


def letter_print_texts() -> PrintTexts:
    return PrintTexts(
        no_printer=translate("PdfOutput", "Belum ada printer yang dipilih."),
        not_installed=translate(
            "PdfOutput", "Printer \"{printer}\" tidak terpasang di komputer ini. Dokumen "
            "belum dicetak."),
        refused=translate(
            "PdfOutput", "Printer \"{printer}\" tidak dapat mencetak sekarang. Periksa "
            "printer, lalu cetak ulang."),
        not_ready=translate("PdfOutput", "Dokumen tidak dapat disiapkan untuk dicetak."),
    )


def print_pages(pdf: bytes, printer_name: str, doc_name: str, texts: PrintTexts,
                progress: Callable[[int, int], None] | None = None) -> None:
    """Print every page of an A4 PDF on ``printer_name``, rendering one page at a time;
    ``PrintFailed`` (with one of ``texts``) when it cannot."""
    document, _buffer = load_pdf(pdf, texts)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(printer_name)
    printer.setDocName(doc_name)
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                      QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                                      QPageLayout.Unit.Millimeter))
    dpi = printer.resolution()
    render_dpi = dpi / math.ceil(dpi / MAX_RENDER_DPI)  # whole fractions keep QR modules even
    pixels = QSize(round(_A4_MM[0] / 25.4 * render_dpi), round(_A4_MM[1] / 25.4 * render_dpi))
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(texts.refused.format(printer=printer_name))
    failure: str | None = None
    try:
        for page in range(pages):
            if page and not printer.newPage():
                failure = texts.refused.format(printer=printer_name)
                break
            image = document.render(page, pixels)
            if image.isNull():
                failure = texts.not_ready
                break
            paper = QImage(image.size(), QImage.Format.Format_RGB32)
            paper.fill(0xFFFFFF)  # QtPdf leaves the page transparent where nothing is drawn
            flatten = QPainter(paper)
            flatten.drawImage(0, 0, image)
            flatten.end()
            painter.drawImage(QRectF(printer.pageLayout().fullRectPixels(dpi)), paper)
            if progress is not None:
                progress(page + 1, pages)
    finally:
        ended = painter.end()
    if failure is None and not ended:
        failure = texts.refused.format(printer=printer_name)
    if failure is not None:
        raise PrintFailed(failure)


class PdfOutput(QObject):
    """Prints or saves a rendered A4 letter for a page or dialog, and says how it went.

    Signals: finished(str) — what was done, for the status line; failed(str) — why not.
    """

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self._owner = owner
        self.printing = False

    def print_pdf(self, pdf: bytes, about: str, doc_name: str) -> bool:
        """Ask for the printer (A4), then print off the GUI thread; False if not started."""
        printers = available_printers()
        choice = PrintChoiceDialog.ask(self._owner, printers, default_printer(),
                                       self.tr("Cetak dokumen"), about, ("A4",))
        if choice is None:
            return False
        printer, _paper = choice
        texts = letter_print_texts()
        if printer not in printers:
            self.failed.emit(texts.not_installed.format(printer=printer))
            return False
        self.printing = True
        run_in_background(lambda: print_pages(pdf, printer, doc_name, texts),
                          lambda _result: self._on_printed(doc_name, printer),
                          self._on_print_failed)
        return True

    def _on_printed(self, doc_name: str, printer: str) -> None:
        self.printing = False
        self.finished.emit(self.tr("{document} dikirim ke printer {printer}.").format(
            document=doc_name, printer=printer))

    def _on_print_failed(self, exc: Exception) -> None:
        self.printing = False
        self.failed.emit(exc.message if isinstance(exc, PrintFailed) else self.tr(
            "Dokumen gagal dicetak: {detail}").format(detail=exc))

    def save_pdf(self, pdf: bytes, suggested_name: str) -> Path | None:
        """Ask where, then write the file; the path, or None when cancelled or failed."""
        path = SavePdfDialog.ask(self._owner, suggested_name)
        if path is None:
            return None
        try:
            path.write_bytes(pdf)
        except OSError as exc:
            self.failed.emit(self.tr("PDF tidak dapat disimpan di {path}: {detail}").format(
                path=path, detail=exc.strerror or exc))
            return None
        self.finished.emit(self.tr("PDF disimpan di {path}.").format(path=path))
        return path


def file_name(text: str) -> str:
    """A document number as part of a file name: ``470/012/2026`` → ``470-012-2026``."""
    kept = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in text.strip())
    return "-".join(part for part in kept.split("-") if part) or "dokumen"
