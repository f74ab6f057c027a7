"""The main window's Sidak page: the console and the reports for an inspector, the
reports alone for a supervisor."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kelurahan_desk.domain.roles import Role
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.sidak.console import SidakConsole
from kelurahan_desk.ui.sidak.reports_list import SidakReportsPage


class SidakPage(QWidget):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.console: SidakConsole | None = None
        self.reports = SidakReportsPage(context)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if context.actor.role is not Role.INSPECTOR:
            layout.addWidget(self.reports)
            return
        self.console = SidakConsole(context)
        self.console.report_saved.connect(self._on_console_report_saved)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sidak_tabs")
        self.tabs.addTab(self.console, self.tr("Konsol sidak"))
        self.tabs.addTab(self.reports, self.tr("Laporan sidak"))
        layout.addWidget(self.tabs)

    def stop(self) -> None:
        if self.console is not None:
            self.console.stop()

    @Slot(object)
    def _on_console_report_saved(self, _row: object) -> None:
        self.reports.refresh()
