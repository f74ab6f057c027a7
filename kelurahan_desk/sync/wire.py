"""Wire schemas of the desk ⇄ centre protocol (/api/v1), shared by both ends.

docs/SYNC.md describes the protocol in words; the central service's OpenAPI document is
generated from these models. Requests are strict (an unknown field is a 422); answers may
gain fields within v1 and the desk ignores what it does not know, so a newer centre never
breaks an older desk. Page checksums are therefore taken over the items *as sent*
(``parse_pull_page`` checks them on the raw JSON before anything is dropped).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from enum import StrEnum
from itertools import pairwise
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    ValidationError,
    model_validator,
)

from kelurahan_desk.domain.audit import GENESIS_HASH, AuditFields, canonical_json, chain_hash
from kelurahan_desk.domain.ktp_print import RecordStatus

API_VERSION = "v1"
API_PREFIX = "/api/v1"
PUSH_PATH = f"{API_PREFIX}/sync/push"
PULL_PATH = f"{API_PREFIX}/sync/pull"
HEALTH_PATH = f"{API_PREFIX}/health"

# Size limits. A push over MAX_OPS_PER_PUSH ops or MAX_PUSH_BYTES of body is answered 413
# and changes nothing (the desk sends smaller batches). One op whose payload is over
# MAX_PAYLOAD_BYTES (canonical JSON, UTF-8) is answered ``rejected`` in a 200: its audit
# event still joins the chain, so the chain stays contiguous.
# 4,000: 2,000 in centres of 36af2f4, 500 before central migration 0005; desks start at
# 500 and grow on a fast link (push.BatchSize); MAX_PUSH_BYTES caps a push of big ops.
MAX_OPS_PER_PUSH = 4000
MAX_PUSH_BYTES = 4 * 1024 * 1024
MAX_PAYLOAD_BYTES = 64 * 1024
DEFAULT_PULL_LIMIT = 1000
MAX_PULL_LIMIT = 5000

# --- small types ---------------------------------------------------------------------

OfficeCode = Annotated[str, StringConstraints(pattern=r"^[0-9]{10}$")]  # 3574011007
Sha256Hex = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
# The audit chain seals the UUID's text, so it travels as that exact lowercase text.
_UUID_TEXT = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
UuidText = Annotated[str, StringConstraints(pattern=_UUID_TEXT)]
# UTC ISO-8601 as the desk's store writes it: 2026-03-02T01:02:03.456789Z.
UtcText = Annotated[
    str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$")
]
Cursor = Annotated[str, StringConstraints(pattern=r"^v1\.[0-9a-f]{16}\.[0-9]{1,18}$")]
Username = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]{2,39}$")]
Digits16 = Annotated[str, StringConstraints(pattern=r"^[0-9]{16}$")]
Text40 = Annotated[str, StringConstraints(min_length=1, max_length=40)]
Text60 = Annotated[str, StringConstraints(min_length=1, max_length=60)]
Text80 = Annotated[str, StringConstraints(min_length=1, max_length=80)]


def _utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("times on the wire carry a time zone")
    return value.astimezone(UTC)


UtcDateTime = Annotated[datetime, AfterValidator(_utc)]


def _desk_clock(value: datetime) -> datetime:
    if not 2000 <= value.year <= 2999:
        raise ValueError("a desk's clock reads a year from 2000 to 2999")
    return value


DeskDateTime = Annotated[UtcDateTime, AfterValidator(_desk_clock)]  # as a desk's clock reads


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Answer(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


# --- push ----------------------------------------------------------------------------


class ChainHead(BaseModel):
    """The last event of a chain: (0, GENESIS_HASH) for a chain with no event yet."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    seq: int = Field(ge=0)
    hash: Sha256Hex

    @model_validator(mode="after")
    def _genesis(self) -> ChainHead:
        if self.seq == 0 and self.hash != GENESIS_HASH:
            raise ValueError("an empty chain's head is (0, GENESIS_HASH)")
        return self


GENESIS = ChainHead(seq=0, hash=GENESIS_HASH)


class WireEvent(_Request):
    """One audit event exactly as the desk sealed it (see ``domain.audit.event_hash``)."""

    seq: int = Field(ge=1)
    event_id: UuidText
    occurred_at: UtcText
    actor: Text40
    role: Annotated[str, StringConstraints(min_length=1, max_length=20)]
    action: Text60
    record_type: Text40
    record_id: Text80
    changes: str = Field(description="canonical JSON text, as sealed: never re-encoded")
    prev_hash: Sha256Hex
    hash: Sha256Hex

    def fields(self) -> AuditFields:
        return AuditFields(
            seq=self.seq, event_id=self.event_id, occurred_at=self.occurred_at,
            actor=self.actor, role=self.role, action=self.action,
            record_type=self.record_type, record_id=self.record_id, changes=self.changes,
        )

    def seal_holds(self) -> bool:
        """Whether ``hash`` is this event's hash on top of ``prev_hash``."""
        return chain_hash(self.seq, self.event_id, self.occurred_at, self.actor, self.role,
                          self.action, self.record_type, self.record_id, self.changes,
                          self.prev_hash) == self.hash


class PushOp(_Request):
    """One outbox record and the audit event it belongs to (they share ``seq``)."""

    seq: int = Field(ge=1)
    op_id: uuid.UUID
    action: Text60
    record_type: Text40
    record_id: Text80
    payload: dict[str, Any]
    event: WireEvent

    @model_validator(mode="after")
    def _matches_event(self) -> PushOp:
        e = self.event
        if (e.seq, e.action, e.record_type, e.record_id) != (
            self.seq, self.action, self.record_type, self.record_id
        ):
            raise ValueError("an op and its event name the same seq, action and record")
        return self

    def payload_bytes(self) -> int:
        return len(canonical_json(self.payload).encode("utf-8"))


class PushRequest(_Request):
    """``POST /api/v1/sync/push``: pending outbox records in ``seq`` order, no gaps."""

    office: OfficeCode
    device: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    app_version: Annotated[str, StringConstraints(min_length=1, max_length=40)] | None = Field(
        default=None, description="the desk program's version; optional (older desks omit it)")
    ops: list[PushOp] = Field(max_length=MAX_OPS_PER_PUSH)
    chain_head: ChainHead = Field(description="the desk's newest audit event, sent or not")
    sent_at: DeskDateTime | None = Field(default=None, description=(
        "when the desk built this push, by its clock; optional (older desks omit it). A push "
        "with nothing new whose head is an accepted event older than the centre's is a late "
        "delivery when built before the last push the centre took, else a desk restored "
        "from an old backup"))

    @model_validator(mode="after")
    def _in_order(self) -> PushRequest:
        seqs = [op.seq for op in self.ops]
        if any(b != a + 1 for a, b in pairwise(seqs)):
            raise ValueError("ops are contiguous and in seq order")
        if len({op.op_id for op in self.ops}) != len(self.ops):
            raise ValueError("an op id appears twice")
        if self.ops and self.chain_head.seq < seqs[-1]:
            raise ValueError("chain_head is older than the last op")
        return self


class OpStatus(StrEnum):
    APPLIED = "applied"  # new; kept and projected
    DUPLICATE = "duplicate"  # this op id was accepted before; nothing done again
    REJECTED = "rejected"  # its event joined the chain, its payload was not applied


class OpResult(_Answer):
    seq: int
    op_id: uuid.UUID
    status: OpStatus
    code: str | None = Field(default=None, description="why rejected, for programs")
    reason: str | None = Field(default=None, description="why rejected, for people")


class PushResponse(_Answer):
    """Sent only after the batch committed; ``chain_head`` is the centre's new anchor."""

    office: OfficeCode
    results: list[OpResult]
    chain_head: ChainHead


# --- pull ----------------------------------------------------------------------------


class Stream(StrEnum):
    REQUESTS = "requests"  # status steps of the office's akta requests, in order
    STOCK = "stock"  # blank-card serials allocated to the office
    ACCOUNTS = "accounts"  # operators the centre manages for the office (latest state)
    RESIDENTS = "residents"  # the city's resident reference list (latest state), shared


CentralStatus = Literal["sent", "verified", "returned", "issued", "ready"]


class RequestStatusItem(_Answer):
    """One step the Dispendukcapil took on a request; steps of a request come in order."""

    id: uuid.UUID
    tracking_number: Annotated[str, StringConstraints(max_length=30)]
    status: CentralStatus
    at: UtcDateTime
    reason: str | None = None  # set for "returned"
    akta_number: str | None = None  # set for "issued"


class StockItem(_Answer):
    id: uuid.UUID
    serial: Text40
    batch: str | None = None  # the allocation's reference (delivery note), if any
    allocated_at: UtcDateTime


class AccountItem(_Answer):
    """An account as the centre manages it; never a password, nor a password's hash."""

    account_id: uuid.UUID
    username: Username
    full_name: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    role: Literal["operator", "supervisor", "inspector", "admin"]
    active: bool
    changed_at: UtcDateTime


class ResidentItem(_Answer):
    """One resident of the city's list; ``removed`` rows leave the desk's list."""

    nik: Digits16
    kk: Digits16
    full_name: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    sex: Literal["L", "P"]
    birth_place: Annotated[str, StringConstraints(min_length=1, max_length=60)]
    birth_date: date
    address: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    rt: Annotated[str, StringConstraints(pattern=r"^[0-9]{3}$")]
    rw: Annotated[str, StringConstraints(pattern=r"^[0-9]{3}$")]
    kelurahan_code: OfficeCode
    religion: str | None = None
    # The SIAK KTP-el status ("SUDAH REKAM", …: domain.ktp_print.RecordStatus); null when
    # the centre's list does not say. Print jobs need recorded biometrics.
    ktp_status: RecordStatus | None = None
    removed: bool = False


class _Page(_Answer):
    cursor: Cursor | None = Field(description="the cursor asked with (null: from the start)")
    next_cursor: Cursor = Field(description="ask with this next; store it with the page")
    more: bool = Field(description="true while items remain after next_cursor")
    checksum: Sha256Hex = Field(description="page_checksum of the items as sent")


class RequestsPage(_Page):
    stream: Literal[Stream.REQUESTS]
    items: list[RequestStatusItem]


class StockPage(_Page):
    stream: Literal[Stream.STOCK]
    items: list[StockItem]


class AccountsPage(_Page):
    stream: Literal[Stream.ACCOUNTS]
    items: list[AccountItem]


class ResidentsPage(_Page):
    stream: Literal[Stream.RESIDENTS]
    items: list[ResidentItem]


PullPage = Annotated[
    RequestsPage | StockPage | AccountsPage | ResidentsPage, Field(discriminator="stream")
]
_PAGE: TypeAdapter[RequestsPage | StockPage | AccountsPage | ResidentsPage] = TypeAdapter(PullPage)


class ChecksumMismatch(ValueError):
    """A page's items do not hash to its checksum: refetch the stream (docs/SYNC.md)."""


def page_checksum(items: Sequence[Mapping[str, Any]]) -> str:
    """SHA-256 (hex) of the canonical JSON (``domain.audit.canonical_json``) of the items.

    ``items`` are the JSON objects as sent (dicts of str, int, bool, None, lists, dicts);
    the centre takes them from ``model_dump(mode="json")``.
    """
    return hashlib.sha256(canonical_json(list(items)).encode("utf-8")).hexdigest()


def parse_pull_page(raw: bytes | str | Mapping[str, Any]) -> PullPage:
    """A pull answer's body, checksum checked on the items as sent, then validated.

    Raises ``ChecksumMismatch`` or pydantic's ``ValidationError``.
    """
    data = json.loads(raw) if isinstance(raw, bytes | str) else raw
    if not isinstance(data, Mapping) or not isinstance(data.get("items"), list):
        raise ChecksumMismatch("not a pull page")
    if page_checksum(data["items"]) != data.get("checksum"):
        raise ChecksumMismatch("page checksum does not match its items")
    return _PAGE.validate_python(data)


# --- errors --------------------------------------------------------------------------


class ErrorCode(StrEnum):
    MISSING_KEY = "missing_key"  # 401: no bearer token
    UNKNOWN_KEY = "unknown_key"  # 401: no office has this key
    REVOKED_KEY = "revoked_key"  # 401: the key was revoked (`office revoke`)
    WRONG_OFFICE = "wrong_office"  # 403: the body or a record is another office's
    QUARANTINED = "quarantined"  # 409: the office's chain conflicts with what was accepted
    CURSOR_GONE = "cursor_gone"  # 409: the centre no longer keeps this cursor
    TOO_LARGE = "too_large"  # 413: too many ops or too many bytes
    INVALID = "invalid"  # 422: not JSON, or not the schema
    NOT_FOUND = "not_found"  # 404/405: no such path or method
    UNAVAILABLE = "unavailable"  # 503: the database cannot be reached
    INTERNAL = "internal"  # 500


class QuarantineKind(StrEnum):
    CUT = "cut"  # events missing between the accepted head and the first op sent
    REWRITTEN = "rewritten"  # an accepted event (or its successor's link) differs
    BACKWARDS = "backwards"  # the desk's head is older than the accepted one (a restore)


class ErrorDetail(_Answer):
    code: str = Field(description="an ErrorCode value; a desk treats unknown codes by status")
    message: str = Field(description="for people, in Indonesian")
    details: dict[str, Any] | None = None


class ErrorBody(_Answer):
    """Every 4xx/5xx answer of the API has this body."""

    error: ErrorDetail


def parse_error(raw: bytes | str) -> ErrorDetail | None:
    """The error an answer carries, or None when its body is not an ``ErrorBody``."""
    try:
        return ErrorBody.model_validate_json(raw).error
    except ValidationError:
        return None


class Health(_Answer):
    status: Literal["ok"]
    api: Literal["v1"]
    database: str
