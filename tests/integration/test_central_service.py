"""The central service as its operators meet it: keys from the command line, the city-wide
queue report, TLS, the OpenAPI document, and the layer it keeps to."""

from __future__ import annotations

import ast
import datetime as dt
import json
import ssl
import uuid
from pathlib import Path

import httpx
import pytest

from kelurahan_desk.central.database import HEAD_REVISION, head_revision
from kelurahan_desk.central.report import queue_times
from tests.integration.conftest import (
    ROOT,
    FakeDesk,
    central_cli,
    central_engine,
    start_central,
    stop_central,
)
from tests.integration.test_central_push import results, submit


def test_office_add_prints_a_key_once_and_it_works(central):
    added = central.cli("office", "add", "35.74.02.1003", "Kelurahan Kedunggaleng")
    key = added.stdout.strip()
    assert key.startswith("kdc1_") and "sekali" in added.stderr
    desk = FakeDesk(central, "3574021003", key)
    submit(desk, 1)
    assert results(desk.push()) == [(1, "applied", None)]
    again = central.cli("office", "add", "3574021003", "Lagi", check=False)
    assert again.returncode == 1 and key not in again.stdout + again.stderr
    listed = central.cli("office", "list").stdout
    assert "3574021003\tKelurahan Kedunggaleng\t1\t" in listed
    desk.close()


def visit(desk: FakeDesk, service: uuid.UUID, counter: uuid.UUID, number: int,
          wait: int, serve: int) -> None:
    """One ticket issued, called after ``wait`` minutes and served for ``serve`` minutes."""
    ticket = uuid.uuid4()
    key = f"{desk.office}-20260302-A-{number:03d}"
    base = {"ticket": key, "service_id": str(service), "calls": 0, "outcome": None}
    desk.record("queue.ticket_issued", "ticket", ticket,
                {**base, "status": "waiting", "counter_id": None, "priority": None},
                actor="kiosk", role="system")
    desk.tick(minutes=wait)
    desk.record("queue.ticket_called", "ticket", ticket,
                {**base, "status": "called", "counter_id": str(counter), "calls": 1})
    desk.tick(minutes=serve)
    desk.record("queue.ticket_finished", "ticket", ticket,
                {**base, "status": "finished", "counter_id": str(counter), "calls": 1,
                 "outcome": "selesai"})


def test_the_city_wide_queue_report_uses_the_desk_definitions(desk_factory, central):
    figures = {}
    for name, waits in (("Kademangan", (10, 20, 30)), ("Ketapang", (5, 5))):
        desk = desk_factory(name)
        service, counter = uuid.uuid4(), uuid.uuid4()
        desk.record("queue.service_saved", "queue_service", service,
                    {"prefix": "A", "name": "Akta Kelahiran", "target_wait_minutes": 15})
        desk.record("counter.added", "counter", counter, {"number": 1, "name": "Loket 1"})
        for number, wait in enumerate(waits, 1):
            visit(desk, service, counter, number, wait, 7)
        assert {r[1] for r in results(desk.push())} == {"applied"}
        figures[desk.office] = waits
    out = central.cli("report", "queue-times", "--from", "2026-03-02", "--to",
                      "2026-03-02").stdout
    rows = {line.split("\t")[0]: line.split("\t") for line in out.splitlines()[1:]}
    first, second = figures
    # issued, served, no-shows, waiting mean, median, p90, service mean; within target.
    assert rows[first][2:7] == ["3", "3", "0", "20.0", "20.0"]
    assert rows[first][10] == "7.0" and rows[first][11] == "33%"
    assert rows[second][2:6] == ["2", "2", "0", "5.0"]
    assert rows["KOTA"][2:4] == ["5", "5"]
    assert rows["KOTA"][5] == "14.0"  # (10+20+30+5+5)/5
    later = queue_times(central_engine(central.database_url), dt.date(2026, 3, 3))
    assert first not in {row.code for row in later}


def test_a_bad_residents_file_is_refused_whole(central, tmp_path):
    csv = tmp_path / "rusak.csv"
    csv.write_text("nik,nama_lengkap\n3574014107850001,Siti\n", encoding="utf-8")
    refused = central.cli("residents", "load", str(csv), check=False)
    assert refused.returncode == 1 and "no_kk" in refused.stderr


def self_signed(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(
            [x509.IPAddress(__import__("ipaddress").ip_address("127.0.0.1"))]),
            critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "centre.crt", folder / "centre.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return cert_path, key_path


def test_tls_with_a_self_signed_certificate(tmp_path):
    cert, key = self_signed(tmp_path)
    url = f"sqlite:///{tmp_path / 'central.sqlite'}"
    server = start_central(url, "--certfile", str(cert), "--keyfile", str(key))
    try:
        assert server.base_url.startswith("https://127.0.0.1:")
        trusting = ssl.create_default_context(cafile=str(cert))
        answer = httpx.get(server.base_url + "/api/v1/health", verify=trusting)
        assert answer.json()["status"] == "ok"
        with pytest.raises(httpx.ConnectError):  # a desk that does not trust it stops
            httpx.get(server.base_url + "/api/v1/health")
        plain = server.base_url.replace("https://", "http://")
        with pytest.raises(httpx.TransportError):
            httpx.get(plain + "/api/v1/health")
    finally:
        stop_central(server)
    half = central_cli("serve", "--certfile", str(cert), database_url=url, check=False)
    assert half.returncode == 2


def test_the_database_url_comes_from_the_environment(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'env.sqlite'}"
    monkeypatch.setenv("KELURAHAN_CENTRAL_DB", url)
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "kelurahan_desk.central.cli", "init"],
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "env.sqlite").exists()


def test_the_openapi_document_names_every_endpoint_and_schema(tmp_path):
    from kelurahan_desk.central.app import create_app

    spec = create_app(f"sqlite:///{tmp_path / 'c.sqlite'}").openapi()
    assert set(spec["paths"]) == {"/api/v1/sync/push", "/api/v1/sync/pull", "/api/v1/health"}
    assert {"PushRequest", "PushResponse", "RequestsPage", "ResidentsPage", "ErrorBody"} <= set(
        spec["components"]["schemas"])
    json.dumps(spec)


def test_the_migrations_head_is_the_one_the_code_expects():
    assert head_revision() == HEAD_REVISION


def test_the_centre_shares_only_wire_schemas_and_pure_domain_rules_with_the_desk():
    package = ROOT / "kelurahan_desk" / "central"
    forbidden = ("kelurahan_desk.store", "kelurahan_desk.services", "kelurahan_desk.ui",
                 "kelurahan_desk.documents", "PySide6")
    bad = {}
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                     [node.module] if isinstance(node, ast.ImportFrom) and node.module else [])
            hits = [n for n in names if n.startswith(forbidden)]
            if hits:
                bad[str(path.relative_to(ROOT))] = hits
    assert bad == {}
