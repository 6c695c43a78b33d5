"""A restore that a crash cannot leave half done.

Why: a restore replaces up to six files (the dossier, its envelope, its head, a journal or WAL
left by the old one). A crash between two of those renames left no dossier at all — and the
next start greeted the clinician with "Welkom… nieuw dossier". Now the restore first writes a
journal beside the dossier listing every step (the new files are already staged in the same
folder, the old ones already copied aside), then performs the steps; the next open, or the
next start of the app, finds the journal and performs whatever steps are left. Each step is a
rename or a removal within one folder, so doing one twice is harmless.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from pathlib import Path

from app.vault.fsutil import _fsync_dir, atomic_write


def journal_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.terugzetten")


def write_journal(target: Path, moves: list[tuple[Path, Path]], removals: list[Path],
                  work: Path) -> None:
    """The plan, durable before its first step."""
    plan = {"moves": [[str(a), str(b)] for a, b in moves], "remove": [str(p) for p in removals],
            "work": str(work)}
    atomic_write(journal_path(target), json.dumps(plan).encode())


def finish_restore(target: Path) -> bool:
    """Perform what is left of an interrupted restore of `target`; True when there was one.
    A journal that cannot be read is left alone (and the dossier opens as it is)."""
    path = journal_path(Path(target))
    try:
        plan = json.loads(path.read_text(encoding="utf-8"))
        moves = [(Path(a), Path(b)) for a, b in plan["moves"]]
        removals = [Path(p) for p in plan["remove"]]
        work = Path(plan["work"])
    except FileNotFoundError:
        return False
    except (OSError, ValueError, KeyError, TypeError):
        return False
    folder = Path(target).parent
    for p in [*removals, work, *(b for _a, b in moves)]:
        if p.parent != folder and p != work:
            return False  # not a plan this program wrote: touch nothing
    for old in removals:
        with contextlib.suppress(FileNotFoundError):
            old.unlink()
    for src, dst in moves:
        if src.exists():
            os.replace(src, dst)
    _fsync_dir(folder)
    shutil.rmtree(work, ignore_errors=True)
    path.unlink(missing_ok=True)
    return True
