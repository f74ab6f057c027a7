"""The kiosk ticket PDF: paper width, the texts on it, and a barcode a real reader decodes."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from kelurahan_desk.documents.ticket_pdf import MODULE, TicketPrint, render_ticket
from kelurahan_desk.domain.queue import Priority
from kelurahan_desk.services.queue import IssuedTicket, issue_ticket
from kelurahan_desk.services.queue_services import list_services
from kelurahan_desk.ui.ticket_printing import ticket_print

THERMAL_DPI = 203  # what cheap 58 and 80 mm thermal printers print at
MM = 72 / 25.4


def issue(store, prefix: str = "A", priority: Priority | None = None) -> IssuedTicket:
    service = next(s for s in list_services(store) if s.prefix == prefix)
    return issue_ticket(store, service.id, priority)


def page_image(pdf: bytes, dpi: float) -> Image.Image:
    """The first page rendered by QtPdf (the renderer the kiosk prints with), on white."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    assert document.status() == QPdfDocument.Status.Ready
    points = document.pagePointSize(0)
    rendered = document.render(0, QSize(round(points.width() / 72 * dpi),
                                        round(points.height() / 72 * dpi)))
    paper = QImage(rendered.size(), QImage.Format.Format_RGB32)
    paper.fill(0xFFFFFF)
    painter = QPainter(paper)
    painter.drawImage(0, 0, rendered)
    painter.end()
    png = QBuffer()
    png.open(QIODevice.OpenModeFlag.WriteOnly)
    assert paper.save(png, "PNG")
    return Image.open(io.BytesIO(bytes(png.data().data()))).convert("L")


def decoded(image: Image.Image) -> list[tuple[str, zxingcpp.BarcodeFormat]]:
    return [(found.text, found.format) for found in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_ticket_is_one_page_of_the_paper_width_with_every_text(demo_store, qapp, paper_mm):
    first = issue(demo_store)  # waits ahead of the next ticket
    issued = issue(demo_store)
    pdf = render_ticket(ticket_print(issued), paper_mm)

    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert float(page.mediabox.width) == pytest.approx(paper_mm * MM, abs=0.5)
    assert 60 * MM < float(page.mediabox.height) < 200 * MM  # sized to content, not A4

    text = " ".join(page.extract_text().split())  # lines joined: names wrap on 58 mm
    assert f"KELURAHAN {issued.office_name.upper()}" in text
    assert issued.ticket.service_name in text
    assert issued.ticket.code == "A-002" != first.ticket.code
    assert "A-002" in text
    assert issued.ticket.key in text  # printed under the barcode for a typed fallback
    assert f"{issued.local_issued_at:%d-%m-%Y %H:%M}" in text
    assert "Di depan Anda: 1 orang" in text
    assert "Simpan karcis ini." in text
    assert "Prioritas" not in text


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_barcode_decodes_to_the_ticket_key_at_thermal_printer_resolution(
    demo_store, qapp, paper_mm
):
    issued = issue(demo_store, "C")
    pdf = render_ticket(ticket_print(issued), paper_mm)

    found = decoded(page_image(pdf, THERMAL_DPI))

    assert found == [(issued.ticket.key, zxingcpp.BarcodeFormat.Code128)]
    assert issued.ticket.key.endswith("-C-001")


def test_barcode_is_not_readable_when_rendered_below_one_dot_per_module(demo_store, qapp):
    """The decode above is a real check: too coarse a render gives the reader nothing."""
    issued = issue(demo_store)
    pdf = render_ticket(ticket_print(issued), 80)
    coarse_dpi = 0.8 * 25.4 / (MODULE / MM)  # 0.8 pixel per module
    assert decoded(page_image(pdf, coarse_dpi)) == []


def test_priority_long_names_and_four_digit_numbers_fit(demo_store, qapp):
    issued = issue(demo_store, "B", Priority.ELDERLY)
    ticket = replace(
        ticket_print(issued),
        office_name="Kelurahan Pohsangit Kidul, Kecamatan Kademangan, Kota Probolinggo",
        code="B-1234",
        key=issued.ticket.key.replace("B-001", "B-1234"),
    )
    short = render_ticket(replace(ticket, office_name="Kelurahan X"), 80)
    pdf = render_ticket(ticket, 80)

    page = PdfReader(io.BytesIO(pdf)).pages[0]
    text = " ".join(page.extract_text().split())
    assert "Prioritas: Lansia" in text
    assert "KECAMATAN KADEMANGAN" in text  # wrapped, not cut off at the paper's edge
    assert "B-1234" in text
    short_height = float(PdfReader(io.BytesIO(short)).pages[0].mediabox.height)
    assert float(page.mediabox.height) > short_height  # the page grew by the extra line
    assert decoded(page_image(pdf, THERMAL_DPI)) == [
        (ticket.key, zxingcpp.BarcodeFormat.Code128)
    ]


def test_only_thermal_paper_widths(qapp):
    ticket = TicketPrint("K", "S", "A-001", "3574011007-20250303-A-001", None,
                         "03-03-2025 08:00", "Di depan Anda: 0 orang", "F", "Nomor antrean")
    with pytest.raises(ValueError, match="58 or 80"):
        render_ticket(ticket, 210)
