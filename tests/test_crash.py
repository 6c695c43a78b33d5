"""Unexpected errors in a slot, a timer, a worker thread or the command line (issue 15).

Each case runs in a fresh process, as a user's would: the error is said (one box, answered
through msgbox's test seam), written to the log with its frames and without its message, and
the process ends by itself — run under a timeout, so a hang fails the test.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SECRET = "Yvonne Visser, Dorpsstraat 12"

SETUP = """
import sys, threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui import crash, msgbox
app = QApplication([])
crash.install(app)
msgbox.answer_next(*[None] * 10)
def boom():
    raise ValueError("SECRET")
def finish():
    print("boxes:", [kind for kind, _text in msgbox.shown], "texts:", msgbox.shown, flush=True)
    app.quit()
""".replace("SECRET", SECRET)


def _run(code: str, tmp_path: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DEELWIJZER_LOG_DIR": str(tmp_path),
           "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def _log(tmp_path: Path) -> str:
    return (tmp_path / "deelwijzer.log").read_text(encoding="utf-8")


def test_an_error_in_a_timer_slot_is_said_logged_without_its_text_and_the_app_goes_on(tmp_path):
    result = _run(SETUP + """
QTimer.singleShot(0, boom)
QTimer.singleShot(300, finish)
sys.exit(app.exec())
""", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "boxes: ['error']" in result.stdout
    assert "ValueError" in result.stdout and "Meld dit aan ondersteuning" in result.stdout
    assert "ValueError" in result.stderr and "in boom" in result.stderr
    assert "Visser" not in result.stderr + result.stdout
    log = _log(tmp_path)
    assert "ValueError" in log and "in boom" in log and "Visser" not in log


def test_an_error_in_a_worker_thread_is_shown_on_the_gui_thread(tmp_path):
    result = _run(SETUP + """
from PySide6.QtCore import QThread
from ui import msgbox as box
original = box.error
def on_gui_thread(*args):
    print("gui thread:", QThread.currentThread() is app.thread(), flush=True)
    original(*args)
box.error = on_gui_thread
threading.Thread(target=boom, name="pdf").start()
QTimer.singleShot(500, finish)
sys.exit(app.exec())
""", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "gui thread: True" in result.stdout and "boxes: ['error']" in result.stdout
    assert "thread pdf" in _log(tmp_path) and "Visser" not in _log(tmp_path)


def test_an_error_that_keeps_coming_back_closes_the_app_instead_of_burying_it_in_boxes(
        tmp_path):
    result = _run(SETUP + """
repeat = QTimer(); repeat.timeout.connect(boom); repeat.start(10)
QTimer.singleShot(20000, finish)  # not reached: the third error closes the app
sys.exit(app.exec())
""", tmp_path)
    assert result.returncode == 70, (result.stdout, result.stderr)
    assert "boxes:" not in result.stdout
    assert _log(tmp_path).count("ValueError") >= 3


def test_an_error_on_the_command_line_is_said_without_its_text(tmp_path):
    result = _run("""
import sys
import app.cli as cli
def broken(own_observation):
    raise RuntimeError("SECRET")
cli.cmd_lint = broken
import ui.entry
sys.argv = ["deelwijzer", "lint"]
sys.exit(ui.entry.main())
""".replace("SECRET", SECRET), tmp_path)
    assert result.returncode == 70
    assert "RuntimeError" in result.stderr and "Visser" not in result.stderr
    assert "command line" in _log(tmp_path)


def test_the_log_is_capped(tmp_path, monkeypatch):
    from app import crash_log

    monkeypatch.setenv("DEELWIJZER_LOG_DIR", str(tmp_path))
    monkeypatch.setattr(crash_log, "MAX_BYTES", 500)
    for _ in range(20):
        try:
            raise KeyError(SECRET)
        except KeyError as exc:
            crash_log.write(KeyError, exc.__traceback__)
    assert (tmp_path / "deelwijzer.log").stat().st_size < 1500
    assert (tmp_path / "deelwijzer.log.1").exists()
    assert not list(tmp_path.glob("*.log.2"))
