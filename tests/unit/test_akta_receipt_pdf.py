"""The akta request receipt PDF: paper size, the texts on it, and codes a real reader decodes."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from kelurahan_desk.documents.akta_receipt_pdf import (
    MODULE,
    ReceiptData,
    ReceiptTexts,
    render_receipt_pdf,
)
from kelurahan_desk.domain.nik import mask_nik
from kelurahan_desk.ui.receipt_printing import receipt_texts

MM = 72 / 25.4
PAPER_POINTS = {"A5": (148 * MM, 210 * MM), "A4": (210 * MM, 297 * MM)}
PRINT_DPI = 300  # what receipt_printing renders for the printer
NIK = "3574014507880002"  # a woman born 5 July 1988 (day + 40)

BIRTH_DOCUMENTS = (
    ("Surat keterangan kelahiran dari rumah sakit", True),
    ("Kartu Keluarga (KK)", True),
    ("Buku nikah / kutipan akta perkawinan", False),
)
DEATH_DOCUMENTS = (
    ("Surat keterangan kematian dari dokter", True),
    ("Kartu Keluarga (KK)", True),
    ("Formulir F-2.01", True),
)


def receipt(kind: str = "birth", **changes: object) -> ReceiptData:
    birth = kind == "birth"
    data = ReceiptData(
        office_name="Pohsangit Kidul",
        kecamatan="Kademangan",
        kota="Kota Probolinggo",
        office_code="35.74.01.1007",
        kind="birth" if birth else "death",
        tracking_number="3574011007-AKL-2026-00042" if birth else "3574011007-AKM-2026-00007",
        submitted_at=datetime(2026, 11, 30, 2, 14, tzinfo=UTC),  # 09.14 in Jakarta
        timezone="Asia/Jakarta",
        expected_completion=date(2026, 12, 7),
        subject_name="Muhammad Rizky Ramadhan" if birth else "Siti Aminah",
        event_date=date(2026, 11, 2) if birth else date(2026, 11, 28),
        reporter_name="Ahmad Fauzi",
        reporter_nik_masked=NIK,
        documents=BIRTH_DOCUMENTS if birth else DEATH_DOCUMENTS,
        late=False,
        late_note=None,
        operator_name="Dewi Lestari",
        loket_name="Loket 1",
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def page_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


def page_image(pdf: bytes, dpi: float) -> Image.Image:
    """The page rendered by QtPdf (the renderer receipts are printed with), on white."""
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


def decoded(image: Image.Image) -> list[tuple[str, str]]:
    return sorted((found.format.name, found.text) for found in zxingcpp.read_barcodes(image))


@pytest.mark.parametrize("paper", ["A5", "A4"])
@pytest.mark.parametrize("kind", ["birth", "death"])
def test_receipt_is_one_page_of_its_paper_with_every_text(paper, kind):
    data = receipt(kind)
    pdf = render_receipt_pdf(data, paper)

    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    width, height = PAPER_POINTS[paper]
    assert float(box.width) == pytest.approx(width, abs=0.5)
    assert float(box.height) == pytest.approx(height, abs=0.5)

    text = page_text(pdf)
    assert "PEMERINTAH KOTA PROBOLINGGO" in text
    assert "KECAMATAN KADEMANGAN" in text
    assert "KELURAHAN POHSANGIT KIDUL" in text
    assert "35.74.01.1007" in text
    title = "AKTA KELAHIRAN" if kind == "birth" else "AKTA KEMATIAN"
    assert f"TANDA TERIMA PERMOHONAN {title}" in text
    assert data.tracking_number in text
    assert "Perkiraan selesai: Senin, 7 Desember 2026" in text
    assert data.subject_name in text
    assert ("Nama anak" if kind == "birth" else "Nama almarhum/almarhumah") in text
    assert ("2 November 2026" if kind == "birth" else "28 November 2026") in text
    for label, _received in data.documents:
        assert label in text
    assert "Senin, 30 November 2026, pukul 09.14 WIB" in text  # office time, not UTC
    assert "Dewi Lestari (Loket 1)" in text
    assert "Petugas Loket 1," in text
    assert "Probolinggo, 30 November 2026" in text
    assert ("Simpan tanda terima ini untuk mengambil akta. "
            "Tunjukkan KTP-el saat pengambilan.") in text
    assert "TERLAMBAT" not in text


@pytest.mark.parametrize("paper", ["A5", "A4"])
@pytest.mark.parametrize("kind", ["birth", "death"])
def test_barcode_and_qr_code_decode_to_the_tracking_number(qapp, paper, kind):
    data = receipt(kind)
    pdf = render_receipt_pdf(data, paper)

    found = decoded(page_image(pdf, PRINT_DPI))

    assert found == [("Code128", data.tracking_number), ("QRCode", data.tracking_number)]


def test_barcode_is_not_readable_below_one_pixel_per_module(qapp):
    """The decode above is a real check: too coarse a render loses the Code128."""
    pdf = render_receipt_pdf(receipt(), "A5")
    coarse_dpi = 0.8 * 25.4 / (MODULE / MM)  # 0.8 pixel per module
    assert [f for f, _ in decoded(page_image(pdf, coarse_dpi))] == ["QRCode"]


def test_only_the_masked_nik_is_printed():
    data = receipt()
    assert data.reporter_nik_masked == "357401******0002"  # masked on construction
    text = page_text(render_receipt_pdf(data))
    assert "357401******0002" in text
    assert NIK not in text and "450788" not in text


@pytest.mark.parametrize(("given", "masked"), [
    ("3574014507880002", "357401******0002"),
    ("357401******0002", "357401******0002"),  # masking twice changes nothing
    ("3574 0145 0788 0002", "357401******0002"),
    ("12345", "*****"),  # too short to show any digit and still hide some
])
def test_mask_nik(given, masked):
    assert mask_nik(given) == masked


def test_received_and_missing_documents_are_told_apart_in_words_too():
    text = page_text(render_receipt_pdf(receipt()))
    assert "Buku nikah / kutipan akta perkawinan (belum diserahkan)" in text
    assert "Kartu Keluarga (KK) (belum" not in text


def test_late_report_note_and_another_time_zone():
    data = receipt(
        late=True,
        late_note="Dilaporkan 89 hari setelah kelahiran: perlu keputusan Kepala Dinas.",
        note="Fotokopi KTP-el saksi kedua menyusul.",
        timezone="Asia/Makassar",
    )
    text = page_text(render_receipt_pdf(data, "A4"))
    assert "TERLAMBAT DILAPORKAN" in text
    assert "Dilaporkan 89 hari setelah kelahiran: perlu keputusan Kepala Dinas." in text
    assert "Catatan: Fotokopi KTP-el saksi kedua menyusul." in text
    assert "pukul 10.14 WITA" in text


def test_long_content_stays_on_one_page_and_still_decodes(qapp):
    documents = tuple((f"Dokumen pendukung nomor {i}", i % 2 == 0) for i in range(9))
    data = receipt(documents=documents, late=True,
                   late_note="Dilaporkan 89 hari setelah kelahiran, lewat batas 60 hari: "
                             "pencatatan memerlukan keputusan Kepala Dinas.",
                   note="Saksi kedua menyerahkan fotokopi KTP-el besok pagi. " * 2)
    short = render_receipt_pdf(receipt(), "A5")
    pdf = render_receipt_pdf(data, "A5")

    text = page_text(pdf)  # asserts a single page
    assert "Dokumen pendukung nomor 8" in text
    assert "Pelapor," in text  # the signatures too
    assert decoded(page_image(pdf, PRINT_DPI)) == [
        ("Code128", data.tracking_number), ("QRCode", data.tracking_number)
    ]
    # drawn smaller to fit: the title is set in a smaller size than on the short receipt
    assert _title_size(pdf) < _title_size(short)


def test_content_too_long_for_one_page_still_prints_on_more():
    documents = tuple((f"Dokumen {i}", True) for i in range(40))
    pdf = render_receipt_pdf(receipt(documents=documents), "A5")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 2
    assert receipt().tracking_number in reader.pages[0].extract_text()
    assert "Dokumen 39" in reader.pages[-1].extract_text()


def _title_size(pdf: bytes) -> float:
    """The font size the title is drawn at, read off the page's text operators."""
    sizes: list[float] = []

    def visit(text, cm, tm, font_dict, font_size):
        if "TANDA TERIMA" in text:
            sizes.append(font_size * tm[0] * cm[0])

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    assert sizes
    return sizes[0]


def test_a_request_taken_at_no_loket_names_only_the_operator():
    text = page_text(render_receipt_pdf(receipt(loket_name=" ")))
    assert "Petugas : Dewi Lestari Berkas" in text  # no empty "()" after the name
    assert "Pelapor, Petugas, Ahmad Fauzi Dewi Lestari" in text


def test_texts_come_from_the_caller():
    texts = replace(ReceiptTexts(), expected="Expected completion: {date}",
                    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                              "Saturday", "Sunday"))
    text = page_text(render_receipt_pdf(receipt(), "A5", texts))
    assert "Expected completion: Monday, 7 Desember 2026" in text


def test_ui_texts_without_a_translation_are_the_indonesian_defaults(qapp):
    assert receipt_texts() == ReceiptTexts()


def test_bad_input_is_refused():
    with pytest.raises(ValueError, match="A5 or A4"):
        render_receipt_pdf(receipt(), "Letter")
    with pytest.raises(ValueError, match="birth"):
        replace(receipt(), kind="marriage")
    with pytest.raises(ValueError, match="aware"):
        receipt(submitted_at=datetime(2026, 11, 30, 9, 14))
