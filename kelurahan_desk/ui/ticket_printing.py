"""Printing a kiosk ticket through Qt's print system: QtPdf renders the PDF onto a QPrinter.

A failed print never takes the number back: the ticket is issued and stays valid. Callers
catch ``PrintFailed`` and show its message; the citizen still reads the number on screen.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSize,
    QSizeF,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kelurahan_desk.documents.ticket_pdf import TicketPrint, render_ticket
from kelurahan_desk.domain.queue import PRIORITY_LABELS
from kelurahan_desk.services.office import get_settings
from kelurahan_desk.services.queue import IssuedTicket
from kelurahan_desk.store.database import Store
from kelurahan_desk.ui.i18n import translated

translate = QCoreApplication.translate  # bare name: lupdate finds translate("ctx", "text")

# Printers report up to 1200 dpi; a ticket needs no more than 600, and rendering at an
# integer fraction of the printer's resolution keeps every barcode module equally wide.
MAX_RENDER_DPI = 600
_POINTS_PER_MM = 72 / 25.4


class PrintFailed(Exception):
    """The ticket could not be printed; ``message`` says why, for the person at the kiosk."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def ticket_print(issued: IssuedTicket) -> TicketPrint:
    """What goes on the paper for ``issued``, in the user's language."""
    ticket = issued.ticket
    priority = None
    if ticket.priority is not None:
        priority = translate("TicketPrinting", "Prioritas: {reason}").format(
            reason=translated(PRIORITY_LABELS[ticket.priority]))
    ahead = translate("TicketPrinting", "Di depan Anda: {n} orang")
    return TicketPrint(
        office_name=translate("TicketPrinting", "Kelurahan {name}").format(
            name=issued.office_name),
        service_name=ticket.service_name,
        code=ticket.code,
        key=ticket.key,
        priority_label=priority,
        issued_text=f"{issued.local_issued_at:%d-%m-%Y %H:%M}",
        ahead_text=ahead.format(n=issued.people_ahead),
        footer_text=translate("TicketPrinting", "Simpan karcis ini. Nomor dipanggil di layar."),
        number_label=translate("TicketPrinting", "Nomor antrean"),
    )


def available_printers() -> list[str]:
    """Names of the printers this PC can print to (CUPS queues, Windows printers)."""
    return list(QPrinterInfo.availablePrinterNames())


def pdf_page_mm(pdf_bytes: bytes) -> tuple[float, float]:
    """Width and height in millimetres of the PDF's first page."""
    document, _buffer = _load(pdf_bytes)
    size = document.pagePointSize(0)
    return size.width() / _POINTS_PER_MM, size.height() / _POINTS_PER_MM


def ticket_printer(store: Store, printer_name: str | None) -> Callable[[IssuedTicket], None]:
    """The kiosk's printer: prints each ticket on ``printer_name``, or on the system's
    default printer when ``None``, on the paper width of the office settings.

    Both are looked up at every print, so a printer plugged in or a setting changed
    while the kiosk runs takes effect without a restart.
    """

    def print_one(issued: IssuedTicket) -> None:
        name = printer_name or QPrinterInfo.defaultPrinterName() or None
        print_ticket(issued, get_settings(store)["ticket_paper_mm"], name)

    return print_one


def print_ticket(issued: IssuedTicket, paper_mm: int, printer_name: str | None) -> None:
    """Render and print the ticket for ``issued`` on its own page size; ``PrintFailed``.

    The print job is titled with the ticket's key, as unique as the ticket.
    """
    pdf = render_ticket(ticket_print(issued), paper_mm)
    print_pdf(pdf, printer_name, pdf_page_mm(pdf), doc_name=issued.ticket.key)


def print_pdf(
    pdf_bytes: bytes,
    printer_name: str | None,
    page_mm: tuple[float, float],
    doc_name: str = "",
) -> None:
    """Print the first page of ``pdf_bytes`` on a page of ``page_mm`` (width, height).

    Raises ``PrintFailed`` when no printer is chosen, the printer is not there, or it
    does not take the job. ``doc_name`` is the job's title in the print queue.
    """
    if not printer_name:
        raise PrintFailed(translate("TicketPrinting", "Belum ada printer karcis yang dipasang."))
    if printer_name not in available_printers():
        raise PrintFailed(translate(
            "TicketPrinting", "Printer karcis \"{printer}\" tidak terpasang di komputer ini."
        ).format(printer=printer_name))

    document, _buffer = _load(pdf_bytes)
    width_mm, height_mm = page_mm
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(printer_name)
    if doc_name:
        printer.setDocName(doc_name)
    printer.setFullPage(True)
    page = QPageSize(QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter, "",
                     QPageSize.SizeMatchPolicy.ExactMatch)
    printer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))

    dpi = printer.resolution()
    render_dpi = dpi / math.ceil(dpi / MAX_RENDER_DPI)
    image = document.render(0, QSize(round(width_mm / 25.4 * render_dpi),
                                     round(height_mm / 25.4 * render_dpi)))
    if image.isNull():
        raise PrintFailed(_not_ready())
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(0xFFFFFF)  # QtPdf leaves the page transparent where nothing is drawn
    flatten = QPainter(paper)
    flatten.drawImage(0, 0, image)
    flatten.end()

    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(_refused(printer_name))
    try:
        painter.drawImage(QRectF(printer.pageLayout().fullRectPixels(dpi)), paper)
    finally:
        ended = painter.end()  # a CUPS job is handed over here
    if not ended:
        raise PrintFailed(_refused(printer_name))


def _refused(printer_name: str) -> str:
    return translate(
        "TicketPrinting", "Printer karcis \"{printer}\" tidak dapat mencetak sekarang."
    ).format(printer=printer_name)


def _not_ready() -> str:
    return translate("TicketPrinting", "Karcis tidak dapat disiapkan untuk dicetak.")


def _load(pdf_bytes: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A loaded document, and the buffer it reads from (keep both alive together)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf_bytes))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise PrintFailed(_not_ready())
    return document, buffer
