"""Kemendagri region codes: our own region tables, backed by python-stdnum's national table."""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from stdnum import numdb

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP
from kelurahan_desk.paths import resources_dir

__all__ = [
    "LEVELS_BY_LENGTH",
    "Region",
    "RegionDataError",
    "RegionTable",
    "describe",
    "load_regions",
    "normalize_code",
    "region_name",
]

# Which administrative levels a code of each length (in digits) may name. Villages are
# "kelurahan" in a kota and usually "desa" in a kabupaten; both share the 4-digit last part.
LEVELS_BY_LENGTH: dict[int, frozenset[str]] = {
    2: frozenset({"provinsi"}),
    4: frozenset({"kabupaten", "kota"}),
    6: frozenset({"kecamatan"}),
    10: frozenset({"kelurahan", "desa"}),
}

_VILLAGE_LEVELS = LEVELS_BY_LENGTH[10]
_SEPARATORS = re.compile(r"[\s.\-]+")
_CSV_HEADER = ["code", "name", "level"]
# Kemendagri numbers kabupaten from 01 and kota from 71 within a province; stdnum's table
# gives bare upper-case names ("PROBOLINGGO" for both 35.13 and 35.74), so this is the
# only way to tell Kabupaten Probolinggo from Kota Probolinggo.
_FIRST_KOTA_NUMBER = 71
# Words that stay lower case inside a title-cased Indonesian place name.
_LOWER_WORDS = frozenset({"dan"})
_PREFIX_BY_LEVEL = {"kecamatan": "Kec. ", "kelurahan": "Kel. ", "desa": "Desa "}


class RegionDataError(ValueError):
    """A bundled region CSV is malformed (a packaging bug, not an operator mistake)."""


@dataclass(frozen=True, slots=True)
class Region:
    """One administrative region, identified by its dotted Kemendagri code."""

    code: str
    name: str
    level: str

    @property
    def parent_code(self) -> str | None:
        """The dotted code of the enclosing region, or None for a province."""
        head, dot, _ = self.code.rpartition(".")
        return head if dot else None


def _digits_of(text: str) -> str:
    return _SEPARATORS.sub("", text)


def _dotted(digits: str) -> str:
    parts = (digits[0:2], digits[2:4], digits[4:6], digits[6:10])
    return ".".join(part for part in parts if part)


def normalize_code(text: str) -> str:
    """Return ``text`` as a dotted region code: ``" 35 74 01 1007 "`` -> ``"35.74.01.1007"``.

    Spaces, dots and dashes are ignored. Raises ``ValueError`` (with a translatable
    Indonesian message) unless what remains is 2, 4, 6 or 10 ASCII digits.
    """
    digits = _digits_of(text)
    if not (digits.isascii() and digits.isdigit()) or len(digits) not in LEVELS_BY_LENGTH:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "regions",
                "Kode wilayah “{code}” tidak sah: harus 2, 4, 6 atau 10 angka, "
                "misalnya 35.74.01.1007.",
            ).format(code=text.strip())
        )
    return _dotted(digits)


def _title_case(upper_name: str) -> str:
    words = upper_name.title().split(" ")
    return " ".join(word.lower() if word.lower() in _LOWER_WORDS else word for word in words)


@functools.cache
def _stdnum_region(dotted: str) -> Region | None:
    """Province or kabupaten/kota from stdnum's table; None when the table lacks it."""
    digits = dotted.replace(".", "")
    if len(digits) not in (2, 4):
        return None
    parts = numdb.get("id/loc").info(digits)
    # An unknown province comes back as one part holding all the digits, with no name.
    if len(parts) != len(digits) // 2:
        return None
    name = parts[-1][1].get("name_id")
    if not name:
        return None
    if len(digits) == 2:
        return Region(dotted, name, "provinsi")
    if int(digits[2:4]) >= _FIRST_KOTA_NUMBER:
        return Region(dotted, f"Kota {_title_case(name)}", "kota")
    return Region(dotted, f"Kabupaten {_title_case(name)}", "kabupaten")


class RegionTable:
    """Regions from our CSV files, falling back to stdnum for provinces and kab/kota.

    Our own rows win over stdnum's. Only our rows are iterated and listed as children:
    stdnum knows nothing below kab/kota level.
    """

    def __init__(self, regions: Iterable[Region]) -> None:
        by_code: dict[str, Region] = {}
        for region in regions:
            code = normalize_code(region.code)
            if code != region.code:
                raise RegionDataError(f"region code {region.code!r} is not in dotted form")
            if region.level not in LEVELS_BY_LENGTH[len(code.replace(".", ""))]:
                raise RegionDataError(f"region {code}: level {region.level!r} does not fit")
            if not region.name.strip():
                raise RegionDataError(f"region {code} has no name")
            known = by_code.get(code)
            # The same province row may legitimately appear in several cities' files.
            if known is not None and known != region:
                raise RegionDataError(f"region {code} defined twice: {known} and {region}")
            by_code[code] = region
        self._by_code = by_code
        self._children: dict[str, list[Region]] = {}
        for region in sorted(by_code.values(), key=lambda r: r.code):
            parent = region.parent_code
            if parent is None:
                continue
            if parent not in by_code and _stdnum_region(parent) is None:
                raise RegionDataError(f"region {region.code}: parent {parent} is unknown")
            self._children.setdefault(parent, []).append(region)

    @classmethod
    def from_directory(cls, directory: Path) -> RegionTable:
        """Read every ``*.csv`` in ``directory`` (header ``code,name,level``)."""
        regions: list[Region] = []
        for path in sorted(directory.glob("*.csv")):
            regions.extend(_read_csv(path))
        return cls(regions)

    def __iter__(self) -> Iterator[Region]:
        return iter(sorted(self._by_code.values(), key=lambda r: r.code))

    def __len__(self) -> int:
        return len(self._by_code)

    def get(self, code: str) -> Region | None:
        """The region for a dotted or undotted code, or None when nobody knows it.

        Raises ``ValueError`` when ``code`` is not a region code at all.
        """
        dotted = normalize_code(code)
        return self._by_code.get(dotted) or _stdnum_region(dotted)

    def covers(self, code: str) -> bool:
        """Whether our own tables list regions below ``code`` (so a missing child is news)."""
        return normalize_code(code) in self._children

    def kecamatan_of(self, kota_code: str) -> list[Region]:
        """The kecamatan of a kabupaten/kota from our tables, ordered by code."""
        children = self._children.get(normalize_code(kota_code), [])
        return [region for region in children if region.level == "kecamatan"]

    def kelurahan_of(self, kecamatan_code: str) -> list[Region]:
        """The kelurahan (and desa) of a kecamatan from our tables, ordered by code."""
        children = self._children.get(normalize_code(kecamatan_code), [])
        return [region for region in children if region.level in _VILLAGE_LEVELS]

    def _known_chain(self, code: str) -> list[Region]:
        """Known regions from ``code`` up to its province, most specific first."""
        digits = normalize_code(code).replace(".", "")
        chain: list[Region] = []
        for length in (10, 6, 4, 2):
            if len(digits) >= length:
                region = self.get(digits[:length])
                if region is not None:
                    chain.append(region)
        return chain

    def region_name(self, code: str) -> str | None:
        """The name of the most specific region of ``code`` that is known, else None."""
        chain = self._known_chain(code)
        return chain[0].name if chain else None

    def describe(self, code: str) -> str:
        """E.g. ``"Kec. Kademangan, Kota Probolinggo, Jawa Timur"``; unknown levels are left out.

        When not even the province is known, the dotted code itself is returned.
        """
        chain = self._known_chain(code)
        if not chain:
            return normalize_code(code)
        return ", ".join(_PREFIX_BY_LEVEL.get(r.level, "") + r.name for r in chain)


def _read_csv(path: Path) -> list[Region]:
    regions: list[Region] = []
    # utf-8-sig: a file saved from a spreadsheet may start with a byte-order mark.
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if header != _CSV_HEADER:
            raise RegionDataError(f"{path}: header must be {','.join(_CSV_HEADER)}")
        for row in reader:
            if not row:
                continue
            if len(row) != len(_CSV_HEADER):
                raise RegionDataError(f"{path}:{reader.line_num}: expected 3 fields")
            code, name, level = (field.strip() for field in row)
            try:
                dotted = normalize_code(code)
            except ValueError as error:
                raise RegionDataError(f"{path}:{reader.line_num}: {error}") from error
            regions.append(Region(dotted, name, level))
    return regions


@functools.cache
def load_regions() -> RegionTable:
    """The region table bundled with the app (``resources/regions/*.csv``), read once."""
    return RegionTable.from_directory(resources_dir() / "regions")


def region_name(code: str) -> str | None:
    """The name of the most specific known region of ``code`` (see ``RegionTable``)."""
    return load_regions().region_name(code)


def describe(code: str) -> str:
    """A readable place for ``code``, e.g. ``"Kec. Kademangan, Kota Probolinggo, Jawa Timur"``."""
    return load_regions().describe(code)
