"""Compile the judgement check's modules with mypyc, beside their sources.

Why: the check runs while the clinician types, on a whole letter at a time, and its target is
5 ms per 5,000 characters (issue 16). In pure Python it needs 5.5–8 ms on the reference laptop;
compiled by mypyc (the compiler mypy ships; the same typed source, no other language) the same
code needs about two thirds of that. The sources stay the truth: without a C compiler nothing is
built and the pure-Python modules run, with the same results (`make test` runs the compiled
ones, as the installers ship them).

    python tools/build_compiled.py           build (what `make` does before run, test, bench)
    python tools/build_compiled.py --strict  the same, and a failed build is an error
                                             (`make package`: the installers ship it compiled)
    python tools/build_compiled.py --clean   remove what was built: the pure-Python modules run

The built files (`app/checks/*.so` or `*.pyd`, and the shared `compiled__mypyc` library) are
not committed. `app/checks/__init__.py` refuses to import when one is older than a source, so
that an edit is never tested against an old build.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.machinery
import io
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHECKS = ROOT / "app" / "checks"
# The modules one check of a page runs through, hottest first; every one is mypy-strict.
MODULES = ("segment", "prefilter", "judgement_doc", "judgement", "judgement_model",
           "judgement_lexicon")
GROUP = "app.checks.compiled"  # the shared library: app/checks/compiled__mypyc.<suffix>
TEMP = ROOT / "build" / "mypyc"


def built_files() -> list[Path]:
    """Every file a build leaves in the source tree."""
    found = []
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        found += [CHECKS / f"{name}{suffix}" for name in (*MODULES, "compiled__mypyc")]
    return [path for path in found if path.exists()]


def clean() -> None:
    for path in built_files():
        path.unlink()
    shutil.rmtree(TEMP, ignore_errors=True)


def up_to_date() -> bool:
    """Every module built, and no source (or this script) newer than the build."""
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    outputs = [CHECKS / f"{name}{suffix}" for name in (*MODULES, "compiled__mypyc")]
    if not all(path.exists() for path in outputs):
        return False
    oldest = min(path.stat().st_mtime for path in outputs)
    sources = [CHECKS / f"{name}.py" for name in MODULES] + [Path(__file__)]
    return all(path.stat().st_mtime <= oldest for path in sources)


def build() -> None:
    from mypyc.build import mypycify  # the test extra's mypy; only needed here
    from setuptools import Distribution

    clean()
    os.chdir(ROOT)  # module names, and --inplace's targets, are relative to the project
    said = io.StringIO()
    try:
        with contextlib.redirect_stdout(said):  # mypyc's notes on each comprehension
            extensions = mypycify([f"app/checks/{name}.py" for name in MODULES],
                                  opt_level="3", group_name=GROUP, target_dir=str(TEMP / "c"))
    except BaseException:
        print(said.getvalue(), file=sys.stderr)
        raise
    # A bare Distribution: setup() would read pyproject.toml and build the project itself.
    dist = Distribution({"name": "deelwijzer-compiled", "ext_modules": extensions,
                         "script_args": ["--quiet", "build_ext", "--inplace",
                                         "--build-temp", str(TEMP / "o")]})
    dist.parse_command_line()
    dist.run_commands()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules")
    parser.add_argument("--strict", action="store_true", help="a failed build is an error")
    args = parser.parse_args(argv)
    if args.clean:
        clean()
        return 0
    if up_to_date():
        return 0
    try:
        build()
        if not up_to_date():
            raise RuntimeError("the build left no complete set of modules")
    except (Exception, SystemExit) as exc:  # distutils reports a missing compiler by exiting
        clean()
        print(f"build_compiled: not compiled ({exc}); the check runs from its sources",
              file=sys.stderr)
        return 1 if args.strict else 0
    print(f"build_compiled: {len(MODULES)} modules of app/checks compiled with mypyc")
    return 0


if __name__ == "__main__":
    sys.exit(main())
