"""The access log, for one case or the whole dossier; a PDF of it for a client who asks."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.documents.access_report import label, local_time, outcome_label
from app.vault.dossier import Dossier
from ui import colours, window_fit


class AccessLogDialog(QDialog):
    def __init__(self, dossier: Dossier, parent: QWidget | None = None,
                 today: date | None = None, case_id: int | None = None) -> None:
        super().__init__(parent)
        self.dossier = dossier
        self.today = today or date.today()
        self.case_id = case_id
        self.setWindowTitle(self.tr("Toegangslog"))
        window_fit.fit(self, 860, 560, key="toegangslog")
        dossier.log.add("view_log", case_id)
        layout = QVBoxLayout(self)
        problems = dossier.log.verify()
        self.status = QLabel(problems[0] if problems else self.tr(
            "De keten van het toegangslog is gecontroleerd en intact."))
        colours.style(self.status, "color: $error; font-weight: 600;" if problems
                      else "color: $ok;")
        layout.addWidget(self.status)
        top = QHBoxLayout()
        client_label = QLabel(self.tr("Cliënt"))
        top.addWidget(client_label)
        self.client = QComboBox()
        client_label.setBuddy(self.client)
        self.client.addItem(self.tr("Het hele dossier"), "")
        for pseudonym in dossier.cases.client_pseudonyms():
            self.client.addItem(pseudonym, pseudonym)
        if case_id is not None:
            self.client.addItem(self.tr("Casus {n}").format(n=case_id), "")
            self.client.setCurrentIndex(self.client.count() - 1)
            self.client.setEnabled(False)
        self.client.currentIndexChanged.connect(self.load)
        top.addWidget(self.client, 1)
        self.pdf_button = QPushButton(self.tr("PDF voor de cliënt…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        top.addWidget(self.pdf_button)
        layout.addLayout(top)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("log")
        self.table.setAccessibleName(self.windowTitle())
        self.table.setHorizontalHeaderLabels([self.tr("Nr."), self.tr("Wanneer"), self.tr("Wie"),
                                              self.tr("Wat"), self.tr("Casus / toelichting")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        pseudonym = self.client.currentData()
        if self.case_id is not None:
            entries = self.dossier.log.entries(self.case_id)
        elif pseudonym:
            entries = self.dossier.log.entries_of_client(pseudonym)
        else:
            entries = self.dossier.log.entries()
        self.pdf_button.setEnabled(bool(pseudonym))
        self.table.setRowCount(len(entries))
        for row, e in enumerate(reversed(entries)):  # newest first
            detail = self.tr("casus {id}").format(id=e["case_id"]) if e["case_id"] else ""
            if e["outcome"] not in ("ok", ""):
                detail = f"{detail}  {outcome_label(e['outcome'])}".strip()
            for col, text in enumerate((str(e["seq"]), local_time(e["at"]), e["user"] or "—",
                                        label(e["action"]), detail)):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def save_pdf(self) -> None:
        from pathlib import Path

        from app.content.i18n import _
        from app.documents.access_report import access_pdf
        from app.vault.fsutil import atomic_write
        from ui import msgbox

        pseudonym = self.client.currentData()
        path = msgbox.save_file(self, self.tr("Toegangslog opslaan"),
                                f"toegangslog-{self.today:%Y%m%d}.pdf")
        if not path:
            return
        entries = self.dossier.log.entries_of_client(pseudonym)
        atomic_write(Path(path), access_pdf(entries, pseudonym, self.dossier.profile(),
                                            self.today),
                     what=_("het document"))
        self.dossier.log.add("pdf", None, "toegangslog")
