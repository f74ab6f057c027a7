"""Proof: desk processes killed with SIGKILL at random points while they write and sync lose
nothing they committed, duplicate nothing at the centre, and leave a valid audit chain.

Each round starts two desk processes on one store (``sync_desk_driver.py``: a kiosk issuing
tickets, a loket calling, finishing and submitting akta requests; each syncing without
pause, as every desk window's background sync does), lets them run a seeded random time
and kills one or both with SIGKILL: mid-write, mid-push, mid-marking of an answer, mid-pull.
The next round starts them again on what the kill left. At the end ``kelurahan-desk sync``
and ``kelurahan-desk verify`` run as a person would run them.

Bounds (environment): ``KD_KILL_ROUNDS`` (5), ``KD_KILL_SEED`` (9); on PostgreSQL.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter

import pytest

from kelurahan_desk.sync import credentials
from tests.integration.conftest import ROOT
from tests.integration.sync_proofs import (
    assert_desk_and_centre_identical,
    demo_template,
    env_int,
    proof_seed,
    say,
)
from tests.integration.test_sync_desk import desk_cli, make_desk

ROUNDS = env_int("KD_KILL_ROUNDS", 5)
SEED = proof_seed("KD_KILL_SEED", 9)
KILL_AFTER = (0.0, 1.2)  # seconds after both synced once (a sync takes 0.3-1 s here)


class Driver:
    """One desk process and what it said (read on a thread, so a kill loses no line)."""

    def __init__(self, data_dir, role: str, seed: int, actions: int) -> None:
        env = {**os.environ, credentials.KEYRING_ENV: "file", "QT_QPA_PLATFORM": "offscreen"}
        self.role = role
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.integration.sync_desk_driver", str(data_dir), role,
             str(seed), str(actions)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
        self.lines: list[str] = []
        self.ready = threading.Event()
        self.synced = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.strip())
            if line.strip() == "ready":
                self.ready.set()
            elif line.startswith("sync "):
                self.synced.set()
        self.ready.set()
        self.synced.set()

    def kill(self) -> None:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)

    def finish(self) -> tuple[int, str]:
        _out, err = self.process.communicate(timeout=60)
        self._reader.join(timeout=10)
        return self.process.returncode, err

    def committed(self) -> list[tuple[str, str, int]]:
        """(action, record id, newest outbox seq) of every write it reported."""
        found = []
        for line in self.lines:
            words = line.split()
            if len(words) == 4 and words[0] == "ok":
                found.append((words[1], words[2], int(words[3])))
        return found

@pytest.mark.slow
@pytest.mark.parametrize("central_database", ["postgresql"], indirect=True)
def test_killed_desk_processes_lose_nothing_and_duplicate_nothing(central, tmp_path_factory,
                                                                  tmp_path, request):
    started = time.monotonic()
    desk = make_desk(central, demo_template(tmp_path_factory), tmp_path / "desk")
    data_dir = desk.store.data_dir
    desk.store.close()
    rng = random.Random(SEED)
    committed: list[tuple[str, str, int]] = []
    kills: Counter[str] = Counter()
    syncs: Counter[str] = Counter()
    lines: list[str] = []
    for round_ in range(ROUNDS):
        drivers = [Driver(data_dir, role, SEED * 1000 + round_ * 10 + i, 400)
                   for i, role in enumerate(("kiosk", "loket"))]
        for driver in drivers:
            assert driver.ready.wait(60), driver.finish()
        # Both have synced at least once: from here a sync is always under way (each
        # process syncs without pause), so a random moment lands in one of its steps.
        for driver in drivers:
            driver.synced.wait(60)
        time.sleep(rng.uniform(*KILL_AFTER))
        victims = rng.choice([drivers[:1], drivers[1:], drivers])
        for driver in victims:
            kills[driver.role] += 1
            driver.kill()
        for driver in drivers:
            if driver not in victims:
                # The survivor goes on a moment on what the kill left, then is killed too.
                time.sleep(rng.uniform(*KILL_AFTER))
                kills[f"{driver.role} later"] += 1
                driver.kill()
        for driver in drivers:
            code, err = driver.finish()
            assert code == -signal.SIGKILL, f"{driver.role} ended by itself ({code}):\n{err}"
            committed += driver.committed()
            syncs.update(w.split()[1] for w in driver.lines if w.startswith("sync "))
            lines += driver.lines

    # What a person does afterwards: one sync from the command line, then a check.
    done = desk_cli("sync", data_dir=data_dir)
    problems = Counter(" ".join(line.split()[:2] + line.split()[3:])
                       for line in lines if line.startswith("sync ") and line.split()[1] != "ok")
    assert done.returncode == 0, f"{done.stdout}{done.stderr}\n{problems.most_common(5)}"
    verified = desk_cli("verify", data_dir=data_dir)
    assert verified.returncode == 0, verified.stdout + verified.stderr

    from kelurahan_desk.store.database import Store

    desk.store = Store.open(data_dir)
    try:
        view = assert_desk_and_centre_identical(desk)
        # Every write a process reported before it was killed is in the store and at the
        # centre: its outbox records up to the seq it saw, and its record.
        at_centre = {seq for seq, _op, _hash in view.ops}
        assert committed, "no process reported a write"
        newest = max(seq for _a, _r, seq in committed)
        assert set(range(1, newest + 1)) <= at_centre
        with desk.store.read() as session:
            conn = session.connection()
            records = {r for (r,) in conn.exec_driver_sql("SELECT record_id FROM outbox")}
            tickets = {str(uuid.UUID(str(t))) for (t,) in conn.exec_driver_sql(
                "SELECT id FROM tickets").all()}
            requests_ = {str(uuid.UUID(str(r))) for (r,) in conn.exec_driver_sql(
                "SELECT id FROM akta_requests").all()}
        for action, record, _seq in committed:
            assert record in records, (action, record)
            assert record in (requests_ if action == "akta_submitted" else tickets)
        say(request, (
            f"kill -9, seed {SEED}, {ROUNDS} rounds on PostgreSQL: {len(committed)} writes "
            f"reported committed before the kills, {len(view.ops)} ops at the centre "
            f"exactly once (head {view.head[0]}); syncs seen {dict(syncs)}; kills "
            f"{dict(sorted(kills.items()))}; {time.monotonic() - started:.1f} s"))
    finally:
        desk.store.close()


HOLD_LOCK = """
import sys, time
from pathlib import Path
from kelurahan_desk.sync.push_lock import MarkedPusher, push_turn

class Stuck:
    def push(self, body):
        print("pushing", flush=True)
        time.sleep(60)

with push_turn(Path(sys.argv[1])) as ours:
    assert ours
    MarkedPusher(Stuck(), Path(sys.argv[1])).push(b"{}")
"""


def test_the_push_lock_has_one_holder_and_a_kill_frees_it_after_a_grace(tmp_path):
    """The fix the kill proof needed (sync/push_lock.py): one push of a store at a time
    across processes; a holder killed mid-push frees the lock, and the next holder waits
    a moment so that the orphaned push reaches the centre first."""
    from kelurahan_desk.sync.push_lock import IN_FLIGHT_FILE, push_turn

    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(tmp_path)],
                              stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "pushing"
        with push_turn(tmp_path, wait=0.3) as ours:
            assert not ours  # another process is pushing this store's outbox
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(10)
    finally:
        if holder.poll() is None:
            holder.kill()
    assert (tmp_path / IN_FLIGHT_FILE).exists()  # it died with a push on its way
    began = time.monotonic()
    with push_turn(tmp_path, wait=5, grace=0.5) as ours:
        assert ours and time.monotonic() - began >= 0.5
    assert not (tmp_path / IN_FLIGHT_FILE).exists()
    began = time.monotonic()
    with push_turn(tmp_path, wait=5, grace=0.5) as ours:  # no orphan: no wait
        assert ours and time.monotonic() - began < 0.5
