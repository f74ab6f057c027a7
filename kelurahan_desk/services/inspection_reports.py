"""Laporan Sidak: keeping the report of an ended inspection, and listing and opening the
kept reports (supervisors, inspectors).

The PDF stays in the local store (its pictures make it larger than one sync op may be);
the audited record that goes to the centre carries its SHA-256, the findings and the test
prints.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP
from kelurahan_desk.domain.roles import Permission
from kelurahan_desk.services.actor import Actor, authorize
from kelurahan_desk.services.errors import NotFound
from kelurahan_desk.services.inspection import _findings_payload, _inspectors, _refused
from kelurahan_desk.store.database import Store
from kelurahan_desk.store.inspection_tables import Inspection, InspectionTestPrint
from kelurahan_desk.store.tables import Counter


@dataclass(frozen=True)
class ReportRow:
    """One inspection in the supervisors' list."""

    id: uuid.UUID
    number: str
    started_at: datetime
    ended_at: datetime | None
    inspectors: tuple[str, ...]
    report_bytes: int | None  # None: no report (yet)
    report_sha256: str | None



def save_report(store: Store, actor: Actor, inspection_id: uuid.UUID, pdf: bytes) -> ReportRow:
    """Keep the Laporan Sidak PDF with its inspection; its record goes to the centre.

    The PDF stays in the local store (its pictures make it larger than one sync op may
    be); the record sent carries its SHA-256, the findings and the test prints.
    """
    if not pdf.startswith(b"%PDF"):
        raise ValueError("the report must be a PDF")
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.INSPECT)
        row = uow.session.get(Inspection, inspection_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("inspection", "Sidak tidak ditemukan.").format())
        if row.ended_at is None:
            raise _refused("Akhiri sidak dulu sebelum menyimpan laporannya.")
        if row.report_sha256 is not None:
            raise _refused("Laporan sidak {number} sudah disimpan.", number=row.number)
        digest = hashlib.sha256(pdf).hexdigest()
        row.report_pdf, row.report_sha256, row.report_saved_at = pdf, digest, uow.now
        names = {c.id: c.name for c in uow.session.scalars(select(Counter))}
        prints = uow.session.scalars(select(InspectionTestPrint).where(
            InspectionTestPrint.inspection_id == row.id).order_by(InspectionTestPrint.id))
        uow.record("sidak.report_saved", "inspection", row.id, {
            "number": row.number,
            "started_at": row.started_at.isoformat(),
            "ended_at": row.ended_at.isoformat(),
            "inspectors": [i.username for i in _inspectors(uow.session, row.id)],
            "team": row.team,
            "findings": _findings_payload(uow.session, row),
            "overall": row.overall_findings,
            "test_prints": [{"counter": names.get(p.counter_id, ""), "printer": p.printer,
                             "ok": p.ok, "detail": p.detail, "at": p.at.isoformat()}
                            for p in prints],
            "report_sha256": digest,
            "report_bytes": len(pdf),
        })
        return ReportRow(row.id, row.number, row.started_at, row.ended_at,
                         tuple(i.full_name for i in _inspectors(uow.session, row.id)),
                         len(pdf), digest)



def list_reports(store: Store, actor: Actor) -> list[ReportRow]:
    """Every inspection, newest first, with whether its report was kept."""
    with store.read() as session:
        authorize(session, actor, Permission.VIEW_REPORTS)
        rows = session.execute(select(
            Inspection.id, Inspection.number, Inspection.started_at, Inspection.ended_at,
            func.length(Inspection.report_pdf), Inspection.report_sha256,
        ).order_by(Inspection.started_at.desc())).all()
        return [ReportRow(i, number, started, ended,
                          tuple(x.full_name for x in _inspectors(session, i)), size, digest)
                for i, number, started, ended, size, digest in rows]


def report_pdf(store: Store, actor: Actor, inspection_id: uuid.UUID) -> bytes:
    """The kept Laporan Sidak. Opening it is audited: its pictures of the counters' screens
    may show residents' data."""
    with store.write(actor.username, actor.role) as uow:
        authorize(uow.session, actor, Permission.VIEW_REPORTS)
        row = uow.session.get(Inspection, inspection_id)
        if row is None or row.report_pdf is None:
            raise NotFound(QT_TRANSLATE_NOOP(
                "inspection", "Laporan sidak ini belum ada.").format())
        uow.record("sidak.report_opened", "inspection", row.id, {
            "number": row.number, "report_sha256": row.report_sha256})
        return row.report_pdf

