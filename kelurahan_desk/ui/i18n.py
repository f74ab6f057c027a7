"""Qt translation: Indonesian is the source language; English comes from a .qm file."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kelurahan_desk.domain.messages import Message, Template
from kelurahan_desk.paths import resources_dir

LANGUAGES = ("id", "en")


def install_translator(app: QCoreApplication, lang: str) -> QTranslator | None:
    """Load the translation for ``lang``; Indonesian needs none (it is the source)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian if lang == "id" else
                               QLocale.Language.English, QLocale.Country.Indonesia))
    if lang == "id":
        return None
    translator = QTranslator(app)
    qm = resources_dir() / "i18n" / f"kelurahan_desk_{lang}.qm"
    if not translator.load(str(qm)):
        raise FileNotFoundError(f"translation file missing: {qm}")
    app.installTranslator(translator)
    return translator


def translated(text: Any) -> str:
    """The user's language for a message made outside Qt (see domain/messages.py)."""
    if isinstance(text, Message):
        params = {k: translated(v) for k, v in text.params.items()}
        return QCoreApplication.translate(text.context, text.template).format(**params)
    if isinstance(text, Template):
        return QCoreApplication.translate(text.context, str(text))
    return str(text)
