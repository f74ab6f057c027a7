"""How the tables write a day and a moment (office time)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo


def day_text(value: date | None) -> str:
    return f"{value:%d-%m-%Y}" if value else "—"


def moment_text(value: datetime, zone: ZoneInfo) -> str:
    return f"{value.astimezone(zone):%d-%m-%Y %H:%M}"
