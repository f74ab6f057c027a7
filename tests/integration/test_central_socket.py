"""The served centre's sockets have TCP_NODELAY, so no answer waits for a delayed ACK.

Without it every answer (headers and body, two writes) waited ~40 ms on loopback for the
desk's delayed ACK. A time limit would be a flaky proof on a shared machine, so the test
looks at the option itself, on the sockets of the real ``kelurahan-central serve``
process: Linux's ``pidfd_getfd`` lends this test a copy of the server's file descriptor.
"""

from __future__ import annotations

import ctypes
import errno
import http.client
import os
import socket
import ssl
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.integration.conftest import CentralServer, start_central, stop_central
from tests.integration.test_central_service import self_signed

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="pidfd_getfd is Linux's")

_SYS_PIDFD_GETFD = {"x86_64": 438, "aarch64": 438}.get(os.uname().machine)
_LISTEN = "0A"


def _socket_inode(pid: int, local_port: int, remote_port: int, state: str | None) -> str:
    """The inode of the server's IPv4 TCP socket with these ports (``/proc/PID/net/tcp``)."""
    with open(f"/proc/{pid}/net/tcp", encoding="ascii") as table:
        for line in table.read().splitlines()[1:]:
            fields = line.split()
            local, remote = (int(f.rsplit(":", 1)[1], 16) for f in fields[1:3])
            if (local, remote) == (local_port, remote_port) and state in (None, fields[3]):
                return fields[9]
    raise AssertionError(f"no socket {local_port} ↔ {remote_port} in the server")


def _server_fd(pid: int, inode: str) -> int:
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            if os.readlink(f"/proc/{pid}/fd/{fd}") == f"socket:[{inode}]":
                return int(fd)
        except OSError:
            continue  # closed meanwhile
    raise AssertionError(f"socket {inode} is not open in the server")


def _nodelay_in(pid: int, local_port: int, remote_port: int, state: str | None = None
                ) -> int:
    """TCP_NODELAY of that socket as the server process holds it."""
    if _SYS_PIDFD_GETFD is None:
        pytest.skip(f"pidfd_getfd's number on {os.uname().machine} is not known here")
    fd = _server_fd(pid, _socket_inode(pid, local_port, remote_port, state))
    libc = ctypes.CDLL(None, use_errno=True)
    pidfd = os.pidfd_open(pid)
    try:
        copy = libc.syscall(_SYS_PIDFD_GETFD, pidfd, fd, 0)
        if copy < 0:
            code = ctypes.get_errno()
            if code == errno.ENOSYS:
                pytest.skip("this kernel has no pidfd_getfd (Linux < 5.6)")
            raise OSError(code, os.strerror(code))
    finally:
        os.close(pidfd)
    with socket.socket(fileno=copy) as sock:
        return sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)


def _check_served_sockets(server: CentralServer,
                          context: ssl.SSLContext | None = None) -> None:
    port = urlsplit(server.base_url).port
    assert port is not None
    if context is None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    else:
        connection = http.client.HTTPSConnection("127.0.0.1", port, timeout=30,
                                                 context=context)
    try:
        # A small POST, as a push is: answered (401, no key) and the connection kept.
        connection.request("POST", "/api/v1/sync/push", body=b'{"office": "3574011007"}',
                           headers={"Content-Type": "application/json"})
        answer = connection.getresponse()
        answer.read()
        assert answer.status == 401 and not answer.will_close
        client_port = connection.sock.getsockname()[1]
        pid = server.process.pid
        assert _nodelay_in(pid, port, client_port) == 1, "the accepted connection"
        assert _nodelay_in(pid, port, 0, _LISTEN) == 1, "the listening socket"
    finally:
        connection.close()


def test_the_served_centre_answers_without_waiting_for_a_delayed_ack(
        central: CentralServer) -> None:
    _check_served_sockets(central)


def test_so_does_the_centre_served_over_tls(tmp_path: Path) -> None:
    cert, key = self_signed(tmp_path)
    server = start_central(f"sqlite:///{tmp_path / 'central.sqlite'}",
                           "--certfile", str(cert), "--keyfile", str(key))
    try:
        _check_served_sockets(server, ssl.create_default_context(cafile=str(cert)))
    finally:
        stop_central(server)
