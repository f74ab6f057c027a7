"""Blank KTP-el cards (blanko): serial numbers, their one place, and the stock's arithmetic.

Blanks are accountable items: every one received must end up printed (on a job), spoiled
(an invalid card in custody) or still in stock, and nowhere else (DOMAIN.md). The serial
scheme on blanks is not known, so a serial is free text, trimmed and upper-cased, unique.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from kelurahan_desk.domain.ktp_print import HOLDS_BLANK, STATUS_LABELS, PrintStatus
from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message, Template


class SerialState(StrEnum):
    IN_STOCK = "in_stock"
    PRINTED = "printed"  # taken by a print job (in the printer, printed or handed over)
    SPOILED = "spoiled"  # an invalid card in custody


SERIAL_STATE_LABELS: dict[SerialState, Template] = {
    SerialState.IN_STOCK: QT_TRANSLATE_NOOP("blanko", "Di stok"),
    SerialState.PRINTED: QT_TRANSLATE_NOOP("blanko", "Tercetak"),
    SerialState.SPOILED: QT_TRANSLATE_NOOP("blanko", "Rusak"),
}

SERIAL_TRANSITIONS: dict[SerialState, frozenset[SerialState]] = {
    SerialState.IN_STOCK: frozenset({SerialState.PRINTED, SerialState.SPOILED}),
    # A printed card comes back as a misprint, or later as a damaged or old card.
    SerialState.PRINTED: frozenset({SerialState.SPOILED}),
    SerialState.SPOILED: frozenset(),
}


def can_move_serial(current: SerialState, target: SerialState) -> bool:
    return target in SERIAL_TRANSITIONS[current]


# --- serial numbers ----------------------------------------------------------------------

SERIAL_MAX = 40
# One range may not stand for more blanks than any delivery holds; a typo such as
# A0001-A99999 must not create a hundred thousand serials.
RANGE_MAX = 20_000
_SEPARATORS = re.compile(r"[,;\n\r]+")
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-"})
_TAIL_DIGITS = re.compile(r"^(.*?)(\d+)$")
_SHOWN = 10  # serials named in one message; the rest are counted


class InvalidSerials(ValueError):
    """Serials that must be refused; ``problems`` are the Indonesian texts, in order."""

    def __init__(self, problems: Sequence[Message]) -> None:
        super().__init__("; ".join(problems))
        self.problems = tuple(problems)


def normalize_serial(text: str) -> str:
    """``" a 0001 "`` → ``"A0001"``: no blank space, upper case. Spaces are never part of a
    serial, and typing one must not make a second serial of the same card."""
    return "".join(text.split()).upper().translate(_DASHES)


def serial_problem(serial: str) -> Message | None:
    """What is wrong with a normalized serial (``None`` when it may be stored)."""
    if not serial:
        return QT_TRANSLATE_NOOP("blanko", "Nomor seri belum diisi.").format()
    if len(serial) > SERIAL_MAX:
        return QT_TRANSLATE_NOOP(
            "blanko", "Nomor seri {serial} terlalu panjang (paling banyak {count} tanda)."
        ).format(serial=serial[:SERIAL_MAX] + "…", count=SERIAL_MAX)
    if not serial.isprintable() or any(ch in serial for ch in ",;|"):
        return QT_TRANSLATE_NOOP(
            "blanko", "Nomor seri {serial} memuat tanda yang tidak boleh (koma, titik koma, "
            "garis tegak atau tanda tak terlihat).").format(serial=serial)
    return None


def _shown(serials: Sequence[str]) -> str:
    head = ", ".join(serials[:_SHOWN])
    return head if len(serials) <= _SHOWN else f"{head} (+{len(serials) - _SHOWN})"


def duplicates(serials: Iterable[str]) -> list[str]:
    """Serials that occur more than once, each named once, in first-seen order."""
    seen: set[str] = set()
    twice: dict[str, None] = {}
    for serial in serials:
        if serial in seen:
            twice[serial] = None
        seen.add(serial)
    return list(twice)


def _range(item: str) -> list[str] | Message | None:
    """The serials of ``A0001-A0100``; ``None`` if ``item`` is not a range; a message if
    it is one that cannot be expanded."""
    parts = item.split("-")
    if len(parts) != 2:
        return None
    first, last = (_TAIL_DIGITS.match(p) for p in parts)
    if first is None or last is None or first.group(1) != last.group(1):
        return None  # not two serials with the same letters: a serial holding a dash
    prefix, start_text, end_text = first.group(1), first.group(2), last.group(2)
    start, end = int(start_text), int(end_text)
    if start > end:
        return QT_TRANSLATE_NOOP(
            "blanko", "Rentang {item}: nomor awal lebih besar dari nomor akhir.").format(
                item=item)
    if end - start + 1 > RANGE_MAX:
        return QT_TRANSLATE_NOOP(
            "blanko", "Rentang {item} berisi {count} nomor; paling banyak {most} per rentang."
        ).format(item=item, count=end - start + 1, most=RANGE_MAX)
    if len(start_text) == len(end_text):
        width = len(start_text)
    elif start_text.startswith("0"):
        return QT_TRANSLATE_NOOP(
            "blanko", "Rentang {item}: tulis nomor awal dan akhir dengan jumlah angka yang "
            "sama (misalnya A0001-A0100).").format(item=item)
    else:
        width = 0  # A1-A100: unpadded numbers
    return [f"{prefix}{n:0{width}d}" for n in range(start, end + 1)]


def parse_serials(text: str) -> list[str]:
    """Serials from a list and ranges: ``"A0001-A0100, B0005"`` → 101 serials, in order.

    Items are separated by commas, semicolons or line breaks; ``X0001-X0100`` (the same
    letters, then numbers) is a range; anything else is one serial, dashes and all.
    Raises ``InvalidSerials`` listing every problem, duplicates included.
    """
    serials: list[str] = []
    problems: list[Message] = []
    for raw in _SEPARATORS.split(text):
        item = normalize_serial(raw)
        if not item:
            continue
        expanded = _range(item)
        if isinstance(expanded, Message):
            problems.append(expanded)
            continue
        for serial in expanded if expanded is not None else [item]:
            problem = serial_problem(serial)
            if problem is not None:
                problems.append(problem)
            else:
                serials.append(serial)
    twice = duplicates(serials)
    if twice:
        problems.append(QT_TRANSLATE_NOOP(
            "blanko", "Nomor seri ganda dalam daftar: {serials}.").format(serials=_shown(twice)))
    if not serials and not problems:
        problems.append(QT_TRANSLATE_NOOP("blanko", "Belum ada nomor seri.").format())
    if problems:
        raise InvalidSerials(problems)
    return serials


def compact_serials(serials: Sequence[str]) -> str:
    """Serials written the way ``parse_serials`` reads them back, runs as ranges:
    ``A0001, A0002, A0003, B7`` → ``"A0001-A0003, B7"`` (a plain list when a range could
    be read otherwise)."""
    items: list[str] = []
    run: list[tuple[str, str, int, int]] = []  # (serial, prefix, number, width) of a run

    def close() -> None:
        written = f"{run[0][0]}-{run[-1][0]}" if len(run) >= 3 else ""
        if written and _range(written) == [serial for serial, *_ in run]:
            items.append(written)
        else:
            items.extend(serial for serial, *_ in run)
        run.clear()

    for serial in serials:
        tail = _TAIL_DIGITS.match(serial)
        if tail is None:
            close()
            items.append(serial)
            continue
        prefix, digits = tail.group(1), tail.group(2)
        if run and (run[-1][1:] != (prefix, int(digits) - 1, len(digits))
                    or len(run) >= RANGE_MAX):
            close()
        run.append((serial, prefix, int(digits), len(digits)))
    close()
    text = ", ".join(items)
    try:
        same = parse_serials(text) == list(serials)
    except InvalidSerials:
        same = False
    return text if same else ", ".join(serials)


def describe_serials(serials: Sequence[str]) -> str:
    """Serials named briefly for a message (the first ten and how many more)."""
    return _shown(list(serials))


# --- reconciliation: received = printed + spoiled + in stock ------------------------------


@dataclass(frozen=True)
class SerialFacts:
    """What the store says about one serial and everything that points at it."""

    serial: str
    receipt_key: str
    state: str  # as stored: a SerialState, or anything at all in a tampered file
    linked_job_status: str | None = None  # the job that took it (None: no job)
    linked_job_serial: str | None = None  # the blank that job holds now
    has_spoiled_link: bool = False
    linked_spoiled_serial: str | None = None  # the serial on the linked invalid-card entry
    # Statuses of the jobs whose current blank this is (a unique index allows one).
    holding_job_statuses: tuple[str, ...] = ()
    spoiled_entries: int = 0  # invalid-card entries carrying this serial


def serial_facts_problem(facts: SerialFacts) -> Message | None:
    """Why this serial breaks the stock's arithmetic (``None`` when its one place is sound)."""
    try:
        state = SerialState(facts.state)
    except ValueError:
        return QT_TRANSLATE_NOOP("blanko", "Status blanko tidak dikenal: {state}.").format(
            state=facts.state)
    if state == SerialState.IN_STOCK:
        if facts.linked_job_status is not None or facts.holding_job_statuses:
            return QT_TRANSLATE_NOOP(
                "blanko", "Tercatat di stok, tetapi dipakai pekerjaan cetak.").format()
        if facts.has_spoiled_link or facts.spoiled_entries:
            return QT_TRANSLATE_NOOP(
                "blanko", "Tercatat di stok, tetapi juga tercatat sebagai kartu rusak.").format()
        return None
    if state == SerialState.PRINTED:
        if facts.linked_job_status is None:
            return QT_TRANSLATE_NOOP(
                "blanko", "Tercatat tercetak tanpa pekerjaan cetak.").format()
        try:
            job_status = PrintStatus(facts.linked_job_status)
        except ValueError:
            job_status = None
        if job_status not in HOLDS_BLANK:
            shown = STATUS_LABELS[job_status] if job_status else facts.linked_job_status
            return QT_TRANSLATE_NOOP(
                "blanko", "Tercatat tercetak, tetapi pekerjaan cetaknya berstatus "
                "\u201c{status}\u201d.").format(status=shown)
        if facts.linked_job_serial != facts.serial or len(facts.holding_job_statuses) != 1:
            return QT_TRANSLATE_NOOP(
                "blanko", "Tercatat tercetak, tetapi pekerjaan cetaknya memakai blanko "
                "lain.").format()
        if facts.has_spoiled_link or facts.spoiled_entries:
            return QT_TRANSLATE_NOOP(
                "blanko", "Tercatat tercetak, tetapi juga tercatat sebagai kartu rusak."
            ).format()
        return None
    if not facts.has_spoiled_link or facts.linked_spoiled_serial != facts.serial:
        return QT_TRANSLATE_NOOP(
            "blanko", "Tercatat rusak tanpa catatan kartu rusak yang sesuai.").format()
    # A card handed over and later returned (damaged, old after a data change, found after
    # a loss) stays on its finished job; any other job must have let go of a spoiled blank.
    if any(status != PrintStatus.HANDED_OVER for status in facts.holding_job_statuses):
        return QT_TRANSLATE_NOOP(
            "blanko", "Tercatat rusak, tetapi masih dipegang pekerjaan cetak.").format()
    return None


@dataclass(frozen=True)
class Tally:
    """One receipt's (or all receipts') figures."""

    received: int = 0  # as declared on the delivery document
    listed: int = 0  # serials stored for it
    printed: int = 0
    spoiled: int = 0
    in_stock: int = 0
    unknown: int = 0  # serials in no known state (only a tampered store has these)
    broken: int = 0  # serials whose links contradict their state

    @property
    def accounted(self) -> int:
        return self.printed + self.spoiled + self.in_stock

    @property
    def balanced(self) -> bool:
        return (self.received == self.accounted == self.listed and not self.unknown
                and not self.broken)

    def __add__(self, other: Tally) -> Tally:
        return Tally(*(a + b for a, b in zip(_values(self), _values(other), strict=True)))


def _values(t: Tally) -> tuple[int, ...]:
    return (t.received, t.listed, t.printed, t.spoiled, t.in_stock, t.unknown, t.broken)


def tally_problem(t: Tally) -> Message | None:
    """What is wrong with a receipt's figures, in the words of the reconciliation."""
    if t.listed != t.received:
        return QT_TRANSLATE_NOOP(
            "blanko", "Diterima {received} keping, tetapi tercatat {listed} nomor seri."
        ).format(received=t.received, listed=t.listed)
    if t.received != t.accounted:
        return QT_TRANSLATE_NOOP(
            "blanko", "Diterima {received} ≠ tercetak {printed} + rusak {spoiled} + stok "
            "{in_stock}.").format(received=t.received, printed=t.printed, spoiled=t.spoiled,
                                  in_stock=t.in_stock)
    if t.unknown or t.broken:
        return QT_TRANSLATE_NOOP(
            "blanko", "{count} nomor seri tidak sesuai catatannya.").format(
                count=t.unknown + t.broken)
    return None


@dataclass(frozen=True)
class BrokenSerial:
    serial: str
    receipt_key: str
    problem: Message


@dataclass(frozen=True)
class Figures:
    receipts: dict[str, Tally]  # in the order the receipts were given
    total: Tally
    broken: tuple[BrokenSerial, ...] = field(default=())

    @property
    def balanced(self) -> bool:
        return self.total.balanced and all(t.balanced for t in self.receipts.values())


_KNOWN_STATES = frozenset(s.value for s in SerialState)


def reconcile(receipts: Sequence[tuple[str, int]], serials: Iterable[SerialFacts]) -> Figures:
    """Count every serial into its receipt and its one place; list each serial that breaks
    the sum. ``receipts`` are (key, declared count)."""
    counts: dict[str, dict[str, int]] = {
        key: {"received": received, "listed": 0, "printed": 0, "spoiled": 0, "in_stock": 0,
              "unknown": 0, "broken": 0}
        for key, received in receipts
    }
    broken: list[BrokenSerial] = []
    for facts in serials:
        bucket = counts.get(facts.receipt_key)
        if bucket is None:
            broken.append(BrokenSerial(facts.serial, facts.receipt_key, QT_TRANSLATE_NOOP(
                "blanko", "Tidak termasuk penerimaan mana pun.").format()))
            continue
        bucket["listed"] += 1
        try:
            bucket[SerialState(facts.state).value] += 1
        except ValueError:
            bucket["unknown"] += 1
        problem = serial_facts_problem(facts)
        if problem is not None:
            broken.append(BrokenSerial(facts.serial, facts.receipt_key, problem))
            if facts.state in _KNOWN_STATES:
                bucket["broken"] += 1
    tallies = {key: Tally(**values) for key, values in counts.items()}
    total = sum(tallies.values(), Tally())
    if any(b.receipt_key not in counts for b in broken):
        total = total + Tally(broken=sum(1 for b in broken if b.receipt_key not in counts))
    return Figures(tallies, total, tuple(broken))


# --- low stock ------------------------------------------------------------------------

STOCK_WINDOW_DAYS = 30


@dataclass(frozen=True)
class StockOutlook:
    in_stock: int
    threshold: int
    used: int  # blanks that left the stock (printed or spoiled) within the window
    window_days: int
    per_day: float
    days_left: int | None  # None while nothing was used: no rate to go by

    @property
    def low(self) -> bool:
        return self.in_stock <= self.threshold


def stock_outlook(in_stock: int, threshold: int, used: int, window_days: int) -> StockOutlook:
    """Days of stock left at the rate of the window (the last 30 days, or fewer while the
    office has been receiving blanks for less than that)."""
    window_days = max(1, min(window_days, STOCK_WINDOW_DAYS))
    per_day = used / window_days
    days_left = math.floor(in_stock / per_day) if used else None
    return StockOutlook(in_stock, threshold, used, window_days, per_day, days_left)


def outlook_message(outlook: StockOutlook) -> Message | None:
    """The warning shown while stock is low (``None`` otherwise)."""
    if not outlook.low:
        return None
    if outlook.days_left is None:
        return QT_TRANSLATE_NOOP(
            "blanko", "Stok blanko tinggal {count} keping (batas peringatan {threshold})."
        ).format(count=outlook.in_stock, threshold=outlook.threshold)
    return QT_TRANSLATE_NOOP(
        "blanko", "Stok blanko tinggal {count} keping (batas peringatan {threshold}); "
        "cukup untuk sekitar {days} hari pada pemakaian {window} hari terakhir."
    ).format(count=outlook.in_stock, threshold=outlook.threshold, days=outlook.days_left,
             window=outlook.window_days)
