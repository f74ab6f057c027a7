"""The wire schemas: what a valid push is, page checksums, and the audit seal on the wire."""

import json
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from kelurahan_desk.domain.akta import CENTRAL_STATUSES
from kelurahan_desk.domain.audit import GENESIS_HASH, AuditFields, canonical_json, event_hash
from kelurahan_desk.domain.roles import Role
from kelurahan_desk.sync import wire


def make_ops(count, start=1, prev=GENESIS_HASH, payload=None):
    """``count`` ops continuing a chain from (start - 1, prev)."""
    ops = []
    for seq in range(start, start + count):
        fields = AuditFields(seq, str(uuid.uuid4()), "2026-03-02T01:02:03.000004Z", "budi",
                             "operator", "queue.ticket_called", "ticket", str(uuid.uuid4()),
                             canonical_json({"n": seq}))
        digest = event_hash(fields, prev)
        ops.append({
            "seq": seq, "op_id": str(uuid.uuid4()), "action": fields.action,
            "record_type": fields.record_type, "record_id": fields.record_id,
            "payload": payload if payload is not None else {"n": seq},
            "event": {**fields.__dict__, "prev_hash": prev, "hash": digest},
        })
        prev = digest
    return ops, prev


def push(ops, head=None):
    last = ops[-1] if ops else None
    return {
        "office": "3574011007", "device": "loket-1", "ops": ops,
        "chain_head": head or ({"seq": last["seq"], "hash": last["event"]["hash"]} if last
                               else {"seq": 0, "hash": GENESIS_HASH}),
    }


def test_a_well_formed_push_parses_and_its_seals_hold():
    ops, _ = make_ops(3)
    request = wire.PushRequest.model_validate(push(ops))
    assert [op.seq for op in request.ops] == [1, 2, 3]
    assert all(op.event.seal_holds() for op in request.ops)


def test_a_changed_event_no_longer_holds_its_seal():
    ops, _ = make_ops(1)
    ops[0]["event"]["actor"] = "siti"
    assert not wire.PushRequest.model_validate(push(ops)).ops[0].event.seal_holds()


@pytest.mark.parametrize("breakage", [
    "gap", "unordered", "repeated_op_id", "event_of_another_op", "unknown_field",
    "office_with_dots", "uppercase_uuid", "naive_time", "head_behind_ops", "genesis_mismatch",
])
def test_schema_breaking_pushes_are_refused(breakage):
    ops, _ = make_ops(3)
    body = push(ops)
    if breakage == "gap":
        del body["ops"][1]
    elif breakage == "unordered":
        body["ops"].reverse()
    elif breakage == "repeated_op_id":
        body["ops"][1]["op_id"] = body["ops"][0]["op_id"]
    elif breakage == "event_of_another_op":
        body["ops"][0]["event"] = body["ops"][1]["event"]
    elif breakage == "unknown_field":
        body["ops"][0]["extra"] = 1
    elif breakage == "office_with_dots":
        body["office"] = "35.74.01.1007"
    elif breakage == "uppercase_uuid":
        body["ops"][0]["event"]["event_id"] = body["ops"][0]["event"]["event_id"].upper()
    elif breakage == "naive_time":
        body["ops"][0]["event"]["occurred_at"] = "2026-03-02 01:02:03"
    elif breakage == "head_behind_ops":
        body["chain_head"] = {"seq": 2, "hash": ops[1]["event"]["hash"]}
    elif breakage == "genesis_mismatch":
        body["chain_head"] = {"seq": 0, "hash": "a" * 64}
    with pytest.raises(ValidationError):
        wire.PushRequest.model_validate(body)


def test_too_many_ops_do_not_validate():
    ops, _ = make_ops(wire.MAX_OPS_PER_PUSH + 1)
    with pytest.raises(ValidationError):
        wire.PushRequest.model_validate(push(ops))


def test_an_empty_push_states_the_head_only():
    request = wire.PushRequest.model_validate(push([], {"seq": 7, "hash": "b" * 64}))
    assert request.ops == [] and request.chain_head.seq == 7


def page(stream, items, cursor=None):
    return {"stream": stream, "items": items, "cursor": cursor,
            "next_cursor": "v1.0123456789abcdef.42", "more": False,
            "checksum": wire.page_checksum(items)}


RESIDENT = {"nik": "3574014107850001", "kk": "3574010101100001", "full_name": "Siti Aminah",
            "sex": "P", "birth_place": "Probolinggo", "birth_date": "1985-07-01",
            "address": "Jl. Mawar 3", "rt": "003", "rw": "001",
            "kelurahan_code": "3574011007", "religion": "Islam", "removed": False}


def test_pages_parse_by_stream_with_their_checksum():
    items = [{"id": str(uuid.uuid4()), "tracking_number": "3574011007-AKL-2026-00001",
              "status": "issued", "at": "2026-03-02T01:00:00Z", "reason": None,
              "akta_number": "3574-LT-02032026-0001"}]
    parsed = wire.parse_pull_page(json.dumps(page("requests", items)))
    assert isinstance(parsed, wire.RequestsPage)
    assert parsed.items[0].akta_number == "3574-LT-02032026-0001"
    parsed = wire.parse_pull_page(page("residents", [RESIDENT]))
    assert isinstance(parsed, wire.ResidentsPage) and parsed.items[0].sex == "P"


def test_a_page_whose_items_changed_on_the_way_is_caught():
    body = page("residents", [RESIDENT])
    body["items"][0]["full_name"] = "Siti Aminah "
    with pytest.raises(wire.ChecksumMismatch):
        wire.parse_pull_page(body)
    with pytest.raises(wire.ChecksumMismatch):
        wire.parse_pull_page(b"[]")


def test_a_newer_centre_may_add_fields_to_items():
    # The checksum covers the field the desk does not know; parsing then drops it.
    body = page("residents", [{**RESIDENT, "blood_type": "O"}])
    assert not hasattr(wire.parse_pull_page(body).items[0], "blood_type")


@given(st.lists(st.dictionaries(st.text(max_size=5), st.one_of(
    st.none(), st.booleans(), st.integers(), st.text(max_size=10)), max_size=4), max_size=4))
def test_the_checksum_ignores_key_order_and_spacing(items):
    reordered = [dict(reversed(list(item.items()))) for item in items]
    again = json.loads(json.dumps(items, indent=2))
    assert wire.page_checksum(items) == wire.page_checksum(reordered) == wire.page_checksum(again)


def test_item_times_are_utc_after_parsing():
    item = wire.StockItem.model_validate({"id": str(uuid.uuid4()), "serial": "KTP-0001",
                                          "allocated_at": "2026-03-02T08:00:00+07:00"})
    assert item.model_dump(mode="json")["allocated_at"] == "2026-03-02T01:00:00Z"


def test_wire_values_are_the_domain_values():
    assert set(wire.CentralStatus.__args__) == {s.value for s in CENTRAL_STATUSES}
    roles = wire.AccountItem.model_fields["role"].annotation.__args__
    assert set(roles) == {r.value for r in Role}


def test_accounts_never_carry_a_password():
    assert not [f for f in wire.AccountItem.model_fields if "pass" in f]


def test_errors_parse_and_unknown_bodies_are_none():
    body = json.dumps({"error": {"code": "quarantined", "message": "x", "details": None}})
    assert wire.parse_error(body).code == wire.ErrorCode.QUARANTINED
    assert wire.parse_error("<html>") is None
