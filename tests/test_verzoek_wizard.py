"""Flow 2, "Informatieverzoek beantwoorden", through the real widgets on a real dossier."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QWizard

from tests.pdfcheck import flat, pdf_text
from tests.wizard_helpers import TODAY, fill_betrokkenen, go_next
from ui import msgbox, preview_dialog


def highlighted(area) -> list[str]:
    """Text ranges the judgement highlighter marked in a TextArea."""
    out = []
    block = area.document().firstBlock()
    while block.isValid():
        for rng in block.layout().formats():
            if rng.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
                out.append(block.text()[rng.start:rng.start + rng.length])
        block = block.next()
    return out


def fill_client(qtbot, page):
    # The requester must recognise their file: the client's name as they wrote it.
    fill_betrokkenen(qtbot, page, label="V.", name="Vincent Bakker", role="vader",
                     children=(("Lotte Bakker", "02-05-2020"),),
                     relation="Ik was de behandelaar van V.; de kinderen heb ik nooit gezien.")
    qtbot.keyClicks(page.birth_date, "14-08-1988")


def test_gi_request_explains_information_duty_with_footnote_4(qtbot, window):
    wizard = window.new_request()
    fill_client(qtbot, wizard.current_page())
    go_next(qtbot, wizard, "request")
    page = wizard.current_page()
    page.org_type.setCurrentIndex(page.org_type.findData("gi"))
    assert page.gi_box.isVisible() and not page.gi_duty.isVisible()
    page.supervision_order.choose(True)
    assert page.gi_duty.isVisible()
    assert "Jeugdwet art. 7.3.11 lid 4" in page.gi_duty.text()
    assert "Voetnoot 4" in page.gi_duty.text()
    assert "gezinsvoogd" in page.panel.browser.toPlainText()  # footnote 4 in the panel


def reach_questions(qtbot, window) -> QWizard:
    """A new request filled as a clinician would, up to the questions page."""
    wizard = window.new_request()
    fill_client(qtbot, wizard.current_page())
    go_next(qtbot, wizard, "request")

    request = wizard.current_page()
    request.name.setText("mw. A. Smit")
    request.function.setText("raadsonderzoeker")
    qtbot.keyClicks(request.received_on, "20-11-2026")
    request.channel.choose("schriftelijk")
    # What the requester did not state is listed to ask first; it does not block.
    assert "Vraag dit eerst na" in request.problem_labels["request.why"].text()
    request.why.setPlainText("Onderzoek naar de noodzaak van een maatregel.")
    request.info_type.setPlainText("Doel, diagnose en verloop van de behandeling.")
    request.expertise.setEditText("maatschappelijk werker")
    qtbot.keyClicks(request.term, "04-12-2026")
    go_next(qtbot, wizard, "openness")

    openness = wizard.current_page().openness
    openness.concerns_discussed.choose(True)
    openness.client_informed.choose(True)
    qtbot.keyClicks(openness.informed_on, "21-11-2026")
    openness.informed_explanation.setPlainText("Uitgelegd wie vraagt, waarom en wat.")
    openness.client_reaction.setPlainText("Begrijpt het verzoek.")
    openness.consent.choose("given")
    openness.decision_told.choose(True)
    go_next(qtbot, wizard, "questions")
    return wizard


def test_request_flow_end_to_end(qtbot, window, dossier, tmp_path):
    wizard = reach_questions(qtbot, window)
    case_id = wizard.case_id
    questions = wizard.current_page()
    questions.rows[0].question.setPlainText("Wat was het doel van de behandeling?")
    qtbot.mouseClick(questions.add_button, Qt.MouseButton.LeftButton)
    questions.rows[1].question.setPlainText("Is vader volgens u een competente opvoeder?")
    assert highlighted(questions.rows[1].question) == ["vader volgens u een competente "
                                                       "opvoeder"]
    assert "gedrag" in questions.rows[1].problem.text()  # the factual question offered
    assert not questions.rows[1].note_row.isHidden()
    questions.rows[1].note.setText("Teruggelegd bij de Raad.")
    go_next(qtbot, wizard, "answers")

    answers = wizard.current_page()
    assert len(answers.boxes) == 2
    first, second = answers.boxes
    first.answer.setPlainText("Verminderen van depressieve klachten. Hij is een liefdevolle "
                              "vader.")
    qtbot.waitUntil(lambda: highlighted(first.answer) == ["Hij is een liefdevolle vader"])
    assert "Oordeel over de ouder als opvoeder" in first.answer_problem.text()
    fact = first.add_fact()
    fact.what.setPlainText("V. kwam op 22 van de 24 afspraken.")
    qtbot.keyClicks(fact.when, "2024-2025")
    fact.observed.choose(False)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # source missing
    fact.source.setText("agenda van de praktijk")
    # The clinician clicks into the second answer, then on the example in the panel.
    qtbot.mouseClick(second.answer.viewport(), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(answers.panel.template_buttons["verzoek.no_judgement"],
                     Qt.MouseButton.LeftButton)
    assert "laat ik aan de Raad voor de Kinderbescherming" in second.answer.text()
    # The template's open places block 'Volgende' until the clinician fills them in.
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "Vul dit in of haal het weg" in second.answer_problem.text()
    assert "‘[feiten, gedrag en symptomen die ik zelf waarnam]’" in second.answer_problem.text()
    second.answer.setPlainText(second.answer.text().replace(
        "[feiten, gedrag en symptomen die ik zelf waarnam]",
        "V. kwam trouw op zijn afspraken").replace(
        "[hoe de stoornis het gedrag tegenover het kind kan beïnvloeden]",
        "een depressie kan leiden tot terugtrekken en weinig initiatief"))
    assert "Vul dit in" not in second.answer_problem.text()
    go_next(qtbot, wizard, "completeness")

    completeness = wizard.current_page()
    completeness.confirming.setPlainText("V. vertelde dat hij weinig energie had (bron: V.).")
    completeness.contradicting.setPlainText("Geen bekend.")
    qtbot.keyClicks(completeness.last_contact, "30-05-2025")
    assert "niet actueel" in completeness.problem_labels["last_contact"].text()
    assert completeness.answered_on.value() == TODAY.isoformat()
    go_next(qtbot, wizard, "summary")

    summary = wizard.current_page()
    assert "Hij is een liefdevolle vader" in summary.findings.text()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()  # open findings never block by themselves
    pdf_path = tmp_path / "informatieverstrekking.pdf"
    preview_dialog.answer_next(preview_dialog.SAVE)  # the preview shown first: Opslaan
    msgbox.answer_next(str(pdf_path), "", False)
    with qtbot.waitSignal(window.documentWritten, timeout=20000):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    record = dossier.cases.get(case_id)
    assert record.status == "afgerond" and record.kind == "informatieverzoek"
    [entry] = dossier.cases.entries(case_id)
    items = {i["ref"]: i["text"] for i in entry["items"]}
    assert sorted(items) == [f"7.melder.{i}" for i in range(1, 7)]
    assert all(t.strip() for t in items.values())
    assert "Vraag: Is vader volgens u een competente opvoeder?" in items["7.melder.1"]
    assert "toestemming gegeven" in items["7.melder.3"]
    assert "mw. A. Smit" in items["7.melder.5"]
    assert entry["currency_notice"]
    assert {f["text"] for f in entry["open_findings"]} == {
        "vader volgens u een competente opvoeder", "Hij is een liefdevolle vader"}

    text = flat(pdf_text(pdf_path.read_bytes()))
    assert "Vraag 1: Wat was het doel van de behandeling?" in text
    assert "Vraag 2: Is vader volgens u een competente opvoeder?" in text
    assert "Verminderen van depressieve klachten." in text
    assert "bron: agenda van de praktijk" in text
    assert "deze informatie is niet actueel" in text and "30 mei 2025" in text
    assert "Feiten die de zorg ontkrachten" in text


def test_request_term_shows_on_main_window_and_overdue_stands_out(qtbot, window, dossier):
    from app import service
    from app.demo import demo_request
    v = demo_request(TODAY)
    v.request.term = "2026-11-20"  # already past on TODAY
    case_id = dossier.cases.create("informatieverzoek", v.to_dict(), "V.")
    service.save_draft(dossier, case_id, v, "request")
    window.refresh(select=case_id)
    row = window.model.row_of(case_id)
    index = window.model.index(row, 4)
    assert window.model.data(index) == "20-11-2026"
    assert window.model.data(index, Qt.ItemDataRole.ForegroundRole).name() == "#a61b1b"



def test_removing_rows_renumbers_and_keeps_the_other_answers(qtbot, window):
    wizard = reach_questions(qtbot, window)
    questions = wizard.current_page()
    for i, text in enumerate(("Eerste vraag?", "Tweede vraag?", "Derde vraag?")):
        if i:
            qtbot.mouseClick(questions.add_button, Qt.MouseButton.LeftButton)
        questions.rows[i].question.setPlainText(text)
    go_next(qtbot, wizard, "answers")
    answers = wizard.current_page()
    for box, text in zip(answers.boxes, ("Eerste.", "Tweede.", "Derde."), strict=True):
        box.answer.setPlainText(text)
    second = answers.boxes[1]
    for i, what in enumerate(("Feit A.", "Feit B.")):
        qtbot.mouseClick(second.fact_rows.add_button, Qt.MouseButton.LeftButton)
        second.fact_rows[i].what.setPlainText(what)
    msgbox.answer_next(True)  # the row holds text: "Verwijderen?" is asked first
    qtbot.mouseClick(second.fact_rows[0].remove, Qt.MouseButton.LeftButton)
    assert [r.caption.text() for r in second.fact_rows] == ["Feit 1"]
    assert [f.what for f in wizard.data.questions[1].facts] == ["Feit B."]

    wizard.back()
    questions = wizard.current_page()
    msgbox.answer_next(True)
    qtbot.mouseClick(questions.rows[0].remove, Qt.MouseButton.LeftButton)
    assert [r.caption.text() for r in questions.rows] == ["Vraag 1", "Vraag 2"]
    assert [q.question for q in wizard.data.questions] == ["Tweede vraag?", "Derde vraag?"]
    assert [q.answer for q in wizard.data.questions] == ["Tweede.", "Derde."]
    assert [f.what for f in wizard.data.questions[0].facts] == ["Feit B."]
    go_next(qtbot, wizard, "answers")
    assert [b.answer.text() for b in wizard.current_page().boxes] == ["Tweede.", "Derde."]


def test_a_fact_added_under_question_1_takes_its_place_in_the_tab_order(qtbot, window):
    """Qt puts a new widget at the end of the tab order: a fact added under question 1 came
    after question 2 (Shift+Tab from its 'mijzelf' jumped into question 2)."""
    from PySide6.QtWidgets import QApplication

    wizard = reach_questions(qtbot, window)
    questions = wizard.current_page()
    questions.rows[0].question.setPlainText("Eerste vraag?")
    qtbot.mouseClick(questions.add_button, Qt.MouseButton.LeftButton)
    questions.rows[1].question.setPlainText("Tweede vraag?")
    go_next(qtbot, wizard, "answers")
    first, second = wizard.current_page().boxes
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    first.fact_rows.add_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(first.fact_rows.add_button, Qt.Key.Key_Space)
    fact = first.fact_rows[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is fact.what and fact.when.isVisible())

    def press(key: Qt.Key) -> None:
        qtbot.keyClick(QApplication.focusWidget(), key)
        QApplication.processEvents()  # as between keystrokes: a new row shows queued

    seen = []
    for _step in range(30):
        seen.append(QApplication.focusWidget())
        if seen[-1] is second.answer:
            break
        press(Qt.Key.Key_Tab)
    assert seen[-1] is second.answer, [w.objectName() or type(w).__name__ for w in seen]
    in_fact = [w for w in seen if fact.isAncestorOf(w)]
    assert seen[:len(in_fact)] == in_fact and fact.remove in in_fact
    assert seen[len(in_fact):-1] == [first.fact_rows.add_button, first.disorder]

    myself = fact.observed.buttons()[0]
    myself.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is fact.when  # not into question 2
    second.disorder.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Tab)
    assert not fact.isAncestorOf(QApplication.focusWidget())  # not back to fact 1


def test_removing_a_filled_row_asks_in_the_interface_language_and_defaults_to_no(
        qtbot, window):
    """The question names the row; Enter (the default button) keeps it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    wizard = reach_questions(qtbot, window)
    row = wizard.current_page().rows[0]
    row.question.setPlainText("Is vader een goede opvoeder?")
    asked: list[str] = []

    def answer_with_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer_with_enter)
    row.remove.click()
    assert asked and asked[0].startswith("Vraag 1 verwijderen?")
    assert row in wizard.current_page().rows  # kept


def test_a_page_opens_with_its_first_field_focused_visibly(qtbot, window):
    """The focus was on the first field but drawn nowhere until Tab was pressed: Qt's styles
    show it only after a keyboard focus change. The page says it is one; the ring goes round
    the field however the focus got there."""
    from PySide6.QtWidgets import QApplication

    from ui import focus_ring

    focus_ring.install(QApplication.instance())
    try:
        wizard = window.new_request()
        fill_client(qtbot, wizard.current_page())
        wizard.activateWindow()
        qtbot.waitUntil(wizard.isActiveWindow)
        go_next(qtbot, wizard, "request")
        page = wizard.current_page()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is page.org_type)
        assert wizard.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
        ring = focus_ring.ring_of(wizard, create=False)
        qtbot.waitUntil(lambda: ring is not None and ring.isVisible())
        assert ring.target is page.org_type
        # Around the field, as far as the form's scroll area shows it (it moves with it).
        shown = page.scroll.viewport()
        visible = QRect(page.org_type.mapTo(wizard, QPoint(0, 0)), page.org_type.size()) \
            .intersected(QRect(shown.mapTo(wizard, QPoint(0, 0)), shown.size()))
        qtbot.waitUntil(lambda: ring.geometry().contains(visible))
    finally:
        focus_ring.uninstall()
