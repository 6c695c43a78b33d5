"""A finding set aside with a reason (issue 9): kept with the dossier entry, never printed.

The `dossier` fixture (profile filled in) comes from tests/wizard_helpers.py."""

from __future__ import annotations

from datetime import date

import pytest

from app import service
from app.demo import demo_request
from app.flows import informatieverzoek
from app.flows.kit import restore_finding, set_finding_aside
from app.model import Informatieverzoek
from tests.pdfcheck import pdf_text

TODAY = date(2026, 12, 1)
JUDGING = "Hij is een liefdevolle vader"


def judging_request() -> Informatieverzoek:
    v = demo_request(TODAY)
    v.questions[0].answer += f" {JUDGING}."
    return v


def test_set_aside_needs_a_reason_and_is_recorded_with_the_finding():
    v = judging_request()
    [finding] = [f for f in informatieverzoek.open_findings(v) if f["text"] == JUDGING]
    with pytest.raises(ValueError, match="reden"):
        set_finding_aside(v, finding["where"], finding["text"], "   ")
    set_finding_aside(v, finding["where"], finding["text"], "citaat van de moeder")
    [marked] = [f for f in informatieverzoek.open_findings(v) if f["text"] == JUDGING]
    assert marked["set_aside"] == "citaat van de moeder"
    restore_finding(v, finding["where"], finding["text"])
    assert "set_aside" not in [f for f in informatieverzoek.open_findings(v)
                               if f["text"] == JUDGING][0]


def test_reason_survives_the_dossier_and_stays_out_of_the_pdfs(dossier):
    from app.documents import dossierverslag
    v = judging_request()
    [finding] = [f for f in informatieverzoek.open_findings(v) if f["text"] == JUDGING]
    set_finding_aside(v, finding["where"], finding["text"], "bewuste keuze: citaat")
    case_id = dossier.cases.create("informatieverzoek", v.to_dict(), v.client_pseudonym)
    reopened = Informatieverzoek.from_dict(dossier.cases.get(case_id).data)
    assert reopened.set_aside[0].reason == "bewuste keuze: citaat"
    service.finish(dossier, case_id, reopened, TODAY)
    [entry] = dossier.cases.entries(case_id)
    assert any(f.get("set_aside") == "bewuste keuze: citaat" for f in entry["open_findings"])
    sent = pdf_text(service.document(dossier, case_id, TODAY))
    verslag = dossierverslag.as_text(dossierverslag.build(service.case_history(dossier, case_id),
                                                          TODAY))
    for text in (sent, verslag):
        assert "bewuste keuze" not in text and "oordeel." not in text


def test_findings_list_sets_aside_through_the_dialog(qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from ui.findings_list import FindingsList
    v = judging_request()
    widget = FindingsList()
    qtbot.addWidget(widget)
    widget.changed.connect(lambda: widget.show_findings(v, informatieverzoek.open_findings(v)))
    widget.show_findings(v, informatieverzoek.open_findings(v))
    assert JUDGING in widget.text()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("vals alarm", True))
    [button] = [b for b in widget.buttons() if JUDGING in b.accessibleName()]
    button.click()
    assert "terzijde gelegd: vals alarm" in widget.text()
    assert v.set_aside[0].reason == "vals alarm"
    [again] = [b for b in widget.buttons() if JUDGING in b.accessibleName()]
    assert again.text() == "Weer openen"
    again.click()
    assert v.set_aside == []
