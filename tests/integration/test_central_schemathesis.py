"""Proof: Schemathesis against the centre's own OpenAPI document, on a live
``kelurahan-central serve`` (SQLite and PostgreSQL): no 5xx, and every answer as the document
says (status code, content type, headers, body schema).

Every operation the document names is fed data generated from it, both fitting the schema
(positive) and breaking it (negative), and each case is sent twice: with a valid office key
(the body's ``office`` set to the key's office, so pushes get past the office check into the
chain check and the projections) and with no key at all. An office quarantined by a
generated chain is released after each case, so the next one goes as deep.

Bounds (environment): ``KD_SCHEMATHESIS_EXAMPLES`` examples per operation and mode (20),
derandomized (the same cases every run; ``KD_PROOF_SEED`` is not used: Hypothesis chooses).
"""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from kelurahan_desk.central import admin
from tests.integration.conftest import central_engine, new_office
from tests.integration.sync_proofs import env_int, say

EXAMPLES = env_int("KD_SCHEMATHESIS_EXAMPLES", 20)
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_headers_conformance, response_schema_conformance]


def consistent(body: dict[str, Any]) -> dict[str, Any]:
    """A generated push made to pass what the JSON schema cannot say (each op and its event
    share seq, action and record; seqs follow each other; the head is not older than the
    last op), so it reaches the centre's chain check and what follows it. The seqs and
    everything else stay as generated (huge numbers included)."""
    ops = body.get("ops")
    head = body.get("chain_head")
    if not (isinstance(ops, list) and ops and isinstance(head, dict)
            and all(isinstance(op, dict) and isinstance(op.get("event"), dict) for op in ops)
            and isinstance(ops[0].get("seq"), int)):
        return body
    first = ops[0]["seq"]
    fixed = []
    for n, op in enumerate(ops):
        event = {**op["event"], "seq": first + n}
        for name in ("action", "record_type", "record_id"):
            if name in op:
                event[name] = op[name]
        fixed.append({**op, "seq": first + n, "event": event})
    last = first + len(ops) - 1
    seq = head.get("seq")
    return {**body, "ops": fixed,
            "chain_head": {**head, "seq": max(seq, last) if isinstance(seq, int) else last}}


@pytest.mark.slow
def test_the_centre_answers_as_its_openapi_document_says(central, request):
    started = time.monotonic()
    schema = schemathesis.openapi.from_url(central.base_url + "/openapi.json")
    code, key = new_office(central, "Kelurahan Schemathesis")
    engine = central_engine(central.database_url)
    statuses: Counter[str] = Counter()
    failures: list[str] = []

    def send(case: Any, mode: GenerationMode) -> None:
        # Without a key: as generated.
        answer = case.call(base_url=central.base_url, timeout=30)
        statuses[f"{case.method} {case.path} no key → {answer.status_code}"] += 1
        case.validate_response(answer, checks=CHECKS)
        # With this office's key, the body speaking for this office.
        if isinstance(case.body, dict) and "office" in case.body:
            case.body = {**case.body, "office": code}
            if mode == GenerationMode.POSITIVE:
                case.body = consistent(case.body)
        answer = case.call(base_url=central.base_url, timeout=30,
                           headers={"Authorization": f"Bearer {key}"})
        statuses[f"{case.method} {case.path} key → {answer.status_code}"] += 1
        case.validate_response(answer, checks=CHECKS)
        if answer.status_code == 409:
            admin.release_quarantine(engine, code)  # the next case goes as deep

    def runner(operation: Any, mode: GenerationMode) -> Any:
        @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck),
                  phases=[Phase.explicit, Phase.generate, Phase.shrink])
        @given(case=operation.as_strategy(generation_mode=mode))
        def run(case: Any) -> None:
            send(case, mode)

        return run

    operations = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            try:
                runner(operation, mode)()
            except Unsatisfiable:
                pass  # nothing to break (health takes no parameters)
            except Exception as exc:  # one failure per operation and mode, shrunk
                failures.append(f"{operation.label} [{mode.value}]: {exc}")
    assert operations >= 3  # push, pull, health
    say(request, f"schemathesis on {central.database_url.split(':')[0]}, {EXAMPLES} examples "
                 f"per operation and mode, {time.monotonic() - started:.1f} s: "
                 + ", ".join(f"{k} ×{n}" for k, n in sorted(statuses.items())))
    assert not failures, "\n\n".join(failures)
