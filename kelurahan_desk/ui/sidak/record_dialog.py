"""Checking data on a sidak: which record to open (kind and number), and the opened
request, print job or invalid-card entry shown read-only (its opening was audited)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.domain.akta import KIND_LABELS
from kelurahan_desk.domain.akta import STATUS_LABELS as AKTA_STATUS
from kelurahan_desk.domain.ktp_print import REASON_LABELS, RECIPIENT_LABELS
from kelurahan_desk.domain.ktp_print import STATUS_LABELS as JOB_STATUS
from kelurahan_desk.domain.spoiled_cards import CUSTODY_LABELS, SOURCE_LABELS
from kelurahan_desk.services.akta_views import RequestDetail
from kelurahan_desk.services.inspection import Opened, RecordKind
from kelurahan_desk.services.ktp_print import PrintJobDetail
from kelurahan_desk.services.spoiled_cards import SpoiledCardDetail
from kelurahan_desk.ui.akta_request_record import moment_in_office, record_html
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.page_parts import dialog_buttons
from kelurahan_desk.ui.style import set_role

translate = QCoreApplication.translate  # bare name: lupdate finds translate("ctx", "text")

KIND_NAMES: dict[RecordKind, Callable[[], str]] = {
    RecordKind.AKTA_REQUEST: lambda: translate("SidakRecord", "Permohonan akta"),
    RecordKind.PRINT_JOB: lambda: translate("SidakRecord", "Pekerjaan cetak KTP-el"),
    RecordKind.SPOILED_CARD: lambda: translate("SidakRecord", "Kartu rusak (register)"),
}


class OpenRecordDialog(QDialog):
    """Which record: its kind and the number on it (typed or scanned)."""

    def __init__(self, parent: QWidget | None, kind: RecordKind | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Buka catatan (hanya baca)"))
        self.setMinimumWidth(460)
        self.kind = QComboBox()
        self.kind.setObjectName("record_kind")
        for value, name in KIND_NAMES.items():
            self.kind.addItem(name(), value.value)
        if kind is not None:
            self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.number = QLineEdit()
        self.number.setObjectName("record_number")
        self.number.setPlaceholderText(self.tr("mis. 3574011007-AKL-2025-00012"))
        note = QLabel(self.tr("Setiap catatan yang dibuka tercatat di jejak audit."))
        set_role(note, "muted")
        form = QFormLayout()
        form.addRow(self.tr("&Jenis"), self.kind)
        form.addRow(self.tr("&Nomor"), self.number)
        buttons, ok = dialog_buttons(self, self.tr("Buka"), self.tr("Batal"))
        ok.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def choice(self) -> tuple[RecordKind, str]:
        return RecordKind(self.kind.currentData()), self.number.text().strip()

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[RecordKind, str] | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.choice()[1]:
            return None
        return dialog.choice()


class RecordView(QDialog):
    """An opened record, read-only: no button here changes anything."""

    def __init__(self, detail: Opened, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail = detail
        self.resize(760, 640)
        self.browser = QTextBrowser()
        self.browser.setObjectName("record_text")
        self.browser.setHtml(record_view_html(detail, zone))
        title, number = _title(detail)
        self.setWindowTitle(self.tr("{title} {number} — hanya baca").format(
            title=title, number=number))
        banner = QLabel(self.tr("Hanya baca: dibuka oleh inspektur saat sidak; pembukaan "
                                "ini tercatat di jejak audit."))
        banner.setWordWrap(True)
        set_role(banner, "notice")
        close = QDialogButtonBox()
        close.addButton(QPushButton(self.tr("Tutup")), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        layout.addWidget(self.browser, 1)
        layout.addWidget(close)

    @classmethod
    def show_for(cls, detail: Opened, zone: ZoneInfo, parent: QWidget | None) -> None:
        cls(detail, zone, parent).exec()


def _title(detail: Opened) -> tuple[str, str]:
    if isinstance(detail, RequestDetail):
        return KIND_NAMES[RecordKind.AKTA_REQUEST](), detail.tracking_number or ""
    if isinstance(detail, PrintJobDetail):
        return KIND_NAMES[RecordKind.PRINT_JOB](), detail.number
    return KIND_NAMES[RecordKind.SPOILED_CARD](), detail.register_number


def _table(rows: Sequence[tuple[str, str]]) -> str:
    cells = "".join(f'<tr><td style="color:#5b6770;padding-right:14px">{escape(k)}</td>'
                    f"<td>{escape(v) if v else '–'}</td></tr>" for k, v in rows)
    return f"<table>{cells}</table>"


def _when(moment: datetime | None, zone: ZoneInfo) -> str:
    return moment_in_office(moment, zone) if moment else ""


def _day(value: date | None) -> str:
    return f"{value:%d-%m-%Y}" if value else ""


def _steps(title: str, rows: Sequence[tuple[str, str]]) -> str:
    return f"<h3>{escape(title)}</h3>{_table(rows)}"


def record_view_html(detail: Opened, zone: ZoneInfo) -> str:
    tr = translate
    if isinstance(detail, RequestDetail):
        head = _table([
            (tr("SidakRecord", "Nomor permohonan"), detail.tracking_number or ""),
            (tr("SidakRecord", "Jenis"), translated(KIND_LABELS[detail.kind])),
            (tr("SidakRecord", "Status"), translated(AKTA_STATUS[detail.status])),
            (tr("SidakRecord", "Diajukan"), _when(detail.submitted_at, zone)),
            (tr("SidakRecord", "Petugas"), detail.operator_name),
            (tr("SidakRecord", "Loket"), detail.counter_name or ""),
            (tr("SidakRecord", "Nomor antrean"), detail.ticket_code or ""),
        ])
        steps = _steps(tr("SidakRecord", "Riwayat status"), [
            (_when(s.at, zone), f"{translated(AKTA_STATUS[s.status])} — "
                                f"{s.actor_name or s.actor}{': ' + s.reason if s.reason else ''}")
            for s in detail.timeline])
        return head + record_html(detail) + steps
    if isinstance(detail, PrintJobDetail):
        head = _table([
            (tr("SidakRecord", "Nomor pekerjaan"), detail.number),
            (tr("SidakRecord", "Status"), translated(JOB_STATUS[detail.status])),
            (tr("SidakRecord", "Alasan cetak"), translated(REASON_LABELS[detail.reason])),
            (tr("SidakRecord", "Nama"), detail.resident_name),
            (tr("SidakRecord", "NIK"), detail.nik),
            (tr("SidakRecord", "Diminta"), _day(detail.requested_on)),
            (tr("SidakRecord", "Nomor seri blanko"), detail.blank_serial or ""),
            (tr("SidakRecord", "Dicetak"), _when(detail.printed_at, zone)),
            (tr("SidakRecord", "Diserahkan"), _when(detail.handed_over_at, zone)),
            (tr("SidakRecord", "Penerima"), translated(RECIPIENT_LABELS[detail.recipient])
             if detail.recipient else ""),
            (tr("SidakRecord", "Petugas"), detail.operator_name),
            (tr("SidakRecord", "Loket"), detail.counter_name or ""),
            (tr("SidakRecord", "Nomor antrean"), detail.ticket_code or ""),
        ])
        steps = _steps(tr("SidakRecord", "Riwayat"), [
            (_when(s.at, zone), f"{translated(JOB_STATUS[s.status])} — {s.actor}"
                                f"{' · ' + s.serial if s.serial else ''}"
                                f"{' · ' + s.note if s.note else ''}")
            for s in detail.timeline])
        return head + steps
    card: SpoiledCardDetail = detail
    head = _table([
        (tr("SidakRecord", "Nomor register"), card.register_number),
        (tr("SidakRecord", "Asal kartu"), translated(SOURCE_LABELS[card.source])),
        (tr("SidakRecord", "Keadaan penyimpanan"), translated(CUSTODY_LABELS[card.state])),
        (tr("SidakRecord", "Nomor seri"), card.serial or ""),
        (tr("SidakRecord", "NIK"), card.nik),
        (tr("SidakRecord", "Nama pemegang"), card.holder_name),
        (tr("SidakRecord", "Alasan"), card.reason),
        (tr("SidakRecord", "Kondisi"), card.condition),
        (tr("SidakRecord", "Tempat simpan"), card.storage_place or ""),
        (tr("SidakRecord", "Dicatat"), _when(card.logged_at, zone)),
        (tr("SidakRecord", "Dicatat oleh"), card.logged_by_name),
        (tr("SidakRecord", "Pekerjaan cetak"), card.print_job_number or ""),
        (tr("SidakRecord", "Serah terima"), card.hand_over_number or ""),
        (tr("SidakRecord", "Berita acara"), card.ba_number or ""),
    ])
    steps = _steps(tr("SidakRecord", "Riwayat penyimpanan"), [
        (_when(s.at, zone), f"{translated(CUSTODY_LABELS[s.state])} — {s.actor}"
                            f"{' · ' + s.place if s.place else ''}")
        for s in card.timeline])
    return head + steps
