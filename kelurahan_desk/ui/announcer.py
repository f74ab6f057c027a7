"""Voice call-outs for the display board: chime, then the call spoken, one call at a time."""

from __future__ import annotations

import re
import string
import sys
import wave
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QLocale, QObject, QTimer, QUrl, Signal, Slot

from kelurahan_desk.domain.spoken import call_out, number_words
from kelurahan_desk.paths import resources_dir

Backend = Literal["tts", "clips", "visual"]

# Words of a call-out that a clip folder records as one file each, phrases first.
PHRASE_CLIPS = (
    (("nomor", "antrean"), "nomor_antrean.wav"),
    (("silakan", "menuju", "loket"), "silakan_menuju_loket.wav"),
)
NUMBER_CLIPS = tuple(f"{word}.wav" for word in (
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    "sepuluh", "sebelas", "belas", "puluh", "seratus", "ratus", "seribu", "ribu"))
LETTER_CLIPS = tuple(f"{letter}.wav" for letter in string.ascii_lowercase)
CLIP_NAMES = tuple(clip for _, clip in PHRASE_CLIPS) + NUMBER_CLIPS + LETTER_CLIPS
_KNOWN_WORDS = frozenset(clip.removesuffix(".wav") for clip in NUMBER_CLIPS)
_CODE = re.compile(r"^\s*([A-Za-z]+)-?(\d+)\s*$")


def clip_sequence(text: str) -> list[str]:
    """The clip files that say ``text`` (a ``call_out`` sentence), in order.

    Phrases first ("nomor antrean", "silakan menuju loket"), then one clip per number word;
    any other word is a service prefix and is spelled letter by letter ("AB" → a, b).
    """
    words = re.findall(r"[a-z0-9]+", text.lower())
    clips: list[str] = []
    i = 0
    while i < len(words):
        for phrase, clip in PHRASE_CLIPS:
            if tuple(words[i:i + len(phrase)]) == phrase:
                clips.append(clip)
                i += len(phrase)
                break
        else:
            word = words[i]
            if word in _KNOWN_WORDS:
                clips.append(f"{word}.wav")
            elif word.isdigit():  # never made by call_out; say it rather than drop it
                clips.extend(clip_sequence(number_words(int(word))))
            else:
                clips.extend(f"{letter}.wav" for letter in word)
            i += 1
    return clips


def call_text(code: str, counter_number: int) -> str:
    """The Indonesian sentence for ticket ``code`` ("A-014") called to loket ``counter_number``."""
    match = _CODE.match(code)
    if match is None:  # not a ticket code we made; still say something sensible
        return f"Nomor antrean {code}, silakan menuju loket {number_words(counter_number)}."
    return call_out(match.group(1).upper(), int(match.group(2)), counter_number)


def wav_duration_ms(path: Path) -> int | None:
    """Length of a PCM WAV in milliseconds; None when it is missing or not a PCM WAV."""
    try:
        with wave.open(str(path), "rb") as wav:
            return round(wav.getnframes() * 1000 / wav.getframerate())
    except (OSError, EOFError, wave.Error):
        return None


def bundled_chime() -> Path:
    return resources_dir() / "sounds" / "chime.wav"


@dataclass(frozen=True)
class Pacing:
    """How long things take. Tests shorten it; an office never needs to change it."""

    ms_per_word: int = 420  # a call-out is said slowly and clearly
    margin_ms: int = 2000  # beyond the estimate before a silent voice is given up on
    max_ms: int = 8000  # no announcement holds the queue longer than this
    gap_ms: int = 700  # quiet between two announcements
    clip_gap_ms: int = 60  # between two clips of one sentence
    after_chime_ms: int = 150

    def estimate_ms(self, text: str) -> int:
        return min(self.max_ms, len(text.split()) * self.ms_per_word)


@dataclass(frozen=True)
class _Call:
    code: str
    counter: int
    text: str


class Announcer(QObject):
    """A queue of call announcements; each one is a chime, then the call spoken, then the next.

    Announcements never talk over each other, and each one ends within ``Pacing.max_ms``
    even when no sound comes out (no audio device, a voice that never finishes), so the
    queue always moves. The voice backend is chosen once, at construction, and reported by
    ``backend``: "tts" (QtTextToSpeech with an Indonesian voice), "clips" (recorded words
    in ``clips_dir``, see docs/VOICE_CLIPS.md) or "visual" (chime only). Whatever the
    backend, ``flash_requested`` is sent for every call so the board shows it.

    Signals:
        announcing(str code, int counter, str text): an announcement starts.
        finished(str code): it is over; the next may start after ``Pacing.gap_ms``.
        flash_requested(str code): show this call on screen now (every announcement).
    """

    announcing = Signal(str, int, str)
    finished = Signal(str)
    flash_requested = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clips_dir: Path | None = None,
        tts_engines: tuple[str, ...] | None = None,
        chime: Path | Literal["bundled"] | None = "bundled",
        language: QLocale.Language = QLocale.Language.Indonesian,
        pacing: Pacing | None = None,
    ) -> None:
        """``tts_engines``: engines to try in order; None tries every installed one except
        Qt's "mock" engine, () skips speech. ``chime``: a WAV, the bundled one, or None.
        ``language`` is the voice's language: the text is always Indonesian, so only
        tests change it (to reach Qt's mock engine)."""
        super().__init__(parent)
        self.pacing = pacing or Pacing()
        self._queue: deque[_Call] = deque()
        self._current: _Call | None = None
        self._clips: list[Path] = []
        self._effects: dict[Path, Any] = {}  # QSoundEffect per file, made on first use
        self._durations: dict[Path, int | None] = {}
        self._tts: Any = None
        self._voice_name = ""
        self._speaking = False
        self._chime = bundled_chime() if chime == "bundled" else chime
        if self._chime is not None and self._duration(self._chime) is None:
            print(f"kelurahan-desk: chime {self._chime} is not a PCM WAV; no chime",
                  file=sys.stderr)
            self._chime = None
        self._clips_dir = clips_dir
        self._backend: Backend = self._choose_backend(tts_engines, language)

        self._kick = self._single_shot(self._on_kick_timeout)
        self._step = self._single_shot(self._on_step_timeout)
        self._deadline = self._single_shot(self._on_deadline_timeout)
        self._next_step: Any = None

    @classmethod
    def visual_only(cls, parent: QObject | None = None, pacing: Pacing | None = None,
                    ) -> Announcer:
        """No speech, no chime, nothing loaded from QtMultimedia: for tests and silent rooms."""
        return cls(parent, tts_engines=(), chime=None, pacing=pacing)

    # --- what callers use -------------------------------------------------------------

    @property
    def backend(self) -> Backend:
        return self._backend

    @property
    def voice_name(self) -> str:
        """"engine: voice (locale)" for "tts", the folder for "clips", "" for "visual"."""
        return self._voice_name

    def missing_clips(self) -> list[str]:
        """Documented clip names that ``clips_dir`` does not hold as readable PCM WAVs."""
        if self._clips_dir is None:
            return list(CLIP_NAMES)
        return [n for n in CLIP_NAMES if self._duration(self._clips_dir / n) is None]

    def announce(self, code: str, counter_number: int) -> str:
        """Queue the call of ticket ``code`` to loket ``counter_number``; return its text.

        The same call already waiting (not yet started) is not queued twice.
        """
        call = _Call(code, counter_number, call_text(code, counter_number))
        if call not in self._queue:
            self._queue.append(call)
        if self._current is None and not self._kick.isActive():
            self._kick.start(0)
        return call.text

    def pending(self) -> list[str]:
        """Texts queued and not yet started, oldest first."""
        return [call.text for call in self._queue]

    def current(self) -> str | None:
        """The text being announced now, if any."""
        return self._current.text if self._current else None

    def clear(self) -> None:
        """Drop what is queued; the announcement in progress ends normally."""
        self._queue.clear()

    # --- choosing a voice -------------------------------------------------------------

    def _choose_backend(self, engines: tuple[str, ...] | None,
                        language: QLocale.Language) -> Backend:
        if engines != () and self._pick_tts(engines, language):
            return "tts"
        if self._clips_dir is not None and self._clips_dir.is_dir():
            missing = self.missing_clips()
            if not any(clip in missing for _, clip in PHRASE_CLIPS):
                if missing:
                    print(f"kelurahan-desk: voice clips missing in {self._clips_dir}: "
                          f"{', '.join(missing)}; calls that need them are shown only",
                          file=sys.stderr)
                self._voice_name = str(self._clips_dir)
                return "clips"
            print(f"kelurahan-desk: {self._clips_dir} lacks nomor_antrean.wav or "
                  "silakan_menuju_loket.wav; calls are shown, not spoken", file=sys.stderr)
        return "visual"

    def _pick_tts(self, engines: tuple[str, ...] | None, language: QLocale.Language) -> bool:
        from PySide6.QtTextToSpeech import QTextToSpeech

        installed = QTextToSpeech.availableEngines()
        names = [e for e in installed if e != "mock"] if engines is None else [
            e for e in engines if e in installed]
        for name in names:
            tts = QTextToSpeech(name, self)
            # Engines that load asynchronously are not Ready yet; they are not waited for.
            if tts.state() == QTextToSpeech.State.Ready:
                for locale in tts.availableLocales():
                    if locale.language() != language:
                        continue
                    tts.setLocale(locale)
                    voices = tts.availableVoices()
                    if voices:
                        tts.setVoice(voices[0])
                        tts.setRate(-0.1)  # a little slower than normal: a big, echoing room
                        tts.stateChanged.connect(self._on_tts_state_changed)
                        self._tts = tts
                        self._voice_name = f"{name}: {voices[0].name()} ({locale.name()})"
                        return True
            tts.deleteLater()
        return False

    # --- one announcement -------------------------------------------------------------

    def _single_shot(self, slot: Any) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(slot)
        return timer

    def _then(self, delay_ms: int, step: Any) -> None:
        self._next_step = step
        self._step.start(max(0, delay_ms))

    @Slot()
    def _on_step_timeout(self) -> None:
        step, self._next_step = self._next_step, None
        if step is not None:
            step()

    def _clip_paths(self, text: str) -> list[Path]:
        folder = self._clips_dir
        assert folder is not None
        return [folder / name for name in clip_sequence(text)]

    @Slot()
    def _on_kick_timeout(self) -> None:
        if self._current is not None or not self._queue:
            return
        call = self._current = self._queue.popleft()
        chime_ms = 0
        if self._chime is not None:
            chime_ms = (self._duration(self._chime) or 0) + self.pacing.after_chime_ms
        self._deadline.start(min(self.pacing.max_ms, chime_ms + self.pacing.estimate_ms(
            call.text) + self.pacing.margin_ms))
        self.announcing.emit(call.code, call.counter, call.text)
        self.flash_requested.emit(call.code)
        if self._chime is not None:
            self._play(self._chime)
        if self._backend == "clips":  # load the words while the chime plays
            for path in self._clip_paths(call.text):
                if self._duration(path) is not None:
                    self._effect(path)
        self._then(chime_ms, self._speak)

    def _speak(self) -> None:
        call = self._current
        assert call is not None
        if self._backend == "tts":
            self._speaking = True
            self._tts.say(call.text)
            return  # ends on the engine's Ready, or at the deadline
        if self._backend == "clips":
            paths = self._clip_paths(call.text)
            if all(self._duration(p) is not None for p in paths):
                self._play_clips(paths)
                return
        self._then(self.pacing.estimate_ms(call.text), self._end)  # shown, not spoken

    def _play_clips(self, paths: list[Path]) -> None:
        if not paths:
            self._end()
            return
        self._play(paths[0])
        length = self._duration(paths[0]) or 0
        self._then(length + self.pacing.clip_gap_ms, lambda: self._play_clips(paths[1:]))

    @Slot(object)
    def _on_tts_state_changed(self, state: Any) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._speaking and state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error):
            self._end()

    @Slot()
    def _on_deadline_timeout(self) -> None:
        self._end()  # no sound device, or a voice that never said it was done

    def _end(self) -> None:
        call, self._current = self._current, None
        if call is None:
            return
        self._step.stop()
        self._next_step = None
        self._deadline.stop()
        if self._speaking:
            self._speaking = False
            self._tts.stop()
        for effect in self._effects.values():
            effect.stop()
        self.finished.emit(call.code)
        if self._queue:
            self._kick.start(self.pacing.gap_ms)

    # --- sound files ------------------------------------------------------------------

    def _duration(self, path: Path) -> int | None:
        if path not in self._durations:
            self._durations[path] = wav_duration_ms(path)
        return self._durations[path]

    def _effect(self, path: Path) -> Any:
        """The QSoundEffect for ``path`` (loading starts now), or None with no audio output."""
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

        if QMediaDevices.defaultAudioOutput().isNull():
            return None  # nobody would hear it; the call is still shown and the queue paced
        effect = self._effects.get(path)
        if effect is None:
            effect = self._effects[path] = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
        return effect

    def _play(self, path: Path) -> None:
        """Play a WAV if it can be heard; the caller's timers move on regardless."""
        effect = self._effect(path)
        if effect is not None:
            effect.play()
