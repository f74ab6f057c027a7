"""The program's one version string: pyproject's ``version``, as the installed package says."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

DISTRIBUTION = "kelurahan-desk"
UNKNOWN = "0+unknown"


@functools.cache
def app_version() -> str:
    """The installed distribution's version; a bare checkout reads its pyproject.toml.

    The bundles carry the distribution's metadata (installer/kelurahan_desk.spec copies
    it), so they answer like an installed copy. Looked up once, and first by the name of
    the distribution's ``.dist-info`` folder, which carries the version: importing
    ``importlib.metadata`` alone cost every start ~25 ms (the log's first line names the
    version), before its first window.
    """
    found = _dist_info_version()
    if found is not None:
        return found
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return _checkout_version() or UNKNOWN


def _dist_info_version() -> str | None:
    """``X`` of the first ``kelurahan_desk-X.dist-info`` folder on ``sys.path``, in the
    order ``importlib.metadata`` looks (the wheel's normalised name)."""
    prefix, suffix = DISTRIBUTION.replace("-", "_") + "-", ".dist-info"
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.startswith(prefix) and name.endswith(suffix):
                return name[len(prefix):-len(suffix)]
    return None


def _checkout_version() -> str | None:
    import tomllib

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
    except (OSError, tomllib.TOMLDecodeError):
        return None
    found = project.get("version") if project.get("name") == DISTRIBUTION else None
    return found if isinstance(found, str) else None
