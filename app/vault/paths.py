"""Where the dossier lives: `--db`, then DEELWIJZER_DB, then the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Deelwijzer"
DOSSIER_FILENAME = "dossier.db"


def data_folder() -> Path:
    """The per-user data folder (platformdirs), not roaming: the dossier stays on this machine."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


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
