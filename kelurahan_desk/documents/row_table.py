"""A table of one-line rows drawn straight on the canvas, fast enough for 13,659 cards."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from kelurahan_desk.documents.official_letter import HEAD_FILL, RED, Progress

Align = Literal["left", "center", "right"]
_PAD = 1.6 * mm
_MIN_SIZE = 5.5  # text too wide for its cell is drawn smaller, down to this, then cut


@dataclass(frozen=True)
class Column:
    """One column of a :class:`RowTable`: title, width in points, alignment."""

    title: str
    width: float
    align: Align = "left"
    fit: bool = False  # may hold text wider than the cell: shrink it, then cut it with "…"


class RowTable(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """A grid of one-line rows under a header row repeated on every page, drawn straight on
    the canvas.

    platypus's ``Table`` measures every cell and re-examines the remaining rows at every
    page break: 13,659 card rows took 35 s (11-13 s with fixed row heights) where this
    whole document takes 2-5 s (docs/PERFORMANCE.md). Here every row has the same height,
    so a page break is a division, and a page of rows is one text object and one path of
    grid lines. ``progress(done, total)``
    is called after each page of rows is drawn. An optional ``total`` row is drawn in bold
    under the last row (in red when ``total_red``); ``highlight`` holds the indexes of rows
    drawn in red.
    """

    def __init__(self, columns: Sequence[Column], rows: Sequence[Sequence[str]], *,
                 font_size: float = 7.5, row_height: float = 12.0,
                 total: Sequence[str] | None = None, highlight: Collection[int] = (),
                 total_red: bool = False,
                 progress: Progress | None = None, start: int = 0,
                 stop: int | None = None,
                 widths: dict[tuple[str, str, float], float] | None = None) -> None:
        super().__init__()
        self.columns = tuple(columns)
        self.rows = rows
        self.font_size = font_size
        self.row_height = row_height
        self.header_height = row_height * 1.45
        self.total = total
        self.total_red = total_red
        self.highlight = (highlight if isinstance(highlight, frozenset)
                          else frozenset(highlight))
        self.progress = progress
        self.start = start
        self.stop = len(rows) if stop is None else stop
        self.width = sum(c.width for c in self.columns)
        # text widths measured so far, shared by every page's part: dates, sources and
        # reasons repeat thousands of times, and measuring is most of the drawing time
        self.widths = {} if widths is None else widths

    def _part(self, start: int, stop: int) -> RowTable:
        return RowTable(self.columns, self.rows, font_size=self.font_size,
                        row_height=self.row_height, total=self.total,
                        total_red=self.total_red, highlight=self.highlight,
                        progress=self.progress, start=start, stop=stop, widths=self.widths)

    @property
    def _has_total(self) -> bool:
        return self.total is not None and self.stop == len(self.rows)

    def _lines(self) -> int:
        return self.stop - self.start + (1 if self._has_total else 0)

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.height = self.header_height + self._lines() * self.row_height
        return self.width, self.height

    def split(self, aW: float, aH: float) -> list[Flowable]:
        fit = int((aH - self.header_height) // self.row_height)
        count = self.stop - self.start
        if self._has_total:
            fit -= 1  # the total row stays with at least one row above it
        # a header with one row under it at the foot of a page is a poor break
        if fit < min(3, count) or fit <= 0:
            return []
        if fit >= count:
            fit = count - 1
            if fit <= 0:
                return []
        return [self._part(self.start, self.start + fit), self._part(self.start + fit,
                                                                      self.stop)]

    def draw(self) -> None:
        canvas = self.canv
        xs = [0.0]
        for column in self.columns:
            xs.append(xs[-1] + column.width)
        top = self.height
        head, rh, size = self.header_height, self.row_height, self.font_size
        canvas.saveState()
        canvas.setFillColor(HEAD_FILL)
        canvas.rect(0, top - head, self.width, head, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        cells = _Cells(canvas.beginText(), self.widths)
        bold, head_size = "Helvetica-Bold", size * 0.95
        for column, left in zip(self.columns, xs, strict=False):
            cells.put(column.title, left, column.width, "center",
                      top - head + (head - head_size * 0.7) / 2, bold, head_size, True)
        y = top - head - rh + (rh - size * 0.7) / 2
        red = False
        for index in range(self.start, self.stop):
            hot = index in self.highlight
            if hot != red:
                cells.text.setFillColor(RED if hot else colors.black)
                red = hot
            for value, column, left in zip(self.rows[index], self.columns, xs, strict=False):
                cells.put(value, left, column.width, column.align, y, "Helvetica", size,
                          column.fit)
            y -= rh
        if self._has_total and self.total is not None:
            if self.total_red != red:
                cells.text.setFillColor(RED if self.total_red else colors.black)
            for value, column, left in zip(self.total, self.columns, xs, strict=False):
                cells.put(value, left, column.width, column.align, y, bold, size, True)
        canvas.drawText(cells.text)
        ys = [top, top - head]
        ys += [top - head - rh * (i + 1) for i in range(self._lines())]
        canvas.setLineWidth(0.45)
        canvas.grid(xs, ys)
        canvas.restoreState()
        if self.progress is not None and self.stop < len(self.rows):
            self.progress(self.stop, len(self.rows))


class _Cells:
    """Puts cell texts into one text object, setting the font only when it changes."""

    def __init__(self, text: Any, widths: dict[tuple[str, str, float], float]) -> None:
        self.text = text
        self.font: tuple[str, float] | None = None
        self.widths = widths

    def width(self, value: str, font: str, size: float) -> float:
        key = (value, font, size)
        found = self.widths.get(key)
        if found is None:
            found = self.widths[key] = stringWidth(value, font, size)
        return found

    def put(self, value: str, left: float, width: float, align: Align, y: float, font: str,
            size: float, fit: bool) -> None:
        if not value:
            return
        room = width - 2 * _PAD
        used = self.width(value, font, size) if align != "left" or fit else 0.0
        if fit and used > room:
            size = max(_MIN_SIZE, size * room / used)
            used = self.width(value, font, size)
            while used > room and len(value) > 1:
                value = value[:-2].rstrip() + "…"
                used = stringWidth(value, font, size)
        if align == "left":
            x = left + _PAD
        elif align == "right":
            x = left + width - _PAD - used
        else:
            x = left + (width - used) / 2
        if self.font != (font, size):
            self.text.setFont(font, size)
            self.font = (font, size)
        self.text.setTextOrigin(x, y)
        self.text.textOut(value)
