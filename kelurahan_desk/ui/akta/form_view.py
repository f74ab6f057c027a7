"""The F-2.01 form itself, in cards: reporter, witnesses, parents and child (birth) or the
deceased (death), documents and a note. It turns into an ``AktaForm`` and back, and shows
the checks' messages under the fields the operator has already been to."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.domain.akta import AktaForm, RequestKind
from kelurahan_desk.domain.akta_checks import FormCheck, Severity
from kelurahan_desk.ui.akta.documents import DocumentsChecklist
from kelurahan_desk.ui.akta.fields import FieldNote, wrapping_check
from kelurahan_desk.ui.akta.sections import (
    Card,
    FieldGroup,
    FieldSlot,
    PersonFields,
    focus_field,
    muted,
)
from kelurahan_desk.ui.akta.side_panel import Problem
from kelurahan_desk.ui.akta.subjects import ChildFields, DeceasedFields
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.style import set_role

# The checks' message for an empty required field (akta_checks._required); those are
# gathered into one line per section in the problems list.
REQUIRED = "Wajib diisi."


class AktaFormView(QWidget):
    """Signals: changed() — anything in the form changed."""

    changed = Signal()

    def __init__(self, kind: RequestKind, today: Callable[[], date], zone: str,
                 parent: QWidget | None = None) -> None:
        """``zone``: the office's time zone as people say it (WIB), after times."""
        super().__init__(parent)
        self.kind = kind
        self.show_all = False  # after a submit attempt every note shows, visited or not
        self._last: FormCheck | None = None
        self.groups: list[FieldGroup] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(14)

        self.reporter = PersonFields("reporter", self.tr("Pelapor"), today,
                                     parent_of_child=False)
        self.by_proxy = self.reporter.checkbox("by_proxy")
        card = Card(self.tr("Pelapor"), "card_reporter")
        card.add(self.reporter)
        card.add(wrapping_check(self.by_proxy, self.tr(
            "Pelapor dikuasakan oleh keluarga (membawa surat kuasa bermeterai)")))
        column.addWidget(card)

        self.witness1 = PersonFields("witness1", self.tr("Saksi I"), today,
                                     parent_of_child=False)
        self.witness2 = PersonFields("witness2", self.tr("Saksi II"), today,
                                     parent_of_child=False)
        card = Card(self.tr("Saksi"), "card_witnesses")
        card.add(_subheading(self.tr("Saksi I")))
        card.add(self.witness1)
        card.add(_subheading(self.tr("Saksi II")))
        card.add(self.witness2)
        column.addWidget(card)
        self.groups += [self.reporter, self.witness1, self.witness2]

        self.parents_unknown: QCheckBox | None = None
        self.three_in_one: QCheckBox | None = None
        if kind == RequestKind.BIRTH:
            self.mother = PersonFields("mother", self.tr("Ibu"), today, parent_of_child=True)
            self.father = PersonFields("father", self.tr("Ayah"), today, parent_of_child=True)
            self.parents_unknown = self.mother.checkbox("parents_unknown")
            self.parents_unknown.toggled.connect(self._on_parents_unknown_toggled)
            card = Card(self.tr("Orang tua"), "card_parents")
            card.add(wrapping_check(self.parents_unknown, self.tr(
                "Orang tua tidak diketahui (anak temuan; perlu berita acara kepolisian)")))
            card.add(_subheading(self.tr("Ibu")))
            card.add(self.mother)
            card.add(_subheading(self.tr("Ayah")))
            card.add(muted(self.tr("Boleh dikosongkan bila anak dicatat hanya dengan ibunya; "
                                   "bila diisi, isi lengkap.")))
            card.add(self.father)
            column.addWidget(card)
            self.child = ChildFields(today, zone)
            card = Card(self.tr("Kelahiran"), "card_child")
            card.add(self.child)
            column.addWidget(card)
            self.groups += [self.mother, self.father, self.child]
        else:
            self.deceased = DeceasedFields(today, zone)
            self.three_in_one = self.deceased.checkbox("three_in_one")
            card = Card(self.tr("Kematian"), "card_deceased")
            card.add(self.deceased)
            card.add(wrapping_check(self.three_in_one, self.tr(
                "Layanan 3 in 1: sekaligus KK baru dan KTP-el pasangan yang ditinggalkan "
                "(status cerai mati)")))
            column.addWidget(card)
            self.groups.append(self.deceased)

        self.documents = DocumentsChecklist()
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Catatan untuk petugas Dispendukcapil (opsional)"))
        self.note.setFixedHeight(64)
        self.note.setTabChangesFocus(True)
        self.note_message = FieldNote()
        card = Card(self.tr("Dokumen yang diserahkan"), "card_documents")
        card.add(self.documents)
        card.add(_subheading(self.tr("Catatan")))
        card.add(self.note)
        card.add(self.note_message)
        column.addWidget(card)
        column.addStretch(1)

        self.slots: dict[str, FieldSlot] = {}
        for group in self.groups:
            self.slots |= group.slots
            group.changed.connect(self.changed)
            group.touched.connect(self._on_group_touched)
        self.slots["documents"] = FieldSlot(
            "documents", "", "", self.documents, self.documents, touched=True)
        self.slots["note"] = FieldSlot("note", "", self.tr("Catatan"), self.note,
                                       self.note_message, touched=True)
        self.documents.changed.connect(self.changed)
        self.note.textChanged.connect(self.changed)
        self.changed.connect(self._on_self_changed)
        self.documents.follow(self.form())

    # --- the form as values ------------------------------------------------------------

    def form(self) -> AktaForm:
        birth = self.kind == RequestKind.BIRTH
        return AktaForm(
            kind=self.kind,
            reporter=self.reporter.person(),
            witness1=self.witness1.person(),
            witness2=self.witness2.person(),
            father=self.father.person() if birth else AktaForm(self.kind).father,
            mother=self.mother.person() if birth else AktaForm(self.kind).mother,
            child=self.child.child() if birth else AktaForm(self.kind).child,
            deceased=AktaForm(self.kind).deceased if birth else self.deceased.deceased(),
            documents=self.documents.documents(),
            by_proxy=self.by_proxy.isChecked(),
            parents_unknown=bool(self.parents_unknown and self.parents_unknown.isChecked()),
            three_in_one=bool(self.three_in_one and self.three_in_one.isChecked()),
            note=self.note.toPlainText(),
        )

    def set_form(self, form: AktaForm) -> None:
        self.reporter.set_person(form.reporter)
        self.witness1.set_person(form.witness1)
        self.witness2.set_person(form.witness2)
        self.by_proxy.setChecked(form.by_proxy)
        if self.kind == RequestKind.BIRTH:
            assert self.parents_unknown is not None
            self.mother.set_person(form.mother)
            self.father.set_person(form.father)
            self.child.set_child(form.child)
            self.parents_unknown.setChecked(form.parents_unknown)
        else:
            assert self.three_in_one is not None
            self.deceased.set_deceased(form.deceased)
            self.three_in_one.setChecked(form.three_in_one)
        self.note.setPlainText(form.note)
        self.documents.follow(form)
        self.documents.set_documents(form.documents)
        self.documents.follow(self.form())

    def set_touched(self, touched: bool) -> None:
        for slot in self.slots.values():
            if slot.path not in ("documents", "note"):
                slot.touched = touched

    def set_editable(self, editable: bool) -> None:
        for widget in self.findChildren(QWidget):
            if isinstance(widget, FieldGroup | DocumentsChecklist):
                widget.setEnabled(editable)
        for box in (self.by_proxy, self.parents_unknown, self.three_in_one):
            if box is not None:
                box.setEnabled(editable)
        self.note.setReadOnly(not editable)
        if editable:
            self._on_parents_unknown_toggled(bool(
                self.parents_unknown and self.parents_unknown.isChecked()))

    # --- the checks' messages ----------------------------------------------------------

    def show_check(self, check: FormCheck) -> list[Problem]:
        """Put each message under its field (once visited, or after a submit attempt)
        and return every problem for the side panel, in the form's order."""
        self._last = check
        found: dict[str, tuple[list[str], list[str]]] = {}
        for issue in check.issues:
            errors, warnings = found.setdefault(issue.field, ([], []))
            (errors if issue.severity == Severity.ERROR else warnings).append(
                translated(issue.message))
        for path, slot in self.slots.items():
            errors, warnings = found.get(path, ([], []))
            if slot.touched or self.show_all:
                slot.note.show_checks(errors, warnings)
            else:
                slot.note.show_checks([], [])
        order = {path: number for number, path in enumerate(self.slots)}
        problems: list[Problem] = []
        # "Wajib diisi" for many fields of one section reads better as one line.
        empty: dict[str, list[FieldSlot]] = {}
        lacking: list[str] = []  # documents not handed in yet: one line, a to-do too
        for issue in check.issues:
            found_slot = self.slots.get(issue.field)
            if issue.field == "deadline":
                continue
            document = getattr(issue.message, "params", {}).get("document")
            if issue.field == "documents" and document is not None:
                lacking.append(translated(document))
                continue
            if found_slot is not None and found_slot.section and getattr(
                    issue.message, "template", None) == REQUIRED:
                empty.setdefault(found_slot.section, []).append(found_slot)
                continue
            problems.append(Problem(issue.field, issue.severity,
                                    found_slot.caption if found_slot else "",
                                    translated(issue.message)))
        for section, slots in empty.items():
            slots.sort(key=lambda slot: order[slot.path])
            problems.append(Problem(slots[0].path, Severity.ERROR, section, self.tr(
                "belum diisi: {fields}").format(fields=", ".join(s.label for s in slots)),
                empty=True))
        if lacking:
            problems.append(Problem("documents", Severity.ERROR, self.tr("Dokumen"), self.tr(
                "belum ada: {documents}").format(documents="; ".join(lacking)), empty=True))
        problems.sort(key=lambda p: order.get(p.path, len(order)))
        self.documents.follow(self.form())
        return problems

    def first_of(self, paths: Iterable[str]) -> str | None:
        """The path among ``paths`` that comes first on the form."""
        wanted = set(paths)
        return next((path for path in self.slots if path in wanted), None)

    def focus_path(self, path: str) -> QWidget | None:
        """Focus the field of ``path`` and show its messages; returns the widget."""
        slot = self.slots.get(path)
        if slot is None:
            return None
        slot.touched = True
        if self._last is not None:
            self.show_check(self._last)
        widget: QWidget = slot.widget
        if path == "documents":
            widget = self.documents.first_missing_box() or self.documents
        focus_field(widget)
        return widget

    def first_field(self) -> QWidget:
        return self.reporter.name

    # --- reacting ----------------------------------------------------------------------

    @Slot(str)
    def _on_group_touched(self, path: str) -> None:
        if self._last is not None:
            slot = self.slots[path]
            errors = [translated(i.message) for i in self._last.for_field(path)
                      if i.severity == Severity.ERROR]
            warnings = [translated(i.message) for i in self._last.for_field(path)
                        if i.severity == Severity.WARNING]
            slot.note.show_checks(errors, warnings)

    @Slot(bool)
    def _on_parents_unknown_toggled(self, unknown: bool) -> None:
        if self.kind == RequestKind.BIRTH:
            self.mother.set_enabled_fields(not unknown)
            self.father.set_enabled_fields(not unknown)

    @Slot()
    def _on_self_changed(self) -> None:
        # Requirements follow the form at once (the checks come a moment later).
        self.documents.follow(self.form())


def _subheading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; color: #2f7d87;")
    set_role(label, "section")
    return label
