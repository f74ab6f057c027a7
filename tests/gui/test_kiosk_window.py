"""The kiosk: touch a service, get a number; refusals, priority, printing, double taps."""

import uuid

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from sqlalchemy import select

from kelurahan_desk.domain.queue import Priority
from kelurahan_desk.services import queue, queue_services
from kelurahan_desk.store.tables import QueueService, Ticket
from kelurahan_desk.ui.kiosk_window import KioskWindow

SIZES = [(1920, 1080), (1280, 800)]


class FakePrinter:
    """Records what it was asked to print; raises ``error`` when one is set."""

    def __init__(self, error: Exception | None = None) -> None:
        self.printed = []
        self.error = error

    def __call__(self, issued) -> None:
        if self.error is not None:
            raise self.error
        self.printed.append(issued)


class PrintFailed(Exception):
    """Like ui.ticket_printing.PrintFailed: the reason in ``message``."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@pytest.fixture
def services(demo_store):
    return {s.prefix: s for s in queue_services.list_services(demo_store)}


@pytest.fixture
def printer():
    return FakePrinter()


@pytest.fixture
def make_kiosk(qtbot, demo_store, printer):
    def make(size=(1280, 800), **options) -> KioskWindow:
        kiosk = KioskWindow(demo_store, options.pop("printer", printer), **options)
        qtbot.addWidget(kiosk)
        kiosk.resize(*size)
        kiosk.show()
        qtbot.waitExposed(kiosk)
        return kiosk

    return make


def tickets(store) -> list[Ticket]:
    with store.read() as session:
        rows = list(session.scalars(select(Ticket).order_by(Ticket.issued_at)))
        session.expunge_all()
        return rows


def set_quota(store, service_id: uuid.UUID, quota: int) -> None:
    with store.write("admin", "admin") as uow:
        uow.session.get(QueueService, service_id).daily_quota = quota
        uow.record("queue.service_changed", "queue_service", service_id, {"daily_quota": quota})


def tap(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_start_screen_greets_and_lists_every_service_with_its_waiting_count(
    make_kiosk, demo_store, services
):
    queue.issue_ticket(demo_store, services["B"].id)
    queue.issue_ticket(demo_store, services["B"].id)
    kiosk = make_kiosk()
    assert kiosk.welcome_label.text() == "Selamat datang di Kantor Kelurahan Pohsangit Kidul"
    assert kiosk.clock_label.text()
    assert kiosk.current_screen_name() == "start"
    buttons = kiosk.service_buttons
    assert [b.letter.text() for b in buttons.values()] == ["A", "B", "C", "D"]
    assert buttons[services["A"].id].name.text() == "Akta Kelahiran"
    assert buttons[services["A"].id].status.text() == "Menunggu: 0 orang"
    assert buttons[services["B"].id].status.text() == "Menunggu: 2 orang"
    assert not any(b.refused for b in buttons.values())


def test_tapping_a_service_issues_a_ticket_shows_it_and_prints_it(
    qtbot, make_kiosk, demo_store, services, printer
):
    queue.issue_ticket(demo_store, services["A"].id)
    kiosk = make_kiosk()
    with qtbot.waitSignal(kiosk.ticket_issued) as issued_signal:
        tap(qtbot, kiosk.service_buttons[services["A"].id])
    issued = issued_signal.args[0]
    assert [t.code for t in tickets(demo_store)] == ["A-001", "A-002"]
    assert issued.ticket.code == "A-002" and issued.people_ahead == 1
    assert kiosk.current_screen_name() == "ticket"
    assert kiosk.ticket_code_label.text() == "A-002"
    assert kiosk.ticket_service_label.text() == "Akta Kelahiran"
    assert kiosk.people_ahead_label.text() == "Di depan Anda: 1 orang"
    assert kiosk.ticket_priority_label.isHidden()
    qtbot.waitUntil(lambda: printer.printed == [issued])
    assert kiosk.print_status_label.text() == "Silakan ambil karcis Anda."
    # The waiting count behind the confirmation is already up to date.
    assert kiosk.service_buttons[services["A"].id].status.text() == "Menunggu: 2 orang"


def test_the_number_shows_before_the_ticket_is_printed(make_kiosk, services, printer):
    kiosk = make_kiosk()
    kiosk.choose_service(services["D"].id)
    assert printer.printed == []  # printing waits for the event loop: the screen comes first
    assert kiosk.print_status_label.text() == "Karcis sedang dicetak…"


def test_priority_reaches_the_ticket_and_is_cleared_after_it(
    qtbot, make_kiosk, demo_store, services
):
    kiosk = make_kiosk(double_tap_ms=0)
    tap(qtbot, kiosk.priority_buttons[Priority.DISABILITY])
    tap(qtbot, kiosk.priority_buttons[Priority.ELDERLY])  # at most one: the last one
    assert kiosk.priority is Priority.ELDERLY
    assert [p for p, b in kiosk.priority_buttons.items() if b.isChecked()] == [Priority.ELDERLY]
    issued = kiosk.choose_service(services["A"].id)
    assert issued.ticket.priority is Priority.ELDERLY
    assert tickets(demo_store)[0].priority == "lansia"
    assert kiosk.ticket_priority_label.isVisible()
    assert kiosk.ticket_priority_label.text() == "Prioritas: Lansia"
    assert kiosk.priority is None
    assert not any(b.isChecked() for b in kiosk.priority_buttons.values())
    kiosk.back_to_start()
    assert kiosk.choose_service(services["A"].id).ticket.priority is None


def test_touching_the_chosen_priority_again_clears_it(qtbot, make_kiosk):
    kiosk = make_kiosk()
    tap(qtbot, kiosk.priority_buttons[Priority.PREGNANT])
    assert kiosk.priority is Priority.PREGNANT
    tap(qtbot, kiosk.priority_buttons[Priority.PREGNANT])
    assert kiosk.priority is None
    assert not kiosk.priority_buttons[Priority.PREGNANT].isChecked()


def test_a_priority_left_behind_expires(qtbot, make_kiosk):
    kiosk = make_kiosk(priority_idle_ms=50)
    kiosk.set_priority(Priority.ELDERLY)
    qtbot.waitUntil(lambda: kiosk.priority is None)
    assert not kiosk.priority_buttons[Priority.ELDERLY].isChecked()


def test_a_service_out_of_quota_says_so_and_issues_nothing(
    qtbot, make_kiosk, demo_store, services, printer
):
    set_quota(demo_store, services["C"].id, 0)
    kiosk = make_kiosk()
    button = kiosk.service_buttons[services["C"].id]
    assert button.refused
    assert button.status.text() == "Kuota hari ini sudah habis."
    assert button.property("role") == "kiosk-service-refused"
    assert button.isEnabled()  # looks closed, yet a touch is answered
    tap(qtbot, button)
    assert kiosk.current_screen_name() == "refusal"
    assert kiosk.refusal_label.text() == "Kuota hari ini sudah habis."
    assert kiosk.refusal_service_label.text() == "C · KTP-el (cetak)"
    assert tickets(demo_store) == []
    qtbot.wait(20)  # would let a wrongly queued print run
    assert printer.printed == []


def test_a_quota_reached_since_the_last_refresh_is_refused_too(
    make_kiosk, demo_store, services
):
    kiosk = make_kiosk(refresh_ms=60_000)
    queue.issue_ticket(demo_store, services["C"].id)  # another kiosk took the last one
    set_quota(demo_store, services["C"].id, 1)
    assert not kiosk.service_buttons[services["C"].id].refused  # not refreshed yet
    assert kiosk.choose_service(services["C"].id) is None
    assert kiosk.refusal_label.text() == "Kuota hari ini sudah habis."
    assert len(tickets(demo_store)) == 1
    assert kiosk.service_buttons[services["C"].id].refused


def test_an_unexpected_failure_is_answered_and_issues_nothing(
    make_kiosk, demo_store, services, printer, monkeypatch
):
    kiosk = make_kiosk()

    def broken(*_args, **_kwargs):
        raise RuntimeError("database is locked")

    monkeypatch.setattr(queue, "issue_ticket", broken)
    assert kiosk.choose_service(services["A"].id) is None
    assert kiosk.current_screen_name() == "refusal"
    assert kiosk.refusal_label.text() == "Maaf, terjadi gangguan. Silakan coba sekali lagi."
    assert tickets(demo_store) == [] and printer.printed == []


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (PrintFailed("Printer kehabisan kertas"), "Printer kehabisan kertas."),
        (OSError("printer offline."), "printer offline."),
    ],
)
def test_a_failed_print_keeps_the_ticket_and_tells_the_citizen_to_note_it(
    qtbot, make_kiosk, demo_store, services, error, reason
):
    printer = FakePrinter(error)
    kiosk = make_kiosk(printer=printer)
    issued = kiosk.choose_service(services["A"].id)
    expected = f"Karcis tidak dapat dicetak: {reason} Nomor Anda: A-001. Silakan catat nomor ini."
    qtbot.waitUntil(lambda: kiosk.print_status_label.text() == expected)
    assert kiosk.current_screen_name() == "ticket"
    assert kiosk.ticket_code_label.text() == "A-001"
    assert [t.code for t in tickets(demo_store)] == [issued.ticket.code] == ["A-001"]
    assert kiosk.print_box.property("role") == "error"


def test_a_double_tap_takes_one_number(qtbot, make_kiosk, demo_store, services):
    kiosk = make_kiosk()
    button = kiosk.service_buttons[services["A"].id]
    tap(qtbot, button)
    assert kiosk.choose_service(services["A"].id) is None
    # The second tap really lands on the confirmation: it must not hide the number.
    tap(qtbot, kiosk.ticket_page)
    assert kiosk.current_screen_name() == "ticket"
    assert [t.code for t in tickets(demo_store)] == ["A-001"]


def test_without_the_double_tap_guard_a_second_tap_would_issue_again(
    make_kiosk, demo_store, services
):
    """The guard above is what stops the second ticket, not something else."""
    kiosk = make_kiosk(double_tap_ms=0)
    kiosk.choose_service(services["A"].id)
    kiosk.choose_service(services["A"].id)
    assert [t.code for t in tickets(demo_store)] == ["A-001", "A-002"]


def test_the_confirmation_returns_to_the_start_screen_by_itself(qtbot, make_kiosk, services):
    kiosk = make_kiosk(confirm_ms=100)
    kiosk.choose_service(services["A"].id)
    assert kiosk.current_screen_name() == "ticket"
    qtbot.waitUntil(lambda: kiosk.current_screen_name() == "start")


def test_a_refusal_returns_to_the_start_screen_by_itself(
    qtbot, make_kiosk, demo_store, services
):
    set_quota(demo_store, services["B"].id, 0)
    kiosk = make_kiosk(confirm_ms=100)
    kiosk.choose_service(services["B"].id)
    assert kiosk.current_screen_name() == "refusal"
    qtbot.waitUntil(lambda: kiosk.current_screen_name() == "start")


@pytest.mark.parametrize("target", ["page", "back_button"])
def test_touching_the_confirmation_returns_at_once(qtbot, make_kiosk, services, target):
    kiosk = make_kiosk(double_tap_ms=0)
    kiosk.choose_service(services["A"].id)
    widget = (kiosk.ticket_page if target == "page"
              else kiosk.ticket_page.findChild(QPushButton, "back_button"))
    tap(qtbot, widget)
    assert kiosk.current_screen_name() == "start"


def test_waiting_counts_refresh_on_their_own(qtbot, make_kiosk, demo_store, services):
    kiosk = make_kiosk(refresh_ms=50)
    status = kiosk.service_buttons[services["D"].id].status
    assert status.text() == "Menunggu: 0 orang"
    queue.issue_ticket(demo_store, services["D"].id)  # another kiosk, another process
    qtbot.waitUntil(lambda: status.text() == "Menunggu: 1 orang")
    set_quota(demo_store, services["D"].id, 1)
    qtbot.waitUntil(lambda: kiosk.service_buttons[services["D"].id].refused)


def test_a_new_service_appears_without_a_restart(make_kiosk, demo_store):
    kiosk = make_kiosk()
    add_services(demo_store, "E")
    kiosk.refresh()
    assert [b.letter.text() for b in kiosk.service_buttons.values()] == ["A", "B", "C", "D", "E"]
    assert kiosk.service_buttons[next(reversed(kiosk.service_buttons))].name.text() == (
        "Surat Pindah Datang")


# --- how it looks --------------------------------------------------------------------


MORE_SERVICES = ["Surat Pindah Datang", "Kartu Keluarga", "Legalisir Dokumen",
                 "Surat Keterangan Tidak Mampu", "Pengaduan dan Pengambilan Dokumen"]


def add_services(store, *prefixes: str, name: str | None = None) -> None:
    with store.write("admin", "admin") as uow:
        for position, prefix in enumerate(prefixes, start=10):
            uow.session.add(QueueService(
                id=uuid.uuid4(), prefix=prefix, name=name or MORE_SERVICES[position - 10],
                target_wait_minutes=15, daily_quota=None, opens_at=None, closes_at=None,
                active=True, position=position))
        uow.record("queue.services_added", "queue_services", "x", {"prefixes": prefixes})


def assert_nothing_cut(qtbot, window: QWidget) -> None:
    """Every visible label and button lies inside the window and has room for its text.

    Waits for the layout to settle (after a restyle, a new screen, or crowded buttons
    shrinking their words); fails with the last thing found cut.
    """
    qtbot.waitUntil(lambda: check_nothing_cut(window), timeout=3000)


def check_nothing_cut(window: QWidget) -> None:
    window_rect = window.rect()
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or isinstance(widget, KioskWindow):
            continue
        if not isinstance(widget, QLabel | QPushButton):
            continue
        top_left = widget.mapTo(window, QPoint(0, 0))
        where = QRect(top_left, widget.size())
        name = f"{type(widget).__name__} {widget.objectName()!r} {widget.text()!r}"
        assert window_rect.contains(where), f"{name} at {where} is outside {window_rect}"
        if isinstance(widget, QLabel) and widget.text():
            room = widget.contentsRect()
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                assert need <= widget.height(), f"{name}: needs {need} px, has {widget.height()}"
            else:
                need = widget.fontMetrics().horizontalAdvance(widget.text())
                assert need <= room.width(), f"{name}: needs {need} px, has {room.width()}"
                assert widget.fontMetrics().height() <= room.height(), f"{name} is cut"
        if isinstance(widget, QPushButton) and widget.text():
            need = widget.fontMetrics().horizontalAdvance(widget.text())
            assert need < widget.width(), f"{name}: needs {need} px, has {widget.width()}"


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_screen_fits_without_clipping(qtbot, make_kiosk, demo_store, services, size):
    set_quota(demo_store, services["C"].id, 0)
    printer = FakePrinter(PrintFailed("Printer kehabisan kertas"))
    kiosk = make_kiosk(size, printer=printer, double_tap_ms=0)
    kiosk.set_priority(Priority.PREGNANT)
    assert kiosk.size().toTuple() == size
    assert_nothing_cut(qtbot, kiosk)
    kiosk.choose_service(services["D"].id)
    qtbot.waitUntil(lambda: kiosk.print_box.property("role") == "error")
    assert_nothing_cut(qtbot, kiosk)
    kiosk.choose_service(services["C"].id)
    assert kiosk.current_screen_name() == "refusal"
    assert_nothing_cut(qtbot, kiosk)


@pytest.mark.parametrize("extra", [2, 5])
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_more_services_still_fit(qtbot, make_kiosk, demo_store, size, extra):
    add_services(demo_store, *"EFGHIJK"[:extra])
    kiosk = make_kiosk(size)
    assert len(kiosk.service_buttons) == 4 + extra
    assert_nothing_cut(qtbot, kiosk)


def test_long_names_shrink_the_words_of_every_service_until_they_fit(
    qtbot, make_kiosk, demo_store
):
    name = "Surat Keterangan Tidak Mampu untuk Beasiswa Pendidikan"
    add_services(demo_store, *"EFGHI", name=name)
    kiosk = make_kiosk((1280, 800))
    assert_nothing_cut(qtbot, kiosk)
    sizes = {b.name.font().pixelSize() for b in kiosk.service_buttons.values()}
    # Nine services start at 26 px here; these names need less, alike on every button.
    assert len(sizes) == 1 and 16 <= sizes.pop() < 26


def test_service_buttons_are_big_enough_to_read_and_touch(make_kiosk):
    kiosk = make_kiosk((1920, 1080))
    for button in kiosk.service_buttons.values():
        assert button.name.font().pixelSize() >= 28
        assert button.status.font().pixelSize() >= 28
        assert button.height() >= 200 and button.width() >= 600
    for button in kiosk.priority_buttons.values():
        assert button.height() >= 60
    assert kiosk.ticket_code_label.font().pixelSize() >= 200
