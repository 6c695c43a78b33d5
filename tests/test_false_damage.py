"""No false damage alarm from the whole-file check (app/vault/integrity.py), found by an outside
tester: unlock, lock, unlock, the draft back in its wizard, '< Vorige' (which saves it) — and
the background check showed 'fts5: corruption found reading blob … from table "cases_fts"'
for a dossier that `deelwijzer verify` then found in order.

The cause, reproduced here with real files: FTS5 keeps the search index's structure per
connection from one transaction to the next, and its integrity check does not look whether
another connection changed the index meanwhile. The check gave way to the draft being saved
in the last part of FTS5's check and was then tried again on the same connection, which read
the new index through the old structure. Now every attempt has a fresh connection, a finding
counts only when a second fresh attempt sees it too, a busy file is "try again", and a check
cancelled by the lock says nothing. Real damage is still found (tests/test_damaged_files.py,
tests/test_whole_file_check.py, tests/test_trust_attacks.py, and below, in the search index),
in Dutch first, with SQLite's own words behind 'Details…'."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
import sqlcipher3

from app.vault import backup, integrity
from app.vault.dossier import Dossier
from app.vault.paths import data_folder
from app.vault.search import index_case
from app.vault.sql import key_connection, now, to_json
from tests.trust_helpers import PASS, cli

TODAY = date(2026, 11, 29)
CASES = 2000  # enough search index for FTS5's check to give way in its last part


def fill(d: Dossier, n: int = CASES) -> list[int]:
    """`n` draft cases with their search entries, a hundred to a transaction as years of use
    leave them (many segments, merged as the index grows), in a second or so."""
    ids: list[int] = []
    for start in range(0, n, 100):
        with d.transaction() as db:
            for i in range(start, min(n, start + 100)):
                data = {"text": " ".join(f"woord{(i * 7 + j) % 5000} school{j}"
                                         for j in range(60))}
                cur = db.execute(
                    "INSERT INTO cases (kind, status, client_pseudonym, client_name, created_at,"
                    " updated_at, data) VALUES ('melding', 'concept', ?, '', ?, ?, ?)",
                    (f"C{i}", now(), now(), to_json(data)))
                ids.append(int(cur.lastrowid or 0))
                index_case(db, ids[-1], f"C{i}", "", data)
    return ids


def progress_calls(d: Dossier) -> int:
    """How often quick_check calls the progress handler on this file (every 2000 steps, as the
    check sets it), on a connection of its own: FTS5's check is the last of them."""
    db = key_connection(d.path, d._key, read_only=True)
    calls = [0]
    db.set_progress_handler(lambda: calls.__setitem__(0, calls[0] + 1), 2000)
    try:
        db.execute("BEGIN")
        db.execute("PRAGMA quick_check").fetchall()
        db.execute("COMMIT")
    finally:
        db.close()
    return calls[0]


class _Counted:
    """One of the check's own connections, its progress calls counted (everything else is the
    connection's own)."""

    def __init__(self, db: Any, on_call: Callable[[Callable[[], bool]], bool]) -> None:
        self._db, self._on_call = db, on_call

    def set_progress_handler(self, handler: Callable[[], bool], n: int) -> None:
        self._db.set_progress_handler(lambda: self._on_call(handler), n)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)


def on_progress(monkeypatch, on_call: Callable[[int, Callable[[], bool]], bool]) -> None:
    """`on_call(n, handler)` for the n-th progress call on the check's connections (from 1,
    over all of them), in place of the check's own handler."""
    real, calls = integrity.key_connection, [0]

    def counted(handler: Callable[[], bool]) -> bool:
        calls[0] += 1
        return on_call(calls[0], handler)

    monkeypatch.setattr(integrity, "key_connection",
                        lambda *a, **k: _Counted(real(*a, **k), counted))


def write_at_call(monkeypatch, check: integrity.WholeFileCheck, at: int) -> threading.Event:
    """At the check's `at`-th progress call the writer comes: the returned event tells the
    writer (the test) to save, and the check waits there until the writer has said it wants
    the file — so it gives way exactly there, as it does when a save comes at that moment."""
    inside = threading.Event()

    def on_call(n: int, handler: Callable[[], bool]) -> bool:
        if n == at:
            inside.set()
            deadline = time.monotonic() + 10
            while check._writer_at == 0.0 and time.monotonic() < deadline:
                time.sleep(0.001)
        return handler()

    on_progress(monkeypatch, on_call)
    return inside


def run_in_thread(check: integrity.WholeFileCheck) -> tuple[threading.Thread, list[object]]:
    result: list[object] = []
    worker = threading.Thread(target=lambda: result.append(check.run()))
    worker.start()
    return worker, result


def test_a_check_that_gave_way_to_a_draft_save_finds_a_sound_dossier_sound(db_path, monkeypatch):
    """The vault's part of the tester's sequence: a draft saved while FTS5 checks the index."""
    monkeypatch.setattr(integrity, "QUIET", 0.2)
    with Dossier.create(db_path, PASS) as d:
        ids = fill(d)
        last = progress_calls(d)
        assert last >= 3
        for n, at in enumerate((last, last - 1, last - 2)):  # the last part of FTS5's check
            check = d.whole_file_check()
            inside = write_at_call(monkeypatch, check, at)
            worker, result = run_in_thread(check)
            assert inside.wait(20), "the check never reached the search index"
            d.cases.save_draft(ids[n], {"text": f"concept opgeslagen met Vorige {n}"},
                               client_pseudonym=f"C{n}", page="openness")
            worker.join(timeout=60)
            assert check.interruptions >= 1  # it gave way to the save, and tried again
            assert result == [[]], f"a sound dossier reported damaged: {result}"
        assert d.integrity_problems() == []  # what `verify` says
    assert "NIET in orde" not in cli("verify", "--db", str(db_path)).stdout


def test_the_testers_sequence_in_the_main_window_shows_no_damage(qtbot, db_path, monkeypatch):
    """Unlock, lock (Ctrl+L), unlock: the draft is back in its wizard; a sentence added and
    '< Vorige' saves it while the check that follows the unlock reads the search index (the
    moment is held in place; the save is the wizard's own). No banner."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWizard

    from app.demo import DEMO_PROFILE
    from tests.wizard_helpers import fill_betrokkenen, past_weighing
    from ui.main_window import MainWindow

    monkeypatch.setattr(integrity, "QUIET", 0.2)
    d = Dossier.create(db_path, PASS)
    d.set_profile(DEMO_PROFILE)
    fill(d)
    d.close()
    window = MainWindow(Dossier.open(db_path, PASS), today=TODAY)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.integrity.finished, timeout=60000) as first:
        window.show()
    assert first.args == [[]]
    wizard = past_weighing(qtbot, window.new_melding())
    fill_betrokkenen(qtbot, wizard.current_page(), label="Y.", name="Yvonne de Graaf",
                     role="moeder", children=(("Anouk Verbeek", "12-03-2022"),),
                     address="Hoogstraat 48, 3552 XK Utrecht",
                     relation="Ik ben de behandelaar van de moeder.")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.current_page().spec.id
    assert page == "openness"
    case_id = wizard.case_id

    checks: list[integrity.WholeFileCheck] = []
    inside: list[threading.Event] = []
    real_check = Dossier.whole_file_check

    def hooked(dossier: Dossier) -> integrity.WholeFileCheck:
        last = progress_calls(dossier)  # the file as the check will find it
        check = real_check(dossier)
        checks.append(check)
        inside.append(write_at_call(monkeypatch, check, last))
        return check

    monkeypatch.setattr(Dossier, "whole_file_check", hooked)
    window.lock()  # Ctrl+L
    qtbot.waitUntil(lambda: window.locking.unlock_dialog is not None, timeout=30000)
    window.locking.unlock_dialog.passphrase.setText(PASS)
    with qtbot.waitSignal(window.lockedChanged, timeout=20000):
        window.locking.unlock_dialog.submit()
    resumed = window.wizard
    assert resumed is not None and resumed.case_id == case_id  # the draft, back in its wizard
    assert resumed.current_page().spec.id == page
    qtbot.waitUntil(lambda: bool(inside) and inside[0].is_set(), timeout=30000)
    # The clinician adds a sentence and pages back: the draft's search entry changes.
    resumed.current_page().openness.concerns_note.setPlainText("Besproken op het spreekuur.")
    with qtbot.waitSignal(window.integrity.finished, timeout=60000) as found:
        qtbot.mouseClick(resumed.button(QWizard.WizardButton.BackButton),
                         Qt.MouseButton.LeftButton)  # '< Vorige' saves the draft
    assert checks[0].interruptions >= 1
    assert found.args == [[]], f"a sound dossier reported damaged: {found.args}"
    assert not window.integrity.banner.isVisible()
    window.close()
    qtbot.waitUntil(lambda: not window.locking.backing_up, timeout=20000)
    window.dossier.close()


def test_a_check_cancelled_by_the_lock_reports_nothing(db_path, monkeypatch):
    """Cancelled just after its last chance to give way — the lock came at the end of its
    work —: what it found belongs to a dossier that is closed by now, so it says nothing (not
    even 'sound'), and keeps nothing of the key."""
    with Dossier.create(db_path, PASS) as d:
        fill(d, 300)
        check = d.whole_file_check()
        last = progress_calls(d)
        seen: list[int] = []

        def lock_comes(n: int, handler: Callable[[], bool]) -> bool:
            seen.append(n)
            if n == last:
                check.cancel()
                return False  # the lock landed after this call: no later one interrupts
            return handler()

        plain = integrity.key_connection
        on_progress(monkeypatch, lock_comes)
        assert check.run() is None
        assert seen[-1] == last and check._key == b""
        monkeypatch.setattr(integrity, "key_connection", plain)
        assert d.whole_file_check().run() == []  # a check of the open dossier runs as ever


@pytest.mark.parametrize("message", ["database schema has changed", "database is locked",
                                     "interrupted"])
def test_a_busy_file_or_changed_schema_is_tried_again_never_damage(db_path, monkeypatch,
                                                                  message):
    real = integrity.structure_problems
    calls: list[str] = []

    def busy_once(db, pragma: str = "quick_check") -> list[str]:
        calls.append(pragma)
        if len(calls) == 1:
            raise sqlcipher3.OperationalError(message)
        return real(db, pragma)

    monkeypatch.setattr(integrity, "structure_problems", busy_once)
    monkeypatch.setattr(integrity, "QUIET", 0.05)
    with Dossier.create(db_path, PASS) as d:
        fill(d, 50)
        check = d.whole_file_check()
        assert check.run() == []
    assert check.interruptions == 1 and len(calls) == 2


def test_a_finding_a_second_fresh_attempt_does_not_see_is_not_reported(db_path, monkeypatch):
    real = integrity.structure_problems
    calls: list[int] = []

    def once(db, pragma: str = "quick_check") -> list[str]:
        calls.append(1)
        if len(calls) == 1:  # as a read through a stale view of the index would say
            return ["De zoekindex in het bestand klopt niet.",
                    'Technische melding: fts5: checksum mismatch for table "cases_fts"']
        return real(db, pragma)

    monkeypatch.setattr(integrity, "structure_problems", once)
    with Dossier.create(db_path, PASS) as d:
        fill(d, 50)
        check = d.whole_file_check()
        assert check.run() == []
    assert check.unconfirmed == 1 and len(calls) == 2


def test_an_alarm_raised_by_a_read_is_taken_back_when_the_check_finds_the_file_sound(
        qtbot, db_path):
    """A read's error shows the banner at once (ui/integrity_watch.py, report); when the
    whole-file check that follows finds the file sound, the banner goes again."""
    from app.errors import DossierDamaged
    from ui.main_window import MainWindow

    with Dossier.create(db_path, PASS) as d:
        fill(d, 50)
    dossier = Dossier.open(db_path, PASS)
    try:
        window = MainWindow(dossier, today=TODAY)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.integrity.finished, timeout=20000):
            window.show()
        banner = window.integrity.banner
        with qtbot.waitSignal(window.integrity.finished, timeout=20000) as found:
            window.model.damaged.emit(DossierDamaged(str(db_path)).message)
            assert banner.isVisible()
        assert found.args == [[]] and not banner.isVisible()
        window.close()
    finally:
        dossier.close()


def test_a_backup_made_while_the_app_saves_is_not_refused_for_a_page_read_mid_write(
        db_path, monkeypatch):
    """The backup's own page check takes no lock either ('Reservekopie…' runs beside the app,
    which may save meanwhile): a page it finds wrong is read again with the writer kept out,
    and only a page wrong then too refuses the backup as damaged."""
    real = integrity.page_problems
    calls: list[int] = []

    def torn_once(db) -> list[str]:
        calls.append(1)
        if len(calls) == 1:  # as a page read while the app was writing it would say
            return ["Pagina 9 van het bestand is beschadigd: de controle van de versleuteling "
                    "klopt niet."]
        return real(db)

    monkeypatch.setattr(integrity, "page_problems", torn_once)
    monkeypatch.setattr(backup, "page_problems", torn_once, raising=False)
    with Dossier.create(db_path, PASS) as d:
        fill(d, 50)
        made = backup.automatic_backup(d, data_folder() / "reservekopieen")
    assert len(calls) == 2 and backup.inspect(made, PASS).cases == 50


def damage_the_search_index(d: Dossier) -> None:
    """Real damage in the search index: a segment page of cases_fts is gone from the file."""
    with d.transaction() as db:
        db.execute("DELETE FROM cases_fts_data WHERE id = (SELECT max(id) FROM cases_fts_data)")


def test_real_damage_in_the_search_index_is_found_said_in_dutch_and_not_backed_up(
        qtbot, db_path):
    from ui import msgbox
    from ui.main_window import MainWindow

    with Dossier.create(db_path, PASS) as d:
        for i in range(20):
            d.cases.create("melding", {"text": f"Cliënte {i} vertelt over de school."}, f"C{i}")
        backup.automatic_backup(d, data_folder() / "reservekopieen")
        damage_the_search_index(d)
    good = {p: p.read_bytes() for p in (data_folder() / "reservekopieen").glob("*.dwbackup")}
    dossier = Dossier.open(db_path, PASS)
    try:
        problems = dossier.whole_file_check().run()
        assert problems is not None and problems[0] == "De zoekindex in het bestand klopt niet."
        assert "fts5" not in problems[0]
        assert any(p.startswith("Technische melding: fts5: corruption found reading blob")
                   for p in problems[1:])
        window = MainWindow(dossier, today=TODAY)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.integrity.finished, timeout=20000) as found:
            window.show()
        assert found.args[0] == problems
        banner = window.integrity.banner
        assert banner.isVisible()
        text = banner.detail.text()
        assert text.startswith("De zoekindex in het bestand klopt niet. Wat u ziet kan")
        assert "fts5" not in text and "corruption" not in text and "Technische" not in text
        msgbox.answer_next(None)
        banner.details_button.click()  # the technical words are there, behind 'Details…'
        assert msgbox.shown[-1][0] == "information" and "fts5: corruption" in msgbox.shown[-1][1]
        # What the banner says holds: a damaged dossier gets no backup, no good one goes.
        with pytest.raises(backup.DossierDamagedBackup) as info:
            backup.automatic_backup(dossier, data_folder() / "reservekopieen", keep=1)
        assert "De zoekindex in het bestand klopt niet" in info.value.message
        assert "fts5" not in info.value.message
        assert {p: p.read_bytes() for p in good} == good
        assert len(list((data_folder() / "reservekopieen").glob("*.dwbackup"))) == len(good)
        window.close()
    finally:
        dossier.close()
    result = cli("verify", "--db", str(db_path))
    assert result.returncode == 1 and "De zoekindex in het bestand klopt niet" in result.stdout


def test_sqlcipher_words_it_does_not_know_come_after_a_dutch_sentence():
    lines = integrity._page_lines("cipher said something new about page 7")
    assert lines[0] == ("Het bestand is beschadigd: de controle van de versleuteling meldt een "
                        "fout.")
    assert lines[1] == "Technische melding: cipher said something new about page 7"
