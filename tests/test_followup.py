"""Follow-up (flow 5): what came back, corrections, contacts, the deadlines panel, the timeline."""

from __future__ import annotations

from datetime import date

import pytest

from PySide6.QtCore import QUrl

from app import service
from app.demo import DEMO_PROFILE, demo_melding
from app.flows import followup
from app.vault.dossier import Dossier
from ui.main_window import MainWindow

TODAY = date(2026, 11, 29)


@pytest.fixture
def dossier(db_path):
    d = Dossier.create(db_path, "een zin van vier woorden")
    d.set_profile(DEMO_PROFILE)
    yield d
    d.close()


@pytest.fixture
def melding_case(dossier):
    m = demo_melding(date(2026, 11, 10))  # melding on Fri 6 November: decision due 16 November
    case_id = dossier.cases.create("melding", m.to_dict(), "Y.")
    service.finish(dossier, case_id, m, date(2026, 11, 10))
    return case_id


@pytest.fixture
def window(qtbot, dossier, melding_case):
    w = MainWindow(dossier, today=TODAY)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


@pytest.mark.handbook("4.ontvanger.2", "7.instelling.2")
def test_rendering_with_corrections_keeps_only_the_corrected_text():
    values = {"received_on": "2026-11-12", "rendering": "Melder zegt dat zij geweld zag.",
              "corrections": "Ik zag het geweld niet zelf; ik zag blauwe plekken.",
              "corrected_text": "Melder zag blauwe plekken; het geweld zag zij niet zelf."}
    assert followup.check_result("rendering", values, TODAY) == []
    result = followup.normalise("rendering", values)
    assert result["corrected"] is True
    assert result["text"].startswith("Melder zag blauwe plekken")
    assert "Melder zegt dat zij geweld zag." not in str(result)
    assert "Gecorrigeerd" in followup.describe("rendering", result)


@pytest.mark.handbook("7.instelling.2")
def test_corrections_without_the_corrected_text_block():
    values = {"received_on": "2026-11-12", "rendering": "x", "corrections": "y"}
    assert [p.field for p in followup.check_result("rendering", values, TODAY)] == [
        "corrected_text"]


def test_result_date_must_exist_and_not_lie_ahead():
    fields = {p.field for p in followup.check_result(
        "decision", {"received_on": "31-11-2026", "investigate": True}, TODAY)}
    assert fields == {"received_on"}
    fields = {p.field for p in followup.check_result(
        "decision", {"received_on": "2026-12-24", "investigate": True}, TODAY)}
    assert fields == {"received_on"}


def test_deadlines_panel_lists_due_items_and_overdue_stands_out(qtbot, window):
    items = [window.deadlines.list.item(i) for i in range(window.deadlines.list.count())]
    texts = [i.text() for i in items]
    assert texts[0].startswith("16-11-2026") and "(verlopen)" in texts[0]
    assert items[0].font().bold()
    assert "verlopen" in window.deadlines.heading.text()


def test_registering_the_decision_from_the_deadlines_panel(qtbot, window, dossier,
                                                           melding_case):
    def fill_and_accept(dialog):
        dialog.widgets["received_on"].setText("14-11-2026")
        dialog.widgets["investigate"].choose(True)
        dialog.widgets["note"].setPlainText("Veiligheidsbeoordeling binnen vijf werkdagen.")
        return True

    window.exec_dialog = fill_and_accept
    decision = dossier.followups.of_case(melding_case)[0]
    window.deadlines.activated.emit(melding_case, decision.id)
    done = next(f for f in dossier.followups.of_case(melding_case) if f.id == decision.id)
    assert done.done_at == "2026-11-14"
    assert dossier.followups.result(decision.id)["investigate"] is True
    assert window.selected_case() == melding_case
    timeline = window.panel.browser.toPlainText()
    assert "Wordt onderzocht." in timeline
    assert "Veiligheidsbeoordeling binnen vijf werkdagen." in timeline
    # Done items leave the deadlines panel; the rendering check is still due.
    texts = [window.deadlines.list.item(i).text() for i in range(window.deadlines.list.count())]
    assert not any("onderzocht" in t for t in texts)
    assert any("Schriftelijke weergave controleren" in t for t in texts)


def test_open_follow_up_link_in_the_timeline_opens_its_dialog(qtbot, window, dossier,
                                                             melding_case):
    opened = []

    def record(dialog):
        opened.append(dialog.kind)
        return False  # cancelled: nothing changes

    window.exec_dialog = record
    window.select_case(melding_case)
    assert "Afhandelen" in window.panel.browser.toPlainText()
    rendering = next(f for f in dossier.followups.of_case(melding_case) if f.kind == "rendering")
    window.panel.browser.anchorClicked.emit(QUrl(f"followup:{rendering.id}"))
    assert opened == ["rendering"]
    items = dossier.followups.of_case(melding_case)
    assert next(f for f in items if f.kind == "rendering").done_at is None


def test_contact_is_added_to_the_timeline_and_searchable(qtbot, window, dossier, melding_case):
    def fill_and_accept(dialog):
        dialog.widgets["text"].setPlainText("Gebeld met de huisarts, dr. Koster, over Y.")
        return True

    window.exec_dialog = fill_and_accept
    window.select_case(melding_case)
    window.panel.contact.click()
    assert "dr. Koster" in window.panel.browser.toPlainText()
    assert dossier.cases.count(text="koster") == 1


def test_retention_date_is_shown(qtbot, window, melding_case):
    window.select_case(melding_case)
    assert "Bewaren tot" in window.panel.retention.text()
    assert "2046" in window.panel.retention.text()


def test_exchange_in_the_timeline_opens_its_document(qtbot, window, melding_case):
    from ui import msgbox, preview_dialog
    window.select_case(melding_case)
    assert "Document maken" in window.panel.browser.toPlainText()
    msgbox.shown.clear()
    # The preview first: Opslaan; the save dialog cancelled; Terug.
    preview_dialog.answer_next(lambda d: (d.save_button.click(), d.back_button.click()))
    msgbox.answer_next(None)
    window.panel.browser.anchorClicked.emit(QUrl("document:0"))
    qtbot.waitUntil(lambda: "save_file" in [kind for kind, _t in msgbox.shown], timeout=20000)
    assert preview_dialog.shown[-1] == "Voorbeeld: Melding"


def test_the_deadlines_heading_counts_every_overdue_one_when_the_list_stops(qtbot, dossier):
    """The panel lists the earliest 100; its heading said '100 verlopen' where the overdue
    banner said 757 (an outside walk on a dossier of 3,000 cases)."""
    from ui.deadlines_panel import SHOWN, DeadlinesPanel

    m = demo_melding(date(2026, 11, 10))
    for _ in range(SHOWN + 5):  # each finished melding waits for the decision, due 16 Nov
        service.finish(dossier, dossier.cases.create("melding", m.to_dict(), "Y."), m,
                       date(2026, 11, 10))
    panel = DeadlinesPanel()
    qtbot.addWidget(panel)
    panel.show_deadlines(dossier, TODAY)
    overdue = dossier.cases.overdue_count(TODAY.isoformat())
    assert overdue > SHOWN
    assert panel.heading.text() == f"Termijnen ({overdue} verlopen)"
    assert panel.list.item(panel.list.count() - 1).text() == (
        f"Alleen de {SHOWN} vroegste staan hier.")
    panel.list.itemClicked.emit(panel.list.item(panel.list.count() - 1))  # not a case: nothing
