"""Where the dossier lives: `--db`, then DEELWIJZER_DB, then the user's data folder."""

from __future__ import annotations

import os
import posixpath
import sys
from pathlib import Path

APP_NAME = "Deelwijzer"
DOSSIER_FILENAME = "dossier.db"


def data_folder() -> Path:
    """The per-user data folder (platformdirs), not roaming: the dossier stays on this machine."""
    plain = xdg_folder("XDG_DATA_HOME", ".local/share", APP_NAME)
    if plain is not None:
        return Path(plain)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def xdg_folder(variable: str, under_home: str, *parts: str) -> str | None:
    """On Linux, where platformdirs' answer is plain — an absolute $variable, else an absolute
    HOME's ~/`under_home` — the same folder without importing platformdirs (eight modules,
    5 ms before the first window); None anywhere else (another system, no HOME or a relative
    one), and the caller asks platformdirs. tests/test_keys_and_location.py compares the two."""
    if not sys.platform.startswith("linux"):
        return None
    base = os.environ.get(variable, "")
    if not posixpath.isabs(base):
        home = os.environ.get("HOME", "")
        if not posixpath.isabs(home):
            return None
        base = home.rstrip("/") + "/" + under_home  # as os.path.expanduser makes '~/…'
    return os.path.join(base, *parts)


def default_dossier_path(explicit: str | None = None) -> Path:
    """The dossier file to use, from argument, environment or default, in that order."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("DEELWIJZER_DB")
    if env:
        return Path(env).expanduser()
    return data_folder() / DOSSIER_FILENAME


def envelope_path(dossier: Path) -> Path:
    """The key envelope lives beside the dossier file."""
    return dossier.with_name(dossier.name + ".keys")
