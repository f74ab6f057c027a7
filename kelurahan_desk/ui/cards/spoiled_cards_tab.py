"""Kartu rusak: the register of invalid cards, filtered and ordered, a page at a time;
logging a card; putting logged cards away; opening one.

Keys: Ctrl+N log a card, Ctrl+S put the selected cards away, Ctrl+F search, Enter (or
double-click) opens, F5 reloads. A scanned register number or serial + Enter opens it.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.domain.roles import Permission, can
from kelurahan_desk.domain.spoiled_cards import (
    CUSTODY_LABELS,
    ORDER_LABELS,
    SOURCE_LABELS,
    CustodyState,
)
from kelurahan_desk.services import spoiled_cards
from kelurahan_desk.services.errors import NotFound, ServiceError
from kelurahan_desk.services.spoiled_cards import SpoiledCardDetail, SpoiledCardFilter
from kelurahan_desk.ui.cards.list_parts import (
    DateRange,
    SearchBox,
    fixed_columns,
    label_combo,
)
from kelurahan_desk.ui.cards.print_job_dialog import open_modeless
from kelurahan_desk.ui.cards.spoiled_card_dialog import SpoiledCardDialog, StoreCardsDialog
from kelurahan_desk.ui.cards.spoiled_card_form import SpoiledCardFormDialog
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.blanko_models import thousands
from kelurahan_desk.ui.models.spoiled_cards_model import SpoiledCardsModel
from kelurahan_desk.ui.page_parts import StatusLine, select_row, table_view
from kelurahan_desk.ui.style import set_role

# number, logged, source, name (takes the rest), NIK, serial, state
_WIDTHS = (122, 84, 210, 150, 142, 118, 150)


class SpoiledCardsTab(QWidget):
    """Signals: card_opened(object) — the ``SpoiledCardDialog`` just shown;
    cards_changed() — cards were logged or put away here."""

    card_opened = Signal(object)
    cards_changed = Signal()

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: SpoiledCardDialog | None = None
        works = can(context.actor.role, Permission.HANDLE_CARDS)

        self.search = SearchBox("card_search", self.tr(
            "Nomor register, nomor seri, NIK, atau nama (Ctrl+F)"))
        self.search.search_changed.connect(self._on_filter_changed)
        self.search.search_entered.connect(self._on_search_search_entered)
        search_label = QLabel(self.tr("&Cari"))
        search_label.setBuddy(self.search)
        self.state_combo = label_combo("state_filter", self.tr("Semua status"), CUSTODY_LABELS)
        self.source_combo = label_combo("source_filter", self.tr("Semua asal kartu"),
                                        SOURCE_LABELS)
        self.order_combo = label_combo("order", None, ORDER_LABELS)
        self.period = DateRange(self.tr("&Dicatat dari"), datetime.now(context.zone).date())
        for combo in (self.state_combo, self.source_combo, self.order_combo):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.period.changed.connect(self._on_filter_changed)
        order_label = QLabel(self.tr("&Urutan"))
        order_label.setBuddy(self.order_combo)
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addSpacing(6)
        top.addWidget(self.state_combo)
        top.addWidget(self.source_combo)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.period)
        filters.addStretch(1)
        filters.addWidget(order_label)
        filters.addWidget(self.order_combo)

        self.model = SpoiledCardsModel(context.zone, self)
        self.table = table_view(self.model, "cards_table", _WIDTHS)
        fixed_columns(self.table, _WIDTHS, stretch=SpoiledCardsModel.COLUMNS.index("name"))
        self.table.setWordWrap(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.activated.connect(self._on_table_activated)
        self.table.setToolTip(self.tr(
            "Enter atau klik dua kali: buka kartu. Ctrl/Shift+klik: pilih beberapa kartu "
            "untuk disimpan sekaligus."))
        self.search.table = self.table

        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        set_role(self.count_label, "muted")
        self.log_button = QPushButton(self.tr("&Catat kartu rusak… (Ctrl+N)"))
        self.log_button.setObjectName("log_button")
        set_role(self.log_button, "primary")
        self.log_button.clicked.connect(self._on_log_button_clicked)
        self.store_button = QPushButton(self.tr("&Simpan yang dipilih… (Ctrl+S)"))
        self.store_button.setObjectName("store_selected_button")
        self.store_button.clicked.connect(self._on_store_button_clicked)
        for button in (self.log_button, self.store_button):
            button.setVisible(works)
        self.open_button = QPushButton(self.tr("B&uka"))
        self.open_button.setObjectName("open_button")
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.reload_button = QPushButton(self.tr("&Muat ulang (F5)"))
        self.reload_button.setObjectName("reload_button")
        self.reload_button.clicked.connect(self._on_reload_button_clicked)
        self.status = StatusLine("cards_tab_status")
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        for button in (self.reload_button, self.open_button, self.store_button,
                       self.log_button):
            bottom.addWidget(button)

        for keys, slot in ((QKeySequence.StandardKey.Find, self._focus_search),
                           (QKeySequence("Ctrl+N"), self._on_log_button_clicked),
                           (QKeySequence("Ctrl+S"), self._on_store_button_clicked),
                           (QKeySequence("F5"), self._on_reload_button_clicked)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self.reload()

    # --- the list ---------------------------------------------------------------------

    def current_filter(self) -> SpoiledCardFilter:
        date_from, date_to = self.period.period()
        return SpoiledCardFilter(
            text=self.search.text(), state=self.state_combo.currentData(),
            source=self.source_combo.currentData(), date_from=date_from, date_to=date_to,
            order=self.order_combo.currentData())

    def reload(self, select: uuid.UUID | None = None) -> None:
        self.search.stop()
        if select is None and self.selected_rows():
            select = self.model.card_at(self.selected_rows()[0]).id
        store, actor, wanted = self.context.store, self.context.actor, self.current_filter()
        try:
            self.model.load(
                lambda offset, limit: spoiled_cards.list_spoiled_cards(store, actor, wanted,
                                                                       offset, limit),
                lambda: spoiled_cards.count_spoiled_cards(store, actor, wanted))
        except ServiceError as exc:
            self.status.error(translated(exc.message))
        select_row(self.table, self.model.find(lambda card: card.id == select))
        self.count_label.setText(self.tr("{count} kartu").format(
            count=thousands(self.model.total)))
        self.open_button.setEnabled(self.model.total > 0)

    def selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.table.selectionModel().selectedRows())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()

    # --- opening, logging, storing ----------------------------------------------------

    def open_card(self, card_id: uuid.UUID) -> SpoiledCardDialog | None:
        self.status.clear()
        try:
            dialog = SpoiledCardDialog.load(self.context, card_id, self.window())
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            return None
        if self.dialog is not None:
            self.dialog.close()
        dialog.changed.connect(self._on_dialog_changed)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        open_modeless(dialog)
        self.card_opened.emit(dialog)
        return dialog

    def open_number(self, text: str) -> SpoiledCardDialog | None:
        """Open the card a register number or serial names; ``None`` if none does."""
        try:
            card_id = spoiled_cards.spoiled_card_by_number(self.context.store,
                                                           self.context.actor, text)
        except NotFound:
            return None
        return self.open_card(card_id)

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
    def _on_filter_changed(self) -> None:
        self.reload()

    @Slot(str)
    def _on_search_search_entered(self, text: str) -> None:
        if text and self.open_number(text) is not None:
            return
        self.reload()
        if self.model.rowCount():
            self.table.setFocus()
            select_row(self.table, 0)

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_card(self.model.card_at(index.row()).id)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        rows = self.selected_rows()
        if not rows:
            self.status.error(self.tr("Pilih kartu di daftar dulu."))
            return
        self.open_card(self.model.card_at(rows[0]).id)

    @Slot()
    def _on_log_button_clicked(self) -> None:
        if self.log_button.isVisible():
            self.log_card()

    @Slot()
    def _on_store_button_clicked(self) -> None:
        if self.store_button.isVisible():
            self.store_selected()

    @Slot()
    def _on_reload_button_clicked(self) -> None:
        self.reload()

    @Slot(object)
    def _on_dialog_changed(self, detail: SpoiledCardDetail) -> None:
        self.reload(select=detail.id)
        self.cards_changed.emit()

    @Slot()
    def _on_dialog_finished(self) -> None:
        if self.sender() is self.dialog:
            self.dialog = None
        if self.isVisible():
            self.table.setFocus()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
