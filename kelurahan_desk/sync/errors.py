"""Why a sync could not finish: one exception with a kind, a retry flag and a message.

The kind is for the program (the engine's schedule, the CLI's exit code, the status bar's
colour); the message is Indonesian, translatable by the UI (``domain.messages``).
"""

from __future__ import annotations

from enum import StrEnum

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message


class ProblemKind(StrEnum):
    NOT_CONFIGURED = "not_configured"  # no centre address or no office key
    UNREACHABLE = "unreachable"  # no answer, a reset, a timeout: retried
    SERVER = "server"  # 5xx from the centre: retried
    TLS = "tls"  # the centre's certificate is not trusted
    KEY_REFUSED = "key_refused"  # 401: the admin enters a new key
    WRONG_OFFICE = "wrong_office"  # 403: the key is another office's
    QUARANTINED = "quarantined"  # 409: the centre refuses pushes until it releases us
    PROTOCOL = "protocol"  # 404, 422, an answer that is not what v1 promises
    LOCAL = "local"  # the desk's own store stopped the sync


# Kinds that clear by themselves (the link comes back); the others need a person.
TRANSIENT = frozenset({ProblemKind.UNREACHABLE, ProblemKind.SERVER})


class SyncError(Exception):
    """A sync step failed; nothing of that step was marked locally."""

    def __init__(self, kind: ProblemKind, message: Message, status: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.status = status

    @property
    def transient(self) -> bool:
        return self.kind in TRANSIENT


class CursorGone(Exception):
    """409 ``cursor_gone``: push, then fetch ``stream`` from the start."""

    def __init__(self, stream: str, why: str) -> None:
        super().__init__(f"{stream}: {why}")
        self.stream = stream
        self.why = why


class TooLarge(Exception):
    """413: the push was over the centre's limits; send fewer ops (at most ``max_ops``,
    when the centre said how many it takes)."""

    def __init__(self, max_ops: int | None = None) -> None:
        super().__init__(max_ops)
        self.max_ops = max_ops


def not_configured() -> SyncError:
    return SyncError(ProblemKind.NOT_CONFIGURED, QT_TRANSLATE_NOOP(
        "sync", "Alamat pusat atau kunci kantor belum diatur (Pengaturan › Sinkronisasi, "
        "atau kelurahan-desk sync --configure).").format())


def unreachable(detail: str) -> SyncError:
    return SyncError(ProblemKind.UNREACHABLE, QT_TRANSLATE_NOOP(
        "sync", "Pusat tidak dapat dihubungi ({detail}); dicoba lagi nanti.").format(
        detail=detail))


def tls_refused(detail: str) -> SyncError:
    return SyncError(ProblemKind.TLS, QT_TRANSLATE_NOOP(
        "sync", "Sertifikat pusat tidak dipercaya ({detail}). Periksa alamat pusat dan "
        "berkas sertifikat (CA) di pengaturan sinkronisasi.").format(detail=detail))


def refused(status: int, code: str | None, message: str | None) -> SyncError:
    """An error answer of the centre, as the status code and its ``ErrorBody`` say."""
    said = message or "-"
    if status == 401:
        return SyncError(ProblemKind.KEY_REFUSED, QT_TRANSLATE_NOOP(
            "sync", "Kunci kantor ditolak pusat: {message} Admin perlu memasukkan kunci "
            "baru.").format(message=said), status)
    if status == 403:
        return SyncError(ProblemKind.WRONG_OFFICE, QT_TRANSLATE_NOOP(
            "sync", "Pusat menolak data kantor ini: {message} Periksa kode kantor dan "
            "kuncinya.").format(message=said), status)
    if status == 409 and code == "quarantined":
        return SyncError(ProblemKind.QUARANTINED, QT_TRANSLATE_NOOP(
            "sync", "Kantor ini dikarantina pusat; pengiriman data dihentikan sampai pusat "
            "memeriksanya. Alasan: {message}").format(message=said), status)
    if status >= 500:
        return SyncError(ProblemKind.SERVER, QT_TRANSLATE_NOOP(
            "sync", "Pusat sedang bermasalah ({status}: {message}); dicoba lagi nanti.").format(
            status=status, message=said), status)
    return SyncError(ProblemKind.PROTOCOL, QT_TRANSLATE_NOOP(
        "sync", "Pusat tidak menerima permintaan loket ({status} {code}: {message}). "
        "Laporkan ke pengelola program.").format(status=status, code=code or "-",
                                                  message=said), status)


def bad_answer(detail: str) -> SyncError:
    return SyncError(ProblemKind.PROTOCOL, QT_TRANSLATE_NOOP(
        "sync", "Jawaban pusat tidak sesuai protokol ({detail}). Laporkan ke pengelola "
        "program.").format(detail=detail))
