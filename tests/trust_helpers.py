"""Shared by the store-trust tests: a dossier on disk, its files, and the CLI in a fresh process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.vault.access_log import log_head_path
from app.vault.dossier import Dossier
from app.vault.lock import lock_path
from app.vault.paths import envelope_path

PASS = "een lang genoeg wachtwoord"


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DEELWIJZER_PASSPHRASE": PASS}
    return subprocess.run([sys.executable, "-m", "ui.entry", *args], capture_output=True,
                          text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)


def files_of(db: Path) -> list[Path]:
    return [db, envelope_path(db), log_head_path(db)]


def listing(db: Path) -> list[str]:
    """The folder's names, less the (empty) lock file that stays beside a dossier once used."""
    return sorted(p.name for p in db.parent.iterdir() if p != lock_path(db))


def make(db: Path, cases: int = 2) -> None:
    with Dossier.create(db, PASS) as d:
        for i in range(cases):
            d.cases.create("melding", {"text": f"casus {i}"}, f"C{i}")


def put_aside(paths: list[Path], folder: Path) -> dict[Path, bytes]:
    folder.mkdir(exist_ok=True)
    return {p: p.read_bytes() for p in paths}


def put_back(saved: dict[Path, bytes]) -> None:
    for path, data in saved.items():
        path.write_bytes(data)
