"""The diagnostics bundle for the Dispendukcapil help desk: one zip, no personal data.

It holds the log files (``logs/``), the versions of everything the program runs on
(``versions.json``), the office's settings without secrets (``settings.json``) and the
result of the store check (``store-check.json``), plus a short ``README.txt``. It never
holds the store itself, the office key file, accounts or password hashes, or anything
about a resident; every text is passed through ``logs.redact`` once more on the way in.

Each part is read on its own and a part that cannot be read says why in its place: the
bundle is most needed when something is broken, the store included. The store is only
read (``mode=ro``), never opened through ``Store.open`` (which would migrate it).
"""

from __future__ import annotations

import json
import platform
import re
import sqlite3
import sys
import zipfile
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kelurahan_desk.logs import LOG_DIR, redact
from kelurahan_desk.paths import STORE_FILE
from kelurahan_desk.version import app_version

# Setting keys whose values are secrets or could carry them; never written out.
_SECRET_KEY = re.compile(r"(?i)(key|pass|secret|token|credential|hash|anchor)")
_PLAIN_SETTING_KEYS = ("sync.device", "sync.central_url", "sync.ca_file", "sync.state",
                       "queue.closed_through")


def write_diagnostics(target: Path, data_dir: Path, window: str | None = None) -> Path:
    """Write the bundle to ``target`` (a .zip); return its path."""
    target.parent.mkdir(parents=True, exist_ok=True)
    parts: dict[str, Callable[[], Any]] = {
        "versions.json": lambda: versions(data_dir),
        "settings.json": lambda: settings_without_secrets(data_dir),
        "store-check.json": lambda: store_check(data_dir),
    }
    partial = target.with_name(target.name + ".partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("README.txt", _readme(window))
        for name, read in parts.items():
            try:
                value = read()
            except Exception as exc:  # a broken part must not stop the rest
                value = {"error": f"{type(exc).__name__}: {exc}"}
            bundle.writestr(name, redact(json.dumps(value, indent=1, ensure_ascii=False,
                                                    default=str)))
        for log_path in _log_files(data_dir):
            text = log_path.read_text(encoding="utf-8", errors="replace")
            bundle.writestr(f"logs/{log_path.name}", redact(text))
    partial.replace(target)
    return target


def _readme(window: str | None) -> str:
    made = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    return (
        "Berkas diagnosis Kelurahan Desk\n"
        f"Dibuat: {made}; versi {app_version()}" + (f"; jendela: {window}" if window else "")
        + "\n\nIsi: catatan program (logs/), versi perangkat lunak (versions.json), "
        "pengaturan kantor tanpa rahasia (settings.json), hasil pemeriksaan penyimpanan "
        "(store-check.json).\nTidak berisi data penduduk, kata sandi, atau kunci kantor.\n"
        "Kirimkan berkas ini ke layanan bantuan Dispendukcapil.\n"
    )


def _log_files(data_dir: Path) -> list[Path]:
    folder = data_dir / LOG_DIR
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and re.fullmatch(r"[\w-]+\.log(\.\d+)?", p.name))


def versions(data_dir: Path) -> dict[str, Any]:
    """The program and what it runs on; the store's schema revision if there is a store."""
    found: dict[str, Any] = {
        "kelurahan-desk": app_version(),
        "python": sys.version.split()[0],
        "python_implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "sqlite": sqlite3.sqlite_version,
    }
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        found["pyside6"] = PySide6.__version__
        found["qt"] = qVersion()
    except ImportError as exc:
        found["pyside6"] = f"not importable: {exc}"
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    for dist in ("SQLAlchemy", "alembic", "reportlab", "pydantic", "numpy"):
        try:
            found[dist.lower()] = dist_version(dist)
        except PackageNotFoundError:
            found[dist.lower()] = None
    path = data_dir / STORE_FILE
    if path.exists():
        found["store_revision"] = _read_only(path, lambda c: c.execute(
            "SELECT version_num FROM alembic_version").fetchone()[0])
    return found


def _read_only(path: Path, read: Callable[[sqlite3.Connection], Any]) -> Any:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        return read(conn)


def settings_without_secrets(data_dir: Path) -> dict[str, Any]:
    """The office (code, name, time zone), its counters' count and its settings.

    Every setting is written with its default filled in; a stored key that names a secret
    (a key, a password, a token, a hash) is left out entirely, and a URL loses any
    password written into it.
    """
    from kelurahan_desk.domain.settings import SETTINGS

    path = data_dir / STORE_FILE
    result: dict[str, Any] = {
        "data_dir_exists": data_dir.is_dir(),
        "store_exists": path.exists(),
        "office_key_file_present": (data_dir / "central-office-key").exists(),
    }
    values: dict[str, Any] = {key: setting.default for key, setting in SETTINGS.items()}
    if path.exists():
        def read(conn: sqlite3.Connection) -> None:
            office = conn.execute(
                "SELECT code, name, kecamatan, kota, timezone FROM office WHERE id = 1"
            ).fetchone()
            if office is not None:
                result["office"] = dict(zip(("code", "name", "kecamatan", "kota", "timezone"),
                                            office, strict=True))
            result["counters"] = conn.execute("SELECT count(*) FROM counters").fetchone()[0]
            for key, raw in conn.execute("SELECT key, value FROM settings ORDER BY key"):
                if _SECRET_KEY.search(key):
                    continue
                if key in SETTINGS or key in _PLAIN_SETTING_KEYS:
                    values[key] = _json_or_text(raw)
                elif key.startswith("sync."):
                    values[key] = "(disimpan)"  # sync state: only that it is there

        _read_only(path, read)
    result["settings"] = values
    device = data_dir / "device.ini"
    if device.exists():
        result["device.ini"] = device.read_text(encoding="utf-8", errors="replace")
    return result


def _json_or_text(raw: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def store_check(data_dir: Path) -> dict[str, Any]:
    """``verify_store``: SQLite's own check, the keys, the append-only guard, the chain."""
    from kelurahan_desk.store.integrity import verify_store

    path = data_dir / STORE_FILE
    if not path.exists():
        return {"store_exists": False}
    size = path.stat().st_size
    verdict = verify_store(path)
    return {"store_exists": True, "size_bytes": size, "ok": verdict.ok,
            "audit_events": verdict.events, "problems": [str(p) for p in verdict.problems]}
