"""When the store is damaged: say what is wrong and offer the newest good backup."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from kelurahan_desk.store.database import StoreDamaged
from kelurahan_desk.ui.i18n import translated


class RecoveryDialog(QMessageBox):
    def __init__(self, damage: StoreDamaged, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Penyimpanan rusak"))
        problems = "\n".join(f"• {translated(p)}" for p in damage.problems)
        text = self.tr(
            "Data kantor di {path} tidak lolos pemeriksaan dan tidak akan diubah:\n\n{problems}"
        ).format(path=damage.path, problems=problems)
        self.setText(text)
        self.restore_button = None
        if damage.backup is not None:
            local = damage.backup.taken_at.astimezone()
            self.setInformativeText(self.tr(
                "Cadangan baik terakhir: {time}. Pulihkan dari cadangan itu? Perubahan "
                "sesudah waktu itu hilang dari komputer ini (yang sudah terkirim ke pusat "
                "tetap ada di pusat). Berkas yang rusak disimpan sebagai cadangan."
            ).format(time=f"{local:%d-%m-%Y %H:%M}"))
            self.restore_button = self.addButton(
                self.tr("&Pulihkan dari cadangan"), QMessageBox.ButtonRole.AcceptRole)
        else:
            self.setInformativeText(self.tr(
                "Tidak ada cadangan yang baik. Jangan pakai komputer ini untuk melayani; "
                "hubungi admin atau Dispendukcapil."))
        self.addButton(self.tr("&Keluar"), QMessageBox.ButtonRole.RejectRole)

    @classmethod
    def ask(cls, damage: StoreDamaged, parent: QWidget | None = None) -> bool:
        """True when the user chose to restore the offered backup."""
        dialog = cls(damage, parent)
        dialog.exec()
        return dialog.restore_button is not None and dialog.clickedButton() is (
            dialog.restore_button
        )
