"""Unit tests for the office, its counters and settings (kelurahan_desk.services.office)."""

from __future__ import annotations

import itertools
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from kelurahan_desk.domain.roles import Role
from kelurahan_desk.domain.settings import SETTINGS, defaults
from kelurahan_desk.services import accounts, audit_log
from kelurahan_desk.services.accounts import NewAccount, sign_in
from kelurahan_desk.services.errors import InvalidInput, NotFound, PermissionDenied, SignInRefused
from kelurahan_desk.services.office import (
    CounterInfo,
    OfficeDraft,
    OfficeInfo,
    add_counter,
    change_settings,
    get_office,
    get_settings,
    list_counters,
    resolve_office,
    set_up_office,
    update_counter,
    update_office,
)
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.integrity import verify_store
from kelurahan_desk.store.tables import AuditEvent, OutboxRecord

POHSANGIT_KIDUL = OfficeInfo(
    "35.74.01.1007", "Pohsangit Kidul", "Kademangan", "Kota Probolinggo", "Jawa Timur",
    "Asia/Jakarta",
)  # fmt: skip


def admin(store) -> accounts.Actor:
    return sign_in(store, "admin", "admin-demo")


def field_errors(draft: OfficeDraft) -> dict[str, str]:
    with pytest.raises(InvalidInput) as caught:
        resolve_office(draft)
    return caught.value.fields


# --- resolving a Kemendagri code ---------------------------------------------------------


@pytest.mark.parametrize(
    "code", ["3574011007", "35.74.01.1007", " 35 74 01 1007 ", "35-74-01-1007", "35.7401.1007"]
)
def test_a_kelurahan_of_our_table_takes_its_names_from_there(code):
    assert resolve_office(OfficeDraft(code)) == POHSANGIT_KIDUL


def test_typed_names_do_not_override_our_table():
    draft = OfficeDraft("35.74.03.1004", name="Salah", kecamatan="Salah", kota="Kota Salah")

    info = resolve_office(draft)

    assert (info.name, info.kecamatan, info.kota) == ("Jati", "Mayangan", "Kota Probolinggo")


@pytest.mark.parametrize(
    "code",
    [
        "35.74.01.9999",  # not a kelurahan number at all
        "35.74.01.1004",  # a gap in Kademangan's numbering
        "35.74.01.1010",  # past Kademangan's last kelurahan
        "35.74.06.1001",  # Kota Probolinggo has five kecamatan
        "35.74.02.1004",  # a gap in Wonoasih
    ],
)
def test_a_code_missing_from_our_full_kota_table_does_not_exist(code):
    # Names typed for it change nothing: we hold the whole of Kota Probolinggo.
    assert set(field_errors(OfficeDraft(code, name="Nama", kecamatan="Kec"))) == {"code"}


def test_an_unknown_province_is_refused():
    fields = field_errors(OfficeDraft("99.01.01.1001", name="Nama", kecamatan="Kec"))

    assert set(fields) == {"code"}
    assert "99" in fields["code"] and "provinsi" in fields["code"]


def test_an_unknown_kabupaten_or_kota_is_refused():
    # Jawa Timur has no 35.99: the province's name must not stand in for the kota.
    fields = field_errors(OfficeDraft("35.99.01.1001", name="Nama", kecamatan="Kec"))

    assert set(fields) == {"code"}
    assert "35.99" in fields["code"]


def test_a_kelurahan_outside_our_table_needs_its_names_typed():
    # Surabaya: stdnum knows the kota, we hold no kecamatan or kelurahan for it.
    fields = field_errors(OfficeDraft("35.78.01.1001"))

    assert set(fields) == {"name", "kecamatan"}
    assert all("wajib" in message for message in fields.values())


def test_a_kelurahan_outside_our_table_with_names_is_accepted():
    info = resolve_office(
        OfficeDraft("357801 1001", name="  Genteng ", kecamatan=" Genteng", timezone="Asia/Jakarta")
    )

    assert info == OfficeInfo(
        "35.78.01.1001", "Genteng", "Genteng", "Kota Surabaya", "Jawa Timur", "Asia/Jakarta"
    )


def test_a_desa_outside_our_table_is_accepted_with_the_typed_kabupaten_name():
    info = resolve_office(
        OfficeDraft(
            "35.13.01.2001", name="Sumberanyar", kecamatan="Sukapura", kota="Kab. Probolinggo"
        )
    )

    assert info.kota == "Kab. Probolinggo"
    assert info.code == "35.13.01.2001"
    # Left blank, the kab/kota takes its Kemendagri name.
    blank = resolve_office(OfficeDraft("35.13.01.2001", name="Sumberanyar", kecamatan="Sukapura"))
    assert blank.kota == "Kabupaten Probolinggo"


def test_a_kelurahan_in_another_time_zone():
    # 73.71 is Kota Makassar.
    info = resolve_office(
        OfficeDraft("73.71.01.1001", name="Nama", kecamatan="Kec", timezone="Asia/Makassar")
    )

    assert (info.kota, info.timezone) == ("Kota Makassar", "Asia/Makassar")


@pytest.mark.parametrize(
    "code",
    [
        "35.74.00.1001",  # kecamatan 00
        "35.74.01.0000",  # serial 0000
        "35.78.00.1001",  # kecamatan 00 where we hold no table (Surabaya)
        "35.78.01.0000",  # serial 0000 where we hold no table
        "35.78.01.5001",  # neither kelurahan (1xxx) nor desa (2xxx)
        "35.74.01",  # a kecamatan, not a kelurahan
        "35.74",
        "",
        "   ",
        "abc",
        "35.74.01.10071",
        "3574011007x",
        "٣٥٧٤٠١١٠٠٧",  # Arabic-Indic digits are digits to str.isdigit, not to Kemendagri
    ],
)
def test_what_is_no_kelurahan_code_is_refused_on_the_code(code):
    assert set(field_errors(OfficeDraft(code, name="Nama", kecamatan="Kec"))) == {"code"}


@pytest.mark.parametrize("timezone", ["Asia/Tokyo", "", "asia/jakarta", "UTC", "WIB"])
def test_an_unknown_time_zone_is_refused(timezone):
    fields = field_errors(OfficeDraft("35.74.01.1007", timezone=timezone))

    assert set(fields) == {"timezone"}


@pytest.mark.parametrize("timezone", ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"])
def test_the_three_indonesian_time_zones_are_accepted(timezone):
    assert resolve_office(OfficeDraft("35.74.01.1007", timezone=timezone)).timezone == timezone


def test_a_bad_code_and_a_bad_time_zone_are_both_reported():
    fields = field_errors(OfficeDraft("99.01.01.1001", timezone="Mars/Olympus"))

    assert set(fields) == {"code", "timezone"}


# --- setting up and changing the office ----------------------------------------------------


def test_no_office_before_set_up(store):
    assert get_office(store) is None


def test_set_up_office_records_it_once(store, tmp_path, clock, counts, last_event):
    info = set_up_office(store, OfficeDraft("3574011007"))

    assert info == POHSANGIT_KIDUL
    assert get_office(store) == POHSANGIT_KIDUL
    assert (counts(store).audit, counts(store).outbox) == (1, 1)
    event = last_event(store)
    assert (event.action, event.actor, event.role, event.record_id) == (
        "office.configured",
        "system",
        "system",
        "3574011007",
    )
    # It is really in the file: a second process opening the store sees it.
    store.close()
    reopened = Store.open(tmp_path / "store", clock=clock)
    try:
        assert get_office(reopened) == POHSANGIT_KIDUL
    finally:
        reopened.close()


def test_set_up_office_twice_is_refused_and_changes_nothing(store, counts):
    set_up_office(store, OfficeDraft("35.74.01.1007"))
    before = counts(store)

    with pytest.raises(PermissionDenied) as caught:
        set_up_office(store, OfficeDraft("35.74.01.1008", timezone="Asia/Makassar"))

    assert "sudah diatur" in caught.value.message
    assert get_office(store) == POHSANGIT_KIDUL
    assert counts(store) == before


def test_set_up_office_with_a_bad_code_writes_nothing(store, counts):
    with pytest.raises(InvalidInput):
        set_up_office(store, OfficeDraft("35.74.01.9999"))

    assert get_office(store) is None
    assert counts(store).audit == 0
    # The first-run wizard can try again.
    assert set_up_office(store, OfficeDraft("35.74.01.1007")) == POHSANGIT_KIDUL


def test_set_up_office_on_the_demo_store_is_refused(demo_store, counts):
    before = counts(demo_store)

    with pytest.raises(PermissionDenied):
        set_up_office(demo_store, OfficeDraft("35.78.01.1001", name="Genteng", kecamatan="Genteng"))

    assert get_office(demo_store) == POHSANGIT_KIDUL
    assert counts(demo_store) == before


def test_an_admin_changes_the_office(demo_store, counts, last_event):
    boss = admin(demo_store)
    before = counts(demo_store)

    info = update_office(
        demo_store,
        boss,
        OfficeDraft("35.78.01.1001", name="Genteng", kecamatan="Genteng", timezone="Asia/Jakarta"),
    )

    assert get_office(demo_store) == info
    assert (info.name, info.kota) == ("Genteng", "Kota Surabaya")
    assert counts(demo_store).audit == before.audit + 1
    event = last_event(demo_store)
    assert (event.action, event.actor, event.role) == ("office.configured", "admin", "admin")


def test_a_bad_office_change_keeps_the_office(demo_store, counts):
    boss = admin(demo_store)
    before = counts(demo_store)

    for draft in (
        OfficeDraft("35.74.01.9999"),
        OfficeDraft("35.78.01.1001"),  # names missing
        OfficeDraft("35.74.01.1008", timezone="Asia/Tokyo"),
    ):
        with pytest.raises(InvalidInput):
            update_office(demo_store, boss, draft)

    assert get_office(demo_store) == POHSANGIT_KIDUL
    assert counts(demo_store) == before


# --- counters (loket) ----------------------------------------------------------------------


def test_the_demo_office_has_two_counters(demo_store):
    assert [(c.number, c.name, c.active) for c in list_counters(demo_store)] == [
        (1, "Loket 1", True),
        (2, "Loket 2", True),
    ]


def test_a_new_counter_takes_the_next_number(demo_store, counts, last_event):
    before = counts(demo_store)
    boss = admin(demo_store)

    info = add_counter(demo_store, boss, "  Loket Prioritas ")

    assert (info.number, info.name, info.active) == (3, "Loket Prioritas", True)
    assert list_counters(demo_store)[-1] == info
    after = counts(demo_store)
    assert (after.counters, after.audit) == (before.counters + 1, before.audit + 2)
    event = last_event(demo_store)
    assert (event.action, event.record_id, event.actor) == (
        "counter.added", str(info.id), "admin"
    )  # fmt: skip


@pytest.mark.parametrize("name", ["Loket 1", "loket 1", "  LOKET 2  ", "\tLoket 2\n"])
def test_a_duplicate_counter_name_is_refused(demo_store, counts, name):
    boss = admin(demo_store)
    before = counts(demo_store)

    with pytest.raises(InvalidInput) as caught:
        add_counter(demo_store, boss, name)

    assert set(caught.value.fields) == {"name"}
    assert "sudah ada" in caught.value.fields["name"]
    assert counts(demo_store) == before


@pytest.mark.parametrize("name", ["", "   ", "\t\n", "L" * 61])
def test_an_empty_or_too_long_counter_name_is_refused(demo_store, counts, name):
    boss = admin(demo_store)
    before = counts(demo_store)

    with pytest.raises(InvalidInput) as caught:
        add_counter(demo_store, boss, name)

    assert set(caught.value.fields) == {"name"}
    assert counts(demo_store) == before


def test_a_sixty_character_counter_name_is_fine(demo_store):
    assert add_counter(demo_store, admin(demo_store), "L" * 60).name == "L" * 60


def test_rename_and_deactivate_a_counter(demo_store, last_event):
    boss = admin(demo_store)
    loket_1, loket_2 = list_counters(demo_store)

    renamed = update_counter(demo_store, boss, loket_1.id, " Loket Lansia ", True)
    assert renamed == CounterInfo(loket_1.id, 1, "Loket Lansia", True)
    # Changing only the case of its own name is no clash with itself.
    assert update_counter(demo_store, boss, loket_2.id, "LOKET 2", False).name == "LOKET 2"
    assert last_event(demo_store).action == "counter.updated"

    assert [c.name for c in list_counters(demo_store)] == ["Loket Lansia"]
    everything = list_counters(demo_store, include_inactive=True)
    assert [(c.number, c.name, c.active) for c in everything] == [
        (1, "Loket Lansia", True),
        (2, "LOKET 2", False),
    ]
    # Numbers are never reused, even when a counter is switched off.
    assert add_counter(demo_store, boss, "Loket 3").number == 3


def test_renaming_a_counter_onto_another_is_refused(demo_store, counts):
    boss = admin(demo_store)
    loket_1, _ = list_counters(demo_store)
    before = counts(demo_store)

    with pytest.raises(InvalidInput) as caught:
        update_counter(demo_store, boss, loket_1.id, " loket 2", False)
    with pytest.raises(InvalidInput):
        update_counter(demo_store, boss, loket_1.id, "", True)
    with pytest.raises(NotFound):
        update_counter(demo_store, boss, uuid.uuid4(), "Loket 9", True)

    assert set(caught.value.fields) == {"name"}
    assert counts(demo_store) == before
    assert list_counters(demo_store)[0] == loket_1


def test_without_an_actor_counters_can_be_added_only_before_any_account(demo_store, counts):
    # ``actor=None`` is for the first-run wizard; once accounts exist it would bypass roles.
    before = counts(demo_store)

    with pytest.raises(PermissionDenied):
        add_counter(demo_store, None, "Loket Liar")

    assert counts(demo_store) == before


def test_first_run_may_add_counters_before_the_admin_exists(store, last_event):
    set_up_office(store, OfficeDraft("35.74.01.1007"))

    info = add_counter(store, None, "Loket 1")

    assert info.number == 1
    assert (last_event(store).actor, last_event(store).role) == ("system", "system")


# --- settings ------------------------------------------------------------------------------


def test_settings_start_at_their_defaults(demo_store):
    assert get_settings(demo_store) == defaults()
    # The two the foundation issue needs; other issues add their own.
    assert (defaults()["idle_lock_minutes"], defaults()["offline_warning_days"]) == (5, 2)
    assert all(SETTINGS[key].problem(value) is None for key, value in defaults().items())


def test_an_admin_changes_settings(demo_store, counts, last_event):
    boss = admin(demo_store)
    before = counts(demo_store)

    result = change_settings(demo_store, boss, {"idle_lock_minutes": 15})

    assert result == {**defaults(), "idle_lock_minutes": 15}
    assert get_settings(demo_store) == result
    assert counts(demo_store).audit == before.audit + 1
    event = last_event(demo_store)
    assert (event.action, event.changes) == ("settings.changed", '{"idle_lock_minutes":15}')
    # Changing it again replaces the row rather than adding one.
    change_settings(demo_store, boss, {"idle_lock_minutes": 20, "offline_warning_days": 7})
    assert get_settings(demo_store) == {
        **defaults(),
        "idle_lock_minutes": 20,
        "offline_warning_days": 7,
    }
    assert counts(demo_store).settings == before.settings + 2


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("idle_lock_minutes", 0),
        ("idle_lock_minutes", 121),
        ("idle_lock_minutes", -5),
        ("offline_warning_days", 0),
        ("offline_warning_days", 31),
    ],
)
def test_a_setting_out_of_range_is_a_field_error(demo_store, counts, key, value):
    boss = admin(demo_store)
    before = counts(demo_store)

    with pytest.raises(InvalidInput) as caught:
        change_settings(demo_store, boss, {key: value})

    assert set(caught.value.fields) == {key}
    message = caught.value.fields[key]
    assert str(SETTINGS[key].minimum) in message and str(SETTINGS[key].maximum) in message
    assert counts(demo_store) == before
    assert get_settings(demo_store) == defaults()


@pytest.mark.parametrize(("key", "value"), [("idle_lock_minutes", 1), ("idle_lock_minutes", 120),
                                            ("offline_warning_days", 1),
                                            ("offline_warning_days", 30)])  # fmt: skip
def test_the_ends_of_each_range_are_allowed(demo_store, key, value):
    assert change_settings(demo_store, admin(demo_store), {key: value})[key] == value


def test_one_bad_setting_keeps_the_good_one_from_being_saved(demo_store, counts):
    boss = admin(demo_store)
    before = counts(demo_store)

    with pytest.raises(InvalidInput) as caught:
        change_settings(demo_store, boss, {"idle_lock_minutes": 30, "offline_warning_days": 99})

    assert set(caught.value.fields) == {"offline_warning_days"}
    assert get_settings(demo_store) == defaults()
    assert counts(demo_store) == before


@pytest.mark.parametrize("value", [True, "10", 2.5, None])
def test_a_setting_that_is_no_whole_number_is_a_field_error(demo_store, counts, value):
    boss = admin(demo_store)
    before = counts(demo_store)

    with pytest.raises(InvalidInput) as caught:
        change_settings(demo_store, boss, {"idle_lock_minutes": value})

    assert set(caught.value.fields) == {"idle_lock_minutes"}
    assert counts(demo_store) == before


def test_an_unknown_setting_is_a_programming_error_and_writes_nothing(demo_store, counts):
    boss = admin(demo_store)
    before = counts(demo_store)

    with pytest.raises(ValueError, match=r"sync\.anchor"):
        change_settings(demo_store, boss, {"sync.anchor": 1})

    assert counts(demo_store) == before


# --- the chain after a working day ---------------------------------------------------------


def test_the_audit_chain_holds_after_a_long_mixed_day(demo_store, clock, counts):
    boss = admin(demo_store)
    attempts = 0
    for hour in range(12):
        clock.advance(minutes=37)
        add_counter(demo_store, boss, f"Loket Tambahan {hour}")
        accounts.create_account(
            demo_store, boss, NewAccount(f"petugas{hour}", f"Petugas {hour}", Role.OPERATOR,
                                         f"sandi-petugas-{hour}")
        )  # fmt: skip
        worker = sign_in(demo_store, f"petugas{hour}", f"sandi-petugas-{hour}")
        for _ in range(hour % 7):  # some hours end with a locked account
            attempts += 1
            with pytest.raises(SignInRefused):
                sign_in(demo_store, f"petugas{hour}", "lupa-sandi")
        with pytest.raises(InvalidInput):
            add_counter(demo_store, boss, f"loket tambahan {hour}")
        with pytest.raises(PermissionDenied):
            change_settings(demo_store, worker, {"idle_lock_minutes": 9})
        change_settings(demo_store, boss, {"idle_lock_minutes": hour + 1})
        if hour % 3 == 0:
            accounts.set_account_active(demo_store, boss, worker.account_id, False)
        if hour % 4 == 1:
            accounts.reset_password(demo_store, boss, worker.account_id, "sandi-baru-semua")
        accounts.sign_out(demo_store, worker)
    update_office(demo_store, boss, OfficeDraft("35.74.04.1003"))
    with pytest.raises(PermissionDenied):
        set_up_office(demo_store, OfficeDraft("35.74.01.1007"))

    verdict = verify_store(demo_store.path)
    assert verdict.ok, verdict.problems
    now = counts(demo_store)
    assert verdict.events == now.audit == now.outbox
    assert now.audit > 100
    with demo_store.read() as session:
        events = list(session.scalars(select(AuditEvent).order_by(AuditEvent.seq)))
        records = list(session.scalars(select(OutboxRecord).order_by(OutboxRecord.seq)))
    assert [e.seq for e in events] == list(range(1, len(events) + 1))
    assert [r.audit_seq for r in records] == [e.seq for e in events]
    assert [r.action for r in records] == [e.action for e in events]
    assert all(e.prev_hash == p.hash for p, e in itertools.pairwise(events))
    # Times follow the office's (fake) clock, in order.
    times = [e.occurred_at for e in events]
    assert times == sorted(times)
    assert times[-1] == (clock.now()).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    assert get_office(demo_store).name == "Kanigaran"
    assert audit_log.count_audit_events(demo_store, boss) == now.audit


def test_time_stamps_come_from_the_store_clock(demo_store, clock, last_event, last_outbox):
    clock.advance(timedelta(days=3, hours=2))
    sign_in(demo_store, "operator", "operator-demo")

    assert last_event(demo_store).occurred_at == clock.now().strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    assert last_outbox(demo_store).created_at == clock.now()
