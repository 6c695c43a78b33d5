"""The `deelwijzer` console script. Qt is imported only when the window is really opened.

The usual start, from a menu or a shortcut, has no arguments: it goes straight to the window
without the command line's module (its parser, its commands and their help: 3-6 ms before the
first window). Anything else is the command line's (app/cli.py).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _launch(db_path: Path) -> int:
    if _no_screen():
        from app.content.i18n import _

        print(_("Deelwijzer heeft een beeldscherm nodig: er is geen grafische sessie (DISPLAY "
                "of WAYLAND_DISPLAY is niet gezet). Start Deelwijzer vanuit het menu van uw "
                "bureaublad. Zonder scherm werken alleen de opdrachten, zoals "
                "'deelwijzer verify' en 'deelwijzer backup'."), file=sys.stderr)
        return 1
    from ui import source_scan

    source_scan.enter_loaded_modules()  # before the interface's imports: fewer sources read
    from ui.application import run

    return run(db_path)


def _no_screen() -> bool:
    """On Linux without a display Qt aborts with its own English text, which blames a missing
    library; said plainly here instead (Windows and macOS always have a screen)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _window() -> int:
    """The window on the dossier in the user's data folder (or DEELWIJZER_DB)."""
    from app.errors import DossierError
    from app.vault.paths import default_dossier_path

    try:
        return _launch(default_dossier_path(None))
    except DossierError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


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
        if not sys.argv[1:]:
            return _window()
        from app.cli import main as cli_main

        return cli_main(sys.argv[1:], gui=_launch)
    except Exception as exc:  # noqa: BLE001 - a bug: said without its message (case data)
        from app import crash_log

        print(crash_log.describe(type(exc), exc.__traceback__), file=sys.stderr)
        crash_log.write(type(exc), exc.__traceback__, "command line")
        return 70  # EX_SOFTWARE


if __name__ == "__main__":
    sys.exit(main())
