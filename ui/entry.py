"""The `deelwijzer` console script. Qt is imported only when the window is really opened."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.cli import main as cli_main


def _launch(db_path: Path) -> int:
    from ui.application import run

    return run(db_path)


def main() -> int:
    # Everything this process creates — dossier, journal, head, backups, temporary files,
    # folders — is the user's alone from its first byte.
    if hasattr(os, "umask"):
        os.umask(0o077)
    return cli_main(sys.argv[1:], gui=_launch)


if __name__ == "__main__":
    sys.exit(main())
