"""The documents a request needs, per the Kota Probolinggo rules (DOMAIN.md), with alternatives.

A requirement is met by any one of its documents: marriage proof may be replaced by an
SPTJM F-2.03 (with two witnesses) or an SPTJM F-2.04; a doctor's or the lurah's death
statement by a police statement, a court order or a consulate letter. Which requirements
apply depends on the form (a proxy needs a surat kuasa; a foundling a police report
instead of the parents' papers).
"""

from __future__ import annotations

from dataclasses import dataclass

from kelurahan_desk.domain.akta import AktaForm, RequestKind
from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Template


@dataclass(frozen=True)
class Document:
    id: str
    label: Template


@dataclass(frozen=True)
class Requirement:
    """Met when any one of ``documents`` was received."""

    id: str
    label: Template
    documents: tuple[Document, ...]


def _doc(id_: str, label: Template) -> Document:
    return Document(id_, label)


BIRTH_STATEMENT = _doc("birth_statement", QT_TRANSLATE_NOOP(
    "akta_documents",
    "Surat keterangan kelahiran (RS, puskesmas, dokter atau bidan; dari lurah untuk "
    "kelahiran di rumah)"))
KK = _doc("kk", QT_TRANSLATE_NOOP("akta_documents", "Kartu Keluarga (KK)"))
MARRIAGE_PROOF = _doc("marriage_proof", QT_TRANSLATE_NOOP(
    "akta_documents", "Buku nikah / kutipan akta perkawinan atau bukti perkawinan lain"))
SPTJM_BIRTH = _doc("sptjm_f203", QT_TRANSLATE_NOOP(
    "akta_documents", "SPTJM kebenaran data kelahiran (F-2.03) dengan 2 saksi"))
SPTJM_SPOUSES = _doc("sptjm_f204", QT_TRANSLATE_NOOP(
    "akta_documents", "SPTJM kebenaran sebagai pasangan suami istri (F-2.04)"))
POLICE_REPORT = _doc("police_report", QT_TRANSLATE_NOOP(
    "akta_documents", "Berita acara kepolisian (anak tidak diketahui asal-usulnya)"))
POWER_OF_ATTORNEY = _doc("power_of_attorney", QT_TRANSLATE_NOOP(
    "akta_documents", "Surat kuasa bermeterai (pelapor dikuasakan)"))
DEATH_STATEMENT = _doc("death_statement", QT_TRANSLATE_NOOP(
    "akta_documents", "Surat keterangan kematian dari dokter atau lurah/kepala desa"))
DEATH_POLICE = _doc("death_police", QT_TRANSLATE_NOOP(
    "akta_documents", "Surat keterangan kepolisian"))
DEATH_COURT = _doc("death_court", QT_TRANSLATE_NOOP(
    "akta_documents", "Salinan penetapan pengadilan"))
DEATH_CONSULATE = _doc("death_consulate", QT_TRANSLATE_NOOP(
    "akta_documents", "Surat keterangan dari perwakilan RI / konsulat"))

ALL_DOCUMENTS: dict[str, Document] = {
    d.id: d
    for d in (BIRTH_STATEMENT, KK, MARRIAGE_PROOF, SPTJM_BIRTH, SPTJM_SPOUSES, POLICE_REPORT,
              POWER_OF_ATTORNEY, DEATH_STATEMENT, DEATH_POLICE, DEATH_COURT, DEATH_CONSULATE)
}


def requirements(form: AktaForm) -> list[Requirement]:
    """What this request needs before it can be submitted, in checklist order."""
    needed: list[Requirement] = []
    if form.kind == RequestKind.BIRTH:
        needed.append(Requirement("birth_statement", BIRTH_STATEMENT.label, (BIRTH_STATEMENT,)))
        if form.parents_unknown:
            needed.append(Requirement("police_report", POLICE_REPORT.label, (POLICE_REPORT,)))
        else:
            needed.append(Requirement("kk", KK.label, (KK,)))
            needed.append(Requirement(
                "marriage", QT_TRANSLATE_NOOP(
                    "akta_documents", "Bukti perkawinan orang tua, atau salah satu SPTJM"),
                (MARRIAGE_PROOF, SPTJM_BIRTH, SPTJM_SPOUSES)))
    else:
        needed.append(Requirement(
            "death_statement", QT_TRANSLATE_NOOP(
                "akta_documents", "Keterangan kematian (atau pengganti untuk kasus khusus)"),
            (DEATH_STATEMENT, DEATH_POLICE, DEATH_COURT, DEATH_CONSULATE)))
        needed.append(Requirement("kk", KK.label, (KK,)))
    if form.by_proxy:
        needed.append(Requirement(
            "power_of_attorney", POWER_OF_ATTORNEY.label, (POWER_OF_ATTORNEY,)))
    return needed


def missing(form: AktaForm) -> list[Requirement]:
    """Requirements none of whose documents has been ticked as received."""
    return [r for r in requirements(form) if not any(d.id in form.documents for d in r.documents)]


def received(form: AktaForm) -> list[Document]:
    """The documents ticked that this form's requirements know, in checklist order."""
    seen: list[Document] = []
    for requirement in requirements(form):
        seen.extend(d for d in requirement.documents if d.id in form.documents and d not in seen)
    return seen
