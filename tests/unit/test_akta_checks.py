"""The checks an F-2.01 request passes before submission (errors block, warnings inform)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

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
    form_changes,
    form_from_dict,
    form_to_dict,
    tracking_number,
)
from kelurahan_desk.domain.akta_checks import FormCheck, Severity, check_form
from kelurahan_desk.domain.akta_deadlines import DeadlineRule
from kelurahan_desk.domain.akta_documents import missing, requirements
from kelurahan_desk.domain.people import Sex

TODAY = date(2026, 11, 28)
NOW = time(10, 0)
RULE = DeadlineRule(60)

REPORTER = Person("Budi Santoso", "3574011507850003", "3574012001100005")
WITNESS1 = Person("Ahmad Fauzi", "3574010101800001", "3574012001100001")
WITNESS2 = Person("Rina Marlina", "3574014502820002", "3574012001100002")
FATHER = Person("Budi Santoso", "3574011507850003", "", "Probolinggo", date(1985, 7, 15))
MOTHER = Person("Sri Wahyuni", "3574015203900004", "", "Probolinggo", date(1990, 3, 12))


def birth_form(**changes: object) -> AktaForm:
    form = AktaForm(
        kind=RequestKind.BIRTH, reporter=REPORTER, witness1=WITNESS1, witness2=WITNESS2,
        father=FATHER, mother=MOTHER,
        child=Child("Putri Ayu", Sex.FEMALE, BirthPlaceType.HOSPITAL, "RSUD Dr. Moh. Saleh",
                    TODAY - timedelta(days=10), time(8, 30), BirthType.SINGLE, 1,
                    BirthAttendant.DOCTOR, 3.1, 49.0),
        documents=frozenset({"birth_statement", "kk", "marriage_proof"}))
    return replace(form, **changes)  # type: ignore[arg-type]


def death_form(**changes: object) -> AktaForm:
    form = AktaForm(
        kind=RequestKind.DEATH, reporter=REPORTER, witness1=WITNESS1, witness2=WITNESS2,
        deceased=Deceased("3574010505450001", "Slamet Riyadi", Sex.MALE, None,
                          TODAY - timedelta(days=3), time(4, 15), DeathCause.ILLNESS_OR_AGE,
                          "Rumah, Jl. Mastrip 12", DeathCertifier.DOCTOR),
        documents=frozenset({"death_statement", "kk"}))
    return replace(form, **changes)  # type: ignore[arg-type]


def check(form: AktaForm, today: date = TODAY, rule: DeadlineRule = RULE) -> FormCheck:
    return check_form(form, today, NOW, rule)


def fields_of(found: FormCheck, severity: Severity) -> set[str]:
    return {i.field for i in found.issues if i.severity == severity}


def test_complete_forms_pass() -> None:
    for form in (birth_form(), death_form()):
        found = check(form)
        assert found.issues == [], found.issues
        assert found.deadline is not None and not found.deadline.late


def test_dates_in_the_future_are_errors() -> None:
    form = birth_form(child=replace(birth_form().child, birth_date=TODAY + timedelta(days=1)))
    assert "child.birth_date" in fields_of(check(form), Severity.ERROR)
    form = death_form(deceased=replace(death_form().deceased, death_date=TODAY,
                                       death_time=time(11, 0)))
    found = check(form)
    assert fields_of(found, Severity.ERROR) == {"deceased.death_time"}
    assert "sesudah jam sekarang" in found.errors[0].message


def test_death_before_the_deceaseds_birth_is_an_error() -> None:
    # The NIK says born 5 May 2045? No: 05-05-45 is 1945 (2045 lies after today).
    dead = replace(death_form().deceased, death_date=date(1944, 1, 1))
    found = check(death_form(deceased=dead))
    assert any(i.field == "deceased.death_date" and "sebelum tanggal lahir" in i.message
               for i in found.errors)


def test_child_born_before_its_mother_is_an_error() -> None:
    child = replace(birth_form().child, birth_date=date(1989, 1, 1))
    found = check(birth_form(child=child))
    assert any(i.field == "child.birth_date" and "ibu" in i.message for i in found.errors)


def test_parents_sex_against_their_nik_is_a_warning_only() -> None:
    swapped = birth_form(father=replace(FATHER, nik=MOTHER.nik, birth_date=MOTHER.birth_date),
                         mother=replace(MOTHER, nik=FATHER.nik, birth_date=FATHER.birth_date))
    found = check(swapped)
    assert found.errors == []
    assert {"father.nik", "mother.nik"} <= fields_of(found, Severity.WARNING)


def test_witnesses_must_differ() -> None:
    found = check(birth_form(witness2=WITNESS1))
    assert "witness2.nik" in fields_of(found, Severity.ERROR)
    no_niks = birth_form(witness1=replace(WITNESS1, nik="", citizenship="WNA"),
                         witness2=replace(WITNESS1, nik="", name=" ahmad fauzi".strip().upper(),
                                          citizenship="WNA"))
    assert "witness2.name" in fields_of(check(no_niks), Severity.ERROR)


def test_a_young_reporter_is_a_warning() -> None:
    young = replace(REPORTER, nik="3574011507120003")  # born 15 July 2012: 14 years old
    found = check(birth_form(reporter=young))
    assert found.errors == []
    assert "reporter.nik" in fields_of(found, Severity.WARNING)


def test_weight_and_length_ranges() -> None:
    child = birth_form().child
    assert "child.weight_kg" in fields_of(check(birth_form(child=replace(child, weight_kg=31))),
                                          Severity.ERROR)  # grams typed as kilograms?
    assert "child.weight_kg" in fields_of(check(birth_form(child=replace(child, weight_kg=1.2))),
                                          Severity.WARNING)
    assert "child.length_cm" in fields_of(check(birth_form(child=replace(child, length_cm=5))),
                                          Severity.ERROR)
    assert check(birth_form(child=replace(child, weight_kg=2.5, length_cm=45))).issues == []


def test_documents_checklist_with_alternatives() -> None:
    form = birth_form(documents=frozenset({"birth_statement", "kk"}))
    assert [r.id for r in missing(form)] == ["marriage"]
    assert "documents" in fields_of(check(form), Severity.ERROR)
    for alternative in ("sptjm_f203", "sptjm_f204"):
        assert missing(replace(form, documents=form.documents | {alternative})) == []
    proxy = birth_form(by_proxy=True)
    assert [r.id for r in missing(proxy)] == ["power_of_attorney"]
    foundling = birth_form(parents_unknown=True, father=Person(), mother=Person(),
                           documents=frozenset({"birth_statement"}))
    assert [r.id for r in missing(foundling)] == ["police_report"]
    assert [r.id for r in requirements(death_form())] == ["death_statement", "kk"]
    assert missing(death_form(documents=frozenset({"death_court", "kk"}))) == []


def test_a_late_request_is_flagged_with_what_it_needs() -> None:
    form = birth_form(child=replace(birth_form().child, birth_date=TODAY - timedelta(days=61)))
    found = check(form)
    assert found.errors == []
    assert found.deadline is not None and found.deadline.days_late == 1
    late = [i for i in found.warnings if i.field == "deadline"]
    assert late and "Kepala Dinas" in late[0].message
    assert not check(form, rule=DeadlineRule(61)).deadline.late  # type: ignore[union-attr]
    death = death_form(deceased=replace(death_form().deceased,
                                        death_date=TODAY - timedelta(days=31)))
    assert check(death, rule=DeadlineRule(30)).deadline.late  # type: ignore[union-attr]


def test_empty_form_lists_what_is_required() -> None:
    found = check(AktaForm(kind=RequestKind.BIRTH))
    assert {"reporter.name", "reporter.nik", "witness1.name", "mother.name", "child.name",
            "child.birth_date", "child.weight_kg", "documents"} <= fields_of(found, Severity.ERROR)
    assert "father.name" not in fields_of(found, Severity.ERROR)  # a mother alone may register


def test_form_round_trips_through_json_and_diffs_by_field() -> None:
    for form in (birth_form(), death_form(three_in_one=True, by_proxy=True)):
        assert form_from_dict(form_to_dict(form)) == form
    before, after = birth_form(), birth_form(mother=replace(MOTHER, name="Sri Wahyuningsih"))
    assert form_changes(before, after) == {"mother.name": ["Sri Wahyuni", "Sri Wahyuningsih"]}


def test_tracking_number_carries_office_kind_and_year() -> None:
    assert tracking_number("35.74.01.1007", RequestKind.BIRTH, 2026, 42) == (
        "3574011007-AKL-2026-00042")
    assert tracking_number("3574011007", RequestKind.DEATH, 2027, 1) == "3574011007-AKM-2027-00001"


# --- generated input: every form is judged, none makes the checks fail -------------------

# Pools of telling values (valid, empty, malformed, edge) keep each example to a few dozen
# draws, so thousands run in seconds; random digit strings add what the pools miss.
_NIKS = st.one_of(
    st.sampled_from(["", REPORTER.nik, MOTHER.nik, FATHER.nik, WITNESS1.nik, WITNESS2.nik,
                     "3574015203900000", "9974010101800001", "3574010000000001",
                     "3574013202900001", "3574 0115 0785 0003", "35740115078500O3", "357401"]),
    st.text(alphabet="0123456789", min_size=15, max_size=17),
)
_DATES = st.one_of(st.none(), st.sampled_from([TODAY, TODAY + timedelta(days=1)]),
                   st.dates(date(1900, 1, 1), date(2030, 12, 31)))
_TEXT = st.sampled_from(["", "Siti", " Budi  ", "Ni Luh Putu Ayu", "x" * 130, "\t", "Ahmad Fauzi"])
_PEOPLE = st.builds(Person, name=_TEXT, nik=_NIKS, kk=_NIKS, birth_place=_TEXT, birth_date=_DATES)
_CHILDREN = st.builds(
    Child, name=_TEXT, sex=st.none() | st.sampled_from(Sex), birth_date=_DATES,
    birth_time=st.none() | st.times(), birth_order=st.none() | st.integers(-5, 50),
    weight_kg=st.none() | st.floats(allow_nan=False, allow_infinity=False, min_value=-1e6,
                                     max_value=1e6),
    length_cm=st.none() | st.floats(allow_nan=False, allow_infinity=False, min_value=-10,
                                     max_value=500),
    birth_place_type=st.none() | st.sampled_from(BirthPlaceType),
    attendant=st.none() | st.sampled_from(BirthAttendant))
_DECEASED = st.builds(Deceased, nik=_NIKS, name=_TEXT, birth_date=_DATES, death_date=_DATES,
                      death_time=st.none() | st.times(),
                      cause=st.none() | st.sampled_from(DeathCause))
_DOCUMENTS = st.frozensets(st.sampled_from(
    ["birth_statement", "kk", "marriage_proof", "sptjm_f203", "death_statement",
     "power_of_attorney", "police_report", "unknown"]))
FORMS = st.builds(
    AktaForm, kind=st.sampled_from(RequestKind), reporter=_PEOPLE, witness1=_PEOPLE,
    witness2=_PEOPLE, father=_PEOPLE, mother=_PEOPLE, child=_CHILDREN, deceased=_DECEASED,
    documents=_DOCUMENTS, by_proxy=st.booleans(), parents_unknown=st.booleans(), note=_TEXT)


@settings(max_examples=2000, deadline=None)
@given(FORMS, st.dates(date(2000, 1, 1), date(2030, 12, 31)))
def test_any_form_is_judged_with_messages_never_an_exception(form: AktaForm, today: date) -> None:
    found = check(form, today)
    for issue in found.issues:
        assert issue.field and str(issue.message).strip()
        assert issue.message.context  # translatable: it knows its Qt context
    assert form_from_dict(form_to_dict(form)) is not None
