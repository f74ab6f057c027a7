"""ESC/POS langsung through a raw CUPS queue (``lp -o raw``) to a network thermal printer.

The "printer" is a socket on loopback, as a LAN thermal printer listens on port 9100; the
test makes a raw queue for it with ``lpadmin`` (skipped when this user may not) and reads
back what CUPS delivered with tests/escpos_reader.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import threading
import uuid
from collections.abc import Iterator

import pytest
from escpos_reader import read_escpos
from test_ticket_printing import issued, require_cups_scheduler

from kelurahan_desk.services.accounts import sign_in
from kelurahan_desk.services.office import change_settings
from kelurahan_desk.services.queue_views import kiosk_overview
from kelurahan_desk.ui.ticket_printing import PrintFailed, available_printers, escpos_ticket_printer

__all__ = ["issued"]  # a fixture: used by name, not by reference


class LoopbackPrinter:
    """Takes jobs on a loopback port, each connection one job, until closed."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.jobs: list[bytes] = []
        self.job_done = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.server.accept()
            except OSError:  # closed
                return
            with connection:
                chunks = []
                while chunk := connection.recv(65536):
                    chunks.append(chunk)
            self.jobs.append(b"".join(chunks))
            self.job_done.set()

    def close(self) -> None:
        # shutdown wakes the blocked accept() (close alone does not); some platforms refuse
        # it for a listening socket, where close still ends the server
        with contextlib.suppress(OSError):
            self.server.shutdown(socket.SHUT_RDWR)
        self.server.close()
        self._thread.join(5)


@pytest.fixture
def raw_queue() -> Iterator[tuple[str, LoopbackPrinter]]:
    """A raw CUPS queue (no driver: CUPS passes the bytes on) to a loopback printer."""
    require_cups_scheduler()
    printer = LoopbackPrinter()
    name = f"KD-ESCPOS-{uuid.uuid4().hex[:8]}"
    made = subprocess.run(["lpadmin", "-p", name, "-E", "-v", f"socket://127.0.0.1:{printer.port}"],
                          capture_output=True, text=True, timeout=30)
    if made.returncode != 0:
        printer.close()
        pytest.skip(f"lpadmin may not add a queue for this user: {made.stderr.strip()}")
    try:
        yield name, printer
    finally:
        subprocess.run(["lpadmin", "-x", name], capture_output=True, timeout=30)
        printer.close()


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_ticket_reaches_the_printer_unchanged_through_a_raw_cups_queue(
    qapp, issued, raw_queue, paper_mm
):
    store, ticket = issued
    name, printer = raw_queue
    change_settings(store, sign_in(store, "admin", "admin-demo"), {"ticket_paper_mm": paper_mm})
    assert name in available_printers()

    escpos_ticket_printer(store, f"lp:{name}")(ticket)

    assert printer.job_done.wait(60), f"CUPS delivered nothing; lpstat -o: {name}"
    (job,) = printer.jobs
    receipt = read_escpos(job)
    assert ticket.ticket.code in receipt.texts
    assert f"KELURAHAN {ticket.office_name.upper()}" in receipt.texts
    assert "Di depan Anda: 1 orang" in receipt.texts
    codes = [b.payload for b in receipt.barcodes] + [t for t, _ in receipt.picture_codes()]
    assert codes == [ticket.ticket.key]
    assert receipt.cut == "partial"


def test_a_queue_that_is_not_there_fails_plainly_and_the_ticket_stays(qapp, issued):
    require_cups_scheduler()
    store, ticket = issued
    name = f"KD-TIDAK-ADA-{uuid.uuid4().hex[:8]}"

    with pytest.raises(PrintFailed) as failed:
        escpos_ticket_printer(store, f"lp:{name}")(ticket)

    assert failed.value.message == f'Printer karcis "{name}" tidak terpasang di komputer ini.'
    assert {k.service.prefix: k.waiting for k in kiosk_overview(store)}["A"] == 2
