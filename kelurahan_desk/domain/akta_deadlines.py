"""Legal reporting deadlines and expected completion dates, counted in days or working days.

Births must be reported within 60 days, deaths within 30 (UU 24/2013 Pasal 44); whether
the 60 are calendar or working days is unverified, so both the lengths and the way of
counting are settings. Working days are Monday to Friday: national holidays are not
known to the desk, so a deadline counted in working days may be a day or two generous.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class DeadlineRule:
    days: int
    working_days: bool = False


def add_working_days(start: date, count: int) -> date:
    """The ``count``-th working day after ``start`` (``start`` itself not counted)."""
    day = start
    left = count
    while left > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day


def last_day_on_time(event: date, rule: DeadlineRule) -> date:
    """The last day a report of ``event`` is still on time."""
    if rule.working_days:
        return add_working_days(event, rule.days)
    return event + timedelta(days=rule.days)


def is_late(event: date, reported_on: date, rule: DeadlineRule) -> bool:
    return reported_on > last_day_on_time(event, rule)


def days_late(event: date, reported_on: date, rule: DeadlineRule) -> int:
    """Calendar days past the deadline (0 when on time)."""
    return max(0, (reported_on - last_day_on_time(event, rule)).days)
