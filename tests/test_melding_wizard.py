"""The "Melding doen" flow driven through the real widgets, offscreen, on a real dossier."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.demo import DEMO_PROFILE
from tests.conftest import all_bytes_under
from tests.pdfcheck import flat, pdf_text
from tests.wizard_helpers import TODAY, fill_betrokkenen, go_next, past_weighing
from ui import msgbox, preview_dialog
from ui.wizards import MeldingWizard

MARKER = "UniekeMarkerFeitXQ"






def next_button(wizard: QWizard):
    return wizard.button(QWizard.WizardButton.NextButton)




def fill_client(qtbot, page) -> None:
    fill_betrokkenen(qtbot, page, label="Y.", name="Yvonne de Graaf", role="moeder",
                     children=(("Anouk Verbeek", "12-03-2022"),),
                     address="Hoogstraat 48, 3552 XK Utrecht",
                     relation="Ik ben de behandelaar van de moeder, niet van de kinderen.")


def fill_openness_refused(qtbot, page) -> None:
    form = page.openness
    form.concerns_discussed.choose(True)
    form.client_informed.choose(True)
    qtbot.keyClicks(form.informed_on, "03-11-2026")
    form.informed_explanation.setPlainText("Uitgelegd: melding bij Veilig Thuis, waarom, welke "
                                           "informatie.")
    form.client_reaction.setPlainText("Cliënte verzette zich heftig.")
    form.consent.choose("refused")
    form.decision_told.choose(True)


def test_required_items_block_volgende_with_reason_beside_the_field(qtbot, window):
    wizard = past_weighing(qtbot, window.new_melding())
    page = wizard.current_page()
    assert page.spec.id == "client"
    assert not next_button(wizard).isEnabled()
    label = page.problem_labels["client_pseudonym"]
    assert label.isVisible() and "een label (bijvoorbeeld initialen)" in label.text()
    fill_client(qtbot, page)
    assert not label.isVisible()
    assert next_button(wizard).isEnabled()


def test_openness_without_consent_requires_reason(qtbot, window):
    wizard = past_weighing(qtbot, window.new_melding())
    fill_client(qtbot, wizard.current_page())
    go_next(qtbot, wizard, "openness")
    page = wizard.current_page()
    fill_openness_refused(qtbot, page)
    reason_label = page.problem_labels["openness.reason_without_consent"]
    assert not next_button(wizard).isEnabled()
    assert page.openness.reason_box.isVisible()
    assert "Zonder toestemming" in reason_label.text()
    page.openness.reason_without_consent.setPlainText("Risico’s voor de ontwikkeling van de "
                                                      "kinderen.")
    assert next_button(wizard).isEnabled()


def test_impossible_date_is_explained_in_dutch(qtbot, window):
    wizard = past_weighing(qtbot, window.new_melding())
    fill_client(qtbot, wizard.current_page())
    go_next(qtbot, wizard, "openness")
    page = wizard.current_page()
    fill_openness_refused(qtbot, page)
    page.openness.informed_on.setText("31-02-2026")
    assert "31 februari 2026 bestaat niet" in page.problem_labels["openness.informed_on"].text()


def test_template_inserts_example_filled_from_the_case(qtbot, window):
    wizard = past_weighing(qtbot, window.new_melding())
    fill_client(qtbot, wizard.current_page())
    go_next(qtbot, wizard, "openness")
    page = wizard.current_page()
    fill_openness_refused(qtbot, page)
    qtbot.mouseClick(page.panel.template_buttons["openness.reason_without_consent"],
                     Qt.MouseButton.LeftButton)
    text = page.openness.reason_without_consent.text()
    assert "Ik heb Yvonne de Graaf gezegd" in text and "Anouk Verbeek (4 jaar)" in text
    assert "[het geweld]" in text
    # a second insert appends; it never overwrites the clinician's words
    page.openness.reason_without_consent.setPlainText("Mijn eigen zin.")
    qtbot.mouseClick(page.panel.template_buttons["openness.reason_without_consent"],
                     Qt.MouseButton.LeftButton)
    assert page.openness.reason_without_consent.text().startswith("Mijn eigen zin.")


def test_handbook_panel_shows_the_rule_and_examples(qtbot, window):
    wizard = window.new_melding()
    html = wizard.page_by_id("facts").panel.browser.toPlainText()
    assert "Beschrijf de relevante feiten die tot de melding hebben geleid" in html
    assert "Niet zo" in html and "Zij is een liefdevolle moeder" in html
    assert "Maar zo" in html


def walk_to_facts(qtbot, wizard) -> None:
    fill_client(qtbot, wizard.current_page())
    go_next(qtbot, wizard, "openness")
    page = wizard.current_page()
    fill_openness_refused(qtbot, page)
    page.openness.reason_without_consent.setPlainText("Risico’s voor de kinderen.")
    go_next(qtbot, wizard, "facts")


def test_draft_survives_closing_the_wizard_on_page_3(qtbot, window, dossier, db_path):
    wizard = past_weighing(qtbot, window.new_melding())
    case_id = wizard.case_id
    walk_to_facts(qtbot, wizard)
    row = wizard.current_page().rows[0]
    row.what.setPlainText(f"Cliënte vertelt over geweld {MARKER}")
    qtbot.keyClicks(row.when, "sinds maanden")
    row.observed.choose(False)
    qtbot.keyClicks(row.source, "clientezelf")
    # The user closes the wizard midway.
    wizard.reject()
    qtbot.waitUntil(lambda: window.wizard is None)
    record = dossier.cases.get(case_id)
    assert record.status == "concept" and record.page == "facts"
    # Nothing of it is readable on disk.
    for path, content in all_bytes_under(db_path.parent).items():
        assert MARKER.encode() not in content, path
    # Resume from the main window: back on page 3, with everything typed.
    window.table.selectRow(window.model.row_of(case_id))
    assert window.panel.resume.isVisible()
    qtbot.mouseClick(window.panel.resume, Qt.MouseButton.LeftButton)
    resumed: MeldingWizard = window.wizard
    assert resumed.current_page().spec.id == "facts"
    row = resumed.current_page().rows[0]
    assert MARKER in row.what.text()
    assert row.source.text() == "clientezelf"
    assert resumed.page_by_id("client").pseudonym.text() == "Y."


def test_closing_the_app_midway_keeps_the_draft(qtbot, window, dossier):
    wizard = past_weighing(qtbot, window.new_melding())
    case_id = wizard.case_id
    qtbot.keyClicks(wizard.current_page().pseudonym, "K.")
    window.close()
    assert dossier.cases.get(case_id).data["client_pseudonym"] == "K."


def test_melding_end_to_end_to_dossier_entry_and_pdf(qtbot, window, dossier, tmp_path):
    wizard = past_weighing(qtbot, window.new_melding())
    case_id = wizard.case_id
    walk_to_facts(qtbot, wizard)

    facts = wizard.current_page()
    assert not next_button(wizard).isEnabled()  # an empty fact blocks
    row = facts.rows[0]
    row.what.setPlainText("Cliënte vertelt dat er bijna dagelijks geweld is tussen haar en "
                          "haar partner.")
    qtbot.keyClicks(row.when, "sinds maanden")
    row.observed.choose(False)
    assert not next_button(wizard).isEnabled()  # a second-hand fact needs its source
    assert "bron" in row.source_problem.text()
    row.source.setText("cliënte zelf")
    qtbot.mouseClick(facts.findChild(type(facts.rows[0].remove), "addFact"),
                     Qt.MouseButton.LeftButton)
    second = facts.rows[1]
    second.what.setPlainText("Op 14 oktober zag ik blauwe plekken op de onderarmen van cliënte.")
    qtbot.keyClicks(second.when, "14-10-2026")
    second.observed.choose(True)
    facts.limits.setPlainText("Ik heb de kinderen nooit gezien.")
    go_next(qtbot, wizard, "currency")

    currency = wizard.current_page()
    qtbot.keyClicks(currency.last_contact, "01-03-2026")  # older than the threshold
    assert "niet actueel" in currency.problem_labels["last_contact"].text()
    go_next(qtbot, wizard, "receiver")

    receiver = wizard.current_page()
    receiver.org_name.setText("Veilig Thuis Utrecht")
    receiver.contact_person.setText("mw. Bosman")
    receiver.channel.choose("mondeling")
    qtbot.keyClicks(receiver.date, "04-11-2026")
    go_next(qtbot, wizard, "apart")
    go_next(qtbot, wizard, "expectations")  # nothing apart, not anonymous, no enclosures

    expectations = wizard.current_page()
    assert "14 november 2026" in expectations.due.text()
    expectations.procedure_explained.choose(True)
    go_next(qtbot, wizard, "summary")

    summary = wizard.current_page()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # 7.melder.1 still missing
    qtbot.mouseClick(summary.panel.template_buttons["melding.content"],
                     Qt.MouseButton.LeftButton)
    text = summary.content.text()
    assert text.startswith("Mijn zorgen gaan over het kind Anouk Verbeek (4 jaar)")
    # The template follows the record (the mother's pronoun), leaves what the client was told
    # and whether she consented to the letter (issue 12), and leaves what the app cannot know
    # open; an open place blocks 'Voltooien' until it is filled.
    assert "van mijn cliënte" in text and "toestemming" not in text
    assert not finish.isEnabled()
    assert "Vul dit in of haal het weg" in summary.problem_labels["content"].text()
    summary.content.setPlainText(text.replace(
        "[De woonsituatie van het kind, en in één zin waar het vermoeden over gaat; de feiten "
        "volgen hieronder.]",
        "Anouk woont bij haar ouders. Het gaat om geweld tussen de ouders, waarvan Anouk "
        "getuige is.").replace(
        "[de gevolgen voor het kind]", "de gevolgen van het geweld voor Anouk"))
    assert "[" not in summary.content.text()
    assert finish.isEnabled()

    pdf_path = tmp_path / "uit" / "melding.pdf"
    pdf_path.parent.mkdir()
    preview_dialog.answer_next(preview_dialog.SAVE)  # the preview shown first: Opslaan
    msgbox.answer_next(str(pdf_path), "", False)  # where to save; don't open it
    with qtbot.waitSignal(window.documentWritten, timeout=20000):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    record = dossier.cases.get(case_id)
    assert record.status == "afgerond"
    [entry] = dossier.cases.entries(case_id)
    items = {i["ref"]: i["text"] for i in entry["items"]}
    assert sorted(items) == [f"7.melder.{i}" for i in range(1, 7)]
    assert all(text.strip() for text in items.values())
    assert "bron: cliënte zelf" in items["7.melder.2"]
    assert "toestemming geweigerd" in items["7.melder.3"]
    assert "Risico’s voor de kinderen." in items["7.melder.4"]
    assert "mw. Bosman" in items["7.melder.5"]
    assert "14 november 2026" in items["7.melder.6"]
    assert entry["melder"]["name"] == DEMO_PROFILE["name"]
    assert [f.kind for f in dossier.followups.of_case(case_id)][:2] == ["decision", "rendering"]

    text = flat(pdf_text(pdf_path.read_bytes()))
    assert "blauwe plekken op de onderarmen van cliënte" in text
    assert "bron: cliënte zelf" in text and "eigen waarneming" in text
    assert "toestemming geweigerd" in text
    assert "Risico’s voor de kinderen." in text
    assert "deze informatie is niet actueel" in text and "1 maart 2026" in text
    assert "VERTROUWELIJK" in text and "pagina 1 van" in text
    qtbot.waitUntil(lambda: msgbox.pending_answers() == 0)
    assert dossier.db.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    # The case panel now shows the follow-up with its due date.
    assert "14 november 2026" in window.panel.browser.toPlainText()


def test_pdf_is_not_written_when_the_user_cancels_the_save_dialog(qtbot, window, dossier):
    from app import service
    from app.demo import demo_melding
    m = demo_melding(TODAY)
    case_id = dossier.cases.create("melding", m.to_dict(), "Y.")
    service.finish(dossier, case_id, m, TODAY)
    # The preview: Opslaan, the save dialog cancelled (back in the preview), then Terug.
    preview_dialog.answer_next(lambda d: (d.save_button.click(), d.back_button.click()))
    msgbox.answer_next(None)
    window.documents.make_pdf(case_id)
    qtbot.waitUntil(lambda: "Geen PDF gemaakt" in window.statusBar().currentMessage(),
                    timeout=20000)
    assert msgbox.pending_answers() == 0
    assert dossier.db.execute("SELECT count(*) FROM documents").fetchone()[0] == 0


def test_pdf_to_an_unwritable_place_gets_a_dutch_message(qtbot, window, dossier, tmp_path):
    from app import service
    from app.demo import demo_melding
    m = demo_melding(TODAY)
    case_id = dossier.cases.create("melding", m.to_dict(), "Y.")
    service.finish(dossier, case_id, m, TODAY)
    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    msgbox.shown.clear()
    preview_dialog.answer_next(preview_dialog.SAVE)  # the preview shown first: Opslaan
    msgbox.answer_next(str(blocker / "melding.pdf"), "", True)
    window.documents.make_pdf(case_id)
    qtbot.waitUntil(lambda: any(kind == "error" for kind, _t in msgbox.shown), timeout=20000)
    [(_kind, text)] = [s for s in msgbox.shown if s[0] == "error"]
    assert text.startswith("Op deze plek kan het document niet worden opgeslagen")
    assert "een deel van het pad is een bestand, geen map" in text
    assert not Path(blocker / "melding.pdf").exists()


def tab_from(widget):
    """The widget Tab moves to: the next in the focus chain that takes Tab focus."""
    nxt = widget.nextInFocusChain()
    while not (nxt.focusPolicy() & Qt.FocusPolicy.TabFocus) or nxt.isHidden():
        nxt = nxt.nextInFocusChain()
    return nxt


def test_tab_goes_from_role_to_the_children_then_relation(qtbot, window):
    wizard = past_weighing(qtbot, window.new_melding())
    page = wizard.current_page()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    first, second = page.children
    qtbot.waitUntil(lambda: not second.name.isHidden())  # added rows show on the next loop
    assert tab_from(page.role) is first.name
    assert tab_from(first.name) is first.birth_date
    assert tab_from(first.school) is first.remove
    assert tab_from(first.remove) is second.name
    assert tab_from(page.add_button) is page.relation


def test_practice_currency_threshold_applies_to_new_cases(qtbot, window, dossier):
    dossier.set_profile({**DEMO_PROFILE, "currency_threshold_days": 30})
    wizard = window.new_melding()
    assert wizard.data.currency_days == 30
    currency = wizard.page_by_id("currency")
    assert currency.threshold.value() == 30
    wizard.data.receiver.date = "2026-11-20"
    currency.last_contact.setText("01-10-2026")  # 50 days before the melding
    assert "niet actueel" in currency.problem_labels["last_contact"].text()
    currency.threshold.setValue(90)  # this case: the clinician widens the threshold
    assert "niet actueel" not in currency.problem_labels["last_contact"].text()
    assert wizard.data.currency_days == 90
