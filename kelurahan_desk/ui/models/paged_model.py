"""The base of the big lists (print jobs, invalid cards, blank serials): rows come a page at
a time from a service as the view scrolls (``canFetchMore``/``fetchMore``).

A list of 100,000 jobs costs one count and one page of rows to show; scrolling asks for
the next page. A filter or an order changed is a new query: ``load`` starts over.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject

from kelurahan_desk.ui.models.rows_model import Index, RowsModel

Fetch = Callable[[int, int], list[Any]]  # (offset, limit) → rows
Count = Callable[[], int]

PAGE_SIZE = 200


class PagedModel(RowsModel):
    """Rows of one query, fetched ``page_size`` at a time; subclasses show them."""

    def __init__(self, parent: QObject | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._fetch: Fetch = lambda _offset, _limit: []
        self._total = 0
        # A view (or a model tester) may ask for more from inside the insertion signals;
        # a second fetch of the same offset then would list a page twice.
        self._fetching = False

    def load(self, fetch: Fetch, count: Count) -> None:
        """A new query: count its rows and show the first page. What they raise (a
        ``ServiceError``) goes to the caller, and the list is then empty."""
        try:
            total = count()
            rows = fetch(0, self.page_size) if total else []
        except Exception:
            self.clear()
            raise
        self._fetch, self._total = fetch, max(total, len(rows))
        self._set_rows(rows)

    def clear(self) -> None:
        self._fetch, self._total = (lambda _offset, _limit: []), 0
        self._set_rows(())

    @property
    def total(self) -> int:
        """How many rows the query has, fetched or not."""
        return self._total

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rows(self) -> list[Any]:
        """The rows fetched so far."""
        return list(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt default
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt default
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        try:
            more = self._fetch(len(self._rows), self.page_size)
            if not more:
                # Rows went away since the count (another loket, a filter's edge).
                self._total = len(self._rows)
                return
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self._total = max(self._total, len(self._rows))
            self.endInsertRows()
        finally:
            self._fetching = False

    def fetch_all(self) -> None:
        """Every row (tests, and a "select all" that must see each one)."""
        while self.canFetchMore():
            self.fetchMore()

    def find(self, matches: Callable[[Any], bool]) -> int:
        """The row of the first fetched row that ``matches``, or -1."""
        return next((n for n, row in enumerate(self._rows) if matches(row)), -1)

