"""One citizen's visit across the kiosk, the loket and the display board, in one process."""

from PySide6.QtCore import Qt

from kelurahan_desk.domain.queue import Priority
from kelurahan_desk.domain.spoken import call_out
from kelurahan_desk.services import accounts, office
from kelurahan_desk.services.demo import seed_demo
from kelurahan_desk.store.database import Store
from kelurahan_desk.ui.announcer import Announcer, Pacing
from kelurahan_desk.ui.cards.questions import StartPrintJobDialog
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.display_board import DisplayBoard
from kelurahan_desk.ui.kiosk_window import KioskWindow
from kelurahan_desk.ui.main_window import MainWindow
from kelurahan_desk.ui.style import apply_style

FAST = Pacing(ms_per_word=5, margin_ms=50, max_ms=200, gap_ms=10, clip_gap_ms=1,
              after_chime_ms=1)


def test_kiosk_to_loket_to_board(qtbot, qapp, tmp_path):
    apply_style(qapp)
    store = Store.open(tmp_path / "office")
    try:
        seed_demo(store)
        printed = []
        kiosk = KioskWindow(store, printed.append, confirm_ms=200, double_tap_ms=0)
        qtbot.addWidget(kiosk)
        board = DisplayBoard(store, announcer=Announcer.visual_only(pacing=FAST), poll_ms=50)
        qtbot.addWidget(board)
        counter = office.list_counters(store)[1]  # Loket 2
        actor = accounts.sign_in(store, "operator", "operator-demo", counter.id)
        desk = MainWindow(DeskContext(store, actor, office.get_office(store)), 30)
        qtbot.addWidget(desk)
        with qtbot.waitActive(desk):
            desk.show()
            desk.activateWindow()

        # A citizen takes a number for KTP-el; an elderly citizen after them.
        ktp = next(s for s in kiosk.service_buttons.values() if s.letter.text() == "C")
        first = kiosk.choose_service(ktp.service_id)
        kiosk.back_to_start()
        qtbot.waitUntil(lambda: kiosk.current_screen_name() == "start")
        kiosk.set_priority(Priority.ELDERLY)
        second = kiosk.choose_service(ktp.service_id)
        assert first is not None and second is not None
        qtbot.waitUntil(lambda: len(printed) == 2)  # printing follows on the next loop turn
        assert [p.ticket.code for p in printed] == ["C-001", "C-002"]
        assert kiosk.ticket_code_label.text() == "C-002"

        # The operator at Loket 2 presses F2: the elderly visitor comes first.
        announced = []
        board.announcer.announcing.connect(lambda code, loket, text: announced.append(text))
        qtbot.keyClick(desk, Qt.Key.Key_F2)
        page = desk.page("antrean")
        assert page.code_label.text() == "C-002"
        qtbot.waitUntil(lambda: board.tile(2).code() == "C-002", timeout=3000)
        qtbot.waitUntil(lambda: announced == [call_out("C", 2, 2)], timeout=3000)

        # Recalled once, then served; the next call brings C-001 to the board.
        qtbot.keyClick(desk, Qt.Key.Key_F3)
        qtbot.keyClick(desk, Qt.Key.Key_F4)
        # A finished KTP-el visit offers to start its print job; not this time.
        offer = desk.findChild(StartPrintJobDialog)
        assert offer is not None and offer.isVisible()
        qtbot.keyClick(offer, Qt.Key.Key_Escape)
        qtbot.keyClick(desk, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: board.tile(2).code() == "C-001", timeout=3000)
        qtbot.waitUntil(lambda: len(announced) == 3, timeout=3000)
        assert announced == [call_out("C", 2, 2), call_out("C", 2, 2), call_out("C", 1, 2)]
        kiosk.refresh()
        assert "0" in ktp.status.text()
        board.close()
        desk.close()
    finally:
        store.close()
