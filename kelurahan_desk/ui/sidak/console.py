"""The inspection console: start and end a sidak, every counter live, one enlarged.

Reads the store on timers like the display board, but in worker threads: pictures (and
their decoding) every second, the counters' figures every five seconds. What the
inspector does (start, enlarge, open a record, test print, findings, end) is a service
call, each audited.
"""

from __future__ import annotations

import sys
import uuid
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.domain.settings import zone_name
from kelurahan_desk.services import office
from kelurahan_desk.services.errors import ServiceError
from kelurahan_desk.services.inspection import (
    Findings,
    InspectionInfo,
    Picture,
    current_inspection,
    end_inspection,
    find_record,
    live_pictures,
    record_look,
    save_findings,
    start_inspection,
)
from kelurahan_desk.services.inspection_overview import (
    NO_FIGURES,
    CounterOverview,
    InspectionReportData,
    counter_overview,
)
from kelurahan_desk.services.inspection_reports import ReportRow, save_report
from kelurahan_desk.ui.background import run_in_background
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.page_parts import StatusLine
from kelurahan_desk.ui.sidak.detail_view import CounterDetail
from kelurahan_desk.ui.sidak.dialogs import FinishDialog, StartDialog
from kelurahan_desk.ui.sidak.parts import alive
from kelurahan_desk.ui.sidak.record_dialog import OpenRecordDialog
from kelurahan_desk.ui.sidak.report_texts import report_pdf
from kelurahan_desk.ui.sidak.tiles import CounterTile
from kelurahan_desk.ui.style import set_role

PICTURE_MS = 1000
OVERVIEW_MS = 5000


class SidakConsole(QWidget):
    """Every counter of the office, live while a sidak runs.

    Signals: inspection_changed(object) — the running ``InspectionInfo``, or None;
    report_saved(object) — the ``ReportRow`` of a report just kept.
    """

    inspection_changed = Signal(object)
    report_saved = Signal(object)

    def __init__(self, context: DeskContext, parent: QWidget | None = None, *,
                 picture_ms: int = PICTURE_MS, overview_ms: int = OVERVIEW_MS) -> None:
        super().__init__(parent)
        self._context = context
        self.inspection: InspectionInfo | None = None
        self.findings: dict[uuid.UUID, str] = {}
        self.overall = ""
        self._findings_dirty = False
        self.pictures: dict[uuid.UUID, Picture] = {}
        self.images: dict[uuid.UUID, QImage] = {}
        self.overviews: dict[uuid.UUID, CounterOverview] = {}
        self.last_report: ReportRow | None = None
        self._pending: InspectionReportData | None = None
        self._reading_pictures = False
        self._stopped = False  # a read still out when the console stops is dropped
        self._reading_overview = False
        # Bumped whenever this console starts or ends a sidak: a read begun before that
        # must not put the old state back.
        self._generation = 0

        self.detail = CounterDetail(context)
        self.detail.back_requested.connect(self._on_detail_back_requested)
        self.detail.findings_edited.connect(self._on_detail_findings_edited)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_grid())
        self.stack.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.detail).activated.connect(
            self._on_detail_back_requested)

        self._set_inspection(self._read_inspection())
        self._pictures_timer = QTimer(self)
        self._pictures_timer.setInterval(picture_ms)
        self._pictures_timer.timeout.connect(self._on_pictures_timer_timeout)
        self._pictures_timer.start()
        self._overview_timer = QTimer(self)
        self._overview_timer.setInterval(overview_ms)
        self._overview_timer.timeout.connect(self._on_overview_timer_timeout)
        self._overview_timer.start()
        self.read_overview()
        self.read_pictures()

    # --- building ---------------------------------------------------------------------------

    def _build_header(self) -> QVBoxLayout:
        title = QLabel(self.tr("Sidak — Kelurahan {name}").format(name=self._context.office.name))
        set_role(title, "subtitle")
        self.state = QLabel()
        self.state.setObjectName("sidak_state")
        self.state.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Mulai sidak"))
        self.start_button.setObjectName("start_button")
        set_role(self.start_button, "primary")
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.open_button = QPushButton(self.tr("Buka catatan…"))
        self.open_button.setObjectName("open_record_button")
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.save_button = QPushButton(self.tr("Simpan temuan"))
        self.save_button.setObjectName("save_findings_button")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.finish_button = QPushButton(self.tr("Selesai && buat laporan"))
        self.finish_button.setObjectName("finish_button")
        set_role(self.finish_button, "primary")
        self.finish_button.clicked.connect(self._on_finish_button_clicked)
        self.status = StatusLine("console_status")
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(title)
        words.addWidget(self.state)
        row = QHBoxLayout()
        row.addLayout(words, 1)
        for button in (self.start_button, self.open_button, self.save_button,
                       self.finish_button):
            row.addWidget(button)
        column = QVBoxLayout()
        column.addLayout(row)
        return column

    def _build_grid(self) -> QScrollArea:
        self.tiles: dict[uuid.UUID, CounterTile] = {}
        self._numbers: dict[uuid.UUID, int] = {}
        body = QWidget()
        grid = QGridLayout(body)
        grid.setSpacing(12)
        counters = office.list_counters(self._context.store)
        columns = 2 if len(counters) <= 4 else 3
        for i, counter in enumerate(counters):
            tile = CounterTile(counter.id, counter.name)
            tile.enlarge_requested.connect(self._on_tile_enlarge_requested)
            grid.addWidget(tile, i // columns, i % columns)
            self.tiles[counter.id] = tile
            self._numbers[counter.id] = counter.number
        for row in range((len(counters) + columns - 1) // columns):
            grid.setRowStretch(row, 1)  # tiles share the height: pictures as large as fit
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(body)
        return scroller

    # --- the inspection ---------------------------------------------------------------------

    def _read_inspection(self) -> InspectionInfo | None:
        try:
            return current_inspection(self._context.store, self._context.actor)
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            return None

    def _set_inspection(self, info: InspectionInfo | None) -> None:
        changed = (self.inspection is None) != (info is None) or (
            info is not None and self.inspection is not None and info.id != self.inspection.id)
        self.inspection = info
        if info is not None and changed:
            self.findings = dict(info.findings)
            self.overall = info.overall_findings
            self._findings_dirty = False
        if changed:
            self._generation += 1
        running = info is not None
        self.start_button.setVisible(not running)
        self.save_button.setVisible(running)
        self.finish_button.setVisible(running or self._pending is not None)
        self.finish_button.setEnabled(True)
        self.finish_button.setText(self.tr("Buat laporan lagi") if self._pending is not None
                                   and not running else self.tr("Selesai && buat laporan"))
        if info is None:
            self.state.setText(self.tr("Belum ada sidak yang berlangsung. Layar loket baru "
                                       "terlihat setelah sidak dimulai."))
        else:
            zone = self._context.zone
            self.state.setText(self.tr("Sidak {number} berlangsung sejak {time} {zone} · "
                                       "{names}").format(
                number=info.number, time=f"{info.started_at.astimezone(zone):%H.%M}",
                zone=zone_name(zone, info.started_at),
                names=", ".join(i.full_name for i in info.inspectors)))
        for tile in self.tiles.values():
            tile.set_running(running)
        if changed:
            self.inspection_changed.emit(info)

    def start(self, team: str | None = None) -> bool:
        """Start (or join) a sidak; asks for companions when ``team`` is not given."""
        if team is None:
            team = StartDialog.ask(self)
            if team is None:
                return False
        try:
            info = start_inspection(self._context.store, self._context.actor, team)
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            return False
        self._set_inspection(info)
        self.status.ok(self.tr("Sidak {number} dimulai. Jendela loket kini menampilkan "
                               "pemberitahuan sidak.").format(number=info.number))
        self.read_pictures()
        return True

    def save(self) -> bool:
        """Keep the findings written so far (audited)."""
        if self.inspection is None:
            return False
        try:
            info = save_findings(self._context.store, self._context.actor,
                                 Findings(dict(self.findings), self.overall))
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            return False
        self._findings_dirty = False
        self.inspection = info
        self.status.ok(self.tr("Temuan disimpan."))
        return True

    def finish(self, findings: Findings | None = None) -> bool:
        """End the sidak with its findings and make the report (in a worker thread)."""
        if self.inspection is None:
            if self._pending is not None:
                self._make_report(self._pending)
                return True
            return False
        if findings is None:
            counters = [(c, t.title.text()) for c, t in self.tiles.items()]
            findings = FinishDialog.ask(self, counters, self.findings, self.overall)
            if findings is None:
                return False
        try:
            data = end_inspection(self._context.store, self._context.actor, findings)
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            return False
        self.findings, self.overall = dict(findings.per_counter), findings.overall
        self._pending = data
        self._set_inspection(None)
        self._show_pictures([], {})
        self._make_report(data)
        return True

    def _make_report(self, data: InspectionReportData) -> None:
        self.status.busy(self.tr("Sidak diakhiri; gambar layar loket dihapus. Laporan "
                                 "sedang dibuat…"))
        self.finish_button.setEnabled(False)
        store, actor = self._context.store, self._context.actor

        def done(pdf: bytes) -> None:
            if not alive(self):  # closed meanwhile: the PDF is still kept
                save_report(store, actor, data.inspection_id, pdf)
                return
            try:
                row = save_report(store, actor, data.inspection_id, pdf)
            except ServiceError as exc:
                failed(exc)
                return
            self._pending = None
            self.last_report = row
            self._set_inspection(self.inspection)
            self.status.ok(self.tr("Laporan Sidak {number} disimpan dan akan dikirim ke "
                                   "pusat. Supervisor dapat membukanya di halaman Sidak.")
                           .format(number=row.number))
            self.report_saved.emit(row)

        def failed(exc: Exception) -> None:
            if not alive(self):
                return
            self._set_inspection(self.inspection)
            message = translated(exc.message) if isinstance(exc, ServiceError) else str(exc)
            self.status.error(self.tr("Laporan belum tersimpan: {why}. Tekan \u201cBuat "
                                      "laporan lagi\u201d.").format(why=message))

        run_in_background(lambda: report_pdf(data), done, failed)

    # --- counters ---------------------------------------------------------------------------

    def enlarge(self, counter_id: uuid.UUID) -> bool:
        """Show one counter enlarged; the look is audited first (no record, no look)."""
        try:
            record_look(self._context.store, self._context.actor, counter_id)
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            return False
        tile = self.tiles[counter_id]
        overview = self.overviews.get(counter_id) or CounterOverview(
            counter_id, self._numbers[counter_id], tile.title.text(), None, None, 0,
            NO_FIGURES)  # the figures are still being read
        self.detail.show_counter(overview, self.pictures.get(counter_id),
                                 self.images.get(counter_id), self.findings.get(counter_id, ""),
                                 self.inspection.number if self.inspection else None)
        self.stack.setCurrentWidget(self.detail)
        return True

    def back_to_tiles(self) -> None:
        if self._findings_dirty and self.inspection is not None:
            self.save()
        self.stack.setCurrentIndex(0)

    def open_record(self) -> None:
        """Ask which record, then open it read-only (audited)."""
        choice = OpenRecordDialog.ask(self)
        if choice is None:
            return
        kind, number = choice
        try:
            record_id = find_record(self._context.store, self._context.actor, kind, number)
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            return
        self.detail.open_record(kind, record_id)

    def read_overview(self) -> None:
        if self._reading_overview:
            return
        self._reading_overview = True
        store, actor = self._context.store, self._context.actor
        generation = self._generation
        run_in_background(lambda: (counter_overview(store, actor),
                                   current_inspection(store, actor), generation),
                          self._on_overview_read, self._on_read_failed)

    def read_pictures(self) -> None:
        if self._reading_pictures:
            return
        self._reading_pictures = True
        store, actor = self._context.store, self._context.actor
        known = {c: p.taken_at for c, p in self.pictures.items()}
        generation = self._generation

        def work() -> tuple[list[Picture], dict[uuid.UUID, QImage], int]:
            pictures = live_pictures(store, actor, known)
            return pictures, {p.counter_id: QImage.fromData(p.png)
                              for p in pictures if p.png}, generation

        run_in_background(work, self._on_pictures_read, self._on_read_failed)

    def _on_overview_read(self, result: Any) -> None:
        if not alive(self):
            return
        self._reading_overview = False
        overviews, info, generation = result
        for overview in overviews:
            self.overviews[overview.counter_id] = overview
            tile = self.tiles.get(overview.counter_id)
            if tile is not None:
                tile.set_overview(overview)
            if overview.counter_id == self.detail.counter_id:
                self.detail.set_overview(overview)
        if generation == self._generation and (info is None) != (self.inspection is None):
            self._set_inspection(info)  # started or ended at another console

    def _on_pictures_read(self, result: Any) -> None:
        if not alive(self):
            return
        self._reading_pictures = False
        pictures, images, generation = result
        if generation == self._generation:
            self._show_pictures(pictures, images)

    def _show_pictures(self, pictures: list[Picture], images: dict[uuid.UUID, QImage]) -> None:
        present = {p.counter_id: p for p in pictures}
        for counter_id, tile in self.tiles.items():
            picture = present.get(counter_id)
            image = images.get(counter_id)
            if picture is None:
                self.pictures.pop(counter_id, None)
                self.images.pop(counter_id, None)
            else:
                self.pictures[counter_id] = picture
                if image is not None:
                    self.images[counter_id] = image
            if picture is not None or tile.picture is not None:
                tile.set_picture(picture, image)
                if counter_id == self.detail.counter_id:
                    self.detail.set_picture(picture, image)

    def _on_read_failed(self, exc: Exception) -> None:
        if not alive(self) or self._stopped:
            return
        self._reading_pictures = self._reading_overview = False
        if isinstance(exc, ServiceError):
            self.status.error(translated(exc.message))
        else:  # a locked store: the next tick reads again
            print(f"kelurahan-desk: sidak console cannot read the store: {exc}",
                  file=sys.stderr)

    def stop(self) -> None:
        self._stopped = True
        self._pictures_timer.stop()
        self._overview_timer.stop()

    # --- slots ------------------------------------------------------------------------------

    @Slot()
    def _on_pictures_timer_timeout(self) -> None:
        now = datetime.now(UTC)
        for tile in self.tiles.values():
            tile.refresh(now)
        if self.stack.currentWidget() is self.detail:
            self.detail.refresh(now)
        self.read_pictures()

    @Slot()
    def _on_overview_timer_timeout(self) -> None:
        self.read_overview()

    @Slot(object)
    def _on_tile_enlarge_requested(self, counter_id: object) -> None:
        assert isinstance(counter_id, uuid.UUID)
        self.enlarge(counter_id)

    @Slot()
    def _on_detail_back_requested(self) -> None:
        self.back_to_tiles()

    @Slot(object, str)
    def _on_detail_findings_edited(self, counter_id: object, text: str) -> None:
        assert isinstance(counter_id, uuid.UUID)
        self.findings[counter_id] = text
        self._findings_dirty = True

    @Slot()
    def _on_start_button_clicked(self) -> None:
        self.start()

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save()

    @Slot()
    def _on_finish_button_clicked(self) -> None:
        self.finish()

    @Slot()
    def _on_open_button_clicked(self) -> None:
        self.open_record()
