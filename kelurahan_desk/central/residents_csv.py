"""Reading the city's resident list from a CSV file (the columns of docs/RESIDENTS.md).

The same columns and rules as the desk's loader (``services/residents.py``): header names
as the Dispendukcapil export spells them, ``,`` or ``;`` between columns, UTF-8 (a BOM is
fine), and a file with any wrong row is refused whole. The rules live in ``domain`` (NIK,
No. KK, region codes), so both ends check the same things.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from kelurahan_desk.domain.nik import InvalidKk, InvalidNik, parse_kk, parse_nik
from kelurahan_desk.domain.people import Sex
from kelurahan_desk.domain.regions import normalize_code

CSV_COLUMNS = (
    "nik", "no_kk", "nama_lengkap", "jenis_kelamin", "tempat_lahir", "tanggal_lahir",
    "alamat", "rt", "rw", "kode_kelurahan",
)
OPTIONAL_COLUMNS = ("agama",)
_DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y")
_SEX = {"l": Sex.MALE, "laki-laki": Sex.MALE, "lk": Sex.MALE,
        "p": Sex.FEMALE, "perempuan": Sex.FEMALE, "pr": Sex.FEMALE}
_MAX_PROBLEMS = 20


@dataclass(frozen=True)
class ResidentRow:
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


class ResidentFileRefused(ValueError):
    def __init__(self, problems: list[str], total: int) -> None:
        more = f" (dan {total - len(problems)} masalah lain)" if total > len(problems) else ""
        super().__init__("Berkas ditolak; daftar penduduk tidak diubah.\n"
                         + "\n".join(problems) + more)
        self.problems = problems


class _Bad(Exception):
    pass


def _text(value: str, longest: int) -> str:
    cleaned = " ".join(value.split())
    if not cleaned:
        raise _Bad("belum diisi")
    if len(cleaned) > longest:
        raise _Bad(f"paling panjang {longest} huruf")
    return cleaned


def _date(value: str, today: date) -> date:
    for pattern in _DATE_FORMATS:
        try:
            parsed = datetime.strptime(value.strip(), pattern).date()
        except ValueError:
            continue
        if parsed > today:
            raise _Bad(f"tanggal lahir {value} belum terjadi")
        return parsed
    raise _Bad(f"tanggal “{value}” tidak dikenal")


def _neighbourhood(value: str) -> str:
    if not re.fullmatch(r"[0-9]{1,3}", value.strip()) or int(value) == 0:
        raise _Bad(f"harus angka 1–999; yang diisi “{value}”")
    return f"{int(value):03d}"


def _row(raw: dict[str, str], today: date) -> ResidentRow:
    sex = _SEX.get(raw["jenis_kelamin"].strip().casefold())
    if sex is None:
        raise _Bad(f"kolom jenis_kelamin: harus L atau P; yang diisi “{raw['jenis_kelamin']}”")
    try:
        birth = _date(raw["tanggal_lahir"], today)
    except _Bad as bad:
        raise _Bad(f"kolom tanggal_lahir: {bad}") from None
    try:
        nik = parse_nik(raw["nik"], today, recorded_birth_date=birth, recorded_sex=sex).nik
    except InvalidNik as exc:
        raise _Bad(f"kolom nik: {exc}") from None
    try:
        kk = parse_kk(raw["no_kk"]).kk
    except InvalidKk as exc:
        raise _Bad(f"kolom no_kk: {exc}") from None
    try:
        code = normalize_code(raw["kode_kelurahan"]).replace(".", "")
    except ValueError:
        code = ""
    if len(code) != 10:
        raise _Bad(f"kolom kode_kelurahan: harus 10 angka; yang diisi “{raw['kode_kelurahan']}”")
    values = {}
    for column, longest in (("nama_lengkap", 100), ("tempat_lahir", 60), ("alamat", 200)):
        try:
            values[column] = _text(raw[column], longest)
        except _Bad as bad:
            raise _Bad(f"kolom {column}: {bad}") from None
    try:
        rt, rw = _neighbourhood(raw["rt"]), _neighbourhood(raw["rw"])
    except _Bad as bad:
        raise _Bad(f"kolom rt/rw: {bad}") from None
    religion = " ".join(raw.get("agama", "").split())[:40] or None
    return ResidentRow(nik, kk, values["nama_lengkap"], sex.value, values["tempat_lahir"],
                       birth.isoformat(), values["alamat"], rt, rw, code, religion)


def read_residents(path: Path, today: date | None = None) -> list[ResidentRow]:
    """Every row of the file, checked; raises ``ResidentFileRefused`` listing problems."""
    today = today or date.today()
    try:
        content = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ResidentFileRefused(["berkas bukan teks UTF-8 (simpan sebagai “CSV UTF-8”)"],
                                  1) from None
    first_line = content.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    header = [name.strip().casefold() for name in next(reader, [])]
    missing = [name for name in CSV_COLUMNS if name not in header]
    if missing:
        raise ResidentFileRefused([f"Baris 1: kolom {', '.join(missing)} tidak ada"], 1)
    rows: list[ResidentRow] = []
    problems: list[str] = []
    total = 0
    seen: dict[str, int] = {}
    for values in reader:
        if not any(v.strip() for v in values):
            continue
        line = reader.line_num
        problem = None
        if len(values) != len(header):
            problem = f"Baris {line}: ada {len(values)} kolom, seharusnya {len(header)}"
        else:
            try:
                row = _row(dict(zip(header, values, strict=True)), today)
            except _Bad as bad:
                problem = f"Baris {line}, {bad}"
            else:
                if row.nik in seen:
                    problem = f"Baris {line}: NIK ini sudah ada di baris {seen[row.nik]}"
                else:
                    seen[row.nik] = line
                    rows.append(row)
        if problem:
            total += 1
            if len(problems) < _MAX_PROBLEMS:
                problems.append(problem)
    if total:
        raise ResidentFileRefused(problems, total)
    if not rows:
        raise ResidentFileRefused(["berkas tidak berisi data penduduk"], 1)
    return rows
