"""A real desk's outbox, as its store holds it, accepted by a real centre: the wire schemas
fit what ``UnitOfWork.record`` writes (the desk's sync engine builds on this)."""

from __future__ import annotations

import json
import sqlite3
import uuid
from contextlib import closing
from datetime import UTC, datetime

from kelurahan_desk.services import accounts, office, queue
from kelurahan_desk.services.demo import seed_demo
from kelurahan_desk.services.queue_services import list_services
from kelurahan_desk.store.database import Store
from kelurahan_desk.sync import wire
from tests.integration.conftest import FakeDesk, central_engine


def outbox_ops(path) -> tuple[list[dict], tuple[int, str]]:
    """The store's outbox records with their audit events, as wire ops, and its head."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        rows = conn.execute(
            "SELECT o.seq, o.op_id, o.action, o.record_type, o.record_id, o.payload,"
            " a.event_id, a.occurred_at, a.actor, a.role, a.changes, a.prev_hash, a.hash"
            " FROM outbox o JOIN audit_events a ON a.seq = o.audit_seq ORDER BY o.seq"
        ).fetchall()
    ops = [{
        "seq": seq, "op_id": str(uuid.UUID(op_id)), "action": action,
        "record_type": record_type, "record_id": record_id, "payload": json.loads(payload),
        "event": {"seq": seq, "event_id": str(uuid.UUID(event_id)), "occurred_at": at,
                  "actor": actor, "role": role, "action": action, "record_type": record_type,
                  "record_id": record_id, "changes": changes, "prev_hash": prev,
                  "hash": digest},
    } for (seq, op_id, action, record_type, record_id, payload, event_id, at, actor, role,
           changes, prev, digest) in rows]
    return ops, (ops[-1]["seq"], ops[-1]["event"]["hash"])


def test_a_demo_desks_outbox_is_accepted_whole_and_its_visit_reported(central, tmp_path):
    from kelurahan_desk.central import admin
    from kelurahan_desk.central.report import queue_times

    store = Store.open(tmp_path / "office",
                       clock=lambda: datetime.now(UTC).replace(hour=3))  # 10:00 WIB
    try:
        seed_demo(store)
        code = office.get_office(store).code.replace(".", "")  # the store keeps digits
        service = next(s for s in list_services(store) if s.prefix == "A")
        counter = office.list_counters(store)[0]
        actor = accounts.sign_in(store, "operator", "operator-demo", counter.id)
        issued = queue.issue_ticket(store, service.id)
        called = queue.call_next(store, actor)
        assert called is not None and called.id == issued.ticket.id
        queue.finish(store, actor, called.id)
        path = store.path
    finally:
        store.close()
    ops, head = outbox_ops(path)
    key = admin.add_office(central_engine(central.database_url), code, "Pohsangit Kidul")
    desk = FakeDesk(central, code, key)
    try:
        answers = []
        for start in range(0, len(ops), wire.MAX_OPS_PER_PUSH):
            batch = ops[start:start + wire.MAX_OPS_PER_PUSH]
            response = desk.push(batch, head=head)
            assert response.status_code == 200, response.text
            answers += wire.PushResponse.model_validate_json(response.content).results
        assert [a.status.value for a in answers] == ["applied"] * len(ops)
    finally:
        desk.close()
    (mine,) = [row for row in queue_times(central_engine(central.database_url))
               if row.code == code]
    assert (mine.figures.issued, mine.figures.served) == (1, 1)
