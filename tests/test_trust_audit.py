"""What an outside audit found after the first trust fixes (issue 10), each as a test: a planted
restore journal, a damaged anchor file, verify beside a crash or a writer, absurd files beside
the dossier, an envelope checksum switched off, a restore killed before its seal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.vault import backup
from app.vault.access_log import log_head_path
from app.vault.anchor import ANCHOR_FILE, anchor_folder
from app.vault.dossier import Dossier
from app.vault.paths import envelope_path
from tests.trust_helpers import PASS, cli, files_of, make, put_aside, put_back


@pytest.mark.parametrize("plan", ["outside", "delete-dossier"])
def test_a_planted_restore_journal_touches_nothing(db_path, tmp_path, plan):
    from app.vault.restore_journal import journal_path

    make(db_path)
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "brief.txt").write_text("bewaren")
    (tmp_path / "victimfile").write_text("bewaren")
    if plan == "outside":
        journal = {"moves": [[str(tmp_path / "victimfile"), str(db_path.parent / "stolen")]],
                   "remove": [], "work": str(victim)}
    else:
        journal = {"moves": [], "remove": [str(p) for p in files_of(db_path)],
                   "work": str(db_path.parent / ".dw-restore-x")}
    journal_path(db_path).write_text(json.dumps(journal))
    before = {p: p.read_bytes() for p in files_of(db_path)}
    with Dossier.open(db_path, PASS) as d:
        assert d.cases.count() == 2
    assert (victim / "brief.txt").exists() and (tmp_path / "victimfile").exists()
    assert all(p.exists() for p in before)
    assert not journal_path(db_path).exists()  # set aside as '.ongeldig', not run


def test_a_damaged_anchor_file_is_reported_and_other_dossiers_anchors_are_kept(db_path, tmp_path):
    make(db_path, cases=3)
    other = tmp_path / "ander" / "dossier.db"
    make(other)
    old = put_aside(files_of(db_path), tmp_path / "aside")
    with Dossier.open(db_path, PASS) as d:
        d.cases.delete(2, "op verzoek")
    put_back(old)
    anchors = anchor_folder() / ANCHOR_FILE
    data = bytearray(anchors.read_bytes())
    data[0] ^= 0x01  # one damaged byte must not switch rollback detection off
    anchors.write_bytes(bytes(data))
    result = cli("verify", "--db", str(db_path))
    assert result.returncode == 1 and "anker" in result.stdout
    with Dossier.open(db_path, PASS) as d:
        assert d.read_only
        d.accept_current_version()
    kept = list(anchor_folder().glob(f"{ANCHOR_FILE}.beschadigd-*"))
    assert kept and kept[0].read_bytes() == bytes(data)  # the other anchors are not lost


@pytest.mark.parametrize("edit", [lambda a: a.update(seq=-1), lambda a: a.update(mac="zz" * 32)])
def test_a_malformed_anchor_is_reported_not_ignored(db_path, edit):
    make(db_path)
    from app.vault.anchor import _file_checksum

    doc = json.loads((anchor_folder() / ANCHOR_FILE).read_text())
    edit(next(iter(doc["anchors"].values())))
    doc["checksum"] = _file_checksum(doc["anchors"])  # a malformed entry in a sound file
    (anchor_folder() / ANCHOR_FILE).write_text(json.dumps(doc))
    assert cli("verify", "--db", str(db_path)).returncode == 1


def test_verify_after_a_crash_mid_write_says_so_and_not_damaged(db_path):
    make(db_path)
    script = f"""
import os, signal
from pathlib import Path
from app.vault.dossier import Dossier
d = Dossier.open(Path({str(db_path)!r}), {PASS!r})
d.db.execute("BEGIN IMMEDIATE")
for i in range(200):
    d.db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (f"k{{i}}", "x" * 3000))
d.db.execute("PRAGMA cache_spill = 1")
os.kill(os.getpid(), signal.SIGKILL)
"""
    subprocess.run([sys.executable, "-c", script], env=dict(os.environ), timeout=120)
    journal = Path(f"{db_path}-journal")
    if not journal.exists() or journal.stat().st_size == 0:
        pytest.skip("SQLite kept this transaction in memory: no hot journal to test with")
    result = cli("verify", "--db", str(db_path))
    assert result.returncode == 1
    assert "onafgeronde schrijfactie" in result.stderr and "beschadigd" not in result.stderr
    with Dossier.open(db_path, PASS) as d:  # an ordinary open rolls it back
        assert d.cases.count() == 2
    assert cli("verify", "--db", str(db_path)).returncode == 0


def test_verify_while_the_dossier_is_open_is_refused_not_misreported(db_path):
    make(db_path)
    with Dossier.open(db_path, PASS):
        result = cli("verify", "--db", str(db_path))
    assert result.returncode == 1 and "al geopend" in result.stderr


@pytest.mark.parametrize("which", ["log", "keys", "anchor", "journal"])
def test_deeply_nested_json_beside_the_dossier_never_gives_a_traceback(db_path, which):
    from app.vault.restore_journal import journal_path

    make(db_path)
    target = {"log": log_head_path(db_path), "keys": envelope_path(db_path),
              "anchor": anchor_folder() / ANCHOR_FILE, "journal": journal_path(db_path)}[which]
    target.write_text("[" * 100_000 + "]" * 100_000)
    result = cli("verify", "--db", str(db_path))
    assert "Traceback" not in result.stderr and "RecursionError" not in result.stderr
    result = cli("backup", "--db", str(db_path), "--to", str(db_path.parent / "k.dwbackup"))
    assert "Traceback" not in result.stderr


def test_a_huge_head_is_refused_quickly(db_path):
    make(db_path)
    log_head_path(db_path).write_bytes(b'{"failed": [' + b'"2026-01-01T00:00:00+00:00",' * 400_000
                                       + b'"x"]}')
    start = time.perf_counter()
    result = cli("verify", "--db", str(db_path))
    assert time.perf_counter() - start < 20 and result.returncode == 1


@pytest.mark.parametrize("damage", ["checksum-name", "version"])
def test_the_envelope_checksum_cannot_be_switched_off_by_damage(db_path, damage):
    from app.errors import NotADossier

    make(db_path)
    text = envelope_path(db_path).read_text()
    if damage == "checksum-name":
        text = text.replace('"checksum"', '"checksvm"')
    else:
        text = text.replace('"version": 2', '"version": 1')
    text = text.replace('"wrapped_key": "', '"wrapped_key": "A', 1)
    envelope_path(db_path).write_text(text)
    with pytest.raises(NotADossier, match="beschadigd"):
        Dossier.open(db_path, PASS)
    assert "failed" not in log_head_path(db_path).read_text()


def test_a_head_seal_that_is_not_hex_is_damage(db_path):
    make(db_path)
    head = json.loads(log_head_path(db_path).read_text())
    head["seal"] = "g" + head["seal"][1:]
    log_head_path(db_path).write_text(json.dumps(head))
    assert cli("verify", "--db", str(db_path)).returncode == 1


def test_a_restore_killed_before_its_seal_is_no_false_rollback_alarm(db_path, tmp_path,
                                                                       monkeypatch):
    make(db_path)
    with Dossier.open(db_path, PASS) as d:
        copy = backup.make_backup(d, tmp_path / "k.dwbackup")
        d.cases.create("melding", {}, "later")  # the anchor moves past the backup
    real, calls = backup._open_copy, []

    def open_copy(*args):
        calls.append(args)
        if len(calls) == 2:  # the first checks the backup; the second would seal it
            raise KeyboardInterrupt  # killed after the files are in place, before the seal
        return real(*args)

    monkeypatch.setattr(backup, "_open_copy", open_copy)
    with pytest.raises(KeyboardInterrupt):
        backup.restore(copy, db_path, PASS, tmp_path / "vervangen")
    monkeypatch.undo()
    with Dossier.open(db_path, PASS) as d:
        assert not d.read_only, d.trust_problems
        assert d.cases.count() == 2


# --- the second outside audit ------------------------------------------------------------------


def _roll_back_after_a_delete(db_path, tmp_path):
    old = put_aside(files_of(db_path), tmp_path / "aside")
    with Dossier.open(db_path, PASS) as d:
        d.cases.delete(1, "op verzoek")
    put_back(old)


def test_a_damaged_byte_in_a_dossier_id_of_the_anchor_file_is_damage_too(db_path, tmp_path):
    make(db_path)
    _roll_back_after_a_delete(db_path, tmp_path)
    anchors = anchor_folder() / ANCHOR_FILE
    text = anchors.read_text()
    ident = next(iter(json.loads(text)["anchors"]))
    anchors.write_text(text.replace(ident, ("0" if ident[0] != "0" else "1") + ident[1:]))
    result = cli("verify", "--db", str(db_path))
    assert result.returncode == 1 and "anker" in result.stdout


def test_after_a_damaged_anchor_file_is_replaced_other_dossiers_are_still_reported(
        db_path, tmp_path):
    make(db_path)
    _roll_back_after_a_delete(db_path, tmp_path)
    anchors = anchor_folder() / ANCHOR_FILE
    data = bytearray(anchors.read_bytes())
    data[0] ^= 0x01
    anchors.write_bytes(bytes(data))
    make(tmp_path / "nieuw" / "dossier.db")  # another dossier writes a fresh anchor file
    assert list(anchor_folder().glob(f"{ANCHOR_FILE}.beschadigd-*"))
    result = cli("verify", "--db", str(db_path))
    assert result.returncode == 1 and "anker" in result.stdout
    assert cli("verify", "--db", str(tmp_path / "nieuw" / "dossier.db")).returncode == 0


def test_an_envelope_with_many_slots_is_refused_at_once(db_path):
    from app.vault.keys import _checksum

    make(db_path)
    env = json.loads(envelope_path(db_path).read_text())
    env.pop("checksum")
    env["slots"] = [env["slots"][0]] * 20  # each would cost an Argon2 run at unlock
    env["checksum"] = _checksum(env)
    envelope_path(db_path).write_text(json.dumps(env))
    start = time.perf_counter()
    result = cli("verify", "--db", str(db_path))
    assert time.perf_counter() - start < 20
    assert result.returncode == 1 and "sleutelbestand" in result.stderr


@pytest.mark.parametrize("where", ["time_cost", "version"])
def test_an_infinite_number_in_the_envelope_is_damage_not_a_traceback(db_path, where):
    from app.vault.keys import _checksum

    make(db_path)
    env = json.loads(envelope_path(db_path).read_text())
    env.pop("checksum")
    if where == "version":
        env["version"] = float("inf")
    else:
        env["slots"][0]["kdf"]["time_cost"] = float("inf")
    env["checksum"] = _checksum(env)
    envelope_path(db_path).write_text(json.dumps(env))
    result = cli("verify", "--db", str(db_path))
    assert result.returncode == 1 and "Traceback" not in result.stderr


def test_a_backup_with_a_wrong_manifest_is_unreadable_not_a_traceback(db_path, tmp_path):
    import zipfile

    make(db_path)
    with Dossier.open(db_path, PASS) as d:
        good = backup.make_backup(d, tmp_path / "goed.dwbackup")
    bad = tmp_path / "fout.dwbackup"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as out:
        for name in src.namelist():
            data = src.read(name)
            if name == "manifest.json":
                manifest = json.loads(data)
                manifest["schema_version"] = "abc"
                data = json.dumps(manifest).encode()
            out.writestr(name, data)
    result = cli("verify", "--db", str(bad))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "geen leesbare" in result.stderr


def test_a_symlinked_journal_beside_the_dossier_is_named(db_path, tmp_path):
    make(db_path)
    os.symlink(tmp_path / "nergens", f"{db_path}-journal")
    for args in (("verify",), ("backup", "--to", str(tmp_path / "k.dwbackup"))):
        result = cli(*args, "--db", str(db_path))
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert "koppeling" in result.stderr or "koppeling" in result.stdout


def test_restore_over_a_dossier_with_an_unreadable_envelope_needs_the_second_confirmation(
        db_path, tmp_path):
    make(db_path)
    other = tmp_path / "ander" / "dossier.db"
    make(other, cases=5)
    with Dossier.open(other, PASS) as d:
        copy = backup.make_backup(d, tmp_path / "ander.dwbackup")
    envelope_path(db_path).write_text("kapot")
    result = cli("restore", "--db", str(db_path), "--from", str(copy), "--bevestig")
    assert result.returncode == 1 and "niet na te gaan" in result.stderr


def test_verify_does_not_follow_a_symlinked_lock_file(db_path, tmp_path):
    from app.vault.lock import lock_path

    make(db_path)
    lock_path(db_path).unlink()
    outside = tmp_path / "elders" / "lock"
    outside.parent.mkdir()
    os.symlink(outside, lock_path(db_path))
    cli("verify", "--db", str(db_path))
    assert not outside.exists()
