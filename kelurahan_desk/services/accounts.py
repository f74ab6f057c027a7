"""Accounts: signing in (with lock-out), confirming a password, and managing users."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from kelurahan_desk.domain.roles import Permission, Role
from kelurahan_desk.services.actor import SYSTEM_NAME, Actor, authorize
from kelurahan_desk.services.errors import NotFound, PermissionDenied, SignInRefused, check
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import Account, Counter

MAX_FAILED_ATTEMPTS = 5
LOCK_DURATION = timedelta(minutes=5)
MIN_PASSWORD_LENGTH = 8
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,39}$")
# Width of the audit trail's actor column: what a stranger types is kept, but no more.
_MAX_TYPED_NAME = 40

# Argon2id at OWASP's recommended floor (19 MiB, 2 passes, 1 lane): ~30 ms to check on a
# counter PC, where the library default (64 MiB, 3 passes, 4 lanes) takes ~200 ms on two
# cores at every sign-in and unlock. Stored hashes carry their parameters, so raising
# these later still accepts old hashes.
_hasher = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)


@dataclass(frozen=True)
class AccountInfo:
    id: uuid.UUID
    username: str
    full_name: str
    role: Role
    active: bool
    locked_until: datetime | None


@dataclass(frozen=True)
class NewAccount:
    username: str
    full_name: str
    role: Role
    password: str


def _info(account: Account) -> AccountInfo:
    return AccountInfo(
        account.id,
        account.username,
        account.full_name,
        Role(account.role),
        account.active,
        account.locked_until,
    )


def full_names(session: Session, usernames: Iterable[str]) -> dict[str, str]:
    """Full names of the accounts among ``usernames`` (timelines store user names)."""
    return {user: name for user, name in session.execute(
        select(Account.username, Account.full_name).where(
            Account.username.in_(set(usernames))))}


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _password_matches(account: Account, password: str) -> bool:
    try:
        return _hasher.verify(account.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@functools.cache
def _decoy_hash() -> str:
    return _hasher.hash("kelurahan-desk: no such account")


def _check_against_decoy(password: str) -> None:
    """Spend as long as a real check, so an unknown name answers no faster than a known one."""
    with contextlib.suppress(VerificationError, InvalidHashError):
        _hasher.verify(_decoy_hash(), password)


def password_problem(password: str) -> Message | None:
    if len(password) < MIN_PASSWORD_LENGTH:
        return QT_TRANSLATE_NOOP(
            "accounts", "Kata sandi minimal {count} karakter."
        ).format(count=MIN_PASSWORD_LENGTH)
    return None


def _wrong_credentials() -> SignInRefused:
    # One message for an unknown name and a wrong password: a guesser learns nothing.
    return SignInRefused(
        QT_TRANSLATE_NOOP("accounts", "Nama pengguna atau kata sandi salah.").format()
    )


def _locked(until: datetime, now: datetime) -> SignInRefused:
    minutes = max(1, -(-int((until - now).total_seconds()) // 60))
    return SignInRefused(
        QT_TRANSLATE_NOOP(
            "accounts",
            "Akun dikunci karena {count} kali salah kata sandi. Coba lagi dalam {minutes} menit.",
        ).format(count=MAX_FAILED_ATTEMPTS, minutes=minutes)
    )


def unknown_name_ref(typed: str) -> str:
    """How the audit trail and the centre see a name that matches no account.

    People type their password into the name field by mistake; such text must never
    leave the PC in the clear. A short hash still shows repeated attempts with one name.
    """
    return "?" + hashlib.sha256(typed.encode("utf-8")).hexdigest()[:12] if typed else "?"


def sign_in(
    store: Store, username: str, password: str, counter_id: uuid.UUID | None = None
) -> Actor:
    """Check the password and return the signed-in actor, or raise ``SignInRefused``.

    Five wrong passwords in a row lock the account for five minutes; while locked even
    the right password is refused. Every attempt is audited.
    """
    return _authenticate(store, username, password, counter_id, "auth.signed_in")


def _authenticate(
    store: Store, username: str, password: str, counter_id: uuid.UUID | None, success: str
) -> Actor:
    name = username.strip().lower()
    with store.write("?", "anonymous") as uow:
        account = uow.session.scalar(select(Account).where(Account.username == name))
        # Until the password matches, whoever typed is anonymous.
        typed = name[:_MAX_TYPED_NAME] if account is not None else unknown_name_ref(name)
        uow.identify(typed, "anonymous")
        refusal: SignInRefused | None = None
        if account is None:
            _check_against_decoy(password)
            uow.record("auth.sign_in_failed", "account", typed, {"reason": "unknown_user"})
            refusal = _wrong_credentials()
        elif account.locked_until is not None and account.locked_until > uow.now:
            uow.record("auth.sign_in_failed", "account", account.id, {"reason": "locked"})
            refusal = _locked(account.locked_until, uow.now)
        elif not _password_matches(account, password):
            account.failed_attempts += 1
            reason = "wrong_password"
            if account.failed_attempts >= MAX_FAILED_ATTEMPTS:
                account.locked_until = uow.now + LOCK_DURATION
                account.failed_attempts = 0
                reason = "locked_now"
                refusal = _locked(account.locked_until, uow.now)
            else:
                refusal = _wrong_credentials()
            uow.record("auth.sign_in_failed", "account", account.id, {"reason": reason})
        elif not account.active:
            uow.record("auth.sign_in_failed", "account", account.id, {"reason": "inactive"})
            refusal = SignInRefused(
                QT_TRANSLATE_NOOP(
                    "accounts", "Akun ini sudah dinonaktifkan. Hubungi admin kantor."
                ).format()
            )
        else:
            account.failed_attempts = 0
            account.locked_until = None
            if counter_id is not None and uow.session.get(Counter, counter_id) is None:
                counter_id = None
            uow.identify(account.username, account.role)
            uow.record(
                success,
                "account",
                account.id,
                {"counter_id": str(counter_id) if counter_id else None},
            )
            actor = Actor(
                account.id, account.username, account.full_name, Role(account.role), counter_id
            )
    # Raised after the commit: the failed attempt and its audit event must stay.
    if refusal is not None:
        raise refusal
    return actor


def confirm_password(store: Store, actor: Actor, password: str) -> None:
    """Unlock an idle-locked window: the same user's password, same lock-out rules."""
    _authenticate(store, actor.username, password, actor.counter_id, "auth.unlocked")


def sign_out(store: Store, actor: Actor) -> None:
    with store.write(actor.username, actor.role) as uow:
        uow.record("auth.signed_out", "account", actor.account_id, {})


def list_accounts(store: Store, actor: Actor) -> list[AccountInfo]:
    with store.read() as session:
        authorize(session, actor, Permission.MANAGE_ACCOUNTS)
        rows = session.scalars(select(Account).order_by(Account.username))
        return [_info(a) for a in rows]


def _new_account_problems(
    session_names: set[str], new: NewAccount, first_admin: bool = False
) -> None:
    name = new.username.strip().lower()
    check(
        {
            # An office whose only account is no admin could never manage accounts again.
            "role": (
                QT_TRANSLATE_NOOP("accounts", "Peran tidak dikenal.").format()
                if new.role not in Role
                else QT_TRANSLATE_NOOP("accounts", "Akun pertama harus berperan Admin.").format()
                if first_admin and new.role != Role.ADMIN
                else None
            ),
            "username": (
                QT_TRANSLATE_NOOP(
                    "accounts",
                    "Nama pengguna 3–40 karakter: huruf kecil, angka, titik, garis bawah"
                    " atau tanda hubung.",
                ).format()
                if not _USERNAME.match(name)
                else QT_TRANSLATE_NOOP(
                    "accounts", "Nama pengguna {name} sudah dipakai."
                ).format(name=name)
                if name in session_names
                else None
            ),
            "full_name": (
                QT_TRANSLATE_NOOP("accounts", "Nama lengkap wajib diisi.").format()
                if not new.full_name.strip()
                else None
            ),
            "password": password_problem(new.password),
        }
    )


def _insert_account(store: Store, actor: Actor | None, new: NewAccount) -> AccountInfo:
    """Create ``new`` as ``actor``, or as the program when ``actor`` is None (first run).

    Both checks run inside the write transaction (BEGIN IMMEDIATE), so neither a
    deactivation nor a second first-run window can slip in between check and insert.
    """
    who, role = (actor.username, actor.role.value) if actor else (SYSTEM_NAME, "system")
    with store.write(who, role) as uow:
        if actor is not None:
            authorize(uow.session, actor, Permission.MANAGE_ACCOUNTS)
        elif uow.session.scalar(select(Account.id).limit(1)) is not None:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "accounts", "Kantor ini sudah punya akun; masuk sebagai admin."
                ).format()
            )
        names = set(uow.session.scalars(select(Account.username)))
        _new_account_problems(names, new, first_admin=actor is None)
        account = Account(
            id=uuid.uuid4(),
            username=new.username.strip().lower(),
            full_name=new.full_name.strip(),
            role=Role(new.role).value,
            password_hash=hash_password(new.password),
            active=True,
            failed_attempts=0,
            created_at=uow.now,
        )
        uow.session.add(account)
        uow.record(
            "account.created",
            "account",
            account.id,
            {"username": account.username, "full_name": account.full_name, "role": account.role},
        )
        return _info(account)


def create_account(store: Store, actor: Actor, new: NewAccount) -> AccountInfo:
    return _insert_account(store, actor, new)


def create_first_admin(store: Store, new: NewAccount) -> AccountInfo:
    """The first-run wizard's admin; refused once any account exists."""
    return _insert_account(store, None, new)


def set_account_active(
    store: Store, actor: Actor, account_id: uuid.UUID, active: bool
) -> AccountInfo:
    """Deactivate (or reactivate) an account; an admin cannot deactivate themself."""
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.MANAGE_ACCOUNTS)
        if not active and account_id == actor.account_id:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "accounts", "Anda tidak dapat menonaktifkan akun sendiri."
                ).format()
            )
        account = uow.session.get(Account, account_id)
        if account is None:
            raise NotFound(QT_TRANSLATE_NOOP("accounts", "Akun tidak ditemukan.").format())
        account.active = active
        uow.record(
            "account.activated" if active else "account.deactivated",
            "account",
            account.id,
            {"active": active},
        )
        return _info(account)


def reset_password(
    store: Store, actor: Actor, account_id: uuid.UUID, new_password: str
) -> AccountInfo:
    """Set a new password (the admin hands it over in person) and lift any lock."""
    with store.write(actor.username, actor.role) as uow:
        # The role first: someone who may not do this is told so, not coached on the form.
        authorize(uow.session, actor, Permission.MANAGE_ACCOUNTS)
        check({"password": password_problem(new_password)})
        account = uow.session.get(Account, account_id)
        if account is None:
            raise NotFound(QT_TRANSLATE_NOOP("accounts", "Akun tidak ditemukan.").format())
        account.password_hash = hash_password(new_password)
        account.failed_attempts = 0
        account.locked_until = None
        uow.record("account.password_reset", "account", account.id, {})
        return _info(account)


def has_accounts(store: Store) -> bool:
    """Whether the first-run set-up got as far as the first admin (it resumes otherwise)."""
    with store.read() as session:
        return session.scalar(select(Account.id).limit(1)) is not None
