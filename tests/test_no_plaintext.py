"""After a walk through every flow, follow-up, search, backup, inzage and log, a marker text is
in no byte of the data folder, the backups or the temporary folder."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import pytest

from app import service
from app.demo import DEMO_PROFILE, demo_ander_doel, demo_melding, demo_overleg, demo_request
from app.documents import dossierverslag, inzage
from app.vault import backup, recovery
from app.vault.dossier import Dossier
from app.vault.paths import data_folder
from tests.conftest import all_bytes_under

MARKER = "GeheimeMarkerVoorSchijf93"
TODAY = date(2026, 11, 29)


def scan(*folders: Path) -> list[Path]:
    found = []
    for folder in folders:
        if folder.exists():
            for path, content in all_bytes_under(folder).items():
                if MARKER.encode() in content or MARKER.encode("utf-16-le") in content:
                    found.append(path)
    return found


def test_full_walk_leaves_no_plaintext(tmp_path):
    folder = data_folder()
    path = folder / "dossier.db"
    temp_before = set(Path(tempfile.gettempdir()).iterdir())
    d = Dossier.create(path, "een zin van vier woorden")
    d.set_profile({**DEMO_PROFILE, "name": f"S. {MARKER}"})
    for kind, make in (("melding", demo_melding), ("informatieverzoek", demo_request),
                       ("overleg", demo_overleg), ("ander_doel", demo_ander_doel)):
        data = make(TODAY)
        data.client_pseudonym = f"{MARKER}-{kind}"
        case_id = d.cases.create(kind, data.to_dict(), data.client_pseudonym)
        service.save_draft(d, case_id, data, "client")
        service.finish(d, case_id, data, TODAY)
        d.contacts.add(case_id, "2026-11-28", "contact", MARKER)
        for item in d.followups.of_case(case_id):
            d.followups.complete(item.id, "2026-11-28", {"received_on": "2026-11-28",
                                                         "note": MARKER})
        service.document(d, case_id, TODAY)  # in memory only
        dossierverslag.as_text(dossierverslag.build(service.case_history(d, case_id), TODAY))
    d.cases.count(text=MARKER)
    items = inzage.items_for_client(service.client_histories(d, f"{MARKER}-melding"), TODAY)
    service.record_inzage(d, f"{MARKER}-melding", "client", items, {items[0].id: MARKER})
    backup.automatic_backup(d, folder / "reservekopieen")
    recovery.change_passphrase(d, "een zin van vier woorden", "nieuwe zin met vier woorden")
    assert d.log.verify() == []
    assert scan(folder) == []  # while open: the WAL too
    d.close()
    new_temp = set(Path(tempfile.gettempdir()).iterdir()) - temp_before
    assert scan(folder, *new_temp) == []


BACKUP_WRITER = r"""
import sys
from pathlib import Path
from app.vault import keys
keys.DEFAULT_KDF = keys.KdfParams(1, 8, 1)
from app.vault.backup import make_backup
from app.vault.dossier import Dossier
d = Dossier.open(sys.argv[1], "x")
n = 0
while True:
    make_backup(d, Path(sys.argv[2]))
    n += 1
    print(n, flush=True)
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_backup_killed_midway_leaves_no_half_backup(tmp_path):
    db = tmp_path / "dossier.db"
    with Dossier.create(db, "x") as d:
        for i in range(60):
            d.cases.create("melding", {"text": "tekst " * 300, "i": i}, f"C{i}")
    target = tmp_path / "usb" / "kopie.dwbackup"
    rng = random.Random(7)
    for _ in range(50):
        proc = subprocess.Popen([sys.executable, "-c", BACKUP_WRITER, str(db), str(target)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 0.45))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        if target.exists():  # either no backup, or a complete, verified one
            assert backup.inspect(target, "x").cases == 60
    with Dossier.open(db, "x") as d:
        assert d.integrity_problems() == [] and d.cases.count() == 60
        backup.make_backup(d, target)  # the next backup clears what killed ones left
    assert sorted(p.name for p in target.parent.iterdir()) == ["kopie.dwbackup"]
