"""Reporting deadlines: 60 days for a birth, 30 for a death, in calendar or working days."""

from datetime import date

import pytest

from kelurahan_desk.domain.akta_deadlines import (
    DeadlineRule,
    add_working_days,
    days_late,
    is_late,
    last_day_on_time,
)

BIRTH, DEATH = DeadlineRule(60), DeadlineRule(30)


@pytest.mark.parametrize(("event", "last"), [
    (date(2026, 1, 31), date(2026, 4, 1)),    # across a short February
    (date(2024, 1, 31), date(2024, 3, 31)),   # leap year: February has 29 days
    (date(2024, 2, 29), date(2024, 4, 29)),   # born on a leap day
    (date(2025, 12, 15), date(2026, 2, 13)),  # across the year end
    (date(2023, 12, 31), date(2024, 2, 29)),  # lands on a leap day
])
def test_birth_deadline_in_calendar_days(event: date, last: date) -> None:
    assert last_day_on_time(event, BIRTH) == last
    assert not is_late(event, last, BIRTH)
    assert is_late(event, date.fromordinal(last.toordinal() + 1), BIRTH)


@pytest.mark.parametrize(("event", "last"), [
    (date(2025, 1, 31), date(2025, 3, 2)),   # 28-day February
    (date(2024, 1, 31), date(2024, 3, 1)),   # 29-day February
    (date(2026, 11, 30), date(2026, 12, 30)),
    (date(2026, 12, 31), date(2027, 1, 30)),
])
def test_death_deadline_in_calendar_days(event: date, last: date) -> None:
    assert last_day_on_time(event, DEATH) == last


def test_days_late_counts_past_the_last_day() -> None:
    assert days_late(date(2026, 1, 1), date(2026, 3, 2), BIRTH) == 0
    assert days_late(date(2026, 1, 1), date(2026, 3, 3), BIRTH) == 1
    assert days_late(date(2024, 1, 1), date(2024, 3, 2), BIRTH) == 1  # 2024 is a leap year


def test_working_days_skip_weekends() -> None:
    friday = date(2026, 11, 27)
    assert add_working_days(friday, 1) == date(2026, 11, 30)  # the Monday after
    assert add_working_days(friday, 5) == date(2026, 12, 4)
    assert add_working_days(date(2026, 11, 28), 1) == date(2026, 11, 30)  # from a Saturday
    rule = DeadlineRule(30, working_days=True)
    # 30 working days from Monday 2 February 2026 = six weeks later, Monday 16 March.
    assert last_day_on_time(date(2026, 2, 2), rule) == date(2026, 3, 16)
    assert not is_late(date(2026, 2, 2), date(2026, 3, 16), rule)
    assert is_late(date(2026, 2, 2), date(2026, 3, 17), rule)
    # Across a leap February: 20 working days from Thursday 15 Feb 2024.
    assert add_working_days(date(2024, 2, 15), 20) == date(2024, 3, 14)
