"""The Berita Acara Serah Terima of spoiled KTP-el cards to the Dispendukcapil, with the list."""

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
    para,
    place_name,
    signature_grid,
    title_block,
    verification_block,
)
from kelurahan_desk.domain.spoiled_cards import BatchKind, custody_qr_text

__all__ = ["CardRow", "HandOverReport", "HandOverTexts", "OfficeHeading", "Signatory",
           "handover_qr_payload", "render_handover_report"]


@dataclass(frozen=True)
class HandOverReport:
    """A confirmed hand-over (serah terima) of spoiled cards, as plain values.

    ``giver`` is PIHAK PERTAMA (the kelurahan), ``receiver`` PIHAK KEDUA (the
    Dispendukcapil's officer). With ``audit_seq`` and ``chain_hash`` (the audit event
    that confirmed it) the list carries a QR code in the domain's one format
    (``custody_qr_text``), as the Berita Acara Pemusnahan does.
    """

    office: OfficeHeading
    number: str
    handover_id: UUID | str
    handed_over_at: datetime  # aware
    timezone: str
    place: str  # "Kantor Dinas Kependudukan dan Pencatatan Sipil Kota Probolinggo"
    giver: Signatory
    receiver: Signatory
    cards: Sequence[CardRow]
    chain_hash: str | None = None
    audit_seq: int | None = None
    known_by: Signatory | None = None  # "Mengetahui": the Lurah, when someone else hands over

    def __post_init__(self) -> None:
        if not self.cards:
            raise ValueError("a hand-over lists at least one card")
        local_time(self.handed_over_at, self.timezone)
        if (self.chain_hash is None) != (self.audit_seq is None):
            raise ValueError("the QR code needs both the audit event's number and its hash")
        if self.chain_hash is not None:
            for field in (self.number, str(self.handover_id), self.chain_hash):
                if not field.strip() or "|" in field:
                    raise ValueError(f"{field!r} cannot go into the QR code")
        object.__setattr__(self, "cards", tuple(self.cards))


@dataclass(frozen=True)
class HandOverTexts(CardListTexts):
    """Every fixed word of the hand-over list; the UI passes them translated.

    ``{...}`` fields are filled in here; ``handed`` may hold reportlab mark-up (``<b>``).
    The defaults are the Indonesian source texts.
    """

    title: str = "BERITA ACARA SERAH TERIMA KTP-EL RUSAK/INVALID"
    opening: str = (
        "Pada hari ini {weekday} tanggal {day} bulan {month} tahun {year} ({date}), pukul "
        "{time} {zone}, bertempat di {place}, kami yang bertanda tangan di bawah ini:"
    )
    name: str = "Nama"
    nip: str = "NIP. {nip}"
    nip_label: str = "NIP"
    position: str = "Jabatan"
    institution: str = "Instansi"
    first_party: str = "selanjutnya disebut PIHAK PERTAMA."
    second_party: str = "selanjutnya disebut PIHAK KEDUA."
    handed: str = (
        "PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA, dan PIHAK KEDUA menerima dari PIHAK "
        "PERTAMA, KTP-el rusak/invalid sebanyak <b>{figures} ({words})</b> keping untuk "
        "disimpan dan dimusnahkan sesuai Surat Edaran Menteri Dalam Negeri Nomor "
        "470.13/11176/SJ tanggal 13 Desember 2018, dengan rincian menurut asal kartu sebagai "
        "berikut:"
    )
    list_title: str = "DAFTAR KTP-EL RUSAK/INVALID YANG DISERAHTERIMAKAN"
    closing: str = (
        "Sejak Berita Acara ini ditandatangani, penyimpanan KTP-el tersebut menjadi tanggung "
        "jawab PIHAK KEDUA. Demikian Berita Acara Serah Terima ini dibuat dalam rangkap dua "
        "untuk dipergunakan sebagaimana mestinya."
    )
    receiver_heading: str = "Yang menerima,"
    receiver_party: str = "PIHAK KEDUA"
    giver_heading: str = "Yang menyerahkan,"
    giver_party: str = "PIHAK PERTAMA"
    known_by_heading: str = "Mengetahui,"
    verify: str = "Pindai kode QR untuk mencocokkan berita acara ini dengan sistem."
    handover: str = "Serah terima:"
    chain: str = "Peristiwa audit nomor {seq} saat konfirmasi, hash rantai audit:"
    footer: str = "Berita Acara Serah Terima KTP-el Rusak/Invalid Nomor {number}"


def handover_qr_payload(report: HandOverReport) -> str:
    """What the QR code holds: ``KDESK|ST|<number>|<audit seq>|<audit hash>`` (the
    domain's ``custody_qr_text``); only for a confirmed hand-over."""
    if report.audit_seq is None or report.chain_hash is None:
        raise ValueError("a hand-over that is not confirmed has no QR code")
    return custody_qr_text(BatchKind.HAND_OVER, report.number, report.audit_seq,
                           report.chain_hash)


def render_handover_report(
    report: HandOverReport,
    progress: Progress | None = None,
    texts: HandOverTexts | None = None,
) -> bytes:
    """The hand-over list as A4 PDF bytes; ``progress`` as for the destruction report."""
    t = texts or HandOverTexts()
    return build_berita_acara(lambda: _story(report, t, progress), report.office,
                              f"{t.title} {report.number}", t.footer.format(number=report.number),
                              len(report.cards), progress, t)


def _party(person: Signatory, t: HandOverTexts, n: int, called: str) -> Table:
    """1. Nama : …, NIP : …, Jabatan : …, Instansi : …, then "selanjutnya disebut …"."""
    fields = [(t.name, person.name)]
    if person.nip:
        fields.append((t.nip_label, nip_text(person.nip)))
    fields += [(t.position, person.position)]
    if person.institution:
        fields.append((t.institution, person.institution))
    number_w, label_w, colon_w = 6 * mm, 24 * mm, 4 * mm
    rows = [[para(f"{n}." if i == 0 else "", "item"), para(label, "item"), para(":", "item"),
             para(value, "item")] for i, (label, value) in enumerate(fields)]
    rows.append(["", para(called, "item"), "", ""])
    return Table(rows, colWidths=[number_w, label_w, colon_w,
                                  WIDTH - number_w - label_w - colon_w],
                 style=TableStyle([
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("SPAN", (1, -1), (3, -1)),
                     ("LEFTPADDING", (0, 0), (-1, -1), 0),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                     ("TOPPADDING", (0, 0), (-1, -1), 0.3 * mm),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 0.3 * mm),
                 ]))


def _story(r: HandOverReport, t: HandOverTexts,
           progress: Progress | None) -> list[Flowable]:
    at, zone = local_time(r.handed_over_at, r.timezone)
    day = at.date()
    story: list[Flowable] = [*letterhead(r.office, t), *title_block(t.title, r.number, t)]
    story.append(opening(t.opening, at, zone, t, place=r.place))
    story += [Spacer(1, 2 * mm), _party(r.giver, t, 1, t.first_party), Spacer(1, 2 * mm),
              _party(r.receiver, t, 2, t.second_party), Spacer(1, 3 * mm)]
    story += card_count(t.handed, r.cards, t, space_after=4 * mm)
    story += card_list(t.list_title, r.cards, t, progress)

    signatures: list[Flowable] = [para(t.closing, "body"), Spacer(1, 5 * mm)]
    place_date = t.place_date.format(place=place_name(r.office.kota),
                                     date=t.long_date(day))
    receiver = Signature((t.receiver_heading, t.receiver_party, r.receiver.position),
                         r.receiver)
    giver = Signature((t.giver_heading, t.giver_party, r.giver.position), r.giver,
                      dated=place_date)
    signatures.append(signature_grid([receiver, giver], t))
    if r.known_by is not None:
        known = Signature((t.known_by_heading, r.known_by.position), r.known_by)
        signatures += [Spacer(1, 6 * mm), signature_grid([known], t, 1, WIDTH / 2)]
    if r.chain_hash is not None:
        signatures += [Spacer(1, 6 * mm), verification_block(handover_qr_payload(r), [
            (t.verify, False), (t.handover, False), (str(r.handover_id), True),
            (t.chain.format(seq=r.audit_seq), False), (r.chain_hash, True)], WIDTH * 0.55)]
    story.append(KeepTogether(signatures))
    return story

