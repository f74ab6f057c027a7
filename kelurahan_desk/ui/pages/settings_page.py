"""The admin's Pengaturan page: the office, its loket, accounts, general settings and backups."""

from __future__ import annotations

import uuid
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from kelurahan_desk.domain.settings import SETTINGS
from kelurahan_desk.services import maintenance, office
from kelurahan_desk.services.errors import InvalidInput, ServiceError
from kelurahan_desk.services.office import OfficeInfo
from kelurahan_desk.store.backups import Backup
from kelurahan_desk.ui.background import run_in_background
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.backups_model import BackupsModel
from kelurahan_desk.ui.models.counters_model import CountersModel
from kelurahan_desk.ui.office_form import OfficeForm
from kelurahan_desk.ui.page_parts import (
    FieldErrors,
    FormGrid,
    StatusLine,
    button_row,
    dialog_buttons,
    select_row,
    table_view,
)
from kelurahan_desk.ui.pages.accounts_tab import AccountsTab
from kelurahan_desk.ui.pages.services_tab import ServicesTab
from kelurahan_desk.ui.pages.sync_tab import SyncTab
from kelurahan_desk.ui.style import set_role

_FORM_WIDTH = 680  # wide enough for long kelurahan names, narrow enough to read in one glance
_WIDE_WIDTH = 820  # a short table: wider only spreads its few columns apart


def _refusal_text(exc: ServiceError) -> str:
    """A refusal as status-line text: a list has no field to put a message under."""
    if isinstance(exc, InvalidInput):
        return "\n".join(translated(message) for message in exc.fields.values())
    return translated(exc.message)


class CounterNameDialog(QDialog):
    """Asks for a loket's name; the page hands it to the service and shows any refusal."""

    def __init__(self, parent: QWidget | None, title: str, current: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(380)
        self.name = QLineEdit(current)
        self.name.setObjectName("name")
        self.name.setMaxLength(60)
        self.name.setPlaceholderText(self.tr("mis. Loket 3"))
        self.name.selectAll()
        form = QFormLayout()
        form.addRow(self.tr("&Nama loket"), self.name)
        box, self.ok_button = dialog_buttons(self, self.tr("&Simpan"), self.tr("&Batal"))
        self.ok_button.clicked.connect(self.accept)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(box)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, current: str = "") -> str | None:
        dialog = cls(parent, title, current)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()  # parented to the page: without this every dialog would stay
        return dialog.name.text() if accepted else None


class OfficeTab(QWidget):
    """Which kelurahan this store serves, and its time zone.

    Signals: office_changed(object) — the saved ``OfficeInfo``.
    """

    office_changed = Signal(object)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        heading = QLabel(self.tr("Data kantor"))
        set_role(heading, "subtitle")
        self.form = OfficeForm()
        self.form.setMaximumWidth(_FORM_WIDTH)
        self.form.set_office(office.get_office(context.store) or context.office)
        self.save_button = QPushButton(self.tr("&Simpan"))
        self.save_button.setObjectName("save_office")
        set_role(self.save_button, "primary")
        self.status = StatusLine("office_status")

        column = QVBoxLayout(self)
        column.setContentsMargins(20, 16, 20, 16)
        column.addWidget(heading)
        column.addWidget(self.form)
        column.addSpacing(8)
        column.addLayout(button_row(self.save_button))
        column.addWidget(self.status)
        column.addStretch(1)

        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.form.edited.connect(self.status.clear)

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save()

    def save(self) -> OfficeInfo | None:
        """Save the form through ``update_office``; the saved office, or None if refused."""
        self.form.clear_errors()
        self.status.clear()
        try:
            info = office.update_office(self._context.store, self._context.actor, self.form.draft())
        except InvalidInput as exc:
            self.form.show_errors(exc.fields)
            return None
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            return None
        self.form.set_office(info)
        self.status.ok(self.tr("Tersimpan."))
        self.office_changed.emit(info)
        return info


class CountersTab(QWidget):
    """The office's loket: add, rename, switch off and on (never delete: tickets name them)."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.model = CountersModel(self)
        self.view = table_view(self.model, "counters", (90, 360))
        self.view.setMaximumWidth(_WIDE_WIDTH)
        self.add_button = QPushButton(self.tr("&Tambah loket…"))
        self.add_button.setObjectName("add_counter")
        self.rename_button = QPushButton(self.tr("&Ubah…"))
        self.rename_button.setObjectName("rename_counter")
        self.toggle_button = QPushButton(self.tr("&Nonaktifkan"))
        self.toggle_button.setObjectName("toggle_counter")
        self.status = StatusLine("counters_status")
        note = QLabel(self.tr("Loket yang dinonaktifkan tidak muncul lagi saat masuk dan di "
                              "layar antrean; riwayatnya tetap tersimpan."))
        note.setWordWrap(True)
        set_role(note, "muted")

        column = QVBoxLayout(self)
        column.setContentsMargins(20, 16, 20, 16)
        column.addLayout(button_row(self.add_button, self.rename_button, self.toggle_button))
        column.addWidget(self.status)
        column.addWidget(self.view, 1)
        column.addWidget(note)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.rename_button.clicked.connect(self._on_rename_button_clicked)
        self.toggle_button.clicked.connect(self._on_toggle_button_clicked)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        # A reset drops the selection without announcing it.
        self.model.modelReset.connect(self._on_view_selection_changed)
        self.reload()

    def reload(self, select: object = None) -> None:
        """Read the loket again; select the one with id ``select`` if given."""
        self.model.set_counters(office.list_counters(self._context.store, include_inactive=True))
        select_row(self.view, self.model.row_of(select))

    def selected_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    @Slot()
    def _on_view_selection_changed(self) -> None:
        row = self.selected_row()
        self.rename_button.setEnabled(row >= 0)
        self.toggle_button.setEnabled(row >= 0)
        active = row < 0 or self.model.counter_at(row).active
        self.toggle_button.setText(self.tr("&Nonaktifkan") if active else self.tr("&Aktifkan"))

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self.status.clear()
        name = CounterNameDialog.ask(self, self.tr("Tambah loket"))
        if name is None:
            return
        try:
            counter = office.add_counter(self._context.store, self._context.actor, name)
        except ServiceError as exc:
            self.status.error(_refusal_text(exc))
            return
        self.reload(select=counter.id)
        self.status.ok(self.tr("Loket {name} ditambahkan.").format(name=counter.name))

    @Slot()
    def _on_rename_button_clicked(self) -> None:
        row = self.selected_row()
        if row < 0:
            return
        self.status.clear()
        current = self.model.counter_at(row)
        name = CounterNameDialog.ask(self, self.tr("Ubah nama loket"), current.name)
        if name is None or name == current.name:
            return
        self._update(current.id, name, current.active, self.tr("Loket {name} disimpan."))

    @Slot()
    def _on_view_double_clicked(self) -> None:
        self._on_rename_button_clicked()

    @Slot()
    def _on_toggle_button_clicked(self) -> None:
        row = self.selected_row()
        if row < 0:
            return
        self.status.clear()
        current = self.model.counter_at(row)
        done = (self.tr("Loket {name} dinonaktifkan.") if current.active
                else self.tr("Loket {name} diaktifkan lagi."))
        self._update(current.id, current.name, not current.active, done)

    def _update(self, counter_id: uuid.UUID, name: str, active: bool, done: str) -> None:
        try:
            counter = office.update_counter(
                self._context.store, self._context.actor, counter_id, name, active
            )
        except ServiceError as exc:
            self.status.error(_refusal_text(exc))
            return
        self.reload(select=counter.id)
        self.status.ok(done.format(name=counter.name))


class GeneralTab(QWidget):
    """Office-wide numbers (idle lock, offline warning) and the store's backups.

    Signals: settings_changed(object) — the settings as saved, ``dict[str, int]``;
    backup_made(object) — the new ``Backup``.
    """

    settings_changed = Signal(object)
    backup_made = Signal(object)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._zone = context.zone
        self.errors = FieldErrors()
        self.status = StatusLine("settings_status")
        self.spins: dict[str, QSpinBox] = {}
        self.combos: dict[str, QComboBox] = {}
        values = office.get_settings(context.store)
        rules_heading = QLabel(self.tr("Aturan kantor"))
        set_role(rules_heading, "subtitle")
        form = FormGrid()
        for key, setting in SETTINGS.items():
            field: QWidget
            if setting.choices:
                combo = QComboBox()
                for value, label in setting.choices.items():
                    combo.addItem(translated(label), value)
                combo.setCurrentIndex(max(combo.findData(values[key]), 0))
                combo.currentIndexChanged.connect(self.status.clear)
                combo.setMaximumWidth(320)
                self.combos[key] = field = combo
            else:
                spin = QSpinBox()
                spin.setRange(setting.minimum, setting.maximum)
                if setting.unit is not None:
                    spin.setSuffix(" " + translated(setting.unit))
                spin.setValue(values[key])
                spin.setMaximumWidth(180)  # a number, not a text: keep it short
                self.spins[key] = field = spin
            field.setObjectName(f"setting_{key}")
            field.setMinimumWidth(140)
            self.errors.add_row(form, translated(setting.label), key, field)
        self.save_button = QPushButton(self.tr("&Simpan pengaturan"))
        self.save_button.setObjectName("save_settings")
        set_role(self.save_button, "primary")

        backups_heading = QLabel(self.tr("Cadangan"))
        set_role(backups_heading, "subtitle")
        explain = QLabel(
            self.tr("Program membuat cadangan harian sendiri dan sebelum setiap pembaruan. "
                    "Buat cadangan manual sebelum memindahkan komputer atau memperbaikinya. "
                    "Folder: {folder}").format(folder=context.store.backup_dir)
        )
        explain.setWordWrap(True)
        explain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(explain, "muted")
        self.backup_button = QPushButton(self.tr("Buat &cadangan sekarang"))
        self.backup_button.setObjectName("make_backup")
        self.backup_status = StatusLine("backup_status")
        self.backups_model = BackupsModel(context.zone, self)
        self.backups_view = table_view(self.backups_model, "backups", (200, 200))
        self.backups_view.setMinimumHeight(180)  # a week of backups, scrolled to or not

        body = QWidget()
        body.setMaximumWidth(_WIDE_WIDTH)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(rules_heading)
        column.addLayout(form)
        column.addWidget(self.errors.general)
        column.addLayout(button_row(self.save_button))
        column.addWidget(self.status)
        column.addSpacing(20)
        column.addWidget(backups_heading)
        column.addWidget(explain)
        column.addLayout(button_row(self.backup_button))
        column.addWidget(self.backup_status)
        column.addWidget(self.backups_view, 1)
        content = QWidget()
        outer = QHBoxLayout(content)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.addWidget(body, 1)
        outer.addStretch(0)
        # Twelve rules and the backups are taller than what is left of a 1280×800 window
        # under the offline banner: they scroll rather than push the window off screen.
        scroller = QScrollArea()
        scroller.setObjectName("general_scroll")
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(content)
        content.setAutoFillBackground(False)  # the page's own colour, as the other tabs
        scroller.viewport().setAutoFillBackground(False)
        frame = QVBoxLayout(self)
        frame.setContentsMargins(0, 0, 0, 0)
        frame.addWidget(scroller)

        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        for spin in self.spins.values():
            spin.valueChanged.connect(self.status.clear)
        self.reload_backups()

    def reload_backups(self) -> None:
        self.backups_model.set_backups(maintenance.list_backups(self._context.store.data_dir))

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save()

    def save(self) -> dict[str, int] | None:
        self.errors.clear()
        self.status.clear()
        changes = {key: spin.value() for key, spin in self.spins.items()}
        changes.update({key: int(combo.currentData()) for key, combo in self.combos.items()})
        try:
            saved = office.change_settings(self._context.store, self._context.actor, changes)
        except InvalidInput as exc:
            self.errors.show(exc.fields)
            return None
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            return None
        self.status.ok(self.tr("Tersimpan."))
        self.settings_changed.emit(saved)
        return saved

    @Slot()
    def _on_backup_button_clicked(self) -> None:
        self.backup_button.setEnabled(False)
        self.backup_status.busy(self.tr("Membuat cadangan…"))
        store = self._context.store
        # The copy and its integrity check take seconds on a big store: off the GUI thread.
        run_in_background(
            lambda: store.backup("manual"), self._on_backup_finished, self._on_backup_failed
        )

    def _on_backup_finished(self, backup: Backup) -> None:
        if not Shiboken.isValid(self):  # the page was closed while the copy ran
            return
        self.backup_button.setEnabled(True)
        self.reload_backups()
        taken = backup.taken_at.astimezone(self._zone)
        self.backup_status.ok(
            self.tr("Cadangan dibuat: {time}.").format(time=f"{taken:%d-%m-%Y %H:%M:%S}")
        )
        self.backup_made.emit(backup)

    def _on_backup_failed(self, exc: Exception) -> None:
        if not Shiboken.isValid(self):
            return
        self.backup_button.setEnabled(True)
        self.backup_status.error(
            self.tr("Cadangan gagal dibuat. Periksa ruang disk lalu coba lagi. ({detail})")
            .format(detail=exc)
        )

    def set_zone(self, zone: ZoneInfo) -> None:
        self._zone = zone
        self.backups_model.set_zone(zone)


class SettingsPage(QWidget):
    """The admin's Pengaturan: tabs Kantor, Loket, Layanan, Akun, Umum and Sinkronisasi.

    Signals: office_changed(object) — the saved ``OfficeInfo`` (window titles, clock);
    settings_changed(object) — the saved settings, ``dict[str, int]`` (idle lock).
    """

    office_changed = Signal(object)
    settings_changed = Signal(object)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        title = QLabel(self.tr("Pengaturan"))
        title.setObjectName("title")
        set_role(title, "title")
        self.office_tab = OfficeTab(context)
        self.counters_tab = CountersTab(context)
        self.services_tab = ServicesTab(context)
        self.accounts_tab = AccountsTab(context)
        self.general_tab = GeneralTab(context)
        self.sync_tab = SyncTab(context)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.office_tab, self.tr("Kantor"))
        self.tabs.addTab(self.counters_tab, self.tr("Loket"))
        self.tabs.addTab(self.services_tab, self.tr("Layanan"))
        self.tabs.addTab(self.accounts_tab, self.tr("Akun"))
        self.tabs.addTab(self.general_tab, self.tr("Umum"))
        self.tabs.addTab(self.sync_tab, self.tr("Sinkronisasi"))

        column = QVBoxLayout(self)
        column.setContentsMargins(28, 24, 28, 24)
        column.addWidget(title)
        column.addSpacing(8)
        column.addWidget(self.tabs, 1)

        self.office_tab.office_changed.connect(self._on_office_tab_office_changed)
        self.general_tab.settings_changed.connect(self.settings_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    @Slot(object)
    def _on_office_tab_office_changed(self, info: OfficeInfo) -> None:
        zone = ZoneInfo(info.timezone)
        self.accounts_tab.model.set_zone(zone)
        self.general_tab.set_zone(zone)
        self.office_changed.emit(info)

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        # Locks run out and other windows change accounts: show the state as of now.
        if self.tabs.widget(index) is self.accounts_tab:
            self.accounts_tab.reload()
        elif self.tabs.widget(index) is self.general_tab:
            self.general_tab.reload_backups()
