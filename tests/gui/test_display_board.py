"""The display board: tiles follow the calls, every call is announced once, in order, visibly."""

from __future__ import annotations

import string
import wave
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QElapsedTimer, QLocale, QSize
from PySide6.QtGui import QGuiApplication

from kelurahan_desk.domain.spoken import call_out
from kelurahan_desk.services import accounts, office, queue, queue_services, queue_views
from kelurahan_desk.services.demo import DEMO_LOGINS
from kelurahan_desk.ui.announcer import CLIP_NAMES, Announcer, Pacing, call_text, clip_sequence
from kelurahan_desk.ui.board_widgets import format_board_clock
from kelurahan_desk.ui.display_board import DisplayBoard, show_on_screen

PASSWORDS = {login.username: login.password for login in DEMO_LOGINS}
FAST = Pacing(ms_per_word=15, margin_ms=400, max_ms=3000, gap_ms=20, clip_gap_ms=0,
              after_chime_ms=0)
# Loading QtMultimedia / QtTextToSpeech on a machine with no sound server or VA-API warns;
# only the tests that load them on purpose accept those lines.
AUDIO_NOISE = pytest.mark.qt_log_ignore(
    "Couldn't (load|resolve)", "PulseAudio", "QSoundEffect", "text-to-speech plug-in",
    "pipewire", "Using Qt multimedia",
)


def sign_in_at(store, username: str, counter_number: int):
    counter = next(c for c in office.list_counters(store) if c.number == counter_number)
    return accounts.sign_in(store, username, PASSWORDS[username], counter.id)


def service_id(store, prefix: str):
    return next(s.id for s in queue_services.list_services(store) if s.prefix == prefix)


def issue(store, prefix: str, count: int = 1) -> None:
    for _ in range(count):
        queue.issue_ticket(store, service_id(store, prefix))


class Recorder:
    """Everything an announcer says, in the order it says it."""

    def __init__(self, announcer: Announcer, board: DisplayBoard | None = None) -> None:
        self.events: list[tuple] = []
        self.flashing: list[bool] = []
        self._board = board
        self._counter: dict[str, int] = {}
        announcer.announcing.connect(self._on_announcing)
        announcer.finished.connect(lambda code: self.events.append(("finished", code)))
        announcer.flash_requested.connect(self._on_flash)

    def _on_announcing(self, code: str, counter: int, text: str) -> None:
        self.events.append(("announcing", code, counter, text))
        self._counter[code] = counter

    def _on_flash(self, code: str) -> None:
        self.events.append(("flash", code))
        if self._board is not None:  # connected after the board: its tile reacted already
            self.flashing.append(self._board.tile(self._counter[code]).is_flashing())

    def of(self, kind: str) -> list[tuple]:
        return [e for e in self.events if e[0] == kind]


@pytest.fixture
def make_board(qtbot, demo_store):
    def make(**options) -> DisplayBoard:
        options.setdefault("announcer", Announcer.visual_only(pacing=FAST))
        board = DisplayBoard(demo_store, poll_ms=50, **options)
        qtbot.addWidget(board)
        return board

    return make


# --- the clock ------------------------------------------------------------------------


@pytest.mark.parametrize(("moment", "expected"), [
    (datetime(2026, 11, 30, 9, 14), "Senin, 30 November 2026 · 09:14"),
    (datetime(2026, 1, 1, 0, 5), "Kamis, 1 Januari 2026 · 00:05"),
    (datetime(2024, 2, 29, 23, 59), "Kamis, 29 Februari 2024 · 23:59"),
    (datetime(2026, 8, 17, 12, 0), "Senin, 17 Agustus 2026 · 12:00"),
    (datetime(2026, 5, 31, 7, 30), "Minggu, 31 Mei 2026 · 07:30"),
    (datetime(2025, 3, 4, 13, 1), "Selasa, 4 Maret 2025 · 13:01"),
    (datetime(2026, 12, 19, 16, 45), "Sabtu, 19 Desember 2026 · 16:45"),
])
def test_board_clock_speaks_indonesian(moment, expected):
    assert format_board_clock(moment) == expected


def test_board_clock_runs_on_office_time(make_board):
    zone = ZoneInfo("Asia/Jakarta")  # the demo office's zone
    before = format_board_clock(datetime.now(zone))
    board = make_board()
    assert board.clock_text() in {before, format_board_clock(datetime.now(zone))}


# --- what the board shows -------------------------------------------------------------


def test_tiles_show_the_ticket_called_to_each_loket(qtbot, make_board, demo_store, qtmodeltester):
    issue(demo_store, "A", 3)
    issue(demo_store, "C", 1)
    board = make_board()
    assert board.tile(1).code() is None and board.tile(2).code() is None
    assert board.waiting_counts() == {"A": 3, "B": 0, "C": 1, "D": 0}

    queue.call_next(demo_store, sign_in_at(demo_store, "operator", 1))
    queue.call_next(demo_store, sign_in_at(demo_store, "supervisor", 2))

    qtbot.waitUntil(lambda: (board.tile(1).code(), board.tile(2).code()) == ("A-001", "A-002"))
    assert board.tile(2).is_latest() and not board.tile(1).is_latest()
    assert board.tile(2).name() == "Loket 2"
    model = board.recent_model
    assert [model.index(r).data(model.CODE_ROLE) for r in range(model.rowCount())] == [
        "A-002", "A-001"]
    assert [model.index(r).data(model.COUNTER_ROLE) for r in range(2)] == ["Loket 2", "Loket 1"]
    assert board.waiting_counts() == {"A": 1, "B": 0, "C": 1, "D": 0}
    qtmodeltester.check(model)


def test_a_finished_ticket_leaves_its_tile(qtbot, make_board, demo_store):
    issue(demo_store, "A")
    board = make_board()
    operator = sign_in_at(demo_store, "operator", 1)
    ticket = queue.call_next(demo_store, operator)
    qtbot.waitUntil(lambda: board.tile(1).code() == "A-001")
    queue.finish(demo_store, operator, ticket.id, queue.Outcome.DONE)
    qtbot.waitUntil(lambda: board.tile(1).code() is None)


def test_running_text_is_a_parameter_with_an_indonesian_default(make_board):
    default = make_board().running_text()
    assert "Pohsangit Kidul" in default and "KTP-el gratis" in default
    assert make_board(running_text="Kantor tutup pukul 15.00").running_text() == (
        "Kantor tutup pukul 15.00")


def test_numbers_are_readable_from_the_back_of_the_room(qtbot, make_board, demo_store):
    issue(demo_store, "A")
    board = make_board()
    queue.call_next(demo_store, sign_in_at(demo_store, "operator", 1))
    qtbot.waitUntil(lambda: board.tile(1).code() == "A-001")
    board.resize(1920, 1080)
    board.show()
    qtbot.waitExposed(board)
    qtbot.waitUntil(lambda: board.tile(1).width() > 800)
    full_hd = board.tile(1).number_pixel_size()
    assert full_hd >= 120
    board.resize(1280, 720)
    qtbot.waitUntil(lambda: board.tile(1).number_pixel_size() < full_hd)
    assert board.tile(1).number_pixel_size() >= full_hd * 0.6  # it scales with the window


def test_six_lokets_still_get_big_numbers_on_full_hd():
    from kelurahan_desk.ui.board_widgets import CounterTile

    # What TileArea picks for six lokets on 1920×1080: two columns of three.
    assert CounterTile.number_px_for(QSize(555, 270)) >= 120


def test_an_unreadable_store_keeps_the_picture_and_says_so(make_board, monkeypatch, capsys):
    board = make_board()

    def broken(*_args, **_kwargs):
        raise OSError("database is locked")

    monkeypatch.setattr(queue_views, "calls_since", broken)
    board.refresh()
    assert board.is_stale()
    assert "database is locked" in capsys.readouterr().err
    monkeypatch.undo()
    board.refresh()
    assert not board.is_stale()


def test_show_on_screen_falls_back_to_the_primary_screen(make_board, capsys):
    board = make_board()
    assert show_on_screen(board, 7) is QGuiApplication.primaryScreen()
    assert "no screen 7" in capsys.readouterr().err
    assert board.isFullScreen()
    assert show_on_screen(board, 0) is QGuiApplication.screens()[0]
    assert capsys.readouterr().err == ""


# --- announcements --------------------------------------------------------------------


def test_back_to_back_calls_are_announced_in_order_never_over_each_other(
        qtbot, make_board, demo_store):
    issue(demo_store, "A", 2)
    board = make_board()
    heard = Recorder(board.announcer, board)
    queue.call_next(demo_store, sign_in_at(demo_store, "operator", 1))
    queue.call_next(demo_store, sign_in_at(demo_store, "supervisor", 2))

    qtbot.waitUntil(lambda: len(heard.of("finished")) == 2)
    first, second = call_out("A", 1, 1), call_out("A", 2, 2)
    assert first == "Nomor antrean A satu, silakan menuju loket satu."
    assert heard.events == [
        ("announcing", "A-001", 1, first), ("flash", "A-001"), ("finished", "A-001"),
        ("announcing", "A-002", 2, second), ("flash", "A-002"), ("finished", "A-002"),
    ]
    assert heard.flashing == [True, True]  # each call's loket tile flashed as it was called


def test_a_recall_is_announced_again(qtbot, make_board, demo_store):
    issue(demo_store, "B")
    board = make_board()
    heard = Recorder(board.announcer, board)
    operator = sign_in_at(demo_store, "operator", 1)
    ticket = queue.call_next(demo_store, operator)
    qtbot.waitUntil(lambda: len(heard.of("finished")) == 1)
    queue.recall(demo_store, operator, ticket.id)
    qtbot.waitUntil(lambda: len(heard.of("finished")) == 2)
    assert [e[1:] for e in heard.of("announcing")] == [("B-001", 1, call_out("B", 1, 1))] * 2
    assert heard.of("flash") == [("flash", "B-001")] * 2
    assert heard.flashing == [True, True]


def test_the_board_starts_from_the_latest_call(qtbot, make_board, demo_store):
    issue(demo_store, "A", 3)
    operator = sign_in_at(demo_store, "operator", 1)
    first = queue.call_next(demo_store, operator)
    queue.recall(demo_store, operator, first.id)
    queue.call_next(demo_store, sign_in_at(demo_store, "supervisor", 2))
    board = make_board()
    heard = Recorder(board.announcer)
    assert (board.tile(1).code(), board.tile(2).code()) == ("A-001", "A-002")  # shown…
    queue.finish(demo_store, operator, first.id, queue.Outcome.DONE)
    queue.call_next(demo_store, operator)
    qtbot.waitUntil(lambda: len(heard.of("finished")) == 1)
    assert [e[1] for e in heard.of("announcing")] == ["A-003"]  # …but never called again


def test_pending_lists_queued_texts_in_order(qtbot):
    announcer = Announcer.visual_only(pacing=FAST)
    texts = [announcer.announce("A-001", 1), announcer.announce("C-007", 2),
             announcer.announce("A-001", 1)]  # the same call still waiting is not doubled
    assert announcer.pending() == texts[:2] == [call_out("A", 1, 1), call_out("C", 7, 2)]
    assert announcer.current() is None
    with qtbot.waitSignal(announcer.announcing) as started:
        pass
    assert started.args == ["A-001", 1, texts[0]]
    assert announcer.current() == texts[0] and announcer.pending() == [texts[1]]
    qtbot.waitUntil(lambda: announcer.current() is None and not announcer.pending())


def test_a_call_arriving_mid_announcement_waits_its_turn(qtbot):
    announcer = Announcer.visual_only(pacing=FAST)
    heard = Recorder(announcer)
    announcer.announce("A-001", 1)
    qtbot.waitUntil(lambda: announcer.current() is not None)
    announcer.announce("B-001", 2)
    assert announcer.pending() == [call_out("B", 1, 2)]
    qtbot.waitUntil(lambda: len(heard.of("finished")) == 2)
    assert [e[:2] for e in heard.events] == [
        ("announcing", "A-001"), ("flash", "A-001"), ("finished", "A-001"),
        ("announcing", "B-001"), ("flash", "B-001"), ("finished", "B-001"),
    ]


def test_call_text_reads_the_ticket_code():
    assert call_text("A-014", 2) == "Nomor antrean A empat belas, silakan menuju loket dua."
    assert call_text("D-1000", 12) == call_out("D", 1000, 12)


# --- voice backends -------------------------------------------------------------------


def write_silent_wav(path, ms: int = 20) -> None:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(8000)
        wav.writeframes(b"\0\0" * (8000 * ms // 1000))


@pytest.fixture
def clips(tmp_path):
    folder = tmp_path / "suara"
    folder.mkdir()
    for name in CLIP_NAMES:
        write_silent_wav(folder / name)
    return folder


def test_clip_sequence_for_a_014_at_loket_2():
    assert clip_sequence(call_out("A", 14, 2)) == [
        "nomor_antrean.wav", "a.wav", "empat.wav", "belas.wav",
        "silakan_menuju_loket.wav", "dua.wav",
    ]
    assert clip_sequence(call_out("C", 111, 10)) == [
        "nomor_antrean.wav", "c.wav", "seratus.wav", "sebelas.wav",
        "silakan_menuju_loket.wav", "sepuluh.wav",
    ]
    assert clip_sequence(call_text("AB-1000", 1))[1:4] == ["a.wav", "b.wav", "seribu.wav"]


def test_every_call_out_needs_only_documented_clips():
    needed = {clip for prefix in string.ascii_uppercase[:4] for number in range(1, 1000)
              for clip in clip_sequence(call_out(prefix, number, number % 12 + 1))}
    assert needed <= set(CLIP_NAMES)
    assert len(CLIP_NAMES) == len(set(CLIP_NAMES)) == 2 + 18 + 26


def test_visual_when_there_is_no_voice_and_no_clips(tmp_path):
    assert Announcer(tts_engines=(), chime=None).backend == "visual"
    assert Announcer(tts_engines=(), chime=None, clips_dir=tmp_path / "none").backend == (
        "visual")


@AUDIO_NOISE
def test_a_speech_engine_without_an_indonesian_voice_is_not_used():
    # Qt's mock engine speaks English, Norwegian and Finnish only.
    assert Announcer(tts_engines=("mock",), chime=None).backend == "visual"


@AUDIO_NOISE
def test_tts_speaks_one_call_after_the_other(qtbot):
    # The mock engine stands in for a real Indonesian voice: same code path, no sound card.
    # Its deadline is far away, so each announcement must end on the engine's own "done".
    announcer = Announcer(tts_engines=("mock",), chime=None, language=QLocale.Language.Finnish,
                          pacing=Pacing(margin_ms=8000, max_ms=8000, gap_ms=0))
    assert announcer.backend == "tts" and announcer.voice_name.startswith("mock: ")
    heard = Recorder(announcer)
    clock = QElapsedTimer()
    clock.start()
    announcer.announce("A-001", 1)
    announcer.announce("A-002", 2)
    qtbot.waitUntil(lambda: len(heard.of("finished")) == 2, timeout=7_000)
    assert clock.elapsed() < 7_000  # two sentences spoken, no deadline reached
    assert [e[0] for e in heard.events] == ["announcing", "flash", "finished"] * 2


@AUDIO_NOISE
def test_a_voice_that_never_finishes_cannot_hold_the_queue(qtbot):
    # The mock engine needs ~100 ms a word; the deadline here is far shorter.
    announcer = Announcer(tts_engines=("mock",), chime=None, language=QLocale.Language.Finnish,
                          pacing=Pacing(ms_per_word=400, margin_ms=0, max_ms=150, gap_ms=0))
    heard = Recorder(announcer)
    clock = QElapsedTimer()
    clock.start()
    announcer.announce("A-001", 1)
    announcer.announce("A-002", 2)
    qtbot.waitUntil(lambda: len(heard.of("finished")) == 2, timeout=5_000)
    assert clock.elapsed() < 850  # less than the mock voice needs for one sentence
    assert [e[0] for e in heard.events] == ["announcing", "flash", "finished"] * 2


@AUDIO_NOISE
def test_clips_when_the_folder_holds_them_even_with_no_audio_device(qtbot, clips):
    announcer = Announcer(tts_engines=(), chime=None, clips_dir=clips, pacing=FAST)
    assert announcer.backend == "clips" and announcer.missing_clips() == []
    heard = Recorder(announcer)
    announcer.announce("A-014", 2)
    qtbot.waitUntil(lambda: len(heard.of("finished")) == 1)
    assert heard.events[0] == ("announcing", "A-014", 2, call_out("A", 14, 2))


@AUDIO_NOISE
def test_a_missing_clip_still_shows_the_call(qtbot, clips, capsys):
    (clips / "empat.wav").unlink()
    (clips / "lima.wav").write_bytes(b"not a wav")
    announcer = Announcer(tts_engines=(), chime=None, clips_dir=clips, pacing=FAST)
    assert announcer.backend == "clips"
    assert announcer.missing_clips() == ["empat.wav", "lima.wav"]
    assert "empat.wav" in capsys.readouterr().err
    heard = Recorder(announcer)
    announcer.announce("A-014", 2)  # needs empat.wav: shown, flashed, not spoken
    qtbot.waitUntil(lambda: len(heard.of("finished")) == 1)
    assert [e[0] for e in heard.events] == ["announcing", "flash", "finished"]


@AUDIO_NOISE
def test_the_bundled_chime_plays_or_times_out(qtbot):
    announcer = Announcer(tts_engines=(), pacing=FAST)
    heard = Recorder(announcer)
    announcer.announce("A-001", 1)
    qtbot.waitUntil(lambda: len(heard.of("finished")) == 1, timeout=6_000)
