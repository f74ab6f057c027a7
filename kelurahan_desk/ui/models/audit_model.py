"""The audit trail as a table, fetched a page at a time as the user scrolls."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt

from kelurahan_desk.domain.audit import canonical_json
from kelurahan_desk.services.actor import Actor
from kelurahan_desk.services.audit_log import AuditEntry, count_audit_events, list_audit_events
from kelurahan_desk.store.database import Store
from kelurahan_desk.ui.models.rows_model import Index, RowsModel

PAGE = 200


class AuditModel(RowsModel):
    COLUMNS = ("seq", "time", "actor", "role", "action", "record", "changes")

    def __init__(self, store: Store, actor: Actor, zone: ZoneInfo) -> None:
        super().__init__()
        self._store = store
        self._actor = actor
        self._zone = zone
        self._rows: list[AuditEntry] = []
        self._total = 0
        self.reload()

    def reload(self) -> None:
        self._total = count_audit_events(self._store, self._actor)
        self._set_rows(list_audit_events(self._store, self._actor, None, PAGE))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._rows) and self._rows[-1].seq > 1

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._rows:
            return
        more = list_audit_events(self._store, self._actor, self._rows[-1].seq, PAGE)
        if more:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("No."),
            self.tr("Waktu"),
            self.tr("Pengguna"),
            self.tr("Peran"),
            self.tr("Tindakan"),
            self.tr("Objek"),
            self.tr("Perubahan"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        entry = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "seq":
            return entry.seq
        if column == "time":
            return f"{entry.occurred_at.astimezone(self._zone):%d-%m-%Y %H:%M:%S}"
        if column == "actor":
            return entry.actor
        if column == "role":
            return entry.role
        if column == "action":
            return entry.action
        if column == "record":
            return f"{entry.record_type} {entry.record_id[:8]}"
        return canonical_json(entry.changes)

    @property
    def total(self) -> int:
        return self._total
