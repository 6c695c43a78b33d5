"""Betrokkenen: who the case is about, the first page of every flow.

The client with their identity, the children, the parents and who has gezag, others in the
household, other professionals and the family's network, and the clinician's relation to
them. What each flow requires of it is decided in `app.flows.people`; this page shows each
finding beside its field. Optional groups start empty, with a button to add a row.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.checks.problems import Problem
from app.flows.people import initials
from app.model import Child, People
from ui import colours
from ui.fields import DateField, ProblemLabel, TextArea
from ui.flow_page import FlowHost, FlowPage, chain_focus
from ui.people_rows import (
    HINT_STYLE,
    HOUSEHOLD,
    NETWORK,
    PARENT,
    ChildRow,
    CompactRow,
    PersonRow,
    ProfessionalRow,
)
from ui.row_list import RowList


class ClientPage(FlowPage):
    def __init__(self, host: FlowHost) -> None:
        super().__init__(host.spec("client"), host)
        tr = self.tr
        self._lists: list[tuple[RowList[Any], str]] = []  # each list and its field path
        self.form.setSpacing(6)
        self._build_client(self.add_group(tr("Cliënt"), "clientBox"))

        box = self.add_group(tr("Kinderen om wie het gaat"), "childrenBox")
        self.children = self._rows(box, lambda n: ChildRow(self, n), tr("Kind toevoegen"),
                                   "addChild", "children")
        self.add_button = self.children.add_button

        box = self.add_group(tr("Uw relatie tot de cliënt en de kinderen"), "relationBox")
        self.relation = TextArea(tr("Bijvoorbeeld: ik ben de behandelaar van de moeder, niet van "
                                    "de kinderen; ik heb de kinderen nooit gezien."), 3,
                                 checked=True)
        self.relation.setAccessibleName(tr("Uw relatie tot de cliënt en de kinderen"))
        box.addWidget(self.relation)
        self._problem(box, "relation", self.relation)

        box = self.add_group(tr("Ouders en gezag"), "parentsBox")
        self.parents = self._rows(box, lambda n: PersonRow(self, n, PARENT),
                                  tr("Ouder toevoegen"), "addParent", "people.parents",
                                  tr("Ook uw cliënt, als die een ouder is. Gezag: wie over de "
                                     "kinderen beslist."))
        box = self.add_group(tr("Anderen in het huishouden"), "householdBox")
        self.household = self._rows(box, lambda n: PersonRow(self, n, HOUSEHOLD),
                                    tr("Huisgenoot toevoegen"), "addHousehold",
                                    "people.household",
                                    tr("Bijvoorbeeld een nieuwe partner, of een grootouder die "
                                       "inwoont."))
        box = self.add_group(tr("Andere professionals"), "professionalsBox")
        self.professionals = self._rows(box, lambda n: ProfessionalRow(self, n),
                                        tr("Professional toevoegen"), "addProfessional",
                                        "people.professionals",
                                        tr("Huisarts, wijkteam, school, jeugdhulp, "
                                           "kinderopvang, consultatiebureau…"))
        box = self.add_group(tr("Netwerk van het gezin"), "networkBox")
        self.network = self._rows(box, lambda n: PersonRow(self, n, NETWORK),
                                  tr("Persoon toevoegen"), "addNetwork", "people.network",
                                  tr("Familie, vrienden of buren die het gezin steunen of de "
                                     "kinderen opvangen."))
        self.finish_layout()
        self._order_focus()

    # building ---------------------------------------------------------------------------------


    def _problem(self, layout: QVBoxLayout, path: str, widget: QWidget | None = None) -> None:
        label = ProblemLabel(self)
        layout.addWidget(label)
        if widget is not None:
            self.register(path, widget, label)
        else:
            self.problem_labels[path] = label

    def _rows(self, box: QVBoxLayout, make: Callable[[int], CompactRow], add_text: str,
              add_name: str, path: str, hint: str = "") -> RowList[Any]:
        rows: RowList[Any] = RowList(self, make, add_text, add_name,
                                     changed=self._rows_changed)
        rows.place(box)
        if hint:
            label = QLabel(hint)
            label.setWordWrap(True)
            colours.style(label, HINT_STYLE)
            rows.button_line.takeAt(1)  # the stretch: the hint takes the line
            rows.button_line.addWidget(label, 1)
        self._problem(box, path, rows.add_button)  # e.g. 'no child yet': said at its button
        self._lists.append((rows, path))
        return rows

    def _build_client(self, box: QVBoxLayout) -> None:
        tr = self.tr
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        box.addLayout(grid)
        self._grid, self._grid_row = grid, 0
        self.client_name = QLineEdit()
        self.client_name.setPlaceholderText(tr("voor- en achternaam"))
        self.pseudonym = QLineEdit()
        self.pseudonym.setToolTip(tr(
            "Wat de lijst van zaken toont, tenzij u in de praktijkgegevens voor volledige namen "
            "kiest. Leeg gelaten: de initialen van de naam."))
        self._line((tr("Naam"), self.client_name, tr("Volledige naam van de cliënt")),
                   (tr("Label in de lijst"), self.pseudonym,
                    tr("Label in de lijst (bijvoorbeeld initialen)")))
        self._grid_problem("people.client_name", self.client_name)
        self._grid_problem("client_pseudonym", self.pseudonym)
        self.birth_date = DateField()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(tr("telefoonnummer"))
        self._line((tr("Geboortedatum"), self.birth_date, tr("Geboortedatum van de cliënt")),
                   (tr("Telefoon"), self.phone, tr("Telefoon van de cliënt")))
        self._grid_problem("people.client_birth_date", self.birth_date)
        self.address = QLineEdit()
        self.address.setPlaceholderText(tr("straat, huisnummer, postcode en plaats"))
        self._line((tr("Adres"), self.address, tr("Adres van de cliënt")))
        self.connect_edits(self.phone)
        self.connect_edits(self.address)
        self.address_unknown = QLineEdit()
        self.address_unknown.setPlaceholderText(tr(
            "alleen als u geen adres van de cliënt of de kinderen weet"))
        self.address_unknown_caption = self._line(
            # Not "Adres onbekend, omdat…": an outside walk read its ellipsis as a cut-off.
            (tr("Waarom geen adres"), self.address_unknown, tr("Waarom er geen adres is")))[0]
        self._grid_problem("people.address_unknown", self.address_unknown)
        self.role = QLineEdit()
        self.role.setPlaceholderText(tr("ten opzichte van de kinderen, bijvoorbeeld ‘moeder’"))
        self._line((tr("Rol"), self.role,
                    tr("Rol van de cliënt ten opzichte van de kinderen")))
        self._grid_problem("client_role", self.role)
        self.client_name.textChanged.connect(self._suggest_label)
        self._suggest_label()

    def _line(self, *cells: tuple[str, QWidget, str]) -> list[QLabel]:
        captions = []
        row = self._grid_row
        self._grid_row += 1
        for index, (caption, widget, access) in enumerate(cells):
            label = QLabel(caption)
            label.setBuddy(widget)
            self._grid.addWidget(label, row, 2 * index)
            span = 3 if len(cells) == 1 else 1
            align = Qt.AlignmentFlag.AlignLeft if isinstance(widget, DateField) \
                else Qt.AlignmentFlag(0)
            self._grid.addWidget(widget, row, 2 * index + 1, 1, span, align)
            widget.setAccessibleName(access)
            captions.append(label)
        return captions

    def _grid_problem(self, path: str, widget: QWidget) -> None:
        label = ProblemLabel(self)
        self._grid.addWidget(label, self._grid_row, 1, 1, 3)
        self._grid_row += 1
        self.register(path, widget, label)

    def _suggest_label(self) -> None:
        short = initials(self.client_name.text())
        self.pseudonym.setPlaceholderText(
            self.tr("leeg: {initials}").format(initials=short) if short
            else self.tr("bijvoorbeeld initialen"))

    # rows -------------------------------------------------------------------------------------

    def _rows_changed(self) -> None:
        """Each row's problem labels under the paths the checks use, by its current index."""
        for rows, path in self._lists:
            prefix = path + "."
            for old in [p for p in self.problem_labels if p.startswith(prefix)]:
                del self.problem_labels[old]
            for i, row in enumerate(rows):
                for key, label in row.problems.items():
                    self.problem_labels[f"{prefix}{i}.{key}"] = label
        self._order_focus()

    def focus_chain(self) -> list[QWidget]:
        """Every field and button of the page, in the order Tab visits them."""
        chain: list[QWidget] = [self.client_name, self.pseudonym, self.birth_date, self.phone,
                                self.address, self.address_unknown, self.role]
        for rows, _path in self._lists:
            for row in rows:
                chain += row.focus_chain()
            chain.append(rows.add_button)
            if rows is self.children and hasattr(self, "relation"):
                chain.append(self.relation)
        return chain

    def _order_focus(self) -> None:
        chain_focus(self.focus_chain())

    # data -------------------------------------------------------------------------------------

    def load(self, m: Any) -> None:
        p: People = m.people
        self.client_name.setText(p.client_name)
        self.pseudonym.setText(m.client_pseudonym)
        self.birth_date.set_value(p.client_birth_date)
        self.phone.setText(p.client_phone)
        self.address.setText(p.client_address)
        self.address_unknown.setText(p.address_unknown)
        self.role.setText(m.client_role)
        self.relation.setText(m.relation)
        for rows, items in ((self.children, m.children or [Child()]),
                            (self.parents, p.parents), (self.household, p.household),
                            (self.professionals, p.professionals), (self.network, p.network)):
            rows.clear()
            for item in items:
                rows.add(lambda row, item=item: row.load(item))
        self._rows_changed()

    def store(self, m: Any) -> None:
        p: People = m.people
        m.client_pseudonym = self.pseudonym.text().strip()
        m.client_role = self.role.text()
        m.relation = self.relation.text()
        p.client_name = self.client_name.text().strip()
        p.client_birth_date = self.birth_date.value()
        p.client_phone = self.phone.text().strip()
        p.client_address = self.address.text().strip()
        p.address_unknown = self.address_unknown.text().strip()
        m.children = [row.child() for row in self.children]
        p.parents = [row.person() for row in self.parents]
        p.household = [row.person() for row in self.household]
        p.professionals = [row.professional() for row in self.professionals]
        p.network = [row.person() for row in self.network]

    def distribute(self, problems: list[Problem]) -> None:
        super().distribute(problems)
        # Why no address is known: asked only while this flow's check asks it (a melding
        # without any address), or when it holds an answer.
        shown = bool(self.address_unknown.text().strip()) or any(
            p.field == "people.address_unknown" for p in problems)
        self.address_unknown.setVisible(shown)
        self.address_unknown_caption.setVisible(shown)

