"""Organisations, contact persons and regional agreements: stored in the dossier, reused."""

from __future__ import annotations

from datetime import date

import pytest

from app import addressbook
from app.demo import DEMO_PROFILE
from app.vault.dossier import Dossier
from ui.main_window import MainWindow
from ui.organisations_dialog import OrganisationsDialog

TODAY = date(2026, 11, 29)


@pytest.fixture
def dossier(db_path):
    d = Dossier.create(db_path, "x")
    d.set_profile(DEMO_PROFILE)
    yield d
    d.close()


def test_agreement_defaults_come_from_resources(dossier):
    assert addressbook.agreement(dossier, "veilig_thuis")["decision_term_days"] == 10
    dossier.address_book.set_agreement("veilig_thuis", {"decision_term_days": 5,
                                                        "preferred_channel": "mondeling"})
    agreed = addressbook.agreement(dossier, "veilig_thuis")
    assert agreed["decision_term_days"] == 5 and agreed["preferred_channel"] == "mondeling"
    assert addressbook.check_agreement({"decision_term_days": 0})


def test_dialog_saves_an_organisation_with_persons_and_an_agreement(qtbot, dossier):
    dialog = OrganisationsDialog(dossier)
    qtbot.addWidget(dialog)
    dialog.org_type.setCurrentIndex(dialog.org_type.findData("veilig_thuis"))
    assert not dialog.save_org()  # a name is needed
    assert "naam" in dialog.message.text()
    dialog.name.setText("Veilig Thuis Utrecht")
    dialog.address.setPlainText("Postbus 1234\n3500 AA Utrecht")
    dialog.persons.insertRow(0)
    from PySide6.QtWidgets import QTableWidgetItem
    dialog.persons.setItem(0, 0, QTableWidgetItem("mw. J. Bosman"))
    dialog.persons.setItem(0, 1, QTableWidgetItem("aandachtsfunctionaris"))
    assert dialog.save_org()
    [org] = dossier.address_book.organisations("veilig_thuis")
    assert org["address"].startswith("Postbus 1234")
    assert dossier.address_book.persons(org["id"])[0]["name"] == "mw. J. Bosman"
    dialog.tabs.setCurrentIndex(1)
    dialog.agreement_type.setCurrentIndex(dialog.agreement_type.findData("veilig_thuis"))
    dialog.term.setValue(7)
    dialog.channel.setCurrentIndex(dialog.channel.findData("schriftelijk"))
    dialog.save_agreement()
    assert dossier.address_book.agreement("veilig_thuis")["decision_term_days"] == 7


def test_new_melding_starts_from_the_agreement_and_the_address_book(qtbot, dossier):
    org_id = dossier.address_book.save({"org_type": "veilig_thuis", "name": "VT Utrecht",
                                        "address": "Postbus 1"})
    dossier.address_book.set_persons(org_id, [{"name": "mw. Bosman",
                                               "function": "aandachtsfunctionaris"}])
    dossier.address_book.set_agreement("veilig_thuis", {"decision_term_days": 7,
                                                        "preferred_channel": "schriftelijk"})
    window = MainWindow(dossier, today=TODAY)
    qtbot.addWidget(window)
    wizard = window.new_melding()
    assert wizard.data.expectations.decision_term_days == 7
    assert wizard.data.receiver.channel == "schriftelijk"
    assert wizard.data.receiver.org_name == "VT Utrecht"
    receiver = wizard.page_by_id("receiver")
    receiver.contact_person.clear()
    receiver.org_name.setText("VT Utrecht")
    receiver.org_name.editingFinished.emit()
    assert receiver.contact_person.text() == "mw. Bosman"
    wizard.close()
    window.close()
