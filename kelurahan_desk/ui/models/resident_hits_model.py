"""Lookup hits as a table: name, masked NIK, birth date, address, and a synthetic-data mark."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from kelurahan_desk.services.residents import ResidentHit
from kelurahan_desk.ui.models.rows_model import Index, RowsModel

_MUTED = QColor("#5b6770")
_SYNTHETIC = QColor("#8a5a00")


class ResidentHitsModel(RowsModel):
    """Rows are ``ResidentHit`` values; the NIK is only ever the masked one (UU PDP)."""

    COLUMNS = ("name", "nik", "birth_date", "address", "note")
    NAME, NIK, BIRTH_DATE, ADDRESS, NOTE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ResidentHit] = []

    def set_hits(self, hits: Sequence[ResidentHit]) -> None:
        self._set_rows(hits)

    def clear(self) -> None:
        self.set_hits(())

    def hit_at(self, row: int) -> ResidentHit:
        return self._rows[row]

    def address_text(self, hit: ResidentHit) -> str:
        return self.tr("{address} RT {rt}/RW {rw}, {kelurahan}").format(
            address=hit.address, rt=hit.rt, rw=hit.rw, kelurahan=hit.kelurahan_name)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Nama"), self.tr("NIK"), self.tr("Tanggal lahir"), self.tr("Alamat"),
            self.tr("Data"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return hit.full_name
            if column == self.NIK:
                return hit.nik_masked
            if column == self.BIRTH_DATE:
                return hit.birth_date.strftime("%d/%m/%Y")
            if column == self.ADDRESS:
                return self.address_text(hit)
            return self.tr("sintetis") if hit.synthetic else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOTE and hit.synthetic:
            return self.tr("Data sintetis untuk demo: bukan penduduk sebenarnya.")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NIK:
            return self.tr("NIK disamarkan; pilih orangnya untuk membuka data lengkap "
                           "(tercatat di jejak audit).")
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.NOTE:
                return _SYNTHETIC
            if column in (self.NIK, self.BIRTH_DATE):
                return _MUTED
        return None
