"""The Laporan Sidak as A4 PDF: who inspected when, each counter's figures at the time, the
day's queue times, the counters' screens at the end, what was checked, findings, and the
signatures (letterhead and page footer from official_letter.py)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)

from kelurahan_desk.documents.official_letter import (
    GREY,
    HEAD_FILL,
    WIDTH,
    LetterTexts,
    OfficeHeading,
    Signatory,
    Signature,
    build_letter,
    kota_title,
    letterhead,
    local_time,
    numbered_list,
    para,
    place_name,
    signature_grid,
    title_block,
)
from kelurahan_desk.documents.queue_report_pdf import minutes_text
from kelurahan_desk.domain.queue_metrics import Stats
from kelurahan_desk.services.inspection_overview import CounterReport, InspectionReportData

COUNTERS_PER_TABLE = 4  # wider tables are split: a column per loket stays readable
PICTURE_WIDTH = WIDTH * 0.82


@dataclass(frozen=True)
class InspectionReportTexts(LetterTexts):
    """Every fixed word of the report; the UI passes them translated. ``{...}`` fields are
    filled in here. The defaults are the Indonesian source texts."""

    title: str = "LAPORAN INSPEKSI MENDADAK (SIDAK)"
    opening: str = (
        "Pada hari {weekday}, {date}, pukul {start} sampai {end} {zone}, telah dilaksanakan "
        "inspeksi mendadak (sidak) pelayanan administrasi kependudukan di Kantor Kelurahan "
        "{office}, Kecamatan {kecamatan}, {kota}, oleh:")
    team: str = "Didampingi oleh: {team}."
    section_counters: str = "A. Keadaan loket pada saat sidak"
    measure: str = "Uraian"
    signed_in: str = "Petugas yang masuk"
    nobody: str = "(tidak ada)"
    serving: str = "Sedang dilayani"
    serving_value: str = "{code} sejak {time}"
    served: str = "Selesai dilayani hari ini"
    no_shows: str = "Tidak hadir"
    waiting: str = "Waktu tunggu (median / P90)"
    service: str = "Waktu layanan (median / P90)"
    stats_value: str = "{median} / {p90} mnt"
    requests: str = "Permohonan akta didaftarkan"
    printed: str = "KTP-el dicetak"
    spoiled: str = "Kartu rusak dicatat"
    looks: str = "Dilihat inspektur"
    looks_value: str = "{count} kali"
    test_print: str = "Cetak uji"
    test_ok: str = "berhasil ({printer})"
    test_failed: str = "gagal ({printer}): {detail}"
    not_tried: str = "tidak dilakukan"
    section_day: str = "B. Waktu tunggu antrean kantor hari ini sampai pukul {time} {zone}"
    issued: str = "Nomor antrean diambil"
    day_served: str = "Selesai dilayani"
    still_open: str = "Belum selesai"
    waiting_now: str = "Menunggu saat ini (terlama {minutes} mnt)"
    waiting_now_none: str = "Menunggu saat ini"
    hour: str = "Jam ambil nomor"
    tickets: str = "Tiket"
    median: str = "Median tunggu (mnt)"
    p90: str = "P90 tunggu (mnt)"
    no_visits: str = "Belum ada kunjungan hari ini."
    definitions: str = (
        "Waktu tunggu = panggilan pertama − ambil nomor; waktu layanan = selesai − panggilan "
        "pertama; median dan P90 seperti pada Laporan Waktu Antrean. Angka per loket: "
        "kunjungan yang (sebagian) dilayani di loket itu.")
    section_pictures: str = "C. Tampilan layar loket pada akhir sidak"
    picture_caption: str = "{counter} — {name}, gambar pukul {time} {zone}"
    no_picture: str = ("{counter}: tidak ada gambar (program loket tidak berjalan saat sidak "
                       "berakhir).")
    section_checks: str = "D. Catatan yang diperiksa"
    opened: str = "{time} — {who} membuka {kind} {number}"
    kind_akta_request: str = "permohonan akta"
    kind_print_job: str = "pekerjaan cetak KTP-el"
    kind_spoiled_card: str = "kartu rusak"
    nothing_opened: str = "Tidak ada catatan yang dibuka."
    section_findings: str = "E. Temuan"
    overall: str = "Temuan umum"
    no_findings: str = "(tidak ada temuan)"
    closing: str = ("Demikian laporan sidak ini dibuat dengan sebenarnya untuk dipergunakan "
                    "sebagaimana mestinya.")
    inspector_heading: str = "Inspektur,"
    operator_heading: str = "Petugas {counter},"
    acknowledged: str = "Mengetahui,"
    lurah: str = "Lurah {office}"
    blank_name: str = "(................................)"
    footer: str = "Laporan Sidak Nomor {number}"


def render_inspection_report(data: InspectionReportData,
                             texts: InspectionReportTexts | None = None) -> bytes:
    t = texts or InspectionReportTexts()
    office = data.office
    return build_letter(
        _story(data, t), title=f"{t.title} {data.number}",
        author=f"Kelurahan {office.name}, {kota_title(office.kota)}",
        footer=t.footer.format(number=data.number), texts=t)


def _heading(data: InspectionReportData) -> OfficeHeading:
    o = data.office
    return OfficeHeading(o.name, o.kecamatan, o.kota, o.code)


def _story(data: InspectionReportData, t: InspectionReportTexts) -> list[Flowable]:
    zone_key = data.office.timezone
    start, zone = local_time(data.started_at, zone_key)
    end, _ = local_time(data.ended_at, zone_key)
    story: list[Flowable] = [*letterhead(_heading(data), t),
                             *title_block(t.title, data.number, t)]
    story.append(para(t.opening.format(
        weekday=t.weekdays[start.weekday()], date=t.long_date(start.date()),
        start=f"{start:%H.%M}", end=f"{end:%H.%M}", zone=zone, office=data.office.name,
        kecamatan=data.office.kecamatan, kota=kota_title(data.office.kota)), "body"))
    story += [Spacer(1, 1.5 * mm), numbered_list([name for _, name in data.inspectors])]
    if data.team:
        story += [Spacer(1, 1.5 * mm), para(t.team.format(team=data.team), "body")]

    story += _section(t.section_counters)
    counters = list(data.counters)
    for first in range(0, len(counters), COUNTERS_PER_TABLE):
        story += [_counter_table(counters[first:first + COUNTERS_PER_TABLE], t, zone_key),
                  Spacer(1, 3 * mm)]

    story += _section(t.section_day.format(time=f"{end:%H.%M}", zone=zone))
    story += _day(data, t)

    # The heading goes where the first picture fits under it.
    lead = counters[0].picture if counters else None
    room = PICTURE_WIDTH * lead.height / lead.width if lead and lead.width > 0 else 0
    story += [CondPageBreak(room + 30 * mm), *_section(t.section_pictures)]
    for counter in counters:
        story += _picture(counter, t, zone_key)

    story += _section(t.section_checks)
    if data.opened:
        story.append(numbered_list([t.opened.format(
            time=f"{local_time(o.at, zone_key)[0]:%H.%M}", who=o.actor_name,
            kind=getattr(t, f"kind_{o.record_type}", o.record_type), number=o.number)
            for o in data.opened]))
    else:
        story.append(para(t.nothing_opened, "body"))

    story += _section(t.section_findings)
    for counter in counters:
        story += [para(f"<b>{escape(counter.name)}</b>", "body", markup=True),
                  para(counter.findings or t.no_findings, "body"), Spacer(1, 1.5 * mm)]
    story += [para(f"<b>{escape(t.overall)}</b>", "body", markup=True),
              para(data.overall_findings or t.no_findings, "body"), Spacer(1, 4 * mm)]
    # The closing sentence stays on the page of the signatures, as in any official letter.
    story.append(KeepTogether([para(t.closing, "body"), Spacer(1, 4 * mm),
                               *_signatures(data, t, end)]))
    return story


def _section(title: str) -> list[Flowable]:
    return [Spacer(1, 4 * mm), CondPageBreak(25 * mm), para(f"<b>{escape(title)}</b>", "body",
                                                           markup=True), Spacer(1, 1.5 * mm)]


def _stats(s: Stats, t: InspectionReportTexts) -> str:
    return t.stats_value.format(median=minutes_text(s.median), p90=minutes_text(s.p90))


def _test_prints(c: CounterReport, t: InspectionReportTexts) -> str:
    if not c.test_prints:
        return t.not_tried
    return "; ".join(t.test_ok.format(printer=p.printer) if p.ok else
                     t.test_failed.format(printer=p.printer, detail=p.detail)
                     for p in c.test_prints)


def _grid(rows: list[list[object]], widths: Sequence[float]) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("GRID", (0, 0), (-1, -1), 0.4, GREY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _counter_table(counters: list[CounterReport], t: InspectionReportTexts,
                   zone_key: str) -> Table:
    def cell(text: str, bold: bool = False) -> Flowable:
        return para(text, _SMALL_BOLD if bold else _SMALL)

    def serving(c: CounterReport) -> str:
        if c.serving is None:
            return t.nobody
        since = local_time(c.serving.since, zone_key)[0]
        return t.serving_value.format(code=c.serving.code, time=f"{since:%H.%M}")

    measures: list[tuple[str, list[str]]] = [
        (t.signed_in, [c.signed_in.full_name if c.signed_in else t.nobody for c in counters]),
        (t.serving, [serving(c) for c in counters]),
        (t.served, [str(c.figures.served) for c in counters]),
        (t.no_shows, [str(c.figures.no_shows) for c in counters]),
        (t.waiting, [_stats(c.figures.waiting, t) for c in counters]),
        (t.service, [_stats(c.figures.service, t) for c in counters]),
        (t.requests, [str(c.figures.requests_registered) for c in counters]),
        (t.printed, [str(c.figures.cards_printed) for c in counters]),
        (t.spoiled, [str(c.figures.cards_spoiled) for c in counters]),
        (t.looks, [t.looks_value.format(count=c.looks) for c in counters]),
        (t.test_print, [_test_prints(c, t) for c in counters]),
    ]
    first_w = 52 * mm
    rest = (WIDTH - first_w) / len(counters)
    rows: list[list[object]] = [[cell(t.measure, True), *(cell(c.name, True) for c in counters)]]
    rows += [[cell(name), *(cell(v) for v in values)] for name, values in measures]
    table = _grid(rows, [first_w, *[rest] * len(counters)])
    table.hAlign = "LEFT"
    return table


def _day(data: InspectionReportData, t: InspectionReportTexts) -> list[Flowable]:
    d = data.day
    now = (t.waiting_now.format(minutes=minutes_text(d.longest_wait_now))
           if d.longest_wait_now is not None else t.waiting_now_none)
    summary = [
        (t.issued, str(d.issued)), (t.day_served, str(d.served)), (t.no_shows, str(d.no_shows)),
        (t.still_open, str(d.still_open)), (now, str(d.waiting_now)),
        (t.waiting, _stats(d.waiting, t)), (t.service, _stats(d.service, t)),
    ]
    half = WIDTH / 2
    rows = [[para(k, _SMALL), para(v, _SMALL_BOLD)] for k, v in summary]
    left = Table(rows, colWidths=[half * 0.68, half * 0.28], style=TableStyle([
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, GREY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    if d.by_hour:
        hours: list[list[object]] = [[para(x, _SMALL_BOLD) for x in (t.hour, t.tickets,
                                                                     t.median, t.p90)]]
        hours += [[para(h.label, _SMALL), para(str(h.issued), _SMALL),
                   para(minutes_text(h.waiting.median), _SMALL),
                   para(minutes_text(h.waiting.p90), _SMALL)] for h in d.by_hour]
        right: Flowable = _grid(hours, [half * 0.3, half * 0.18, half * 0.24, half * 0.24])
    else:
        right = para(t.no_visits, "body")
    both = Table([[left, right]], colWidths=[half, half], style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [both, Spacer(1, 2 * mm), para(t.definitions, "small")]


def _picture(c: CounterReport, t: InspectionReportTexts, zone_key: str) -> list[Flowable]:
    p = c.picture
    if p is None or not p.png or p.width <= 0:
        return [para(t.no_picture.format(counter=c.name), "body"), Spacer(1, 2 * mm)]
    taken, zone = local_time(p.taken_at, zone_key)
    height = PICTURE_WIDTH * p.height / p.width
    image = Image(io.BytesIO(p.png), width=PICTURE_WIDTH, height=height)
    frame = Table([[image]], colWidths=[PICTURE_WIDTH], style=TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, GREY),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    caption = t.picture_caption.format(counter=c.name, name=p.full_name,
                                       time=f"{taken:%H.%M.%S}", zone=zone)
    return [KeepTogether([frame, Spacer(1, 1 * mm), para(caption, _CAPTION),
                          Spacer(1, 4 * mm)])]


def _signatures(data: InspectionReportData, t: InspectionReportTexts,
                end: datetime) -> list[Flowable]:
    dated = t.place_date.format(place=place_name(data.office.kota),
                                date=t.long_date(end.date()))
    blocks = [Signature((t.inspector_heading,), Signatory(name, "", ""),
                        dated=dated if i == 0 else "")
              for i, (_, name) in enumerate(data.inspectors)]
    blocks += [Signature((t.operator_heading.format(counter=c.name),),
                         Signatory(c.signed_in.full_name, "", ""))
               for c in data.counters if c.signed_in is not None]
    blocks.append(Signature((t.acknowledged, t.lurah.format(office=data.office.name)),
                            Signatory(t.blank_name, "", "")))
    return [signature_grid(blocks, t, columns=2, room=12 * mm)]


_SMALL = ParagraphStyle("inspection_small", fontName="Helvetica", fontSize=8, leading=10)
_SMALL_BOLD = ParagraphStyle("inspection_small_bold", parent=_SMALL, fontName="Helvetica-Bold")
_CAPTION = ParagraphStyle("inspection_caption", parent=_SMALL, fontSize=7.5, textColor=GREY,
                          alignment=TA_CENTER)
