"""Where the office key lives: the platform's keyring if it has one, else a 0600 file.

Never in the SQLite store: the store is copied into backups and onto USB sticks for
support, and a key there would travel with it. With the ``keyring`` package importable and
a real backend (Windows Credential Locker, macOS Keychain, Secret Service on a Linux
desktop) the key goes there, one entry per data folder. Otherwise, or when
``KELURAHAN_DESK_KEYRING=file`` asks for it, it is the file ``central-office-key`` in the
data folder, created with mode 0600 (only the user can read it; on Windows the per-user
data folder is the protection). A file found with wider permissions is narrowed to 0600.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import sys
from pathlib import Path
from types import ModuleType
from typing import cast

KEY_FILE = "central-office-key"
KEYRING_SERVICE = "kelurahan-desk"
KEYRING_ENV = "KELURAHAN_DESK_KEYRING"  # "file" forces the file
KEY_PATTERN = re.compile(r"^kdc1_[A-Za-z0-9_-]{43}$")  # central/keys.py: kdc1_ + 32 bytes


def key_looks_valid(key: str) -> bool:
    return bool(KEY_PATTERN.match(key.strip()))


def _keyring() -> ModuleType | None:
    """The keyring module when it has a backend that really stores secrets."""
    if os.environ.get(KEYRING_ENV, "").lower() == "file":
        return None
    try:
        import keyring
        from keyring.backends import fail
    except Exception:  # not installed, or broken: the file is the fallback
        return None
    try:
        backend = keyring.get_keyring()
        priority = getattr(backend, "priority", 0)
        module = type(backend).__module__
    except Exception:
        return None
    if isinstance(backend, fail.Keyring) or module.endswith(".null") or priority <= 0:
        return None
    return cast(ModuleType, keyring)


def _account(data_dir: Path) -> str:
    return f"office-key:{data_dir.resolve()}"


def key_file(data_dir: Path) -> Path:
    return data_dir / KEY_FILE


def _write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` readable by the user only, replacing it atomically."""
    temporary = path.with_name(path.name + ".new")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)  # the umask never widens it, an old file never keeps its mode
        os.write(fd, text.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temporary, path)


def save_key(data_dir: Path, key: str) -> str:
    """Keep ``key`` for the office in ``data_dir``; where it went: "keyring" or "file"."""
    data_dir.mkdir(parents=True, exist_ok=True)
    keyring = _keyring()
    if keyring is not None:
        try:
            keyring.set_password(KEYRING_SERVICE, _account(data_dir), key.strip())
        except Exception as exc:  # a locked or absent backend: use the file
            print(f"kelurahan-desk: keyring unusable ({exc}); key kept in a file",
                  file=sys.stderr)
        else:
            key_file(data_dir).unlink(missing_ok=True)
            return "keyring"
    _write_private(key_file(data_dir), key.strip() + "\n")
    return "file"


def load_key(data_dir: Path) -> str | None:
    keyring = _keyring()
    if keyring is not None:
        try:
            found = keyring.get_password(KEYRING_SERVICE, _account(data_dir))
        except Exception:
            found = None
        if found:
            return str(found)
    path = key_file(data_dir)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return None
    if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
        os.chmod(path, 0o600)
    text = path.read_text(encoding="utf-8").strip()
    return text or None


def delete_key(data_dir: Path) -> None:
    keyring = _keyring()
    if keyring is not None:
        with contextlib.suppress(Exception):
            keyring.delete_password(KEYRING_SERVICE, _account(data_dir))
    key_file(data_dir).unlink(missing_ok=True)


def key_location(data_dir: Path) -> str:
    """Where the key is (or would be) kept, for the settings page."""
    return "keyring" if _keyring() is not None else str(key_file(data_dir))
