"""Nomor seri: every blank serial and its one place (in stock, printed on a job, spoiled),
paged; find one by its start, filter by place. Enter on a row opens its job or card."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kelurahan_desk.domain.blanko import SERIAL_STATE_LABELS
from kelurahan_desk.services import blanko
from kelurahan_desk.services.blanko import BlankFilter
from kelurahan_desk.services.errors import ServiceError
from kelurahan_desk.ui.cards.list_parts import SearchBox, label_combo
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.blanko_models import BlanksModel, thousands
from kelurahan_desk.ui.page_parts import StatusLine, table_view
from kelurahan_desk.ui.style import set_role


class SerialsTab(QWidget):
    """Signals: job_requested(object) — a serial's print job to open (its id);
    card_requested(object) — a serial's invalid-card entry to open (its id)."""

    job_requested = Signal(object)
    card_requested = Signal(object)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.search = SearchBox("serial_search", self.tr("Awal nomor seri (Ctrl+F)"))
        self.search.search_changed.connect(self._on_filter_changed)
        self.search.search_entered.connect(self._on_filter_changed)
        label = QLabel(self.tr("&Cari"))
        label.setBuddy(self.search)
        self.state_combo = label_combo("state_filter", self.tr("Semua tempat"),
                                       SERIAL_STATE_LABELS)
        self.state_combo.currentIndexChanged.connect(self._on_filter_changed)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.search, 1)
        top.addWidget(self.state_combo)
        self.model = BlanksModel(context.zone, self)
        self.table = table_view(self.model, "blanks_table", (160, 100, 240, 240))
        self.table.activated.connect(self._on_table_activated)
        self.search.table = self.table
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        set_role(self.count_label, "muted")
        self.status = StatusLine("serials_status")
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.search.setFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.count_label)
        self.reload()

    def reload(self) -> None:
        self.search.stop()
        store, actor = self.context.store, self.context.actor
        wanted = BlankFilter(state=self.state_combo.currentData(), text=self.search.text())
        try:
            self.model.load(
                lambda offset, limit: blanko.list_blanks(store, actor, wanted, offset, limit),
                lambda: blanko.count_blanks(store, actor, wanted))
        except ServiceError as exc:
            self.status.error(translated(exc.message))
        self.count_label.setText(self.tr("{count} nomor seri").format(
            count=thousands(self.model.total)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()

    @Slot()
    def _on_filter_changed(self) -> None:
        self.reload()

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        blank = self.model.blank_at(index.row())
        if blank.spoiled_card_id is not None:
            self.card_requested.emit(blank.spoiled_card_id)
        elif blank.job_id is not None:
            self.job_requested.emit(blank.job_id)
