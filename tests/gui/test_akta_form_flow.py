"""From a queue ticket to a printed receipt: the akta pages inside the main window."""

from __future__ import annotations

import io
import os
import pwd
import shutil
import subprocess
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from akta_forms import birth_form, death_form
from pypdf import PdfReader
from PySide6.QtCore import Qt

from kelurahan_desk.domain.akta import RequestKind, RequestStatus
from kelurahan_desk.services import akta_views, queue, queue_services
from kelurahan_desk.ui import receipt_printing
from kelurahan_desk.ui.akta.dialogs import PrintReceiptDialog, StartRequestDialog
from kelurahan_desk.ui.main_window import MainWindow

POINTS_PER_MM = 72 / 25.4


@pytest.fixture
def window(qtbot, context_for):
    window = MainWindow(context_for("operator"), 30)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


@pytest.fixture
def services(demo_store):
    return {s.prefix: s for s in queue_services.list_services(demo_store)}


def answer_start(monkeypatch, reply: bool) -> list[tuple[RequestKind, str]]:
    asked: list[tuple[RequestKind, str]] = []

    def stand_in(cls, parent, kind, code):
        asked.append((kind, code))
        return reply

    monkeypatch.setattr(StartRequestDialog, "ask", classmethod(stand_in))
    return asked


def test_the_akta_pages_replace_the_placeholders(window):
    for key, kind in (("akta_kelahiran", RequestKind.BIRTH),
                      ("akta_kematian", RequestKind.DEATH)):
        assert window.page(key).kind == kind


@pytest.mark.parametrize(("prefix", "key", "kind"), [
    ("A", "akta_kelahiran", RequestKind.BIRTH), ("B", "akta_kematian", RequestKind.DEATH)])
def test_finishing_an_akta_ticket_starts_a_request_linked_to_it(
        qtbot, window, demo_store, services, monkeypatch, prefix, key, kind):
    issued = queue.issue_ticket(demo_store, services[prefix].id).ticket
    asked = answer_start(monkeypatch, True)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.keyClick(window, Qt.Key.Key_F4)

    assert asked == [(kind, issued.code)]
    assert window.current_page_key() == key
    page = window.page(key)
    assert page.origin_label.text() == f"Dari antrean {issued.code}"
    assert page.ticket_id == issued.id
    assert page.form_view.reporter.name.hasFocus()

    today = page.today()
    form = (birth_form(today - timedelta(days=3)) if kind == RequestKind.BIRTH
            else death_form(today - timedelta(days=3)))
    page.form_view.set_form(form)
    with qtbot.waitSignal(page.request_submitted) as submitted:
        qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    detail = submitted.args[0]
    assert (detail.ticket_id, detail.ticket_code) == (issued.id, issued.code)
    assert detail.status == RequestStatus.SUBMITTED


def test_saying_no_stays_on_the_queue_and_other_services_are_not_asked(
        qtbot, window, demo_store, services, monkeypatch):
    queue.issue_ticket(demo_store, services["A"].id)
    queue.issue_ticket(demo_store, services["C"].id)
    asked = answer_start(monkeypatch, False)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.keyClick(window, Qt.Key.Key_F4)
    assert len(asked) == 1 and window.current_page_key() == "antrean"
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.keyClick(window, Qt.Key.Key_F4)  # C: KTP-el, no akta
    assert len(asked) == 1 and window.current_page_key() == "antrean"


def test_a_ticket_already_linked_to_a_request_is_not_asked_again(
        qtbot, window, demo_store, services, monkeypatch):
    queue.issue_ticket(demo_store, services["B"].id)
    asked = answer_start(monkeypatch, True)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    window.page("antrean").request_ref.setText("3574011007-AKM-2026-00001")
    qtbot.keyClick(window, Qt.Key.Key_F4)
    assert asked == [] and window.current_page_key() == "antrean"


def _submitted(qtbot, window, key="akta_kelahiran", days=4):
    window.show_page(key)
    page = window.page(key)
    page.form_view.set_form(birth_form(page.today() - timedelta(days=days)) if key ==
                            "akta_kelahiran" else death_form(page.today() - timedelta(days=days)))
    with qtbot.waitSignal(page.request_submitted) as submitted:
        page.submit()
    return page, submitted.args[0]


def test_the_receipt_goes_to_the_printer_and_paper_chosen(qtbot, window, monkeypatch):
    page, detail = _submitted(qtbot, window, days=80)
    offered = []
    monkeypatch.setattr(receipt_printing, "available_printers", lambda: ["Loket-Laser"])
    monkeypatch.setattr(PrintReceiptDialog, "ask", classmethod(
        lambda cls, parent, printers, default, number: offered.append((printers, number))
        or ("Loket-Laser", "A4")))
    printed = []
    monkeypatch.setattr(receipt_printing, "print_receipt",
                        lambda data, printer, paper: printed.append((data, printer, paper)))

    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    assert offered == [(["Loket-Laser"], detail.tracking_number)]
    ((data, printer, paper),) = printed
    assert (printer, paper) == ("Loket-Laser", "A4")
    assert data.tracking_number == detail.tracking_number
    assert data.kind == "birth" and data.late and "Kepala Dinas" in data.late_note
    assert data.reporter_nik_masked == "357401******0001"
    assert "dikirim ke printer Loket-Laser" in page.status.text()


def test_a_failed_print_says_why_and_the_request_stays(qtbot, window, monkeypatch):
    page, detail = _submitted(qtbot, window, "akta_kematian")
    monkeypatch.setattr(PrintReceiptDialog, "ask", classmethod(
        lambda cls, parent, printers, default, number: ("KD-TIDAK-ADA", "A5")))
    page.print_receipt()
    assert 'Printer "KD-TIDAK-ADA" tidak terpasang' in page.status.text()
    assert page.tracking_label.text() == detail.tracking_number


def test_the_printer_dialog_offers_the_default_printer_and_a5_first(qtbot):
    dialog = PrintReceiptDialog(None, ["Laser-1", "KD-PDF"], "KD-PDF", "X")
    qtbot.addWidget(dialog)
    assert dialog.choice() == ("KD-PDF", "A5")
    dialog.a4.setChecked(True)
    assert dialog.choice() == ("KD-PDF", "A4")
    empty = PrintReceiptDialog(None, [], None, "X")
    qtbot.addWidget(empty)
    assert not empty.ok_button.isEnabled()


# --- a real CUPS printer ------------------------------------------------------------------


def _lpstat(*args: str) -> str:
    return subprocess.run(["lpstat", *args], capture_output=True, text=True,
                          timeout=30).stdout


@pytest.mark.slow
def test_the_receipt_prints_on_a_real_cups_queue_as_an_a5_page(qtbot, window, monkeypatch):
    if shutil.which("lpstat") is None or "scheduler is running" not in _lpstat("-r"):
        if os.environ.get("CI") == "true":
            pytest.fail("CUPS should run in CI (.ci/run)")
        pytest.skip("no CUPS scheduler here")
    if "KD-PDF" not in receipt_printing.available_printers():
        pytest.skip("no KD-PDF (cups-pdf) queue here")
    page, detail = _submitted(qtbot, window)
    monkeypatch.setattr(PrintReceiptDialog, "ask", classmethod(
        lambda cls, parent, printers, default, number: ("KD-PDF", "A5")))
    home = Path(pwd.getpwuid(os.getuid()).pw_dir)
    folders = [home / "PDF", Path("/var/spool/cups-pdf/ANONYMOUS")]
    title = detail.tracking_number

    def outputs() -> list[Path]:
        return [p for f in folders if f.is_dir() for p in f.glob(f"{title}*.pdf")]

    for stale in outputs():
        stale.unlink()
    page.print_receipt()
    assert "dikirim ke printer KD-PDF" in page.status.text()
    pause, deadline = threading.Event(), time.monotonic() + 60
    while not (outputs() and not _lpstat("-o", "KD-PDF").strip()):
        assert time.monotonic() < deadline, "cups-pdf wrote no receipt within 60 s"
        pause.wait(0.1)
    (output,) = outputs()
    try:
        box = PdfReader(io.BytesIO(output.read_bytes())).pages[0].mediabox
        assert float(box.width) == pytest.approx(148 * POINTS_PER_MM, abs=2)
        assert float(box.height) == pytest.approx(210 * POINTS_PER_MM, abs=2)
    finally:
        output.unlink()
    assert akta_views.open_request(
        page.context.store, page.context.actor, detail.id).status == RequestStatus.SUBMITTED
