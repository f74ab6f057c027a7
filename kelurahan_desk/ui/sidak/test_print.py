""""Cetak uji": the test page for a counter, printed on the chosen printer (A5), in the
user's language. Runs in a worker thread (QPrinter may be painted off the GUI thread)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageSize

from kelurahan_desk.documents.inspection_test_page_pdf import PrintCheckPage, render_test_page
from kelurahan_desk.domain.settings import zone_name
from kelurahan_desk.services.office import OfficeInfo
from kelurahan_desk.ui import pdf_printing
from kelurahan_desk.ui.pdf_printing import PrintFailed, PrintTexts

translate = QCoreApplication.translate  # bare name: lupdate finds translate("ctx", "text")

MAX_RENDER_DPI = 300


@dataclass(frozen=True)
class PrintCheckOrder:
    """What to print where (plain values, so it can travel to a worker thread)."""

    office: OfficeInfo
    counter_name: str
    counter_number: int
    inspection_number: str
    inspector_name: str
    printer: str
    at: datetime


def barcode_text(order: PrintCheckOrder) -> str:
    """``SDK-20250303-1-L1-091402``: the inspection's day and serial, loket and time."""
    day_serial = order.inspection_number.split("-SDK-")[-1]
    local = order.at.astimezone(ZoneInfo(order.office.timezone))
    return f"SDK-{day_serial}-L{order.counter_number}-{local:%H%M%S}"


def check_page(order: PrintCheckOrder) -> PrintCheckPage:
    zone = ZoneInfo(order.office.timezone)
    local = order.at.astimezone(zone)
    o = order.office
    return PrintCheckPage(
        title=translate("SidakTestPrint", "CETAK UJI — SIDAK"),
        office_lines=(translate("SidakTestPrint", "KELURAHAN {name}").format(
                          name=o.name.upper()),
                      translate("SidakTestPrint", "Kecamatan {kecamatan}, {kota}").format(
                          kecamatan=o.kecamatan, kota=o.kota)),
        rows=((translate("SidakTestPrint", "Loket"), order.counter_name),
              (translate("SidakTestPrint", "Waktu"),
               f"{local:%d-%m-%Y %H.%M.%S} {zone_name(zone, order.at)}"),
              (translate("SidakTestPrint", "Inspektur"), order.inspector_name),
              (translate("SidakTestPrint", "Printer"), order.printer),
              (translate("SidakTestPrint", "Sidak"), order.inspection_number)),
        code=barcode_text(order),
        note=translate("SidakTestPrint", "Halaman ini dicetak untuk menguji printer loket "
                                         "saat sidak. Tidak berlaku sebagai dokumen."),
    )


def print_test_page(order: PrintCheckOrder) -> str:
    """Print the test page; the barcode's text (the job's title). ``PrintFailed`` says why
    it could not, in the user's language."""
    page = check_page(order)
    pdf_printing.print_pdf(render_test_page(page), order.printer,
                           QPageSize(QPageSize.PageSizeId.A5), _texts(), doc_name=page.code,
                           max_dpi=MAX_RENDER_DPI)
    return page.code


def _texts() -> PrintTexts:
    return PrintTexts(
        no_printer=translate("SidakTestPrint", "Pilih printer untuk cetak uji."),
        not_installed=translate(
            "SidakTestPrint", "Printer \"{printer}\" tidak terpasang di komputer ini."),
        refused=translate(
            "SidakTestPrint", "Printer \"{printer}\" tidak dapat mencetak sekarang."),
        not_ready=translate("SidakTestPrint", "Halaman uji tidak dapat disiapkan."),
    )


__all__ = ["PrintCheckOrder", "PrintFailed", "barcode_text", "check_page", "print_test_page"]
