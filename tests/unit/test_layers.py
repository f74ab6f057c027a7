"""The layers of DESIGN.md hold: checked on the imports each module really makes."""

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "kelurahan_desk"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def offenders(layer: str, forbidden: tuple[str, ...]) -> dict[str, list[str]]:
    bad = {}
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        hits = sorted(
            m for m in imported_modules(path)
            if any(m == f or m.startswith(f + ".") for f in forbidden)
        )
        if hits:
            bad[str(path.relative_to(PACKAGE))] = hits
    return bad


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        ("domain", ("PySide6", "sqlalchemy", "reportlab", "alembic", "kelurahan_desk.store",
                    "kelurahan_desk.services", "kelurahan_desk.ui")),
        ("services", ("PySide6", "kelurahan_desk.ui", "reportlab")),
        ("store", ("PySide6", "kelurahan_desk.services", "kelurahan_desk.ui")),
        ("sync", ("PySide6", "kelurahan_desk.ui")),
        ("ui", ("sqlalchemy", "alembic")),
    ],
)
def test_layer_imports(layer, forbidden):
    assert offenders(layer, forbidden) == {}


def test_the_check_itself_sees_imports(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("import sqlalchemy.orm\nfrom PySide6.QtCore import Qt\n")
    assert imported_modules(sample) == {"sqlalchemy.orm", "PySide6.QtCore"}


def test_every_module_opens_with_a_docstring():
    missing = [
        str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
        if "versions" not in p.parts and ast.get_docstring(ast.parse(p.read_text())) is None
    ]
    assert missing == []


def test_the_sign_in_dialog_shows_before_sqlalchemy_is_imported(tmp_path):
    """The desk's start path to its first dialog (command line, log, application, the
    dialog shown without a store) loads no SQLAlchemy, Alembic or reportlab: those are
    imported on a pool thread while the user types (app.DeskSession). An import added to
    that path would cost every start 0.3-0.7 s; this says which module brought it."""
    script = f"""
import sys
from kelurahan_desk import cli, logs
from kelurahan_desk.app import DeskSession, make_application
from kelurahan_desk.ui.sign_in_dialog import SignInDialog

cli.build_parser().parse_args(["--demo"])
logs.setup_logging(__import__("pathlib").Path({str(tmp_path)!r}), "desk")
app = make_application("id")
dialog = SignInDialog(None)
dialog.show()
app.processEvents()
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic", "reportlab"))
print(" ".join(heavy[:5]))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
