"""The akta forms' people looked up in the local resident list, by name or by NIK."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from kelurahan_desk.domain.akta import RequestKind
from kelurahan_desk.domain.people import Sex
from kelurahan_desk.services import accounts, residents
from kelurahan_desk.store.tables import AuditEvent
from kelurahan_desk.ui.akta.akta_page import AktaPage

HEADER = ("nik,no_kk,nama_lengkap,jenis_kelamin,tempat_lahir,tanggal_lahir,alamat,rt,rw,"
          "kode_kelurahan,agama")
DEWI, RIZAL, KARIM = "3574014902940007", "3574012307910003", "3574023008460002"
PEOPLE = (
    f"{DEWI},3574011203180004,Dewi Lestari,P,Pasuruan,1994-02-09,Jl. Mawar 12,2,1,"
    "3574011007,Islam",
    f"{RIZAL},3574011203180004,Moch. Rizal Hidayat,L,Probolinggo,1991-07-23,Jl. Mawar 12,2,1,"
    "3574011007,Islam",
    f"{KARIM},3574021405100031,H. Abdul Karim,L,Probolinggo,1946-08-30,Jl. Brantas 17,4,3,"
    "3574021007,Islam",
)


@pytest.fixture
def listed(demo_store, tmp_path):
    supervisor = accounts.sign_in(demo_store, "supervisor", "supervisor-demo")
    path = tmp_path / "penduduk.csv"
    path.write_text("\n".join((HEADER, *PEOPLE)) + "\n", encoding="utf-8")
    residents.load_residents_csv(demo_store, supervisor, path)


@pytest.fixture
def page_for(qtbot, context_for, listed):
    def make(kind: RequestKind) -> AktaPage:
        page = AktaPage(context_for("operator"), kind)
        qtbot.addWidget(page)
        page.resize(1050, 780)
        with qtbot.waitExposed(page):
            page.show()
        return page

    return make


def choose_first(qtbot, page: AktaPage, edit, typed: str) -> None:
    lookup = page.lookup_on(edit)
    edit.setFocus()
    qtbot.keyClicks(edit, typed)
    qtbot.waitUntil(lambda: lookup.is_open() and lookup.model.rowCount() == 1, timeout=5000)
    with qtbot.waitSignal(lookup.resident_chosen, timeout=5000):
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def opened(store) -> list[str]:
    with store.read() as session:
        return list(session.scalars(select(AuditEvent.record_id).where(
            AuditEvent.action == "resident.opened")))


def test_a_few_letters_of_the_mothers_name_fill_her_fields(qtbot, page_for, demo_store):
    page = page_for(RequestKind.BIRTH)
    mother = page.form_view.mother
    choose_first(qtbot, page, mother.name, "dewi les")
    assert mother.name.text() == "Dewi Lestari"
    assert mother.nik.text() == DEWI
    assert mother.birth_place.text() == "Pasuruan"
    assert mother.birth_date.value() == date(1994, 2, 9)
    assert mother.nik.note_text().startswith("Perempuan · lahir 09/02/1994")
    assert opened(demo_store) == [DEWI]  # opening the record is audited
    page.run_checks()
    assert mother.nik.note.errors.isHidden()


def test_digits_of_a_nik_find_the_reporter_and_bring_the_kk(qtbot, page_for):
    page = page_for(RequestKind.BIRTH)
    reporter = page.form_view.reporter
    choose_first(qtbot, page, reporter.nik.edit, "35740123")
    assert reporter.name.text() == "Moch. Rizal Hidayat"
    assert reporter.nik.text() == RIZAL
    assert reporter.kk is not None and reporter.kk.text() == "3574011203180004"


def test_the_deceased_is_found_by_name_with_sex_and_birth_date(qtbot, page_for):
    page = page_for(RequestKind.DEATH)
    dead = page.form_view.deceased
    choose_first(qtbot, page, dead.name, "abdul kar")
    assert (dead.name.text(), dead.nik.text()) == ("H. Abdul Karim", KARIM)
    assert dead.sex.value() == Sex.MALE
    assert dead.birth_date.value() == date(1946, 8, 30)


def test_digits_of_a_kk_drop_the_family_down_and_fill_the_one_chosen(qtbot, page_for):
    page = page_for(RequestKind.BIRTH)
    reporter = page.form_view.reporter
    assert reporter.kk is not None
    edit = reporter.kk.edit
    lookup = page.lookup_on(edit)
    edit.setFocus()
    qtbot.keyClicks(edit, "35740112031")  # the start of a No. KK, not of any NIK
    qtbot.waitUntil(lambda: lookup.is_open() and lookup.model.rowCount() == 2, timeout=5000)
    assert [lookup.model.index(r, 0).data() for r in range(2)] == [
        "Moch. Rizal Hidayat", "Dewi Lestari"]  # the family, oldest first
    with qtbot.waitSignal(lookup.resident_chosen, timeout=5000):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert (reporter.name.text(), reporter.nik.text(), reporter.kk.text()) == (
        "Moch. Rizal Hidayat", RIZAL, "3574011203180004")
