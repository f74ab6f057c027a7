"""Laporan: the office's audit trail, and a check of the store and its chain."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.services import maintenance
from kelurahan_desk.store.integrity import Verdict
from kelurahan_desk.ui.background import run_in_background
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.audit_model import AuditModel
from kelurahan_desk.ui.style import set_role


class AuditPage(QWidget):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        title = QLabel(self.tr("Jejak audit"))
        set_role(title, "title")
        subtitle = QLabel(self.tr("Setiap perubahan tercatat: siapa, kapan, apa."))
        set_role(subtitle, "muted")

        self.model = AuditModel(context.store, context.actor, context.zone)
        self.table = QTableView()
        self.table.setObjectName("audit_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.count_label = QLabel()
        set_role(self.count_label, "muted")
        self.refresh_button = QPushButton(self.tr("&Muat ulang"))
        self.refresh_button.clicked.connect(self.reload)
        self.verify_button = QPushButton(self.tr("&Periksa keutuhan data"))
        self.verify_button.setObjectName("verify_button")
        self.verify_button.clicked.connect(self._on_verify_clicked)
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("verdict")
        self.verdict_label.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addLayout(buttons)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.table, 1)
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("{count} peristiwa tercatat").format(
            count=self.model.total))

    @Slot()
    def reload(self) -> None:
        self.model.reload()
        self._show_count()

    @Slot()
    def _on_verify_clicked(self) -> None:
        self.verify_button.setEnabled(False)
        self.verdict_label.setText(self.tr("Memeriksa…"))
        data_dir = self._context.store.data_dir
        run_in_background(
            lambda: maintenance.verify(data_dir), self._on_verified, self._on_verify_failed
        )

    def _on_verified(self, verdict: Verdict) -> None:
        self.verify_button.setEnabled(True)
        if verdict.ok:
            self.verdict_label.setText(self.tr(
                "Data utuh: {count} peristiwa audit tersambung tanpa celah.").format(
                count=verdict.events))
            set_role(self.verdict_label, "ok")
        else:
            self.verdict_label.setText("\n".join(translated(p) for p in verdict.problems))
            set_role(self.verdict_label, "error")

    def _on_verify_failed(self, exc: Exception) -> None:
        self.verify_button.setEnabled(True)
        self.verdict_label.setText(str(exc))
        set_role(self.verdict_label, "error")
