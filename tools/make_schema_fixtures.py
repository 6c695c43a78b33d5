"""Write a real encrypted dossier for every schema version into tests/data/schema-vN/.

Migrations are append-only, so applying the first N of them reproduces version N exactly.
Run after adding a migration (`python tools/make_schema_fixtures.py`) and commit the new
folder; never regenerate the old ones: they stand for dossiers clinicians already have.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.vault import keys  # noqa: E402
from app.vault.paths import envelope_path  # noqa: E402
from app.vault.schema import MIGRATIONS  # noqa: E402
from app.vault.search import index_case
from app.vault.sql import configure, key_connection

PASSPHRASE = "schema fixture passphrase"
OUT = Path(__file__).resolve().parent.parent / "tests" / "data"
FAST = keys.KdfParams(time_cost=1, memory_cost=8, parallelism=1)
MELDING = {"client_pseudonym": "Y.", "content": "Cliënte vertelt over de zwemles.",
           "receiver": {"org_name": "Veilig Thuis Utrecht", "date": "2025-03-04"}}


def build(version: int) -> Path:
    folder = OUT / f"schema-v{version}"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "dossier.db"
    if path.exists():
        return path  # never regenerate: these are the dossiers that exist out there
    key = keys.KeyEnvelope.new_key()
    envelope = keys.KeyEnvelope.create(PASSPHRASE, key, FAST)
    db = key_connection(path, key)
    configure(db)
    for index, migration in enumerate(MIGRATIONS[:version], start=1):
        db.execute("BEGIN")
        migration(db)
        db.execute(f"PRAGMA user_version = {index}")
        db.execute("COMMIT")
    db.execute("BEGIN")
    db.execute("INSERT INTO meta (key, value) VALUES ('dossier_id', ?)", (envelope.dossier_id,))
    db.execute("INSERT INTO profile (id, data) VALUES (1, ?)",
               (json.dumps({"name": "S. de Vries", "discipline": "GZ-psycholoog",
                            "practice": "Praktijk De Linde"}),))
    db.execute("INSERT INTO cases (id, kind, status, client_pseudonym, receiver, created_at,"
               " updated_at, data) VALUES (1, 'melding', 'afgerond', 'Y.', 'Veilig Thuis Utrecht',"
               " '2025-03-04T10:00:00+00:00', '2025-03-04T10:00:00+00:00', ?)",
               (json.dumps(MELDING, ensure_ascii=False),))
    db.execute("INSERT INTO dossier_entries (case_id, created_at, kind, data) VALUES"
               " (1, '2025-03-04T10:00:00+00:00', 'melding', ?)",
               (json.dumps({"items": [{"ref": "7.melder.1", "label": "inhoud",
                                       "text": "De melding."}]}),))
    db.execute("INSERT INTO followups (case_id, kind, due_date, note) VALUES"
               " (1, 'decision', '2025-03-14', 'Bericht of de melding wordt onderzocht')")
    db.execute("INSERT INTO cases (id, kind, status, client_pseudonym, created_at, updated_at,"
               " data) VALUES (2, 'melding', 'concept', 'K.', '2025-03-05T09:00:00+00:00',"
               " '2025-03-05T09:00:00+00:00', ?)", (json.dumps({"client_pseudonym": "K."}),))
    if version >= 3:  # from version 3 on, the app keeps the search index with every write
        index_case(db, 1, "Y.", "Veilig Thuis Utrecht", MELDING)
        index_case(db, 2, "K.", "", {"client_pseudonym": "K."})
    db.execute("COMMIT")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    envelope.write(envelope_path(path))
    return path


if __name__ == "__main__":
    for n in range(1, len(MIGRATIONS) + 1):
        print(build(n))
