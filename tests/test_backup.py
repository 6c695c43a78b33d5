"""Backups: consistent while open (WAL included), encrypted, verified, rolling; restore with a
preview that replaces nothing until confirmed, and keeps the replaced dossier."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.errors import WrongPassphrase
from app.vault import backup
from app.vault.dossier import Dossier

MARKER = "ReservekopieMarkerQ7"


@pytest.fixture
def dossier(db_path):
    d = Dossier.create(db_path, "het wachtwoord")
    for i in range(3):
        d.cases.create("melding", {"text": f"{MARKER} {i}"}, f"C{i}")
    yield d
    d.close()


def test_backup_of_an_open_dossier_holds_all_committed_data_and_is_encrypted(dossier, tmp_path):
    path = backup.make_backup(dossier, tmp_path / "out" / "kopie.dwbackup")
    raw = path.read_bytes()
    assert MARKER.encode() not in raw
    with zipfile.ZipFile(path) as zf:
        assert sorted(zf.namelist()) == ["dossier.db", "dossier.db.keys", "manifest.json"]
        assert MARKER.encode() not in zf.read("dossier.db")
    info = backup.inspect(path, "het wachtwoord")
    assert info.cases == 3 and info.schema_version == dossier.schema_version
    if os.name == "posix":
        assert path.stat().st_mode & 0o077 == 0
    assert not list(path.parent.glob(".*"))  # no temporary files left behind


def test_backup_needs_the_passphrase_and_a_damaged_one_is_refused(dossier, tmp_path):
    path = backup.make_backup(dossier, tmp_path / "kopie.dwbackup")
    with pytest.raises(WrongPassphrase):
        backup.inspect(path, "fout")
    damaged = tmp_path / "stuk.dwbackup"
    damaged.write_bytes(path.read_bytes()[:2000])
    with pytest.raises(backup.BackupError) as info:
        backup.inspect(damaged, "het wachtwoord")
    assert "geen leesbare Deelwijzer-reservekopie" in info.value.message


def test_rolling_backups_keep_the_newest(dossier, tmp_path, monkeypatch):
    folder = tmp_path / "rol"
    stamps = iter(f"20261125-12000{i}" for i in range(6))  # all on one day

    class FakeNow:
        @staticmethod
        def now():
            class Stamp:
                def strftime(self, _fmt):
                    return next(stamps)
            return Stamp()

    monkeypatch.setattr(backup, "datetime", FakeNow)
    monkeypatch.setattr(backup, "_now", lambda: "2026-11-29T12:00:00+00:00")
    for _ in range(6):
        backup.automatic_backup(dossier, folder, keep=3)
    names = [p.name for p in backup.backups_in(folder)]
    assert names == ["deelwijzer-20261125-120005.dwbackup", "deelwijzer-20261125-120004.dwbackup",
                     "deelwijzer-20261125-120003.dwbackup"]


def test_rolling_backups_also_keep_a_week_of_days_and_a_year_of_months():
    """A loss noticed late still has a backup from before it."""
    from datetime import date, timedelta

    start = date(2025, 10, 1)
    names = [Path(f"deelwijzer-{(start + timedelta(days=d)):%Y%m%d}-{h:02d}0000.dwbackup")
             for d in range(400) for h in (9, 17)]
    kept = [b.name for b in names if b not in backup.to_prune(names, keep=3)]
    days = {n[11:19] for n in kept}
    months = {n[11:17] for n in kept}
    assert len(kept) <= 3 + 7 + 12
    assert len(days) >= 7 and len(months) == 12
    assert kept[-1] == names[-1].name


def test_restore_replaces_only_after_verifying_and_keeps_the_replaced_dossier(dossier, tmp_path):
    path = backup.make_backup(dossier, tmp_path / "kopie.dwbackup")
    dossier.cases.create("melding", {"text": "na de reservekopie"}, "NA")
    target = dossier.path
    dossier.close()
    kept = backup.restore(path, target, "het wachtwoord", tmp_path / "vervangen")
    with Dossier.open(target, "het wachtwoord") as d:
        assert d.cases.count() == 3
        assert d.integrity_problems() == []
    with Dossier.open(kept / "dossier.db", "het wachtwoord") as replaced:
        assert replaced.cases.count() == 4  # nothing is lost: the replaced one is kept


def test_a_bad_backup_replaces_nothing(dossier, tmp_path):
    bogus = tmp_path / "bogus.dwbackup"
    bogus.write_bytes(b"PK\x03\x04 niets")
    target = dossier.path
    dossier.close()
    before = target.read_bytes()
    with pytest.raises(backup.BackupError):
        backup.restore(bogus, target, "het wachtwoord", tmp_path / "vervangen")
    assert target.read_bytes() == before
    assert not (tmp_path / "vervangen").exists()


def test_cli_backup_and_restore_with_preview(dossier, tmp_path):
    env = {**os.environ, "DEELWIJZER_PASSPHRASE": "het wachtwoord"}
    target = dossier.path
    dossier.close()
    out = tmp_path / "cli.dwbackup"

    def run(*args):
        return subprocess.run([sys.executable, "-m", "ui.entry", *args], capture_output=True,
                              text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)

    made = run("backup", "--db", str(target), "--to", str(out))
    assert made.returncode == 0, made.stderr
    assert "gecontroleerd" in made.stdout
    preview = run("restore", "--db", str(target), "--from", str(out))
    assert preview.returncode == 0 and "3 casus(sen)" in preview.stdout
    assert "Niets vervangen" in preview.stdout
    done = run("restore", "--db", str(target), "--from", str(out), "--bevestig")
    assert done.returncode == 0, done.stderr
    assert "Teruggezet" in done.stdout and "bewaard in" in done.stdout


def test_backup_from_the_main_window(qtbot, dossier, tmp_path):
    from datetime import date

    from ui import msgbox
    from ui.main_window import MainWindow
    window = MainWindow(dossier, today=date(2026, 11, 29))
    qtbot.addWidget(window)
    target = tmp_path / "usb" / "kopie"
    msgbox.answer_next(str(target), None)  # where; then the 'done' notice
    with qtbot.waitSignal(window.backupWritten, timeout=20000):
        window.backup_now()
    assert backup.inspect(target.with_name("kopie.dwbackup"), "het wachtwoord").cases == 3
    window.close()


def test_closing_the_app_makes_a_rolling_backup(dossier):
    from app.vault.paths import data_folder
    from ui.application import _backup_on_close
    _backup_on_close(dossier)
    [made] = backup.backups_in(data_folder() / "reservekopieen")
    assert backup.inspect(made, "het wachtwoord").cases == 3


def test_a_backup_opens_with_the_recovery_code_too(dossier, tmp_path):
    from app.vault.recovery import code_for
    path = backup.make_backup(dossier, tmp_path / "kopie.dwbackup")
    assert backup.inspect(path, code_for(dossier)).cases == 3


def test_the_number_of_backups_kept_is_a_setting(dossier, tmp_path):
    dossier.set_profile({"name": "x", "backups_keep": 2})
    assert backup.keep_setting(dossier) == 2


def test_restore_a_chosen_backup_from_the_unlock_dialog(qtbot, dossier, tmp_path):
    from ui import msgbox
    from ui.unlock import UnlockDialog
    path = backup.make_backup(dossier, tmp_path / "usb" / "kopie.dwbackup")
    dossier.cases.create("melding", {}, "later")
    target = dossier.path
    dossier.close()
    unlock = UnlockDialog(target)
    qtbot.addWidget(unlock)
    unlock.passphrase.setText("het wachtwoord")
    msgbox.answer_next(str(path), True)  # this file; yes, put it back
    with qtbot.waitSignal(unlock.opened, timeout=10000):
        unlock.restore_from_file()
    restored = unlock.dossier
    assert restored.cases.count() == 3
    assert restored.log.entries()[-1]["action"] == "restore"
    restored.close()
