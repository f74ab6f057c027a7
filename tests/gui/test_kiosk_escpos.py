"""The kiosk printing ESC/POS langsung: a real write to a path, and failures that keep the
ticket (the bytes are read back by tests/escpos_reader)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from escpos_reader import read_escpos

from kelurahan_desk.services import accounts, queue_services
from kelurahan_desk.services.office import change_settings
from kelurahan_desk.services.queue_views import kiosk_overview
from kelurahan_desk.ui.kiosk_window import KioskWindow
from kelurahan_desk.ui.ticket_printing import escpos_ticket_printer


@pytest.fixture
def kiosk_printing_to(qtbot, demo_store):
    def make(target: str) -> KioskWindow:
        kiosk = KioskWindow(demo_store, escpos_ticket_printer(demo_store, target),
                            double_tap_ms=0)
        qtbot.addWidget(kiosk)
        kiosk.resize(1280, 800)
        kiosk.show()
        qtbot.waitExposed(kiosk)
        return kiosk

    return make


def service_a(store) -> uuid.UUID:
    return next(s.id for s in queue_services.list_services(store) if s.prefix == "A")


def waiting_a(store) -> int:
    return next(k.waiting for k in kiosk_overview(store) if k.service.prefix == "A")


@pytest.mark.parametrize("paper_mm", [58, 80])
def test_tickets_go_to_a_file_path_as_escpos_on_the_office_paper_width(
    qtbot, demo_store, kiosk_printing_to, tmp_path, paper_mm
):
    admin = accounts.sign_in(demo_store, "admin", "admin-demo")
    change_settings(demo_store, admin, {"ticket_paper_mm": paper_mm})
    target = tmp_path / "lp0"
    kiosk = kiosk_printing_to(str(target))

    first = kiosk.choose_service(service_a(demo_store))
    qtbot.waitUntil(lambda: kiosk.print_status_label.text() == "Silakan ambil karcis Anda.")
    size_after_first = target.stat().st_size
    second = kiosk.choose_service(service_a(demo_store))
    qtbot.waitUntil(lambda: target.stat().st_size > size_after_first)
    qtbot.waitUntil(lambda: kiosk.print_status_label.text() == "Silakan ambil karcis Anda.")

    data = target.read_bytes()
    # a file keeps every ticket, one after the other, as a device takes them
    printed = [read_escpos(data[:size_after_first]), read_escpos(data[size_after_first:])]
    for receipt, issued in zip(printed, (first, second), strict=True):
        assert issued.ticket.code in receipt.texts
        assert f"KELURAHAN {issued.office_name.upper()}" in receipt.texts
        assert f"{issued.local_issued_at:%d-%m-%Y %H:%M}" in receipt.texts
        assert f"Di depan Anda: {issued.people_ahead} orang" in receipt.texts
        codes = [b.payload for b in receipt.barcodes] + [t for t, _ in receipt.picture_codes()]
        assert codes == [issued.ticket.key]
        assert receipt.cut == "partial"
    assert (first.people_ahead, second.people_ahead) == (0, 1)
    assert printed[1].pictures if paper_mm == 58 else printed[1].barcodes


@pytest.mark.parametrize(
    ("target", "message"),
    [
        # a device that is not there: the printer is unplugged or the path mistyped
        ("/dev/usb/kd-tidak-ada-{id}", 'Printer karcis "{target}" tidak terpasang di komputer '
                                       "ini."),
        # a path nothing can write to (a folder; also for root, unlike file permissions)
        ("{tmp}", 'Printer karcis "{target}" tidak dapat mencetak sekarang.'),
    ],
    ids=["missing-device", "unwritable"],
)
def test_a_failed_write_keeps_the_ticket_and_shows_the_print_failure(
    qtbot, demo_store, kiosk_printing_to, tmp_path, target, message
):
    target = target.format(id=uuid.uuid4().hex[:8], tmp=tmp_path)
    assert not Path(target).is_file()
    kiosk = kiosk_printing_to(target)

    issued = kiosk.choose_service(service_a(demo_store))

    reason = message.format(target=target)
    expected = (f"Karcis tidak dapat dicetak: {reason} Nomor Anda: {issued.ticket.code}. "
                "Silakan catat nomor ini.")
    qtbot.waitUntil(lambda: kiosk.print_status_label.text() == expected)
    assert kiosk.print_box.property("role") == "error"
    assert kiosk.current_screen_name() == "ticket"
    assert waiting_a(demo_store) == 1  # issued, and still waiting to be called
    assert not Path(target).is_file()  # no plain file made where a device was meant
