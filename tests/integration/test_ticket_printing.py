"""Printing tickets through Qt's print system: clear failures, and a real CUPS print.

The CUPS test prints to a cups-pdf queue (``.ci/run`` installs CUPS and creates KD-PDF)
and reads back the PDF that cups-pdf wrote: its page must be the ticket's size and its
barcode must still decode to the ticket's key after CUPS, its filters and Ghostscript.
"""

from __future__ import annotations

import io
import os
import pwd
import shutil
import subprocess
import threading
import time
import uuid
from pathlib import Path

import pytest
import zxingcpp
from pypdf import PdfReader

from kelurahan_desk.documents.ticket_pdf import render_ticket
from kelurahan_desk.services.accounts import sign_in
from kelurahan_desk.services.demo import seed_demo
from kelurahan_desk.services.office import change_settings
from kelurahan_desk.services.queue import issue_ticket
from kelurahan_desk.services.queue_services import list_services
from kelurahan_desk.services.queue_views import kiosk_overview
from kelurahan_desk.store.database import Store
from kelurahan_desk.ui.ticket_printing import (
    PrintFailed,
    available_printers,
    pdf_page_mm,
    print_pdf,
    ticket_print,
    ticket_printer,
)

CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
PREFERRED_QUEUE = "KD-PDF"  # the queue .ci/run creates
POINTS_PER_MM = 72 / 25.4


@pytest.fixture
def issued(tmp_path):
    store = Store.open(tmp_path / "store")
    try:
        seed_demo(store)
        service = next(s for s in list_services(store) if s.prefix == "A")
        issue_ticket(store, service.id)  # one waits ahead
        yield store, issue_ticket(store, service.id)
    finally:
        store.close()


def test_unknown_printer_fails_in_indonesian_and_the_ticket_stays_issued(qapp, issued):
    store, ticket = issued
    name = f"KD-TIDAK-ADA-{uuid.uuid4().hex[:8]}"
    assert name not in available_printers()

    with pytest.raises(PrintFailed) as failed:
        ticket_printer(store, name)(ticket)

    assert failed.value.message == str(failed.value)
    assert failed.value.message == f'Printer karcis "{name}" tidak terpasang di komputer ini.'
    waiting = {k.service.prefix: k.waiting for k in kiosk_overview(store)}
    assert waiting["A"] == 2  # printing is not issuing: both numbers still wait


@pytest.mark.parametrize("printer", [None, ""])
def test_no_printer_fails_in_indonesian(qapp, issued, printer):
    _, ticket = issued
    pdf = render_ticket(ticket_print(ticket), 58)
    with pytest.raises(PrintFailed) as failed:
        print_pdf(pdf, printer, pdf_page_mm(pdf))
    assert failed.value.message == "Belum ada printer karcis yang dipasang."


def test_unreadable_pdf_fails_plainly(qapp):
    with pytest.raises(PrintFailed, match="tidak dapat disiapkan"):
        pdf_page_mm(b"%PDF-1.4 not really")


# --- a real CUPS printer ----------------------------------------------------------------


def _lpstat(*args: str) -> str:
    done = subprocess.run(["lpstat", *args], capture_output=True, text=True, timeout=30)
    return done.stdout


def require_cups_scheduler() -> None:
    """Skip the test (fail it in CI) when no CUPS scheduler runs here."""
    problem = None
    if shutil.which("lpstat") is None:
        problem = "CUPS is not installed (no lpstat on PATH)"
    elif "scheduler is running" not in _lpstat("-r"):
        problem = "the CUPS scheduler is not running (lpstat -r)"
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{problem}: .ci/run should have started CUPS")
        pytest.skip(problem)


@pytest.fixture
def cups_pdf_queue() -> str:
    """A running CUPS scheduler's cups-pdf queue; skip (fail in CI) without a scheduler."""
    require_cups_scheduler()
    queues = [
        line.split()[2].rstrip(":")
        for line in _lpstat("-v").splitlines()
        if line.startswith("device for ") and "cups-pdf:/" in line
    ]
    if not queues:
        pytest.fail(
            "CUPS runs but has no cups-pdf queue; add one as .ci/run does: "
            "apt-get install cups-pdf && lpadmin -p KD-PDF -E -v cups-pdf:/ "
            "-m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
        )
    return PREFERRED_QUEUE if PREFERRED_QUEUE in queues else queues[0]


def cups_pdf_folders(user: pwd.struct_passwd) -> list[Path]:
    """Where cups-pdf writes ``user``'s jobs, read from its configuration.

    ``Out`` (default ``${HOME}/PDF``) for a local user, ``AnonDirName`` for jobs it
    cannot map to one; ``${HOME}`` and ``${USER}`` are the user's, as cups-pdf expands
    them from the password database (not from this process's environment).
    """
    settings = {"Out": "${HOME}/PDF", "AnonDirName": "/var/spool/cups-pdf/ANONYMOUS"}
    if CUPS_PDF_CONF.exists():
        for line in CUPS_PDF_CONF.read_text(encoding="utf-8", errors="replace").splitlines():
            key, _, value = line.strip().partition(" ")
            if key in settings and value.strip():
                settings[key] = value.strip()
    return [
        Path(settings[key].replace("${HOME}", user.pw_dir).replace("${USER}", user.pw_name))
        for key in ("Out", "AnonDirName")
    ]


def _outputs(folders: list[Path], prefix: str) -> list[Path]:
    return [p for folder in folders if folder.is_dir() for p in folder.glob(f"{prefix}*.pdf")]


def _wait_for_output(queue: str, folders: list[Path], prefix: str, seconds: float) -> Path:
    """The file cups-pdf wrote for the job titled ``prefix``, once CUPS calls it done.

    cups-pdf names the file after the job title (plus a job-number label), so a unique
    title finds it; the job leaving ``lpstat -o`` means the file is complete.
    """
    pause = threading.Event()
    deadline = time.monotonic() + seconds
    while True:
        found = _outputs(folders, prefix)
        if found and not _lpstat("-o", queue).strip():
            assert len(found) == 1, found
            return found[0]
        if time.monotonic() > deadline:
            pytest.fail(
                f"no {prefix}*.pdf in {[str(f) for f in folders]} after {seconds} s; "
                f"jobs still queued: {_lpstat('-o', queue)!r}; see /var/log/cups/"
            )
        pause.wait(0.1)


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_ticket_printed_on_a_real_cups_printer_keeps_its_size_and_barcode(
    cups_pdf_queue, qapp, issued, paper_mm
):
    """The kiosk's own printer function, on the paper width the office set."""
    store, ticket = issued
    admin = sign_in(store, "admin", "admin-demo")
    change_settings(store, admin, {"ticket_paper_mm": paper_mm})
    assert cups_pdf_queue in available_printers()  # Qt sees the CUPS queue
    folders = cups_pdf_folders(pwd.getpwuid(os.getuid()))
    title = ticket.ticket.key  # the job title; cups-pdf names the file after it
    for stale in _outputs(folders, title):  # left by an interrupted earlier run
        stale.unlink()
    pdf = render_ticket(ticket_print(ticket), paper_mm)
    width_mm, height_mm = pdf_page_mm(pdf)
    assert width_mm == pytest.approx(paper_mm, abs=0.1)

    ticket_printer(store, cups_pdf_queue)(ticket)

    output = _wait_for_output(cups_pdf_queue, folders, title, seconds=60)
    try:
        reader = PdfReader(io.BytesIO(output.read_bytes()))
        assert len(reader.pages) == 1
        box = reader.pages[0].mediabox
        # Ghostscript rounds the page to whole points
        assert float(box.width) == pytest.approx(width_mm * POINTS_PER_MM, abs=2)
        assert float(box.height) == pytest.approx(height_mm * POINTS_PER_MM, abs=2)
        # The print is a picture of the ticket (QtPdf renders it for the printer), so
        # the code is in the job title, and the barcode is read off the picture itself,
        # at the resolution the printer got it (re-rendering would resample the bars).
        assert ticket.ticket.code in str(reader.metadata.title)
        (picture,) = reader.pages[0].images
        found = zxingcpp.read_barcodes(picture.image)
        assert [(f.text, f.format) for f in found] == [
            (ticket.ticket.key, zxingcpp.BarcodeFormat.Code128)
        ]
    finally:
        output.unlink()
