"""Every released schema version, as a real encrypted dossier, upgrades to the current one with
nothing lost. The fixtures are made by tools/make_schema_fixtures.py and never regenerated."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.vault.dossier import Dossier
from app.vault.paths import envelope_path
from app.vault.schema import SCHEMA_VERSION

DATA = Path(__file__).parent / "data"
PASSPHRASE = "schema fixture passphrase"
VERSIONS = sorted(int(p.name.split("-v")[1]) for p in DATA.glob("schema-v*"))


def test_there_is_a_fixture_for_every_schema_version():
    assert VERSIONS == list(range(1, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("version", VERSIONS)
def test_upgrade_from_every_schema_version(tmp_path, version):
    source = DATA / f"schema-v{version}" / "dossier.db"
    target = tmp_path / "dossier.db"
    shutil.copy(source, target)
    shutil.copy(envelope_path(source), envelope_path(target))
    before = source.read_bytes()
    with Dossier.open(target, PASSPHRASE) as d:
        assert d.schema_version == SCHEMA_VERSION
        assert d.integrity_problems() == []
        assert d.cases.count() == 2
        assert d.cases.get(1).data["content"] == "Cliënte vertelt over de zwemles."
        assert d.cases.get(2).status == "concept"
        assert d.profile()["name"] == "S. de Vries"
        assert [f.kind for f in d.followups.of_case(1)] == ["decision"]
        assert d.cases.entries(1)[0]["items"][0]["text"] == "De melding."
        # What later versions added works on an upgraded dossier.
        assert d.cases.count(text="zwemles") == 1
        assert d.cases.summaries()[0].client_pseudonym in ("Y.", "K.")
        d.contacts.add(1, "2025-03-10", "contact", "Gebeld.")
        d.address_book.save({"org_type": "veilig_thuis", "name": "VT"})
        d.inzage.record("Y.", {"screened": []})
    with Dossier.open(target, PASSPHRASE) as d:  # and it opens again afterwards
        assert d.schema_version == SCHEMA_VERSION
    assert source.read_bytes() == before  # the fixture itself is never touched
