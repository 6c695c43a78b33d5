"""Pieces several flows' pages share: notice styles, the currency threshold, a fact row and
the read-back table of the summary page. Kept apart so the flows' page modules import this
and not each other."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QSpinBox, QWidget

from app.checks.problems import Problem
from app.model import Fact
from ui.fields import Choice, ProblemLabel, TextArea
from ui.flow_page import FlowPage
from ui.row_list import NumberedRow

INFO_STYLE = ("background: #eef3f9; border: 1px solid #b9c9de; color: #1f3550; "
              "padding: 8px; border-radius: 3px;")


def threshold_spin(page: QWidget) -> QSpinBox:
    """The currency threshold of a case, in days (handbook step 2)."""
    spin = QSpinBox(page)
    spin.setRange(7, 3650)
    spin.setSuffix(page.tr(" dagen zonder contact"))
    spin.setMaximumWidth(260)
    return spin


class FactRow(NumberedRow):
    """One fact: what, when, and who observed it."""

    def __init__(self, page: FlowPage, number: int) -> None:
        super().__init__(page, "factRow", number)
        tr = self.tr
        layout = self.body
        self.what = TextArea(tr("Wat is er gebeurd of gezegd? Beschrijf feitelijk, zonder "
                                "oordeel."), 2, checked=True)
        layout.addWidget(self.what)
        self.what_problem = ProblemLabel(self)
        layout.addWidget(self.what_problem)
        grid = QGridLayout()
        grid.addWidget(QLabel(tr("Wanneer")), 0, 0)
        self.when = QLineEdit()
        self.when.setPlaceholderText(tr("dd-mm-jjjj of een periode, bv. ‘sinds maanden’"))
        grid.addWidget(self.when, 0, 1)
        grid.addWidget(QLabel(tr("Waargenomen door")), 1, 0)
        self.observed = Choice([(True, tr("mijzelf")), (False, tr("een ander:"))])
        grid.addWidget(self.observed, 1, 1)
        self.source = QLineEdit()
        self.source.setPlaceholderText(tr("wie? bv. ‘cliënte zelf’, ‘de school’"))
        grid.addWidget(self.source, 2, 1)
        layout.addLayout(grid)
        self.when_problem = ProblemLabel(self)
        self.source_problem = ProblemLabel(self)
        layout.addWidget(self.when_problem)
        layout.addWidget(self.source_problem)
        for w in (self.what, self.when, self.observed, self.source):
            page.connect_edits(w)
        page.watch_findings(self.what)

    def caption_text(self, number: int) -> str:
        return self.tr("Feit {n}").format(n=number)

    def first_field(self) -> QWidget:
        return self.what

    def load(self, fact: Fact) -> None:
        self.what.setText(fact.what)
        self.when.setText(fact.when)
        self.observed.set_value(fact.observed_by_clinician)
        self.source.setText(fact.source)
        self.source.setEnabled(not fact.observed_by_clinician)

    def fact(self) -> Fact:
        observed = self.observed.value() is not False
        self.source.setEnabled(not observed)
        return Fact(self.what.text(), self.when.text().strip(), observed,
                    "" if observed else self.source.text().strip())

    def show_problems(self, problems: list[Problem]) -> None:
        self.what_problem.set_problems([p for p in problems if p.field.endswith(".what")])
        self.when_problem.set_problems([p for p in problems if p.field.endswith(".when")])
        self.source_problem.set_problems([p for p in problems if p.field.endswith(".source")])


def overview_table(rows: list[tuple[str, str]], notice: str = "") -> str:
    """The read-back as a two-column table; values arrive as HTML, labels as plain text."""
    from html import escape

    html = f"<p style='color:#a61b1b'><b>{escape(notice)}</b></p>" if notice else ""
    html += "<table cellspacing='0' cellpadding='3'>" + "".join(
        f"<tr><td valign='top'><b>{escape(k)}</b></td><td>{v}</td></tr>" for k, v in rows)
    return html + "</table>"


def overview_label(text: str) -> str:
    return QCoreApplication.translate("overview", text)
