"""The queue report's widgets: a headline figure tile and a bar or line chart (pyqtgraph)."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

_MUTED, _GRID = "#5b6770", "#e2e6ea"


class Tile(QFrame):
    """A headline figure: a big value, what it is, and a detail line."""

    def __init__(self, name: str, caption: str) -> None:
        super().__init__()
        self.setObjectName("tile")
        self.value = QLabel("–")
        self.value.setObjectName(f"{name}_value")
        self.value.setProperty("tile", "value")
        self.caption = QLabel(caption)
        self.caption.setProperty("tile", "caption")
        self.detail = QLabel("")
        self.detail.setObjectName(f"{name}_detail")
        self.detail.setProperty("tile", "detail")
        self._value_row = QHBoxLayout()
        self._value_row.addWidget(self.value, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        column.setSpacing(0)
        column.addWidget(self.caption)
        column.addLayout(self._value_row)
        column.addWidget(self.detail)

    def add_beside_value(self, widget: QWidget) -> None:
        self._value_row.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)

    def show_figure(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)


class Chart(QFrame):
    """A titled pyqtgraph plot that shows bars or lines over named categories."""

    def __init__(self, name: str, title: str) -> None:
        super().__init__()
        self.setObjectName("chart_box")
        self.plot = pg.PlotWidget(background="w")
        self.plot.setObjectName(name)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).setPen(pg.mkPen(_GRID))
            self.plot.getAxis(axis).setTextPen(pg.mkPen(_MUTED))
        self.plot.getAxis("left").setWidth(30)
        self.legend = self.plot.addLegend(offset=(-4, 2), labelTextColor=_MUTED,
                                          labelTextSize="8pt", colCount=3)
        heading = QLabel(title)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 4)
        column.setSpacing(2)
        column.addWidget(heading)
        column.addWidget(self.plot, 1)
        self.setMinimumHeight(210)  # when space runs short the page scrolls instead
        self.series: dict[str, list[float]] = {}  # what is drawn, by series name (tests)

    def _reset(self, categories: Sequence[str], every: int = 1) -> None:
        self.plot.clear()
        self.legend.clear()
        self.series = {}
        ticks = [(i, label) for i, label in enumerate(categories) if i % every == 0]
        self.plot.getAxis("bottom").setTicks([ticks, []])
        self.plot.setXRange(-0.6, max(len(categories), 1) - 0.4, padding=0)

    def show_bars(self, categories: Sequence[str],
                  series: Sequence[tuple[str, Sequence[float | None], str]]) -> None:
        self._reset(categories)
        width = 0.8 / max(len(series), 1)
        top = 1.0
        for n, (name, values, colour) in enumerate(series):
            heights = [v or 0.0 for v in values]
            xs = [i - 0.4 + width * (n + 0.5) for i in range(len(heights))]
            self.plot.addItem(pg.BarGraphItem(x=xs, height=heights, width=width * 0.9,
                                              brush=colour, pen=pg.mkPen(None), name=name))
            self.series[name] = heights
            top = max([top, *heights])
        self.plot.setYRange(0, top * 1.3, padding=0)  # room for the legend

    def show_lines(self, categories: Sequence[str],
                   series: Sequence[tuple[str, Sequence[float | None], str]]) -> None:
        self._reset(categories, every=max(1, -(-len(categories) // 5)))  # five dates at most
        top = 1.0
        for name, values, colour in series:
            ys = [v or 0.0 for v in values]
            self.plot.plot(list(range(len(ys))), ys, name=name,
                           pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=4,
                           symbolBrush=colour, symbolPen=pg.mkPen(None))
            self.series[name] = ys
            top = max([top, *ys])
        self.plot.setYRange(0, top * 1.3, padding=0)  # room for the legend

