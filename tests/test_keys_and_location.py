"""Key-derivation cost raised on unlock; warnings for synced folders and network shares."""

from __future__ import annotations

from pathlib import Path

from app.vault import keys
from app.vault.dossier import Dossier
from app.vault.location import risky_location
from app.vault.paths import envelope_path


def test_weak_kdf_parameters_are_raised_on_unlock(db_path, monkeypatch):
    Dossier.create(db_path, "x", kdf=keys.KdfParams(1, 8, 1)).close()
    stronger = keys.KdfParams(2, 16, 1)
    monkeypatch.setattr(keys, "DEFAULT_KDF", stronger)
    Dossier.open(db_path, "x").close()
    assert keys.KeyEnvelope.read(envelope_path(db_path)).slots[0].kdf == stronger
    Dossier.open(db_path, "x").close()  # and it still opens


def test_sync_folders_and_shares_get_a_warning(tmp_path):
    assert "gesynchroniseerd" in risky_location(Path("/home/sanne/Dropbox/Deelwijzer/d.db"))
    assert "gesynchroniseerd" in risky_location(Path("/Users/s/OneDrive - Praktijk/d.db"))
    assert "netwerkschijf" in risky_location(Path("//server/share/dossier.db"))
    assert risky_location(tmp_path / "dossier.db") == ""
