"""The two kinds of batch: Serah terima (cards handed to the Dispendukcapil) and
Pemusnahan (cards burned, with its Berita Acara)."""

from __future__ import annotations

import uuid

from kelurahan_desk.domain.spoiled_cards import (
    METHOD_LABELS,
    BatchKind,
    BatchState,
    Signatory,
)
from kelurahan_desk.services import card_batches, card_destructions
from kelurahan_desk.services.card_batches import HandOverDetail
from kelurahan_desk.services.card_destructions import DestructionBatchDetail
from kelurahan_desk.ui.akta_request_record import moment_in_office
from kelurahan_desk.ui.cards.batch_forms import PrepareDestructionDialog, PrepareHandOverDialog
from kelurahan_desk.ui.cards.batch_tab import BatchTab
from kelurahan_desk.ui.cards.card_documents import destruction_renderer, hand_over_renderer
from kelurahan_desk.ui.cards.report_progress import Render
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.blanko_models import thousands
from kelurahan_desk.ui.models.time_text import day_text


def person(p: Signatory) -> str:
    """``Drs. Hendro Prasetyo (Kepala Seksi Pemerintahan, Kecamatan Kademangan)``."""
    about = ", ".join(part for part in (p.position, p.institution) if part)
    return f"{p.name} ({about})" if about else p.name


def _seal(seq: int | None, audit_hash: str | None) -> str:
    return f"#{seq} · {audit_hash[:12]}…" if seq is not None and audit_hash else ""


class HandOverTab(BatchTab):
    KIND = BatchKind.HAND_OVER

    def facts(self) -> tuple[tuple[str, str], ...]:
        return (("day", self.tr("Tanggal")), ("receiver", self.tr("Penerima")),
                ("count", self.tr("Kartu")), ("prepared", self.tr("Disiapkan")),
                ("confirmed", self.tr("Dikonfirmasi")), ("seal", self.tr("Segel audit")),
                ("note", self.tr("Catatan")))

    def empty_text(self) -> str:
        return self.tr("Belum ada serah terima. Kartu yang sudah disimpan dapat diserahkan "
                       "ke Dispendukcapil: Siapkan serah terima (Ctrl+N).")

    def intro_text(self) -> str:
        return self.tr("Kartu yang disimpan diserahkan ke Dispendukcapil dengan berita acara "
                       "serah terima; supervisor lain (bukan yang menyiapkan) "
                       "mengonfirmasinya setelah penyerahan.")

    def prepare_text(self) -> str:
        return self.tr("Siapkan &serah terima… (Ctrl+N)")

    def load_detail(self, batch_id: uuid.UUID) -> HandOverDetail:
        return card_batches.get_hand_over(self.context.store, self.context.actor, batch_id)

    def show_facts(self, d: HandOverDetail) -> None:
        zone = self.context.zone
        self.header.set_fact("day", day_text(d.handed_on))
        self.header.set_fact("receiver", person(d.receiver))
        self.header.set_fact("count", thousands(d.count))
        self.header.set_fact("prepared", self.tr("{who}, {when}").format(
            who=d.prepared_by_name, when=moment_in_office(d.prepared_at, zone)))
        self.header.set_fact("confirmed", self.tr("{who}, {when}").format(
            who=d.confirmed_by_name, when=moment_in_office(d.confirmed_at, zone))
            if d.confirmed_at and d.confirmed_by_name else "")
        self.header.set_fact("seal", _seal(d.audit_seq, d.audit_hash))
        self.header.set_fact("note", d.discard_reason or d.note)

    def title_of(self, d: HandOverDetail) -> str:
        return self.tr("Serah terima · {number}").format(number=d.number)

    def number_of(self, d: HandOverDetail) -> str:
        return d.number

    def document_name(self, d: HandOverDetail) -> str:
        return self.tr("Berita Acara Serah Terima {number}").format(number=d.number)

    def confirm_question(self, d: HandOverDetail) -> str:
        return self.tr("{count} kartu sudah diterima {name} dari Dispendukcapil?").format(
            count=thousands(d.count), name=d.receiver.name)

    def prepare_dialog(self) -> HandOverDetail | None:
        return PrepareHandOverDialog.ask(self.window(), self.context)

    def confirm_service(self, batch_id: uuid.UUID) -> HandOverDetail:
        return card_batches.confirm_hand_over(self.context.store, self.context.actor, batch_id)

    def discard_service(self, batch_id: uuid.UUID, reason: str) -> HandOverDetail:
        return card_batches.discard_hand_over(self.context.store, self.context.actor,
                                              batch_id, reason)

    def renderer(self, d: HandOverDetail) -> Render:
        return hand_over_renderer(d)


class DestructionTab(BatchTab):
    KIND = BatchKind.DESTRUCTION

    def facts(self) -> tuple[tuple[str, str], ...]:
        return (("day", self.tr("Tanggal")), ("place", self.tr("Tempat dan cara")),
                ("count", self.tr("Kartu")), ("official", self.tr("Pelaksana")),
                ("prepared", self.tr("Disiapkan")), ("confirmed", self.tr("Dikonfirmasi")),
                ("seal", self.tr("Segel audit")))

    def wide_facts(self) -> tuple[tuple[str, str], ...]:
        return (("witnesses", self.tr("Saksi")),)

    def empty_text(self) -> str:
        return self.tr("Belum ada pemusnahan. Kartu yang disimpan atau sudah diserahkan "
                       "dapat dimusnahkan: Siapkan pemusnahan (Ctrl+N).")

    def intro_text(self) -> str:
        return self.tr("Kartu yang disimpan atau sudah diserahkan dibakar disaksikan "
                       "kecamatan, Satpol PP dan Inspektorat (SE Mendagri 470.13/11176/SJ); "
                       "Berita Acara dicetak setelah supervisor mengonfirmasi.")

    def prepare_text(self) -> str:
        return self.tr("Siapkan &pemusnahan… (Ctrl+N)")

    def load_detail(self, batch_id: uuid.UUID) -> DestructionBatchDetail:
        return card_destructions.get_destruction(self.context.store, self.context.actor,
                                                 batch_id)

    def show_facts(self, d: DestructionBatchDetail) -> None:
        zone = self.context.zone
        self.header.set_fact("day", day_text(d.destroyed_on))
        self.header.set_fact("place", self.tr("{place}, {method}").format(
            place=d.place, method=translated(METHOD_LABELS[d.method])))
        self.header.set_fact("count", thousands(d.count))
        self.header.set_fact("official", person(d.official))
        self.header.set_fact("witnesses", "   ".join(
            f"{n}. {person(w)}" for n, w in enumerate(d.witnesses, start=1)))
        self.header.set_fact("prepared", self.tr("{who}, {when}").format(
            who=d.prepared_by_name, when=moment_in_office(d.prepared_at, zone)))
        self.header.set_fact("confirmed", self.tr("{who}, {when}").format(
            who=d.confirmed_by_name, when=moment_in_office(d.confirmed_at, zone))
            if d.confirmed_at and d.confirmed_by_name else "")
        self.header.set_fact("seal", _seal(d.audit_seq, d.audit_hash))

    def title_of(self, d: DestructionBatchDetail) -> str:
        return self.tr("Pemusnahan · {number}").format(number=d.ba_number)

    def number_of(self, d: DestructionBatchDetail) -> str:
        return d.ba_number

    def document_name(self, d: DestructionBatchDetail) -> str:
        return self.tr("Berita Acara Pemusnahan {number}").format(number=d.ba_number)

    def confirm_question(self, d: DestructionBatchDetail) -> str:
        return self.tr("{count} kartu sudah {method} pada {day} seperti tertulis di berita "
                       "acara {number}?").format(
                           count=thousands(d.count), method=translated(METHOD_LABELS[d.method]),
                           day=day_text(d.destroyed_on), number=d.ba_number)

    def prepare_dialog(self) -> DestructionBatchDetail | None:
        return PrepareDestructionDialog.ask(self.window(), self.context)

    def confirm_service(self, batch_id: uuid.UUID) -> DestructionBatchDetail:
        return card_destructions.confirm_destruction(self.context.store, self.context.actor,
                                                     batch_id)

    def discard_service(self, batch_id: uuid.UUID, reason: str) -> DestructionBatchDetail:
        return card_destructions.discard_destruction(self.context.store, self.context.actor,
                                                     batch_id, reason)

    def printable(self, d: DestructionBatchDetail) -> bool:
        # The Berita Acara carries the seal of the confirmation in its QR code.
        return bool(d.state == BatchState.CONFIRMED)

    def not_printable_text(self) -> str:
        return self.tr("Berita Acara dapat dicetak setelah pemusnahan dikonfirmasi "
                       "supervisor.")

    def renderer(self, d: DestructionBatchDetail) -> Render:
        return destruction_renderer(d)
