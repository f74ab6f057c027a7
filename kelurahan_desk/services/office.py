"""The office, its counters and its settings: first-run set-up and the admin's changes."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from kelurahan_desk.domain import regions
from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from kelurahan_desk.domain.roles import Permission
from kelurahan_desk.domain.settings import SETTINGS, TIME_ZONES, defaults
from kelurahan_desk.services.actor import SYSTEM_NAME, Actor, authorize
from kelurahan_desk.services.errors import InvalidInput, NotFound, PermissionDenied, check
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import Account, Counter, Office, Setting


@dataclass(frozen=True)
class OfficeInfo:
    code: str  # dotted Kemendagri code, e.g. 35.74.01.1007
    name: str
    kecamatan: str
    kota: str
    province: str
    timezone: str


@dataclass(frozen=True)
class OfficeDraft:
    """What the admin enters; names may be blank when the code is in the region table."""

    code: str
    name: str = ""
    kecamatan: str = ""
    kota: str = ""
    timezone: str = "Asia/Jakarta"


@dataclass(frozen=True)
class CounterInfo:
    id: uuid.UUID
    number: int
    name: str
    active: bool


def _office_info(office: Office) -> OfficeInfo:
    return OfficeInfo(
        regions.normalize_code(office.code),
        office.name,
        office.kecamatan,
        office.kota,
        office.province,
        office.timezone,
    )


def resolve_office(draft: OfficeDraft) -> OfficeInfo:
    """Check a draft against the Kemendagri tables; raise ``InvalidInput`` per field.

    A kelurahan in our region table takes its names from there. Any other code must be
    10 digits whose province and kab/kota exist; its kecamatan and kelurahan names are
    then typed in, since we hold no table for them.
    """
    problems: dict[str, Message | None] = {}
    try:
        code = regions.normalize_code(draft.code)
    except ValueError:
        code = ""
    if len(code.replace(".", "")) != 10:
        raise InvalidInput(
            {
                "code": QT_TRANSLATE_NOOP(
                    "office", "Kode wilayah kelurahan harus 10 angka, mis. 35.74.01.1007."
                ).format()
            }
        )
    table = regions.load_regions()
    known = table.get(code)
    # ``get``, not ``region_name``: the latter falls back to the province for an unknown
    # kab/kota and would let 35.99 pass as "Jawa Timur".
    kota_region = table.get(code[:5])
    kota = kota_region.name if kota_region else None
    # Whether our own files list this kab/kota's kecamatan; ``get`` alone cannot tell, as
    # it also answers from stdnum for every kab/kota in the country.
    whole_kota = table.covers(code[:5])
    if table.get(code[:2]) is None:
        problems["code"] = QT_TRANSLATE_NOOP(
            "office", "Kode provinsi {code} tidak ada dalam daftar Kemendagri."
        ).format(code=code[:2])
    elif kota is None:
        problems["code"] = QT_TRANSLATE_NOOP(
            "office", "Kode kabupaten/kota {code} tidak ada dalam daftar Kemendagri."
        ).format(code=code[:5])
    elif code[6:8] == "00" or code[9:] == "0000" or code[9] not in "12":
        problems["code"] = QT_TRANSLATE_NOOP(
            "office", "Kode {code} bukan kode kelurahan atau desa."
        ).format(code=code)
    elif known is None and whole_kota:
        # We hold the whole kota: a code missing from it does not exist.
        problems["code"] = QT_TRANSLATE_NOOP(
            "office", "Kode {code} tidak ada dalam daftar wilayah {kota}."
        ).format(code=code, kota=kota)
    if draft.timezone not in TIME_ZONES:
        problems["timezone"] = QT_TRANSLATE_NOOP("office", "Zona waktu tidak dikenal.").format()
    check(problems)
    kecamatan = table.get(code[:8])
    name = known.name if known else draft.name.strip()
    kec_name = kecamatan.name if kecamatan else draft.kecamatan.strip()
    check(
        {
            "name": None
            if name
            else QT_TRANSLATE_NOOP("office", "Nama kelurahan wajib diisi.").format(),
            "kecamatan": None
            if kec_name
            else QT_TRANSLATE_NOOP("office", "Nama kecamatan wajib diisi.").format(),
        }
    )
    province = table.get(code[:2])
    return OfficeInfo(
        code,
        name,
        kec_name,
        # Typed names count only outside our table, like the kelurahan and kecamatan.
        str(kota) if whole_kota else draft.kota.strip() or str(kota),
        province.name if province else "",
        draft.timezone,
    )


def get_office(store: Store) -> OfficeInfo | None:
    """The office this store belongs to; ``None`` before the first-run set-up."""
    with store.read() as session:
        office = session.get(Office, 1)
        return _office_info(office) if office else None


def _save_office(store: Store, actor: Actor | None, draft: OfficeDraft) -> OfficeInfo:
    """Record the office; ``actor`` None is the first-run set-up, refused once done.

    The role and the "only once" checks come first and run inside the write transaction,
    so a refused caller learns nothing about the draft and two windows cannot both set up.
    """
    who, role = (actor.username, actor.role.value) if actor else (SYSTEM_NAME, "system")
    with store.write(who, role) as uow:
        if actor is not None:
            authorize(uow.session, actor, Permission.MANAGE_OFFICE)
        office = uow.session.get(Office, 1)
        if actor is None and office is not None:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("office", "Kantor sudah diatur sebelumnya.").format()
            )
        info = resolve_office(draft)
        if office is None:
            office = Office(id=1, created_at=uow.now)
            uow.session.add(office)
        office.code = info.code.replace(".", "")
        office.name = info.name
        office.kecamatan = info.kecamatan
        office.kota = info.kota
        office.province = info.province
        office.timezone = info.timezone
        uow.record(
            "office.configured",
            "office",
            office.code,
            {
                "code": info.code,
                "name": info.name,
                "kecamatan": info.kecamatan,
                "kota": info.kota,
                "timezone": info.timezone,
            },
        )
    return info


def set_up_office(store: Store, draft: OfficeDraft) -> OfficeInfo:
    """First run only: record which office this store serves."""
    return _save_office(store, None, draft)


def update_office(store: Store, actor: Actor, draft: OfficeDraft) -> OfficeInfo:
    return _save_office(store, actor, draft)


# --- counters (loket) ---------------------------------------------------------------


def list_counters(store: Store, include_inactive: bool = False) -> list[CounterInfo]:
    """Counters for pickers and the display board; anyone signed in may read them."""
    with store.read() as session:
        query = select(Counter).order_by(Counter.number)
        if not include_inactive:
            query = query.where(Counter.active.is_(True))
        return [CounterInfo(c.id, c.number, c.name, c.active) for c in session.scalars(query)]


def _counter_name_problem(name: str) -> Message | None:
    if not name.strip():
        return QT_TRANSLATE_NOOP("office", "Nama loket wajib diisi.").format()
    if len(name.strip()) > 60:
        return QT_TRANSLATE_NOOP("office", "Nama loket paling panjang 60 karakter.").format()
    return None


def add_counter(store: Store, actor: Actor | None, name: str) -> CounterInfo:
    """Add a loket with the next free number; ``actor`` None only during first-run set-up.

    "First run" means no account exists yet; after that a None actor would be a way round
    the role check, so it is refused.
    """
    who, role = (actor.username, actor.role.value) if actor else (SYSTEM_NAME, "system")
    with store.write(who, role) as uow:
        if actor is not None:
            authorize(uow.session, actor, Permission.MANAGE_OFFICE)
        elif uow.session.scalar(select(Account.id).limit(1)) is not None:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("office", "Masuk sebagai admin untuk menambah loket.").format()
            )
        check({"name": _counter_name_problem(name)})
        names = {n.lower() for n in uow.session.scalars(select(Counter.name))}
        if name.strip().lower() in names:
            raise InvalidInput(
                {
                    "name": QT_TRANSLATE_NOOP("office", "Loket {name} sudah ada.").format(
                        name=name.strip()
                    )
                }
            )
        number = (uow.session.scalar(select(func.max(Counter.number))) or 0) + 1
        counter = Counter(id=uuid.uuid4(), number=number, name=name.strip(), active=True)
        uow.session.add(counter)
        uow.record("counter.added", "counter", counter.id, {"number": number, "name": counter.name})
        return CounterInfo(counter.id, number, counter.name, True)


def update_counter(
    store: Store, actor: Actor, counter_id: uuid.UUID, name: str, active: bool
) -> CounterInfo:
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.MANAGE_OFFICE)
        check({"name": _counter_name_problem(name)})
        counter = uow.session.get(Counter, counter_id)
        if counter is None:
            raise NotFound(QT_TRANSLATE_NOOP("office", "Loket tidak ditemukan.").format())
        clash = uow.session.scalar(
            select(Counter.id).where(
                func.lower(Counter.name) == name.strip().lower(), Counter.id != counter_id
            )
        )
        if clash is not None:
            raise InvalidInput(
                {
                    "name": QT_TRANSLATE_NOOP("office", "Loket {name} sudah ada.").format(
                        name=name.strip()
                    )
                }
            )
        counter.name = name.strip()
        counter.active = active
        uow.record(
            "counter.updated", "counter", counter.id, {"name": counter.name, "active": active}
        )
        return CounterInfo(counter.id, counter.number, counter.name, active)


# --- settings -----------------------------------------------------------------------


def get_settings(store: Store) -> dict[str, int]:
    values = defaults()
    with store.read() as session:
        for row in session.scalars(select(Setting).where(Setting.key.in_(SETTINGS))):
            values[row.key] = int(json.loads(row.value))
    return values


def _setting_problem(key: str, value: object) -> Message | None:
    setting = SETTINGS[key]
    # bool is an int to Python, and "10" or 2.5 would be stored as given and break readers.
    if isinstance(value, bool) or not isinstance(value, int):
        return QT_TRANSLATE_NOOP("settings", "{label} harus bilangan bulat.").format(
            label=setting.label
        )
    return setting.problem(value)


def change_settings(store: Store, actor: Actor, changes: dict[str, int]) -> dict[str, int]:
    unknown = [key for key in changes if key not in SETTINGS]
    if unknown:
        raise ValueError(f"unknown settings {unknown}")
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.MANAGE_OFFICE)
        check({key: _setting_problem(key, value) for key, value in changes.items()})
        for key, value in changes.items():
            uow.session.merge(Setting(key=key, value=json.dumps(value)))
        uow.record("settings.changed", "settings", "office", dict(changes))
    return get_settings(store)
