"""The Berita Acara Pemusnahan KTP-el rusak/invalid (SE Mendagri 470.13/11176/SJ) as A4 PDF."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from kelurahan_desk.documents.berita_acara import (
    build_berita_acara,
    card_count,
    card_list,
    opening,
)
from kelurahan_desk.documents.card_list_pdf import (
    CardListTexts,
    CardRow,
)
from kelurahan_desk.documents.official_letter import (
    WIDTH,
    OfficeHeading,
    Progress,
    Signatory,
    Signature,
    letterhead,
    local_time,
    nip_text,
    numbered_list,
    para,
    place_name,
    signature_grid,
    title_block,
    verification_block,
)
from kelurahan_desk.domain.spoiled_cards import BatchKind, custody_qr_text

__all__ = ["LEGAL_BASIS", "CardRow", "DestructionReport", "DestructionReportTexts",
           "OfficeHeading", "Signatory", "qr_payload", "render_destruction_report"]

LEGAL_BASIS: tuple[str, ...] = (
    "Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan sebagaimana telah "
    "diubah dengan Undang-Undang Nomor 24 Tahun 2013;",
    "Surat Edaran Menteri Dalam Negeri Nomor 470.13/11176/SJ tanggal 13 Desember 2018 "
    "tentang Penatausahaan KTP-el Rusak atau Invalid.",
)


@dataclass(frozen=True)
class DestructionReport:
    """A confirmed destruction batch, as plain values.

    ``audit_seq`` and ``chain_hash`` are the number and hash of the audit event that
    confirmed the batch (its seal); with ``number`` they go into the QR code in the
    domain's one format (``custody_qr_text``: ``KDESK|BA|<number>|<seq>|<hash>``), so a
    printed report can be checked against the system. ``method`` is the word after "dengan
    cara" ("dibakar"), translated by the caller.
    """

    office: OfficeHeading
    number: str  # the Berita Acara's number, "470/012/35.74.01.1007/2026"
    batch_id: UUID | str
    held_at: datetime  # aware: when the destruction took place
    timezone: str  # the office's zone, "Asia/Jakarta"
    place: str  # "halaman Kantor Kelurahan Pohsangit Kidul"
    method: str  # "dibakar"
    official: Signatory  # who carried it out and signs the report (the Lurah)
    witnesses: tuple[Signatory, ...]
    cards: Sequence[CardRow]
    chain_hash: str
    audit_seq: int
    confirmed_at: datetime  # aware: when a supervisor confirmed the batch
    legal_basis: tuple[str, ...] = LEGAL_BASIS

    def __post_init__(self) -> None:
        if not self.cards:
            raise ValueError("a destruction report lists at least one card")
        for moment in (self.held_at, self.confirmed_at):
            local_time(moment, self.timezone)  # naive times and unknown zones fail here
        for field in (self.number, str(self.batch_id), self.chain_hash):
            if not field.strip() or "|" in field:
                raise ValueError(f"{field!r} cannot go into the QR code")
        if self.audit_seq < 1:
            raise ValueError(f"audit event {self.audit_seq} cannot go into the QR code")
        object.__setattr__(self, "cards", tuple(self.cards))
        object.__setattr__(self, "witnesses", tuple(self.witnesses))


@dataclass(frozen=True)
class DestructionReportTexts(CardListTexts):
    """Every fixed word of the Berita Acara; the UI passes them translated.

    ``{...}`` fields are filled in here; ``count`` may hold reportlab mark-up (``<b>``).
    The defaults are the Indonesian source texts.
    """

    title: str = "BERITA ACARA PEMUSNAHAN KTP-EL RUSAK/INVALID"
    opening: str = (
        "Pada hari ini {weekday} tanggal {day} bulan {month} tahun {year} ({date}), pukul "
        "{time} {zone}, bertempat di {place}, kami yang bertanda tangan di bawah ini telah "
        "melaksanakan pemusnahan Kartu Tanda Penduduk Elektronik (KTP-el) rusak/invalid "
        "dengan cara {method}, berdasarkan:"
    )
    count: str = (
        "Jumlah KTP-el rusak/invalid yang dimusnahkan sebanyak <b>{figures} ({words})</b> "
        "keping, dengan rincian menurut asal kartu sebagai berikut:"
    )
    witnessed: str = "Pemusnahan tersebut disaksikan oleh:"
    witness_line: str = "{name}, {position}, {institution}"
    witness_line_nip: str = "{name}, NIP. {nip}, {position}, {institution}"
    list_title: str = "DAFTAR KTP-EL RUSAK/INVALID YANG DIMUSNAHKAN"
    closing: str = (
        "Demikian Berita Acara Pemusnahan ini dibuat dengan sebenarnya untuk dipergunakan "
        "sebagaimana mestinya."
    )
    official_heading: str = "Yang melaksanakan pemusnahan,"
    witnesses_heading: str = "SAKSI-SAKSI"
    witness: str = "Saksi {n},"
    verify: str = "Pindai kode QR untuk mencocokkan berita acara ini dengan sistem."
    batch: str = "Batch pemusnahan:"
    confirmed: str = ("Dikonfirmasi {date} pukul {time} {zone}, peristiwa audit nomor {seq}. "
                      "Hash rantai audit:")
    footer: str = "Berita Acara Pemusnahan KTP-el Rusak/Invalid Nomor {number}"


def qr_payload(report: DestructionReport) -> str:
    """What the QR code holds: ``KDESK|BA|<number>|<audit seq>|<audit hash>``, the format
    the services seal a batch with and ``parse_custody_qr`` reads back."""
    return custody_qr_text(BatchKind.DESTRUCTION, report.number, report.audit_seq,
                           report.chain_hash)


def render_destruction_report(
    report: DestructionReport,
    progress: Progress | None = None,
    texts: DestructionReportTexts | None = None,
) -> bytes:
    """The Berita Acara as A4 PDF bytes.

    ``progress(done, total)`` is called as pages of the card list are drawn (``total`` is
    the number of cards) and once more with ``(total, total)`` when the PDF is complete, so
    a worker thread can drive a progress bar. 13,659 cards take about 236 pages.
    """
    t = texts or DestructionReportTexts()
    return build_berita_acara(lambda: _story(report, t, progress), report.office,
                              f"{t.title} {report.number}", t.footer.format(number=report.number),
                              len(report.cards), progress, t)


def _story(r: DestructionReport, t: DestructionReportTexts,
           progress: Progress | None) -> list[Flowable]:
    held, zone = local_time(r.held_at, r.timezone)
    story: list[Flowable] = [*letterhead(r.office, t), *title_block(t.title, r.number, t)]

    story.append(opening(t.opening, held, zone, t, place=r.place, method=r.method))
    story += [Spacer(1, 1.5 * mm), numbered_list(r.legal_basis), Spacer(1, 3 * mm)]
    story += card_count(t.count, r.cards, t, space_after=3 * mm)

    if r.witnesses:
        # items of an Indonesian list end in ";", the last one in "."
        lines = [_witness_line(w, t) + ";" for w in r.witnesses]
        lines[-1] = lines[-1][:-1] + "."
        story += [para(t.witnessed, "body"), Spacer(1, 1.5 * mm), numbered_list(lines),
                  Spacer(1, 4 * mm)]

    story += card_list(t.list_title, r.cards, t, progress)
    story.append(KeepTogether(_signatures(r, t, held, zone)))
    return story


def _witness_line(w: Signatory, t: DestructionReportTexts) -> str:
    line = t.witness_line_nip if w.nip else t.witness_line
    text = line.format(name=w.name, nip=nip_text(w.nip), position=w.position,
                       institution=w.institution)
    return text.rstrip(", ")


def _signatures(r: DestructionReport, t: DestructionReportTexts, held: datetime,
                zone: str) -> list[Flowable]:
    confirmed, confirmed_zone = local_time(r.confirmed_at, r.timezone)
    check_w = WIDTH * 0.52
    check = verification_block(qr_payload(r), [
        (t.verify, False), (t.batch, False), (str(r.batch_id), True),
        (t.confirmed.format(date=t.long_date(confirmed.date()), time=f"{confirmed:%H.%M}",
                            zone=confirmed_zone, seq=r.audit_seq), False),
        (r.chain_hash, True)], check_w - 5 * mm)
    official = signature_grid([Signature(
        (t.official_heading, r.official.position), r.official,
        dated=t.place_date.format(place=place_name(r.office.kota),
                                  date=t.long_date(held.date())))], t, 1, WIDTH - check_w,
        room=22 * mm)
    top = Table([[check, official]], colWidths=[check_w, WIDTH - check_w], style=TableStyle([
        ("VALIGN", (0, 0), (0, 0), "BOTTOM"),
        ("VALIGN", (1, 0), (1, 0), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    blocks: list[Flowable] = [para(t.closing, "body"), Spacer(1, 5 * mm), top]
    if r.witnesses:
        columns = 2 if len(r.witnesses) in (1, 2, 4) else 3
        witnesses = [Signature((t.witness.format(n=n), w.position), w)
                     for n, w in enumerate(r.witnesses, start=1)]
        blocks += [Spacer(1, 6 * mm), para(t.witnesses_heading, "h"), Spacer(1, 3 * mm),
                   signature_grid(witnesses, t, columns)]
    return blocks
