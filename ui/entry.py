"""The `deelwijzer` console script. Qt is imported only when the window is really opened."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.cli import main as cli_main


def _launch(db_path: Path) -> int:
    if _no_screen():
        from app.content.i18n import _

        print(_("Deelwijzer heeft een beeldscherm nodig: er is geen grafische sessie (DISPLAY "
                "of WAYLAND_DISPLAY is niet gezet). Start Deelwijzer vanuit het menu van uw "
                "bureaublad. Zonder scherm werken alleen de opdrachten, zoals "
                "'deelwijzer verify' en 'deelwijzer backup'."), file=sys.stderr)
        return 1
    from ui.application import run

    return run(db_path)


def _no_screen() -> bool:
    """On Linux without a display Qt aborts with its own English text, which blames a missing
    library; said plainly here instead (Windows and macOS always have a screen)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main() -> int:
    # Everything this process creates — dossier, journal, head, backups, temporary files,
    # folders — is the user's alone from its first byte.
    if hasattr(os, "umask"):
        os.umask(0o077)
    # A window program on Windows (the installed deelwijzer.exe) has no stdout or stderr:
    # a print, or the error report, must not fail for want of one.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    try:
        return cli_main(sys.argv[1:], gui=_launch)
    except Exception as exc:  # noqa: BLE001 - a bug: said without its message (case data)
        from app import crash_log

        print(crash_log.describe(type(exc), exc.__traceback__), file=sys.stderr)
        crash_log.write(type(exc), exc.__traceback__, "command line")
        return 70  # EX_SOFTWARE


if __name__ == "__main__":
    sys.exit(main())
