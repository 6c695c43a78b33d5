"""A log of unexpected errors that never holds case data.

When something goes wrong on a clinician's laptop there is no IT department to look; the
log is what support asks for. It may be mailed around, so it holds only what cannot quote a
client: the exception's type, the frames (file, line, function), the version, the platform
and the time. Never the exception's message or a variable: a message can quote a value that
failed to parse, a SQL fragment, a name.

The log lives in the user's log folder (platformdirs: ~/.local/state/Deelwijzer/log on
Linux, %LOCALAPPDATA%\\Deelwijzer\\Logs on Windows, ~/Library/Logs/Deelwijzer on macOS),
never beside the dossier, and is capped in size: one file plus one older copy.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING

from app import __version__

if TYPE_CHECKING:
    from types import TracebackType

# platform, traceback, datetime and platformdirs are imported where a report is written: the
# module is loaded at every start, before the first window, and reports are rare.

LOG_NAME = "deelwijzer.log"
MAX_BYTES = 256 * 1024
_fault_file: IO[str] | None = None


def log_folder() -> Path:
    """Where the log is written; DEELWIJZER_LOG_DIR overrides (tests, a support session)."""
    explicit = os.environ.get("DEELWIJZER_LOG_DIR")
    if explicit:
        return Path(explicit)
    from app.vault.paths import xdg_folder

    plain = xdg_folder("XDG_STATE_HOME", ".local/state", "Deelwijzer", "log")
    if plain is not None:  # platformdirs' answer, without its import before the first window
        return Path(plain)
    import platformdirs

    return Path(platformdirs.user_log_dir("Deelwijzer", appauthor=False))


def log_path() -> Path:
    return log_folder() / LOG_NAME


def frames(tb: TracebackType | None) -> str:
    """Where it happened, one frame a line; file names are shortened to the package path."""
    import traceback

    lines = []
    for frame in traceback.extract_tb(tb):
        name = frame.filename.replace("\\", "/")
        for root in ("/app/", "/ui/", "/site-packages/"):
            if root in name:
                name = root.strip("/") + "/" + name.rsplit(root, 1)[1]
                break
        lines.append(f"  {name}:{frame.lineno} in {frame.name}\n")
    return "".join(lines)


def describe(kind: type[BaseException], tb: TracebackType | None, where: str = "") -> str:
    """The report as it goes to stderr and into the log: type and frames, no message."""
    place = f" ({where})" if where else ""
    return f"Deelwijzer {__version__}: onverwachte fout {kind.__name__}{place}\n{frames(tb)}"


def write(kind: type[BaseException], tb: TracebackType | None, where: str = "") -> Path | None:
    """Append the report to the log; None when the log cannot be written (a full disk, a
    read-only profile): the error is then only on stderr, and the program goes on."""
    import platform
    from datetime import datetime

    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_BYTES:
            os.replace(path, path.with_suffix(".log.1"))
        stamp = datetime.now().astimezone().isoformat(timespec="seconds")
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"{stamp} {platform.system()} {platform.release()} "
                     f"Python {platform.python_version()}"
                     f"{' frozen' if getattr(sys, 'frozen', False) else ''}\n")
            fh.write(describe(kind, tb, where))
            fh.write("\n")
    except OSError:
        return None
    return path


def enable_fault_log() -> None:
    """A hard crash (a segfault in Qt or SQLCipher) writes the Python stacks to the log too:
    faulthandler prints frames only, never values."""
    global _fault_file
    import faulthandler

    if _fault_file is not None:
        return
    path = log_folder() / "deelwijzer-fault.log"
    try:
        log_folder().mkdir(parents=True, exist_ok=True)
        _fault_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - open until exit
    except OSError:
        return
    faulthandler.enable(file=_fault_file, all_threads=True)
    import atexit

    atexit.register(_drop_empty_fault_log, path)


def _drop_empty_fault_log(path: Path) -> None:
    """At a normal exit an empty fault log goes: left behind, it looks as if something
    crashed (an outside walk, issue 15)."""
    import faulthandler

    faulthandler.disable()
    try:
        if path.stat().st_size == 0:
            path.unlink()
    except OSError:
        pass
