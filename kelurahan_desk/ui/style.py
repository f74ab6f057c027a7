"""The look of the program: one stylesheet, and roles that widgets opt into."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

STYLESHEET = """
QWidget { font-size: 11pt; }
QMainWindow, QDialog, QWizard { background: #f6f7f9; }
QLabel[role="title"] { font-size: 18pt; font-weight: 600; color: #12343b; }
QLabel[role="subtitle"] { font-size: 13pt; font-weight: 600; color: #12343b; }
QLabel[role="muted"] { color: #5b6770; }
QLabel[role="error"] { color: #b3261e; font-weight: 600; }
QLabel[role="warning"] { color: #8a5a00; }
QLabel[role="ok"] { color: #1b6e3a; }
QLabel[role="notice"] {
    background: #fff8e1; border: 1px solid #e6c66a; border-radius: 6px; padding: 12px;
    color: #4a3b00;
}
QFrame#sidebar { background: #12343b; }
QFrame#sidebar QLabel { color: #e8f1f2; }
QFrame#sidebar QLabel[role="brand"] { font-size: 16pt; font-weight: 700; color: white; }
QFrame#sidebar QLabel[role="office"] { font-size: 10pt; color: #a9c4c8; }
QFrame#sidebar QPushButton {
    color: #e8f1f2; background: transparent; border: none; text-align: left;
    padding: 10px 14px; border-radius: 6px; font-size: 12pt;
}
QFrame#sidebar QPushButton:hover { background: #1d4b54; }
QFrame#sidebar QPushButton:checked { background: #2f7d87; font-weight: 600; }
QPushButton[role="primary"] {
    background: #2f7d87; color: white; border: none; border-radius: 6px; padding: 8px 18px;
}
QPushButton[role="primary"]:hover { background: #256870; }
QTableView { background: white; gridline-color: #e2e6ea; selection-background-color: #cfe7ea;
             selection-color: #12343b; }
QHeaderView::section { background: #e9edf0; padding: 6px; border: none;
                       border-right: 1px solid #d5dbe0; font-weight: 600; }
QStatusBar { background: #e9edf0; }
QStatusBar QLabel { padding: 0 10px; }
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLESHEET)


def set_role(widget: QWidget, role: str) -> None:
    """Give ``widget`` a look from the stylesheet (title, muted, error, primary, …).

    A widget not polished yet (one being built) takes its look when Qt polishes it; one
    already polished is polished again here. Asking Python for a widget's style costs
    ~20 ms the first time (PySide6 builds QStyle's type and its enums), paid only then.
    """
    widget.setProperty("role", role)
    if _polished(widget):
        repolish(widget)


def repolish(widget: QWidget) -> None:
    """Apply the stylesheet again after a property its selectors look at has changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def _polished(widget: QWidget) -> bool:
    # Imported here: the Qt namespace costs ~30 ms on its first import, which the path to
    # the sign-in dialog does without (its widgets are all new there).
    from PySide6.QtCore import Qt

    return widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished)
