"""Laporan antrean: the supervisor's queue times, charts, what waits now, PDF and CSV export."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from kelurahan_desk.documents.queue_report_pdf import QueueReportTexts, render_queue_report
from kelurahan_desk.services import queue_report as reports
from kelurahan_desk.services.errors import ServiceError
from kelurahan_desk.services.queue_report import (
    QueueReport,
    QueueReportFilter,
    ReportChoices,
    WaitingNow,
)
from kelurahan_desk.services.queue_report_csv import CSV_ENCODING, export_csv
from kelurahan_desk.ui.background import run_in_background
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.flagged_visits_dialog import FlaggedVisitsDialog
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.queue_report_model import (
    QueueReportModel,
    minutes_text,
    percent_text,
)
from kelurahan_desk.ui.page_parts import StatusLine, table_view
from kelurahan_desk.ui.report_widgets import Chart, Tile
from kelurahan_desk.ui.style import set_role

LIVE_REFRESH_MS = 10_000
DEFAULT_DAYS = 30  # the period first shown: the last 30 days, today included
_TEAL, _AMBER, _INK = "#2f7d87", "#e0a526", "#12343b"  # the charts' series
_MARGINS = (24, 18, 24, 14)  # the page's left, top, right, bottom margins
_GAP = 8  # between tiles, between charts
_FILTER_GAP = 18  # between one filter and the next label
_TILE_ROOM = 16  # a tile needs this much beyond its text to sit six in a row

_PAGE_STYLE = """
QFrame#tile { background: white; border: 1px solid #d5dbe0; border-radius: 6px; }
QFrame#tile QLabel[tile="value"] { font-size: 17pt; font-weight: 700; color: #12343b; }
QFrame#tile QLabel[tile="caption"] { font-size: 9pt; color: #5b6770; }
QFrame#tile QLabel[tile="detail"] { font-size: 9pt; color: #12343b; }
QFrame#live { background: #e8f1f2; border-radius: 6px; }
QFrame#live QLabel { font-size: 10pt; color: #12343b; }
QFrame#chart_box { background: white; border: 1px solid #d5dbe0; border-radius: 6px; }
QFrame#chart_box QLabel { font-size: 9pt; font-weight: 600; color: #12343b; }
QTableView#group_table QHeaderView { font-size: 9.5pt; }
QTableView#group_table QHeaderView::section { font-size: 9.5pt; padding: 3px 4px; }
"""


class QueueReportPage(QWidget):
    """Laporan antrean for supervisors, inspectors and admins.

    Signals: report_loaded(object) — the new ``QueueReport`` after the filters changed;
    exported(object) — the ``Path`` of a PDF or CSV just written (and audited).
    """

    report_loaded = Signal(object)
    exported = Signal(object)

    GROUPS = ("service", "counter", "operator", "hour", "day")

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.report: QueueReport | None = None
        self._generation = 0  # which load is the newest: older answers are dropped
        self._busy_exports = 0
        self.setStyleSheet(_PAGE_STYLE)

        title = QLabel(self.tr("Laporan Antrean"))
        title.setObjectName("title")
        set_role(title, "title")
        self.pdf_button = QPushButton(self.tr("Ekspor &PDF…"))
        self.pdf_button.setObjectName("export_pdf")
        set_role(self.pdf_button, "primary")
        self.csv_button = QPushButton(self.tr("Ekspor &CSV…"))
        self.csv_button.setObjectName("export_csv")
        self.date_from = self._date_edit("date_from")
        self.date_to = self._date_edit("date_to")
        today = datetime.now(context.zone).date()
        self.date_to.setDate(QDate(today.year, today.month, today.day))
        first = today - timedelta(days=DEFAULT_DAYS - 1)
        self.date_from.setDate(QDate(first.year, first.month, first.day))
        self.service_combo = self._combo("service_filter")
        self.counter_combo = self._combo("counter_filter")
        self.operator_combo = self._combo("operator_filter")
        # Two rows at any width: the title reads on into the period ("Laporan Antrean dari …
        # sampai …") with the exports at the right; service, loket and operator below.
        heading = QHBoxLayout()
        heading.setSpacing(6)
        heading.addWidget(title)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        for row, caption, field in (
            (heading, self.tr("&Dari"), self.date_from),
            (heading, self.tr("&sampai"), self.date_to),
            (filters, self.tr("&Layanan"), self.service_combo),
            (filters, self.tr("L&oket"), self.counter_combo),
            (filters, self.tr("Pe&tugas"), self.operator_combo),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            if row.count():
                row.addSpacing(_FILTER_GAP - row.spacing())
            row.addWidget(label)
            row.addWidget(field)
        heading.addStretch(1)
        heading.addWidget(self.pdf_button)
        heading.addWidget(self.csv_button)
        filters.addStretch(1)

        self.live = QFrame()
        self.live.setObjectName("live")
        self.live_label = QLabel()
        self.live_label.setObjectName("waiting_now")
        self.live_label.setTextFormat(Qt.TextFormat.RichText)
        self.live_label.setWordWrap(True)  # one line per service if need be, never wider
        live_row = QHBoxLayout(self.live)
        live_row.setContentsMargins(12, 6, 12, 6)
        live_row.addWidget(self.live_label, 1)

        self.issued_tile = Tile("issued", self.tr("Tiket diambil"))
        self.waiting_tile = Tile("waiting", self.tr("Waktu tunggu rata-rata"))
        self.service_tile = Tile("service", self.tr("Waktu layanan rata-rata"))
        self.no_show_tile = Tile("no_show", self.tr("Tidak hadir"))
        self.target_tile = Tile("within", self.tr("Dalam target tunggu"))
        self.flagged_tile = Tile("flagged", self.tr("Data janggal"))
        self.flagged_button = QPushButton(self.tr("&Lihat…"))
        self.flagged_button.setObjectName("show_flagged")
        self.flagged_tile.add_beside_value(self.flagged_button)
        self._tiles = (self.issued_tile, self.waiting_tile, self.service_tile,
                       self.no_show_tile, self.target_tile, self.flagged_tile)
        self._tile_grid = QGridLayout()  # six in a row, or three by two when narrow
        self._tile_grid.setSpacing(_GAP)
        self._tile_columns = 0

        self.hour_chart = Chart("hour_chart", self.tr("Waktu tunggu per jam ambil nomor (mnt)"))
        self.service_chart = Chart("service_chart", self.tr("Waktu tunggu per layanan (mnt)"))
        self.trend_chart = Chart("trend_chart", self.tr("Tren harian waktu tunggu (mnt)"))
        charts = QHBoxLayout()
        charts.setSpacing(_GAP)
        for chart in (self.hour_chart, self.service_chart, self.trend_chart):
            charts.addWidget(chart, 1)  # equal shares: narrow, a legend needs them all

        self.group_tabs = QTabBar()
        self.group_tabs.setObjectName("group_tabs")
        self.group_tabs.setDrawBase(False)
        self.group_tabs.setExpanding(False)
        for text in (self.tr("Per layanan"), self.tr("Per loket"), self.tr("Per petugas"),
                     self.tr("Per jam"), self.tr("Per hari")):
            self.group_tabs.addTab(text)
        self.model = QueueReportModel(self)
        self.table = table_view(self.model, "group_table", ())
        self.table.setMinimumHeight(170)  # the headings and four rows at least
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(30)
        self._table_viewport = self.table.viewport()
        self._table_viewport.installEventFilter(self)  # columns follow the table's width
        self.model.modelReset.connect(self._on_model_model_reset)
        self.status = StatusLine("report_status")

        column = self._column = QVBoxLayout(self)
        column.setContentsMargins(*_MARGINS)
        column.setSpacing(8)
        column.addLayout(heading)
        column.addLayout(filters)
        column.addWidget(self.live)
        column.addLayout(self._tile_grid)
        column.addLayout(charts, 5)
        column.addWidget(self.group_tabs)
        column.addWidget(self.table, 4)
        column.addWidget(self.status)
        self.table.setFocus()  # not a date field: a stray key must not change the period

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(250)  # both dates of a range often change together
        self._reload_timer.timeout.connect(self.reload)
        self.live_timer = QTimer(self)
        self.live_timer.setInterval(LIVE_REFRESH_MS)
        self.live_timer.timeout.connect(self._on_live_timer_timeout)

        self._fill_choices()
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._on_filter_changed)
        for combo in (self.service_combo, self.counter_combo, self.operator_combo):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.group_tabs.currentChanged.connect(self._on_group_tabs_current_changed)
        self.flagged_button.clicked.connect(self._on_flagged_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.csv_button.clicked.connect(self._on_csv_button_clicked)
        self._set_exporting_enabled(False)
        self._reflow()
        self.refresh_waiting()
        self.live_timer.start()
        self.reload()

    # --- building ------------------------------------------------------------------------

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        return edit

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setMinimumWidth(130)
        return combo

    def _fill_choices(self) -> None:
        try:
            choices: ReportChoices = reports.report_choices(self.context.store, self.context.actor)
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            return
        for combo, items in ((self.service_combo, choices.services),
                             (self.counter_combo, choices.counters),
                             (self.operator_combo, choices.operators)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Semua"), None)
            for choice in items:
                combo.addItem(choice.label, choice.id)
            combo.blockSignals(False)

    # --- loading ---------------------------------------------------------------------------

    def current_filter(self) -> QueueReportFilter:
        def chosen(combo: QComboBox) -> tuple[uuid.UUID, ...] | None:
            value = combo.currentData()
            return None if value is None else (value,)

        return QueueReportFilter(
            _py_date(self.date_from.date()), _py_date(self.date_to.date()),
            chosen(self.service_combo), chosen(self.counter_combo), chosen(self.operator_combo),
        )

    @Slot()
    def _on_filter_changed(self) -> None:
        self._reload_timer.start()

    @Slot()
    def reload(self) -> None:
        """Compute the report for the filters, off the GUI thread (a year takes a moment)."""
        self._reload_timer.stop()
        report_filter = self.current_filter()
        if report_filter.date_from > report_filter.date_to:
            self.status.error(self.tr("Tanggal awal harus sebelum atau sama dengan tanggal "
                                      "akhir."))
            return
        self._generation += 1
        generation = self._generation
        self.status.busy(self.tr("Menghitung laporan…"))
        store, actor = self.context.store, self.context.actor
        run_in_background(
            lambda: reports.queue_report(store, actor, report_filter),
            lambda report: self._on_report_ready(generation, report),
            lambda exc: self._on_report_failed(generation, exc),
        )

    def _on_report_ready(self, generation: int, report: QueueReport) -> None:
        if not Shiboken.isValid(self) or generation != self._generation:
            return  # the page closed, or newer filters are on their way
        self.report = report
        self.status.clear()
        self._show(report)
        self._set_exporting_enabled(True)
        self.report_loaded.emit(report)

    def _on_report_failed(self, generation: int, exc: Exception) -> None:
        if not Shiboken.isValid(self) or generation != self._generation:
            return
        if isinstance(exc, ServiceError):
            self.status.error(translated(exc.message))
        else:
            self.status.error(self.tr("Laporan gagal dihitung: {detail}").format(detail=exc))

    # --- showing ---------------------------------------------------------------------------

    def _show(self, report: QueueReport) -> None:
        o = report.overall
        mnt = self.tr("mnt")
        self.issued_tile.show_figure(
            str(o.issued),
            self.tr("{served} selesai · {reset} ditutup").format(served=o.served,
                                                                   reset=o.resets))
        self.waiting_tile.show_figure(
            f"{minutes_text(o.waiting.mean)} {mnt}",
            self.tr("median {median} · P90 {p90}").format(
                median=minutes_text(o.waiting.median), p90=minutes_text(o.waiting.p90)))
        self.service_tile.show_figure(
            f"{minutes_text(o.service.mean)} {mnt}",
            self.tr("median {median} · P90 {p90}").format(
                median=minutes_text(o.service.median), p90=minutes_text(o.service.p90)))
        self.no_show_tile.show_figure(
            percent_text(o.no_show_rate),
            self.tr("{count} dari {issued} tiket").format(count=o.no_shows, issued=o.issued))
        self.target_tile.show_figure(
            percent_text(o.within_target_share),
            self.tr("{count} dari {called} dipanggil").format(count=o.within_target,
                                                               called=o.waiting.count))
        self.flagged_tile.show_figure(str(len(report.flagged)),
                                      self.tr("tidak dihitung"))
        self.flagged_button.setEnabled(bool(report.flagged))
        self._show_charts(report)
        self._show_group()
        self.show_waiting(report.waiting_now)
        self._reflow()  # longer figures may no longer fit six in a row

    def _show_charts(self, report: QueueReport) -> None:
        mean, median, p90 = self.tr("Rata-rata"), self.tr("Median"), self.tr("P90")
        hours = report.by_hour
        self.hour_chart.show_bars(
            [h.key for h in hours],
            [(mean, [h.waiting.mean for h in hours], _TEAL),
             (p90, [h.waiting.p90 for h in hours], _AMBER)])
        services = report.by_service
        self.service_chart.show_bars(
            [s.key for s in services],
            [(mean, [s.waiting.mean for s in services], _TEAL),
             (median, [s.waiting.median for s in services], _AMBER),
             (p90, [s.waiting.p90 for s in services], _INK)])
        days = [d for d in report.by_day if d.waiting.count]  # a day nobody was called yet
        # (today, say) has no waiting time: a 0 would read as "no waiting"
        self.trend_chart.show_lines(
            [f"{d.key[8:10]}-{d.key[5:7]}" for d in days],
            [(mean, [d.waiting.mean for d in days], _TEAL),
             (median, [d.waiting.median for d in days], _AMBER)])

    def _show_group(self) -> None:
        if self.report is None:
            return
        kind = self.GROUPS[max(self.group_tabs.currentIndex(), 0)]
        groups: dict[str, Sequence[Any]] = {
            "service": self.report.by_service, "counter": self.report.by_counter,
            "operator": self.report.by_operator, "hour": self.report.by_hour,
            "day": self.report.by_day,
        }
        rows = groups[kind]
        self.model.set_rows(kind, rows)

    @Slot(int)
    def _on_group_tabs_current_changed(self, _index: int) -> None:
        self._show_group()

    @Slot()
    def _on_model_model_reset(self) -> None:
        self._fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._table_viewport and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Every column as wide as its heading and figures, and the spare width shared out.

        Only when even that does not fit does the table scroll sideways (not the page).
        """
        header = self.table.horizontalHeader()
        count = header.count()
        if count == 0:
            return
        wanted = [max(header.sectionSizeHint(c), self.table.sizeHintForColumn(c))
                  for c in range(count)]
        spare = max(0, self._table_viewport.width() - sum(wanted))
        share, rest = divmod(spare, count + 1)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(wanted):
            # The group's name takes a double share: it reads better a little apart.
            header.resizeSection(column, width + share * (2 if column == 0 else 1)
                                 + (rest if column == 0 else 0))

    # --- fitting the width -------------------------------------------------------------------

    def heightForWidth(self, width: int) -> int:
        """The least height at ``width``: the scroll area takes this as the page's minimum.

        Qt's own answer gives every chart and the table their preferred height as soon as
        a label wraps, which made the page scroll even on a tall screen.
        """
        layout = self._column
        inner = width - _MARGINS[0] - _MARGINS[2]
        height, shown = _MARGINS[1] + _MARGINS[3], 0
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is None or item.isEmpty():
                continue
            shown += 1
            height += (item.heightForWidth(inner) if item.hasHeightForWidth()
                       else item.minimumSize().height())
        return height + layout.spacing() * max(shown - 1, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        """The figures six in a row when they fit with room to spare, else three by two."""
        room = self.width() - _MARGINS[0] - _MARGINS[2]
        wanted = (sum(tile.sizeHint().width() + _TILE_ROOM for tile in self._tiles)
                  + _GAP * (len(self._tiles) - 1))
        self._place_tiles(len(self._tiles) if wanted <= room else 3)

    def _place_tiles(self, columns: int) -> None:
        if columns == self._tile_columns:
            return
        self._tile_columns = columns
        for tile in self._tiles:
            self._tile_grid.removeWidget(tile)
        for index, tile in enumerate(self._tiles):
            self._tile_grid.addWidget(tile, index // columns, index % columns)
        for column in range(len(self._tiles)):
            self._tile_grid.setColumnStretch(column, 1 if column < columns else 0)

    def show_waiting(self, live: Sequence[WaitingNow]) -> None:
        parts = []
        for w in live:
            text = self.tr("<b>{prefix}</b> {count} menunggu").format(prefix=w.prefix,
                                                                     count=w.waiting)
            if w.oldest_wait_minutes is not None:
                text += self.tr(" (terlama {minutes} mnt)").format(
                    minutes=f"{w.oldest_wait_minutes:.0f}")
            if w.at_loket:
                text += self.tr(", {count} di loket").format(count=w.at_loket)
            parts.append(f'<span style="white-space:nowrap">{text}</span>')  # wrap between
        now = datetime.now(self.context.zone)
        self.live_label.setText(
            self.tr("<b>Sekarang</b> ({time}): ").format(time=f"{now:%H.%M}")
            + " &nbsp;·&nbsp; ".join(parts))

    def refresh_waiting(self) -> None:
        try:
            live = reports.waiting_now(self.context.store, self.context.actor)
        except ServiceError as exc:
            self.live_label.setText(translated(exc.message))
            return
        self.show_waiting(live)

    @Slot()
    def _on_live_timer_timeout(self) -> None:
        self.refresh_waiting()

    @Slot()
    def _on_flagged_button_clicked(self) -> None:
        if self.report is None:
            return
        dialog = FlaggedVisitsDialog(self, self.report)
        dialog.exec()
        dialog.deleteLater()

    # --- exporting -------------------------------------------------------------------------

    @classmethod
    def ask_path(cls, parent: QWidget | None, caption: str, suggested: str,
                 name_filter: str) -> Path | None:
        """Where to save an export; None when the user cancels. Tests stand in for this."""
        chosen, _ = QFileDialog.getSaveFileName(parent, caption, suggested, name_filter)
        return Path(chosen) if chosen else None

    def _suggested_name(self, suffix: str) -> str:
        f = self.current_filter() if self.report is None else self.report.filter
        return str(Path.home() / f"laporan-antrean-{f.date_from:%Y%m%d}-{f.date_to:%Y%m%d}"
                   f".{suffix}")

    def _set_exporting_enabled(self, enabled: bool) -> None:
        self.pdf_button.setEnabled(enabled and self._busy_exports == 0)
        self.csv_button.setEnabled(enabled and self._busy_exports == 0)

    @Slot()
    def _on_pdf_button_clicked(self) -> None:
        self.export("pdf")

    @Slot()
    def _on_csv_button_clicked(self) -> None:
        self.export("csv")

    def export(self, kind: str) -> None:
        """Ask where, then render (off the GUI thread), audit the export and write it."""
        report = self.report
        if report is None:
            return
        if kind == "pdf":
            path = self.ask_path(self, self.tr("Simpan laporan PDF"), self._suggested_name("pdf"),
                                 self.tr("Dokumen PDF (*.pdf)"))
        else:
            path = self.ask_path(self, self.tr("Simpan data CSV"), self._suggested_name("csv"),
                                 self.tr("Data CSV (*.csv)"))
        if path is None:
            return
        texts = self.pdf_texts()
        store, actor = self.context.store, self.context.actor
        rows = len(report.visits)

        def work() -> Path:
            if kind == "pdf":
                data = render_queue_report(report, texts)
            else:
                data = export_csv(report).encode(CSV_ENCODING)
            # Audited before the file exists: a refused export leaves no file behind.
            reports.record_report_export(store, actor, kind, report.filter, rows)
            path.write_bytes(data)
            return path

        self._busy_exports += 1
        self._set_exporting_enabled(True)
        self.status.busy(self.tr("Menyimpan {name}…").format(name=path.name))
        run_in_background(work, self._on_export_done, self._on_export_failed)

    def _export_finished(self) -> bool:
        if not Shiboken.isValid(self):
            return False
        self._busy_exports -= 1
        self._set_exporting_enabled(self.report is not None)
        return True

    def _on_export_done(self, path: Path) -> None:
        if self._export_finished():
            self.status.ok(self.tr("Tersimpan: {path}").format(path=path))
            self.exported.emit(path)

    def _on_export_failed(self, exc: Exception) -> None:
        if not self._export_finished():
            return
        if isinstance(exc, ServiceError):
            self.status.error(translated(exc.message))
        else:
            self.status.error(self.tr("Gagal menyimpan: {detail}").format(detail=exc))

    def pdf_texts(self) -> QueueReportTexts:
        """Every word of the PDF in the user's language."""
        return QueueReportTexts(
            title=self.tr("Laporan Waktu Antrean"),
            period=self.tr("Periode"),
            filters=self.tr("Filter"),
            everything=self.tr("Semua"),
            services=self.tr("Layanan"),
            counters=self.tr("Loket"),
            operators=self.tr("Petugas"),
            generated=self.tr("Dibuat {time}"),
            summary=self.tr("Ringkasan"),
            issued=self.tr("Tiket diambil"),
            waiting=self.tr("Waktu tunggu"),
            service_time=self.tr("Waktu layanan"),
            stretch_time=self.tr("Waktu di loket"),
            mean=self.tr("Rata-rata"),
            median=self.tr("Median"),
            p90=self.tr("P90"),
            minutes=self.tr("mnt"),
            no_show_rate=self.tr("Tidak hadir"),
            within_target=self.tr("Dalam target"),
            resets=self.tr("Ditutup akhir hari"),
            still_open=self.tr("Belum selesai"),
            flagged=self.tr("Data janggal (tidak dihitung)"),
            target=self.tr("Target"),
            served=self.tr("Selesai"),
            handled=self.tr("Dilayani"),
            transferred=self.tr("Dialihkan"),
            per_service=self.tr("Per layanan"),
            per_counter=self.tr("Per loket"),
            per_operator=self.tr("Per petugas"),
            chart_by_hour=self.tr("Waktu tunggu menurut jam ambil nomor (menit)"),
            chart_by_service=self.tr("Waktu tunggu per layanan (menit)"),
            chart_trend=self.tr("Tren harian waktu tunggu (menit)"),
            no_data=self.tr("Tidak ada kunjungan pada periode dan filter ini."),
            definitions=self.tr(
                "Waktu tunggu = panggilan pertama − ambil nomor. Waktu layanan = selesai − "
                "panggilan pertama (kunjungan yang dialihkan: sejak panggilan pertama sampai "
                "selesai). Tidak hadir = tidak hadir ÷ tiket diambil. Dalam target = tunggu ≤ "
                "target layanan ÷ kunjungan yang dipanggil. Median dan P90 diinterpolasi "
                "linear (seperti PERCENTILE.INC di Excel). Kunjungan dengan waktu yang janggal "
                "tidak dihitung."),
            page=self.tr("Halaman {page}"),
        )


def _py_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
