"""Push against a real central service (SQLite and PostgreSQL): exactly once, the audit
chain as the anchor, offices kept apart, bad requests changing nothing."""

from __future__ import annotations

import copy
import json
import threading
import uuid

import pytest
from sqlalchemy import func, select

from kelurahan_desk.central import admin
from kelurahan_desk.central.tables import AktaRequest, Office, Op
from kelurahan_desk.sync import wire
from tests.integration.conftest import FakeDesk, central_engine


def submit(desk: FakeDesk, serial: int = 1, office: str | None = None,
           request_id: uuid.UUID | None = None) -> dict:
    """An akta.submitted op as the desk writes it (form reduced to what the centre reads)."""
    number = f"{office or desk.office}-AKL-2026-{serial:05d}"
    return desk.record("akta.submitted", "akta_request", request_id or uuid.uuid4(), {
        "tracking_number": number, "late": False, "expected_completion": "2026-03-09",
        "ticket_id": None,
        "form": {"kind": "birth", "child": {"name": f"Anak {serial}"}, "documents": []},
    })


def counts(desk: FakeDesk) -> tuple[int, int, int]:
    """(ops kept, akta requests, accepted head seq) of the desk's office at the centre."""
    engine = central_engine(desk.server.database_url)
    with engine.connect() as conn:
        office = conn.execute(select(Office.id, Office.head_seq).where(
            Office.code == desk.office)).one()
        ops = conn.scalar(select(func.count()).select_from(Op).where(Op.office_id == office.id))
        requests = conn.scalar(select(func.count()).select_from(AktaRequest).where(
            AktaRequest.office_id == office.id))
    return ops, requests, office.head_seq


def results(response) -> list[tuple[int, str, str | None]]:
    assert response.status_code == 200, response.text
    answer = wire.PushResponse.model_validate_json(response.content)
    return [(r.seq, r.status.value, r.code) for r in answer.results]


def error_of(response) -> wire.ErrorDetail:
    detail = wire.parse_error(response.content)
    assert detail is not None, response.text
    return detail


def test_push_applies_and_a_replay_is_answered_duplicate_never_applied_twice(desk_factory):
    desk = desk_factory()
    for serial in (1, 2):
        submit(desk, serial)
    desk.record("auth.signed_out", "account", uuid.uuid4(), {})
    batch = desk.body()
    first = desk.push()
    assert results(first) == [(1, "applied", None), (2, "applied", None), (3, "applied", None)]
    head = wire.PushResponse.model_validate_json(first.content).chain_head
    assert (head.seq, head.hash) == desk.head
    again = desk.client.post("/api/v1/sync/push", json=batch)
    assert results(again) == [(1, "duplicate", None), (2, "duplicate", None),
                              (3, "duplicate", None)]
    assert counts(desk) == (3, 2, 3)


def test_a_replay_overlapping_new_ops_applies_only_the_new(desk_factory):
    desk = desk_factory()
    submit(desk, 1)
    assert results(desk.push()) == [(1, "applied", None)]
    submit(desk, 2)
    # The answer to the first push was lost: the desk sends both again.
    assert results(desk.push(desk.ops)) == [(1, "duplicate", None), (2, "applied", None)]
    assert counts(desk) == (2, 2, 2)


def test_one_op_the_centre_cannot_apply_is_rejected_and_the_rest_flow(desk_factory):
    desk = desk_factory()
    submit(desk, 1)
    desk.record("akta.corrected", "akta_request", uuid.uuid4(),
                {"changes": {}, "form": {"kind": "birth", "child": {"name": "X"}}})
    submit(desk, 2)
    desk.record("queue.service_saved", "queue_service", uuid.uuid4(),
                {"prefix": "A", "name": "Akta", "target_wait_minutes": 20,
                 "blob": "x" * (wire.MAX_PAYLOAD_BYTES + 1)})
    response = desk.push()
    assert results(response) == [(1, "applied", None), (2, "rejected", "unknown_record"),
                                 (3, "applied", None), (4, "rejected", "payload_too_large")]
    reason = wire.PushResponse.model_validate_json(response.content).results[1].reason
    assert reason and "belum pernah diterima" in reason
    # The rejected ops' events joined the chain: the head is the last op, and what comes
    # next continues from there.
    assert counts(desk) == (4, 2, 4)
    submit(desk, 3)
    assert results(desk.push()) == [(5, "applied", None)]
    # A replay answers what the first answer said: the desk keeps it in "needs attention".
    assert results(desk.push(desk.ops[1:2]))[0][1:] == ("rejected", "unknown_record")


def test_another_offices_records_get_403_and_nothing_is_written(desk_factory):
    desk, other = desk_factory(), desk_factory()
    submit(desk, 1)
    body = desk.body()
    body["office"] = other.office
    response = desk.client.post("/api/v1/sync/push", json=body)
    assert response.status_code == 403 and error_of(response).code == "wrong_office"
    # The office is its own, but a record carries another office's code.
    submit(desk, 2, office=other.office)
    response = desk.push()
    assert response.status_code == 403 and error_of(response).code == "wrong_office"
    assert counts(desk) == (0, 0, 0)
    assert counts(other) == (0, 0, 0)


def test_unknown_missing_and_revoked_keys_get_401(desk_factory, central):
    desk = desk_factory()
    submit(desk, 1)
    for headers, code in (({"Authorization": "Bearer kdc1_nope"}, "unknown_key"),
                          ({"Authorization": ""}, "missing_key")):
        response = desk.client.post("/api/v1/sync/push", json=desk.body(), headers=headers)
        assert response.status_code == 401 and error_of(response).code == code
        assert response.headers["www-authenticate"].startswith("Bearer")
    central.cli("office", "revoke", desk.office)
    for response in (desk.push(), desk.pull("requests")):
        assert response.status_code == 401 and error_of(response).code == "revoked_key"
    assert counts(desk) == (0, 0, 0)
    # A new key works; the revoked one stays revoked.
    new_key = admin.issue_key(central_engine(central.database_url), desk.office)
    fresh = FakeDesk(central, desk.office, new_key)
    fresh.ops, fresh.head = desk.ops, desk.head
    assert results(fresh.push()) == [(1, "applied", None)]
    fresh.close()


def test_oversized_and_malformed_pushes_get_413_or_422_and_change_nothing(desk_factory):
    desk = desk_factory()
    for serial in range(1, wire.MAX_OPS_PER_PUSH + 2):
        desk.record("queue.ticket_recalled", "ticket", uuid.uuid4(), {"n": serial})
    response = desk.push()
    assert response.status_code == 413 and error_of(response).code == "too_large"
    big = copy.deepcopy(desk.body(desk.ops[:1]))
    big["ops"][0]["payload"] = {"blob": "x" * wire.MAX_PUSH_BYTES}
    response = desk.client.post("/api/v1/sync/push", json=big)
    assert response.status_code == 413
    # Chunked (no Content-Length): counted as it arrives.
    response = desk.client.post("/api/v1/sync/push", content=iter([b"{" * 65536] * 80),
                                headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    # The body is parsed from its raw JSON (central/push_body.py); errors name where.
    for content, kind, where in (
            (b"{not json", "json_invalid", ["body"]), (b"\xff\xfe", "json_invalid", ["body"]),
            (b"", "missing", ["body"]), (b"[]", "model_type", ["body"]),
            (b'{"office": "3574"}', "string_pattern_mismatch", ["body", "office"])):
        response = desk.client.post("/api/v1/sync/push", content=content,
                                    headers={"Content-Type": "application/json"})
        assert response.status_code == 422 and error_of(response).code == "invalid"
        first = error_of(response).details["errors"][0]
        assert (first["type"], first["loc"]) == (kind, where), first
    not_json = desk.client.post("/api/v1/sync/push", content=json.dumps(desk.body()),
                                headers={"Content-Type": "text/plain"})
    assert not_json.status_code == 422 and error_of(not_json).code == "invalid"
    gap = desk.body([desk.ops[0], desk.ops[2]], head=(3, desk.ops[2]["event"]["hash"]))
    response = desk.client.post("/api/v1/sync/push", json=gap)
    assert response.status_code == 422
    assert counts(desk) == (0, 0, 0)


def test_the_chain_continues_across_pushes(desk_factory):
    desk = desk_factory()
    for round_ in range(3):
        for serial in range(3):
            submit(desk, round_ * 3 + serial + 1)
        assert {r[1] for r in results(desk.push())} == {"applied"}
    # An empty push states the head; the centre checks it and answers its own.
    response = desk.push([])
    assert response.status_code == 200
    assert wire.PushResponse.model_validate_json(response.content).chain_head.seq == 9
    assert counts(desk) == (9, 9, 9)


def quarantine_of(response) -> dict:
    assert response.status_code == 409, response.text
    detail = error_of(response)
    assert detail.code == "quarantined"
    return {"message": detail.message, **(detail.details or {})}


def test_a_cut_chain_is_refused_and_the_office_quarantined(desk_factory, central):
    desk = desk_factory()
    submit(desk, 1)
    assert results(desk.push()) == [(1, "applied", None)]
    submit(desk, 2)
    submit(desk, 3)
    # Event 2 was lost on the desk (a cut): 3 is sent as the next.
    found = quarantine_of(desk.push(desk.ops[2:]))
    assert found["kind"] == "cut" and "2 sampai 2" in found["message"]
    assert found["accepted_head"]["seq"] == 1
    # Quarantined: even a sound push is refused with the same reason until released.
    assert quarantine_of(desk.push(desk.ops[1:]))["kind"] == "cut"
    assert counts(desk) == (1, 1, 1)
    central.cli("office", "release", desk.office)
    assert results(desk.push(desk.ops[1:])) == [(2, "applied", None), (3, "applied", None)]


def test_a_rewritten_event_is_refused(desk_factory):
    desk = desk_factory()
    submit(desk, 1)
    submit(desk, 2)
    desk.push()
    # The same op sent again with an event changed after it was sealed (and resealed).
    tampered = [dict(desk.ops[1], event=dict(desk.ops[1]["event"], actor="siti"))]
    assert quarantine_of(desk.push(tampered))["kind"] == "rewritten"


def test_an_event_changed_after_sealing_is_refused(desk_factory):
    desk = desk_factory()
    submit(desk, 1)
    desk.ops[0]["event"]["actor"] = "siti"  # the hash no longer matches
    assert "diubah setelah dicatat" in quarantine_of(desk.push())["message"]
    assert counts(desk) == (0, 0, 0)


def test_an_accepted_op_id_sent_again_under_a_new_seq_is_refused(desk_factory):
    desk = desk_factory()
    submit(desk, 1)
    assert results(desk.push()) == [(1, "applied", None)]
    # A new event (sealed on the chain) whose op reuses op 1's id: the ops' unique index
    # catches it when the batch is written (COPY), and nothing of the push stays.
    reused = submit(desk, 2)
    reused["op_id"] = desk.ops[0]["op_id"]
    found = quarantine_of(desk.push())
    assert found["kind"] == "rewritten" and "nomor peristiwa lain" in found["message"]
    assert counts(desk) == (1, 1, 1)


def test_a_desk_restored_from_an_old_backup_is_quarantined_not_merged(desk_factory):
    desk = desk_factory()
    for serial in range(1, 4):
        submit(desk, serial)
    desk.push()
    backup = (list(desk.ops), desk.head)  # three days ago
    for serial in range(4, 7):
        submit(desk, serial)
    desk.push()
    # Restored: the desk forgets 4-6 and writes new events from seq 4 on.
    desk.ops, desk.head = backup
    desk.acked = 3
    submit(desk, 4)
    found = quarantine_of(desk.push())
    assert found["kind"] == "rewritten" and found["accepted_head"]["seq"] == 6
    assert counts(desk) == (6, 6, 6)


def test_a_restored_desk_with_nothing_new_is_caught_by_its_head(desk_factory):
    # Its push is built after the last one the centre took (or says not when it was built).
    for sent_later in (True, False):
        desk = desk_factory()
        for serial in range(1, 4):
            submit(desk, serial)
        desk.push(sent_at=desk.tick(minutes=1))
        found = quarantine_of(desk.push([], head=(2, desk.ops[1]["event"]["hash"]),
                                        sent_at=desk.tick(days=3) if sent_later else None))
        assert found["kind"] == "backwards" and "cadangan lama" in found["message"]


def test_a_push_the_network_delivered_late_is_answered_as_duplicates(desk_factory):
    desk = desk_factory()
    submit(desk, 1)
    submit(desk, 2)
    held = desk.body(sent_at=desk.tick(seconds=1))  # built, sent, held by the network
    submit(desk, 3)
    assert len(results(desk.push(sent_at=desk.tick(seconds=61)))) == 3  # the retry, later
    late = desk.client.post("/api/v1/sync/push", json=held)
    assert late.status_code == 200, late.text
    assert results(late) == [(1, "duplicate", None), (2, "duplicate", None)]
    assert late.json()["chain_head"]["seq"] == 3
    assert counts(desk) == (3, 3, 3)
    # A head the centre never accepted, even from before: refused.
    stale = dict(held, chain_head={"seq": 2, "hash": "0" * 64}, ops=[])
    assert quarantine_of(desk.client.post("/api/v1/sync/push", json=stale))["kind"] == (
        "backwards")


def test_two_offices_pushing_at_once(desk_factory):
    desks = [desk_factory(f"Kelurahan {i}") for i in range(2)]
    for desk in desks:
        for serial in range(1, 201):
            submit(desk, serial)
    failures: list[str] = []

    def run(desk: FakeDesk) -> None:
        for start in range(0, 200, 25):
            # Each batch is sent twice at once, as a desk retrying after a timeout might.
            batch = desk.ops[start:start + 25]
            replies: list = []

            def send(batch=batch, replies=replies) -> None:
                replies.append(desk.push(batch))

            threads = [threading.Thread(target=send) for _ in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            statuses = sorted(r.status_code for r in replies)
            if statuses != [200, 200]:
                failures.append(f"{desk.office}: {statuses} {replies[0].text[:300]}")
                return

    threads = [threading.Thread(target=run, args=(desk,)) for desk in desks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    for desk in desks:
        assert counts(desk) == (200, 200, 200)


@pytest.mark.parametrize("path", ["/api/v1/nothing", "/api/v2/sync/push"])
def test_unknown_paths_have_the_error_body(desk_factory, path):
    desk = desk_factory()
    response = desk.client.get(path)
    assert response.status_code == 404 and error_of(response).code == "not_found"
