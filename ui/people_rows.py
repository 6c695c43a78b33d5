"""Rows of the Betrokkenen page (a child, a parent, a housemate, a professional, someone of the
family's network) and of the melding's enclosures.

Each row is compact: its fields sit in a grid beside the row's caption, short fields two to a
line and long ones (an address, a relation) a line of their own, each line with its problem
label underneath. A row keeps the record it was loaded from
and writes only the fields it shows, so a detail a row does not show is never lost.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from app.flows.people import PROFESSIONAL_ROLES
from app.model import Attachment, Child, Person, Professional
from ui import colours
from ui.fields import Choice, DateField, ProblemLabel
from ui.flow_page import FlowPage
from ui.row_list import NumberedRow

HINT_STYLE = "color: $muted;"  # a ui.colours template


class CompactRow(NumberedRow):
    """caption | field | caption | field, line by line, beside the row's number."""

    def __init__(self, page: FlowPage, name: str, number: int) -> None:
        self._access: list[tuple[QWidget, str]] = []  # widget, accessible name with {n}
        super().__init__(page, name, number)
        self.page = page
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(3)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)
        self.inline(self.grid, 4)  # the remove button: top right, the lines below use it
        self.caption.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.caption.text())
                                     + 12)
        self.problems: dict[str, ProblemLabel] = {}
        self.fields: list[QWidget] = []  # in tab order
        self._next = 0  # the next free grid line

    def line(self, *cells: tuple[str, QWidget, str]) -> None:
        """One line of up to two (caption, field, accessible name) cells; a single cell
        spans the line."""
        row = self._next
        self._next += 1
        for index, (caption, widget, access) in enumerate(cells):
            label = QLabel(caption)
            label.setBuddy(widget)
            self.grid.addWidget(label, row, 2 * index)
            # the last field reaches the right edge, under the remove button after line one
            last = index == len(cells) - 1
            span = (4 - 2 * index if last else 1) - (1 if last and row == 0 else 0)
            if isinstance(widget, DateField):
                self.grid.addWidget(widget, row, 2 * index + 1, 1, span,
                                    Qt.AlignmentFlag.AlignLeft)
            else:
                self.grid.addWidget(widget, row, 2 * index + 1, 1, span)
            self._access.append((widget, access))
            self.fields.append(widget)
            if not isinstance(widget, QComboBox):  # an editable combo reports its own edits
                self.page.connect_edits(widget)
        self.set_number(self.number)

    def problem(self, key: str, field: QWidget | None = None) -> ProblemLabel:
        """A problem label on its own line under the last line: for the field `key` (its
        accessible description, when the row shows that field)."""
        label = ProblemLabel(self)
        if field is not None:
            label.for_field(field)
        self.grid.addWidget(label, self._next, 1, 1, 4)
        self._next += 1
        self.problems[key] = label
        return label

    def note(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        colours.style(label, HINT_STYLE)
        self.grid.addWidget(label, self._next, 1, 1, 4)
        self._next += 1
        label.hide()
        return label

    def set_number(self, number: int) -> None:
        self.number = number
        super().set_number(number)
        for widget, access in self._access:
            widget.setAccessibleName(access.format(n=number))
        self.remove.setAccessibleName(self.tr("{row} verwijderen").format(
            row=self.caption_text(number)))

    def caption_text(self, number: int) -> str:
        return f"{self.what()} {number}"

    def what(self) -> str:
        raise NotImplementedError

    def first_field(self) -> QWidget:
        return self.fields[0]

    def show_start(self) -> None:
        """After loading, show each field's text from its beginning (a long address would
        otherwise show its tail)."""
        for widget in self.fields:
            edit = widget.lineEdit() if isinstance(widget, QComboBox) else widget
            if isinstance(edit, QLineEdit):
                edit.setCursorPosition(0)

    def focus_chain(self) -> list[QWidget]:
        """The row's fields in tab order, radio buttons one by one, then its remove button."""
        chain: list[QWidget] = []
        for widget in self.fields:
            chain += widget.buttons() if isinstance(widget, Choice) else [widget]
        return [*chain, self.remove]


def date_field() -> DateField:
    return DateField()


def line_edit(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


class ChildRow(CompactRow):
    def __init__(self, page: FlowPage, number: int) -> None:
        super().__init__(page, "childRow", number)
        tr = self.tr
        self.loaded = Child()
        self.name = line_edit(tr("voor- en achternaam"))
        self.birth_date = date_field()
        self.line((tr("Naam"), self.name, tr("Naam van kind {n}")),
                  (tr("Geboortedatum"), self.birth_date, tr("Geboortedatum van kind {n}")))
        self.problem("name", self.name)
        self.problem("birth_date", self.birth_date)
        self.age_note = self.note()
        self.lives_with = line_edit(tr("bij wie; het adres als dat anders is"))
        self.school = line_edit(tr("school en groep, of de opvang"))
        # Long answers ('bij moeder, Lindelaan 40 …'): each a line of its own, the row's width.
        self.line((tr("Woont"), self.lives_with, tr("Waar kind {n} woont")))
        self.line((tr("School of opvang"), self.school, tr("School of opvang van kind {n}")))

    def what(self) -> str:
        return self.tr("Kind")

    def load(self, child: Child) -> None:
        self.loaded = child
        self.name.setText(child.name)
        self.birth_date.set_value(child.birth_date)
        self.lives_with.setText(child.lives_with)
        self.school.setText(child.school)
        self._show_age_note()
        self.show_start()

    def child(self) -> Child:
        """The child as the row shows it; an age from an older draft is kept."""
        self._show_age_note()
        return replace(self.loaded, name=self.name.text().strip(),
                       birth_date=self.birth_date.value(),
                       lives_with=self.lives_with.text().strip(),
                       school=self.school.text().strip())

    def _show_age_note(self) -> None:
        age = self.loaded.age.strip()
        self.age_note.setText(self.tr(
            "Uit een eerder concept, dat alleen de leeftijd vroeg: {age} jaar.").format(age=age))
        self.age_note.setVisible(bool(age) and not self.birth_date.text().strip())


PARENT, HOUSEHOLD, NETWORK = "parents", "household", "network"


class PersonRow(CompactRow):
    """A parent (with gezag), another adult in the household, or someone of the network.

    Parents: name, relation, date of birth, gezag, address, phone. Housemates share the
    household's address: name, relation, date of birth, phone. The network: name, relation,
    address, phone."""

    def __init__(self, page: FlowPage, number: int, group: str) -> None:
        self.group = group
        super().__init__(page, f"{group}Row", number)
        tr = self.tr
        self.loaded = Person()
        self._who = self.what().lower() + " {n}"  # 'ouder {n}', for accessible names
        self.name = line_edit(tr("voor- en achternaam"))
        self.relation = line_edit({PARENT: tr("bijvoorbeeld ‘vader van A. en R.’"),
                                   HOUSEHOLD: tr("bijvoorbeeld ‘partner van moeder’"),
                                   NETWORK: tr("bijvoorbeeld ‘grootmoeder’, ‘buurvrouw’")}[group])
        self.birth_date = date_field() if group != NETWORK else None
        self.address = line_edit(tr("straat, huisnummer, postcode en plaats")) \
            if group != HOUSEHOLD else None
        self.phone = line_edit(tr("telefoonnummer"))
        self.custody = Choice([(True, tr("Ja")), (False, tr("Nee")), (None, tr("Onbekend"))]) \
            if group == PARENT else None
        name = self._cell(tr("Naam"), self.name, tr("Naam van {who}"))
        phone = self._cell(tr("Telefoon"), self.phone, tr("Telefoon van {who}"))
        # Short fields two to a line; the long ones (relation, address) a line of their own.
        if self.birth_date is not None:
            self.line(name, self._cell(tr("Geboortedatum"), self.birth_date,
                                       tr("Geboortedatum van {who}")))
        else:
            self.line(name, phone)
        # Under the date of birth; for the network (not asked) an older draft may hold one.
        self.problem("birth_date", self.birth_date)
        self.line(self._cell(tr("Relatie"), self.relation, tr("Relatie van {who}")))
        if self.custody is not None:
            self.line(phone, self._cell(tr("Gezag"), self.custody,
                                        tr("Heeft {who} het gezag?")))
        elif self.birth_date is not None:
            self.line(phone)
        if self.address is not None:
            self.line(self._cell(tr("Adres"), self.address, tr("Adres van {who}")))

    def _cell(self, caption: str, widget: QWidget, access: str) -> tuple[str, QWidget, str]:
        return caption, widget, access.replace("{who}", self._who)

    def set_number(self, number: int) -> None:
        super().set_number(number)
        custody = getattr(self, "custody", None)
        if custody is not None:
            who = self._who.format(n=number)
            for button in custody.buttons():
                button.setAccessibleName(self.tr("Gezag van {who}: {answer}").format(
                    who=who, answer=button.text()))

    def what(self) -> str:
        return {PARENT: self.tr("Ouder"), HOUSEHOLD: self.tr("Huisgenoot"),
                NETWORK: self.tr("Persoon")}[self.group]

    def load(self, person: Person) -> None:
        self.loaded = person
        self.name.setText(person.name)
        self.relation.setText(person.relation)
        self.phone.setText(person.phone)
        if self.birth_date is not None:
            self.birth_date.set_value(person.birth_date)
        if self.address is not None:
            self.address.setText(person.address)
        if self.custody is not None:
            self.custody.set_value(person.custody)
        self.show_start()

    def person(self) -> Person:
        person = replace(self.loaded, name=self.name.text().strip(),
                         relation=self.relation.text().strip(), phone=self.phone.text().strip())
        if self.birth_date is not None:
            person.birth_date = self.birth_date.value()
        if self.address is not None:
            person.address = self.address.text().strip()
        if self.custody is not None:
            person.custody = self.custody.value()  # type: ignore[assignment]
        return person


class ProfessionalRow(CompactRow):
    def __init__(self, page: FlowPage, number: int) -> None:
        super().__init__(page, "professionalRow", number)
        tr = self.tr
        self.loaded = Professional()
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems(list(PROFESSIONAL_ROLES))
        self.role.setCurrentIndex(-1)
        self.role.lineEdit().setPlaceholderText(tr("kies of typ"))
        self.role.editTextChanged.connect(page.edited)
        self.name = line_edit(tr("naam"))
        self.line((tr("Rol"), self.role, tr("Rol van professional {n}")),
                  (tr("Naam"), self.name, tr("Naam van professional {n}")))
        self.organisation = line_edit(tr("praktijk, school of organisatie"))
        self.contact = line_edit(tr("telefoon of e-mail"))
        self.line((tr("Organisatie"), self.organisation, tr("Organisatie van professional {n}")),
                  (tr("Contact"), self.contact, tr("Contact van professional {n}")))

    def what(self) -> str:
        return self.tr("Professional")

    def load(self, professional: Professional) -> None:
        self.loaded = professional
        self.role.setEditText(professional.role)
        self.name.setText(professional.name)
        self.organisation.setText(professional.organisation)
        self.contact.setText(professional.contact)
        self.show_start()

    def professional(self) -> Professional:
        return replace(self.loaded, role=self.role.currentText().strip(),
                       name=self.name.text().strip(),
                       organisation=self.organisation.text().strip(),
                       contact=self.contact.text().strip())


class AttachmentRow(CompactRow):
    """One enclosure of a melding: what it is, and its date."""

    def __init__(self, page: FlowPage, number: int) -> None:
        super().__init__(page, "attachmentRow", number)
        tr = self.tr
        self.description = line_edit(tr("bijvoorbeeld ‘verslag van de intake’"))
        self.date = date_field()
        self.line((tr("Omschrijving"), self.description, tr("Omschrijving van bijlage {n}")),
                  (tr("Datum"), self.date, tr("Datum van bijlage {n}")))
        self.problem("description", self.description)
        self.problem("date", self.date)
        self.grid.setColumnStretch(3, 0)  # the date keeps its width; the text takes the rest

    def what(self) -> str:
        return self.tr("Bijlage")

    def load(self, attachment: Attachment) -> None:
        self.description.setText(attachment.description)
        self.date.set_value(attachment.date)
        self.show_start()

    def attachment(self) -> Attachment:
        return Attachment(self.description.text().strip(), self.date.value())
