"""Crash safety: a writer killed with SIGKILL at random moments, again and again. Afterwards the
dossier opens, SQLCipher's and SQLite's checks pass, and every entry whose commit returned is
there (WAL with synchronous=FULL)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from app.vault.dossier import Dossier

WRITER = r"""
import sys
from app.vault import keys
keys.DEFAULT_KDF = keys.KdfParams(1, 8, 1)
from app.vault.dossier import Dossier
d = Dossier.open(sys.argv[1], "x")
start = int(sys.argv[2])
i = start
while True:
    case_id = d.cases.create("melding", {"marker": i, "text": "x" * 2000}, f"C{i}")
    d.cases.save_draft(case_id, {"marker": i, "text": "y" * 3000}, client_pseudonym=f"C{i}")
    print(i, flush=True)  # only after both commits returned
    i += 1
"""

KILLS = 50


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_dossier_survives_being_killed_mid_write(db_path):
    Dossier.create(db_path, "x").close()
    rng = random.Random(1234)
    committed: set[int] = set()
    next_marker = 0
    for _ in range(KILLS):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), str(next_marker)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(rng.uniform(0.25, 0.6))  # past start-up, somewhere in the writing
        proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL, err
        done = [int(line) for line in out.split()]
        committed.update(done)
        next_marker = (max(done) + 1 if done else next_marker) + 1000
    assert len(committed) > KILLS  # the writer really wrote between the kills
    with Dossier.open(db_path, "x") as d:
        assert d.integrity_problems() == []
        stored = {}
        for summary in d.cases.summaries(0, 1_000_000):
            data = d.cases.get(summary.id).data
            stored[data["marker"]] = data
        missing = committed - set(stored)
        assert not missing, sorted(missing)[:10]
        for marker in committed:
            assert stored[marker]["text"] == "y" * 3000  # the second commit too
