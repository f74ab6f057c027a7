"""The stored accounts as actors, without signing in (no password hashing)."""

from __future__ import annotations

from sqlalchemy import select

from kelurahan_desk.domain.roles import Role
from kelurahan_desk.services.actor import Actor
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import Account


def actor_of(store: Store, username: str) -> Actor:
    """The stored account ``username`` as an actor."""
    with store.read() as session:
        account = session.scalar(select(Account).where(Account.username == username))
        assert account is not None, username
        return Actor(account.id, account.username, account.full_name, Role(account.role))
