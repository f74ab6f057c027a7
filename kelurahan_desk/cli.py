"""Command line: open the desk, or verify, back up and restore its store."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from platformdirs import user_data_path

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message
from kelurahan_desk.version import app_version

if TYPE_CHECKING:
    from kelurahan_desk.store.database import Store

APP_DIR = "kelurahan-desk"

# Exit codes (ATTENTION: ``sync`` finished, but the centre rejected ops a person must see)
OK, PROBLEM, USAGE, ATTENTION = 0, 1, 2, 3


def default_data_dir(demo: bool, demo_office: str | None = None) -> Path:
    """The platform's user data folder; the demo office lives in a folder of its own, and
    a demo of another kelurahan (``--office``) in one named after its code."""
    folder = "office" if not demo else f"demo-{demo_office}" if demo_office else "demo"
    return user_data_path(APP_DIR, appauthor=False) / folder


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        text = QT_TRANSLATE_NOOP("cli", "kelurahan-desk: perintah tidak dipahami: {detail}")
        _say(text.format(detail=message), sys.stderr)
        sys.exit(USAGE)


class _VersionAction(argparse.Action):
    """``--version``: looked up only when asked (the lookup reads package metadata, ~25 ms
    that every start would pay before its first window)."""

    def __init__(self, option_strings: Sequence[str], dest: str) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="tampilkan versi program lalu keluar")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> NoReturn:
        print(f"{parser.prog} {app_version()}")
        parser.exit()


def _common(parser: argparse.ArgumentParser, top: bool) -> None:
    # On subcommands the defaults are suppressed so they never overwrite the top level's.
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--demo", action="store_true", default=False if top else default,
                        help="buka kantor demo (Kelurahan Pohsangit Kidul) di foldernya sendiri")
    parser.add_argument("--data-dir", type=Path, default=default, metavar="FOLDER",
                        help="folder penyimpanan data kantor (bawaan: folder data pengguna)")
    parser.add_argument("--office", metavar="CODE", default=default,
                        help="dengan --demo: kantor demo kelurahan lain di Kota Probolinggo "
                             "(kode Kemendagri, mis. 35.74.02.1002), di foldernya sendiri")
    parser.add_argument("--lang", choices=("id", "en"), default="id" if top else default,
                        help="bahasa tampilan: id (Indonesia, bawaan) atau en (English)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kelurahan-desk",
        description="Kelurahan Desk: layanan loket kelurahan (antrean, akta, KTP-el).",
    )
    parser.add_argument("--version", action=_VersionAction)
    _common(parser, top=True)
    parser.add_argument("--screenshots", type=Path, metavar="FOLDER",
                        help="simpan gambar setiap halaman setiap peran ke FOLDER, lalu keluar")
    windows = parser.add_mutually_exclusive_group()
    windows.add_argument("--kiosk", action="store_true",
                         help="buka kios antrean (layar sentuh di pintu masuk)")
    windows.add_argument("--display", action="store_true",
                         help="buka layar panggilan (TV ruang tunggu)")
    windows.add_argument("--inspect", action="store_true",
                         help="buka konsol sidak (inspektur): layar setiap loket, hanya-baca "
                              "dan tercatat")
    parser.add_argument("--screen", type=int, metavar="N",
                        help="layar ke-N (mulai 0) untuk kios atau layar panggilan")
    printers = parser.add_mutually_exclusive_group()
    printers.add_argument("--printer", metavar="NAME",
                          help="printer karcis untuk kios (bawaan: printer utama sistem)")
    printers.add_argument("--escpos", metavar="TARGET",
                          help="ESC/POS langsung, untuk printer karcis tanpa driver: jalur "
                               "perangkat atau berkas (mis. /dev/usb/lp0), atau antrean CUPS "
                               "mentah sebagai lp:NAMA")
    parser.add_argument("--bench-ready", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--bench-typing", type=float, default=0.0, metavar="SECONDS",
                        help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH", parser_class=_Parser)
    verify = commands.add_parser("verify", help="periksa penyimpanan dan jejak audit")
    backup = commands.add_parser("backup", help="buat cadangan penyimpanan sekarang")
    restore = commands.add_parser("restore", help="pulihkan penyimpanan dari berkas cadangan")
    restore.add_argument("file", type=Path, metavar="FILE", help="berkas cadangan (.sqlite)")
    sync = commands.add_parser("sync", help="sinkronkan dengan pusat sekali (atau atur pusat)")
    sync.add_argument("--configure", metavar="URL",
                      help="atur alamat pusat; kunci kantor dibaca dari masukan standar")
    sync.add_argument("--ca-file", type=Path, metavar="FILE",
                      help="sertifikat (PEM) yang dipercaya untuk pusat bersertifikat sendiri")
    diagnostics = commands.add_parser(
        "diagnostics", help="simpan berkas diagnosis (zip) untuk layanan bantuan Dispendukcapil")
    diagnostics.add_argument("out", type=Path, metavar="OUT.zip", help="berkas zip yang dibuat")
    for sub in (verify, backup, restore, sync, diagnostics):
        _common(sub, top=False)
    return parser



def _say(message: Message | str, stream: TextIO | None = None) -> None:
    from kelurahan_desk.ui.i18n import translated

    print(translated(message), file=stream or sys.stdout)


def _install_cli_language(lang: str) -> None:
    if lang == "id":
        return
    from PySide6.QtCore import QCoreApplication

    from kelurahan_desk.ui.i18n import install_translator

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    install_translator(app, lang)


def _start_log(args: argparse.Namespace, data_dir: Path) -> None:
    """The log file of this run (kelurahan_desk/logs.py): one per kind of window."""
    from kelurahan_desk import logs

    if args.command is not None:
        if data_dir.is_dir():  # a command never makes a data folder just for its log
            logs.setup_logging(data_dir, "command")
        return
    if args.screenshots is not None:
        # Pictures for the docs touch no office: a log only where --data-dir says.
        if args.data_dir is not None:
            logs.setup_logging(args.data_dir, "screenshots")
    else:
        logs.setup_logging(data_dir, "kiosk" if args.kiosk else "display" if args.display
                           else "inspect" if args.inspect else "desk")
    logs.route_qt_messages()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    demo_office = _demo_office(parser, args)
    data_dir: Path = args.data_dir or default_data_dir(args.demo, demo_office)
    _start_log(args, data_dir)
    if args.command is None and args.screenshots is None:
        from kelurahan_desk.app import DeskOptions, run_desk

        window = ("kiosk" if args.kiosk else "display" if args.display
                  else "inspect" if args.inspect else "desk")
        return run_desk(DeskOptions(data_dir, args.demo, args.lang, args.bench_ready, window,
                                    args.screen, args.printer, args.escpos, demo_office,
                                    args.bench_typing))
    if args.screenshots is not None:
        from kelurahan_desk.ui.screenshots import take_screenshots

        # It makes the QApplication (with the translator) itself; a QCoreApplication
        # made first for the messages would stand in its way.
        taken = take_screenshots(args.screenshots, args.lang)
        _say(QT_TRANSLATE_NOOP("cli", "{count} gambar disimpan di {folder}").format(
            count=len(taken), folder=args.screenshots))
        return OK
    _install_cli_language(args.lang)
    return _run_command(args.command, data_dir, args)


def _demo_office(parser: argparse.ArgumentParser, args: argparse.Namespace) -> str | None:
    """The 10-digit code of ``--office`` (checked), or None without it."""
    if args.office is None:
        return None
    if not args.demo:
        parser.error("--office hanya bersama --demo")
    from kelurahan_desk.services.demo import demo_office_problem

    problem = demo_office_problem(args.office)
    if problem is not None:
        parser.error(problem)
    return "".join(ch for ch in args.office if ch.isdigit())


def _run_command(command: str, data_dir: Path, args: argparse.Namespace) -> int:
    from kelurahan_desk.services import maintenance
    from kelurahan_desk.services.errors import ServiceError
    from kelurahan_desk.store.database import STORE_FILE, Store, StoreDamaged

    if command == "diagnostics":
        return _diagnostics(data_dir, args.out)
    if command != "restore" and not (data_dir / STORE_FILE).exists():
        _say(QT_TRANSLATE_NOOP("cli", "Tidak ada penyimpanan di {folder}.").format(
            folder=data_dir), sys.stderr)
        return PROBLEM
    if command == "verify":
        verdict = maintenance.verify(data_dir)
        if verdict.ok:
            _say(QT_TRANSLATE_NOOP(
                "cli", "Penyimpanan utuh: {count} peristiwa audit, rantai tidak terputus."
            ).format(count=verdict.events))
            return OK
        for problem in verdict.problems:
            _say(problem, sys.stderr)
        return PROBLEM
    if command == "sync":
        return _sync(data_dir, args)
    if command == "backup":
        try:
            store = Store.open(data_dir)
        except StoreDamaged as damage:
            for problem in damage.problems:
                _say(problem, sys.stderr)
            return PROBLEM
        try:
            made = maintenance.backup_now(store)
        finally:
            store.close()
        _say(QT_TRANSLATE_NOOP("cli", "Cadangan dibuat: {path}").format(path=made.path))
        return OK
    # restore
    source: Path = args.file
    if not source.is_file():
        _say(QT_TRANSLATE_NOOP("cli", "Berkas {path} tidak ada.").format(path=source),
             sys.stderr)
        return USAGE
    try:
        saved = maintenance.restore(data_dir, source)
    except ServiceError as exc:
        _say(exc.message, sys.stderr)
        return PROBLEM
    if saved is not None:
        _say(QT_TRANSLATE_NOOP("cli", "Penyimpanan lama disimpan sebagai {path}").format(
            path=saved.path))
    _say(QT_TRANSLATE_NOOP("cli", "Penyimpanan dipulihkan dari {path}").format(path=source))
    return OK


def _diagnostics(data_dir: Path, out: Path) -> int:
    """The help desk's bundle, also when the store is missing or damaged (it says so)."""
    from kelurahan_desk.diagnostics import write_diagnostics

    try:
        made = write_diagnostics(out, data_dir, "command")
    except OSError as exc:
        _say(QT_TRANSLATE_NOOP("cli", "Berkas diagnosis tidak dapat disimpan: {reason}").format(
            reason=exc), sys.stderr)
        return PROBLEM
    _say(QT_TRANSLATE_NOOP("cli", "Berkas diagnosis disimpan: {path}").format(path=made))
    return OK


def _read_key() -> str | None:
    """The office key from standard input (never argv: it would land in shell history)."""
    if sys.stdin.isatty():
        import getpass

        from kelurahan_desk.ui.i18n import translated

        typed = getpass.getpass(translated(QT_TRANSLATE_NOOP(
            "cli", "Kunci kantor (kosongkan untuk tetap memakai kunci yang tersimpan): ")))
    else:
        typed = sys.stdin.readline()
    return typed.strip() or None


def _sync(data_dir: Path, args: argparse.Namespace) -> int:
    from kelurahan_desk.services.errors import InvalidInput, ServiceError
    from kelurahan_desk.store.database import Store, StoreDamaged

    try:
        store = Store.open(data_dir)
    except StoreDamaged as damage:
        for problem in damage.problems:
            _say(problem, sys.stderr)
        return PROBLEM
    try:
        if args.configure is not None:
            return _configure_sync(store, args.configure, args.ca_file)
        from kelurahan_desk.sync.engine import SyncEngine

        report = SyncEngine(store).run_once()
    except InvalidInput as refusal:
        for message in refusal.fields.values():
            _say(message, sys.stderr)
        return PROBLEM
    except ServiceError as refusal:
        _say(refusal.message, sys.stderr)
        return PROBLEM
    finally:
        store.close()
    pulled = report.pull.streams
    _say(QT_TRANSLATE_NOOP(
        "cli", "Terkirim {sent} catatan ({duplicates} sudah diterima sebelumnya), ditolak "
        "{rejected}; diterima dari pusat: {requests} status permohonan, {accounts} akun, "
        "{stock} blanko dialokasikan, {residents} data penduduk.").format(
        sent=report.push.acked, duplicates=report.push.duplicates,
        rejected=report.push.rejected,
        requests=pulled["requests"].changed if "requests" in pulled else 0,
        accounts=pulled["accounts"].changed if "accounts" in pulled else 0,
        stock=pulled["stock"].changed if "stock" in pulled else 0,
        residents=pulled["residents"].items if "residents" in pulled else 0))
    if report.problem is not None:
        _say(report.problem.message, sys.stderr)
        return PROBLEM
    status = report.status
    if status is not None and status.needs_attention:
        _say(QT_TRANSLATE_NOOP(
            "cli", "{count} catatan ditolak pusat dan perlu perhatian (lihat “Perlu "
            "perhatian” di status bar).").format(count=status.needs_attention), sys.stderr)
        return ATTENTION
    if status is not None and status.pending:
        _say(QT_TRANSLATE_NOOP(
            "cli", "{count} catatan masih menunggu dikirim.").format(count=status.pending),
            sys.stderr)
        return PROBLEM
    _say(QT_TRANSLATE_NOOP("cli", "Sinkronisasi selesai: semua catatan sudah diterima pusat."))
    return OK


def _configure_sync(store: Store, url: str, ca_file: Path | None) -> int:
    from kelurahan_desk.sync import credentials
    from kelurahan_desk.sync.settings import configure

    key = _read_key()
    config = configure(store, None, url, key, ca_file)
    _say(QT_TRANSLATE_NOOP("cli", "Pusat diatur: {url}; kunci kantor disimpan di {where}.")
         .format(url=config.central_url, where=credentials.key_location(store.data_dir)))
    return OK
