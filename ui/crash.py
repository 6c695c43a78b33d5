"""Unexpected errors anywhere — a slot, a timer, a worker thread — end in a clear message.

PySide6 hands an exception raised in a slot or a timer to `sys.excepthook` and carries on;
a plain Python thread hands it to `threading.excepthook`. Both come here: the report goes to
stderr and to the log (app/crash_log.py: type and frames only, never the message, which can
quote case data), and the user sees one message box saying what happened and that saved work
is kept. A box is only ever shown on the GUI thread (a worker's error is queued there), one
at a time; an error that keeps coming back (in a paint event, say) would otherwise bury the
user in boxes, so after the third within a minute Deelwijzer says so and closes — the
dossier is closed as on a normal exit, and the process never hangs.
"""

from __future__ import annotations

import sys
import threading
import time
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from app import crash_log

REPEATS_BEFORE_CLOSING = 3
WINDOW_S = 60.0
EXIT_CODE = 70  # EX_SOFTWARE: an internal error


class _Relay(QObject):
    """Lives on the GUI thread: a report emitted on any thread is shown there (the slot is
    the relay's own, so a worker's emit is queued to the GUI thread)."""

    report = Signal(str, str)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.report.connect(self.show)

    @Slot(str, str)
    def show(self, kind_name: str, log: str) -> None:
        _show(kind_name, log)


_relay: _Relay | None = None
_showing = False
_recent: list[float] = []


def _tr(text: str) -> str:
    return QCoreApplication.translate("crash", text)


def handle(kind: type[BaseException], exc: BaseException | None, tb: TracebackType | None,
           where: str = "") -> None:
    """Report an unexpected error: stderr, the log, and (on the GUI) one message box."""
    if issubclass(kind, KeyboardInterrupt):
        QCoreApplication.quit()
        return
    print(crash_log.describe(kind, tb, where), file=sys.stderr)
    path = crash_log.write(kind, tb, where)
    if _relay is not None:
        _relay.report.emit(kind.__name__, str(path or ""))  # queued when off the GUI thread


def _show(kind_name: str, log: str) -> None:
    global _showing
    from ui import msgbox

    now = time.monotonic()
    _recent[:] = [t for t in _recent if now - t < WINDOW_S] + [now]
    closing = len(_recent) >= REPEATS_BEFORE_CLOSING
    if _showing and not closing:
        return  # the box already on screen says it; its user has not answered yet
    where = _tr("De gegevens over de fout staan in {log}.").format(log=log) if log else ""
    if closing:
        text = _tr("Er ging herhaaldelijk iets mis in Deelwijzer ({kind}). Deelwijzer sluit nu "
                   "af; wat u al had opgeslagen is bewaard. Start Deelwijzer opnieuw en meld "
                   "dit aan ondersteuning.").format(kind=kind_name)
    else:
        text = _tr("Er ging iets mis in Deelwijzer ({kind}). Wat u al had opgeslagen is "
                   "bewaard. Meld dit aan ondersteuning.").format(kind=kind_name)
    _showing = True
    try:
        msgbox.error(None, _tr("Onverwachte fout"), f"{text} {where}".strip())
    finally:
        _showing = False
    if closing:
        QCoreApplication.exit(EXIT_CODE)  # leaves every event loop, nested ones too


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    name = args.thread.name if args.thread is not None else ""
    handle(args.exc_type, args.exc_value, args.exc_traceback, f"thread {name}".strip())


def install(app: QCoreApplication) -> None:
    """Take over both hooks; call once, with the QApplication, on the GUI thread."""
    global _relay
    if app.thread() is not QThread.currentThread():
        raise RuntimeError("crash.install must run on the GUI thread")
    if _relay is None:
        _relay = _Relay(app)
    sys.excepthook = handle
    threading.excepthook = _thread_hook
