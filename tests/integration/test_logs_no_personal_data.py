"""The log of a whole demo session holds no NIK and no person's name (UU PDP).

Two programs run at once into one data folder's ``logs/``, as on a counter PC:

- ``kelurahan-desk --screenshots`` (the real command line): it seeds a demo office with
  20,000 synthetic residents and six weeks of history, signs in every role and renders
  every page and window, fills the akta forms with names and NIKs, works the KTP-el and
  Kartu Rusak pages, runs a sidak. Its temporary stores are kept (``TemporaryDirectory``
  is told not to delete) so that the test can read every name and NIK it used.
- a desk session through the services, with the log set up as the program does: names
  looked up, an akta kelahiran submitted with real-looking names and NIKs, a KTP-el print
  job, a spoiled card, an unexpected database failure whose statement carried a name and
  a NIK (through the program's own ``sys.excepthook``), a failure printed on stderr; then
  ``kelurahan-desk backup`` and ``diagnostics`` on its store.

Then every log file is searched: no 16-digit number at all (every NIK and No. KK is one),
and none of the people's names in any of the stores (residents, accounts, akta forms and
their status events, print jobs, hand-overs, destructions and their witnesses, spoiled
cards, and every name in the audit trail's changes). The log is also checked to be a
real one: the actions of the session are in it, by name.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SIXTEEN_DIGITS = re.compile(r"(?<![0-9])[0-9](?:[ .\-]?[0-9]){15,}(?![0-9])")
LETTERS = re.compile(r"[^\W\d_]+")

# People of the desk session (besides the demo's own).
SESSION_PEOPLE = {
    "child": "Raden Bagus Wicaksono", "mother": "Kartika Dewi Anggraini",
    "father": "Bambang Hermanto", "print": "Yohanes Hendrawan",
    "spoiled": "Margaretha Lumbantobing", "failure": "Theresia Simanjuntak",
}

_SCREENSHOTS = """
import functools, sys, tempfile
# Keep the stores --screenshots makes (and would delete), to read their names afterwards.
tempfile.TemporaryDirectory = functools.partial(
    tempfile.TemporaryDirectory, dir=sys.argv[1], delete=False)
from kelurahan_desk.cli import main
sys.exit(main(sys.argv[2:]))
"""

_SESSION = """
import sys
from datetime import date, timedelta
from pathlib import Path
data, people = Path(sys.argv[1]), __import__("json").loads(sys.argv[3])
sys.path.insert(0, sys.argv[2])
from kelurahan_desk import logs
logs.setup_logging(data, "desk")
from sqlalchemy import text
from akta_forms import birth_form, make_nik
from kelurahan_desk.domain.ktp_print import PrintReason
from kelurahan_desk.domain.people import Sex
from kelurahan_desk.domain.spoiled_cards import SpoilSource
from kelurahan_desk.services import accounts, akta_requests, ktp_print, office, residents
from kelurahan_desk.services import spoiled_cards
from kelurahan_desk.services.demo import seed_demo
from kelurahan_desk.store.database import Store
store = Store.open(data / "office")
seed_demo(store, 1, 2000)
counter = office.list_counters(store)[0]
operator = accounts.sign_in(store, "operator", "operator-demo", counter.id)
hits = residents.find_residents(store, operator, "Sit")
someone = residents.open_resident(store, operator, hits[0].id) if hits else None
residents.find_residents(store, operator, "3574011")
today = akta_requests.local_time(store)[0]
akta_requests.submit_request(store, operator, birth_form(
    today - timedelta(days=6), child_name=people["child"], mother_name=people["mother"],
    reporter_name=people["father"], serial=301))
ktp_print.create_print_job(store, operator, ktp_print.PrintJobDraft(
    nik=make_nik(date(2001, 7, 3), Sex.MALE, 302), reason=PrintReason.NEW,
    resident_name=people["print"], biometrics_checked=True))
spoiled_cards.log_spoiled_card(store, operator, spoiled_cards.SpoiledCardDraft(
    source=SpoilSource.DAMAGED_RETURNED, reason="Kartu patah di tengah",
    condition="patah dua", nik=make_nik(date(1979, 2, 14), Sex.FEMALE, 303),
    holder_name=people["spoiled"], storage_place="Lemari besi 1"))
try:  # an unexpected failure whose statement carried a person's data
    with store.engine.begin() as conn:
        conn.execute(text("INSERT INTO residents (nik, full_name) VALUES (:nik, :name)"),
                     {"nik": make_nik(date(1988, 1, 9), Sex.FEMALE, 304),
                      "name": people["failure"]})
except Exception:
    sys.excepthook(*sys.exc_info())
print(f"kelurahan-desk: sync failed: {make_nik(date(1990, 3, 3), Sex.MALE, 305)} refused",
      file=sys.stderr)
accounts.sign_out(store, operator)
store.close()
"""


def _run(args: list[str], timeout: float) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KELURAHAN_DESK_KEYRING": "file"}
    return subprocess.Popen([sys.executable, *args], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _stores(folder: Path) -> Iterator[Path]:
    yield from folder.rglob("kelurahan.sqlite")


def _names_in_json(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            # A user name is an account's handle (the demo's are the roles' own words).
            if isinstance(item, str) and "name" in key.lower() and "username" not in key:
                yield item
            else:
                yield from _names_in_json(item)
    elif isinstance(value, list):
        for item in value:
            yield from _names_in_json(item)


_NAME_COLUMNS = {
    "accounts": ["full_name"], "residents": ["full_name"],
    "akta_requests": ["subject_name", "reporter_name"],
    "akta_status_events": ["recipient_name"],
    "print_jobs": ["resident_name", "proxy_name"],  # recipient: "resident" or "proxy"
    "card_hand_overs": ["receiver_name"], "card_destructions": ["official_name"],
    "destruction_witnesses": ["name"], "spoiled_cards": ["holder_name"],
}
_JSON_COLUMNS = {"akta_requests": "form", "audit_events": "changes"}


def people_in(store: Path) -> tuple[set[str], set[str]]:
    """Every person's name and every NIK/KK-like number in the store at ``store``."""
    names: set[str] = set()
    numbers: set[str] = set()
    with closing(sqlite3.connect(f"{store.as_uri()}?mode=ro", uri=True)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        places = {r[0] for table in ("office", "counters", "queue_services") if table in tables
                  for r in conn.execute(f"SELECT name FROM {table}")}
        for table, columns in _NAME_COLUMNS.items():
            if table in tables:
                for column in columns:
                    names.update(r[0] for r in conn.execute(f"SELECT {column} FROM {table}")
                                 if r[0])
        for table, column in _JSON_COLUMNS.items():
            if table in tables:
                for (raw,) in conn.execute(f"SELECT {column} FROM {table}"):
                    names.update(_names_in_json(json.loads(raw)))
                    numbers.update(SIXTEEN_DIGITS.findall(raw))
        if "residents" in tables:
            for nik, kk in conn.execute("SELECT nik, kk FROM residents"):
                numbers.update((nik, kk))
    return names - places, numbers


def words(text: str) -> list[str]:
    return [w.lower() for w in LETTERS.findall(text)]


@pytest.mark.slow
def test_a_whole_demo_session_logs_no_nik_and_no_name(tmp_path):
    data, kept, shots = tmp_path / "data", tmp_path / "kept", tmp_path / "shots"
    kept.mkdir()
    screenshots = _run(["-c", _SCREENSHOTS, str(kept), "--screenshots", str(shots),
                        "--data-dir", str(data)], timeout=600)
    session = _run(["-c", _SESSION, str(data), str(ROOT / "tests"),
                    json.dumps(SESSION_PEOPLE)], timeout=600)
    _, err = session.communicate(timeout=600)
    assert session.returncode == 0, err
    for command in (["backup"], ["diagnostics", str(tmp_path / "diag.zip")]):
        done = subprocess.run([sys.executable, "-m", "kelurahan_desk", *command, "--data-dir",
                               str(data / "office")], cwd=ROOT, capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    _, err = screenshots.communicate(timeout=600)
    assert screenshots.returncode == 0, err
    assert len(list(shots.glob("*.png"))) >= 40

    logs = sorted((data / "logs").glob("*.log*")) + sorted(
        (data / "office" / "logs").glob("*.log*"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in logs}
    with zipfile.ZipFile(tmp_path / "diag.zip") as bundle:
        texts.update({f"diag:{n}": bundle.read(n).decode() for n in bundle.namelist()})
    everything = "\n".join(texts.values())

    # A real log: both programs, their starts and what they did, the failure's traceback.
    assert {"screenshots.log", "desk.log", "command.log"} <= set(texts)
    for action in ("auth.signed_in", "akta.submitted", "ktp.job_created", "spoiled.logged",
                   "resident.opened", "sidak.started", "queue.ticket_issued"):
        assert action in texts["screenshots.log"] + texts["desk.log"], action
    assert "IntegrityError" in texts["desk.log"] and "sync failed" in texts["desk.log"]

    names: set[str] = set(SESSION_PEOPLE.values())
    numbers: set[str] = set()
    stores = [*_stores(kept), data / "office" / "kelurahan.sqlite"]
    assert len(stores) >= 3  # the screenshots' demo and sidak offices, the session's
    for store in stores:
        found_names, found_numbers = people_in(store)
        names |= found_names
        numbers |= found_numbers
    names.discard("")
    assert len(names) > 10_000 and len(numbers) > 20_000  # the demo's residents are in

    assert SIXTEEN_DIGITS.findall(everything) == []
    assert [n for n in numbers if n in everything] == []
    log_words = words(everything)
    phrases = {" ".join(log_words[i:i + n]) for n in range(1, 7)
               for i in range(len(log_words) - n + 1)}
    leaked = sorted(name for name in names if " ".join(words(name)) in phrases)
    assert leaked == []
