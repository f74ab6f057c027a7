"""The Laporan Sidak PDF carries the figures, the findings and the counters' pictures."""

from __future__ import annotations

import io
import re
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader

from kelurahan_desk.documents.inspection_report_pdf import (
    InspectionReportTexts,
    render_inspection_report,
)
from kelurahan_desk.documents.inspection_test_page_pdf import PrintCheckPage, render_test_page
from kelurahan_desk.domain.queue_metrics import Stats
from kelurahan_desk.services import accounts, office, queue, queue_services
from kelurahan_desk.services import inspection as sidak
from kelurahan_desk.services.inspection import Findings
from kelurahan_desk.services.inspection_overview import (
    CounterFigures,
    CounterReport,
    DayQueue,
    HourFigures,
    InspectionReportData,
    OpenedRecord,
    ServingNow,
    SignedIn,
)
from kelurahan_desk.services.office import OfficeInfo

START = datetime(2025, 3, 3, 2, 12, tzinfo=UTC)  # 09:12 WIB
OFFICE = OfficeInfo("35.74.01.1007", "Pohsangit Kidul", "Kademangan", "Kota Probolinggo",
                    "Jawa Timur", "Asia/Jakarta")


pytestmark = pytest.mark.usefixtures("no_fsync")


def window_png(label: str, size: tuple[int, int] = (1024, 640)) -> bytes:
    image = Image.new("RGB", size, (246, 247, 249))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 0, 180, size[1]], fill=(18, 52, 59))
    draw.text((400, 300), label, fill=(0, 0, 0))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def images_of(pdf: bytes) -> list[tuple[int, int]]:
    reader = PdfReader(io.BytesIO(pdf))
    return [img.image.size for page in reader.pages for img in page.images]


def test_a_real_inspection_makes_a_report_with_its_figures_findings_and_pictures(
        demo_store, clock):
    counters = office.list_counters(demo_store)
    operator = accounts.sign_in(demo_store, "operator", "operator-demo", counters[0].id)
    supervisor = accounts.sign_in(demo_store, "supervisor", "supervisor-demo", counters[1].id)
    inspector = accounts.sign_in(demo_store, "inspektur", "inspektur-demo")
    service = queue_services.list_services(demo_store)[0]
    queue.issue_ticket(demo_store, service.id)
    clock.advance(minutes=7)
    first = queue.call_next(demo_store, operator)  # waited 7 minutes
    clock.advance(minutes=4)
    queue.finish(demo_store, operator, first.id)  # served in 4
    queue.issue_ticket(demo_store, service.id)
    clock.advance(minutes=2)
    queue.call_next(demo_store, operator)
    sidak.start_inspection(demo_store, inspector, "Inspektorat: Drs. Ahmad Fauzi")
    sidak.record_look(demo_store, inspector, counters[0].id)
    sidak.publish_snapshot(demo_store, operator, window_png("Loket 1"), 1024, 640)
    sidak.publish_snapshot(demo_store, supervisor, window_png("Loket 2", (1024, 700)), 1024, 700)
    sidak.record_test_print(demo_store, inspector, counters[1].id, "KD-PDF", False,
                            "Printer tidak terpasang.")
    clock.advance(minutes=30)

    data = sidak.end_inspection(demo_store, inspector, Findings(
        {counters[0].id: "Antrean tertib, petugas ramah."},
        "Printer loket 2 perlu diperbaiki."))
    pdf = render_inspection_report(data)

    text = text_of(pdf)
    assert "LAPORAN INSPEKSI MENDADAK (SIDAK)" in text
    assert f"Nomor: {data.number}" in text
    assert "Pada hari Senin, 3 Maret 2025, pukul 08.13 sampai 08.43 WIB" in text
    assert "Dewi Lestari" in text and "Inspektorat: Drs. Ahmad Fauzi" in text
    assert "Siti Rahmawati" in text and "Bambang Hartono" in text
    assert "A-002 sejak 08.13" in text  # what loket 1 served at the time
    # Loket 1 called A-001 after 7 minutes and A-002 after 2; it served A-001 in 4.
    assert "4,5 / 6,5 mnt" in text and "4,0 / 4,0 mnt" in text
    assert "gagal (KD-PDF): Printer tidak terpasang." in text
    assert "Antrean tertib, petugas ramah." in text
    assert "Printer loket 2 perlu diperbaiki." in text
    assert "Nomor antrean diambil 2" in text
    assert "Dilihat inspektur 1 kali 0 kali" in text
    assert "Loket 1 — Siti Rahmawati, gambar pukul 08.13.00 WIB" in text
    assert sorted(images_of(pdf)) == [(1024, 640), (1024, 700)]
    assert "Halaman 1 dari" in text


def _counter(n: int, **changes: object) -> CounterReport:
    base = CounterReport(
        uuid.uuid4(), n, f"Loket {n}", SignedIn("op", f"Petugas {n}", START),
        ServingNow(f"A-{n:03d}", "Akta Kelahiran", START),
        CounterFigures(n, 0, Stats(2, 3.0, 2.5, 4.5), Stats(1, 6.0, 6.0, 6.0), 0, 0, 0),
        0, ())
    return replace(base, **changes)


def _data(counters: tuple[CounterReport, ...], **changes: object) -> InspectionReportData:
    data = InspectionReportData(
        OFFICE, uuid.uuid4(), "3574011007-SDK-20250303-1", START, START + timedelta(hours=1),
        (("inspektur", "Dewi Lestari"), ("inspektur2", "Rudi Hartono")), "", counters,
        DayQueue(0, 0, 0, 0, 0, None, Stats(0, None, None, None), Stats(0, None, None, None),
                 ()), "", ())
    return replace(data, **changes)


def test_many_counters_split_the_table_and_no_pictures_are_said_plainly():
    counters = tuple(_counter(n) for n in range(1, 7))
    pdf = render_inspection_report(_data(counters))

    text = text_of(pdf)
    assert text.count("Uraian") == 2  # 4 lokets, then 2
    assert all(f"Petugas {n}" in text for n in range(1, 7))
    assert "Loket 6: tidak ada gambar" in text
    assert "Belum ada kunjungan hari ini." in text
    assert "Tidak ada catatan yang dibuka." in text
    assert "(tidak ada temuan)" in text
    assert images_of(pdf) == []
    assert "Rudi Hartono" in text  # every inspector signs


def test_the_day_records_opened_and_long_findings_go_over_pages():
    long = "Temuan panjang. " * 400
    day = DayQueue(34, 20, 1, 13, 9, 22.5, Stats(21, 12.0, 10.5, 25.3),
                   Stats(20, 8.0, 7.0, 14.0),
                   (HourFigures("08.00", 12, Stats(12, 5.0, 5.5, 9.5)),))
    opened = (OpenedRecord(START, "Dewi Lestari", "print_job", "3574011007-KTP-2025-00003"),)
    pdf = render_inspection_report(_data((_counter(1, findings=long),), day=day,
                                         opened=opened, overall_findings="Baik."))

    text = text_of(pdf)
    assert "Menunggu saat ini (terlama 22,5 mnt) 9" in text
    assert "10,5 / 25,3 mnt" in text and "08.00 12 5,5 9,5" in text
    assert "09.12 — Dewi Lestari membuka pekerjaan cetak KTP-el 3574011007-KTP-2025-00003" in text
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 3
    assert text.rstrip().endswith(f"dari {len(PdfReader(io.BytesIO(pdf)).pages)}")


def test_the_report_speaks_the_language_it_is_given():
    texts = InspectionReportTexts(title="SPOT INSPECTION REPORT", footer="Report {number}")
    text = text_of(render_inspection_report(_data((_counter(1),)), texts))
    assert "SPOT INSPECTION REPORT" in text and "Report 3574011007-SDK-20250303-1" in text


def test_the_test_page_names_everything_and_its_barcode_reads_back(qapp):
    zxingcpp = pytest.importorskip("zxingcpp")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    page = PrintCheckPage("CETAK UJI — SIDAK", ("KELURAHAN POHSANGIT KIDUL",),
                    (("Loket", "Loket 1"), ("Waktu", "03-03-2025 09.14 WIB"),
                     ("Inspektur", "Dewi Lestari")), "SDK-20250303-1-L1-091402",
                    "Halaman ini hanya untuk menguji printer.")
    pdf = render_test_page(page)

    text = text_of(pdf)
    assert all(v in text for v in ("Loket 1", "03-03-2025 09.14 WIB", "Dewi Lestari",
                                   "SDK-20250303-1-L1-091402"))
    # Rendered at 300 dpi on white, as the printer gets it, the bars read back.
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    rendered = document.render(0, QSize(1748, 2480))
    paper = QImage(rendered.size(), QImage.Format.Format_RGB32)
    paper.fill(0xFFFFFF)
    painter = QPainter(paper)
    painter.drawImage(0, 0, rendered)
    painter.end()
    gray = paper.convertToFormat(QImage.Format.Format_Grayscale8)
    picture = Image.frombytes("L", (gray.bytesPerLine(), gray.height()), bytes(gray.constBits()))
    assert [f.text for f in zxingcpp.read_barcodes(picture)] == ["SDK-20250303-1-L1-091402"]
