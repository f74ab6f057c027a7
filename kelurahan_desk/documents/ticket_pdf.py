"""The queue ticket a kiosk prints: one page of 58 or 80 mm thermal paper, as PDF bytes."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from kelurahan_desk.documents.barcodes import QUIET_MODULES, bar_runs, code128_modules

PAPER_WIDTHS_MM = (58, 80)

# Width a thermal head prints on each paper (48 mm = 384 dots, 72 mm = 576 dots at 203 dpi).
_PRINTABLE_MM = {58: 48.0, 80: 72.0}
_END_MARGIN = 4 * mm  # above the first line and below the last

# 0.25 mm is two dots of a 203 dpi head: the thinnest bar cheap printers render evenly.
MODULE = 0.25 * mm
_BAR_LENGTH = 12 * mm


@dataclass(frozen=True)
class TicketPrint:
    """Everything printed on a ticket, already in the citizen's language.

    The UI builds it with translated labels, so this module needs no translator.
    """

    office_name: str
    service_name: str
    code: str  # "A-014", printed very large
    key: str  # "3574011007-20261128-A-014", the barcode: unique across offices and days
    priority_label: str | None  # e.g. "Prioritas: Lansia"; None for a regular visitor
    issued_text: str  # "28-11-2026 09:14", local time
    ahead_text: str  # "Di depan Anda: 3 orang"
    footer_text: str  # "Simpan karcis ini. Nomor dipanggil di layar."
    number_label: str  # "Nomor antrean", the small line above the code


@dataclass(frozen=True)
class _Sizes:
    office: float
    label: float
    code: float
    service: float
    detail: float
    small: float


_SIZES = {
    58: _Sizes(office=9, label=8, code=34, service=11, detail=9, small=7),
    80: _Sizes(office=11, label=9, code=44, service=13, detail=10.5, small=8),
}

Draw = Callable[[Canvas, float], None]  # draws a block whose top is at the given y


def render_ticket(ticket: TicketPrint, paper_mm: int) -> bytes:
    """The ticket as a one-page PDF, ``paper_mm`` wide and as long as its content."""
    if paper_mm not in PAPER_WIDTHS_MM:
        raise ValueError(f"ticket paper is 58 or 80 mm wide, not {paper_mm}")
    sizes = _SIZES[paper_mm]
    page_width = paper_mm * mm
    text_width = _PRINTABLE_MM[paper_mm] * mm
    center = page_width / 2

    blocks: list[tuple[float, Draw]] = []  # (height, draw) from top to bottom

    def text(value: str, font: str, size: float, gap_after: float = 0.0) -> None:
        lines = simpleSplit(value, font, size, text_width)
        leading = size * 1.2

        def draw(canvas: Canvas, top: float) -> None:
            canvas.setFont(font, size)
            for i, line in enumerate(lines):
                # the baseline sits a descender's depth above the bottom of its line
                canvas.drawCentredString(center, top - (i + 1) * leading + size * 0.25, line)

        blocks.append((len(lines) * leading + gap_after, draw))

    def space(height: float) -> None:
        blocks.append((height, lambda canvas, top: None))

    def rule() -> None:
        def draw(canvas: Canvas, top: float) -> None:
            canvas.setLineWidth(0.6)
            canvas.setDash(2, 2)
            y = top - 1.5 * mm
            canvas.line(center - text_width / 2, y, center + text_width / 2, y)
            canvas.setDash()

        blocks.append((3 * mm, draw))

    def inverted(value: str, size: float) -> None:
        """White text on a black band: a priority visitor stands out at the loket."""
        font = "Helvetica-Bold"
        band = size * 1.7

        def draw(canvas: Canvas, top: float) -> None:
            width = min(text_width, canvas.stringWidth(value, font, size) + 4 * mm)
            canvas.rect(center - width / 2, top - band, width, band, stroke=0, fill=1)
            canvas.setFillGray(1)
            canvas.setFont(font, size)
            canvas.drawCentredString(center, top - band / 2 - size * 0.35, value)
            canvas.setFillGray(0)

        blocks.append((band + 2 * mm, draw))

    text(ticket.office_name.upper(), "Helvetica-Bold", sizes.office)
    rule()
    text(ticket.number_label, "Helvetica", sizes.label)
    text(ticket.code, "Helvetica-Bold", sizes.code)
    text(ticket.service_name, "Helvetica-Bold", sizes.service, gap_after=1.5 * mm)
    if ticket.priority_label:
        inverted(ticket.priority_label, sizes.detail)
    text(ticket.ahead_text, "Helvetica", sizes.detail)
    text(ticket.issued_text, "Helvetica", sizes.detail)
    rule()
    space(1 * mm)
    blocks.append(_barcode_block(ticket.key, center, text_width))
    text(ticket.key, "Helvetica", sizes.small, gap_after=2 * mm)
    text(ticket.footer_text, "Helvetica-Oblique", sizes.small)

    page_height = 2 * _END_MARGIN + sum(height for height, _ in blocks)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(page_width, page_height), invariant=True)
    canvas.setTitle(f"{ticket.code} {ticket.office_name}")
    canvas.setAuthor(ticket.office_name)
    top = page_height - _END_MARGIN
    for height, draw in blocks:
        draw(canvas, top)
        top -= height
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _barcode_block(key: str, center: float, text_width: float) -> tuple[float, Draw]:
    """Code128 of ``key``: across the paper when it fits, else along it ("ladder").

    A full key needs about 66 mm with its quiet zones; that fits 80 mm paper but not
    58 mm, where thinner bars would blur on a 203 dpi head, so it is turned instead.
    """
    modules = code128_modules(key)
    runs = bar_runs(modules)
    span = (len(modules) + 2 * QUIET_MODULES) * MODULE

    if span <= text_width:
        left = center - len(modules) * MODULE / 2

        def across(canvas: Canvas, top: float) -> None:
            for start, length in runs:
                canvas.rect(left + start * MODULE, top - QUIET_MODULES * MODULE - _BAR_LENGTH,
                            length * MODULE, _BAR_LENGTH, stroke=0, fill=1)

        # vertical quiet space too, so the rules and text keep clear of the bars
        return 2 * QUIET_MODULES * MODULE + _BAR_LENGTH, across

    bar_length = min(text_width, 30 * mm)

    def ladder(canvas: Canvas, top: float) -> None:
        first = top - QUIET_MODULES * MODULE
        for start, length in runs:
            canvas.rect(center - bar_length / 2, first - (start + length) * MODULE,
                        bar_length, length * MODULE, stroke=0, fill=1)

    return span, ladder
