"""Unit tests for signing in, lock-out and account management (kelurahan_desk.services.accounts)."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from kelurahan_desk.domain.messages import Message
from kelurahan_desk.domain.roles import Role
from kelurahan_desk.services import office
from kelurahan_desk.services.accounts import (
    LOCK_DURATION,
    MAX_FAILED_ATTEMPTS,
    NewAccount,
    confirm_password,
    create_account,
    create_first_admin,
    hash_password,
    list_accounts,
    password_problem,
    reset_password,
    set_account_active,
    sign_in,
    sign_out,
    unknown_name_ref,
)
from kelurahan_desk.services.actor import Actor
from kelurahan_desk.services.demo import DEMO_LOGINS
from kelurahan_desk.services.errors import (
    InvalidInput,
    NotFound,
    PermissionDenied,
    SignInRefused,
    check,
)
from kelurahan_desk.store.integrity import verify_store
from kelurahan_desk.store.tables import Account, AuditEvent, OutboxRecord

WRONG = "bukan-sandinya"
GENERIC_REFUSAL = "Nama pengguna atau kata sandi salah."


def admin(store) -> Actor:
    return sign_in(store, "admin", "admin-demo")


def refused(store, username: str, password: str) -> SignInRefused:
    with pytest.raises(SignInRefused) as caught:
        sign_in(store, username, password)
    return caught.value


# --- signing in ------------------------------------------------------------------------


@pytest.mark.parametrize("login", DEMO_LOGINS, ids=lambda login: login.username)
def test_sign_in_returns_the_actor_of_the_stored_account(demo_store, stored_account, login):
    actor = sign_in(demo_store, login.username, login.password)

    assert actor == Actor(
        stored_account(demo_store, login.username).id,
        login.username,
        login.full_name,
        login.role,
        None,
    )
    assert isinstance(actor.role, Role)


def test_sign_in_at_a_counter_carries_that_counter(demo_store):
    loket_2 = office.list_counters(demo_store)[1]

    actor = sign_in(demo_store, "operator", "operator-demo", loket_2.id)

    assert actor.counter_id == loket_2.id
    assert actor.role is Role.OPERATOR


def test_sign_in_at_an_unknown_counter_signs_in_without_one(demo_store):
    actor = sign_in(demo_store, "operator", "operator-demo", uuid.uuid4())

    assert actor.counter_id is None


def test_user_name_is_matched_without_case_or_surrounding_spaces(demo_store):
    actor = sign_in(demo_store, "  OpeRator \t", "operator-demo")

    assert actor.username == "operator"


def test_password_is_matched_exactly(demo_store):
    for near_miss in ("Operator-demo", " operator-demo", "operator-demo ", ""):
        assert refused(demo_store, "operator", near_miss).message == GENERIC_REFUSAL


def test_wrong_password_and_unknown_user_get_the_same_message(demo_store):
    wrong_password = refused(demo_store, "operator", WRONG)
    unknown_user = refused(demo_store, "tidak-ada", "operator-demo")

    assert wrong_password.message == unknown_user.message == GENERIC_REFUSAL
    assert isinstance(wrong_password.message, Message)
    assert "tidak-ada" not in unknown_user.message


def test_five_wrong_passwords_lock_the_account_for_five_minutes(demo_store, clock):
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        assert refused(demo_store, "operator", WRONG).message == GENERIC_REFUSAL
    # The fifth wrong try already says why the next ones will fail.
    fifth = refused(demo_store, "operator", WRONG)
    assert "dikunci" in fifth.message and "5 menit" in fifth.message

    # While locked even the right password is refused, with the time left.
    sixth = refused(demo_store, "operator", "operator-demo")
    assert "dikunci" in sixth.message
    assert "5 menit" in sixth.message

    clock.advance(minutes=4, seconds=1)
    almost = refused(demo_store, "operator", "operator-demo")
    assert "1 menit" in almost.message

    clock.advance(seconds=59)  # 5 min 0 s after the lock: "until" has been reached
    actor = sign_in(demo_store, "operator", "operator-demo")
    assert actor.role is Role.OPERATOR


def test_the_lock_ends_after_five_minutes_and_one_second(demo_store, clock):
    for _ in range(MAX_FAILED_ATTEMPTS):
        refused(demo_store, "operator", WRONG)

    clock.advance(LOCK_DURATION - timedelta(seconds=1))
    assert "menit" in refused(demo_store, "operator", "operator-demo").message

    clock.advance(seconds=2)  # 5 min + 1 s after the lock
    assert sign_in(demo_store, "operator", "operator-demo").username == "operator"


def test_tries_while_locked_do_not_extend_the_lock(demo_store, clock):
    for _ in range(MAX_FAILED_ATTEMPTS):
        refused(demo_store, "operator", WRONG)
    for _ in range(10):
        clock.advance(seconds=20)
        refused(demo_store, "operator", WRONG)

    clock.advance(LOCK_DURATION - timedelta(seconds=200) + timedelta(seconds=1))
    assert sign_in(demo_store, "operator", "operator-demo").username == "operator"


def test_after_the_lock_five_more_wrong_tries_lock_again(demo_store, clock):
    for _ in range(MAX_FAILED_ATTEMPTS):
        refused(demo_store, "operator", WRONG)
    clock.advance(LOCK_DURATION + timedelta(seconds=1))

    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        assert refused(demo_store, "operator", WRONG).message == GENERIC_REFUSAL
    assert "dikunci" in refused(demo_store, "operator", WRONG).message
    assert "dikunci" in refused(demo_store, "operator", "operator-demo").message


def test_a_lock_is_stored_and_shown_in_the_account_list(demo_store, clock, stored_account):
    for _ in range(MAX_FAILED_ATTEMPTS):
        refused(demo_store, "operator", WRONG)

    assert stored_account(demo_store, "operator").locked_until == clock.now() + LOCK_DURATION
    shown = {a.username: a for a in list_accounts(demo_store, admin(demo_store))}
    assert shown["operator"].locked_until == clock.now() + LOCK_DURATION
    assert shown["supervisor"].locked_until is None


def test_a_lock_holds_for_that_account_only(demo_store):
    for _ in range(MAX_FAILED_ATTEMPTS):
        refused(demo_store, "operator", WRONG)

    assert sign_in(demo_store, "supervisor", "supervisor-demo").role is Role.SUPERVISOR
    assert "dikunci" in refused(demo_store, "operator", "operator-demo").message


def test_a_successful_sign_in_resets_the_failed_count(demo_store):
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        refused(demo_store, "operator", WRONG)
    sign_in(demo_store, "operator", "operator-demo")
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        # Without the reset, the first of these would be the fifth wrong try and lock.
        assert refused(demo_store, "operator", WRONG).message == GENERIC_REFUSAL

    assert sign_in(demo_store, "operator", "operator-demo").username == "operator"


def test_wrong_tries_at_an_unknown_name_lock_nothing(demo_store):
    for _ in range(MAX_FAILED_ATTEMPTS + 2):
        assert refused(demo_store, "operatorx", WRONG).message == GENERIC_REFUSAL

    assert sign_in(demo_store, "operator", "operator-demo").username == "operator"


def test_a_deactivated_account_cannot_sign_in(demo_store, stored_account):
    operator_id = stored_account(demo_store, "operator").id
    set_account_active(demo_store, admin(demo_store), operator_id, False)

    refusal = refused(demo_store, "operator", "operator-demo")
    assert "dinonaktifkan" in refusal.message
    # A wrong password still gets the generic answer: a guesser learns nothing.
    assert refused(demo_store, "operator", WRONG).message == GENERIC_REFUSAL

    set_account_active(demo_store, admin(demo_store), operator_id, True)
    assert sign_in(demo_store, "operator", "operator-demo").account_id == operator_id


def test_an_over_long_user_name_is_refused_and_audited_within_the_column(
    demo_store, last_event, last_outbox
):
    typed = "x" * 500

    assert refused(demo_store, typed, WRONG).message == GENERIC_REFUSAL

    event = last_event(demo_store)
    assert event.action == "auth.sign_in_failed"
    assert len(event.actor) <= 40 and len(event.record_id) <= 80
    assert len(last_outbox(demo_store).record_id) <= 80


# --- every attempt is audited ----------------------------------------------------------


def _attempts(store, operator_id):
    """Every kind of sign-in attempt, each with the action its audit event must carry."""

    def succeed():
        sign_in(store, "operator", "operator-demo")

    def wrong_password():
        with pytest.raises(SignInRefused):
            sign_in(store, "operator", WRONG)

    def unknown_user():
        with pytest.raises(SignInRefused):
            sign_in(store, "nobody", WRONG)

    def empty_name():
        with pytest.raises(SignInRefused):
            sign_in(store, "   ", "")

    def lock_now():
        for _ in range(MAX_FAILED_ATTEMPTS - 2):
            with pytest.raises(SignInRefused):
                sign_in(store, "supervisor", WRONG)

    def locked_with_right_password():
        with pytest.raises(SignInRefused):
            sign_in(store, "supervisor", "supervisor-demo")

    def inactive():
        with pytest.raises(SignInRefused):
            sign_in(store, "inspektur", "inspektur-demo")

    return [
        (succeed, "auth.signed_in", str(operator_id)),
        (wrong_password, "auth.sign_in_failed", str(operator_id)),
        (unknown_user, "auth.sign_in_failed", unknown_name_ref("nobody")),
        (empty_name, "auth.sign_in_failed", "?"),
        (lock_now, "auth.sign_in_failed", None),
        (locked_with_right_password, "auth.sign_in_failed", None),
        (inactive, "auth.sign_in_failed", None),
    ]


def test_every_sign_in_attempt_adds_one_audit_event_and_one_outbox_record(
    demo_store, counts, stored_account, last_event, last_outbox
):
    admin_actor = admin(demo_store)
    set_account_active(demo_store, admin_actor, stored_account(demo_store, "inspektur").id, False)
    # Two wrong tries now, so lock_now's three more make five.
    for _ in range(2):
        refused(demo_store, "supervisor", WRONG)
    operator_id = stored_account(demo_store, "operator").id

    for attempt, action, record_id in _attempts(demo_store, operator_id):
        before = counts(demo_store)
        attempt()
        after = counts(demo_store)
        tries = MAX_FAILED_ATTEMPTS - 2 if attempt.__name__ == "lock_now" else 1
        assert (after.audit - before.audit, after.outbox - before.outbox) == (tries, tries), (
            attempt.__name__
        )
        event, record = last_event(demo_store), last_outbox(demo_store)
        assert event.action == record.action == action, attempt.__name__
        assert record.audit_seq == event.seq
        if record_id is not None:
            assert event.record_id == record_id, attempt.__name__
    assert verify_store(demo_store.path).ok


def test_failed_sign_ins_record_why(demo_store, last_event):
    refused(demo_store, "nobody", WRONG)
    assert '"reason":"unknown_user"' in last_event(demo_store).changes
    refused(demo_store, "operator", WRONG)
    assert '"reason":"wrong_password"' in last_event(demo_store).changes
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        refused(demo_store, "operator", WRONG)
    assert '"reason":"locked_now"' in last_event(demo_store).changes
    refused(demo_store, "operator", "operator-demo")
    assert '"reason":"locked"' in last_event(demo_store).changes


def test_sign_out_and_confirm_password_are_audited(demo_store, counts, last_event):
    actor = sign_in(demo_store, "operator", "operator-demo")

    before = counts(demo_store)
    confirm_password(demo_store, actor, "operator-demo")
    assert counts(demo_store).audit == before.audit + 1
    assert last_event(demo_store).record_id == str(actor.account_id)

    before = counts(demo_store)
    sign_out(demo_store, actor)
    after = counts(demo_store)
    assert (after.audit, after.outbox) == (before.audit + 1, before.outbox + 1)
    event = last_event(demo_store)
    assert (event.action, event.actor, event.record_id) == (
        "auth.signed_out",
        "operator",
        str(actor.account_id),
    )


def test_confirm_password_checks_the_same_user_under_the_same_lock_out(demo_store):
    actor = sign_in(demo_store, "operator", "operator-demo")

    assert confirm_password(demo_store, actor, "operator-demo") is None
    with pytest.raises(SignInRefused):
        confirm_password(demo_store, actor, "supervisor-demo")  # another user's password
    for _ in range(MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(SignInRefused):
            confirm_password(demo_store, actor, WRONG)
    with pytest.raises(SignInRefused, match="menit"):
        confirm_password(demo_store, actor, "operator-demo")
    with pytest.raises(SignInRefused, match="menit"):
        sign_in(demo_store, "operator", "operator-demo")


# --- passwords are never kept --------------------------------------------------------------


def test_passwords_are_stored_as_argon2id_hashes(demo_store, stored_account):
    for login in DEMO_LOGINS:
        stored = stored_account(demo_store, login.username).password_hash
        assert stored.startswith("$argon2id$")
        assert login.password not in stored


def test_same_password_gets_a_different_salt(demo_store, stored_account):
    boss = admin(demo_store)
    for name in ("kembar1", "kembar2"):
        create_account(
            demo_store, boss, NewAccount(name, "Kembar", Role.OPERATOR, "sama-sama-rahasia")
        )

    assert (
        stored_account(demo_store, "kembar1").password_hash
        != stored_account(demo_store, "kembar2").password_hash
    )


def test_no_password_ever_reaches_the_audit_trail_or_the_outbox(demo_store, stored_account):
    secrets = ["Pertama!Rahasia01", "KataSandiBaru#2025", "Salah-Ketik-9911", "Reset-Lagi-7788"]
    create_account(
        demo_store, admin(demo_store), NewAccount("budi", "Budi Santoso", Role.OPERATOR, secrets[0])
    )
    budi = sign_in(demo_store, "budi", secrets[0])
    confirm_password(demo_store, budi, secrets[0])
    reset_password(demo_store, admin(demo_store), budi.account_id, secrets[1])
    for _ in range(MAX_FAILED_ATTEMPTS + 1):
        with pytest.raises(SignInRefused):
            sign_in(demo_store, "budi", secrets[2])
    reset_password(demo_store, admin(demo_store), budi.account_id, secrets[3])
    sign_in(demo_store, "budi", secrets[3])
    demo_passwords = [login.password for login in DEMO_LOGINS]

    with demo_store.read() as session:
        sealed = [
            " ".join((e.actor, e.record_id, e.changes)) for e in session.scalars(select(AuditEvent))
        ]
        sent = [r.payload + r.record_id for r in session.scalars(select(OutboxRecord))]
    assert len(sealed) > 20
    for text in sealed + sent:
        for secret in secrets + demo_passwords:
            assert secret not in text
    assert stored_account(demo_store, "budi").password_hash.startswith("$argon2id$")


# --- creating accounts ---------------------------------------------------------------------


def test_create_account_stores_a_clean_account_that_can_sign_in(demo_store, counts, last_event):
    before = counts(demo_store)

    info = create_account(
        demo_store,
        admin(demo_store),
        NewAccount("  Rina.Putri ", "  Rina Putri  ", Role.SUPERVISOR, "rina-rahasia"),
    )

    assert (info.username, info.full_name, info.role, info.active, info.locked_until) == (
        "rina.putri",
        "Rina Putri",
        Role.SUPERVISOR,
        True,
        None,
    )
    after = counts(demo_store)
    # +1 for admin's own sign-in above.
    assert (after.accounts, after.audit, after.outbox) == (
        before.accounts + 1,
        before.audit + 2,
        before.outbox + 2,
    )
    event = last_event(demo_store)
    assert (event.action, event.actor, event.role, event.record_id) == (
        "account.created",
        "admin",
        "admin",
        str(info.id),
    )
    assert sign_in(demo_store, "RINA.PUTRI", "rina-rahasia").role is Role.SUPERVISOR
    assert info in list_accounts(demo_store, admin(demo_store))


def test_list_accounts_is_sorted_and_complete(demo_store):
    names = [a.username for a in list_accounts(demo_store, admin(demo_store))]

    assert names == sorted(login.username for login in DEMO_LOGINS)


@pytest.mark.parametrize("taken", ["operator", "OPERATOR", "  Operator  ", "\toperator\n"])
def test_a_taken_user_name_is_refused_whatever_its_case_or_spaces(demo_store, counts, taken):
    boss = admin(demo_store)
    before = counts(demo_store)

    with pytest.raises(InvalidInput) as caught:
        create_account(
            demo_store, boss, NewAccount(taken, "Orang Lain", Role.OPERATOR, "rahasia-lain")
        )

    assert set(caught.value.fields) == {"username"}
    assert "sudah dipakai" in caught.value.fields["username"]
    assert caught.value.message == caught.value.fields["username"]
    assert counts(demo_store) == before
    assert verify_store(demo_store.path).ok


@pytest.mark.parametrize(
    "username",
    ["", "ab", "dua kata", "-depan", ".titik", "ümlaut", "a" * 41, "nama@kantor", "a/b"],
)
def test_a_malformed_user_name_is_refused(demo_store, counts, username):
    boss = admin(demo_store)
    before = counts(demo_store)

    with pytest.raises(InvalidInput) as caught:
        create_account(demo_store, boss, NewAccount(username, "Nama", Role.OPERATOR, "rahasia-123"))

    assert set(caught.value.fields) == {"username"}
    assert counts(demo_store) == before


@pytest.mark.parametrize("username", ["abc", "a.b-c_d", "petugas01", "a" * 40, "9lima"])
def test_well_formed_user_names_are_accepted(demo_store, username):
    info = create_account(
        demo_store, admin(demo_store), NewAccount(username, "Nama", Role.OPERATOR, "rahasia-123")
    )
    assert info.username == username


def test_a_short_password_is_refused(demo_store, counts):
    boss = admin(demo_store)
    before = counts(demo_store)

    with pytest.raises(InvalidInput) as caught:
        create_account(demo_store, boss, NewAccount("pendek", "Pendek", Role.OPERATOR, "1234567"))

    assert set(caught.value.fields) == {"password"}
    assert "8" in caught.value.fields["password"]
    assert counts(demo_store) == before
    # Eight characters are enough.
    create_account(demo_store, boss, NewAccount("pendek", "Pendek", Role.OPERATOR, "12345678"))


def test_an_empty_full_name_is_refused(demo_store, counts):
    boss = admin(demo_store)
    before = counts(demo_store)

    with pytest.raises(InvalidInput) as caught:
        create_account(
            demo_store, boss, NewAccount("tanpanama", "  \t ", Role.OPERATOR, "rahasia-123")
        )

    assert set(caught.value.fields) == {"full_name"}
    assert "wajib" in caught.value.fields["full_name"]
    assert counts(demo_store) == before


def test_three_wrong_fields_are_reported_together(demo_store, counts):
    boss = admin(demo_store)
    before = counts(demo_store)

    with pytest.raises(InvalidInput) as caught:
        create_account(demo_store, boss, NewAccount(" Admin ", "", Role.OPERATOR, "pendek"))

    fields = caught.value.fields
    assert set(fields) == {"username", "full_name", "password"}
    assert all(isinstance(m, Message) and m for m in fields.values())
    assert "3" in caught.value.message
    assert counts(demo_store) == before
    assert verify_store(demo_store.path).ok


# --- first admin ---------------------------------------------------------------------------


def test_first_admin_on_an_empty_store(store, counts, last_event):
    info = create_first_admin(
        store, NewAccount("Kepala", "Kepala Kantor", Role.ADMIN, "rahasia-admin")
    )

    assert (info.username, info.role, info.active) == ("kepala", Role.ADMIN, True)
    assert counts(store).accounts == counts(store).audit == counts(store).outbox == 1
    event = last_event(store)
    assert (event.action, event.actor, event.role) == ("account.created", "system", "system")
    assert sign_in(store, "kepala", "rahasia-admin").role is Role.ADMIN


def test_first_admin_is_refused_once_an_account_exists(store, counts, stored_account):
    create_first_admin(store, NewAccount("kepala", "Kepala Kantor", Role.ADMIN, "rahasia-admin"))
    before = counts(store)

    with pytest.raises(PermissionDenied) as caught:
        create_first_admin(store, NewAccount("penyusup", "Penyusup", Role.ADMIN, "rahasia-lain"))

    assert "sudah punya akun" in caught.value.message
    assert counts(store) == before
    assert [
        a.username for a in list_accounts(store, sign_in(store, "kepala", "rahasia-admin"))
    ] == ["kepala"]


def test_first_admin_is_refused_on_the_demo_office(demo_store, counts):
    before = counts(demo_store)

    with pytest.raises(PermissionDenied):
        create_first_admin(demo_store, NewAccount("lain", "Lain", Role.ADMIN, "rahasia-lain"))

    assert counts(demo_store) == before


def test_first_admin_with_bad_input_writes_nothing(store, counts):
    with pytest.raises(InvalidInput) as caught:
        create_first_admin(store, NewAccount("x", "", Role.ADMIN, "short"))

    assert set(caught.value.fields) == {"username", "full_name", "password"}
    assert (counts(store).accounts, counts(store).audit, counts(store).outbox) == (0, 0, 0)
    # The wizard can simply try again.
    create_first_admin(store, NewAccount("kepala", "Kepala", Role.ADMIN, "rahasia-admin"))


@pytest.mark.parametrize("role", [Role.OPERATOR, Role.SUPERVISOR, Role.INSPECTOR])
def test_the_first_account_must_be_an_admin(store, counts, role):
    # An office whose only account is no admin could never manage accounts again.
    with pytest.raises(InvalidInput) as caught:
        create_first_admin(store, NewAccount("kepala", "Kepala", role, "rahasia-admin"))

    assert set(caught.value.fields) == {"role"}
    assert counts(store).accounts == counts(store).audit == 0


# --- deactivating and resetting ------------------------------------------------------------


def test_deactivate_and_reactivate_are_audited(demo_store, stored_account, counts, last_event):
    boss = admin(demo_store)
    operator_id = stored_account(demo_store, "operator").id
    before = counts(demo_store)

    info = set_account_active(demo_store, boss, operator_id, False)

    assert (info.username, info.active) == ("operator", False)
    assert stored_account(demo_store, "operator").active is False
    assert counts(demo_store).audit == before.audit + 1
    assert (last_event(demo_store).action, last_event(demo_store).record_id) == (
        "account.deactivated",
        str(operator_id),
    )
    assert set_account_active(demo_store, boss, operator_id, True).active is True
    assert last_event(demo_store).action == "account.activated"


def test_an_admin_cannot_deactivate_itself(demo_store, counts, stored_account):
    boss = admin(demo_store)
    before = counts(demo_store)

    with pytest.raises(PermissionDenied) as caught:
        set_account_active(demo_store, boss, boss.account_id, False)

    assert "sendiri" in caught.value.message
    assert counts(demo_store) == before
    assert stored_account(demo_store, "admin").active is True
    # Re-activating oneself (a no-op) is harmless.
    assert set_account_active(demo_store, boss, boss.account_id, True).active is True


def test_deactivating_an_unknown_account_is_not_found(demo_store, counts):
    boss = admin(demo_store)
    before = counts(demo_store)

    with pytest.raises(NotFound):
        set_account_active(demo_store, boss, uuid.uuid4(), False)
    with pytest.raises(NotFound):
        reset_password(demo_store, boss, uuid.uuid4(), "sandi-baru-123")

    assert counts(demo_store) == before


def test_reset_password_replaces_the_hash_and_lifts_the_lock(
    demo_store, stored_account, last_event
):
    for _ in range(MAX_FAILED_ATTEMPTS):
        refused(demo_store, "operator", WRONG)
    old_hash = stored_account(demo_store, "operator").password_hash

    info = reset_password(
        demo_store, admin(demo_store), stored_account(demo_store, "operator").id, "sandi-baru-123"
    )

    assert info.locked_until is None
    stored = stored_account(demo_store, "operator")
    assert stored.password_hash != old_hash and stored.password_hash.startswith("$argon2id$")
    assert (stored.failed_attempts, stored.locked_until) == (0, None)
    event = last_event(demo_store)
    assert (event.action, event.changes) == ("account.password_reset", "{}")
    # No waiting for the lock: the new password works at once, the old one never again.
    assert refused(demo_store, "operator", "operator-demo").message == GENERIC_REFUSAL
    assert sign_in(demo_store, "operator", "sandi-baru-123").username == "operator"


def test_reset_password_refuses_a_short_one_and_keeps_the_old(demo_store, counts, stored_account):
    boss = admin(demo_store)
    before = counts(demo_store)
    operator = stored_account(demo_store, "operator")

    with pytest.raises(InvalidInput) as caught:
        reset_password(demo_store, boss, operator.id, "pendek")

    assert set(caught.value.fields) == {"password"}
    assert counts(demo_store) == before
    assert stored_account(demo_store, "operator").password_hash == operator.password_hash
    assert sign_in(demo_store, "operator", "operator-demo").username == "operator"


# --- the unit of work --------------------------------------------------------------------


def test_a_refusal_inside_the_unit_of_work_leaves_no_rows(demo_store, counts):
    boss = admin(demo_store)
    create_account(demo_store, boss, NewAccount("tamu", "Tamu", Role.OPERATOR, "rahasia-tamu"))
    before = counts(demo_store)

    for _ in range(3):
        with pytest.raises(InvalidInput):
            create_account(
                demo_store, boss, NewAccount(" TAMU", "Tamu 2", Role.ADMIN, "rahasia-tamu")
            )

    assert counts(demo_store) == before
    verdict = verify_store(demo_store.path)
    assert verdict.ok, verdict.problems
    assert verdict.events == before.audit
    # The chain goes on from where it was: the next write is sealed as the next event.
    create_account(demo_store, boss, NewAccount("tamu2", "Tamu 2", Role.OPERATOR, "rahasia-tamu"))
    assert counts(demo_store).audit == before.audit + 1
    assert verify_store(demo_store.path).ok


def test_a_use_case_failing_after_its_writes_leaves_nothing(demo_store, counts):
    # A use case that has already added its row, its audit event and its outbox record
    # (all flushed) and then fails: the unit of work must drop all three.
    before = counts(demo_store)

    with pytest.raises(InvalidInput), demo_store.write("admin", "admin") as uow:
        uow.session.add(
            Account(
                id=uuid.uuid4(),
                username="setengah",
                full_name="Setengah Jadi",
                role="operator",
                password_hash=hash_password("rahasia-123"),
                active=True,
                failed_attempts=0,
                created_at=uow.now,
            )
        )
        uow.record("account.created", "account", "setengah", {"username": "setengah"})
        uow.session.flush()
        check({"password": password_problem("x")})  # the late refusal

    assert counts(demo_store) == before
    assert verify_store(demo_store.path).ok
    with pytest.raises(SignInRefused):
        sign_in(demo_store, "setengah", "rahasia-123")


def test_services_hand_back_plain_values_that_outlive_the_store(demo_store):
    boss = admin(demo_store)
    info = create_account(
        demo_store, boss, NewAccount("plain", "Plain", Role.OPERATOR, "rahasia-123")
    )
    listed = list_accounts(demo_store, boss)
    demo_store.close()

    plain = (str, int, bool, uuid.UUID, datetime, Role, type(None))
    for value in (boss, info, *listed):
        assert dataclasses.is_dataclass(value)
        for field in dataclasses.fields(value):
            assert isinstance(getattr(value, field.name), plain), (value, field.name)


def test_a_name_matching_no_account_never_leaves_in_the_clear(demo_store, last_event,
                                                             last_outbox):
    """Someone typing their password into the name field must not send it to the centre."""
    refused(demo_store, "rahasia-saya-123", WRONG)
    event, record = last_event(demo_store), last_outbox(demo_store)
    for text in (event.actor, event.record_id, event.changes, record.record_id, record.payload):
        assert "rahasia" not in text
    assert event.record_id == unknown_name_ref("rahasia-saya-123")
    refused(demo_store, "rahasia-saya-123", WRONG)
    assert last_event(demo_store).record_id == event.record_id  # repeats still show


def test_a_successful_sign_in_is_audited_under_the_accounts_role(demo_store, last_event):
    sign_in(demo_store, "supervisor", "supervisor-demo")
    event = last_event(demo_store)
    assert (event.actor, event.role, event.action) == ("supervisor", "supervisor",
                                                       "auth.signed_in")


def test_unlocking_the_screen_is_audited_as_an_unlock(demo_store, last_event):
    actor = sign_in(demo_store, "operator", "operator-demo")
    confirm_password(demo_store, actor, "operator-demo")
    assert last_event(demo_store).action == "auth.unlocked"
