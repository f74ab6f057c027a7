"""The Akun tab of Pengaturan: accounts, and the dialogs that create them and reset passwords."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.domain.roles import ROLE_LABELS, Role
from kelurahan_desk.services import accounts
from kelurahan_desk.services.accounts import AccountInfo, NewAccount
from kelurahan_desk.services.errors import InvalidInput, ServiceError
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.accounts_model import AccountsModel
from kelurahan_desk.ui.page_parts import (
    FieldErrors,
    FormGrid,
    StatusLine,
    button_row,
    dialog_buttons,
    password_edit,
    select_row,
    table_view,
)
from kelurahan_desk.ui.style import set_role


def _repeat_differs(errors: FieldErrors, password: QLineEdit, repeat: QLineEdit) -> bool:
    """Say so under the repeat field (and go there) when the two passwords differ."""
    if password.text() == repeat.text():
        return False
    errors.show({"password_repeat": QCoreApplication.translate(
        "NewAccountDialog", "Kata sandi yang diulang tidak sama.")})
    repeat.setFocus()
    return True

class NewAccountDialog(QDialog):
    """User name, full name, role and password; stays open until ``submit`` accepts it.

    ``submit`` is the page's call into the service: an ``InvalidInput`` it raises puts
    each message under its field, so the admin fixes it without typing everything again.
    """

    def __init__(
        self, parent: QWidget | None, submit: Callable[[NewAccount], object]
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.account: NewAccount | None = None
        self.setWindowTitle(self.tr("Buat akun"))
        self.setMinimumWidth(520)
        self.errors = FieldErrors()
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setPlaceholderText(self.tr("huruf kecil, mis. siti.r"))
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in (Role.OPERATOR, Role.SUPERVISOR, Role.INSPECTOR, Role.ADMIN):
            self.role.addItem(translated(ROLE_LABELS[role]), role)
        self.password = password_edit("password")
        self.password_repeat = password_edit("password_repeat")

        form = FormGrid()
        self.errors.add_row(form, self.tr("&Nama pengguna"), "username", self.username)
        self.errors.add_row(form, self.tr("Nama &lengkap"), "full_name", self.full_name)
        self.errors.add_row(form, self.tr("&Peran"), "role", self.role)
        self.errors.add_row(form, self.tr("&Kata sandi"), "password", self.password)
        self.errors.add_row(
            form, self.tr("&Ulangi kata sandi"), "password_repeat", self.password_repeat
        )
        box, self.ok_button = dialog_buttons(self, self.tr("Buat &akun"), self.tr("&Batal"))
        self.ok_button.clicked.connect(self._on_ok_button_clicked)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.errors.general)
        column.addWidget(box)

    def entered(self) -> NewAccount:
        return NewAccount(
            self.username.text(),
            self.full_name.text(),
            Role(self.role.currentData()),
            self.password.text(),
        )

    @Slot()
    def _on_ok_button_clicked(self) -> None:
        self.errors.clear()
        if _repeat_differs(self.errors, self.password, self.password_repeat):
            return
        new = self.entered()
        try:
            self._submit(new)
        except InvalidInput as exc:
            self.errors.show(exc.fields)
            return
        except ServiceError as exc:
            self.errors.show_general(translated(exc.message))
            return
        self.account = new
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, submit: Callable[[NewAccount], object]
    ) -> NewAccount | None:
        """The account ``submit`` accepted, or ``None`` when the admin cancelled."""
        dialog = cls(parent, submit)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()  # parented to the page: without this every dialog would stay
        return dialog.account if accepted else None


class NewPasswordDialog(QDialog):
    """A new password, twice; stays open until ``submit`` accepts it."""

    def __init__(
        self, parent: QWidget | None, username: str, submit: Callable[[str], object]
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(self.tr("Atur ulang kata sandi"))
        self.setMinimumWidth(440)
        self.errors = FieldErrors()
        note = QLabel(
            self.tr("Kata sandi baru untuk {user}. Serahkan langsung kepada pemilik akun; "
                    "kunci akun karena salah kata sandi ikut dibuka.").format(user=username)
        )
        note.setWordWrap(True)
        set_role(note, "muted")
        self.password = password_edit("password")
        self.password_repeat = password_edit("password_repeat")
        form = FormGrid()
        self.errors.add_row(form, self.tr("Kata sandi ba&ru"), "password", self.password)
        self.errors.add_row(
            form, self.tr("&Ulangi kata sandi"), "password_repeat", self.password_repeat
        )
        box, self.ok_button = dialog_buttons(self, self.tr("&Simpan"), self.tr("&Batal"))
        self.ok_button.clicked.connect(self._on_ok_button_clicked)
        column = QVBoxLayout(self)
        column.addWidget(note)
        column.addLayout(form)
        column.addWidget(self.errors.general)
        column.addWidget(box)

    @Slot()
    def _on_ok_button_clicked(self) -> None:
        self.errors.clear()
        if _repeat_differs(self.errors, self.password, self.password_repeat):
            return
        try:
            self._submit(self.password.text())
        except InvalidInput as exc:
            self.errors.show(exc.fields)
            return
        except ServiceError as exc:
            self.errors.show_general(translated(exc.message))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, username: str, submit: Callable[[str], object]) -> bool:
        """True once ``submit`` took the new password; False when cancelled."""
        dialog = cls(parent, username, submit)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted


class AccountsTab(QWidget):
    """Who may sign in here: create accounts, switch them off and on, reset passwords."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._created: AccountInfo | None = None
        self.model = AccountsModel(context.zone, context.store.clock, self)
        self.view = table_view(self.model, "accounts", (200, 300, 200))
        self.create_button = QPushButton(self.tr("&Buat akun…"))
        self.create_button.setObjectName("create_account")
        self.toggle_button = QPushButton(self.tr("&Nonaktifkan"))
        self.toggle_button.setObjectName("toggle_account")
        self.password_button = QPushButton(self.tr("Atur ulang &kata sandi…"))
        self.password_button.setObjectName("reset_password")
        self.status = StatusLine("accounts_status")

        column = QVBoxLayout(self)
        column.setContentsMargins(20, 16, 20, 16)
        column.addLayout(
            button_row(self.create_button, self.toggle_button, self.password_button)
        )
        column.addWidget(self.status)
        column.addWidget(self.view, 1)

        self.create_button.clicked.connect(self._on_create_button_clicked)
        self.toggle_button.clicked.connect(self._on_toggle_button_clicked)
        self.password_button.clicked.connect(self._on_password_button_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        # A reset drops the selection without announcing it.
        self.model.modelReset.connect(self._on_view_selection_changed)
        self.reload()

    def reload(self, select: object = None) -> None:
        if select is None and self.selected_row() >= 0:
            select = self.model.account_at(self.selected_row()).id
        try:
            rows = accounts.list_accounts(self._context.store, self._context.actor)
        except ServiceError as exc:
            self.model.set_accounts([])
            self.status.error(translated(exc.message))
            return
        self.model.set_accounts(rows)
        select_row(self.view, self.model.row_of(select))

    def selected_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    @Slot()
    def _on_view_selection_changed(self) -> None:
        row = self.selected_row()
        self.toggle_button.setEnabled(row >= 0)
        self.password_button.setEnabled(row >= 0)
        active = row < 0 or self.model.account_at(row).active
        self.toggle_button.setText(self.tr("&Nonaktifkan") if active else self.tr("&Aktifkan"))

    def _create(self, new: NewAccount) -> None:
        # Called by the dialog, which shows an InvalidInput under the fields and stays open.
        created = accounts.create_account(self._context.store, self._context.actor, new)
        self._created = created

    @Slot()
    def _on_create_button_clicked(self) -> None:
        self.status.clear()
        self._created = None
        if NewAccountDialog.ask(self, self._create) is None or self._created is None:
            return
        self.reload(select=self._created.id)
        self.status.ok(self.tr("Akun {user} dibuat.").format(user=self._created.username))

    @Slot()
    def _on_toggle_button_clicked(self) -> None:
        row = self.selected_row()
        if row < 0:
            return
        self.status.clear()
        account = self.model.account_at(row)
        try:
            changed = accounts.set_account_active(
                self._context.store, self._context.actor, account.id, not account.active
            )
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            return
        self.reload(select=changed.id)
        text = (self.tr("Akun {user} diaktifkan lagi.") if changed.active
                else self.tr("Akun {user} dinonaktifkan; akun ini tidak dapat masuk lagi."))
        self.status.ok(text.format(user=changed.username))

    @Slot()
    def _on_password_button_clicked(self) -> None:
        row = self.selected_row()
        if row < 0:
            return
        self.status.clear()
        account = self.model.account_at(row)

        def submit(password: str) -> None:
            accounts.reset_password(
                self._context.store, self._context.actor, account.id, password
            )

        if NewPasswordDialog.ask(self, account.username, submit):
            self.reload(select=account.id)
            self.status.ok(
                self.tr("Kata sandi {user} sudah diganti.").format(user=account.username)
            )
