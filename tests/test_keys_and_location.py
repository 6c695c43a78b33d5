"""Key-derivation cost raised on unlock; warnings for synced folders and network shares."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

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


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the plain path is Linux's")
@pytest.mark.parametrize("xdg, home", [
    ("/srv/gegevens", "/home/praktijk"), ("/srv/gegevens/", "/home/praktijk"),
    ("", "/home/praktijk"), (None, "/home/praktijk/"), ("relatief/pad", "/home/praktijk"),
    (None, "/"), (None, "relatief"), (None, None), ("/srv/x", None)])
def test_the_data_and_log_folders_are_platformdirs_own(monkeypatch, xdg, home):
    """app/vault/paths.py finds the data folder (and crash_log the log folder) without
    platformdirs where its answer is plain: the same folder as platformdirs', in every case —
    a different one would show a clinician an empty 'new dossier' window."""
    import platformdirs

    from app import crash_log
    from app.vault.paths import data_folder

    for name, value in (("XDG_DATA_HOME", xdg), ("XDG_STATE_HOME", xdg), ("HOME", home)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    monkeypatch.delenv("DEELWIJZER_LOG_DIR", raising=False)
    try:
        expected = platformdirs.user_data_dir("Deelwijzer", appauthor=False, roaming=False)
        expected_log = platformdirs.user_log_dir("Deelwijzer", appauthor=False)
    except RuntimeError:  # platformdirs finds no home at all: neither may we guess one
        with pytest.raises(RuntimeError):
            data_folder()
        return
    assert str(data_folder()) == str(Path(expected))
    assert str(crash_log.log_folder()) == str(Path(expected_log))
