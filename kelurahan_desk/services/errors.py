"""Refusals a use case can answer with; each carries an Indonesian, translatable message."""

from __future__ import annotations

from kelurahan_desk.domain.messages import QT_TRANSLATE_NOOP, Message


class ServiceError(Exception):
    """A use case refused; nothing was written. ``message`` is for the user."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message


class PermissionDenied(ServiceError):
    """The actor's role may not do this (checked here, not only by a hidden button)."""


class NotFound(ServiceError):
    pass


class SignInRefused(ServiceError):
    """Wrong name or password, a locked or an inactive account."""


class InvalidInput(ServiceError):
    """One or more fields are wrong; ``fields`` maps a field name to its message."""

    def __init__(self, fields: dict[str, Message]) -> None:
        first = next(iter(fields.values()))
        super().__init__(
            first
            if len(fields) == 1
            else QT_TRANSLATE_NOOP("errors", "{count} isian perlu diperbaiki.").format(
                count=len(fields)
            )
        )
        self.fields = fields


def check(fields: dict[str, Message | None]) -> None:
    """Raise ``InvalidInput`` for every field whose check produced a message."""
    wrong = {name: message for name, message in fields.items() if message is not None}
    if wrong:
        raise InvalidInput(wrong)
