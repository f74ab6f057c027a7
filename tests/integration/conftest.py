"""Fixtures of the integration tests: PostgreSQL where it is, and a real central service.

PostgreSQL: the tests that need it run wherever ``KD_TEST_POSTGRES_URL`` names a server
(``.ci/run`` starts one and sets it). They skip on a developer's machine without it, and
FAIL in CI (``CI=true``) when it is unset or does not answer: a green CI must mean the
centre was tested on the database it runs on in production. Every central server started
here gets a database of its own (made and dropped through that URL's role).
"""

from __future__ import annotations

import itertools
import os
import re
import secrets
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
POSTGRES_ENV = "KD_TEST_POSTGRES_URL"
_LISTENING = re.compile(r"listening on (https?://\S+)")


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """The admin URL of a reachable PostgreSQL (skip locally without one; fail in CI)."""
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        if _in_ci():
            pytest.fail(f"{POSTGRES_ENV} is not set in CI: .ci/run must start PostgreSQL")
        pytest.skip(f"{POSTGRES_ENV} not set: no PostgreSQL to test on")
    import psycopg

    try:
        psycopg.connect(url, connect_timeout=5).close()
    except psycopg.OperationalError as exc:
        # Asked for and not there: a failure everywhere, not only in CI.
        pytest.fail(f"PostgreSQL at {POSTGRES_ENV} does not answer: {exc}")
    return url


@pytest.fixture(scope="session")
def fresh_postgres_database(postgres_url: str) -> Iterator[Callable[[], str]]:
    """A function making an empty database (dropped at the end of the session)."""
    import psycopg
    from sqlalchemy.engine import make_url

    made: list[str] = []

    def make() -> str:
        name = f"kd_central_{secrets.token_hex(4)}"
        with psycopg.connect(postgres_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        made.append(name)
        return make_url(postgres_url).set(database=name).render_as_string(
            hide_password=False)

    yield make
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        for name in made:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def central_cli(*args: str, database_url: str, timeout: float = 60,
                check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run ``kelurahan-central`` as an operator of the centre would."""
    result = subprocess.run(
        [sys.executable, "-m", "kelurahan_desk.central.cli", *args,
         "--database-url", database_url],
        capture_output=True, text=True, timeout=timeout, cwd=ROOT,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"kelurahan-central {' '.join(args)} failed "
                             f"({result.returncode}):\n{result.stderr}")
    return result


@dataclass
class CentralServer:
    """A ``kelurahan-central serve`` process on loopback and its database."""

    base_url: str
    database_url: str
    process: subprocess.Popen[str]
    output: list[str] = field(default_factory=list)

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return central_cli(*args, database_url=self.database_url, check=check)


def start_central(database_url: str, *extra: str, timeout: float = 60) -> CentralServer:
    """Start ``kelurahan-central serve --port 0`` and wait until it says where it listens."""
    process = subprocess.Popen(
        [sys.executable, "-m", "kelurahan_desk.central.cli", "serve", "--host", "127.0.0.1",
         "--port", "0", "--database-url", database_url, *extra],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT,
    )
    assert process.stdout is not None
    lines: list[str] = []
    found: list[str] = []
    ready = threading.Event()

    def read() -> None:  # keeps draining, so a chatty server never blocks on its pipe
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line)
            match = _LISTENING.search(line)
            if match and not found:
                found.append(match.group(1))
                ready.set()
        ready.set()

    threading.Thread(target=read, daemon=True).start()
    if not ready.wait(timeout) or not found:
        process.kill()
        raise AssertionError("kelurahan-central serve did not start:\n" + "".join(lines))
    server = CentralServer(found[0], database_url, process, lines)
    _wait_healthy(server)
    return server


def _wait_healthy(server: CentralServer) -> None:
    import httpx

    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(server.base_url + "/api/v1/health", verify=False,
                         timeout=5).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline or server.process.poll() is not None:
            raise AssertionError("the central service never became healthy:\n"
                                 + "".join(server.output))
        time.sleep(0.05)


def stop_central(server: CentralServer) -> None:
    server.process.terminate()
    try:
        server.process.wait(10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait(10)


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def central_database(request: pytest.FixtureRequest,
                     tmp_path_factory: pytest.TempPathFactory) -> str:
    """The URL of an empty central database: a SQLite file, or a fresh PostgreSQL one."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path_factory.mktemp('central') / 'central.sqlite'}"
    return request.getfixturevalue("fresh_postgres_database")()


@pytest.fixture(scope="session")
def central(central_database: str) -> Iterator[CentralServer]:
    """A real central service on loopback, on each database, shared by the tests (a start
    costs seconds); they share it but not their offices: each registers offices of its own.
    """
    server = start_central(central_database)
    try:
        yield server
    finally:
        stop_central(server)


# --- an office's side of the protocol, by hand ------------------------------------------------

_office_numbers = itertools.count(1)
_engines: dict[str, Any] = {}


def central_engine(database_url: str) -> Any:
    """An engine of this test process on a server's database (for set-up and checks)."""
    from kelurahan_desk.central.database import open_engine

    if database_url not in _engines:
        _engines[database_url] = open_engine(database_url)
    return _engines[database_url]


def new_office(server: CentralServer, name: str = "Kelurahan Uji") -> tuple[str, str]:
    """Register an office directly in the server's database: (code, key)."""
    from kelurahan_desk.central import admin

    while True:  # other tests may number their offices on the same server too
        code = f"3574{next(_office_numbers):06d}"
        try:
            return code, admin.add_office(central_engine(server.database_url), code, name)
        except admin.AdminError:
            continue


class FakeDesk:
    """A desk reduced to its chain: seals events as ``UnitOfWork.record`` does, and pushes.

    Each ``record`` appends one event and its op; ``push`` sends pending ops and marks the
    acknowledged ones, as the desk's engine will.
    """

    def __init__(self, server: CentralServer, office: str, key: str,
                 start: datetime | None = None) -> None:
        import httpx

        from kelurahan_desk.domain.audit import GENESIS_HASH

        self.server = server
        self.office = office
        self.key = key
        self.client = httpx.Client(base_url=server.base_url, timeout=30, verify=False,
                                   headers={"Authorization": f"Bearer {key}"})
        self.ops: list[dict[str, Any]] = []
        self.acked = 0
        self.head: tuple[int, str] = (0, GENESIS_HASH)
        self.now = start or datetime(2026, 3, 2, 1, 0, tzinfo=UTC)

    def tick(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now

    def record(self, action: str, record_type: str, record_id: str | uuid.UUID,
               payload: dict[str, Any], actor: str = "budi",
               role: str = "operator") -> dict[str, Any]:
        from kelurahan_desk.domain.audit import AuditFields, canonical_json, event_hash

        seq, prev = self.head[0] + 1, self.head[1]
        fields = AuditFields(seq, str(uuid.uuid4()),
                             self.now.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), actor, role, action,
                             record_type, str(record_id), canonical_json(payload))
        digest = event_hash(fields, prev)
        op = {"seq": seq, "op_id": str(uuid.uuid4()), "action": action,
              "record_type": record_type, "record_id": str(record_id), "payload": payload,
              "event": {**fields.__dict__, "prev_hash": prev, "hash": digest}}
        self.ops.append(op)
        self.head = (seq, digest)
        return op

    def body(self, ops: list[dict[str, Any]] | None = None,
             head: tuple[int, str] | None = None,
             sent_at: datetime | None = None) -> dict[str, Any]:
        ops = self.ops[self.acked:] if ops is None else ops
        seq, digest = head or self.head
        body = {"office": self.office, "device": "loket-1", "ops": ops,
                "chain_head": {"seq": seq, "hash": digest}}
        if sent_at is not None:  # as the desk sends it (older desks did not)
            body["sent_at"] = sent_at.isoformat()
        return body

    def push(self, ops: list[dict[str, Any]] | None = None,
             head: tuple[int, str] | None = None, sent_at: datetime | None = None) -> Any:
        response = self.client.post("/api/v1/sync/push", json=self.body(ops, head, sent_at))
        if response.status_code == 200 and ops is None:
            self.acked = len(self.ops)
        return response

    def pull(self, stream: str, cursor: str | None = None, limit: int | None = None) -> Any:
        params: dict[str, Any] = {"stream": stream}
        if cursor is not None:
            params["cursor"] = cursor
        if limit is not None:
            params["limit"] = limit
        return self.client.get("/api/v1/sync/pull", params=params)

    def pull_all(self, stream: str, cursor: str | None = None,
                 limit: int | None = None) -> tuple[list[Any], str]:
        """Every item after ``cursor``, checksums checked; and the cursor to keep."""
        from kelurahan_desk.sync.wire import parse_pull_page

        items: list[Any] = []
        while True:
            response = self.pull(stream, cursor, limit)
            assert response.status_code == 200, response.text
            page = parse_pull_page(response.content)
            items += page.items
            cursor = page.next_cursor
            if not page.more:
                return items, cursor

    def close(self) -> None:
        self.client.close()


@pytest.fixture
def desk_factory(central: CentralServer) -> Iterator[Callable[..., FakeDesk]]:
    """Make desks of new offices on the module's server."""
    made: list[FakeDesk] = []

    def make(name: str = "Kelurahan Uji") -> FakeDesk:
        code, key = new_office(central, name)
        desk = FakeDesk(central, code, key)
        made.append(desk)
        return desk

    yield make
    for desk in made:
        desk.close()
