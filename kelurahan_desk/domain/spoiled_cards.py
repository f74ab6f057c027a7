"""Invalid (spoiled) KTP-el cards: where they come from, their custody states, destruction.

SE Mendagri 470.13/11176/SJ (13 December 2018) asks that damaged or invalid KTP-el from
daily service be recorded, kept securely, and burned with a Berita Acara Pemusnahan, so
that no invalid card is misused, scattered or lost. A card's custody therefore only moves
forward: logged → stored → handed over to the Dispendukcapil → destroyed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message, Template


class SpoilSource(StrEnum):
    MISPRINT = "misprint"  # a print job here failed; made by the job, never typed in
    DAMAGED_RETURNED = "damaged_returned"
    DATA_CHANGE_RETURNED = "data_change_returned"
    FOUND_AFTER_LOSS = "found_after_loss"
    DEFECTIVE_BLANK = "defective_blank"  # a blank from our stock, faulty before printing
    OTHER = "other"


SOURCE_LABELS: dict[SpoilSource, Template] = {
    SpoilSource.MISPRINT: QT_TRANSLATE_NOOP("spoiled_cards", "Salah cetak di kantor ini"),
    SpoilSource.DAMAGED_RETURNED: QT_TRANSLATE_NOOP(
        "spoiled_cards", "Kartu rusak dikembalikan"),
    SpoilSource.DATA_CHANGE_RETURNED: QT_TRANSLATE_NOOP(
        "spoiled_cards", "Kartu lama karena perubahan data"),
    SpoilSource.FOUND_AFTER_LOSS: QT_TRANSLATE_NOOP(
        "spoiled_cards", "Kartu ditemukan setelah lapor hilang"),
    SpoilSource.DEFECTIVE_BLANK: QT_TRANSLATE_NOOP("spoiled_cards", "Blanko cacat"),
    SpoilSource.OTHER: QT_TRANSLATE_NOOP("spoiled_cards", "Lainnya"),
}

# Sources an operator logs by hand; a misprint comes only from "Gagal cetak" on a job, so
# that its blank and its job are linked by the program, not by typing.
LOGGABLE_SOURCES = frozenset(SpoilSource) - {SpoilSource.MISPRINT}
# A card that was issued to someone carries a NIK; a blank never printed does not.
NIK_REQUIRED = frozenset({
    SpoilSource.MISPRINT, SpoilSource.DAMAGED_RETURNED, SpoilSource.DATA_CHANGE_RETURNED,
    SpoilSource.FOUND_AFTER_LOSS,
})
# A defective blank is one of ours: its serial must be in stock.
SERIAL_REQUIRED = frozenset({SpoilSource.MISPRINT, SpoilSource.DEFECTIVE_BLANK})


class CustodyState(StrEnum):
    LOGGED = "logged"
    STORED = "stored"
    HANDED_OVER = "handed_over"  # to the Dispendukcapil
    DESTROYED = "destroyed"


CUSTODY_LABELS: dict[CustodyState, Template] = {
    CustodyState.LOGGED: QT_TRANSLATE_NOOP("spoiled_cards", "Dicatat"),
    CustodyState.STORED: QT_TRANSLATE_NOOP("spoiled_cards", "Disimpan"),
    CustodyState.HANDED_OVER: QT_TRANSLATE_NOOP(
        "spoiled_cards", "Diserahkan ke Dispendukcapil"),
    CustodyState.DESTROYED: QT_TRANSLATE_NOOP("spoiled_cards", "Dimusnahkan"),
}

# Stored (locked away here) or handed over (received by the Dispendukcapil against a
# signed list): either way someone answers for the card, so it may be destroyed. A card
# only "logged" has not been put away yet and may not.
IN_CUSTODY = frozenset({CustodyState.STORED, CustodyState.HANDED_OVER})

CUSTODY_TRANSITIONS: dict[CustodyState, frozenset[CustodyState]] = {
    CustodyState.LOGGED: frozenset({CustodyState.STORED}),
    CustodyState.STORED: frozenset({CustodyState.HANDED_OVER, CustodyState.DESTROYED}),
    CustodyState.HANDED_OVER: frozenset({CustodyState.DESTROYED}),
    CustodyState.DESTROYED: frozenset(),
}
# The order the states come in; the store's trigger uses the same ranks.
CUSTODY_RANK: dict[CustodyState, int] = {s: i for i, s in enumerate(CustodyState)}


def can_move_custody(current: CustodyState, target: CustodyState) -> bool:
    return target in CUSTODY_TRANSITIONS[current]


def custody_refusal(current: CustodyState, target: CustodyState) -> Message | None:
    """Why a card in ``current`` cannot move to ``target`` (``None`` when it can)."""
    if can_move_custody(current, target):
        return None
    if target == CustodyState.DESTROYED and current not in IN_CUSTODY:
        return QT_TRANSLATE_NOOP(
            "spoiled_cards", "Kartu berstatus \u201c{current}\u201d tidak dapat dimusnahkan: "
            "hanya kartu yang disimpan atau sudah diserahkan yang boleh dimusnahkan."
        ).format(current=CUSTODY_LABELS[current])
    return QT_TRANSLATE_NOOP(
        "spoiled_cards",
        "Status kartu \u201c{current}\u201d tidak dapat diubah menjadi \u201c{target}\u201d.",
    ).format(current=CUSTODY_LABELS[current], target=CUSTODY_LABELS[target])


@dataclass(frozen=True)
class Replay:
    """A card's custody as its audited steps tell it."""

    states: tuple[CustodyState, ...]
    problems: tuple[Message, ...]

    @property
    def final(self) -> CustodyState | None:
        return self.states[-1] if self.states else None


def replay_custody(steps: Iterable[Sequence[CustodyState]]) -> Replay:
    """Walk the states each audited event says a card entered, checking every move.

    The first event must log the card; each later state must be a legal move from the one
    before. One event may carry two states (logged and at once stored).
    """
    states: list[CustodyState] = []
    problems: list[Message] = []
    for step in steps:
        for state in step:
            if not states:
                if state != CustodyState.LOGGED:
                    problems.append(QT_TRANSLATE_NOOP(
                        "spoiled_cards", "Riwayat kartu tidak dimulai dengan pencatatan "
                        "(langkah pertama: \u201c{state}\u201d).").format(
                            state=CUSTODY_LABELS[state]))
            elif not can_move_custody(states[-1], state):
                problems.append(QT_TRANSLATE_NOOP(
                    "spoiled_cards", "Riwayat kartu melompat dari \u201c{current}\u201d ke "
                    "\u201c{target}\u201d.").format(
                        current=CUSTODY_LABELS[states[-1]], target=CUSTODY_LABELS[state]))
            states.append(state)
    return Replay(tuple(states), tuple(problems))


# --- batches (hand-over and destruction) -------------------------------------------------


class BatchState(StrEnum):
    PREPARED = "prepared"  # put together at the counter, waiting for a supervisor
    CONFIRMED = "confirmed"
    DISCARDED = "discarded"


BATCH_STATE_LABELS: dict[BatchState, Template] = {
    BatchState.PREPARED: QT_TRANSLATE_NOOP("spoiled_cards", "Menunggu konfirmasi"),
    BatchState.CONFIRMED: QT_TRANSLATE_NOOP("spoiled_cards", "Dikonfirmasi"),
    BatchState.DISCARDED: QT_TRANSLATE_NOOP("spoiled_cards", "Dibatalkan"),
}


class DestructionMethod(StrEnum):
    # SE 470.13/11176/SJ replaced cutting with burning; no other method is offered.
    BURNED = "burned"


METHOD_LABELS: dict[DestructionMethod, Template] = {
    DestructionMethod.BURNED: QT_TRANSLATE_NOOP("spoiled_cards", "dibakar"),
}

LEGAL_BASIS = QT_TRANSLATE_NOOP(
    "spoiled_cards",
    "Surat Edaran Menteri Dalam Negeri Nomor 470.13/11176/SJ tanggal 13 Desember 2018 "
    "tentang Pencatatan dan Pemusnahan KTP-el Rusak atau Invalid",
)

NIP_LENGTH = 18  # Nomor Induk Pegawai of a civil servant
NAME_MAX = 120
TEXT_MAX = 200


@dataclass(frozen=True)
class Signatory:
    """A person who signs a report: a witness, the official, or the receiving officer.

    ``nip`` is empty for someone who is not a civil servant (a police officer has an NRP,
    a village official often none)."""

    name: str
    position: str  # jabatan
    institution: str  # instansi: Kecamatan Kademangan, Satpol PP, Inspektorat, …
    nip: str = ""

    def trimmed(self) -> Signatory:
        return Signatory(" ".join(self.name.split()), " ".join(self.position.split()),
                         " ".join(self.institution.split()), re.sub(r"[\s.\-]", "", self.nip))


def signatory_problems(person: Signatory, prefix: str) -> dict[str, Message | None]:
    """Field → message for a (trimmed) signatory; field names are ``prefix.name`` etc."""
    required = QT_TRANSLATE_NOOP("spoiled_cards", "Wajib diisi.").format()
    too_long = QT_TRANSLATE_NOOP("spoiled_cards", "Terlalu panjang (paling banyak {count} "
                                 "huruf).")

    def text(value: str, longest: int) -> Message | None:
        if not value:
            return required
        return too_long.format(count=longest) if len(value) > longest else None

    nip = None
    if person.nip and not (person.nip.isdigit() and len(person.nip) == NIP_LENGTH):
        nip = QT_TRANSLATE_NOOP("spoiled_cards", "NIP harus {count} angka.").format(
            count=NIP_LENGTH)
    return {
        f"{prefix}.name": text(person.name, NAME_MAX),
        f"{prefix}.position": text(person.position, TEXT_MAX),
        f"{prefix}.institution": text(person.institution, TEXT_MAX),
        f"{prefix}.nip": nip,
    }


# --- numbers and the report's QR code --------------------------------------------------

REGISTER_CODE = "KR"  # kartu rusak: 3574011007-KR-2025-00001
HAND_OVER_CODE = "ST"  # serah terima: 3574011007-ST-2025-0001


def register_number(office_code: str, year: int, serial: int) -> str:
    """The card's number in the office's register of invalid cards, per year."""
    return f"{_office_digits(office_code)}-{REGISTER_CODE}-{year:04d}-{serial:05d}"


def hand_over_number(office_code: str, year: int, serial: int) -> str:
    return f"{_office_digits(office_code)}-{HAND_OVER_CODE}-{year:04d}-{serial:04d}"


def _office_digits(office_code: str) -> str:
    digits = office_code.replace(".", "")
    if not (digits.isdigit() and len(digits) == 10):
        raise ValueError(f"office code must have 10 digits: {office_code!r}")
    return digits


QR_PREFIX = "KDESK"


class BatchKind(StrEnum):
    HAND_OVER = "ST"
    DESTRUCTION = "BA"


def custody_qr_text(kind: BatchKind, number: str, audit_seq: int, audit_hash: str) -> str:
    """What a printed report's QR code holds: the batch number and the audit event that
    confirmed it, e.g. ``KDESK|BA|470/12/425.111/2025|1234|9f2c…`` (64 hex digits)."""
    if "|" in number:
        raise ValueError("a batch number cannot hold '|'")
    return f"{QR_PREFIX}|{kind.value}|{number}|{audit_seq}|{audit_hash}"


@dataclass(frozen=True)
class QrFacts:
    kind: BatchKind
    number: str
    audit_seq: int
    audit_hash: str


def parse_custody_qr(text: str) -> QrFacts | None:
    """Inverse of ``custody_qr_text``; ``None`` for anything else."""
    parts = text.strip().split("|")
    if len(parts) != 5 or parts[0] != QR_PREFIX:
        return None
    try:
        kind = BatchKind(parts[1])
    except ValueError:
        return None
    if not parts[3].isdigit() or not re.fullmatch(r"[0-9a-f]{64}", parts[4]):
        return None
    return QrFacts(kind, parts[2], int(parts[3]), parts[4])


class CardOrder(StrEnum):
    NEWEST = "newest"  # last logged first
    OLDEST = "oldest"


ORDER_LABELS: dict[CardOrder, Template] = {
    CardOrder.NEWEST: QT_TRANSLATE_NOOP("spoiled_cards", "Terbaru dulu"),
    CardOrder.OLDEST: QT_TRANSLATE_NOOP("spoiled_cards", "Terlama dulu"),
}
