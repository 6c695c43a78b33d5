"""One small helper for slow work off the GUI thread (key derivation, PDF writing).

The work function never touches a widget; its result or exception comes back on the GUI
thread through the callbacks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

_running: set[_Relay] = set()


class _Relay(QObject):
    """Lives on the GUI thread; the queued signals deliver the outcome there."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_success: Callable[[Any], None],
                 on_failure: Callable[[BaseException], None], owner: QObject | None) -> None:
        super().__init__()
        self._on_success = on_success
        self._on_failure = on_failure
        self._owner = owner
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_failed)

    @Slot(object)
    def _deliver_done(self, result: object) -> None:
        _running.discard(self)
        if self._owner_alive():
            self._on_success(result)

    @Slot(object)
    def _deliver_failed(self, exc: object) -> None:
        _running.discard(self)
        if self._owner_alive():
            self._on_failure(exc)  # type: ignore[arg-type]

    def _owner_alive(self) -> bool:
        # The widget or model that asked may be gone by the time the answer comes (a window
        # closed while a search or a check ran): then there is no one left to tell.
        return self._owner is None or shiboken6.isValid(self._owner)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # noqa: BLE001 - handed to the failure callback
            self._tell("failed", exc)
        else:
            self._tell("done", result)

    def _tell(self, signal: str, outcome: object) -> None:
        """Emit, unless the program ended while the work ran (its relay is gone with the
        interpreter's objects): then there is no one left to tell, and that is no error —
        it was logged as one when the unlock's wait was stopped by 'Afsluiten'."""
        try:
            getattr(self._relay, signal).emit(outcome)
        except RuntimeError:
            if shiboken6.isValid(self._relay):
                raise


def run_in_background(work: Callable[[], Any], on_success: Callable[[Any], None],
                      on_failure: Callable[[BaseException], None],
                      pool: QThreadPool | None = None, owner: QObject | None = None) -> None:
    """Run `work` on the thread pool (or on `pool`: one thread keeps a reader's queries in
    order); call back on the GUI thread — not at all once `owner` has been deleted."""
    relay = _Relay(on_success, on_failure, owner)
    _running.add(relay)
    (pool or QThreadPool.globalInstance()).start(_Task(work, relay))


def busy() -> bool:
    return bool(_running)
