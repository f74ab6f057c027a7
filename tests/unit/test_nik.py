"""Unit tests for the NIK and No. KK parsers (kelurahan_desk.domain.nik)."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from datetime import date

import pytest

from kelurahan_desk.domain.messages import Message
from kelurahan_desk.domain.nik import (
    InvalidKk,
    InvalidNik,
    KkInfo,
    NikInfo,
    parse_kk,
    parse_nik,
)
from kelurahan_desk.domain.people import Sex

TODAY = date(2026, 11, 28)
KADEMANGAN = "Kec. Kademangan, Kota Probolinggo, Jawa Timur"


def make_nik(birth: date, sex: Sex, region: str = "357401", serial: str = "0001") -> str:
    """Encode a NIK the way Dukcapil does: DDMMYY with +40 on the day for women."""
    day = birth.day + (40 if sex is Sex.FEMALE else 0)
    return f"{region}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial}"


def rejection(text: str, today: date = TODAY) -> InvalidNik:
    with pytest.raises(InvalidNik) as caught:
        parse_nik(text, today)
    return caught.value


# --- valid numbers -------------------------------------------------------------------------


def test_valid_male_nik_from_kota_probolinggo() -> None:
    info = parse_nik("3574011708450001", TODAY)
    assert info == NikInfo(
        nik="3574011708450001",
        sex=Sex.MALE,
        birth_date=date(1945, 8, 17),
        region_code="35.74.01",
        region_name=KADEMANGAN,
        serial="0001",
        warnings=[],
    )


def test_female_nik_has_forty_added_to_the_day() -> None:
    info = parse_nik("3574015708450001", TODAY)
    assert info.sex is Sex.FEMALE
    assert info.birth_date == date(1945, 8, 17)


@pytest.mark.parametrize(
    ("nik", "sex", "birth_date"),
    [
        ("3574020101990123", Sex.MALE, date(1999, 1, 1)),
        ("3574023112990123", Sex.MALE, date(1999, 12, 31)),
        ("3574054101990007", Sex.FEMALE, date(1999, 1, 1)),
        ("3574057112990007", Sex.FEMALE, date(1999, 12, 31)),
    ],
)
def test_day_range_edges(nik: str, sex: Sex, birth_date: date) -> None:
    info = parse_nik(nik, TODAY)
    assert (info.sex, info.birth_date) == (sex, birth_date)


def test_nik_info_is_frozen() -> None:
    info = parse_nik("3574011708450001", TODAY)
    with pytest.raises(dataclasses.FrozenInstanceError):
        info.nik = "3574011708450002"  # type: ignore[misc]


@pytest.mark.parametrize(
    "text",
    [
        "3574 0117 0845 0001",
        "3574.0117.0845.0001",
        "3574-01-170845-0001",
        "  3574011708450001\t",
        "3574\u00a0011708450001\n",
    ],
)
def test_separators_are_stripped(text: str) -> None:
    assert parse_nik(text, TODAY).nik == "3574011708450001"


def test_default_today_is_the_real_date() -> None:
    # 01/01/00 is 2000-01-01 from any real "today" after 2000.
    assert parse_nik("3574010101000001").birth_date == date(2000, 1, 1)


# --- century ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ddmmyy", "today", "expected"),
    [
        # 2045 lies after today, so 1945.
        ("170845", TODAY, date(1945, 8, 17)),
        # stdnum would say 1920; a two-digit year that fits the 2000s takes them.
        ("010120", TODAY, date(2020, 1, 1)),
        ("010100", TODAY, date(2000, 1, 1)),
        # Born today: not after today, so still this century.
        ("281126", TODAY, date(2026, 11, 28)),
        # One day later would be tomorrow, so a century earlier.
        ("291126", TODAY, date(1926, 11, 29)),
        # The same digits flip century as "today" moves on.
        ("170845", date(2045, 8, 17), date(2045, 8, 17)),
        ("170845", date(2045, 8, 16), date(1945, 8, 17)),
    ],
)
def test_century_inferred_from_today(ddmmyy: str, today: date, expected: date) -> None:
    assert parse_nik(f"357401{ddmmyy}0001", today).birth_date == expected


@pytest.mark.parametrize(
    ("nik", "expected"),
    [
        ("3574012902000001", date(2000, 2, 29)),
        ("3574016902000001", date(2000, 2, 29)),
        ("3574012902960001", date(1996, 2, 29)),
        ("3574012902240001", date(2024, 2, 29)),
    ],
)
def test_leap_day(nik: str, expected: date) -> None:
    assert parse_nik(nik, TODAY).birth_date == expected


@pytest.mark.parametrize(
    ("nik", "shown"), [("3574012902010001", "29/02/01"), ("3574016902250001", "29/02/25")]
)
def test_leap_day_in_a_common_year_is_rejected(nik: str, shown: str) -> None:
    assert shown in str(rejection(nik))


def test_leap_day_2000_before_it_happened_is_in_the_future() -> None:
    # 1900 was not a leap year, so 29/02/00 can only be 2000-02-29.
    error = rejection("3574012902000001", today=date(2000, 2, 28))
    assert "29/02/2000" in str(error)
    assert "belum terjadi" in str(error)


# --- rejections ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        ("", ["belum diisi"]),
        ("   ", ["belum diisi"]),
        (" - . ", ["belum diisi"]),
        ("35740117084500O1", ["hanya boleh berisi angka", "“O”"]),
        ("3574O117084500l1", ["“O” “l”"]),
        ("3574011708450001x", ["“x”"]),
        ("357401170845001", ["16", "15"]),
        ("35740117084500011", ["16", "17"]),
        ("9974011708450001", ["provinsi", "99"]),
        ("2074011708450001", ["provinsi", "20"]),
        ("3500011708450001", ["kabupaten/kota", "00"]),
        ("3574001708450001", ["kecamatan", "00"]),
        ("3574010008450001", ["hari", "(00)"]),
        ("3574013208450001", ["hari", "(32)"]),
        ("3574014008450001", ["hari", "(40)"]),
        ("3574017208450001", ["hari", "(72)"]),
        ("3574011700450001", ["bulan", "(00)"]),
        ("3574011713450001", ["bulan", "(13)"]),
        ("3574013102900001", ["tidak mungkin", "31/02/90"]),
        ("3574013104900001", ["tidak mungkin", "31/04/90"]),
        ("3574017102900001", ["31/02/90", "71", "perempuan"]),
        ("3574011708450000", ["0000"]),
    ],
)
def test_rejections_say_what_is_wrong(text: str, fragments: list[str]) -> None:
    message = str(rejection(text))
    for fragment in fragments:
        assert fragment in message


def test_unicode_digits_are_not_digits() -> None:
    assert "hanya boleh berisi angka" in str(rejection("٣٥٧٤٠١١٧٠٨٤٥٠٠٠١"))


def test_birth_date_in_the_future_in_both_centuries_is_rejected() -> None:
    error = rejection("3574011708600001", today=date(1950, 1, 1))
    assert "17/08/1960" in str(error)
    assert "belum terjadi" in str(error)


def test_invalid_nik_is_a_translatable_value_error() -> None:
    error = rejection("357401170845001")
    assert isinstance(error, ValueError)
    assert str(error) == "NIK harus 16 angka; yang diisi 15 angka."
    message = error.args[0]
    assert isinstance(message, Message)
    assert message.context == "nik"
    assert message.template == "NIK harus 16 angka; yang diisi {count} angka."
    assert message.params == {"count": 15}
    assert error.message is message


# --- warnings --------------------------------------------------------------------------------


def test_unknown_kab_kota_warns_but_parses() -> None:
    info = parse_nik("3599011708450001", TODAY)
    assert info.birth_date == date(1945, 8, 17)
    assert info.region_code == "35.99.01"
    assert info.region_name == "Jawa Timur"
    [warning] = info.warnings
    assert "35.99" in warning
    assert "pemekaran" in warning
    assert isinstance(warning, Message)
    assert warning.context == "nik"


def test_unknown_probolinggo_kecamatan_warns_but_parses() -> None:
    info = parse_nik("3574091708450001", TODAY)
    assert info.region_code == "35.74.09"
    assert info.region_name == "Kota Probolinggo, Jawa Timur"
    [warning] = info.warnings
    assert "35.74.09" in warning
    assert "Kota Probolinggo" in warning


@pytest.mark.parametrize("kecamatan", ["01", "02", "03", "04", "05"])
def test_every_probolinggo_kecamatan_is_known(kecamatan: str) -> None:
    assert parse_nik(f"3574{kecamatan}1708450001", TODAY).warnings == []


def test_kecamatan_of_a_kab_kota_we_do_not_list_is_not_judged() -> None:
    # Kabupaten Probolinggo (35.13): stdnum knows it, our tables list none of its kecamatan.
    info = parse_nik("3513091708450001", TODAY)
    assert info.warnings == []
    assert info.region_name == "Kabupaten Probolinggo, Jawa Timur"


def test_recorded_birth_date_that_differs_warns_and_nik_date_is_kept() -> None:
    info = parse_nik("3574011708450001", TODAY, recorded_birth_date=date(1945, 8, 18))
    assert info.birth_date == date(1945, 8, 17)
    [warning] = info.warnings
    assert "17/08/1945" in warning
    assert "18/08/1945" in warning
    assert "tidak diubah" in warning


def test_recorded_birth_date_that_matches_gives_no_warning() -> None:
    info = parse_nik("3574011708450001", TODAY, recorded_birth_date=date(1945, 8, 17))
    assert info.warnings == []


def test_recorded_birth_date_settles_the_century() -> None:
    # Born 1905: the NIK's "05" alone reads as 2005.
    assert parse_nik("3574010101050001", TODAY).birth_date == date(2005, 1, 1)
    info = parse_nik("3574010101050001", TODAY, recorded_birth_date=date(1905, 1, 1))
    assert info.birth_date == date(1905, 1, 1)
    assert info.warnings == []


@pytest.mark.parametrize(
    ("nik", "recorded", "fragment"),
    [
        ("3574011708450001", Sex.FEMALE, "laki-laki, tetapi tercatat perempuan"),
        ("3574015708450001", Sex.MALE, "perempuan (hari lahir ditambah 40), tetapi"),
    ],
)
def test_recorded_sex_that_differs_warns(nik: str, recorded: Sex, fragment: str) -> None:
    info = parse_nik(nik, TODAY, recorded_sex=recorded)
    assert info.sex is not recorded
    [warning] = info.warnings
    assert fragment in warning


def test_recorded_sex_that_matches_gives_no_warning() -> None:
    assert parse_nik("3574015708450001", TODAY, recorded_sex=Sex.FEMALE).warnings == []


# --- round trip ------------------------------------------------------------------------------


@pytest.mark.parametrize("year", [1987, 2011])
@pytest.mark.parametrize("sex", list(Sex))
def test_encode_then_parse_round_trip(year: int, sex: Sex) -> None:
    for month in range(1, 13):
        for day in range(1, 29):
            birth = date(year, month, day)
            info = parse_nik(make_nik(birth, sex), TODAY)
            assert (info.birth_date, info.sex) == (birth, sex), make_nik(birth, sex)


# --- No. KK ----------------------------------------------------------------------------------


def test_valid_kk() -> None:
    assert parse_kk("3574010101200001") == KkInfo(
        kk="3574010101200001",
        region_code="35.74.01",
        region_name=KADEMANGAN,
        warnings=[],
    )


@pytest.mark.parametrize(
    "text",
    [
        "3574-0101-0120-0001",
        # Beyond the region the digits are not checked: no date or serial rule applies.
        "3574019999999999",
        "3574010000000000",
    ],
)
def test_kk_beyond_the_region_is_not_validated(text: str) -> None:
    assert parse_kk(text).region_code == "35.74.01"


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        ("", ["belum diisi"]),
        ("35740101012000O1", ["hanya boleh berisi angka", "“O”"]),
        ("357401010120001", ["16", "15"]),
        ("9974010101200001", ["provinsi", "99"]),
        ("3500010101200001", ["kabupaten/kota", "00"]),
        ("3574000101200001", ["kecamatan", "00"]),
    ],
)
def test_kk_rejections_say_what_is_wrong(text: str, fragments: list[str]) -> None:
    with pytest.raises(InvalidKk) as caught:
        parse_kk(text)
    message = caught.value.args[0]
    assert isinstance(message, Message)
    assert message.context == "kk"
    for fragment in fragments:
        assert fragment in str(caught.value)
    assert not isinstance(caught.value, InvalidNik)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("3599010101200001", "35.99"), ("3574090101200001", "35.74.09")],
)
def test_kk_unknown_region_warns(text: str, fragment: str) -> None:
    [warning] = parse_kk(text).warnings
    assert fragment in warning
    assert isinstance(warning, Message)
    assert warning.context == "kk"


# --- layering --------------------------------------------------------------------------------


def test_domain_parsers_import_no_ui_database_or_pdf_library() -> None:
    code = (
        "import sys, kelurahan_desk.domain.nik, kelurahan_desk.domain.regions\n"
        "bad = [m for m in ('PySide6', 'sqlalchemy', 'reportlab') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
