"""KTP-el: the print queue, the blank-card stock and its reconciliation, every serial."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from kelurahan_desk.ui.cards.blank_stock_tab import BlankStockTab
from kelurahan_desk.ui.cards.list_parts import PAGE_STYLE
from kelurahan_desk.ui.cards.print_job_dialog import PrintJobDialog
from kelurahan_desk.ui.cards.print_queue_tab import PrintQueueTab
from kelurahan_desk.ui.cards.serials_tab import SerialsTab
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.style import set_role


class KtpElPage(QWidget):
    """Tabs: Antrean cetak, Stok blanko, Nomor seri.

    Signals: spoiled_card_requested(object) — a spoiled blank's invalid-card entry (its
    id) to open on the Kartu Rusak page.
    """

    spoiled_card_requested = Signal(object)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        title = QLabel(self.tr("KTP-el"))
        set_role(title, "title")
        subtitle = QLabel(self.tr(
            "Antrean cetak KTP-el dan stok blanko. Setiap blanko tercatat di tepat satu "
            "tempat: di stok, tercetak pada pekerjaan, atau rusak."))
        subtitle.setWordWrap(True)
        set_role(subtitle, "muted")
        self.queue_tab = PrintQueueTab(context)
        self.stock_tab = BlankStockTab(context)
        self.serials_tab = SerialsTab(context)
        self.serials_tab.job_requested.connect(self._on_serials_tab_job_requested)
        self.serials_tab.card_requested.connect(self.spoiled_card_requested)
        self.setStyleSheet(PAGE_STYLE)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("ktp_el_tabs")
        self.tabs.addTab(self.queue_tab, self.tr("Antrean &cetak"))
        self.tabs.addTab(self.stock_tab, self.tr("Stok &blanko"))
        self.tabs.addTab(self.serials_tab, self.tr("Nomor &seri"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 12)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addWidget(self.tabs, 1)

    def start_job(self, ticket_id: uuid.UUID, ticket_code: str) -> None:
        """A finished KTP-el visit: the job form, linked to its ticket."""
        self.tabs.setCurrentWidget(self.queue_tab)
        self.queue_tab.new_job(ticket_id, ticket_code)

    def open_job(self, job_id: uuid.UUID) -> PrintJobDialog | None:
        self.tabs.setCurrentWidget(self.queue_tab)
        return self.queue_tab.open_job(job_id)

    def open_scanned(self, text: str) -> PrintJobDialog | None:
        """A scanned job number or blank serial opens its job; ``None`` when no job has
        it (the scan is for someone else)."""
        dialog = self.queue_tab.open_number(text)
        if dialog is not None:
            self.tabs.setCurrentWidget(self.queue_tab)
        return dialog

    @Slot(object)
    def _on_serials_tab_job_requested(self, job_id: uuid.UUID) -> None:
        self.open_job(job_id)
