"""What the services answer, turned into the card documents' plain inputs, and rendered.

The one place where a ``DestructionBatchDetail``, a ``HandOverDetail`` or a
``Reconciliation`` becomes a ``DestructionReport``, ``HandOverReport`` or
``ReconciliationReport``: labels translated, office heading, signatories, the seal.

Choices the services leave open, made here:
- A destruction or hand-over records its day, not its hour, so the letters name the day
  only (``document_texts``); the confirmation's time is printed beside the QR code.
- Holders' names stay off the lists: the list leaves the office, and the serial with the
  masked NIK tells the cards apart (UU PDP: no more personal data than needed).
- The serah terima's PIHAK PERTAMA is the person who prepared it (a petugas of this
  kelurahan); the supervisor who confirmed it signs under "Mengetahui"; it takes place at
  the receiving institution, which the hand-over names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from kelurahan_desk.documents.blanko_reconciliation_pdf import (
    BrokenSerial,
    ReceiptLine,
    ReconciliationReport,
    render_reconciliation_report,
)
from kelurahan_desk.documents.card_handover_pdf import HandOverReport, render_handover_report
from kelurahan_desk.documents.card_list_pdf import CardRow
from kelurahan_desk.documents.destruction_report_pdf import (
    DestructionReport,
    render_destruction_report,
)
from kelurahan_desk.documents.official_letter import OfficeHeading, Progress
from kelurahan_desk.domain.roles import ROLE_LABELS
from kelurahan_desk.domain.spoiled_cards import METHOD_LABELS, SOURCE_LABELS, Signatory
from kelurahan_desk.services.actor import Actor
from kelurahan_desk.services.blanko import Reconciliation
from kelurahan_desk.services.card_batches import CardLine, HandOverDetail
from kelurahan_desk.services.card_destructions import DestructionBatchDetail
from kelurahan_desk.services.office import OfficeInfo
from kelurahan_desk.ui.cards import document_texts
from kelurahan_desk.ui.i18n import translated

translate = QCoreApplication.translate  # bare name: lupdate finds translate("ctx", "text")

# A day with no recorded hour stands at midday: only its date is printed.
_MIDDAY = time(12, 0)


def office_heading(office: OfficeInfo) -> OfficeHeading:
    return OfficeHeading(office.name, office.kecamatan, office.kota, office.code)


def card_rows(cards: Sequence[CardLine]) -> list[CardRow]:
    """The cards as the lists print them: source translated, NIK masked, no names."""
    sources = {source: translated(label) for source, label in SOURCE_LABELS.items()}
    return [CardRow(serial=c.serial, nik=c.nik, source=sources[c.source], reason=c.reason,
                    logged_on=c.logged_on) for c in cards]


def _on_day(day: date, zone: str, at: time | None = None) -> datetime:
    return datetime.combine(day, at or _MIDDAY, ZoneInfo(zone))


class NotConfirmed(ValueError):
    """A batch that no supervisor confirmed has no seal, so no report to print yet."""


def destruction_report(detail: DestructionBatchDetail) -> DestructionReport:
    """The Berita Acara of a confirmed destruction; ``NotConfirmed`` before that."""
    if detail.audit_seq is None or detail.audit_hash is None or detail.confirmed_at is None:
        raise NotConfirmed(detail.ba_number)
    zone = detail.office.timezone
    # The circular comes from the domain (the one text the services seal); the law
    # before it is the document's own.
    legal_basis = (document_texts.legal_basis_laws(), translated(detail.legal_basis) + ".")
    return DestructionReport(
        office=office_heading(detail.office), number=detail.ba_number, batch_id=detail.id,
        held_at=_on_day(detail.destroyed_on, zone, detail.held_time), timezone=zone,
        place=detail.place,
        method=translated(METHOD_LABELS[detail.method]), official=detail.official,
        witnesses=detail.witnesses, cards=card_rows(detail.cards),
        chain_hash=detail.audit_hash, audit_seq=detail.audit_seq,
        confirmed_at=detail.confirmed_at, legal_basis=legal_basis)


def hand_over_report(detail: HandOverDetail) -> HandOverReport:
    """The serah terima list; with its QR code once a supervisor confirmed it."""
    office = detail.office
    kelurahan = translate("CardDocuments", "Kelurahan {name}").format(name=office.name)
    giver = Signatory(detail.prepared_by_name,
                      translate("CardDocuments", "Petugas Kelurahan {name}").format(
                          name=office.name), kelurahan)
    known_by = None
    if detail.confirmed_by_name:
        known_by = Signatory(detail.confirmed_by_name,
                             translate("CardDocuments", "Supervisor Kelurahan {name}").format(
                                 name=office.name), kelurahan)
    sealed = detail.audit_seq is not None and detail.audit_hash is not None
    return HandOverReport(
        office=office_heading(office), number=detail.number, handover_id=detail.id,
        handed_over_at=_on_day(detail.handed_on, office.timezone), timezone=office.timezone,
        place=translate("CardDocuments", "kantor {institution}").format(
            institution=detail.receiver.institution),
        giver=giver, receiver=detail.receiver, cards=card_rows(detail.cards),
        chain_hash=detail.audit_hash if sealed else None,
        audit_seq=detail.audit_seq if sealed else None, known_by=known_by)


def reconciliation_report(reconciliation: Reconciliation, actor: Actor) -> ReconciliationReport:
    """The reconciliation as of its moment, signed by the one who printed it."""
    office = reconciliation.office
    lines = [ReceiptLine(line.received_on or reconciliation.as_of.date(),
                         line.document_number, line.received, line.printed, line.spoiled,
                         line.in_stock) for line in reconciliation.lines]
    broken = [BrokenSerial(b.serial, b.document_number or None, translated(b.problem))
              for b in reconciliation.broken]
    prepared_by = Signatory(actor.full_name, translated(ROLE_LABELS[actor.role]),
                            translate("CardDocuments", "Kelurahan {name}").format(
                                name=office.name))
    return ReconciliationReport(
        office=office_heading(office), as_of=reconciliation.as_of, timezone=office.timezone,
        receipts=lines, broken=broken, prepared_by=prepared_by)


# --- rendering, in the user's language --------------------------------------------------


def destruction_pdf(detail: DestructionBatchDetail, progress: Progress | None = None) -> bytes:
    return render_destruction_report(destruction_report(detail), progress,
                                     document_texts.destruction_texts(detail.held_time))


def destruction_renderer(detail: DestructionBatchDetail) -> Callable[[Progress], bytes]:
    """Everything Qt-bound done now (texts translated, inputs mapped), so the returned
    function may run on a worker thread: it only draws."""
    report = destruction_report(detail)
    texts = document_texts.destruction_texts(detail.held_time)
    return lambda progress: render_destruction_report(report, progress, texts)


def hand_over_renderer(detail: HandOverDetail) -> Callable[[Progress], bytes]:
    report, texts = hand_over_report(detail), document_texts.hand_over_texts()
    return lambda progress: render_handover_report(report, progress, texts)


def reconciliation_pdf(reconciliation: Reconciliation, actor: Actor) -> bytes:
    return render_reconciliation_report(reconciliation_report(reconciliation, actor),
                                        document_texts.reconciliation_texts())
