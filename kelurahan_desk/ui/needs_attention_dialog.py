"""The "Perlu perhatian" list: records the centre kept but rejected, each with its reason.

Opened from the status bar. A supervisor or admin sends one again (after the cause was
settled with the Dispendukcapil) or closes it with a note; others only read why.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QObject, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.services.errors import PermissionDenied, ServiceError
from kelurahan_desk.services.sync_status import (
    AttentionItem,
    dismiss_attention,
    list_needs_attention,
    retry_attention,
)
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.rows_model import Index, RowsModel
from kelurahan_desk.ui.page_parts import (
    StatusLine,
    button_row,
    dialog_buttons,
    select_row,
    table_view,
)
from kelurahan_desk.ui.style import set_role


class AttentionModel(RowsModel):
    """Rows are ``AttentionItem`` values, oldest first."""

    COLUMNS = ("seq", "created", "action", "record", "reason")
    SEQ, CREATED, ACTION, RECORD, REASON = range(5)

    def __init__(self, zone: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._rows: list[AttentionItem] = []

    def set_items(self, items: Sequence[AttentionItem]) -> None:
        self._set_rows(items)

    def item_at(self, row: int) -> AttentionItem:
        return self._rows[row]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("No."), self.tr("Dicatat"), self.tr("Tindakan"), self.tr("Catatan"),
                self.tr("Alasan dari pusat"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.SEQ:
                return str(item.seq)
            if column == self.CREATED:
                return f"{item.created_at.astimezone(self._zone):%d-%m-%Y %H:%M}"
            if column == self.ACTION:
                return item.action
            if column == self.RECORD:
                return f"{item.record_type} {item.record_id}"
            if column == self.REASON:
                return item.reason
        return None


class DismissNoteDialog(QDialog):
    """Asks why a rejected record is closed without sending it again."""

    def __init__(self, parent: QWidget | None, seq: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tutup catatan {seq}").format(seq=seq))
        self.setMinimumWidth(420)
        explain = QLabel(self.tr("Catatan ini tidak akan dikirim lagi. Tuliskan bagaimana "
                                 "masalahnya diselesaikan dengan pusat."))
        explain.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setMaxLength(200)
        box, self.ok_button = dialog_buttons(self, self.tr("&Tutup catatan"), self.tr("&Batal"))
        self.ok_button.clicked.connect(self.accept)
        column = QVBoxLayout(self)
        column.addWidget(explain)
        column.addWidget(self.note)
        column.addWidget(box)

    @classmethod
    def ask(cls, parent: QWidget | None, seq: int) -> str | None:
        dialog = cls(parent, seq)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        note = dialog.note.text().strip()
        return note if accepted and note else None


class NeedsAttentionDialog(QDialog):
    """The list, and for supervisors and admins: send again, or close with a note."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setWindowTitle(self.tr("Perlu perhatian"))
        self.resize(900, 420)
        explain = QLabel(self.tr(
            "Catatan berikut sudah diterima pusat tetapi tidak dapat diterapkan di sana. "
            "Catatan lain tetap terkirim. Selesaikan penyebabnya bersama Dispendukcapil, lalu "
            "kirim ulang, atau tutup catatan bila sudah beres dengan cara lain."))
        explain.setWordWrap(True)
        set_role(explain, "muted")
        self.model = AttentionModel(context.zone, self)
        self.view = table_view(self.model, "attention", (60, 140, 160, 260))
        self.retry_button = QPushButton(self.tr("&Kirim ulang"))
        self.retry_button.setObjectName("retry_attention")
        self.dismiss_button = QPushButton(self.tr("T&utup catatan…"))
        self.dismiss_button.setObjectName("dismiss_attention")
        self.status = StatusLine("attention_status")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutu&p"))
        close.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(explain)
        column.addWidget(self.view, 1)
        column.addLayout(button_row(self.retry_button, self.dismiss_button))
        column.addWidget(self.status)
        column.addWidget(close)
        self.retry_button.clicked.connect(self._on_retry_button_clicked)
        self.dismiss_button.clicked.connect(self._on_dismiss_button_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.model.modelReset.connect(self._on_view_selection_changed)
        self.may_act = True
        self.reload()

    @classmethod
    def open_for(cls, context: DeskContext, parent: QWidget | None = None) -> None:
        dialog = cls(context, parent)
        dialog.exec()
        dialog.deleteLater()

    def reload(self) -> None:
        try:
            items = list_needs_attention(self._context.store, self._context.actor)
        except PermissionDenied:
            self.may_act = False
            items = []
            self.status.error(self.tr(
                "Hanya supervisor atau admin yang dapat melihat dan menindaklanjuti catatan "
                "ini. Hubungi supervisor."))
        self.model.set_items(items)
        select_row(self.view, 0 if items else -1)
        self._on_view_selection_changed()

    def selected(self) -> AttentionItem | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    @Slot()
    def _on_view_selection_changed(self, *_args: QModelIndex) -> None:
        chosen = self.may_act and self.selected() is not None
        self.retry_button.setEnabled(chosen)
        self.dismiss_button.setEnabled(chosen)

    @Slot()
    def _on_retry_button_clicked(self) -> None:
        item = self.selected()
        if item is None:
            return
        try:
            new_seq = retry_attention(self._context.store, self._context.actor, item.seq)
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            return
        self.reload()
        self.status.ok(self.tr("Catatan {seq} dikirim ulang sebagai catatan {new}.").format(
            seq=item.seq, new=new_seq))
        from kelurahan_desk.ui.sync_driver import sync_soon

        sync_soon()

    @Slot()
    def _on_dismiss_button_clicked(self) -> None:
        item = self.selected()
        if item is None:
            return
        note = DismissNoteDialog.ask(self, item.seq)
        if note is None:
            return
        try:
            dismiss_attention(self._context.store, self._context.actor, item.seq, note)
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            return
        self.reload()
        self.status.ok(self.tr("Catatan {seq} ditutup.").format(seq=item.seq))
