"""One akta request's F-2.01 data as read-only rich text: every section, NIKs in full.

Only the opened record shows whole NIKs (opening it was audited); lists mask them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from kelurahan_desk.domain.akta import (
    BIRTH_ATTENDANT_LABELS,
    BIRTH_PLACE_TYPE_LABELS,
    BIRTH_TYPE_LABELS,
    CITIZENSHIP_LABELS,
    DEATH_CAUSE_LABELS,
    DEATH_CERTIFIER_LABELS,
    AktaForm,
    Person,
    RequestKind,
)
from kelurahan_desk.domain.akta_documents import missing, received
from kelurahan_desk.domain.people import Sex
from kelurahan_desk.domain.settings import zone_name
from kelurahan_desk.services.akta_views import RequestDetail
from kelurahan_desk.ui.i18n import translated

translate = QCoreApplication.translate  # bare name: lupdate finds translate("ctx", "text")

Rows = Sequence[tuple[str, str]]

_STYLE = """
<style>
h3 { color: #12343b; font-size: 11.5pt; margin: 12px 0 4px 0; }
td { padding: 2px 10px 2px 0; vertical-align: top; }
td.caption { color: #5b6770; }
.missing { color: #b3261e; font-weight: 600; }
.empty { color: #5b6770; }
</style>
"""


def moment_in_office(moment: datetime, zone: ZoneInfo) -> str:
    """``28-11-2026 14:05 WIB``: always the office's time, whatever this PC's zone."""
    return f"{moment.astimezone(zone):%d-%m-%Y %H:%M} {zone_name(zone, moment)}"


def _day(value: date | None) -> str:
    return f"{value:%d-%m-%Y}" if value else ""


def _clock(value: time | None) -> str:
    return f"{value:%H:%M}" if value else ""


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}".replace(".", ",")  # Indonesian decimal comma


def _sex(value: Sex | None) -> str:
    if value is None:
        return ""
    return (translate("AktaRequestRecord", "Laki-laki") if value == Sex.MALE
            else translate("AktaRequestRecord", "Perempuan"))


def _yes(value: bool) -> str:
    return (translate("AktaRequestRecord", "Ya") if value
            else translate("AktaRequestRecord", "Tidak"))


def _label(labels: dict, value: object) -> str:  # type: ignore[type-arg]
    return translated(labels[value]) if value is not None else ""


def _section(title: str, rows: Rows) -> str:
    cells = "".join(
        f'<tr><td class="caption" width="175">{escape(caption)}</td>'
        f"<td>{escape(value) if value else _empty()}</td></tr>"
        for caption, value in rows)
    return f"<h3>{escape(title)}</h3><table>{cells}</table>"


def _empty() -> str:
    return f'<span class="empty">{escape(translate("AktaRequestRecord", "(tidak diisi)"))}</span>'


def _person(person: Person, *, with_birth: bool) -> list[tuple[str, str]]:
    rows = [(translate("AktaRequestRecord", "Nama"), person.name),
            (translate("AktaRequestRecord", "NIK"), person.nik),
            (translate("AktaRequestRecord", "No. KK"), person.kk)]
    if with_birth:
        born = ", ".join(p for p in (person.birth_place, _day(person.birth_date)) if p)
        rows.append((translate("AktaRequestRecord", "Tempat, tanggal lahir"), born))
    rows.append((translate("AktaRequestRecord", "Kewarganegaraan"),
                 _label(CITIZENSHIP_LABELS, person.citizenship)))
    return rows


def _child(form: AktaForm) -> list[tuple[str, str]]:
    child = form.child
    return [
        (translate("AktaRequestRecord", "Nama"), child.name),
        (translate("AktaRequestRecord", "Jenis kelamin"), _sex(child.sex)),
        (translate("AktaRequestRecord", "Tempat dilahirkan"),
         _label(BIRTH_PLACE_TYPE_LABELS, child.birth_place_type)),
        (translate("AktaRequestRecord", "Tempat kelahiran"), child.birth_place),
        (translate("AktaRequestRecord", "Tanggal lahir"), _day(child.birth_date)),
        (translate("AktaRequestRecord", "Pukul"), _clock(child.birth_time)),
        (translate("AktaRequestRecord", "Jenis kelahiran"),
         _label(BIRTH_TYPE_LABELS, child.birth_type)),
        (translate("AktaRequestRecord", "Kelahiran ke-"),
         str(child.birth_order) if child.birth_order is not None else ""),
        (translate("AktaRequestRecord", "Penolong kelahiran"),
         _label(BIRTH_ATTENDANT_LABELS, child.attendant)),
        (translate("AktaRequestRecord", "Berat"),
         translate("AktaRequestRecord", "{value} kg").format(value=_number(child.weight_kg))
         if child.weight_kg is not None else ""),
        (translate("AktaRequestRecord", "Panjang"),
         translate("AktaRequestRecord", "{value} cm").format(value=_number(child.length_cm))
         if child.length_cm is not None else ""),
    ]


def _deceased(form: AktaForm) -> list[tuple[str, str]]:
    dead = form.deceased
    return [
        (translate("AktaRequestRecord", "NIK"), dead.nik),
        (translate("AktaRequestRecord", "Nama"), dead.name),
        (translate("AktaRequestRecord", "Jenis kelamin"), _sex(dead.sex)),
        (translate("AktaRequestRecord", "Tanggal lahir"), _day(dead.birth_date)),
        (translate("AktaRequestRecord", "Tanggal kematian"), _day(dead.death_date)),
        (translate("AktaRequestRecord", "Pukul"), _clock(dead.death_time)),
        (translate("AktaRequestRecord", "Sebab kematian"), _label(DEATH_CAUSE_LABELS, dead.cause)),
        (translate("AktaRequestRecord", "Tempat kematian"), dead.place),
        (translate("AktaRequestRecord", "Yang menerangkan"),
         _label(DEATH_CERTIFIER_LABELS, dead.certifier)),
        (translate("AktaRequestRecord", "Layanan 3 in 1 (KK dan KTP-el pasangan)"),
         _yes(form.three_in_one)),
    ]


def _documents(form: AktaForm) -> str:
    got = [translated(d.label) for d in received(form)]
    lacking = [translated(r.label) for r in missing(form)]
    items = "".join(f"<li>{escape(label)}</li>" for label in got)
    lacking_text = translate("AktaRequestRecord", "Belum ada: {document}")
    items += "".join(
        f'<li class="missing">{escape(lacking_text.format(document=label))}</li>'
        for label in lacking)
    if not items:
        items = f"<li>{_empty()}</li>"
    title = translate("AktaRequestRecord", "Berkas yang diterima")
    return f"<h3>{escape(title)}</h3><ul>{items}</ul>"


def record_html(detail: RequestDetail) -> str:
    """The request's form, section by section, as HTML for a ``QTextBrowser``."""
    form = detail.form
    parts = [_STYLE]
    if form.kind == RequestKind.BIRTH:
        parts.append(_section(translate("AktaRequestRecord", "Anak"), _child(form)))
        if form.parents_unknown:
            parts.append(_section(translate("AktaRequestRecord", "Orang tua"), [(
                translate("AktaRequestRecord", "Keterangan"),
                translate("AktaRequestRecord",
                          "Orang tua tidak diketahui (berita acara kepolisian)"))]))
        else:
            parts.append(_section(translate("AktaRequestRecord", "Ibu"),
                                  _person(form.mother, with_birth=True)))
            parts.append(_section(translate("AktaRequestRecord", "Ayah"),
                                  _person(form.father, with_birth=True)))
    else:
        parts.append(_section(translate("AktaRequestRecord", "Almarhum/almarhumah"),
                              _deceased(form)))
    reporter = _person(form.reporter, with_birth=False)
    reporter.append((translate("AktaRequestRecord", "Melapor dengan surat kuasa"),
                     _yes(form.by_proxy)))
    parts.append(_section(translate("AktaRequestRecord", "Pelapor"), reporter))
    parts.append(_section(translate("AktaRequestRecord", "Saksi I"),
                          _person(form.witness1, with_birth=False)))
    parts.append(_section(translate("AktaRequestRecord", "Saksi II"),
                          _person(form.witness2, with_birth=False)))
    parts.append(_documents(form))
    if form.note:
        parts.append(_section(translate("AktaRequestRecord", "Catatan"),
                              [(translate("AktaRequestRecord", "Catatan petugas"), form.note)]))
    return "".join(parts)
