"""Damaged dossiers: every kind of damage gets the damaged-file message, never the wrong-
passphrase one, and the file is not written to."""

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


DAMAGE = {
    "bit flip in page 1": lambda p: flip(p, 200),
    "bit flip in page 1's salt": lambda p: flip(p, 3),
    "bit flip in a later page": lambda p: flip(p, 7 * PAGE + 1234),
    "bit flip in the last page": lambda p: flip(p, p.stat().st_size - 100),
    "truncated on a page boundary": lambda p: p.write_bytes(p.read_bytes()[:5 * PAGE]),
    "truncated off a page boundary": lambda p: p.write_bytes(p.read_bytes()[:5 * PAGE + 777]),
    "zeroed header": lambda p: p.write_bytes(b"\0" * 100 + p.read_bytes()[100:]),
}


@pytest.mark.parametrize("kind", DAMAGE)
def test_damage_is_reported_as_damage(damaged_source, kind):
    DAMAGE[kind](damaged_source)
    before = damaged_source.read_bytes()
    with pytest.raises((DossierDamaged, NotADossier)) as info:
        Dossier.open(damaged_source, "x")
    assert not isinstance(info.value, WrongPassphrase)
    assert "wachtwoord klopt niet" not in info.value.message
    assert damaged_source.read_bytes() == before  # never written to


def test_the_right_passphrase_on_a_sound_file_still_opens(damaged_source):
    with Dossier.open(damaged_source, "x") as d:
        assert d.cases.count() == 40
