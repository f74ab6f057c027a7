"""Office settings a supervisor or admin may change: names, defaults and allowed ranges."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message, Template

TIME_ZONES: dict[str, Template] = {
    "Asia/Jakarta": QT_TRANSLATE_NOOP("settings", "WIB (Asia/Jakarta)"),
    "Asia/Makassar": QT_TRANSLATE_NOOP("settings", "WITA (Asia/Makassar)"),
    "Asia/Jayapura": QT_TRANSLATE_NOOP("settings", "WIT (Asia/Jayapura)"),
}


def zone_name(zone: ZoneInfo | str, moment: datetime) -> str:
    """WIB, WITA or WIT for Indonesia's zones; the zone's own abbreviation at ``moment``
    elsewhere."""
    zone = zone if isinstance(zone, ZoneInfo) else ZoneInfo(zone)
    known = TIME_ZONES.get(zone.key)
    if known is not None:
        return str(known).split()[0]
    return moment.astimezone(zone).tzname() or zone.key


@dataclass(frozen=True)
class IntSetting:
    """A whole-number setting; with ``choices`` only those values (shown by their labels)."""

    key: str
    label: Template
    default: int
    minimum: int
    maximum: int
    unit: Template | None
    choices: dict[int, Template] | None = None

    def problem(self, value: int) -> Message | None:
        if self.choices is not None and value not in self.choices:
            return QT_TRANSLATE_NOOP("settings", "{label}: pilihan tidak dikenal.").format(
                label=self.label
            )
        if not self.minimum <= value <= self.maximum:
            return QT_TRANSLATE_NOOP(
                "settings", "{label} harus antara {minimum} dan {maximum}."
            ).format(label=self.label, minimum=self.minimum, maximum=self.maximum)
        return None


_MINUTES = QT_TRANSLATE_NOOP("settings", "menit")
_DAYS = QT_TRANSLATE_NOOP("settings", "hari")
_TIMES = QT_TRANSLATE_NOOP("settings", "kali")
_WORKING_DAYS = QT_TRANSLATE_NOOP("settings", "hari kerja")

# End of the queue day: what happens to tickets still open when the office closes.
END_OF_DAY_RESET = 0
END_OF_DAY_CARRY = 1
# How the akta reporting deadlines count ("60 hari" or "60 hari kerja": unverified).
DAYS_CALENDAR = 0
DAYS_WORKING = 1

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
        IntSetting(
            "no_show_after_calls",
            QT_TRANSLATE_NOOP("settings", "Boleh ditandai tidak hadir setelah dipanggil"),
            3, 1, 9, _TIMES,
        ),
        IntSetting(
            "ticket_paper_mm",
            QT_TRANSLATE_NOOP("settings", "Lebar kertas karcis antrean"),
            80, 58, 80, None,
            {58: Template("settings", "58 mm"), 80: Template("settings", "80 mm")},
        ),
        IntSetting(
            "end_of_day_rule",
            QT_TRANSLATE_NOOP("settings", "Antrean yang belum selesai pada akhir hari"),
            END_OF_DAY_RESET, 0, 1, None,
            {
                END_OF_DAY_RESET: QT_TRANSLATE_NOOP("settings", "ditutup (reset)"),
                END_OF_DAY_CARRY: QT_TRANSLATE_NOOP("settings", "dibawa ke hari berikutnya"),
            },
        ),
        IntSetting(
            "end_of_day_hour",
            QT_TRANSLATE_NOOP("settings", "Hari layanan berakhir pukul"),
            17, 12, 23, None,
            # Times of day need no translation: 17.00 reads the same in either language.
            {hour: Template("settings", f"{hour}.00") for hour in range(12, 24)},
        ),
        IntSetting(
            "akta_birth_deadline_days",
            QT_TRANSLATE_NOOP("settings", "Batas pelaporan kelahiran"),
            60, 1, 365, _DAYS,
        ),
        IntSetting(
            "akta_death_deadline_days",
            QT_TRANSLATE_NOOP("settings", "Batas pelaporan kematian"),
            30, 1, 365, _DAYS,
        ),
        IntSetting(
            "akta_deadline_counting",
            QT_TRANSLATE_NOOP("settings", "Batas pelaporan dihitung dalam"),
            DAYS_CALENDAR, 0, 1, None,
            {
                DAYS_CALENDAR: QT_TRANSLATE_NOOP("settings", "hari kalender"),
                DAYS_WORKING: QT_TRANSLATE_NOOP("settings", "hari kerja (Senin–Jumat)"),
            },
        ),
        IntSetting(
            "akta_birth_completion_days",
            QT_TRANSLATE_NOOP("settings", "Perkiraan akta kelahiran selesai"),
            3, 1, 60, _WORKING_DAYS,
        ),
        IntSetting(
            "akta_death_completion_days",
            QT_TRANSLATE_NOOP("settings", "Perkiraan akta kematian selesai"),
            1, 1, 60, _WORKING_DAYS,
        ),
        IntSetting(
            "blanko_low_stock_threshold",
            QT_TRANSLATE_NOOP("settings", "Peringatan stok blanko KTP-el menipis pada"),
            50, 0, 10_000, QT_TRANSLATE_NOOP("settings", "keping"),
        ),
    )
}


def defaults() -> dict[str, int]:
    return {key: s.default for key, s in SETTINGS.items()}
