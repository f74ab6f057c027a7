"""The interpreter/Qt pairing is sound: PySide6 6.12 on Python < 3.12 aborts here."""

import subprocess
import sys

SCRIPT = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(20000):
    label.setText(str(i))  # returns None: on a bad pairing None's refcount hits zero
print("survived")
"""


def test_twenty_thousand_void_calls_do_not_abort_the_interpreter():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout


def test_running_on_a_supported_python():
    assert sys.version_info >= (3, 12)
