"""`make bench` cannot rot silently: its whole machinery runs on a tiny dossier (20 cases, one
run, a cheap key derivation) and writes every figure. Structure only — speed is never a test
here (tools/bench.py reports it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIGURES = ("process start → first window painted", "passphrase → dossier open",
           "main window → cases list painted", "search per keystroke, worst prefix",
           "search 'v' ", "search 've' ", "search 'vei' ", "search 'm' ", "search 'me' ",
           "search 'd' ", "search 'de' ", "resident memory",
           "judgement check, 5,000 characters, dense",
           "judgement check, 5,000 characters, letters",
           "judgement check, 5,000 characters, outsiders' sentences", "judgement check, first use",
           "`deelwijzer --version` start", "`deelwijzer lint` start", "Melding PDF",
           "building the", "the whole bench")


def test_the_bench_measures_every_figure_with_its_baseline(tmp_path):
    out = tmp_path / "bench.json"
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "bench.py"), "--quick",
                             "--json", str(out)], capture_output=True, text=True, cwd=ROOT,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=300)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    assert "machine: " in result.stdout and "Python 3" in result.stdout
    rows = json.loads(out.read_text(encoding="utf-8"))
    names = [row["name"] for row in rows]
    for figure in FIGURES:
        assert sum(name.startswith(figure) for name in names) == 1, (figure, names)
    # The rare word: one more search row, besides the prefixes.
    assert sum(name.startswith("search '") for name in names) == 8
    for row in rows:
        assert {"name", "value_s", "baseline_s", "ratio", "target"} <= set(row), row
        if row["unit"] == "MiB":
            assert row["value_mb"] > 0 and row["baseline_mb"] > 0 and row["value_s"] is None
        else:
            assert row["value_s"] > 0, row
        if row["baseline_s"] is not None or row.get("baseline_mb"):
            assert row["ratio"] > 0 and row["runs"] == 1, row
        assert row["name"] in result.stdout or row["name"][:52] in result.stdout
