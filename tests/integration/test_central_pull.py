"""Pull streams from a real central service (SQLite and PostgreSQL): what the centre's
command line does arrives at the right office, in pages with checksums and cursors."""

from __future__ import annotations

import uuid

import pytest

from kelurahan_desk.central import admin
from kelurahan_desk.central.residents_csv import read_residents
from kelurahan_desk.sync import wire
from tests.integration.conftest import FakeDesk, central_engine
from tests.integration.test_central_push import error_of, results, submit

HEADER = "nik,no_kk,nama_lengkap,jenis_kelamin,tempat_lahir,tanggal_lahir,alamat,rt,rw," \
         "kode_kelurahan,agama\n"


def resident_line(serial: int, name: str = "Siti Aminah") -> str:
    # Women: day of birth + 40 in the NIK (01 -> 41). Kota Probolinggo, Kademangan.
    return (f"35740141078{5}{serial:04d},3574010101100001,{name} {serial},P,Probolinggo,"
            f"1985-07-01,Jl. Mawar {serial},3,1,35.74.01.1007,Islam\n")


def test_requests_advanced_by_the_centre_reach_only_their_office(desk_factory, central):
    desk, other = desk_factory(), desk_factory()
    submit(desk, 1)
    submit(other, 1)
    assert results(desk.push())[0][1] == "applied"
    assert results(other.push())[0][1] == "applied"
    number = desk.ops[0]["payload"]["tracking_number"]
    items, cursor = desk.pull_all("requests")
    assert items == []
    engine = central_engine(central.database_url)
    central.cli("requests", "advance", number, "sent")
    admin.advance_request(engine, number, "verified", akta_number=None, reason=None, by="t")
    with pytest.raises(admin.AdminError, match="tidak dapat"):
        admin.advance_request(engine, number, "ready", akta_number=None, reason=None, by="t")
    central.cli("requests", "advance", number, "issued", "--akta-number", "3574-LT-0001")
    listed = central.cli("requests", "list", "--office", desk.office).stdout
    assert f"{number}\t{desk.office}\tbirth\tissued\t3574-LT-0001" in listed
    items, cursor = desk.pull_all("requests", cursor)
    assert [(i.tracking_number, i.status, i.akta_number) for i in items] == [
        (number, "sent", None), (number, "verified", None),
        (number, "issued", "3574-LT-0001")]
    assert other.pull_all("requests")[0] == []
    # From the kept cursor: nothing again, until the next step.
    assert desk.pull_all("requests", cursor)[0] == []
    admin.advance_request(engine, number, "ready", akta_number=None, reason=None, by="t")
    assert [i.status for i in desk.pull_all("requests", cursor)[0]] == ["ready"]


def test_a_returned_request_needs_a_reason_and_carries_it(desk_factory, central):
    desk = desk_factory()
    submit(desk, 1)
    desk.push()
    number = desk.ops[0]["payload"]["tracking_number"]
    engine = central_engine(central.database_url)
    admin.advance_request(engine, number, "sent", akta_number=None, reason=None, by="t")
    with pytest.raises(admin.AdminError, match="--reason"):
        admin.advance_request(engine, number, "returned", akta_number=None, reason=" ",
                              by="t")
    admin.advance_request(engine, number, "returned", akta_number=None,
                          reason="KK belum dilampirkan", by="t")
    (step,) = [i for i in desk.pull_all("requests")[0] if i.status == "returned"]
    assert step.reason == "KK belum dilampirkan"
    # The counter fixes it and submits again: the centre takes the same number back in.
    submit(desk, 1, request_id=uuid.UUID(desk.ops[0]["record_id"]))
    assert results(desk.push()) == [(2, "applied", None)]
    (row,) = admin.list_requests(engine, desk.office)
    assert (row.tracking_number, row.status) == (number, "submitted")


def test_stock_and_accounts_streams(desk_factory, central):
    desk, other = desk_factory(), desk_factory()
    central.cli("stock", "allocate", desk.office, "--serials", "BLK-001", "BLK-002",
                "--batch", "SJ-7/2026")
    engine = central_engine(central.database_url)
    with pytest.raises(admin.AdminError, match="BLK-002"):
        admin.allocate_stock(engine, other.office, ["BLK-002"])
    stock, _ = desk.pull_all("stock")
    assert [(s.serial, s.batch) for s in stock] == [("BLK-001", "SJ-7/2026"),
                                                     ("BLK-002", "SJ-7/2026")]
    assert other.pull_all("stock")[0] == []
    # Ranges read as the desk's receipt reads them; a serial the desk would refuse is
    # refused here first, and nothing is allocated.
    tail = desk.office[-4:]
    central.cli("stock", "allocate", other.office, "--serials", f"R{tail}01-R{tail}03")
    with pytest.raises(admin.AdminError, match="koma"):
        admin.allocate_stock(engine, other.office, [f"X{tail}1", "BAD|ONE"])
    assert [s.serial for s in other.pull_all("stock")[0]] == [
        f"R{tail}01", f"R{tail}02", f"R{tail}03"]
    central.cli("accounts", "add", desk.office, "rina", "Rina Wati", "operator")
    accounts, cursor = desk.pull_all("accounts")
    assert [(a.username, a.role, a.active) for a in accounts] == [("rina", "operator", True)]
    admin.set_account_active(engine, desk.office, "rina", False)
    changed, _ = desk.pull_all("accounts", cursor)
    assert [(a.username, a.active) for a in changed] == [("rina", False)]
    assert changed[0].account_id == accounts[0].account_id


def test_residents_page_by_page_with_removals_and_purged_cursors(desk_factory, central,
                                                                  tmp_path):
    desk = desk_factory()
    csv = tmp_path / "penduduk.csv"
    csv.write_text(HEADER + "".join(resident_line(n) for n in range(1, 8)), encoding="utf-8")
    assert "baru 7" in central.cli("residents", "load", str(csv)).stdout
    pages, cursor = [], None
    while True:
        response = desk.pull("residents", cursor, limit=3)
        page = wire.parse_pull_page(response.content)
        pages.append(len(page.items))
        cursor = page.next_cursor
        if not page.more:
            break
    assert pages == [3, 3, 1]
    kept = cursor
    # A change and a removal (the file replaces the list): both come after the cursor.
    csv.write_text(HEADER + resident_line(1, "Siti Rahma") + "".join(
        resident_line(n) for n in range(2, 7)), encoding="utf-8")
    engine = central_engine(central.database_url)
    counts = admin.load_residents(engine, read_residents(csv), replace=True)
    assert (counts.changed, counts.removed, counts.unchanged) == (1, 1, 5)
    changed, kept_after = desk.pull_all("residents", kept)
    assert sorted((r.full_name, r.removed) for r in changed) == [
        ("Siti Aminah 7", True), ("Siti Rahma 1", False)]
    # Purging removed rows: a cursor from before them can no longer be served.
    assert admin.purge_removed_residents(engine) == 1
    gone = desk.pull("residents", kept)
    assert gone.status_code == 409 and error_of(gone).code == "cursor_gone"
    assert error_of(gone).details == {"stream": "residents", "why": "purged"}
    assert desk.pull("residents", kept_after).status_code == 200
    everything, _ = desk.pull_all("residents")
    assert len(everything) == 6 and not any(r.removed for r in everything)


def test_a_bad_file_changes_nothing(desk_factory, central, tmp_path):
    desk = desk_factory()
    csv = tmp_path / "rusak.csv"
    csv.write_text(HEADER + resident_line(1).replace(",P,", ",X,"), encoding="utf-8")
    refused = central.cli("residents", "load", str(csv), check=False)
    assert refused.returncode == 1 and "jenis_kelamin" in refused.stderr
    before = desk.pull_all("residents")[0]
    assert all(r.full_name != "Siti Aminah 1" or r.sex == "P" for r in before)


def test_cursors_the_centre_never_made_get_409_and_bad_ones_422(desk_factory):
    desk = desk_factory()
    _, cursor = desk.pull_all("stock")
    _, epoch, position = cursor.split(".")
    for wrong, why in ((f"v1.{'0' * 16}.{position}", "epoch"),
                       (f"v1.{epoch}.{int(position) + 1000}", "ahead")):
        response = desk.pull("stock", wrong)
        assert response.status_code == 409, response.text
        assert error_of(response).details["why"] == why
    for params in ({"stream": "stock", "cursor": "yesterday"},
                   {"stream": "weather"},
                   {"stream": "stock", "limit": wire.MAX_PULL_LIMIT + 1},
                   {"stream": "stock", "limit": 0}):
        response = desk.client.get("/api/v1/sync/pull", params=params)
        assert response.status_code == 422 and error_of(response).code == "invalid"


def test_a_page_checksum_is_that_of_its_items(desk_factory, central):
    desk: FakeDesk = desk_factory()
    admin.allocate_stock(central_engine(central.database_url), desk.office, ["CHK-1"])
    body = desk.pull("stock").json()
    assert body["checksum"] == wire.page_checksum(body["items"])
    assert set(body) == {"stream", "items", "cursor", "next_cursor", "more", "checksum"}
