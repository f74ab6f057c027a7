"""Printing a kiosk ticket through Qt's print system (see pdf_printing.py for how), or as
raw ESC/POS bytes to a device, a file or a raw CUPS queue ("ESC/POS langsung").

A failed print never takes the number back: the ticket is issued and stays valid. Callers
catch ``PrintFailed`` and show its message; the citizen still reads the number on screen.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import subprocess
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from kelurahan_desk.documents.ticket_escpos import render_ticket_escpos
from kelurahan_desk.documents.ticket_pdf import TicketPrint, render_ticket
from kelurahan_desk.domain.queue import PRIORITY_LABELS
from kelurahan_desk.services.office import get_settings
from kelurahan_desk.services.queue import IssuedTicket
from kelurahan_desk.store.database import Store
from kelurahan_desk.ui import pdf_printing
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.pdf_printing import PrintFailed, PrintTexts, available_printers

__all__ = ["PrintFailed", "available_printers", "escpos_ticket_printer", "pdf_page_mm",
           "print_pdf", "print_ticket", "send_raw", "ticket_print", "ticket_printer"]

log = logging.getLogger(__name__)

translate = QCoreApplication.translate  # bare name: lupdate finds translate("ctx", "text")

# Printers report up to 1200 dpi; a ticket needs no more than 600, and rendering at an
# integer fraction of the printer's resolution keeps every barcode module equally wide.
MAX_RENDER_DPI = 600

RAW_QUEUE_PREFIX = "lp:"  # --escpos lp:QUEUE: a raw CUPS queue; anything else is a path
# A ticket is a few kB: a write still blocked after this is a printer offline or out of
# paper, and the unattended kiosk must answer rather than hang.
RAW_TIMEOUT_S = 5.0
# A device node whose printer is unplugged or off answers these: "not installed" to a user.
_NO_DEVICE = {errno.ENODEV, errno.ENXIO}


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


def escpos_ticket_printer(store: Store, target: str) -> Callable[[IssuedTicket], None]:
    """The kiosk's printer for ESC/POS langsung: each ticket as ESC/POS bytes to ``target``
    (see ``send_raw``), on the paper width of the office settings, read at every print."""

    def print_one(issued: IssuedTicket) -> None:
        paper_mm = get_settings(store)["ticket_paper_mm"]
        send_raw(render_ticket_escpos(ticket_print(issued), paper_mm), target,
                 doc_name=issued.ticket.key)

    return print_one


def send_raw(data: bytes, target: str, doc_name: str = "") -> None:
    """Send ``data`` unchanged to ``target``; ``PrintFailed`` with the ticket's texts.

    ``lp:QUEUE`` goes through CUPS (``lp -o raw``, titled ``doc_name``); anything else is
    a path: a device (``/dev/usb/lp0``, which must exist) or a file (appended to).
    """
    texts = _texts()
    if not target or target == RAW_QUEUE_PREFIX:
        raise PrintFailed(texts.no_printer)
    if target.startswith(RAW_QUEUE_PREFIX):
        _send_to_queue(data, target.removeprefix(RAW_QUEUE_PREFIX), doc_name, texts)
    else:
        _write_to_path(data, target, texts)


def _send_to_queue(data: bytes, queue: str, doc_name: str, texts: PrintTexts) -> None:
    lp = shutil.which("lp")
    if lp is None or queue not in available_printers():
        raise PrintFailed(texts.not_installed.format(printer=queue))
    try:
        done = subprocess.run([lp, "-d", queue, "-o", "raw", "-t", doc_name or "karcis"],
                              input=data, capture_output=True, timeout=RAW_TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.warning("lp -d %s: %s", queue, exc)
        raise PrintFailed(texts.refused.format(printer=queue)) from exc
    if done.returncode != 0:
        log.warning("lp -d %s: %s", queue, done.stderr.decode(errors="replace").strip())
        raise PrintFailed(texts.refused.format(printer=queue))


def _write_to_path(data: bytes, path: str, texts: PrintTexts) -> None:
    # A missing device must fail, not become a plain file in /dev that nothing prints.
    device = path.startswith(("/dev/", "\\\\.\\"))
    flags = os.O_WRONLY | getattr(os, "O_BINARY", 0) | (0 if device else os.O_CREAT | os.O_APPEND)
    outcome: list[OSError | None] = []

    def write() -> None:
        try:
            handle = os.open(path, flags, 0o644)
            try:
                rest = memoryview(data)
                while rest:
                    rest = rest[os.write(handle, rest):]
            finally:
                os.close(handle)
        except OSError as exc:
            outcome.append(exc)
        else:
            outcome.append(None)

    # A daemon thread, so a write the device never takes cannot keep the program alive.
    writer = threading.Thread(target=write, name="escpos-write", daemon=True)
    writer.start()
    writer.join(RAW_TIMEOUT_S)
    if not outcome:
        log.warning("%s took no ticket in %s s", path, RAW_TIMEOUT_S)
        raise PrintFailed(texts.refused.format(printer=path))
    failure = outcome[0]
    if failure is not None:
        log.warning("%s: %s", path, failure)
        gone = isinstance(failure, FileNotFoundError) or failure.errno in _NO_DEVICE
        raise PrintFailed((texts.not_installed if gone else texts.refused).format(printer=path))


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
