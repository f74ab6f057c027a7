"""The Berita Acara Pemusnahan for 13,659 cards (Kota Probolinggo's 2018 destruction).

Baseline: a bare reportlab canvas drawing the same card rows — same font and size, same
row height, same column positions, the same header row and grid lines on each page, and
the same page breaks (taken from the subject's own progress calls) — with no table logic,
no measuring, no letterhead, no paragraphs and no signatures, saved with the same
compression. Subject: ``render_destruction_report`` (the whole document: letterhead, legal
basis, count in words, summary, witnesses, the card list over every page, signatures, QR
code, "Halaman x dari y"). Runs alternate baseline, subject, so both share the machine's
noise. The issue asks ≤ 10 s absolute; this prints that verdict, the page count and the
size in bytes beside the Figure (which carries only times).
"""

from __future__ import annotations

import io
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from common import Figure

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pypdf import PdfReader
from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from kelurahan_desk.documents.card_list_pdf import (
    FONT_SIZE,
    ROW_HEIGHT,
    CardListTexts,
    card_cells,
    card_columns,
)
from kelurahan_desk.documents.destruction_report_pdf import (
    CardRow,
    DestructionReport,
    OfficeHeading,
    Signatory,
    render_destruction_report,
)
from kelurahan_desk.documents.official_letter import HEAD_FILL, LEFT, TOP

CARDS = 13_659
GOAL_SECONDS = 10.0
SOURCES = ("Salah cetak", "Kartu rusak dikembalikan", "Perubahan data",
           "Ditemukan setelah hilang", "Lainnya")
REASONS = ("Blanko cacat", "Chip tidak terbaca", "Foto buram", "Kartu patah",
           "Perubahan status perkawinan", "Pindah alamat")


def destruction(count: int = CARDS, seed: int = 2018) -> DestructionReport:
    """A destruction of ``count`` cards with three witnesses, as the services would give it."""
    rng = random.Random(seed)
    cards = [CardRow(serial=None if i % 97 == 5 else f"KTP-3574-{i:06d}",
                     nik=f"357401{rng.randrange(10**10):010d}", source=rng.choice(SOURCES),
                     reason=rng.choice(REASONS),
                     logged_on=date(2018, 1, 2) + timedelta(days=rng.randrange(330)))
             for i in range(count)]
    return DestructionReport(
        office=OfficeHeading("Pohsangit Kidul", "Kademangan", "Kota Probolinggo",
                             "35.74.01.1007"),
        number="470/012/425.402.07/2026", batch_id="6f1c2a9e-3b7d-4c1a-9e2f-0a5b8c7d6e41",
        held_at=datetime(2026, 11, 30, 2, 0, tzinfo=UTC), timezone="Asia/Jakarta",
        place="halaman Kantor Kelurahan Pohsangit Kidul", method="dibakar",
        official=Signatory("Moch. Arif Wicaksono, S.STP.", "Lurah Pohsangit Kidul", "",
                           "19850707 200312 1 001"),
        witnesses=(
            Signatory("Drs. Hendro Prasetyo, M.Si.", "Kepala Seksi Pemerintahan",
                      "Kecamatan Kademangan", "19700512 199303 1 004"),
            Signatory("Agus Salim", "Kepala Seksi Penegakan Perda",
                      "Satpol PP Kota Probolinggo", "19820101 200501 1 002"),
            Signatory("Ir. Lilik Suryani", "Auditor Muda", "Inspektorat Kota Probolinggo",
                      "19750303 200003 2 001"),
        ),
        cards=cards, audit_seq=1234,
        chain_hash="9f2b6c1d8e4a7f3b0c5d2e9a1b4c7d0e3f6a9b2c5d8e1f4a7b0c3d6e9f2a5b8c",
        confirmed_at=datetime(2026, 11, 30, 3, 12, tzinfo=UTC))


def page_breaks(report: DestructionReport) -> tuple[list[int], bytes]:
    """The first card index of every page of the list after the first, and the PDF."""
    breaks: list[int] = []

    def progress(done: int, total: int) -> None:
        if 0 < done < total:
            breaks.append(done)

    pdf = render_destruction_report(report, progress)
    return breaks, pdf


def bare_canvas(report: DestructionReport, breaks: list[int]) -> bytes:
    """The same rows on a bare canvas: drawString per cell, one grid per page."""
    texts = CardListTexts()
    columns = card_columns(report.cards, texts, names=False)
    rows = card_cells(report.cards, texts, names=False)
    xs = [LEFT]
    for column in columns:
        xs.append(xs[-1] + column.width)
    head = ROW_HEIGHT * 1.45
    top = A4[1] - TOP
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=True, pageCompression=1)
    starts = [0, *breaks]
    stops = [*breaks, len(rows)]
    for start, stop in zip(starts, stops, strict=True):
        canvas.setFillColor(HEAD_FILL)
        canvas.rect(LEFT, top - head, xs[-1] - LEFT, head, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont("Helvetica-Bold", FONT_SIZE * 0.95)
        for column, left, right in zip(columns, xs, xs[1:], strict=False):
            canvas.drawCentredString((left + right) / 2, top - head + 5, column.title)
        canvas.setFont("Helvetica", FONT_SIZE)
        y = top - head - ROW_HEIGHT + (ROW_HEIGHT - FONT_SIZE * 0.7) / 2
        for row in rows[start:stop]:
            for value, column, left, right in zip(row, columns, xs, xs[1:], strict=False):
                if column.align == "right":
                    canvas.drawRightString(right - 4.5, y, value)
                elif column.align == "center":
                    canvas.drawCentredString((left + right) / 2, y, value)
                else:
                    canvas.drawString(left + 4.5, y, value)
            y -= ROW_HEIGHT
        canvas.setLineWidth(0.45)
        canvas.grid(xs, [top, top - head, *(top - head - ROW_HEIGHT * (i + 1)
                                             for i in range(stop - start))])
        canvas.showPage()
    a85 = rl_config.useA85  # saved as the subject saves: no ASCII85
    rl_config.useA85 = 0
    try:
        canvas.save()
    finally:
        rl_config.useA85 = a85
    return out.getvalue()


def run(repeats: int) -> Figure:
    report = destruction()
    breaks, pdf = page_breaks(report)  # warm-up, and the page breaks the baseline copies
    baseline: list[float] = []
    subject: list[float] = []
    for _ in range(repeats):
        start = time.perf_counter()
        bare = bare_canvas(report, breaks)
        baseline.append(time.perf_counter() - start)
        start = time.perf_counter()
        pdf = render_destruction_report(report)
        subject.append(time.perf_counter() - start)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    bare_pages = len(PdfReader(io.BytesIO(bare)).pages)
    slowest = max(subject)
    print(f"destruction_report: {CARDS:,} cards -> {pages} pages, {len(pdf):,} bytes "
          f"(bare canvas: {bare_pages} pages, {len(bare):,} bytes); slowest of "
          f"{repeats} {slowest:.2f} s, goal <= {GOAL_SECONDS:g} s: "
          f"{'PASS' if slowest <= GOAL_SECONDS else 'MISS'}", flush=True)
    return Figure(
        name="destruction_report",
        baseline_label=f"bare reportlab canvas drawing the same {CARDS:,} rows",
        baseline_seconds=baseline,
        subject_label=f"render_destruction_report, {CARDS:,} cards (goal <= 10 s)",
        subject_seconds=subject,
        target_ratio=None,
    )
