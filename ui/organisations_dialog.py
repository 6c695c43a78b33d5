"""The address book (organisations and their contact persons) and the regional agreements."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import addressbook
from app.content.organisations import org_types
from app.errors import DossierError
from app.model import CHANNEL_ORAL, CHANNEL_WRITTEN
from app.vault.dossier import Dossier
from ui import colours, msgbox, window_fit
from ui.fields import TextArea

PERSON_COLUMNS = ("name", "function", "phone", "email")


class OrganisationsDialog(QDialog):
    def __init__(self, dossier: Dossier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dossier = dossier
        self.setWindowTitle(self.tr("Organisaties en regionale afspraken"))
        window_fit.fit(self, 980, 620, key="organisaties")
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._book_tab(), self.tr("Adresboek"))
        self.tabs.addTab(self._agreements_tab(), self.tr("Regionale afspraken"))
        layout.addWidget(self.tabs)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload_list()

    # address book ---------------------------------------------------------------------------

    def _book_tab(self) -> QWidget:
        tab = QWidget()
        row = QHBoxLayout(tab)
        left = QVBoxLayout()
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Toon organisaties van soort"))
        self.filter.addItem(self.tr("Alle soorten"), "")
        for t in org_types().values():
            self.filter.addItem(t.display, t.id)
        self.filter.currentIndexChanged.connect(self.reload_list)
        left.addWidget(self.filter)
        self.list = QListWidget()
        self.list.setObjectName("organisations")
        self.list.setAccessibleName(self.tr("Organisaties in het adresboek"))
        self.list.currentItemChanged.connect(lambda cur, _prev: self.show_org(cur))
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Nieuw"))
        self.new_button.clicked.connect(self.new_org)
        self.delete_button = QPushButton(self.tr("Verwijderen"))
        self.delete_button.clicked.connect(self.delete_org)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left.addLayout(buttons)
        row.addLayout(left, 2)

        right = QVBoxLayout()
        form = QFormLayout()
        self.org_type = QComboBox()
        for t in org_types().values():
            self.org_type.addItem(t.display, t.id)
        form.addRow(self.tr("Soort"), self.org_type)
        self.name = QLineEdit()
        self.name.setObjectName("orgName")
        form.addRow(self.tr("Naam *"), self.name)
        self.address = TextArea(self.tr("Postadres"), 2)
        form.addRow(self.tr("Adres"), self.address)
        self.phone = QLineEdit()
        form.addRow(self.tr("Telefoon"), self.phone)
        self.email = QLineEdit()
        form.addRow(self.tr("E-mail"), self.email)
        self.notes = TextArea(self.tr("bv. bereikbaarheid, vaste aandachtsfunctionaris"), 2)
        form.addRow(self.tr("Notities"), self.notes)
        right.addLayout(form)
        persons_label = QLabel(self.tr("Contactpersonen"))
        right.addWidget(persons_label)
        self.persons = QTableWidget(0, 4)
        persons_label.setBuddy(self.persons)
        self.persons.setObjectName("persons")
        self.persons.setHorizontalHeaderLabels([self.tr("Naam"), self.tr("Functie"),
                                                self.tr("Telefoon"), self.tr("E-mail")])
        self.persons.horizontalHeader().setStretchLastSection(True)
        right.addWidget(self.persons, 1)
        person_buttons = QHBoxLayout()
        add_person = QPushButton(self.tr("Contactpersoon toevoegen"))
        add_person.clicked.connect(lambda: self.persons.insertRow(self.persons.rowCount()))
        person_buttons.addWidget(add_person)
        person_buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.save_button.setObjectName("saveOrganisation")
        self.save_button.clicked.connect(self.save_org)
        person_buttons.addWidget(self.save_button)
        right.addLayout(person_buttons)
        self.message = QLabel()
        colours.style(self.message, "color: $needed;")
        right.addWidget(self.message)
        row.addLayout(right, 3)
        self._current_id: int | None = None
        return tab

    def reload_list(self, select: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for org in self.dossier.address_book.organisations(self.filter.currentData() or ""):
            item = QListWidgetItem(f"{org['name']}  —  {org_types()[org['org_type']].name}"
                                   if org["org_type"] in org_types() else org["name"])
            item.setData(Qt.ItemDataRole.UserRole, org)
            self.list.addItem(item)
            if org["id"] == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None:
            self.new_org()

    def show_org(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        org = item.data(Qt.ItemDataRole.UserRole)
        self._current_id = org["id"]
        self.org_type.setCurrentIndex(max(self.org_type.findData(org["org_type"]), 0))
        self.name.setText(org["name"])
        self.address.setText(org["address"])
        self.phone.setText(org["phone"])
        self.email.setText(org["email"])
        self.notes.setText(org["notes"])
        people = self.dossier.address_book.persons(org["id"])
        self.persons.setRowCount(len(people))
        for r, person in enumerate(people):
            for c, key in enumerate(PERSON_COLUMNS):
                self.persons.setItem(r, c, QTableWidgetItem(person[key]))
        self.message.clear()

    def new_org(self) -> None:
        self._current_id = None
        self.list.clearSelection()
        if self.filter.currentData():
            self.org_type.setCurrentIndex(self.org_type.findData(self.filter.currentData()))
        for w in (self.name, self.phone, self.email):
            w.clear()
        self.address.setText("")
        self.notes.setText("")
        self.persons.setRowCount(0)
        self.name.setFocus()

    def _persons(self) -> list[dict[str, str]]:
        people = []
        for r in range(self.persons.rowCount()):
            cells = [self.persons.item(r, c) for c in range(len(PERSON_COLUMNS))]
            people.append({key: (cell.text().strip() if cell else "")
                           for key, cell in zip(PERSON_COLUMNS, cells, strict=True)})
        return people

    def save_org(self) -> bool:
        if not self.name.text().strip():
            self.message.setText(self.tr("Vul de naam van de organisatie in."))
            return False
        org = {"id": self._current_id, "org_type": self.org_type.currentData(),
               "name": self.name.text().strip(), "address": self.address.text(),
               "phone": self.phone.text().strip(), "email": self.email.text().strip(),
               "notes": self.notes.text()}
        try:
            org_id = self.dossier.address_book.save(org)
            self.dossier.address_book.set_persons(org_id, self._persons())
        except DossierError as exc:
            msgbox.error(self, self.tr("Niet opgeslagen"), exc.message)
            return False
        self.reload_list(select=org_id)
        self.message.setText(self.tr("Opgeslagen."))
        return True

    def delete_org(self) -> None:
        if self._current_id is None:
            return
        if not msgbox.question(self, self.tr("Organisatie verwijderen?"), self.tr(
                "Deze organisatie en haar contactpersonen uit het adresboek verwijderen? "
                "Casussen waarin zij voorkomt blijven ongewijzigd."), destructive=True):
            return
        self.dossier.address_book.delete(self._current_id)
        self.reload_list()

    # regional agreements ---------------------------------------------------------------------

    def _agreements_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        intro = QLabel(self.tr(
            "Het model is bedoeld als basis voor regionale afspraken. Leg hier vast wat u met "
            "de organisaties in uw regio afsprak; nieuwe casussen gaan ervan uit."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.agreement_type = QComboBox()
        for t in org_types().values():
            self.agreement_type.addItem(t.display, t.id)
        self.agreement_type.currentIndexChanged.connect(self.show_agreement)
        form.addRow(self.tr("Organisatie"), self.agreement_type)
        self.term = QSpinBox()
        self.term.setRange(1, 90)
        self.term.setSuffix(self.tr(" dagen"))
        form.addRow(self.tr("Termijn voor bericht of een melding wordt onderzocht"), self.term)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("Geen voorkeur"), "")
        self.channel.addItem(self.tr("Mondeling"), CHANNEL_ORAL)
        self.channel.addItem(self.tr("Schriftelijk"), CHANNEL_WRITTEN)
        form.addRow(self.tr("Voorkeur voor melden of informeren"), self.channel)
        self.agreement_notes = TextArea(self.tr("Andere afspraken"), 5)
        form.addRow(self.tr("Afspraken"), self.agreement_notes)
        layout.addLayout(form)
        save = QPushButton(self.tr("Afspraak opslaan"))
        save.setObjectName("saveAgreement")
        save.clicked.connect(self.save_agreement)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignRight)
        self.agreement_message = QLabel()
        layout.addWidget(self.agreement_message)
        layout.addStretch(1)
        self.show_agreement()
        return tab

    def show_agreement(self) -> None:
        agreed = addressbook.agreement(self.dossier, self.agreement_type.currentData())
        self.term.setValue(agreed["decision_term_days"])
        self.channel.setCurrentIndex(max(self.channel.findData(agreed["preferred_channel"]), 0))
        self.agreement_notes.setText(agreed["notes"])
        self.agreement_message.clear()

    def save_agreement(self) -> None:
        data = {"decision_term_days": self.term.value(),
                "preferred_channel": self.channel.currentData(),
                "notes": self.agreement_notes.text()}
        problems = addressbook.check_agreement(data)
        if problems:
            self.agreement_message.setText(" ".join(problems))
            return
        self.dossier.address_book.set_agreement(self.agreement_type.currentData(), data)
        self.agreement_message.setText(self.tr("Opgeslagen."))
