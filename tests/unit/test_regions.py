"""Unit tests for region codes and tables (kelurahan_desk.domain.regions, kelurahan_desk.paths)."""

from __future__ import annotations

import ast
import csv
from datetime import date
from pathlib import Path

import pytest

import kelurahan_desk.paths
from kelurahan_desk.domain.messages import Message
from kelurahan_desk.domain.regions import (
    Region,
    RegionDataError,
    RegionTable,
    describe,
    load_regions,
    normalize_code,
    region_name,
)
from kelurahan_desk.paths import resources_dir

# DOMAIN.md, "Region codes": Kota Probolinggo's kecamatan and kelurahan.
PROBOLINGGO = {
    "35.74.01": ("Kademangan", {
        "1001": "Ketapang", "1002": "Triwung Lor", "1003": "Triwung Kidul",
        "1007": "Pohsangit Kidul", "1008": "Kademangan", "1009": "Pilang",
    }),
    "35.74.02": ("Wonoasih", {
        "1001": "Jrebeng Kidul", "1002": "Pakistaji", "1003": "Kedunggaleng",
        "1005": "Kedung Asem", "1006": "Sumber Taman", "1007": "Wonoasih",
    }),
    "35.74.03": ("Mayangan", {
        "1001": "Mayangan", "1002": "Mangunharjo", "1004": "Jati", "1007": "Sukabumi",
        "1010": "Wiroborang",
    }),
    "35.74.04": ("Kanigaran", {
        "1001": "Tisnonegaran", "1002": "Sukoharjo", "1003": "Kanigaran",
        "1004": "Kebonsari Wetan", "1005": "Curahgrinting", "1006": "Kebonsari Kulon",
    }),
    "35.74.05": ("Kedopok", {
        "1001": "Jrebeng Kulon", "1002": "Kareng Lor", "1003": "Sumber Wetan",
        "1004": "Jrebeng Lor", "1005": "Kedopok", "1006": "Jrebeng Wetan",
    }),
}  # fmt: skip


def expected_rows() -> set[tuple[str, str, str]]:
    rows = {("35", "Jawa Timur", "provinsi"), ("35.74", "Kota Probolinggo", "kota")}
    for kecamatan, (name, villages) in PROBOLINGGO.items():
        rows.add((kecamatan, name, "kecamatan"))
        rows.update((f"{kecamatan}.{code}", v, "kelurahan") for code, v in villages.items())
    return rows


# --- normalize_code --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3574011007", "35.74.01.1007"),
        ("35.74.01.1007", "35.74.01.1007"),
        (" 35 74 01 1007 ", "35.74.01.1007"),
        ("35-74-01-1007", "35.74.01.1007"),
        ("35", "35"),
        ("3574", "35.74"),
        ("35.74", "35.74"),
        ("357401", "35.74.01"),
    ],
)
def test_normalize_code(text: str, expected: str) -> None:
    assert normalize_code(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "   ", "3", "357", "35740", "3574011", "35740110", "35740110071", "35.74.0a", "٣٥"],
)
def test_normalize_code_rejects_what_is_not_2_4_6_or_10_digits(text: str) -> None:
    with pytest.raises(ValueError, match="2, 4, 6 atau 10 angka") as caught:
        normalize_code(text)
    message = caught.value.args[0]
    assert isinstance(message, Message)
    assert message.context == "regions"


# --- the bundled table -----------------------------------------------------------------------


def test_resources_dir_holds_the_region_tables() -> None:
    assert (resources_dir() / "regions" / "3574.csv").is_file()


def test_paths_module_imports_only_pathlib() -> None:
    tree = ast.parse(Path(kelurahan_desk.paths.__file__).read_text(encoding="utf-8"))
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            imported.add(node.module or "")
    assert imported <= {"__future__", "pathlib"}


def test_probolinggo_csv_holds_exactly_the_domain_codes() -> None:
    path = resources_dir() / "regions" / "3574.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["code", "name", "level"]
    body = [tuple(row) for row in rows[1:]]
    assert len(body) == len(set(body))
    assert set(body) == expected_rows()


def test_load_regions_is_cached() -> None:
    assert load_regions() is load_regions()


def test_bundled_table_lists_what_the_csv_holds() -> None:
    table = load_regions()
    ours = {(r.code, r.name, r.level) for r in table if r.level != "provinsi"}
    assert ours == {row for row in expected_rows() if row[2] != "provinsi"}
    assert ("35", "Jawa Timur", "provinsi") in {(r.code, r.name, r.level) for r in table}


@pytest.mark.parametrize("code", ["3574011007", "35.74.01.1007", " 35 74 01 1007 "])
def test_get_accepts_dotted_and_undotted_codes(code: str) -> None:
    assert load_regions().get(code) == Region("35.74.01.1007", "Pohsangit Kidul", "kelurahan")


def test_get_prefers_our_name_over_stdnum() -> None:
    # stdnum only says "PROBOLINGGO", for both the kota and the kabupaten.
    assert load_regions().get("3574") == Region("35.74", "Kota Probolinggo", "kota")


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("35", Region("35", "Jawa Timur", "provinsi")),
        ("35.13", Region("35.13", "Kabupaten Probolinggo", "kabupaten")),
        ("31.71", Region("31.71", "Kota Jakarta Selatan", "kota")),
        ("72.06", Region("72.06", "Kabupaten Toli-Toli", "kabupaten")),
        ("73.09", Region("73.09", "Kabupaten Pangkajene dan Kepulauan", "kabupaten")),
        ("11", Region("11", "Aceh", "provinsi")),
    ],
)
def test_get_falls_back_to_stdnum_for_provinces_and_kab_kota(code: str, expected: Region) -> None:
    assert load_regions().get(code) == expected


@pytest.mark.parametrize("code", ["99", "35.99", "99.74", "35.74.09", "35.74.01.1004", "35.13.01"])
def test_get_returns_none_for_unknown_codes(code: str) -> None:
    assert load_regions().get(code) is None


def test_get_rejects_malformed_codes() -> None:
    with pytest.raises(ValueError, match="2, 4, 6 atau 10 angka"):
        load_regions().get("357")


@pytest.mark.parametrize("code", ["35.74", "3574"])
def test_kecamatan_of_probolinggo(code: str) -> None:
    found = load_regions().kecamatan_of(code)
    assert [(r.code, r.name) for r in found] == [(k, v[0]) for k, v in PROBOLINGGO.items()]
    assert {r.level for r in found} == {"kecamatan"}


def test_kecamatan_of_a_kab_kota_we_do_not_list_is_empty() -> None:
    assert load_regions().kecamatan_of("35.13") == []


@pytest.mark.parametrize("kecamatan", sorted(PROBOLINGGO))
def test_kelurahan_of_each_probolinggo_kecamatan(kecamatan: str) -> None:
    found = load_regions().kelurahan_of(kecamatan.replace(".", ""))
    villages = PROBOLINGGO[kecamatan][1]
    assert [(r.code, r.name) for r in found] == [
        (f"{kecamatan}.{code}", name) for code, name in sorted(villages.items())
    ]


def test_kelurahan_of_a_kota_is_empty() -> None:
    assert load_regions().kelurahan_of("35.74") == []


def test_region_parent_code() -> None:
    assert Region("35.74.01.1007", "Pohsangit Kidul", "kelurahan").parent_code == "35.74.01"
    assert Region("35", "Jawa Timur", "provinsi").parent_code is None


# --- region_name and describe ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("35.74.01.1007", "Pohsangit Kidul"),
        ("357401", "Kademangan"),
        ("35.74", "Kota Probolinggo"),
        ("35.74.09", "Kota Probolinggo"),
        ("35.74.01.1004", "Kademangan"),
        ("35.13.01", "Kabupaten Probolinggo"),
        ("35.99", "Jawa Timur"),
        ("99", None),
        ("99.74.01", None),
    ],
)
def test_region_name_is_the_most_specific_known_name(code: str, expected: str | None) -> None:
    assert region_name(code) == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("35.74.01", "Kec. Kademangan, Kota Probolinggo, Jawa Timur"),
        ("3574011007", "Kel. Pohsangit Kidul, Kec. Kademangan, Kota Probolinggo, Jawa Timur"),
        ("35.74", "Kota Probolinggo, Jawa Timur"),
        ("35", "Jawa Timur"),
        ("35.74.09", "Kota Probolinggo, Jawa Timur"),
        ("35.13.01", "Kabupaten Probolinggo, Jawa Timur"),
        ("35.99.01", "Jawa Timur"),
        ("99.01.01", "99.01.01"),
    ],
)
def test_describe(code: str, expected: str) -> None:
    assert describe(code) == expected


# --- reading CSV files -----------------------------------------------------------------------


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_from_directory_reads_every_csv_and_tolerates_a_byte_order_mark(tmp_path: Path) -> None:
    write(tmp_path / "a.csv", "\ufeffcode,name,level\n35,Jawa Timur,provinsi\n3574,Kota X,kota\n")
    # The same province row in a second file is fine.
    write(tmp_path / "b.csv", "code,name,level\n35,Jawa Timur,provinsi\n35.74.01,Y,kecamatan\n")
    write(tmp_path / "notes.txt", "not a table")
    table = RegionTable.from_directory(tmp_path)
    assert [r.code for r in table] == ["35", "35.74", "35.74.01"]
    assert table.get("35.74") == Region("35.74", "Kota X", "kota")
    assert table.kecamatan_of("35.74") == [Region("35.74.01", "Y", "kecamatan")]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("kode,nama,tingkat\n35,Jawa Timur,provinsi\n", "header"),
        ("code,name,level\n35,Jawa Timur\n", "3 fields"),
        ("code,name,level\n357,X,kota\n", ":2:"),
        ("code,name,level\n35.74,X,kecamatan\n", "level"),
        ("code,name,level\n35.74, ,kota\n", "no name"),
        ("code,name,level\n35.74,X,kota\n35.74,Y,kota\n", "twice"),
        ("code,name,level\n35.99.01,X,kecamatan\n", "parent 35.99"),
    ],
)
def test_from_directory_refuses_broken_tables(tmp_path: Path, text: str, fragment: str) -> None:
    write(tmp_path / "bad.csv", text)
    with pytest.raises(RegionDataError, match=fragment):
        RegionTable.from_directory(tmp_path)


def test_provinces_follow_kemendagri_not_stdnums_older_papua_codes():
    """stdnum 2.2 lacks 65 and 92–96 and names 91 Papua Barat; our table overrides it."""
    from kelurahan_desk.domain.nik import parse_nik

    table = load_regions()
    assert table.get("65").name == "Kalimantan Utara"
    assert table.get("91").name == "Papua"
    assert table.get("92").name == "Papua Barat"
    assert table.get("96").name == "Papua Barat Daya"
    assert len([r for r in table if r.level == "provinsi"]) == 38
    info = parse_nik("6501011708850001", today=date(2026, 11, 28))
    assert info.region_code == "65.01.01"
    assert any("65.01" in w for w in info.warnings)  # kab/kota unknown: a warning, not a refusal
