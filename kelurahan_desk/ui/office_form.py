"""The office picker (region and time zone), shared by the Kantor tab and the first-run wizard."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kelurahan_desk.domain import regions
from kelurahan_desk.domain.settings import TIME_ZONES
from kelurahan_desk.services.office import OfficeDraft, OfficeInfo
from kelurahan_desk.ui.i18n import translated
from kelurahan_desk.ui.page_parts import FieldErrors, FormGrid
from kelurahan_desk.ui.style import set_role

_KELURAHAN_DIGITS = 10


def _normalized(text: str) -> str | None:
    try:
        return regions.normalize_code(text)
    except ValueError:
        return None


class OfficeForm(QWidget):
    """Kecamatan and kelurahan chosen from our region table, or any Kemendagri code typed in.

    The code field is the truth: choosing from the lists fills it, typing in it moves the
    lists along. Names are asked for only when the code lies outside the kota our table
    covers (for a covered kota a missing code is simply wrong, and the service says so).

    Signals: edited() — the user changed something.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table = regions.load_regions()
        self._syncing = False
        self._filled_for: str | None = None
        self.errors = FieldErrors()

        self.kecamatan = QComboBox()
        self.kecamatan.setObjectName("kecamatan_choice")
        self.kecamatan.setPlaceholderText(self.tr("— pilih kecamatan —"))
        kotas = [r for r in self._table if r.level in ("kota", "kabupaten")]
        for kota in kotas:
            for kecamatan in self._table.kecamatan_of(kota.code):
                text = kecamatan.name
                if len(kotas) > 1:
                    text = self.tr("{kecamatan} — {kota}").format(
                        kecamatan=kecamatan.name, kota=kota.name
                    )
                self.kecamatan.addItem(text, kecamatan.code)
        self.kecamatan.setCurrentIndex(-1)
        self.kelurahan = QComboBox()
        self.kelurahan.setObjectName("kelurahan_choice")
        self.kelurahan.setPlaceholderText(self.tr("— pilih kelurahan —"))

        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setPlaceholderText(self.tr("mis. 35.74.01.1007"))
        self.code.setMaxLength(20)
        self.place = QLabel()
        self.place.setObjectName("place")
        self.place.setWordWrap(True)
        set_role(self.place, "muted")

        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.kecamatan_name = QLineEdit()
        self.kecamatan_name.setObjectName("kecamatan_name")
        self.kota = QLineEdit()
        self.kota.setObjectName("kota")
        self.timezone = QComboBox()
        self.timezone.setObjectName("timezone")
        for zone, label in TIME_ZONES.items():
            self.timezone.addItem(translated(label), zone)

        kota_names = ", ".join(k.name for k in kotas)
        pick_hint = QLabel(
            self.tr("Pilih dari daftar {kota}, atau ketik kode wilayah Kemendagri.").format(
                kota=kota_names
            )
        )
        pick_hint.setWordWrap(True)
        set_role(pick_hint, "muted")

        form = FormGrid()
        form.add_wide(pick_hint)
        form.add_row(self.tr("&Kecamatan"), self.kecamatan)
        form.add_row(self.tr("Kel&urahan"), self.kelurahan)
        # What the code names shows right under it, so a typo is seen before saving.
        self.errors.add_row(form, self.tr("Ko&de wilayah Kemendagri"), "code", self.code,
                            self.place)

        self.outside = QGroupBox(self.tr("Kelurahan di luar daftar kami"))
        self.outside.setObjectName("outside")
        outside_note = QLabel(
            self.tr("Kode ini tidak ada di daftar wilayah program. Isi namanya sesuai "
                    "daftar Kemendagri.")
        )
        outside_note.setWordWrap(True)
        set_role(outside_note, "muted")
        outside_form = FormGrid(self.outside)
        outside_form.add_wide(outside_note)
        self.errors.add_row(
            outside_form, self.tr("&Nama kelurahan atau desa"), "name", self.name
        )
        self.errors.add_row(
            outside_form, self.tr("Nama keca&matan"), "kecamatan", self.kecamatan_name
        )
        self.errors.add_row(outside_form, self.tr("Kabupaten atau k&ota"), "kota", self.kota)

        # One grid for all rows, the group spanning it, so the fields line up.
        form.add_wide(self.outside)
        self.outside.hide()
        self.errors.add_row(form, self.tr("&Zona waktu"), "timezone", self.timezone)
        form.add_wide(self.errors.general)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)

        self.kecamatan.currentIndexChanged.connect(self._on_kecamatan_current_index_changed)
        self.kelurahan.currentIndexChanged.connect(self._on_kelurahan_current_index_changed)
        self.code.textEdited.connect(self._on_code_text_edited)
        for edit in (self.name, self.kecamatan_name, self.kota):
            edit.textEdited.connect(self.edited)
        self.timezone.currentIndexChanged.connect(self._on_timezone_current_index_changed)
        self._sync_from_code()

    # --- public ---------------------------------------------------------------------

    def draft(self) -> OfficeDraft:
        """What is entered; the names count only while the code is outside our table."""
        outside = not self.outside.isHidden()
        return OfficeDraft(
            code=self.code.text().strip(),
            name=self.name.text() if outside else "",
            kecamatan=self.kecamatan_name.text() if outside else "",
            kota=self.kota.text() if outside else "",
            timezone=str(self.timezone.currentData()),
        )

    def set_office(self, info: OfficeInfo) -> None:
        self.clear_errors()
        self.code.setText(info.code)
        self._sync_from_code()
        if not self.outside.isHidden():
            self.name.setText(info.name)
            self.kecamatan_name.setText(info.kecamatan)
            self.kota.setText(info.kota)
        index = self.timezone.findData(info.timezone)
        self._syncing = True
        self.timezone.setCurrentIndex(max(index, 0))
        self._syncing = False

    def choose(self, kecamatan: str, kelurahan: str) -> None:
        """Pick by name from the lists, as a user would (for tests and demos)."""
        self.kecamatan.setCurrentIndex(self.kecamatan.findText(kecamatan))
        self.kelurahan.setCurrentIndex(self.kelurahan.findText(kelurahan))

    def show_errors(self, fields: Mapping[str, object]) -> None:
        self.errors.show(fields)
        field = next((f for f in ("code", "name", "kecamatan", "kota") if f in fields), None)
        if field == "code":
            self.code.setFocus()
        elif field is not None:
            self.outside.show()
            {"name": self.name, "kecamatan": self.kecamatan_name, "kota": self.kota}[
                field
            ].setFocus()

    def clear_errors(self) -> None:
        self.errors.clear()

    # --- keeping lists and code together ----------------------------------------------

    @Slot(int)
    def _on_kecamatan_current_index_changed(self, index: int) -> None:
        if self._syncing:
            return
        code = self.kecamatan.itemData(index) if index >= 0 else None
        self._fill_kelurahan(code)
        # The kecamatan's own code is a truthful half-way state; the kelurahan completes it.
        self.code.setText(code or "")
        self._update_place()
        self.edited.emit()

    @Slot(int)
    def _on_kelurahan_current_index_changed(self, index: int) -> None:
        if self._syncing or index < 0:
            return
        self.code.setText(self.kelurahan.itemData(index))
        self._update_place()
        self.edited.emit()

    @Slot(str)
    def _on_code_text_edited(self, _text: str) -> None:
        self._sync_from_code()
        self.edited.emit()

    @Slot(int)
    def _on_timezone_current_index_changed(self, _index: int) -> None:
        if not self._syncing:
            self.edited.emit()

    def _fill_kelurahan(self, kecamatan_code: str | None) -> None:
        if kecamatan_code == self._filled_for:
            return
        self._filled_for = kecamatan_code
        was_syncing, self._syncing = self._syncing, True
        self.kelurahan.clear()
        if kecamatan_code:
            for region in self._table.kelurahan_of(kecamatan_code):
                self.kelurahan.addItem(region.name, region.code)
        self.kelurahan.setCurrentIndex(-1)
        self._syncing = was_syncing

    def _sync_from_code(self) -> None:
        code = _normalized(self.code.text())
        digits = len(code.replace(".", "")) if code else 0
        self._syncing = True
        try:
            kecamatan = code[:8] if code and digits >= 6 else None
            index = self.kecamatan.findData(kecamatan) if kecamatan else -1
            self.kecamatan.setCurrentIndex(index)
            self._fill_kelurahan(kecamatan if index >= 0 else None)
            found = self.kelurahan.findData(code) if digits == _KELURAHAN_DIGITS else -1
            self.kelurahan.setCurrentIndex(found)
        finally:
            self._syncing = False
        self._update_place()

    def _update_place(self) -> None:
        code = _normalized(self.code.text())
        outside = False
        place = ""
        if code is not None:
            digits = len(code.replace(".", ""))
            known = self._table.get(code) is not None
            if digits < _KELURAHAN_DIGITS or known:
                place = regions.describe(code)
            elif not self._table.covers(code[:5]):
                outside = self._table.get(code[:2]) is not None
                place = regions.describe(code) if outside else ""
                self.kota.setPlaceholderText(regions.region_name(code[:5]) or "")
        self.place.setText(place)
        self.place.setHidden(not place)
        self.outside.setHidden(not outside)
