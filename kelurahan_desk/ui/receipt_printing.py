"""Printing the akta request receipt (tanda terima) on A5 or A4 through Qt's print system.

A failed print changes nothing about the request: it is registered and keeps its tracking
number. Callers catch ``PrintFailed``, show its message, and offer to print again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageSize

from kelurahan_desk.documents.akta_receipt_pdf import (
    PAPERS,
    ReceiptData,
    ReceiptTexts,
    render_receipt_pdf,
)
from kelurahan_desk.ui import pdf_printing
from kelurahan_desk.ui.pdf_printing import PrintFailed, PrintTexts, available_printers

__all__ = ["PAPERS", "PrintFailed", "available_printers", "print_receipt",
           "print_receipt_pdf", "receipt_pdf", "receipt_texts"]

translate = QCoreApplication.translate  # bare name: lupdate finds translate("ctx", "text")

_PAGE_SIZES = {"A5": QPageSize.PageSizeId.A5, "A4": QPageSize.PageSizeId.A4}
# 300 dpi is plenty for text and 0.3 mm bars (3.5 dots a module), and keeps an A4 page's
# image near 35 MB rather than the 140 MB of 600 dpi.
MAX_RENDER_DPI = 300


def receipt_texts() -> ReceiptTexts:
    """Every fixed word of the receipt in the user's language."""
    return ReceiptTexts(
        government=translate("ReceiptPrinting", "PEMERINTAH {kota}"),
        kecamatan=translate("ReceiptPrinting", "KECAMATAN {name}"),
        kelurahan=translate("ReceiptPrinting", "KELURAHAN {name}"),
        office_code=translate("ReceiptPrinting", "Kode wilayah {code}"),
        title_birth=translate("ReceiptPrinting", "TANDA TERIMA PERMOHONAN AKTA KELAHIRAN"),
        title_death=translate("ReceiptPrinting", "TANDA TERIMA PERMOHONAN AKTA KEMATIAN"),
        tracking_label=translate("ReceiptPrinting", "Nomor Permohonan"),
        subject_birth=translate("ReceiptPrinting", "Nama anak"),
        subject_death=translate("ReceiptPrinting", "Nama almarhum/almarhumah"),
        event_birth=translate("ReceiptPrinting", "Tanggal lahir"),
        event_death=translate("ReceiptPrinting", "Tanggal kematian"),
        reporter=translate("ReceiptPrinting", "Nama pelapor"),
        reporter_nik=translate("ReceiptPrinting", "NIK pelapor"),
        submitted=translate("ReceiptPrinting", "Diajukan"),
        submitted_value=translate("ReceiptPrinting", "{date}, pukul {time} {zone}"),
        served_by=translate("ReceiptPrinting", "Petugas"),
        served_by_value=translate("ReceiptPrinting", "{operator} ({loket})"),
        documents=translate("ReceiptPrinting", "Berkas yang diterima"),
        number=translate("ReceiptPrinting", "No."),
        document=translate("ReceiptPrinting", "Berkas"),
        received=translate("ReceiptPrinting", "Diterima"),
        not_received=translate("ReceiptPrinting", "(belum diserahkan)"),
        expected=translate("ReceiptPrinting", "Perkiraan selesai: {date}"),
        late=translate("ReceiptPrinting", "TERLAMBAT DILAPORKAN"),
        keep=translate("ReceiptPrinting", "Simpan tanda terima ini untuk mengambil akta. "
                                          "Tunjukkan KTP-el saat pengambilan."),
        note=translate("ReceiptPrinting", "Catatan: {note}"),
        reporter_sign=translate("ReceiptPrinting", "Pelapor,"),
        operator_sign=translate("ReceiptPrinting", "Petugas {loket},"),
        operator_sign_no_loket=translate("ReceiptPrinting", "Petugas,"),
        place_date=translate("ReceiptPrinting", "{place}, {date}"),
        # Spelled out rather than taken from QLocale, which follows the system locale
        # until i18n sets it: the receipt's names always match its language.
        weekdays=(
            translate("ReceiptPrinting", "Senin"), translate("ReceiptPrinting", "Selasa"),
            translate("ReceiptPrinting", "Rabu"), translate("ReceiptPrinting", "Kamis"),
            translate("ReceiptPrinting", "Jumat"), translate("ReceiptPrinting", "Sabtu"),
            translate("ReceiptPrinting", "Minggu"),
        ),
        months=(
            translate("ReceiptPrinting", "Januari"), translate("ReceiptPrinting", "Februari"),
            translate("ReceiptPrinting", "Maret"), translate("ReceiptPrinting", "April"),
            translate("ReceiptPrinting", "Mei"), translate("ReceiptPrinting", "Juni"),
            translate("ReceiptPrinting", "Juli"), translate("ReceiptPrinting", "Agustus"),
            translate("ReceiptPrinting", "September"),
            translate("ReceiptPrinting", "Oktober"),
            translate("ReceiptPrinting", "November"),
            translate("ReceiptPrinting", "Desember"),
        ),
    )


def receipt_pdf(data: ReceiptData, paper: str = "A5") -> bytes:
    """The receipt for ``data`` as PDF bytes, in the user's language."""
    return render_receipt_pdf(data, paper, receipt_texts())


def print_receipt(data: ReceiptData, printer_name: str | None, paper: str = "A5") -> None:
    """Print the receipt on ``printer_name`` (the system's default printer when ``None``)
    on A5 or A4 paper; ``PrintFailed`` says why when it cannot.

    The print job is titled with the tracking number, as unique as the request.
    """
    print_receipt_pdf(receipt_pdf(data, paper), printer_name, paper, data.tracking_number)


def print_receipt_pdf(
    pdf_bytes: bytes, printer_name: str | None, paper: str = "A5", doc_name: str = ""
) -> None:
    """Print an already rendered receipt on ``paper``; ``PrintFailed`` when it cannot."""
    if paper not in PAPERS:
        raise ValueError(f"receipt paper is A5 or A4, not {paper!r}")
    name = printer_name if printer_name is not None else pdf_printing.default_printer()
    pdf_printing.print_pdf(pdf_bytes, name, QPageSize(_PAGE_SIZES[paper]), _texts(),
                           doc_name=doc_name, max_dpi=MAX_RENDER_DPI)


def _texts() -> PrintTexts:
    return PrintTexts(
        no_printer=translate(
            "ReceiptPrinting",
            "Belum ada printer yang dipilih. Pilih printer untuk mencetak tanda terima."),
        not_installed=translate(
            "ReceiptPrinting",
            "Printer \"{printer}\" tidak terpasang di komputer ini. Tanda terima belum "
            "dicetak."),
        refused=translate(
            "ReceiptPrinting",
            "Printer \"{printer}\" tidak dapat mencetak tanda terima sekarang. Periksa "
            "printer, lalu cetak ulang."),
        not_ready=translate(
            "ReceiptPrinting", "Tanda terima tidak dapat disiapkan untuk dicetak."),
    )
