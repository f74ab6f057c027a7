"""The register of invalid KTP-el cards (paged, NIKs masked), one card's custody timeline,
and the cards a hand-over or a destruction may take (ticked one by one or all at once)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor

from kelurahan_desk.domain.spoiled_cards import CUSTODY_LABELS, SOURCE_LABELS, CustodyState
from kelurahan_desk.services.spoiled_cards import CustodyStep, SpoiledCardRow
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.akta_requests_model import short_tracking_number
from kelurahan_desk.ui.models.paged_model import PagedModel
from kelurahan_desk.ui.models.rows_model import Index, RowsModel
from kelurahan_desk.ui.models.steps_model import StepsModel

_RED, _GREEN, _AMBER, _MUTED = "#b3261e", "#1e7a3c", "#8a5a00", "#5b6770"
CUSTODY_COLOURS = {
    CustodyState.LOGGED: _AMBER,  # not put away yet: the state to act on
    CustodyState.HANDED_OVER: _GREEN,
    CustodyState.DESTROYED: _MUTED,
}


def short_number(number: str | None) -> str:
    """``KR-2026-00012``: every number listed here carries this office's code."""
    return short_tracking_number(number) or (number or "")


class _CardText(QObject):
    """What a card's cells say, shared by the register and the candidates list."""

    def state_text(self, card: SpoiledCardRow) -> str:
        state = translated(CUSTODY_LABELS[card.state])
        if card.reserved:
            batch = card.ba_number or card.hand_over_number or ""
            return self.tr("{state} · dalam berkas {batch}").format(
                state=state, batch=short_number(batch))
        return state


class SpoiledCardsModel(PagedModel):
    """Invalid cards as ``list_spoiled_cards`` pages them (newest or oldest first)."""

    # Where a card is kept and why it is invalid are in the tooltips and the opened card:
    # nine columns do not fit a 1280 px window.
    COLUMNS = ("number", "logged", "source", "name", "nik", "serial", "state")

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._text_of = _CardText(self)

    def card_at(self, row: int) -> SpoiledCardRow:
        card: SpoiledCardRow = self.row_at(row)
        return card

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Nomor register"), self.tr("Dicatat"), self.tr("Asal kartu"),
                self.tr("Nama"), self.tr("NIK"), self.tr("No. seri"), self.tr("Status"))

    def header_tip(self, column: str) -> str | None:
        if column == "number":
            return self.tr("Nomor register kartu rusak, tanpa kode kantor di depannya")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        card = self.card_at(index.row())
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(card, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "number":
                return card.register_number
            if column == "source":
                return self.tr("{source}: {reason} ({condition})").format(
                    source=self._text(card, column), reason=card.reason,
                    condition=card.condition)
            if column == "state" and card.storage_place:
                return self.tr("{state}, di {place}").format(
                    state=self._text(card, column), place=card.storage_place)
            return self._text(card, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == "state":
            colour = CUSTODY_COLOURS.get(card.state)
            return QColor(colour) if colour else None
        return None

    def _text(self, card: SpoiledCardRow, column: str) -> str:
        if column == "number":
            return short_number(card.register_number)
        if column == "logged":
            return f"{card.logged_at.astimezone(self._zone):%d-%m-%Y}"
        if column == "source":
            return translated(SOURCE_LABELS[card.source])
        if column == "name":
            return card.holder_name or "—"
        if column == "nik":
            return card.nik or "—"
        if column == "serial":
            return card.serial or "—"
        return self._text_of.state_text(card)


class CustodyTimelineModel(StepsModel[CustodyStep]):
    """A card's custody steps, oldest first, each tied to the audit event that sealed it."""

    COLUMNS = ("state", "time", "by", "place", "audit")

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Status"), self.tr("Waktu"), self.tr("Oleh"), self.tr("Tempat"),
                self.tr("Peristiwa audit"))

    def step_text(self, step: CustodyStep, column: str) -> str:
        if column == "state":
            return translated(CUSTODY_LABELS[step.state])
        if column == "place":
            return step.place or ""
        return self.tr("No. {seq}").format(seq=step.audit_seq)

    def step_colour(self, step: CustodyStep, column: str) -> str | None:
        return CUSTODY_COLOURS.get(step.state) if column == "state" else None


class CandidateCardsModel(RowsModel):
    """Cards that may go on a new hand-over or destruction, each with a tick box.

    Signals: checked_changed(int) — how many are ticked now.
    """

    checked_changed = Signal(int)

    COLUMNS = ("number", "source", "name", "serial", "state", "logged")

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._rows: list[SpoiledCardRow] = []
        self._checked: set[uuid.UUID] = set()
        self._text_of = _CardText(self)

    def set_cards(self, cards: Sequence[SpoiledCardRow], checked: bool = False) -> None:
        self._checked = {c.id for c in cards} if checked else set()
        self._set_rows(cards)
        self.checked_changed.emit(len(self._checked))

    def card_at(self, row: int) -> SpoiledCardRow:
        return self._rows[row]

    def check_all(self, checked: bool) -> None:
        self._checked = {c.id for c in self._rows} if checked else set()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit(len(self._checked))

    def set_checked(self, row: int, checked: bool) -> None:
        self.setData(self.index(row, 0), Qt.CheckState.Checked.value if checked
                     else Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)

    def checked_ids(self) -> tuple[uuid.UUID, ...]:
        """The ticked cards in the list's order (oldest logged first)."""
        return tuple(c.id for c in self._rows if c.id in self._checked)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or (
                role != Qt.ItemDataRole.CheckStateRole):
            return False
        card = self._rows[index.row()]
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        if on:
            self._checked.add(card.id)
        else:
            self._checked.discard(card.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit(len(self._checked))
        return True

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Nomor register"), self.tr("Asal kartu"), self.tr("Nama"),
                self.tr("No. seri"), self.tr("Status"), self.tr("Dicatat"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        card = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column == "number":
            return (Qt.CheckState.Checked if card.id in self._checked
                    else Qt.CheckState.Unchecked)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == "number":
            return (card.register_number if role == Qt.ItemDataRole.ToolTipRole
                    else short_number(card.register_number))
        if column == "source":
            return translated(SOURCE_LABELS[card.source])
        if column == "name":
            return card.holder_name or "—"
        if column == "serial":
            return card.serial or "—"
        if column == "state":
            return self._text_of.state_text(card)
        return f"{card.logged_at.astimezone(self._zone):%d-%m-%Y}"

    def index_of(self, card_id: uuid.UUID) -> QModelIndex:
        row = next((n for n, c in enumerate(self._rows) if c.id == card_id), -1)
        return self.index(row, 0) if row >= 0 else QModelIndex()
