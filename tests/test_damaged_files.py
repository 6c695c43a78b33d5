"""Damaged dossiers: every kind of damage gets the damaged-file message, never the wrong-
passphrase one. Damage in what the open reads (the header, page 1 and the schema, the file's
length) refuses the open and the file is not written to; damage in a page the open does not read
is found by the whole-file check that runs after it (app/vault/integrity.py; in the app once the
main window is shown: tests/test_whole_file_check.py)."""

from __future__ import annotations

import pytest

from app.errors import DossierDamaged, NotADossier, WrongPassphrase
from app.vault.dossier import Dossier

PAGE = 4096


@pytest.fixture
def damaged_source(db_path):
    with Dossier.create(db_path, "x") as d:
        for i in range(40):
            d.cases.create("melding", {"text": "tekst " * 200, "i": i}, f"C{i}")
    return db_path


def flip(path, offset):
    raw = bytearray(path.read_bytes())
    raw[offset] ^= 0x5A
    path.write_bytes(bytes(raw))


AT_OPEN = {
    "bit flip in page 1": lambda p: flip(p, 200),
    "bit flip in page 1's salt": lambda p: flip(p, 3),
    "truncated on a page boundary": lambda p: p.write_bytes(p.read_bytes()[:5 * PAGE]),
    "truncated off a page boundary": lambda p: p.write_bytes(p.read_bytes()[:5 * PAGE + 777]),
    "truncated by its last page": lambda p: p.write_bytes(p.read_bytes()[:-PAGE]),
    "zeroed header": lambda p: p.write_bytes(b"\0" * 100 + p.read_bytes()[100:]),
}
# Pages of case text and the search index: the open reads neither (nor does the first list).
LATER = {
    "bit flip in a later page": (lambda p: flip(p, 7 * PAGE + 1234), 8),
    "bit flip in the last page": (lambda p: flip(p, p.stat().st_size - 100), None),
}


@pytest.mark.parametrize("kind", AT_OPEN)
def test_damage_in_what_the_open_reads_is_reported_at_open(damaged_source, kind):
    AT_OPEN[kind](damaged_source)
    before = damaged_source.read_bytes()
    with pytest.raises((DossierDamaged, NotADossier)) as info:
        Dossier.open(damaged_source, "x")
    assert not isinstance(info.value, WrongPassphrase)
    assert "wachtwoord klopt niet" not in info.value.message
    assert damaged_source.read_bytes() == before  # never written to


@pytest.mark.parametrize("kind", LATER)
def test_damage_in_a_page_the_open_does_not_read_is_found_by_the_whole_file_check(
        damaged_source, kind):
    damage, page = LATER[kind]
    damage(damaged_source)
    page = page or damaged_source.stat().st_size // PAGE
    with Dossier.open(damaged_source, "x") as d:  # opens: only the pages it reads are checked
        assert not d.read_only and d.trust_problems == []
        problems = d.whole_file_check().run()
        assert problems is not None
        assert f"Pagina {page} van het bestand is beschadigd" in problems[0]
        assert "wachtwoord" not in " ".join(problems)
        assert d.integrity_problems()[0] == problems[0]  # what `verify` prints, too


def test_the_right_passphrase_on_a_sound_file_still_opens(damaged_source):
    with Dossier.open(damaged_source, "x") as d:
        assert d.cases.count() == 40
