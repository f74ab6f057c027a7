"""Checks of an F-2.01 request before submission: errors block it, warnings only inform.

Every message names the field it belongs to (``"mother.nik"``, ``"child.weight_kg"``,
``"documents"``), so the form shows it next to that field. NIK warnings stay warnings
(DOMAIN.md: a NIK is never corrected), and so do the mismatches real data contains
(a mother's NIK that decodes as male, a young reporter).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum

from kelurahan_desk.domain.akta import AktaForm, Person, RequestKind
from kelurahan_desk.domain.akta_deadlines import DeadlineRule, days_late, last_day_on_time
from kelurahan_desk.domain.akta_documents import missing
from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from kelurahan_desk.domain.nik import (
    InvalidKk,
    InvalidNik,
    NikInfo,
    format_date,
    parse_kk,
    parse_nik,
)
from kelurahan_desk.domain.people import Sex

ADULT_AGE = 17  # KTP-el age; a married younger person is adult too, hence only a warning
MAX_TEXT = 120
# Newborns: outside the hard range is a typing error; outside the usual one is worth a look.
WEIGHT_KG_LIMITS, WEIGHT_KG_USUAL = (0.3, 7.0), (1.5, 5.0)
LENGTH_CM_LIMITS, LENGTH_CM_USUAL = (20.0, 70.0), (40.0, 60.0)
MAX_BIRTH_ORDER = 30


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    field: str
    severity: Severity
    message: Message


@dataclass(frozen=True)
class Deadline:
    last_day: date
    days_late: int

    @property
    def late(self) -> bool:
        return self.days_late > 0


@dataclass
class FormCheck:
    """The outcome of checking a form: issues by field, and the reporting deadline."""

    issues: list[Issue] = field(default_factory=list)
    deadline: Deadline | None = None

    def error(self, name: str, message: Message) -> None:
        self.issues.append(Issue(name, Severity.ERROR, message))

    def warning(self, name: str, message: Message) -> None:
        self.issues.append(Issue(name, Severity.WARNING, message))

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == Severity.ERROR]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == Severity.WARNING]

    def for_field(self, name: str) -> list[Issue]:
        return [i for i in self.issues if i.field == name]


_ROLE_NAMES = {
    "reporter": QT_TRANSLATE_NOOP("akta_checks", "pelapor"),
    "witness1": QT_TRANSLATE_NOOP("akta_checks", "saksi I"),
    "witness2": QT_TRANSLATE_NOOP("akta_checks", "saksi II"),
    "father": QT_TRANSLATE_NOOP("akta_checks", "ayah"),
    "mother": QT_TRANSLATE_NOOP("akta_checks", "ibu"),
}


def _required(check: FormCheck, name: str, filled: bool) -> bool:
    if not filled:
        check.error(name, QT_TRANSLATE_NOOP("akta_checks", "Wajib diisi.").format())
    return filled


def _not_future(check: FormCheck, name: str, value: date | None, today: date) -> None:
    if value is not None and value > today:
        check.error(name, QT_TRANSLATE_NOOP(
            "akta_checks", "Tanggal tidak boleh sesudah hari ini.").format())


def _time_not_future(
    check: FormCheck, name: str, day: date | None, moment: time | None, today: date, now: time
) -> None:
    if day == today and moment is not None and moment > now:
        check.error(name, QT_TRANSLATE_NOOP(
            "akta_checks", "Jam tidak boleh sesudah jam sekarang.").format())


def check_nik(
    check: FormCheck, name: str, text: str, today: date, *, required: bool,
    recorded_birth_date: date | None = None, recorded_sex: Sex | None = None,
) -> NikInfo | None:
    """Decode a NIK field: refusal as an error, NIK warnings as warnings."""
    if not text:
        if required:
            _required(check, name, False)
        return None
    try:
        info = parse_nik(text, today, recorded_birth_date=recorded_birth_date,
                         recorded_sex=recorded_sex)
    except InvalidNik as refused:
        check.error(name, refused.message)
        return None
    for warning in info.warnings:
        check.warning(name, warning if isinstance(warning, Message) else Message(
            "nik", warning, {}))
    return info


def _check_kk(check: FormCheck, name: str, text: str, *, required: bool) -> None:
    if not text:
        if required:
            _required(check, name, False)
        return
    try:
        info = parse_kk(text)
    except InvalidKk as refused:
        check.error(name, refused.message)
        return
    for warning in info.warnings:
        check.warning(name, warning if isinstance(warning, Message) else Message(
            "nik", warning, {}))


def _check_texts(check: FormCheck, form: AktaForm) -> None:
    for section in ("reporter", "witness1", "witness2", "father", "mother", "child", "deceased"):
        part = getattr(form, section)
        for key, value in vars(part).items():
            if isinstance(value, str) and len(value) > MAX_TEXT:
                check.error(f"{section}.{key}", QT_TRANSLATE_NOOP(
                    "akta_checks", "Terlalu panjang: paling banyak {limit} huruf.").format(
                        limit=MAX_TEXT))
    if len(form.note) > 1000:
        check.error("note", QT_TRANSLATE_NOOP(
            "akta_checks", "Catatan terlalu panjang: paling banyak 1000 huruf.").format())


def _check_person(
    check: FormCheck, role: str, person: Person, today: date, *,
    with_birth: bool, expected_sex: Sex | None = None,
) -> NikInfo | None:
    _required(check, f"{role}.name", bool(person.name))
    wni = person.citizenship == "WNI"
    info = check_nik(check, f"{role}.nik", person.nik, today, required=wni,
                     recorded_birth_date=person.birth_date if with_birth else None,
                     recorded_sex=expected_sex)
    if not with_birth:
        _check_kk(check, f"{role}.kk", person.kk, required=wni)
    else:
        _check_kk(check, f"{role}.kk", person.kk, required=False)
        _required(check, f"{role}.birth_place", bool(person.birth_place))
        if _required(check, f"{role}.birth_date", person.birth_date is not None):
            _not_future(check, f"{role}.birth_date", person.birth_date, today)
    return info


def _born(person: Person, info: NikInfo | None) -> date | None:
    return person.birth_date or (info.birth_date if info else None)


def _age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _check_reporter_and_witnesses(check: FormCheck, form: AktaForm, today: date) -> None:
    reporter = _check_person(check, "reporter", form.reporter, today, with_birth=False)
    if reporter is not None and _age_on(reporter.birth_date, today) < ADULT_AGE:
        check.warning("reporter.nik", QT_TRANSLATE_NOOP(
            "akta_checks", "Menurut NIK pelapor berumur {age} tahun; pelapor semestinya "
            "sudah dewasa.").format(age=_age_on(reporter.birth_date, today)))
    for role in ("witness1", "witness2"):
        _check_person(check, role, getattr(form, role), today, with_birth=False)
    one, two = form.witness1, form.witness2
    same = (one.nik and one.nik == two.nik) or (
        not (one.nik and two.nik) and one.name and one.name.casefold() == two.name.casefold())
    if same:
        check.error("witness2.nik" if one.nik else "witness2.name", QT_TRANSLATE_NOOP(
            "akta_checks", "Saksi II harus orang yang berbeda dari saksi I.").format())


def _check_birth(check: FormCheck, form: AktaForm, today: date, now: time) -> None:
    child = form.child
    mother = father = None
    if not form.parents_unknown:
        mother = _check_person(check, "mother", form.mother, today, with_birth=True,
                               expected_sex=Sex.FEMALE)
        # A child may be registered to its mother alone; a father named is checked in full.
        if any((form.father.name, form.father.nik, form.father.birth_place,
                form.father.birth_date)):
            father = _check_person(check, "father", form.father, today, with_birth=True,
                                   expected_sex=Sex.MALE)
    _required(check, "child.name", bool(child.name))
    _required(check, "child.sex", child.sex is not None)
    _required(check, "child.birth_place_type", child.birth_place_type is not None)
    _required(check, "child.birth_place", bool(child.birth_place))
    _required(check, "child.birth_time", child.birth_time is not None)
    _required(check, "child.attendant", child.attendant is not None)
    if _required(check, "child.birth_date", child.birth_date is not None):
        _not_future(check, "child.birth_date", child.birth_date, today)
        _time_not_future(check, "child.birth_time", child.birth_date, child.birth_time,
                         today, now)
        for role, person, info in (("mother", form.mother, mother),
                                   ("father", form.father, father)):
            born = _born(person, info) if not form.parents_unknown else None
            if born is not None and child.birth_date is not None and child.birth_date <= born:
                check.error("child.birth_date", QT_TRANSLATE_NOOP(
                    "akta_checks", "Tanggal lahir anak tidak boleh sebelum tanggal lahir "
                    "{role}.").format(role=_ROLE_NAMES[role]))
    if _required(check, "child.birth_order", child.birth_order is not None):
        assert child.birth_order is not None
        if not 1 <= child.birth_order <= MAX_BIRTH_ORDER:
            check.error("child.birth_order", QT_TRANSLATE_NOOP(
                "akta_checks", "Kelahiran ke- harus antara 1 dan {most}.").format(
                    most=MAX_BIRTH_ORDER))
    _check_measure(check, "child.weight_kg", child.weight_kg, WEIGHT_KG_LIMITS,
                   WEIGHT_KG_USUAL, QT_TRANSLATE_NOOP("akta_checks", "kg"))
    _check_measure(check, "child.length_cm", child.length_cm, LENGTH_CM_LIMITS,
                   LENGTH_CM_USUAL, QT_TRANSLATE_NOOP("akta_checks", "cm"))


def _check_measure(
    check: FormCheck, name: str, value: float | None, limits: tuple[float, float],
    usual: tuple[float, float], unit: str,
) -> None:
    if not _required(check, name, value is not None):
        return
    assert value is not None
    if not limits[0] <= value <= limits[1]:
        check.error(name, QT_TRANSLATE_NOOP(
            "akta_checks", "Tidak masuk akal: harus antara {low} dan {high} {unit}.").format(
                low=_number(limits[0]), high=_number(limits[1]), unit=unit))
    elif not usual[0] <= value <= usual[1]:
        check.warning(name, QT_TRANSLATE_NOOP(
            "akta_checks", "Tidak biasa (umumnya {low}–{high} {unit}); periksa kembali.").format(
                low=_number(usual[0]), high=_number(usual[1]), unit=unit))


def _number(value: float) -> str:
    """Indonesian decimals use a comma: 1,5 kg."""
    return f"{value:g}".replace(".", ",")


def _check_death(check: FormCheck, form: AktaForm, today: date, now: time) -> None:
    dead = form.deceased
    info = check_nik(check, "deceased.nik", dead.nik, today, required=True,
                     recorded_birth_date=dead.birth_date, recorded_sex=dead.sex)
    _required(check, "deceased.name", bool(dead.name))
    _required(check, "deceased.death_time", dead.death_time is not None)
    _required(check, "deceased.cause", dead.cause is not None)
    _required(check, "deceased.place", bool(dead.place))
    _required(check, "deceased.certifier", dead.certifier is not None)
    if _required(check, "deceased.death_date", dead.death_date is not None):
        _not_future(check, "deceased.death_date", dead.death_date, today)
        _time_not_future(check, "deceased.death_time", dead.death_date, dead.death_time,
                         today, now)
        born = dead.birth_date or (info.birth_date if info else None)
        if born is not None and dead.death_date is not None and dead.death_date < born:
            check.error("deceased.death_date", QT_TRANSLATE_NOOP(
                "akta_checks", "Tanggal kematian tidak boleh sebelum tanggal lahir "
                "almarhum/almarhumah.").format())
    _not_future(check, "deceased.birth_date", dead.birth_date, today)


def _check_documents(check: FormCheck, form: AktaForm) -> None:
    for requirement in missing(form):
        check.error("documents", QT_TRANSLATE_NOOP(
            "akta_checks", "Dokumen belum lengkap: {document}.").format(
                document=requirement.label))


def check_draft(form: AktaForm) -> FormCheck:
    """A draft may be incomplete; it must only fit in the store."""
    check = FormCheck()
    _check_texts(check, form)
    return check


def check_form(form: AktaForm, today: date, now: time, rule: DeadlineRule) -> FormCheck:
    """Everything submission needs; ``today``/``now`` are the office's local date and time."""
    check = FormCheck()
    _check_texts(check, form)
    _check_reporter_and_witnesses(check, form, today)
    if form.kind == RequestKind.BIRTH:
        _check_birth(check, form, today, now)
    else:
        _check_death(check, form, today, now)
    _check_documents(check, form)
    event = form.event_date
    if event is not None and event <= today:
        check.deadline = Deadline(last_day_on_time(event, rule), days_late(event, today, rule))
        if check.deadline.late:
            check.warning("deadline", late_message(form.kind, check.deadline))
    return check


def late_message(kind: RequestKind, deadline: Deadline) -> Message:
    """What a late request is and what extra it needs (shown on the form and the receipt)."""
    if kind == RequestKind.BIRTH:
        return QT_TRANSLATE_NOOP(
            "akta_checks", "Terlambat {days} hari (batas {last_day}). Pencatatan kelahiran "
            "yang terlambat memerlukan keputusan Kepala Dinas Dukcapil; proses bisa lebih "
            "lama.").format(days=deadline.days_late, last_day=format_date(deadline.last_day))
    return QT_TRANSLATE_NOOP(
        "akta_checks", "Terlambat {days} hari (batas {last_day}). Pelaporan kematian yang "
        "terlambat tetap dicatat dan diteruskan ke Dispendukcapil dengan keterangan "
        "keterlambatan.").format(days=deadline.days_late, last_day=format_date(deadline.last_day))
