"""Accounts as a table: user name, full name, role, and whether they may sign in now."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from kelurahan_desk.domain.roles import ROLE_LABELS
from kelurahan_desk.services.accounts import AccountInfo
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.rows_model import Index, RowsModel

_INACTIVE = QColor("#7a858c")
_LOCKED = QColor("#8a5a00")


class AccountsModel(RowsModel):
    """Rows are ``AccountInfo`` values.

    A lock is shown with the office's clock time it ends at; ``now`` is the store's clock,
    so a lock that has run out reads "Aktif" again on the next reload.
    """

    COLUMNS = ("username", "full_name", "role", "status")
    USERNAME, FULL_NAME, ROLE, STATUS = range(4)

    def __init__(
        self, zone: ZoneInfo, now: Callable[[], datetime], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._zone = zone
        self._now = now
        self._rows: list[AccountInfo] = []
        self._checked_at = now()

    def set_zone(self, zone: ZoneInfo) -> None:
        """Show times in another zone (the office's time zone was changed)."""
        self.beginResetModel()
        self._zone = zone
        self.endResetModel()

    def set_accounts(self, accounts: Sequence[AccountInfo]) -> None:
        self._checked_at = self._now()
        self._set_rows(accounts)

    def account_at(self, row: int) -> AccountInfo:
        return self._rows[row]

    def row_of(self, account_id: object) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == account_id), -1)

    def status_text(self, account: AccountInfo) -> str:
        if not account.active:
            return self.tr("Nonaktif")
        if account.locked_until is not None and account.locked_until > self._checked_at:
            until = account.locked_until.astimezone(self._zone)
            return self.tr("Terkunci sampai {time}").format(time=f"{until:%H:%M}")
        return self.tr("Aktif")

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Nama pengguna"), self.tr("Nama lengkap"), self.tr("Peran"), self.tr("Status")
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        account = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.USERNAME:
                return account.username
            if column == self.FULL_NAME:
                return account.full_name
            if column == self.ROLE:
                return translated(ROLE_LABELS[account.role])
            return self.status_text(account)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not account.active:
                return _INACTIVE
            if column == self.STATUS and self.status_text(account) != self.tr("Aktif"):
                return _LOCKED
        return None
