"""What the Serah terima and Pemusnahan tabs share: the batches of one kind, the chosen
one's facts and cards, and its steps — prepare, confirm (a supervisor who did not prepare
it), discard, print or save its report (rendered off the GUI thread with a progress bar),
and check its custody chain.

Keys: Ctrl+N prepare, F2 confirm, Ctrl+P print, Ctrl+S save PDF, F7 check the chain,
F5 reload.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.domain.roles import Permission, can
from kelurahan_desk.domain.spoiled_cards import BATCH_STATE_LABELS, BatchKind, BatchState
from kelurahan_desk.services import card_batches
from kelurahan_desk.services.errors import ServiceError
from kelurahan_desk.ui.cards.ask_dialog import AskDialog
from kelurahan_desk.ui.cards.list_parts import fixed_columns
from kelurahan_desk.ui.cards.pdf_output import PdfOutput, file_name
from kelurahan_desk.ui.cards.questions import Question
from kelurahan_desk.ui.cards.record_header import HEADER_STYLE, RecordHeader
from kelurahan_desk.ui.cards.report_progress import Render, ReportBuilder
from kelurahan_desk.ui.cards.verify_dialog import VerifyDialog
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.card_batches_model import (
    BATCH_COLOURS,
    BatchCardsModel,
    BatchesModel,
)
from kelurahan_desk.ui.page_parts import StatusLine, select_row, table_view
from kelurahan_desk.ui.style import set_role


class DiscardBatchDialog(AskDialog):
    """Why a prepared batch is dropped; its cards are free again."""

    def __init__(self, parent: QWidget | None, number: str,
                 submit: Callable[[str], Any]) -> None:
        super().__init__(parent, self.tr("Batalkan berkas"), self.tr(
            "Berkas {number} dibatalkan; kartunya dapat dipilih lagi untuk berkas lain. "
            "Daftarnya tetap tercatat di jejak audit.").format(number=number))
        self._submit_reason = submit
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("mis. jadwal pemusnahan diundur"))
        self.errors.add_row(self.form, self.tr("&Alasan"), "reason", self.reason)
        self.finish_layout(self.tr("Batalkan &berkas"), self.tr("&Kembali"))
        self.reason.setFocus()

    def submit(self) -> Any:
        return self._submit_reason(self.reason.text())

    @classmethod
    def ask(cls, parent: QWidget | None, number: str, submit: Callable[[str], Any]) -> Any:
        return cls(parent, number, submit).answer()


class BatchTab(QWidget):
    """A subclass names its kind and fills in the hooks at the end.

    Signals: batches_changed() — a batch was prepared, confirmed or discarded here;
    report_ready(object) — a report's PDF bytes were made (tests, screenshots).
    """

    batches_changed = Signal()
    report_ready = Signal(object)

    KIND: BatchKind

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: Any = None  # HandOverDetail or DestructionBatchDetail
        self.builder: ReportBuilder | None = None
        self.verify_dialog: VerifyDialog | None = None
        self._pdfs: dict[uuid.UUID, bytes] = {}  # a confirmed batch's report never changes
        self.output = PdfOutput(self)
        self.setStyleSheet(HEADER_STYLE)
        works = can(context.actor.role, Permission.HANDLE_CARDS)

        self.model = BatchesModel(context.zone, self)
        self.table = table_view(self.model, f"{self.KIND.value.lower()}_batches",
                                (250, 100, 70, 170, 170))
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.header = RecordHeader(self.facts(), per_row=4, wide=self.wide_facts())
        self.cards_model = BatchCardsModel(self)
        widths = (130, 110, 140, 230, 150, 96)  # the reason takes what is left
        self.cards = table_view(self.cards_model, "batch_cards", widths)
        fixed_columns(self.cards, widths, stretch=BatchCardsModel.COLUMNS.index("reason"))
        self.cards.setWordWrap(False)
        self.empty_label = QLabel(self.empty_text())
        self.empty_label.setObjectName("empty_label")
        self.empty_label.setWordWrap(True)
        set_role(self.empty_label, "muted")

        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("prepare", self.prepare_text(), self._on_prepare_clicked),
            ("confirm", self.tr("&Konfirmasi (F2)"), self._on_confirm_clicked),
            ("discard", self.tr("Batalkan &berkas…"), self._on_discard_clicked),
            ("verify", self.tr("Periksa &rantai (F7)"), self._on_verify_clicked),
            ("save", self.tr("&Simpan PDF… (Ctrl+S)"), self._on_save_clicked),
            ("print", self.tr("&Cetak berita acara… (Ctrl+P)"), self._on_print_clicked),
        ):
            button = QPushButton(text)
            button.setObjectName(f"{key}_button")
            button.clicked.connect(slot)
            self.buttons[key] = button
        set_role(self.buttons["prepare"], "primary")
        self.buttons["prepare"].setVisible(works)
        self.buttons["discard"].setVisible(works)
        self.status = StatusLine(f"{self.KIND.value.lower()}_status")
        self.output.finished.connect(self.status.ok)
        self.output.failed.connect(self.status.error)

        for keys, key in (("Ctrl+N", "prepare"), ("F2", "confirm"), ("Ctrl+P", "print"),
                          ("Ctrl+S", "save"), ("F7", "verify")):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(
                lambda b=self.buttons[key]: b.click() if b.isVisible() and b.isEnabled()
                else None)
        reload = QShortcut(QKeySequence("F5"), self)
        reload.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        reload.activated.connect(self.reload)

        detail = QWidget()
        detail_column = QVBoxLayout(detail)
        detail_column.setContentsMargins(0, 6, 0, 0)
        detail_column.addWidget(self.header)
        detail_column.addWidget(self.empty_label)
        detail_column.addWidget(self.cards, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setSizes([90, 490])
        top = QHBoxLayout()
        intro = QLabel(self.intro_text())
        intro.setWordWrap(True)
        set_role(intro, "muted")
        top.addWidget(intro, 1)
        top.addWidget(self.buttons["prepare"], 0, Qt.AlignmentFlag.AlignBottom)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for key in ("confirm", "discard", "verify", "save", "print"):
            actions.addWidget(self.buttons[key])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        self.reload()

    # --- the list and the chosen batch ----------------------------------------------------

    def reload(self, select: uuid.UUID | None = None) -> None:
        if select is None and self.detail is not None:
            select = self.detail.id
        try:
            batches = card_batches.list_batches(self.context.store, self.context.actor,
                                                self.KIND)
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            return
        self.model.set_batches(batches)
        row = self.model.row_of(select)
        select_row(self.table, row if row >= 0 else 0)
        if not batches:
            self.show_detail(None)

    def select_batch(self, batch_id: uuid.UUID) -> None:
        select_row(self.table, self.model.row_of(batch_id))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.show_detail(None)
            return
        try:
            detail = self.load_detail(self.model.batch_at(rows[0].row()).id)
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            return
        self.show_detail(detail)

    def show_detail(self, detail: Any) -> None:
        self.detail = detail
        self.header.setVisible(detail is not None)
        self.cards.setVisible(detail is not None)
        self.empty_label.setVisible(detail is None)
        role = self.context.actor.role
        prepared = detail is not None and detail.state == BatchState.PREPARED
        self.buttons["confirm"].setVisible(prepared and can(role, Permission.APPROVE))
        self.buttons["discard"].setEnabled(prepared)
        for key in ("verify", "save", "print"):
            self.buttons[key].setEnabled(detail is not None)
        if detail is None:
            return
        self.header.title.setText(self.title_of(detail))
        self.header.show_status(translated(BATCH_STATE_LABELS[detail.state]),
                                BATCH_COLOURS[detail.state])
        self.show_facts(detail)
        self.header.show_notice(self.tr(
            "Menunggu konfirmasi supervisor selain {name}, yang menyiapkan berkas ini.").format(
                name=detail.prepared_by_name) if prepared else "")
        self.cards_model.set_cards(detail.cards)
        printable = self.printable(detail)
        for key in ("save", "print"):
            self.buttons[key].setEnabled(printable)
            self.buttons[key].setToolTip("" if printable else self.not_printable_text())

    # --- steps ------------------------------------------------------------------------

    def prepare(self) -> Any:
        detail = self.prepare_dialog()
        if detail is not None:
            self.reload(select=detail.id)
            self.status.ok(self.tr("Berkas {number} disiapkan dengan {count} kartu; menunggu "
                                   "konfirmasi supervisor.").format(
                                       number=self.number_of(detail), count=detail.count))
            self.batches_changed.emit()
        return detail

    def confirm(self) -> Any:
        """Ask, then confirm as the signed-in supervisor; the service's refusal (the one
        who prepared it, a day still to come) is shown as it is."""
        detail = self.detail
        if detail is None or not Question.ask(
                self, self.tr("Konfirmasi berkas"), self.confirm_question(detail),
                self.tr("Konfirmasi dicatat atas nama Anda dan disegel dengan hash rantai "
                        "audit; tidak dapat diurungkan."),
                self.tr("&Ya, konfirmasi"), self.tr("&Tidak")):
            return None
        try:
            done = self.confirm_service(detail.id)
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            return None
        self.reload(select=done.id)
        self.status.ok(self.tr("Berkas {number} dikonfirmasi.").format(
            number=self.number_of(done)))
        self.batches_changed.emit()
        return done

    @Slot()
    def _on_discard_clicked(self) -> None:
        detail = self.detail
        if detail is None:
            return
        batch_id = detail.id
        done = DiscardBatchDialog.ask(self, self.number_of(detail),
                                      lambda reason: self.discard_service(batch_id, reason))
        if done is not None:
            self.reload(select=batch_id)
            self.status.ok(self.tr("Berkas {number} dibatalkan.").format(
                number=self.number_of(done)))
            self.batches_changed.emit()

    def make_report(self, then: Callable[[bytes], object]) -> None:
        """The report's PDF (made once per confirmed batch, off the GUI thread), then
        ``then(pdf)``."""
        detail = self.detail
        if detail is None or self.builder is not None:
            return
        cached = self._pdfs.get(detail.id)
        if cached is not None:
            then(cached)
            return
        builder = ReportBuilder(self, self.tr("Menyiapkan {document}…").format(
            document=self.document_name(detail)), detail.count)
        self.builder = builder
        keep = detail.state == BatchState.CONFIRMED

        def finished(pdf: bytes) -> None:
            self.builder = None
            if keep:
                self._pdfs[detail.id] = pdf
            self.report_ready.emit(pdf)
            then(pdf)

        def failed(text: str) -> None:
            self.builder = None
            if text:
                self.status.error(text)
            else:
                self.status.clear()

        builder.finished.connect(finished)
        builder.failed.connect(failed)
        self.status.busy(self.tr("Menyiapkan {document}…").format(
            document=self.document_name(detail)))
        builder.start(self.renderer(detail))

    @Slot()
    def _on_prepare_clicked(self) -> None:
        self.prepare()

    @Slot()
    def _on_confirm_clicked(self) -> None:
        self.confirm()

    @Slot()
    def _on_print_clicked(self) -> None:
        detail = self.detail
        if detail is None:
            return
        name = self.document_name(detail)

        def send(pdf: bytes) -> None:
            if self.output.print_pdf(pdf, name, name):
                self.status.busy(self.tr("Mencetak {document}…").format(document=name))
            else:
                self.status.clear()

        self.make_report(send)

    @Slot()
    def _on_save_clicked(self) -> None:
        detail = self.detail
        if detail is None:
            return
        name = file_name(self.document_name(detail)) + ".pdf"

        def save(pdf: bytes) -> None:
            if self.output.save_pdf(pdf, name) is None:
                self.status.clear()

        self.make_report(save)

    @Slot()
    def _on_verify_clicked(self) -> None:
        if self.detail is None:
            return
        try:
            self.verify_dialog = VerifyDialog.check(self, self.context, batch_id=self.detail.id)
        except ServiceError as exc:
            self.status.error(translated(exc.message))

    # --- what a kind fills in ---------------------------------------------------------

    def facts(self) -> tuple[tuple[str, str], ...]:
        raise NotImplementedError

    def wide_facts(self) -> tuple[tuple[str, str], ...]:
        return ()

    def empty_text(self) -> str:
        raise NotImplementedError

    def intro_text(self) -> str:
        raise NotImplementedError

    def prepare_text(self) -> str:
        raise NotImplementedError

    def load_detail(self, batch_id: uuid.UUID) -> Any:
        raise NotImplementedError

    def show_facts(self, detail: Any) -> None:
        raise NotImplementedError

    def title_of(self, detail: Any) -> str:
        raise NotImplementedError

    def number_of(self, detail: Any) -> str:
        raise NotImplementedError

    def document_name(self, detail: Any) -> str:
        raise NotImplementedError

    def confirm_question(self, detail: Any) -> str:
        raise NotImplementedError

    def prepare_dialog(self) -> Any:
        raise NotImplementedError

    def confirm_service(self, batch_id: uuid.UUID) -> Any:
        raise NotImplementedError

    def discard_service(self, batch_id: uuid.UUID, reason: str) -> Any:
        raise NotImplementedError

    def printable(self, detail: Any) -> bool:
        return bool(detail.state != BatchState.DISCARDED)

    def not_printable_text(self) -> str:
        return self.tr("Berkas yang dibatalkan tidak dicetak.")

    def renderer(self, detail: Any) -> Render:
        raise NotImplementedError
