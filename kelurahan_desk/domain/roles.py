"""Roles and what each may do; services check these, the UI only mirrors them."""

from __future__ import annotations

from enum import StrEnum

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Template


class Role(StrEnum):
    OPERATOR = "operator"
    SUPERVISOR = "supervisor"
    INSPECTOR = "inspector"
    ADMIN = "admin"


ROLE_LABELS: dict[Role, Template] = {
    Role.OPERATOR: QT_TRANSLATE_NOOP("roles", "Petugas loket"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("roles", "Supervisor"),
    Role.INSPECTOR: QT_TRANSLATE_NOOP("roles", "Inspektur (sidak)"),
    Role.ADMIN: QT_TRANSLATE_NOOP("roles", "Admin"),
}


class Permission(StrEnum):
    SERVE_QUEUE = "serve_queue"
    REGISTER_CIVIL = "register_civil"
    HANDLE_CARDS = "handle_cards"
    APPROVE = "approve"
    VIEW_REPORTS = "view_reports"
    INSPECT = "inspect"
    MANAGE_OFFICE = "manage_office"
    MANAGE_ACCOUNTS = "manage_accounts"


_GRANTS: dict[Role, frozenset[Permission]] = {
    Role.OPERATOR: frozenset(
        {Permission.SERVE_QUEUE, Permission.REGISTER_CIVIL, Permission.HANDLE_CARDS}
    ),
    # A supervisor can stand in at a counter, and is the second person for approvals.
    Role.SUPERVISOR: frozenset(
        {
            Permission.SERVE_QUEUE,
            Permission.REGISTER_CIVIL,
            Permission.HANDLE_CARDS,
            Permission.APPROVE,
            Permission.VIEW_REPORTS,
        }
    ),
    Role.INSPECTOR: frozenset({Permission.INSPECT, Permission.VIEW_REPORTS}),
    Role.ADMIN: frozenset(
        {Permission.MANAGE_OFFICE, Permission.MANAGE_ACCOUNTS, Permission.VIEW_REPORTS}
    ),
}


def can(role: Role, permission: Permission) -> bool:
    return permission in _GRANTS[role]
