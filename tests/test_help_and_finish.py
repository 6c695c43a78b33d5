"""The handbook at hand, and a finish people trust (issue 13): the handbook viewer (F1, by step,
searchable, law notes beside the steps, opened at a wizard page's place), the first-run tour,
'Over Deelwijzer' with the licences, the icon, the busy indicator, a status bar that keeps no
finished message, the warning before the auto-lock, deleting a concept, and the overdue
deadlines at unlock."""

from __future__ import annotations

import time
from datetime import timedelta
from importlib import metadata
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QTextFormat
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app import demo, service
from app.content.handbook import Footnote, handbook
from app.content.organisations import law_notes
from app.flows.registry import FLOWS
from app.vault.dossier import Dossier
from tests.ui_walk import english_interface
from tests.wizard_helpers import TODAY
from ui import first_run, help_links, msgbox, preview_dialog, progress
from ui.handbook_document import FOOTNOTES, step_anchor
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture(autouse=True)
def no_viewer_left():
    """The viewer has no parent: each test starts without one and leaves none behind."""
    yield
    shown = help_links.viewer()
    if shown is not None:
        shown.close()
        shown.deleteLater()
    help_links._viewer.clear()


def _plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u2029", "\n").split())


def _chapter_text(viewer, anchor: str) -> str:
    """The text of one chapter (the purpose, a step, the footnotes) as the viewer shows it."""
    raw = viewer.text.document().toRawText()
    starts = sorted(viewer.position_of(c.anchor) for c in viewer.chapters)
    start = viewer.position_of(anchor)
    end = next((s for s in starts if s > start), len(raw))
    return _plain(raw[start:end])


# --- the handbook viewer ----------------------------------------------------------------------


def test_f1_opens_the_whole_handbook_by_step_with_the_law_beside_the_steps(qtbot, window):
    handbook_action = window.main_actions.menus.handbook
    assert handbook_action.isEnabled() and handbook_action.shortcut().toString() == "F1"
    handbook_action.trigger()
    viewer = help_links.viewer()
    assert viewer is not None and viewer.isVisible() and viewer.isWindow()
    assert viewer.parentWidget() is None and not viewer.isModal()  # beside a wizard, unblocked
    hb = handbook()
    assert viewer.steps.count() == len(hb.steps) + 2  # the purpose, every step, the footnotes
    assert [viewer.steps.item(i).text().split(":")[0] for i in range(1, 9)] == [
        f"Stap {s}" for s in hb.steps]
    shown = _plain(viewer.text.toPlainText())
    for ref in hb.ids():  # every item, sub-item, example and footnote, verbatim
        assert _plain(hb.text(ref)) in shown, ref
    for note in law_notes().values():  # each beside every piece it concerns
        for ref in note.applies_to:
            piece = None if ref in hb.steps else hb.get(ref)
            chapter = FOOTNOTES if isinstance(piece, Footnote) else step_anchor(
                ref if piece is None else piece.step)
            assert _plain(note.text) in _chapter_text(viewer, chapter), (note.id, ref)
    viewer.steps.setCurrentRow(5)  # 'Stap 4' chosen in the list: the text goes there
    top = viewer.text.cursorForPosition(viewer.text.viewport().rect().topLeft()).position()
    assert viewer.chapter_of(top) == 5


def test_search_marks_every_place_and_goes_from_one_to_the_next(qtbot, window):
    viewer = help_links.open_handbook("", window)
    viewer.search.setText("veilig thuis")
    hits = viewer.hit_positions()
    assert len(hits) >= 3
    raw = viewer.text.document().toRawText()
    assert all(raw[p:p + 12].lower() == "veilig thuis" for p in hits)
    marks = viewer.text.extraSelections()
    assert len(marks) == len(hits)
    first = viewer.current_hit()
    assert viewer.hits.text() == f"{hits.index(first) + 1} van {len(hits)}"
    QTest.keyClick(viewer.search, Qt.Key.Key_Return)  # Enter: the next place
    assert viewer.current_hit() == hits[(hits.index(first) + 1) % len(hits)]
    QTest.keyClick(viewer.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert viewer.current_hit() == first
    viewer.next.click()
    second = viewer.current_hit()
    assert viewer.steps.currentRow() == viewer.chapter_of(second)  # the list follows
    cursor = viewer.text.textCursor()
    cursor.setPosition(second)
    assert viewer.text.viewport().rect().contains(viewer.text.cursorRect(cursor).center())

    viewer.search.setText("client")  # without the accent it still finds 'cliënt'
    assert viewer.hit_positions() and "cliënt" in raw[viewer.current_hit() - 1:][:8]
    viewer.search.setText("xyzzy")
    assert viewer.hits.text() == "Niet gevonden" and not viewer.next.isEnabled()
    viewer._escape()  # Esc: the search first
    assert viewer.search.text() == "" and viewer.isVisible()
    viewer._escape()  # then the window
    assert not viewer.isVisible()


def test_every_page_names_a_place_of_its_own_in_the_viewer():
    from ui.handbook_viewer import HandbookViewer

    viewer = HandbookViewer()
    try:
        for kind, flow in FLOWS.items():
            for spec in flow.rules.PAGES:
                place = help_links.place_of(spec)  # its first id, or its law note's
                assert place, (kind, spec.id)
                own = step_anchor(place) if place in handbook().steps else place
                assert viewer.anchor_for(place) == own, (kind, spec.id)
    finally:
        viewer.deleteLater()


def test_f1_on_a_wizard_page_opens_its_place_and_closing_returns_to_the_page(qtbot, window):
    wizard = window.new_melding()
    wizard.data = demo.demo_melding(TODAY)
    for page in wizard.pages:
        page.load_from_host()
    # A new melding opens on the meldcode weighing, which names no handbook id: F1 opens the
    # viewer where its first law note belongs, and closing it returns to the weighing.
    weighing = wizard.current_page()
    assert weighing.spec.id == "weighing" and not weighing.spec.refs
    qtbot.waitUntil(wizard.isActiveWindow)
    QTest.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_F1)
    viewer = help_links.viewer()
    assert viewer is not None and viewer.isVisible()
    assert viewer.ref and viewer.ref == help_links.place_of(weighing.spec)
    viewer.close()
    qtbot.waitUntil(wizard.isActiveWindow)
    assert wizard.current_page() is weighing

    wizard.next()
    wizard.next()
    wizard.next()
    page = wizard.current_page()
    assert page.spec.id == "facts"
    qtbot.waitUntil(wizard.isActiveWindow)
    QTest.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_F1)
    viewer = help_links.viewer()
    assert viewer is not None and viewer.isVisible()
    ref = page.spec.refs[0]
    assert viewer.ref == ref == "4.melder.1"
    assert viewer.steps.currentItem().text().startswith("Stap 4")
    cursor = viewer.text.textCursor()
    cursor.setPosition(viewer.position_of(ref))
    assert viewer.text.viewport().rect().contains(viewer.text.cursorRect(cursor).center())
    [target] = [m for m in viewer.text.extraSelections()
                if m.format.property(QTextFormat.Property.FullWidthSelection)]
    assert target.cursor.selectedText().startswith("1")  # the item itself, from its number
    viewer.close()
    qtbot.waitUntil(wizard.isActiveWindow)  # back on the page it was opened from
    assert wizard.current_page() is page

    wizard.next()  # the next page's link opens the viewer at its own place
    link = wizard.current_page().panel.open_link
    assert "handleiding" in link.text() and link.accessibleName()
    link.click()
    assert help_links.viewer().ref == wizard.current_page().spec.refs[0]


@pytest.fixture
def english(qapp):
    with english_interface(qapp):
        yield


def test_in_english_the_viewer_speaks_english_and_the_handbook_stays_dutch(qtbot, english):
    from ui.about_dialog import AboutDialog
    from ui.first_run import TourDialog

    viewer = help_links.open_handbook("1a.1")
    assert viewer.windowTitle() == "Handbook — Deelwijzer"
    assert viewer.findChild(type(viewer.hits), "handbookCaption").text() == \
        "Handbook text (in Dutch)"
    assert viewer.steps.item(1).text() == f"Step 1a: {handbook().steps['1a'].title}"
    text = viewer.text.toPlainText()
    assert _plain(handbook().text("1a.1")) in _plain(text) and "Since the handbook" in text
    viewer.search.setText("qqq")
    assert viewer.hits.text() == "Not found"
    tour = TourDialog()
    qtbot.addWidget(tour)
    assert tour.windowTitle() == "Welcome to Deelwijzer" and tour.forward.text() == "&Next >"
    about = AboutDialog()
    qtbot.addWidget(about)
    assert about.windowTitle() == "About Deelwijzer" and "version" in about.title.text()
    licences = about.licences.toPlainText()
    assert "Component" in licences and "Built with" in licences and "Onderdeel" not in licences
    assert viewer.previous.text() == "< P&revious" and viewer.next.text() == "&Next >"


# --- the tour, the about box, the icon --------------------------------------------------------


def test_the_tour_is_shown_once_goes_by_keys_and_comes_back_from_help(qtbot, window):
    from ui.first_run import TourDialog

    assert first_run.should_show(new_dossier=False)  # the first start
    assert first_run.offer(window, new_dossier=False)
    qtbot.waitUntil(lambda: window.findChild(TourDialog) is not None)
    tour = window.findChild(TourDialog)
    qtbot.waitUntil(tour.isActiveWindow)
    texts = [tour.stack.widget(i).findChild(type(tour.where), "tourText").text()
             for i in range(tour.stack.count())]
    assert tour.stack.count() == 4
    assert "beslist niets" in texts[0] and "verstuurt niets" in texts[1]
    assert "F1" in texts[2] and "herstelcode" in texts[3] and "versleuteld" in texts[3]
    QTest.keyClick(tour, Qt.Key.Key_Right)
    assert tour.current() == 1
    QTest.keyClick(tour, Qt.Key.Key_Left)
    assert tour.current() == 0 and not tour.back.isEnabled()
    QTest.keyClick(tour, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # 'Volgende'
    qtbot.waitUntil(lambda: tour.current() == 1)  # a mnemonic clicks after 100 ms
    QTest.keyClick(tour.forward, Qt.Key.Key_Return)
    QTest.keyClick(tour.forward, Qt.Key.Key_Return)
    assert tour.current() == 3 and tour.where.text() == "4 van 4"
    assert tour.forward.text() == "&Aan de slag"
    with qtbot.waitSignal(tour.finished):
        QTest.keyClick(tour.forward, Qt.Key.Key_Return)
    assert first_run.seen() and not first_run.should_show(new_dossier=False)
    assert first_run.should_show(new_dossier=True)  # a new dossier: shown again
    assert not first_run.offer(window, new_dossier=False)

    menus = window.main_actions.menus
    assert menus.tour in menus.help.actions() and menus.tour.shortcut().toString() == "Shift+F1"
    menus.tour.trigger()
    qtbot.waitUntil(lambda: any(t.isVisible() for t in window.findChildren(TourDialog)))
    again = next(t for t in window.findChildren(TourDialog) if t.isVisible())
    qtbot.waitUntil(again.isActiveWindow)
    QTest.keyClick(again, Qt.Key.Key_Escape)
    assert not again.isVisible()


def test_about_gives_the_version_the_licences_and_the_handbooks_source(qtbot, window):
    from ui.about_dialog import AboutDialog

    menus = window.main_actions.menus
    assert [a.text() for a in menus.help.actions() if not a.isSeparator()] == [
        "&Handleiding", "&Rondleiding", "&Over Deelwijzer"]
    menus.about.trigger()
    qtbot.waitUntil(lambda: window.findChild(AboutDialog) is not None)
    about = window.findChild(AboutDialog)
    assert metadata.version("deelwijzer") in about.title.text()
    licences = about.licences.toPlainText()
    for part in ("PySide6", "LGPL-3.0", "ReportLab", "BSD", "SQLCipher", "pypdfium2",
                 "python-bidi", "uharfbuzz", "Pyphen", "DejaVu", "Bitstream Vera", "CLiPS",
                 "PDDL", metadata.version("reportlab"), metadata.version("PySide6-Essentials")):
        assert part in licences, part
    assert "Handleiding informatie-uitwisseling" in about.about.toPlainText()
    assert "handleiding-informatie-uitwisseling.txt" in about.about.toPlainText()
    assert "Bitstream" in about.font_licence.toPlainText()
    about.close()


def test_the_icon_is_there_at_every_size_and_set_at_start_up(qapp):
    from PIL import Image

    from ui.app_icon import SIZES, app_icon, png_name

    icons = ROOT / "resources" / "icons"
    assert (icons / "deelwijzer.svg").read_text(encoding="utf-8").startswith("<svg")
    for size in SIZES:
        pixmap = QPixmap(str(icons / png_name(size)))
        assert (pixmap.width(), pixmap.height()) == (size, size)
    assert {s.width() for s in app_icon().availableSizes()} == set(SIZES)
    with Image.open(icons / "deelwijzer.ico") as ico:
        assert {(s, s) for s in SIZES} <= set(ico.info["sizes"])
    with Image.open(icons / "deelwijzer.icns") as icns:
        assert icns.size[0] >= 512
    assert "setWindowIcon(app_icon())" in (ROOT / "ui" / "application.py").read_text()


# --- busy, and a status bar that forgets what is done -----------------------------------------


def test_the_busy_bar_appears_only_after_half_a_second(qtbot):
    bar = progress.BusyBar()
    qtbot.addWidget(bar)
    bar.start()
    qtbot.wait(150)
    bar.stop()  # quick work: nothing flashed
    qtbot.wait(progress.DELAY_MS + 100)
    assert not bar.isVisible()
    started = time.monotonic()
    bar.start()
    qtbot.waitUntil(bar.isVisible, timeout=3000)
    assert time.monotonic() - started >= progress.DELAY_MS / 1000 - 0.05
    bar.stop()
    assert not bar.isVisible()


def test_unlocking_shows_the_busy_bar_while_the_key_is_derived(qtbot, db_path, monkeypatch):
    from ui.unlock import UnlockDialog

    Dossier.create(db_path, "paarden eten graag wortels").close()
    slow_open = Dossier.open.__func__

    def open_slowly(cls, *args, **kwargs):
        time.sleep(0.9)  # what Argon2 at full cost takes on a slow laptop
        return slow_open(cls, *args, **kwargs)

    monkeypatch.setattr(Dossier, "open", classmethod(open_slowly))
    unlock = UnlockDialog(db_path)
    qtbot.addWidget(unlock)
    unlock.show()
    unlock.passphrase.setText("paarden eten graag wortels")
    unlock.submit()
    bar = unlock.findChild(progress.BusyBar)
    qtbot.waitUntil(bar.isVisible, timeout=3000)
    assert bar.accessibleName() == "Bezig met ontgrendelen…"
    qtbot.waitUntil(lambda: unlock.dossier is not None, timeout=10000)
    assert not bar.isVisible()
    unlock.dossier.close()


def test_backup_and_pdf_leave_no_finished_message_in_the_status_bar(qtbot, window, dossier,
                                                                    tmp_path, monkeypatch):
    monkeypatch.setattr(progress, "DONE_MS", 300)
    status = window.statusBar()
    msgbox.answer_next(str(tmp_path / "kopie"), None)  # where; then the 'done' notice
    with qtbot.waitSignal(window.backupWritten, timeout=20000):
        window.backup_now()
    assert status.currentMessage() != "Reservekopie wordt gemaakt…"
    qtbot.waitUntil(lambda: status.currentMessage() == "", timeout=3000)

    day = TODAY - timedelta(days=3)
    melding = demo.demo_melding(day)
    case_id = dossier.cases.create("melding", melding.to_dict(), melding.client_pseudonym)
    service.finish(dossier, case_id, melding, day)
    window.refresh(select=case_id)
    preview_dialog.answer_next(preview_dialog.SAVE)
    msgbox.answer_next(str(tmp_path / "melding.pdf"), "", False)  # where, no password, open? no
    with qtbot.waitSignal(window.documentWritten, timeout=20000):
        window.make_document(case_id)
    assert progress.status(window).running() == []
    # What was done, for a while (two files: said for 8 s), never what was going on.
    assert status.currentMessage() in ("De PDF is opgeslagen.", "Twee bestanden opgeslagen: "
                                       "de melding en het aparte deel, niet voor het gezin.")
    assert not progress.status(window).bar.isVisible()


# --- the warning before the auto-lock ---------------------------------------------------------


def test_a_warning_before_the_auto_lock_and_staying_unlocked(qtbot, window):
    warning, watcher = window.lock_warning, window.locking.watcher
    watcher.timer.setInterval(1600)
    warning.lead = 1000
    watcher.restart()
    warning.check()
    assert not warning.shown()
    qtbot.waitUntil(warning.shown, timeout=3000)
    notice = warning.notice
    assert "vergrendelt over" in notice.text.text() and not window.locked
    assert notice.parentWidget() is window and QApplication.focusWidget() is not notice.stay
    qtbot.mouseClick(notice.stay, Qt.MouseButton.LeftButton)  # 'Nog niet vergrendelen'
    assert not warning.shown() and watcher.timer.remainingTime() > warning.lead_ms()
    qtbot.waitUntil(warning.shown, timeout=3000)  # nothing done since: it comes again
    qtbot.waitUntil(lambda: window.locked, timeout=4000)  # and then the lock
    assert not warning.shown()
    qtbot.waitUntil(lambda: window.locking.unlock_dialog is not None, timeout=20000)  # backup
    window.locking.unlock_dialog.close()


def test_the_warning_shows_over_an_open_wizard(qtbot, window):
    wizard = window.new_melding()
    qtbot.waitUntil(wizard.isActiveWindow)
    warning, watcher = window.lock_warning, window.locking.watcher
    watcher.timer.setInterval(2400)
    warning.lead = 1200
    watcher.restart()
    warning.check()
    qtbot.waitUntil(warning.shown, timeout=3000)
    assert warning.notice.parentWidget() is wizard  # where the clinician is
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Shift)  # any key: back at work
    qtbot.waitUntil(lambda: not warning.shown(), timeout=3000)
    watcher.timer.setInterval(300_000)
    warning.check()


# --- deleting a concept -----------------------------------------------------------------------


def test_a_concept_is_deleted_from_the_case_view_or_the_menu_after_a_question(qtbot, window,
                                                                             dossier):
    draft = demo.demo_request(TODAY)
    draft_id = dossier.cases.create("informatieverzoek", draft.to_dict(), "V.")
    day = TODAY - timedelta(days=3)
    done = demo.demo_melding(day)
    done_id = dossier.cases.create("melding", done.to_dict(), done.client_pseudonym)
    service.finish(dossier, done_id, done, day)
    window.refresh(select=draft_id)
    actions = window.main_actions
    assert window.panel.discard.isVisible() and actions.discard.isEnabled()
    assert not actions.delete.isEnabled()  # the WGBO deletion is for a finished case
    assert actions.discard in window.main_actions.menus.casus.actions()

    msgbox.answer_next(False)  # 'Nee'
    qtbot.mouseClick(window.panel.discard, Qt.MouseButton.LeftButton)
    assert dossier.cases.get(draft_id).status == "concept"
    assert "definitief verwijderd" in msgbox.shown[-1][1]

    msgbox.answer_next(True)
    actions.discard.trigger()  # Casus > Concept verwijderen… (Ctrl+Shift+D)
    with pytest.raises(KeyError):
        dossier.cases.get(draft_id)
    assert dossier.cases.count() == 1
    entry = dossier.log.entries()[-1]
    assert entry["action"] == "delete" and entry["case_id"] == draft_id
    assert window.statusBar().currentMessage() == "Het concept is verwijderd."

    window.refresh(select=done_id)
    assert not window.panel.discard.isVisible() and not actions.discard.isEnabled()
    asked = len(msgbox.shown)
    assert not window.delete_draft(done_id) and len(msgbox.shown) == asked  # never asked


# --- overdue deadlines at unlock --------------------------------------------------------------


def test_overdue_deadlines_get_a_banner_at_unlock_that_shows_them(qtbot, dossier):
    day = TODAY - timedelta(days=30)  # the receiver's answer was due ten days after
    melding = demo.demo_melding(day)
    case_id = dossier.cases.create("melding", melding.to_dict(), melding.client_pseudonym)
    service.finish(dossier, case_id, melding, day)
    late = [f for f in dossier.followups.of_case(case_id)
            if f.due_date and f.due_date < TODAY.isoformat()]
    assert len(late) >= 2
    window = MainWindow(dossier, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    banner = window.overdue_banner
    assert banner.isVisible() and banner.title.text() == f"{len(late)} termijnen verlopen"
    assert "De oudste" in banner.detail.text() and melding.client_pseudonym in banner.detail.text()
    qtbot.mouseClick(banner.show_button, Qt.MouseButton.LeftButton)
    assert window.focusWidget() is window.deadlines.list
    assert window.deadlines.list.currentRow() == 0
    dossier.followups.complete(late[0].id, TODAY.isoformat(), {"note": "Bericht ontvangen."})
    window.refresh(select=case_id)  # handled: one fewer
    assert banner.title.text() == ("1 termijn verlopen" if len(late) == 2
                                   else f"{len(late) - 1} termijnen verlopen")
    banner.dismiss.click()
    assert not banner.isVisible()

    window.lock()  # and after unlocking, there it is again
    qtbot.waitUntil(lambda: window.locking.unlock_dialog is not None, timeout=20000)  # backup
    unlock = window.locking.unlock_dialog
    unlock.passphrase.setText("een zin van vier woorden")
    with qtbot.waitSignal(window.lockedChanged, timeout=10000):
        unlock.submit()
    assert not window.locked and window.overdue_banner.isVisible()
    window.close()


def test_no_banner_when_nothing_is_overdue(qtbot, window):
    assert not window.overdue_banner.isVisible() and window.overdue_banner.count == 0


def test_the_dossiers_place_stays_in_the_status_bar_after_a_menu_and_a_message(qtbot, window,
                                                                             dossier):
    """It was a message of its own: the first menu's status tips replaced it for good (an
    outside walk). A label of the bar's own is covered by a message and comes back."""
    where = window.where
    window.show()
    qtbot.waitExposed(window)
    assert where.isVisible() and where.text() == f"Dossier: {dossier.path}"
    status = window.statusBar()
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QStatusTipEvent

    # What moving along an open menu does: each item's status tip to the window, then ''.
    QCoreApplication.sendEvent(window, QStatusTipEvent("Een statustip van het menu"))
    assert status.currentMessage() == "Een statustip van het menu" and not where.isVisible()
    QCoreApplication.sendEvent(window, QStatusTipEvent(""))
    assert where.isVisible() and where.text() == f"Dossier: {dossier.path}"
    status.showMessage("Het concept is verwijderd.", 50)
    assert not where.isVisible()
    qtbot.waitUntil(where.isVisible, timeout=2000)
