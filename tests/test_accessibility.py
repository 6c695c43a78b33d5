"""What a screen reader hears (WCAG 1.3.1, 4.1.2): every input of every wizard page, of the
main window and of every dialog reachable from it (and of the unlock, create and recovery
dialogs) has a name, and every radio button and checkbox names its question, not just 'Ja'.
A field's problem (the amber or blue message beside it) is its accessible description."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.conftest import REPORT
from tests.ui_walk import (
    MAIN_WINDOW_DIALOGS,
    WIZARD_IDS,
    WIZARDS,
    each_page,
    open_every_dialog,
    open_wizard,
    populated_window,
    settle,
    start_dialogs,
)
from tests.wizard_helpers import past_weighing
from ui import clipboard

INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton,
          QAbstractItemView)


# --- the audit --------------------------------------------------------------------------------


def _plain(text: str) -> str:
    """A label's text as read out: no markup, no mnemonic '&', no trailing ':' or '*'."""
    text = re.sub(r"<[^>]+>", " ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return re.sub(r"[\s:*]+$", "", " ".join(text.split()))


def _inside_qt_widget(widget: QWidget, root: QWidget) -> bool:
    """A part Qt makes and names itself: the editor of a combo or spin box, a combo's list,
    a tab bar's scroll arrows."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar):
            return True
        parent = parent.parentWidget()
    return False


def inputs_of(root: QWidget, skip: tuple[QWidget, ...] = ()) -> Iterator[QWidget]:
    """Every widget of `root` a user can move the focus to and use, shown now or not (a hidden
    field shows up for other answers); none inside the widgets `skip`."""
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if _inside_qt_widget(widget, root) or any(s.isAncestorOf(widget) for s in skip):
            continue
        if isinstance(widget, QAbstractButton) and not widget.isCheckable() \
                and not widget.text() and not widget.isVisibleTo(root):
            continue  # a button that gets its text when it is shown ('Ongedaan maken: …')
        yield widget


def _buddy_labels(root: QWidget) -> dict[int, QLabel]:
    top = root.window()
    return {id(label.buddy()): label for label in top.findChildren(QLabel)
            if label.buddy() is not None}


def qt_name(widget: QWidget) -> str:
    """The name Qt gives a screen reader (accessibleName, else a buddy label beside it, else
    a button's own text)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def question_of(button: QAbstractButton, labels: dict[int, QLabel]) -> str | None:
    """The question a radio button or checkbox answers, when the form shows one: the title of
    the group box it sits in, or the label of the answer group (ui.fields.Choice)."""
    parent = button.parentWidget()
    if isinstance(parent, QGroupBox) and parent.title():
        return _plain(parent.title())
    for candidate in (button, parent):
        label = labels.get(id(candidate))
        if label is not None and _plain(label.text()):
            return _plain(label.text())
    return None


COUNTED = {"inputs": 0, "unnamed": 0}


def unnamed(root: QWidget, skip: tuple[QWidget, ...] = (), *, count: bool = False) -> list[str]:
    """The inputs of `root` without a name, and the answers that do not say their question;
    with `count`, added to the figures in the run's summary."""
    labels = _buddy_labels(root)
    found = []
    for widget in inputs_of(root, skip):
        problem = what_is_missing(widget, labels)
        if problem:
            found.append(f"{type(widget).__name__} {widget.objectName()}".strip() + problem)
        if count:
            COUNTED["inputs"] += 1
            COUNTED["unnamed"] += bool(problem)
    if count:
        REPORT["accessibility: inputs checked / without a name or question"] = \
            f"{COUNTED['inputs']} / {COUNTED['unnamed']}"
    return found


def what_is_missing(widget: QWidget, labels: dict[int, QLabel]) -> str:
    """'' when a screen reader can say what `widget` is; else what it lacks."""
    name = widget.accessibleName().strip()
    if not isinstance(widget, QCheckBox | QRadioButton):
        text = widget.text().strip() if isinstance(widget, QAbstractButton) else ""
        if not (name or id(widget) in labels or text):
            return ": no accessible name and no label"
        if not qt_name(widget).strip():
            return ": its label is not beside it (Qt reads no name)"
        return ""
    text = widget.text()
    question = question_of(widget, labels)
    parent = widget.parentWidget()
    if question is not None:
        if isinstance(parent, QGroupBox) and _plain(parent.title()) == question:
            return ""
        if question.casefold() not in name.casefold():
            return f" {text!r}: its name {name!r} does not say the question {question!r}"
        return ""
    grouped = any(b is not widget and b.isCheckable() and b.parentWidget() is parent
                  for b in parent.findChildren(QAbstractButton))
    if isinstance(widget, QCheckBox) and not grouped and len(text.split()) >= 4:
        return ""  # a statement that is its own question ('Ik begrijp dat…')
    if not name or _plain(name) == _plain(text):
        return f" {text!r}: read as just {_plain(name or text)!r}, without its question"
    return ""


# --- walking everything -------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "make"), WIZARDS, ids=WIZARD_IDS)
def test_every_input_of_every_wizard_page_has_a_name(qtbot, window, kind, make):
    wizard = open_wizard(window, kind, make)
    found: list[str] = []
    for page in each_page(qtbot, wizard):
        found += [f"{kind}/{page.spec.id}: {f}" for f in unnamed(page, count=True)]
    found += [f"{kind} wizard: {f}" for f in unnamed(wizard, skip=tuple(wizard.pages), count=True)]
    wizard.close()
    assert not found, "\n".join(found)


def test_every_input_of_the_main_window_and_its_dialogs_has_a_name(qtbot, dossier,
                                                                   monkeypatch):
    shown = populated_window(qtbot, dossier)
    found = [f"main window: {f}" for f in unnamed(shown.window, count=True)]

    def look_at(dialog: QDialog) -> None:
        found.extend(f"{type(dialog).__name__}: {f}" for f in unnamed(dialog, count=True))

    opened = open_every_dialog(qtbot, shown, monkeypatch, look_at)
    assert MAIN_WINDOW_DIALOGS <= set(opened)
    assert not found, "\n".join(found)


def test_every_input_of_the_start_dialogs_has_a_name(qtbot, dossier, tmp_path):
    found = []
    for dialog in start_dialogs(qtbot, dossier, tmp_path, all_of_them=True):
        dialog.show()
        settle(qtbot)
        found += [f"{type(dialog).__name__}: {f}" for f in unnamed(dialog, count=True)]
        dialog.close()
    assert not found, "\n".join(found)


# --- the audit itself -----------------------------------------------------------------------------


def test_the_audit_catches_an_unnamed_field_and_a_bare_answer(qtbot, window):
    from ui.fields import Choice

    page = window.new_melding().current_page()
    assert unnamed(page) == []
    field = QLineEdit()
    page.form.addWidget(field)
    unlabelled = Choice([(True, "Ja"), (False, "Nee")])
    page.form.addWidget(unlabelled)
    asked = Choice([(True, "Ja"), (False, "Nee")])
    question = QLabel("Is het kind veilig?")
    question.setBuddy(asked)  # a label for the group, but the answers do not say it
    page.form.addWidget(question)
    page.form.addWidget(asked)
    found = "\n".join(unnamed(page))
    assert "QLineEdit: no accessible name and no label" in found
    assert "'Ja': read as just 'Ja', without its question" in found
    assert "does not say the question 'Is het kind veilig?'" in found
    asked.set_question(question.text())
    unlabelled.set_question("Mag dit?")
    field.setAccessibleName("Iets")
    assert unnamed(page) == []


# --- names ----------------------------------------------------------------------------------------


def test_answers_say_their_question(qtbot, window):
    wizard = window.new_melding()
    form = wizard.page_by_id("openness").openness
    assert [b.accessibleName() for b in form.concerns_discussed.buttons()] == [
        "Hebt u uw zorgen en de signalen feitelijk met de cliënt besproken? Ja",
        "Hebt u uw zorgen en de signalen feitelijk met de cliënt besproken? Nee"]
    channel = wizard.page_by_id("receiver").channel
    assert channel.buttons()[1].accessibleName() == "Wijze van melden: Schriftelijk"
    ground = next(iter(form.grounds.values()))
    assert ground.accessibleName().startswith("Afwijken van openheid: de veiligheid")


def test_a_fact_row_says_which_fact_it_is(qtbot, window):
    page = window.new_melding().page_by_id("facts")
    page.load_from_host()
    page.add_fact()
    second = page.rows[1]
    assert second.when.accessibleName() == "Feit 2: wanneer"
    assert second.source.accessibleName().startswith("Feit 2: bron")
    assert [b.accessibleName() for b in second.observed.buttons()] == [
        "Feit 2: waargenomen door mijzelf", "Feit 2: waargenomen door een ander"]
    page.rows.remove(page.rows[0])  # empty: removed without asking; the rest renumbers
    assert page.rows[0].when.accessibleName() == "Feit 1: wanneer"


# --- problems -------------------------------------------------------------------------------------


def test_a_fields_problem_is_its_accessible_description(qtbot, window, monkeypatch):
    from ui import a11y

    said: list[str] = []
    monkeypatch.setattr(a11y, "announce", lambda _widget, message: said.append(message))
    wizard = past_weighing(qtbot, window.new_melding())
    page = wizard.current_page()
    needed = page.problem_labels["client_pseudonym"].text().lstrip("▸• ")
    assert needed and needed in page.pseudonym.accessibleDescription()
    page.pseudonym.setText("Y.")
    assert needed not in page.pseudonym.accessibleDescription()

    # A problem that appears while the clinician is in the field is also announced.
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    page.birth_date.setFocus()
    qtbot.waitUntil(page.birth_date.hasFocus)
    page.birth_date.setText("31-02-2026")
    assert "31 februari 2026 bestaat niet" in page.birth_date.accessibleDescription()
    assert any("31 februari 2026 bestaat niet" in m for m in said)

    # An answer group: each answer carries the problem of its question.
    openness = wizard.page_by_id("openness")
    openness.load_from_host()
    discussed = openness.openness.concerns_discussed
    needed = openness.problem_labels["openness.concerns_discussed"].text().lstrip("▸• ")
    assert needed.startswith("Geef aan of u uw zorgen")
    assert all(b.accessibleDescription() == needed for b in discussed.buttons())
    discussed.choose(True)
    assert not any(b.accessibleDescription() for b in discussed.buttons())


# --- the recovery code ----------------------------------------------------------------------------


def test_the_recovery_code_can_be_copied_and_is_spelled_to_a_screen_reader(qtbot, dossier):
    from app.vault.recovery import code_for
    from ui.recovery_dialogs import RecoveryCodeDialog

    code = code_for(dossier)
    dialog = RecoveryCodeDialog(code, dossier.path)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = dialog.shown
    assert shown.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert shown.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    groups = code.split("-")
    assert shown.accessibleName() == f"Herstelcode, {len(groups)} groepen"
    assert shown.accessibleDescription().startswith(f"groep 1: {' '.join(groups[0])}; ")
    assert f"groep {len(groups)}: {' '.join(groups[-1])}" in shown.accessibleDescription()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    try:
        assert QGuiApplication.clipboard().text() == code
        assert clipboard.holds_ours()  # marked sensitive, cleared again after a while
    finally:
        clipboard.clear_if_ours()
