"""Office settings a supervisor or admin may change: names, defaults and allowed ranges."""

from __future__ import annotations

from dataclasses import dataclass

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message, Template

TIME_ZONES: dict[str, Template] = {
    "Asia/Jakarta": QT_TRANSLATE_NOOP("settings", "WIB (Asia/Jakarta)"),
    "Asia/Makassar": QT_TRANSLATE_NOOP("settings", "WITA (Asia/Makassar)"),
    "Asia/Jayapura": QT_TRANSLATE_NOOP("settings", "WIT (Asia/Jayapura)"),
}


@dataclass(frozen=True)
class IntSetting:
    key: str
    label: Template
    default: int
    minimum: int
    maximum: int
    unit: Template

    def problem(self, value: int) -> Message | None:
        if not self.minimum <= value <= self.maximum:
            return QT_TRANSLATE_NOOP(
                "settings", "{label} harus antara {minimum} dan {maximum}."
            ).format(label=self.label, minimum=self.minimum, maximum=self.maximum)
        return None


_MINUTES = QT_TRANSLATE_NOOP("settings", "menit")
_DAYS = QT_TRANSLATE_NOOP("settings", "hari")

SETTINGS: dict[str, IntSetting] = {
    s.key: s
    for s in (
        IntSetting(
            "idle_lock_minutes",
            QT_TRANSLATE_NOOP("settings", "Kunci layar setelah tidak dipakai"),
            5, 1, 120, _MINUTES,
        ),
        IntSetting(
            "offline_warning_days",
            QT_TRANSLATE_NOOP("settings", "Peringatan bila belum tersinkron"),
            2, 1, 30, _DAYS,
        ),
    )
}


def defaults() -> dict[str, int]:
    return {key: s.default for key, s in SETTINGS.items()}
