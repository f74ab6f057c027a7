"""The log file in the data folder: rotating, and with no personal data in it (UU PDP).

Each kind of window writes a file of its own (``logs/desk.log``, ``logs/kiosk.log``, …):
the desk, the kiosk and the display board often run as separate processes on one PC, and
two processes rotating one file trip over each other (Windows refuses to rename a file
another process holds open).

What goes in: the start (versions, platform, which window), every audited action by its
name and the signed-in role (never who, never which record), what the program used to
print on stderr (a failed sync or backup), Qt's warnings, Python warnings and unexpected
exceptions with their tracebacks. What never goes in, whatever a caller logs: a 16-digit
number (NIK, No. KK, also written with spaces or dots), an office key or bearer token, the
values bound to an SQL statement or given to a pydantic model (they are people's data),
a password in a URL, and the user's home folder (a Windows account is often a person's
name). ``PersonalDataFilter`` applies these to every record the file receives.
"""

from __future__ import annotations

import copy
import logging
import logging.handlers
import re
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

LOG_DIR = "logs"
MAX_BYTES = 1_000_000  # per file; with BACKUP_COUNT older files, at most ~5 MB per window
BACKUP_COUNT = 4
FORMAT = "%(asctime)s %(levelname)s [%(process)d %(threadName)s] %(name)s: %(message)s"
MASK = "[disamarkan]"

log = logging.getLogger("kelurahan_desk")

# 16 digits or more, alone or grouped by single spaces, dots or dashes: a NIK, a No. KK.
_LONG_NUMBER = re.compile(r"(?<![0-9])[0-9](?:[ .\-]?[0-9]){15,}(?![0-9])")
_OFFICE_KEY = re.compile(r"kdc1_[A-Za-z0-9_\-]+")
_BEARER = re.compile(r"(?i)\b(bearer\s+)[^\s'\"]+")
# SQLAlchemy's "[parameters: (...)]" line; pydantic's "input_value=..., input_type=".
_SQL_PARAMETERS = re.compile(r"\[parameters: [^\n]*")
_INPUT_VALUE = re.compile(r"input_value=.*?(?=, input_type=|\]?$)", re.MULTILINE)
_URL_PASSWORD = re.compile(r"(?<=://)[^/@\s:]*:[^/@\s]*@")


def _home_pattern() -> re.Pattern[str] | None:
    home = str(Path.home())
    if len(home) < 2:  # "/" as home (a service account): nothing to hide
        return None
    flags = re.IGNORECASE if sys.platform == "win32" else 0
    return re.compile(re.escape(home) + r"(?=[\\/]|$|[\s'\"])", flags)


_HOME = _home_pattern()


def redact(text: str) -> str:
    """``text`` without personal data or secrets (see the module's docstring)."""
    text = _SQL_PARAMETERS.sub(f"[parameters: {MASK}]", text)
    text = _INPUT_VALUE.sub(f"input_value={MASK}", text)
    text = _OFFICE_KEY.sub(f"kdc1_{MASK}", text)
    text = _BEARER.sub(lambda m: m[1] + MASK, text)
    text = _URL_PASSWORD.sub(f"{MASK}@", text)
    text = _LONG_NUMBER.sub(MASK, text)
    if _HOME is not None:
        text = _HOME.sub("~", text)
    return text


class PersonalDataFilter(logging.Filter):
    """Hands the handler a copy of each record with its whole text redacted.

    The traceback is formatted here, so that its exception messages (which may quote a
    NIK or an SQL statement's values) are redacted too.
    """

    def filter(self, record: logging.LogRecord) -> logging.LogRecord:
        text = record.getMessage()
        if record.exc_info and record.exc_info[0] is not None:
            text += "\n" + "".join(traceback.format_exception(*record.exc_info)).rstrip()
        elif record.exc_text:
            text += "\n" + record.exc_text
        if record.stack_info:
            text += "\n" + record.stack_info
        clean = copy.copy(record)
        clean.msg, clean.args = redact(text), None
        clean.exc_info, clean.exc_text, clean.stack_info = None, None, None
        return clean


class _StderrToLog:
    """Stands in for ``sys.stderr``: writes through, and logs each whole line.

    Parts of the program report a failed sync or backup with ``print(..., file=
    sys.stderr)``; on a counter PC nobody reads a console (a Windows bundle has none), so
    the lines go to the log too.
    """

    def __init__(self, original: TextIO | None) -> None:
        self.original = original
        self._pending = threading.local()
        self._logger = logging.getLogger("kelurahan_desk.stderr")

    def write(self, text: str) -> int:
        if self.original is not None:
            self.original.write(text)
        if getattr(self._pending, "busy", False):  # logging itself reporting on stderr
            return len(text)
        buffered: str = getattr(self._pending, "text", "") + text
        *lines, rest = buffered.split("\n")
        self._pending.text = rest
        self._pending.busy = True
        try:
            for line in lines:
                if line.strip():
                    self._logger.warning("%s", line)
        finally:
            self._pending.busy = False
        return len(text)

    def flush(self) -> None:
        if self.original is not None:
            self.original.flush()

    def isatty(self) -> bool:
        return self.original is not None and self.original.isatty()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.original, name)


def log_file(data_dir: Path, window: str) -> Path:
    return data_dir / LOG_DIR / f"{window}.log"


def setup_logging(data_dir: Path, window: str) -> Path:
    """Send the program's log to ``data_dir/logs/<window>.log``; return that path.

    Called once at start by the command line (again replaces the file it writes to).
    """
    path = log_file(data_dir, window)
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(PersonalDataFilter())
    handler.set_name("kelurahan-desk-file")
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == handler.get_name()]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.captureWarnings(True)
    if not isinstance(sys.stderr, _StderrToLog):
        sys.stderr = _StderrToLog(sys.stderr)
    sys.excepthook = report_exception
    threading.excepthook = _log_thread_exception
    _log_audited_actions()
    from kelurahan_desk.version import app_version

    log.info("kelurahan-desk %s (%s) started, Python %s, %s", app_version(), window,
             sys.version.split()[0], _platform())
    return path


def stop_logging() -> None:
    """Undo ``setup_logging`` (for tests that set it up in their own process)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.get_name() == "kelurahan-desk-file"]:
        root.removeHandler(handler)
        handler.close()
    if isinstance(sys.stderr, _StderrToLog):
        sys.stderr = sys.stderr.original
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    logging.captureWarnings(False)


def _platform() -> str:
    import platform

    return f"{platform.system()} {platform.release()} {platform.machine()}"


def _console() -> TextIO | None:
    """The real stderr (None in a Windows bundle without a console)."""
    return sys.stderr.original if isinstance(sys.stderr, _StderrToLog) else sys.stderr


def report_exception(exc_type: type[BaseException], exc: BaseException,
                     tb: TracebackType | None) -> None:
    """An exception nobody caught: into the log, and its traceback on the console."""
    if not issubclass(exc_type, KeyboardInterrupt):
        log.critical("unexpected exception", exc_info=(exc_type, exc, tb))
    console = _console()
    if console is not None:
        traceback.print_exception(exc_type, exc, tb, file=console)


def _log_thread_exception(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is not SystemExit and args.exc_value is not None:
        report_exception(args.exc_type, args.exc_value, args.exc_traceback)


def route_qt_messages() -> None:
    """Qt's own warnings into the log (and, as before, on stderr)."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        console = _console()
        if console is not None:
            print(message, file=console)
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


# --- audited actions --------------------------------------------------------------------

_audit_listening = False


def _log_audited_actions() -> None:
    """Log every committed audit event by number, action, record type and role.

    The trail says what the program did just before a failure, without the actor's name,
    the record's id or what changed (the store keeps those; the log leaves the office).
    """
    global _audit_listening
    if _audit_listening:
        return
    from kelurahan_desk.store.commit_notes import EventNote, on_commit

    audit_log = logging.getLogger("kelurahan_desk.audit")

    def committed(events: list[EventNote]) -> None:
        for seq, action, record_type, role in events:
            audit_log.info("#%s %s %s (%s)", seq, action, record_type, role)

    on_commit(committed)
    _audit_listening = True
