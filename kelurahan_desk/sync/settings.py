"""The desk's link to the centre: the centre's address, a CA file, and the office key.

Address and CA file are settings in the store (an admin changes them, audited as
``sync.configured``); the key is kept by ``credentials`` outside the store, and the audit
event names only its fingerprint (the first 12 hex digits of its SHA-256, which is what
the centre stores of it).
"""

from __future__ import annotations

import hashlib
import socket
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from kelurahan_desk.domain.roles import Permission
from kelurahan_desk.services.actor import SYSTEM_NAME, Actor, authorize
from kelurahan_desk.services.errors import check
from kelurahan_desk.services.sync_status import CA_FILE_KEY, CENTRAL_URL_KEY, DEVICE_KEY
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.tables import Office
from kelurahan_desk.sync import credentials, state


@dataclass(frozen=True)
class SyncConfig:
    central_url: str | None
    ca_file: Path | None
    device: str
    office_code: str | None
    key: str | None = field(default=None, repr=False)

    @property
    def ready(self) -> bool:
        return bool(self.central_url and self.key and self.office_code)


def key_fingerprint(key: str) -> str:
    return hashlib.sha256(key.strip().encode("utf-8")).hexdigest()[:12]


def _device_name() -> str:
    return (socket.gethostname() or "loket")[:64]


def load_config(store: Store) -> SyncConfig:
    with store.read() as session:
        url = state.get(session, CENTRAL_URL_KEY)
        ca = state.get(session, CA_FILE_KEY)
        device = state.get(session, DEVICE_KEY)
        office = session.get(Office, 1)
    return SyncConfig(
        central_url=url or None, ca_file=Path(ca) if ca else None,
        device=device or _device_name(), office_code=office.code if office else None,
        key=credentials.load_key(store.data_dir),
    )


def url_problem(url: str) -> Message | None:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return QT_TRANSLATE_NOOP(
            "sync", "Alamat pusat harus dimulai dengan https:// (atau http:// di jaringan "
            "lokal), misalnya https://pusat.probolinggokota.go.id:8443").format()
    try:
        parts.port  # noqa: B018 - a bad port raises here
    except ValueError:
        return QT_TRANSLATE_NOOP("sync", "Nomor port pada alamat pusat salah.").format()
    return None


def configure(store: Store, actor: Actor | None, url: str, key: str | None,
              ca_file: Path | None = None) -> SyncConfig:
    """Set the centre's address (and CA file); ``key`` None keeps the stored key.

    ``actor`` None is the command line (``kelurahan-desk sync --configure``), run by
    whoever may read the data folder anyway; in the program only an admin may do it.
    """
    url = url.strip().rstrip("/")
    key = key.strip() if key is not None else None
    who, role = (actor.username, actor.role.value) if actor else (SYSTEM_NAME, "system")
    with store.write(who, role) as uow:
        if actor is not None:
            authorize(uow.session, actor, Permission.MANAGE_OFFICE)
        check({
            "central_url": url_problem(url),
            "key": QT_TRANSLATE_NOOP(
                "sync", "Kunci kantor tidak dikenali: kunci dari pusat dimulai dengan kdc1_ "
                "dan panjangnya 48 huruf.").format()
            if key is not None and not credentials.key_looks_valid(key) else None,
            "ca_file": QT_TRANSLATE_NOOP("sync", "Berkas sertifikat {path} tidak ada.").format(
                path=ca_file) if ca_file is not None and not ca_file.is_file() else None,
            "key_missing": QT_TRANSLATE_NOOP("sync", "Masukkan kunci kantor dari pusat.").format()
            if key is None and credentials.load_key(store.data_dir) is None else None,
        })
        state.put(uow.session, CENTRAL_URL_KEY, url)
        state.put(uow.session, CA_FILE_KEY, str(ca_file.resolve()) if ca_file else None)
        changes: dict[str, object] = {
            "central_url": url, "ca_file": str(ca_file) if ca_file else None,
            "key_changed": key is not None,
        }
        if key is not None:
            changes["key_fingerprint"] = key_fingerprint(key)
            # Kept before the commit: a key saved and a setting not is only a spare key;
            # the other way round the desk would have an address and no key.
            credentials.save_key(store.data_dir, key)
        uow.record("sync.configured", "sync", "central", changes)
    return load_config(store)
