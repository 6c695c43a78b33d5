"""The Betrokkenen page, the melding's 'apart' page and the advice consultation, driven through
the real widgets on a real dossier."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
    QWizard,
)

from app import service
from app.demo import DEMO_PROFILE, demo_melding
from app.model import Melding
from tests.wizard_helpers import TODAY, fill_betrokkenen, go_next, past_weighing
from ui import msgbox
from ui.people_page import ClientPage


def next_enabled(wizard: QWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def filled_melding(qtbot, window):
    """A new melding with the client and one child as the receiver needs them."""
    wizard = past_weighing(qtbot, window.new_melding())
    page = wizard.current_page()
    fill_betrokkenen(qtbot, page, label="Y.", name="Yvonne de Graaf", role="moeder",
                     children=(("Anouk Verbeek", "12-03-2022"),),
                     address="Hoogstraat 48, 3552 XK Utrecht",
                     relation="Ik ben de behandelaar van de moeder, niet van de kinderen.")
    assert next_enabled(wizard)
    return wizard, page


# --- what blocks 'Volgende' on a melding ------------------------------------------------------


def test_a_child_without_date_of_birth_blocks_with_the_reason_beside_it(qtbot, window):
    wizard, page = filled_melding(qtbot, window)
    row = page.children[0]
    row.birth_date.clear()
    assert not next_enabled(wizard)
    label = page.problem_labels["children.0.birth_date"]
    assert label is row.problems["birth_date"] and label.isVisible()
    assert label.text() == ("▸ Vul de geboortedatum van Anouk Verbeek in; daarmee vindt de "
                            "ontvanger het kind.")
    qtbot.keyClicks(row.birth_date, "12-03-2022")
    assert not label.isVisible() and next_enabled(wizard)


def test_a_second_child_gets_its_own_label_and_removing_the_first_renumbers(qtbot, window):
    wizard, page = filled_melding(qtbot, window)
    click(qtbot, page.add_button)
    second = page.children[1]
    qtbot.waitUntil(second.isVisible)  # a layout shows an added row on the next loop
    qtbot.keyClicks(second.name, "Ruben Verbeek")
    assert not next_enabled(wizard)
    assert "Ruben Verbeek" in second.problems["birth_date"].text()
    assert not page.children[0].problems["birth_date"].isVisible()
    assert second.name.accessibleName() == "Naam van kind 2"
    first = page.children[0]
    msgbox.answer_next(False)  # a filled row asks first; "Nee" keeps it
    click(qtbot, first.remove)
    assert len(page.children) == 2
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    msgbox.answer_next(True)
    click(qtbot, first.remove)
    assert QApplication.focusWidget() is page.add_button  # not a field with selected text
    first.remove.click()  # a second press on the row that is going: ignored, no error
    click(qtbot, second.remove)  # within a double click: the rows moved up, so it is ignored
    assert [r.caption.text() for r in page.children] == ["Kind 1"]
    assert msgbox.pending_answers() == 0
    assert page.problem_labels["children.0.birth_date"] is second.problems["birth_date"]
    assert "children.1.birth_date" not in page.problem_labels
    assert second.name.accessibleName() == "Naam van kind 1"
    assert second.problems["birth_date"].isVisible()
    assert [c.name for c in wizard.data.children] == ["Ruben Verbeek"]


def test_a_date_of_birth_in_the_future_blocks(qtbot, window):
    wizard, page = filled_melding(qtbot, window)
    row = page.children[0]
    row.birth_date.setText("01-01-2027")
    assert not next_enabled(wizard)
    assert row.problems["birth_date"].text() == (
        "▸ De geboortedatum van Anouk Verbeek ligt in de toekomst.")


def test_a_child_of_nineteen_blocks(qtbot, window):
    wizard, page = filled_melding(qtbot, window)
    row = page.children[0]
    row.birth_date.setText("01-06-2007")  # 19 on 29 November 2026
    assert not next_enabled(wizard)
    text = row.problems["birth_date"].text()
    assert "Anouk Verbeek is volgens deze geboortedatum 19 jaar" in text
    assert "alleen kinderen jonger dan 18" in text


def test_no_address_and_no_reason_blocks_until_the_reason_is_given(qtbot, window):
    wizard, page = filled_melding(qtbot, window)
    page.address.clear()
    assert page.address_unknown.isVisible()
    assert not next_enabled(wizard)
    label = page.problem_labels["people.address_unknown"]
    assert label.isVisible() and label.text().startswith(
        "▸ Vul een adres in met straat en huisnummer (van de cliënt, of waar de kinderen wonen)")
    qtbot.keyClicks(page.address_unknown, "Het gezin verblijft tijdelijk bij familie; adres "
                                          "niet bekend.")
    assert not label.isVisible() and next_enabled(wizard)
    # Where the child lives counts as an address too; the question then disappears.
    page.address_unknown.clear()
    qtbot.keyClicks(page.children[0].lives_with, "bij vader, Dorpsstraat 1, Zeist")
    assert next_enabled(wizard) and not page.address_unknown.isVisible()


def test_an_informatieverzoek_needs_the_clients_name_to_match_the_file(qtbot, window):
    wizard = window.new_request()
    page = wizard.current_page()
    fill_betrokkenen(qtbot, page, label="V.", children=(("L.", ""),),
                     relation="Ik was de behandelaar van V.")
    assert not next_enabled(wizard)
    assert "zoals de verzoeker die noemt" in page.problem_labels["people.client_name"].text()
    qtbot.keyClicks(page.client_name, "Vincent Bakker")
    assert next_enabled(wizard)


# --- saving and loading -----------------------------------------------------------------------


def test_everything_on_the_page_survives_closing_and_resuming(qtbot, window, dossier):
    wizard, page = filled_melding(qtbot, window)
    case_id = wizard.case_id
    qtbot.keyClicks(page.birth_date, "17-06-1993")
    qtbot.keyClicks(page.phone, "06 1234 5678")
    qtbot.keyClicks(page.children[0].lives_with, "bij moeder en vader")
    qtbot.keyClicks(page.children[0].school, "kinderdagverblijf De Boomhut")
    click(qtbot, page.parents.add_button)
    parent = page.parents[0]
    qtbot.keyClicks(parent.name, "Martijn Verbeek")
    qtbot.keyClicks(parent.relation, "vader van A.")
    qtbot.keyClicks(parent.birth_date, "09-02-1990")
    parent.custody.choose(True)
    qtbot.keyClicks(parent.address, "Hoogstraat 48, 3552 XK Utrecht")
    qtbot.keyClicks(parent.phone, "06 8765 4321")
    click(qtbot, page.household.add_button)
    qtbot.keyClicks(page.household[0].name, "Kees de Graaf")
    qtbot.keyClicks(page.household[0].relation, "broer van de moeder")
    click(qtbot, page.professionals.add_button)
    pro = page.professionals[0]
    pro.role.setCurrentIndex(pro.role.findText("huisarts"))
    qtbot.keyClicks(pro.name, "dr. H. Kramer")
    qtbot.keyClicks(pro.organisation, "Huisartsenpraktijk Zuilen")
    click(qtbot, page.network.add_button)
    qtbot.keyClicks(page.network[0].name, "Ria de Graaf-Smit")
    qtbot.keyClicks(page.network[0].relation, "grootmoeder")
    qtbot.keyClicks(page.network[0].phone, "030 243 98 76")
    assert next_enabled(wizard)
    before = Melding.from_dict(wizard.data.to_dict())
    wizard.reject()
    qtbot.waitUntil(lambda: window.wizard is None)

    stored = Melding.from_dict(dossier.cases.get(case_id).data)
    assert stored.people == before.people and stored.children == before.children
    p = stored.people
    assert (p.client_name, p.client_birth_date, p.client_phone) == (
        "Yvonne de Graaf", "1993-06-17", "06 1234 5678")
    assert [(x.name, x.birth_date, x.custody) for x in p.parents] == [
        ("Martijn Verbeek", "1990-02-09", True)]
    assert [(x.role, x.name) for x in p.professionals] == [("huisarts", "dr. H. Kramer")]
    assert [(x.name, x.relation) for x in p.household] == [("Kees de Graaf",
                                                            "broer van de moeder")]
    assert stored.children[0].school == "kinderdagverblijf De Boomhut"

    resumed = window.open_case(case_id)
    assert resumed.current_page().spec.id == "client"  # where it was closed, past the weighing
    page = resumed.page_by_id("client")
    assert page.client_name.text() == "Yvonne de Graaf" and page.pseudonym.text() == "Y."
    assert page.birth_date.text() == "17-06-1993"
    assert page.children[0].birth_date.text() == "12-03-2022"
    assert page.parents[0].custody.value() is True
    assert page.professionals[0].role.currentText() == "huisarts"
    assert page.network[0].phone.text() == "030 243 98 76"
    page.store(resumed.data)
    assert resumed.data.people == before.people and resumed.data.children == before.children


def test_an_older_draft_with_only_ages_loads_and_keeps_the_age(qtbot, window, dossier):
    old = {"client_pseudonym": "K.", "client_role": "vader", "relation": "Behandelaar van K.",
           "children": [{"name": "S.", "age": "3"}]}
    case_id = dossier.cases.create("overleg", old, "K.")
    wizard = window.open_case(case_id)
    page = wizard.page_by_id("client")
    row = page.children[0]
    assert row.name.text() == "S." and not row.age_note.isHidden()
    assert "3 jaar" in row.age_note.text()
    qtbot.keyClicks(row.school, "peuterspeelzaal")
    wizard.save_draft()
    [child] = dossier.cases.get(case_id).data["children"]
    assert child["age"] == "3" and child["school"] == "peuterspeelzaal"
    qtbot.keyClicks(row.birth_date, "05-06-2023")
    assert row.age_note.isHidden()
    wizard.save_draft()
    [child] = dossier.cases.get(case_id).data["children"]
    assert (child["age"], child["birth_date"]) == ("3", "2023-06-05")


# --- the melding's 'apart' page and the advice consultation -----------------------------------


def draft_at(dossier, page: str, m: Melding) -> int:
    case_id = dossier.cases.create("melding", m.to_dict(), m.client_pseudonym)
    service.save_draft(dossier, case_id, m, page)
    return case_id


def test_the_apart_page_round_trips(qtbot, window, dossier):
    m = demo_melding(TODAY)
    m.withheld.text = m.withheld.reason = m.withheld.agreed_note = ""
    m.withheld.agreed = None
    m.attachments = []
    case_id = draft_at(dossier, "apart", m)
    wizard = window.open_case(case_id)
    page = wizard.current_page()
    assert page.spec.id == "apart" and next_enabled(wizard)
    assert page.findChild(QLabel, "apartIntro").text().startswith(
        "Alles in een melding is in te zien voor de ouders en voor kinderen vanaf 12 jaar")
    page.withheld.setPlainText("De buurvrouw belde mij; zij is bang voor de vader.")
    assert not next_enabled(wizard)
    assert "waarom het gezin dit niet mag lezen" in page.problem_labels["withheld.reason"].text()
    page.reason.setPlainText("De veiligheid van de buurvrouw.")
    assert not next_enabled(wizard)  # agreed with Veilig Thuis?
    page.agreed.choose(True)
    qtbot.keyClicks(page.agreed_note, "met mw. J. Bosman")
    assert not page.anonymous_box.isVisible()
    click(qtbot, page.anonymous)
    assert page.anonymous_box.isVisible() and not next_enabled(wizard)
    assert "anoniem" in page.problem_labels["anonymous_reason"].text()
    page.anonymous_reason.setPlainText("Vader heeft mij eerder bedreigd.")
    click(qtbot, page.attachments.add_button)
    row = page.attachments[0]
    assert not next_enabled(wizard)
    assert "Beschrijf de bijlage" in page.problem_labels["attachments.0.description"].text()
    qtbot.keyClicks(row.description, "Verslag van de intake")
    qtbot.keyClicks(row.date, "01-09-2026")
    assert next_enabled(wizard)
    go_next(qtbot, wizard, "expectations")
    wizard.reject()
    qtbot.waitUntil(lambda: window.wizard is None)

    stored = Melding.from_dict(dossier.cases.get(case_id).data)
    assert stored.withheld.text == "De buurvrouw belde mij; zij is bang voor de vader."
    assert (stored.withheld.agreed, stored.withheld.agreed_note) == (True, "met mw. J. Bosman")
    assert stored.anonymous and stored.anonymous_reason == "Vader heeft mij eerder bedreigd."
    assert [(a.description, a.date) for a in stored.attachments] == [
        ("Verslag van de intake", "2026-09-01")]
    resumed = window.open_case(case_id)
    page = resumed.page_by_id("apart")
    assert page.reason.text() == "De veiligheid van de buurvrouw."
    assert page.anonymous.isChecked() and not page.anonymous_box.isHidden()
    assert page.attachments[0].date.text() == "01-09-2026"


def test_a_written_melding_by_an_arts_needs_the_advice_consultation(qtbot, window, dossier):
    dossier.set_profile({**DEMO_PROFILE, "discipline": "arts"})
    m = demo_melding(TODAY)
    m.advice.consulted, m.advice.date, m.advice.with_whom, m.advice.advice = None, "", "", ""
    assert m.advice.required is False  # made before: the wizard brings it up to date
    case_id = draft_at(dossier, "receiver", m)
    wizard = window.open_case(case_id)
    page = wizard.current_page()
    assert page.spec.id == "receiver" and wizard.data.advice.required is True
    assert "verplicht vóór een schriftelijke melding" in page.advice_rule.text()
    assert next_enabled(wizard)  # an oral melding: advice asked in the same call
    page.channel.choose("schriftelijk")
    assert not next_enabled(wizard)
    label = page.problem_labels["advice.consulted"]
    assert label.isVisible() and "telefonisch advies te vragen bij Veilig Thuis" in label.text()
    assert not page.advice_details.isVisible()
    page.consulted.choose(True)
    assert page.advice_details.isVisible() and not next_enabled(wizard)
    assert "datum van het adviesgesprek" in page.problem_labels["advice.date"].text()
    qtbot.keyClicks(page.advice_date, "24-11-2026")
    qtbot.keyClicks(page.advice_with, "adviseur van Veilig Thuis Utrecht")
    assert not next_enabled(wizard)
    page.advice_text.setPlainText("Melden; de kinderen zijn getuige van geweld.")
    assert next_enabled(wizard)
    go_next(qtbot, wizard, "apart")
    wizard.reject()
    qtbot.waitUntil(lambda: window.wizard is None)
    advice = Melding.from_dict(dossier.cases.get(case_id).data).advice
    assert (advice.required, advice.consulted, advice.date, advice.with_whom) == (
        True, True, "2026-11-24", "adviseur van Veilig Thuis Utrecht")
    resumed = window.open_case(case_id)
    receiver = resumed.page_by_id("receiver")
    assert receiver.advice_text.text() == "Melden; de kinderen zijn getuige van geweld."
    assert receiver.consulted.value() is True and receiver.advice_date.text() == "24-11-2026"


def test_without_the_setting_a_written_melding_needs_no_advice(qtbot, window, dossier):
    m = demo_melding(TODAY)  # the demo profile: a GZ-psycholoog
    m.advice.consulted = None
    m.receiver.channel = "schriftelijk"
    wizard = window.open_case(draft_at(dossier, "receiver", m))
    page = wizard.current_page()
    assert page.spec.id == "receiver" and next_enabled(wizard)
    assert "niet verplicht" in page.advice_rule.text()


# --- keyboard and screen readers ----------------------------------------------------------------


def loaded_client_page(qtbot, window) -> tuple[QWizard, ClientPage]:
    """The Betrokkenen page with a row in every group (the demo), on screen and focused."""
    wizard = past_weighing(qtbot, window.new_melding())
    wizard.data = demo_melding(TODAY)
    wizard.data.people.household = [type(wizard.data.people.network[0])("Kees de Graaf")]
    page = wizard.current_page()
    page.load_from_host()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: page.children[0].name.isVisible())
    return wizard, page


def test_tab_reaches_every_field_of_the_page_in_order(qtbot, window):
    wizard, page = loaded_client_page(qtbot, window)
    page.client_name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.client_name)
    visited = [page.client_name]
    for _ in range(200):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if not page.isAncestorOf(widget):
            break
        visited.append(widget)
    chain = [w for w in page.focus_chain() if w.isVisible()]
    reached = [w for w in visited if w in chain]
    # every field and button, each once, in the page's order (one stop per radio group)
    expected = [w for w in chain if not isinstance(w, QRadioButton) or w.isChecked()]
    assert reached == expected
    fields = [w for w in page.body.findChildren(QWidget)
              if isinstance(w, (QLineEdit, QPlainTextEdit, QComboBox)) and w.isVisible()
              and not isinstance(w.parent(), QComboBox)]
    assert fields and all(f in visited for f in fields)


def test_every_input_has_a_dutch_accessible_name(qtbot, window):
    _wizard, page = loaded_client_page(qtbot, window)
    inputs = [w for w in page.body.findChildren(QWidget)
              if isinstance(w, (QLineEdit, QPlainTextEdit, QComboBox, QRadioButton, QCheckBox))
              and not isinstance(w.parent(), QComboBox)]
    assert len(inputs) > 40
    assert [w for w in inputs if not w.accessibleName().strip()] == []
    assert page.parents[0].custody.buttons()[0].accessibleName() == "Gezag van ouder 1: Ja"
    assert page.network[0].phone.accessibleName() == "Telefoon van persoon 1"


# --- the practice's settings --------------------------------------------------------------------


def test_profile_dialog_stores_the_advice_setting_and_the_list_label(qtbot):
    from ui.profile_dialog import ProfileDialog

    dialog = ProfileDialog({**DEMO_PROFILE, "discipline": "huisarts"})
    qtbot.addWidget(dialog)
    assert dialog.advice_required.isChecked()  # an arts: on until the practice says otherwise
    assert dialog.case_list_label.currentData() == "label"  # the shipped default
    dialog.fields["discipline"].setText("GZ-psycholoog")
    assert not dialog.advice_required.isChecked()  # still following the discipline
    click(qtbot, dialog.advice_required)  # now the practice's own choice
    dialog.fields["discipline"].setText("orthopedagoog")
    assert dialog.advice_required.isChecked()
    dialog.case_list_label.setCurrentIndex(dialog.case_list_label.findData("name"))
    values = dialog.values()
    assert values["advice_required"] is True and values["case_list_label"] == "name"
    again = ProfileDialog({**DEMO_PROFILE, "advice_required": False, "case_list_label": "name",
                           "discipline": "arts"})
    qtbot.addWidget(again)
    assert not again.advice_required.isChecked()
    assert again.case_list_label.currentData() == "name"


def test_enter_does_not_turn_the_page_and_each_page_starts_in_its_first_field(qtbot, window):
    """Found walking the wizard by keyboard: Enter halfway through a row went to the next
    page, and every page started in the scroll area, three Tabs from the first field."""
    from PySide6.QtCore import Qt

    wizard = window.new_melding()
    # The first page, the meldcode weighing, starts in its first field (the date); Enter
    # there does not turn the page either.
    weighing = wizard.current_page()
    assert weighing.spec.id == "weighing"
    qtbot.waitUntil(lambda: wizard.focusWidget() is weighing.date, timeout=3000)
    qtbot.keyClick(weighing.date, Qt.Key.Key_Return)
    assert wizard.current_page() is weighing
    wizard, page = filled_melding(qtbot, window)
    page.client_name.setFocus()
    qtbot.keyClick(page.client_name, Qt.Key.Key_Return)
    assert wizard.current_page() is page
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QWizard

    forward = wizard.button(QWizard.WizardButton.NextButton)
    assert forward.shortcut() == QKeySequence("Alt+V")  # "&Volgende": the keyboard's way on
    forward.animateClick()
    qtbot.waitUntil(lambda: wizard.current_page() is not page, timeout=3000)
    second = wizard.current_page()
    qtbot.waitUntil(lambda: second.body.isAncestorOf(wizard.focusWidget()), timeout=3000)
    screen = wizard.screen().availableGeometry()
    assert wizard.width() <= screen.width() and wizard.height() <= screen.height()
