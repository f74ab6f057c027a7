"""A resident lookup for form fields: type a name or NIK, pick a person, fill the form.

Attach it to any ``QLineEdit`` on a form page::

    lookup = ResidentLookup(self.nik_edit, context, purpose="akta_kelahiran")
    lookup.resident_chosen.connect(self._on_lookup_resident_chosen)

Typing two letters of a name, or four digits of a NIK (or a whole No. KK), searches the
local resident list off the GUI thread after a short pause; the hits drop down under the
field with the NIK masked. Down/Up move, Enter (or a click) chooses, Escape closes. The
chosen person is opened with ``open_resident`` (one audit event: UU PDP Pasal 31) and the
whole record is handed over by ``resident_chosen``. Looking up records nothing.

The list drops down inside the field's window (a child widget raised above the form, so
the field keeps the keyboard and nothing depends on the window manager); the field must
therefore sit in a window larger than itself.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)
from shiboken6 import Shiboken

from kelurahan_desk.services import residents
from kelurahan_desk.services.errors import ServiceError
from kelurahan_desk.services.residents import NumberKind, ResidentHit, ResidentRecord
from kelurahan_desk.ui.background import run_in_background
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.resident_hits_model import ResidentHitsModel
from kelurahan_desk.ui.style import set_role

_NUMBER = re.compile(r"[0-9][0-9 .\-]*")
_LETTERS = re.compile(r"[^\W\d_]+")


def worth_searching(text: str) -> bool:
    """Two letters of a name word, or four digits of a number: less finds half the city."""
    text = text.strip()
    if _NUMBER.fullmatch(text):
        return sum(char.isdigit() for char in text) >= ResidentLookup.MIN_DIGITS
    return any(len(word) >= ResidentLookup.MIN_LETTERS for word in _LETTERS.findall(text))


class ResidentLookup(QObject):
    """Watches a line edit and drops down the residents its text finds.

    Signals:
        resident_chosen(object): the chosen person's ``ResidentRecord``, opened (audited).
        lookup_failed(str): a lookup or the opening failed or was refused; the text says why.
    """

    resident_chosen = Signal(object)
    lookup_failed = Signal(str)

    DEBOUNCE_MS = 150
    MIN_LETTERS = 2
    MIN_DIGITS = 4

    def __init__(
        self,
        edit: QLineEdit,
        context: DeskContext,
        *,
        purpose: str | None = None,
        limit: int = 20,
        number: NumberKind = "nik",
    ) -> None:
        super().__init__(edit)
        self._number = number  # digits typed are the start of a NIK, or of a No. KK
        self._edit = edit
        self._context = context
        self._purpose = purpose
        self._limit = limit
        # Every search and every choice takes a new number; a result carrying an older
        # number arrived after the operator typed on, and is dropped.
        self._generation = 0
        self._shown_query: str | None = None
        self._opening = False

        self.model = ResidentHitsModel(self)
        self.popup = QFrame(edit.window())
        self.popup.setObjectName("resident_lookup_popup")
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.popup.setAutoFillBackground(True)
        self.view = QTableView(self.popup)
        self.view.setObjectName("resident_hits")
        self.view.setModel(self.model)
        # The field keeps the keyboard: the operator types on while the list is open.
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ResidentHitsModel.ADDRESS, QHeaderView.ResizeMode.Stretch)
        self.view.clicked.connect(self._on_view_clicked)
        self.status_label = QLabel(self.popup)
        self.status_label.setObjectName("resident_lookup_status")
        self.status_label.setWordWrap(True)
        set_role(self.status_label, "muted")
        layout = QVBoxLayout(self.popup)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status_label)
        self.popup.hide()
        # The list lives in the field's window, which may outlive the form: it goes with us.
        self.destroyed.connect(self.popup.deleteLater)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        edit.textEdited.connect(self._on_edit_text_edited)
        edit.installEventFilter(self)
        if not edit.placeholderText():
            edit.setPlaceholderText(self.tr("Ketik nama atau NIK untuk mencari penduduk"))

    # --- searching ---------------------------------------------------------------------

    @Slot(str)
    def _on_edit_text_edited(self, _text: str) -> None:
        self._timer.start()  # restarts: only a pause in typing searches

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.search_now()

    def search_now(self) -> None:
        """Search for the field's text at once (the debounce timer calls this)."""
        self._timer.stop()
        self._generation += 1
        query = self._edit.text().strip()
        if not worth_searching(query):
            self._shown_query = None
            self.model.clear()
            self.hide_popup()
            return
        generation = self._generation
        store, actor, limit = self._context.store, self._context.actor, self._limit
        number = self._number
        run_in_background(
            lambda: residents.find_residents(store, actor, query, limit, number=number),
            lambda hits: self._on_hits(generation, query, hits),
            lambda exc: self._on_failed(generation, exc),
        )

    def _on_hits(self, generation: int, query: str, hits: list[ResidentHit]) -> None:
        if not Shiboken.isValid(self) or generation != self._generation:
            return  # the field changed since: a newer search is on its way
        self._shown_query = query
        self.model.set_hits(hits)
        if not hits:
            text = self.tr("Tidak ada penduduk yang cocok dengan “{query}”.").format(query=query)
        elif len(hits) >= self._limit:
            text = self.tr("{count} teratas; ketik lebih lengkap untuk mempersempit.").format(
                count=len(hits))
        else:
            text = self.tr("{count} penduduk ditemukan.").format(count=len(hits))
        hint = self.tr("↓/↑ pilih · Enter buka data · Esc tutup")
        self.status_label.setText(f"{text}  {hint}" if hits else text)
        set_role(self.status_label, "muted")
        self._show_popup()

    def _on_failed(self, generation: int, exc: Exception) -> None:
        if not Shiboken.isValid(self) or generation != self._generation:
            return
        self._show_error(exc)

    def _show_error(self, exc: Exception) -> None:
        text = (translated(exc.message) if isinstance(exc, ServiceError)
                else self.tr("Pencarian penduduk gagal: {detail}").format(detail=exc))
        self.model.clear()
        self.status_label.setText(text)
        set_role(self.status_label, "error")
        self._show_popup()
        self.lookup_failed.emit(text)

    # --- the drop-down -----------------------------------------------------------------

    def _show_popup(self) -> None:
        window = self._edit.window()
        if self.popup.parentWidget() is not window:
            self.popup.setParent(window)  # the field was put into its window after we met it
        below = self._edit.mapTo(window, QPoint(0, self._edit.height()))
        width = max(self._edit.width(), min(760, window.width() - below.x()))
        rows = self.view.verticalHeader().length() if self.model.rowCount() else 0
        wanted = (self.view.horizontalHeader().height() + rows + 8
                  + self.status_label.heightForWidth(width - 8) + 12)
        height = max(80, min(wanted, window.height() - below.y()))
        self.popup.setGeometry(below.x(), below.y(), width, height)
        self.popup.raise_()
        self.popup.show()

    def hide_popup(self) -> None:
        self.popup.hide()

    def is_open(self) -> bool:
        return self.popup.isVisible()

    def _move(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        current = self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
        row = min(count - 1, max(0, current + step)) if current >= 0 else (
            0 if step > 0 else count - 1)
        self.view.setCurrentIndex(self.model.index(row, ResidentHitsModel.NAME))
        self.view.scrollTo(self.view.currentIndex())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._edit:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                return self._on_edit_key(event)
            if event.type() == QEvent.Type.FocusOut:
                self.hide_popup()
        return super().eventFilter(watched, event)

    def _on_edit_key(self, event: QKeyEvent) -> bool:
        """True when the key was for the list (then the field does not see it)."""
        key = event.key()
        if not self.is_open():
            if key == Qt.Key.Key_Down and self.model.rowCount():
                self._show_popup()  # the list comes back without searching again
                return True
            return False
        if key == Qt.Key.Key_Down:
            self._move(1)
            return True
        if key == Qt.Key.Key_Up:
            self._move(-1)
            return True
        if key == Qt.Key.Key_Escape:
            self.hide_popup()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            current = self.view.currentIndex()
            if current.isValid():
                self.choose(current.row())
                return True
            # Nothing picked yet: Enter takes the first hit, but only of the text shown.
            if self.model.rowCount() and self._shown_query == self._edit.text().strip():
                self.choose(0)
                return True
        return False

    @Slot(QModelIndex)
    def _on_view_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.choose(index.row())

    # --- choosing ------------------------------------------------------------------------

    def choose(self, row: int) -> None:
        """Open the person on ``row`` (audited) and hand the record to ``resident_chosen``."""
        if self._opening or not 0 <= row < self.model.rowCount():
            return
        hit = self.model.hit_at(row)
        self._opening = True
        self._timer.stop()
        self._generation += 1  # a search still running no longer matters
        self.hide_popup()
        store, actor, purpose = self._context.store, self._context.actor, self._purpose
        run_in_background(
            lambda: residents.open_resident(store, actor, hit.id, purpose=purpose),
            self._on_opened,
            self._on_open_failed,
        )

    def _on_opened(self, record: ResidentRecord) -> None:
        if not Shiboken.isValid(self):
            return
        self._opening = False
        self.resident_chosen.emit(record)

    def _on_open_failed(self, exc: Exception) -> None:
        if not Shiboken.isValid(self):
            return
        self._opening = False
        self._show_error(exc)
