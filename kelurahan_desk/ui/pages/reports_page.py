"""Laporan: queue times for the supervisor, and the audit trail, as tabs of one page."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.pages.audit_page import AuditPage
from kelurahan_desk.ui.pages.queue_report_page import QueueReportPage


class ReportsPage(QWidget):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queue_report = QueueReportPage(context)
        self.audit = AuditPage(context)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("report_tabs")
        # The report needs ~1200 px; in a scroll area it never forces every page (and the
        # window) that wide on a 1280 or 1366 px counter screen.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(self.queue_report)
        self.tabs.addTab(scroller, self.tr("Waktu antrean"))
        self.tabs.addTab(self.audit, self.tr("Jejak audit"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
