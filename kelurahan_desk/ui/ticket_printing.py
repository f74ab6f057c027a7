"""Printing a kiosk ticket through Qt's print system (see pdf_printing.py for how).

A failed print never takes the number back: the ticket is issued and stays valid. Callers
catch ``PrintFailed`` and show its message; the citizen still reads the number on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from kelurahan_desk.documents.ticket_pdf import TicketPrint, render_ticket
from kelurahan_desk.domain.queue import PRIORITY_LABELS
from kelurahan_desk.services.office import get_settings
from kelurahan_desk.services.queue import IssuedTicket
from kelurahan_desk.store.database import Store
from kelurahan_desk.ui import pdf_printing
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.pdf_printing import PrintFailed, PrintTexts, available_printers

__all__ = ["PrintFailed", "available_printers", "pdf_page_mm", "print_pdf", "print_ticket",
           "ticket_print", "ticket_printer"]

translate = QCoreApplication.translate  # bare name: lupdate finds translate("ctx", "text")

# Printers report up to 1200 dpi; a ticket needs no more than 600, and rendering at an
# integer fraction of the printer's resolution keeps every barcode module equally wide.
MAX_RENDER_DPI = 600


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


def pdf_page_mm(pdf_bytes: bytes) -> tuple[float, float]:
    """Width and height in millimetres of the PDF's first page."""
    return pdf_printing.pdf_page_mm(pdf_bytes, _texts())


def ticket_printer(store: Store, printer_name: str | None) -> Callable[[IssuedTicket], None]:
    """The kiosk's printer: prints each ticket on ``printer_name``, or on the system's
    default printer when ``None``, on the paper width of the office settings.

    Both are looked up at every print, so a printer plugged in or a setting changed
    while the kiosk runs takes effect without a restart.
    """

    def print_one(issued: IssuedTicket) -> None:
        name = printer_name or pdf_printing.default_printer()
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
    """Print ``pdf_bytes`` on pages of ``page_mm`` (width, height), with the ticket's texts.

    Raises ``PrintFailed`` when no printer is chosen, the printer is not there, or it
    does not take the job. ``doc_name`` is the job's title in the print queue.
    """
    width_mm, height_mm = page_mm
    pdf_printing.print_pdf(pdf_bytes, printer_name, pdf_printing.custom_page(width_mm, height_mm),
                           _texts(), doc_name=doc_name, max_dpi=MAX_RENDER_DPI)


def _texts() -> PrintTexts:
    return PrintTexts(
        no_printer=translate("TicketPrinting", "Belum ada printer karcis yang dipasang."),
        not_installed=translate(
            "TicketPrinting", "Printer karcis \"{printer}\" tidak terpasang di komputer ini."),
        refused=translate(
            "TicketPrinting", "Printer karcis \"{printer}\" tidak dapat mencetak sekarang."),
        not_ready=translate("TicketPrinting", "Karcis tidak dapat disiapkan untuk dicetak."),
    )
