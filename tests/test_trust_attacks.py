"""The dossier's promises, attacked from outside as an unlucky user or an attacker would
(issue 10): files rolled back, a damaged WAL, a wrong backup destination, a forged head, another
dossier's backup. Real files; `deelwijzer verify` runs in a fresh process, as a user runs it."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.errors import DossierError, DossierReadOnly
from app.vault import backup
from app.vault.access_log import log_head_path
from app.vault.anchor import ANCHOR_FILE, anchor_folder
from app.vault.dossier import Dossier
from app.vault.paths import envelope_path
from app.vault.recovery import RecoveryCodeInvalid
from tests.trust_helpers import PASS, cli, files_of, listing, make, put_aside, put_back


def test_removing_the_last_log_entries_is_found_by_verify(db_path, tmp_path):
    make(db_path)
    old = put_aside([db_path], tmp_path / "aside")
    with Dossier.open(db_path, PASS) as d:
        d.log.add("backup")  # a newer entry; its head stays beside the dossier
    put_back(old)  # the old dossier file back, the newer head kept
    result = cli("verify", "--db", str(db_path))
    assert result.returncode == 1, result.stdout
    assert "mist de laatste" in result.stdout
    assert "is in orde" not in result.stdout


def test_verify_writes_nothing(db_path):
    make(db_path)
    before = {p: p.read_bytes() for p in files_of(db_path)}
    assert cli("verify", "--db", str(db_path)).returncode == 0
    assert {p: p.read_bytes() for p in files_of(db_path)} == before
    assert listing(db_path) == sorted(p.name for p in files_of(db_path))


def test_a_rollback_of_the_whole_folder_is_found_and_nothing_is_written(db_path, tmp_path):
    make(db_path, cases=3)
    old = put_aside(files_of(db_path), tmp_path / "aside")
    with Dossier.open(db_path, PASS) as d:
        d.cases.delete(1, "op verzoek van de cliënt")  # the client asked for it to go
    put_back(old)  # a sync tool restores last week's folder: dossier, envelope and head
    result = cli("verify", "--db", str(db_path))
    assert result.returncode == 1
    assert "ouder dan de versie die u op" in result.stdout
    d = Dossier.open(db_path, PASS)
    try:
        assert d.read_only and "ouder dan de versie" in d.trust_problems[0]
        before = db_path.read_bytes()
        with pytest.raises(DossierReadOnly):
            d.cases.create("melding", {}, "X")
        assert db_path.read_bytes() == before
        d.accept_current_version()  # the user chose this version on purpose
        assert not d.read_only
        actions = [e["action"] for e in d.log.entries()]
        assert actions[-1] == "restore"
    finally:
        d.close()
    assert cli("verify", "--db", str(db_path)).returncode == 0


def test_a_restore_through_the_app_moves_the_anchor(db_path, tmp_path):
    make(db_path)
    with Dossier.open(db_path, PASS) as d:
        copy = backup.make_backup(d, tmp_path / "b" / "kopie.dwbackup")
        d.cases.create("melding", {}, "later")
    backup.restore(copy, db_path, PASS, tmp_path / "vervangen")
    with Dossier.open(db_path, PASS) as d:
        assert not d.read_only, d.trust_problems
        assert d.cases.count() == 2
    assert cli("verify", "--db", str(db_path)).returncode == 0


def test_the_anchor_lives_outside_the_dossier_folder_and_is_sealed(db_path):
    make(db_path)
    from app.vault.anchor import _file_checksum

    doc = json.loads((anchor_folder() / ANCHOR_FILE).read_text())
    assert anchor_folder() != db_path.parent
    [entry] = doc["anchors"].values()
    assert set(entry) == {"seq", "mac", "seal", "at", "path"}
    entry["seq"] += 5  # moved by someone without the key (who fixes up the file's checksum)
    doc["checksum"] = _file_checksum(doc["anchors"])
    (anchor_folder() / ANCHOR_FILE).write_text(json.dumps(doc))
    with Dossier.open(db_path, PASS) as d:
        assert d.read_only and "anker" in d.trust_problems[0]


def _dossier_with_wal(db: Path, tmp_path: Path, cases: int) -> Path:
    """What an older Deelwijzer (WAL mode) left after its writer was killed: the dossier and
    a WAL holding the last commits, never checkpointed. Returns the folder with the copy."""
    make(db, cases=0)
    d = Dossier.open(db, PASS)
    d.db.execute("PRAGMA journal_mode = WAL")
    d.db.execute("PRAGMA wal_autocheckpoint = 0")
    for i in range(cases):
        d.cases.create("melding", {"text": f"casus {i}"}, f"C{i}")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for path in [*files_of(db), Path(f"{db}-wal")]:
        shutil.copy2(path, crashed / path.name)  # the files as a SIGKILL would leave them
    d.db.close()
    d._db = None
    d._release_lock()
    return crashed


@pytest.mark.parametrize("damage", ["flip", "zero-header", "truncate", "delete"])
def test_a_damaged_wal_does_not_silently_drop_committed_work(db_path, tmp_path, damage):
    crashed = _dossier_with_wal(db_path, tmp_path, cases=20)
    db = crashed / db_path.name
    wal = Path(f"{db}-wal")
    data = bytearray(wal.read_bytes())
    assert len(data) > 32 + 4096 * 5
    if damage == "flip":
        data[32 + 24 + 4096 * 3 + 100] ^= 0x01  # inside a frame in the middle
        wal.write_bytes(bytes(data))
    elif damage == "zero-header":
        wal.write_bytes(bytes(32) + bytes(data[32:]))
    elif damage == "truncate":
        wal.write_bytes(bytes(data[: len(data) // 2]))
    else:
        wal.unlink()
    result = cli("verify", "--db", str(db))
    assert result.returncode == 1, result.stdout
    d = Dossier.open(db, PASS)
    try:
        assert d.read_only, "the loss must be told, not checkpointed away"
        assert any("mist de laatste" in p for p in d.trust_problems)
        if damage != "delete":
            [kept] = crashed.glob(f"{db.name}-wal-kopie-*")
            assert kept.stat().st_mode & 0o077 == 0
    finally:
        d.close()


def test_an_intact_wal_from_an_older_version_is_replayed_and_the_copy_removed(db_path, tmp_path):
    crashed = _dossier_with_wal(db_path, tmp_path, cases=5)
    db = crashed / db_path.name
    with Dossier.open(db, PASS) as d:
        assert not d.read_only, d.trust_problems
        assert d.cases.count() == 5
        assert d.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not list(crashed.glob("*-wal-kopie-*"))
    assert cli("verify", "--db", str(db)).returncode == 0


@pytest.mark.parametrize("target", ["dossier", "keys", "log", "folder", "other-file"])
def test_backup_refuses_a_destination_that_would_destroy_something(db_path, tmp_path, target):
    make(db_path)
    other = tmp_path / "brief.txt"
    other.write_text("een brief")
    dest = {"dossier": db_path, "keys": envelope_path(db_path), "log": log_head_path(db_path),
            "folder": tmp_path, "other-file": other}[target]
    before = {p: p.read_bytes() for p in [*files_of(db_path), other]}
    result = cli("backup", "--db", str(db_path), "--to", str(dest))
    assert result.returncode != 0
    assert "Reservekopie gemaakt" not in result.stdout
    assert "niets gewijzigd" in result.stderr or "niet overschreven" in result.stderr
    assert {p: p.read_bytes() for p in [*files_of(db_path), other]} == before


def test_backup_refuses_the_dossier_under_another_name(db_path, tmp_path):
    make(db_path)
    link = tmp_path / "link.dwbackup"
    os.link(db_path, link)  # the same file, another name
    result = cli("backup", "--db", str(db_path), "--to", str(link))
    assert result.returncode != 0
    with Dossier.open(db_path, PASS) as d:
        assert d.cases.count() == 2


@pytest.mark.parametrize("content", ["null", "[1]", "{\"seq\": \"veel\"}", "niet eens json",
                                     "{\"seq\": 2, \"mac\": \"" + "0" * 64 + "\"}"])
def test_a_malformed_or_forged_head_never_crashes_and_is_reported(db_path, content):
    make(db_path)
    log_head_path(db_path).write_text(content)
    result = cli("verify", "--db", str(db_path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    with Dossier.open(db_path, PASS) as d:
        assert d.read_only and d.trust_problems


def test_forged_failed_unlocks_are_capped_and_marked(db_path):
    make(db_path)
    head = json.loads(log_head_path(db_path).read_text())
    head["failed"] = ["2026-01-01T00:00:00+00:00"] * 150 + ["<script>", 7, None]
    log_head_path(db_path).write_text(json.dumps(head))
    start = time.perf_counter()
    with Dossier.open(db_path, PASS) as d:
        took = time.perf_counter() - start
        failed = [e for e in d.log.entries() if e["action"] == "unlock_failed"]
        assert not d.read_only
    assert len(failed) == 100
    assert all("genoteerd naast het dossier" in e["outcome"] for e in failed)
    assert took < 5
    head["failed"] = ["2026-01-01T00:00:00+00:00"] * 100_000  # was 7.6 s to unlock
    log_head_path(db_path).write_text(json.dumps(head))
    start = time.perf_counter()
    with Dossier.open(db_path, PASS) as d:
        assert d.read_only and "logbestand" in d.trust_problems[0]  # not what we write
    assert time.perf_counter() - start < 5


def test_restoring_another_dossiers_backup_needs_a_second_confirmation(db_path, tmp_path):
    make(db_path)
    other_db = tmp_path / "ander" / "dossier.db"
    make(other_db, cases=5)
    with Dossier.open(other_db, PASS) as d:
        other = backup.make_backup(d, tmp_path / "ander.dwbackup")
    before = db_path.read_bytes()
    with pytest.raises(backup.OtherDossier, match="ander dossier"):
        backup.restore(other, db_path, PASS, tmp_path / "vervangen")
    assert db_path.read_bytes() == before
    result = cli("restore", "--db", str(db_path), "--from", str(other), "--bevestig")
    assert result.returncode == 1 and "ander dossier" in result.stderr
    backup.restore(other, db_path, PASS, tmp_path / "vervangen", other_dossier=True)
    with Dossier.open(db_path, PASS) as d:
        assert d.cases.count() == 5


def test_verify_checks_a_backup_it_is_given(db_path, tmp_path):
    make(db_path, cases=4)
    with Dossier.open(db_path, PASS) as d:
        copy = backup.make_backup(d, tmp_path / "kopie.dwbackup")
    result = cli("verify", "--db", str(copy))
    assert result.returncode == 0, result.stderr
    assert "reservekopie" in result.stdout and "4 casus" in result.stdout


def test_a_rolled_back_logging_transaction_leaves_no_pending_head(db_path):
    make(db_path)
    with Dossier.open(db_path, PASS) as d:
        with pytest.raises(RuntimeError), d.transaction() as db:
            d.log.append(db, "change", None, "wordt teruggedraaid")
            raise RuntimeError("afgebroken")
        d.set_meta("iets", "onschuldigs")  # a commit without a log entry
        assert d.log.verify() == []
    assert cli("verify", "--db", str(db_path)).returncode == 0


def test_an_unlock_with_the_recovery_code_is_logged(db_path):
    from app.vault.recovery import code_for, open_with_code

    make(db_path)
    with Dossier.open(db_path, PASS) as d:
        code = code_for(d)
    with open_with_code(db_path, code) as d:
        assert d.log.entries()[-1]["outcome"] == "met herstelcode"


def test_a_plain_sqlite_journal_is_encrypted_too(db_path):
    """The rollback journal holds page images while a write is under way: encrypted pages."""
    make(db_path)
    with Dossier.open(db_path, PASS) as d:
        d.db.execute("BEGIN IMMEDIATE")
        d.db.execute("INSERT INTO meta (key, value) VALUES ('x', ?)", ("GEHEIM" * 500,))
        journal = Path(f"{db_path}-journal")
        data = journal.read_bytes() if journal.exists() else b""
        d.db.execute("ROLLBACK")
    assert b"GEHEIM" not in data
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db_path).execute("SELECT * FROM sqlite_master").fetchall()


def test_restore_and_everything_it_makes_are_owner_only(db_path, tmp_path):
    make(db_path)
    with Dossier.open(db_path, PASS) as d:
        copy = backup.make_backup(d, tmp_path / "kopie.dwbackup")
    result = cli("restore", "--db", str(db_path), "--from", str(copy), "--bevestig")
    assert result.returncode == 0, result.stderr
    for path in files_of(db_path):
        assert path.stat().st_mode & 0o077 == 0, path
    data = Path(os.environ["XDG_DATA_HOME"]) / "Deelwijzer"
    for folder in [data, *data.rglob("*")]:
        if folder.is_dir():
            assert folder.stat().st_mode & 0o077 == 0, folder


def test_a_backup_killed_before_its_rename_leaves_an_owner_only_file(db_path, tmp_path):
    make(db_path)
    script = f"""
import os, signal
from pathlib import Path
from app.vault import backup
from app.vault.dossier import Dossier
d = Dossier.open(Path({str(db_path)!r}), {PASS!r})
# Killed at the first fsync of the finished zip: before any chmod could make it private.
os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)
backup.make_backup(d, Path({str(tmp_path / "uit" / "kopie.dwbackup")!r}))
"""
    subprocess.run([sys.executable, "-c", script], env=dict(os.environ), timeout=120)
    [left] = (tmp_path / "uit").glob(".*.tmp")
    assert left.stat().st_mode & 0o077 == 0


def test_a_second_writer_is_refused_and_a_crashed_ones_lock_is_taken_over(db_path, tmp_path):
    from app.errors import DossierInUse

    make(db_path)
    with Dossier.open(db_path, PASS):
        result = cli("backup", "--db", str(db_path), "--to", str(tmp_path / "k.dwbackup"))
        assert result.returncode == 1 and "al geopend" in result.stderr
        with Dossier.open(db_path, PASS, read_only=True) as d:  # verify reads beside it
            assert d.cases.count() == 2
    # A process killed while holding the lock: the system releases it.
    script = f"""
import os, signal
from pathlib import Path
from app.vault.dossier import Dossier
d = Dossier.open(Path({str(db_path)!r}), {PASS!r})
os.kill(os.getpid(), signal.SIGKILL)
"""
    subprocess.run([sys.executable, "-c", script], env=dict(os.environ), timeout=120)
    with Dossier.open(db_path, PASS) as d:
        assert not d.read_only
        copy = backup.make_backup(d, tmp_path / "k.dwbackup")
        with pytest.raises(DossierInUse):  # a restore while the app has it open
            backup.restore(copy, db_path, PASS, tmp_path / "vervangen")


@pytest.mark.parametrize("field,value", [("time_cost", 10**9), ("memory_cost", 2**40),
                                         ("parallelism", 0), ("time_cost", -1)])
def test_hostile_argon2_parameters_are_refused_quickly(db_path, field, value):
    make(db_path)
    env = json.loads(envelope_path(db_path).read_text())
    env["slots"][0]["kdf"][field] = value
    envelope_path(db_path).write_text(json.dumps(env))
    start = time.perf_counter()
    result = cli("verify", "--db", str(db_path))
    assert time.perf_counter() - start < 30
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "sleutelbestand" in result.stderr


def test_verify_works_on_a_read_only_dossier_and_leaves_nothing(db_path):
    make(db_path)
    for path in files_of(db_path):
        path.chmod(0o400)
    db_path.parent.chmod(0o500)
    try:
        result = cli("verify", "--db", str(db_path))
        assert result.returncode == 0, result.stdout + result.stderr
        assert listing(db_path) == sorted(p.name for p in files_of(db_path))
    finally:
        db_path.parent.chmod(0o700)


def test_a_fifo_as_dossier_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "pijp.db"
    os.mkfifo(fifo)
    result = cli("verify", "--db", str(fifo))
    assert result.returncode == 1 and "geen gewoon bestand" in result.stderr


def test_a_passphrase_change_locks_out_the_old_passphrase_and_every_old_envelope(
        db_path, tmp_path):
    from app.errors import WrongPassphrase
    from app.vault import recovery

    make(db_path)
    with Dossier.open(db_path, PASS) as d:
        old_code = recovery.code_for(d)
        old_backup = backup.make_backup(d, tmp_path / "oud.dwbackup")
    old_envelope = envelope_path(db_path).read_bytes()  # as in every older backup
    new = "een ander lang wachtwoord"
    with Dossier.open(db_path, PASS) as d:
        new_code = recovery.change_passphrase(d, PASS, new)
    assert new_code != old_code
    envelope_path(db_path).write_bytes(old_envelope)  # the leaked passphrase + an old envelope
    with pytest.raises(DossierError):
        Dossier.open(db_path, PASS)  # the old key no longer decrypts the dossier
    with pytest.raises(RecoveryCodeInvalid):
        recovery.open_with_code(db_path, old_code)
    with recovery.open_with_code(db_path, new_code) as d:  # the new code still works
        assert d.cases.count() == 2
        recovery.set_passphrase(d, new)
    with Dossier.open(db_path, new) as d:
        assert d.log.verify() == []  # the log keeps its key across the rotation
    with pytest.raises(WrongPassphrase):
        Dossier.open(db_path, PASS)
    assert backup.inspect(old_backup, PASS).cases == 2  # an older backup keeps the old key
    assert cli("verify", "--db", str(db_path)).returncode == 1  # (the envelope was swapped)


def test_a_rotation_interrupted_before_the_reencryption_is_finished_on_open(db_path, monkeypatch):
    from app.vault import recovery

    make(db_path)
    new = "een ander lang wachtwoord"
    with Dossier.open(db_path, PASS) as d:
        monkeypatch.setattr(Dossier, "rekey", lambda self, key, passphrase: (_ for _ in ()).throw(
            KeyboardInterrupt()))
        with pytest.raises(KeyboardInterrupt):
            recovery.change_passphrase(d, PASS, new)
        monkeypatch.undo()
    kinds = [s["kind"] for s in json.loads(envelope_path(db_path).read_text())["slots"]]
    assert kinds == ["passphrase", "previous"]
    with Dossier.open(db_path, new) as d:
        assert d.cases.count() == 2
    kinds = [s["kind"] for s in json.loads(envelope_path(db_path).read_text())["slots"]]
    assert kinds == ["passphrase"]
    with Dossier.open(db_path, new) as d:
        assert not d.read_only and d.log.verify() == []


def test_a_damaged_envelope_is_never_taken_for_a_wrong_passphrase(db_path):
    """Every byte of the envelope flipped in turn (a sample): 'beschadigd', never 'wachtwoord
    klopt niet', and no failed-unlock note (the passphrase was never tried)."""
    import random

    from app.errors import NotADossier, WrongPassphrase

    make(db_path)
    good = envelope_path(db_path).read_bytes()
    for position in random.Random(7).sample(range(len(good)), 120):
        damaged = bytearray(good)
        damaged[position] ^= 0x04
        envelope_path(db_path).write_bytes(bytes(damaged))
        try:
            Dossier.open(db_path, PASS).close()
        except WrongPassphrase:
            pytest.fail(f"byte {position}: a damaged envelope reported as a wrong passphrase")
        except NotADossier as exc:
            assert "beschadigd" in exc.message or "onleesbaar" in exc.message or \
                "ander dossier" in exc.message
        else:  # a flip in white space: harmless, the envelope still opens its dossier
            pass
    envelope_path(db_path).write_bytes(good)
    with Dossier.open(db_path, PASS) as d:
        assert [e for e in d.log.entries() if e["action"] == "unlock_failed"] == []


def test_another_dossiers_envelope_is_named_as_such_and_no_restore_is_offered(db_path, tmp_path):
    from app.errors import NotADossier

    make(db_path)
    other = tmp_path / "ander" / "dossier.db"
    make(other)
    shutil.copy(envelope_path(other), envelope_path(db_path))
    with pytest.raises(NotADossier, match="hoort bij een ander dossier"):
        Dossier.open(db_path, PASS)
    result = cli("verify", "--db", str(db_path))
    assert result.returncode == 1 and "ander dossier" in result.stderr


@pytest.mark.parametrize("kill_at", [1, 2])
def test_a_restore_killed_between_its_renames_is_finished_at_the_next_start(
        db_path, tmp_path, kill_at):
    make(db_path, cases=2)
    with Dossier.open(db_path, PASS) as d:
        copy = backup.make_backup(d, tmp_path / "kopie.dwbackup")
        d.cases.create("melding", {}, "na de reservekopie")
    script = f"""
import os, signal
from pathlib import Path
from app.vault import backup
real, calls = os.replace, []
def replace(a, b):
    if Path(a).parent.name.startswith(".dw-restore-"):
        calls.append(a)
        if len(calls) == {kill_at}:
            os.kill(os.getpid(), signal.SIGKILL)
    real(a, b)
os.replace = replace
backup.restore(Path({str(copy)!r}), Path({str(db_path)!r}), {PASS!r},
               Path({str(tmp_path / "vervangen")!r}))
"""
    subprocess.run([sys.executable, "-c", script], env=dict(os.environ), timeout=120)
    from app.vault.restore_journal import journal_path

    assert journal_path(db_path).exists()  # killed half way
    with Dossier.open(db_path, PASS) as d:  # the next start finishes the restore
        assert d.cases.count() == 2, "the restored version, not a half-replaced one"
    assert not journal_path(db_path).exists()
    assert not list(db_path.parent.glob(".dw-restore-*"))
    [kept] = (tmp_path / "vervangen").iterdir()
    with Dossier.open(kept / "dossier.db", PASS, anchored=False) as old:
        assert old.cases.count() == 3  # the replaced dossier is kept whole


def test_the_app_start_finishes_a_half_done_restore_instead_of_offering_a_new_dossier(
        db_path, tmp_path):
    from app.vault.restore_journal import finish_restore, write_journal

    make(db_path)
    work = db_path.parent / ".dw-restore-x"
    work.mkdir()
    for p in (db_path, envelope_path(db_path)):
        os.replace(p, work / p.name)  # as if killed after the old files were moved away
    write_journal(db_path, [(work / envelope_path(db_path).name, envelope_path(db_path)),
                            (work / db_path.name, db_path)], [], work)
    assert not db_path.exists()
    assert finish_restore(db_path)  # what ui.application.run does before choosing a dialog
    assert db_path.exists() and not work.exists()


def test_backups_are_checked_in_the_data_folder_not_the_system_temp(db_path, tmp_path):
    import tempfile

    make(db_path)
    with Dossier.open(db_path, PASS) as d:
        copy = backup.make_backup(d, tmp_path / "kopie.dwbackup")
    before = set(Path(tempfile.gettempdir()).glob(".dw-inspect-*"))
    seen = []
    real = backup.tempfile.TemporaryDirectory

    def spy(*args, **kwargs):
        seen.append(kwargs.get("dir"))
        return real(*args, **kwargs)

    backup.tempfile.TemporaryDirectory = spy
    try:
        backup.inspect(copy, PASS)
    finally:
        backup.tempfile.TemporaryDirectory = real
    assert seen and Path(seen[0]).is_relative_to(Path(os.environ["XDG_DATA_HOME"]))
    assert Path(seen[0]).stat().st_mode & 0o077 == 0
    assert set(Path(tempfile.gettempdir()).glob(".dw-inspect-*")) == before
