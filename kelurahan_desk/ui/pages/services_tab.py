"""The Layanan tab of Pengaturan: the antrean's services, and the dialog that edits one."""

from __future__ import annotations

import string
import uuid
from datetime import time

from PySide6.QtCore import QRegularExpression, QTime, Slot
from PySide6.QtGui import QRegularExpressionValidator, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.services import office, queue_services
from kelurahan_desk.services.errors import InvalidInput, ServiceError
from kelurahan_desk.services.office import CounterInfo
from kelurahan_desk.services.queue_services import ServiceDraft, ServiceInfo
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.queue_services_model import QueueServicesModel
from kelurahan_desk.ui.page_parts import (
    FieldErrors,
    FormGrid,
    StatusLine,
    button_row,
    dialog_buttons,
    select_row,
    table_view,
)
from kelurahan_desk.ui.style import set_role

_DEFAULT_OPENS = QTime(8, 0)
_DEFAULT_CLOSES = QTime(15, 0)
_TICKS_PER_ROW = 4


def _muted(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    set_role(label, "muted")
    return label


def _clock(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


def _plain(text: str) -> str:
    """A user-typed name as a button text: an ``&`` in it is a character, not a shortcut."""
    return text.replace("&", "&&")


class ServiceDialog(QDialog):
    """Letter, name, target, quota, hours, active and lokets of one service.

    Saves through ``queue_services.save_service`` itself and stays open until the service accepts
    the entry: each refusal appears under its field, so nothing has to be typed again.
    The letter can only be chosen for a new service: tickets already issued keep theirs.
    """

    def __init__(
        self, parent: QWidget | None, context: DeskContext, service: ServiceInfo | None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._service = service
        self.saved: ServiceInfo | None = None
        self.setWindowTitle(
            self.tr("Tambah layanan") if service is None
            else self.tr("Ubah layanan {prefix}").format(prefix=service.prefix)
        )
        self.setMinimumWidth(600)
        self.errors = FieldErrors()

        self.prefix = QLineEdit()
        self.prefix.setObjectName("prefix")
        self.prefix.setMaxLength(1)
        self.prefix.setMaximumWidth(72)
        self.prefix.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]?"), self.prefix)
        )
        if service is None:
            prefix_hint = self.tr(
                "Satu huruf A–Z di depan nomornya. Tidak bisa diubah setelah disimpan: "
                "nomor yang sudah diambil tetap memakai hurufnya.")
        else:
            prefix_hint = self.tr(
                "Tidak bisa diubah: nomor yang sudah diambil (mis. {code}) tetap memakai "
                "hurufnya. Perlu huruf lain? Buat layanan baru, nonaktifkan yang ini."
            ).format(code=f"{service.prefix}-014")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setMaxLength(60)
        self.name.setPlaceholderText(self.tr("mis. Legalisir"))
        self.target = QSpinBox()
        self.target.setObjectName("target_wait_minutes")
        self.target.setRange(1, 480)
        self.target.setSuffix(self.tr(" menit"))
        self.target.setMaximumWidth(180)
        self.target.setToolTip(self.tr("Waktu tunggu yang dianggap wajar; laporan antrean "
                                       "mengukur berapa nomor dilayani dalam target ini."))
        self.quota = QSpinBox()
        self.quota.setObjectName("daily_quota")
        self.quota.setRange(0, 999)
        self.quota.setSpecialValueText(self.tr("tanpa kuota"))
        self.quota.setSuffix(self.tr(" nomor"))
        self.quota.setMaximumWidth(180)
        self.quota.setToolTip(self.tr("Setelah kuota habis, kiosk tidak memberi nomor layanan "
                                      "ini lagi hari itu."))
        self.limit_hours = QCheckBox(self.tr("Batasi &jam layanan"))
        self.limit_hours.setObjectName("limit_hours")
        self.opens_at = self._time_edit("opens_at")
        self.closes_at = self._time_edit("closes_at")
        self.active = QCheckBox(self.tr("&Aktif: nomornya bisa diambil di kiosk"))
        self.active.setObjectName("active")

        self.counters = office.list_counters(context.store, include_inactive=True)
        calling = (
            set(queue_services.service_counters(context.store, service.id)) if service is not None
            else {c.id for c in self.counters if c.active}  # a new service: every loket
        )
        self.counter_boxes: dict[uuid.UUID, QCheckBox] = {}
        counters_box = QWidget()
        counters_column = QVBoxLayout(counters_box)
        counters_column.setContentsMargins(0, 0, 0, 0)
        counters_column.setSpacing(3)
        ticks = QGridLayout()  # side by side: an office has a handful of lokets
        ticks.setContentsMargins(0, 0, 0, 0)
        ticks.setHorizontalSpacing(18)
        ticks.setVerticalSpacing(3)
        counters_column.addLayout(ticks)
        for counter in self.counters:
            # An inactive loket is listed only while it still calls the service, so that
            # saving does not silently drop (or add) a link the admin cannot see.
            if not counter.active and counter.id not in calling:
                continue
            tick = QCheckBox(self._counter_caption(counter))
            tick.setObjectName(f"counter_{counter.number}")
            tick.setChecked(counter.id in calling)
            tick.toggled.connect(self._on_counter_toggled)
            place = len(self.counter_boxes)
            ticks.addWidget(tick, place // _TICKS_PER_ROW, place % _TICKS_PER_ROW)
            self.counter_boxes[counter.id] = tick
        ticks.setColumnStretch(_TICKS_PER_ROW, 1)
        if not self.counter_boxes:
            counters_column.addWidget(
                _muted(self.tr("Belum ada loket. Tambahkan dulu di tab Loket.")))
        self.no_counter_warning = QLabel(
            self.tr("Tidak ada loket yang memanggil layanan ini: nomor yang diambil akan "
                    "menunggu terus."))
        self.no_counter_warning.setObjectName("no_counter_warning")
        self.no_counter_warning.setWordWrap(True)
        set_role(self.no_counter_warning, "warning")
        counters_column.addWidget(self.no_counter_warning)

        form = FormGrid()
        self.errors.add_row(form, self.tr("&Huruf"), "prefix", self.prefix,
                            _muted(prefix_hint, "prefix_hint"))
        self.errors.add_row(form, self.tr("&Nama"), "name", self.name)
        self.errors.add_row(form, self.tr("Tar&get tunggu"), "target_wait_minutes", self.target)
        self.errors.add_row(form, self.tr("&Kuota harian"), "daily_quota", self.quota)
        hours = QWidget()
        hours_column = QVBoxLayout(hours)
        hours_column.setContentsMargins(0, 0, 0, 0)
        hours_column.setSpacing(3)
        hours_column.addWidget(self.limit_hours)
        hours_column.addWidget(_muted(self.tr("Di luar jam ini kiosk tidak memberi nomor; "
                                              "yang sudah mengambil tetap dilayani.")))
        form.add_row(self.tr("Jam layanan"), hours, level_with=self.limit_hours)
        self.errors.add_row(form, self.tr("Ja&m buka"), "opens_at", self.opens_at)
        self.errors.add_row(form, self.tr("Jam &tutup"), "closes_at", self.closes_at)
        form.add_row(self.tr("Status"), self.active)
        first_counter = next(iter(self.counter_boxes.values()), None)
        form.add_row(self.tr("Dipanggil di"), counters_box, level_with=first_counter)
        box, self.ok_button = dialog_buttons(self, self.tr("&Simpan"), self.tr("&Batal"))
        self.ok_button.clicked.connect(self._on_ok_button_clicked)
        self._column = QVBoxLayout(self)
        self._column.addLayout(form)
        self._column.addWidget(self.errors.general)
        self._column.addStretch(1)  # a taller dialog keeps its rows together
        self._column.addSpacing(6)
        self._column.addWidget(box)

        self._fill(service)
        self.prefix.textEdited.connect(self._on_prefix_text_edited)
        self.limit_hours.toggled.connect(self._on_limit_hours_toggled)
        self.active.toggled.connect(self._on_counter_toggled)
        self._on_limit_hours_toggled(self.limit_hours.isChecked())
        self._on_counter_toggled()
        (self.prefix if service is None else self.name).setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height(exactly=True)

    def _fit_height(self, exactly: bool = False) -> None:
        """Grow to the height the wrapped hints and messages need at the current width.

        A dialog takes its height from its layout's size hint, which ignores that a
        wrapped label needs more lines in a narrower column; without this, hints and
        messages get squeezed over each other.
        """
        self._column.activate()
        needed = self._column.totalHeightForWidth(self.width())
        self.setMinimumHeight(needed)
        if exactly or self.height() < needed:
            self.resize(self.width(), needed)

    def _time_edit(self, name: str) -> QTimeEdit:
        edit = QTimeEdit()
        edit.setObjectName(name)
        edit.setDisplayFormat("HH.mm")
        edit.setMaximumWidth(120)
        return edit

    def _counter_caption(self, counter: CounterInfo) -> str:
        if counter.active:
            return _plain(counter.name)
        return self.tr("{name} (nonaktif)").format(name=_plain(counter.name))

    def _free_prefix(self) -> str:
        taken = {s.prefix for s in queue_services.list_services(self._context.store)}
        return next((letter for letter in string.ascii_uppercase if letter not in taken), "")

    def _fill(self, service: ServiceInfo | None) -> None:
        if service is None:
            self.prefix.setText(self._free_prefix())
            self.target.setValue(15)
            self.quota.setValue(0)
            self.active.setChecked(True)
            self.opens_at.setTime(_DEFAULT_OPENS)
            self.closes_at.setTime(_DEFAULT_CLOSES)
            return
        self.prefix.setText(service.prefix)
        self.prefix.setEnabled(False)
        self.name.setText(service.name)
        self.target.setValue(service.target_wait_minutes)
        self.quota.setValue(service.daily_quota or 0)
        limited = service.opens_at is not None or service.closes_at is not None
        self.limit_hours.setChecked(limited)
        opens, closes = service.opens_at, service.closes_at
        self.opens_at.setTime(QTime(opens.hour, opens.minute) if opens else _DEFAULT_OPENS)
        self.closes_at.setTime(QTime(closes.hour, closes.minute) if closes else _DEFAULT_CLOSES)
        self.active.setChecked(service.active)

    def draft(self) -> ServiceDraft:
        """What the form says, as the service takes it."""
        limited = self.limit_hours.isChecked()
        return ServiceDraft(
            id=self._service.id if self._service is not None else None,
            prefix=self._service.prefix if self._service is not None else self.prefix.text(),
            name=self.name.text(),
            target_wait_minutes=self.target.value(),
            daily_quota=self.quota.value() or None,
            opens_at=_clock(self.opens_at) if limited else None,
            closes_at=_clock(self.closes_at) if limited else None,
            active=self.active.isChecked(),
            counter_ids=tuple(c for c, box in self.counter_boxes.items() if box.isChecked()),
        )

    def nobody_calls(self) -> bool:
        """True when no active loket is ticked: the service's visitors would wait forever."""
        active = {c.id for c in self.counters if c.active}
        return not any(box.isChecked() for c, box in self.counter_boxes.items() if c in active)

    @Slot(str)
    def _on_prefix_text_edited(self, text: str) -> None:
        if text != text.upper():
            self.prefix.setText(text.upper())

    @Slot(bool)
    def _on_limit_hours_toggled(self, checked: bool) -> None:
        self.opens_at.setEnabled(checked)
        self.closes_at.setEnabled(checked)

    @Slot()
    def _on_counter_toggled(self) -> None:
        # An inactive service takes no numbers, so nobody calling it harms no one.
        self.no_counter_warning.setVisible(self.active.isChecked() and self.nobody_calls())
        if self.isVisible():
            self._fit_height()

    @Slot()
    def _on_ok_button_clicked(self) -> None:
        self.errors.clear()
        try:
            saved = queue_services.save_service(
                self._context.store, self._context.actor, self.draft())
        except InvalidInput as exc:
            self.errors.show(exc.fields)
            self._fit_height()
            editors: dict[str, QWidget] = {
                "prefix": self.prefix, "name": self.name, "target_wait_minutes": self.target,
                "daily_quota": self.quota, "opens_at": self.opens_at,
                "closes_at": self.closes_at,
            }
            wrong = next((editors[f] for f in editors if f in exc.fields), None)
            if wrong is not None and wrong.isEnabled():
                wrong.setFocus()
            return
        except ServiceError as exc:
            self.errors.show_general(translated(exc.message))
            self._fit_height()
            return
        self.saved = saved
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, context: DeskContext, service: ServiceInfo | None
    ) -> ServiceInfo | None:
        """The service as saved, or ``None`` when the admin cancelled."""
        dialog = cls(parent, context, service)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()  # parented to the page: without this every dialog would stay
        return dialog.saved if accepted else None


class ServicesTab(QWidget):
    """The services a visitor can take a number for: add and change them.

    Never delete: tickets and reports name them; switching one off hides it from the kiosk.
    """

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.model = QueueServicesModel(self)
        self.view = table_view(self.model, "queue_services", ())
        # Seven columns beside the sidebar: short values get exactly their width, name and
        # lokets share the rest, and wrap onto a second line in a narrow window rather than
        # lose their ends.
        self.view.setStyleSheet("QTableView::item { padding: 0 6px; }")
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for stretched in (QueueServicesModel.NAME, QueueServicesModel.COUNTERS):
            header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("&Tambah layanan…"))
        self.add_button.setObjectName("add_service")
        self.edit_button = QPushButton(self.tr("&Ubah…"))
        self.edit_button.setObjectName("edit_service")
        self.status = StatusLine("services_status")
        note = _muted(self.tr(
            "Perubahan berlaku untuk nomor berikutnya; nomor yang sudah diambil tidak "
            "berubah. Layanan nonaktif tidak tampil di kiosk; riwayatnya tetap tersimpan."))

        column = QVBoxLayout(self)
        column.setContentsMargins(20, 16, 20, 16)
        column.addLayout(button_row(self.add_button, self.edit_button))
        column.addWidget(self.status)
        column.addWidget(self.view, 1)
        column.addWidget(note)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        # A reset drops the selection without announcing it.
        self.model.modelReset.connect(self._on_view_selection_changed)
        self.reload()

    def reload(self, select: object = None) -> None:
        """Read the services and their lokets again; select the one with id ``select``."""
        if select is None and self.selected_row() >= 0:
            select = self.model.service_at(self.selected_row()).id
        store = self._context.store
        services = queue_services.list_services(store)
        names = {c.id: c.name for c in office.list_counters(store, include_inactive=True)}
        order = list(names)  # list_counters sorts by loket number
        calling = {
            s.id: [names[c] for c in sorted(
                queue_services.service_counters(store, s.id), key=order.index) if c in names]
            for s in services
        }
        self.model.set_services(services, calling)
        select_row(self.view, self.model.row_of(select))

    def showEvent(self, event: QShowEvent) -> None:
        # Lokets are renamed and added on the Loket tab: show their names as of now.
        self.reload()
        super().showEvent(event)

    def selected_row(self) -> int:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    @Slot()
    def _on_view_selection_changed(self) -> None:
        self.edit_button.setEnabled(self.selected_row() >= 0)

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self.status.clear()
        saved = ServiceDialog.ask(self, self._context, None)
        if saved is None:
            return
        self.reload(select=saved.id)
        self.status.ok(self.tr("Layanan {prefix} — {name} ditambahkan.").format(
            prefix=saved.prefix, name=saved.name))

    @Slot()
    def _on_edit_button_clicked(self) -> None:
        row = self.selected_row()
        if row < 0:
            return
        self.status.clear()
        saved = ServiceDialog.ask(self, self._context, self.model.service_at(row))
        if saved is None:
            return
        self.reload(select=saved.id)
        self.status.ok(self.tr("Layanan {prefix} — {name} disimpan.").format(
            prefix=saved.prefix, name=saved.name))

    @Slot()
    def _on_view_double_clicked(self) -> None:
        self._on_edit_button_clicked()
