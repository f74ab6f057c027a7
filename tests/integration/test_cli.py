"""The command line as a user meets it: screenshots, bad arguments, languages."""

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from sqlalchemy import select

from kelurahan_desk.cli import build_parser, default_data_dir
from kelurahan_desk.services import maintenance, office
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import AuditEvent


def test_bad_arguments_get_a_clear_message_and_change_nothing(cli, tmp_path):
    result = cli("--no-such-option", "--data-dir", str(tmp_path / "x"))
    assert result.returncode == 2
    assert "perintah tidak dipahami" in result.stderr
    assert not (tmp_path / "x").exists()
    result = cli("restore", "--data-dir", str(tmp_path / "x"))
    assert result.returncode == 2
    result = cli("--lang", "fr")
    assert result.returncode == 2


def test_the_kiosk_prints_to_a_system_printer_or_escpos_langsung_never_both(capsys):
    args = build_parser().parse_args(["--kiosk", "--escpos", "lp:KIOS-RAW"])
    assert (args.escpos, args.printer) == ("lp:KIOS-RAW", None)
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(["--kiosk", "--printer", "POS58", "--escpos", "/dev/usb/lp0"])
    assert stopped.value.code == 2
    assert "perintah tidak dipahami" in capsys.readouterr().err


def test_a_second_demo_office_is_another_kelurahan_of_probolinggo(cli, tmp_path):
    result = cli("--office", "35.74.02.1002", "--data-dir", str(tmp_path / "x"))
    assert result.returncode == 2 and "--office hanya bersama --demo" in result.stderr
    result = cli("--demo", "--office", "35.78.01.1001", "--data-dir", str(tmp_path / "x"))
    assert result.returncode == 2
    assert "35.78.01.1001 bukan kode kelurahan di Kota Probolinggo" in result.stderr
    assert not (tmp_path / "x").exists()
    result = cli("--demo", "--office", "35.74.02.1002", "--data-dir", str(tmp_path / "two"),
                 "--bench-ready")
    assert result.returncode == 0, result.stderr
    store = Store.open(tmp_path / "two")
    try:
        found = office.get_office(store)
        assert found is not None and (found.code, found.name) == ("35.74.02.1002", "Pakistaji")
    finally:
        store.close()
    assert default_data_dir(True, "3574021002").name == "demo-3574021002"


def test_restore_of_a_missing_file_says_so(cli, tmp_path):
    result = cli("restore", "--data-dir", str(tmp_path / "x"), str(tmp_path / "none.sqlite"))
    assert result.returncode == 2
    assert "tidak ada" in result.stderr


def test_messages_follow_the_chosen_language(cli, tmp_path):
    result = cli("verify", "--lang", "en", "--data-dir", str(tmp_path / "nothing"))
    assert result.returncode == 1
    assert "No store" in result.stderr


def test_screenshots_render_every_role(cli, tmp_path):
    result = cli("--screenshots", str(tmp_path / "shots"), timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    names = {p.name for p in (tmp_path / "shots").glob("*.png")}
    for role, first_page in [("operator", "antrean"), ("supervisor", "laporan"),
                             ("inspector", "sidak"), ("admin", "pengaturan")]:
        assert f"{role}-{first_page}.png" in names
    assert {"sign-in.png", "lock-screen.png", "first-run-1.png"} <= names
    image = QImage(str(tmp_path / "shots" / "operator-antrean.png"))
    # The demo office has not synced for days: its banner is across the top.
    assert image.pixelColor(1250, 22).name() == "#fff8e1"
    # Not a blank canvas: the sidebar and the page differ in colour.
    assert image.pixelColor(20, 400) != image.pixelColor(800, 400)
    # Every page of every role, banner and all, fits the 1280×800 screen the desk targets
    # (a page that cannot shrink makes the window taller than asked for).
    shots = sorted((tmp_path / "shots").glob("*.png"))
    pages = [p for p in shots if p.name.split("-")[0] in
             {"operator", "supervisor", "inspector", "admin"}]
    assert len(pages) >= 20
    for path in pages:
        assert QImage(str(path)).size() == QSize(1280, 800), path.name
    for path in shots:  # the akta, KTP-el and Kartu Rusak states, taken in the same window
        image = QImage(str(path))
        assert image.width() != 1280 or image.height() <= 800, path.name


def test_screenshots_in_english(cli, tmp_path):
    result = cli("--screenshots", str(tmp_path / "en"), "--lang", "en", timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "screenshots saved in" in result.stdout


def test_the_desk_starts_at_the_sign_in_dialog_and_signs_in_through_it(
        cli, tmp_path, _store_templates, copy_template):
    """The real program, started the way the start-up bench starts it: the dialog first,
    Masuk with the demo operator's password half a second later, the main window after."""
    data = tmp_path / "office"
    copy_template(_store_templates["demo"], data)
    done = cli("--data-dir", str(data), "--bench-ready", "--bench-typing", "0.5")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["KD-DIALOG", "KD-PRESSED", "KD-READY"]
    store = Store.open(data)
    try:
        with store.read() as session:
            last = session.scalars(
                select(AuditEvent).where(AuditEvent.action.startswith("auth."))
                .order_by(AuditEvent.seq.desc()).limit(2)).all()
        # Signed in through the dialog; quitting closed the window, which signs out.
        assert [(e.action, e.actor) for e in reversed(last)] == [
            ("auth.signed_in", "operator"), ("auth.signed_out", "operator")]
    finally:
        store.close()
    assert maintenance.verify(data).ok
