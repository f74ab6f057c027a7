"""Printing PDF bytes through Qt's print system: QtPdf renders each page onto a QPrinter.

Shared by the kiosk ticket and the akta receipt. Each caller passes its own failure texts
(``PrintTexts``), already translated, so the person at the printer reads what failed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

_POINTS_PER_MM = 72 / 25.4


class PrintFailed(Exception):
    """The document could not be printed; ``message`` says why, for the person printing."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class PrintTexts:
    """Why a print failed, in the user's language; ``{printer}`` is the printer's name."""

    no_printer: str
    not_installed: str
    refused: str
    not_ready: str


def available_printers() -> list[str]:
    """Names of the printers this PC can print to (CUPS queues, Windows printers)."""
    return list(QPrinterInfo.availablePrinterNames())


def default_printer() -> str | None:
    """The system's default printer, or ``None`` when none is set."""
    return QPrinterInfo.defaultPrinterName() or None


def pdf_page_mm(pdf_bytes: bytes, texts: PrintTexts) -> tuple[float, float]:
    """Width and height in millimetres of the PDF's first page."""
    document, _buffer = load_pdf(pdf_bytes, texts)
    size = document.pagePointSize(0)
    return size.width() / _POINTS_PER_MM, size.height() / _POINTS_PER_MM


def custom_page(width_mm: float, height_mm: float) -> QPageSize:
    """A page of exactly this size (thermal paper has no standard name)."""
    return QPageSize(QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter, "",
                     QPageSize.SizeMatchPolicy.ExactMatch)


def print_pdf(
    pdf_bytes: bytes,
    printer_name: str | None,
    page_size: QPageSize,
    texts: PrintTexts,
    doc_name: str = "",
    max_dpi: int = 600,
) -> None:
    """Print every page of ``pdf_bytes`` on ``page_size`` paper, edge to edge.

    Raises ``PrintFailed`` with one of ``texts`` when no printer is chosen, the printer is
    not there, the PDF cannot be read, or the printer does not take the job. ``doc_name``
    is the job's title in the print queue. Pages are rendered at the printer's resolution
    divided by a whole number, at most ``max_dpi``: an integer fraction keeps every
    barcode module equally wide, and the cap keeps an A4 page's image to tens of MB.
    """
    if not printer_name:
        raise PrintFailed(texts.no_printer)
    if printer_name not in available_printers():
        raise PrintFailed(texts.not_installed.format(printer=printer_name))

    document, _buffer = load_pdf(pdf_bytes, texts)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(printer_name)
    if doc_name:
        printer.setDocName(doc_name)
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(page_size, QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    dpi = printer.resolution()
    render_dpi = dpi / math.ceil(dpi / max_dpi)
    size_mm = page_size.size(QPageSize.Unit.Millimeter)
    pixels = QSize(round(size_mm.width() / 25.4 * render_dpi),
                   round(size_mm.height() / 25.4 * render_dpi))

    # every page is rendered before the job starts, so a failure leaves no half job queued
    pages = [_on_white(document, page, pixels, texts) for page in range(document.pageCount())]

    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(texts.refused.format(printer=printer_name))
    took_pages = True
    try:
        for number, image in enumerate(pages):
            if number and not printer.newPage():
                took_pages = False
                break
            painter.drawImage(QRectF(printer.pageLayout().fullRectPixels(dpi)), image)
    finally:
        ended = painter.end()  # a CUPS job is handed over here
    if not (ended and took_pages):
        raise PrintFailed(texts.refused.format(printer=printer_name))


def _on_white(document: QPdfDocument, page: int, pixels: QSize, texts: PrintTexts) -> QImage:
    """The page as an opaque image: QtPdf leaves it transparent where nothing is drawn."""
    image = document.render(page, pixels)
    if image.isNull():
        raise PrintFailed(texts.not_ready)
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(0xFFFFFF)
    flatten = QPainter(paper)
    flatten.drawImage(0, 0, image)
    flatten.end()
    return paper


def load_pdf(pdf_bytes: bytes, texts: PrintTexts) -> tuple[QPdfDocument, QBuffer]:
    """A loaded document, and the buffer it reads from (keep both alive together)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf_bytes))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise PrintFailed(texts.not_ready)
    return document, buffer
