"""The centre's command line reading the city's resident list from a CSV file.

The columns and rules are the desk's (``domain/resident_file.py``, docs/RESIDENTS.md): the
same file loads at both ends, and a file with any wrong row is refused whole.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kelurahan_desk.domain.resident_file import (
    BadResidentFile,
    ResidentRow,
    decode_resident_file,
    read_resident_rows,
)

_MAX_PROBLEMS = 20  # lines printed on the terminal


class ResidentFileRefused(ValueError):
    def __init__(self, refusal: BadResidentFile) -> None:
        shown = refusal.problems[:_MAX_PROBLEMS]
        more = len(refusal.problems) - len(shown)
        super().__init__("\n".join([refusal.message, *shown]
                                   + ([f"(dan {more} lagi)"] if more else [])))
        self.problems = refusal.problems


def read_residents(path: Path, today: date | None = None) -> list[ResidentRow]:
    """Every row of the file, checked; raises ``ResidentFileRefused`` listing problems."""
    try:
        rows, _warnings, _count = read_resident_rows(
            decode_resident_file(path.read_bytes(), path.name), path.name,
            today or date.today())
    except BadResidentFile as refusal:
        raise ResidentFileRefused(refusal) from None
    return rows
