"""Synthetic residents of Kota Probolinggo for the demo and the benchmarks, in families.

Nobody here is real: names are drawn at random from common Indonesian given and family
names (``resources/residents/names_id.json``, taken from Faker's id_ID lists), and every
row is stored with ``synthetic = 1`` so lists can say so. The numbers follow the real
rules, so every check and lookup behaves as it would with the centre's list:
- NIK = kecamatan (35.74.01–05) + DDMMYY of birth (women's day + 40) + a serial from 0001;
- a family shares one No. KK = kecamatan + DDMMYY of registration + serial;
- head, spouse and children of plausible ages, sometimes a widowed grandparent, some
  people living alone; all of a family at one address in one kelurahan.
Generated with ``random.Random(seed)``: the same seed gives the same people.
"""

from __future__ import annotations

import functools
import json
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from kelurahan_desk.domain.ktp_print import RecordStatus
from kelurahan_desk.domain.people import Sex
from kelurahan_desk.domain.regions import load_regions
from kelurahan_desk.paths import resources_dir
from kelurahan_desk.services.actor import SYSTEM_NAME
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.resident_tables import Resident, insert_residents
from kelurahan_desk.store.tables import Office
from kelurahan_desk.store.unit_of_work import utc_text

__all__ = [
    "DEFAULT_SEED", "DEMO_KELURAHAN", "DEMO_RESIDENTS", "seed_demo_residents", "synthetic_rows",
]

KOTA_PROBOLINGGO = "35.74"
# The demo office's kelurahan (Pohsangit Kidul): its first families live there, so a
# lookup at the demo counter finds neighbours even in a small list.
DEMO_KELURAHAN = "3574011007"
DEMO_RESIDENTS = 20_000  # what ``--demo`` seeds; the benchmark asks for 250,000
DEFAULT_SEED = 3574
_LOCAL_FAMILIES = 12

_BIRTH_PLACES = ("Surabaya", "Malang", "Pasuruan", "Lumajang", "Jember", "Situbondo",
                 "Bondowoso", "Sidoarjo")
_ADULT_STATUSES = ((RecordStatus.NOT_RECORDED, 0.09), (RecordStatus.RECORDED, 0.02),
                   (RecordStatus.PRINT_READY, 0.03))
_RELIGIONS = (("Islam", 930), ("Kristen", 35), ("Katolik", 15), ("Buddha", 10),
              ("Hindu", 5), ("Khonghucu", 5))
_MALE_PREFIXES = ("Muhammad", "Moh.", "Ahmad", "Abdul")
_FEMALE_PREFIXES = ("Siti", "Nur")
_CHILDREN = (0, 1, 2, 3, 4)
_CHILDREN_WEIGHTS = (10, 22, 36, 21, 11)


@dataclass(frozen=True)
class _NameLists:
    male: tuple[str, ...]
    female: tuple[str, ...]
    last_male: tuple[str, ...]
    last_female: tuple[str, ...]
    streets: tuple[str, ...]


@functools.cache
def _name_lists() -> _NameLists:
    data = json.loads(
        (resources_dir() / "residents" / "names_id.json").read_text(encoding="utf-8"))
    return _NameLists(
        tuple(data["first_names_male"]), tuple(data["first_names_female"]),
        tuple(data["last_names_male"]), tuple(data["last_names_female"]),
        tuple(data["streets"]),
    )


@dataclass(frozen=True)
class _Place:
    kelurahan: str  # 10 digits
    rws: int
    rts: int


class _Generator:
    """Draws families; keeps the serials that make every NIK and KK unique."""

    def __init__(self, seed: int, today: date, updated_at: str, local: str) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.updated_at = updated_at
        self.names = _name_lists()
        table = load_regions()
        kelurahan = [
            k.code.replace(".", "")
            for kec in table.kecamatan_of(KOTA_PROBOLINGGO)
            for k in table.kelurahan_of(kec.code)
        ]
        self.places = [_Place(k, self.rng.randint(3, 9), self.rng.randint(3, 8))
                       for k in kelurahan]
        self.local = next((p for p in self.places if p.kelurahan == local),
                          next(p for p in self.places if p.kelurahan == DEMO_KELURAHAN))
        self.serials: dict[str, int] = {}
        self.religions = [r for r, _ in _RELIGIONS]
        self.religion_weights = [w for _, w in _RELIGIONS]
        # A generator of its own, so the people drawn stay those of earlier versions.
        self.status_rng = random.Random(seed ^ 0x5EED)

    def _serial(self, key: str) -> str:
        number = self.serials.get(key, 0) + 1
        if number > 9999:
            raise ValueError(f"more than 9999 synthetic numbers for {key}")
        self.serials[key] = number
        return f"{key}{number:04d}"

    def _pick(self, choices: Sequence[str]) -> str:
        # random.choice with less bookkeeping: 250,000 people make ~2 million draws.
        return choices[int(self.rng.random() * len(choices))]

    def _birth_date(self, age: int) -> date:
        """A day on which someone is ``age`` years old today."""
        return self.today - timedelta(days=int(age * 365.25 + self.rng.random() * 365))

    def _name(self, sex: Sex) -> str:
        names, pick = self.names, self._pick
        roll = self.rng.random()
        if sex is Sex.MALE:
            first = pick(names.male)
            if roll < 0.15:
                return first
            if roll < 0.27:
                return f"{pick(_MALE_PREFIXES)} {first}"
            return f"{first} {pick(names.last_male)}"
        first = pick(names.female)
        if roll < 0.15:
            return first
        if roll < 0.27:
            return f"{pick(_FEMALE_PREFIXES)} {first}"
        return f"{first} {pick(names.last_female)}"

    def _person(
        self, sex: Sex, age: int, family: dict[str, Any], born_here: float
    ) -> tuple[Any, ...]:
        rng = self.rng
        birth = self._birth_date(age)
        day = birth.day + (40 if sex is Sex.FEMALE else 0)
        kecamatan = family["kelurahan"][:6]
        nik = self._serial(f"{kecamatan}{day:02d}{birth.month:02d}{birth.year % 100:02d}")
        place = "Probolinggo" if rng.random() < born_here else self._pick(_BIRTH_PLACES)
        return (
            nik, family["kk"],
            self._name(sex), sex.value, place, birth.isoformat(), family["address"],
            family["rt"], family["rw"], family["kelurahan"], family["religion"],
            self._ktp_status(age), 1, self.updated_at,
        )

    def _ktp_status(self, age: int) -> str:
        """About 9 % of the adults not yet recorded, as in Kota Probolinggo in 2018
        (17,816 against 179,599, DOMAIN.md); a few waiting for their card."""
        if age < 17:
            return RecordStatus.NOT_YET_REQUIRED.value
        roll = self.status_rng.random()
        for status, share in _ADULT_STATUSES:
            if roll < share:
                return status.value
            roll -= share
        return RecordStatus.ISSUED.value

    def family(self, index: int) -> list[tuple[Any, ...]]:
        rng = self.rng
        place = self.local if index < _LOCAL_FAMILIES else rng.choice(self.places)
        registered = self.today - timedelta(days=int(rng.random() * 20 * 365))
        street = self._pick(self.names.streets)
        family = {
            "kelurahan": place.kelurahan,
            "kk": self._serial(f"{place.kelurahan[:6]}{registered.day:02d}"
                               f"{registered.month:02d}{registered.year % 100:02d}"),
            "address": f"{'Gg.' if rng.random() < 0.2 else 'Jl.'} {street} "
                       f"No. {rng.randint(1, 150)}",
            "rt": f"{rng.randint(1, place.rts):03d}",
            "rw": f"{rng.randint(1, place.rws):03d}",
            "religion": rng.choices(self.religions, self.religion_weights)[0],
        }
        kind = rng.random()
        people: list[tuple[Any, ...]] = []
        if kind < 0.10:  # living alone
            sex = Sex.MALE if rng.random() < 0.5 else Sex.FEMALE
            return [self._person(sex, rng.randint(20, 85), family, 0.75)]
        if kind < 0.18:  # an elderly couple whose children have moved out
            husband = rng.randint(60, 88)
            people.append(self._person(Sex.MALE, husband, family, 0.7))
            people.append(self._person(Sex.FEMALE, max(55, husband - rng.randint(0, 7)),
                                       family, 0.7))
            return people
        if kind < 0.28:  # a widow heading the family
            mother = rng.randint(32, 75)
            people.append(self._person(Sex.FEMALE, mother, family, 0.75))
        else:  # head, spouse, children
            husband = rng.randint(24, 65)
            mother = max(19, husband - rng.randint(-2, 8))
            people.append(self._person(Sex.MALE, husband, family, 0.75))
            people.append(self._person(Sex.FEMALE, mother, family, 0.75))
        ages = []
        for _ in range(rng.choices(_CHILDREN, _CHILDREN_WEIGHTS)[0]):
            at_birth = rng.randint(19, max(19, min(42, mother)))
            if mother - at_birth >= 0:
                ages.append(mother - at_birth)
        for age in sorted(ages, reverse=True):
            sex = Sex.MALE if rng.random() < 0.51 else Sex.FEMALE
            people.append(self._person(sex, age, family, 0.95))
        if kind > 0.90 and mother < 60:  # a widowed grandparent living with them
            people.append(self._person(
                Sex.FEMALE if rng.random() < 0.7 else Sex.MALE,
                min(90, mother + rng.randint(20, 32)), family, 0.6))
        return people


def synthetic_rows(
    count: int, seed: int, today: date, updated_at: str, local: str = DEMO_KELURAHAN
) -> Iterator[tuple[Any, ...]]:
    """``count`` residents, family by family, as rows in ``NEW_ROW_COLUMNS`` order; the
    first families live in ``local`` (a 10-digit kelurahan code of Kota Probolinggo)."""
    generator = _Generator(seed, today, updated_at, local)
    made = 0
    index = 0
    while made < count:
        for row in generator.family(index)[: count - made]:
            yield row
            made += 1
        index += 1


def seed_demo_residents(store: Store, count: int = DEMO_RESIDENTS, seed: int = DEFAULT_SEED) -> int:
    """Add ``count`` synthetic residents to a store without residents; return how many.

    One unit of work and one audit event for the lot, bulk-inserted on the session's
    connection (250,000 rows in a few seconds). A store that already has a
    resident list is left alone (returns 0): demo data never mixes into a real list.
    """
    with store.read() as session:
        if session.scalar(select(func.count()).select_from(Resident)):
            return 0
        office = session.get(Office, 1)
    now = store.clock()
    local = office.code.replace(".", "") if office is not None else DEMO_KELURAHAN
    # Drawn before the write lock is taken: the kiosk keeps issuing tickets meanwhile.
    rows = list(synthetic_rows(count, seed, now.date(), utc_text(now), local))
    with store.write(SYSTEM_NAME, SYSTEM_NAME) as uow:
        insert_residents(uow.session.connection(), rows)
        uow.record("residents.demo_seeded", "residents", "demo",
                   {"count": len(rows), "seed": seed, "synthetic": True})
    return len(rows)
