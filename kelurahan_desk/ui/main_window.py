"""The main window: navigation by role, the pages, a status bar, and the idle lock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.domain.akta import RequestKind, looks_like_tracking_number
from kelurahan_desk.domain.roles import ROLE_LABELS, Role
from kelurahan_desk.domain.settings import zone_name
from kelurahan_desk.services import accounts, office
from kelurahan_desk.services.akta_views import RequestDetail
from kelurahan_desk.services.errors import ServiceError
from kelurahan_desk.services.office import OfficeInfo
from kelurahan_desk.services.sync_status import sync_status
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.idle_watch import IdleWatch
from kelurahan_desk.ui.pages.placeholder_page import PlaceholderPage
from kelurahan_desk.ui.scanner import ScanListener
from kelurahan_desk.ui.sidak.operator_side import SidakWatch
from kelurahan_desk.ui.sign_in_dialog import LockOutcome, SignInDialog
from kelurahan_desk.ui.style import set_role
from kelurahan_desk.ui.sync_status_bar import SyncStatusBar
from kelurahan_desk.version import app_version

translate = QCoreApplication.translate  # bare name: lupdate finds translate("ctx", "text")
STATUS_MESSAGE_MS = 10_000  # how long a message in the status bar stays


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]
    roles: frozenset[Role]
    build: Callable[[DeskContext, str], QWidget]


def _placeholder(promise: Callable[[], str]) -> Callable[[DeskContext, str], QWidget]:
    return lambda _context, title: PlaceholderPage(title, promise())


def _queue_page(context: DeskContext, _title: str) -> QWidget:
    from kelurahan_desk.ui.pages.queue_page import QueuePage

    return QueuePage(context)


def _akta_kelahiran_page(context: DeskContext, _title: str) -> QWidget:
    from kelurahan_desk.ui.akta.akta_page import AktaKelahiranPage

    return AktaKelahiranPage(context)


def _akta_kematian_page(context: DeskContext, _title: str) -> QWidget:
    from kelurahan_desk.ui.akta.akta_page import AktaKematianPage

    return AktaKematianPage(context)


def _requests_page(context: DeskContext, _title: str) -> QWidget:
    from kelurahan_desk.ui.pages.akta_requests_page import AktaRequestsPage

    return AktaRequestsPage(context)


def _ktp_el_page(context: DeskContext, _title: str) -> QWidget:
    from kelurahan_desk.ui.cards.ktp_el_page import KtpElPage

    return KtpElPage(context)


def _kartu_rusak_page(context: DeskContext, _title: str) -> QWidget:
    from kelurahan_desk.ui.cards.kartu_rusak_page import KartuRusakPage

    return KartuRusakPage(context)


def _reports_page(context: DeskContext, _title: str) -> QWidget:
    from kelurahan_desk.ui.pages.reports_page import ReportsPage

    return ReportsPage(context)


def _settings_page(context: DeskContext, _title: str) -> QWidget:
    from kelurahan_desk.ui.pages.settings_page import SettingsPage

    return SettingsPage(context)


def _sidak_page(context: DeskContext, _title: str) -> QWidget:
    from kelurahan_desk.ui.sidak.sidak_page import SidakPage

    return SidakPage(context)


_WORK = frozenset({Role.OPERATOR, Role.SUPERVISOR})
_READERS = frozenset({Role.SUPERVISOR, Role.INSPECTOR, Role.ADMIN})


def page_specs() -> list[PageSpec]:
    """Every page in navigation order; texts are looked up when the window is built."""
    return [
        PageSpec("antrean", lambda: translate("MainWindow", "Antrean"), _WORK, _queue_page),
        PageSpec("akta_kelahiran", lambda: translate("MainWindow", "Akta Kelahiran"), _WORK,
                 _akta_kelahiran_page),
        PageSpec("akta_kematian", lambda: translate("MainWindow", "Akta Kematian"), _WORK,
                 _akta_kematian_page),
        PageSpec("permohonan", lambda: translate("MainWindow", "Permohonan Akta"), _WORK,
                 _requests_page),
        PageSpec("ktp_el", lambda: translate("MainWindow", "KTP-el"), _WORK, _ktp_el_page),
        PageSpec("kartu_rusak", lambda: translate("MainWindow", "Kartu Rusak"), _WORK,
                 _kartu_rusak_page),
        PageSpec("laporan", lambda: translate("MainWindow", "Laporan"), _READERS, _reports_page),
        # The console for an inspector; the list of Laporan Sidak for a supervisor.
        PageSpec("sidak", lambda: translate("MainWindow", "Sidak"),
                 frozenset({Role.INSPECTOR, Role.SUPERVISOR}), _sidak_page),
        PageSpec("pengaturan", lambda: translate("MainWindow", "Pengaturan"),
                 frozenset({Role.ADMIN}), _settings_page),
    ]


class MainWindow(QMainWindow):
    """The window an operator, supervisor, inspector or admin works in.

    Signals: signed_out() — the user signed out (or chose "Ganti pengguna" when locked);
    closed() — the window was closed: the program should end.
    """

    signed_out = Signal()
    closed = Signal()

    def __init__(self, context: DeskContext, idle_minutes: int,
                 idle: IdleWatch | None = None) -> None:
        super().__init__()
        self.context = context
        self._signing_out = False
        self.resize(1280, 800)

        self.pages = QStackedWidget()
        self.page_keys: list[str] = []
        self._unbuilt: dict[str, tuple[PageSpec, str]] = {}
        self._buttons = QButtonGroup(self)
        self._buttons.setExclusive(True)
        self._cover = self._build_lock_cover()
        self.pages.addWidget(self._cover)  # index 0; pages follow in navigation order
        sidebar = self._build_sidebar()

        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(sidebar)
        row.addWidget(self.pages, 1)
        # While a sidak runs: its banner across the top, and this loket's picture sent.
        self.sidak = SidakWatch(context, self)
        self.setCentralWidget(self.sidak.with_banner(body))
        self._build_status_bar()
        self._build_shortcuts()
        if self.page_keys:
            self.show_page(self.page_keys[0])

        self.scanner = ScanListener(self)
        self.scanner.scanned.connect(self._on_scanner_scanned)
        self.winId()  # creates the QWindow now, so the scanner can watch it
        window_handle = self.windowHandle()
        assert window_handle is not None
        window_handle.installEventFilter(self.scanner)

        # The activity watch is app-wide (a dialog's keys count too): the desk session's,
        # watching since its sign-in dialog showed, or else this window's own.
        self._own_idle = idle is None
        self.idle = idle or IdleWatch(idle_minutes, self)
        if self._own_idle:
            app = QApplication.instance()
            assert app is not None
            app.installEventFilter(self.idle)
        else:
            self.idle.set_minutes(idle_minutes)
        self.idle.idle.connect(self._on_idle_idle)

    # --- building ------------------------------------------------------------------

    def _build_sidebar(self) -> QFrame:
        sidebar = QFrame()
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(230)
        column = QVBoxLayout(sidebar)
        column.setContentsMargins(10, 16, 10, 16)
        brand = QLabel(self.tr("Kelurahan Desk"))
        set_role(brand, "brand")
        self.where_label = where = QLabel()
        where.setWordWrap(True)
        set_role(where, "office")
        self._show_office()
        column.addWidget(brand)
        column.addWidget(where)
        column.addSpacing(14)
        role = self.context.actor.role
        for spec in page_specs():
            if role not in spec.roles:
                continue
            index = len(self.page_keys)
            self.page_keys.append(spec.key)
            title = spec.title()
            # A stand-in until the page is first shown: building every page up front
            # would make each sign-in wait for pages the user may never open.
            self.pages.addWidget(QWidget())
            self._unbuilt[spec.key] = (spec, title)
            button = QPushButton(title)
            button.setObjectName(f"nav_{spec.key}")
            button.setCheckable(True)
            button.setToolTip(self.tr("Ctrl+{n}").format(n=index + 1))
            button.clicked.connect(lambda _=False, key=spec.key: self.show_page(key))
            self._buttons.addButton(button, index)
            column.addWidget(button)
        column.addStretch(1)
        lock = QPushButton(self.tr("Kunci layar (Ctrl+L)"))
        lock.setObjectName("lock_button")
        lock.clicked.connect(self.lock)
        out = QPushButton(self.tr("Keluar (Ctrl+Shift+Q)"))
        out.setObjectName("sign_out_button")
        out.clicked.connect(self.sign_out)
        column.addWidget(lock)
        column.addWidget(out)
        # Tentang is F1 and the version in the status bar: a third sidebar button would
        # push the window past a 1280×800 screen when the offline banner shows.
        return sidebar

    def _show_office(self) -> None:
        info = self.context.office
        self.setWindowTitle(self.tr("Kelurahan Desk — Kelurahan {name}").format(name=info.name))
        self.where_label.setText(self.tr("Kel. {name}\nKec. {kecamatan}, {kota}").format(
            name=info.name, kecamatan=info.kecamatan, kota=info.kota))

    def _connect_page(self, page: QWidget) -> None:
        """Pages that change the office or the settings tell the window (title, idle lock),
        and pages that hand work to another page ask the window to switch."""
        office_changed = getattr(page, "office_changed", None)
        if office_changed is not None:
            office_changed.connect(self._on_page_office_changed)
        settings_changed = getattr(page, "settings_changed", None)
        if settings_changed is not None:
            settings_changed.connect(self._on_page_settings_changed)
        edit_requested = getattr(page, "edit_requested", None)
        if edit_requested is not None:
            edit_requested.connect(self._on_page_edit_requested)
        akta_requested = getattr(page, "akta_requested", None)
        if akta_requested is not None:
            akta_requested.connect(self._on_page_akta_requested)
        print_job_requested = getattr(page, "print_job_requested", None)
        if print_job_requested is not None:
            print_job_requested.connect(self._on_page_print_job_requested)
        spoiled_card_requested = getattr(page, "spoiled_card_requested", None)
        if spoiled_card_requested is not None:
            spoiled_card_requested.connect(self._on_page_spoiled_card_requested)

    @Slot(str)
    def _on_scanner_scanned(self, text: str) -> None:
        """A scan outside any text field goes to the page that knows the code."""
        if isinstance(QApplication.focusWidget(), QLineEdit) or self.pages.currentIndex() == 0:
            return  # typed into a field (it handles Enter itself), or the screen is locked
        if looks_like_tracking_number(text):
            self.open_scanned_request(text)
            return
        if self.open_scanned_card(text):
            return
        if "antrean" in self.page_keys:
            self.show_page("antrean")
            call_scanned = getattr(self.page("antrean"), "call_scanned", None)
            if call_scanned is not None:
                call_scanned(text)

    def open_scanned_card(self, text: str) -> bool:
        """A print job's number or its blank's serial opens the job on the KTP-el page; an
        invalid card's register number (or serial) opens the card on the Kartu Rusak
        page. False when the scan is neither (a ticket, most likely)."""
        for key in ("ktp_el", "kartu_rusak"):
            if key not in self.page_keys:
                continue
            try:
                opened = self.page(key).open_scanned(text)  # type: ignore[attr-defined]
            except ServiceError as exc:
                self.statusBar().showMessage(translated(exc.message), STATUS_MESSAGE_MS)
                return True
            if opened is not None:
                self.show_page(key)
                return True
        return False

    def open_scanned_request(self, text: str) -> None:
        """A receipt's tracking number opens that request over whatever page is showing."""
        if "permohonan" not in self.page_keys:
            self.statusBar().showMessage(self.tr(
                "Tanda terima {number} dipindai, tetapi peran Anda tidak dapat membuka "
                "permohonan akta.").format(number=text.strip().upper()), STATUS_MESSAGE_MS)
            return
        page = self.page("permohonan")
        try:
            page.open_tracking_number(text)  # type: ignore[attr-defined]
        except ServiceError as exc:
            self.statusBar().showMessage(translated(exc.message), STATUS_MESSAGE_MS)

    @Slot(object)
    def _on_page_edit_requested(self, detail: RequestDetail) -> None:
        """The opened request's "Ubah": show its form page, loaded with it."""
        key = "akta_kelahiran" if detail.kind == RequestKind.BIRTH else "akta_kematian"
        if key not in self.page_keys:
            return
        self.show_page(key)
        load_request = getattr(self.page(key), "load_request", None)
        if load_request is None:
            self.statusBar().showMessage(self.tr(
                "Formulir permohonan belum tersedia di versi ini."), STATUS_MESSAGE_MS)
            return
        load_request(detail)

    @Slot(object, object, str)
    def _on_page_akta_requested(self, kind: RequestKind, ticket_id: object,
                                ticket_code: str) -> None:
        """A finished akta visit: its form page, empty and linked to the ticket."""
        key = "akta_kelahiran" if kind == RequestKind.BIRTH else "akta_kematian"
        if key not in self.page_keys:
            return
        self.show_page(key)
        self.page(key).start_new(ticket_id, ticket_code)  # type: ignore[attr-defined]

    @Slot(object, str)
    def _on_page_print_job_requested(self, ticket_id: object, ticket_code: str) -> None:
        """A finished KTP-el visit: the print job form, linked to the ticket."""
        if "ktp_el" not in self.page_keys:
            return
        self.show_page("ktp_el")
        self.page("ktp_el").start_job(ticket_id, ticket_code)  # type: ignore[attr-defined]

    @Slot(object)
    def _on_page_spoiled_card_requested(self, card_id: object) -> None:
        """A spoiled blank's entry in the register, from the KTP-el page's serials."""
        if "kartu_rusak" not in self.page_keys:
            return
        self.show_page("kartu_rusak")
        self.page("kartu_rusak").open_card(card_id)  # type: ignore[attr-defined]

    @Slot(object)
    def _on_page_office_changed(self, info: OfficeInfo) -> None:
        self.context.office = info
        self._show_office()
        self._on_tick_timeout()

    @Slot(object)
    def _on_page_settings_changed(self, settings: dict[str, int]) -> None:
        self.idle.set_minutes(settings["idle_lock_minutes"])

    def _build_lock_cover(self) -> QWidget:
        cover = QWidget()
        label = QLabel(self.tr("Layar terkunci.\nMasukkan kata sandi untuk melanjutkan."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(label, "subtitle")
        QVBoxLayout(cover).addWidget(label)
        return cover

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        actor = self.context.actor
        counter = next((c.name for c in office.list_counters(self.context.store)
                        if c.id == actor.counter_id), None)
        # Name, role and loket without their captions (these are in the tooltips): at
        # 1280 px the captions would take the room the sync counts need.
        role = translated(ROLE_LABELS[actor.role])
        self.user_label = QLabel(actor.full_name)
        self.user_label.setToolTip(self.tr("Pengguna: {name}").format(name=actor.full_name))
        self.role_label = QLabel(role)
        self.role_label.setToolTip(self.tr("Peran: {role}").format(role=role))
        self.counter_label = QLabel(counter or "")
        self.counter_label.setToolTip(self.tr("Loket: {name}").format(
            name=counter or self.tr("—")))
        self.sync_bar = SyncStatusBar(lambda: self.context.zone)
        self.sync_bar.attention_requested.connect(self._on_sync_bar_attention_requested)
        self.sync_label = self.sync_bar.pending_label
        self.setMenuWidget(self.sync_bar.banner)  # across the top, above the pages
        self.clock_label = QLabel()
        self.clock_label.setObjectName("clock")
        for label in (self.user_label, self.role_label, self.counter_label):
            bar.addWidget(label)
        self.counter_label.setHidden(counter is None)  # no loket (inspector, admin)
        # The version, which is also the way to Tentang (as F1 is): a link, so the bar
        # keeps the height of its labels.
        self.version_label = QLabel('<a href="about" style="color: inherit;">{}</a>'.format(
            self.tr("v{version}").format(version=app_version())))
        self.version_label.setObjectName("version")
        self.version_label.setToolTip(self.tr("Tentang Kelurahan Desk (F1)"))
        self.version_label.linkActivated.connect(lambda _link: self.show_about())
        bar.addPermanentWidget(self.sync_bar)
        bar.addPermanentWidget(self.clock_label)
        bar.addPermanentWidget(self.version_label)
        self._tick = QTimer(self)
        self._tick.timeout.connect(self._on_tick_timeout)
        self._tick.start(1000)
        self._on_tick_timeout()
        self.refresh_sync_status()

    def _build_shortcuts(self) -> None:
        for index, key in enumerate(self.page_keys[:9]):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda key=key: self.show_page(key))
        QShortcut(QKeySequence("Ctrl+L"), self).activated.connect(self.lock)
        QShortcut(QKeySequence("Ctrl+Shift+Q"), self).activated.connect(self.sign_out)
        QShortcut(QKeySequence("F1"), self).activated.connect(self.show_about)

    # --- behaviour -----------------------------------------------------------------

    def show_page(self, key: str) -> None:
        index = self.page_keys.index(key)
        self.page(key)  # built on first use
        self.pages.setCurrentIndex(index + 1)  # 0 is the lock cover
        self._buttons.button(index).setChecked(True)

    def current_page_key(self) -> str | None:
        index = self.pages.currentIndex()
        return self.page_keys[index - 1] if index > 0 else None

    def page(self, key: str) -> QWidget:
        """The page, built now if it has not been shown yet."""
        index = self.page_keys.index(key) + 1
        unbuilt = self._unbuilt.pop(key, None)
        if unbuilt is not None:
            spec, title = unbuilt
            built = spec.build(self.context, title)
            stand_in = self.pages.widget(index)
            assert stand_in is not None
            self.pages.insertWidget(index, built)  # the stand-in moves to index + 1
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
            self._connect_page(built)
        widget = self.pages.widget(index)
        assert widget is not None
        return widget

    @Slot()
    def _on_tick_timeout(self) -> None:
        now = datetime.now(UTC).astimezone(self.context.zone)
        zone = zone_name(self.context.zone, now)
        # Minutes, as the rest of the desk writes times; seconds would cost the status bar
        # room at 1280 px and tick in the corner of the operator's eye.
        self.clock_label.setText(f"{now:%d-%m-%Y %H.%M} {zone}")
        if now.second == 0:
            self.refresh_sync_status()

    def refresh_sync_status(self) -> None:
        """Ages as of now; the status itself comes from the sync driver (read here only
        until it has reported, so a window never shows an empty bar)."""
        if self.sync_bar.status is None:
            self.sync_bar.show_status(sync_status(self.context.store))
        else:
            self.sync_bar.refresh()

    def show_about(self) -> None:
        from kelurahan_desk.ui.about_dialog import AboutDialog

        AboutDialog.show_for(self.context.store.data_dir, self)

    @Slot()
    def _on_sync_bar_attention_requested(self) -> None:
        from kelurahan_desk.ui.needs_attention_dialog import NeedsAttentionDialog

        NeedsAttentionDialog.open_for(self.context, self)
        self.sync_bar.show_status(sync_status(self.context.store))

    @Slot()
    def _on_idle_idle(self) -> None:
        self.lock()

    def lock(self) -> None:
        """Hide everything behind the cover and ask the same user's password again."""
        if self.pages.currentIndex() == 0:
            return
        previous = self.pages.currentIndex()
        self.pages.setCurrentIndex(0)
        self.idle.pause()
        outcome = SignInDialog.ask_unlock(self.context.store, self.context.actor, self)
        if outcome is LockOutcome.UNLOCKED:
            self.pages.setCurrentIndex(previous)
            self.idle.resume()
        else:
            self.sign_out()

    def sign_out(self) -> None:
        if self._signing_out:
            return
        self._signing_out = True
        accounts.sign_out(self.context.store, self.context.actor)
        self.close()
        self.signed_out.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        app = QApplication.instance()
        if app is not None and self._own_idle:
            app.removeEventFilter(self.idle)
        self.idle.pause()
        self.idle.idle.disconnect(self._on_idle_idle)
        self._tick.stop()
        self.sidak.stop()
        closing_program = not self._signing_out
        if closing_program:
            self._signing_out = True
            accounts.sign_out(self.context.store, self.context.actor)
        super().closeEvent(event)
        if closing_program:
            self.closed.emit()
