"""A desk process for the kill -9 proof: writes through the real services and syncs.

    python -m tests.integration.sync_desk_driver DATA_DIR ROLE SEED ACTIONS

ROLE ``kiosk`` issues tickets; ``loket`` (signed in as the operator at loket 1) calls and
finishes them and submits akta requests. Both run the desk's sync engine on a thread of
their own, one full sync after another, as the desk's background sync does (without its
pauses). After each write has committed the process prints

    ok <action> <record id> <newest outbox seq>

so whatever it printed before a SIGKILL was committed; ``sync <outcome>`` after each sync;
``done`` at the end. The centre's address and key are the store's (``KELURAHAN_DESK_KEYRING
=file``).
"""

from __future__ import annotations

import random
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kelurahan_desk.services import accounts, akta_requests, office, queue, queue_views
from kelurahan_desk.services.queue_services import list_services
from kelurahan_desk.store.database import Store
from kelurahan_desk.sync.engine import SyncEngine
from tests.akta_forms import birth_form

_print_lock = threading.Lock()


def say(*words: object) -> None:
    with _print_lock:
        print(*words, flush=True)


def newest_seq(store: Store) -> int:
    with store.read() as session:
        return int(session.connection().exec_driver_sql(
            "SELECT max(seq) FROM outbox").scalar() or 0)


def sync_forever(store: Store, seed: int, stop: threading.Event) -> None:
    engine = SyncEngine(store, rng=random.Random(seed).random)
    pause = random.Random(seed + 1)
    while not stop.is_set():
        began = time.monotonic()
        report = engine.run_once()
        took = f"{time.monotonic() - began:.2f}s"
        problem = report.problem
        if problem is None:
            say("sync", "ok", took, report.push.acked)
        else:  # the kind, then the message on one line (read by a person, not the test)
            say("sync", problem.kind.value, took,
                str(problem.message).replace("\n", " ")[:300])
        stop.wait(pause.uniform(0.0, 0.05))


def main(argv: list[str]) -> int:
    data_dir, role, seed, actions = Path(argv[0]), argv[1], int(argv[2]), int(argv[3])
    rng = random.Random(seed)
    store = Store.open(data_dir)
    services = [s.id for s in list_services(store)]
    operator = None
    if role == "loket":
        loket = office.list_counters(store)[0]
        operator = accounts.sign_in(store, "operator", "operator-demo", loket.id)
        left = queue_views.counter_view(store, operator).current
        if left is not None:  # called by a process killed before it finished the visit
            queue.finish(store, operator, left.id)
            say("ok", "ticket_finished", left.id, newest_seq(store))
    stop = threading.Event()
    syncer = threading.Thread(target=sync_forever, args=(store, seed, stop), daemon=True)
    syncer.start()
    say("ready")
    born = datetime.now(UTC).date() - timedelta(days=12)
    for n in range(actions):
        if operator is None or rng.random() < 0.3:
            issued = queue.issue_ticket(store, rng.choice(services))
            say("ok", "ticket_issued", issued.ticket.id, newest_seq(store))
        elif rng.random() < 0.7:
            called = queue.call_next(store, operator)
            if called is not None:
                queue.finish(store, operator, called.id)
                say("ok", "ticket_finished", called.id, newest_seq(store))
        else:
            # Serials apart per process run (the seed), so no two forms are one event
            # (birth_form takes 1..7999).
            form = birth_form(born, serial=(seed % 79) * 100 + n % 100 + 1)
            try:
                detail = akta_requests.submit_request(store, operator, form)
            except akta_requests.PossibleDuplicate as alike:  # an earlier run's twin
                detail = akta_requests.submit_request(
                    store, operator, form,
                    not_duplicates=frozenset(c.id for c in alike.candidates))
            say("ok", "akta_submitted", detail.id, newest_seq(store))
        stop.wait(rng.uniform(0.0, 0.02))
    stop.set()
    syncer.join()
    store.close()
    say("done")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
