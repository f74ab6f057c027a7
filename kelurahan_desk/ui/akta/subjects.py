"""The subject of the request: the child (akta kelahiran) or the deceased (akta kematian)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from kelurahan_desk.domain.akta import (
    BIRTH_ATTENDANT_LABELS,
    BIRTH_PLACE_TYPE_LABELS,
    BIRTH_TYPE_LABELS,
    DEATH_CAUSE_LABELS,
    DEATH_CERTIFIER_LABELS,
    BirthAttendant,
    BirthPlaceType,
    BirthType,
    Child,
    DeathCause,
    DeathCertifier,
    Deceased,
)
from kelurahan_desk.domain.akta_checks import MAX_BIRTH_ORDER
from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP
from kelurahan_desk.domain.nik import NikInfo
from kelurahan_desk.domain.people import Sex
from kelurahan_desk.ui.akta.fields import (
    CodedCombo,
    DecimalEdit,
    OptionalDateEdit,
    OptionalTimeEdit,
    OrderSpin,
)
from kelurahan_desk.ui.akta.number_fields import NikField
from kelurahan_desk.ui.akta.sections import FieldGroup, line_edit

SEX_LABELS = {
    Sex.MALE: QT_TRANSLATE_NOOP("AktaForm", "Laki-laki"),
    Sex.FEMALE: QT_TRANSLATE_NOOP("AktaForm", "Perempuan"),
}


class ChildFields(FieldGroup):
    """The child: name, sex, place of birth (type and name), day and time, birth type,
    birth order, attendant, weight and length, as F-2.01 asks them."""

    def __init__(self, today: Callable[[], date], zone: str,
                 parent: QWidget | None = None) -> None:
        super().__init__("child", self.tr("Anak"), parent)
        choose = self.tr("— pilih —")
        self.name = line_edit("child_name")
        self.sex: CodedCombo[Sex] = CodedCombo(SEX_LABELS, choose)
        self.sex.setMaximumWidth(180)
        self.place_type: CodedCombo[BirthPlaceType] = CodedCombo(
            BIRTH_PLACE_TYPE_LABELS, choose, numbered=True)
        self.place_type.setMaximumWidth(220)
        self.place = line_edit("child_birth_place", placeholder=self.tr(
            "mis. RSUD dr. Mohamad Saleh, Kota Probolinggo"))
        self.birth_date = OptionalDateEdit(today())
        self.birth_time = OptionalTimeEdit()
        self.birth_type: CodedCombo[BirthType] = CodedCombo(
            BIRTH_TYPE_LABELS, choose, numbered=True)
        self.birth_type.set_value(BirthType.SINGLE)
        self.birth_type.setMaximumWidth(220)
        self.birth_order = OrderSpin(MAX_BIRTH_ORDER)
        self.attendant: CodedCombo[BirthAttendant] = CodedCombo(
            BIRTH_ATTENDANT_LABELS, choose, numbered=True)
        self.attendant.setMaximumWidth(220)
        self.weight = DecimalEdit(self.tr("mis. 3,2"))
        self.length = DecimalEdit(self.tr("mis. 49"))

        self.add("name", self.tr("Nama anak"), self.name)
        self.add("sex", self.tr("Jenis kelamin"), self.sex)
        self.add("birth_place_type", self.tr("Tempat dilahirkan"), self.place_type)
        self.add("birth_place", self.tr("Tempat kelahiran"), self.place)
        self.add_row(self.tr("Tanggal dan pukul"), [
            ("birth_date", self.birth_date, "", self.tr("Tanggal lahir")),
            ("birth_time", self.birth_time, zone, self.tr("Pukul")),
        ])
        self.add("birth_type", self.tr("Jenis kelahiran"), self.birth_type)
        self.add("birth_order", self.tr("Kelahiran ke-"), self.birth_order)
        self.add("attendant", self.tr("Penolong kelahiran"), self.attendant)
        self.add_row(self.tr("Berat dan panjang"), [
            ("weight_kg", self.weight, self.tr("kg"), self.tr("Berat bayi")),
            ("length_cm", self.length, self.tr("cm"), self.tr("Panjang bayi")),
        ])

    def child(self) -> Child:
        return Child(
            name=self.name.text(),
            sex=self.sex.value(),
            birth_place_type=self.place_type.value(),
            birth_place=self.place.text(),
            birth_date=self.birth_date.value(),
            birth_time=self.birth_time.value(),
            birth_type=self.birth_type.value() or BirthType.SINGLE,
            birth_order=self.birth_order.number(),
            attendant=self.attendant.value(),
            weight_kg=self.weight.value(),
            length_cm=self.length.value(),
        )

    def set_child(self, child: Child) -> None:
        self.name.setText(child.name)
        self.sex.set_value(child.sex)
        self.place_type.set_value(child.birth_place_type)
        self.place.setText(child.birth_place)
        self.birth_date.set_value(child.birth_date)
        self.birth_time.set_value(child.birth_time)
        self.birth_type.set_value(child.birth_type)
        self.birth_order.set_number(child.birth_order)
        self.attendant.set_value(child.attendant)
        self.weight.set_value(child.weight_kg)
        self.length.set_value(child.length_cm)


class DeceasedFields(FieldGroup):
    """The deceased: NIK first (it fills sex and birth date), name, day and time of
    death, cause, place and who certifies it."""

    def __init__(self, today: Callable[[], date], zone: str,
                 parent: QWidget | None = None) -> None:
        super().__init__("deceased", self.tr("Almarhum/almarhumah"), parent)
        choose = self.tr("— pilih —")
        self.nik = NikField(today)
        self.nik.edit.setObjectName("deceased_nik")
        self.name = line_edit("deceased_name")
        self.sex: CodedCombo[Sex] = CodedCombo(SEX_LABELS, choose)
        self.sex.setMaximumWidth(180)
        self.birth_date = OptionalDateEdit(today())
        self.death_date = OptionalDateEdit(today())
        self.death_time = OptionalTimeEdit()
        self.cause: CodedCombo[DeathCause] = CodedCombo(
            DEATH_CAUSE_LABELS, choose, numbered=True)
        self.cause.setMaximumWidth(240)
        self.place = line_edit("deceased_place", placeholder=self.tr(
            "mis. rumah duka, Jl. Mawar 12, Kademangan"))
        self.certifier: CodedCombo[DeathCertifier] = CodedCombo(
            DEATH_CERTIFIER_LABELS, choose, numbered=True)
        self.certifier.setMaximumWidth(240)

        self.add("nik", self.tr("NIK"), self.nik)
        self.add("name", self.tr("Nama lengkap"), self.name)
        self.add("sex", self.tr("Jenis kelamin"), self.sex)
        self.add("birth_date", self.tr("Tanggal lahir"), self.birth_date)
        self.add_row(self.tr("Meninggal pada"), [
            ("death_date", self.death_date, "", self.tr("Tanggal kematian")),
            ("death_time", self.death_time, zone, self.tr("Pukul")),
        ])
        self.add("cause", self.tr("Sebab kematian"), self.cause)
        self.add("place", self.tr("Tempat kematian"), self.place)
        self.add("certifier", self.tr("Yang menerangkan"), self.certifier)
        # What the NIK says fills sex and birth date, unless the operator set them.
        self._filled: tuple[Sex | None, date | None] = (None, None)
        self.nik.decoded.connect(self._on_nik_decoded)

    @Slot(object)
    def _on_nik_decoded(self, info: object) -> None:
        if not isinstance(info, NikInfo):
            return
        sex, born = self._filled
        if self.sex.value() in (None, sex):
            self.sex.set_value(info.sex)
        if self.birth_date.value() in (None, born):
            self.birth_date.set_value(info.birth_date)
        self._filled = (info.sex, info.birth_date)

    def fill(self, *, name: str, nik: str, sex: Sex, birth_date: date) -> None:
        """Take the deceased from the resident list; the fields count as visited."""
        self.nik.set_text(nik)
        self.name.setText(name)
        self.sex.set_value(sex)
        self.birth_date.set_value(birth_date)
        self._filled = (sex, birth_date)
        self.mark_filled()

    def deceased(self) -> Deceased:
        return Deceased(
            nik=self.nik.text(),
            name=self.name.text(),
            sex=self.sex.value(),
            birth_date=self.birth_date.value(),
            death_date=self.death_date.value(),
            death_time=self.death_time.value(),
            cause=self.cause.value(),
            place=self.place.text(),
            certifier=self.certifier.value(),
        )

    def set_deceased(self, dead: Deceased) -> None:
        self._filled = (None, None)
        self.nik.set_text(dead.nik)
        self.name.setText(dead.name)
        self.sex.set_value(dead.sex)
        self.birth_date.set_value(dead.birth_date)
        self.death_date.set_value(dead.death_date)
        self.death_time.set_value(dead.death_time)
        self.cause.set_value(dead.cause)
        self.place.setText(dead.place)
        self.certifier.set_value(dead.certifier)
        self._filled = (dead.sex, dead.birth_date)
