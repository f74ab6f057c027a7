"""The documents checklist: each requirement of the Kota Probolinggo rules with its
alternatives as check boxes; a requirement none of whose documents is ticked is marked.

Which requirements apply follows the form (a proxy needs a surat kuasa, a foundling a
police report instead of the parents' papers): ``akta_documents.requirements`` decides,
this widget only shows it. Ticks survive a change of requirements, so unticking
"dikuasakan" and ticking it again does not lose the surat kuasa.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from kelurahan_desk.domain.akta import AktaForm
from kelurahan_desk.domain.akta_documents import Requirement, missing, requirements
from kelurahan_desk.ui.akta.fields import CheckLabel
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.style import set_role


class DocumentsChecklist(QWidget):
    """Signals: changed() — a document was ticked or unticked."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ticked: set[str] = set()
        self._shown: list[str] = []
        self.boxes: dict[str, QCheckBox] = {}
        self.marks: dict[str, QLabel] = {}
        self._requirements: list[Requirement] = []
        self.summary = QLabel()
        self.summary.setObjectName("documents_summary")
        self.summary.setWordWrap(True)
        self._rows = QWidget()
        self._grid = QGridLayout(self._rows)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(2, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._rows)
        column.addWidget(self.summary)

    # --- public ----------------------------------------------------------------------

    def documents(self) -> frozenset[str]:
        """The ticked documents that the present requirements know."""
        known = {d.id for r in self._requirements for d in r.documents}
        return frozenset(self._ticked & known)

    def set_documents(self, ids: frozenset[str]) -> None:
        self._ticked = set(ids)
        for doc_id, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(doc_id in self._ticked)
            box.blockSignals(False)

    def follow(self, form: AktaForm) -> None:
        """Show the requirements of ``form`` (rebuilt only when they change) and mark
        the ones still missing."""
        needed = requirements(form)
        ids = [r.id for r in needed]
        if ids != self._shown:
            self._rebuild(needed)
        lacking = {r.id for r in missing(form)}
        for requirement in needed:
            mark = self.marks[requirement.id]
            if requirement.id in lacking:
                mark.setText(self.tr("Belum ada"))
                set_role(mark, "error")
            else:
                mark.setText(self.tr("✓ Ada"))
                set_role(mark, "ok")
        if lacking:
            self.summary.setText(self.tr(
                "{count} dokumen wajib belum ada: permohonan dapat disimpan sebagai draf, "
                "tetapi belum dapat diajukan.").format(count=len(lacking)))
            set_role(self.summary, "warning")
        else:
            self.summary.setText(self.tr("Semua dokumen wajib sudah ada."))
            set_role(self.summary, "ok")

    def first_missing_box(self) -> QCheckBox | None:
        for requirement in self._requirements:
            if self.marks[requirement.id].property("role") == "error":
                return self.boxes[requirement.documents[0].id]
        return None

    def tick(self, doc_id: str, checked: bool = True) -> None:
        """Tick a document as the operator would (for tests and demos)."""
        self.boxes[doc_id].setChecked(checked)

    def show_checks(self, errors: list[str], warnings: list[str]) -> None:
        """The marks already say what is missing; nothing more to show per message."""

    # --- building --------------------------------------------------------------------

    def _rebuild(self, needed: list[Requirement]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.boxes.clear()
        self.marks.clear()
        row = 0
        for requirement in needed:
            mark = QLabel()
            mark.setObjectName(f"mark_{requirement.id}")
            self.marks[requirement.id] = mark
            self._grid.addWidget(mark, row, 0)
            if len(requirement.documents) > 1:
                # A requirement with alternatives: its name, then one box per alternative.
                title = QLabel(self.tr("{requirement} — salah satu:").format(
                    requirement=translated(requirement.label)))
                title.setWordWrap(True)
                title.setStyleSheet("font-weight: 600;")
                self._grid.addWidget(title, row, 1, 1, 2)
                row += 1
            for document in requirement.documents:
                text = translated(document.label)
                box = QCheckBox()
                box.setObjectName(f"doc_{document.id}")
                box.setAccessibleName(text)
                # A check box does not wrap its text; a label beside it does.
                label = CheckLabel(text, box)
                box.setChecked(document.id in self._ticked)
                box.toggled.connect(
                    lambda checked, doc=document.id: self._on_box_toggled(doc, checked))
                self.boxes[document.id] = box
                self._grid.addWidget(box, row, 1, Qt.AlignmentFlag.AlignTop)
                self._grid.addWidget(label, row, 2)
                row += 1
            self._grid.setRowMinimumHeight(row, 6)
            row += 1
        self._requirements = needed
        self._shown = [r.id for r in needed]
        self._grid.setColumnMinimumWidth(0, 80)

    @Slot(str, bool)
    def _on_box_toggled(self, doc_id: str, checked: bool) -> None:
        if checked:
            self._ticked.add(doc_id)
        else:
            self._ticked.discard(doc_id)
        self.changed.emit()


