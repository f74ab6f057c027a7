"""Small value types describing residents, shared by every layer."""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    """Sex as recorded by Dukcapil; the values are the letters printed on KTP-el and forms."""

    MALE = "L"
    FEMALE = "P"
