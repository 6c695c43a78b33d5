"""The Qt binding itself must survive a long session: PySide6 6.12.0 aborted the process after a
few thousand signal emissions (a reference to True released on every emit)."""

import subprocess
import sys

CODE = r"""
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication
app = QApplication([])
class Source(QObject):
    changed = Signal(object)
    ticked = Signal()
source = Source()
seen = []
source.changed.connect(seen.append)
source.ticked.connect(lambda: None)
for i in range(20000):
    source.changed.emit(i % 2 == 0)
    source.ticked.emit()
print(len(seen))
"""


def test_many_signal_emissions_do_not_crash_the_process():
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "20000"
