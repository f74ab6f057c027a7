"""KTP-el print jobs: why a card is printed, the steps a job goes through, and job numbers."""

from __future__ import annotations

from enum import StrEnum

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message, Template
from kelurahan_desk.domain.spoiled_cards import SpoilSource


class PrintReason(StrEnum):
    NEW = "new"  # baru: first KTP-el (at 17, or after recording biometrics)
    DAMAGED = "damaged"  # rusak: the damaged card comes back
    LOST = "lost"  # hilang: with a police report; nothing to take back
    DATA_CHANGE = "data_change"  # perubahan data: the old card comes back


REASON_LABELS: dict[PrintReason, Template] = {
    PrintReason.NEW: QT_TRANSLATE_NOOP("ktp_print", "Baru"),
    PrintReason.DAMAGED: QT_TRANSLATE_NOOP("ktp_print", "Rusak"),
    PrintReason.LOST: QT_TRANSLATE_NOOP("ktp_print", "Hilang"),
    PrintReason.DATA_CHANGE: QT_TRANSLATE_NOOP("ktp_print", "Perubahan data"),
}

# The old card is handed in and becomes an invalid card in our custody (DOMAIN.md).
OLD_CARD_SOURCE: dict[PrintReason, SpoilSource] = {
    PrintReason.DAMAGED: SpoilSource.DAMAGED_RETURNED,
    PrintReason.DATA_CHANGE: SpoilSource.DATA_CHANGE_RETURNED,
}


def expects_old_card(reason: PrintReason) -> bool:
    return reason in OLD_CARD_SOURCE


class PrintStatus(StrEnum):
    QUEUED = "queued"
    PRINTING = "printing"  # a blank was taken from stock and is in the printer
    PRINTED = "printed"
    HANDED_OVER = "handed_over"
    CANCELLED = "cancelled"
    FAILED = "failed"  # the blank was spoiled (a misprint); the job may be queued again


STATUS_LABELS: dict[PrintStatus, Template] = {
    PrintStatus.QUEUED: QT_TRANSLATE_NOOP("ktp_print", "Dalam antrean cetak"),
    PrintStatus.PRINTING: QT_TRANSLATE_NOOP("ktp_print", "Sedang dicetak"),
    PrintStatus.PRINTED: QT_TRANSLATE_NOOP("ktp_print", "Sudah dicetak"),
    PrintStatus.HANDED_OVER: QT_TRANSLATE_NOOP("ktp_print", "Sudah diserahkan"),
    PrintStatus.CANCELLED: QT_TRANSLATE_NOOP("ktp_print", "Dibatalkan"),
    PrintStatus.FAILED: QT_TRANSLATE_NOOP("ktp_print", "Gagal cetak"),
}

TRANSITIONS: dict[PrintStatus, frozenset[PrintStatus]] = {
    # Cancelling is possible only while no blank is held: a blank that went into the
    # printer is either printed or spoiled, never quietly put back.
    PrintStatus.QUEUED: frozenset({PrintStatus.PRINTING, PrintStatus.CANCELLED}),
    PrintStatus.PRINTING: frozenset({PrintStatus.PRINTED, PrintStatus.FAILED}),
    # A fault found when checking the card before hand-over (chip, photo) is a misprint too.
    PrintStatus.PRINTED: frozenset({PrintStatus.HANDED_OVER, PrintStatus.FAILED}),
    PrintStatus.HANDED_OVER: frozenset(),
    PrintStatus.CANCELLED: frozenset(),
    # Print again on a new blank, or give up.
    PrintStatus.FAILED: frozenset({PrintStatus.QUEUED, PrintStatus.CANCELLED}),
}

# The statuses in which the job holds a blank (state "printed" in the stock).
HOLDS_BLANK = frozenset({PrintStatus.PRINTING, PrintStatus.PRINTED, PrintStatus.HANDED_OVER})
# Still to do at the counter: the default view of the print queue.
OPEN_STATUSES = frozenset({PrintStatus.QUEUED, PrintStatus.PRINTING, PrintStatus.PRINTED,
                           PrintStatus.FAILED})


def can_move(current: PrintStatus, target: PrintStatus) -> bool:
    return target in TRANSITIONS[current]


def move_refusal(current: PrintStatus, target: PrintStatus) -> Message | None:
    """Why a job in ``current`` cannot move to ``target`` (``None`` when it can)."""
    if can_move(current, target):
        return None
    if target == PrintStatus.CANCELLED and current in (PrintStatus.PRINTING,
                                                       PrintStatus.PRINTED):
        return QT_TRANSLATE_NOOP(
            "ktp_print", "Blanko sudah dipakai untuk pekerjaan ini: tandai \u201cGagal "
            "cetak\u201d bila kartunya rusak, pembatalan tidak mengembalikan blanko ke stok."
        ).format()
    return QT_TRANSLATE_NOOP(
        "ktp_print",
        "Status \u201c{current}\u201d tidak dapat diubah menjadi \u201c{target}\u201d.",
    ).format(current=STATUS_LABELS[current], target=STATUS_LABELS[target])


class Recipient(StrEnum):
    RESIDENT = "resident"
    PROXY = "proxy"


RECIPIENT_LABELS: dict[Recipient, Template] = {
    Recipient.RESIDENT: QT_TRANSLATE_NOOP("ktp_print", "Pemohon sendiri"),
    Recipient.PROXY: QT_TRANSLATE_NOOP("ktp_print", "Diwakilkan (kuasa)"),
}


JOB_CODE = "KTP"


def job_number(office_code: str, year: int, serial: int) -> str:
    """``3574011007-KTP-2025-00042``: unique per office and year; carries the office."""
    digits = office_code.replace(".", "")
    if not (digits.isdigit() and len(digits) == 10):
        raise ValueError(f"office code must have 10 digits: {office_code!r}")
    if not 1 <= serial <= 99_999:
        raise ValueError(f"serial out of range: {serial}")
    return f"{digits}-{JOB_CODE}-{year:04d}-{serial:05d}"


class JobOrder(StrEnum):
    NEWEST = "newest"  # last created first
    OLDEST = "oldest"
    REQUESTED = "requested"  # by requested date, oldest first: the order to print in


ORDER_LABELS: dict[JobOrder, Template] = {
    JobOrder.NEWEST: QT_TRANSLATE_NOOP("ktp_print", "Terbaru dulu"),
    JobOrder.OLDEST: QT_TRANSLATE_NOOP("ktp_print", "Terlama dulu"),
    JobOrder.REQUESTED: QT_TRANSLATE_NOOP("ktp_print", "Menurut tanggal permohonan"),
}


class RecordStatus(StrEnum):
    """A resident's KTP-el status in SIAK (the names OpenSID mirrors as ``status_rekam``)."""

    NOT_RECORDED = "BELUM REKAM"
    RECORDED = "SUDAH REKAM"
    PRINT_READY = "PRINT READY RECORD"
    SENT_FOR_PRINTING = "SENT FOR CARD PRINTING"
    PRINTED = "CARD PRINTED"
    SHIPPED = "CARD SHIPPED"
    ISSUED = "CARD ISSUED"
    NOT_YET_REQUIRED = "BELUM WAJIB"  # under 17 and never married: no KTP-el yet


RECORD_STATUS_LABELS: dict[RecordStatus, Template] = {
    RecordStatus.NOT_RECORDED: QT_TRANSLATE_NOOP("ktp_print", "Belum rekam biometrik"),
    RecordStatus.RECORDED: QT_TRANSLATE_NOOP("ktp_print", "Sudah rekam biometrik"),
    RecordStatus.PRINT_READY: QT_TRANSLATE_NOOP("ktp_print", "Siap cetak (print ready record)"),
    RecordStatus.SENT_FOR_PRINTING: QT_TRANSLATE_NOOP("ktp_print", "Dikirim untuk dicetak"),
    RecordStatus.PRINTED: QT_TRANSLATE_NOOP("ktp_print", "Kartu sudah dicetak"),
    RecordStatus.SHIPPED: QT_TRANSLATE_NOOP("ktp_print", "Kartu sudah dikirim"),
    RecordStatus.ISSUED: QT_TRANSLATE_NOOP("ktp_print", "Kartu sudah diterbitkan"),
    RecordStatus.NOT_YET_REQUIRED: QT_TRANSLATE_NOOP("ktp_print", "Belum wajib KTP-el"),
}

# Statuses with no biometrics on record: no card can be printed for them.
NO_BIOMETRICS = frozenset({RecordStatus.NOT_RECORDED, RecordStatus.NOT_YET_REQUIRED})


def record_status(text: str) -> RecordStatus | None:
    """The SIAK status written in a file (any case, spaces or underscores); ``None`` if
    the text names none."""
    wanted = " ".join(text.replace("_", " ").split()).upper()
    try:
        return RecordStatus(wanted)
    except ValueError:
        return None


def biometrics_refusal(status: RecordStatus | None, checked_by_operator: bool) -> Message | None:
    """Why no card may be queued for a resident in ``status`` (``None``: it may).

    The resident list says whether biometrics were recorded; when it does not know (not on
    the list, or the list has no status), the operator must have checked SIAK and say so.
    """
    if status in NO_BIOMETRICS:
        assert status is not None
        return QT_TRANSLATE_NOOP(
            "ktp_print", "Menurut daftar penduduk, status KTP-el orang ini \u201c{status}\u201d: "
            "kartu hanya dicetak setelah perekaman biometrik. Arahkan ke perekaman dulu."
        ).format(status=RECORD_STATUS_LABELS[status])
    if status is None and not checked_by_operator:
        return QT_TRANSLATE_NOOP(
            "ktp_print", "Status perekaman biometrik tidak tercatat di daftar penduduk: "
            "periksa di SIAK, lalu centang \u201cPerekaman biometrik sudah saya periksa di "
            "SIAK\u201d."
        ).format()
    return None
