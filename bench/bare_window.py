"""Baseline for the start-up benchmark: the least a PySide6 program does to show a window.

Creates a QApplication and a QMainWindow holding a QLabel, shows it, lets the event loop
expose it, prints ``KD-READY`` and quits.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Kelurahan Desk")
    window.setCentralWidget(QLabel("Kelurahan Desk"))
    window.show()
    app.processEvents()

    def ready() -> None:
        print("KD-READY", flush=True)
        app.quit()

    QTimer.singleShot(0, ready)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
