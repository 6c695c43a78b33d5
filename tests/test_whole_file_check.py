"""The whole-file check after the open (issue "Fast with twenty years of cases"): the open reads
only what it must, so damage in any other page is found by the check that runs in the
background once the main window is shown, by `deelwijzer verify`, and before every backup — a
damaged dossier gets no backup, so no good one is rotated away. Real files, a real main window,
the CLI in a fresh process; the check gives way to the writer and stops when the dossier locks."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest

from app.vault import backup, integrity
from app.vault.dossier import Dossier
from app.vault.paths import data_folder
from tests.trust_helpers import PASS, cli

PAGE = 4096
DAMAGED_PAGE = 8  # case text and search index: read neither by the open nor by the first list


def make(db_path, cases: int = 40) -> None:
    with Dossier.create(db_path, PASS) as d:
        for i in range(cases):
            d.cases.create("melding", {"text": "Cliënte vertelt over de school. " * 40, "i": i},
                           f"C{i}")


def damage(db_path, page: int = DAMAGED_PAGE) -> None:
    raw = bytearray(db_path.read_bytes())
    raw[(page - 1) * PAGE + 1234] ^= 0x5A
    db_path.write_bytes(bytes(raw))


def test_the_main_window_reports_damage_the_open_did_not_read(qtbot, db_path):
    from ui.main_window import MainWindow

    make(db_path)
    damage(db_path)
    dossier = Dossier.open(db_path, PASS)  # opens: page 8 is not one the open reads
    try:
        window = MainWindow(dossier, today=date(2026, 11, 29))
        qtbot.addWidget(window)
        banner = window.integrity.banner
        assert not banner.isVisible()
        with qtbot.waitSignal(window.integrity.finished, timeout=20000) as found:
            window.show()  # the check starts once the window is shown
        assert found.args[0] and "Pagina 8 van het bestand is beschadigd" in found.args[0][0]
        assert banner.isVisible()
        text = banner.detail.text()
        assert "Pagina 8" in text and "reservekopie terug" in text
        assert "wachtwoord klopt niet" not in text  # never taken for a wrong passphrase
        assert "Het dossier is beschadigd" in banner.accessibleName()
        assert window.model.rowCount() == 40  # the list itself is whole: nothing is lost
        window.close()
    finally:
        dossier.close()


def test_a_sound_dossier_shows_no_damage_banner(qtbot, db_path):
    from ui.main_window import MainWindow

    make(db_path, cases=3)
    dossier = Dossier.open(db_path, PASS)
    try:
        window = MainWindow(dossier, today=date(2026, 11, 29))
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.integrity.finished, timeout=20000) as found:
            window.show()
        assert found.args == [[]]
        assert not window.integrity.banner.isVisible()
        window.close()
    finally:
        dossier.close()


def test_verify_reports_damage_the_open_did_not_read(db_path):
    make(db_path)
    damage(db_path)
    result = cli("verify", "--db", str(db_path))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "NIET in orde" in result.stdout
    assert "Pagina 8 van het bestand is beschadigd" in result.stdout
    assert "Traceback" not in result.stderr and "onverwachte fout" not in result.stderr
    assert "wachtwoord klopt niet" not in result.stdout + result.stderr


def test_a_damaged_dossier_is_not_backed_up_and_no_good_backup_is_rotated_away(db_path):
    make(db_path, cases=5)
    folder = data_folder() / "reservekopieen"
    with Dossier.open(db_path, PASS) as d:
        for _ in range(3):
            backup.automatic_backup(d, folder)
            time.sleep(1.1)  # one backup per second: they are named by the second
    good = {p: p.read_bytes() for p in folder.glob("*.dwbackup")}
    assert len(good) == 3
    damage(db_path)
    with Dossier.open(db_path, PASS) as d:
        with pytest.raises(backup.DossierDamagedBackup) as info:
            backup.automatic_backup(d, folder, keep=1)  # a success would leave only itself
    message = info.value.message
    assert "Pagina 8" in message and "geen reservekopie" in message
    assert {p: p.read_bytes() for p in folder.glob("*.dwbackup")} == good  # all kept
    assert not list(folder.glob(".*"))  # and no half backup beside them
    newest = max(good)
    assert backup.inspect(newest, PASS).cases == 5  # it still holds everything


def _long_structure_check(calls: list[int]):
    """In place of quick_check: the first call runs until it is interrupted (as a quick_check of
    a large file would, holding the shared lock all the while), later calls find nothing."""
    def check(db, pragma: str = "quick_check") -> list[str]:
        calls.append(1)
        if len(calls) == 1:
            db.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c)"
                       " SELECT count(*) FROM c").fetchone()
        return []
    return check


def test_the_check_gives_way_to_the_writer_and_then_finishes(db_path, monkeypatch):
    make(db_path, cases=3)
    calls: list[int] = []
    monkeypatch.setattr(integrity, "structure_problems", _long_structure_check(calls))
    monkeypatch.setattr(integrity, "QUIET", 0.3)
    with Dossier.open(db_path, PASS) as d:
        check = d.whole_file_check()
        result: list[object] = []
        worker = threading.Thread(target=lambda: result.append(check.run()))
        worker.start()
        while not calls:
            time.sleep(0.01)
        time.sleep(0.2)  # well inside the endless check, with its shared lock held
        start = time.monotonic()
        d.cases.create("melding", {"text": "geschreven tijdens de controle"}, "W.")
        took = time.monotonic() - start
        worker.join(timeout=20)
        assert took < 2.0, f"the writer waited {took:.1f} s for the check"
        assert check.interruptions >= 1
        assert result == [[]]  # started again once the writer was quiet, and finished
        assert d.cases.count() == 4


def test_locking_stops_a_running_check_and_closes_its_connection(db_path, monkeypatch):
    make(db_path, cases=3)
    calls: list[int] = []
    monkeypatch.setattr(integrity, "structure_problems", _long_structure_check(calls))
    d = Dossier.open(db_path, PASS)
    check = d.whole_file_check()
    result: list[object] = []
    worker = threading.Thread(target=lambda: result.append(check.run()))
    worker.start()
    while not calls:
        time.sleep(0.01)
    start = time.monotonic()
    d.close()  # lock means gone: the check's connection too
    assert time.monotonic() - start < 5
    worker.join(timeout=5)
    assert not worker.is_alive() and result == [None]
    assert check._key == b"" and d._key == b""  # nothing of the key is left behind


def test_the_banner_leads_to_the_newest_backup_and_keeps_the_damaged_dossier(qtbot, db_path):
    """What to do, done from the banner: lock, type the passphrase, put the newest backup back;
    every case is there again and the damaged file is kept aside, untouched by the restore."""
    from ui import msgbox
    from ui.main_window import MainWindow

    make(db_path)
    with Dossier.open(db_path, PASS) as d:
        backup.automatic_backup(d, data_folder() / "reservekopieen")
    damage(db_path)
    damaged_page = db_path.read_bytes()[(DAMAGED_PAGE - 1) * PAGE:DAMAGED_PAGE * PAGE]
    dossier = Dossier.open(db_path, PASS)
    window = MainWindow(dossier, today=date(2026, 11, 29))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.integrity.finished, timeout=20000):
        window.show()
    window.integrity.banner.restore_button.click()
    assert window.locked and not window.isVisible()
    qtbot.waitUntil(lambda: window.locking.unlock_dialog is not None, timeout=20000)
    assert not dossier.is_open and window.locking.backup_failure is None  # said by the dialog
    unlock = window.locking.unlock_dialog
    assert unlock.restore_button.isVisible() and "beschadigd" in unlock.message.text()
    unlock.passphrase.setText(PASS)
    msgbox.answer_next(True)  # yes, put the newest backup back
    with qtbot.waitSignal(window.lockedChanged, timeout=20000):
        unlock.restore_button.click()
    assert not window.locked and window.dossier.cases.count() == 40
    kept = list((data_folder() / "vervangen").glob("*/dossier.db"))
    assert any(k.read_bytes()[(DAMAGED_PAGE - 1) * PAGE:DAMAGED_PAGE * PAGE] == damaged_page
               for k in kept)  # the damaged dossier is kept as it was
    with qtbot.waitSignal(window.integrity.finished, timeout=20000) as found:
        window.integrity.start()
    assert found.args == [[]]  # the restored dossier is sound
    window.close()
    window.dossier.close()


def test_a_check_interrupted_again_and_again_goes_on_table_by_table(db_path, monkeypatch):
    """A clinician at work writes every few seconds: after two interruptions quick_check goes
    on one table at a time (each write then costs one table), and still covers every one."""
    import sqlcipher3

    make(db_path, cases=3)
    real = integrity.structure_problems
    asked: list[str] = []

    def busy_writer(db, pragma: str = "quick_check") -> list[str]:
        asked.append(pragma)
        if pragma == "quick_check":  # the whole file at once never gets the room
            raise sqlcipher3.OperationalError("interrupted")
        return real(db, pragma)

    monkeypatch.setattr(integrity, "structure_problems", busy_writer)
    with Dossier.open(db_path, PASS) as d:
        tables = [r[0] for r in d.db.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")]
        assert d.whole_file_check().run() == []
    assert asked.count("quick_check") == integrity.WHOLE_TRIES
    assert {f'quick_check("{t}")' for t in [*tables, "sqlite_schema"]} <= set(asked)


def _page_holding_a_case(db_path) -> tuple[int, int]:
    """A page whose damage the open and the list do not meet, but reading a case does, found
    by trying (the layout of the file is SQLite's business): (page, case id)."""
    import shutil

    from app.errors import DossierDamaged

    pages = db_path.stat().st_size // PAGE
    for page in range(pages // 2, pages):
        trial = db_path.parent / f"probe-{page}" / db_path.name
        trial.parent.mkdir()
        for suffix in ("", ".keys", ".log"):
            shutil.copy(f"{db_path}{suffix}", f"{trial}{suffix}")
        damage(trial, page)
        with Dossier.open(trial, PASS, anchored=False) as d:
            rows = d.cases.summaries(0, 100)
            for row in rows:
                try:
                    d.cases.get(row.id)
                except DossierDamaged:
                    return page, row.id
    raise AssertionError("no page of case data found")


def test_a_case_on_a_damaged_page_is_said_to_be_damaged_not_a_traceback(qtbot, db_path):
    """Met before the whole-file check: selecting the case shows the damage banner (pytest-qt
    fails the test on any exception in a slot), and the case view stays empty."""
    from ui.main_window import MainWindow

    make(db_path)
    page, case_id = _page_holding_a_case(db_path)
    damage(db_path, page)
    dossier = Dossier.open(db_path, PASS)
    try:
        window = MainWindow(dossier, today=date(2026, 11, 29))
        qtbot.addWidget(window)
        assert window.model.rowCount() == 40  # the list itself reads no case data
        window.table.selectRow(window.model.row_of(case_id))
        assert window.integrity.banner.isVisibleTo(window)  # the window itself is not shown
        assert "beschadigd" in window.integrity.banner.detail.text()
        assert window.panel.title.text() == "Kies een casus in de lijst."
        window.close()
    finally:
        dossier.close()
