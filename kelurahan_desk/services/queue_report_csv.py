"""The queue report's CSV export: one row per visit, for Excel in an Indonesian locale."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from zoneinfo import ZoneInfo

from kelurahan_desk.domain.queue_metrics import FLAG_LABELS, assess
from kelurahan_desk.services.queue_report import QueueReport

# Semicolons, because Excel in an Indonesian locale reads "," as the decimal comma and ";"
# as the list separator; decimals are written with a comma for the same reason. The BOM
# makes Excel read the file as UTF-8 (names may carry letters beyond ASCII).
CSV_DELIMITER = ";"
CSV_ENCODING = "utf-8-sig"
CSV_HEADER = (
    "Tanggal", "Nomor", "Layanan", "Prioritas", "Ambil nomor", "Dipanggil", "Selesai",
    "Hasil", "Loket", "Petugas", "Tunggu (menit)", "Layanan (menit)", "Dialihkan",
    "Ditandai",
)


def _minutes(seconds: int | None) -> str:
    return "" if seconds is None else f"{seconds / 60:.2f}".replace(".", ",")


def export_csv(report: QueueReport) -> str:
    """One row per visit: local times, computed minutes, lokets and operators, any flag.

    ``;``-separated with decimal commas and CRLF line ends (Excel, Indonesian locale); save
    it with ``CSV_ENCODING``. Columns: ``CSV_HEADER``. Times are office-local.
    """
    zone = ZoneInfo(report.timezone)
    flags = {f.ticket_id: FLAG_LABELS[f.reason] for f in report.flagged}
    lokets: dict[str, list[str]] = {}
    people: dict[str, list[str]] = {}
    handed_on: set[str] = set()
    for s in sorted(report.stretches, key=lambda s: s.called_at):
        where = lokets.setdefault(s.ticket_id, [])
        if not where or where[-1] != s.counter_name:
            where.append(s.counter_name)
        who = people.setdefault(s.ticket_id, [])
        if not who or who[-1] != s.operator_name:
            who.append(s.operator_name)
        if s.end == "dialihkan":
            handed_on.add(s.ticket_id)

    def local(moment: float | None) -> str:
        if moment is None:
            return ""
        return f"{datetime.fromtimestamp(moment, zone):%Y-%m-%d %H:%M:%S}"

    out = io.StringIO()
    writer = csv.writer(out, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for v in report.visits:
        _, waiting, service = assess(v)
        flag = flags.get(v.ticket_id)
        if flag is not None:
            waiting = service = None
        writer.writerow((
            v.service_day, v.code, v.service_name, v.priority or "", local(v.issued_at),
            local(v.first_called_at), local(v.finished_at), v.outcome or "",
            " → ".join(lokets.get(v.ticket_id, ())), " → ".join(people.get(v.ticket_id, ())),
            _minutes(waiting), _minutes(service), "ya" if v.ticket_id in handed_on else "",
            str(flag) if flag is not None else "",
        ))
    return out.getvalue()
