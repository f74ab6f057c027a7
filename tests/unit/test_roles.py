"""Roles and their checks: the grants in kelurahan_desk.domain.roles, enforced by the services."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select, update

from kelurahan_desk.domain.messages import Message
from kelurahan_desk.domain.roles import ROLE_LABELS, Permission, Role, can
from kelurahan_desk.services import accounts, audit_log, office
from kelurahan_desk.services.accounts import NewAccount, set_account_active, sign_in
from kelurahan_desk.services.actor import Actor
from kelurahan_desk.services.demo import DEMO_LOGINS
from kelurahan_desk.services.errors import InvalidInput, PermissionDenied
from kelurahan_desk.services.office import OfficeDraft
from kelurahan_desk.store.integrity import verify_store
from kelurahan_desk.store.tables import Account

P = Permission
# The whole grant table, written out: a permission slipping into a role shows up here.
EXPECTED_GRANTS = {
    Role.OPERATOR: {P.SERVE_QUEUE, P.REGISTER_CIVIL, P.HANDLE_CARDS},
    Role.SUPERVISOR: {P.SERVE_QUEUE, P.REGISTER_CIVIL, P.HANDLE_CARDS, P.APPROVE, P.VIEW_REPORTS},
    Role.INSPECTOR: {P.INSPECT, P.VIEW_REPORTS},
    Role.ADMIN: {P.MANAGE_OFFICE, P.MANAGE_ACCOUNTS, P.VIEW_REPORTS},
}
PASSWORDS = {login.role: (login.username, login.password) for login in DEMO_LOGINS}


def actor_of(store, role: Role) -> Actor:
    username, password = PASSWORDS[role]
    return sign_in(store, username, password)


# --- the grant table -------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("permission", list(Permission))
def test_each_role_has_exactly_its_grants(role, permission):
    assert can(role, permission) is (permission in EXPECTED_GRANTS[role])


def test_roles_are_the_four_of_the_issue():
    assert [r.value for r in Role] == ["operator", "supervisor", "inspector", "admin"]


def test_an_operator_cannot_read_reports_nor_manage_anything():
    for permission in (P.VIEW_REPORTS, P.INSPECT, P.APPROVE, P.MANAGE_OFFICE, P.MANAGE_ACCOUNTS):
        assert not can(Role.OPERATOR, permission)


def test_an_inspector_only_looks():
    # Sidak is read-only: an inspector never serves, registers or approves.
    for permission in (P.SERVE_QUEUE, P.REGISTER_CIVIL, P.HANDLE_CARDS, P.APPROVE):
        assert not can(Role.INSPECTOR, permission)


def test_every_role_has_an_indonesian_label():
    assert set(ROLE_LABELS) == set(Role)
    assert ROLE_LABELS[Role.OPERATOR] == "Petugas loket"
    assert all(label.context == "roles" and label.strip() for label in ROLE_LABELS.values())


# --- the services check the role themselves ----------------------------------------------


def test_an_operator_asking_for_the_audit_trail_is_refused_in_indonesian(demo_store, counts):
    operator = actor_of(demo_store, Role.OPERATOR)
    before = counts(demo_store)

    with pytest.raises(PermissionDenied) as caught:
        audit_log.list_audit_events(demo_store, operator, None, 50)

    message = caught.value.message
    assert isinstance(message, Message)
    assert "tidak berwenang" in message
    assert "Petugas loket" in message
    assert str(caught.value) == message
    assert counts(demo_store) == before
    with pytest.raises(PermissionDenied):
        audit_log.count_audit_events(demo_store, operator)


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.INSPECTOR, Role.ADMIN])
def test_report_roles_can_read_the_audit_trail(demo_store, counts, role):
    reader = actor_of(demo_store, role)

    page = audit_log.list_audit_events(demo_store, reader, None, 5)
    total = audit_log.count_audit_events(demo_store, reader)

    assert total == counts(demo_store).audit
    assert [e.seq for e in page] == list(range(total, total - 5, -1))
    assert page[0].action == "auth.signed_in" and page[0].actor == reader.username
    older = audit_log.list_audit_events(demo_store, reader, page[-1].seq, 1000)
    assert [e.seq for e in older] == list(range(total - 5, 0, -1))
    assert older[-1].action == "office.configured"


def _manager_calls(store) -> dict[str, Callable[[Actor], Any]]:
    """Every admin-only service, called with input that would be accepted from an admin."""
    with store.read() as session:
        supervisor_id = session.scalar(select(Account.id).where(Account.username == "supervisor"))
    loket_1 = office.list_counters(store)[0]
    return {
        "list_accounts": lambda a: accounts.list_accounts(store, a),
        "create_account": lambda a: accounts.create_account(
            store, a, NewAccount("baru", "Akun Baru", Role.OPERATOR, "rahasia-baru")
        ),
        "set_account_active": lambda a: accounts.set_account_active(store, a, supervisor_id, False),
        "reset_password": lambda a: accounts.reset_password(
            store, a, supervisor_id, "sandi-baru-123"
        ),
        "add_counter": lambda a: office.add_counter(store, a, "Loket 3"),
        "update_counter": lambda a: office.update_counter(
            store, a, loket_1.id, "Loket Prioritas", True
        ),
        "change_settings": lambda a: office.change_settings(store, a, {"idle_lock_minutes": 10}),
        "update_office": lambda a: office.update_office(
            store, a, OfficeDraft("35.74.01.1008", timezone="Asia/Jakarta")
        ),
    }


MANAGER_SERVICES = [
    "list_accounts",
    "create_account",
    "set_account_active",
    "reset_password",
    "add_counter",
    "update_counter",
    "change_settings",
    "update_office",
]


@pytest.mark.parametrize("service", MANAGER_SERVICES)
@pytest.mark.parametrize("role", [Role.OPERATOR, Role.SUPERVISOR, Role.INSPECTOR])
def test_only_an_admin_may_manage_the_office_and_accounts(demo_store, counts, role, service):
    call = _manager_calls(demo_store)[service]
    actor = actor_of(demo_store, role)
    before = counts(demo_store)
    office_before = office.get_office(demo_store)
    settings_before = office.get_settings(demo_store)

    with pytest.raises(PermissionDenied) as caught:
        call(actor)

    assert "tidak berwenang" in caught.value.message
    assert counts(demo_store) == before
    assert office.get_office(demo_store) == office_before
    assert office.get_settings(demo_store) == settings_before
    assert [c.name for c in office.list_counters(demo_store, True)] == ["Loket 1", "Loket 2"]


@pytest.mark.parametrize("service", MANAGER_SERVICES)
def test_the_same_calls_succeed_for_an_admin(demo_store, counts, service):
    call = _manager_calls(demo_store)[service]
    admin = actor_of(demo_store, Role.ADMIN)
    before = counts(demo_store)

    call(admin)

    writes = 0 if service == "list_accounts" else 1
    assert counts(demo_store).audit == before.audit + writes
    assert verify_store(demo_store.path).ok


@pytest.mark.parametrize(
    "call",
    [
        lambda s, a, i: accounts.create_account(s, a, NewAccount("x", "", Role.ADMIN, "short")),
        lambda s, a, i: accounts.reset_password(s, a, i, "short"),
        lambda s, a, i: office.add_counter(s, a, "   "),
        lambda s, a, i: office.update_counter(s, a, uuid.uuid4(), "", True),
        lambda s, a, i: office.change_settings(s, a, {"idle_lock_minutes": 0}),
        lambda s, a, i: office.update_office(s, a, OfficeDraft("99.99.99.9999", timezone="Mars")),
    ],
    ids=[
        "create_account",
        "reset_password",
        "add_counter",
        "update_counter",
        "change_settings",
        "update_office",
    ],
)
def test_refusal_comes_before_input_checks(demo_store, counts, call):
    # Someone who may not act at all is told so, not coached on how to fill the form.
    operator = actor_of(demo_store, Role.OPERATOR)
    before = counts(demo_store)

    with pytest.raises(PermissionDenied):
        call(demo_store, operator, operator.account_id)

    assert counts(demo_store) == before


def test_an_actor_deactivated_after_sign_in_is_refused_at_once(demo_store, counts):
    supervisor = actor_of(demo_store, Role.SUPERVISOR)
    assert audit_log.count_audit_events(demo_store, supervisor) > 0
    admin = actor_of(demo_store, Role.ADMIN)
    set_account_active(demo_store, admin, supervisor.account_id, False)
    before = counts(demo_store)

    # The window that signed in earlier still holds a valid-looking Actor.
    with pytest.raises(PermissionDenied) as caught:
        audit_log.list_audit_events(demo_store, supervisor, None, 10)

    assert "tidak aktif" in caught.value.message
    assert counts(demo_store) == before


def test_a_deactivated_admin_can_no_longer_manage(demo_store, counts):
    admin = actor_of(demo_store, Role.ADMIN)
    accounts.create_account(
        demo_store, admin, NewAccount("admin2", "Admin Dua", Role.ADMIN, "rahasia-admin2")
    )
    second = sign_in(demo_store, "admin2", "rahasia-admin2")
    set_account_active(demo_store, second, admin.account_id, False)
    before = counts(demo_store)

    for call in (
        lambda: accounts.create_account(
            demo_store, admin, NewAccount("baru", "Baru", Role.OPERATOR, "rahasia-baru")
        ),
        lambda: set_account_active(demo_store, admin, second.account_id, False),
        lambda: office.add_counter(demo_store, admin, "Loket 3"),
        lambda: office.change_settings(demo_store, admin, {"idle_lock_minutes": 9}),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert counts(demo_store) == before


def test_a_forged_actor_gets_nothing(demo_store, counts):
    # A made-up Actor claiming to be admin: the stored account decides, not the claim.
    forged = Actor(uuid.uuid4(), "admin", "Admin Kelurahan", Role.ADMIN)
    before = counts(demo_store)

    with pytest.raises(PermissionDenied):
        accounts.create_account(
            demo_store, forged, NewAccount("baru", "Baru", Role.ADMIN, "rahasia-baru")
        )
    with pytest.raises(PermissionDenied):
        audit_log.list_audit_events(demo_store, forged, None, 10)

    assert counts(demo_store) == before


def test_the_stored_role_decides_not_the_one_held_by_the_window(demo_store, counts):
    supervisor = actor_of(demo_store, Role.SUPERVISOR)
    # Accounts are owned by the centre; a pulled change of role lands in the row itself.
    with demo_store.write("sync", "system") as uow:
        uow.session.execute(
            update(Account).where(Account.id == supervisor.account_id).values(role="operator")
        )
        uow.record("account.pulled", "account", supervisor.account_id, {"role": "operator"})
    before = counts(demo_store)

    with pytest.raises(PermissionDenied) as caught:
        audit_log.list_audit_events(demo_store, supervisor, None, 10)
    assert "Petugas loket" in caught.value.message
    # And the other way: an actor whose window still says operator, now stored as admin.
    operator = actor_of(demo_store, Role.OPERATOR)
    with demo_store.write("sync", "system") as uow:
        uow.session.execute(
            update(Account).where(Account.id == operator.account_id).values(role="admin")
        )
        uow.record("account.pulled", "account", operator.account_id, {"role": "admin"})
    assert len(audit_log.list_audit_events(demo_store, operator, None, 3)) == 3
    assert counts(demo_store).audit == before.audit + 2


def test_an_operator_cannot_deactivate_anyone_not_even_itself(demo_store, counts):
    operator = actor_of(demo_store, Role.OPERATOR)
    before = counts(demo_store)

    with pytest.raises(PermissionDenied) as caught:
        set_account_active(demo_store, operator, operator.account_id, False)

    assert "tidak berwenang" in caught.value.message
    assert counts(demo_store) == before


def test_bad_input_from_an_admin_is_a_field_error_not_a_refusal(demo_store):
    admin = actor_of(demo_store, Role.ADMIN)
    with pytest.raises(InvalidInput):
        office.add_counter(demo_store, admin, "")
