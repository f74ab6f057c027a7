"""Read-only checks of a store file: SQLite's own check, its keys, and the audit chain."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from kelurahan_desk.domain.audit import GENESIS_HASH, AuditFields, event_hash
from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from kelurahan_desk.store.engine import quick_check

APPEND_ONLY_TRIGGERS = ("audit_events_no_update", "audit_events_no_delete")
ANCHOR_KEY = "sync.anchor"  # "seq:hash" of the last event the centre accepted


@dataclass
class Verdict:
    problems: list[Message] = field(default_factory=list)
    events: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_store(path: Path) -> Verdict:
    """Everything wrong with the store at ``path`` (an empty list when sound)."""
    verdict = Verdict()
    check = quick_check(path)
    if check != "ok":
        verdict.problems.append(
            QT_TRANSLATE_NOOP("integrity", "Berkas penyimpanan rusak: {detail}").format(
                detail=check
            )
        )
        return verdict
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if "audit_events" not in tables or "outbox" not in tables:
            verdict.problems.append(
                QT_TRANSLATE_NOOP(
                    "integrity", "Berkas ini bukan penyimpanan Kelurahan Desk."
                ).format()
            )
            return verdict
        missing = [t for t in APPEND_ONLY_TRIGGERS if t not in tables]
        if missing:
            verdict.problems.append(
                QT_TRANSLATE_NOOP(
                    "integrity",
                    "Pelindung jejak audit telah dihapus ({names}): catatan audit bisa diubah.",
                ).format(names=", ".join(missing))
            )
        if conn.execute("PRAGMA foreign_key_check").fetchone():
            verdict.problems.append(
                QT_TRANSLATE_NOOP(
                    "integrity",
                    "Ada catatan kirim yang merujuk ke peristiwa audit yang sudah hilang.",
                ).format()
            )
        _check_chain(conn, verdict)
        _check_outbox_pairs(conn, verdict)
        _check_anchor(conn, verdict)
    return verdict


def _check_chain(conn: sqlite3.Connection, verdict: Verdict) -> None:
    rows = conn.execute(
        "SELECT seq, event_id, occurred_at, actor, role, action, record_type, record_id,"
        " changes, prev_hash, hash FROM audit_events ORDER BY seq"
    )
    expected_prev, expected_seq = GENESIS_HASH, 1
    for row in rows:
        seq, prev_hash, stored_hash = row[0], row[9], row[10]
        verdict.events += 1
        if seq != expected_seq:
            verdict.problems.append(
                QT_TRANSLATE_NOOP(
                    "integrity", "Jejak audit terputus: peristiwa {first} sampai {last} hilang."
                ).format(first=expected_seq, last=seq - 1)
            )
        fields = AuditFields(seq, _uuid_text(row[1]), *row[2:9])
        if prev_hash != expected_prev:
            verdict.problems.append(
                QT_TRANSLATE_NOOP(
                    "integrity",
                    "Jejak audit terputus pada peristiwa {seq}: tidak tersambung ke sebelumnya.",
                ).format(seq=seq)
            )
        if event_hash(fields, prev_hash) != stored_hash:
            verdict.problems.append(
                QT_TRANSLATE_NOOP(
                    "integrity", "Peristiwa audit {seq} telah diubah setelah dicatat."
                ).format(seq=seq)
            )
        expected_prev, expected_seq = stored_hash, seq + 1


def _check_outbox_pairs(conn: sqlite3.Connection, verdict: Verdict) -> None:
    orphans = conn.execute(
        "SELECT count(*), min(o.audit_seq) FROM outbox o"
        " LEFT JOIN audit_events a ON a.seq = o.audit_seq WHERE a.seq IS NULL"
    ).fetchone()
    if orphans[0]:
        verdict.problems.append(
            QT_TRANSLATE_NOOP(
                "integrity",
                "{count} peristiwa audit telah dihapus (mulai nomor {seq}); catatan kirimnya"
                " masih ada.",
            ).format(count=orphans[0], seq=orphans[1])
        )
    # An op shares its event's seq (a CHECK since migration 0008, which dropped the index
    # on audit_seq): found by the primary key, not a temporary index built on every start.
    unsent = conn.execute(
        "SELECT count(*) FROM audit_events a"
        " LEFT JOIN outbox o ON o.seq = a.seq AND o.audit_seq = a.seq WHERE o.seq IS NULL"
    ).fetchone()[0]
    if unsent:
        verdict.problems.append(
            QT_TRANSLATE_NOOP(
                "integrity", "{count} peristiwa audit tidak punya catatan kirim ke pusat."
            ).format(count=unsent)
        )


def _check_anchor(conn: sqlite3.Connection, verdict: Verdict) -> None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (ANCHOR_KEY,)).fetchone()
    if not row:
        return
    seq_text, _, anchor_hash = row[0].strip('"').partition(":")
    found = conn.execute(
        "SELECT 1 FROM audit_events WHERE seq = ? AND hash = ?", (int(seq_text), anchor_hash)
    ).fetchone()
    if not found:
        verdict.problems.append(
            QT_TRANSLATE_NOOP(
                "integrity",
                "Jejak audit tidak lagi memuat peristiwa {seq} yang sudah diterima pusat.",
            ).format(seq=seq_text)
        )


def _uuid_text(value: object) -> str:
    """SQLAlchemy stores UUIDs as 32 hex digits on SQLite; the chain seals the dashed form."""
    return str(uuid.UUID(str(value)))
