"""What this PC remembers for itself (not office data): e.g. the loket it last served."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QSettings


class DevicePrefs:
    def __init__(self, data_dir: Path) -> None:
        self._settings = QSettings(str(data_dir / "device.ini"), QSettings.Format.IniFormat)

    @property
    def last_counter_id(self) -> uuid.UUID | None:
        value = self._settings.value("last_counter_id", "")
        try:
            return uuid.UUID(str(value)) if value else None
        except ValueError:
            return None

    @last_counter_id.setter
    def last_counter_id(self, value: uuid.UUID | None) -> None:
        self._settings.setValue("last_counter_id", str(value) if value else "")
        self._settings.sync()
