"""The kept Laporan Sidak for supervisors (and inspectors): a list, each openable as PDF
or saved to a file; every opening is audited (the pictures may show residents' data)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from kelurahan_desk.services.errors import ServiceError
from kelurahan_desk.services.inspection_reports import ReportRow, list_reports, report_pdf
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.rows_model import Index, RowsModel
from kelurahan_desk.ui.page_parts import StatusLine, button_row, select_row, table_view
from kelurahan_desk.ui.style import set_role


class ReportsModel(RowsModel):
    COLUMNS = ("number", "day", "time", "inspectors", "report")

    def __init__(self, context: DeskContext) -> None:
        super().__init__()
        self._zone = context.zone
        self._rows: list[ReportRow] = []

    def set_rows(self, rows: list[ReportRow]) -> None:
        self._set_rows(rows)

    def row(self, index: int) -> ReportRow:
        found: ReportRow = self._rows[index]
        return found

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Nomor"), self.tr("Tanggal"), self.tr("Waktu"), self.tr("Inspektur"),
                self.tr("Laporan"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row: ReportRow = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        start = row.started_at.astimezone(self._zone)
        if column == "number":
            return row.number
        if column == "day":
            return f"{start:%d-%m-%Y}"
        if column == "time":
            if row.ended_at is None:
                return self.tr("{start} – (berlangsung)").format(start=f"{start:%H.%M}")
            return f"{start:%H.%M} – {row.ended_at.astimezone(self._zone):%H.%M}"
        if column == "inspectors":
            return ", ".join(row.inspectors)
        if row.report_bytes is None:
            return self.tr("belum ada") if row.ended_at is None else self.tr("tidak dibuat")
        return self.tr("PDF, {size} kB").format(size=max(1, row.report_bytes // 1024))


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to save a report (a stand-in for tests replaces this function)."""
    name, _filter = QFileDialog.getSaveFileName(
        parent, parent.tr("Simpan Laporan Sidak"), suggested, parent.tr("PDF (*.pdf)"))
    return Path(name) if name else None


class SidakReportsPage(QWidget):
    """Every sidak of the office, newest first, with its report."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        title = QLabel(self.tr("Laporan Sidak"))
        set_role(title, "title")
        note = QLabel(self.tr("Laporan inspeksi mendadak kantor ini. Membuka atau menyimpan "
                              "laporan tercatat di jejak audit."))
        set_role(note, "muted")
        self.model = ReportsModel(context)
        self.view = table_view(self.model, "reports", (250, 100, 130, 240))
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.refresh_button = QPushButton(self.tr("Muat ulang"))
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        self.open_button = QPushButton(self.tr("Buka laporan"))
        self.open_button.setObjectName("open_report_button")
        set_role(self.open_button, "primary")
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.save_button = QPushButton(self.tr("Simpan PDF…"))
        self.save_button.setObjectName("save_report_button")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.status = StatusLine("reports_status")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addLayout(button_row(self.open_button, self.save_button, self.refresh_button))
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self.refresh()

    def refresh(self) -> None:
        try:
            rows = list_reports(self._context.store, self._context.actor)
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            return
        self.model.set_rows(rows)
        select_row(self.view, 0 if rows else -1)

    def _chosen(self) -> ReportRow | None:
        index = self.view.currentIndex()
        if not index.isValid():
            self.status.error(self.tr("Pilih sidak dulu."))
            return None
        return self.model.row(index.row())

    def report_bytes(self, row: ReportRow) -> bytes | None:
        try:
            return report_pdf(self._context.store, self._context.actor, row.id)
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            return None

    def save_chosen(self, path: Path | None = None) -> Path | None:
        row = self._chosen()
        if row is None:
            return None
        target = path or ask_save_path(self, f"laporan-sidak-{row.number}.pdf")
        if target is None:
            return None
        pdf = self.report_bytes(row)
        if pdf is None:
            return None
        target.write_bytes(pdf)
        self.status.ok(self.tr("Laporan disimpan di {path}.").format(path=target))
        return target

    def open_chosen(self) -> Path | None:
        row = self._chosen()
        pdf = self.report_bytes(row) if row is not None else None
        if row is None or pdf is None:
            return None
        folder = Path(tempfile.mkdtemp(prefix="kd-sidak-"))
        path = folder / f"laporan-sidak-{row.number}.pdf"
        path.write_bytes(pdf)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    @Slot()
    def _on_refresh_button_clicked(self) -> None:
        self.refresh()

    @Slot(QModelIndex)
    def _on_view_double_clicked(self, _index: QModelIndex) -> None:
        self.open_chosen()

    @Slot()
    def _on_open_button_clicked(self) -> None:
        self.open_chosen()

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save_chosen()
