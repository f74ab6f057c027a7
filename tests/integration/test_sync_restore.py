"""Proof: a desk restored from an older backup is caught by the centre and quarantined with
a clear message; nothing of it is merged; the desk shows why (``kelurahan-desk sync``'s exit
code and text, the status the status bar reads, the banner).

The whole path is the real one: a backup with the store's backup API while records are
still waiting, more records written and synced, ``kelurahan-desk restore`` of the older
file; (a) with nothing new yet, the restored desk's head is older than the centre's
(``backwards``); (b) released by the centre's staff, it writes new, different records over
sequence numbers the centre already holds (``rewritten``) and is quarantined again.
(tests/integration/test_central_push.py checks the same on the wire with a hand-made chain.)
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from kelurahan_desk.central import admin
from kelurahan_desk.services import maintenance
from kelurahan_desk.services.sync_status import sync_status
from kelurahan_desk.store.database import Store
from kelurahan_desk.sync import credentials
from kelurahan_desk.sync.errors import ProblemKind
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.sync_status_bar import SyncStatusBar
from tests.integration.conftest import central_engine
from tests.integration.sync_proofs import (
    assert_desk_and_centre_identical,
    centre_view,
    demo_template,
)
from tests.integration.test_sync_desk import desk_cli, make_desk, serve_a_visit, submit_birth


@pytest.fixture(autouse=True)
def _key_in_a_file(monkeypatch):
    monkeypatch.setenv(credentials.KEYRING_ENV, "file")


def test_a_desk_restored_from_an_old_backup_is_quarantined_not_merged(
        central, tmp_path_factory, tmp_path, qtbot):
    desk = make_desk(central, demo_template(tmp_path_factory), tmp_path / "desk")
    data_dir = desk.store.data_dir
    try:
        serve_a_visit(desk)
        submit_birth(desk, serial=1)
        assert desk.sync().complete
        serve_a_visit(desk)  # waiting when the backup is taken: replays after the restore
        backup = maintenance.backup_now(desk.store)  # the store's backup API
        assert desk.sync().complete
        # Three days of work after the backup, synced.
        for serial in (2, 3):
            serve_a_visit(desk)
            submit_birth(desk, serial=serial)
        assert desk.sync().complete
        before = assert_desk_and_centre_identical(desk)
    finally:
        desk.store.close()

    # The PC's disk is replaced; the office restores the backup it had.
    restored = desk_cli("restore", str(backup.path), data_dir=data_dir)
    assert restored.returncode == 0, restored.stderr

    # (a) Nothing new yet. The person at the desk runs a sync: refused, exit code 1, and why.
    ran = desk_cli("sync", data_dir=data_dir)
    assert ran.returncode == 1, ran.stdout + ran.stderr
    assert "dikarantina" in ran.stderr and "cadangan lama" in ran.stderr, ran.stderr
    after = centre_view(desk)
    assert after.quarantine == "backwards"
    # Nothing of the restored desk merged: the centre holds exactly what it held.
    assert after.ops == before.ops and after.head == before.head
    assert (after.requests, after.tickets) == (before.requests, before.tickets)

    desk.store = Store.open(data_dir)
    try:
        # What the desk's status bar reads, and shows in its banner.
        status = sync_status(desk.store)
        assert status.problem is not None and status.problem.kind == "quarantined"
        shown = translated(status.problem.message)
        assert "dikarantina" in shown and "cadangan lama" in shown
        bar = SyncStatusBar(lambda: ZoneInfo("Asia/Jakarta"))
        qtbot.addWidget(bar)
        bar.show_status(status)
        assert not bar.banner.isHidden() and shown in bar.banner.text()

        # (b) The centre's staff release it; the desk has meanwhile written new, different
        # records over sequence numbers the centre already holds: quarantined again.
        reason = admin.release_quarantine(central_engine(central.database_url), desk.code)
        assert reason and "cadangan lama" in reason
        serve_a_visit(desk)
        submit_birth(desk, serial=9)
        new_ops = {op_id for _seq, op_id, _hash in desk.desk_ops()} - {
            op_id for _seq, op_id, _hash in before.ops}
        assert new_ops
        report = desk.sync()
        assert report.problem is not None and report.problem.kind == ProblemKind.QUARANTINED
        assert "cadangan lama" in translated(report.problem.message)
        assert report.pull.streams, "pulls go on while pushes are refused"
        again = centre_view(desk)
        assert again.quarantine == "rewritten"
        assert again.ops == before.ops and again.head == before.head
        assert sync_status(desk.store).pending >= len(new_ops)
    finally:
        desk.store.close()
