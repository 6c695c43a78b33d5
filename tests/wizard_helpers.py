"""Shared by the wizard tests: a practice dossier, its main window, and going to a page."""

from __future__ import annotations

from datetime import date

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.demo import DEMO_PROFILE
from app.vault.dossier import Dossier
from ui import msgbox
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


def go_next(qtbot, wizard: QWizard, page_id: str) -> None:
    """Click 'Volgende' as a user would; it must be enabled and lead to `page_id`."""
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), [p.message for p in wizard.current_page().problems if p.blocking]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert wizard.current_page().spec.id == page_id
