"""The judgement check compiled with mypyc (tools/build_compiled.py): the same findings as its
sources, and never an old build behind a changed source."""

from __future__ import annotations

import importlib
import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import app.checks
from app.checks import compiled
from app.checks.judgement import check
from tests.judgement_eval import DATA, load, no_false_alarm_texts

ROOT = Path(__file__).resolve().parent.parent
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]
CORPORA = sorted(p.name for p in DATA.glob("judgement_*corpus*.json"))

FINDINGS = """
import json, sys
from app.checks import compiled
from app.checks.judgement import check
texts = json.load(sys.stdin)
print(json.dumps({"compiled": compiled(),
                  "found": [[f.to_json() for f in check(t)] for t in texts]}))
"""


def _texts() -> list[str]:
    texts = [item.text for name in CORPORA for item in load(name)]
    letters = [text for _where, text in no_false_alarm_texts()]
    # Whole pages too: sentences next to each other, quotes and colons across them.
    return texts + letters + [" ".join(texts[i:i + 40]) for i in range(0, len(texts), 40)]


def _fake_package(folder: Path, source_newer: bool) -> str:
    """A package with app/checks' own __init__ and one 'compiled' module beside its source."""
    package = folder / "fakechecks"
    package.mkdir()
    shutil.copy(Path(app.checks.__file__), package / "__init__.py")
    (package / "module.py").write_text("X = 1\n")
    built = package / f"module{SUFFIX}"
    built.write_bytes(b"not really compiled")
    old, new = 1_700_000_000, 1_700_000_100
    os.utime(built, (new - 200, new - 200) if source_newer else (new, new))
    os.utime(package / "module.py", (new, new) if source_newer else (old, old))
    return package.name


def test_a_build_older_than_its_source_stops_the_import(tmp_path, monkeypatch):
    name = _fake_package(tmp_path, source_newer=True)
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(ImportError, match=rf"module{SUFFIX} is older than its source"):
        importlib.import_module(name)


def test_a_build_newer_than_its_source_imports(tmp_path, monkeypatch):
    name = _fake_package(tmp_path, source_newer=False)
    monkeypatch.syspath_prepend(str(tmp_path))
    assert importlib.import_module(name).compiled  # the package itself imports


@pytest.mark.skipif(not compiled(), reason="the check is not compiled here "
                    "(tools/build_compiled.py found no C compiler)")
def test_compiled_and_source_find_the_same(tmp_path):
    """Every corpus sentence, every letter text and whole pages of them: the findings of the
    compiled check and of its sources, in a process that has only the sources, are equal."""
    shutil.copytree(ROOT / "app", tmp_path / "app",
                    ignore=shutil.ignore_patterns("*.so", "*.pyd", "__pycache__"))
    texts = _texts()
    result = subprocess.run([sys.executable, "-c", FINDINGS], input=json.dumps(texts),
                            capture_output=True, text=True, timeout=300, check=True,
                            cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(tmp_path)})
    sources = json.loads(result.stdout)
    assert sources["compiled"] is False
    ours = [[f.to_json() for f in check(t)] for t in texts]
    assert sum(map(len, ours)) > 300  # the comparison covers many findings, not a few
    assert sources["found"] == ours
