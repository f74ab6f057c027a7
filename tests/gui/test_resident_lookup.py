"""The resident lookup under a form field: typing, the drop-down, keyboard choice, audit."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from sqlalchemy import select

from kelurahan_desk.services import accounts, residents
from kelurahan_desk.services.demo_residents import seed_demo_residents
from kelurahan_desk.store.tables import AuditEvent
from kelurahan_desk.ui.models.resident_hits_model import ResidentHitsModel
from kelurahan_desk.ui.resident_lookup import ResidentLookup, worth_searching

HEADER = ("nik,no_kk,nama_lengkap,jenis_kelamin,tempat_lahir,tanggal_lahir,alamat,rt,rw,"
          "kode_kelurahan,agama")
IMAM, ROFIQOH, KHOLIFATUN = "3513011206850003", "3513014902880004", "3513016003150005"
KK = "3513011203150007"
FAMILY = (
    f"{IMAM},{KK},Imam Syafii Bachtiar,L,Probolinggo,1985-06-12,Jl. Brantas No. 7,3,2,"
    "3574011007,Islam",
    f"{ROFIQOH},{KK},Rofiqoh Umami,P,Pasuruan,1988-02-09,Jl. Brantas No. 7,3,2,"
    "3574011007,Islam",
    f"{KHOLIFATUN},{KK},Kholifatun Nisa,P,Probolinggo,2015-03-20,Jl. Brantas No. 7,3,2,"
    "3574011007,",
)
NAME, NIK, NOTE = ResidentHitsModel.NAME, ResidentHitsModel.NIK, ResidentHitsModel.NOTE


@pytest.fixture
def family(demo_store, tmp_path):
    supervisor = accounts.sign_in(demo_store, "supervisor", "supervisor-demo")
    path = tmp_path / "penduduk.csv"
    path.write_text("\n".join((HEADER, *FAMILY)) + "\n", encoding="utf-8")
    residents.load_residents_csv(demo_store, supervisor, path)


@pytest.fixture
def form(qtbot, context_for):
    """A form with a NIK field and a lookup on it, as a birth or death form would have."""
    hosts: list[QWidget] = []  # qtbot holds widgets weakly; the test keeps its form alive

    def make(username: str = "operator") -> tuple[QLineEdit, ResidentLookup]:
        host = QWidget()
        host.resize(900, 600)
        layout = QVBoxLayout(host)
        edit = QLineEdit()
        layout.addWidget(edit)
        layout.addStretch(1)
        lookup = ResidentLookup(edit, context_for(username), purpose="akta_kelahiran")
        qtbot.addWidget(host)
        hosts.append(host)
        host.show()
        qtbot.waitExposed(host)
        return edit, lookup

    return make


def audit_actions(store) -> list[str]:
    with store.read() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))


def test_typing_a_name_then_the_keyboard_chooses_the_person(qtbot, form, demo_store, family):
    edit, lookup = form()
    qtbot.keyClicks(edit, "imam sy")
    qtbot.waitUntil(lambda: lookup.is_open() and lookup.model.rowCount() == 1, timeout=5000)
    assert lookup.model.index(0, NAME).data() == "Imam Syafii Bachtiar"
    assert lookup.model.index(0, NIK).data() == "351301******0003"  # masked in the list
    assert "RT 003/RW 002, Pohsangit Kidul" in lookup.model.index(
        0, ResidentHitsModel.ADDRESS).data()
    assert "1 penduduk ditemukan" in lookup.status_label.text()
    before = audit_actions(demo_store)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert lookup.view.currentIndex().row() == 0
    with qtbot.waitSignal(lookup.resident_chosen, timeout=5000) as chosen:
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    record = chosen.args[0]
    assert (record.nik, record.kk, record.full_name) == (IMAM, KK, "Imam Syafii Bachtiar")
    assert not lookup.is_open()
    # Looking up wrote nothing; opening wrote one event.
    assert audit_actions(demo_store) == [*before, "resident.opened"]


def test_arrows_move_escape_closes_and_down_reopens(qtbot, form, family):
    edit, lookup = form()
    qtbot.keyClicks(edit, KK)  # a whole No. KK: the family, oldest first
    qtbot.waitUntil(lambda: lookup.model.rowCount() == 3, timeout=5000)
    for key, row in ((Qt.Key.Key_Down, 0), (Qt.Key.Key_Down, 1), (Qt.Key.Key_Down, 2),
                     (Qt.Key.Key_Down, 2), (Qt.Key.Key_Up, 1)):
        qtbot.keyClick(edit, key)
        assert lookup.view.currentIndex().row() == row
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert not lookup.is_open()
    assert edit.text() == KK  # Escape closed the list, it did not clear the field
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert lookup.is_open()
    with qtbot.waitSignal(lookup.resident_chosen, timeout=5000) as chosen:
        qtbot.keyClick(edit, Qt.Key.Key_Enter)
    assert chosen.args[0].nik == ROFIQOH


def test_enter_takes_the_only_hit_and_a_click_chooses_too(qtbot, form, family):
    edit, lookup = form()
    qtbot.keyClicks(edit, "kholif")
    qtbot.waitUntil(lambda: lookup.model.rowCount() == 1, timeout=5000)
    with qtbot.waitSignal(lookup.resident_chosen, timeout=5000) as chosen:
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert chosen.args[0].nik == KHOLIFATUN
    edit.clear()
    qtbot.keyClicks(edit, "rofiq")
    qtbot.waitUntil(lambda: lookup.is_open() and lookup.model.rowCount() == 1, timeout=5000)
    cell = lookup.view.visualRect(lookup.model.index(0, NAME)).center()
    with qtbot.waitSignal(lookup.resident_chosen, timeout=5000) as chosen:
        qtbot.mouseClick(lookup.view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert chosen.args[0].nik == ROFIQOH


def test_too_little_text_does_not_search(form, family):
    edit, lookup = form()
    for text in ("i", "  ", "357", "3-5"):
        edit.setText(text)
        lookup.search_now()
        assert not lookup.is_open() and lookup.model.rowCount() == 0


@pytest.mark.parametrize(("text", "worth"), [
    ("si", True), ("s", False), ("a b", False), ("m ali", True), ("3574", True),
    ("35 74", True), ("357", False), ("", False)])
def test_worth_searching(text, worth):
    assert worth_searching(text) is worth


def test_a_slow_older_search_never_overwrites_a_newer_one(qtbot, form, monkeypatch, family):
    """The operator types on while a search runs; its late answer is dropped."""
    edit, lookup = form()
    release = threading.Event()
    real = residents.find_residents

    def slow_for_rofi(store, actor, query, limit=20, **kinds):
        if query == "rofi":
            release.wait(10)
        return real(store, actor, query, limit, **kinds)

    monkeypatch.setattr(residents, "find_residents", slow_for_rofi)
    answered: list[str] = []
    on_hits = lookup._on_hits
    monkeypatch.setattr(lookup, "_on_hits", lambda generation, query, hits: (
        answered.append(query), on_hits(generation, query, hits)))
    try:
        edit.setText("rofi")
        lookup.search_now()  # blocked in the worker until released
        edit.clear()
        qtbot.keyClicks(edit, "kholif")  # typing is not held up by the running search
        assert edit.text() == "kholif"
        lookup.search_now()
        qtbot.waitUntil(lambda: "kholif" in answered, timeout=5000)
    finally:
        release.set()
    qtbot.waitUntil(lambda: "rofi" in answered, timeout=5000)
    assert [lookup.model.index(r, NAME).data() for r in range(lookup.model.rowCount())] == [
        "Kholifatun Nisa"]


def test_a_refused_lookup_says_why(qtbot, form, family):
    edit, lookup = form("inspektur")
    edit.setText("imam")
    with qtbot.waitSignal(lookup.lookup_failed, timeout=5000) as failed:
        lookup.search_now()
    assert "tidak berwenang" in failed.args[0]
    assert lookup.is_open() and lookup.status_label.text() == failed.args[0]


def test_synthetic_people_are_marked_and_the_model_is_sound(qtbot, qtmodeltester, form,
                                                           demo_store):
    assert seed_demo_residents(demo_store, count=300) == 300
    edit, lookup = form()
    qtbot.keyClicks(edit, "3574 01")
    qtbot.waitUntil(lambda: lookup.model.rowCount() == 20, timeout=5000)
    assert {lookup.model.index(r, NOTE).data() for r in range(20)} == {"sintetis"}
    assert "teratas" in lookup.status_label.text()
    qtmodeltester.check(lookup.model)


def test_the_empty_and_refilled_model_passes_the_model_tester(qtmodeltester, qapp):
    model = ResidentHitsModel()
    qtmodeltester.check(model)
    model.clear()
    qtmodeltester.check(model)
