"""Copying case text to the clipboard, marked sensitive and cleared again.

Text the app copies is marked for clipboard managers not to keep it (KDE, Windows), cleared
after `CLEAR_AFTER_MS` unless the user copied something else since, and cleared when the app
closes. (Clearing at exit also avoids a crash: PySide6 aborts at shutdown while the clipboard
still owns a QMimeData made in Python.)
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 2 * 60 * 1000
MARKER = "application/x-deelwijzer-sensitive"

_timer: QTimer | None = None


def copy_sensitive(text: str, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
    global _timer
    mime = QMimeData()
    mime.setText(text)
    mime.setData("x-kde-passwordManagerHint", b"secret")
    mime.setData("ExcludeClipboardContentFromMonitorProcessing", b"1")
    mime.setData(MARKER, b"1")
    QGuiApplication.clipboard().setMimeData(mime)
    if _timer is None:
        _timer = QTimer()
        _timer.setSingleShot(True)
        _timer.timeout.connect(clear_if_ours)
    _timer.start(clear_after_ms)


def holds_ours() -> bool:
    data = QGuiApplication.clipboard().mimeData()
    return data is not None and data.hasFormat(MARKER)


def clear_if_ours() -> None:
    """Clear the clipboard only when it still holds what Deelwijzer put there."""
    if holds_ours():
        QGuiApplication.clipboard().clear()
    if _timer is not None:
        _timer.stop()
