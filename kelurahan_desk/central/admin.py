"""What the centre's command line does: offices and keys, request status, stock, accounts,
the resident list. Each function is one transaction; refusals raise ``AdminError``."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import astuple, dataclass
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import CursorResult, Engine, delete, func, insert, select, update
from sqlalchemy.orm import Session

from kelurahan_desk.central.database import read_session, utc_now, write_session
from kelurahan_desk.central.keys import key_hash, new_key
from kelurahan_desk.central.streams import take_positions
from kelurahan_desk.central.tables import (
    AktaRequest,
    CentralAccount,
    Office,
    OfficeKey,
    RequestStep,
    Resident,
    StockSerial,
    StreamHead,
)
from kelurahan_desk.domain.akta import CENTRAL_STATUSES, RequestStatus, can_move
from kelurahan_desk.domain.audit import GENESIS_HASH
from kelurahan_desk.domain.blanko import InvalidSerials, parse_serials
from kelurahan_desk.domain.regions import normalize_code
from kelurahan_desk.domain.resident_file import ResidentRow
from kelurahan_desk.domain.roles import Role
from kelurahan_desk.sync.wire import Stream


class AdminError(Exception):
    """A refusal to show as it is (Indonesian)."""


def office_code(text: str) -> str:
    try:
        digits = normalize_code(text).replace(".", "")
    except ValueError:
        digits = ""
    if len(digits) != 10:
        raise AdminError(f"Kode kantor “{text}” harus kode kelurahan 10 angka, "
                         f"misalnya 35.74.01.1007.")
    return digits


def _office(session: Session, code: str) -> Office:
    office = session.scalar(select(Office).where(Office.code == office_code(code)))
    if office is None:
        raise AdminError(f"Kantor {code} belum terdaftar (office add).")
    return office


# --- offices and keys ----------------------------------------------------------------------


def add_office(engine: Engine, code: str, name: str, timezone: str = "Asia/Jakarta") -> str:
    """Register an office; returns its first key (shown once, only its hash is kept)."""
    digits = office_code(code)
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise AdminError(f"Zona waktu “{timezone}” tidak dikenal.") from None
    with write_session(engine) as session:
        if session.scalar(select(Office.id).where(Office.code == digits)) is not None:
            raise AdminError(f"Kantor {digits} sudah terdaftar; kunci baru: office key.")
        office = Office(code=digits, name=name.strip(), timezone=timezone,
                        created_at=utc_now(), head_seq=0, head_hash=GENESIS_HASH)
        session.add(office)
        session.flush()
        return _issue_key(session, office)


def _issue_key(session: Session, office: Office) -> str:
    key = new_key()
    session.add(OfficeKey(office_id=office.id, key_hash=key_hash(key), created_at=utc_now()))
    return key


def issue_key(engine: Engine, code: str) -> str:
    """A further key for an office (e.g. after a revoke); older keys stay as they are."""
    with write_session(engine) as session:
        return _issue_key(session, _office(session, code))


def revoke_keys(engine: Engine, code: str) -> int:
    """Revoke every key of the office; returns how many were still valid."""
    with write_session(engine) as session:
        office = _office(session, code)
        result = session.execute(
            update(OfficeKey).where(OfficeKey.office_id == office.id,
                                    OfficeKey.revoked_at.is_(None))
            .values(revoked_at=utc_now()))
        assert isinstance(result, CursorResult)
        return result.rowcount


def release_quarantine(engine: Engine, code: str) -> str | None:
    """Lift a quarantine (after the centre looked into it); returns the reason it had.

    The accepted head is kept: a desk whose chain still conflicts is quarantined again.
    """
    with write_session(engine) as session:
        office = _office(session, code)
        reason = office.quarantine_reason
        office.quarantine_kind = office.quarantine_reason = None
        office.quarantined_at = None
        return reason


@dataclass(frozen=True)
class OfficeRow:
    code: str
    name: str
    head_seq: int
    last_push_at: datetime | None
    quarantine: str | None
    valid_keys: int
    last_device: str | None = None
    last_app_version: str | None = None


def list_offices(engine: Engine) -> list[OfficeRow]:
    with read_session(engine) as session:
        keys: dict[int, int] = {office_id: count for office_id, count in session.execute(
            select(OfficeKey.office_id, func.count()).where(OfficeKey.revoked_at.is_(None))
            .group_by(OfficeKey.office_id))}
        return [
            OfficeRow(o.code, o.name, o.head_seq, o.last_push_at,
                      f"{o.quarantine_kind}: {o.quarantine_reason}" if o.quarantine_kind
                      else None, keys.get(o.id, 0), o.last_device, o.last_app_version)
            for o in session.scalars(select(Office).order_by(Office.code))
        ]


# --- akta requests -------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestRow:
    tracking_number: str
    office: str
    kind: str
    status: str
    akta_number: str | None
    submitted_at: datetime
    updated_at: datetime


def list_requests(engine: Engine, office: str | None = None,
                  status: str | None = None) -> list[RequestRow]:
    with read_session(engine) as session:
        query = select(AktaRequest, Office.code).join(Office).order_by(
            AktaRequest.submitted_at, AktaRequest.tracking_number)
        if office:
            query = query.where(Office.code == office_code(office))
        if status:
            query = query.where(AktaRequest.status == status)
        return [RequestRow(r.tracking_number, code, r.kind, r.status, r.akta_number,
                           r.submitted_at, r.updated_at) for r, code in session.execute(query)]


def advance_request(engine: Engine, tracking: str, status: str, *, akta_number: str | None,
                    reason: str | None, by: str) -> RequestRow:
    """Give a request the next status; the office pulls it in its ``requests`` stream."""
    try:
        target = RequestStatus(status)
    except ValueError:
        target = None
    if target not in CENTRAL_STATUSES:
        allowed = ", ".join(sorted(s.value for s in CENTRAL_STATUSES))
        raise AdminError(f"Status “{status}” tidak diatur pusat; pilih: {allowed}.")
    assert target is not None
    reason = (reason or "").strip() or None
    akta_number = (akta_number or "").strip() or None
    if target == RequestStatus.RETURNED and not reason:
        raise AdminError("Permohonan yang dikembalikan perlu alasan (--reason).")
    if target == RequestStatus.ISSUED and not akta_number:
        raise AdminError("Akta terbit perlu nomor aktanya (--akta-number).")
    with write_session(engine) as session:
        row = session.scalar(select(AktaRequest).where(
            AktaRequest.tracking_number == tracking.strip().upper()).with_for_update())
        if row is None:
            raise AdminError(f"Nomor pelacakan {tracking} tidak ditemukan.")
        if not can_move(RequestStatus(row.status), target):
            raise AdminError(f"{row.tracking_number} berstatus {row.status}; tidak dapat "
                             f"menjadi {target.value}.")
        now = utc_now()
        row.status, row.updated_at = target.value, now
        if akta_number:
            row.akta_number = akta_number
        if reason:
            row.reason = reason
        (position,) = take_positions(session, Stream.REQUESTS, 1)
        session.add(RequestStep(
            position=position, id=uuid.uuid4(), office_id=row.office_id,
            tracking_number=row.tracking_number, status=target.value, at=now,
            reason=reason if target == RequestStatus.RETURNED else None,
            akta_number=akta_number if target == RequestStatus.ISSUED else None, by=by))
        code = session.get_one(Office, row.office_id).code
        return RequestRow(row.tracking_number, code, row.kind, row.status, row.akta_number,
                          row.submitted_at, row.updated_at)


# --- blank cards ---------------------------------------------------------------------------


def allocate_stock(engine: Engine, code: str, serials: Sequence[str],
                   batch: str | None = None) -> int:
    """Allocate blank cards to an office; a serial is allocated once, city-wide. Serials
    are read as the desk reads a receipt (lists and ranges such as ``A0001-A0100``)."""
    try:
        cleaned = parse_serials(", ".join(serials))
    except InvalidSerials as bad:
        raise AdminError(" ".join(bad.problems)) from None
    batch = " ".join((batch or "").split()) or None
    if batch is not None and len(batch) > 60:
        raise AdminError("Nomor kiriman (--batch) paling panjang 60 huruf.")
    with write_session(engine) as session:
        office = _office(session, code)
        taken = list(session.scalars(select(StockSerial.serial).where(
            StockSerial.serial.in_(cleaned))))
        if taken:
            raise AdminError(f"Sudah dialokasikan sebelumnya: {', '.join(sorted(taken))}.")
        now = utc_now()
        positions = take_positions(session, Stream.STOCK, len(cleaned))
        session.add_all(StockSerial(position=p, id=uuid.uuid4(), office_id=office.id,
                                    serial=s, batch=batch, allocated_at=now)
                        for p, s in zip(positions, cleaned, strict=True))
        return len(cleaned)


# --- accounts ------------------------------------------------------------------------------


def add_account(engine: Engine, code: str, username: str, full_name: str, role: str) -> None:
    """An operator account the centre manages; its first password is set at the desk."""
    username = username.strip().lower()
    try:
        Role(role)
    except ValueError:
        raise AdminError(f"Peran “{role}” tidak dikenal; pilih: "
                         f"{', '.join(r.value for r in Role)}.") from None
    if not re.fullmatch(r"[a-z0-9][a-z0-9._-]{2,39}", username):
        raise AdminError("Nama pengguna 3–40 huruf kecil, angka, titik, garis.")
    if not full_name.strip() or len(full_name.strip()) > 100:
        raise AdminError("Nama lengkap 1–100 huruf.")
    with write_session(engine) as session:
        office = _office(session, code)
        if session.scalar(select(CentralAccount.id).where(
                CentralAccount.office_id == office.id,
                CentralAccount.username == username)) is not None:
            raise AdminError(f"Akun {username} sudah ada di kantor {office.code}.")
        (position,) = take_positions(session, Stream.ACCOUNTS, 1)
        session.add(CentralAccount(id=uuid.uuid4(), position=position, office_id=office.id,
                                   username=username, full_name=full_name.strip(),
                                   role=role, active=True, changed_at=utc_now()))


def set_account_active(engine: Engine, code: str, username: str, active: bool) -> None:
    with write_session(engine) as session:
        office = _office(session, code)
        account = session.scalar(select(CentralAccount).where(
            CentralAccount.office_id == office.id,
            CentralAccount.username == username.strip().lower()))
        if account is None:
            raise AdminError(f"Akun {username} tidak ada di kantor {office.code}.")
        (account.position,) = take_positions(session, Stream.ACCOUNTS, 1)
        account.active, account.changed_at = active, utc_now()


# --- the resident list ---------------------------------------------------------------------


@dataclass(frozen=True)
class LoadCounts:
    added: int
    changed: int
    unchanged: int
    removed: int


_RESIDENT_FIELDS = ("nik", "kk", "full_name", "sex", "birth_place", "birth_date", "address",
                    "rt", "rw", "kelurahan_code", "religion", "ktp_status")


def load_residents(engine: Engine, rows: Sequence[ResidentRow], replace: bool) -> LoadCounts:
    """Add and change residents (a changed row moves to the stream's end); with
    ``replace``, residents missing from ``rows`` are marked removed (the desks drop them)."""
    with write_session(engine) as session:
        stored = {
            r[0]: (tuple(r[:-1]), r[-1]) for r in session.execute(select(
                *(getattr(Resident, f) for f in _RESIDENT_FIELDS), Resident.removed))
        }
        now = utc_now()
        fresh, changed = [], []
        for row in rows:
            values = astuple(row)
            old = stored.get(row.nik)
            if old is None:
                fresh.append(values)
            elif old[0] != values or old[1]:
                changed.append(values)
        gone: list[str] = []
        if replace:
            wanted = {row.nik for row in rows}
            gone = sorted(nik for nik, (_, removed) in stored.items()
                          if not removed and nik not in wanted)
        total = len(fresh) + len(changed) + len(gone)
        if total:
            positions = iter(take_positions(session, Stream.RESIDENTS, total))
            if fresh:
                session.execute(insert(Resident), [
                    {**dict(zip(_RESIDENT_FIELDS, v, strict=True)), "position": next(positions),
                     "removed": False, "updated_at": now} for v in fresh])
            if changed:
                session.execute(update(Resident), [
                    {**dict(zip(_RESIDENT_FIELDS, v, strict=True)), "position": next(positions),
                     "removed": False, "updated_at": now} for v in changed])
            if gone:
                session.execute(update(Resident), [
                    {"nik": nik, "position": next(positions), "removed": True,
                     "updated_at": now} for nik in gone])
        return LoadCounts(len(fresh), len(changed), len(rows) - len(fresh) - len(changed),
                          len(gone))


def purge_removed_residents(engine: Engine) -> int:
    """Forget removed residents; desks whose cursor is older must refetch (409)."""
    with write_session(engine) as session:
        last = session.scalar(select(func.max(Resident.position)).where(Resident.removed))
        if last is None:
            return 0
        result = session.execute(delete(Resident).where(Resident.removed))
        assert isinstance(result, CursorResult)
        count = result.rowcount
        session.execute(update(StreamHead).where(StreamHead.stream == Stream.RESIDENTS.value)
                        .values(floor=func.max(StreamHead.floor, last)
                                if engine.dialect.name == "sqlite"
                                else func.greatest(StreamHead.floor, last)))
        return count
