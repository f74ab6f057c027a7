"""The sync's retry schedule: exponential, capped, jittered, for ever (a pure function)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kelurahan_desk.sync.engine import (
    BACKOFF_BASE_SECONDS,
    BACKOFF_CAP_SECONDS,
    INTERVAL_SECONDS,
    backoff_delay,
)


def test_all_well_means_the_ordinary_interval():
    assert backoff_delay(0, 0.3) == INTERVAL_SECONDS
    assert backoff_delay(0, 0.3, interval=12) == 12


def test_the_delay_doubles_until_the_cap():
    # Without jitter (fraction 0) each failure doubles the wait: 5, 10, 20, … s.
    no_jitter = [backoff_delay(n, 0.0) for n in range(1, 12)]
    assert no_jitter[:4] == [5.0, 10.0, 20.0, 40.0]
    assert no_jitter[-1] == BACKOFF_CAP_SECONDS
    assert no_jitter == sorted(no_jitter)


def test_jitter_takes_at_most_half_of_the_step():
    assert backoff_delay(3, 0.0) == 20.0
    assert backoff_delay(3, 1.0) == 10.0
    assert backoff_delay(3, 0.5) == 15.0


def test_it_retries_for_ever_at_the_cap_without_overflow():
    for failures in (50, 1_000, 10**9):
        delay = backoff_delay(failures, 0.25)
        assert BACKOFF_CAP_SECONDS / 2 <= delay <= BACKOFF_CAP_SECONDS


def test_a_fraction_outside_0_1_is_a_bug():
    with pytest.raises(ValueError):
        backoff_delay(2, 1.5)
    with pytest.raises(ValueError):
        backoff_delay(2, -0.1)


@given(st.integers(min_value=1, max_value=10_000), st.floats(min_value=0, max_value=1),
       st.floats(min_value=0, max_value=1))
def test_bounds_and_growth_hold_for_any_draw(failures, first, second):
    step = min(BACKOFF_CAP_SECONDS, BACKOFF_BASE_SECONDS * 2.0 ** min(failures - 1, 62))
    delay = backoff_delay(failures, first)
    assert step / 2 <= delay <= step
    # One more failure never waits less than the lowest draw of the one before.
    assert backoff_delay(failures + 1, second) >= backoff_delay(failures, 1.0)


def test_desks_that_failed_together_spread_out():
    import random

    draws = random.Random(7)
    delays = {round(backoff_delay(6, draws.random()), 3) for _ in range(50)}
    assert len(delays) > 40
