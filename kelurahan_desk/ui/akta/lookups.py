"""The resident list behind the form's people: typing a few letters of a name, or digits of
a NIK or of a No. KK, drops down matching residents; the one chosen fills that person's
fields.

Children are not looked up (a newborn is not in the list yet); the reporter, witnesses,
parents and the deceased are. Choosing opens the resident's record, which the lookup
audits with the form's purpose (UU PDP Pasal 31).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from kelurahan_desk.domain.akta import Citizenship
from kelurahan_desk.services.residents import ResidentRecord
from kelurahan_desk.ui.akta.sections import FieldGroup, PersonFields
from kelurahan_desk.ui.akta.subjects import DeceasedFields
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.resident_lookup import ResidentLookup


class PersonLookup(QObject):
    """The lookups on one person's name and NIK fields, and the filling they lead to.

    Signals: filled(str) — a resident was taken into this part of the form (its prefix);
    failed(str) — a lookup failed or was refused; the text says why.
    """

    filled = Signal(str)
    failed = Signal(str)

    def __init__(self, group: PersonFields | DeceasedFields, context: DeskContext,
                 purpose: str) -> None:
        super().__init__(group)
        self.group = group
        self.by_edit = {edit: ResidentLookup(edit, context, purpose=purpose)
                        for edit in (group.name, group.nik.edit)}
        kk = group.kk if isinstance(group, PersonFields) else None
        if kk is not None:  # digits there are the start of a No. KK: the family drops down
            self.by_edit[kk.edit] = ResidentLookup(kk.edit, context, purpose=purpose,
                                                   number="kk")
        self.lookups = list(self.by_edit.values())
        for lookup in self.lookups:
            lookup.resident_chosen.connect(self._on_lookup_resident_chosen)
            lookup.lookup_failed.connect(self.failed)

    @Slot(object)
    def _on_lookup_resident_chosen(self, record: ResidentRecord) -> None:
        group = self.group
        if isinstance(group, PersonFields):
            group.fill(name=record.full_name, nik=record.nik, kk=record.kk,
                       birth_place=record.birth_place, birth_date=record.birth_date)
            group.citizenship.set_value(Citizenship.WNI)
        else:
            group.fill(name=record.full_name, nik=record.nik, sex=record.sex,
                       birth_date=record.birth_date)
        self.filled.emit(group.prefix)


def attach_lookups(groups: list[FieldGroup], context: DeskContext,
                   purpose: str) -> list[PersonLookup]:
    """A lookup for every person on the form (not the child)."""
    return [PersonLookup(group, context, purpose) for group in groups
            if isinstance(group, PersonFields | DeceasedFields)]
