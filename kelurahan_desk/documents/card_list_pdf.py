"""The list of KTP-el cards that the destruction report and the hand-over list both print."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle

from kelurahan_desk.documents.official_letter import (
    HEAD_FILL,
    WIDTH,
    LetterTexts,
    Progress,
    thousands,
)
from kelurahan_desk.documents.row_table import Column, RowTable
from kelurahan_desk.domain.nik import mask_nik

FONT_SIZE = 7.5
ROW_HEIGHT = 12.0  # points: 59 rows on a full A4 page between the margins


@dataclass(frozen=True, slots=True)
class CardRow:
    """One card on a list. ``nik`` is masked on construction (first 6 and last 4 digits):
    the list leaves the office. ``source`` and ``reason`` are labels the caller has
    translated; ``serial`` is None when the card's serial is unknown (printed as "-")."""

    serial: str | None
    nik: str
    source: str
    reason: str
    logged_on: date
    holder_name: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "nik", mask_nik(self.nik))


@dataclass(frozen=True)
class CardListTexts(LetterTexts):
    """The column titles of a card list, and the words around its counts."""

    col_number: str = "No."
    col_serial: str = "Nomor Seri Kartu"
    col_nik: str = "NIK"
    col_name: str = "Nama"
    col_source: str = "Asal Kartu"
    col_reason: str = "Alasan Rusak/Invalid"
    col_logged: str = "Dicatat"
    col_count: str = "Jumlah"
    unit: str = "keping"
    total: str = "Jumlah"
    no_serial: str = "-"


def card_cells(cards: Sequence[CardRow], t: CardListTexts, names: bool) -> list[tuple[str, ...]]:
    """Each card as the strings of its row, numbered from 1."""
    dash = t.no_serial
    if names:
        return [(thousands(i), c.serial or dash, c.nik, c.holder_name or dash, c.source,
                 c.reason, f"{c.logged_on:%d-%m-%Y}") for i, c in enumerate(cards, start=1)]
    return [(thousands(i), c.serial or dash, c.nik, c.source, c.reason,
             f"{c.logged_on:%d-%m-%Y}") for i, c in enumerate(cards, start=1)]


def _natural(values: set[str], title: str, low: float, high: float) -> float:
    """The width that shows the longest value (and the title) whole, within low..high.

    Only the values with nearly the most characters are measured (thousands of serials
    would take a while); one wider than found is drawn a little smaller in its cell.
    """
    longest = max((len(v) for v in values), default=0)
    widest: float = max([stringWidth(v, "Helvetica", FONT_SIZE) for v in values
                  if len(v) >= longest - 2]
                 + [stringWidth(title, "Helvetica-Bold", FONT_SIZE * 0.95)])
    return float(min(high, max(low, widest + 3.4 * mm)))


def card_columns(cards: Sequence[CardRow], t: CardListTexts, names: bool,
                 width: float = WIDTH) -> list[Column]:
    """Column widths that fit this list.

    The number, serial, NIK and date columns get what their longest value needs: they
    identify the card and are never drawn smaller. Sources, reasons and names (when a
    card carries one) share the rest in proportion to their longest values; when that is
    less than they need their text is drawn smaller, then cut with "…".
    """
    number = max(10 * mm, stringWidth(thousands(len(cards)), "Helvetica", FONT_SIZE) + 4 * mm)
    serial = _natural({c.serial or "" for c in cards}, t.col_serial, 20 * mm, 40 * mm)
    nik = _natural({c.nik for c in cards[:50]}, t.col_nik, 20 * mm, 30 * mm)
    logged = _natural({"30-12-2000"}, t.col_logged, 15 * mm, 24 * mm)
    shared = [_natural({c.source for c in cards}, t.col_source, 16 * mm, 40 * mm),
              _natural({c.reason for c in cards}, t.col_reason, 16 * mm, 44 * mm)]
    if names:
        shared.append(_natural({c.holder_name or "" for c in cards}, t.col_name, 26 * mm,
                               50 * mm))
    rest = width - number - serial - nik - logged
    source, reason, *name = [w * rest / sum(shared) for w in shared]
    columns = [Column(t.col_number, number, "right"), Column(t.col_serial, serial, fit=True),
               Column(t.col_nik, nik, "center")]
    if names:
        columns.append(Column(t.col_name, name[0], fit=True))
    columns += [Column(t.col_source, source, fit=True), Column(t.col_reason, reason, fit=True),
                Column(t.col_logged, logged, "center")]
    return columns


def card_table(cards: Sequence[CardRow], t: CardListTexts,
               progress: Progress | None = None) -> RowTable:
    """Every card as a row, with the holder's name only when some card carries one."""
    names = any(c.holder_name for c in cards)
    return RowTable(card_columns(cards, t, names), card_cells(cards, t, names),
                    font_size=FONT_SIZE, row_height=ROW_HEIGHT, progress=progress)


def source_summary(cards: Sequence[CardRow], t: CardListTexts, width: float) -> Table:
    """How many cards of each source, in the order they first appear, with the total."""
    counts = Counter(c.source for c in cards)
    rows = [[t.col_number, t.col_source, f"{t.col_count} ({t.unit})"]]
    rows += [[f"{i}.", source, thousands(n)]
             for i, (source, n) in enumerate(counts.items(), start=1)]
    rows.append(["", t.total, thousands(len(cards))])
    number, count = 12 * mm, 34 * mm
    return Table(rows, colWidths=[number, width - number - count, count], style=TableStyle([
        ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
        ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("ALIGN", (2, 0), (2, -1), "RIGHT"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.1 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.4 * mm),
    ]), hAlign="LEFT")
