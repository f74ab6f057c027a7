"""Numbers in Indonesian words, and the sentence the display board speaks for a call."""

from __future__ import annotations

_UNITS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
          "sembilan")


def number_words(n: int) -> str:
    """``123`` → ``"seratus dua puluh tiga"``; 0 to 9,999 (queue numbers, loket numbers)."""
    if not 0 <= n <= 9999:
        raise ValueError(f"{n} is outside 0..9999")
    if n < 10:
        return _UNITS[n]
    if n == 10:
        return "sepuluh"
    if n == 11:
        return "sebelas"
    if n < 20:
        return f"{_UNITS[n - 10]} belas"
    if n < 100:
        tens, rest = divmod(n, 10)
        return f"{_UNITS[tens]} puluh" + (f" {_UNITS[rest]}" if rest else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "seratus" if hundreds == 1 else f"{_UNITS[hundreds]} ratus"
        return head + (f" {number_words(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    head = "seribu" if thousands == 1 else f"{_UNITS[thousands]} ribu"
    return head + (f" {number_words(rest)}" if rest else "")


def call_out(prefix: str, number: int, counter_number: int) -> str:
    """What the board says: "Nomor antrean A empat belas, silakan menuju loket dua."

    Spoken Indonesian whatever the screen language: it is said to the citizens waiting.
    """
    return (
        f"Nomor antrean {prefix} {number_words(number)}, "
        f"silakan menuju loket {number_words(counter_number)}."
    )
