"""Write chime.wav: the two-tone "ding-dong" the display board plays before every call.

Deterministic (pure arithmetic, no randomness), so running it again gives the same bytes:
    python resources/sounds/make_chime.py
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050  # Hz; plenty for two bell tones, and keeps the file small (< 100 KB)
TONES = ((659.25, 0.55), (523.25, 0.85))  # E5 then C5, seconds each: the classic ding-dong
HARMONICS = ((1.0, 1.0), (2.0, 0.35), (3.0, 0.12))  # (multiple, weight): a soft bell timbre
DECAY = 3.2  # per second; the first tone still rings faintly when the second starts
ATTACK = 0.006  # seconds of fade-in: no click at the start of each tone
PEAK = 0.7  # of full scale: loud on a TV, never clipping


def samples() -> list[float]:
    total = sum(length for _, length in TONES) + 0.15  # a little ring-out at the end
    out = [0.0] * int(total * RATE)
    start = 0.0
    for freq, length in TONES:
        first = int(start * RATE)
        for i in range(first, len(out)):
            t = (i - first) / RATE
            envelope = min(1.0, t / ATTACK) * math.exp(-DECAY * t)
            out[i] += envelope * sum(w * math.sin(2 * math.pi * freq * m * t)
                                     for m, w in HARMONICS)
        start += length
    peak = max(abs(x) for x in out)
    fade = int(0.05 * RATE)  # the tail fades to exact silence
    for k in range(fade):
        out[-1 - k] *= k / fade
    return [x / peak * PEAK for x in out]


def write(path: Path) -> None:
    frames = b"".join(struct.pack("<h", round(x * 32767)) for x in samples())
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(frames)


if __name__ == "__main__":
    target = Path(__file__).resolve().with_name("chime.wav")
    write(target)
    print(f"wrote {target} ({target.stat().st_size} bytes)")
