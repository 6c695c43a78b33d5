"""One writer per dossier: an exclusive lock on a file beside it, held while it is open.

Why an OS lock and not a PID file: the operating system releases it when the process ends,
however it ends, so a lock left by a crashed Deelwijzer is simply taken over — there is no
stale lock to clean up. `fcntl.flock` on POSIX, `msvcrt.locking` on Windows."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

from app.errors import DossierInUse, LocationNotWritable, os_reason


def lock_path(dossier: Path) -> Path:
    return dossier.with_name(dossier.name + ".lock")


# A Deelwijzer just closed makes its rolling backup after its window has gone: several seconds
# with years of cases. A start meanwhile waits this long for it before saying "al geopend".
CLOSING_WAIT_S = 20.0


def wait_until_free(dossier: Path, seconds: float = CLOSING_WAIT_S, step: float = 0.2,
                    stop: Callable[[], bool] | None = None) -> bool:
    """True as soon as no process holds the dossier's lock (it is not taken here); False when
    one still does after `seconds`, or once `stop()` says so. Why: a restart within seconds
    of quitting met "al geopend" while the old process was still making its backup (an
    outside walk)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            DossierLock(dossier).acquire().release()
            return True
        except DossierInUse:
            if time.monotonic() >= deadline or (stop is not None and stop()):
                return False
            time.sleep(step)


class DossierLock:
    """Held from `acquire` until `release` (or the end of the process)."""

    def __init__(self, dossier: Path) -> None:
        self.dossier = Path(dossier)
        self._file: IO[bytes] | None = None

    def acquire(self) -> DossierLock:
        """Take the lock or raise DossierInUse; never waits."""
        try:
            # O_NOFOLLOW: a lock file that is a symlink is not followed to create a file
            # elsewhere (verify must write nothing outside its own lock).
            flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
            fd = os.open(lock_path(self.dossier), flags, 0o600)
        except OSError as exc:
            raise LocationNotWritable(str(self.dossier.parent), os_reason(exc)) from None
        handle = os.fdopen(fd, "r+b")
        try:
            if sys.platform == "win32":  # pragma: no cover - Windows
                import msvcrt

                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise DossierInUse(str(self.dossier)) from None
        self._file = handle
        return self

    def release(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()  # closing releases the lock on both systems
            self._file = None

    def __del__(self) -> None:
        # A dossier dropped without close(): let go of the lock with it, quietly.
        self.release()

    @property
    def held(self) -> bool:
        return self._file is not None
