"""The visits a queue report leaves out of its figures, and why."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from kelurahan_desk.services.queue_report import QueueReport
from kelurahan_desk.ui.models.queue_report_model import FlaggedVisitsModel
from kelurahan_desk.ui.page_parts import table_view
from kelurahan_desk.ui.style import set_role


class FlaggedVisitsDialog(QDialog):
    """The visits left out of the figures because their times do not add up."""

    def __init__(self, parent: QWidget | None, report: QueueReport) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kunjungan dengan data janggal"))
        self.resize(640, 420)
        explain = QLabel(self.tr(
            "Kunjungan ini tidak dihitung dalam angka laporan karena waktunya tidak masuk "
            "akal (mis. jam komputer salah). Periksa jam komputer kios dan loket."))
        explain.setWordWrap(True)
        set_role(explain, "muted")
        self.model = FlaggedVisitsModel(self)
        self.model.set_flagged(report.flagged)
        self.view = table_view(self.model, "flagged_table", (110, 80, 80))
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Tutup"))
        box.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(explain)
        column.addWidget(self.view, 1)
        column.addWidget(box)
