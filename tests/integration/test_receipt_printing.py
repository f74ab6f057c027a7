"""Printing the akta receipt through Qt's print system: clear failures, and a real CUPS print.

The CUPS test prints to the cups-pdf queue the ticket printing test uses (``.ci/run``
creates KD-PDF) and reads back the PDF cups-pdf wrote: its page must be A5 or A4 and
both codes must still decode to the tracking number after CUPS and Ghostscript.
"""

from __future__ import annotations

import io
import os
import pwd
import uuid
from datetime import UTC, date, datetime

import pytest
import zxingcpp
from pypdf import PdfReader

# The CUPS fixture and the cups-pdf output helpers are the ticket printing test's own.
from test_ticket_printing import _outputs, _wait_for_output, cups_pdf_folders, cups_pdf_queue

from kelurahan_desk.documents.akta_receipt_pdf import ReceiptData
from kelurahan_desk.ui.receipt_printing import (
    PrintFailed,
    available_printers,
    print_receipt,
    print_receipt_pdf,
    receipt_pdf,
)

__all__ = ["cups_pdf_queue"]  # a fixture: used by name, not by reference

POINTS_PER_MM = 72 / 25.4
PAPER_MM = {"A5": (148, 210), "A4": (210, 297)}


def receipt(kind: str = "birth") -> ReceiptData:
    # a fresh serial each run, so the job title (and cups-pdf's file name) is unique
    serial = uuid.uuid4().int % 100_000
    return ReceiptData(
        office_name="Pohsangit Kidul",
        kecamatan="Kademangan",
        kota="Kota Probolinggo",
        office_code="35.74.01.1007",
        kind="birth" if kind == "birth" else "death",
        tracking_number=f"3574011007-{'AKL' if kind == 'birth' else 'AKM'}-2026-{serial:05d}",
        submitted_at=datetime(2026, 11, 30, 2, 14, tzinfo=UTC),
        timezone="Asia/Jakarta",
        expected_completion=date(2026, 12, 7),
        subject_name="Muhammad Rizky Ramadhan",
        event_date=date(2026, 11, 2),
        reporter_name="Ahmad Fauzi",
        reporter_nik_masked="3574012505880001",
        documents=(("Surat keterangan kelahiran", True), ("Kartu Keluarga (KK)", True)),
        late=False,
        late_note=None,
        operator_name="Dewi Lestari",
        loket_name="Loket 1",
    )


def test_unknown_printer_fails_in_indonesian(qapp):
    name = f"KD-TIDAK-ADA-{uuid.uuid4().hex[:8]}"
    assert name not in available_printers()

    with pytest.raises(PrintFailed) as failed:
        print_receipt(receipt(), name, "A5")

    assert failed.value.message == str(failed.value)
    assert failed.value.message == (
        f'Printer "{name}" tidak terpasang di komputer ini. Tanda terima belum dicetak.'
    )


def test_no_printer_chosen_fails_in_indonesian(qapp):
    with pytest.raises(PrintFailed) as failed:
        print_receipt(receipt(), "", "A4")
    assert failed.value.message == (
        "Belum ada printer yang dipilih. Pilih printer untuk mencetak tanda terima."
    )


def test_unreadable_pdf_fails_plainly(qapp):
    printers = available_printers()
    if not printers:
        pytest.skip("no printer on this PC: the PDF is checked only once a printer is found")
    with pytest.raises(PrintFailed) as failed:
        print_receipt_pdf(b"%PDF-1.4 not really", printers[0], "A5")
    assert failed.value.message == "Tanda terima tidak dapat disiapkan untuk dicetak."


def test_only_a5_and_a4(qapp):
    with pytest.raises(ValueError, match="A5 or A4"):
        print_receipt_pdf(receipt_pdf(receipt()), "KD-PDF", "Letter")


@pytest.mark.parametrize(("kind", "paper"), [("birth", "A5"), ("death", "A4")])
def test_receipt_printed_on_a_real_cups_printer_keeps_its_paper_and_codes(
    cups_pdf_queue, qapp, kind, paper
):
    data = receipt(kind)
    assert cups_pdf_queue in available_printers()  # Qt sees the CUPS queue
    folders = cups_pdf_folders(pwd.getpwuid(os.getuid()))
    title = data.tracking_number  # the job title; cups-pdf names the file after it
    for stale in _outputs(folders, title):
        stale.unlink()

    print_receipt(data, cups_pdf_queue, paper)

    output = _wait_for_output(cups_pdf_queue, folders, title, seconds=60)
    try:
        reader = PdfReader(io.BytesIO(output.read_bytes()))
        assert len(reader.pages) == 1
        box = reader.pages[0].mediabox
        width_mm, height_mm = PAPER_MM[paper]
        # Ghostscript rounds the page to whole points
        assert float(box.width) == pytest.approx(width_mm * POINTS_PER_MM, abs=2)
        assert float(box.height) == pytest.approx(height_mm * POINTS_PER_MM, abs=2)
        # The print is a picture of the receipt (QtPdf renders it for the printer); the
        # codes are read off that picture at the resolution the printer got it.
        (picture,) = reader.pages[0].images
        found = sorted((f.format.name, f.text) for f in zxingcpp.read_barcodes(picture.image))
        assert found == [("Code128", data.tracking_number), ("QRCode", data.tracking_number)]
    finally:
        output.unlink()
