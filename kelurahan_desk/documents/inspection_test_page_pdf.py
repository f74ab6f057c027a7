"""The sidak's "Cetak uji" page: one A5 page naming office, counter, time and inspector,
with a Code128 barcode, so the inspector sees at a glance that the counter's printer
prints text and sharp bars."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from kelurahan_desk.documents.barcodes import QUIET_MODULES, bar_runs, code128_modules

PAGE_W, PAGE_H = A5
MARGIN = 14 * mm
MODULE = 0.33 * mm  # four dots a module at 300 dpi: any office printer keeps them apart
BAR_HEIGHT = 18 * mm


@dataclass(frozen=True)
class PrintCheckPage:
    """Everything printed, already in the user's language (the UI translates)."""

    title: str  # "CETAK UJI — SIDAK"
    office_lines: tuple[str, ...]  # "KELURAHAN POHSANGIT KIDUL", "Kec. Kademangan, …"
    rows: tuple[tuple[str, str], ...]  # ("Loket", "Loket 1"), ("Waktu", "03-03-2025 09:14 WIB")
    code: str  # what the barcode holds, printed under it too
    note: str  # "Halaman ini dicetak untuk menguji printer loket. Tidak berlaku sebagai …"


def render_test_page(page: PrintCheckPage) -> bytes:
    """The test page as a one-page A5 PDF."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A5, invariant=True)
    canvas.setTitle(f"{page.title} {page.code}")
    width = PAGE_W - 2 * MARGIN
    y = PAGE_H - MARGIN

    canvas.setFont("Helvetica-Bold", 16)
    y -= 16
    canvas.drawCentredString(PAGE_W / 2, y, page.title)
    y -= 6 * mm
    for line in page.office_lines:
        canvas.setFont("Helvetica", 10)
        canvas.drawCentredString(PAGE_W / 2, y, line)
        y -= 13
    y -= 2 * mm
    canvas.setLineWidth(1.2)
    canvas.line(MARGIN, y, PAGE_W - MARGIN, y)
    y -= 8 * mm

    caption_w = 34 * mm
    for caption, value in page.rows:
        canvas.setFont("Helvetica", 10.5)
        canvas.drawString(MARGIN, y, caption)
        lines = simpleSplit(value, "Helvetica-Bold", 10.5, width - caption_w) or [""]
        canvas.setFont("Helvetica-Bold", 10.5)
        for line in lines:
            canvas.drawString(MARGIN + caption_w, y, line)
            y -= 15
        y -= 2

    y -= 6 * mm
    modules = code128_modules(page.code)
    left = (PAGE_W - len(modules) * MODULE) / 2
    if left < MARGIN - QUIET_MODULES * MODULE:
        raise ValueError(f"{page.code!r} is too long for a barcode on A5")
    for start, run in bar_runs(modules):
        canvas.rect(left + start * MODULE, y - BAR_HEIGHT, run * MODULE, BAR_HEIGHT,
                    stroke=0, fill=1)
    y -= BAR_HEIGHT + 5 * mm
    canvas.setFont("Courier", 10)
    canvas.drawCentredString(PAGE_W / 2, y, page.code)

    # A grey scale strip: a printer low on toner shows it first in the light steps.
    y -= 12 * mm
    steps = 8
    step_w = width / steps
    for i in range(steps):
        canvas.setFillGray(1 - (i + 1) / steps)
        canvas.rect(MARGIN + i * step_w, y - 6 * mm, step_w, 6 * mm, stroke=0, fill=1)
    canvas.setFillGray(0)
    canvas.setLineWidth(0.4)
    canvas.rect(MARGIN, y - 6 * mm, width, 6 * mm, stroke=1, fill=0)

    canvas.setFont("Helvetica-Oblique", 8.5)
    note_y = MARGIN + 10
    for line in reversed(simpleSplit(page.note, "Helvetica-Oblique", 8.5, width)):
        canvas.drawCentredString(PAGE_W / 2, note_y, line)
        note_y += 11
    canvas.showPage()
    canvas.save()
    return out.getvalue()
