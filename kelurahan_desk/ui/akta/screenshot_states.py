"""`--screenshots` of the akta pages in the states an operator meets: a birth filled in,
one with warnings and errors at the fields, the duplicate comparison, a request taken in,
and a (late) death. The people are made up; their NIKs decode like real ones."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path
from time import monotonic as time_now

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kelurahan_desk.domain.akta import (
    AktaForm,
    BirthAttendant,
    BirthPlaceType,
    BirthType,
    Child,
    DeathCause,
    DeathCertifier,
    Deceased,
    Person,
    RequestKind,
)
from kelurahan_desk.domain.people import Sex
from kelurahan_desk.services import akta_requests, queue, queue_services
from kelurahan_desk.services.demo_residents import seed_demo_residents
from kelurahan_desk.ui.akta.akta_page import AktaPage
from kelurahan_desk.ui.akta.duplicate_dialog import DuplicateDialog
from kelurahan_desk.ui.main_window import MainWindow

Save = Callable[[QWidget, Path], None]
LOOKUP_RESIDENTS = 5000  # a kelurahan's worth: enough for "siti r" to find a few


def _nik(kecamatan: str, born: date, sex: Sex, serial: int) -> str:
    day = born.day + (40 if sex == Sex.FEMALE else 0)
    return f"3574{kecamatan}{day:02d}{born:%m%y}{serial:04d}"


def example_birth(today: date) -> AktaForm:
    """A complete akta kelahiran: a girl born at the RSUD nine days ago."""
    father_born, mother_born = date(1991, 7, 23), date(1994, 2, 9)
    father = Person("Moch. Rizal Hidayat", _nik("01", father_born, Sex.MALE, 3),
                    "3574011203180004", "Probolinggo", father_born)
    mother = Person("Dewi Lestari", _nik("01", mother_born, Sex.FEMALE, 7), "",
                    "Pasuruan", mother_born)
    return AktaForm(
        kind=RequestKind.BIRTH,
        reporter=Person(father.name, father.nik, father.kk),
        witness1=Person("Bambang Sutrisno", _nik("01", date(1978, 11, 5), Sex.MALE, 12),
                        "3574010807090011"),
        witness2=Person("Umi Kulsum", _nik("03", date(1983, 4, 17), Sex.FEMALE, 5),
                        "3574030212120023"),
        father=father,
        mother=mother,
        child=Child("Aisyah Putri Hidayat", Sex.FEMALE, BirthPlaceType.HOSPITAL,
                    "RSUD dr. Mohamad Saleh, Kota Probolinggo", today - timedelta(days=9),
                    time(5, 40), BirthType.SINGLE, 2, BirthAttendant.DOCTOR, 3.15, 49.5),
        documents=frozenset({"birth_statement", "kk", "marriage_proof"}),
    )


def example_birth_with_problems(today: date) -> AktaForm:
    """What a hurried afternoon produces: a witness typed twice, a mother's NIK that
    decodes as a man's, a weight with a slipped comma, the KK not yet handed in."""
    form = example_birth(today)
    mother = Person(form.mother.name, _nik("01", form.mother.birth_date or today, Sex.MALE, 7),
                    "", form.mother.birth_place, form.mother.birth_date)
    return AktaForm(
        kind=RequestKind.BIRTH, reporter=form.reporter, witness1=form.witness1,
        witness2=form.witness1, father=form.father, mother=mother,
        child=Child(form.child.name, Sex.FEMALE, BirthPlaceType.HOSPITAL,
                    form.child.birth_place, form.child.birth_date, form.child.birth_time,
                    BirthType.SINGLE, 2, BirthAttendant.DOCTOR, 31.5, 49.5),
        documents=frozenset({"birth_statement", "marriage_proof"}),
    )


def example_death(today: date) -> AktaForm:
    """A complete akta kematian, reported five weeks late, with the 3 in 1 service."""
    born = date(1946, 8, 30)
    return AktaForm(
        kind=RequestKind.DEATH,
        reporter=Person("Agus Salim", _nik("02", date(1972, 3, 14), Sex.MALE, 21),
                        "3574021405100031"),
        witness1=Person("Suparman", _nik("02", date(1969, 12, 1), Sex.MALE, 8),
                        "3574020911080017"),
        witness2=Person("Siti Aminah", _nik("02", date(1975, 6, 25), Sex.FEMALE, 14),
                        "3574022203150006"),
        deceased=Deceased(_nik("02", born, Sex.MALE, 2), "H. Abdul Karim", Sex.MALE, born,
                          today - timedelta(days=35), time(21, 10), DeathCause.ILLNESS_OR_AGE,
                          "Rumah duka, Jl. Brantas 17, Wonoasih", DeathCertifier.DOCTOR),
        documents=frozenset({"death_statement", "kk"}),
        three_in_one=True,
    )


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _ticket_code(window: MainWindow, prefix: str) -> tuple[uuid.UUID, str]:
    store = window.context.store
    service = next(s for s in queue_services.list_services(store) if s.prefix == prefix)
    issued = queue.issue_ticket(store, service.id).ticket
    return issued.id, issued.code


def _show(window: MainWindow, key: str, form: AktaForm, prefix: str,
          scroll_to: Callable[[AktaPage], QWidget], *, visited: bool = True) -> AktaPage:
    window.show_page(key)
    page = window.page(key)
    assert isinstance(page, AktaPage)
    ticket_id, code = _ticket_code(window, prefix)
    page.start_new(ticket_id, code, discard=True)
    page.form_view.set_form(form)
    page.form_view.set_touched(visited)
    page.run_checks()
    _settle()
    target = scroll_to(page)
    page.scroll_area.verticalScrollBar().setValue(max(0, target.mapTo(
        page.form_view, target.rect().topLeft()).y() - 12))
    return page


def shoot_akta(window: MainWindow, folder: Path, save: Save) -> None:
    """The operator's akta pages in their working states (``window`` signed in at a loket)."""
    store, actor = window.context.store, window.context.actor
    page = window.page("akta_kelahiran")
    assert isinstance(page, AktaPage)
    today = page.today()

    def parents(p: AktaPage) -> QWidget:
        return p.form_view.findChild(QWidget, "card_parents") or p.form_view

    def child(p: AktaPage) -> QWidget:
        return p.form_view.findChild(QWidget, "card_child") or p.form_view

    def deceased(p: AktaPage) -> QWidget:
        return p.form_view.findChild(QWidget, "card_deceased") or p.form_view

    _show(window, "akta_kelahiran", example_birth(today), "A", parents)
    save(window, folder / "akta_kelahiran_form.png")

    page = _show(window, "akta_kelahiran", example_birth_with_problems(today), "A", child)
    page.submit()  # refused: the errors show at their fields, the first one focused
    save(window, folder / "akta_kelahiran_form_checks.png")

    # Twins: the first child is already registered; the second looks like it.
    first = example_birth(today)
    akta_requests.submit_request(store, actor, first)
    twin = replace(first, child=Child(
        "Aishah Putri Hidayat", Sex.FEMALE, BirthPlaceType.HOSPITAL, first.child.birth_place,
        first.child.birth_date, time(5, 52), BirthType.TWIN_2, 3, BirthAttendant.DOCTOR,
        2.6, 47.0))
    candidates = akta_requests.find_duplicates(store, twin)
    dialog = DuplicateDialog(window, twin, candidates, window.context.zone)
    dialog.show()
    save(dialog, folder / "akta_duplicate_dialog.png")
    dialog.close()

    page = _show(window, "akta_kelahiran", twin, "A", parents)
    page.submit_confirmed(frozenset(c.id for c in candidates))
    page.scroll_area.verticalScrollBar().setValue(0)
    save(window, folder / "akta_kelahiran_form_submitted.png")

    _show(window, "akta_kematian", example_death(today), "B", deceased)
    save(window, folder / "akta_kematian_form.png")

    # The resident list behind the mother's name: a few letters find her.
    seed_demo_residents(store, LOOKUP_RESIDENTS)
    page = _show(window, "akta_kelahiran", AktaForm(RequestKind.BIRTH), "A", parents,
                 visited=False)
    mother = page.form_view.mother
    _settle()
    bar = page.scroll_area.verticalScrollBar()
    bar.setValue(mother.name.mapTo(page.form_view, mother.name.rect().topLeft()).y() - 60)
    _settle()
    mother.name.setFocus()
    QTest.keyClicks(mother.name, "siti r")
    lookup = page.lookup_on(mother.name)
    assert lookup is not None
    deadline = time_now() + 10
    while not lookup.is_open() and time_now() < deadline:
        QApplication.processEvents()
    save(window, folder / "akta_kelahiran_form_lookup.png")
    lookup.hide_popup()
