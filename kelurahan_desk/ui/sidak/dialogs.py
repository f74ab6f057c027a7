"""The console's questions: who comes along (starting a sidak), and the findings to end it
with (per counter and overall) before the report is made."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.services.inspection import MAX_OVERALL, MAX_TEAM, Findings
from kelurahan_desk.ui.page_parts import FormGrid, dialog_buttons
from kelurahan_desk.ui.style import set_role


class StartDialog(QDialog):
    """Starting a sidak: companions without an account, named for the report."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mulai sidak"))
        self.setMinimumWidth(520)
        note = QLabel(self.tr(
            "Selama sidak, setiap jendela di kantor menampilkan \u201cSidak sedang "
            "berlangsung\u201d dan jendela loket mengirim gambar layarnya ke konsol ini. "
            "Setiap loket yang diperbesar dan setiap catatan yang dibuka tercatat."))
        note.setWordWrap(True)
        set_role(note, "muted")
        self.team = QLineEdit()
        self.team.setObjectName("team")
        self.team.setMaxLength(MAX_TEAM)
        self.team.setPlaceholderText(self.tr("mis. Inspektorat: Drs. Ahmad Fauzi"))
        form = FormGrid()
        form.add_row(self.tr("&Pendamping"), self.team)
        buttons, ok = dialog_buttons(self, self.tr("Mulai"), self.tr("Batal"))
        ok.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        """The companions' names ("" for none), or ``None`` when cancelled."""
        dialog = cls(parent)
        return dialog.team.text().strip() if dialog.exec() == QDialog.DialogCode.Accepted \
            else None


class FinishDialog(QDialog):
    """The findings, per counter and overall, checked once more before the report."""

    def __init__(self, parent: QWidget | None, counters: Sequence[tuple[uuid.UUID, str]],
                 findings: Mapping[uuid.UUID, str], overall: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Selesai & buat laporan"))
        self.resize(640, 560)
        note = QLabel(self.tr(
            "Setelah sidak diakhiri, gambar layar loket dihapus; gambar terakhir disimpan "
            "di Laporan Sidak bersama angka saat ini dan temuan di bawah."))
        note.setWordWrap(True)
        set_role(note, "muted")
        self.editors: dict[uuid.UUID, QPlainTextEdit] = {}
        body = QWidget()
        column = QVBoxLayout(body)
        for counter_id, name in counters:
            editor = self._editor(findings.get(counter_id, ""), f"findings_{name}")
            column.addWidget(QLabel(self.tr("Temuan {counter}").format(counter=name)))
            column.addWidget(editor)
            self.editors[counter_id] = editor
        self.overall = self._editor(overall, "overall_findings")
        column.addWidget(QLabel(self.tr("Temuan umum")))
        column.addWidget(self.overall)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setWidget(body)
        buttons, ok = dialog_buttons(self, self.tr("Akhiri sidak && buat laporan"),
                                     self.tr("Kembali"))
        ok.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(scroller, 1)
        layout.addWidget(buttons)

    @staticmethod
    def _editor(text: str, name: str) -> QPlainTextEdit:
        editor = QPlainTextEdit(text)
        editor.setObjectName(name)
        editor.setMinimumHeight(70)
        return editor

    def findings(self) -> Findings:
        return Findings({c: e.toPlainText() for c, e in self.editors.items()},
                        self.overall.toPlainText()[:MAX_OVERALL])

    @classmethod
    def ask(cls, parent: QWidget | None, counters: Sequence[tuple[uuid.UUID, str]],
            findings: Mapping[uuid.UUID, str], overall: str) -> Findings | None:
        dialog = cls(parent, counters, findings, overall)
        return dialog.findings() if dialog.exec() == QDialog.DialogCode.Accepted else None
