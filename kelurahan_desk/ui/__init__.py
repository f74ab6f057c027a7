"""PySide6 user interface: windows, pages, dialogs, models."""
