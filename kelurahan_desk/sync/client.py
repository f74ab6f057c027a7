"""HTTP(S) to the centre with the office key: one kept-alive connection, timeouts, TLS.

The standard library's ``http.client`` is enough (two endpoints, JSON bodies) and keeps the
desk free of another network stack. A kept-alive connection that the centre closed while
idle is opened again once; retrying is safe because pushes are answered ``duplicate`` on a
replay and pulls only read.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import socket
import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from pydantic import ValidationError

from kelurahan_desk import __version__
from kelurahan_desk.sync import wire
from kelurahan_desk.sync.errors import (
    CursorGone,
    SyncError,
    TooLarge,
    bad_answer,
    refused,
    tls_refused,
    unreachable,
)

DEFAULT_TIMEOUT = 60.0  # seconds per request: a 500-op push into a busy centre takes a while


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes


def _stale(exc: BaseException) -> bool:
    """The kept-alive connection was closed by the other end before it answered."""
    return isinstance(exc, (http.client.RemoteDisconnected, BrokenPipeError,
                            ConnectionResetError, http.client.CannotSendRequest))


class CentralClient:
    """Talks to one centre (``base_url`` like ``https://pusat.example:8443``) as one office."""

    def __init__(self, base_url: str, key: str, *, ca_file: Path | None = None,
                 timeout: float = DEFAULT_TIMEOUT) -> None:
        parts = urlsplit(base_url.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {base_url!r}")
        self.base_url = base_url.strip().rstrip("/")
        self._https = parts.scheme == "https"
        self._host = parts.hostname
        self._port = parts.port
        self._prefix = parts.path.rstrip("/")
        self._key = key
        self._timeout = timeout
        self._context: ssl.SSLContext | None = None
        if self._https:
            self._context = ssl.create_default_context(
                cafile=str(ca_file) if ca_file is not None else None)
        self._connection: http.client.HTTPConnection | None = None

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def abort(self) -> None:
        """From another thread: end a request in flight (its recv fails at once)."""
        connection = self._connection
        sock = connection.sock if connection is not None else None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def __enter__(self) -> CentralClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- transport ----------------------------------------------------------------------

    def _connect(self) -> http.client.HTTPConnection:
        if self._connection is None:
            if self._https:
                connection: http.client.HTTPConnection = http.client.HTTPSConnection(
                    self._host, self._port, timeout=self._timeout, context=self._context)
            else:
                connection = http.client.HTTPConnection(
                    self._host, self._port, timeout=self._timeout)
            self._connection = connection
            connection.connect()
            # http.client sends the headers and the body in two writes; with Nagle's
            # algorithm the body's last segment then waits for the peer's delayed ACK
            # (measured: ~40 ms a push on loopback).
            connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return self._connection

    def request(self, method: str, path: str, body: bytes | None = None,
                query: dict[str, Any] | None = None) -> Answer:
        """One request; raises ``SyncError`` (unreachable / TLS) when no answer came."""
        target = self._prefix + path + (f"?{urlencode(query)}" if query else "")
        headers = {
            "Authorization": f"Bearer {self._key}",
            "Accept": "application/json",
            "User-Agent": f"kelurahan-desk/{__version__}",
        }
        if body is not None:
            headers["Content-Type"] = "application/json"
        for attempt in (1, 2):
            reused = self._connection is not None
            try:
                connection = self._connect()
                connection.request(method, target, body=body, headers=headers)
                response = connection.getresponse()
                data = response.read()
                if response.will_close:
                    self.close()
                return Answer(response.status, data)
            except ssl.SSLCertVerificationError as exc:
                self.close()
                raise tls_refused(exc.verify_message or str(exc)) from exc
            except ssl.SSLError as exc:
                self.close()
                raise tls_refused(exc.reason or str(exc)) from exc
            except (OSError, http.client.HTTPException) as exc:
                self.close()
                if attempt == 1 and reused and _stale(exc):
                    continue  # the centre closed the idle connection: open a new one
                if isinstance(exc, (TimeoutError, socket.timeout)):
                    raise unreachable("waktu habis") from exc
                raise unreachable(str(exc) or type(exc).__name__) from exc
        raise AssertionError("unreachable")  # pragma: no cover

    # --- the protocol -------------------------------------------------------------------

    @staticmethod
    def _refusal(answer: Answer) -> SyncError:
        error = wire.parse_error(answer.body)
        return refused(answer.status, error.code if error else None,
                       error.message if error else answer.body[:200].decode("utf-8", "replace"))

    def push(self, body: bytes) -> wire.PushResponse:
        """POST a push body (JSON of a ``PushRequest``); the centre's per-op answer."""
        answer = self.request("POST", wire.PUSH_PATH, body)
        if answer.status == 413:
            error = wire.parse_error(answer.body)
            limit = (error.details or {}).get("max_ops") if error is not None else None
            raise TooLarge(limit if type(limit) is int and limit > 0 else None)
        if answer.status != 200:
            raise self._refusal(answer)
        try:
            return wire.PushResponse.model_validate_json(answer.body)
        except ValidationError as exc:
            raise bad_answer(f"push: {exc.error_count()} kesalahan skema") from exc

    def pull(self, stream: wire.Stream, cursor: str | None, limit: int) -> bytes:
        """The raw body of one page (checked and parsed by ``wire.parse_pull_page``)."""
        query: dict[str, Any] = {"stream": stream.value, "limit": limit}
        if cursor is not None:
            query["cursor"] = cursor
        answer = self.request("GET", wire.PULL_PATH, query=query)
        if answer.status == 409:
            error = wire.parse_error(answer.body)
            if error is not None and error.code == wire.ErrorCode.CURSOR_GONE:
                why = str((error.details or {}).get("why", ""))
                raise CursorGone(stream.value, why)
        if answer.status != 200:
            raise self._refusal(answer)
        return answer.body

    def health(self) -> dict[str, Any]:
        answer = self.request("GET", wire.HEALTH_PATH)
        if answer.status != 200:
            raise self._refusal(answer)
        try:
            data = json.loads(answer.body)
        except ValueError as exc:
            raise bad_answer("health") from exc
        return data if isinstance(data, dict) else {}
