"""Kartu Rusak: the register of invalid KTP-el cards, their hand-over to the
Dispendukcapil, and their witnessed destruction (SE Mendagri 470.13/11176/SJ)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from kelurahan_desk.ui.cards.batch_kinds import DestructionTab, HandOverTab
from kelurahan_desk.ui.cards.list_parts import PAGE_STYLE
from kelurahan_desk.ui.cards.spoiled_card_dialog import SpoiledCardDialog
from kelurahan_desk.ui.cards.spoiled_cards_tab import SpoiledCardsTab
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.style import set_role


class KartuRusakPage(QWidget):
    """Tabs: Kartu rusak, Serah terima, Pemusnahan."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        title = QLabel(self.tr("Kartu Rusak"))
        set_role(title, "title")
        subtitle = QLabel(self.tr(
            "KTP-el rusak atau tidak berlaku: dicatat, disimpan, diserahkan ke "
            "Dispendukcapil, lalu dimusnahkan dengan berita acara. Setiap langkah tercatat di "
            "rantai audit."))
        subtitle.setWordWrap(True)
        set_role(subtitle, "muted")
        self.cards_tab = SpoiledCardsTab(context)
        self.hand_over_tab = HandOverTab(context)
        self.destruction_tab = DestructionTab(context)
        # A batch made or confirmed changes the cards' states: each tab reads again
        # whenever it is shown.
        self.setStyleSheet(PAGE_STYLE)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("kartu_rusak_tabs")
        self.tabs.addTab(self.cards_tab, self.tr("&Kartu rusak"))
        self.tabs.addTab(self.hand_over_tab, self.tr("&Serah terima"))
        self.tabs.addTab(self.destruction_tab, self.tr("&Pemusnahan"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 12)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addWidget(self.tabs, 1)

    def open_card(self, card_id: uuid.UUID) -> SpoiledCardDialog | None:
        self.tabs.setCurrentWidget(self.cards_tab)
        return self.cards_tab.open_card(card_id)

    def open_scanned(self, text: str) -> SpoiledCardDialog | None:
        """A scanned register number (or card serial) opens the card; ``None`` when no
        card has it."""
        dialog = self.cards_tab.open_number(text)
        if dialog is not None:
            self.tabs.setCurrentWidget(self.cards_tab)
        return dialog
