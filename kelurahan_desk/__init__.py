"""Kelurahan Desk: counter software for Indonesian kelurahan offices."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # ``__version__`` is looked up on first use (kelurahan_desk.version), not at import.
    if name == "__version__":
        from kelurahan_desk.version import app_version

        return app_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
