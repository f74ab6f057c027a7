"""Life in the field: the version (status bar, Tentang, sent to the centre), the log filter,
the calm failure dialog and the diagnostics bundle (what is in it, and what never is)."""

from __future__ import annotations

import json
import logging
import re
import sys
import tomllib
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

import kelurahan_desk
from kelurahan_desk import logs
from kelurahan_desk.diagnostics import write_diagnostics
from kelurahan_desk.services import accounts, office
from kelurahan_desk.services.demo import DEMO_LOGINS
from kelurahan_desk.store.database import Store
from kelurahan_desk.sync.settings import configure
from kelurahan_desk.ui.about_dialog import AboutDialog
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.failure_dialog import FailureDialog, install_failure_handler
from kelurahan_desk.ui.main_window import MainWindow
from kelurahan_desk.ui.style import apply_style
from kelurahan_desk.version import app_version

ROOT = Path(__file__).resolve().parents[2]
NIK = "3574015505930007"  # a resident's NIK, as typed
KK = "3574011503200007"
OFFICE_KEY = "kdc1_" + "A" * 43
SIXTEEN_DIGITS = re.compile(r"(?<!\d)\d(?:[ .\-]?\d){15}(?!\d)")
PASSWORDS = {login.username: login.password for login in DEMO_LOGINS}


@pytest.fixture
def demo(tmp_path, _store_templates, copy_template):
    copy_template(_store_templates["demo"], tmp_path / "office")
    store = Store.open(tmp_path / "office")
    yield store
    store.close()


@pytest.fixture
def file_log(tmp_path):
    """The program's log set up in this process, undone afterwards."""
    hooks = sys.excepthook

    def start(data_dir: Path, window: str = "desk") -> Path:
        return logs.setup_logging(data_dir, window)

    yield start
    logs.stop_logging()
    sys.excepthook = hooks


def flush_logs() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


# --- the version --------------------------------------------------------------------------


def test_one_version_string_is_pyprojects():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert app_version() == project["version"] == kelurahan_desk.__version__


def test_the_quick_version_lookup_answers_as_package_metadata_does(tmp_path, monkeypatch):
    from importlib.metadata import version

    from kelurahan_desk.version import DISTRIBUTION, _dist_info_version

    assert _dist_info_version() == version(DISTRIBUTION)
    # The first folder on the path wins, as in importlib.metadata; none found: None.
    (tmp_path / "first" / "kelurahan_desk-9.8.7.dist-info").mkdir(parents=True)
    monkeypatch.setattr("sys.path", [str(tmp_path / "missing"), str(tmp_path / "first"),
                                     *__import__("sys").path])
    assert _dist_info_version() == "9.8.7"
    monkeypatch.setattr("sys.path", [str(tmp_path / "missing")])
    assert _dist_info_version() is None


def test_the_version_in_the_status_bar_and_f1_open_tentang(qtbot, qapp, demo, monkeypatch):
    apply_style(qapp)
    counter = office.list_counters(demo)[0]
    actor = accounts.sign_in(demo, "operator", PASSWORDS["operator"], counter.id)
    window = MainWindow(DeskContext(demo, actor, office.get_office(demo)), idle_minutes=60)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    about = window.statusBar().findChild(QLabel, "version")
    assert about is window.version_label
    assert f">v{app_version()}</a>" in about.text()
    shown: list[Path] = []
    monkeypatch.setattr(AboutDialog, "show_for",
                        classmethod(lambda cls, data_dir, parent=None: shown.append(data_dir)))
    qtbot.keyClick(window, Qt.Key.Key_F1)
    about.linkActivated.emit("about")
    assert shown == [demo.data_dir] * 2


def test_tentang_names_the_version_and_saves_the_bundle(qtbot, demo, tmp_path):
    dialog = AboutDialog(demo.data_dir)
    qtbot.addWidget(dialog)
    assert dialog.version_label.text() == app_version()
    assert app_version() in dialog.windowTitle() + dialog.findChild(
        type(dialog.version_label), "about_title").text()
    dialog.save_to(tmp_path / "out" / "diag.zip")
    qtbot.waitUntil(lambda: "disimpan" in dialog.status.text(), timeout=20_000)
    assert zipfile.is_zipfile(tmp_path / "out" / "diag.zip")


# --- the log --------------------------------------------------------------------------------


def test_the_log_masks_niks_keys_sql_values_and_the_home_folder(tmp_path, file_log):
    path = file_log(tmp_path / "office")
    log = logging.getLogger("kelurahan_desk.test")
    log.warning("lookup %s failed; KK %s", NIK, KK)
    log.warning("typed as 3574 0155 0593 0007 and 35.74.01.550593.0007")
    log.warning("key %s, header Authorization: Bearer %s", OFFICE_KEY, OFFICE_KEY)
    log.warning("centre https://desk:s3cret@pusat.example.id/api")
    log.warning("home %s", Path.home() / "kelurahan")
    try:
        raise ValueError(
            "(sqlite3.IntegrityError) UNIQUE constraint failed\n[SQL: INSERT INTO x VALUES (?)]"
            "\n[parameters: ('Siti Aminah', '3574015505930007')]")
    except ValueError:
        log.exception("while saving")
    log.warning("1 validation error\n  input_value='Budi Santoso', input_type=str]")
    print(f"kelurahan-desk: sync failed: NIK {NIK} refused", file=sys.stderr)
    flush_logs()
    text = path.read_text(encoding="utf-8")
    for secret in (NIK, KK, "3574 0155", "550593.0007", OFFICE_KEY, "s3cret", "Siti Aminah",
                   "Budi Santoso"):
        assert secret not in text
    assert SIXTEEN_DIGITS.search(text) is None
    if len(str(Path.home())) > 1:
        assert str(Path.home()) not in text
    # What a help desk needs is still there.
    for kept in ("lookup", "UNIQUE constraint failed", "Traceback", "ValueError",
                 "while saving", "sync failed", "kelurahan-desk " + app_version(),
                 "pusat.example.id"):
        assert kept in text
    assert text.count(logs.MASK) >= 9


def test_the_log_names_each_audited_action_without_who_or_which(tmp_path, demo, file_log):
    path = file_log(demo.data_dir)
    actor = accounts.sign_in(demo, "operator", PASSWORDS["operator"])
    accounts.sign_out(demo, actor)
    flush_logs()
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if "kelurahan_desk.audit" in line]
    assert [line.split(": ", 1)[1].split(" ", 1)[1] for line in lines] == [
        "auth.signed_in account (operator)", "auth.signed_out account (operator)"]
    assert "operator-demo" not in path.read_text(encoding="utf-8")
    full_name = next(x.full_name for x in DEMO_LOGINS if x.username == "operator")
    assert full_name not in path.read_text(encoding="utf-8")


def test_the_log_rotates(tmp_path, file_log, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = file_log(tmp_path / "office", "kiosk")
    for n in range(200):
        logging.getLogger("kelurahan_desk.test").info("line %d of the kiosk's day", n)
    flush_logs()
    kept = sorted(p.name for p in path.parent.iterdir())
    assert kept == ["kiosk.log", *(f"kiosk.log.{n}" for n in range(1, logs.BACKUP_COUNT + 1))]
    assert all(p.stat().st_size <= 2_200 for p in path.parent.iterdir())


# --- the calm failure -----------------------------------------------------------------------


def test_an_unexpected_exception_is_logged_and_the_calm_dialog_shown(
        qtbot, tmp_path, file_log, monkeypatch):
    path = file_log(tmp_path / "office")
    shown: list[FailureDialog] = []
    monkeypatch.setattr(FailureDialog, "exec", lambda self: shown.append(self) or 0)
    install_failure_handler(tmp_path / "office", "desk")
    try:
        raise RuntimeError(f"broke while showing {NIK}")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 1
    dialog = shown[0]
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.status)))
    assert "Terjadi kesalahan yang tidak terduga" in texts
    assert "Simpan berkas diagnosis" in dialog.save_button.text().replace("&", "")
    flush_logs()
    text = path.read_text(encoding="utf-8")
    assert "RuntimeError: broke while showing" in text and NIK not in text

    monkeypatch.setattr(FailureDialog, "choose_target",
                        classmethod(lambda cls, parent: tmp_path / "diag.zip"))
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.save_button.click()
    with zipfile.ZipFile(tmp_path / "diag.zip") as bundle:
        assert "RuntimeError" in bundle.read("logs/desk.log").decode()


def test_a_failure_on_another_thread_shows_the_dialog_on_the_gui_thread(
        qtbot, tmp_path, file_log, monkeypatch):
    import threading

    file_log(tmp_path / "office")
    shown: list[bool] = []
    monkeypatch.setattr(FailureDialog, "exec",
                        lambda self: shown.append(threading.current_thread() is
                                                  threading.main_thread()) or 0)
    install_failure_handler(tmp_path / "office", "desk")
    worker = threading.Thread(target=lambda: 1 / 0)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: shown == [True], timeout=5_000)


# --- the diagnostics bundle -----------------------------------------------------------------


def test_the_bundle_holds_log_versions_settings_and_check_and_no_secret(
        tmp_path, demo, file_log, monkeypatch):
    monkeypatch.setenv("KELURAHAN_DESK_KEYRING", "file")
    configure(demo, None, "https://desk:s3cret@pusat.example.id", OFFICE_KEY)
    assert (demo.data_dir / "central-office-key").read_text().strip() == OFFICE_KEY
    file_log(demo.data_dir)
    actor = accounts.sign_in(demo, "admin", PASSWORDS["admin"])
    office.change_settings(demo, actor, {"idle_lock_minutes": 7})
    logging.getLogger("kelurahan_desk.test").warning("resident %s looked up", NIK)
    flush_logs()

    made = write_diagnostics(tmp_path / "diag.zip", demo.data_dir, "desk")
    with zipfile.ZipFile(made) as bundle:
        names = bundle.namelist()
        texts = {name: bundle.read(name).decode("utf-8") for name in names}
    assert {"README.txt", "versions.json", "settings.json", "store-check.json",
            "logs/desk.log"} <= set(names)
    assert all(name in ("README.txt", "versions.json", "settings.json", "store-check.json")
               or name.startswith("logs/") for name in names)
    versions = json.loads(texts["versions.json"])
    assert versions["kelurahan-desk"] == app_version()
    for part in ("python", "platform", "qt", "pyside6", "sqlite", "sqlalchemy"):
        assert versions[part]
    assert versions["store_revision"] == demo.revision()
    settings = json.loads(texts["settings.json"])
    assert settings["settings"]["idle_lock_minutes"] == 7
    assert settings["office"]["code"] == office.get_office(demo).code.replace(".", "")
    assert settings["office_key_file_present"] is True
    assert settings["settings"]["sync.central_url"] == "https://[disamarkan]@pusat.example.id"
    check = json.loads(texts["store-check.json"])
    assert check["ok"] is True and check["audit_events"] > 0 and check["problems"] == []
    assert "looked up" in texts["logs/desk.log"]

    everything = "\n".join(texts.values())
    password_hashes = [a.password_hash for a in _accounts(demo)]
    for secret in (OFFICE_KEY, "s3cret", NIK, *PASSWORDS.values(), *password_hashes,
                   "$argon2"):
        assert secret not in everything
    assert SIXTEEN_DIGITS.search(everything) is None


def _accounts(store: Store) -> list:
    from sqlalchemy import select

    from kelurahan_desk.store.tables import Account

    with store.read() as session:
        return list(session.scalars(select(Account)))


def test_the_bundle_is_made_for_a_damaged_or_missing_store_too(tmp_path, demo):
    data = demo.data_dir
    demo.close()
    path = data / "kelurahan.sqlite"
    with open(path, "r+b") as damaged:
        damaged.seek(path.stat().st_size // 2)
        damaged.write(b"\xde\xad" * 4096)
    with zipfile.ZipFile(write_diagnostics(tmp_path / "a.zip", data)) as bundle:
        check = json.loads(bundle.read("store-check.json"))
    assert check["ok"] is False and check["problems"]
    with zipfile.ZipFile(write_diagnostics(tmp_path / "b.zip", tmp_path / "nowhere")) as bundle:
        assert json.loads(bundle.read("store-check.json")) == {"store_exists": False}
        assert json.loads(bundle.read("versions.json"))["kelurahan-desk"] == app_version()


def test_the_diagnostics_command(cli, tmp_path, demo):
    data = demo.data_dir
    demo.close()
    done = cli("diagnostics", str(tmp_path / "out.zip"), "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    assert "Berkas diagnosis disimpan" in done.stdout
    with zipfile.ZipFile(tmp_path / "out.zip") as bundle:
        assert "logs/command.log" in bundle.namelist()
        assert json.loads(bundle.read("store-check.json"))["ok"] is True


# --- the centre sees the version ------------------------------------------------------------


def test_the_centre_keeps_each_offices_desk_version_from_its_pushes(tmp_path, demo):
    from kelurahan_desk.central import admin
    from kelurahan_desk.central.database import migrate, open_engine, write_session
    from kelurahan_desk.central.push import apply_push, lock_office
    from kelurahan_desk.central.tables import Office
    from kelurahan_desk.sync import wire
    from kelurahan_desk.sync.push import push_pending

    engine = open_engine(f"sqlite:///{tmp_path / 'central.sqlite'}")
    migrate(engine)
    code = office.get_office(demo).code.replace(".", "")
    admin.add_office(engine, code, "Pohsangit Kidul")
    sent: list[wire.PushRequest] = []

    class Centre:
        def push(self, body: bytes) -> wire.PushResponse:
            request = wire.PushRequest.model_validate_json(body)
            sent.append(request)
            with write_session(engine) as session:
                office_id = session.query(Office.id).filter_by(code=code).scalar()
                return apply_push(session, lock_office(session, office_id), request,
                                  datetime.now(UTC))

    report = push_pending(demo, Centre(), code, "loket-1")
    assert report.acked > 0
    assert {request.app_version for request in sent} == {app_version()}
    row = next(o for o in admin.list_offices(engine) if o.code == code)
    assert (row.last_device, row.last_app_version) == ("loket-1", app_version())
    # A desk that does not send it is still taken (the field is optional).
    assert wire.PushRequest.model_validate({
        "office": code, "device": "lama", "ops": [],
        "chain_head": {"seq": 0, "hash": wire.GENESIS.hash}}).app_version is None
    engine.dispose()
