"""The KTP-el card documents: Berita Acara Pemusnahan, serah terima list, blanko reconciliation.

Texts are read back with pypdf (and, for the 13,659-card report, with QtPdf's PDFium, which
reads 226 pages in about two seconds where pypdf takes twenty); QR codes are decoded from
rendered pages by zxing-cpp.
"""

from __future__ import annotations

import ast
import io
import math
import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import ContentStream
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from kelurahan_desk.documents.blanko_reconciliation_pdf import (
    BrokenSerial,
    ReceiptLine,
    ReconciliationReport,
    render_reconciliation_report,
)
from kelurahan_desk.documents.card_handover_pdf import (
    HandOverReport,
    handover_qr_payload,
    render_handover_report,
)
from kelurahan_desk.documents.destruction_report_pdf import (
    LEGAL_BASIS,
    CardRow,
    DestructionReport,
    DestructionReportTexts,
    OfficeHeading,
    Signatory,
    qr_payload,
    render_destruction_report,
)
from kelurahan_desk.domain import spoiled_cards
from kelurahan_desk.domain.spoiled_cards import BatchKind, parse_custody_qr

OFFICE = OfficeHeading("Pohsangit Kidul", "Kademangan", "Kota Probolinggo", "35.74.01.1007",
                       "Jl. Mastrip No. 5, Probolinggo 67219")
HASH = "9f2b6c1d8e4a7f3b0c5d2e9a1b4c7d0e3f6a9b2c5d8e1f4a7b0c3d6e9f2a5b8c"
BATCH = "6f1c2a9e-3b7d-4c1a-9e2f-0a5b8c7d6e41"
SEQ = 1234  # the audit event that confirmed the batch
LURAH = Signatory("Moch. Arif Wicaksono, S.STP.", "Lurah Pohsangit Kidul", "",
                  "19850707 200312 1 001")
WITNESSES = (
    Signatory("Drs. Hendro Prasetyo, M.Si.", "Kepala Seksi Pemerintahan",
              "Kecamatan Kademangan", "19700512 199303 1 004"),
    Signatory("Agus Salim", "Kepala Seksi Penegakan Perda", "Satpol PP Kota Probolinggo",
              "19820101 200501 1 002"),
    Signatory("Bripka Yudi Hartono", "Bhabinkamtibmas", "Polsek Kademangan"),  # no NIP
    Signatory("Ir. Lilik Suryani", "Auditor Muda", "Inspektorat Kota Probolinggo",
              "19750303 200003 2 001"),
)
SOURCES = ("Salah cetak", "Kartu rusak dikembalikan", "Perubahan data",
           "Ditemukan setelah hilang", "Lainnya")
REASONS = ("Blanko cacat", "Chip tidak terbaca", "Foto buram", "Kartu patah")
PRINT_DPI = 300


def nik(i: int) -> str:
    return f"357401{4507880000 + i:010d}"


def cards(count: int) -> list[CardRow]:
    """Cards numbered KTP-3574-000000 on; every 97th has no known serial."""
    return [CardRow(serial=None if i % 97 == 5 else serial(i), nik=nik(i),
                    source=SOURCES[i % 5], reason=REASONS[i % 4],
                    logged_on=date(2018, 1, 2) + timedelta(days=i % 330))
            for i in range(count)]


def serial(i: int) -> str:
    return f"KTP-3574-{i:06d}"


def serials(count: int) -> list[str]:
    return [serial(i) for i in range(count) if i % 97 != 5]


def destruction(count: int = 347, **changes: object) -> DestructionReport:
    report = DestructionReport(
        office=OFFICE, number="470/012/425.402.07/2026", batch_id=BATCH,
        held_at=datetime(2026, 11, 30, 2, 0, tzinfo=UTC),  # Monday, 09.00 WIB
        timezone="Asia/Jakarta", place="halaman Kantor Kelurahan Pohsangit Kidul",
        method="dibakar", official=LURAH, witnesses=WITNESSES, cards=cards(count),
        chain_hash=HASH, audit_seq=SEQ, confirmed_at=datetime(2026, 11, 30, 3, 12, tzinfo=UTC))
    return replace(report, **changes)  # type: ignore[arg-type]


def flat(text: str) -> str:
    return " ".join(text.split())


def pypdf_pages(pdf: bytes) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def qt_document(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    assert document.status() == QPdfDocument.Status.Ready
    return document, buffer  # the buffer must outlive the document's reads


def qt_pages(pdf: bytes) -> list[str]:
    document, _buffer = qt_document(pdf)
    return [flat(document.getAllText(i).text()) for i in range(document.pageCount())]


def page_image(pdf: bytes, page: int, dpi: float = PRINT_DPI) -> Image.Image:
    """A page rendered by QtPdf (what the app prints with), on white paper."""
    document, _buffer = qt_document(pdf)
    page = page % document.pageCount()
    points = document.pagePointSize(page)
    rendered = document.render(page, QSize(round(points.width() / 72 * dpi),
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


def decoded(image: Image.Image) -> list[tuple[str, str]]:
    return sorted((found.format.name, found.text) for found in zxingcpp.read_barcodes(image))


def text_colours(pdf: bytes, page: int) -> dict[str, tuple[float, ...]]:
    """Each string shown on ``page`` and the fill colour it is shown in, read straight off
    the page's content stream (rg, q/Q and the Tj text operators)."""
    reader = PdfReader(io.BytesIO(pdf))
    operations = ContentStream(reader.pages[page].get_contents(), reader).operations
    colour: tuple[float, ...] = (0.0, 0.0, 0.0)
    stack: list[tuple[float, ...]] = []
    found: dict[str, tuple[float, ...]] = {}
    for operands, operator in operations:
        if operator == b"rg":
            colour = tuple(round(float(a), 2) for a in operands)
        elif operator == b"q":
            stack.append(colour)
        elif operator == b"Q":
            colour = stack.pop()
        elif operator == b"Tj":
            value = operands[0]
            text = value.decode("cp1252") if isinstance(value, bytes) else str(value)
            found.setdefault(text.strip(), colour)
    return found


# --- Berita Acara Pemusnahan ----------------------------------------------------------------


@pytest.fixture(scope="module")
def small() -> tuple[DestructionReport, bytes, list[str]]:
    report = destruction(347)
    pdf = render_destruction_report(report)
    return report, pdf, pypdf_pages(pdf)


def test_berita_acara_says_what_was_destroyed_where_when_and_why(small):
    _report, _pdf, pages = small
    first = pages[0]
    assert "PEMERINTAH KOTA PROBOLINGGO KECAMATAN KADEMANGAN KELURAHAN POHSANGIT KIDUL" in first
    assert "Kode wilayah 35.74.01.1007" in first
    assert "BERITA ACARA PEMUSNAHAN KTP-EL RUSAK/INVALID" in first
    assert "Nomor: 470/012/425.402.07/2026" in first
    # the day and date in words, as official letters write them, in the office's time
    assert ("Pada hari ini Senin tanggal tiga puluh bulan November tahun dua ribu dua puluh "
            "enam (30-11-2026), pukul 09.00 WIB, bertempat di halaman Kantor Kelurahan "
            "Pohsangit Kidul") in first
    assert "dengan cara dibakar" in first
    assert ("Surat Edaran Menteri Dalam Negeri Nomor 470.13/11176/SJ tanggal 13 Desember 2018 "
            "tentang Penatausahaan KTP-el Rusak atau Invalid.") in first
    assert flat(LEGAL_BASIS[0]) in first
    assert "sebanyak 347 (tiga ratus empat puluh tujuh) keping" in first
    for witness in WITNESSES:
        assert witness.name in first  # named in the text ...
    last = pages[-1]
    for person in (*WITNESSES, LURAH):
        assert person.name in last  # ... and under a signature on the last page
    assert "NIP. 19700512 199303 1 004" in last and "NIP. 19850707 200312 1 001" in last
    assert "Drs. Hendro Prasetyo, M.Si., NIP. 19700512 199303 1 004, Kepala Seksi" in first
    assert "Probolinggo, 30 November 2026" in last
    assert "Yang melaksanakan pemusnahan," in last and "SAKSI-SAKSI" in last
    assert "Saksi 4," in last and "Inspektorat Kota Probolinggo" in last
    assert HASH[:32] in last and HASH[32:] in last  # printed beside the QR code
    assert f"Batch pemusnahan: {BATCH}" in last
    assert "Dikonfirmasi 30 November 2026 pukul 10.12 WIB, peristiwa audit nomor 1234" in last


def test_every_card_is_listed_once_with_only_its_masked_nik(small):
    _report, _pdf, pages = small
    text = " ".join(pages)
    listed = re.findall(r"KTP-3574-\d{6}", text)
    assert sorted(listed) == serials(347)  # every serial, none twice
    assert " 347 " in text and "348" not in re.findall(r"\b\d+\b", text)
    assert "357401******0000" in text  # the first card's NIK, masked
    assert nik(0) not in text and "4507880000" not in text
    assert text.count(" - 357401") == 4  # cards 5, 102, 199, 296 have no known serial
    # the summary per source
    assert ("Asal Kartu Jumlah (keping) 1. Salah cetak 70 2. Kartu rusak dikembalikan 70 "
            "3. Perubahan data 69 4. Ditemukan setelah hilang 69 5. Lainnya 69 Jumlah 347"
            ) in pages[0]


def test_pages_are_numbered_x_of_y_and_the_list_header_repeats(small):
    _report, _pdf, pages = small
    count = len(pages)
    assert count >= 3
    for number, text in enumerate(pages, start=1):
        assert f"Halaman {number} dari {count}" in text
        assert "Berita Acara Pemusnahan KTP-el Rusak/Invalid Nomor 470/012/425.402.07/2026" in text
    for text in pages[1:-1]:
        assert text.startswith("No. Nomor Seri Kartu NIK Asal Kartu Alasan Rusak/Invalid")


def test_berita_acara_is_a4(small):
    _report, pdf, _pages = small
    for page in PdfReader(io.BytesIO(pdf)).pages:
        assert float(page.mediabox.width) == pytest.approx(595.28, abs=0.5)
        assert float(page.mediabox.height) == pytest.approx(841.89, abs=0.5)


def test_qr_code_gives_back_the_batch_and_the_chain_hash(qapp, small):
    """The QR holds the domain's one format, the one the services seal a batch with."""
    report, pdf, _pages = small
    found = decoded(page_image(pdf, -1))
    assert found == [("QRCode", f"KDESK|BA|470/012/425.402.07/2026|{SEQ}|{HASH}")]
    assert qr_payload(report) == found[0][1] == spoiled_cards.custody_qr_text(
        BatchKind.DESTRUCTION, report.number, SEQ, HASH)
    facts = parse_custody_qr(found[0][1])
    assert facts is not None
    assert (facts.kind, facts.number, facts.audit_seq, facts.audit_hash) == (
        BatchKind.DESTRUCTION, report.number, SEQ, HASH)


def test_qr_code_is_not_readable_when_rendered_too_coarse(qapp, small):
    """The decode above is a real check: at 40 dpi a module is under one pixel."""
    _report, pdf, _pages = small
    assert decoded(page_image(pdf, -1, dpi=40)) == []


def test_progress_runs_from_zero_to_all_cards():
    calls: list[tuple[int, int]] = []
    render_destruction_report(destruction(400), lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 400) and calls[-1] == (400, 400)
    assert len(calls) >= 5  # a call per page of the list
    done = [d for d, _ in calls]
    assert done == sorted(done) and all(total == 400 for _, total in calls)


@pytest.mark.slow
def test_13659_cards_kota_probolinggo_2018(qapp):
    """The size of Kota Probolinggo's 2018 destruction: every serial on some page, pages
    numbered of the right total, the count in figures and words."""
    count = 13_659
    pdf = render_destruction_report(destruction(count))
    pages = qt_pages(pdf)
    rows_per_page = math.floor((841.89 - 32 * 72 / 25.4 - 12 * 1.45) / 12)
    assert math.ceil(count / rows_per_page) <= len(pages) <= math.ceil(count / rows_per_page) + 2
    assert len(PdfReader(io.BytesIO(pdf)).pages) == len(pages)
    assert ("sebanyak 13.659 (tiga belas ribu enam ratus lima puluh sembilan) keping"
            in pages[0])
    assert f"Halaman {len(pages)} dari {len(pages)}" in pages[-1]
    listed = re.findall(r"KTP-3574-\d{6}", " ".join(pages))
    assert sorted(listed) == serials(count)
    assert "13.659 " in pages[-2] or "13.659 " in pages[-1]  # the last row's number


def test_holder_names_add_a_column_and_long_text_is_shrunk_not_spilled():
    long_name = "Raden Ayu Kusumawardhani Puspitasari Wulandari Setyaningrum"
    rows = [replace(card, holder_name=long_name if i == 0 else "Siti Aminah")
            for i, card in enumerate(cards(30))]
    rows[1] = replace(rows[1], reason="Kartu dikembalikan karena perubahan status perkawinan "
                                      "dan alamat sekaligus")
    pages = pypdf_pages(render_destruction_report(destruction(cards=rows)))
    text = " ".join(pages)
    assert "Nama" in text and "Siti Aminah" in text
    assert "Raden Ayu Kusumawardhani" in text
    assert long_name not in text and "…" in text  # cut to its cell, marked as cut


def test_texts_come_from_the_caller():
    texts = replace(DestructionReportTexts(), title="DESTRUCTION REPORT OF SPOILED KTP-EL",
                    months=("January", "February", "March", "April", "May", "June", "July",
                            "August", "September", "October", "November", "December"))
    pages = pypdf_pages(render_destruction_report(destruction(20), texts=texts))
    assert "DESTRUCTION REPORT OF SPOILED KTP-EL" in pages[0]
    assert "Probolinggo, 30 November 2026" in pages[-1]


def test_bad_reports_are_refused():
    with pytest.raises(ValueError, match="at least one card"):
        destruction(cards=[])
    with pytest.raises(ValueError, match="aware"):
        destruction(held_at=datetime(2026, 11, 30, 9, 0))
    with pytest.raises(ValueError, match="QR"):
        destruction(number="470|012")
    with pytest.raises(ValueError, match="QR"):
        destruction(chain_hash="")
    with pytest.raises(ValueError, match="QR"):
        destruction(audit_seq=0)


# --- serah terima ---------------------------------------------------------------------------


def handover(count: int = 70, **changes: object) -> HandOverReport:
    report = HandOverReport(
        office=OFFICE, number="470/015/425.402.07/2026",
        handover_id="0b9e3f1a-77c2-4d5e-8a91-3c2b1d0e9f8a",
        handed_over_at=datetime(2026, 11, 23, 3, 30, tzinfo=UTC), timezone="Asia/Jakarta",
        place="Kantor Dinas Kependudukan dan Pencatatan Sipil Kota Probolinggo",
        giver=Signatory("Dewi Lestari", "Pengadministrasi Umum", "Kelurahan Pohsangit Kidul",
                        "19900215 201503 2 003"),
        receiver=Signatory("Rudi Hermawan, S.Kom.", "Kepala Seksi Pengelolaan Dokumen",
                           "Dinas Kependudukan dan Pencatatan Sipil Kota Probolinggo",
                           "19810910 200604 1 005"),
        cards=cards(count), chain_hash=HASH, audit_seq=SEQ + 7, known_by=LURAH)
    return replace(report, **changes)  # type: ignore[arg-type]


def test_handover_names_both_parties_lists_every_card_and_has_room_to_sign(qapp):
    report = handover()
    pdf = render_handover_report(report)
    pages = pypdf_pages(pdf)
    text = " ".join(pages)
    assert "BERITA ACARA SERAH TERIMA KTP-EL RUSAK/INVALID" in pages[0]
    assert ("Pada hari ini Senin tanggal dua puluh tiga bulan November tahun dua ribu dua "
            "puluh enam (23-11-2026), pukul 10.30 WIB") in pages[0]
    assert "Dewi Lestari" in pages[0] and "selanjutnya disebut PIHAK PERTAMA." in pages[0]
    assert "Rudi Hermawan, S.Kom." in pages[0] and "selanjutnya disebut PIHAK KEDUA." in pages[0]
    assert "sebanyak 70 (tujuh puluh) keping" in pages[0]
    assert sorted(re.findall(r"KTP-3574-\d{6}", text)) == serials(70)
    last = pages[-1]
    assert "Yang menerima, PIHAK KEDUA" in last and "Yang menyerahkan, PIHAK PERTAMA" in last
    assert "Mengetahui, Lurah Pohsangit Kidul" in last
    assert f"Halaman {len(pages)} dari {len(pages)}" in last
    assert decoded(page_image(pdf, -1)) == [("QRCode", handover_qr_payload(report))]
    assert handover_qr_payload(report) == f"KDESK|ST|470/015/425.402.07/2026|{SEQ + 7}|{HASH}"
    assert "NIP : 19810910 200604 1 005" in pages[0]  # kept without spaces, printed with


def test_handover_without_hash_has_no_qr_code(qapp):
    pdf = render_handover_report(handover(5, chain_hash=None, audit_seq=None, known_by=None))
    assert decoded(page_image(pdf, -1)) == []
    assert "Mengetahui" not in " ".join(pypdf_pages(pdf))
    with pytest.raises(ValueError, match="both"):
        handover(5, chain_hash=None)


def test_signatories_are_the_domains_and_print_a_nip_kept_without_spaces():
    """One ``Signatory`` for services and documents: what was confirmed is what prints."""
    assert Signatory is spoiled_cards.Signatory
    kept = Signatory("Agus Salim", "Kepala Seksi", "Satpol PP", "19820101 200501 1 002").trimmed()
    assert kept.nip == "198201012005011002"
    pages = pypdf_pages(render_destruction_report(destruction(5, witnesses=(kept,))))
    assert "Agus Salim, NIP. 19820101 200501 1 002, Kepala Seksi, Satpol PP." in pages[0]
    assert "NIP. 19820101 200501 1 002" in pages[-1]


# --- blanko reconciliation ------------------------------------------------------------------

RED = (0.72, 0.05, 0.05)


def reconciliation(broken: bool) -> ReconciliationReport:
    receipts = [
        ReceiptLine(date(2026, 1, 12), "470/0012/DISPENDUKCAPIL/2026", 500, 480, 12, 8),
        ReceiptLine(date(2026, 4, 3), "470/0147/DISPENDUKCAPIL/2026", 500, 455, 9, 36),
        ReceiptLine(date(2026, 8, 20), "470/0388/DISPENDUKCAPIL/2026", 1000, 402, 7,
                    589 if broken else 591),
    ]
    faults = [
        BrokenSerial("KTP-3574-100412", "470/0388/DISPENDUKCAPIL/2026",
                     "Tidak tercatat di mana pun"),
        BrokenSerial("KTP-3574-100977", "470/0388/DISPENDUKCAPIL/2026",
                     "Tidak tercatat di mana pun"),
        BrokenSerial("KTP-3574-099001", None, "Dicetak, tetapi tidak pernah diterima"),
    ]
    return ReconciliationReport(
        office=OFFICE, as_of=datetime(2026, 11, 28, 8, 5, tzinfo=UTC), timezone="Asia/Jakarta",
        receipts=receipts, broken=faults if broken else [],
        prepared_by=Signatory("Dewi Lestari", "Pengadministrasi Umum", "",
                              "19900215 201503 2 003"),
        known_by=LURAH)


def test_reconciliation_that_adds_up():
    report = reconciliation(broken=False)
    assert report.balanced and report.totals.difference == 0
    pdf = render_reconciliation_report(report)
    text = " ".join(pypdf_pages(pdf))
    assert "LAPORAN REKONSILIASI BLANKO KTP-EL" in text
    assert "Keadaan per 28 November 2026 pukul 15.05 WIB" in text
    assert "Diterima = Dicetak + Rusak + Persediaan" in text
    assert "Jumlah 2.000 1.337 28 635 0 Sesuai" in text
    assert "Hasil: SESUAI. Diterima 2.000 = dicetak 1.337 + rusak 28 + persediaan 635" in text
    assert "Tidak ada nomor seri yang tidak sesuai." in text
    assert "TIDAK SESUAI" not in text.replace("NOMOR SERI YANG TIDAK SESUAI", "")
    assert RED not in text_colours(pdf, 0).values()


def test_reconciliation_that_breaks_lists_every_serial_in_red():
    report = reconciliation(broken=True)
    assert not report.balanced and report.totals.difference == 2
    pdf = render_reconciliation_report(report)
    text = " ".join(pypdf_pages(pdf))
    assert "3 20-08-2026 470/0388/DISPENDUKCAPIL/2026 1.000 402 7 589 +2 TIDAK SESUAI" in text
    assert "1 12-01-2026 470/0012/DISPENDUKCAPIL/2026 500 480 12 8 0 Sesuai" in text
    assert "Jumlah 2.000 1.337 28 633 +2 TIDAK SESUAI" in text
    assert "Hasil: TIDAK SESUAI." in text and "(selisih +2)" in text
    assert "NOMOR SERI YANG TIDAK SESUAI" in text
    assert "KTP-3574-099001 (tidak diketahui) Dicetak, tetapi tidak pernah diterima" in text
    colours = text_colours(pdf, 0)
    for fault in report.broken:
        assert colours[fault.serial] == RED
        assert colours[fault.problem] == RED
    assert colours["Nomor Seri"] == (0.0, 0.0, 0.0)  # the header row stays black
    assert colours["470/0388/DISPENDUKCAPIL/2026"] == RED  # the receipt that does not add up
    assert colours["470/0012/DISPENDUKCAPIL/2026"] == (0.0, 0.0, 0.0)
    assert "Mengetahui," in text and "Yang membuat laporan," in text


# --- layers ---------------------------------------------------------------------------------


def test_the_documents_depend_on_no_service_store_or_ui():
    folder = Path(__file__).resolve().parents[2] / "kelurahan_desk" / "documents"
    for name in ("destruction_report_pdf", "card_handover_pdf", "blanko_reconciliation_pdf",
                 "card_list_pdf", "official_letter"):
        tree = ast.parse((folder / f"{name}.py").read_text(encoding="utf-8"))
        imported = {node.module for node in ast.walk(tree)
                    if isinstance(node, ast.ImportFrom) and node.module}
        imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                     for alias in node.names}
        assert not {m for m in imported if m.startswith(("kelurahan_desk.services",
                                                         "kelurahan_desk.store",
                                                         "kelurahan_desk.ui", "PySide6"))}
