"""A long PDF (a Berita Acara of thousands of cards) rendered on the thread pool while a
progress dialog shows how far the card list is; it can be cancelled.

The worker only calls the render's progress callback, which emits a signal: Qt queues it
to this object in the GUI thread, where the dialog is moved. No widget is touched from
the worker.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from kelurahan_desk.ui.background import run_in_background

Render = Callable[[Callable[[int, int], None]], bytes]


class _Cancelled(Exception):
    """Raised inside the render when the operator pressed Batal."""


class ReportBuilder(QObject):
    """Renders once; ``start`` shows the dialog and returns at once.

    Signals: progressed(int, int) — cards drawn and all cards (emitted by the worker);
    finished(object) — the PDF bytes; failed(str) — why it did not finish (empty text when
    the operator cancelled).
    """

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, owner: QWidget, label: str, total: int) -> None:
        super().__init__(owner)
        self._stop = threading.Event()
        self.dialog = QProgressDialog(label, self.tr("Batal"), 0, max(total, 1), owner)
        self.dialog.setObjectName("report_progress")
        self.dialog.setWindowTitle(self.tr("Menyiapkan dokumen"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)
        self.dialog.canceled.connect(self._on_dialog_canceled)
        self.progressed.connect(self._on_self_progressed)
        self.seen: list[tuple[int, int]] = []  # what the bar was told (tests read it)

    def start(self, render: Render) -> None:
        stop, progressed = self._stop, self.progressed

        def report(done: int, total: int) -> None:  # runs on the worker thread
            if stop.is_set():
                raise _Cancelled
            progressed.emit(done, total)

        self.dialog.setValue(0)
        self.dialog.show()
        run_in_background(lambda: render(report), self._on_done, self._on_error)

    @Slot(int, int)
    def _on_self_progressed(self, done: int, total: int) -> None:
        self.seen.append((done, total))
        if total and self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setLabelText(self.tr("Daftar kartu: {done} dari {total}").format(
            done=f"{done:,}".replace(",", "."), total=f"{total:,}".replace(",", ".")))
        self.dialog.setValue(min(done, self.dialog.maximum()))

    @Slot()
    def _on_dialog_canceled(self) -> None:
        self._stop.set()
        self.dialog.setLabelText(self.tr("Membatalkan…"))

    def _put_away(self) -> bool:
        """Hide the dialog (closing it would say "cancelled"); whether it was cancelled."""
        cancelled = self._stop.is_set()
        self.dialog.canceled.disconnect(self._on_dialog_canceled)
        self.dialog.hide()
        self.dialog.deleteLater()
        return cancelled

    def _on_done(self, pdf: bytes) -> None:
        if self._put_away():
            self.failed.emit("")
            return
        self.finished.emit(pdf)

    def _on_error(self, exc: Exception) -> None:
        if self._put_away() or isinstance(exc, _Cancelled):
            self.failed.emit("")
            return
        self.failed.emit(self.tr("Dokumen gagal dibuat: {detail}").format(detail=exc))
