"""Sync in the desk's window: the status bar's counts and banner, the "Perlu perhatian"
list, the settings tab, and the driver that runs the engine off the GUI thread."""

from __future__ import annotations

import json
import shutil
import threading
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QThreadPool

from kelurahan_desk.app import DeskOptions, DeskSession
from kelurahan_desk.services import accounts, office, queue
from kelurahan_desk.services.demo import seed_demo
from kelurahan_desk.services.queue_services import list_services
from kelurahan_desk.services.sync_status import (
    NEEDS_ATTENTION,
    STATE_KEY,
    SyncProblem,
    SyncStatus,
    sync_status,
)
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import OutboxRecord
from kelurahan_desk.sync import credentials, state, wire
from kelurahan_desk.sync.engine import SyncEngine
from kelurahan_desk.sync.errors import ProblemKind, SyncError
from kelurahan_desk.sync.settings import configure, load_config
from kelurahan_desk.ui.needs_attention_dialog import NeedsAttentionDialog
from kelurahan_desk.ui.pages.settings_page import SettingsPage
from kelurahan_desk.ui.style import STYLESHEET, apply_style
from kelurahan_desk.ui.sync_driver import SyncDriver
from kelurahan_desk.ui.sync_status_bar import SyncStatusBar
from tests.gui.conftest import PASSWORDS

KEY = "kdc1_" + "k" * 43


@pytest.fixture(autouse=True)
def _key_in_a_file(monkeypatch):
    monkeypatch.setenv(credentials.KEYRING_ENV, "file")


@pytest.fixture(scope="module")
def _demo_template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sync-gui") / "demo"
    store = Store.open(folder)
    try:
        seed_demo(store)
    finally:
        store.close()
    return folder


@pytest.fixture
def demo_store(tmp_path, qapp, _demo_template):
    """The demo office, copied from one seeded once (seeding hashes five passwords)."""
    if qapp.styleSheet() != STYLESHEET:  # restyling every live widget takes seconds
        apply_style(qapp)
    shutil.copytree(_demo_template, tmp_path / "demo")
    store = Store.open(tmp_path / "demo")
    yield store
    store.close()


def reject_last_op(store, reason="akta.corrected: belum pernah diterima [unknown_record]"):
    """The newest outbox record as the centre's rejection leaves it."""
    with state.transaction(store) as session:
        record = session.query(OutboxRecord).order_by(OutboxRecord.seq.desc()).first()
        record.state, record.last_error = NEEDS_ATTENTION, reason
        return record.seq


@pytest.fixture
def bar(qtbot):
    widget = SyncStatusBar(lambda: ZoneInfo("Asia/Jakarta"))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_bar_shows_pending_oldest_age_and_attention(bar, demo_store):
    reject_last_op(demo_store)
    status = sync_status(demo_store)
    bar.show_status(status)
    assert f"{status.pending} menunggu" in bar.pending_label.text()
    assert "tertua" in bar.pending_label.text()
    assert bar.attention_button.isVisible()
    assert bar.attention_button.text() == "1 perlu perhatian"
    assert bar.state_button.text() == "Pusat belum diatur"
    assert bar.banner.isHidden()


def test_ages_and_the_offline_banner(bar):
    now = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)  # 10.00 WIB
    assert bar.age(now - timedelta(minutes=42), now) == "42 menit"
    assert bar.age(now - timedelta(hours=5), now) == "5 jam"
    assert bar.age(now - timedelta(days=4), now) == "4 hari"
    bar.show_status(SyncStatus(
        pending=3, oldest_pending=now - timedelta(days=4), needs_attention=0,
        last_success=now - timedelta(days=3), configured=True, offline_days=3,
        problem=SyncProblem("unreachable", "Pusat tidak dapat dihubungi (x)")))
    bar.refresh(now)
    # This year's date without its year: the status bar has no room to spare.
    assert bar.state_button.text().startswith("Tersinkron 27-02 10.00")
    assert "gagal" in bar.state_button.text()
    assert "Pusat tidak dapat dihubungi" in bar.state_button.toolTip()
    assert not bar.banner.isHidden()
    assert "3 hari belum tersinkron" in bar.banner.text()
    assert bar.attention_button.isHidden()
    # A refusal that needs a person is on the banner even when the desk synced lately.
    bar.show_status(SyncStatus(
        pending=0, oldest_pending=None, needs_attention=0, last_success=now,
        configured=True, problem=SyncProblem("quarantined", "Kantor ini dikarantina pusat")))
    assert "dikarantina" in bar.banner.text() and not bar.banner.isHidden()


def test_a_supervisor_sends_a_rejected_op_again(qtbot, qtmodeltester, context_for,
                                                demo_store):
    seq = reject_last_op(demo_store)
    dialog = NeedsAttentionDialog(context_for("supervisor"))
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    assert "unknown_record" in dialog.model.index(0, dialog.model.REASON).data()
    assert dialog.retry_button.isEnabled()
    dialog.retry_button.click()
    assert dialog.model.rowCount() == 0
    assert f"Catatan {seq} dikirim ulang" in dialog.status.text()
    assert sync_status(demo_store).needs_attention == 0


def test_an_operator_reads_only(qtbot, context_for, demo_store):
    reject_last_op(demo_store)
    dialog = NeedsAttentionDialog(context_for("operator"))
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and not dialog.retry_button.isEnabled()
    assert "supervisor" in dialog.status.text()


def test_the_settings_tab_keeps_the_key_out_of_the_store(qtbot, context_for, demo_store):
    page = SettingsPage(context_for("admin"))
    qtbot.addWidget(page)
    tab = page.sync_tab
    tab.url.setText("ftp://pusat")
    tab.key.setText("bukan-kunci")
    assert tab.save() is None
    assert "https://" in tab.errors.text("central_url")
    assert "kdc1_" in tab.errors.text("key")
    tab.url.setText("http://127.0.0.1:9")  # nobody listens there
    tab.key.setText(KEY)
    assert tab.save() is not None
    qtbot.waitUntil(lambda: "sambungan gagal" in tab.status.text(), timeout=10_000)
    config = load_config(demo_store)
    assert config.central_url == "http://127.0.0.1:9" and config.key == KEY
    assert KEY.encode() not in demo_store.path.read_bytes()
    assert tab.key.text() == "" and "tersimpan" in tab.key.placeholderText()


class FakeCentre:
    """Answers like a centre with nothing to send; notes the thread of every call."""

    def __init__(self) -> None:
        self.threads: list[threading.Thread] = []
        self.active = 0
        self.overlapped = False
        self.pushed = 0

    def client(self, _config):
        return self

    def _enter(self) -> None:
        self.threads.append(threading.current_thread())
        self.active += 1
        self.overlapped |= self.active > 1

    def push(self, body: bytes) -> wire.PushResponse:
        self._enter()
        try:
            data = json.loads(body)
            self.pushed += len(data["ops"])
            return wire.PushResponse(
                office=data["office"], chain_head=wire.ChainHead(**data["chain_head"]),
                results=[wire.OpResult(seq=op["seq"], op_id=op["op_id"],
                                       status=wire.OpStatus.APPLIED) for op in data["ops"]])
        finally:
            self.active -= 1

    def pull(self, stream: wire.Stream, cursor: str | None, limit: int) -> bytes:
        self._enter()
        try:
            return json.dumps({"stream": stream.value, "items": [], "cursor": cursor,
                               "next_cursor": "v1.0000000000000001.0", "more": False,
                               "checksum": wire.page_checksum([])}).encode()
        finally:
            self.active -= 1

    def close(self) -> None:
        pass

    def abort(self) -> None:
        pass


def test_the_driver_syncs_off_the_gui_thread_and_again_after_a_change(qtbot, demo_store,
                                                                      monkeypatch):
    configure(demo_store, None, "https://pusat.example", KEY)
    centre = FakeCentre()
    engine = SyncEngine(demo_store, client_factory=centre.client)
    driver = SyncDriver(demo_store, engine, poll_ms=50, debounce_ms=50)
    operator = accounts.sign_in(demo_store, "operator", PASSWORDS["operator"],
                                office.list_counters(demo_store)[0].id)
    session = DeskSession(DeskOptions(demo_store.data_dir, demo=False, lang="id"), demo_store,
                          sync=driver)
    session.open_window(operator)
    window = session.window
    qtbot.addWidget(window)
    try:
        before = sync_status(demo_store).pending
        assert before > 0
        with qtbot.waitSignal(driver.sync_finished, timeout=10_000) as first:
            driver.start(first_ms=0)
        assert first.args[0].complete, first.args[0].problem
        assert centre.threads and threading.main_thread() not in centre.threads
        assert centre.pushed == before
        qtbot.waitUntil(lambda: window.sync_bar.state_button.text().startswith("Tersinkron"))
        assert "0 menunggu" in window.sync_label.text()
        # A change at the desk: the next poll sees it, and a sync follows on its own.
        service = next(s for s in list_services(demo_store) if s.prefix == "A")
        with qtbot.waitSignal(driver.sync_finished, timeout=10_000) as second:
            queue.issue_ticket(demo_store, service.id)
        assert second.args[0].push.acked == 1
        assert not centre.overlapped
        # Asked while running: one more right after, never two at once.
        with qtbot.waitSignal(driver.sync_finished, timeout=10_000):
            driver.request_sync()
            driver.request_sync()
        assert not centre.overlapped
        # A rejection shows as a count in the bar; clicking it opens the list.
        opened = []
        monkeypatch.setattr(NeedsAttentionDialog, "open_for", classmethod(
            lambda cls, context, parent: opened.append(context)))
        reject_last_op(demo_store)
        with qtbot.waitSignal(driver.status_changed, timeout=10_000):
            pass
        qtbot.waitUntil(lambda: window.sync_bar.attention_button.isVisible())
        assert window.sync_bar.attention_button.text() == "1 perlu perhatian"
        window.sync_bar.attention_button.click()
        assert len(opened) == 1
    finally:
        session.stop_background()


def test_a_failed_sync_shows_in_the_bar_and_backs_off(qtbot, demo_store):
    configure(demo_store, None, "https://pusat.example", KEY)

    def refusing(_config):
        raise SyncError(ProblemKind.UNREACHABLE, "Pusat tidak dapat dihubungi (uji)")

    engine = SyncEngine(demo_store, client_factory=refusing, rng=lambda: 0.0)
    driver = SyncDriver(demo_store, engine)
    statuses = []
    driver.status_changed.connect(statuses.append)
    with qtbot.waitSignal(driver.sync_finished, timeout=10_000) as done:
        driver.request_sync()
    driver.stop()
    report = done.args[0]
    assert report.problem is not None and report.next_delay == 5.0
    assert engine.failures == 1
    assert statuses[-1].problem.kind == "unreachable"
    assert json.loads(
        demo_store.engine.connect().exec_driver_sql(
            "SELECT value FROM settings WHERE key = ?", (STATE_KEY,)).scalar())["failures"] == 1
    QThreadPool.globalInstance().waitForDone(10_000)
