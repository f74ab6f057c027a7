"""What the two Berita Acara of spoiled cards (hand-over, destruction) share: the opening
sentence with the day in words, the count by source, the card list under its title, and
the A4 PDF made with progress."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from kelurahan_desk.documents.card_list_pdf import (
    CardListTexts,
    CardRow,
    card_table,
    source_summary,
)
from kelurahan_desk.documents.official_letter import (
    WIDTH,
    LetterTexts,
    OfficeHeading,
    Progress,
    build_letter,
    kota_title,
    para,
    thousands,
)
from kelurahan_desk.domain.spoken import terbilang


def opening(sentence: str, at: datetime, zone: str, t: LetterTexts, **more: str) -> Paragraph:
    """``sentence`` with the day as minutes say it: ``{weekday}``, ``{day}``, ``{month}``
    and ``{year}`` (day and year in words), ``{date}`` (dd-mm-yyyy), ``{time}`` and
    ``{zone}``; ``more`` fills the rest (the place, the method)."""
    day = at.date()
    return para(sentence.format(
        weekday=t.weekdays[day.weekday()], day=terbilang(day.day),
        month=t.months[day.month - 1], year=terbilang(day.year), date=f"{day:%d-%m-%Y}",
        time=f"{at:%H.%M}", zone=zone, **more), "body")


def card_count(sentence: str, cards: Sequence[CardRow], t: CardListTexts,
               space_after: float) -> list[Flowable]:
    """``sentence`` with the count in ``{figures}`` and ``{words}`` (it may hold mark-up),
    then how many cards of each source."""
    count = len(cards)
    return [para(sentence.format(figures=thousands(count), words=escape(terbilang(count))),
                 "body", markup=True),
            Spacer(1, 2 * mm), source_summary(cards, t, WIDTH * 0.75), Spacer(1, space_after)]


def card_list(title: str, cards: Sequence[CardRow], t: CardListTexts,
              progress: Progress | None) -> list[Flowable]:
    """Every card under ``title``, which stays with the first rows."""
    return [CondPageBreak(30 * mm), para(title, "h"), Spacer(1, 2 * mm),
            card_table(cards, t, progress), Spacer(1, 5 * mm)]


def build_berita_acara(story: Callable[[], list[Flowable]], office: OfficeHeading, title: str,
                       footer: str, cards: int, progress: Progress | None,
                       texts: LetterTexts) -> bytes:
    """The Berita Acara as A4 PDF bytes.

    ``progress(done, cards)`` is called with 0 before the ``story`` is made, as pages of its
    card list are drawn, and once more with ``(cards, cards)`` when the PDF is complete, so
    a worker thread can drive a progress bar.
    """
    if progress is not None:
        progress(0, cards)
    pdf = build_letter(story(), title=title,
                       author=f"Kelurahan {office.name}, {kota_title(office.kota)}",
                       footer=footer, texts=texts)
    if progress is not None:
        progress(cards, cards)
    return pdf
