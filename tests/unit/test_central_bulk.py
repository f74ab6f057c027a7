"""The centre's bulk writing: the payload's canonical JSON through one C encoder, and the
rows a push streams into SQLite (PostgreSQL's COPY is covered by the integration tests)."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, UniqueConstraint, create_engine
from sqlalchemy.orm import Session

from kelurahan_desk.central.bulk import DuplicateRow, RowStream, canonical_text
from kelurahan_desk.domain.audit import canonical_json

AWKWARD = 'a "quoted" \\ back\\slash\n\ttab \x00\x1f \u2028 é 😀 </script>'


@pytest.mark.parametrize("value", [
    {}, [], {"b": 1, "a": [1, 2.5, -0.0, 1e16, 1.1e-7, True, False, None]},
    {"z": {"y": {"x": AWKWARD}}, "é": "ü", AWKWARD: [AWKWARD, {"k": AWKWARD}]},
    {"big": 10**30, "neg": -5, "float": 3.141592653589793, "nan": float("nan")},
    [{"b": 2, "a": 1}, "s", 0],
])
def test_canonical_text_is_canonical_json(value):
    assert canonical_text(value) == canonical_json(value)


def test_canonical_text_of_a_parsed_payload_is_its_canonical_json():
    payload = json.loads(json.dumps({"ticket": "3574011007-20260105-A-001", "calls": 1,
                                     "counter_id": str(uuid.uuid4()), "outcome": None,
                                     "note": AWKWARD}))
    assert canonical_text(payload) == canonical_json(payload)


def test_rows_streamed_into_sqlite_land_at_close_and_a_broken_key_is_a_duplicate_row():
    metadata = MetaData()
    table = Table("t", metadata, Column("id", Integer, primary_key=True),
                  Column("office_id", Integer), Column("name", String(10)),
                  UniqueConstraint("office_id", "name"))
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with Session(engine) as session, session.begin():
        rows = RowStream(session, table, ("office_id", "name"))
        rows.write((1, "a"))
        rows.pause()  # nothing open on SQLite: the rows wait for close
        rows.write((1, "b"))
        rows.close()
        assert session.connection().exec_driver_sql(
            "SELECT office_id, name FROM t ORDER BY id").all() == [(1, "a"), (1, "b")]
    with Session(engine) as session, session.begin():
        rows = RowStream(session, table, ("office_id", "name"))
        rows.write((1, "a"))
        with pytest.raises(DuplicateRow):
            rows.close()
