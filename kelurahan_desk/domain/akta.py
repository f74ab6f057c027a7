"""Akta kelahiran and akta kematian requests: the F-2.01 fields, coded choices and statuses."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date, time
from enum import IntEnum, StrEnum
from typing import Any

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Template
from kelurahan_desk.domain.people import Sex


class RequestKind(StrEnum):
    BIRTH = "birth"
    DEATH = "death"


KIND_LABELS: dict[RequestKind, Template] = {
    RequestKind.BIRTH: QT_TRANSLATE_NOOP("akta", "Akta Kelahiran"),
    RequestKind.DEATH: QT_TRANSLATE_NOOP("akta", "Akta Kematian"),
}
# The middle part of a tracking number: 3574011007-AKL-2026-00042.
KIND_CODES: dict[RequestKind, str] = {RequestKind.BIRTH: "AKL", RequestKind.DEATH: "AKM"}


class Citizenship(StrEnum):
    WNI = "WNI"
    WNA = "WNA"


CITIZENSHIP_LABELS: dict[Citizenship, Template] = {
    Citizenship.WNI: QT_TRANSLATE_NOOP("akta", "WNI"),
    Citizenship.WNA: QT_TRANSLATE_NOOP("akta", "WNA"),
}


# F-2.01's coded answers keep the form's own numbers, so a printed form and the screen agree.
class BirthPlaceType(IntEnum):
    HOSPITAL = 1
    PUSKESMAS = 2
    POLINDES = 3
    HOME = 4
    OTHER = 5


BIRTH_PLACE_TYPE_LABELS: dict[BirthPlaceType, Template] = {
    BirthPlaceType.HOSPITAL: QT_TRANSLATE_NOOP("akta", "RS/RB"),
    BirthPlaceType.PUSKESMAS: QT_TRANSLATE_NOOP("akta", "Puskesmas"),
    BirthPlaceType.POLINDES: QT_TRANSLATE_NOOP("akta", "Polindes"),
    BirthPlaceType.HOME: QT_TRANSLATE_NOOP("akta", "Rumah"),
    BirthPlaceType.OTHER: QT_TRANSLATE_NOOP("akta", "Lainnya"),
}


class BirthType(IntEnum):
    SINGLE = 1
    TWIN_2 = 2
    TWIN_3 = 3
    TWIN_4 = 4
    TWIN_MORE = 5


BIRTH_TYPE_LABELS: dict[BirthType, Template] = {
    BirthType.SINGLE: QT_TRANSLATE_NOOP("akta", "Tunggal"),
    BirthType.TWIN_2: QT_TRANSLATE_NOOP("akta", "Kembar 2"),
    BirthType.TWIN_3: QT_TRANSLATE_NOOP("akta", "Kembar 3"),
    BirthType.TWIN_4: QT_TRANSLATE_NOOP("akta", "Kembar 4"),
    BirthType.TWIN_MORE: QT_TRANSLATE_NOOP("akta", "Kembar lebih dari 4"),
}


class BirthAttendant(IntEnum):
    DOCTOR = 1
    MIDWIFE = 2
    TRADITIONAL = 3
    OTHER = 4


BIRTH_ATTENDANT_LABELS: dict[BirthAttendant, Template] = {
    BirthAttendant.DOCTOR: QT_TRANSLATE_NOOP("akta", "Dokter"),
    BirthAttendant.MIDWIFE: QT_TRANSLATE_NOOP("akta", "Bidan/Perawat"),
    BirthAttendant.TRADITIONAL: QT_TRANSLATE_NOOP("akta", "Dukun"),
    BirthAttendant.OTHER: QT_TRANSLATE_NOOP("akta", "Lainnya"),
}


class DeathCause(IntEnum):
    ILLNESS_OR_AGE = 1
    EPIDEMIC = 2
    ACCIDENT = 3
    CRIME = 4
    SUICIDE = 5
    OTHER = 6


DEATH_CAUSE_LABELS: dict[DeathCause, Template] = {
    DeathCause.ILLNESS_OR_AGE: QT_TRANSLATE_NOOP("akta", "Sakit biasa/tua"),
    DeathCause.EPIDEMIC: QT_TRANSLATE_NOOP("akta", "Wabah penyakit"),
    DeathCause.ACCIDENT: QT_TRANSLATE_NOOP("akta", "Kecelakaan"),
    DeathCause.CRIME: QT_TRANSLATE_NOOP("akta", "Kriminalitas"),
    DeathCause.SUICIDE: QT_TRANSLATE_NOOP("akta", "Bunuh diri"),
    DeathCause.OTHER: QT_TRANSLATE_NOOP("akta", "Lainnya"),
}


class DeathCertifier(IntEnum):
    DOCTOR = 1
    HEALTH_WORKER = 2
    POLICE = 3
    OTHER = 4


DEATH_CERTIFIER_LABELS: dict[DeathCertifier, Template] = {
    DeathCertifier.DOCTOR: QT_TRANSLATE_NOOP("akta", "Dokter"),
    DeathCertifier.HEALTH_WORKER: QT_TRANSLATE_NOOP("akta", "Tenaga kesehatan"),
    DeathCertifier.POLICE: QT_TRANSLATE_NOOP("akta", "Kepolisian"),
    DeathCertifier.OTHER: QT_TRANSLATE_NOOP("akta", "Lainnya"),
}


# --- the form -------------------------------------------------------------------------
# Every field may be empty while the request is a draft; the checks say what submission
# needs. Text fields hold what the operator typed (trimmed), coded fields their enum.


@dataclass(frozen=True)
class Person:
    """Reporter, witness or parent: F-2.01 asks name, NIK, No. KK and citizenship of the
    reporter and witnesses, and name, NIK, place and date of birth and citizenship of the
    parents; one shape serves all, the checks know which parts each role needs."""

    name: str = ""
    nik: str = ""
    kk: str = ""
    birth_place: str = ""
    birth_date: date | None = None
    citizenship: Citizenship = Citizenship.WNI


@dataclass(frozen=True)
class Child:
    name: str = ""
    sex: Sex | None = None
    birth_place_type: BirthPlaceType | None = None
    birth_place: str = ""
    birth_date: date | None = None
    birth_time: time | None = None
    birth_type: BirthType = BirthType.SINGLE
    birth_order: int | None = None
    attendant: BirthAttendant | None = None
    weight_kg: float | None = None
    length_cm: float | None = None


@dataclass(frozen=True)
class Deceased:
    nik: str = ""
    name: str = ""
    sex: Sex | None = None
    birth_date: date | None = None  # from the NIK or the resident list
    death_date: date | None = None
    death_time: time | None = None
    cause: DeathCause | None = None
    place: str = ""
    certifier: DeathCertifier | None = None


@dataclass(frozen=True)
class AktaForm:
    """One F-2.01 request as the counter filled it in."""

    kind: RequestKind
    reporter: Person = field(default_factory=Person)
    witness1: Person = field(default_factory=Person)
    witness2: Person = field(default_factory=Person)
    father: Person = field(default_factory=Person)
    mother: Person = field(default_factory=Person)
    child: Child = field(default_factory=Child)
    deceased: Deceased = field(default_factory=Deceased)
    documents: frozenset[str] = frozenset()  # ids from akta_documents
    by_proxy: bool = False  # the reporter acts for the family: needs a surat kuasa
    parents_unknown: bool = False  # a foundling: a police report instead of parents' papers
    three_in_one: bool = False  # death: also re-issue the KK and the spouse's KTP-el
    note: str = ""

    @property
    def subject_name(self) -> str:
        return self.child.name if self.kind == RequestKind.BIRTH else self.deceased.name

    @property
    def event_date(self) -> date | None:
        """The birth or the death being reported."""
        return self.child.birth_date if self.kind == RequestKind.BIRTH else self.deceased.death_date

    def people(self) -> dict[str, Person]:
        """The persons this kind of request asks for, by field prefix."""
        found = {"reporter": self.reporter, "witness1": self.witness1, "witness2": self.witness2}
        if self.kind == RequestKind.BIRTH:
            found |= {"father": self.father, "mother": self.mother}
        return found


# --- (de)serialisation: the store and the centre keep the form as plain JSON ------------

_SECTIONS: dict[str, type[Any]] = {
    "reporter": Person, "witness1": Person, "witness2": Person, "father": Person,
    "mother": Person, "child": Child, "deceased": Deceased,
}
_FIELD_TYPES: dict[str, Any] = {
    "birth_date": date, "death_date": date, "birth_time": time, "death_time": time,
    "citizenship": Citizenship, "sex": Sex, "birth_place_type": BirthPlaceType,
    "birth_type": BirthType, "attendant": BirthAttendant, "cause": DeathCause,
    "certifier": DeathCertifier,
}


def _plain(value: Any) -> Any:
    if isinstance(value, date | time):
        return value.isoformat(timespec="minutes") if isinstance(value, time) else (
            value.isoformat())
    if isinstance(value, StrEnum | IntEnum):
        return value.value
    return value


def form_to_dict(form: AktaForm) -> dict[str, Any]:
    """The form as JSON-ready values; only the sections its kind uses."""
    data: dict[str, Any] = {
        "kind": form.kind.value,
        "documents": sorted(form.documents),
        "by_proxy": form.by_proxy,
        "parents_unknown": form.parents_unknown,
        "three_in_one": form.three_in_one,
        "note": form.note,
    }
    sections = ["reporter", "witness1", "witness2"] + (
        ["father", "mother", "child"] if form.kind == RequestKind.BIRTH else ["deceased"]
    )
    for name in sections:
        data[name] = {k: _plain(v) for k, v in asdict(getattr(form, name)).items()}
    return data


def _value(name: str, raw: Any) -> Any:
    kind = _FIELD_TYPES.get(name)
    if raw is None or kind is None:
        return raw
    if kind is date:
        return date.fromisoformat(raw)
    if kind is time:
        return time.fromisoformat(raw)
    return kind(raw)


def form_from_dict(data: dict[str, Any]) -> AktaForm:
    """Inverse of ``form_to_dict``; raises ``ValueError``/``KeyError`` on foreign data."""
    parts: dict[str, Any] = {}
    for name, cls in _SECTIONS.items():
        if name in data:
            known = {f.name for f in fields(cls)}
            parts[name] = cls(**{k: _value(k, v) for k, v in data[name].items() if k in known})
    return AktaForm(
        kind=RequestKind(data["kind"]),
        documents=frozenset(data.get("documents", ())),
        by_proxy=bool(data.get("by_proxy", False)),
        parents_unknown=bool(data.get("parents_unknown", False)),
        three_in_one=bool(data.get("three_in_one", False)),
        note=str(data.get("note", "")),
        **parts,
    )


def form_changes(before: AktaForm, after: AktaForm) -> dict[str, list[Any]]:
    """Field path → [old, new] for every field that differs (the audit's "what changed")."""
    old, new = _flatten(form_to_dict(before)), _flatten(form_to_dict(after))
    return {
        key: [old.get(key), new.get(key)]
        for key in sorted(old.keys() | new.keys())
        if old.get(key) != new.get(key)
    }


def _flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            flat |= _flatten(value, f"{prefix}{key}.")
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def trimmed(form: AktaForm) -> AktaForm:
    """The form with surrounding spaces removed from every text and NIK/KK spaces/dots."""

    def clean(part: Any) -> Any:
        changes = {}
        for f in fields(part):
            value = getattr(part, f.name)
            if isinstance(value, str):
                text = value.strip()
                if f.name in ("nik", "kk"):
                    text = re.sub(r"[\s.\-]", "", text)
                changes[f.name] = text
        return replace(part, **changes)

    return replace(
        form,
        note=form.note.strip(),
        **{name: clean(getattr(form, name)) for name in _SECTIONS},
    )


# --- statuses -------------------------------------------------------------------------


class RequestStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"  # taken at the counter, receipt given
    SENT = "sent"  # forwarded to the Dispendukcapil
    VERIFIED = "verified"
    RETURNED = "returned"  # sent back with a reason; the counter fixes and resubmits
    ISSUED = "issued"  # akta signed, number known
    READY = "ready"  # at the kelurahan, waiting for pick-up
    HANDED_OVER = "handed_over"
    CANCELLED = "cancelled"


STATUS_LABELS: dict[RequestStatus, Template] = {
    RequestStatus.DRAFT: QT_TRANSLATE_NOOP("akta", "Draf"),
    RequestStatus.SUBMITTED: QT_TRANSLATE_NOOP("akta", "Diterima di loket"),
    RequestStatus.SENT: QT_TRANSLATE_NOOP("akta", "Dikirim ke Dispendukcapil"),
    RequestStatus.VERIFIED: QT_TRANSLATE_NOOP("akta", "Terverifikasi"),
    RequestStatus.RETURNED: QT_TRANSLATE_NOOP("akta", "Dikembalikan"),
    RequestStatus.ISSUED: QT_TRANSLATE_NOOP("akta", "Akta terbit"),
    RequestStatus.READY: QT_TRANSLATE_NOOP("akta", "Siap diambil"),
    RequestStatus.HANDED_OVER: QT_TRANSLATE_NOOP("akta", "Sudah diserahkan"),
    RequestStatus.CANCELLED: QT_TRANSLATE_NOOP("akta", "Dibatalkan"),
}

# The desk moves a request into these; the centre (or, until sync, a supervisor) the rest.
DESK_STATUSES = frozenset(
    {RequestStatus.DRAFT, RequestStatus.SUBMITTED, RequestStatus.HANDED_OVER,
     RequestStatus.CANCELLED}
)
CENTRAL_STATUSES = frozenset(
    {RequestStatus.SENT, RequestStatus.VERIFIED, RequestStatus.RETURNED, RequestStatus.ISSUED,
     RequestStatus.READY}
)

TRANSITIONS: dict[RequestStatus, frozenset[RequestStatus]] = {
    RequestStatus.DRAFT: frozenset({RequestStatus.SUBMITTED, RequestStatus.CANCELLED}),
    RequestStatus.SUBMITTED: frozenset({RequestStatus.SENT, RequestStatus.CANCELLED}),
    RequestStatus.SENT: frozenset({RequestStatus.VERIFIED, RequestStatus.RETURNED}),
    RequestStatus.VERIFIED: frozenset({RequestStatus.ISSUED, RequestStatus.RETURNED}),
    # Returned: the counter corrects the request with the citizen and submits it again.
    RequestStatus.RETURNED: frozenset({RequestStatus.SUBMITTED, RequestStatus.CANCELLED}),
    RequestStatus.ISSUED: frozenset({RequestStatus.READY}),
    RequestStatus.READY: frozenset({RequestStatus.HANDED_OVER}),
    RequestStatus.HANDED_OVER: frozenset(),
    RequestStatus.CANCELLED: frozenset(),
}

# Until it has gone to the Dispendukcapil the counter may still correct a request.
EDITABLE = frozenset({RequestStatus.DRAFT, RequestStatus.SUBMITTED, RequestStatus.RETURNED})


def can_move(current: RequestStatus, target: RequestStatus) -> bool:
    return target in TRANSITIONS[current]


# --- tracking numbers -----------------------------------------------------------------

TRACKING_PATTERN = re.compile(r"^(\d{10})-(AKL|AKM)-(\d{4})-(\d{5})$")


def tracking_number(office_code: str, kind: RequestKind, year: int, serial: int) -> str:
    """``3574011007-AKL-2026-00042``: unique per office, kind and year; carries the office."""
    digits = office_code.replace(".", "")
    if not (digits.isdigit() and len(digits) == 10):
        raise ValueError(f"office code must have 10 digits: {office_code!r}")
    if not 1 <= serial <= 99_999:
        raise ValueError(f"serial out of range: {serial}")
    return f"{digits}-{KIND_CODES[kind]}-{year:04d}-{serial:05d}"


def looks_like_tracking_number(text: str) -> bool:
    return TRACKING_PATTERN.match(text.strip().upper()) is not None

