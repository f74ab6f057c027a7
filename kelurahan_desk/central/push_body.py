"""A push's body read straight from its JSON, with FastAPI's errors and OpenAPI entry."""

from __future__ import annotations

from email.message import Message
from typing import Any

from fastapi import FastAPI
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.models import Schema
from pydantic import ValidationError

from kelurahan_desk.sync import wire

_SCHEMAS = "#/components/schemas/{model}"
# What FastAPI writes for a body parameter of type PushRequest (the route has none).
PUSH_REQUEST_BODY: dict[str, Any] = {"requestBody": {
    "content": {"application/json": {"schema": {"$ref": _SCHEMAS.format(model="PushRequest")}}},
    "required": True,
}}


def _is_json(content_type: str | None) -> bool:
    """As FastAPI decides: ``application/json`` or ``application/…+json``."""
    if not content_type:
        return False
    message = Message()
    message["content-type"] = content_type
    subtype = message.get_content_subtype()
    return message.get_content_maintype() == "application" and (
        subtype == "json" or subtype.endswith("+json"))


def _invalid(loc: tuple[str | int, ...], kind: str, msg: str) -> RequestValidationError:
    return RequestValidationError([{"loc": ("body", *loc), "type": kind, "msg": msg}])


def parse_push(raw: bytes, content_type: str | None) -> wire.PushRequest:
    """The request, or ``RequestValidationError`` with the errors FastAPI would give.

    Errors are located under ``body`` as FastAPI locates them, so the app's one handler
    answers them (422, or 413 for too many ops). A body that is not JSON is a
    ``json_invalid`` error with pydantic's message (where in the body it broke).
    """
    if not raw:
        raise _invalid((), "missing", "Field required")
    if not _is_json(content_type):
        # FastAPI hands such a body on as bytes, which no model takes.
        raise _invalid((), "model_attributes_type",
                       "Input should be a valid dictionary or object to extract fields from")
    try:
        return wire.PushRequest.model_validate_json(raw)
    except ValidationError as exc:
        raise RequestValidationError([
            {"loc": ("body", *e["loc"]), "type": e["type"], "msg": e["msg"]}
            for e in exc.errors(include_url=False, include_input=False)]) from None


def document_push_request(app: FastAPI) -> None:
    """Put ``PushRequest`` and its parts in the app's OpenAPI components, as FastAPI
    would for a body parameter: the push route reads its body itself, so FastAPI does not
    see the model."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = build()
            schema = wire.PushRequest.model_json_schema(ref_template=_SCHEMAS)
            schemas = spec.setdefault("components", {}).setdefault("schemas", {})
            for name, part in {**schema.pop("$defs", {}), "PushRequest": schema}.items():
                # Through FastAPI's own OpenAPI model, as its other schemas went.
                schemas.setdefault(name, jsonable_encoder(
                    Schema.model_validate(part), by_alias=True, exclude_none=True))
            app.openapi_schema = dict(spec, components=dict(
                spec["components"], schemas=dict(sorted(schemas.items()))))
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
