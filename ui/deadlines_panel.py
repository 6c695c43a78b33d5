"""What is due, across all cases: follow-ups and request terms; overdue ones stand out."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.checks.dates import format_short
from app.content.i18n import _
from app.flows import followup
from app.vault.dossier import Dossier
from ui import colours

ROLE = Qt.ItemDataRole.UserRole
SHOWN = 100  # the earliest this many; the heading counts every overdue one


class DeadlinesPanel(QWidget):
    activated = Signal(int, int)  # case id, follow-up id (-1 for a request's term)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("Termijnen"))
        self.heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.heading)
        self.list = QListWidget()
        self.list.setObjectName("deadlines")
        self.heading.setBuddy(self.list)  # a screen reader names the list 'Termijnen'
        # One click (or Enter) takes the clinician to the follow-up.
        self.list.itemClicked.connect(self._activate)
        self.list.itemActivated.connect(self._activate)
        layout.addWidget(self.list)
        colours.follow(self, _recolour)

    def _activate(self, item: QListWidgetItem) -> None:
        if item.data(ROLE) is None:
            return  # "Niets te doen."
        case_id, followup_id = item.data(ROLE)
        self.activated.emit(case_id, followup_id)

    def show_deadlines(self, dossier: Dossier, today: date) -> None:
        self.list.clear()
        overdue = 0
        deadlines = dossier.cases.deadlines(SHOWN + 1)  # one more: are there more?
        more = len(deadlines) > SHOWN
        for d in deadlines[:SHOWN]:
            late = d.due_date < today.isoformat()
            overdue += late
            what = (self.tr("Termijn van het verzoek") if d.item == "term"
                    else _(followup.form(d.item)[0]))
            text = f"{format_short(d.due_date)}   {d.client_pseudonym or '—'}   {what}"
            if late:
                # One space, as in the case panel (whose translation it shares).
                text += QCoreApplication.translate("CasePanel", " (verlopen)")
            item = QListWidgetItem(text)
            item.setData(ROLE, (d.case_id, d.followup_id if d.followup_id is not None else -1))
            if late:
                item.setForeground(colours.qcolor("overdue"))
                font = QFont()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
        if self.list.count() == 0:
            self.list.addItem(self.tr("Niets te doen."))
        if more:
            # The list stops at the earliest; the overdue banner counts them all, and so must
            # the heading (it said 100 where the banner said 757).
            overdue = dossier.cases.overdue_count(today.isoformat())
            self.list.addItem(self.tr("Alleen de {n} vroegste staan hier.").format(n=SHOWN))
        self.heading.setText(self.tr("Termijnen ({n} verlopen)").format(n=overdue) if overdue
                             else self.tr("Termijnen"))


def _recolour(panel: DeadlinesPanel) -> None:
    """The overdue items (the only ones given a colour) in the current scheme's colour."""
    for i in range(panel.list.count()):
        item = panel.list.item(i)
        if item.data(Qt.ItemDataRole.ForegroundRole) is not None:
            item.setForeground(colours.qcolor("overdue"))
