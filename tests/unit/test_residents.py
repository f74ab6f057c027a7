"""The local resident list: CSV loads, lookups, audited opening, synthetic demo residents."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kelurahan_desk.domain.ktp_print import RecordStatus
from kelurahan_desk.domain.nik import mask_nik, parse_kk, parse_nik
from kelurahan_desk.domain.people import Sex
from kelurahan_desk.services.accounts import sign_in
from kelurahan_desk.services.demo_residents import (
    DEMO_KELURAHAN,
    seed_demo_residents,
    synthetic_rows,
)
from kelurahan_desk.services.errors import NotFound, PermissionDenied
from kelurahan_desk.services.residents import (
    LoadResult,
    ResidentFileRefused,
    find_residents,
    load_residents_csv,
    open_resident,
)
from kelurahan_desk.store.integrity import verify_store
from kelurahan_desk.store.resident_tables import NEW_ROW_COLUMNS, Resident

HEADER = ("nik,no_kk,nama_lengkap,jenis_kelamin,tempat_lahir,tanggal_lahir,alamat,rt,rw,"
          "kode_kelurahan,agama")
# NIKs first issued in Kabupaten Probolinggo (35.13): the synthetic list never makes those,
# so these tests hold whether or not the demo store carries synthetic residents. The
# names' words are in none of the synthetic name lists either.
IMAM = "3513011206850003"
ROFIQOH = "3513014902880004"  # a woman: day 09 + 40
KHOLIFATUN = "3513016003150005"  # day 20 + 40
KK = "3513011203150007"
FAMILY = (
    f"{IMAM},{KK},Imam Syafii Bachtiar,L,Probolinggo,1985-06-12,Jl. Brantas No. 7,3,2,"
    "35.74.01.1007,Islam",
    f"{ROFIQOH},{KK},Rofiqoh Umami,P,Pasuruan,1988-02-09,Jl. Brantas No. 7,3,2,"
    "35.74.01.1007,Islam",
    f"{KHOLIFATUN},{KK},Kholifatun Nisa,P,Probolinggo,2015-03-20,Jl. Brantas No. 7,3,2,"
    "3574011007,",
)


def write_csv(tmp_path: Path, *lines: str, name: str = "penduduk.csv",
              header: str = HEADER) -> Path:
    path = tmp_path / name
    path.write_text("\n".join((header, *lines)) + "\n", encoding="utf-8")
    return path


def resident_count(store) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(Resident)) or 0)


@pytest.fixture
def operator(demo_store):
    return sign_in(demo_store, "operator", "operator-demo")


@pytest.fixture
def supervisor(demo_store):
    return sign_in(demo_store, "supervisor", "supervisor-demo")


@pytest.fixture
def family(demo_store, supervisor, tmp_path) -> LoadResult:
    return load_residents_csv(demo_store, supervisor, write_csv(tmp_path, *FAMILY))


# --- loading a CSV file ------------------------------------------------------------------


def test_a_good_file_is_loaded_with_one_audit_event(
        demo_store, supervisor, tmp_path, counts, last_event, last_outbox):
    before = counts(demo_store)
    result = load_residents_csv(demo_store, supervisor, write_csv(tmp_path, *FAMILY))
    assert (result.rows, result.added, result.updated, result.unchanged) == (3, 3, 0, 0)
    assert result.warnings == () and result.warning_count == 0
    after = counts(demo_store)
    assert (after.audit - before.audit, after.outbox - before.outbox) == (1, 1)
    event = last_event(demo_store)
    assert (event.action, event.actor, event.role) == ("residents.loaded", "supervisor",
                                                       "supervisor")
    changes = json.loads(event.changes)
    assert changes == {"file": "penduduk.csv", "sha256": result.sha256, "rows": 3,
                       "added": 3, "updated": 0, "unchanged": 0}
    # What goes to the centre is the summary, never the rows.
    assert IMAM not in last_outbox(demo_store).payload
    record = open_resident(demo_store, supervisor, ROFIQOH)
    assert (record.full_name, record.sex, record.birth_date, record.birth_place) == (
        "Rofiqoh Umami", Sex.FEMALE, date(1988, 2, 9), "Pasuruan")
    assert (record.kk, record.rt, record.rw, record.kelurahan_code) == (
        KK, "003", "002", "3574011007")
    assert record.kelurahan_name == "Pohsangit Kidul"
    assert record.religion == "Islam" and record.synthetic is False
    assert open_resident(demo_store, supervisor, KHOLIFATUN).religion is None
    assert verify_store(demo_store.path).ok


def test_spreadsheet_exports_are_understood(demo_store, supervisor, tmp_path):
    """Semicolons (Indonesian Excel), a byte-order mark, DD/MM/YYYY, columns reordered."""
    header = "NO_KK;NIK;Nama_Lengkap;jenis_kelamin;tempat_lahir;tanggal_lahir;alamat;rt;rw;" \
             "kode_kelurahan"
    line = f"{KK};{IMAM};Imam  Syafii Bachtiar ;Laki-laki;Probolinggo;12/06/1985;" \
           "Jl. Brantas No. 7;003;02;3574011007"
    path = tmp_path / "excel.csv"
    path.write_bytes(("\ufeff" + header + "\r\n" + line + "\r\n\r\n").encode("utf-8"))
    assert load_residents_csv(demo_store, supervisor, path).added == 1
    record = open_resident(demo_store, supervisor, IMAM)
    assert record.full_name == "Imam Syafii Bachtiar"
    assert (record.sex, record.birth_date, record.rw) == (Sex.MALE, date(1985, 6, 12), "002")


def _replace(line: str, column: str, value: str) -> str:
    fields = line.split(",")
    fields[HEADER.split(",").index(column)] = value
    return ",".join(fields)


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("nik", "351301120685003", "kolom nik: NIK harus 16 angka; yang diisi 15 angka"),
        ("nik", "3513019906850003", "kolom nik: Angka hari lahir dalam NIK (99)"),
        ("nik", "3.51301E+15", "kolom nik: NIK hanya boleh berisi angka"),
        ("no_kk", "12345", "kolom no_kk: Nomor KK harus 16 angka"),
        ("nama_lengkap", "  ", "kolom nama_lengkap: belum diisi"),
        ("jenis_kelamin", "X", "kolom jenis_kelamin: harus L atau P"),
        ("tempat_lahir", "", "kolom tempat_lahir: belum diisi"),
        ("tanggal_lahir", "31-02-1985", "kolom tanggal_lahir: tanggal “31-02-1985” tidak "
                                        "dikenal"),
        ("tanggal_lahir", "2030-01-01", "kolom tanggal_lahir: tanggal lahir 2030-01-01 belum"),
        ("alamat", "", "kolom alamat: belum diisi"),
        ("rt", "abc", "kolom rt: harus angka 1–999"),
        ("rw", "0", "kolom rw: harus angka 1–999"),
        ("kode_kelurahan", "35.74.01", "kolom kode_kelurahan: harus kode kelurahan 10 angka"),
        ("agama", "Jedi", "kolom agama: “Jedi” tidak dikenal"),
    ],
)
def test_a_bad_row_refuses_the_whole_file(
        demo_store, supervisor, tmp_path, counts, column, value, expected):
    before = (counts(demo_store), resident_count(demo_store))
    bad = _replace(FAMILY[1], column, value)
    path = write_csv(tmp_path, FAMILY[0], bad, FAMILY[2])
    with pytest.raises(ResidentFileRefused) as refused:
        load_residents_csv(demo_store, supervisor, path)
    # Line 1 is the header, so the second person is on line 3.
    assert refused.value.problems[0].startswith(f"Baris 3, {expected}"), \
        refused.value.problems
    assert str(refused.value.message).startswith(
        "Berkas penduduk.csv ditolak; daftar penduduk tidak diubah. Baris 3")
    assert (counts(demo_store), resident_count(demo_store)) == before


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ((FAMILY[0], FAMILY[0].replace("Imam", "Imron", 1)),
         "Baris 3, kolom nik: NIK ini sudah ada di baris 2."),
        ((FAMILY[0], FAMILY[1] + ",extra"), "Baris 3: ada 12 kolom, seharusnya 11."),
        ((), "Berkas tidak berisi data penduduk."),
    ],
    ids=["duplicate-nik", "column-count", "empty"],
)
def test_file_level_problems_are_named(demo_store, supervisor, tmp_path, counts, lines,
                                       expected):
    before = counts(demo_store)
    with pytest.raises(ResidentFileRefused) as refused:
        load_residents_csv(demo_store, supervisor, write_csv(tmp_path, *lines))
    assert refused.value.problems[0] == expected
    assert counts(demo_store) == before


def test_missing_columns_and_bad_encoding_are_named(demo_store, supervisor, tmp_path):
    header = HEADER.replace("no_kk,", "").replace(",rw", "")
    with pytest.raises(ResidentFileRefused) as refused:
        load_residents_csv(demo_store, supervisor, write_csv(tmp_path, header=header))
    assert refused.value.problems[0].startswith("Baris 1: kolom no_kk, rw tidak ada")
    latin = tmp_path / "latin1.csv"
    latin.write_bytes((HEADER + "\n" + FAMILY[0] + "\n").replace("Imam", "Imâm").encode(
        "latin-1"))
    with pytest.raises(ResidentFileRefused) as refused:
        load_residents_csv(demo_store, supervisor, latin)
    assert refused.value.problems[0].startswith("Baris 2: berkas bukan teks UTF-8")
    with pytest.raises(ResidentFileRefused) as refused:
        load_residents_csv(demo_store, supervisor, tmp_path / "tidak-ada.csv")
    assert refused.value.problems[0].startswith("Berkas tidak dapat dibuka")
    assert not find_residents(demo_store, sign_in(demo_store, "operator", "operator-demo"),
                              IMAM)


def test_every_problem_is_listed_with_a_count(demo_store, supervisor, tmp_path):
    lines = [_replace(FAMILY[0], "jenis_kelamin", "?")] * 3
    with pytest.raises(ResidentFileRefused) as refused:
        load_residents_csv(demo_store, supervisor, write_csv(tmp_path, *lines))
    assert [p[:8] for p in refused.value.problems] == ["Baris 2,", "Baris 3,", "Baris 4,"]
    assert str(refused.value.message).endswith("(dan 2 masalah lain)")


def test_a_nik_disagreeing_with_the_record_is_loaded_with_a_warning(
        demo_store, supervisor, tmp_path):
    line = _replace(FAMILY[0], "tanggal_lahir", "1985-06-13")
    result = load_residents_csv(demo_store, supervisor, write_csv(tmp_path, line))
    assert result.added == 1 and result.warning_count == 1
    assert result.warnings[0].startswith("Baris 2: Tanggal lahir dalam NIK (12/06/1985)")


def test_loading_again_updates_by_nik(demo_store, supervisor, operator, tmp_path, family):
    first_id = find_residents(demo_store, operator, IMAM)[0].id
    moved = _replace(FAMILY[0], "alamat", "Jl. Mastrip No. 1")
    renamed = FAMILY[1].replace("Rofiqoh Umami", "Rofiqoh Umami Bachtiar")
    newcomer = f"3513015001200006,{KK},Hasyim Lutfiyah,P,Probolinggo,2020-01-10," \
               "Jl. Brantas No. 7,3,2,3574011007,Islam"
    result = load_residents_csv(demo_store, supervisor, write_csv(
        tmp_path, moved, renamed, FAMILY[2], newcomer, name="lagi.csv"))
    assert (result.added, result.updated, result.unchanged) == (1, 2, 1)
    hit = find_residents(demo_store, operator, IMAM)[0]
    assert hit.id == first_id  # the handle survives a replacement
    assert hit.address == "Jl. Mastrip No. 1"
    # The name index follows a renamed row: the new word is found, the row only once.
    assert [h.nik_masked for h in find_residents(demo_store, operator, "rofiq bach")] == [
        mask_nik(ROFIQOH)]
    assert [h.full_name for h in find_residents(demo_store, operator, "rofiq")] == [
        "Rofiqoh Umami Bachtiar"]
    assert len(find_residents(demo_store, operator, KK)) == 4


@pytest.mark.parametrize(("username", "allowed"), [
    ("admin", True), ("supervisor", True), ("operator", False), ("inspektur", False)])
def test_who_may_load_the_list(demo_store, tmp_path, counts, username, allowed):
    from kelurahan_desk.services.demo import DEMO_LOGINS

    password = {login.username: login.password for login in DEMO_LOGINS}[username]
    actor = sign_in(demo_store, username, password)
    path = write_csv(tmp_path, *FAMILY)
    if allowed:
        assert load_residents_csv(demo_store, actor, path).added == 3
    else:
        before = counts(demo_store)
        with pytest.raises(PermissionDenied):
            load_residents_csv(demo_store, actor, path)
        assert counts(demo_store) == before


# --- looking up ------------------------------------------------------------------------------


def test_lookup_by_nik_prefix(demo_store, operator, family):
    hits = find_residents(demo_store, operator, "3513 01")
    assert [h.full_name for h in hits] == [
        "Imam Syafii Bachtiar", "Rofiqoh Umami", "Kholifatun Nisa"]  # NIK order
    assert [h.full_name for h in find_residents(demo_store, operator, "351301-49")] == [
        "Rofiqoh Umami"]
    assert find_residents(demo_store, operator, "3513011206850003")[0].full_name == (
        "Imam Syafii Bachtiar")
    assert find_residents(demo_store, operator, "35130112068500031") == []


def test_lookup_by_kk_lists_the_family_oldest_first(demo_store, operator, family):
    assert [h.full_name for h in find_residents(demo_store, operator, KK)] == [
        "Imam Syafii Bachtiar", "Rofiqoh Umami", "Kholifatun Nisa"]


@pytest.mark.parametrize("query", [
    "imam", "IM SY", "sya bac", "bach imam", "  Imam   Syafii  ", "im-sya", "sy bachtiar"])
def test_lookup_by_name_word_prefixes(demo_store, operator, family, query):
    assert [h.full_name for h in find_residents(demo_store, operator, query)] == [
        "Imam Syafii Bachtiar"]


def test_lookup_needs_two_letters_and_matches_every_word(demo_store, operator, family):
    assert find_residents(demo_store, operator, "i") == []
    assert find_residents(demo_store, operator, "") == []
    assert find_residents(demo_store, operator, "imam umami") == []
    assert find_residents(demo_store, operator, 'imam" OR "x') == []  # never FTS syntax
    assert find_residents(demo_store, operator, "NEAR(imam)") == []


def test_a_hit_masks_the_nik_and_shows_what_tells_people_apart(demo_store, operator, family):
    (hit,) = find_residents(demo_store, operator, "rofiqoh")
    assert hit.nik_masked == "351301******0004"
    assert ROFIQOH not in repr(hit)
    assert (hit.full_name, hit.sex, hit.birth_date) == ("Rofiqoh Umami", Sex.FEMALE,
                                                        date(1988, 2, 9))
    assert (hit.address, hit.rt, hit.rw, hit.kelurahan_name) == (
        "Jl. Brantas No. 7", "003", "002", "Pohsangit Kidul")
    assert hit.synthetic is False
    assert isinstance(hit.id, uuid.UUID)


def test_looking_up_writes_nothing(demo_store, operator, family, counts):
    before = counts(demo_store)
    for query in ("imam", IMAM, KK, "3513", "xx"):
        find_residents(demo_store, operator, query)
    assert counts(demo_store) == before


def test_the_office_kelurahan_comes_first(demo_store, supervisor, operator, tmp_path):
    elsewhere = _replace(FAMILY[0], "kode_kelurahan", "3574031001").replace(
        "Imam Syafii Bachtiar", "Imam Syafii Abadi")
    here = FAMILY[0].replace(IMAM, "3513011206850009").replace(
        "Imam Syafii Bachtiar", "Imam Syafii Zulkifli")
    load_residents_csv(demo_store, supervisor, write_csv(tmp_path, elsewhere, here))
    assert [h.full_name for h in find_residents(demo_store, operator, "imam syaf")] == [
        "Imam Syafii Zulkifli", "Imam Syafii Abadi"]


@pytest.mark.parametrize(("username", "password"), [
    ("admin", "admin-demo"), ("inspektur", "inspektur-demo")])
def test_only_counter_roles_look_up_and_open(demo_store, family, counts, username, password):
    actor = sign_in(demo_store, username, password)
    before = counts(demo_store)
    with pytest.raises(PermissionDenied):
        find_residents(demo_store, actor, "imam")
    with pytest.raises(PermissionDenied):
        open_resident(demo_store, actor, IMAM)
    assert counts(demo_store) == before


# --- opening a record -------------------------------------------------------------------


def test_opening_a_record_is_one_audit_event(
        demo_store, operator, family, counts, last_event, last_outbox):
    hit = find_residents(demo_store, operator, "kholif")[0]
    before = counts(demo_store)
    record = open_resident(demo_store, operator, hit.id, purpose="akta_kelahiran")
    assert (record.nik, record.kk, record.id) == (KHOLIFATUN, KK, hit.id)
    after = counts(demo_store)
    assert (after.audit - before.audit, after.outbox - before.outbox) == (1, 1)
    event = last_event(demo_store)
    assert (event.action, event.record_type, event.record_id) == (
        "resident.opened", "resident", KHOLIFATUN)
    assert (event.actor, event.role) == ("operator", "operator")
    assert json.loads(event.changes) == {"nik": KHOLIFATUN, "purpose": "akta_kelahiran"}
    payload = last_outbox(demo_store).payload
    assert "Kholifatun" not in payload and "2015" not in payload and "Brantas" not in payload
    # A NIK typed in full opens the same record.
    assert open_resident(demo_store, operator, "3513.0160.0315.0005") == record


def test_opening_an_unknown_resident_writes_nothing(demo_store, operator, counts):
    before = counts(demo_store)
    with pytest.raises(NotFound):
        open_resident(demo_store, operator, "3513011206850099")
    with pytest.raises(NotFound):
        open_resident(demo_store, operator, uuid.uuid4())
    assert counts(demo_store) == before


# --- synthetic residents ------------------------------------------------------------------


def _stored_rows(store) -> list[sqlite3.Row]:
    with sqlite3.connect(store.path) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute("SELECT * FROM residents").fetchall()


def test_synthetic_residents_follow_the_nik_rules(store, clock, counts, last_event):
    before = counts(store)
    assert seed_demo_residents(store, count=3000, seed=7) == 3000
    after = counts(store)
    assert (after.audit - before.audit, after.outbox - before.outbox) == (1, 1)
    assert last_event(store).action == "residents.demo_seeded"
    today = clock().date()
    rows = _stored_rows(store)
    assert len(rows) == 3000 == len({r["nik"] for r in rows}) == len({r["id"] for r in rows})
    for row in rows:
        sex, born = Sex(row["sex"]), date.fromisoformat(row["birth_date"])
        info = parse_nik(row["nik"], today, recorded_birth_date=born, recorded_sex=sex)
        assert info.warnings == [], (row["nik"], info.warnings)
        assert (info.sex, info.birth_date) == (sex, born)
        assert (int(row["nik"][6:8]) > 40) == (sex is Sex.FEMALE)
        assert parse_kk(row["kk"]).warnings == []
        # NIK and KK issued in the kecamatan the family lives in, one of the five.
        assert row["nik"][:6] == row["kk"][:6] == row["kelurahan_code"][:6]
        assert row["kelurahan_code"][:6] in {f"35740{k}" for k in range(1, 6)}
        assert row["synthetic"] == 1
        assert "No. " in row["address"] and len(row["rt"]) == len(row["rw"]) == 3
    assert {r["kelurahan_code"][:6] for r in rows} == {f"35740{k}" for k in range(1, 6)}
    assert sum(r["kelurahan_code"] == DEMO_KELURAHAN for r in rows) >= 20


def test_synthetic_families_share_a_kk_and_an_address(store):
    seed_demo_residents(store, count=2000, seed=11)
    families: dict[str, list[sqlite3.Row]] = defaultdict(list)
    for row in _stored_rows(store):
        families[row["kk"]].append(row)
    sizes = Counter(len(members) for members in families.values())
    assert sizes[1] > 0 and sum(n for size, n in sizes.items() if size >= 3) > 100
    for members in families.values():
        assert len({(m["address"], m["rt"], m["rw"], m["kelurahan_code"]) for m in members}) == 1
        if len(members) >= 3:
            # A parent is at least 15 years older than the youngest child.
            births = sorted(date.fromisoformat(m["birth_date"]) for m in members)
            assert (births[-1] - births[0]).days > 15 * 365


def test_synthetic_residents_are_reproducible_and_seeded_once(store, clock):
    today = clock().date()
    first = list(synthetic_rows(500, seed=3, today=today, updated_at="t"))
    assert first == list(synthetic_rows(500, seed=3, today=today, updated_at="t"))
    assert first != list(synthetic_rows(500, seed=4, today=today, updated_at="t"))
    assert seed_demo_residents(store, count=100) == 100
    assert seed_demo_residents(store, count=100) == 0  # never mixed into an existing list
    assert resident_count(store) == 100
    assert verify_store(store.path).ok


def test_synthetic_hits_say_so(demo_store, operator):
    if resident_count(demo_store) == 0:
        seed_demo_residents(demo_store, count=500)
    hits = find_residents(demo_store, operator, "357401")
    assert hits and all(h.synthetic for h in hits)
    # The demo kelurahan has neighbours to find.
    assert any(h.kelurahan_name == "Pohsangit Kidul" for h in hits)


def test_the_siak_status_column_is_read_and_checked(demo_store, supervisor, operator,
                                                    tmp_path, counts):
    header = HEADER + ",status_rekam"
    lines = (FAMILY[0] + ",sudah rekam", FAMILY[1] + ",BELUM_REKAM", FAMILY[2] + ",")
    load_residents_csv(demo_store, supervisor, write_csv(tmp_path, *lines, header=header))
    statuses = {h.full_name: h.ktp_status for h in find_residents(demo_store, operator, KK)}
    assert statuses == {"Imam Syafii Bachtiar": RecordStatus.RECORDED,
                        "Rofiqoh Umami": RecordStatus.NOT_RECORDED,
                        "Kholifatun Nisa": None}
    assert open_resident(demo_store, supervisor, IMAM).ktp_status is RecordStatus.RECORDED
    before = counts(demo_store)
    with pytest.raises(ResidentFileRefused) as refused:
        load_residents_csv(demo_store, supervisor, write_csv(
            tmp_path, FAMILY[0] + ",SUDAH DICETAK", header=header))
    assert refused.value.problems[0].startswith(
        "Baris 2, kolom status_rekam: “SUDAH DICETAK” tidak dikenal")
    assert counts(demo_store) == before


def test_the_demo_list_has_about_one_adult_in_eleven_not_recorded():
    rows = list(synthetic_rows(5_000, 7, date(2026, 11, 28), "2026-11-28T00:00:00Z"))
    status_at = NEW_ROW_COLUMNS.index("ktp_status")
    birth_at = NEW_ROW_COLUMNS.index("birth_date")
    adults = [r for r in rows if r[birth_at] <= "2009-11-28"]
    children = [r for r in rows if r[birth_at] > "2009-11-29"]
    assert {r[status_at] for r in children} == {RecordStatus.NOT_YET_REQUIRED.value}
    share = sum(r[status_at] == RecordStatus.NOT_RECORDED.value for r in adults) / len(adults)
    assert 0.06 < share < 0.12


def test_a_kk_field_finds_families_by_the_start_of_their_kk(demo_store, operator, family):
    hits = find_residents(demo_store, operator, KK[:10], number="kk")
    assert [h.full_name for h in hits] == ["Imam Syafii Bachtiar", "Rofiqoh Umami",
                                           "Kholifatun Nisa"]  # oldest first
    assert find_residents(demo_store, operator, KK[:10]) == []  # no NIK starts so
    assert find_residents(demo_store, operator, "imam", number="kk")[0].full_name == (
        "Imam Syafii Bachtiar")  # letters are still a name


def test_the_first_demo_families_live_in_the_offices_own_kelurahan():
    at = NEW_ROW_COLUMNS.index("kelurahan_code")
    for local in ("3574011007", "3574021002"):
        rows = list(synthetic_rows(40, 7, date(2026, 11, 28), "2026-11-28T00:00:00Z", local))
        assert {r[at] for r in rows[:20]} == {local}
