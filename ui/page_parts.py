"""Pieces several flows' pages share: notice styles, the currency threshold, a fact row and
the read-back table of the summary page. Kept apart so the flows' page modules import this
and not each other."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QSpinBox, QWidget

from app.checks.problems import Problem
from app.model import Fact
from ui import a11y, colours
from ui.fields import Choice, ProblemLabel, TextArea
from ui.flow_page import FlowPage
from ui.row_list import NumberedRow

# A ui.colours template: a notice box.
INFO_STYLE = ("background: $info_bg; border: 1px solid $info_border; color: $info_text; "
              "padding: 8px; border-radius: 3px;")


def threshold_spin(page: QWidget) -> QSpinBox:
    """The currency threshold of a case, in days (handbook step 2)."""
    spin = QSpinBox(page)
    spin.setRange(7, 3650)
    # Not `page.tr(…)`: lupdate files that under 'page', a context no lookup uses.
    spin.setSuffix(QCoreApplication.translate("FlowPage", " dagen zonder contact"))
    spin.setMaximumWidth(260)
    return spin


class FactRow(NumberedRow):
    """One fact: what, when, and who observed it.

    `within` names what the row belongs to when facts are listed more than once on a page
    ('Vraag 2'): a screen reader hears 'Vraag 2, feit 1: wanneer'."""

    def __init__(self, page: FlowPage, number: int, within: str = "") -> None:
        self.within = within
        super().__init__(page, "factRow", number)
        tr = self.tr
        layout = self.body
        self.what = TextArea(tr("Wat is er gebeurd of gezegd? Beschrijf feitelijk, zonder "
                                "oordeel."), 2, checked=True)
        layout.addWidget(self.what)
        self.what_problem = ProblemLabel(self).for_field(self.what)
        layout.addWidget(self.what_problem)
        grid = QGridLayout()
        self.when_label = QLabel(tr("Wanneer"))
        self.when = QLineEdit()
        self.when_label.setBuddy(self.when)
        grid.addWidget(self.when_label, 0, 0)
        self.when.setPlaceholderText(tr("dd-mm-jjjj of een periode, bv. ‘sinds maanden’"))
        grid.addWidget(self.when, 0, 1)
        self.observed_label = QLabel(tr("Waargenomen door"))
        grid.addWidget(self.observed_label, 1, 0)
        self.observed = Choice([(True, tr("mijzelf")), (False, tr("een ander:"))])
        self.observed_label.setBuddy(self.observed)
        grid.addWidget(self.observed, 1, 1)
        self.source = QLineEdit()
        self.source.setPlaceholderText(tr("wie? bv. ‘cliënte zelf’, ‘de school’"))
        grid.addWidget(self.source, 2, 1)
        # 3.1: what another institution gave for another purpose keeps that purpose.
        self.received_label = QLabel(tr("Gekregen voor een ander doel?"))
        self.received_label.setWordWrap(True)
        self.received_for = QLineEdit()
        self.received_label.setBuddy(self.received_for)
        question = tr("Kreeg u dit van een andere instelling, voor een ander doel? Welk doel? "
                      "(3.1)")
        self.received_for.setPlaceholderText(tr("welk doel? (3.1)"))
        self.received_for.setToolTip(question)
        a11y.set_hint(self.received_for, question)
        grid.addWidget(self.received_label, 3, 0)
        grid.addWidget(self.received_for, 3, 1)
        layout.addLayout(grid)
        self.when_problem = ProblemLabel(self).for_field(self.when)
        self.observed_problem = ProblemLabel(self).for_field(self.observed)
        self.source_problem = ProblemLabel(self).for_field(self.source)
        self.received_problem = ProblemLabel(self).for_field(self.received_for)
        layout.addWidget(self.when_problem)
        layout.addWidget(self.observed_problem)
        layout.addWidget(self.source_problem)
        layout.addWidget(self.received_problem)
        for w in (self.what, self.when, self.observed, self.source, self.received_for):
            page.connect_edits(w)
        page.watch_findings(self.what)
        self.set_number(number)

    def set_number(self, number: int) -> None:
        super().set_number(number)
        if not hasattr(self, "observed"):
            return  # NumberedRow numbers the row before its fields exist
        row = self.caption_text(number)
        if self.within:
            row = f"{self.within}, {row[:1].lower()}{row[1:]}"
        self.what.setAccessibleName(a11y.in_row(row, self.tr("Wat is er gebeurd")))
        self.when.setAccessibleName(a11y.in_row(row, self.when_label.text()))
        self.source.setAccessibleName(a11y.in_row(row, self.tr("Bron (wie nam het waar)")))
        self.received_for.setAccessibleName(a11y.in_row(row, self.received_label.text()))
        observed = a11y.in_row(row, self.observed_label.text())
        for button in self.observed.buttons():
            button.setAccessibleName(f"{observed} {a11y.plain(button.text())}")
        self.remove.setAccessibleName(self.tr("{row} verwijderen").format(row=row))

    def caption_text(self, number: int) -> str:
        return self.tr("Feit {n}").format(n=number)

    def first_field(self) -> QWidget:
        return self.what

    def load(self, fact: Fact) -> None:
        self.what.setText(fact.what)
        self.when.setText(fact.when)
        self.observed.set_value(fact.observed_by_clinician)
        self.source.setText(fact.source)
        self.received_for.setText(fact.received_for)
        self._enable_source(fact.observed_by_clinician)

    def _enable_source(self, observed: object) -> None:
        # No default (6.1): the source fields wait until 'een ander' is chosen.
        self.source.setEnabled(observed is False)
        self.received_for.setEnabled(observed is False)
        self.received_label.setEnabled(observed is False)

    def fact(self) -> Fact:
        observed = self.observed.value()
        self._enable_source(observed)
        other = observed is False
        return Fact(self.what.text(), self.when.text().strip(),
                    observed,  # type: ignore[arg-type]
                    self.source.text().strip() if other else "",
                    self.received_for.text().strip() if other else "")

    def show_problems(self, problems: list[Problem]) -> None:
        self.what_problem.set_problems([p for p in problems if p.field.endswith(".what")])
        self.when_problem.set_problems([p for p in problems if p.field.endswith(".when")])
        self.source_problem.set_problems([p for p in problems if p.field.endswith(".source")])
        self.observed_problem.set_problems([p for p in problems
                                            if p.field.endswith(".observed_by_clinician")])
        self.received_problem.set_problems([p for p in problems
                                            if p.field.endswith(".received_for")])


def overview_table(rows: list[tuple[str, str]], notice: str = "") -> str:
    """The read-back as a two-column table; values arrive as HTML, labels as plain text."""
    from html import escape

    html = (f"<p style='color:{colours.colour('error')}'><b>{escape(notice)}</b></p>"
            if notice else "")
    html += "<table cellspacing='0' cellpadding='3'>" + "".join(
        f"<tr><td valign='top'><b>{escape(k)}</b></td><td>{v}</td></tr>" for k, v in rows)
    return html + "</table>"


def overview_label(text: str) -> str:
    return QCoreApplication.translate("overview", text)
