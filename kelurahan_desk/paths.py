"""Where bundled resources live (in a source checkout and in an installed wheel), and the
name of an office's store file in its data folder. Imports nothing heavy: the start path
and the diagnostics use it before (or without) SQLAlchemy."""

from __future__ import annotations

from pathlib import Path

STORE_FILE = "kelurahan.sqlite"


def resources_dir() -> Path:
    """Return the folder holding the app's bundled resources (regions, translations).

    The wheel build force-includes the top-level ``resources/`` as
    ``kelurahan_desk/resources/``, so an installed copy finds it next to this module; a
    source checkout finds it one level up, at the repository root. The installed location
    is tried first so that an installed package never picks up a stray checkout's files.
    """
    package_dir = Path(__file__).resolve().parent
    candidates = (package_dir / "resources", package_dir.parent / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(candidate) for candidate in candidates)
    raise FileNotFoundError(f"resources folder not found; looked in: {tried}")
