"""Upgrade in place: a store made by each released program opens in this one, unharmed.

The stores in tests/fixtures/stores were made by the releases' own code
(tests/fixtures/make_upgrade_stores.py, which also wrote manifest.json: the row count of
every table and a few field values per feature). Each is opened here as the program opens
a store on a counter PC (``Store.open``): a checked backup of the store as it was is taken
first, the migrations run, and every record is still there, with the same values; the
audit chain still verifies, and the demo operator still signs in with the old password.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from kelurahan_desk.services import accounts, maintenance
from kelurahan_desk.store.backups import list_backups
from kelurahan_desk.store.database import HEAD_REVISION, STORE_FILE, Store
from kelurahan_desk.store.engine import quick_check

STORES = Path(__file__).resolve().parents[1] / "fixtures" / "stores"
MANIFEST: dict[str, dict[str, Any]] = json.loads(
    (STORES / "manifest.json").read_text(encoding="utf-8"))


def _rows(path: Path, sql: str) -> list[list[Any]]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        return [list(row) for row in conn.execute(sql)]


def _count(path: Path, table: str) -> int:
    return _rows(path, f'SELECT count(*) FROM "{table}"')[0][0]


def _revision(path: Path) -> str:
    return _rows(path, "SELECT version_num FROM alembic_version")[0][0]


def test_every_released_schema_has_a_fixture_up_to_this_one():
    assert {"0001", "0002", "0006"} <= set(MANIFEST)
    assert max(MANIFEST) <= HEAD_REVISION
    for revision, entry in MANIFEST.items():
        fixture = STORES / f"store-{revision}.sqlite"
        # A released store never changes: its fixture is the one the manifest describes.
        assert hashlib.sha256(fixture.read_bytes()).hexdigest() == entry["sha256"], revision
        assert _revision(fixture) == revision


@pytest.mark.parametrize("revision", sorted(MANIFEST))
def test_a_store_of_a_release_opens_upgraded_with_every_record_kept(revision, tmp_path):
    entry = MANIFEST[revision]
    data = tmp_path / "office"
    data.mkdir()
    shutil.copy2(STORES / f"store-{revision}.sqlite", data / STORE_FILE)
    before = maintenance.verify(data)
    assert before.ok, before.problems

    store = Store.open(data)
    try:
        assert store.revision() == HEAD_REVISION
        taken = [b for b in list_backups(store.backup_dir) if b.reason == "pre-migration"]
        if revision == HEAD_REVISION:
            assert taken == []  # nothing to migrate, nothing to back up
        else:
            # The store as it was, checked, before any migration touched it.
            (backup,) = taken
            assert _revision(backup.path) == revision
            assert quick_check(backup.path) == "ok"
            assert {t: _count(backup.path, t) for t in entry["tables"]} == entry["tables"]

        # Every table of the old schema still holds every row, and the values are the same.
        assert {t: _count(store.path, t) for t in entry["tables"]} == entry["tables"]
        for probe in entry["probes"]:
            assert _rows(store.path, probe["sql"]) == probe["rows"], probe["sql"]

        after = maintenance.verify(data)
        assert after.ok, after.problems
        assert after.events == before.events == entry["tables"]["audit_events"]

        # Still a working store: the old password signs in, and the new event chains on.
        actor = accounts.sign_in(store, "operator", "operator-demo")
        accounts.sign_out(store, actor)
    finally:
        store.close()
    final = maintenance.verify(data)
    assert final.ok and final.events == before.events + 2
