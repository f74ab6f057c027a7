"""Helpers of the sync proofs (faults, kill -9, restore, schemathesis): bounds from the
environment, real desks against a real centre, and the desk ⇄ centre comparison."""

from __future__ import annotations

import os
import random
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kelurahan_desk.central.tables import AktaRequest, Op, Ticket
from kelurahan_desk.central.tables import Office as CentralOffice
from kelurahan_desk.services.demo import seed_demo
from kelurahan_desk.services.sync_status import NEEDS_ATTENTION, PENDING
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.integrity import ANCHOR_KEY
from kelurahan_desk.sync.client import CentralClient
from kelurahan_desk.sync.engine import SyncEngine
from kelurahan_desk.sync.settings import SyncConfig
from tests.integration.conftest import central_engine
from tests.integration.test_sync_desk import Desk

_templates: dict[str, Path] = {}


def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo desk made once per session (as test_sync_desk's fixture does); copied by
    ``make_desk`` for each desk."""
    if "demo" not in _templates:
        folder = tmp_path_factory.mktemp("proof-demo") / "desk"
        store = Store.open(folder)
        try:
            seed_demo(store)
        finally:
            store.close()
        _templates["demo"] = folder
    return _templates["demo"]


def env_int(name: str, default: int) -> int:
    """A bound of a proof: small in CI, larger by hand (``KD_FAULT_RECORDS=2000 pytest …``)."""
    return int(os.environ.get(name, default))


def proof_seed(name: str, default: int) -> int:
    """The seed of a proof's schedule (``KD_PROOF_SEED`` shifts every proof's seed)."""
    return env_int(name, default) + env_int("KD_PROOF_SEED", 0)


def say(request: pytest.FixtureRequest, text: str) -> None:
    """Lines in pytest's output even without ``-s`` (what the faults hit, and so on)."""
    capture = request.config.pluginmanager.getplugin("capturemanager")
    reporter = request.config.pluginmanager.getplugin("terminalreporter")
    if capture is None or reporter is None:  # pragma: no cover
        print(text)
        return
    with capture.global_and_fixture_disabled():
        reporter.write_line("")
        for line in text.splitlines():
            reporter.write_line(line)


def short_timeout_engine(store, seed: int, timeout: float) -> SyncEngine:
    """The desk's engine with a short client timeout (a late answer costs that much)."""

    def client(config: SyncConfig) -> CentralClient:
        assert config.central_url is not None and config.key is not None
        return CentralClient(config.central_url, config.key, timeout=timeout)

    return SyncEngine(store, client_factory=client, rng=random.Random(seed).random)


@dataclass(frozen=True)
class CentreView:
    ops: list[tuple[int, str, str]]  # (seq, op id, hash), by seq
    statuses: dict[str, int]  # op status → count
    head: tuple[int, str]
    quarantine: str | None
    requests: int
    tickets: int


def centre_view(desk: Desk) -> CentreView:
    engine = central_engine(desk.central.database_url)
    with engine.connect() as conn:
        office = conn.execute(select(
            CentralOffice.id, CentralOffice.head_seq, CentralOffice.head_hash,
            CentralOffice.quarantine_kind).where(CentralOffice.code == desk.code)).one()
        statuses = dict(conn.execute(select(Op.status, func.count()).where(
            Op.office_id == office.id).group_by(Op.status)).all())
        requests = conn.scalar(select(func.count()).select_from(AktaRequest).where(
            AktaRequest.office_id == office.id))
        tickets = conn.scalar(select(func.count()).select_from(Ticket).where(
            Ticket.office_id == office.id))
    return CentreView(desk.centre_ops(), statuses, (office.head_seq, office.head_hash),
                      office.quarantine_kind, int(requests or 0), int(tickets or 0))


def desk_head(desk: Desk) -> tuple[int, str]:
    with desk.store.read() as session:
        row = session.connection().exec_driver_sql(
            "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1").one()
    return int(row[0]), str(row[1])


def desk_counts(desk: Desk) -> dict[str, int]:
    with desk.store.read() as session:
        conn = session.connection()

        def one(sql: str, *args: object) -> int:
            return int(conn.exec_driver_sql(sql, args).scalar() or 0)

        return {
            "pending": one("SELECT count(*) FROM outbox WHERE state = ?", PENDING),
            "needs_attention": one("SELECT count(*) FROM outbox WHERE state = ?",
                                   NEEDS_ATTENTION),
            "requests": one("SELECT count(*) FROM akta_requests"
                            " WHERE tracking_number IS NOT NULL"),
            "tickets": one("SELECT count(*) FROM tickets"),
        }


def anchor(desk: Desk) -> str | None:
    with desk.store.read() as session:
        raw = session.connection().exec_driver_sql(
            "SELECT value FROM settings WHERE key = ?", (ANCHOR_KEY,)).scalar()
    return str(raw).strip('"') if raw is not None else None


def assert_desk_and_centre_identical(desk: Desk) -> CentreView:
    """Every outbox op at the centre exactly once, in order, same hash; the centre's head
    is the desk's head and the desk's anchor; nothing rejected, nothing pending."""
    view = centre_view(desk)
    ours = desk.desk_ops()
    assert len({op_id for _s, op_id, _h in view.ops}) == len(view.ops)
    missing = sorted(set(ours) - set(view.ops))[:5]
    extra = sorted(set(view.ops) - set(ours))[:5]
    assert view.ops == ours, f"missing at the centre {missing}, not the desk's {extra}"
    head = desk_head(desk)
    assert view.head == head
    assert anchor(desk) == f"{head[0]}:{head[1]}"
    assert view.quarantine is None
    assert set(view.statuses) <= {"applied"}, view.statuses  # none rejected
    counts = desk_counts(desk)
    assert counts["pending"] == 0 and counts["needs_attention"] == 0, counts
    assert view.requests == counts["requests"] and view.tickets == counts["tickets"], (
        view, counts)
    return view

