"""User-facing messages made outside Qt, translatable later by the UI.

Domain and service code cannot call Qt's translator, yet every word a user sees must go
through it. They mark texts with ``QT_TRANSLATE_NOOP(context, text)`` (a name Qt's
``lupdate`` recognises in Python) and get back a ``Template``; formatting it yields a
``Message``: a plain ``str`` holding the Indonesian text, which also remembers its
context, template and parameters so the UI can look up the translation
(``kelurahan_desk.ui.i18n.translated``).
"""

from __future__ import annotations

from typing import Any


class Message(str):
    """An Indonesian message that still knows how to be translated."""

    context: str
    template: str
    params: dict[str, Any]

    def __new__(cls, context: str, template: str, params: dict[str, Any]) -> Message:
        obj = super().__new__(cls, template.format(**params))
        obj.context = context
        obj.template = template
        obj.params = params
        return obj


class Template(str):
    """A marked source text; ``format`` turns it into a ``Message``."""

    context: str

    def __new__(cls, context: str, text: str) -> Template:
        obj = super().__new__(cls, text)
        obj.context = context
        return obj

    def format(self, *args: object, **params: Any) -> Message:
        if args:
            raise TypeError("message templates take named parameters only")
        return Message(self.context, str(self), params)

    def message(self) -> Message:
        return self.format()


def QT_TRANSLATE_NOOP(context: str, text: str) -> Template:
    """Mark ``text`` for translation in ``context`` without translating it now."""
    return Template(context, text)
