"""The central service's HTTP API (FastAPI): push, pull and health under /api/v1."""

import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from starlette.exceptions import HTTPException as StarletteHTTPException

from kelurahan_desk.central import streams
from kelurahan_desk.central.database import (
    migrate,
    open_engine,
    read_session,
    utc_now,
    write_session,
)
from kelurahan_desk.central.keys import key_hash
from kelurahan_desk.central.projections import ForeignRecord
from kelurahan_desk.central.push import (
    ChainConflict,
    Quarantined,
    apply_push,
    lock_office,
    quarantine,
)
from kelurahan_desk.central.push_body import (
    PUSH_REQUEST_BODY,
    document_push_request,
    parse_push,
)
from kelurahan_desk.central.tables import Office, OfficeKey
from kelurahan_desk.sync import wire
from kelurahan_desk.sync.wire import ErrorCode, Stream

log = logging.getLogger("kelurahan_central")

Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class ApiError(Exception):
    def __init__(self, status: int, code: ErrorCode, message: str,
                 details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.details = status, code, message, details


def _error(status: int, code: str, message: str,
           details: dict[str, Any] | None = None,
           headers: dict[str, str] | None = None) -> JSONResponse:
    body = {"error": {"code": code, "message": message, "details": details}}
    return JSONResponse(body, status_code=status, headers=headers)


class BodyLimit:
    """Refuse a request body over ``limit`` bytes (413) before the app sees any of it.

    The body is read here first (it is at most ``limit`` bytes), so a chunked body with no
    Content-Length is counted too, and the app then gets it in one piece.
    """

    def __init__(self, app: Callable[[Message, Receive, Send], Awaitable[None]],
                 limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await _too_large(self.limit)(scope, receive, send)
            return
        chunks: list[bytes] = []
        seen = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            chunk = message.get("body", b"")
            seen += len(chunk)
            if seen > self.limit:
                await _too_large(self.limit)(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # after the body: wait for a disconnect

        await self.app(scope, replay, send)


def _too_large(limit: int) -> JSONResponse:
    return _error(413, ErrorCode.TOO_LARGE, f"Permintaan lebih dari {limit} bita.",
                  {"max_bytes": limit})


_UNAUTHORIZED = {"WWW-Authenticate": 'Bearer realm="kelurahan-central"'}


def create_app(database_url: str | None = None, *, engine: Engine | None = None,
               run_migrations: bool = True) -> FastAPI:
    """The API on ``database_url`` (or ``engine``); migrates the database first."""
    if engine is None:
        if database_url is None:
            raise ValueError("give a database URL or an engine")
        engine = open_engine(database_url)
    if run_migrations:
        migrate(engine)
    db = engine
    app = FastAPI(
        title="Kelurahan Desk central service", version="1",
        description="Desk ⇄ centre sync (docs/SYNC.md). Every error has an ErrorBody.",
        responses={code: {"model": wire.ErrorBody} for code in (401, 403, 409, 413, 422, 503)},
    )
    app.state.engine = engine
    app.add_middleware(BodyLimit, limit=wire.MAX_PUSH_BYTES)

    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        headers = _UNAUTHORIZED if exc.status == 401 else None
        return _error(exc.status, exc.code, exc.message, exc.details, headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"loc": [str(p) for p in e.get("loc", ())], "type": str(e.get("type")),
                   "msg": str(e.get("msg"))} for e in exc.errors()]
        if any(e["loc"][:2] == ["body", "ops"] and e["type"] == "too_long" for e in errors):
            return _error(413, ErrorCode.TOO_LARGE,
                          f"Paling banyak {wire.MAX_OPS_PER_PUSH} op per kiriman.",
                          {"max_ops": wire.MAX_OPS_PER_PUSH})
        return _error(422, ErrorCode.INVALID, "Permintaan tidak sesuai skema.",
                      {"errors": errors[:50]})

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400:
            # FastAPI's "error parsing the body" (e.g. bytes that are not UTF-8): not JSON,
            # which the contract answers 422 like any body that is not the schema (found by
            # tests/integration/test_central_schemathesis.py; 400 was in no document).
            return _error(422, ErrorCode.INVALID, "Permintaan tidak sesuai skema.", {
                "errors": [{"loc": ["body"], "type": "json_invalid", "msg": str(exc.detail)}]})
        code = ErrorCode.NOT_FOUND if exc.status_code in (404, 405) else ErrorCode.INVALID
        return _error(exc.status_code, code, str(exc.detail))

    @app.exception_handler(OperationalError)
    async def _database_down(_: Request, exc: OperationalError) -> JSONResponse:
        log.error("database error: %s", exc)
        return _error(503, ErrorCode.UNAVAILABLE, "Basis data pusat tidak dapat dihubungi.")

    @app.exception_handler(Exception)
    async def _internal(_: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error", exc_info=exc)
        return _error(500, ErrorCode.INTERNAL, "Kesalahan di server pusat.")

    def _key_owner(session: Session, authorization: str | None) -> tuple[int, str]:
        """The office (id, code) whose key the request carries; else 401."""
        scheme, _, key = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not key.strip():
            raise ApiError(401, ErrorCode.MISSING_KEY, "Kunci kantor tidak dikirim.")
        row = session.execute(
            select(OfficeKey.revoked_at, Office.id, Office.code)
            .join(Office, Office.id == OfficeKey.office_id)
            .where(OfficeKey.key_hash == key_hash(key.strip()))
        ).first()
        if row is None:
            raise ApiError(401, ErrorCode.UNKNOWN_KEY, "Kunci kantor tidak dikenal.")
        if row.revoked_at is not None:
            raise ApiError(401, ErrorCode.REVOKED_KEY, "Kunci kantor ini sudah dicabut.")
        return row.id, row.code

    def _office_of(authorization: str | None) -> tuple[int, str]:
        with read_session(db) as session:
            return _key_owner(session, authorization)

    async def authenticated(request: Request) -> tuple[int, str]:
        return await run_in_threadpool(_office_of, request.headers.get("authorization"))

    Auth = Annotated[tuple[int, str], Depends(authenticated)]

    def _quarantine_error(office: Office) -> ApiError:
        return ApiError(409, ErrorCode.QUARANTINED, office.quarantine_reason or "", {
            "kind": office.quarantine_kind,
            "since": office.quarantined_at.isoformat() if office.quarantined_at else None,
            "accepted_head": {"seq": office.head_seq, "hash": office.head_hash},
        })

    def _push(authorization: str | None, raw: bytes, content_type: str | None) -> Response:
        """Key, body and batch in one transaction (a separate one for the key cost a pool
        checkout, BEGIN and COMMIT a push); the key is checked before the body is read."""
        office_id: int | None = None
        try:
            with write_session(db) as session:
                office_id, code = _key_owner(session, authorization)
                body = parse_push(raw, content_type)
                if body.office != code:
                    raise ApiError(403, ErrorCode.WRONG_OFFICE,
                                   f"Kunci ini milik kantor {code}, bukan {body.office}.")
                office = lock_office(session, office_id)
                answer = apply_push(session, office, body, utc_now())
        except Quarantined:
            assert office_id is not None
            with read_session(db) as session:
                error = _quarantine_error(session.get_one(Office, office_id))
            raise error from None
        except ForeignRecord as foreign:
            raise ApiError(403, ErrorCode.WRONG_OFFICE, (
                f"{foreign} milik kantor lain; kiriman ditolak seluruhnya.")) from None
        except ChainConflict as conflict:
            assert office_id is not None
            with write_session(db) as session:
                office = lock_office(session, office_id)
                quarantine(office, conflict, utc_now())
                log.warning("office %s quarantined: %s", office.code, conflict.reason)
                error = _quarantine_error(office)
            raise error from None
        return Response(answer.model_dump_json(), media_type="application/json")

    # The body is read raw and parsed by pydantic straight from JSON (parse_push), in the
    # worker thread: FastAPI's own path (json.loads, then dict → model, then the answer
    # validated again and encoded) took ~27 ms of a 500-op push on the event loop.
    @app.post(wire.PUSH_PATH, response_model=wire.PushResponse, tags=["sync"],
              summary="Push outbox records with their audit events",
              openapi_extra=PUSH_REQUEST_BODY)
    async def push(request: Request) -> Response:
        raw = await request.body()
        return await run_in_threadpool(_push, request.headers.get("authorization"), raw,
                                       request.headers.get("content-type"))

    def _pull(office_id: int, stream: Stream, cursor: str | None, limit: int) -> JSONResponse:
        with read_session(db) as session:
            office = session.get_one(Office, office_id)
            try:
                page = streams.pull(session, office, stream, cursor, limit)
            except streams.CursorGone as gone:
                raise ApiError(409, ErrorCode.CURSOR_GONE, (
                    "Penanda tarik data ini tidak lagi disimpan pusat; tarik ulang aliran "
                    "ini dari awal."), {"stream": stream.value, "why": gone.why}) from None
        return JSONResponse(page)

    @app.get(wire.PULL_PATH, response_model=None, tags=["sync"],
             summary="One page of a stream after a cursor",
             responses={200: {"model": wire.PullPage}})
    async def pull(
        auth: Auth,
        stream: Stream,
        cursor: Annotated[str | None, Query(pattern=r"^v1\.[0-9a-f]{16}\.[0-9]{1,18}$")] = None,
        limit: Annotated[int, Query(ge=1, le=wire.MAX_PULL_LIMIT)] = wire.DEFAULT_PULL_LIMIT,
    ) -> JSONResponse:
        return await run_in_threadpool(_pull, auth[0], stream, cursor, limit)

    def _health() -> JSONResponse:
        with read_session(db) as session:
            session.execute(text("SELECT 1"))
        return JSONResponse({"status": "ok", "api": "v1", "database": db.dialect.name})

    @app.get(wire.HEALTH_PATH, response_model=wire.Health, tags=["service"])
    async def health() -> JSONResponse:
        return await run_in_threadpool(_health)

    document_push_request(app)
    return app
