"""`--screenshots` of Permohonan Akta: two weeks of requests in every state, the list, and
one request's whole timeline. The people are made up; their NIKs decode like real ones.

The requests are made through the services with the screenshot store's clock set back to
the day and hour each step happened, so the list and the timelines read like real work
(tracking numbers follow the order requests were taken in).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

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
    RequestStatus,
)
from kelurahan_desk.domain.people import Sex
from kelurahan_desk.services import accounts, akta_requests, akta_views, office
from kelurahan_desk.services.actor import Actor
from kelurahan_desk.services.demo import DEMO_LOGINS
from kelurahan_desk.store.database import Store
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.main_window import MainWindow

Save = Callable[[QWidget, Path], None]
S = RequestStatus


def _nik(kecamatan: str, born: date, sex: Sex, serial: int) -> str:
    day = born.day + (40 if sex == Sex.FEMALE else 0)
    return f"3574{kecamatan}{day:02d}{born:%m%y}{serial:04d}"


def _kk(serial: int) -> str:
    return f"35740{serial % 5 + 1}1503190{serial:03d}"


def _adult(name: str, born: date, sex: Sex, serial: int, kecamatan: str = "01") -> Person:
    return Person(name, _nik(kecamatan, born, sex, serial), _kk(serial), "Probolinggo", born)


_WITNESSES = (
    Person("Bambang Sutrisno", _nik("01", date(1978, 11, 5), Sex.MALE, 12), _kk(12)),
    Person("Umi Kulsum", _nik("03", date(1983, 4, 17), Sex.FEMALE, 5), _kk(5)),
)


def _birth(child: str, sex: Sex, born: date, father: Person, mother: Person,
           order: int = 1) -> AktaForm:
    return AktaForm(
        kind=RequestKind.BIRTH,
        reporter=Person(father.name, father.nik, father.kk),
        witness1=_WITNESSES[0], witness2=_WITNESSES[1], father=father, mother=mother,
        child=Child(child, sex, BirthPlaceType.HOSPITAL, "RSUD dr. Mohamad Saleh", born,
                    time(6, 25), BirthType.SINGLE, order, BirthAttendant.DOCTOR, 3.1, 49.0),
        documents=frozenset({"birth_statement", "kk", "marriage_proof"}),
    )


def _death(name: str, sex: Sex, born: date, died: date, reporter: Person,
           serial: int) -> AktaForm:
    return AktaForm(
        kind=RequestKind.DEATH,
        reporter=Person(reporter.name, reporter.nik, reporter.kk),
        witness1=_WITNESSES[0], witness2=_WITNESSES[1],
        deceased=Deceased(_nik("01", born, sex, serial), name, sex, born, died, time(3, 40),
                          DeathCause.ILLNESS_OR_AGE, "Rumah, Jl. Anggrek 12, Pohsangit Kidul",
                          DeathCertifier.DOCTOR),
        documents=frozenset({"death_statement", "kk"}),
    )


@dataclass
class _Story:
    """One request: taken in on a working day ``back`` days ago, then its steps."""

    key: str
    back: int
    at: time
    form: Callable[[date], AktaForm]  # from the day it was taken in
    draft: bool = False
    steps: list[tuple[int, time, str, dict[str, str]]] = field(default_factory=list)


def _stories() -> list[_Story]:
    rizal = _adult("Moch. Rizal Hidayat", date(1991, 7, 23), Sex.MALE, 3)
    dewi = _adult("Dewi Lestari", date(1994, 2, 9), Sex.FEMALE, 7)
    agus = _adult("Agus Salim", date(1988, 3, 14), Sex.MALE, 21, "02")
    rina = _adult("Rina Wulandari", date(1992, 10, 2), Sex.FEMALE, 22, "02")
    hendra = _adult("Hendra Gunawan", date(1985, 1, 30), Sex.MALE, 31, "03")
    yuni = _adult("Sri Wahyuni", date(1990, 6, 18), Sex.FEMALE, 32, "03")
    eko = _adult("Eko Prasetyo", date(1993, 12, 1), Sex.MALE, 41)
    lina = _adult("Lina Marlina", date(1996, 5, 27), Sex.FEMALE, 42)
    joko = _adult("Joko Susilo", date(1975, 6, 9), Sex.MALE, 51)
    slamet = _adult("Slamet Riyadi", date(1980, 9, 3), Sex.MALE, 52)
    dedi = _adult("Dedi Kurniawan", date(1987, 4, 11), Sex.MALE, 61, "04")
    fitri = _adult("Fitri Handayani", date(1995, 8, 8), Sex.FEMALE, 62, "04")
    return [
        _Story("handed_over", 9, time(9, 10), lambda d: _birth(
            "Nadia Rahma Hidayat", Sex.FEMALE, d - timedelta(days=12), rizal, dewi, 2),
            steps=[(8, time(15, 5), "sent", {}), (6, time(10, 20), "verified", {}),
                   (4, time(13, 5), "issued", {"akta_number": "3574-LT-15112026-0117"}),
                   (3, time(8, 30), "ready", {}),
                   (1, time(10, 45), "handed_over", {"name": rizal.name,
                                                     "nik": rizal.nik})]),
        _Story("cancelled", 8, time(11, 0), lambda d: _death(
            "Hartono", Sex.MALE, date(1941, 2, 2), d - timedelta(days=6), joko, 71),
            steps=[(8, time(14, 10), "cancel", {
                "reason": "Sudah didaftarkan keluarga langsung di Dispendukcapil"})]),
        _Story("ready", 7, time(10, 5), lambda d: _birth(
            "Bayu Pratama", Sex.MALE, d - timedelta(days=20), agus, rina),
            steps=[(6, time(15, 0), "sent", {}), (4, time(9, 40), "verified", {}),
                   (2, time(14, 20), "issued", {"akta_number": "3574-LT-19112026-0121"}),
                   (1, time(8, 15), "ready", {})]),
        _Story("returned", 6, time(9, 35), lambda d: _birth(
            "Putri Ayu Lestari", Sex.FEMALE, d - timedelta(days=15), hendra, yuni),
            steps=[(5, time(15, 10), "sent_central", {}),
                   (3, time(11, 25), "returned", {
                       "reason": "Nama ibu pada surat keterangan kelahiran berbeda dengan "
                                 "KK; lampirkan KK terbaru."})]),
        _Story("verified", 5, time(13, 50), lambda d: _death(
            "Suparno", Sex.MALE, date(1950, 8, 17), d - timedelta(days=3), slamet, 72),
            steps=[(4, time(15, 0), "sent", {}), (3, time(10, 5), "verified", {})]),
        _Story("late_birth", 3, time(10, 30), lambda d: _birth(
            "Siti Aminah", Sex.FEMALE, d - timedelta(days=83), dedi, fitri, 3),
            steps=[(2, time(15, 20), "sent_central", {})]),
        _Story("late_death", 2, time(11, 20), lambda d: _death(
            "Sumarni", Sex.FEMALE, date(1946, 1, 21), d - timedelta(days=47), joko, 73)),
        _Story("sent", 1, time(14, 0), lambda d: _birth(
            "Muhammad Rizky", Sex.MALE, d - timedelta(days=8), eko, lina),
            steps=[(0, time(8, 5), "sent", {})]),
        _Story("submitted", 0, time(8, 40), lambda d: _birth(
            "Ahmad Fauzi", Sex.MALE, d - timedelta(days=5), slamet,
            _adult("Nur Aini", date(1993, 8, 21), Sex.FEMALE, 81))),
        _Story("draft", 0, time(9, 0), lambda d: AktaForm(
            kind=RequestKind.BIRTH, reporter=Person(dedi.name, dedi.nik),
            mother=Person("Wulandari", "", "", "Probolinggo", date(1998, 3, 3)),
            child=Child("Bayi Ny. Wulandari", Sex.FEMALE, birth_date=d - timedelta(days=2))),
            draft=True),
    ]


def _fixed(moment: datetime) -> Callable[[], datetime]:
    return lambda: moment


def _working_day(today: date, back: int) -> date:
    day = today
    while back > 0:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            back -= 1
    return day


def seed_akta_requests(store: Store) -> dict[str, akta_views.RequestDetail]:
    """The requests of the last two weeks, every state once or twice; the details by key."""
    info = office.get_office(store)
    assert info is not None
    zone = ZoneInfo(info.timezone)
    real_clock = store.clock
    now = real_clock()
    today = now.astimezone(zone).date()
    counters = office.list_counters(store)
    logins = {x.username: x for x in DEMO_LOGINS}

    def sign(name: str, loket: int) -> Actor:
        login = logins[name]
        return accounts.sign_in(store, login.username, login.password, counters[loket].id)

    operator, supervisor = sign("operator", 0), sign("supervisor", 1)

    def moment(back: int, at: time) -> datetime:
        local = datetime.combine(_working_day(today, back), at, zone)
        return min(local.astimezone(UTC), now - timedelta(minutes=5))

    plan: list[tuple[datetime, _Story, str, dict[str, str]]] = []
    for story in _stories():
        plan.append((moment(story.back, story.at), story, "take", {}))
        plan.extend((moment(back, at), story, step, extra)
                    for back, at, step, extra in story.steps)
    made: dict[str, akta_views.RequestDetail] = {}
    try:
        for when, story, step, extra in sorted(plan, key=lambda p: p[0]):
            store.clock = _fixed(when)
            made[story.key] = _take_step(store, operator, supervisor, made.get(story.key),
                                         story, step, extra, when.astimezone(zone).date())
    finally:
        store.clock = real_clock
        accounts.sign_out(store, operator)
        accounts.sign_out(store, supervisor)
    return made


def _take_step(
    store: Store, operator: Actor, supervisor: Actor,
    detail: akta_views.RequestDetail | None, story: _Story, step: str,
    extra: dict[str, str], day: date,
) -> akta_views.RequestDetail:
    if step == "take":
        form = story.form(day)
        if story.draft:
            return akta_requests.save_draft(store, operator, form)
        return akta_requests.submit_request(store, operator, form)
    assert detail is not None
    if step == "cancel":
        return akta_requests.cancel_request(store, operator, detail.id, extra["reason"])
    if step == "handed_over":
        return akta_requests.hand_over(store, operator, detail.id, extra["name"],
                                       extra["nik"], True)
    status = S.SENT if step == "sent_central" else S(step)
    by_hand = step in ("sent", "returned")  # until sync exists, a supervisor records them
    if by_hand:
        return akta_requests.set_central_status(
            store, supervisor, detail.id, status, extra.get("reason"), extra.get("akta_number"))
    assert detail.tracking_number is not None
    akta_requests.apply_central_status(store, detail.tracking_number, status,
                                       extra.get("reason"), extra.get("akta_number"))
    return detail


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def shoot_akta_requests(
    store: Store, made: dict[str, akta_views.RequestDetail], folder: Path, save: Save
) -> None:
    """The list as an operator sees it, and a handed-over request's whole timeline."""
    counters = office.list_counters(store)
    info = office.get_office(store)
    assert info is not None
    for username, shots in (("operator", ("list", "handed_over")),
                            ("supervisor", ("returned",))):
        login = next(x for x in DEMO_LOGINS if x.username == username)
        actor = accounts.sign_in(store, login.username, login.password, counters[0].id)
        window = MainWindow(DeskContext(store, actor, info), idle_minutes=60)
        window.resize(1280, 800)
        window.show()
        window.show_page("permohonan")
        page = window.page("permohonan")
        _settle()
        for shot in shots:
            if shot == "list":
                page.table.selectRow(0)  # type: ignore[attr-defined]
                save(window, folder / "akta_requests_list.png")
                continue
            dialog = page.open_request(made[shot].id)  # type: ignore[attr-defined]
            _settle()
            name = "akta_request_detail" if shot == "handed_over" else f"akta_request_{shot}"
            save(dialog, folder / f"{name}.png")
            dialog.close()
        window.close()
