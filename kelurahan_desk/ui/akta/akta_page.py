"""The Akta Kelahiran and Akta Kematian pages: form F-2.01 from ticket to receipt.

Checks run as the operator types (a moment after the last key) through the same service
function submission uses, so what the form says is what the service will say. Keys:
Ctrl+S saves (a draft, or the corrections of a request already taken in), Ctrl+Enter
submits, Ctrl+P prints the receipt, Ctrl+N starts a new form.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.domain.akta import (
    EDITABLE,
    KIND_LABELS,
    STATUS_LABELS,
    AktaForm,
    RequestKind,
    RequestStatus,
)
from kelurahan_desk.domain.akta_checks import Deadline, FormCheck
from kelurahan_desk.domain.akta_deadlines import DeadlineRule, days_late, last_day_on_time
from kelurahan_desk.domain.settings import DAYS_WORKING, TIME_ZONES
from kelurahan_desk.services import akta_requests, office
from kelurahan_desk.services.akta_requests import PossibleDuplicate
from kelurahan_desk.services.akta_views import RequestDetail
from kelurahan_desk.services.errors import InvalidInput, ServiceError
from kelurahan_desk.ui.akta.banner import TakenInBanner
from kelurahan_desk.ui.akta.dialogs import DiscardDialog
from kelurahan_desk.ui.akta.duplicate_dialog import DuplicateDialog
from kelurahan_desk.ui.akta.form_view import AktaFormView
from kelurahan_desk.ui.akta.lookups import attach_lookups
from kelurahan_desk.ui.akta.receipt import print_with_choice
from kelurahan_desk.ui.akta.side_panel import DeadlineBox, ProblemsModel
from kelurahan_desk.ui.akta_request_receipt import receipt_data
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.page_parts import StatusLine
from kelurahan_desk.ui.pdf_printing import PrintFailed
from kelurahan_desk.ui.resident_lookup import ResidentLookup
from kelurahan_desk.ui.style import set_role

CHECK_DELAY_MS = 350
SIDE_WIDTH = 310
_PAGE_STYLE = """
QFrame[card="true"] { background: white; border: 1px solid #d5dbe0; border-radius: 8px; }
QFrame#deadline_box[late="true"] { background: #fdecea; border-color: #e0a19b; }
QFrame#submitted_banner { background: #e6f2ee; border: 1px solid #9cc9b4; border-radius: 8px; }
QLabel#tracking_number { font-family: monospace; font-size: 20pt; font-weight: 700;
                         color: #12343b; }
QListView#problems { background: white; border: 1px solid #d5dbe0; border-radius: 6px; }
QListView#problems::item { padding: 4px 2px; }
"""


class AktaPage(QWidget):
    """One kind of akta request at the counter.

    Signals: request_saved(object) — a draft or correction was saved (RequestDetail);
    request_submitted(object) — a request was taken in and has a tracking number.
    """

    request_saved = Signal(object)
    request_submitted = Signal(object)

    def __init__(self, context: DeskContext, kind: RequestKind,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.detail: RequestDetail | None = None
        self.ticket_id: uuid.UUID | None = None
        self.ticket_code: str | None = None
        self.check: FormCheck | None = None
        self.setStyleSheet(_PAGE_STYLE)

        self.title = QLabel(translated(KIND_LABELS[kind]))
        set_role(self.title, "title")
        self.state_label = QLabel()
        self.state_label.setObjectName("request_state")
        set_role(self.state_label, "muted")
        self.origin_label = QLabel()
        self.origin_label.setObjectName("request_origin")
        self.origin_label.setStyleSheet(
            "background: #e3f0f1; color: #12343b; border-radius: 10px; padding: 2px 10px;"
            " font-weight: 600;")
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(12)
        header.addWidget(self.state_label)
        header.addStretch(1)
        header.addWidget(self.origin_label)

        self.banner = TakenInBanner()
        self.banner.print_button.clicked.connect(self.print_receipt)
        self.banner.new_button.clicked.connect(self.new_form)
        self.tracking_label, self.banner_detail = self.banner.tracking, self.banner.detail
        self.print_button = self.banner.print_button
        zone = str(TIME_ZONES.get(context.office.timezone, context.office.timezone))
        self.form_view = AktaFormView(kind, self.today, translated(zone).split()[0])
        self.form_view.changed.connect(self._on_form_view_changed)
        self.lookups = attach_lookups(
            self.form_view.groups, context,
            "akta_kelahiran" if kind == RequestKind.BIRTH else "akta_kematian")
        for lookup in self.lookups:
            lookup.failed.connect(self._on_lookup_failed)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("form_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.form_view)

        side = self._build_side()
        body = QHBoxLayout()
        body.setSpacing(18)
        body.addWidget(self.scroll_area, 1)
        body.addWidget(side)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 18, 18, 14)
        column.setSpacing(10)
        column.addLayout(header)
        column.addWidget(self.banner)
        column.addLayout(body, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.run_checks)
        for keys, handler in (("Ctrl+S", self.save), ("Ctrl+Return", self.submit),
                              ("Ctrl+Enter", self.submit), ("Ctrl+P", self.print_receipt),
                              ("Ctrl+N", self.new_form)):
            QShortcut(QKeySequence(keys), self).activated.connect(handler)
        self._reset(None, None)

    # --- building ------------------------------------------------------------------

    def _build_side(self) -> QWidget:
        side = QWidget()
        side.setFixedWidth(SIDE_WIDTH)
        self.deadline_box = DeadlineBox()
        self.problems_title = QLabel()
        self.problems_title.setObjectName("problems_title")
        set_role(self.problems_title, "subtitle")
        self.problems_model = ProblemsModel(self)
        self.problems_view = QListView()
        self.problems_view.setObjectName("problems")
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setWordWrap(True)
        self.problems_view.setUniformItemSizes(False)
        self.problems_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.problems_view.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.problems_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.problems_view.clicked.connect(self._on_problems_view_clicked)
        self.problems_view.activated.connect(self._on_problems_view_clicked)
        self.problems_title.setWordWrap(True)
        self.problems_hint = hint = QLabel(self.tr("Klik salah satu untuk menuju isiannya."))
        hint.setWordWrap(True)
        set_role(hint, "muted")
        self.all_clear = QLabel()
        self.all_clear.setObjectName("all_clear")
        self.all_clear.setWordWrap(True)
        self.all_clear.setAlignment(Qt.AlignmentFlag.AlignTop)
        set_role(self.all_clear, "muted")
        self.submit_button = QPushButton()
        self.submit_button.setObjectName("submit_button")
        self.submit_button.setMinimumHeight(44)
        set_role(self.submit_button, "primary")
        self.submit_button.clicked.connect(self.submit)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_button")
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton(self.tr("Formulir baru (Ctrl+N)"))
        self.new_button.setObjectName("new_button")
        self.new_button.clicked.connect(self.new_form)
        self.status = StatusLine("akta_status")
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.deadline_box)
        column.addSpacing(4)
        column.addWidget(self.problems_title)
        column.addWidget(self.problems_view, 1)
        column.addWidget(self.all_clear, 1)
        column.addWidget(hint)
        column.addWidget(self.status)
        column.addWidget(self.submit_button)
        column.addWidget(self.save_button)
        column.addWidget(self.new_button)
        return side

    # --- public ----------------------------------------------------------------------

    def today(self) -> date:
        return self.now().date()

    def now(self) -> datetime:
        return self.context.store.clock().astimezone(self.context.zone)

    def form(self) -> AktaForm:
        return self.form_view.form()

    def is_dirty(self) -> bool:
        return self.form() != self._saved_form

    def start_new(self, ticket_id: uuid.UUID | None = None,
                  ticket_code: str | None = None, *, discard: bool = False) -> bool:
        """An empty form, linked to the visit ``ticket_code`` when given. Asks first
        when what was typed has not been saved (unless ``discard``); False when the
        operator kept it."""
        if not discard and self.is_dirty() and not DiscardDialog.ask(self):
            self.status.error(self.tr("Formulir yang sedang diisi belum disimpan."))
            return False
        self._reset(ticket_id, ticket_code)
        return True

    def load_request(self, detail: RequestDetail) -> bool:
        """Open a request to edit: a draft, one taken in, or one the centre returned.
        Asks first when what was typed here has not been saved; False when kept."""
        if self.is_dirty() and not DiscardDialog.ask(self):
            self.status.error(self.tr("Formulir yang sedang diisi belum disimpan."))
            return False
        self.detail = detail
        self.ticket_id, self.ticket_code = detail.ticket_id, detail.ticket_code
        self.form_view.set_form(detail.form)
        self._saved_form = self.form()
        self.form_view.set_touched(True)
        self.form_view.show_all = detail.status != RequestStatus.DRAFT
        self.status.clear()
        self._show_state()
        self.run_checks()
        return True

    @Slot()
    def new_form(self) -> None:
        self.start_new()

    @Slot()
    def run_checks(self) -> FormCheck:
        """Check the form now (the live checks run this a moment after each change)."""
        self._timer.stop()
        check = akta_requests.check_request(self.context.store, self.form())
        self.check = check
        problems = self.form_view.show_check(check)
        self.problems_model.set_problems(problems)
        self._show_problems_header()
        settings = office.get_settings(self.context.store)
        rule = DeadlineRule(
            settings["akta_birth_deadline_days" if self.kind == RequestKind.BIRTH
                     else "akta_death_deadline_days"],
            settings["akta_deadline_counting"] == DAYS_WORKING)
        detail, event = self.detail, self.form().event_date
        if (detail is not None and detail.submitted_at is not None and event is not None
                and detail.status != RequestStatus.DRAFT):
            # Taken in: on time or late as of the day it was reported, not today.
            reported = detail.submitted_at.astimezone(self.context.zone).date()
            deadline = Deadline(last_day_on_time(event, rule), days_late(event, reported, rule))
            self.deadline_box.show_reported(self.kind, deadline, reported)
        else:
            self.deadline_box.show_deadline(self.kind, check.deadline, rule.days, self.today(),
                                            rule.working_days)
        return check

    @Slot()
    def save(self) -> None:
        """Ctrl+S: a draft keeps whatever is there; a request taken in saves corrections."""
        if self.detail is not None and self.detail.status not in EDITABLE:
            return
        form = self.form()
        store, actor = self.context.store, self.context.actor
        draft = self.detail is None or self.detail.status == RequestStatus.DRAFT
        try:
            if draft:
                detail = akta_requests.save_draft(
                    store, actor, form, self.detail.id if self.detail else None,
                    self.ticket_id)
            else:
                assert self.detail is not None
                detail = akta_requests.update_request(store, actor, self.detail.id, form)
        except InvalidInput as refused:
            self._refused(refused)
            return
        except ServiceError as refused:
            self.status.error(translated(refused.message))
            return
        self.detail = detail
        self._saved_form = form
        self._show_state()
        self.run_checks()
        done = (self.tr("Draf disimpan pukul {time}.") if draft else
                self.tr("Perubahan disimpan pukul {time}."))
        self.status.ok(done.format(time=f"{self.now():%H:%M}"))
        self.request_saved.emit(detail)

    @Slot()
    def submit(self) -> None:
        """Ctrl+Enter: check everything; a wrong field gets the focus, a likely duplicate
        is compared side by side, and a request taken in gets its tracking number."""
        if not self.submit_button.isVisible() and self.detail is not None:
            return
        self.form_view.show_all = True
        check = self.run_checks()
        if check.errors:
            first = self.form_view.first_of(i.field for i in check.errors)
            self.status.error(self.tr(
                "Belum dapat diajukan: {count} isian perlu dilengkapi atau diperbaiki. "
                "Draf tetap dapat disimpan (Ctrl+S).").format(count=len(check.errors)))
            if first is not None:
                self._focus(first)
            return
        self._submit(self.form(), frozenset())

    def submit_confirmed(self, not_duplicates: frozenset[uuid.UUID]) -> None:
        """Submit, the earlier requests ``not_duplicates`` already judged to be other
        events (as "Bukan duplikat — lanjutkan" does)."""
        self._submit(self.form(), not_duplicates)

    def _submit(self, form: AktaForm, not_duplicates: frozenset[uuid.UUID]) -> None:
        try:
            detail = akta_requests.submit_request(
                self.context.store, self.context.actor, form,
                request_id=self.detail.id if self.detail else None,
                ticket_id=self.ticket_id, not_duplicates=not_duplicates)
        except PossibleDuplicate as possible:
            if DuplicateDialog.ask(self, form, possible.candidates, self.context.zone):
                self._submit(form, not_duplicates | {c.id for c in possible.candidates})
            else:
                numbers = ", ".join(c.tracking_number or self.tr("draf")
                                    for c in possible.candidates)
                self.status.error(self.tr(
                    "Tidak diajukan: permohonan yang sama sudah ada ({numbers}).").format(
                        numbers=numbers))
            return
        except InvalidInput as refused:
            self._refused(refused)
            return
        except ServiceError as refused:
            self.status.error(translated(refused.message))
            return
        self.detail = detail
        self._saved_form = form
        self.status.ok(self.tr("Permohonan diterima dengan nomor {number}.").format(
            number=detail.tracking_number))
        self._show_state()
        self.run_checks()
        self.request_submitted.emit(detail)
        self.print_button.setFocus()

    @Slot()
    def print_receipt(self) -> None:
        """Ctrl+P: the tanda terima of the request taken in, on a printer the operator
        picks (the default one first), A5 or A4."""
        detail = self.detail
        if detail is None or detail.tracking_number is None or detail.submitted_at is None:
            return
        data = receipt_data(self.context.store, detail)
        try:
            printer = print_with_choice(self, data)
        except PrintFailed as failed:
            self.status.error(failed.message)
            return
        if printer is not None:
            self.status.ok(self.tr("Tanda terima {number} dikirim ke printer {printer}.")
                           .format(number=detail.tracking_number, printer=printer))

    # --- inside ----------------------------------------------------------------------

    def _reset(self, ticket_id: uuid.UUID | None, ticket_code: str | None) -> None:
        self.detail = None
        self.ticket_id, self.ticket_code = ticket_id, ticket_code
        self.form_view.set_form(AktaForm(self.kind))
        self.form_view.set_touched(False)
        self.form_view.show_all = False
        self._saved_form = self.form()
        self.status.clear()
        self._show_state()
        self.run_checks()
        self.scroll_area.verticalScrollBar().setValue(0)
        self.form_view.first_field().setFocus()

    def _show_state(self) -> None:
        detail = self.detail
        status = detail.status if detail else None
        editable = status is None or status in EDITABLE
        self.form_view.set_editable(editable)
        if status is None:
            self.state_label.setText(self.tr("Permohonan baru"))
        elif status == RequestStatus.RETURNED:
            reason = next((s.reason for s in reversed(detail.timeline) if s.reason), None) \
                if detail else None
            self.state_label.setText(self.tr("Dikembalikan: {reason}").format(
                reason=reason or "—"))
        else:
            self.state_label.setText(translated(STATUS_LABELS[status]))
        self.origin_label.setText(self.tr("Dari antrean {code}").format(
            code=self.ticket_code) if self.ticket_code else "")
        self.origin_label.setVisible(bool(self.ticket_code))
        submittable = status in (None, RequestStatus.DRAFT, RequestStatus.RETURNED)
        self.submit_button.setVisible(submittable)
        self.submit_button.setText(
            self.tr("Ajukan ulang (Ctrl+Enter)") if status == RequestStatus.RETURNED
            else self.tr("Ajukan (Ctrl+Enter)"))
        self.save_button.setVisible(editable)
        self.save_button.setText(self.tr("Simpan draf (Ctrl+S)") if status in (
            None, RequestStatus.DRAFT) else self.tr("Simpan perubahan (Ctrl+S)"))
        taken_in = self.banner.show_request(detail)
        self._show_problems_header()
        self.new_button.setVisible(not taken_in)

    def _show_problems_header(self) -> None:
        """The list's heading and, when nothing is wrong, what to do next."""
        check = self.check
        if check is None:
            return
        errors = len(check.errors)
        # The late warning has its own box above the list.
        warnings = sum(1 for w in check.warnings if w.field != "deadline")
        submittable = self.detail is None or self.detail.status in (
            RequestStatus.DRAFT, RequestStatus.RETURNED)
        if errors:
            title = self.tr("Perlu dilengkapi ({errors})").format(errors=errors)
        elif not submittable:
            title = self.tr("Pemeriksaan isian")
        elif warnings:
            title = self.tr("Siap diajukan · {warnings} peringatan").format(warnings=warnings)
        else:
            title = self.tr("Siap diajukan")
        self.problems_title.setText(title)
        empty = self.problems_model.rowCount() == 0
        self.problems_view.setHidden(empty)
        self.problems_hint.setHidden(empty)
        self.all_clear.setVisible(empty)
        self.all_clear.setText(
            self.tr("Semua isian wajib sudah lengkap dan sesuai. Tekan Ctrl+Enter untuk "
                    "mengajukan.") if submittable else
            self.tr("Semua isian sudah lengkap dan sesuai."))

    def _refused(self, refused: InvalidInput) -> None:
        self.form_view.show_all = True
        self.run_checks()
        self.status.error(translated(refused.message))
        first = self.form_view.first_of(refused.fields)
        if first is not None:
            self._focus(first)

    def _focus(self, path: str) -> None:
        widget = self.form_view.focus_path(path)
        if widget is not None:
            self.scroll_area.ensureWidgetVisible(widget, 40, 120)

    @Slot()
    def _on_form_view_changed(self) -> None:
        self._timer.start()

    def lookup_on(self, edit: QLineEdit) -> ResidentLookup | None:
        """The resident lookup attached to ``edit`` (a person's name or NIK field)."""
        return next((found for person in self.lookups
                     if (found := person.by_edit.get(edit)) is not None), None)

    @Slot(str)
    def _on_lookup_failed(self, text: str) -> None:
        self.status.error(text)

    @Slot(QModelIndex)
    def _on_problems_view_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self._focus(self.problems_model.problem(index.row()).path)


class AktaKelahiranPage(AktaPage):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, RequestKind.BIRTH, parent)


class AktaKematianPage(AktaPage):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, RequestKind.DEATH, parent)
