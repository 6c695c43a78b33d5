"""The encrypted dossier on disk: real SQLCipher files, read back byte by byte."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from app.errors import (
    DossierDamaged,
    DossierExists,
    DossierMissing,
    DossierTooNew,
    LocationNotWritable,
    NotADossier,
    WrongPassphrase,
)
from app.vault import keys
from app.vault.dossier import Dossier
from app.vault.paths import envelope_path
from app.vault.schema import SCHEMA_VERSION
from tests.conftest import all_bytes_under

MARKER = "MarkerClientVanDeBerg-7f3a"


def test_round_trip_keeps_every_field(db_path):
    data = {"client_pseudonym": "Y.", "facts": [{"what": "blauwe plekken", "when": "14-10-2026"}],
            "text": "cliënte zegt ’s ochtends: “nee”"}
    with Dossier.create(db_path, "een lange zin als wachtwoord") as d:
        case_id = d.cases.create("melding", data, "Y.")
        d.set_profile({"name": "S. de Vries"})
    with Dossier.open(db_path, "een lange zin als wachtwoord") as d:
        assert d.cases.get(case_id).data == data
        assert d.cases.get(case_id).status == "concept"
        assert d.profile() == {"name": "S. de Vries"}
        assert d.schema_version == SCHEMA_VERSION
        assert d.integrity_problems() == []


@pytest.mark.parametrize("passphrase", [
    "it's a \"quoted\"; DROP TABLE cases; --",
    "x'00'\\; PRAGMA key='1'",
    "wachtwoord met emoji 🔐🧒 en ë",
    "ÅÉÎÕÜ ĳ ﬁ 中文 עברית",
    "a" * 200,
])
def test_passphrases_with_quotes_semicolons_and_unicode(db_path, passphrase):
    with Dossier.create(db_path, passphrase) as d:
        d.cases.create("melding", {"x": 1}, "A.")
    with Dossier.open(db_path, passphrase) as d:
        assert d.cases.count() == 1


def test_passphrase_is_nfc_normalised(db_path):
    composed, decomposed = "caf\u00e9 op de hoek", "cafe\u0301 op de hoek"
    Dossier.create(db_path, composed).close()
    with Dossier.open(db_path, decomposed) as d:
        assert d.cases.count() == 0


def test_wrong_passphrase_leaves_dossier_and_envelope_byte_identical(db_path):
    with Dossier.create(db_path, "juist wachtwoord") as d:
        d.cases.create("melding", {"x": MARKER}, "Y.")
    from app.vault.access_log import log_head_path

    def dossier_files():
        return {p: b for p, b in all_bytes_under(db_path.parent).items()
                if p != log_head_path(db_path)}

    before = dossier_files()
    with pytest.raises(WrongPassphrase) as info:
        Dossier.open(db_path, "fout wachtwoord")
    assert "wachtwoord klopt niet" in info.value.message
    assert dossier_files() == before  # the dossier and its envelope: byte-identical
    assert "failed" in log_head_path(db_path).read_text()  # the attempt is noted beside it


def test_case_data_never_reaches_disk_unencrypted(db_path):
    d = Dossier.create(db_path, "juist wachtwoord")
    case_id = d.cases.create("melding", {"facts": [{"what": MARKER}]}, MARKER)
    d.cases.save_draft(case_id, {"facts": [{"what": MARKER * 3}]}, client_pseudonym=MARKER)
    d.set_profile({"name": MARKER})
    # While open: the file, its head and any journal; all encrypted or free of case data.
    files = all_bytes_under(db_path.parent)
    for path, content in files.items():
        assert MARKER.encode() not in content, path
        assert MARKER.encode("utf-16-le") not in content, path
    d.close()
    for path, content in all_bytes_under(db_path.parent).items():
        assert MARKER.encode() not in content, path


def test_new_dossier_is_owner_only(db_path):
    Dossier.create(db_path, "wachtwoord").close()
    if os.name == "posix":
        assert db_path.stat().st_mode & 0o077 == 0
        assert envelope_path(db_path).stat().st_mode & 0o077 == 0


def test_plain_sqlite_file_is_not_a_dossier(db_path):
    sqlite3.connect(db_path).execute("CREATE TABLE t (x)").connection.close()
    before = db_path.read_bytes()
    with pytest.raises(NotADossier) as info:
        Dossier.open(db_path, "wat dan ook")
    assert "geen Deelwijzer-dossier" in info.value.message
    assert db_path.read_bytes() == before


def test_random_file_without_envelope_is_not_a_dossier(db_path):
    db_path.write_bytes(os.urandom(4096))
    with pytest.raises(NotADossier) as info:
        Dossier.open(db_path, "x")
    assert "sleutelbestand" in info.value.message


def test_damaged_envelope_is_reported_as_such(db_path):
    Dossier.create(db_path, "x").close()
    envelope_path(db_path).write_text("{ niet af")
    with pytest.raises(NotADossier) as info:
        Dossier.open(db_path, "x")
    assert "sleutelbestand" in info.value.message


def test_damaged_first_page_is_not_a_wrong_passphrase(db_path):
    with Dossier.create(db_path, "x") as d:
        d.cases.create("melding", {"a": 1}, "A.")
    raw = bytearray(db_path.read_bytes())
    raw[100] ^= 0xFF
    db_path.write_bytes(bytes(raw))
    with pytest.raises(DossierDamaged) as info:
        Dossier.open(db_path, "x")
    assert "beschadigd" in info.value.message


def test_missing_dossier(db_path):
    with pytest.raises(DossierMissing):
        Dossier.open(db_path, "x")


def test_existing_dossier_is_never_overwritten(db_path):
    Dossier.create(db_path, "x").close()
    with pytest.raises(DossierExists):
        Dossier.create(db_path, "y")
    Dossier.open(db_path, "x").close()


def test_unwritable_location_gets_its_own_message(tmp_path):
    blocker = tmp_path / "een-bestand"
    blocker.write_text("geen map")
    with pytest.raises(LocationNotWritable) as info:
        Dossier.create(blocker / "dossier.db", "x")
    assert "kan het dossier niet worden opgeslagen" in info.value.message
    assert not (blocker / "dossier.db").exists()


def test_dossier_from_newer_version_is_refused_unchanged(db_path, monkeypatch):
    with Dossier.create(db_path, "x") as d:
        d.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = db_path.read_bytes()
    with pytest.raises(DossierTooNew):
        Dossier.open(db_path, "x")
    assert db_path.read_bytes() == before


def test_envelope_of_another_dossier_is_refused(data_dir):
    a, b = data_dir / "a.db", data_dir / "b.db"
    Dossier.create(a, "x").close()
    Dossier.create(b, "x").close()
    envelope_path(a).write_bytes(envelope_path(b).read_bytes())
    with pytest.raises((NotADossier, DossierDamaged)):
        Dossier.open(a, "x")


def test_envelope_stores_kdf_parameters_for_later_raising(db_path):
    Dossier.create(db_path, "x", kdf=keys.KdfParams(2, 16, 1)).close()
    env = keys.KeyEnvelope.read(envelope_path(db_path))
    assert env.slots[0].kdf == keys.KdfParams(2, 16, 1)
    assert env.slots[0].kind == "passphrase"


def test_envelope_holds_more_slots_without_format_change(db_path):
    """A recovery code (later issue) is just another slot kind."""
    Dossier.create(db_path, "wachtwoord").close()
    path = envelope_path(db_path)
    env = keys.KeyEnvelope.read(path)
    key = env.unwrap("wachtwoord")
    env.add_slot("recovery", b"ABCD-EFGH", key, keys.KdfParams(1, 8, 1))
    env.write(path)
    again = keys.KeyEnvelope.read(path)
    assert again.unwrap("ABCD-EFGH", kind="recovery") == key
    with pytest.raises(WrongPassphrase):
        again.unwrap("ABCD-EFGH")  # a recovery code is not a passphrase
    Dossier.open(db_path, "wachtwoord").close()


def test_pinned_connection_settings(db_path):
    with Dossier.create(db_path, "x") as d:
        # A rollback journal, not WAL: see app/vault/sql.py and the README's trust section.
        assert d.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert d.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert d.db.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
        assert d.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert str(d.db.execute("PRAGMA cipher_memory_security").fetchone()[0]) == "1"
        assert d.db.execute("PRAGMA cipher_log_level").fetchone()[0] == "NONE"
        assert d.db.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_finish_is_atomic_and_case_cannot_be_finished_twice(db_path):
    with Dossier.create(db_path, "x") as d:
        case_id = d.cases.create("melding", {}, "Y.")
        d.cases.finish(case_id, {"a": 1}, client_pseudonym="Y.", receiver="VT",
                       entry_kind="melding", entry={"items": []},
                       followups=[("decision", "2026-11-14", "n")])
        with pytest.raises(KeyError):
            d.cases.finish(case_id, {"a": 2}, client_pseudonym="Y.", receiver="VT",
                           entry_kind="melding", entry={}, followups=[])
        assert len(d.cases.entries(case_id)) == 1
        assert [f.due_date for f in d.followups.of_case(case_id)] == ["2026-11-14"]
        with pytest.raises(KeyError):
            d.cases.save_draft(case_id, {}, client_pseudonym="Y.")


def test_case_list_pages_newest_first(db_path):
    with Dossier.create(db_path, "x") as d:
        ids = [d.cases.create("melding", {}, f"C{i}") for i in range(25)]
        first = d.cases.summaries(0, 10)
        assert len(first) == 10 and first[0].id == ids[-1]
        assert len(d.cases.summaries(20, 10)) == 5


def test_closed_dossier_refuses_access(db_path):
    d = Dossier.create(db_path, "x")
    d.close()
    with pytest.raises(RuntimeError):
        d.cases.count()


def test_dossier_path_argument_env_and_default(monkeypatch, tmp_path):
    from app.vault.paths import default_dossier_path
    monkeypatch.setenv("DEELWIJZER_DB", str(tmp_path / "env.db"))
    assert default_dossier_path(None) == tmp_path / "env.db"
    assert default_dossier_path(str(tmp_path / "arg.db")) == tmp_path / "arg.db"
    monkeypatch.delenv("DEELWIJZER_DB")
    assert default_dossier_path(None).name == "dossier.db"
    assert str(Path(os.environ["XDG_DATA_HOME"])) in str(default_dossier_path(None))


def _open_files_under(folder: Path) -> list[str]:
    fds = Path("/proc/self/fd")
    found = []
    for fd in fds.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith(str(folder)):
            found.append(target)
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="needs /proc")
def test_a_failed_open_lets_go_of_the_file_and_key_at_once(db_path, monkeypatch):
    """Opening that fails after the connection exists (here: the log head cannot be written)
    closes the connection then and there, not whenever the garbage collector runs: the key
    leaves memory, and on Windows the files could otherwise not be moved by a restore."""
    import gc

    from app.errors import DossierError, LocationNotWritable
    from app.vault import access_log

    Dossier.create(db_path, "x").close()

    def unwritable(path, data, what=""):
        raise LocationNotWritable(str(path), "geen schrijfrechten")

    monkeypatch.setattr(access_log, "atomic_write", unwritable)  # the head cannot be written
    gc.disable()
    try:
        with pytest.raises(DossierError):
            Dossier.open(db_path, "x")
        assert _open_files_under(db_path.parent) == []
    finally:
        gc.enable()


def test_a_dossier_dropped_without_close_is_freed_at_once(db_path):
    """The repositories and the log reach the dossier weakly: no reference cycle."""
    import gc
    import weakref

    gc.disable()
    try:
        d = Dossier.create(db_path, "x")
        d.cases.create("melding", {}, "Y.")
        alive = weakref.ref(d)
        del d
        assert alive() is None
    finally:
        gc.enable()
