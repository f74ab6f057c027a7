"""How many ops a push carries (sync/push.py BatchSize): 500 first, more on a fast link,
fewer on a slow one, never over what the centre takes."""

from __future__ import annotations

from kelurahan_desk.sync import wire
from kelurahan_desk.sync.push import MIN_OPS, PUSH_GOAL_SECONDS, START_OPS, BatchSize

FAST = PUSH_GOAL_SECONDS / 10
SLOW = PUSH_GOAL_SECONDS * 2


def test_a_fast_link_grows_full_batches_up_to_the_limit():
    size = BatchSize(wire.MAX_OPS_PER_PUSH)
    assert size.ops == START_OPS == 500
    size.took(START_OPS, FAST)
    assert size.ops == 1000
    size.took(START_OPS, FAST)  # a batch read before the size grew: not full, no growth
    assert size.ops == 1000
    size.took(1000, FAST)
    size.took(2000, FAST)
    assert size.ops == 4000
    size.took(4000, FAST)
    assert size.ops == wire.MAX_OPS_PER_PUSH == 4000


def test_a_push_that_is_neither_fast_nor_slow_keeps_the_size():
    size = BatchSize(2000)
    size.took(500, PUSH_GOAL_SECONDS / 2)
    assert size.ops == 500


def test_a_slow_link_halves_the_batch_down_to_a_floor():
    size = BatchSize(2000)
    for _ in range(10):
        size.took(size.ops, SLOW)
    assert size.ops == MIN_OPS


def test_the_desks_own_limit_caps_everything():
    size = BatchSize(4)
    assert size.ops == 4
    size.took(4, FAST)
    assert size.ops == 4
    size.took(4, SLOW)
    assert size.ops == 4  # the floor is not above the limit


def test_a_413_sets_the_limit_to_what_the_centre_said_or_half():
    size = BatchSize(2000)
    size.took(500, FAST)
    size.took(1000, FAST)
    size.too_large(1000, 500)  # an older centre: details.max_ops 500
    assert size.ops == size.limit == 500
    size.took(500, FAST)
    assert size.ops == 500
    size = BatchSize(2000)
    size.too_large(300, None)  # no details: half of what was sent
    assert size.ops == size.limit == 150
