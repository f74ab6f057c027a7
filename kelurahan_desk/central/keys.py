"""Office keys: 256 random bits shown once; the centre keeps only their SHA-256.

A fast hash is enough here (unlike passwords): a key is never chosen by a person, so
there is nothing to guess, and the lookup by hash needs no per-key salt.
"""

from __future__ import annotations

import hashlib
import secrets

PREFIX = "kdc1_"  # names the kind of secret when one turns up in a log or a paste


def new_key() -> str:
    return PREFIX + secrets.token_urlsafe(32)


def key_hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()
