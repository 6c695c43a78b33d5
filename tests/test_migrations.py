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
        # Schema 8 made the search index again with prefixes: one letter is one lookup, and
        # what was indexed before is all still found.
        fts = d.db.execute("SELECT sql FROM sqlite_master WHERE name = 'cases_fts'").fetchone()
        assert "prefix = '1 2 3'" in fts[0]
        assert d.cases.count(text="z") == 1
        assert [r.id for r in d.cases.summaries(text="zw")] == [1]
        assert d.cases.count(text="K") == 1  # a pseudonym, one letter
        assert d.cases.summaries()[0].client_pseudonym in ("Y.", "K.")
        d.contacts.add(1, "2025-03-10", "contact", "Gebeld.")
        d.address_book.save({"org_type": "veilig_thuis", "name": "VT"})
        d.inzage.record("Y.", {"screened": []})
    with Dossier.open(target, PASSPHRASE) as d:  # and it opens again afterwards
        assert d.schema_version == SCHEMA_VERSION
    assert source.read_bytes() == before  # the fixture itself is never touched


def test_a_dossier_from_before_betrokkenen_keeps_its_labels_and_starts_with_empty_people(
        tmp_path):
    """Version 6 is the last schema without the client's name: its pseudonyms become the
    display label, the name and every new Betrokkenen field start empty, and a name saved
    afterwards is what the list shows when the practice chooses names."""
    from app import service
    from app.flows.registry import flow_of

    source = DATA / "schema-v6" / "dossier.db"
    target = tmp_path / "dossier.db"
    shutil.copy(source, target)
    shutil.copy(envelope_path(source), envelope_path(target))
    with Dossier.open(target, PASSPHRASE) as d:
        rows = {r.id: r for r in d.cases.summaries()}
        assert (rows[1].client_pseudonym, rows[1].client_name) == ("Y.", "")
        assert (rows[2].client_pseudonym, rows[2].client_name) == ("K.", "")
        draft = flow_of("melding").load(d.cases.get(2).data)
        assert draft.client_pseudonym == "K."
        assert draft.people.client_name == "" and draft.people.parents == []
        assert draft.advice.consulted is None and draft.withheld.text == ""
        draft.people.client_name = "Karin Jansen"
        service.save_draft(d, 2, draft, "client")
        rows = {r.id: r for r in d.cases.summaries()}
        assert (rows[2].client_pseudonym, rows[2].client_name) == ("K.", "Karin Jansen")
        assert d.cases.count(text="Karin") == 1  # the name is searchable, in the encrypted file
