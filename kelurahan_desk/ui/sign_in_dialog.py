"""Signing in, and unlocking a window that locked itself while the counter was left.

The dialog is the first thing the desk shows, before its store is open: the store (and
the SQLAlchemy it needs, the bulk of the start-up) is prepared on another thread while
the user types (``app.DeskSession``). So this module imports nothing that loads
SQLAlchemy; the services it calls are imported when the store is there. Nor does it use
PySide6's ``Qt`` namespace, whose first import costs ~30 ms (``setModal`` instead).
"""

from __future__ import annotations

import uuid
from enum import Enum, auto
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.services.errors import ServiceError
from kelurahan_desk.ui.device_prefs import DevicePrefs
from kelurahan_desk.ui.i18n import translated

if TYPE_CHECKING:
    from kelurahan_desk.services.actor import Actor
    from kelurahan_desk.store.database import Store


class LockOutcome(Enum):
    UNLOCKED = auto()
    SIGN_OUT = auto()


class SignInDialog(QDialog):
    """Name, password and (for counter staff) the loket this PC serves.

    In lock mode the name is fixed to the user who locked away, and the second button
    signs that user out so a colleague can take the counter.

    Made without a store (``store=None``), it shows at once and waits for ``set_store``:
    the office's name and its lokets appear then, and a Masuk pressed before is carried
    out then. Signals: signed_in — accepted with ``actor`` set (not in lock mode).
    """

    signed_in = Signal()

    def __init__(
        self, store: Store | None, parent: QWidget | None = None,
        locked_actor: Actor | None = None,
    ) -> None:
        super().__init__(parent)
        self._store: Store | None = None
        self._locked_actor = locked_actor
        self._pressed_early = False
        self.actor: Actor | None = None
        self.outcome: LockOutcome | None = None
        self.setWindowTitle(self.tr("Masuk — Kelurahan Desk") if locked_actor is None
                            else self.tr("Layar terkunci — Kelurahan Desk"))
        self.setMinimumWidth(480)

        title = QLabel(self.tr("Kelurahan Desk") if locked_actor is None
                       else self.tr("Layar terkunci"))
        # Roles as plain properties: these widgets are new, so polishing them at show gives
        # them their look, and set_role's polished check would import Qt's namespace.
        title.setProperty("role", "title")
        self.subtitle = QLabel(self.tr("Menyiapkan data kantor…"))
        self.subtitle.setProperty("role", "muted")

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setPlaceholderText(self.tr("mis. operator"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.counter = QComboBox()
        self.counter.setObjectName("counter")
        # Item data are strings: Qt compares Python objects by identity in findData.
        self.counter.addItem(self.tr("— tanpa loket —"), "")
        self._prefs: DevicePrefs | None = None
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.hide()

        form = QFormLayout()
        if locked_actor is None:
            form.addRow(self.tr("&Nama pengguna"), self.username)
        else:
            self.username.setText(locked_actor.username)
            who = QLabel(f"{locked_actor.full_name} ({locked_actor.username})")
            form.addRow(self.tr("Pengguna"), who)
        form.addRow(self.tr("&Kata sandi"), self.password)
        if locked_actor is None:
            form.addRow(self.tr("&Loket"), self.counter)

        buttons = QDialogButtonBox()
        self.accept_button = QPushButton(
            self.tr("Masuk") if locked_actor is None else self.tr("Buka kunci")
        )
        self.accept_button.setDefault(True)
        self.accept_button.setProperty("role", "primary")
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        if locked_actor is None:
            self.other_button = QPushButton(self.tr("Batal"))
            buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.RejectRole)
            self.other_button.clicked.connect(self.reject)
        else:
            self.other_button = QPushButton(self.tr("Ganti pengguna"))
            buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.DestructiveRole)
            self.other_button.clicked.connect(self._on_sign_out_clicked)
        self.accept_button.clicked.connect(self._on_accept_clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.password if locked_actor else self.username).setFocus()
        if store is not None:
            self.set_store(store)

    @property
    def ready(self) -> bool:
        return self._store is not None

    def set_store(self, store: Store) -> None:
        """The store is open: name the office, list its lokets, do a Masuk pressed early."""
        from kelurahan_desk.services import office

        self._store = store
        info = office.get_office(store)
        self.subtitle.setText(self.tr("Kelurahan {name}, Kec. {kecamatan}").format(
            name=info.name, kecamatan=info.kecamatan) if info else "")
        for counter in office.list_counters(store):
            self.counter.addItem(counter.name, str(counter.id))
        self._prefs = DevicePrefs(store.data_dir)
        if self._prefs.last_counter_id is not None and self.counter.currentIndex() == 0:
            index = self.counter.findData(str(self._prefs.last_counter_id))
            self.counter.setCurrentIndex(max(index, 0))
        if self._pressed_early:
            self._pressed_early = False
            self.accept_button.setEnabled(True)
            self._on_accept_clicked()

    @Slot()
    def _on_accept_clicked(self) -> None:
        if self._store is None:  # still opening: sign in as soon as it is open
            self._pressed_early = True
            self.accept_button.setEnabled(False)
            self.subtitle.setText(self.tr("Menyiapkan data kantor… Anda akan masuk sebentar "
                                          "lagi."))
            return
        from kelurahan_desk.services import accounts

        data = self.counter.currentData()
        counter_id = uuid.UUID(data) if data else None
        try:
            if self._locked_actor is not None:
                accounts.confirm_password(self._store, self._locked_actor, self.password.text())
                self.actor = self._locked_actor
                self.outcome = LockOutcome.UNLOCKED
            else:
                self.actor = accounts.sign_in(
                    self._store, self.username.text(), self.password.text(), counter_id
                )
                assert self._prefs is not None
                self._prefs.last_counter_id = counter_id
        except ServiceError as exc:
            self.show_error(translated(exc.message))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
        if self._locked_actor is None:
            self.signed_in.emit()

    @Slot()
    def _on_sign_out_clicked(self) -> None:
        self.outcome = LockOutcome.SIGN_OUT
        self.accept()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def reject(self) -> None:
        if self._locked_actor is None:  # a locked screen cannot be dismissed
            super().reject()

    @classmethod
    def ask(cls, store: Store, parent: QWidget | None = None) -> Actor | None:
        dialog = cls(store, parent)
        dialog.setModal(True)  # application-modal
        return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def ask_unlock(cls, store: Store, actor: Actor, parent: QWidget | None = None) -> LockOutcome:
        dialog = cls(store, parent, locked_actor=actor)
        dialog.exec()
        return dialog.outcome or LockOutcome.SIGN_OUT
