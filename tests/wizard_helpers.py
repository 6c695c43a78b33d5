"""Shared by the wizard tests: a practice dossier, its main window, and going to a page."""

from __future__ import annotations

from datetime import date

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.demo import DEMO_PROFILE
from app.vault.dossier import Dossier
from ui import msgbox, preview_dialog
from ui.main_window import MainWindow

TODAY = date(2026, 11, 29)


@pytest.fixture
def dossier(db_path):
    d = Dossier.create(db_path, "een zin van vier woorden")
    d.set_profile(DEMO_PROFILE)
    yield d
    if d._db is not None:
        d.close()


@pytest.fixture
def window(qtbot, dossier):
    w = MainWindow(dossier, today=TODAY)
    qtbot.addWidget(w)
    w.show()
    yield w
    if w.wizard is not None:
        w.wizard.close()
    w.close()
    msgbox._answers.clear()
    preview_dialog._answers.clear()
    preview_dialog._print_answers.clear()


def go_next(qtbot, wizard: QWizard, page_id: str) -> None:
    """Click 'Volgende' as a user would; it must be enabled and lead to `page_id`."""
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), [p.message for p in wizard.current_page().problems if p.blocking]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wizard.current_page().spec.id == page_id


def past_weighing(qtbot, wizard: QWizard) -> QWizard:
    """A new melding opens on its first page, the meldcode's weighing (optional); left empty,
    'Volgende' goes on to Betrokkenen, where the tests of that page begin."""
    assert wizard.current_page().spec.id == "weighing"
    go_next(qtbot, wizard, "client")
    return wizard


def fill_betrokkenen(qtbot, page, *, label: str = "", name: str = "", role: str = "",
                     children: tuple[tuple[str, str], ...] = (), address: str = "",
                     relation: str = "") -> None:
    """Fill the Betrokkenen page as a clinician would: type into the client's fields, one
    child per row (name, date of birth dd-mm-jjjj), adding rows with the button."""
    if name:
        qtbot.keyClicks(page.client_name, name)
    if label:
        qtbot.keyClicks(page.pseudonym, label)
    if role:
        qtbot.keyClicks(page.role, role)
    if address:
        qtbot.keyClicks(page.address, address)
    for i, (child_name, born) in enumerate(children):
        if i >= len(page.children):
            qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        row = page.children[i]
        qtbot.keyClicks(row.name, child_name)
        qtbot.keyClicks(row.birth_date, born)
    if relation:
        page.relation.setPlainText(relation)
