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

from app.vault.fsutil import _fsync_dir, atomic_write, read_json_file


def journal_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.terugzetten")


def write_journal(target: Path, moves: list[tuple[Path, Path]], removals: list[Path],
                  work: Path) -> None:
    """The plan, durable before its first step."""
    plan = {"moves": [[str(a), str(b)] for a, b in moves], "remove": [str(p) for p in removals],
            "work": str(work)}
    atomic_write(journal_path(target), json.dumps(plan).encode())


def _sidecars(target: Path) -> set[Path]:
    return {target.with_name(target.name + suffix)
            for suffix in ("-wal", "-shm", "-journal", ".log")}


def finish_restore(target: Path) -> bool:
    """Perform what is left of an interrupted restore of `target`; True when there was one.

    The journal is not sealed (it is written and read without the key), so it is trusted for
    nothing a stranger with write access to the folder could not do anyway: every step must
    be exactly one this program plans — a staged file in a `.dw-restore-*` folder beside the
    dossier renamed onto the dossier or its envelope, or one of the dossier's own journal, WAL
    or head removed. Anything else, and the journal is set aside untouched."""
    target = Path(target)
    path = journal_path(target)
    try:
        plan = read_json_file(path)
        if not isinstance(plan, dict):
            raise ValueError("plan")
        moves = [(Path(a), Path(b)) for a, b in plan["moves"]]
        removals = [Path(p) for p in plan["remove"]]
        work = Path(plan["work"])
    except FileNotFoundError:
        return False
    except (OSError, ValueError, KeyError, TypeError):
        _set_aside(path)
        return False
    own = {target, target.with_name(target.name + ".keys")}
    sound = (work.parent == target.parent and work.name.startswith(".dw-restore-")
             and not work.is_symlink()
             and all(a.parent == work and b in own for a, b in moves)
             and all(p in _sidecars(target) for p in removals))
    if not sound:
        _set_aside(path)
        return False
    if any(a.exists() for a, _b in moves):  # not yet done: finish it
        for old in removals:
            with contextlib.suppress(FileNotFoundError):
                old.unlink()
        for src, dst in moves:
            if src.exists():
                os.replace(src, dst)
        _fsync_dir(target.parent)
    shutil.rmtree(work, ignore_errors=True)
    path.unlink(missing_ok=True)
    return True


def _set_aside(path: Path) -> None:
    """A journal this program did not write (or cannot read): kept for inspection, not run."""
    with contextlib.suppress(OSError):
        os.replace(path, path.with_name(path.name + ".ongeldig"))
