"""The program's one version string: pyproject's ``version``, as the installed package says."""

from __future__ import annotations

import functools
from pathlib import Path

DISTRIBUTION = "kelurahan-desk"
UNKNOWN = "0+unknown"


@functools.cache
def app_version() -> str:
    """The installed distribution's version; a bare checkout reads its pyproject.toml.

    The bundles carry the distribution's metadata (installer/kelurahan_desk.spec copies
    it), so they answer like an installed copy. Looked up once: the lookup walks
    ``sys.path`` (~10-20 ms).
    """
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return _checkout_version() or UNKNOWN


def _checkout_version() -> str | None:
    import tomllib

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
    except (OSError, tomllib.TOMLDecodeError):
        return None
    found = project.get("version") if project.get("name") == DISTRIBUTION else None
    return found if isinstance(found, str) else None
