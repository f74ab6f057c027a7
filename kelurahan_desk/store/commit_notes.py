"""Who is told of committed audit events (the log of audited actions, logs.py).

Kept apart from ``unit_of_work`` so that the log can listen from the first moment of a
run without importing SQLAlchemy: the desk shows its sign-in dialog before that import.
"""

from __future__ import annotations

from collections.abc import Callable

# What each committed unit of work appended: (seq, action, record type, role) per event.
EventNote = tuple[int, str, str, str]
_listeners: list[Callable[[list[EventNote]], None]] = []


def on_commit(callback: Callable[[list[EventNote]], None]) -> None:
    """Call ``callback`` with the events of every unit of work, once it has committed."""
    _listeners.append(callback)


def tell_committed(events: list[EventNote]) -> None:
    for callback in _listeners:
        callback(list(events))
