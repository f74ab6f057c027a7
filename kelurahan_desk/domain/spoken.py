"""Numbers in Indonesian words, and the sentence the display board speaks for a call."""

from __future__ import annotations

_UNITS = ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
          "sembilan")


def number_words(n: int) -> str:
    """``123`` → ``"seratus dua puluh tiga"``; 0 to 9,999 (queue numbers, loket numbers)."""
    if not 0 <= n <= 9999:
        raise ValueError(f"{n} is outside 0..9999")
    return terbilang(n)


# Beyond ribu each group is named with its count, "satu" included: official documents and
# cheques write "satu juta", "satu miliar" (the KBBI's "sejuta" is everyday speech); only
# seratus, seribu, sepuluh and sebelas fuse the "se-".
_GROUPS = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"))
TERBILANG_MAX = 10**15 - 1


def terbilang(n: int) -> str:
    """``13659`` → ``"tiga belas ribu enam ratus lima puluh sembilan"``, as written in
    words beside a figure in official letters ("sebanyak 13.659 (…) keping").

    0 to 999,999,999,999,999. One million is "satu juta", never "sejuta" (see above);
    1,000 is "seribu" and 1,000,000,000 "satu miliar".
    """
    if not 0 <= n <= TERBILANG_MAX:
        raise ValueError(f"{n} is outside 0..{TERBILANG_MAX:,}")
    if n == 0:
        return "nol"
    words: list[str] = []
    for size, name in _GROUPS:
        count, n = divmod(n, size)
        if count:
            words += [_below_thousand(count), name]
    thousands, n = divmod(n, 1000)
    if thousands == 1:
        words.append("seribu")
    elif thousands:
        words += [_below_thousand(thousands), "ribu"]
    if n:
        words.append(_below_thousand(n))
    return " ".join(words)


def _below_thousand(n: int) -> str:
    """1 to 999 in words."""
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds == 1:
        words.append("seratus")
    elif hundreds:
        words.append(f"{_UNITS[hundreds]} ratus")
    if rest == 10:
        words.append("sepuluh")
    elif rest == 11:
        words.append("sebelas")
    elif 12 <= rest < 20:
        words.append(f"{_UNITS[rest - 10]} belas")
    elif rest >= 20:
        tens, units = divmod(rest, 10)
        words.append(f"{_UNITS[tens]} puluh" + (f" {_UNITS[units]}" if units else ""))
    elif rest:
        words.append(_UNITS[rest])
    return " ".join(words)


def call_out(prefix: str, number: int, counter_number: int) -> str:
    """What the board says: "Nomor antrean A empat belas, silakan menuju loket dua."

    Spoken Indonesian whatever the screen language: it is said to the citizens waiting.
    """
    return (
        f"Nomor antrean {prefix} {number_words(number)}, "
        f"silakan menuju loket {number_words(counter_number)}."
    )
