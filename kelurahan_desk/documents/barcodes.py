"""Code128 as modules and bar runs, so every document draws its bars as sharp rectangles."""

from __future__ import annotations

import barcode

QUIET_MODULES = 10  # blank modules each side, as Code128 requires


def code128_modules(data: str) -> str:
    """The Code128 symbol for ``data`` as modules, "1" a bar and "0" a space.

    python-barcode chooses the code sets (C for runs of digits) and adds the check
    symbol; only the drawing is left to the document, as plain rectangles reportlab
    keeps sharp.
    """
    return str(barcode.Code128(data).build()[0])


def bar_runs(modules: str) -> list[tuple[int, int]]:
    """(first module, width in modules) of every bar."""
    runs: list[tuple[int, int]] = []
    start = None
    for i, module in enumerate(modules + "0"):
        if module == "1" and start is None:
            start = i
        elif module == "0" and start is not None:
            runs.append((start, i - start))
            start = None
    return runs
