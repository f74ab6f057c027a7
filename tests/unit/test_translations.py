"""The English translation is complete, current with the code, faithful to it, and loads.

Indonesian is the source language; English comes from ``resources/i18n/kelurahan_desk_en.ts``,
which ``./dev translations`` regenerates with pyside6-lupdate and compiles with lrelease.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "kelurahan_desk_en.ts"
DEV = ROOT / "dev"
BIN = Path(sys.executable)
FIX_HINT = "run ./dev translations and translate the new texts"

# Texts other tests and the documentation rely on.
REQUIRED = {
    ("MainWindow", "Antrean"): "Queue",
    ("MainWindow", "Peran: {role}"): "Role: {role}",
    ("roles", "Petugas loket"): "Counter officer",
    ("cli", "Tidak ada penyimpanan di {folder}."): "No store in {folder}.",
}


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    comment: str
    status: str  # "" when finished, else "unfinished", "vanished" or "obsolete"
    translations: tuple[str, ...]  # one, or one per plural form

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}"


def read_ts(path: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path}: a message without <translation>"
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            entries.append(Entry(
                name,
                message.findtext("source", ""),
                message.findtext("comment", ""),
                translation.get("type", ""),
                tuple(texts),
            ))
    return entries


def tool(name: str) -> Path:
    path = BIN.with_name(name)
    assert path.exists(), f"{name} not found next to {BIN}: is the venv complete?"
    return path


def lupdate_arguments(ts: Path) -> list[str]:
    """The arguments ``./dev translations`` gives pyside6-lupdate, writing to ``ts`` instead.

    Read from the ``cmd_translations`` function of ./dev so the two cannot drift apart.
    """
    script = DEV.read_text(encoding="utf-8")
    body = re.search(r"^cmd_translations\(\)\s*\{\n(.*?)^\}", script, re.M | re.S)
    assert body, "./dev has no cmd_translations function"
    command = next(
        (shlex.split(line) for line in body.group(1).replace("\\\n", " ").splitlines()
         if "pyside6-lupdate" in line),
        None,
    )
    assert command, "cmd_translations in ./dev does not run pyside6-lupdate"
    arguments = command[1:]
    assert "-ts" in arguments, "cmd_translations in ./dev gives lupdate no -ts file"
    at = arguments.index("-ts") + 1
    assert (ROOT / arguments[at]).resolve() == TS, arguments[at]
    arguments[at] = str(ts)
    return arguments


@pytest.fixture(scope="module")
def committed() -> list[Entry]:
    return read_ts(TS)


def placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{([^{}]*)\}", text.replace("{{", "").replace("}}", "")))


def mnemonics(text: str) -> int:
    return text.replace("&&", "").count("&")


def listing(entries: list[Entry]) -> str:
    return "\n".join(f"  {entry}" for entry in entries)


def test_lupdate_arguments_come_from_dev(tmp_path):
    arguments = lupdate_arguments(tmp_path / "copy.ts")
    assert "kelurahan_desk" in arguments
    assert arguments[arguments.index("-ts") + 1] == str(tmp_path / "copy.ts")


def test_translation_file_is_complete_and_current(tmp_path, committed):
    """lupdate over today's code adds, drops or reopens nothing in the committed file."""
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    done = subprocess.run(
        [str(tool("pyside6-lupdate")), *lupdate_arguments(copy)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    updated = read_ts(copy)

    before = {e.key for e in committed}
    now = {e.key for e in updated}
    added = [e for e in updated if e.key not in before]
    untranslated = [e for e in updated if e.key in before and e.status == "unfinished"]
    stale = [e for e in updated if e.status in ("vanished", "obsolete")]
    gone = [e for e in committed if e.key not in now]

    problems = []
    if added:
        problems.append(f"{len(added)} new text(s) in the code:\n{listing(added)}")
    if untranslated:
        problems.append(f"{len(untranslated)} untranslated text(s):\n{listing(untranslated)}")
    if stale or gone:
        problems.append(
            f"{len(stale) + len(gone)} text(s) no longer in the code:\n{listing(stale + gone)}"
        )
    assert not problems, (
        f"{TS.relative_to(ROOT)} is out of date; {FIX_HINT}.\n" + "\n".join(problems)
    )
    assert now == before


def test_translations_keep_placeholders_and_mnemonics(committed):
    problems = []
    for entry in committed:
        for text in entry.translations:
            if not text.strip():
                problems.append(f"{entry}: empty translation")
                continue
            if placeholders(text) != placeholders(entry.source):
                problems.append(
                    f"{entry}: placeholders {sorted(placeholders(entry.source))} "
                    f"became {sorted(placeholders(text))} in {text!r}"
                )
            if mnemonics(text) != mnemonics(entry.source):
                problems.append(
                    f"{entry}: {mnemonics(entry.source)} '&' mnemonic(s) "
                    f"became {mnemonics(text)} in {text!r}"
                )
    assert not problems, "\n".join(problems)


def test_required_texts(committed):
    found = {(e.context, e.source): e.translations[0] for e in committed}
    assert {key: found.get(key) for key in REQUIRED} == REQUIRED


def test_compiled_translation_works_at_run_time(tmp_path, qapp):
    qm = tmp_path / "kelurahan_desk_en.qm"
    done = subprocess.run(
        [str(tool("pyside6-lrelease")), "-silent", str(TS), "-qm", str(qm)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    translator = QTranslator()
    assert translator.load(str(qm)), f"QTranslator could not load {qm}"
    assert qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Antrean") == "Queue"
        for (context, source), english in REQUIRED.items():
            assert QCoreApplication.translate(context, source) == english
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "Antrean") == "Antrean"
