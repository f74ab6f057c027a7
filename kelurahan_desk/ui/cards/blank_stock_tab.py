"""Stok blanko: the low-stock warning, the deliveries received, and the reconciliation
(received = printed + spoiled + in stock, per receipt and in total) with every serial that
breaks it in red; its report printed or saved as PDF.

Deliveries the centre allocated (the ``stock`` stream) wait above the receipts until the
cards are received; their receipt form comes filled in.

Keys: Ctrl+R receive blanks, Ctrl+P print the report, Ctrl+S save it, F5 reload.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.domain.roles import Permission, can
from kelurahan_desk.services import blanko, stock_allocations
from kelurahan_desk.services.blanko import BlankReceiptDraft, Reconciliation
from kelurahan_desk.services.errors import ServiceError
from kelurahan_desk.services.stock_allocations import WaitingDelivery
from kelurahan_desk.ui.cards.card_documents import reconciliation_pdf
from kelurahan_desk.ui.cards.pdf_output import PdfOutput
from kelurahan_desk.ui.cards.receive_blanks_dialog import ReceiveBlanksDialog
from kelurahan_desk.ui.context import DeskContext
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.models.blanko_models import (
    BrokenSerialsModel,
    ReceiptsModel,
    ReconciliationModel,
    thousands,
)
from kelurahan_desk.ui.page_parts import StatusLine, table_view
from kelurahan_desk.ui.style import set_role


def _titled(title: str, *widgets: QWidget, below: QHBoxLayout | None = None) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 4, 0, 0)
    heading = QLabel(title)
    set_role(heading, "subtitle")
    column.addWidget(heading)
    for widget in widgets:
        column.addWidget(widget, 1 if widget.inherits("QAbstractItemView") else 0)
    if below is not None:
        column.addLayout(below)
    return box


class BlankStockTab(QWidget):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.reconciliation: Reconciliation | None = None
        self.waiting: list[WaitingDelivery] = []
        self.output = PdfOutput(self)

        self.banner = QLabel()
        self.banner.setObjectName("low_stock_banner")
        self.banner.setWordWrap(True)
        set_role(self.banner, "notice")
        self.banner.hide()
        self.stock_label = QLabel()
        self.stock_label.setObjectName("stock_line")
        set_role(self.stock_label, "muted")

        self.deliveries_label = QLabel()
        self.deliveries_label.setObjectName("waiting_deliveries")
        self.deliveries_label.setWordWrap(True)
        set_role(self.deliveries_label, "notice")
        self.delivery_button = QPushButton(self.tr("Terima &kiriman ini…"))
        self.delivery_button.setObjectName("receive_delivery_button")
        self.delivery_button.clicked.connect(self._on_delivery_button_clicked)
        self.receipts_model = ReceiptsModel(self)
        self.receipts = table_view(self.receipts_model, "receipts_table",
                                   (96, 250, 92, 220, 80))
        self.receipts.setWordWrap(False)
        self.receive_button = QPushButton(self.tr("&Terima blanko… (Ctrl+R)"))
        self.receive_button.setObjectName("receive_button")
        set_role(self.receive_button, "primary")
        self.receive_button.clicked.connect(self._on_receive_button_clicked)
        self.receive_button.setVisible(can(context.actor.role, Permission.HANDLE_CARDS))

        self.result_label = QLabel()
        self.result_label.setObjectName("reconciliation_result")
        self.result_label.setWordWrap(True)
        self.lines_model = ReconciliationModel(self)
        self.lines = table_view(self.lines_model, "reconciliation_table",
                                (96, 250, 90, 90, 90, 90))
        self.lines.setWordWrap(False)
        self.broken_title = QLabel()
        self.broken_title.setObjectName("broken_title")
        set_role(self.broken_title, "error")
        self.broken_model = BrokenSerialsModel(self)
        self.broken = table_view(self.broken_model, "broken_serials", (160, 250))
        self.print_button = QPushButton(self.tr("&Cetak laporan… (Ctrl+P)"))
        self.print_button.setObjectName("print_report_button")
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button = QPushButton(self.tr("&Simpan PDF… (Ctrl+S)"))
        self.save_button.setObjectName("save_report_button")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.reload_button = QPushButton(self.tr("&Muat ulang (F5)"))
        self.reload_button.setObjectName("reload_button")
        self.reload_button.clicked.connect(self._on_reload_button_clicked)
        self.status = StatusLine("stock_status")
        self.output.finished.connect(self.status.ok)
        self.output.failed.connect(self.status.error)

        receipts_row = QHBoxLayout()
        receipts_row.addWidget(self.deliveries_label, 1)
        receipts_row.addWidget(self.delivery_button)
        receipts_row.addWidget(self.receive_button)
        receipts_box = _titled(self.tr("Penerimaan blanko"), self.receipts, below=receipts_row)
        recon_box = _titled(self.tr("Rekonsiliasi: diterima = dicetak + rusak + stok"),
                            self.result_label, self.lines, self.broken_title, self.broken)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(receipts_box)
        splitter.addWidget(recon_box)
        splitter.setSizes([220, 380])
        self.stock_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)

        for keys, slot in ((QKeySequence("Ctrl+R"), self._on_receive_button_clicked),
                           (QKeySequence("Ctrl+P"), self._on_print_button_clicked),
                           (QKeySequence("Ctrl+S"), self._on_save_button_clicked),
                           (QKeySequence("F5"), self._on_reload_button_clicked)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(self.banner)
        layout.addWidget(self.stock_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        store, actor = self.context.store, self.context.actor
        try:
            receipts = blanko.list_receipts(store, actor)
            stock = blanko.stock_status(store, actor)
            self.reconciliation = blanko.reconcile_stock(store, actor)
            self.waiting = stock_allocations.waiting_deliveries(store, actor)
        except ServiceError as exc:
            self.status.error(translated(exc.message))
            return
        self.receipts_model.set_receipts(receipts)
        self.banner.setText(translated(stock.message) if stock.message else "")
        self.banner.setVisible(stock.low)
        rate = self.tr("belum ada pemakaian") if not stock.used else self.tr(
            "{used} keluar dalam {days} hari terakhir").format(used=thousands(stock.used),
                                                              days=stock.window_days)
        left = "" if stock.days_left is None else self.tr(
            " · cukup sekitar {days} hari").format(days=stock.days_left)
        self.stock_label.setText(self.tr("Stok: {count} blanko · {rate}{left}").format(
            count=thousands(stock.in_stock), rate=rate, left=left))
        self._show_reconciliation(self.reconciliation)
        self._show_waiting(self.waiting)

    def _show_waiting(self, waiting: list[WaitingDelivery]) -> None:
        """The oldest delivery the centre allocated and nobody has received yet."""
        handles = can(self.context.actor.role, Permission.HANDLE_CARDS)
        self.deliveries_label.setVisible(bool(waiting))
        self.delivery_button.setVisible(bool(waiting) and handles)
        if not waiting:
            return
        first = waiting[0]
        text = self.tr("Kiriman dari Dispendukcapil menunggu diterima: {batch}, {count} "
                       "keping, dialokasikan {date}.").format(
            batch=first.batch or self.tr("tanpa nomor kiriman"),
            count=thousands(len(first.waiting)), date=f"{first.allocated_on:%d-%m-%Y}")
        if len(waiting) > 1:
            text += " " + self.tr("Ada {count} kiriman lain sesudahnya.").format(
                count=len(waiting) - 1)
        self.deliveries_label.setText(text)

    def _show_reconciliation(self, rec: Reconciliation) -> None:
        self.lines_model.set_lines(rec.lines, rec.total)
        self.broken_model.set_serials(rec.broken)
        t = rec.total
        figures = {"received": thousands(t.received), "printed": thousands(t.printed),
                   "spoiled": thousands(t.spoiled), "in_stock": thousands(t.in_stock)}
        if rec.balanced:
            self.result_label.setText(self.tr(
                "Sesuai: diterima {received} = dicetak {printed} + rusak {spoiled} + stok "
                "{in_stock}.").format(**figures))
            set_role(self.result_label, "ok")
        else:
            self.result_label.setText(self.tr(
                "TIDAK SESUAI: diterima {received}, dicetak {printed} + rusak {spoiled} + "
                "stok {in_stock}. Periksa nomor seri di bawah.").format(**figures))
            set_role(self.result_label, "error")
        self.broken_title.setText(self.tr("Nomor seri yang tidak sesuai: {count}").format(
            count=thousands(len(rec.broken))))
        self.broken_title.setVisible(bool(rec.broken))
        self.broken.setVisible(bool(rec.broken))
        self.print_button.setEnabled(bool(rec.lines))
        self.save_button.setEnabled(bool(rec.lines))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()

    def report_pdf(self) -> bytes | None:
        """The reconciliation as it stands now, as PDF (signed by whoever prints it)."""
        self.reload()
        if self.reconciliation is None:
            return None
        return reconciliation_pdf(self.reconciliation, self.context.actor)

    def _report_name(self) -> str:
        day = datetime.now(self.context.zone).date()
        return self.tr("Rekonsiliasi blanko {date}").format(date=f"{day:%d-%m-%Y}")

    # --- slots --------------------------------------------------------------------------

    @Slot()
    def _on_receive_button_clicked(self) -> None:
        if self.receive_button.isVisible():
            self._receive(None)

    def _receive(self, draft: BlankReceiptDraft | None) -> None:
        receipt = ReceiveBlanksDialog.ask(self.window(), self.context, draft)
        if receipt is not None:
            self.reload()
            self.status.ok(self.tr("{count} blanko dari dokumen {document} masuk stok.").format(
                count=thousands(receipt.count), document=receipt.document_number))

    @Slot()
    def _on_delivery_button_clicked(self) -> None:
        if self.waiting and not self.delivery_button.isHidden():
            self._receive(self.waiting[0].receipt_draft(datetime.now(self.context.zone).date()))

    @Slot()
    def _on_print_button_clicked(self) -> None:
        pdf = self.report_pdf()
        if pdf is not None and self.output.print_pdf(pdf, self._report_name(),
                                                     self._report_name()):
            self.status.busy(self.tr("Mencetak laporan rekonsiliasi…"))

    @Slot()
    def _on_save_button_clicked(self) -> None:
        pdf = self.report_pdf()
        if pdf is not None:
            self.output.save_pdf(pdf, self._report_name().replace(" ", "-") + ".pdf")

    @Slot()
    def _on_reload_button_clicked(self) -> None:
        self.reload()
