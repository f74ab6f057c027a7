"""The queue-time report as an A4 PDF: headline figures, tables per group, and charts."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from kelurahan_desk.domain.queue_metrics import LoketFigures, Stats, VisitFigures
from kelurahan_desk.services.queue_report import QueueReport


@dataclass(frozen=True)
class QueueReportTexts:
    """Every word printed on the report; the UI passes them translated.

    ``{...}`` fields are filled in here. The defaults are the Indonesian source texts.
    """

    title: str = "Laporan Waktu Antrean"
    period: str = "Periode"
    filters: str = "Filter"
    everything: str = "Semua"
    services: str = "Layanan"
    counters: str = "Loket"
    operators: str = "Petugas"
    generated: str = "Dibuat {time}"
    summary: str = "Ringkasan"
    issued: str = "Tiket diambil"
    waiting: str = "Waktu tunggu"
    service_time: str = "Waktu layanan"
    stretch_time: str = "Waktu di loket"
    mean: str = "Rata-rata"
    median: str = "Median"
    p90: str = "P90"
    minutes: str = "mnt"
    no_show_rate: str = "Tidak hadir"
    within_target: str = "Dalam target"
    resets: str = "Ditutup akhir hari"
    still_open: str = "Belum selesai"
    flagged: str = "Data janggal (tidak dihitung)"
    target: str = "Target"
    served: str = "Selesai"
    handled: str = "Dilayani"
    transferred: str = "Dialihkan"
    per_service: str = "Per layanan"
    per_counter: str = "Per loket"
    per_operator: str = "Per petugas"
    chart_by_hour: str = "Waktu tunggu menurut jam ambil nomor (menit)"
    chart_by_service: str = "Waktu tunggu per layanan (menit)"
    chart_trend: str = "Tren harian waktu tunggu (menit)"
    no_data: str = "Tidak ada kunjungan pada periode dan filter ini."
    definitions: str = (
        "Waktu tunggu = panggilan pertama − ambil nomor. Waktu layanan = selesai − panggilan "
        "pertama (kunjungan yang dialihkan: sejak panggilan pertama sampai selesai). "
        "Tidak hadir = tidak hadir ÷ tiket diambil. Dalam target = tunggu ≤ target layanan "
        "÷ kunjungan yang dipanggil. Median dan P90 diinterpolasi linear (seperti "
        "PERCENTILE.INC di Excel). Kunjungan dengan waktu yang janggal tidak dihitung."
    )
    page: str = "Halaman {page}"


# --- numbers as Indonesians write them -------------------------------------------------


def minutes_text(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}".replace(".", ",")


def percent_text(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f}%".replace(".", ",")


def _dmy(day: str) -> str:
    return f"{day[8:10]}-{day[5:7]}-{day[0:4]}"


# --- layout -------------------------------------------------------------------------------

_INK = colors.HexColor("#12343b")
_MUTED = colors.HexColor("#5b6770")
_TEAL = colors.HexColor("#2f7d87")
_AMBER = colors.HexColor("#e0a526")
_RULE = colors.HexColor("#d5dbe0")
_SHADE = colors.HexColor("#eef2f4")
_WIDTH = A4[0] - 36 * mm


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    return {
        "title": ParagraphStyle("title", parent=base["Title"], fontSize=17, leading=21,
                                textColor=_INK, alignment=0, spaceAfter=2),
        "office": ParagraphStyle("office", parent=base["Normal"], fontSize=11.5, leading=14,
                                 textColor=_INK),
        "meta": ParagraphStyle("meta", parent=base["Normal"], fontSize=8.5, leading=11,
                               textColor=_MUTED),
        "h2": ParagraphStyle("h2", parent=base["Heading2"], fontSize=12, leading=15,
                             textColor=_INK, spaceBefore=8, spaceAfter=4),
        "small": ParagraphStyle("small", parent=base["Normal"], fontSize=7.5, leading=9.5,
                                textColor=_MUTED),
        "tile_value": ParagraphStyle("tile_value", parent=base["Normal"], fontSize=15,
                                     leading=18, textColor=_INK, fontName="Helvetica-Bold"),
        "tile_label": ParagraphStyle("tile_label", parent=base["Normal"], fontSize=8,
                                     leading=10, textColor=_MUTED),
    }


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _tiles(report: QueueReport, t: QueueReportTexts, st: dict[str, ParagraphStyle]) -> Table:
    o = report.overall
    mnt = t.minutes

    def tile(value: str, label: str, detail: str = "") -> list[Paragraph]:
        cell = [Paragraph(_escape(value), st["tile_value"]),
                Paragraph(_escape(label), st["tile_label"])]
        if detail:
            cell.append(Paragraph(_escape(detail), st["tile_label"]))
        return cell

    def trio(s: Stats) -> str:
        return (f"{t.median} {minutes_text(s.median)} · {t.p90} {minutes_text(s.p90)} "
                f"{mnt}")

    cells = [
        [tile(str(o.issued), t.issued,
              f"{t.resets}: {o.resets} · {t.still_open}: {o.still_open}"),
         tile(f"{minutes_text(o.waiting.mean)} {mnt}", f"{t.waiting} ({t.mean})",
              trio(o.waiting)),
         tile(f"{minutes_text(o.service.mean)} {mnt}", f"{t.service_time} ({t.mean})",
              trio(o.service))],
        [tile(percent_text(o.no_show_rate), t.no_show_rate, f"{o.no_shows} / {o.issued}"),
         tile(percent_text(o.within_target_share), t.within_target,
              f"{o.within_target} / {o.waiting.count}"),
         tile(str(len(report.flagged)), t.flagged)],
    ]
    table = Table(cells, colWidths=[_WIDTH / 3] * 3)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), _SHADE),
        ("BOX", (0, 0), (-1, -1), 0.5, _RULE),
        ("INNERGRID", (0, 0), (-1, -1), 3, colors.white),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
    ]))
    return table


_HEAD_LEFT = ParagraphStyle("head_left", fontName="Helvetica-Bold", fontSize=7.5, leading=9,
                            textColor=_INK)
_HEAD_RIGHT = ParagraphStyle("head_right", parent=_HEAD_LEFT, alignment=2)


def _table(header: Sequence[str], rows: list[list[str]], widths: Sequence[float]) -> Table:
    heads = [Paragraph(_escape(text), _HEAD_LEFT if i == 0 else _HEAD_RIGHT)
             for i, text in enumerate(header)]  # long captions wrap instead of overlapping
    table = Table([heads, *rows], colWidths=list(widths), repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8),
        ("TEXTCOLOR", (0, 0), (-1, -1), _INK),
        ("BACKGROUND", (0, 0), (-1, 0), _SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, _TEAL),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, _RULE),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _service_table(rows: list[VisitFigures], t: QueueReportTexts) -> Table:
    header = [t.services, t.issued, f"{t.target}", f"{t.waiting} {t.mean}", t.median, t.p90,
              t.within_target, f"{t.service_time} {t.mean}", t.no_show_rate]
    body = [[
        f"{r.key} – {r.label}", str(r.issued),
        f"{r.target_minutes} {t.minutes}" if r.target_minutes is not None else "–",
        minutes_text(r.waiting.mean), minutes_text(r.waiting.median),
        minutes_text(r.waiting.p90), percent_text(r.within_target_share),
        minutes_text(r.service.mean), percent_text(r.no_show_rate),
    ] for r in rows]
    first = 46 * mm
    return _table(header, body, [first] + [(_WIDTH - first) / 8] * 8)


def _loket_table(rows: list[LoketFigures], first_header: str, t: QueueReportTexts) -> Table:
    header = [first_header, t.handled, t.served, f"{t.stretch_time} {t.mean}", t.median,
              t.p90, t.no_show_rate, t.transferred]
    body = [[
        r.label, str(r.stretches), str(r.served), minutes_text(r.stretch.mean),
        minutes_text(r.stretch.median), minutes_text(r.stretch.p90), str(r.no_shows),
        str(r.transferred),
    ] for r in rows]
    first = 52 * mm
    return _table(header, body, [first] + [(_WIDTH - first) / 7] * 7)


# --- charts ---------------------------------------------------------------------------------


def _bars(
    title: str, categories: list[str], series: list[list[float]], names: list[str],
    width: float, height: float,
) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, title, fontName="Helvetica-Bold", fontSize=8.5,
                       fillColor=_INK))
    chart = VerticalBarChart()
    chart.x, chart.y = 26, 30
    chart.width, chart.height = width - 36, height - 62
    chart.data = series or [[0.0]]
    chart.categoryAxis.categoryNames = categories or [""]
    _style_axes(chart)
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for i, colour in enumerate((_TEAL, _AMBER, _INK)):
        chart.bars[i].fillColor = colour
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    drawing.add(_legend(names, (_TEAL, _AMBER, _INK), 26, 10))
    return drawing


def _style_axes(chart: VerticalBarChart | HorizontalLineChart) -> None:
    """The quiet axes every chart of the report shares."""
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fillColor = _MUTED
    chart.categoryAxis.strokeColor = _RULE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = _MUTED
    chart.valueAxis.strokeColor = _RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = _SHADE


def _legend(names: list[str], palette: Sequence[colors.Color], x: float, y: float) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontSize = 7
    legend.fillColor = _MUTED
    legend.dx = legend.dy = 6
    legend.deltax = 70
    legend.colorNamePairs = list(zip(palette, names, strict=False))
    return legend


def _trend(title: str, days: list[VisitFigures], names: list[str], width: float,
           height: float) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, title, fontName="Helvetica-Bold", fontSize=8.5,
                       fillColor=_INK))
    chart = HorizontalLineChart()
    chart.x, chart.y = 26, 30
    chart.width, chart.height = width - 36, height - 62
    means = [d.waiting.mean for d in days]
    medians = [d.waiting.median for d in days]
    chart.data = [means, medians] if days else [[0.0]]
    step = max(1, len(days) // 12)  # about a dozen dates fit under the axis
    chart.categoryAxis.categoryNames = [
        _dmy(d.key)[:5] if i % step == 0 else "" for i, d in enumerate(days)] or [""]
    _style_axes(chart)
    for i, colour in enumerate((_TEAL, _AMBER)):
        chart.lines[i].strokeColor = colour
        chart.lines[i].strokeWidth = 1.6
    drawing.add(chart)
    drawing.add(_legend(names, (_TEAL, _AMBER), 26, 10))
    return drawing


def _value(x: float | None) -> float:
    return 0.0 if x is None else round(x, 1)


def _charts(report: QueueReport, t: QueueReportTexts) -> list[Drawing | Spacer]:
    names = [t.mean, t.median, t.p90]
    hours = report.by_hour
    by_hour = _bars(
        t.chart_by_hour, [h.key for h in hours],
        [[_value(h.waiting.mean) for h in hours], [_value(h.waiting.p90) for h in hours]],
        [t.mean, t.p90], _WIDTH * 0.56, 62 * mm)
    services = report.by_service
    by_service = _bars(
        t.chart_by_service, [s.key for s in services],
        [[_value(getattr(s.waiting, k)) for s in services] for k in ("mean", "median", "p90")],
        names, _WIDTH * 0.44, 62 * mm)
    row = Drawing(_WIDTH, 62 * mm)
    by_service.translate(_WIDTH * 0.56, 0)
    row.add(by_hour)
    row.add(by_service)
    called_days = [d for d in report.by_day if d.waiting.count]
    trend = _trend(t.chart_trend, called_days, [t.mean, t.median], _WIDTH, 58 * mm)
    return [row, Spacer(1, 3 * mm), trend]


# --- the document ---------------------------------------------------------------------------


def render_queue_report(report: QueueReport, texts: QueueReportTexts) -> bytes:
    """The report as PDF bytes (A4 portrait)."""
    t = texts
    st = _styles()
    zone = ZoneInfo(report.timezone)
    f = report.filter
    story: list[object] = [
        Paragraph(_escape(t.title), st["title"]),
        Paragraph(_escape(report.office_name), st["office"]),
        Spacer(1, 2 * mm),
    ]
    chosen = report.filter_names

    def named(key: str) -> str:
        return ", ".join(chosen.get(key, [])) or t.everything

    generated = datetime.fromtimestamp(report.generated_at.timestamp(), zone)
    meta = [
        f"{t.period}: {f.date_from:%d-%m-%Y} – {f.date_to:%d-%m-%Y}",
        f"{t.filters}: {t.services} {named('services')} · {t.counters} {named('counters')}"
        f" · {t.operators} {named('operators')}",
        t.generated.format(time=f"{generated:%d-%m-%Y %H:%M}"),
    ]
    story += [Paragraph(_escape(line), st["meta"]) for line in meta]
    story += [Spacer(1, 4 * mm), Paragraph(_escape(t.summary), st["h2"]), _tiles(report, t, st)]
    if report.overall.issued == 0:
        story += [Spacer(1, 4 * mm), Paragraph(_escape(t.no_data), st["office"])]
    else:
        story += [Spacer(1, 5 * mm), *_charts(report, t)]
        story += [KeepTogether([Paragraph(_escape(t.per_service), st["h2"]),
                                _service_table(report.by_service, t)])]
        if report.by_counter:
            story += [KeepTogether([Paragraph(_escape(t.per_counter), st["h2"]),
                                    _loket_table(report.by_counter, t.counters, t)])]
        if report.by_operator:
            story += [KeepTogether([Paragraph(_escape(t.per_operator), st["h2"]),
                                    _loket_table(report.by_operator, t.operators, t)])]
    story += [Spacer(1, 5 * mm), Paragraph(_escape(t.definitions), st["small"])]

    def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.setFillColor(_MUTED)
        canvas.drawString(18 * mm, 10 * mm, f"{report.office_name} · {t.title}")
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, t.page.format(page=doc.page))
        canvas.restoreState()

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm, title=t.title,
                            author=report.office_name)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()
