"""Kartu rusak: the register of invalid cards, filtered and ordered, a page at a time;
logging a card; putting logged cards away; opening one.

Keys: Ctrl+N log a card, Ctrl+S put the selected cards away, Ctrl+F search, Enter (or
double-click) opens, F5 reloads. A scanned register number or serial + Enter opens it.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QWidget

from kelurahan_desk.domain.roles import Permission, can
from kelurahan_desk.domain.spoiled_cards import (
    CUSTODY_LABELS,
    ORDER_LABELS,
    SOURCE_LABELS,
    CustodyState,
)
from kelurahan_desk.services import spoiled_cards
from kelurahan_desk.services.spoiled_cards import SpoiledCardDetail, SpoiledCardFilter
from kelurahan_desk.ui.cards.list_parts import DateRange, label_combo
from kelurahan_desk.ui.cards.list_tab import ListTab, ListWords
from kelurahan_desk.ui.cards.spoiled_card_dialog import SpoiledCardDialog, StoreCardsDialog
from kelurahan_desk.ui.cards.spoiled_card_form import SpoiledCardFormDialog
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.blanko_models import thousands
from kelurahan_desk.ui.models.paged_model import Count, Fetch
from kelurahan_desk.ui.models.spoiled_cards_model import SpoiledCardsModel
from kelurahan_desk.ui.style import set_role

# number, logged, source, name (takes the rest), NIK, serial, state
_WIDTHS = (122, 84, 210, 150, 142, 118, 150)


class SpoiledCardsTab(ListTab[SpoiledCardsModel, SpoiledCardDialog]):
    """Signals: card_opened(object) — the ``SpoiledCardDialog`` just shown;
    cards_changed() — cards were logged or put away here."""

    card_opened = Signal(object)
    cards_changed = Signal()

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        works = can(context.actor.role, Permission.HANDLE_CARDS)

        self.search = self._search_box("card_search", self.tr(
            "Nomor register, nomor seri, NIK, atau nama (Ctrl+F)"))
        self.state_combo = label_combo("state_filter", self.tr("Semua status"), CUSTODY_LABELS)
        self.source_combo = label_combo("source_filter", self.tr("Semua asal kartu"),
                                        SOURCE_LABELS)
        self.order_combo = label_combo("order", None, ORDER_LABELS)
        self.period = DateRange(self.tr("&Dicatat dari"), datetime.now(context.zone).date())

        self.model = SpoiledCardsModel(context.zone, self)
        self.table = self._list_table(self.model, "cards_table", _WIDTHS, self.tr(
            "Enter atau klik dua kali: buka kartu. Ctrl/Shift+klik: pilih beberapa kartu "
            "untuk disimpan sekaligus."))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.log_button = QPushButton(self.tr("&Catat kartu rusak… (Ctrl+N)"))
        self.log_button.setObjectName("log_button")
        set_role(self.log_button, "primary")
        self.log_button.clicked.connect(self._on_log_button_clicked)
        self.store_button = QPushButton(self.tr("&Simpan yang dipilih… (Ctrl+S)"))
        self.store_button.setObjectName("store_selected_button")
        self.store_button.clicked.connect(self._on_store_button_clicked)
        for button in (self.log_button, self.store_button):
            button.setVisible(works)
        self._lay_out(
            ListWords(search=self.tr("&Cari"), order=self.tr("&Urutan"), open=self.tr("B&uka"),
                      reload=self.tr("&Muat ulang (F5)"),
                      nothing_selected=self.tr("Pilih kartu di daftar dulu.")),
            (self.state_combo, self.source_combo), self.period, self.order_combo,
            (self.store_button, self.log_button), "cards_tab_status",
            ((QKeySequence("Ctrl+N"), self._on_log_button_clicked),
             (QKeySequence("Ctrl+S"), self._on_store_button_clicked)))
        self.reload()

    # --- the list ---------------------------------------------------------------------

    def current_filter(self) -> SpoiledCardFilter:
        date_from, date_to = self.period.period()
        return SpoiledCardFilter(
            text=self.search.text(), state=self.state_combo.currentData(),
            source=self.source_combo.currentData(), date_from=date_from, date_to=date_to,
            order=self.order_combo.currentData())

    def _queries(self) -> tuple[Fetch, Count]:
        store, actor, wanted = self.context.store, self.context.actor, self.current_filter()
        return (lambda offset, limit: spoiled_cards.list_spoiled_cards(store, actor, wanted,
                                                                       offset, limit),
                lambda: spoiled_cards.count_spoiled_cards(store, actor, wanted))

    def count_text(self, total: int) -> str:
        return self.tr("{count} kartu").format(count=thousands(total))

    def _row_after_enter(self) -> int:
        return 0

    # --- opening, logging, storing ----------------------------------------------------

    def open_card(self, card_id: uuid.UUID) -> SpoiledCardDialog | None:
        dialog = self._show_dialog(
            lambda: SpoiledCardDialog.load(self.context, card_id, self.window()))
        if dialog is not None:
            self.card_opened.emit(dialog)
        return dialog

    def _open_record(self, record_id: uuid.UUID) -> SpoiledCardDialog | None:
        return self.open_card(record_id)

    def _record_of_number(self, text: str) -> uuid.UUID:
        """The card a register number or serial names."""
        return spoiled_cards.spoiled_card_by_number(self.context.store, self.context.actor,
                                                    text)

    def log_card(self) -> SpoiledCardDetail | None:
        detail = SpoiledCardFormDialog.ask(self.window(), self.context)
        if detail is None:
            return None
        self.reload(select=detail.id)
        self.status.ok(self.tr("Kartu {number} dicatat ({state}).").format(
            number=detail.register_number, state=translated(CUSTODY_LABELS[detail.state])))
        self.cards_changed.emit()
        return detail

    def store_selected(self) -> None:
        rows = [self.model.card_at(r) for r in self.selected_rows()]
        logged = [c for c in rows if c.state == CustodyState.LOGGED]
        if not logged:
            self.status.error(self.tr(
                "Pilih kartu berstatus \u201cDicatat\u201d di daftar (Ctrl/Shift+klik untuk "
                "beberapa), lalu simpan."))
            return
        stored = StoreCardsDialog.ask(self.window(), self.context, [c.id for c in logged],
                                      [c.register_number for c in logged])
        if stored is None:
            return
        self.reload(select=logged[0].id)
        self.status.ok(self.tr("{count} kartu disimpan di {place}.").format(
            count=len(stored), place=stored[0].storage_place or ""))
        self.cards_changed.emit()

    # --- slots ------------------------------------------------------------------------

    @Slot()
    def _on_log_button_clicked(self) -> None:
        if self.log_button.isVisible():
            self.log_card()

    @Slot()
    def _on_store_button_clicked(self) -> None:
        if self.store_button.isVisible():
            self.store_selected()

    @Slot(object)
    def _on_dialog_changed(self, detail: SpoiledCardDetail) -> None:
        self.reload(select=detail.id)
        self.cards_changed.emit()
