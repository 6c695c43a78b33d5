"""No placeholder leaves the practice (issue 12): what counts as one, the page check beside the
field, the refusal of `finish()` and of every PDF, and that whatever a document prints is
checked."""

from __future__ import annotations

import copy
import dataclasses
import re

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app import demo, service
from app.documents.registry import flow_apart_pdf, flow_pdf
from app.flows import melding
from app.flows.registry import flow_for, placeholders_left
from app.flows.templates import known_placeholders
from app.flows.texts import left_in
from app.model import Fact
from tests.pdfcheck import flat, pdf_text
from tests.wizard_helpers import TODAY, fill_betrokkenen, go_next, past_weighing
from ui import msgbox, preview_dialog

# --- what counts -------------------------------------------------------------------------------


@pytest.mark.parametrize("text, found", [
    ("Ik heb P. op [ … ] verteld.", ["[ … ]"]),
    ("Open: […], [...], [ ... ] en [ ].", ["[…]", "[...]", "[ ... ]", "[ ]"]),
    ("Ik heb hen [zelf nooit gezien].", ["[zelf nooit gezien]"]),
    ("[Waarop baseer ik die inschatting?]", ["[Waarop baseer ik die inschatting?]"]),
    ("Een eigen prompt [wie belde er]?", ["[wie belde er]"]),
    # What a clinician may write: round brackets, a reference, [sic], an editorial insertion
    # in a quotation, an unclosed bracket.
    ("Zie het verslag (zie bijlage) en de brief (2025).", []),
    ("Zoals eerder beschreven [1] en [2, 3] en [4-6].", []),
    ("Zij schreef: ‘Ik ben niet gek [sic]’.", []),
    ("Ruben zei: ‘Papa [de partner van moeder] slaat mama.’", []),
    ('Ruben zei: "Papa [de partner van moeder] slaat mama."', []),
    ("Een haakje [ dat niet sluit.", []),
    # An apostrophe is no closing quotation mark; outside the quotation a bracket counts again.
    ("Zij zei: ‘risico’s [voor wie] zijn groot’ en daarna [wat nog].", ["[wat nog]"]),
    # A template's own placeholder and an ellipsis count inside a quotation too.
    ("Zij zei: ‘het is [het geweld] niet’.", ["[het geweld]"]),
    ("Zij zei: ‘ik [ … ] niet’.", ["[ … ]"]),
])
def test_what_counts_as_a_placeholder(text, found):
    assert left_in(text) == found


def test_every_placeholder_a_template_can_leave_is_known():
    from app.checks.placeholders import bracketed
    from app.flows.templates import templates

    known = known_placeholders()
    for t in templates().values():
        for v in t.variants:
            for piece in bracketed(v.text):
                inner = " ".join(piece[1:-1].split()).casefold()
                assert any(p.fullmatch(inner) for p in known) or not inner.strip(" .…"), piece


# --- the page check ----------------------------------------------------------------------------


def test_a_placeholder_blocks_its_page_with_the_message_beside_the_field():
    m = demo.demo_melding(TODAY)
    assert melding.check_page("facts", m, TODAY) == [
        p for p in melding.check_page("facts", m, TODAY) if not p.blocking]
    m.limits += " Ik heb [het geweld] niet gezien."
    m.facts.append(Fact("Volgens [ … ] sliep Ruben slecht.", "sinds de zomer", False, "school"))
    blocking = [p for p in melding.check_page("facts", m, TODAY) if p.blocking]
    assert [(p.field, p.message) for p in blocking] == [
        ("facts.4.what", "In ‘Wat er gebeurde (feit 5)’ staat nog ‘[ … ]’. Vul dit in of haal "
                         "het weg."),
        ("limits", "In ‘Grenzen van uw waarneming’ staat nog ‘[het geweld]’. Vul dit in of haal "
                   "het weg.")]
    assert melding.first_blocked_page(m, TODAY) == "facts"


def test_a_placeholder_in_a_field_not_in_use_does_not_block():
    """The deviation explanation is hidden (and never printed) while the clinician does not
    deviate: a template left there earlier blocks nothing."""
    m = demo.demo_melding(TODAY)
    m.openness.deviation_explanation = "[Waarop baseer ik die inschatting?]"
    assert [p for p in melding.check_page("openness", m, TODAY) if p.blocking] == []
    m.openness.deviates, m.openness.safety_grounds = True, ["child"]
    [problem] = [p for p in melding.check_page("openness", m, TODAY) if p.blocking]
    assert problem.field == "openness.deviation_explanation"
    assert "‘[Waarop baseer ik die inschatting?]’" in problem.message


# --- the service -------------------------------------------------------------------------------


def stored_finished(dossier, m) -> int:
    """A case finished before this check existed: stored as finished, placeholder and all."""
    kind = flow_for(m)
    case_id = dossier.cases.create(kind.kind, m.to_dict(), m.client_pseudonym)
    dossier.cases.finish(case_id, m.to_dict(), client_pseudonym=m.client_pseudonym,
                         receiver=kind.receiver(m), entry_kind=kind.kind,
                         entry=kind.rules.dossier_entry(m, dossier.profile(), TODAY),
                         followups=[], client_name=m.people.client_name)
    return case_id


def test_finish_refuses_and_names_the_field(dossier):
    m = demo.demo_melding(TODAY)
    m.content += " Ik maak me ernstige zorgen over [de gevolgen voor de kinderen]."
    case_id = dossier.cases.create("melding", m.to_dict(), "Y.")
    with pytest.raises(service.PlaceholderLeft) as caught:
        service.finish(dossier, case_id, m, TODAY)
    assert caught.value.message == (
        "In ‘Inhoud van de melding’ (bij ‘Samenvatting en dossier (stap 7)’) staat nog "
        "‘[de gevolgen voor de kinderen]’. Vul dit in of haal het weg; een document met een "
        "open plek wordt niet gemaakt.")
    assert dossier.cases.get(case_id).status == "concept"
    assert dossier.cases.entries(case_id) == []


def test_no_pdf_of_a_case_finished_with_a_placeholder(dossier):
    m = demo.demo_melding(TODAY)
    m.withheld.reason += " [Wie is in gevaar?]"
    case_id = stored_finished(dossier, m)
    for make in (service.document, service.apart_document):
        with pytest.raises(service.PlaceholderLeft) as caught:
            make(dossier, case_id, TODAY)
        text = caught.value.message
        assert "‘Waarom het gezin dit niet mag lezen’" in text and "‘[Wie is in gevaar?]’" in text
        assert "Vul dit in of haal het weg" in text and "al afgerond" in text
    assert dossier.cases.documents(case_id) == []
    with pytest.raises(service.PlaceholderLeft):
        service.check_case(dossier, case_id)


@pytest.mark.parametrize("make", [demo.demo_melding, demo.demo_request, demo.demo_overleg,
                                  demo.demo_ander_doel])
def test_the_demo_cases_hold_no_placeholder(make):
    assert placeholders_left(make(TODAY)) == []


# --- whatever a document prints is checked ----------------------------------------------------

# Code values, dates and numbers: never prose, never printed as typed.
CODES = {"org_type", "channel", "consent", "direction", "safety_grounds"}
DATES = re.compile(r"(^|_)(date|on|term|last_contact)$|birth_date$")


def marked(record) -> dict[str, object]:
    """The record with a marker '[Qn]' appended to every free text; marker → field path."""
    paths: dict[str, str] = {}

    def walk(obj, path: str) -> None:
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            here = f"{path}.{f.name}" if path else f.name
            if isinstance(value, str):
                if f.name in CODES or DATES.search(f.name) or (
                        here == "decision" and type(record).__name__ == "AnderDoel"):
                    continue
                marker = f"[Q{len(paths) + 1}]"
                paths[marker] = here
                setattr(obj, f.name, f"{value} {marker}".strip())
            elif dataclasses.is_dataclass(value):
                walk(value, here)
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    if dataclasses.is_dataclass(item):
                        walk(item, f"{here}.{i}")
            elif isinstance(value, dict):
                for key in list(value):
                    marker = f"[Q{len(paths) + 1}]"
                    paths[marker] = f"step7.{key}"
                    value[key] = f"{value[key]} {marker}"

    walk(record, "")
    return paths


def states(make):  # noqa: ANN201 - records of one flow, each showing other fields
    base = make(TODAY)
    out = [base]
    for change in ("deviates", "not_informed", "not_asked"):
        m = copy.deepcopy(base)
        o = m.openness
        if change == "deviates":
            o.deviates, o.safety_grounds = True, ["child"]
            o.deviation_explanation = "Openheid brengt de kinderen in gevaar."
        elif change == "not_informed":
            o.client_informed = False
        else:
            o.consent = "not_asked"
            o.reason_without_consent = "Toestemming vragen zou de kinderen in gevaar brengen."
        out.append(m)
    if hasattr(base, "anonymous"):
        m = copy.deepcopy(base)
        m.anonymous, m.anonymous_reason = True, "Voor mijn eigen veiligheid."
        m.advice.consulted = False
        m.not_applicable = {"7.melder.1": "staat in de feiten"}
        m.content = ""
        out.append(m)
    return out


def printed(m) -> str:
    kind = flow_for(m).kind
    parts = [flat(pdf_text(flow_pdf(kind, m, demo.DEMO_PROFILE, 3, TODAY)))]
    apart = flow_apart_pdf(kind, m, demo.DEMO_PROFILE, 3, TODAY)
    if apart is not None:
        parts.append(flat(pdf_text(apart)))
    entry = flow_for(m).rules.dossier_entry(m, demo.DEMO_PROFILE, TODAY)
    parts.append(repr(entry))  # what the dossierverslag and the inzage copy are made from
    return "\n".join(parts)


@pytest.mark.parametrize("make", [demo.demo_melding, demo.demo_request, demo.demo_overleg,
                                  demo.demo_ander_doel])
def test_every_text_a_document_prints_is_one_the_check_reads(make):
    for m in states(make):
        paths = marked(m)
        rules = flow_for(m).rules
        in_use = {path for page in rules.PAGES for path, _l, _t in rules.page_texts(page.id, m)}
        shown = set(re.findall(r"\[Q\d+\]", printed(m)))
        assert shown, "the markers do not reach the documents"
        unchecked = sorted(paths[x] for x in shown if paths[x] not in in_use)
        assert unchecked == [], unchecked
        # …and so the service refuses the case while a marker is in it.
        assert placeholders_left(m)


# --- the wizard and the main window ------------------------------------------------------------


def next_button(wizard: QWizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def test_an_inserted_template_blocks_volgende_until_its_placeholder_is_gone(qtbot, window):
    wizard = past_weighing(qtbot, window.new_melding())
    page = wizard.current_page()
    fill_betrokkenen(qtbot, page, label="Y.", name="Yvonne de Graaf", role="moeder",
                     children=(("Anouk Verbeek", "12-03-2022"),),
                     address="Hoogstraat 48, 3552 XK Utrecht")
    qtbot.mouseClick(page.panel.template_buttons["melding.relation"], Qt.MouseButton.LeftButton)
    text = page.relation.text()
    assert text == ("Ik ben de behandelaar van Yvonne de Graaf (moeder), niet van het kind "
                    "Anouk Verbeek (4 jaar). Ik heb het kind [zelf nooit gezien].")
    label = page.problem_labels["relation"]
    assert not next_button(wizard).isEnabled()
    assert label.isVisible()
    assert label.text() == ("▸ In ‘Uw relatie tot de cliënt en de kinderen’ staat nog ‘[zelf "
                            "nooit gezien]’. Vul dit in of haal het weg.")
    page.relation.setPlainText(text.replace("[zelf nooit gezien]", "zelf nooit gezien"))
    assert not label.isVisible()
    assert next_button(wizard).isEnabled()
    go_next(qtbot, wizard, "openness")


def test_a_deviation_template_is_offered_only_when_deviating(qtbot, window):
    wizard = window.new_melding()
    openness = wizard.page_by_id("openness")
    buttons = openness.panel.template_buttons
    openness.openness.client_informed.choose(True)
    assert not buttons["openness.deviation_suicide"].isEnabled()
    assert buttons["openness.informed_explanation"].isEnabled()
    openness.openness.consent.choose("given")
    assert not buttons["openness.reason_without_consent"].isEnabled()  # no reason needed
    openness.openness.consent.choose("refused")
    assert buttons["openness.reason_without_consent"].isEnabled()
    openness.openness.deviates.setChecked(True)
    assert buttons["openness.deviation_suicide"].isEnabled()
    assert not buttons["openness.informed_explanation"].isEnabled()
    qtbot.mouseClick(buttons["openness.deviation_flight"], Qt.MouseButton.LeftButton)
    assert "niet over de melding geïnformeerd" in openness.openness.deviation_explanation.text()
    assert "Vul dit in of haal het weg" in \
        openness.problem_labels["openness.deviation_explanation"].text()


def test_the_document_of_a_case_with_a_placeholder_is_refused_in_dutch(qtbot, window, dossier):
    m = demo.demo_request(TODAY)
    m.questions[0].answer += " Wat ik wel kan zeggen: [feiten, gedrag en symptomen]."
    case_id = stored_finished(dossier, m)
    window.refresh(select=case_id)
    shown, previews = len(msgbox.shown), len(preview_dialog.shown)
    msgbox.answer_next(None)  # the error box: acknowledged
    with qtbot.assertNotEmitted(window.documentWritten, wait=300):
        qtbot.mouseClick(window.panel.document, Qt.MouseButton.LeftButton)
    [(kind, text)] = msgbox.shown[shown:]
    assert kind == "error"
    assert text.startswith("In ‘Uw antwoord op vraag 1’ (bij ‘Uw antwoorden (stap 6)’) staat "
                           "nog ‘[feiten, gedrag en symptomen]’. Vul dit in of haal het weg")
    assert "al afgerond" in text
    assert len(preview_dialog.shown) == previews  # no preview, no document
    assert dossier.cases.documents(case_id) == []


def copies(dossier, case_id: int) -> int:
    """How often the access log records the case's dossierverslag as copied."""
    return sum(1 for e in dossier.log.entries(case_id) if e["action"] == "copy")


def test_the_dossierverslag_is_not_copied_as_text_while_a_placeholder_is_left(
        qtbot, window, dossier):
    """Pasted into the EPD, the dossierverslag leaves the practice's own app as a PDF does:
    the same refusal, the same message, and the user's clipboard untouched."""
    from PySide6.QtGui import QGuiApplication

    from ui import clipboard

    m = demo.demo_melding(TODAY)
    m.limits += " Ik heb [het geweld] niet gezien."
    case_id = stored_finished(dossier, m)
    clean_id = stored_finished(dossier, demo.demo_melding(TODAY))
    window.refresh(select=case_id)
    QGuiApplication.clipboard().setText("iets van de gebruiker")
    shown = len(msgbox.shown)
    msgbox.answer_next(None)  # the error box: acknowledged
    window.panel.copy_action.trigger()
    [(kind, text)] = msgbox.shown[shown:]
    assert kind == "error"
    assert text.startswith("In ‘Grenzen van uw waarneming’ (bij ‘Relevante feiten (stap 4)’) "
                           "staat nog ‘[het geweld]’. Vul dit in of haal het weg")
    assert "al afgerond" in text
    assert QGuiApplication.clipboard().text() == "iets van de gebruiker"
    assert not clipboard.holds_ours() and copies(dossier, case_id) == 0
    # A case without one is copied as before.
    window.refresh(select=clean_id)
    window.panel.copy_action.trigger()
    assert len(msgbox.shown) == shown + 1
    assert clipboard.holds_ours() and copies(dossier, clean_id) == 1
    assert QGuiApplication.clipboard().text().startswith("Dossierverslag")
    clipboard.clear_if_ours()


def test_no_inzage_copy_while_a_case_of_the_client_holds_a_placeholder(qtbot, window, dossier):
    """The client's copy is made from every finished case: one open place in one of them
    stops it, before the screening is recorded, with the message that says where it is; that
    case is selected so that 'deze casus' is the one shown."""
    stored_finished(dossier, demo.demo_melding(TODAY))
    m = demo.demo_melding(TODAY)
    m.concern += " [Wat vrees ik precies?]"
    case_id = stored_finished(dossier, m)
    window.refresh()
    accepted = []

    def accept(dialog) -> bool:
        accepted.append(dialog.validate())
        return True

    window.exec_dialog = accept
    shown, previews = len(msgbox.shown), len(preview_dialog.shown)
    msgbox.answer_next(None)  # the error box: acknowledged
    with qtbot.assertNotEmitted(window.documentWritten, wait=300):
        window.make_inzage("Y.")
    assert accepted == [True]  # the screening itself was complete
    [(kind, text)] = msgbox.shown[shown:]
    assert kind == "error"
    assert text.startswith("In ‘Uw zorg’ (bij ‘Relevante feiten (stap 4)’) staat nog ‘[Wat "
                           "vrees ik precies?]’. Vul dit in of haal het weg")
    assert "al afgerond" in text
    assert len(preview_dialog.shown) == previews  # no preview, no document
    assert dossier.inzage.records("Y.") == []  # no record of a copy that was not made
    assert window.selected_case() == case_id
