"""The blank KTP-el card (blanko) reconciliation report: received = printed + spoiled + in
stock, per receipt and in total, with every serial that breaks it, as A4 PDF."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from kelurahan_desk.documents.official_letter import (
    RED,
    STYLES,
    WIDTH,
    LetterTexts,
    OfficeHeading,
    Signatory,
    Signature,
    build_letter,
    kota_title,
    letterhead,
    local_time,
    para,
    place_name,
    signature_grid,
    thousands,
    title_block,
)
from kelurahan_desk.documents.row_table import Column, RowTable

__all__ = ["BrokenSerial", "OfficeHeading", "ReceiptLine", "ReconciliationReport",
           "ReconciliationTexts", "Signatory", "render_reconciliation_report"]


@dataclass(frozen=True)
class ReceiptLine:
    """One receipt of blank cards from the Dispendukcapil, and where its cards are now."""

    received_on: date
    document_number: str
    received: int
    printed: int
    spoiled: int
    in_stock: int

    @property
    def difference(self) -> int:
        """received − (printed + spoiled + in stock): 0 when the receipt reconciles."""
        return self.received - self.printed - self.spoiled - self.in_stock


@dataclass(frozen=True)
class BrokenSerial:
    """A serial that breaks the sum: in no place, or in more than one. ``problem`` is a
    label the caller has translated ("tidak tercatat di mana pun", "dicetak dan rusak")."""

    serial: str
    receipt: str | None  # the document number it arrived with; None when unknown
    problem: str


@dataclass(frozen=True)
class ReconciliationReport:
    """The reconciliation at one moment, as plain values."""

    office: OfficeHeading
    as_of: datetime  # aware
    timezone: str
    receipts: Sequence[ReceiptLine]
    broken: Sequence[BrokenSerial]
    prepared_by: Signatory
    known_by: Signatory | None = None  # "Mengetahui": the Lurah
    number: str | None = None

    def __post_init__(self) -> None:
        local_time(self.as_of, self.timezone)
        object.__setattr__(self, "receipts", tuple(self.receipts))
        object.__setattr__(self, "broken", tuple(self.broken))

    @property
    def totals(self) -> ReceiptLine:
        """Every receipt added up (its date the earliest receipt's, no document number)."""
        return ReceiptLine(
            min((r.received_on for r in self.receipts), default=self.as_of.date()), "",
            sum(r.received for r in self.receipts), sum(r.printed for r in self.receipts),
            sum(r.spoiled for r in self.receipts), sum(r.in_stock for r in self.receipts))

    @property
    def balanced(self) -> bool:
        return not self.broken and all(r.difference == 0 for r in self.receipts)


@dataclass(frozen=True)
class ReconciliationTexts(LetterTexts):
    """Every fixed word of the reconciliation report; the UI passes them translated.

    ``{...}`` fields are filled in here. The defaults are the Indonesian source texts.
    """

    title: str = "LAPORAN REKONSILIASI BLANKO KTP-EL"
    as_of: str = "Keadaan per {date} pukul {time} {zone}"
    rule: str = (
        "Setiap blanko KTP-el yang diterima dari Dinas Kependudukan dan Pencatatan Sipil "
        "tercatat di tepat satu tempat: sudah dicetak, rusak, atau masih dalam persediaan. "
        "Karena itu untuk setiap penerimaan dan untuk jumlah seluruhnya berlaku: "
        "<b>Diterima = Dicetak + Rusak + Persediaan</b>."
    )
    receipts_title: str = "REKONSILIASI PER PENERIMAAN"
    col_number: str = "No."
    col_date: str = "Tgl. Terima"
    col_document: str = "Nomor Dokumen"
    col_received: str = "Diterima"
    col_printed: str = "Dicetak"
    col_spoiled: str = "Rusak"
    col_in_stock: str = "Persediaan"
    col_difference: str = "Selisih"
    col_state: str = "Keterangan"
    matches: str = "Sesuai"
    differs: str = "TIDAK SESUAI"
    total: str = "Jumlah"
    no_receipts: str = "Belum ada penerimaan blanko."
    result_ok: str = (
        "<b>Hasil: SESUAI.</b> Diterima {received} = dicetak {printed} + rusak {spoiled} "
        "+ persediaan {in_stock} keping."
    )
    result_broken: str = (
        "<b>Hasil: TIDAK SESUAI.</b> Diterima {received}, sedangkan dicetak {printed} + "
        "rusak {spoiled} + persediaan {in_stock} = {accounted} keping (selisih {difference}); "
        "{broken} nomor seri bermasalah tercantum di bawah ini."
    )
    broken_title: str = "NOMOR SERI YANG TIDAK SESUAI"
    col_serial: str = "Nomor Seri"
    col_receipt: str = "Dokumen Penerimaan"
    col_problem: str = "Masalah"
    unknown_receipt: str = "(tidak diketahui)"
    none_broken: str = "Tidak ada nomor seri yang tidak sesuai."
    prepared_heading: str = "Yang membuat laporan,"
    known_by_heading: str = "Mengetahui,"
    footer: str = "Laporan Rekonsiliasi Blanko KTP-el Kelurahan {office}, {date}"


def render_reconciliation_report(
    report: ReconciliationReport, texts: ReconciliationTexts | None = None
) -> bytes:
    """The reconciliation report as A4 PDF bytes."""
    t = texts or ReconciliationTexts()
    local, _zone = local_time(report.as_of, report.timezone)
    return build_letter(
        _story(report, t),
        title=f"{t.title} {report.office.name} {local:%d-%m-%Y}",
        author=f"Kelurahan {report.office.name}, {kota_title(report.office.kota)}",
        footer=t.footer.format(office=report.office.name, date=f"{local:%d-%m-%Y %H.%M}"),
        texts=t,
    )


def _signed(n: int) -> str:
    return "0" if n == 0 else f"{'+' if n > 0 else '-'}{thousands(abs(n))}"


def _receipts_table(r: ReconciliationReport, t: ReconciliationTexts) -> RowTable:
    figure, stock = 15 * mm, 18 * mm  # "Persediaan" is the longest title
    number, day, state = 9 * mm, 18 * mm, 22 * mm
    document = WIDTH - number - day - state - 4 * figure - stock
    columns = [Column(t.col_number, number, "right"), Column(t.col_date, day, "center"),
               Column(t.col_document, document, fit=True),
               Column(t.col_received, figure, "right"), Column(t.col_printed, figure, "right"),
               Column(t.col_spoiled, figure, "right"), Column(t.col_in_stock, stock, "right"),
               Column(t.col_difference, figure, "right"),
               Column(t.col_state, state, "center", fit=True)]
    rows = [(thousands(i), f"{line.received_on:%d-%m-%Y}", line.document_number,
             thousands(line.received), thousands(line.printed), thousands(line.spoiled),
             thousands(line.in_stock), _signed(line.difference),
             t.matches if line.difference == 0 else t.differs)
            for i, line in enumerate(r.receipts, start=1)]
    all_ = r.totals
    total = ("", "", t.total, thousands(all_.received), thousands(all_.printed),
             thousands(all_.spoiled), thousands(all_.in_stock), _signed(all_.difference),
             t.matches if all_.difference == 0 else t.differs)
    off = {i for i, line in enumerate(r.receipts) if line.difference != 0}
    return RowTable(columns, rows, font_size=8, row_height=14, total=total, highlight=off,
                    total_red=all_.difference != 0)


def _broken_table(r: ReconciliationReport, t: ReconciliationTexts) -> RowTable:
    number, serial, receipt = 12 * mm, 42 * mm, 45 * mm
    columns = [Column(t.col_number, number, "right"), Column(t.col_serial, serial, fit=True),
               Column(t.col_receipt, receipt, fit=True),
               Column(t.col_problem, WIDTH - number - serial - receipt, fit=True)]
    rows = [(thousands(i), b.serial, b.receipt or t.unknown_receipt, b.problem)
            for i, b in enumerate(r.broken, start=1)]
    return RowTable(columns, rows, font_size=8, row_height=13,
                    highlight=range(len(rows)))


def _story(r: ReconciliationReport, t: ReconciliationTexts) -> list[Flowable]:
    local, zone = local_time(r.as_of, r.timezone)
    story: list[Flowable] = [*letterhead(r.office, t), *title_block(t.title, r.number, t)[:-1],
                             para(t.as_of.format(date=t.long_date(local.date()),
                                                 time=f"{local:%H.%M}", zone=zone), "number"),
                             Spacer(1, 5 * mm), para(t.rule, "body", markup=True),
                             Spacer(1, 4 * mm), para(t.receipts_title, "h"), Spacer(1, 2 * mm)]
    if r.receipts:
        story.append(_receipts_table(r, t))
    else:
        story.append(para(t.no_receipts, "body"))
    story.append(Spacer(1, 4 * mm))

    all_ = r.totals
    figures = {"received": thousands(all_.received), "printed": thousands(all_.printed),
               "spoiled": thousands(all_.spoiled), "in_stock": thousands(all_.in_stock)}
    if r.balanced:
        story.append(para(t.result_ok.format(**figures), "body", markup=True))
    else:
        red = STYLES["body"].clone("result_broken", textColor=RED)
        story.append(para(t.result_broken.format(
            **figures, accounted=thousands(all_.received - all_.difference),
            difference=_signed(all_.difference), broken=thousands(len(r.broken))),
            red, markup=True))
    story += [Spacer(1, 5 * mm), CondPageBreak(30 * mm), para(t.broken_title, "h"),
              Spacer(1, 2 * mm)]
    story.append(_broken_table(r, t) if r.broken else para(t.none_broken, "body"))
    story.append(Spacer(1, 8 * mm))

    place_date = t.place_date.format(place=place_name(r.office.kota),
                                     date=t.long_date(local.date()))
    prepared = Signature((t.prepared_heading, r.prepared_by.position), r.prepared_by,
                         dated=place_date)
    if r.known_by is None:
        grid = signature_grid([prepared], t, 1, WIDTH / 2, h_align="RIGHT")
    else:
        known = Signature((t.known_by_heading, r.known_by.position), r.known_by)
        grid = signature_grid([known, prepared], t)
    story.append(KeepTogether([grid]))
    return story
