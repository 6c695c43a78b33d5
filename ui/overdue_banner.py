"""At unlock, when follow-ups or request terms are overdue: a banner at the top of the main
window ('2 termijnen verlopen') with a button that shows them in the deadlines list. Words
and an icon, not colour alone (the list already marks them red and bold)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout

from app.content.i18n import _
from app.flows import followup
from app.records import Deadline
from app.vault.dossier import Dossier
from ui import colours
from ui.translations import long_date


def overdue(dossier: Dossier, today: date) -> tuple[int, Deadline | None]:
    """How many were due before today, and the oldest (as the deadlines list shows it first).
    Counted in SQL: twenty years of follow-ups are thousands of rows to read otherwise."""
    count = dossier.cases.overdue_count(today.isoformat())
    oldest = dossier.cases.deadlines(limit=1) if count else []
    return count, (oldest[0] if oldest else None)


class OverdueBanner(QFrame):
    showRequested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("overdueBanner")
        colours.style(self, "#overdueBanner { background: $banner_bg; border: 1px solid "
                            "$banner_text; border-radius: 4px; }"
                            "#overdueBanner QLabel { color: $banner_text; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(0)
        self.title = QLabel()
        self.title.setObjectName("overdueTitle")
        colours.style(self.title, "font-weight: 600;")
        self.detail = QLabel()
        self.detail.setObjectName("overdueDetail")
        self.detail.setWordWrap(True)
        words.addWidget(self.title)
        words.addWidget(self.detail)
        row.addLayout(words, 1)
        self.show_button = QPushButton(self.tr("&Termijnen tonen"))
        self.show_button.setObjectName("showOverdue")
        self.show_button.clicked.connect(self.showRequested)
        self.dismiss = QPushButton(self.tr("Verbergen"))
        self.dismiss.setObjectName("hideOverdue")
        self.dismiss.setToolTip(self.tr("Tot de volgende keer dat u het dossier opent"))
        self.dismiss.clicked.connect(self.hide)
        row.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignVCenter)
        self.count = 0
        self.hide()

    def show_for(self, dossier: Dossier, today: date) -> int:
        """Shown when something is overdue, with how many and the oldest; hidden otherwise."""
        count, oldest = overdue(dossier, today)
        self.count = count
        if oldest is None:
            self.hide()
            return 0
        self.title.setText(self.tr("1 termijn verlopen") if count == 1 else
                           self.tr("{n} termijnen verlopen").format(n=count))
        what = self.tr("Termijn van het verzoek") if oldest.item == "term" \
            else _(followup.form(oldest.item)[0])
        self.detail.setText(self.tr("De oudste: {what} ({client}), verwacht op {date}.")
                            .format(what=what, client=oldest.client_pseudonym or "—",
                                    date=long_date(oldest.due_date)))
        self.setAccessibleName(f"{self.title.text()}. {self.detail.text()}")
        self.show()
        return count

    def update_for(self, dossier: Dossier, today: date) -> None:
        """After a change (a follow-up handled): the count again, only while shown."""
        if self.isVisible():
            self.show_for(dossier, today)
