"""Indonesian number words: every queue number a day can reach, and counts in documents."""

import random
import re

import pytest

from kelurahan_desk.domain.spoken import TERBILANG_MAX, call_out, number_words, terbilang

CASES = {
    0: "nol", 1: "satu", 7: "tujuh", 10: "sepuluh", 11: "sebelas", 12: "dua belas",
    19: "sembilan belas", 20: "dua puluh", 21: "dua puluh satu", 99: "sembilan puluh sembilan",
    100: "seratus", 101: "seratus satu", 110: "seratus sepuluh", 111: "seratus sebelas",
    115: "seratus lima belas", 123: "seratus dua puluh tiga", 200: "dua ratus",
    210: "dua ratus sepuluh", 999: "sembilan ratus sembilan puluh sembilan", 1000: "seribu",
    1001: "seribu satu", 2024: "dua ribu dua puluh empat",
}


@pytest.mark.parametrize(("n", "words"), sorted(CASES.items()))
def test_known_numbers(n, words):
    assert number_words(n) == words


def parse_words(text: str) -> int:
    """An independent reader of Indonesian number words, to check every 1..999."""
    units = {w: i for i, w in enumerate(
        ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"])}
    tokens = text.split()
    total, current = 0, 0
    i = 0
    while i < len(tokens):
        word = tokens[i]
        if word == "seratus":
            current += 100
        elif word == "sepuluh":
            current += 10
        elif word == "sebelas":
            current += 11
        elif word in units:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            value = units[word]
            if nxt == "ratus":
                current += value * 100
                i += 1
            elif nxt == "puluh":
                current += value * 10
                i += 1
            elif nxt == "belas":
                current += value + 10
                i += 1
            else:
                current += value
        else:
            raise ValueError(word)
        i += 1
    return total + current


def test_every_number_from_1_to_999_reads_back():
    seen = set()
    for n in range(1, 1000):
        words = number_words(n)
        assert parse_words(words) == n, words
        assert "  " not in words and words == words.strip()
        seen.add(words)
    assert len(seen) == 999


@pytest.mark.parametrize("bad", [-1, 10000])
def test_out_of_range(bad):
    with pytest.raises(ValueError):
        number_words(bad)


def test_call_out_sentence():
    assert call_out("A", 14, 2) == "Nomor antrean A empat belas, silakan menuju loket dua."
    assert call_out("C", 123, 1) == (
        "Nomor antrean C seratus dua puluh tiga, silakan menuju loket satu.")


TERBILANG = {
    0: "nol", 1: "satu", 10: "sepuluh", 11: "sebelas", 100: "seratus", 1000: "seribu",
    1001: "seribu satu", 1100: "seribu seratus", 11_000: "sebelas ribu",
    13_659: "tiga belas ribu enam ratus lima puluh sembilan",
    100_000: "seratus ribu", 110_011: "seratus sepuluh ribu sebelas",
    1_000_000: "satu juta",  # never "sejuta" in an official document
    1_001_000: "satu juta seribu", 2_500_000: "dua juta lima ratus ribu",
    999_999_999: "sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh "
                 "sembilan ribu sembilan ratus sembilan puluh sembilan",
    1_000_000_000: "satu miliar", 1_000_000_000_001: "satu triliun satu",
}


@pytest.mark.parametrize(("n", "words"), sorted(TERBILANG.items()))
def test_terbilang_known_numbers(n, words):
    assert terbilang(n) == words


def test_terbilang_agrees_with_number_words_on_its_range():
    for n in range(10_000):
        assert terbilang(n) == number_words(n)


def parse_terbilang(text: str) -> int:
    """Reads big numbers back: groups of 1..999 (parse_words) followed by their scale."""
    scales = {"triliun": 10**12, "miliar": 10**9, "juta": 10**6, "ribu": 1000}
    total, group = 0, []
    for word in text.split():
        if word in scales:
            total += parse_words(" ".join(group)) * scales[word]
            group = []
        elif word == "seribu":
            total += 1000
        else:
            group.append(word)
    return total + (parse_words(" ".join(group)) if group else 0)


def test_terbilang_reads_back_on_a_sample_of_big_numbers():
    rng = random.Random(470)
    samples = [rng.randrange(TERBILANG_MAX + 1) for _ in range(3000)]
    samples += [rng.randrange(2_000_000) for _ in range(3000)]
    for n in samples:
        words = terbilang(n)
        assert parse_terbilang(words) == n, words
        assert "  " not in words and words == words.strip()
        assert "sejuta" not in words and "satu ratus" not in words
        assert not re.search(r"(^|juta |miliar |triliun )satu ribu", words), words  # seribu


@pytest.mark.parametrize("bad", [-1, TERBILANG_MAX + 1])
def test_terbilang_out_of_range(bad):
    with pytest.raises(ValueError):
        terbilang(bad)
