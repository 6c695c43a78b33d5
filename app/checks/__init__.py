"""Text checks: judgements, hearsay, dates, passphrase strength, and their Problem type.

The judgement check's modules may be compiled with mypyc beside their sources
(`tools/build_compiled.py`, run by make). Python then imports the compiled module, even when the
source has changed since: so a compiled module older than its source stops the import here,
rather than letting an edit be tested, or a user be checked, with the old code. A frozen
program carries no sources and is not checked.
"""

from __future__ import annotations

import importlib.machinery
import os
import sys


def _stale_build() -> str | None:
    """The first compiled module older than its source, or None."""
    here = os.path.dirname(__file__)
    try:
        entries = {entry.name: entry for entry in os.scandir(here)}
    except OSError:
        return None
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        for name, entry in entries.items():
            if not name.endswith(suffix) or name.startswith("compiled__mypyc"):
                continue
            source = entries.get(name[:-len(suffix)] + ".py")
            if source is not None and source.stat().st_mtime > entry.stat().st_mtime:
                return name
    return None


if (_stale := _stale_build()) is not None:
    _said = (f"app/checks/{_stale} is older than its source: run `make` (or "
             "`python tools/build_compiled.py`, or `--clean` to use the sources)")
    if sys.stderr is not None:  # the crash handler reports an error's type, not its text
        print(_said, file=sys.stderr)
    raise ImportError(_said)


def compiled() -> bool:
    """Whether the judgement check runs compiled (mypyc), as the installers ship it: the
    selftest says so, and the bench names what it measured."""
    from app.checks import judgement

    return (judgement.__file__ or "").endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))
