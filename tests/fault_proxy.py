"""A fault-injecting HTTP proxy on loopback, between a desk and the centre (tests only).

``FaultProxy(target_url, FaultSchedule(seed=…))`` listens on 127.0.0.1 (a free port) and
forwards each HTTP/1.1 request to the centre, or does one of the faults below instead,
as a seeded random schedule says. The schedule is drawn per request in arrival order
(``random.Random(seed)``), so one desk syncing alone meets the same faults on every run;
it is bounded (``budget`` faults at most, then everything passes) and ``quiet()`` makes
everything pass at once. ``hits`` counts what each fault hit (``(fault, endpoint)``).

The faults (``Fault``):

- ``drop``: the connection is reset before anything reaches the centre.
- ``cut_request``: half the request body reaches the centre, then both sides are closed
  (the centre sees a client that went away mid-request).
- ``delay``: the request is held a moment (below the desk's timeout), then forwarded.
- ``error_500``: the proxy answers 500 with the API's error body; the centre never sees it.
- ``reset_after_commit``: the request goes through, the centre answers (so it committed:
  it answers only after its commit), and the desk gets a reset instead of the answer.
  The fault that matters most: the centre has the push, the desk does not know it.
- ``cut_answer``: the answer's head and half its body, then the connection is closed.
- ``late_answer``: the request goes through; the answer is held past the desk's timeout
  (``late_seconds``), so the desk gave up on a push the centre committed.
- ``late_request``: the request is held past the desk's timeout, then forwarded; the desk
  has retried meanwhile, so an older push can reach the centre after a newer one. Weight 0
  by default: the protocol refuses such a push as ``backwards`` (docs/SYNC.md, "Proofs").

Plain HTTP only (the centre under test serves HTTP on loopback). Thread per connection;
keep-alive is honoured, so a desk's kept-alive connection meets faults mid-stream too.
"""

from __future__ import annotations

import contextlib
import json
import random
import socket
import socketserver
import struct
import threading
import time
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from http.client import HTTPConnection
from typing import BinaryIO
from urllib.parse import parse_qs, urlsplit


class Fault(StrEnum):
    PASS = "pass"
    DROP = "drop"
    CUT_REQUEST = "cut_request"
    DELAY = "delay"
    ERROR_500 = "error_500"
    RESET_AFTER_COMMIT = "reset_after_commit"
    CUT_ANSWER = "cut_answer"
    LATE_ANSWER = "late_answer"
    LATE_REQUEST = "late_request"


DEFAULT_WEIGHTS: Mapping[Fault, float] = {
    Fault.DROP: 2, Fault.CUT_REQUEST: 1, Fault.DELAY: 2, Fault.ERROR_500: 2,
    Fault.RESET_AFTER_COMMIT: 4, Fault.CUT_ANSWER: 1, Fault.LATE_ANSWER: 0.5,
    Fault.LATE_REQUEST: 0.5,
}


@dataclass
class FaultSchedule:
    """Which fault each request meets: seeded, in arrival order, at most ``budget`` faults.

    ``rate`` is the chance that a request meets a fault; ``weights`` choose which one.
    ``max_per_kind`` bounds a kind on its own (``late_answer`` costs a desk timeout each).
    ``sure`` gives the first request to an endpoint (``"push"``) a fault whatever the draw
    says, so a run always holds the fault a test is about, however the threads interleave.
    """

    seed: int
    rate: float = 0.35
    budget: int = 200
    weights: Mapping[Fault, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    max_per_kind: Mapping[Fault, int] = field(
        default_factory=lambda: {Fault.LATE_ANSWER: 3, Fault.LATE_REQUEST: 3})
    delay_seconds: tuple[float, float] = (0.05, 0.5)
    late_seconds: float = 3.0
    sure: Mapping[str, Fault] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._sure_left = dict(self.sure)
        self._rng = random.Random(self.seed)
        self._lock = threading.Lock()
        self._quiet = False
        self.drawn: Counter[Fault] = Counter()

    def quiet(self) -> None:
        """From now on every request passes."""
        with self._lock:
            self._quiet = True

    def resume(self) -> None:
        with self._lock:
            self._quiet = False

    def next(self, endpoint: str = "") -> tuple[Fault, float]:
        """The next request's fault and its parameter (seconds for delays)."""
        with self._lock:
            # Both draws are made whatever the outcome, so a quiet spell or a spent kind
            # does not shift the schedule of the requests after it.
            roll, pick, param = self._rng.random(), self._rng.random(), self._rng.random()
            if not self._quiet and endpoint in self._sure_left:
                fault = self._sure_left.pop(endpoint)
                self.drawn[fault] += 1
                return fault, self._seconds(fault, param)
            if self._quiet or sum(self.drawn.values()) >= self.budget or roll >= self.rate:
                return Fault.PASS, 0.0
            kinds = [k for k, w in self.weights.items()
                     if w > 0 and self.drawn[k] < self.max_per_kind.get(k, self.budget)]
            if not kinds:
                return Fault.PASS, 0.0
            total = sum(self.weights[k] for k in kinds)
            at = pick * total
            fault = kinds[-1]
            for kind in kinds:
                at -= self.weights[kind]
                if at < 0:
                    fault = kind
                    break
            self.drawn[fault] += 1
            return fault, self._seconds(fault, param)

    def _seconds(self, fault: Fault, param: float) -> float:
        low, high = self.delay_seconds
        return (low + (high - low) * param if fault == Fault.DELAY
                else self.late_seconds
                if fault in (Fault.LATE_ANSWER, Fault.LATE_REQUEST) else 0.0)


@dataclass
class _Request:
    method: str
    target: str
    version: str
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name), None)

    @property
    def endpoint(self) -> str:
        """``push`` / ``push-empty`` / ``pull:<stream>`` / ``health`` / the path."""
        parts = urlsplit(self.target)
        if parts.path.endswith("/sync/push"):
            try:
                ops = json.loads(self.body).get("ops")
            except (ValueError, AttributeError):
                ops = None
            return "push" if ops else "push-empty"
        if parts.path.endswith("/sync/pull"):
            stream = parse_qs(parts.query).get("stream", ["?"])[0]
            return f"pull:{stream}"
        if parts.path.endswith("/health"):
            return "health"
        return parts.path


class _Closed(Exception):
    """The desk closed its connection (or sent something that is not HTTP)."""


_HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "te", "trailer",
               "transfer-encoding", "upgrade", "host", "content-length"}


def _read_request(buffered: BinaryIO) -> _Request:
    line = buffered.readline(65537)
    if not line:
        raise _Closed()
    try:
        method, target, version = line.decode("latin-1").split()
    except ValueError as exc:
        raise _Closed() from exc
    headers: list[tuple[str, str]] = []
    while True:
        raw = buffered.readline(65537)
        if not raw:
            raise _Closed()
        if raw in (b"\r\n", b"\n"):
            break
        name, _, value = raw.decode("latin-1").partition(":")
        headers.append((name.strip(), value.strip()))
    request = _Request(method, target, version, headers, b"")
    length = int(request.header("content-length") or 0)
    body = buffered.read(length) if length else b""
    if len(body) < length:
        raise _Closed()
    request.body = body
    return request


def _reset(sock: socket.socket) -> None:
    """Close with a TCP reset (SO_LINGER 0), as a link that died does."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.close()


def _response_bytes(status: int, reason: str, headers: Iterable[tuple[str, str]],
                    body: bytes, keep_alive: bool) -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}"]
    lines += [f"{k}: {v}" for k, v in headers if k.lower() not in _HOP_BY_HOP]
    lines.append(f"Content-Length: {len(body)}")
    lines.append("Connection: keep-alive" if keep_alive else "Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


_ERROR_500 = json.dumps({"error": {"code": "internal", "message": "proxy: injected 500",
                                   "details": None}}).encode()


class FaultProxy:
    """The proxy; ``url`` is where the desk should send its requests."""

    def __init__(self, target_url: str, schedule: FaultSchedule,
                 upstream_timeout: float = 60.0) -> None:
        parts = urlsplit(target_url)
        if parts.scheme != "http" or parts.hostname is None:
            raise ValueError("the fault proxy forwards plain HTTP only")
        self.target = (parts.hostname, parts.port or 80)
        self.schedule = schedule
        self.upstream_timeout = upstream_timeout
        self.hits: Counter[tuple[str, str]] = Counter()  # (fault, endpoint) → requests
        self.forwarded = 0  # requests the centre answered
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                proxy._serve(self.request)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        name="fault-proxy", daemon=True)
        self._thread.start()

    # --- control ------------------------------------------------------------------------

    def quiet(self) -> None:
        self.schedule.quiet()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        with self._lock:
            for sock in list(self._sockets):
                _reset(sock)

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def by_fault(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for (fault, _endpoint), n in self.hits.items():
            counts[fault] += n
        return counts

    def summary(self) -> str:
        """One line per fault: how many requests it hit, and which endpoints."""
        rows = []
        for fault in Fault:
            hit = {e: n for (f, e), n in sorted(self.hits.items()) if f == fault}
            if hit:
                detail = ", ".join(f"{e} {n}" for e, n in hit.items())
                rows.append(f"{fault.value:>20}: {sum(hit.values()):4d}  ({detail})")
        return "\n".join(rows)

    # --- one connection -----------------------------------------------------------------

    def _count(self, fault: Fault, request: _Request) -> None:
        with self._lock:
            self.hits[(fault.value, request.endpoint)] += 1

    def _serve(self, client: socket.socket) -> None:
        with self._lock:
            self._sockets.add(client)
        reader = client.makefile("rb")
        try:
            while True:
                try:
                    request = _read_request(reader)
                except (_Closed, OSError, ValueError):
                    return
                if not self._one(client, request):
                    return
        finally:
            with self._lock:
                self._sockets.discard(client)
            with contextlib.suppress(OSError):
                reader.close()
            with contextlib.suppress(OSError):
                client.close()

    def _one(self, client: socket.socket, request: _Request) -> bool:
        """Handle one request; False when the connection is finished."""
        fault, seconds = self.schedule.next(request.endpoint)
        self._count(fault, request)
        keep_alive = (request.header("connection") or "").lower() != "close"
        if fault == Fault.DROP:
            _reset(client)
            return False
        if fault == Fault.ERROR_500:
            client.sendall(_response_bytes(500, "Internal Server Error",
                                           [("Content-Type", "application/json")],
                                           _ERROR_500, keep_alive))
            return keep_alive
        if fault == Fault.CUT_REQUEST:
            self._cut_upstream(request)
            _reset(client)
            return False
        if fault in (Fault.DELAY, Fault.LATE_REQUEST):
            time.sleep(seconds)
        try:
            status, reason, headers, body = self._forward(request)
        except OSError:
            _reset(client)  # the centre did not answer: neither does the proxy
            return False
        with self._lock:
            self.forwarded += 1
        if fault == Fault.RESET_AFTER_COMMIT:
            _reset(client)
            return False
        answer = _response_bytes(status, reason, headers, body, keep_alive)
        if fault == Fault.CUT_ANSWER:
            cut = answer.index(b"\r\n\r\n") + 4 + len(body) // 2
            with contextlib.suppress(OSError):
                client.sendall(answer[:cut])
            _reset(client)
            return False
        if fault == Fault.LATE_ANSWER:
            time.sleep(seconds)  # the desk has given up by now
        try:
            client.sendall(answer)
        except OSError:
            return False
        return keep_alive and status != 400

    def _upstream(self) -> HTTPConnection:
        return HTTPConnection(*self.target, timeout=self.upstream_timeout)

    def _headers(self, request: _Request) -> dict[str, str]:
        return {k: v for k, v in request.headers if k.lower() not in _HOP_BY_HOP}

    def _forward(self, request: _Request) -> tuple[int, str, list[tuple[str, str]], bytes]:
        upstream = self._upstream()
        try:
            upstream.request(request.method, request.target, body=request.body or None,
                             headers=self._headers(request))
            response = upstream.getresponse()
            body = response.read()
            return response.status, response.reason, response.getheaders(), body
        finally:
            upstream.close()

    def _cut_upstream(self, request: _Request) -> None:
        """Send the head and half the body to the centre, then hang up."""
        upstream = self._upstream()
        try:
            upstream.putrequest(request.method, request.target, skip_host=False,
                                skip_accept_encoding=True)
            for name, value in self._headers(request).items():
                upstream.putheader(name, value)
            upstream.putheader("Content-Length", str(len(request.body)))
            upstream.endheaders()
            if request.body:
                upstream.send(request.body[: len(request.body) // 2])
            time.sleep(0.02)
        except OSError:
            pass
        finally:
            if upstream.sock is not None:
                _reset(upstream.sock)
            upstream.close()
