"""Blank KTP-el stock: the receipts, the reconciliation figures (per receipt and the
total), the serials that break it, and every serial (paged)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont

from kelurahan_desk.domain.blanko import SERIAL_STATE_LABELS, SerialState
from kelurahan_desk.services.blanko import (
    BlankRow,
    BrokenSerialRow,
    ReceiptRow,
    ReconciliationLine,
)
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.paged_model import PagedModel
from kelurahan_desk.ui.models.rows_model import Index, RowsModel
from kelurahan_desk.ui.models.spoiled_cards_model import short_number
from kelurahan_desk.ui.models.time_text import day_text, moment_text

RED, GREEN = "#b3261e", "#1e7a3c"
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def thousands(n: int) -> str:
    """``1.337``: Indonesian groups thousands with dots."""
    return f"{n:,}".replace(",", ".")


class ReceiptsModel(RowsModel):
    """Every delivery of blanks, newest first, with where its blanks are now."""

    COLUMNS = ("received_on", "document", "count", "serials", "in_stock", "by")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ReceiptRow] = []

    def set_receipts(self, rows: Sequence[ReceiptRow]) -> None:
        self._set_rows(rows)

    def receipt_at(self, row: int) -> ReceiptRow:
        return self._rows[row]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Tgl. terima"), self.tr("Nomor dokumen"), self.tr("Jumlah"),
                self.tr("Nomor seri"), self.tr("Di stok"), self.tr("Dicatat oleh"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        receipt = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("count", "in_stock"):
            return _RIGHT
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == "received_on":
            return day_text(receipt.received_on)
        if column == "document":
            return receipt.document_number
        if column == "count":
            return thousands(receipt.count)
        if column == "serials":
            return (f"{receipt.first_serial} – {receipt.last_serial}"
                    if receipt.first_serial != receipt.last_serial else receipt.first_serial)
        if column == "in_stock":
            return thousands(receipt.in_stock)
        return receipt.created_by_name


class ReconciliationModel(RowsModel):
    """received = printed + spoiled + in stock, a row per receipt (oldest first) and the
    total last; a receipt that does not add up is red."""

    COLUMNS = ("received_on", "document", "received", "printed", "spoiled", "in_stock",
               "result")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ReconciliationLine] = []

    def set_lines(self, lines: Sequence[ReconciliationLine], total: ReconciliationLine) -> None:
        self._set_rows([*lines, total])

    def line_at(self, row: int) -> ReconciliationLine:
        return self._rows[row]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Tgl. terima"), self.tr("Dokumen"), self.tr("Diterima"),
                self.tr("Dicetak"), self.tr("Rusak"), self.tr("Stok"), self.tr("Hasil"))

    def header_tip(self, column: str) -> str | None:
        if column == "result":
            return self.tr("Sesuai bila diterima = dicetak + rusak + stok")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        total = line.receipt_id is None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column, total)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "result" and line.problem is not None:
                return translated(line.problem)
            return self._text(line, column, total)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                "received", "printed", "spoiled", "in_stock"):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if not line.balanced:
                return QColor(RED)
            if column == "result":
                return QColor(GREEN)
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, line: ReconciliationLine, column: str, total: bool) -> str:
        if column == "received_on":
            return "" if total else day_text(line.received_on)
        if column == "document":
            return self.tr("Jumlah") if total else line.document_number
        if column == "result":
            if line.balanced:
                return self.tr("Sesuai")
            return self.tr("TIDAK SESUAI")
        return thousands(getattr(line, column))


class BrokenSerialsModel(RowsModel):
    """Serials whose one place the store contradicts, each with why; all in red."""

    COLUMNS = ("serial", "document", "problem")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BrokenSerialRow] = []

    def set_serials(self, rows: Sequence[BrokenSerialRow]) -> None:
        self._set_rows(rows)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Nomor seri"), self.tr("Dokumen penerimaan"), self.tr("Masalah"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(RED)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == "serial":
            return row.serial
        if column == "document":
            return row.document_number or self.tr("(tidak diketahui)")
        return translated(row.problem)


class BlanksModel(PagedModel):
    """Every blank serial, in serial order, and where it is now (paged)."""

    COLUMNS = ("serial", "state", "document", "where", "left")

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone

    def blank_at(self, row: int) -> BlankRow:
        blank: BlankRow = self.row_at(row)
        return blank

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Nomor seri"), self.tr("Tempat"), self.tr("Dokumen penerimaan"),
                self.tr("Pekerjaan cetak / kartu rusak"), self.tr("Keluar stok"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        blank = self.blank_at(index.row())
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and column == "state" and (
                blank.state == SerialState.SPOILED):
            return QColor(RED)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == "serial":
            return blank.serial
        if column == "state":
            return translated(SERIAL_STATE_LABELS[blank.state])
        if column == "document":
            return blank.document_number
        if column == "where":
            # A misprinted blank stays linked to its job; where it is now is the register.
            number = (blank.register_number if blank.state == SerialState.SPOILED
                      else None) or blank.job_number or blank.register_number
            if role == Qt.ItemDataRole.ToolTipRole:
                return number or ""
            return short_number(number) if number else "—"
        return moment_text(blank.left_stock_at, self._zone) if blank.left_stock_at else "—"
