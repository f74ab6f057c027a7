"""The city's resident list as a CSV file: its columns, and every row checked.

One reader for both ends: the desk's loader (``services/residents.py``) and the centre's
command line (``central/residents_csv.py``). Columns: docs/RESIDENTS.md.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from kelurahan_desk.domain.ktp_print import RecordStatus, record_status
from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from kelurahan_desk.domain.nik import InvalidKk, InvalidNik, parse_kk, parse_nik
from kelurahan_desk.domain.people import Sex
from kelurahan_desk.domain.regions import normalize_code

# The six religions of the KTP-el, plus the belief column the Constitutional Court added.
RELIGIONS = (
    "Islam", "Kristen", "Katolik", "Hindu", "Buddha", "Khonghucu",
    "Kepercayaan terhadap Tuhan YME",
)
_RELIGION_ALIASES = {
    **{r.casefold(): r for r in RELIGIONS},
    "kristen protestan": "Kristen", "protestan": "Kristen", "katholik": "Katolik",
    "budha": "Buddha", "konghucu": "Khonghucu", "kong hu cu": "Khonghucu",
    "kepercayaan": "Kepercayaan terhadap Tuhan YME",
}

# Header names as the central office's export spells them; order does not matter.
CSV_COLUMNS = (
    "nik", "no_kk", "nama_lengkap", "jenis_kelamin", "tempat_lahir", "tanggal_lahir",
    "alamat", "rt", "rw", "kode_kelurahan",
)
CSV_OPTIONAL = ("agama", "status_rekam")
_DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y")
_SEX = {"l": Sex.MALE, "laki-laki": Sex.MALE, "lk": Sex.MALE,
        "p": Sex.FEMALE, "perempuan": Sex.FEMALE, "pr": Sex.FEMALE}
_MAX_PROBLEMS = 50  # listed in the refusal; the count covers the rest
_MAX_WARNINGS = 50


class BadResidentFile(Exception):
    """The CSV file has errors; nothing may be written. ``problems`` names line and column."""

    def __init__(self, message: Message, problems: Sequence[Message]) -> None:
        super().__init__(message)
        self.message = message
        self.problems = tuple(problems)


class _Bad(Exception):
    def __init__(self, column: str, message: Message) -> None:
        super().__init__(message)
        self.column = column
        self.message = message


def _row_problem(line: int, column: str, problem: Message) -> Message:
    return QT_TRANSLATE_NOOP("residents", "Baris {line}, kolom {column}: {problem}").format(
        line=line, column=column, problem=problem)


def _required(value: str, column: str, longest: int) -> str:
    cleaned = " ".join(value.split())
    if not cleaned:
        raise _Bad(column, QT_TRANSLATE_NOOP("residents", "belum diisi.").format())
    if len(cleaned) > longest:
        raise _Bad(column, QT_TRANSLATE_NOOP(
            "residents", "paling panjang {longest} huruf; yang diisi {count}.").format(
            longest=longest, count=len(cleaned)))
    return cleaned


def _birth_date(value: str, today: date) -> date:
    value = value.strip()
    for pattern in _DATE_FORMATS:
        try:
            parsed = datetime.strptime(value, pattern).date()
        except ValueError:
            continue
        if parsed > today:
            raise _Bad("tanggal_lahir", QT_TRANSLATE_NOOP(
                "residents", "tanggal lahir {value} belum terjadi.").format(value=value))
        return parsed
    raise _Bad("tanggal_lahir", QT_TRANSLATE_NOOP(
        "residents",
        "tanggal “{value}” tidak dikenal; tulis TTTT-BB-HH (1985-07-21) atau HH-BB-TTTT.",
    ).format(value=value))


def _neighbourhood(value: str, column: str) -> str:
    digits = value.strip()
    if not re.fullmatch(r"[0-9]{1,3}", digits) or int(digits) == 0:
        raise _Bad(column, QT_TRANSLATE_NOOP(
            "residents", "harus angka 1–999; yang diisi “{value}”.").format(value=value))
    return f"{int(digits):03d}"


def _kelurahan_code(value: str) -> str:
    try:
        digits = normalize_code(value).replace(".", "")
    except ValueError:
        digits = ""
    if len(digits) != 10:
        raise _Bad("kode_kelurahan", QT_TRANSLATE_NOOP(
            "residents", "harus kode kelurahan 10 angka, misalnya 35.74.01.1007; yang diisi "
            "“{value}”.").format(value=value.strip()))
    return digits


def _religion(value: str) -> str | None:
    cleaned = " ".join(value.split())
    if not cleaned:
        return None
    found = _RELIGION_ALIASES.get(cleaned.casefold())
    if found is None:
        raise _Bad("agama", QT_TRANSLATE_NOOP(
            "residents", "“{value}” tidak dikenal; isi salah satu dari: {choices}, atau "
            "kosongkan.").format(value=cleaned, choices=", ".join(RELIGIONS)))
    return found


def _ktp_status(value: str) -> str | None:
    if not value.strip():
        return None
    status = record_status(value)
    if status is None:
        raise _Bad("status_rekam", QT_TRANSLATE_NOOP(
            "residents", "\u201c{value}\u201d tidak dikenal; isi salah satu status SIAK: "
            "{choices}, atau kosongkan.").format(
            value=value.strip(), choices=", ".join(s.value for s in RecordStatus)))
    return status.value


@dataclass(frozen=True)
class ResidentRow:
    """One checked row of the file (also one row of the centre's list)."""

    nik: str
    kk: str
    full_name: str
    sex: str
    birth_place: str
    birth_date: str
    address: str
    rt: str
    rw: str
    kelurahan_code: str
    religion: str | None
    ktp_status: str | None  # RecordStatus value; None: the file does not say


def _parse_row(raw: dict[str, str], today: date) -> tuple[ResidentRow, list[str]]:
    """One row, checked; raises ``_Bad`` for the first wrong column in ``CSV_COLUMNS`` order.

    The NIK is compared with the recorded sex and birth date: a difference is a warning
    only, since a NIK is never corrected (PP 40/2019 Pasal 30(2)).
    """
    sex = _SEX.get(raw["jenis_kelamin"].strip().casefold())
    try:
        birth: date | None = _birth_date(raw["tanggal_lahir"], today)
        birth_problem = None
    except _Bad as bad:
        birth, birth_problem = None, bad
    try:
        nik = parse_nik(raw["nik"], today, recorded_birth_date=birth, recorded_sex=sex)
    except InvalidNik as exc:
        raise _Bad("nik", exc.message) from None
    try:
        kk = parse_kk(raw["no_kk"])
    except InvalidKk as exc:
        raise _Bad("no_kk", exc.message) from None
    full_name = _required(raw["nama_lengkap"], "nama_lengkap", 100)
    if sex is None:
        raise _Bad("jenis_kelamin", QT_TRANSLATE_NOOP(
            "residents", "harus L atau P; yang diisi “{value}”.").format(
            value=raw["jenis_kelamin"].strip()))
    birth_place = _required(raw["tempat_lahir"], "tempat_lahir", 60)
    if birth is None:
        assert birth_problem is not None
        raise birth_problem
    row = ResidentRow(
        nik=nik.nik,
        kk=kk.kk,
        full_name=full_name,
        sex=sex.value,
        birth_place=birth_place,
        birth_date=birth.isoformat(),
        address=_required(raw["alamat"], "alamat", 200),
        rt=_neighbourhood(raw["rt"], "rt"),
        rw=_neighbourhood(raw["rw"], "rw"),
        kelurahan_code=_kelurahan_code(raw["kode_kelurahan"]),
        religion=_religion(raw.get("agama", "")),
        ktp_status=_ktp_status(raw.get("status_rekam", "")),
    )
    return row, [*nik.warnings, *kk.warnings]


def _refused(file_name: str, problems: list[Message], total: int) -> BadResidentFile:
    first = problems[0]
    if total == 1:
        message = QT_TRANSLATE_NOOP(
            "residents", "Berkas {file} ditolak; daftar penduduk tidak diubah. {problem}"
        ).format(file=file_name, problem=first)
    else:
        message = QT_TRANSLATE_NOOP(
            "residents", "Berkas {file} ditolak; daftar penduduk tidak diubah. {problem} "
            "(dan {more} masalah lain)").format(file=file_name, problem=first, more=total - 1)
    return BadResidentFile(message, problems)


def decode_resident_file(data: bytes, file_name: str) -> str:
    try:
        return data.decode("utf-8-sig")  # a spreadsheet's export may start with a BOM
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problem = QT_TRANSLATE_NOOP(
            "residents", "Baris {line}: berkas bukan teks UTF-8 (simpan sebagai "
            "“CSV UTF-8”).").format(line=line)
        raise _refused(file_name, [problem], 1) from None


def read_resident_rows(
    content: str, file_name: str, today: date
) -> tuple[list[ResidentRow], list[Message], int]:
    """Every row checked, or ``BadResidentFile`` listing the problems."""
    first_line = content.split("\n", 1)[0]
    # Spreadsheets set to Indonesian write ";" between columns (the comma is the decimal mark).
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    header = [name.strip().casefold() for name in next(reader, [])]
    missing = [name for name in CSV_COLUMNS if name not in header]
    if missing:
        raise _refused(file_name, [QT_TRANSLATE_NOOP(
            "residents", "Baris 1: kolom {columns} tidak ada di baris judul. Kolom yang "
            "diperlukan: {expected}.").format(columns=", ".join(missing),
                                              expected=", ".join(CSV_COLUMNS))], 1)
    problems: list[Message] = []
    total_problems = 0
    warnings: list[Message] = []
    warning_count = 0
    rows: list[ResidentRow] = []
    seen: dict[str, int] = {}

    def problem(message: Message) -> None:
        nonlocal total_problems
        total_problems += 1
        if len(problems) < _MAX_PROBLEMS:
            problems.append(message)

    for values in reader:
        line = reader.line_num
        if not any(v.strip() for v in values):
            continue  # blank lines (often at the end of an export)
        if len(values) != len(header):
            problem(QT_TRANSLATE_NOOP(
                "residents", "Baris {line}: ada {count} kolom, seharusnya {expected}.").format(
                line=line, count=len(values), expected=len(header)))
            continue
        try:
            row, row_warnings = _parse_row(dict(zip(header, values, strict=True)), today)
        except _Bad as bad:
            problem(_row_problem(line, bad.column, bad.message))
            continue
        if row.nik in seen:
            problem(_row_problem(line, "nik", QT_TRANSLATE_NOOP(
                "residents", "NIK ini sudah ada di baris {first}.").format(first=seen[row.nik])))
            continue
        seen[row.nik] = line
        for warning in row_warnings:
            warning_count += 1
            if len(warnings) < _MAX_WARNINGS:
                warnings.append(QT_TRANSLATE_NOOP("residents", "Baris {line}: {warning}")
                                .format(line=line, warning=warning))
        rows.append(row)
    if total_problems:
        raise _refused(file_name, problems, total_problems)
    if not rows:
        raise _refused(file_name, [QT_TRANSLATE_NOOP(
            "residents", "Berkas tidak berisi data penduduk.").format()], 1)
    return rows, warnings, warning_count
