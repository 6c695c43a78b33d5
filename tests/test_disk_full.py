"""A full disk (a file-size limit on the writer): a clear error, nothing half-written."""

from __future__ import annotations

import subprocess
import sys

WRITER = r"""
import resource, signal, sys, pathlib
from app.vault import keys
keys.DEFAULT_KDF = keys.KdfParams(1, 8, 1)
from app.errors import DiskFull
from app.vault.dossier import Dossier
path = pathlib.Path(sys.argv[1])
with Dossier.create(path, "x") as d:
    case_id = d.cases.create("melding", {"kept": "eerder opgeslagen"}, "A.")
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (path.stat().st_size + 8192,) * 2)
d = Dossier.open(path, "x")
try:
    d.cases.save_draft(case_id, {"big": "x" * 2_000_000}, client_pseudonym="A.")
except DiskFull as exc:
    print("MESSAGE:", exc.message)
print("DATA:", d.cases.get(case_id).data)
d.close()
"""


def test_full_disk_gives_dutch_message_and_keeps_earlier_data(tmp_path):
    db = tmp_path / "dossier.db"
    result = subprocess.run([sys.executable, "-c", WRITER, str(db)], capture_output=True,
                            text=True, timeout=60)
    assert "MESSAGE: Opslaan is mislukt: de schijf is vol" in result.stdout, result.stderr
    assert "DATA: {'kept': 'eerder opgeslagen'}" in result.stdout
    assert result.stderr == ""

    from app.vault.dossier import Dossier

    with Dossier.open(db, "x") as d:
        assert d.integrity_problems() == []
        assert d.cases.get(1).data == {"kept": "eerder opgeslagen"}
