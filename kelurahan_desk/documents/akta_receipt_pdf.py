"""The receipt (tanda terima) for an akta kelahiran or akta kematian request, A5 or A4 PDF."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.graphics.barcode.qr import QrCode
from reportlab.graphics.shapes import Drawing, PolyLine, Rect
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kelurahan_desk.documents.barcodes import QUIET_MODULES, bar_runs, code128_modules
from kelurahan_desk.documents.official_letter import (
    LetterheadTexts,
    OfficeHeading,
    kota_title,
    letterhead,
    para,
    place_name,
)
from kelurahan_desk.domain.nik import mask_nik
from kelurahan_desk.domain.settings import zone_name

PAPERS = ("A5", "A4")
Kind = Literal["birth", "death"]
KINDS: tuple[Kind, ...] = ("birth", "death")

_PAGE_SIZES = {"A5": A5, "A4": A4}
_MARGINS = {"A5": (12 * mm, 10 * mm), "A4": (20 * mm, 16 * mm)}  # (sides, top and bottom)
# How much bigger than on A5 everything is drawn on A4. A4 is A5 enlarged by √2, but a
# receipt in 13 pt body text would look like a poster; 1.35 fills the width instead.
_SCALE = {"A5": 1.0, "A4": 1.35}
_SHRINK_STEPS = (1.0, 0.92, 0.85, 0.78)  # below 0.78 the A5 body text gets under 7 pt

# Code128 bars of 0.3 mm (0.36 on A4): above the 0.25 mm a 203 dpi head needs, and wide
# enough for any office laser printer and handheld scanner.
MODULE = 0.3 * mm


@dataclass(frozen=True)
class ReceiptData:
    """Everything printed on the receipt, as plain values.

    ``reporter_nik_masked`` is masked on construction (first 6 and last 4 digits kept) even
    when a whole NIK is given: the receipt goes home with the citizen. ``documents`` holds
    (label, received) pairs whose labels the caller has already translated.
    """

    office_name: str  # "Pohsangit Kidul", without the word Kelurahan
    kecamatan: str  # "Kademangan"
    kota: str  # "Kota Probolinggo" (as the region table names it) or "Probolinggo"
    office_code: str  # "35.74.01.1007"
    kind: Kind
    tracking_number: str  # "3574011007-AKL-2026-00042"
    submitted_at: datetime  # aware
    timezone: str  # the office's zone, "Asia/Jakarta"
    expected_completion: date
    subject_name: str  # the child, or the deceased
    event_date: date  # birth date, or date of death
    reporter_name: str
    reporter_nik_masked: str
    documents: tuple[tuple[str, bool], ...]
    late: bool
    late_note: str | None
    operator_name: str
    loket_name: str  # "Loket 1"; may be "" when the request was taken at no loket
    note: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind is 'birth' or 'death', not {self.kind!r}")
        if self.submitted_at.tzinfo is None:
            raise ValueError("submitted_at must be an aware datetime")
        ZoneInfo(self.timezone)  # an unknown zone fails here, not halfway through a print
        object.__setattr__(self, "reporter_nik_masked", mask_nik(self.reporter_nik_masked))
        object.__setattr__(self, "documents",
                           tuple((str(label), bool(got)) for label, got in self.documents))


@dataclass(frozen=True)
class ReceiptTexts(LetterheadTexts):
    """Every fixed word on the receipt, its kop and dates as the letters have them; the UI
    passes them translated.

    ``{...}`` fields are filled in here. The defaults are the Indonesian source texts.
    """

    title_birth: str = "TANDA TERIMA PERMOHONAN AKTA KELAHIRAN"
    title_death: str = "TANDA TERIMA PERMOHONAN AKTA KEMATIAN"
    tracking_label: str = "Nomor Permohonan"
    subject_birth: str = "Nama anak"
    subject_death: str = "Nama almarhum/almarhumah"
    event_birth: str = "Tanggal lahir"
    event_death: str = "Tanggal kematian"
    reporter: str = "Nama pelapor"
    reporter_nik: str = "NIK pelapor"
    submitted: str = "Diajukan"
    submitted_value: str = "{date}, pukul {time} {zone}"
    served_by: str = "Petugas"
    served_by_value: str = "{operator} ({loket})"
    documents: str = "Berkas yang diterima"
    number: str = "No."
    document: str = "Berkas"
    received: str = "Diterima"
    not_received: str = "(belum diserahkan)"
    expected: str = "Perkiraan selesai: {date}"
    late: str = "TERLAMBAT DILAPORKAN"
    keep: str = ("Simpan tanda terima ini untuk mengambil akta. "
                 "Tunjukkan KTP-el saat pengambilan.")
    note: str = "Catatan: {note}"
    reporter_sign: str = "Pelapor,"
    operator_sign: str = "Petugas {loket},"
    operator_sign_no_loket: str = "Petugas,"


def render_receipt_pdf(
    data: ReceiptData, paper: str = "A5", texts: ReceiptTexts | None = None
) -> bytes:
    """The receipt as a one-page PDF on ``paper`` ("A5" or "A4").

    Long content (many documents, a long note) is drawn a little smaller rather than
    spilling onto a second page: a receipt is one sheet. Content too long even for that
    flows onto more pages, since a receipt that cannot be printed helps nobody.
    """
    if paper not in PAPERS:
        raise ValueError(f"receipt paper is A5 or A4, not {paper!r}")
    texts = texts or ReceiptTexts()
    pdf = b""
    for shrink in _SHRINK_STEPS:
        pdf, pages = _build(data, paper, texts, _SCALE[paper] * shrink)
        if pages == 1:
            break
    return pdf


# --- layout -------------------------------------------------------------------------------

_GREY = colors.Color(0.35, 0.35, 0.35)  # prints as a clear mid-grey on a mono laser


def _styles(s: float) -> dict[str, ParagraphStyle]:
    def style(name: str, size: float, font: str = "Helvetica", align: int = TA_LEFT,
              color: colors.Color = colors.black, leading: float = 1.22) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size * s,
                              leading=size * s * leading, alignment=align, textColor=color)

    return {
        "gov": style("gov", 10, "Helvetica-Bold", TA_CENTER),
        "kec": style("kec", 10, "Helvetica-Bold", TA_CENTER),
        "kel": style("kel", 13, "Helvetica-Bold", TA_CENTER),
        "code": style("code", 7.5, align=TA_CENTER, color=_GREY),
        "title": style("title", 11, "Helvetica-Bold", TA_CENTER),
        "tracking_label": style("tracking_label", 8, color=_GREY),
        "tracking": style("tracking", 15, "Helvetica-Bold", leading=1.15),
        "label": style("label", 9, color=_GREY),  # as big as the value: one baseline
        "value": style("value", 9, "Helvetica-Bold"),
        "h": style("h", 9, "Helvetica-Bold"),
        "cell": style("cell", 8.5),
        "cell_head": style("cell_head", 8, "Helvetica-Bold"),
        "cell_head_c": style("cell_head_c", 8, "Helvetica-Bold", TA_CENTER),
        "cell_c": style("cell_c", 8.5, align=TA_CENTER),
        "expected": style("expected", 11, "Helvetica-Bold", TA_CENTER),
        "late": style("late", 9, "Helvetica-Bold", TA_CENTER, colors.white),
        "late_note": style("late_note", 8.5, align=TA_CENTER),
        "keep": style("keep", 8.5, "Helvetica-Bold", TA_CENTER),
        "note": style("note", 8.5, "Helvetica-Oblique"),
        "sign": style("sign", 8.5, align=TA_CENTER),
        "sign_name": style("sign_name", 8.5, "Helvetica-Bold", TA_CENTER),
    }


def _code128(value: str, module: float, bar_height: float) -> Drawing:
    """The tracking number's Code128 with its quiet zones, as sharp rectangles."""
    modules = code128_modules(value)
    drawing = Drawing((len(modules) + 2 * QUIET_MODULES) * module, bar_height)
    for start, length in bar_runs(modules):
        drawing.add(Rect((QUIET_MODULES + start) * module, 0, length * module, bar_height,
                         fillColor=colors.black, strokeColor=None, strokeWidth=0))
    return drawing


def _check_box(checked: bool, size: float) -> Drawing:
    """A square, ticked when the document was handed in; clear in black and white."""
    drawing = Drawing(size, size)
    drawing.add(Rect(0, 0, size, size, fillColor=None, strokeColor=colors.black,
                     strokeWidth=0.8))
    if checked:
        drawing.add(PolyLine([size * 0.2, size * 0.52, size * 0.42, size * 0.25,
                              size * 0.82, size * 0.8],
                             strokeColor=colors.black, strokeWidth=size * 0.16,
                             strokeLineCap=1, strokeLineJoin=1))
    return drawing


def _underlined(text: str, style: ParagraphStyle) -> Paragraph:
    """A name under a signature space, underlined as Indonesian letters sign it."""
    return Paragraph(f"<u>{escape(text)}</u>", style)


def _build(data: ReceiptData, paper: str, t: ReceiptTexts, s: float) -> tuple[bytes, int]:
    """The PDF drawn at scale ``s``, and how many pages it took."""
    page_w, page_h = _PAGE_SIZES[paper]
    side, end = _MARGINS[paper]
    width = page_w - 2 * side
    st = _styles(s)
    birth = data.kind == "birth"
    story: list[Flowable] = []

    # The letters' kop surat, lighter and closer to the title on a receipt.
    office = OfficeHeading(data.office_name, data.kecamatan, data.kota, data.office_code)
    story += [
        *letterhead(office, t, st, s, rule=(1.6, 1.3), after=3.5 * mm),
        para(t.title_birth if birth else t.title_death, st["title"]),
        Spacer(1, 3 * mm * s),
    ]

    # The tracking number: large, as Code128 and as a QR code, in one box.
    qr_size = 24 * mm * s
    pad = 3 * mm * s
    qr = QrCode(data.tracking_number, width=qr_size, height=qr_size, qrLevel="M",
                qrBorder=2)  # the box's padding adds to the quiet zone
    left_w = width - qr_size - 2 * pad - 2 * mm * s
    module = MODULE * min(max(s, 1.0), 1.2)  # never thinner when long content shrinks
    barcode = _code128(data.tracking_number, module, 11 * mm * s)
    # the texts line up with the first bar, not with the barcode's quiet zone
    indent = QUIET_MODULES * module
    left = [
        para(t.tracking_label, ParagraphStyle("tl", st["tracking_label"], leftIndent=indent)),
        para(data.tracking_number, ParagraphStyle("tn", st["tracking"], leftIndent=indent)),
        Spacer(1, 1.5 * mm * s),
        barcode,
    ]
    box = Table([[left, qr]], colWidths=[left_w + 2 * pad, qr_size + 2 * mm * s],
                style=TableStyle([
                    ("BOX", (0, 0), (-1, -1), 0.9 * s, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (0, 0), pad),
                    ("LEFTPADDING", (1, 0), (1, 0), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), pad / 2),
                    ("TOPPADDING", (0, 0), (-1, -1), pad * 0.8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.8),
                ]))
    story += [box, Spacer(1, 3.5 * mm * s)]

    # The request, as the citizen will recognise it.
    zone = ZoneInfo(data.timezone)
    local = data.submitted_at.astimezone(zone)
    loket = data.loket_name.strip()
    rows = [
        (t.subject_birth if birth else t.subject_death, data.subject_name),
        (t.event_birth if birth else t.event_death, t.long_date(data.event_date)),
        (t.reporter, data.reporter_name),
        (t.reporter_nik, data.reporter_nik_masked),
        (t.submitted, t.submitted_value.format(
            date=t.long_date(local.date(), weekday=True), time=f"{local:%H.%M}",
            zone=zone_name(data.timezone, data.submitted_at))),
        (t.served_by, t.served_by_value.format(operator=data.operator_name, loket=loket)
         if loket else data.operator_name),
    ]
    label = st["label"]
    widest = max(stringWidth(text, label.fontName, label.fontSize) for text, _ in rows)
    label_w = min(width * 0.4, widest + 2 * mm * s)  # a longer translation wraps instead
    story.append(Table(
        [[para(text, label), para(":", label), para(value, st["value"])] for text, value in rows],
        colWidths=[label_w, 3 * mm * s, width - label_w - 3 * mm * s],
        style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0.6 * mm * s),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6 * mm * s),
        ])))
    story.append(Spacer(1, 3.5 * mm * s))

    # The documents handed in, as a ticked checklist.
    story.append(para(t.documents, st["h"]))
    story.append(Spacer(1, 1.2 * mm * s))
    check = 3.2 * mm * s
    head = [para(t.number, st["cell_head_c"]), para(t.document, st["cell_head"]),
            para(t.received, st["cell_head_c"])]
    body = [
        [para(f"{i}.", st["cell_c"]),
         para(label if got else f"{label} {t.not_received}", st["cell"]),
         _check_box(got, check)]
        for i, (label, got) in enumerate(data.documents, start=1)
    ]
    number_w, got_w = 9 * mm * s, 17 * mm * s
    story.append(Table(
        [head, *body], colWidths=[number_w, width - number_w - got_w, got_w],
        repeatRows=1,
        style=TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5 * s, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (2, 1), (2, -1), "CENTER"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.1 * mm * s),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.1 * mm * s),
            ("LEFTPADDING", (0, 0), (-1, -1), 1.5 * mm * s),
            ("RIGHTPADDING", (0, 0), (-1, -1), 1.5 * mm * s),
        ])))
    story.append(Spacer(1, 3.5 * mm * s))

    # When it will be ready, and whether it was reported late.
    expected_rows: list[list[Flowable]] = [
        [para(t.expected.format(date=t.long_date(data.expected_completion, weekday=True)),
              st["expected"])]
    ]
    expected_style = [
        ("BOX", (0, 0), (-1, -1), 1.2 * s, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 1.8 * mm * s),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8 * mm * s),
    ]
    if data.late:
        expected_rows.append([para(t.late, st["late"])])
        expected_style += [("BACKGROUND", (0, 1), (0, 1), colors.black),
                           ("TOPPADDING", (0, 1), (-1, -1), 1.2 * mm * s),
                           ("BOTTOMPADDING", (0, 1), (-1, -1), 1.2 * mm * s)]
        if data.late_note:
            expected_rows.append([para(data.late_note, st["late_note"])])
    story.append(Table(expected_rows, colWidths=[width], style=TableStyle(expected_style)))
    story.append(Spacer(1, 2.5 * mm * s))
    story.append(para(t.keep, st["keep"]))
    if data.note:
        story += [Spacer(1, 2 * mm * s), para(t.note.format(note=data.note), st["note"])]
    story.append(Spacer(1, 4 * mm * s))

    # Signatures: the reporter's and the operator's, under the place and date.
    gap = 16 * mm * s
    place_date = t.place_date.format(place=place_name(data.kota),
                                     date=t.long_date(local.date()))
    signatures = Table(
        [
            ["", para(place_date, st["sign"])],
            [para(t.reporter_sign, st["sign"]),
             para(t.operator_sign.format(loket=loket) if loket else t.operator_sign_no_loket,
                st["sign"])],
            ["", ""],
            [_underlined(data.reporter_name, st["sign_name"]),
             _underlined(data.operator_name, st["sign_name"])],
        ],
        colWidths=[width / 2, width / 2],
        rowHeights=[None, None, gap, None],
        style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 8 * mm * s),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8 * mm * s),
            ("TOPPADDING", (0, 0), (-1, -1), 0.4 * mm * s),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6 * mm * s),
        ]))
    story.append(KeepTogether([signatures]))

    out = io.BytesIO()
    pages = [0]

    def count(canvas: Canvas, doc: BaseDocTemplate) -> None:
        pages[0] += 1

    doc = BaseDocTemplate(
        out, pagesize=(page_w, page_h), leftMargin=side, rightMargin=side, topMargin=end,
        bottomMargin=end, title=f"{data.tracking_number} {kota_title(data.kota)}",
        author=f"Kelurahan {data.office_name}", invariant=True,
    )
    frame = Frame(side, end, width, page_h - 2 * end, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("receipt", frames=[frame], onPage=count)])
    doc.build(story)
    return out.getvalue(), pages[0]
