"""Which printer (the system's default first) and which paper a document goes to; shared by
the akta receipt (A5 or A4) and the official A4 letters of the KTP-el pages."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.ui.page_parts import FormGrid, dialog_buttons

PAPER_NAMES = ("A5", "A4")


class PrintChoiceDialog(QDialog):
    """A printer from ``printers`` and one of ``papers`` (the first chosen at the start).

    ``papers`` with one paper shows it without a choice (an official letter is A4).
    """

    def __init__(self, parent: QWidget | None, printers: list[str], default: str | None,
                 title: str, intro: str, papers: Sequence[str] = PAPER_NAMES) -> None:
        super().__init__(parent)
        if not papers or any(p not in PAPER_NAMES for p in papers):
            raise ValueError(f"papers are among {PAPER_NAMES}, not {papers!r}")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        about = QLabel(intro)
        about.setObjectName("print_intro")
        about.setWordWrap(True)
        self.printer = QComboBox()
        self.printer.setObjectName("printer_choice")
        for name in printers:
            self.printer.addItem(name, name)
        if default in printers:
            self.printer.setCurrentIndex(printers.index(default))
        labels = {"A5": self.tr("A5 (setengah A4)"), "A4": self.tr("A4")}
        self.papers: dict[str, QRadioButton] = {}
        group = QButtonGroup(self)
        paper_row = QWidget()
        row = QHBoxLayout(paper_row)
        row.setContentsMargins(0, 0, 0, 0)
        for name in papers:
            button = QRadioButton(labels[name])
            button.setObjectName(f"paper_{name.lower()}")
            button.setEnabled(len(papers) > 1)
            group.addButton(button)
            row.addWidget(button)
            self.papers[name] = button
        row.addStretch(1)
        self.papers[papers[0]].setChecked(True)
        form = FormGrid()
        form.add_row(self.tr("&Printer"), self.printer)
        form.add_row(self.tr("Kertas"), paper_row, level_with=self.papers[papers[0]])
        box, self.ok_button = dialog_buttons(self, self.tr("&Cetak"), self.tr("&Batal"))
        self.ok_button.clicked.connect(self.accept)
        column = QVBoxLayout(self)
        column.addWidget(about)
        column.addLayout(form)
        if not printers:
            none = QLabel(self.tr("Belum ada printer yang terpasang di komputer ini."))
            none.setObjectName("no_printer")
            none.setWordWrap(True)
            column.addWidget(none)
            self.ok_button.setEnabled(False)
        column.addWidget(box)

    def choice(self) -> tuple[str, str]:
        paper = next(name for name, button in self.papers.items() if button.isChecked())
        return str(self.printer.currentData()), paper

    @classmethod
    def ask(cls, parent: QWidget | None, printers: list[str], default: str | None,
            title: str, intro: str,
            papers: Sequence[str] = PAPER_NAMES) -> tuple[str, str] | None:
        """(printer name, paper), or None when cancelled."""
        dialog = cls(parent, printers, default, title, intro, papers)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
