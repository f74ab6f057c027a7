"""NIK and No. KK parsing: python-stdnum's checks plus the rules Kelurahan Desk needs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from stdnum.id import nik as stdnum_nik
from stdnum.util import isdigits

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from kelurahan_desk.domain.people import Sex
from kelurahan_desk.domain.regions import describe, load_regions, normalize_code

__all__ = [
    "InvalidKk", "InvalidNik", "KkInfo", "NikInfo", "format_date", "mask_nik", "parse_kk",
    "parse_nik",
]

NUMBER_LENGTH = 16
# Women's NIKs carry the day of birth plus 40 (day 41-71).
_FEMALE_DAY_OFFSET = 40


class InvalidNik(ValueError):
    """A NIK that must be refused; ``str()`` is the Indonesian text for the operator."""

    message: Message

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message


class InvalidKk(ValueError):
    """A No. KK that must be refused; ``str()`` is the Indonesian text for the operator."""

    message: Message

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class NikInfo:
    """What a valid NIK says about its holder, plus warnings to show next to the field."""

    nik: str
    sex: Sex
    birth_date: date
    region_code: str
    region_name: str | None
    serial: str
    warnings: list[str]


@dataclass(frozen=True)
class KkInfo:
    """What a valid No. KK says, plus warnings to show next to the field."""

    kk: str
    region_code: str
    region_name: str | None
    warnings: list[str]


@dataclass(frozen=True)
class _RegionCheck:
    """The region part (first 6 digits) of a NIK or No. KK, judged against known codes."""

    province: str
    kab_kota: str
    kecamatan: str
    province_known: bool
    kab_kota_zero: bool
    kecamatan_zero: bool
    kab_kota_known: bool
    # Only kab/kota whose kecamatan we list can tell that a kecamatan code is unknown.
    kecamatan_unknown: bool
    kab_kota_name: str | None


def _compact(text: str) -> str:
    # stdnum strips spaces, dots and dashes; a paste from a spreadsheet may also carry tabs
    # or no-break spaces, which are never part of a number either.
    return stdnum_nik.compact("".join(text.split()))


def _offending_characters(number: str) -> str:
    bad = (char for char in number if not isdigits(char))
    return " ".join(f"“{char}”" for char in dict.fromkeys(bad))


def _check_region(digits: str) -> _RegionCheck:
    table = load_regions()
    province = normalize_code(digits[:2])
    kab_kota = normalize_code(digits[:4])
    kecamatan = normalize_code(digits[:6])
    kab_kota_region = table.get(kab_kota)
    return _RegionCheck(
        province=province,
        kab_kota=kab_kota,
        kecamatan=kecamatan,
        province_known=table.get(province) is not None,
        kab_kota_zero=digits[2:4] == "00",
        kecamatan_zero=digits[4:6] == "00",
        kab_kota_known=kab_kota_region is not None,
        kecamatan_unknown=table.covers(kab_kota) and table.get(kecamatan) is None,
        kab_kota_name=kab_kota_region.name if kab_kota_region is not None else None,
    )


def format_date(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def _birth_date_candidates(day: int, month: int, short_year: int) -> list[date]:
    """Real dates for DD/MM/YY, the 2000s first: a NIK holds only two year digits."""
    candidates: list[date] = []
    for century in (2000, 1900):
        try:
            candidates.append(date(century + short_year, month, day))
        except ValueError:
            continue
    return candidates


def _decode_sex_and_date(nik: str, today: date) -> tuple[Sex, date]:
    encoded_day = int(nik[6:8])
    month = int(nik[8:10])
    short_year = int(nik[10:12])
    if 1 <= encoded_day <= 31:
        sex, day = Sex.MALE, encoded_day
    elif 1 + _FEMALE_DAY_OFFSET <= encoded_day <= 31 + _FEMALE_DAY_OFFSET:
        sex, day = Sex.FEMALE, encoded_day - _FEMALE_DAY_OFFSET
    else:
        raise InvalidNik(
            QT_TRANSLATE_NOOP(
                "nik",
                "Angka hari lahir dalam NIK ({day}) tidak mungkin: untuk laki-laki 01–31, "
                "untuk perempuan 41–71 (hari lahir ditambah 40).",
            ).format(day=nik[6:8])
        )
    if not 1 <= month <= 12:
        raise InvalidNik(
            QT_TRANSLATE_NOOP(
                "nik", "Angka bulan lahir dalam NIK ({month}) tidak mungkin: harus 01–12."
            ).format(month=nik[8:10])
        )
    candidates = _birth_date_candidates(day, month, short_year)
    if not candidates:
        shown = f"{day:02d}/{month:02d}/{nik[10:12]}"
        if sex is Sex.FEMALE:
            raise InvalidNik(
                QT_TRANSLATE_NOOP(
                    "nik",
                    "Tanggal lahir dalam NIK tidak mungkin ({date}; angka hari {encoded_day} "
                    "sudah dikurangi 40 karena perempuan).",
                ).format(date=shown, encoded_day=nik[6:8])
            )
        raise InvalidNik(
            QT_TRANSLATE_NOOP("nik", "Tanggal lahir dalam NIK tidak mungkin ({date}).").format(
                date=shown
            )
        )
    for candidate in candidates:
        if candidate <= today:
            return sex, candidate
    raise InvalidNik(
        QT_TRANSLATE_NOOP(
            "nik", "Tanggal lahir dalam NIK ({date}) belum terjadi; periksa kembali NIK."
        ).format(date=format_date(candidates[-1]))
    )


def parse_nik(
    text: str,
    today: date | None = None,
    *,
    recorded_birth_date: date | None = None,
    recorded_sex: Sex | None = None,
) -> NikInfo:
    """Check a NIK and decode it; raise ``InvalidNik`` when it must be refused.

    ``today`` settles the century of the two-digit birth year: 20YY unless that lies after
    ``today``, else 19YY. ``recorded_birth_date`` and ``recorded_sex`` (from the resident's
    record) are compared with what the NIK encodes; a difference is a warning only, since a
    NIK is never corrected (PP 40/2019 Pasal 30(2)). A recorded date that differs from the
    decoded one only by a century settles the century instead.
    """
    if today is None:
        today = date.today()
    nik = _compact(text)
    if not nik:
        raise InvalidNik(QT_TRANSLATE_NOOP("nik", "NIK belum diisi.").format())
    if not isdigits(nik):
        raise InvalidNik(
            QT_TRANSLATE_NOOP(
                "nik",
                "NIK hanya boleh berisi angka; periksa huruf atau tanda berikut: {characters}.",
            ).format(characters=_offending_characters(nik))
        )
    if len(nik) != NUMBER_LENGTH:
        raise InvalidNik(
            QT_TRANSLATE_NOOP("nik", "NIK harus 16 angka; yang diisi {count} angka.").format(
                count=len(nik)
            )
        )

    region = _check_region(nik)
    if not region.province_known:
        raise InvalidNik(
            QT_TRANSLATE_NOOP("nik", "Kode provinsi {code} dalam NIK tidak dikenal.").format(
                code=region.province
            )
        )
    if region.kab_kota_zero:
        raise InvalidNik(
            QT_TRANSLATE_NOOP("nik", "Kode kabupaten/kota dalam NIK tidak boleh 00.").format()
        )
    if region.kecamatan_zero:
        raise InvalidNik(
            QT_TRANSLATE_NOOP("nik", "Kode kecamatan dalam NIK tidak boleh 00.").format()
        )

    sex, birth_date = _decode_sex_and_date(nik, today)

    serial = nik[12:16]
    if serial == "0000":
        raise InvalidNik(QT_TRANSLATE_NOOP("nik", "Nomor urut NIK tidak boleh 0000.").format())

    warnings: list[str] = []
    if not region.kab_kota_known:
        warnings.append(
            QT_TRANSLATE_NOOP(
                "nik",
                "Kode kabupaten/kota {code} dalam NIK tidak dikenal; kode wilayah bisa berubah "
                "setelah pemekaran. Periksa kembali NIK.",
            ).format(code=region.kab_kota)
        )
    elif region.kecamatan_unknown:
        warnings.append(
            QT_TRANSLATE_NOOP(
                "nik",
                "Kode kecamatan {code} dalam NIK tidak ada di daftar kecamatan {kab_kota}; "
                "kode wilayah bisa berubah setelah pemekaran. Periksa kembali NIK.",
            ).format(code=region.kecamatan, kab_kota=region.kab_kota_name or region.kab_kota)
        )

    if recorded_birth_date is not None and recorded_birth_date != birth_date:
        same_short_date = (
            recorded_birth_date.day == birth_date.day
            and recorded_birth_date.month == birth_date.month
            and recorded_birth_date.year % 100 == birth_date.year % 100
        )
        if same_short_date and recorded_birth_date <= today:
            birth_date = recorded_birth_date
        else:
            warnings.append(
                QT_TRANSLATE_NOOP(
                    "nik",
                    "Tanggal lahir dalam NIK ({nik_date}) berbeda dengan tanggal lahir yang "
                    "tercatat ({recorded_date}). NIK tidak diubah; pastikan data yang "
                    "tercatat benar.",
                ).format(
                    nik_date=format_date(birth_date),
                    recorded_date=format_date(recorded_birth_date),
                )
            )

    if recorded_sex is not None and recorded_sex != sex:
        if sex is Sex.FEMALE:
            warnings.append(
                QT_TRANSLATE_NOOP(
                    "nik",
                    "Menurut NIK pemiliknya perempuan (hari lahir ditambah 40), tetapi "
                    "tercatat laki-laki. NIK tidak diubah; pastikan data yang tercatat benar.",
                ).format()
            )
        else:
            warnings.append(
                QT_TRANSLATE_NOOP(
                    "nik",
                    "Menurut NIK pemiliknya laki-laki, tetapi tercatat perempuan. NIK tidak "
                    "diubah; pastikan data yang tercatat benar.",
                ).format()
            )

    return NikInfo(
        nik=nik,
        sex=sex,
        birth_date=birth_date,
        region_code=region.kecamatan,
        region_name=describe(region.kecamatan),
        serial=serial,
        warnings=warnings,
    )


def parse_kk(text: str) -> KkInfo:
    """Check a No. KK; raise ``InvalidKk`` when it must be refused.

    Only the length, the digits and the region part (first 6 digits) are checked: what the
    other 10 digits mean is not confirmed (DOMAIN.md: UNVERIFIED).
    """
    kk = _compact(text)
    if not kk:
        raise InvalidKk(QT_TRANSLATE_NOOP("kk", "Nomor KK belum diisi.").format())
    if not isdigits(kk):
        raise InvalidKk(
            QT_TRANSLATE_NOOP(
                "kk",
                "Nomor KK hanya boleh berisi angka; periksa huruf atau tanda berikut: "
                "{characters}.",
            ).format(characters=_offending_characters(kk))
        )
    if len(kk) != NUMBER_LENGTH:
        raise InvalidKk(
            QT_TRANSLATE_NOOP("kk", "Nomor KK harus 16 angka; yang diisi {count} angka.").format(
                count=len(kk)
            )
        )

    region = _check_region(kk)
    if not region.province_known:
        raise InvalidKk(
            QT_TRANSLATE_NOOP("kk", "Kode provinsi {code} dalam nomor KK tidak dikenal.").format(
                code=region.province
            )
        )
    if region.kab_kota_zero:
        raise InvalidKk(
            QT_TRANSLATE_NOOP("kk", "Kode kabupaten/kota dalam nomor KK tidak boleh 00.").format()
        )
    if region.kecamatan_zero:
        raise InvalidKk(
            QT_TRANSLATE_NOOP("kk", "Kode kecamatan dalam nomor KK tidak boleh 00.").format()
        )

    warnings: list[str] = []
    if not region.kab_kota_known:
        warnings.append(
            QT_TRANSLATE_NOOP(
                "kk",
                "Kode kabupaten/kota {code} dalam nomor KK tidak dikenal; kode wilayah bisa "
                "berubah setelah pemekaran. Periksa kembali nomor KK.",
            ).format(code=region.kab_kota)
        )
    elif region.kecamatan_unknown:
        warnings.append(
            QT_TRANSLATE_NOOP(
                "kk",
                "Kode kecamatan {code} dalam nomor KK tidak ada di daftar kecamatan "
                "{kab_kota}; kode wilayah bisa berubah setelah pemekaran. Periksa kembali "
                "nomor KK.",
            ).format(code=region.kecamatan, kab_kota=region.kab_kota_name or region.kab_kota)
        )

    return KkInfo(
        kk=kk,
        region_code=region.kecamatan,
        region_name=describe(region.kecamatan),
        warnings=warnings,
    )


def mask_nik(nik: str) -> str:
    """``"3574011234560001"`` → ``"357401******0001"``: enough to tell people apart in a
    list or on a receipt, not to misuse (UU PDP). Keeps the issuing region (first 6 digits)
    and the serial (last 4); spaces and dots are dropped; masked text stays as it is; text
    too short to show 10 digits and still hide some is hidden whole."""
    compact = "".join(ch for ch in nik if ch not in " .-\t")
    if len(compact) <= 10:
        return "*" * len(compact)
    return compact[:6] + "*" * (len(compact) - 10) + compact[-4:]
