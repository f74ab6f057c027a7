"""The enlarged view of one counter: its live picture, who serves what, today's figures,
the day's audit timeline with filters, records opened read-only, "Cetak uji", findings."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.services.errors import ServiceError
from kelurahan_desk.services.inspection import (
    MAX_FINDINGS,
    Picture,
    RecordKind,
    inspect_record,
    record_test_print,
)
from kelurahan_desk.services.inspection_overview import CounterOverview
from kelurahan_desk.services.inspection_timeline import (
    TIMELINE_KIND_LABELS,
    TimelineFilter,
    TimelineKind,
    counter_timeline,
)
from kelurahan_desk.ui.background import run_in_background
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.page_parts import StatusLine, table_view
from kelurahan_desk.ui.pdf_printing import PrintFailed, available_printers, default_printer
from kelurahan_desk.ui.sidak.parts import (
    OFFLINE_AFTER,
    FiguresGrid,
    PictureView,
    age_text,
    alive,
    duration_text,
)
from kelurahan_desk.ui.sidak.record_dialog import RecordView
from kelurahan_desk.ui.sidak.test_print import PrintCheckOrder, print_test_page
from kelurahan_desk.ui.sidak.timeline_model import TimelineModel
from kelurahan_desk.ui.style import set_role


class CounterDetail(QWidget):
    """One counter, enlarged.

    Signals: back_requested() — back to every counter's tile;
    findings_edited(object, str) — the counter's id and its findings as typed;
    test_printed(bool) — a test print finished (printed or not) and was recorded.
    """

    back_requested = Signal()
    findings_edited = Signal(object, str)
    test_printed = Signal(bool)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.counter_id: uuid.UUID | None = None
        self.overview: CounterOverview | None = None
        self.picture: Picture | None = None
        self.inspection_number: str | None = None

        back = QPushButton(self.tr("← Semua loket"))
        back.setObjectName("back_button")
        back.clicked.connect(self.back_requested)
        self.title = QLabel()
        set_role(self.title, "title")
        self.live = QLabel()
        self.live.setObjectName("detail_live")
        set_role(self.live, "muted")
        head = QHBoxLayout()
        head.addWidget(back)
        head.addSpacing(12)
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.live)

        self.view = PictureView(QSize(400, 250))
        self.signed_in = QLabel()
        self.signed_in.setObjectName("detail_signed_in")
        self.signed_in.setWordWrap(True)
        self.serving = QLabel()
        self.serving.setObjectName("detail_serving")
        self.serving.setWordWrap(True)
        self.figures = FiguresGrid()
        side_panel = QWidget()
        side_panel.setFixedWidth(470)
        side = QVBoxLayout(side_panel)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.signed_in)
        side.addWidget(self.serving)
        side.addLayout(self.figures)
        side.addWidget(self._build_test_print())
        side.addWidget(self._build_findings(), 1)
        top = QWidget()
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.view, 1)
        row.addWidget(side_panel)

        # The picture and what the inspector does above; the day's timeline, full width, below.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self._build_timeline())
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 290])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.splitter, 1)

    # --- building ---------------------------------------------------------------------------

    def _build_test_print(self) -> QGroupBox:
        box = QGroupBox(self.tr("Cetak uji"))
        self.printer = QComboBox()
        self.printer.setObjectName("printer")
        self.test_print_button = QPushButton(self.tr("Cetak uji"))
        self.test_print_button.setObjectName("test_print_button")
        self.test_print_button.clicked.connect(self._on_test_print_clicked)
        self.print_status = StatusLine("print_status")
        row = QHBoxLayout()
        row.addWidget(self.printer, 1)
        row.addWidget(self.test_print_button)
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addWidget(self.print_status)
        return box

    def _build_findings(self) -> QGroupBox:
        box = QGroupBox(self.tr("Temuan untuk loket ini"))
        self.findings = QPlainTextEdit()
        self.findings.setObjectName("counter_findings")
        self.findings.setPlaceholderText(self.tr("Tulis temuan (mis. antrean tertib, "
                                                 "persyaratan dijelaskan, printer rusak)."))
        self.findings.setMinimumHeight(60)
        self.findings.textChanged.connect(self._on_findings_text_changed)
        QVBoxLayout(box).addWidget(self.findings)
        return box

    def _build_timeline(self) -> QWidget:
        self.kind = QComboBox()
        self.kind.setObjectName("timeline_kind")
        self.kind.addItem(self.tr("Semua kegiatan"), "")
        for kind, label in TIMELINE_KIND_LABELS.items():
            self.kind.addItem(translated(label), kind.value)
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.search = QLineEdit()
        self.search.setObjectName("timeline_search")
        self.search.setPlaceholderText(self.tr("Cari petugas, tindakan atau nomor"))
        self.search.textChanged.connect(self._on_search_text_changed)
        self.open_button = QPushButton(self.tr("Buka catatan"))
        self.open_button.setToolTip(self.tr("Buka catatan baris ini, hanya baca (tercatat)"))
        self.open_button.setObjectName("open_record_button")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        filters = QHBoxLayout()
        caption = QLabel(self.tr("Kegiatan hari ini"))
        set_role(caption, "subtitle")
        filters.addWidget(caption)
        filters.addWidget(self.kind)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.open_button)
        self.timeline_model = TimelineModel(self._context.zone)
        self.timeline = table_view(self.timeline_model, "timeline", (90, 190, 160, 400))
        self.timeline.doubleClicked.connect(self._on_timeline_double_clicked)
        self.timeline.selectionModel().currentRowChanged.connect(
            self._on_timeline_current_row_changed)
        self.record_status = StatusLine("record_status")
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(filters)
        column.addWidget(self.timeline, 1)
        column.addWidget(self.record_status)
        return box

    # --- what the console tells it ----------------------------------------------------------

    def show_counter(self, overview: CounterOverview, picture: Picture | None,
                     image: QImage | None, findings: str, inspection_number: str | None) -> None:
        self.counter_id = overview.counter_id
        self.inspection_number = inspection_number
        self.title.setText(overview.name)
        self.findings.blockSignals(True)
        self.findings.setPlainText(findings)
        self.findings.blockSignals(False)
        self.findings.setReadOnly(inspection_number is None)
        self.test_print_button.setEnabled(inspection_number is not None)
        self.print_status.clear()
        self.record_status.clear()
        self._fill_printers()
        self.set_overview(overview)
        self.set_picture(picture, image)
        self.reload_timeline()

    def set_overview(self, overview: CounterOverview) -> None:
        self.overview = overview
        self.figures.show_figures(overview.figures)
        self.refresh(datetime.now(UTC))

    def set_picture(self, picture: Picture | None, image: QImage | None) -> None:
        self.picture = picture
        if picture is None or image is not None:
            self.view.set_image(image)
        self.refresh(datetime.now(UTC))

    def refresh(self, now: datetime) -> None:
        picture, overview = self.picture, self.overview
        fresh = picture is not None and now - picture.taken_at <= OFFLINE_AFTER
        self.view.set_stale(picture is not None and not fresh)
        self.view.placeholder = self.tr("Tidak ada gambar layar loket ini.")
        if picture is None:
            self.live.setText(self.tr("Offline"))
        else:
            self.live.setText((self.tr("Langsung · gambar {age}") if fresh else
                               self.tr("Offline · gambar terakhir {age}")).format(
                age=age_text(now - picture.taken_at)))
        who = overview.signed_in.full_name if overview and overview.signed_in else None
        if fresh and picture is not None:
            who = picture.full_name
        self.signed_in.setText(self.tr("Petugas: {name}").format(name=who) if who
                               else self.tr("Petugas: tidak ada yang masuk"))
        serving = overview.serving if overview else None
        self.serving.setText(self.tr("Melayani {code} ({service}) sejak {length}").format(
            code=serving.code, service=serving.service_name,
            length=duration_text(now - serving.since)) if serving
            else self.tr("Tidak sedang melayani"))

    def timeline_filter(self) -> TimelineFilter:
        kind = self.kind.currentData()
        return TimelineFilter(frozenset({TimelineKind(kind)}) if kind else None,
                              self.search.text())

    def reload_timeline(self) -> None:
        if self.counter_id is None:
            return
        try:
            rows = counter_timeline(self._context.store, self._context.actor, self.counter_id,
                                    self.timeline_filter())
        except ServiceError as exc:
            self.record_status.error(translated(exc.message))
            return
        self.timeline_model.set_rows(rows)
        self.timeline.scrollToBottom()
        self.open_button.setEnabled(False)

    def _fill_printers(self) -> None:
        chosen = self.printer.currentText() or default_printer() or ""
        self.printer.clear()
        self.printer.addItems(available_printers())
        index = self.printer.findText(chosen)
        self.printer.setCurrentIndex(max(index, 0))

    # --- reading a record -------------------------------------------------------------------

    def open_row(self, row: int) -> None:
        item = self.timeline_model.row(row)
        if item.openable is None:
            return
        self.open_record(RecordKind(item.openable), uuid.UUID(item.record_id))

    def open_record(self, kind: RecordKind, record_id: uuid.UUID) -> None:
        try:
            detail = inspect_record(self._context.store, self._context.actor, kind, record_id)
        except ServiceError as exc:
            self.record_status.error(translated(exc.message))
            return
        self.reload_timeline()  # the opening is on the record's own counter's timeline now
        RecordView.show_for(detail, self._context.zone, self)

    @Slot(QModelIndex)
    def _on_timeline_double_clicked(self, index: QModelIndex) -> None:
        self.open_row(index.row())

    @Slot(QModelIndex, QModelIndex)
    def _on_timeline_current_row_changed(self, current: QModelIndex,
                                         _previous: QModelIndex) -> None:
        self.open_button.setEnabled(
            current.isValid() and self.timeline_model.row(current.row()).openable is not None)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        index = self.timeline.currentIndex()
        if index.isValid():
            self.open_row(index.row())

    @Slot(int)
    def _on_kind_current_index_changed(self, _index: int) -> None:
        self.reload_timeline()

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        self.reload_timeline()

    @Slot()
    def _on_findings_text_changed(self) -> None:
        text = self.findings.toPlainText()
        if len(text) > MAX_FINDINGS:
            self.findings.setPlainText(text[:MAX_FINDINGS])
            return
        if self.counter_id is not None:
            self.findings_edited.emit(self.counter_id, text)

    # --- the test print ---------------------------------------------------------------------

    def test_print(self) -> None:
        """Print the test page on the chosen printer (worker thread), then record how it went."""
        if self.counter_id is None or self.overview is None or self.inspection_number is None:
            return
        order = PrintCheckOrder(
            self._context.office, self.overview.name, self.overview.number,
            self.inspection_number, self._context.actor.full_name,
            self.printer.currentText(), datetime.now(UTC))
        counter_id = order_counter = self.counter_id
        self.test_print_button.setEnabled(False)
        self.print_status.busy(self.tr("Mencetak halaman uji di {printer}…").format(
            printer=order.printer or "–"))

        store, actor = self._context.store, self._context.actor

        def record(ok: bool, detail: str) -> None:
            try:
                record_test_print(store, actor, order_counter, order.printer, ok, detail)
            except ServiceError as exc:
                if alive(self):
                    self.print_status.error(translated(exc.message))
                return
            if not alive(self):
                return  # recorded; nobody left to tell
            self.test_print_button.setEnabled(self.inspection_number is not None)
            if ok:
                self.print_status.ok(self.tr("Halaman uji terkirim ke {printer}. Hasil "
                                             "tercatat.").format(printer=order.printer))
            else:
                self.print_status.error(self.tr("Cetak uji gagal: {why} Hasil tercatat.")
                                        .format(why=detail))
            if counter_id == self.counter_id:
                self.reload_timeline()
            self.test_printed.emit(ok)

        def failed(exc: Exception) -> None:
            record(False, exc.message if isinstance(exc, PrintFailed) else str(exc))

        run_in_background(lambda: print_test_page(order), lambda _code: record(True, ""),
                          failed)

    @Slot()
    def _on_test_print_clicked(self) -> None:
        self.test_print()
