"""Who is acting: the signed-in account, as a plain value the UI keeps and hands back."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP
from kelurahan_desk.domain.roles import ROLE_LABELS, Permission, Role, can
from kelurahan_desk.services.errors import PermissionDenied
from kelurahan_desk.store.prepared import Prepared
from kelurahan_desk.store.tables import Account
from kelurahan_desk.store.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class Actor:
    account_id: uuid.UUID
    username: str
    full_name: str
    role: Role
    counter_id: uuid.UUID | None = None


# The program itself, for first-run set-up and seeding: never a signed-in person.
SYSTEM_NAME = "system"

_ACCOUNT_STANDING = Prepared(
    select(Account.active, Account.role).where(Account.id == bindparam("account_id")))


def authorize(session: Session | UnitOfWork, actor: Actor, permission: Permission) -> None:
    """Refuse unless the actor's *stored* account is active and its role grants this.

    Reading the account again means a deactivated user or a changed role takes effect at
    once, even for a window that signed in earlier. Asked in a unit of work, it reads on
    the unit's own connection without making it a session.
    """
    # A prepared statement (a fiftieth of an ORM load; every write a user makes asks);
    # flushing first keeps what an ORM query would see.
    session.flush()
    on = session.direct if isinstance(session, UnitOfWork) else session.connection()
    account = _ACCOUNT_STANDING.first(on, {"account_id": actor.account_id})
    if account is None or not account.active:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "Akun {user} tidak aktif lagi.").format(
                user=actor.username
            )
        )
    if not can(Role(account.role), permission):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors", "Peran {role} tidak berwenang untuk tindakan ini."
            ).format(role=ROLE_LABELS[Role(account.role)])
        )
