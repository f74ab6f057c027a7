"""The first start of a real office: which kelurahan, which loket, and the first admin."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kelurahan_desk.domain.roles import Role
from kelurahan_desk.services import accounts, office
from kelurahan_desk.services.accounts import NewAccount
from kelurahan_desk.services.errors import InvalidInput, PermissionDenied, ServiceError
from kelurahan_desk.services.office import OfficeInfo
from kelurahan_desk.store.database import Store
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.office_form import OfficeForm
from kelurahan_desk.ui.page_parts import FieldErrors, FormGrid, password_edit
from kelurahan_desk.ui.style import set_role

DEFAULT_COUNTERS = ("Loket 1", "Loket 2")
_MAX_COUNTER_NAME = 60  # the service's limit; checked here so the list page can say so


class OfficePage(QWizardPage):
    """Page 1: the office, checked with ``resolve_office`` before the wizard moves on."""

    def __init__(self, existing: OfficeInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._existing = existing
        self.setTitle(self.tr("Kantor"))
        self.setSubTitle(self.tr("Kelurahan mana yang dilayani komputer ini? Kode wilayah "
                                 "tercetak di nomor antrean dan semua data yang dikirim ke "
                                 "Dispendukcapil."))
        self.form = OfficeForm()
        self.saved = QLabel(self.tr("Data kantor ini sudah tersimpan. Ubah nanti lewat "
                                    "Pengaturan bila perlu."))
        self.saved.setObjectName("office_saved")
        self.saved.setWordWrap(True)
        set_role(self.saved, "notice")
        self.saved.hide()
        column = QVBoxLayout(self)
        column.addWidget(self.saved)
        column.addWidget(self.form)
        column.addStretch(1)
        if existing is not None:
            # Set-up stopped half-way earlier: the office is saved and stays as it is.
            self.mark_saved(existing)

    def mark_saved(self, info: OfficeInfo) -> None:
        self._existing = info
        self.form.set_office(info)
        self.form.setEnabled(False)
        self.saved.show()

    def validatePage(self) -> bool:
        if self._existing is not None:
            return True
        self.form.clear_errors()
        try:
            office.resolve_office(self.form.draft())
        except InvalidInput as exc:
            self.form.show_errors(exc.fields)
            return False
        return True


class _EnterAdds(QObject):
    """Takes Enter in a line edit that holds text and calls ``add`` instead."""

    def __init__(self, edit: QLineEdit, add: Callable[[], None]) -> None:
        super().__init__(edit)
        self._edit = edit
        self._add = add
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self._edit.text().strip()
        ):
            self._add()
            return True
        return super().eventFilter(watched, event)


class CountersPage(QWizardPage):
    """Page 2: the names of the office's loket, in order (their numbers follow it)."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Loket"))
        self.setSubTitle(self.tr("Loket pelayanan di kantor ini, berurutan. Nama bisa diubah "
                                 "dengan klik dua kali; loket bisa ditambah nanti di Pengaturan."))
        self.model = QStringListModel(names, self)
        self.view = QListView()
        self.view.setObjectName("counter_names")
        self.view.setModel(self.model)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.new_name = QLineEdit()
        self.new_name.setObjectName("new_counter_name")
        self.new_name.setPlaceholderText(self.tr("Nama loket baru, mis. Loket 3"))
        self.new_name.setMaxLength(_MAX_COUNTER_NAME)
        self.add_button = QPushButton(self.tr("&Tambah"))
        self.add_button.setObjectName("add_counter_name")
        self.remove_button = QPushButton(self.tr("&Hapus"))
        self.remove_button.setObjectName("remove_counter_name")
        self.error = QLabel()
        self.error.setObjectName("error_counters")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.error.hide()

        adder = QHBoxLayout()
        adder.addWidget(self.new_name, 1)
        adder.addWidget(self.add_button)
        adder.addWidget(self.remove_button)
        column = QVBoxLayout(self)
        column.addWidget(self.view, 1)
        column.addLayout(adder)
        column.addWidget(self.error)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        # Enter in the new name adds it; without this the wizard would take Enter as "Lanjut".
        self._enter = _EnterAdds(self.new_name, self._on_add_button_clicked)

    def names(self) -> list[str]:
        return [name.strip() for name in self.model.stringList()]

    def add_name(self, name: str) -> None:
        if not name.strip():
            return
        row = self.model.rowCount()
        self.model.insertRows(row, 1)
        self.model.setData(self.model.index(row), name.strip())
        self.view.setCurrentIndex(self.model.index(row))

    def remove_selected(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.removeRows(index.row(), 1)

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self.add_name(self.new_name.text())
        self.new_name.clear()
        self.new_name.setFocus()

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        self.remove_selected()

    def problem(self) -> str | None:
        names = self.names()
        if not names:
            return self.tr("Tambahkan paling sedikit satu loket.")
        if any(not name for name in names):
            return self.tr("Ada loket tanpa nama: isi namanya atau hapus barisnya.")
        long = next((name for name in names if len(name) > _MAX_COUNTER_NAME), None)
        if long is not None:
            return self.tr("Nama loket paling panjang {count} karakter: {name}").format(
                count=_MAX_COUNTER_NAME, name=long
            )
        seen: set[str] = set()
        for name in names:
            if name.lower() in seen:
                return self.tr("Loket {name} tercantum dua kali.").format(name=name)
            seen.add(name.lower())
        return None

    def validatePage(self) -> bool:
        problem = self.problem()
        self.error.setText(problem or "")
        self.error.setVisible(problem is not None)
        return problem is None


class AdminPage(QWizardPage):
    """Page 3: the first admin account; on "Selesai" the wizard saves everything.

    If the store already has accounts (an earlier set-up stopped after creating them),
    the page asks to sign in as that admin instead of creating one.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.existing_admin = False
        self.setTitle(self.tr("Admin"))
        self.setSubTitle(self.tr("Akun admin pertama. Admin mengatur kantor, loket dan akun "
                                 "petugas; ia tidak melayani di loket."))
        self.errors = FieldErrors()
        self.username = QLineEdit("admin")
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.full_name.setPlaceholderText(self.tr("mis. Sekretaris Kelurahan"))
        self.password = password_edit("password")
        self.password_repeat = password_edit("password_repeat")
        self.notice = QLabel(self.tr("Kantor ini sudah punya akun dari penyiapan sebelumnya. "
                                     "Masuk dengan akun admin itu untuk menyelesaikan."))
        self.notice.setObjectName("existing_admin")
        self.notice.setWordWrap(True)
        set_role(self.notice, "notice")
        self.notice.hide()

        self.form = FormGrid()
        self.errors.add_row(self.form, self.tr("&Nama pengguna"), "username", self.username)
        self._full_name_row = self.errors.add_row(
            self.form, self.tr("Nama &lengkap"), "full_name", self.full_name
        )
        self.errors.add_row(self.form, self.tr("Kata &sandi"), "password", self.password)
        self._repeat_row = self.errors.add_row(
            self.form, self.tr("&Ulangi kata sandi"), "password_repeat", self.password_repeat
        )
        column = QVBoxLayout(self)
        column.addWidget(self.notice)
        column.addLayout(self.form)
        column.addWidget(self.errors.general)
        column.addStretch(1)

    def entered(self) -> NewAccount:
        return NewAccount(
            self.username.text(), self.full_name.text(), Role.ADMIN, self.password.text()
        )

    def use_existing_admin(self) -> None:
        """Switch to signing in as the admin an earlier, interrupted set-up created."""
        self.existing_admin = True
        self.notice.show()
        self.errors.clear()
        for row in (self._full_name_row, self._repeat_row):
            self.form.set_row_visible(row, False)
        self.password.clear()
        self.password.setFocus()

    def validatePage(self) -> bool:
        """Checks that need no store, so a typo never leaves a half-saved set-up behind."""
        self.errors.clear()
        if self.existing_admin:
            return True
        problems: dict[str, object] = {}
        if not self.full_name.text().strip():
            problems["full_name"] = self.tr("Nama lengkap wajib diisi.")
        weak = accounts.password_problem(self.password.text())
        if weak is not None:
            problems["password"] = weak
        elif self.password.text() != self.password_repeat.text():
            problems["password_repeat"] = self.tr("Kata sandi yang diulang tidak sama.")
        self.errors.show(problems)
        return not problems


class FirstRunWizard(QWizard):
    """Sets up a new store: office, loket, first admin. Safe to run again after a crash.

    On "Selesai" it calls, in order, ``set_up_office`` (skipped when the office exists),
    ``create_first_admin`` (skipped when accounts exist), signs in as that admin and adds
    every listed loket that does not exist yet, then signs out again.
    """

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.completed = False
        self.setWindowTitle(self.tr("Penyiapan Kelurahan Desk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        # Qt ships no Indonesian translation, so the wizard's own buttons are named here.
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("&Kembali"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Lanjut"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Selesai"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Batal"))
        self.setMinimumSize(760, 620)

        existing = office.get_office(store)
        counters = [c.name for c in office.list_counters(store, include_inactive=True)]
        self.office_page = OfficePage(existing)
        self.counters_page = CountersPage(counters or list(DEFAULT_COUNTERS))
        self.admin_page = AdminPage()
        self.addPage(self.office_page)
        self.addPage(self.counters_page)
        self.addPage(self.admin_page)

    def validateCurrentPage(self) -> bool:
        # Saving lives here rather than in a page holding a callback into the wizard: that
        # reference cycle let the garbage collector delete the wizard at a random moment.
        if not super().validateCurrentPage():
            return False
        return self.currentPage() is not self.admin_page or self._complete()

    def _complete(self) -> bool:
        """Save everything; on a refusal show it on the admin page and stay open."""
        store = self._store
        page = self.admin_page
        try:
            if office.get_office(store) is None:
                info = office.set_up_office(store, self.office_page.form.draft())
                # Saved for good: going back to change it would now change nothing.
                self.office_page.mark_saved(info)
        except InvalidInput as exc:
            self.office_page.form.show_errors(exc.fields)
            page.errors.show_general(
                self.tr("Data kantor perlu diperbaiki: kembali ke halaman Kantor.")
            )
            return False
        except ServiceError as exc:
            page.errors.show_general(translated(exc.message))
            return False
        new = page.entered()
        if not page.existing_admin:
            try:
                accounts.create_first_admin(store, new)
            except InvalidInput as exc:
                page.errors.show(exc.fields)
                return False
            except PermissionDenied:
                page.use_existing_admin()
                return False
            # Created: should anything below fail, "Selesai" again only signs in.
            page.existing_admin = True
        try:
            admin = accounts.sign_in(store, new.username, new.password)
        except ServiceError as exc:
            page.errors.show_general(translated(exc.message))
            return False
        try:
            if admin.role is not Role.ADMIN:
                page.errors.show_general(
                    self.tr("Akun {user} bukan admin.").format(user=admin.username)
                )
                return False
            have = {c.name.lower() for c in office.list_counters(store, include_inactive=True)}
            for name in self.counters_page.names():
                if name.lower() not in have:
                    office.add_counter(store, admin, name)
                    have.add(name.lower())
        except ServiceError as exc:
            page.errors.show_general(translated(exc.message))
            return False
        finally:
            # The wizard only sets up; the user signs in properly afterwards.
            accounts.sign_out(store, admin)
        self.completed = True
        return True

    @classmethod
    def ask(cls, store: Store, parent: QWidget | None = None) -> bool:
        """Run the wizard; True when the set-up was completed."""
        wizard = cls(store, parent)
        wizard.exec()
        return wizard.completed
