"""The desk writes each op's JSON field by field (sync/push.py): it must read back as the
very values in the store, whatever characters they hold."""

from __future__ import annotations

import json
import uuid

import pytest

from kelurahan_desk.domain.audit import canonical_json
from kelurahan_desk.sync.push import _op_json, _uuid_text

AWKWARD = 'a "quoted" \\ back\\slash\n\ttab \x00\x1f \u2028 é 😀 </script>'


@pytest.mark.parametrize("stored", [
    lambda u: u.hex, lambda u: str(u), lambda u: u.hex.upper(), lambda u: "{" + str(u) + "}"])
def test_uuids_go_out_dashed_and_lowercase_however_stored(stored):
    value = uuid.uuid4()
    assert _uuid_text(stored(value)) == str(value)


def test_an_op_reads_back_as_the_stored_values():
    op_id, event_id = uuid.uuid4(), uuid.uuid4()
    payload = {"note": AWKWARD, "n": 1, "none": None}
    row = (7, op_id.hex, "akta.submitted", AWKWARD[:10], AWKWARD, canonical_json(payload),
           event_id.hex, "2026-03-02T01:02:03.000000Z", AWKWARD[:6], "operator",
           canonical_json({"x": AWKWARD}), "a" * 64, "b" * 64)
    op = _op_json(row)
    assert (op.seq, op.op_id) == (7, str(op_id))
    assert json.loads(op.text) == {
        "seq": 7, "op_id": str(op_id), "action": "akta.submitted",
        "record_type": AWKWARD[:10], "record_id": AWKWARD, "payload": payload,
        "event": {"seq": 7, "event_id": str(event_id),
                  "occurred_at": "2026-03-02T01:02:03.000000Z", "actor": AWKWARD[:6],
                  "role": "operator", "action": "akta.submitted",
                  "record_type": AWKWARD[:10], "record_id": AWKWARD,
                  "changes": canonical_json({"x": AWKWARD}), "prev_hash": "a" * 64,
                  "hash": "b" * 64},
    }
