"""Separate processes on one store: a kiosk and two lokets never collide or double-call."""

import sqlite3
import subprocess
import sys
import textwrap

import pytest

from kelurahan_desk.services.demo import seed_demo
from kelurahan_desk.store.database import STORE_FILE, Store
from kelurahan_desk.store.integrity import verify_store

KIOSK = textwrap.dedent("""
    import sys, random
    from pathlib import Path
    from kelurahan_desk.store.database import Store
    from kelurahan_desk.services import queue
    from kelurahan_desk.services import queue_services
    store = Store.open(Path(sys.argv[1]))
    services = [s.id for s in queue_services.list_services(store)]
    rng = random.Random(int(sys.argv[3]))
    for _ in range(int(sys.argv[2])):
        queue.issue_ticket(store, rng.choice(services))
    if len(sys.argv) > 4:
        Path(sys.argv[4]).touch()  # tell the lokets the kiosk is done
    print("issued", flush=True)
""")

COUNTER = textwrap.dedent("""
    import sys, threading, time
    from pathlib import Path
    from kelurahan_desk.store.database import Store
    from kelurahan_desk.services import accounts, office, queue
    store = Store.open(Path(sys.argv[1]))
    loket = office.list_counters(store)[int(sys.argv[2])]
    actor = accounts.sign_in(store, sys.argv[3], sys.argv[4], loket.id)
    kiosk_done = Path(sys.argv[5])
    print("ready", flush=True)
    served, deadline, pause = 0, time.monotonic() + 90, threading.Event()
    while time.monotonic() < deadline:
        ticket = queue.call_next(store, actor)
        if ticket is None:
            if kiosk_done.exists():
                break  # the kiosk has finished and nobody is waiting
            pause.wait(0.005)  # an empty queue: do not hammer the write lock
            continue
        pause.wait(0.01)  # serving takes a moment; the other loket calls meanwhile
        queue.finish(store, actor, ticket.id)
        served += 1
    print("served", served, flush=True)
""")


@pytest.fixture
def office_dir(tmp_path):
    store = Store.open(tmp_path / "office")
    seed_demo(store)
    store.close()
    return tmp_path / "office"


def start(script, *args):
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_issuers_at_once_get_unique_consecutive_numbers(office_dir):
    kiosks = [start(KIOSK, office_dir, 40, seed) for seed in range(3)]
    for kiosk in kiosks:
        _out, err = kiosk.communicate(timeout=120)
        assert kiosk.returncode == 0, err
    with sqlite3.connect(office_dir / STORE_FILE) as conn:
        rows = conn.execute("SELECT prefix, number FROM tickets ORDER BY prefix, number").fetchall()
    assert len(rows) == 120
    by_prefix = {}
    for prefix, number in rows:
        by_prefix.setdefault(prefix, []).append(number)
    for prefix, numbers in by_prefix.items():
        assert numbers == list(range(1, len(numbers) + 1)), prefix


def test_kiosk_and_two_lokets_never_call_a_ticket_twice(office_dir, tmp_path):
    total = 60
    done = tmp_path / "kiosk-done"
    lokets = [start(COUNTER, office_dir, 0, "operator", "operator-demo", done),
              start(COUNTER, office_dir, 1, "supervisor", "supervisor-demo", done)]
    for loket in lokets:  # both signed in and calling before the first ticket exists
        assert loket.stdout.readline().strip() == "ready"
    kiosk = start(KIOSK, office_dir, total, 7, done)
    out, err = kiosk.communicate(timeout=120)
    assert kiosk.returncode == 0, err
    served = []
    for loket in lokets:
        out, err = loket.communicate(timeout=150)
        assert loket.returncode == 0, err
        served.append(int(out.split()[-1]))
    assert sum(served) == total
    assert all(n > 0 for n in served), served  # both lokets really worked
    with sqlite3.connect(office_dir / STORE_FILE) as conn:
        calls = conn.execute(
            "SELECT ticket_id, count(*) FROM ticket_calls WHERE kind = 'call'"
            " GROUP BY ticket_id").fetchall()
        finished = conn.execute(
            "SELECT count(*) FROM tickets WHERE outcome = 'selesai'").fetchone()[0]
    assert len(calls) == total and all(n == 1 for _, n in calls)
    assert finished == total
    assert verify_store(office_dir / STORE_FILE).ok
