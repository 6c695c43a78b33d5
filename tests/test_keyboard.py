"""Deelwijzer without a mouse (WCAG 2.1.1, 2.4.3, 2.4.7; issue 13).

The end-to-end tests start in the main window's menu bar (Alt+C, then the flow's letter), go
to every field with Tab, type with keys, choose with Space, turn the page with Alt+V, and save
the PDF from the preview with Alt+O. Only the file chooser and the PDF password question, which
are the platform's dialogs, are answered through ui.msgbox's test seam. No mouse event, no
setText: what a keyboard cannot reach, these tests cannot fill. Text typed with keyClicks is
ASCII (non-ASCII aborts QTest, see STYLE.md).
"""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QPushButton,
    QRadioButton,
    QWidget,
    QWizard,
)

from tests.pdfcheck import flat, pdf_text
from tests.wizard_helpers import TODAY
from ui import msgbox

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing")
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QAbstractButton,)) else ""
    return f"{type(widget).__name__}{'(' + text + ')' if text else ''}"


class Keys:
    """A clinician at the keyboard: keys go to whatever has the focus."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot

    @staticmethod
    def focus() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
        self.qtbot.keyClick(self.focus(), key, modifier)
        QApplication.processEvents()  # as between a person's keystrokes (rows show queued)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus(), text)
        QApplication.processEvents()

    def tab_to(self, target: QWidget, limit: int = 120) -> None:
        """Tab (forward only) until `target` has the focus, as a user looking for it would."""
        path = []
        for _ in range(limit):
            if self.focus() is target:
                return
            path.append(self.focus())
            self.press(Qt.Key.Key_Tab)
        seen = " → ".join(dict.fromkeys(_describe(w) for w in path))
        raise AssertionError(f"Tab never reached {_describe(target)}; it went {seen}")

    def fill(self, field: QWidget, text: str) -> None:
        self.tab_to(field)
        self.type(text)

    def choose(self, choice, value: object) -> None:
        """An answer of a Choice (radio buttons): Tab into the group (one stop for all its
        buttons), the arrow keys to the answer, then Space."""
        buttons = choice.buttons()
        target = buttons[choice._values.index(value)]
        for _ in range(120):
            if self.focus() in buttons:
                break
            self.press(Qt.Key.Key_Tab)
        for _ in range(len(buttons)):
            if self.focus() is target:
                break
            self.press(Qt.Key.Key_Right)
        assert self.focus() is target, f"the arrows never reached {target.text()!r}"
        self.press(Qt.Key.Key_Space)
        assert choice.value() == value

    def activate(self, button: QAbstractButton) -> None:
        self.tab_to(button)
        self.press(Qt.Key.Key_Space)

    def next_page(self, wizard: QWizard, page_id: str) -> None:
        """Alt+V: Volgende (or, on the last page, Voltooien)."""
        problems = [p.message for p in wizard.current_page().problems if p.blocking]
        assert wizard.button(QWizard.WizardButton.NextButton).isEnabled(), problems
        self.press(Qt.Key.Key_V, ALT)  # a mnemonic 'clicks' the button after 100 ms
        self.qtbot.waitUntil(lambda: wizard.current_page().spec.id == page_id, timeout=3000)
        self.qtbot.waitUntil(lambda: wizard.current_page().isAncestorOf(self.focus()))

    def menu(self, window: QWidget, menu_letter: Qt.Key, item_letter: Qt.Key) -> None:
        """Alt+letter opens a menu of the menu bar, the item's letter chooses it."""
        self.qtbot.keyClick(self.focus(), menu_letter, ALT)
        self.qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
        self.qtbot.keyClick(QApplication.activePopupWidget(), item_letter)


@pytest.fixture
def keys(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() and window.focusWidget() is window.search)
    return Keys(qtbot)


def open_wizard(qtbot, keys: Keys, window, letter: Qt.Key) -> QWizard:
    keys.menu(window, Qt.Key.Key_C, letter)
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.isActiveWindow())
    wizard = window.wizard
    qtbot.waitUntil(lambda: wizard.current_page().body.isAncestorOf(keys.focus()))
    return wizard


def save_from_preview(qtbot, keys: Keys, window, pdf_path) -> None:
    """Voltooien (Alt+V), then in the preview Opslaan (Alt+O); where to save and the password
    question are the platform's dialogs, answered through the seam."""
    from ui.preview_dialog import PreviewDialog

    msgbox.answer_next(str(pdf_path), "", False)  # where; no password; don't open it
    keys.press(Qt.Key.Key_V, ALT)
    qtbot.waitUntil(lambda: any(isinstance(w, PreviewDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=20000)
    preview = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, PreviewDialog) and w.isVisible())
    qtbot.waitUntil(lambda: preview.isAncestorOf(keys.focus()) or keys.focus() is preview)
    with qtbot.waitSignal(window.documentWritten, timeout=20000):
        keys.press(Qt.Key.Key_O, ALT)
    qtbot.waitUntil(lambda: msgbox.pending_answers() == 0)


def test_melding_from_the_menu_to_the_pdf_by_keyboard_only(qtbot, window, keys, dossier,
                                                          tmp_path):
    wizard = open_wizard(qtbot, keys, window, Qt.Key.Key_M)
    case_id = wizard.case_id

    # A new melding opens on the meldcode weighing (optional), the cursor in its first field.
    weighing = wizard.current_page()
    assert weighing.spec.id == "weighing"
    qtbot.waitUntil(lambda: keys.focus() is weighing.date)
    keys.choose(weighing.answers["suspicion"], True)
    keys.fill(weighing.reasons["suspicion"], "Blauwe plekken en wat zij vertelt.")
    keys.choose(weighing.answers["unsafe"], True)
    keys.fill(weighing.reasons["unsafe"], "Dagelijks geweld waar de kinderen bij zijn.")
    assert weighing.outcome.text().startswith("Meldplicht (afwegingsvraag 2)")
    keys.next_page(wizard, "client")

    client = wizard.current_page()
    keys.fill(client.client_name, "Yvonne de Graaf")
    keys.fill(client.pseudonym, "Y.")
    keys.fill(client.address, "Hoogstraat 48, 3552 XK Utrecht")
    keys.fill(client.role, "moeder")
    keys.fill(client.children[0].name, "Anouk Verbeek")
    keys.fill(client.children[0].birth_date, "12-03-2022")
    keys.fill(client.relation, "Ik ben de behandelaar van de moeder, niet van de kinderen.")
    keys.next_page(wizard, "openness")

    form = wizard.current_page().openness
    keys.choose(form.concerns_discussed, True)
    keys.choose(form.client_informed, True)
    keys.fill(form.informed_on, "03-11-2026")
    keys.fill(form.informed_explanation, "Uitgelegd: melding bij Veilig Thuis, waarom en wat.")
    keys.fill(form.client_reaction, "Zij verzette zich heftig.")
    keys.choose(form.consent, "refused")
    keys.choose(form.decision_told, True)
    keys.fill(form.reason_without_consent, "Risico voor de kinderen.")
    keys.next_page(wizard, "facts")

    facts = wizard.current_page()
    first = facts.rows[0]
    keys.fill(first.what, "Zij vertelt dat er bijna dagelijks geweld is thuis.")
    keys.fill(first.when, "sinds maanden")
    keys.choose(first.observed, False)
    keys.fill(first.source, "de client zelf")
    keys.activate(facts.add_button)  # a second fact; the cursor goes into it
    second = facts.rows[1]
    assert keys.focus() is second.what
    keys.type("Op 14 oktober zag ik blauwe plekken op haar onderarmen.")
    keys.fill(second.when, "14-10-2026")
    keys.choose(second.observed, True)
    keys.fill(facts.limits, "Ik heb de kinderen nooit gezien.")
    keys.next_page(wizard, "currency")

    keys.fill(wizard.current_page().last_contact, "01-03-2026")
    keys.next_page(wizard, "receiver")

    receiver = wizard.current_page()
    keys.fill(receiver.org_name, "Veilig Thuis Utrecht")
    if QApplication.activePopupWidget() is not None:  # the address book's suggestions
        keys.press(Qt.Key.Key_Escape)
    keys.fill(receiver.contact_person, "mw. Bosman")
    keys.choose(receiver.channel, "mondeling")
    keys.fill(receiver.date, "04-11-2026")
    keys.next_page(wizard, "apart")
    keys.next_page(wizard, "expectations")

    keys.choose(wizard.current_page().procedure_explained, True)
    keys.next_page(wizard, "summary")

    summary = wizard.current_page()
    keys.fill(summary.content, "Ik doe een melding van een vermoeden van huiselijk geweld; "
                               "de kinderen zijn er getuige van.")
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    pdf_path = tmp_path / "melding.pdf"
    save_from_preview(qtbot, keys, window, pdf_path)

    assert dossier.cases.get(case_id).status == "afgerond"
    text = flat(pdf_text(pdf_path.read_bytes()))
    assert "blauwe plekken op haar onderarmen" in text
    assert "bron: de client zelf" in text
    assert "Risico voor de kinderen." in text


def test_informatieverzoek_from_the_menu_to_the_pdf_by_keyboard_only(qtbot, window, keys,
                                                                     dossier, tmp_path):
    wizard = open_wizard(qtbot, keys, window, Qt.Key.Key_I)
    case_id = wizard.case_id

    client = wizard.current_page()
    keys.fill(client.client_name, "Vincent Bakker")
    keys.fill(client.pseudonym, "V.")
    keys.fill(client.birth_date, "14-08-1988")
    keys.fill(client.role, "vader")
    keys.fill(client.children[0].name, "Lotte Bakker")
    keys.fill(client.children[0].birth_date, "02-05-2020")
    keys.fill(client.relation, "Ik was de behandelaar van V.; de kinderen heb ik nooit gezien.")
    keys.next_page(wizard, "request")

    request = wizard.current_page()
    keys.fill(request.name, "mw. A. Smit")
    keys.fill(request.function, "raadsonderzoeker")
    keys.fill(request.expertise, "maatschappelijk werker")  # an editable combo box
    keys.fill(request.why, "Onderzoek naar de noodzaak van een maatregel.")
    keys.fill(request.info_type, "Doel, diagnose en verloop van de behandeling.")
    keys.fill(request.received_on, "20-11-2026")
    keys.choose(request.channel, "schriftelijk")
    keys.fill(request.term, "04-12-2026")
    keys.next_page(wizard, "openness")

    form = wizard.current_page().openness
    keys.choose(form.concerns_discussed, True)
    keys.choose(form.client_informed, True)
    keys.fill(form.informed_on, "21-11-2026")
    keys.fill(form.informed_explanation, "Uitgelegd wie vraagt, waarom en wat.")
    keys.fill(form.client_reaction, "Begrijpt het verzoek.")
    keys.choose(form.consent, "given")
    keys.choose(form.decision_told, True)
    keys.next_page(wizard, "questions")

    keys.fill(wizard.current_page().rows[0].question, "Wat was het doel van de behandeling?")
    keys.next_page(wizard, "answers")

    box = wizard.current_page().boxes[0]
    keys.fill(box.answer, "Verminderen van depressieve klachten.")
    keys.activate(box.fact_rows.add_button)
    fact = box.fact_rows[0]
    assert keys.focus() is fact.what
    keys.type("V. kwam op 22 van de 24 afspraken.")
    keys.fill(fact.when, "2024-2025")
    keys.choose(fact.observed, False)
    keys.fill(fact.source, "agenda van de praktijk")
    keys.next_page(wizard, "completeness")

    completeness = wizard.current_page()
    keys.fill(completeness.confirming, "V. vertelde dat hij weinig energie had (bron: V.).")
    keys.fill(completeness.contradicting, "Geen bekend.")
    keys.fill(completeness.last_contact, "30-10-2026")
    keys.next_page(wizard, "summary")

    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    pdf_path = tmp_path / "informatieverstrekking.pdf"
    save_from_preview(qtbot, keys, window, pdf_path)

    assert dossier.cases.get(case_id).status == "afgerond"
    text = flat(pdf_text(pdf_path.read_bytes()))
    assert "Vraag 1: Wat was het doel van de behandeling?" in text
    assert "Verminderen van depressieve klachten." in text
    assert "bron: agenda van de praktijk" in text


# --- the main window ---------------------------------------------------------------------


def test_every_action_has_a_shortcut_and_a_letter_shown_in_menu_and_tooltip(window):
    from PySide6.QtGui import QKeySequence

    actions = window.main_actions
    every = [*actions.new_case.values(), *actions.case_actions, actions.search,
             actions.inzage, actions.log, actions.backup, actions.organisations,
             actions.profile, actions.passphrase, actions.lock, actions.quit]
    shortcuts = [a.shortcut().toString() for a in every]
    assert all(shortcuts) and len(set(shortcuts)) == len(shortcuts), shortcuts
    menus = actions.menus
    for menu in (menus.bestand, menus.casus, menus.dossier, menus.help):
        assert "&" in menu.title()
        letters = [a.text().split("&")[1][0].lower() for a in menu.actions()
                   if not a.isSeparator()]
        assert len(set(letters)) == len(letters), (menu.title(), letters)
    assert {a for m in (menus.bestand, menus.casus, menus.dossier) for a in m.actions()
            if not a.isSeparator()} == set(every) - {actions.search} | {actions.search}
    for action in actions.new_case.values():
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert action.toolTip().endswith(f"({keys})")
    assert actions.lock.toolTip() == "Vergrendelen (Ctrl+L)"
    assert menus.handbook.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)


def test_cases_list_tab_leaves_it_and_enter_opens_the_case(qtbot, window, keys, dossier):
    from app.demo import demo_melding

    case_id = dossier.cases.create("melding", demo_melding(TODAY).to_dict(), "Y.")
    window.refresh()
    table = window.table
    keys.tab_to(table)
    assert not table.tabKeyNavigation()
    assert window.selected_case() == case_id  # Tab in: the current row is selected
    selected = table.selectionModel().selectedIndexes()
    assert {i.column() for i in selected} == set(range(window.model.columnCount()))
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus() is not table  # no keyboard trap
    keys.tab_to(table)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.wizard is not None)
    assert window.wizard.case_id == case_id


def test_ctrl_n_starts_a_melding_and_ctrl_i_a_request(qtbot, window, keys):
    keys.press(Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: window.wizard is not None)
    assert window.wizard.flow.kind == "melding"
    qtbot.waitUntil(lambda: window.wizard.isActiveWindow())
    keys.press(Qt.Key.Key_Escape)  # Sluiten: the draft stays
    qtbot.waitUntil(lambda: window.wizard is None)
    window.activateWindow()  # what the window manager does when the wizard closes
    qtbot.waitUntil(lambda: window.isActiveWindow() and QApplication.focusWidget() is not None)
    keys.press(Qt.Key.Key_I, CTRL)
    qtbot.waitUntil(lambda: window.wizard is not None)
    assert window.wizard.flow.kind == "informatieverzoek"


# --- wizard pages --------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["melding", "informatieverzoek", "overleg", "ander_doel"])
def test_every_page_starts_in_its_first_field_and_tabs_form_buttons_handbook(qtbot, window,
                                                                             kind):
    from app import demo

    make = {"melding": demo.demo_melding, "informatieverzoek": demo.demo_request,
            "overleg": demo.demo_overleg, "ander_doel": demo.demo_ander_doel}[kind]
    data = make(TODAY)
    case_id = window.dossier.cases.create(kind, data.to_dict(), "Y.")
    wizard = window.open_case(case_id)
    wizard.restart()
    qtbot.waitUntil(wizard.isActiveWindow)
    for page in wizard.pages:
        what = f"{kind}/{page.spec.id}"
        try:
            qtbot.waitUntil(lambda p=page: p.body.isAncestorOf(QApplication.focusWidget()),
                            timeout=2000)
        except Exception:
            raise AssertionError(f"{what}: focus on {QApplication.focusWidget()!r}") from None
        fields = [w for w in page.form_focus_chain() if w.isVisible() and w.isEnabled()]
        first = next(w for w in fields if not isinstance(w, QPushButton))
        if isinstance(first, QRadioButton):  # a group is one stop: its checked button
            group = [b for b in first.parentWidget().findChildren(QRadioButton)]
            assert QApplication.focusWidget() in group, what
        else:
            assert QApplication.focusWidget() is first, what
        assert page.scroll.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert ":focus" in page.panel.browser.styleSheet(), what  # a visible focus frame
        # Tab from the form's last field: the buttons, then the handbook and its templates.
        after = []
        widget = fields[-1]
        for _ in range(5000):
            widget = widget.nextInFocusChain()
            if widget.isVisible() and widget.isEnabled() \
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                after.append(widget)
            if len(after) == 6:
                break
        buttons = [wizard.button(b) for b in (
            QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton)]
        shown = [b for b in buttons if b.isVisible() and b.isEnabled()]
        assert after[:len(shown)] == shown, what
        assert after[len(shown)] is page.panel.browser, what
        if page is not wizard.pages[-1]:
            wizard.next()


def test_a_template_is_undone_with_ctrl_z(qtbot, window, keys):
    wizard = open_wizard(qtbot, keys, window, Qt.Key.Key_M)
    keys.next_page(wizard, "client")  # past the (optional) meldcode weighing
    page = wizard.current_page()
    keys.fill(page.relation, "Eigen tekst.")
    button = page.panel.template_buttons["people.relation_parent"] \
        if "people.relation_parent" in page.panel.template_buttons \
        else next(iter(page.panel.template_buttons.values()))
    keys.activate(button)
    assert page.relation.text().startswith("Eigen tekst.\n\n")
    assert keys.focus() is page.relation
    keys.press(Qt.Key.Key_Z, CTRL)
    assert page.relation.text() == "Eigen tekst."
    keys.press(Qt.Key.Key_Z, CTRL)
    assert page.relation.text() == ""  # the typing before it is still undoable


def test_a_removed_fact_comes_back_with_ctrl_z(qtbot, window, keys):
    from app import service
    from app.demo import demo_melding

    data = demo_melding(TODAY)
    case_id = window.dossier.cases.create("melding", data.to_dict(), "Y.")
    service.save_draft(window.dossier, case_id, data, "facts")
    wizard = window.open_case(case_id)
    qtbot.waitUntil(wizard.isActiveWindow)
    page = wizard.current_page()
    assert page.spec.id == "facts"
    before = [(f.what, f.when, f.observed_by_clinician, f.source) for f in wizard.data.facts]
    assert len(before) >= 2
    msgbox.answer_next(True)  # "Feit 1 verwijderen?"
    keys.activate(page.rows[0].remove)
    assert len(page.rows) == len(before) - 1
    assert page.rows.undo_button.isVisible()
    assert keys.focus() is page.add_button
    keys.press(Qt.Key.Key_Z, CTRL)
    assert [(f.what, f.when, f.observed_by_clinician, f.source)
            for f in wizard.data.facts] == before
    assert page.rows[0].caption.text() == "Feit 1"
    assert not page.rows.undo_button.isVisible()
    assert keys.focus() is page.rows[0].what


def test_a_removed_question_comes_back_with_its_answer(qtbot, window, keys):
    from app import service
    from app.demo import demo_request

    data = demo_request(TODAY)
    case_id = window.dossier.cases.create("informatieverzoek", data.to_dict(), "V.")
    service.save_draft(window.dossier, case_id, data, "questions")
    wizard = window.open_case(case_id)
    qtbot.waitUntil(wizard.isActiveWindow)
    page = wizard.current_page()
    assert page.spec.id == "questions"
    before = [(q.question, q.answer) for q in wizard.data.questions]
    msgbox.answer_next(True)
    keys.activate(page.rows[0].remove)
    assert len(wizard.data.questions) == len(before) - 1
    keys.activate(page.rows.undo_button)
    assert [(q.question, q.answer) for q in wizard.data.questions] == before
