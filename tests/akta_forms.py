"""Complete, valid F-2.01 forms for tests: a birth and a death that ``submit_request`` takes.

Every NIK is encoded the way Dukcapil does (Kademangan, Kota Probolinggo; +40 on the day
for women) and agrees with the recorded birth date, so a form raises no NIK warning.
``serial`` changes every NIK in the form: two forms with different serials are never
taken for the same event by the duplicate check; the same serial and event date are.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from typing import Any

from kelurahan_desk.domain.akta import (
    AktaForm,
    BirthAttendant,
    BirthPlaceType,
    BirthType,
    Child,
    DeathCause,
    DeathCertifier,
    Deceased,
    Person,
    RequestKind,
)
from kelurahan_desk.domain.people import Sex

REGION = "357401"  # Kec. Kademangan, Kota Probolinggo
KK_REGION = "357401"

BIRTH_DOCUMENTS = frozenset({"birth_statement", "kk", "marriage_proof"})
DEATH_DOCUMENTS = frozenset({"death_statement", "kk"})


def make_nik(born: date, sex: Sex, serial: int = 1, region: str = REGION) -> str:
    """A NIK that decodes to ``born`` and ``sex``; ``serial`` 1..9999."""
    day = born.day + (40 if sex is Sex.FEMALE else 0)
    return f"{region}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"


def make_kk(serial: int = 1) -> str:
    """A No. KK: the issuing region, a registration date, a serial."""
    return f"{KK_REGION}150320{serial:04d}"


def _person(name: str, born: date, sex: Sex, serial: int, **extra: Any) -> Person:
    return Person(name=name, nik=make_nik(born, sex, serial), kk=make_kk(serial),
                  birth_date=born if extra.pop("with_birth", False) else None, **extra)


def birth_form(
    born: date, *, child_name: str = "Ahmad Fauzi", mother_name: str = "Nur Aini",
    reporter_name: str = "Slamet Riyadi", serial: int = 1, **changes: Any,
) -> AktaForm:
    """A complete akta kelahiran request for a child born on ``born`` (09:30).

    The father reports; the mother's NIK carries ``serial`` (the duplicate check keys on
    it). ``changes`` replace top-level form fields (``by_proxy=True``, ``note=...``).
    """
    father_born, mother_born = date(1990, 5, 14), date(1993, 8, 21)
    father = Person(name=reporter_name, nik=make_nik(father_born, Sex.MALE, serial),
                    kk=make_kk(serial), birth_place="Probolinggo", birth_date=father_born)
    mother = Person(name=mother_name, nik=make_nik(mother_born, Sex.FEMALE, serial),
                    kk=make_kk(serial), birth_place="Probolinggo", birth_date=mother_born)
    form = AktaForm(
        kind=RequestKind.BIRTH,
        reporter=replace(father, birth_place="", birth_date=None),
        witness1=_person("Hadi Santoso", date(1980, 1, 2), Sex.MALE, serial + 1000),
        witness2=_person("Sri Wahyuni", date(1985, 3, 4), Sex.FEMALE, serial + 2000),
        father=father,
        mother=mother,
        child=Child(
            name=child_name, sex=Sex.MALE, birth_place_type=BirthPlaceType.HOSPITAL,
            birth_place="RSUD dr. Mohamad Saleh", birth_date=born, birth_time=time(9, 30),
            birth_type=BirthType.SINGLE, birth_order=1, attendant=BirthAttendant.DOCTOR,
            weight_kg=3.2, length_cm=49.0),
        documents=BIRTH_DOCUMENTS,
    )
    return replace(form, **changes)


def death_form(
    died: date, *, deceased_name: str = "Sumarni", reporter_name: str = "Joko Susilo",
    serial: int = 1, **changes: Any,
) -> AktaForm:
    """A complete akta kematian request for a death on ``died`` (04:15) of illness or age."""
    deceased_born = date(1948, 2, 11)
    form = AktaForm(
        kind=RequestKind.DEATH,
        reporter=_person(reporter_name, date(1975, 6, 9), Sex.MALE, serial),
        witness1=_person("Hadi Santoso", date(1980, 1, 2), Sex.MALE, serial + 1000),
        witness2=_person("Sri Wahyuni", date(1985, 3, 4), Sex.FEMALE, serial + 2000),
        deceased=Deceased(
            nik=make_nik(deceased_born, Sex.FEMALE, serial), name=deceased_name,
            sex=Sex.FEMALE, birth_date=deceased_born, death_date=died,
            death_time=time(4, 15), cause=DeathCause.ILLNESS_OR_AGE,
            place="Probolinggo", certifier=DeathCertifier.DOCTOR),
        documents=DEATH_DOCUMENTS,
    )
    return replace(form, **changes)


def days_before(today: date, days: int) -> date:
    return today - timedelta(days=days)
