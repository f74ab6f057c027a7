"""The sidak console: live tiles, the enlarged view with its timeline, records opened read-only,
Cetak uji, findings into the report, the reports list, the operator's banner, --inspect."""

from __future__ import annotations

import io
import os
import pwd
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from sqlalchemy import select

from kelurahan_desk.domain.ktp_print import PrintReason
from kelurahan_desk.services import accounts, office, queue, queue_services
from kelurahan_desk.services.inspection import (
    Findings,
    RecordKind,
    inspection_active,
    publish_snapshot,
    start_inspection,
)
from kelurahan_desk.services.inspection_timeline import TimelineKind
from kelurahan_desk.services.ktp_print import PrintJobDraft, create_print_job
from kelurahan_desk.store.inspection_tables import CounterSnapshot
from kelurahan_desk.store.tables import AuditEvent
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.main_window import MainWindow
from kelurahan_desk.ui.sidak import console_window
from kelurahan_desk.ui.sidak.console import SidakConsole
from kelurahan_desk.ui.sidak.dialogs import FinishDialog
from kelurahan_desk.ui.sidak.record_dialog import OpenRecordDialog, RecordView
from kelurahan_desk.ui.sidak.reports_list import SidakReportsPage
from kelurahan_desk.ui.sidak.snapshot_publisher import png_bytes
from kelurahan_desk.ui.sign_in_dialog import SignInDialog

PASSWORDS = {"operator": "operator-demo", "supervisor": "supervisor-demo",
             "inspektur": "inspektur-demo", "admin": "admin-demo"}


def sign_in(store, username, counter=None):
    counter_id = office.list_counters(store)[counter - 1].id if counter else None
    return accounts.sign_in(store, username, PASSWORDS[username], counter_id)


def context(store, username, counter=None):
    return DeskContext(store, sign_in(store, username, counter), office.get_office(store))


def picture(color: str) -> bytes:
    image = QImage(640, 400, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    return png_bytes(image)


def actions(store, after=0):
    with store.read() as session:
        return [(e.action, e.actor) for e in session.scalars(
            select(AuditEvent).where(AuditEvent.seq > after).order_by(AuditEvent.seq))]


def head(store):
    with store.read() as session:
        return session.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()).limit(1))


@pytest.fixture
def console_for(qtbot, demo_store):
    def make(username="inspektur"):
        console = SidakConsole(context(demo_store, username), picture_ms=150, overview_ms=300)
        qtbot.addWidget(console)
        console.resize(1200, 760)
        console.show()
        return console

    return make


@pytest.fixture
def lokets(demo_store):
    """An operator at loket 1 serving a visitor, a supervisor at loket 2."""
    operator = sign_in(demo_store, "operator", 1)
    supervisor = sign_in(demo_store, "supervisor", 2)
    service = next(s for s in queue_services.list_services(demo_store) if s.prefix == "A")
    queue.issue_ticket(demo_store, service.id)
    queue.call_next(demo_store, operator)
    return operator, supervisor


def test_tiles_go_live_and_a_click_enlarges_with_an_audited_look_and_a_timeline(
        qtbot, qtmodeltester, demo_store, console_for, lokets):
    operator, supervisor = lokets
    console = console_for()
    assert console.start_button.isVisible() and not console.finish_button.isVisible()
    assert console.start(team="Inspektorat: Drs. Ahmad") is True
    assert console.finish_button.isVisible() and not console.start_button.isVisible()
    publish_snapshot(demo_store, operator, picture("#2f7d87"), 640, 400)
    publish_snapshot(demo_store, supervisor, picture("#b3261e"), 640, 400)
    one, two = (console.tiles[c.id] for c in office.list_counters(demo_store))

    qtbot.waitUntil(lambda: one.is_live() and two.is_live() and one.overview is not None,
                    timeout=5000)
    assert one.view.picture_size().width() == 640
    assert "Siti Rahmawati" in one.signed_in.text()
    assert one.serving.text().startswith("Melayani A-001")
    assert one.figures.values["served"].text() == "0"
    first = head(demo_store)

    qtbot.mouseClick(one, Qt.MouseButton.LeftButton)

    assert console.stack.currentWidget() is console.detail
    assert actions(demo_store, first) == [("sidak.counter_viewed", "inspektur")]
    detail = console.detail
    assert detail.title.text() == "Loket 1"
    labels = [detail.timeline_model.row(i).label
              for i in range(detail.timeline_model.rowCount())]
    assert "Masuk ke aplikasi" in labels and "Memanggil nomor antrean" in labels
    assert labels[-1] == "Inspektur melihat loket ini"
    qtmodeltester.check(detail.timeline_model)
    detail.kind.setCurrentIndex(detail.kind.findData(TimelineKind.QUEUE.value))
    assert {detail.timeline_model.row(i).kind
            for i in range(detail.timeline_model.rowCount())} == {TimelineKind.QUEUE}
    detail.search.setText("tidak ada yang begini")
    assert detail.timeline_model.rowCount() == 0
    qtbot.keyClick(detail, Qt.Key.Key_Escape)
    assert console.stack.currentIndex() == 0


def test_a_record_is_opened_read_only_and_the_opening_audited(
        qtbot, demo_store, console_for, monkeypatch):
    operator = sign_in(demo_store, "operator", 1)
    job = create_print_job(demo_store, operator, PrintJobDraft(
        "3574011706880002", PrintReason.NEW, "Budi Santoso", biometrics_checked=True))
    console = console_for()
    shown = []
    monkeypatch.setattr(OpenRecordDialog, "ask", classmethod(
        lambda cls, parent: (RecordKind.PRINT_JOB, job.number.lower())))
    monkeypatch.setattr(RecordView, "show_for", classmethod(
        lambda cls, detail, zone, parent: shown.append(cls(detail, zone, parent))))
    first = head(demo_store)

    console.open_record()

    assert actions(demo_store, first) == [("sidak.record_opened", "inspektur")]
    (view,) = shown
    assert view.detail.number == job.number
    text = view.browser.toPlainText()
    assert "Budi Santoso" in text and "357401******0002" in text  # the list's masked NIK
    assert "hanya baca" in view.windowTitle()


def test_a_failed_test_print_is_recorded_with_its_reason(qtbot, demo_store, console_for):
    console = console_for()
    console.start(team="")
    assert console.enlarge(office.list_counters(demo_store)[0].id)
    detail = console.detail
    detail.printer.addItem("KD-TIDAK-ADA")
    detail.printer.setCurrentText("KD-TIDAK-ADA")
    first = head(demo_store)

    with qtbot.waitSignal(detail.test_printed, timeout=20000) as printed:
        qtbot.mouseClick(detail.test_print_button, Qt.MouseButton.LeftButton)

    assert printed.args == [False]
    assert "tidak terpasang" in detail.print_status.text()
    assert actions(demo_store, first) == [("sidak.test_printed", "inspektur")]
    with demo_store.read() as session:
        changes = session.scalars(select(AuditEvent.changes).order_by(
            AuditEvent.seq.desc()).limit(1)).one()
    assert '"ok":false' in changes and "KD-TIDAK-ADA" in changes


def _cups_queue() -> str:
    if shutil.which("lpstat") is None:
        pytest.skip("CUPS is not installed (no lpstat): the KD-PDF print is not tried")
    done = subprocess.run(["lpstat", "-v"], capture_output=True, text=True, timeout=30)
    if "KD-PDF" not in done.stdout:
        pytest.skip("no CUPS queue named KD-PDF (.ci/run creates it with cups-pdf)")
    return "KD-PDF"


def test_the_test_page_prints_on_the_cups_pdf_printer(qtbot, demo_store, console_for):
    printer = _cups_queue()
    console = console_for()
    console.start(team="")
    console.enlarge(office.list_counters(demo_store)[0].id)
    detail = console.detail
    assert detail.printer.findText(printer) >= 0  # Qt sees the CUPS queue
    detail.printer.setCurrentText(printer)
    home = Path(pwd.getpwuid(os.getuid()).pw_dir) / "PDF"
    before = set(home.glob("SDK-*.pdf")) if home.is_dir() else set()

    with qtbot.waitSignal(detail.test_printed, timeout=30000) as printed:
        detail.test_print()

    assert printed.args == [True], detail.print_status.text()
    assert "terkirim ke KD-PDF" in detail.print_status.text()
    if home.is_dir():  # cups-pdf writes the job there, named after its title (the code)
        deadline = time.monotonic() + 30
        while not set(home.glob("SDK-*-L1-*.pdf")) - before and time.monotonic() < deadline:
            qtbot.wait(200)
        assert set(home.glob("SDK-*-L1-*.pdf")) - before


def test_findings_go_into_the_report_which_supervisors_find_and_save(
        qtbot, qtmodeltester, demo_store, console_for, lokets, monkeypatch, tmp_path):
    operator, _supervisor = lokets
    console = console_for()
    console.start(team="Inspektorat: Drs. Ahmad")
    publish_snapshot(demo_store, operator, picture("#2f7d87"), 640, 400)
    loket_1 = office.list_counters(demo_store)[0].id
    console.enlarge(loket_1)
    console.detail.findings.setPlainText("Antrean tertib, petugas ramah.")
    first = head(demo_store)
    console.back_to_tiles()  # leaving the counter keeps what was written
    assert actions(demo_store, first) == [("sidak.findings_saved", "inspektur")]

    asked = []

    def ask(cls, parent, counters, findings, overall):
        dialog = cls(parent, counters, findings, overall)
        asked.append(dialog.editors[loket_1].toPlainText())
        dialog.overall.setPlainText("Pelayanan baik.")
        return dialog.findings()

    monkeypatch.setattr(FinishDialog, "ask", classmethod(ask))
    with qtbot.waitSignal(console.report_saved, timeout=30000) as saved:
        assert console.finish() is True

    assert asked == ["Antrean tertib, petugas ramah."]
    assert inspection_active(demo_store) is None
    with demo_store.read() as session:
        assert session.scalars(select(CounterSnapshot)).first() is None
    assert not any(t.view.has_picture() for t in console.tiles.values())
    assert console.start_button.isVisible()
    row = saved.args[0]
    assert "disimpan" in console.status.text()

    supervisor_page = SidakReportsPage(context(demo_store, "supervisor"))
    qtbot.addWidget(supervisor_page)
    qtmodeltester.check(supervisor_page.model)
    assert supervisor_page.model.rowCount() == 1
    assert supervisor_page.model.data(supervisor_page.model.index(0, 0)) == row.number
    first = head(demo_store)
    path = supervisor_page.save_chosen(tmp_path / "laporan.pdf")
    assert actions(demo_store, first) == [("sidak.report_opened", "supervisor")]
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))
    assert "Antrean tertib, petugas ramah." in text and "Pelayanan baik." in text
    assert "Inspektorat: Drs. Ahmad" in text and "A-001 sejak" in text
    assert [img.image.size for page in reader.pages for img in page.images] == [(640, 400)]


def test_the_operator_window_shows_the_banner_and_publishes_only_during_a_sidak(
        qtbot, demo_store):
    window = MainWindow(context(demo_store, "operator", 1), 30)
    qtbot.addWidget(window)
    window.show()
    assert not window.sidak.banner.isVisible() and not window.sidak.is_publishing()
    inspector = sign_in(demo_store, "inspektur")
    started = start_inspection(demo_store, inspector)

    window.sidak.check()  # what its 2-second poll does

    assert window.sidak.banner.isVisible()
    assert window.sidak.banner.text().startswith("Sidak sedang berlangsung")
    assert "Dewi Lestari" in window.sidak.banner.text()

    def snapshot():
        with demo_store.read() as session:
            return session.get(CounterSnapshot, office.list_counters(demo_store)[0].id)

    qtbot.waitUntil(lambda: snapshot() is not None, timeout=5000)
    shot = snapshot()
    assert shot.inspection_id == started.id and shot.full_name == "Siti Rahmawati"
    image = QImage.fromData(shot.png)
    assert image.width() == min(1024, window.width())
    from kelurahan_desk.services.inspection import end_inspection

    end_inspection(demo_store, inspector, Findings({}, ""))
    window.sidak.check()
    assert not window.sidak.banner.isVisible() and not window.sidak.is_publishing()


def test_the_inspect_window_is_for_inspectors_and_keeps_a_running_sidak(
        qtbot, demo_store, monkeypatch):
    answers = [sign_in(demo_store, "operator", 1), sign_in(demo_store, "inspektur")]
    refused = []
    monkeypatch.setattr(SignInDialog, "ask", classmethod(lambda cls, store: answers.pop(0)))
    monkeypatch.setattr(console_window, "refuse_role", refused.append)

    window = console_window.open_inspection_window(demo_store)
    qtbot.addWidget(window)

    assert [r.value for r in refused] == ["operator"]
    assert window.page.console is not None and "Konsol Sidak" in window.windowTitle()
    window.page.console.start(team="")
    monkeypatch.setattr(console_window.CloseWhileRunning, "ask",
                        classmethod(lambda cls, parent: False))
    assert window.close() is False  # the inspector went back
    monkeypatch.setattr(console_window.CloseWhileRunning, "ask",
                        classmethod(lambda cls, parent: True))
    first = head(demo_store)
    assert window.close() is True
    assert actions(demo_store, first) == [("auth.signed_out", "inspektur")]
    assert inspection_active(demo_store) is not None  # it runs on until someone ends it
