"""`--screenshots` of a sidak on the demo office: two counters publishing, the console, one
counter enlarged with its timeline, an operator window with the banner, the report."""

from __future__ import annotations

import random
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QWidget

from kelurahan_desk.domain.ktp_print import PrintReason
from kelurahan_desk.services import (
    accounts,
    blanko,
    inspection,
    ktp_print,
    office,
    queue,
    queue_services,
    queue_views,
)
from kelurahan_desk.services.actor import Actor
from kelurahan_desk.services.demo import DEMO_HISTORY_WEEKS, DEMO_LOGINS, seed_demo
from kelurahan_desk.services.inspection import Findings, publish_snapshot
from kelurahan_desk.services.inspection_reports import report_pdf
from kelurahan_desk.store.database import Store
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.main_window import MainWindow
from kelurahan_desk.ui.sidak.snapshot_publisher import grab_window, png_bytes

Save = Callable[[QWidget, Path], None]
WINDOW_SIZE = (1280, 800)


def _wait(condition: Callable[[], bool], seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the sidak console did not update in time")
        QApplication.processEvents()
        time.sleep(0.02)


def _window(store: Store, actor: Actor, page: str) -> MainWindow:
    info = office.get_office(store)
    assert info is not None
    window = MainWindow(DeskContext(store, actor, info), idle_minutes=60)
    window.resize(*WINDOW_SIZE)
    window.show()
    window.show_page(page)
    return window


def _publish(store: Store, actor: Actor, window: MainWindow) -> None:
    """What the window's publisher does each 1.5 s, once, here and now."""
    for _ in range(3):
        QApplication.processEvents()
    image = grab_window(window)
    publish_snapshot(store, actor, png_bytes(image), image.width(), image.height())


class _Clock:
    """The demo morning's clock: it moves only when told to."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def _morning(store: Store, now: datetime) -> tuple[Actor, Actor, uuid.UUID]:
    """A believable morning at both lokets, ending a few minutes before ``now``: visitors
    arrive every few minutes, wait, are served; one does not come; a KTP-el is printed
    and, twenty minutes ago, an inspector arrives: a sidak starts, a counter is looked at,
    a print job opened, a test print made. Returns the operator and supervisor, signed
    in, and the print job."""
    zone = ZoneInfo(office.get_office(store).timezone)  # type: ignore[union-attr]
    start = max(now - timedelta(minutes=95), datetime.combine(
        now.astimezone(zone).date(), dtime(0, 5), zone).astimezone(UTC))
    clock = _Clock(start)
    sim = Store(store.data_dir, store.engine, clock)  # the same file, on the morning's clock
    logins = {x.username: x for x in DEMO_LOGINS}
    loket_1, loket_2 = office.list_counters(sim)[:2]
    operator = accounts.sign_in(sim, "operator", logins["operator"].password, loket_1.id)
    supervisor = accounts.sign_in(sim, "supervisor", logins["supervisor"].password, loket_2.id)
    services = {s.prefix: s.id for s in queue_services.list_services(sim)}
    rng = random.Random(20250303)
    step = (now - timedelta(minutes=4) - start) / 60
    busy: dict[uuid.UUID, tuple[Actor, uuid.UUID, datetime] | None] = {
        operator.account_id: None, supervisor.account_id: None}
    for minute in range(60):
        clock.now = start + step * minute
        if minute % 3 == 0 or rng.random() < 0.2:
            queue.issue_ticket(sim, services[rng.choice("AABCCCD")])
        for actor in (operator, supervisor):
            serving = busy[actor.account_id]
            if serving is not None and clock.now >= serving[2]:
                queue.finish(sim, actor, serving[1])
                busy[actor.account_id] = serving = None
            if serving is None and minute >= 4:
                called = queue.call_next(sim, actor)
                if called is not None and rng.random() < 0.08:
                    for _ in range(2):
                        queue.recall(sim, actor, called.id)
                    queue.mark_no_show(sim, actor, called.id)
                elif called is not None:
                    busy[actor.account_id] = (actor, called.id,
                                              clock.now + step * rng.randint(2, 6))
        if minute == 30:
            blanko.receive_blanks(sim, supervisor, blanko.BlankReceiptDraft(
                clock.now.astimezone(zone).date(), "470/112/425.111/2025", 10, "K0001-K0010"))
            job = ktp_print.create_print_job(sim, supervisor, ktp_print.PrintJobDraft(
                "3574011706880002", PrintReason.DAMAGED, "Budi Santoso", biometrics_checked=True))
            ktp_print.start_printing(sim, supervisor, job.id)
            ktp_print.mark_printed(sim, supervisor, job.id)
        if minute == 46:
            inspector = accounts.sign_in(sim, "inspektur", logins["inspektur"].password)
            inspection.start_inspection(sim, inspector,
                                        "Inspektorat Kota Probolinggo: Drs. Ahmad Fauzi")
        if minute == 50:
            inspection.record_look(sim, inspector, loket_2.id)
            inspection.inspect_record(sim, inspector, inspection.RecordKind.PRINT_JOB, job.id)
        if minute == 52:
            # What the console records after a "Cetak uji" (here without paper).
            inspection.record_test_print(sim, inspector, loket_2.id, "Printer Loket 2", True)
    clock.now = now - timedelta(minutes=3)
    for prefix in "AC":
        queue.issue_ticket(sim, services[prefix])
    clock.now = now - timedelta(minutes=2)
    for actor in (operator, supervisor):
        if queue_views.counter_view(sim, actor).current is None:
            queue.call_next(sim, actor)
    return operator, supervisor, job.id


def shoot_sidak(folder: Path, save: Save) -> Path:
    """Run a sidak on a demo office of its own and take its pictures; the path of the
    report's first page (the other pictures go through ``save``)."""
    with tempfile.TemporaryDirectory(prefix="kd-sidak-") as tmp:
        store = Store.open(Path(tmp) / "demo")
        try:
            seed_demo(store, DEMO_HISTORY_WEEKS)
            return _shoot(store, folder, save)
        finally:
            store.close()


def _shoot(store: Store, folder: Path, save: Save) -> Path:
    logins = {x.username: x for x in DEMO_LOGINS}
    loket_1, loket_2 = office.list_counters(store)[:2]
    operator, supervisor, _job = _morning(store, datetime.now(UTC))
    inspector = accounts.sign_in(store, "inspektur", logins["inspektur"].password)
    first = _window(store, operator, "antrean")
    second = _window(store, supervisor, "akta_kelahiran")
    console_window = _window(store, inspector, "sidak")
    console = console_window.page("sidak").console  # type: ignore[attr-defined]
    for window in (first, second):
        window.sidak.check()  # the banner now, not at the next 2-second poll
        if window.sidak.publisher is not None:
            window.sidak.publisher.stop()  # pictures are published by hand below
    _publish(store, operator, first)
    _publish(store, supervisor, second)
    console.read_pictures()
    console.read_overview()
    _wait(lambda: all(t.view.has_picture() and t.overview is not None
                      for t in console.tiles.values()))
    save(first, folder / "sidak_operator_banner.png")
    save(console_window, folder / "sidak_console.png")

    console.enlarge(loket_1.id)
    console.detail.findings.setPlainText(
        "Antrean tertib; petugas menjelaskan persyaratan akta dengan jelas.")
    save(console_window, folder / "sidak_enlarged.png")
    console.back_to_tiles()

    _publish(store, operator, first)
    _publish(store, supervisor, second)
    console.finish(Findings(
        {loket_1.id: "Antrean tertib; petugas menjelaskan persyaratan akta dengan jelas.",
         loket_2.id: "Hasil cetak KTP-el baik. Blanko disimpan di lemari terkunci."},
        "Pelayanan berjalan baik. Papan persyaratan di ruang tunggu perlu diperbarui."))
    _wait(lambda: console.last_report is not None, 60)
    for window in (first, second):
        window.sidak.check()
    save(console_window, folder / "sidak_console_ended.png")
    pdf = report_pdf(store, inspector, console.last_report.id)
    page = folder / "sidak_report_page_1.png"
    _first_page(pdf, page)
    for window in (first, second, console_window):
        window.close()
    return page


def _first_page(pdf: bytes, target: Path) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    rendered = document.render(0, QSize(1240, 1754))  # A4 at 150 dpi
    paper = QImage(rendered.size(), QImage.Format.Format_RGB32)
    paper.fill(0xFFFFFF)
    painter = QPainter(paper)
    painter.drawImage(0, 0, rendered)
    painter.end()
    if not paper.save(str(target)):
        raise OSError(f"could not write {target}")
