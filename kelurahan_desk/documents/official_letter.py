"""What the office's official A4 letters share: letterhead, dates, signatures, the QR check,
and "Halaman x dari y" on every page (the row table for long lists is in row_table.py)."""

from __future__ import annotations

import io
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab import rl_config
from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kelurahan_desk.domain.settings import zone_name

# Someone who signs (name, position, institution, NIP) is the domain's ``Signatory``, the
# value the services keep for witnesses and receivers, so a report prints exactly what was
# confirmed; an empty institution or NIP (a police officer has no NIP) is left out.
from kelurahan_desk.domain.spoiled_cards import Signatory as Signatory

Progress = Callable[[int, int], None]

PAGE_W, PAGE_H = A4
# Indonesian official letters leave the wider margin on the binding side.
LEFT, RIGHT, TOP, BOTTOM = 25 * mm, 20 * mm, 14 * mm, 18 * mm
WIDTH = PAGE_W - LEFT - RIGHT
RED = colors.Color(0.72, 0.05, 0.05)  # still a dark grey on a mono laser
GREY = colors.Color(0.35, 0.35, 0.35)
HEAD_FILL = colors.Color(0.88, 0.88, 0.88)


@dataclass(frozen=True)
class OfficeHeading:
    """The office named in the letterhead (kop surat)."""

    name: str  # "Pohsangit Kidul", without the word Kelurahan
    kecamatan: str  # "Kademangan"
    kota: str  # "Kota Probolinggo" or "Probolinggo"
    code: str  # "35.74.01.1007"
    address: str = ""  # "Jl. Mastrip No. 5, Probolinggo"; left out when empty


@dataclass(frozen=True)
class LetterheadTexts:
    """The words of the kop surat and of dates, which every office document shares (the
    letters, and the akta receipt, which extends it).

    ``{...}`` fields are filled in here. The defaults are the Indonesian source texts.
    """

    government: str = "PEMERINTAH {kota}"
    kecamatan: str = "KECAMATAN {name}"
    kelurahan: str = "KELURAHAN {name}"
    office_code: str = "Kode wilayah {code}"
    place_date: str = "{place}, {date}"
    weekdays: tuple[str, ...] = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu",
                                 "Minggu")
    months: tuple[str, ...] = ("Januari", "Februari", "Maret", "April", "Mei", "Juni",
                               "Juli", "Agustus", "September", "Oktober", "November",
                               "Desember")

    def long_date(self, day: date, weekday: bool = False) -> str:
        """``"30 November 2026"`` (or ``"Senin, 30 November 2026"``), whatever the locale."""
        text = f"{day.day} {self.months[day.month - 1]} {day.year}"
        return f"{self.weekdays[day.weekday()]}, {text}" if weekday else text


@dataclass(frozen=True)
class LetterTexts(LetterheadTexts):
    """The words every official letter shares; the document texts extend it."""

    number: str = "Nomor: {number}"
    page: str = "Halaman {page} dari {pages}"
    nip: str = "NIP. {nip}"


# --- plain helpers -------------------------------------------------------------------------


def thousands(n: int) -> str:
    """``13659`` → ``"13.659"``: Indonesian groups thousands with dots."""
    return f"{n:,}".replace(",", ".")


def nip_text(nip: str) -> str:
    """An 18-digit NIP as letters write it, ``"19850707 200312 1 001"`` (birth date, start
    of service, sex, serial); the services keep it without spaces. Anything else as it is."""
    digits = "".join(nip.split())
    if len(digits) == 18 and digits.isdigit():
        return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"
    return nip


def kota_title(kota: str) -> str:
    """"Kota Probolinggo" as it is; a bare "Probolinggo" becomes "Kota Probolinggo"."""
    if kota.lower().startswith(("kota ", "kabupaten ", "kab. ")):
        return kota
    return f"Kota {kota}"


def place_name(kota: str) -> str:
    """The town named above a signature: "Probolinggo", without Kota or Kabupaten."""
    return re.sub(r"^(kota|kabupaten|kab\.)\s+", "", kota.strip(), flags=re.I)


def local_time(moment: datetime, zone: str) -> tuple[datetime, str]:
    """``moment`` in the office's zone, and WIB, WITA or WIT (the zone's own name elsewhere)."""
    if moment.tzinfo is None:
        raise ValueError("times on official letters must be aware datetimes")
    return moment.astimezone(ZoneInfo(zone)), zone_name(zone, moment)


# --- styles and blocks ---------------------------------------------------------------------


def _style(name: str, size: float, font: str = "Helvetica", align: int = TA_LEFT,
           leading: float = 1.3, **extra: Any) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * leading,
                          alignment=align, **extra)


STYLES: dict[str, ParagraphStyle] = {
    "gov": _style("gov", 11.5, "Helvetica-Bold", TA_CENTER, 1.2),
    "kec": _style("kec", 11.5, "Helvetica-Bold", TA_CENTER, 1.2),
    "kel": _style("kel", 15, "Helvetica-Bold", TA_CENTER, 1.2),
    "code": _style("code", 8, align=TA_CENTER, textColor=GREY),
    "title": _style("title", 11.5, "Helvetica-Bold", TA_CENTER, 1.25),
    "number": _style("number", 10, align=TA_CENTER),
    "body": _style("body", 10, align=TA_JUSTIFY, leading=1.45),
    "item": _style("item", 10, align=TA_JUSTIFY, leading=1.4),
    "h": _style("h", 10, "Helvetica-Bold", TA_CENTER),
    "small": _style("small", 7.5, leading=1.3, textColor=GREY),
    "hash": _style("hash", 6.5, "Courier", leading=1.25),
    "sign": _style("sign", 9.5, align=TA_CENTER),
    "sign_name": _style("sign_name", 9.5, "Helvetica-Bold", TA_CENTER),
}


def para(text: str, style: str | ParagraphStyle, markup: bool = False) -> Paragraph:
    """A paragraph of plain text (escaped), or of reportlab mark-up when ``markup``."""
    chosen = STYLES[style] if isinstance(style, str) else style
    return Paragraph(text if markup else escape(text), chosen)


def letterhead(office: OfficeHeading, t: LetterheadTexts,
               styles: Mapping[str, ParagraphStyle] = STYLES, scale: float = 1.0,
               rule: tuple[float, float] = (1.8, 1.2), after: float = 5 * mm) -> list[Flowable]:
    """Kop surat: government, kecamatan, kelurahan, code (and address), a thick and a thin
    rule, as Indonesian regional letters are headed.

    A smaller document (the akta receipt) draws it in its own ``styles`` ("gov", "kec",
    "kel", "code") and ``scale``, with its own thick ``rule`` (weight, gap under it) and
    space ``after`` the thin one, in points before scaling.
    """
    code = t.office_code.format(code=office.code)
    under = f"{office.address} · {code}" if office.address.strip() else code
    thick, gap = rule
    return [
        para(t.government.format(kota=kota_title(office.kota).upper()), styles["gov"]),
        para(t.kecamatan.format(name=office.kecamatan.upper()), styles["kec"]),
        para(t.kelurahan.format(name=office.name.upper()), styles["kel"]),
        para(under, styles["code"]),
        Spacer(1, 1.5 * mm * scale),
        HRFlowable(width="100%", thickness=thick * scale, color=colors.black,
                   spaceAfter=gap * scale),
        HRFlowable(width="100%", thickness=0.5 * scale, color=colors.black,
                   spaceAfter=after * scale),
    ]


def title_block(title: str, number: str | None, t: LetterTexts) -> list[Flowable]:
    """The underlined title and, under it, the letter's number."""
    blocks: list[Flowable] = [para(f"<u>{escape(title)}</u>", "title", markup=True)]
    if number:
        blocks.append(para(t.number.format(number=number), "number"))
    return [*blocks, Spacer(1, 5 * mm)]


def numbered_list(items: Sequence[str], style: str = "item", markup: bool = False,
                  indent: float = 6 * mm) -> Table:
    """1., 2., … with the text hanging beside the number, justified."""
    rows = [[para(f"{i}.", style), para(text, style, markup)]
            for i, text in enumerate(items, start=1)]
    return Table(rows, colWidths=[indent, WIDTH - indent], style=_TIGHT)


_TIGHT = TableStyle([
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0.4 * mm),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.4 * mm),
])


@dataclass(frozen=True)
class Signature:
    """A place to sign: lines above it (a place and date line first when ``dated``), the
    signatory's institution under them, room to sign, the name underlined, the NIP."""

    heading: tuple[str, ...]
    person: Signatory
    dated: str = ""  # "Probolinggo, 30 November 2026", above the heading


def signature_grid(signatures: Sequence[Signature], t: LetterTexts, columns: int = 2,
                   width: float = WIDTH, room: float = 20 * mm,
                   h_align: str = "CENTER") -> Table:
    """Signatures side by side, ``columns`` to a row, their headings, names and NIPs each
    on one line across the row however many lines a long heading takes."""
    rows: list[list[object]] = []
    styles: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    for first in range(0, len(signatures), columns):
        group = list(signatures[first:first + columns])
        blank: list[object] = [""] * (columns - len(group))
        if rows:
            rows.append([""] * columns)  # air between two rows of signatures
            styles.append(("TOPPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), 5 * mm))
        if any(s.dated for s in group):
            rows.append([para(s.dated, "sign") for s in group] + blank)
        headings: list[object] = [[para(line, "sign") for line in
                                   (*s.heading, s.person.institution) if line] for s in group]
        rows.append(headings + blank)
        rows.append([""] * columns)
        styles.append(("TOPPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), room))
        rows.append([para(f"<u>{escape(s.person.name)}</u>", "sign_name", markup=True)
                     for s in group] + blank)
        rows.append([para(t.nip.format(nip=nip_text(s.person.nip)), "sign")
                     if s.person.nip else ""
                     for s in group] + blank)
    return Table(rows, colWidths=[width / columns] * columns, style=TableStyle(styles),
                 hAlign=h_align)


def verification_block(payload: str, lines: Sequence[tuple[str, bool]], width: float,
                       qr_size: float = 27 * mm) -> Table:
    """The QR code a verifier scans, with what it holds in small type beside it.

    ``lines`` are (text, code): a code (an id, a hash) is set in Courier, on one line when
    it fits, else broken into equal parts, so a long one never runs past the block.
    """
    qr = QrCode(payload, width=qr_size, height=qr_size, qrLevel="M", qrBorder=2)
    text_w = width - qr_size - 2 * mm
    mono = STYLES["hash"]
    per_line = max(8, int(text_w // stringWidth("0", mono.fontName, mono.fontSize)))
    text: list[Flowable] = []
    for line, code in lines:
        if code:
            size = math.ceil(len(line) / math.ceil(len(line) / per_line))
            parts = [line[i:i + size] for i in range(0, len(line), size)]
            text.append(para("<br/>".join(escape(p) for p in parts), "hash", markup=True))
        else:
            text.append(para(line, "small"))
    return Table([[qr, text]], colWidths=[qr_size + 2 * mm, text_w],
                 style=TableStyle([
                     ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 0),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                     ("TOPPADDING", (0, 0), (-1, -1), 0),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                 ]))


# --- the document --------------------------------------------------------------------------


def _numbered_canvas(footer: str, t: LetterTexts) -> type[Canvas]:
    """A canvas that holds its pages until the end, to print "Halaman x dari y" on each."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                self._footer(number, pages)
                Canvas.showPage(self)
            # Without ASCII85 the compressed pages are a fifth smaller and 13,659 rows save
            # ~0.5 s sooner (reportlab ships no C encoder by default); every reader takes
            # binary streams. The setting is global to reportlab, so it is put back.
            a85 = rl_config.useA85
            rl_config.useA85 = 0
            try:
                Canvas.save(self)
            finally:
                rl_config.useA85 = a85

        def _footer(self, number: int, pages: int) -> None:
            self.saveState()
            self.setLineWidth(0.4)
            self.setStrokeColor(GREY)
            self.line(LEFT, BOTTOM - 4 * mm, PAGE_W - RIGHT, BOTTOM - 4 * mm)
            self.setFont("Helvetica", 7)
            self.setFillColor(GREY)
            self.drawString(LEFT, BOTTOM - 7.5 * mm, footer)
            self.drawRightString(PAGE_W - RIGHT, BOTTOM - 7.5 * mm,
                                 t.page.format(page=number, pages=pages))
            self.restoreState()

    return NumberedCanvas


def build_letter(story: list[Flowable], *, title: str, author: str, footer: str,
                 texts: LetterTexts) -> bytes:
    """The story on A4 pages with the footer line and "Halaman x dari y" on each."""
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT,
                          topMargin=TOP, bottomMargin=BOTTOM, title=title, author=author,
                          invariant=True, pageCompression=1)
    frame = Frame(LEFT, BOTTOM, WIDTH, PAGE_H - TOP - BOTTOM, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate("letter", frames=[frame])])
    doc.build(story, canvasmaker=_numbered_canvas(footer, texts))
    return out.getvalue()
