"""Name fields that complete from the address book and fill in what it knows."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit

from app.addressbook import org_details
from app.vault.dossier import Dossier
from ui.fields import TextArea


def attach(dossier: Dossier, type_combo: QComboBox, name: QLineEdit,
           address: TextArea | None = None, person: QLineEdit | None = None,
           function: QLineEdit | None = None) -> None:
    """Complete `name` from organisations of the chosen type; fill the rest when empty."""
    model = QStringListModel(name)
    completer = QCompleter(model, name)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    name.setCompleter(completer)

    def refresh() -> None:
        known = dossier.address_book.organisations(type_combo.currentData())
        model.setStringList([o["name"] for o in known])

    def fill() -> None:
        known = org_details(dossier, type_combo.currentData(), name.text().strip())
        if known is None:
            return
        if address is not None and not address.text().strip():
            address.setText(known["address"])
        people = known["persons"]
        if person is not None and not person.text().strip() and len(people) == 1:
            person.setText(people[0]["name"])
            if function is not None and not function.text().strip():
                function.setText(people[0]["function"])

    type_combo.currentIndexChanged.connect(refresh)
    completer.activated.connect(lambda _text: fill())
    name.editingFinished.connect(fill)
    refresh()
