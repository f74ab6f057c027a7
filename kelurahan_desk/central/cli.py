"""``kelurahan-central``: set up and serve the centre, and do the centre's own work.

Every command takes ``--database-url`` (or ``$KELURAHAN_CENTRAL_DB``; default a SQLite
file in the user's data folder) and brings the database to the newest migration first.
Exit codes: 0 done, 1 refused (the reason on stderr), 2 not understood.
"""

from __future__ import annotations

import argparse
import getpass
import json
import socket
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from sqlalchemy import Engine

from kelurahan_desk.central import admin
from kelurahan_desk.central.database import default_database_url, migrate, open_engine

OK, REFUSED, USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print(f"kelurahan-central: perintah tidak dipahami: {message}", file=sys.stderr)
        sys.exit(USAGE)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"tanggal {text!r} bukan TTTT-BB-HH") from None


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--database-url", default=argparse.SUPPRESS, metavar="URL",
                        help="sqlite:///FILE atau postgresql://USER:PASS@HOST/DB "
                             "(bawaan: $KELURAHAN_CENTRAL_DB, lalu berkas SQLite)")
    parser = _Parser(prog="kelurahan-central", parents=[common],
                     description="Layanan pusat Kelurahan Desk (Dispendukcapil).")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    commands.add_parser("init", parents=[common], help="buat atau perbarui basis data")
    serve = commands.add_parser("serve", parents=[common], help="jalankan layanan HTTP(S)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000, help="0: port bebas (dicetak)")
    serve.add_argument("--certfile", type=Path, help="sertifikat TLS (PEM); dengan --keyfile")
    serve.add_argument("--keyfile", type=Path, help="kunci privat TLS (PEM)")
    commands.add_parser("openapi", parents=[common], help="cetak dokumen OpenAPI (JSON)")

    office = commands.add_parser("office", parents=[common], help="kantor dan kuncinya")
    office_cmds = office.add_subparsers(dest="action", required=True, parser_class=_Parser)
    add = office_cmds.add_parser("add", parents=[common], help="daftarkan kantor; cetak kunci")
    add.add_argument("code")
    add.add_argument("name")
    add.add_argument("--timezone", default="Asia/Jakarta")
    for name, text in (("key", "kunci baru untuk kantor"), ("revoke", "cabut semua kunci"),
                       ("release", "lepaskan karantina")):
        office_cmds.add_parser(name, parents=[common], help=text).add_argument("code")
    office_cmds.add_parser("list", parents=[common], help="daftar kantor")

    requests = commands.add_parser("requests", parents=[common], help="permohonan akta")
    request_cmds = requests.add_subparsers(dest="action", required=True, parser_class=_Parser)
    listing = request_cmds.add_parser("list", parents=[common])
    listing.add_argument("--office")
    listing.add_argument("--status")
    advance = request_cmds.add_parser("advance", parents=[common], help="ubah status")
    advance.add_argument("tracking")
    advance.add_argument("status", help="sent | verified | returned | issued | ready")
    detail = advance.add_mutually_exclusive_group()
    detail.add_argument("--akta-number")
    detail.add_argument("--reason")

    stock = commands.add_parser("stock", parents=[common], help="blanko KTP-el")
    stock_cmds = stock.add_subparsers(dest="action", required=True, parser_class=_Parser)
    allocate = stock_cmds.add_parser("allocate", parents=[common])
    allocate.add_argument("office")
    allocate.add_argument("--serials", nargs="+", required=True)
    allocate.add_argument("--batch")

    accounts = commands.add_parser("accounts", parents=[common], help="akun petugas")
    account_cmds = accounts.add_subparsers(dest="action", required=True, parser_class=_Parser)
    new = account_cmds.add_parser("add", parents=[common])
    for name in ("office", "username", "full_name", "role"):
        new.add_argument(name)
    for name in ("activate", "deactivate"):
        one = account_cmds.add_parser(name, parents=[common])
        one.add_argument("office")
        one.add_argument("username")

    residents = commands.add_parser("residents", parents=[common], help="daftar penduduk")
    resident_cmds = residents.add_subparsers(dest="action", required=True, parser_class=_Parser)
    load = resident_cmds.add_parser("load", parents=[common])
    load.add_argument("file", type=Path)
    load.add_argument("--replace", action="store_true",
                      help="yang tidak ada di berkas dihapus dari daftar")
    resident_cmds.add_parser("purge-removed", parents=[common])

    report = commands.add_parser("report", parents=[common], help="laporan se-kota")
    report_cmds = report.add_subparsers(dest="action", required=True, parser_class=_Parser)
    times = report_cmds.add_parser("queue-times", parents=[common])
    times.add_argument("--from", dest="day_from", type=_day)
    times.add_argument("--to", dest="day_to", type=_day)
    return parser


def _listening_socket(host: str, port: int) -> socket.socket:
    """The serve command's socket, bound here so that --port 0 can say which port it got.

    Made with ``IPPROTO_TCP``, not the default 0: asyncio sets ``TCP_NODELAY`` on an
    accepted connection only when the socket's ``proto`` says TCP (and an accepted socket
    takes the listener's). Without it every answer (headers and body, two writes) waited
    for the desk's delayed ACK: measured ~40 ms a request on loopback.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Also on the listener: Linux hands it on to accepted connections, so it holds even
    # under an event loop that does not look at ``proto``.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    return sock


def _serve(url: str, args: argparse.Namespace) -> int:
    import uvicorn

    from kelurahan_desk.central.app import create_app

    if (args.certfile is None) != (args.keyfile is None):
        print("kelurahan-central: --certfile dan --keyfile diberikan bersama", file=sys.stderr)
        return USAGE
    app = create_app(url)
    sock = _listening_socket(args.host, args.port)
    port = sock.getsockname()[1]
    scheme = "https" if args.certfile else "http"
    config = uvicorn.Config(
        app, host=args.host, port=port, log_level="warning",
        ssl_certfile=str(args.certfile) if args.certfile else None,
        ssl_keyfile=str(args.keyfile) if args.keyfile else None,
    )
    print(f"kelurahan-central: listening on {scheme}://{args.host}:{port}", flush=True)
    uvicorn.Server(config).run(sockets=[sock])
    return OK


def run(args: argparse.Namespace) -> int:
    url = getattr(args, "database_url", None) or default_database_url()
    if args.command == "serve":
        return _serve(url, args)
    engine = open_engine(url)
    migrate(engine)
    if args.command == "init":
        print(f"basis data siap: {engine.url.render_as_string(hide_password=True)}")
    elif args.command == "openapi":
        from kelurahan_desk.central.app import create_app

        print(json.dumps(create_app(engine=engine, run_migrations=False).openapi(), indent=1))
    elif args.command == "office":
        _office(engine, args)
    elif args.command == "requests":
        _requests(engine, args)
    elif args.command == "stock":
        count = admin.allocate_stock(engine, args.office, args.serials, args.batch)
        print(f"{count} blanko dialokasikan ke {admin.office_code(args.office)}")
    elif args.command == "accounts":
        if args.action == "add":
            admin.add_account(engine, args.office, args.username, args.full_name, args.role)
            print(f"akun {args.username} dibuat; kata sandi pertamanya diatur admin kantor "
                  f"di loket (Atur ulang kata sandi)")
        else:
            admin.set_account_active(engine, args.office, args.username,
                                     args.action == "activate")
    elif args.command == "residents":
        _residents(engine, args)
    elif args.command == "report":
        from kelurahan_desk.central.report import format_table, queue_times

        print(format_table(queue_times(engine, args.day_from, args.day_to)))
    return OK


def _office(engine: Engine, args: argparse.Namespace) -> None:
    if args.action in ("add", "key"):
        key = (admin.add_office(engine, args.code, args.name, args.timezone)
               if args.action == "add" else admin.issue_key(engine, args.code))
        print("Kunci kantor (hanya ditampilkan sekali; simpan di pengaturan loket):",
              file=sys.stderr)
        print(key)
    elif args.action == "revoke":
        print(f"{admin.revoke_keys(engine, args.code)} kunci dicabut")
    elif args.action == "release":
        reason = admin.release_quarantine(engine, args.code)
        print("karantina dilepas" + (f" (alasannya: {reason})" if reason else
                                     ": kantor ini tidak dikarantina"))
    else:
        for o in admin.list_offices(engine):
            pushed = o.last_push_at.isoformat() if o.last_push_at else "-"
            print("\t".join((o.code, o.name, str(o.head_seq), pushed, str(o.valid_keys),
                             o.quarantine or "", o.last_device or "-",
                             o.last_app_version or "-")))


def _requests(engine: Engine, args: argparse.Namespace) -> None:
    if args.action == "list":
        for r in admin.list_requests(engine, args.office, args.status):
            print("\t".join((r.tracking_number, r.office, r.kind, r.status,
                             r.akta_number or "", r.updated_at.isoformat())))
        return
    row = admin.advance_request(engine, args.tracking, args.status,
                                akta_number=args.akta_number, reason=args.reason,
                                by=getpass.getuser())
    print(f"{row.tracking_number}: {row.status}")


def _residents(engine: Engine, args: argparse.Namespace) -> None:
    from kelurahan_desk.central.residents_csv import read_residents

    if args.action == "purge-removed":
        print(f"{admin.purge_removed_residents(engine)} penduduk terhapus dibuang")
        return
    if not args.file.is_file():
        raise admin.AdminError(f"Berkas {args.file} tidak ada.")
    counts = admin.load_residents(engine, read_residents(args.file), args.replace)
    print(f"baru {counts.added}, berubah {counts.changed}, tetap {counts.unchanged}, "
          f"dihapus {counts.removed}")


def main(argv: Sequence[str] | None = None) -> int:
    from kelurahan_desk.central.residents_csv import ResidentFileRefused

    args = build_parser().parse_args(argv)
    try:
        return run(args)
    except (admin.AdminError, ResidentFileRefused) as refusal:
        print(f"kelurahan-central: {refusal}", file=sys.stderr)
        return REFUSED


if __name__ == "__main__":
    sys.exit(main())
