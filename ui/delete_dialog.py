"""Deleting a case on the client's request: a reason, and typing the pseudonym to confirm."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.flows.retention import retention_until
from app.records import CaseRecord
from ui import window_fit
from ui.fields import TextArea
from ui.translations import long_date


class DeleteCaseDialog(QDialog):
    def __init__(self, record: CaseRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = record
        self.setWindowTitle(self.tr("Casus verwijderen op verzoek"))
        self.setMinimumWidth(520)
        window_fit.fit(self)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "<b>Verwijderen is definitief.</b> De cliënt kan vragen het dossier te vernietigen "
            "(WGBO; antwoord binnen een maand). Normaal wordt een dossier bewaard tot {date}. "
            "Alles van deze casus wordt verwijderd; in het toegangslog blijft alleen staan dat "
            "casus {id} op verzoek is verwijderd, met de reden. Reservekopieën van vóór "
            "vandaag bevatten de casus nog.").format(
            date=long_date(retention_until(record.updated_at)), id=record.id))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        reason_label = QLabel(self.tr("Reden (bijvoorbeeld: verzoek van de cliënt van …)"))
        layout.addWidget(reason_label)
        self.reason = TextArea("", 2)
        reason_label.setBuddy(self.reason)
        layout.addWidget(self.reason)
        confirm_label = QLabel(self.tr("Typ ter bevestiging de naam van de cliënt: {p}")
                               .format(p=record.client_pseudonym))
        layout.addWidget(confirm_label)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirm")
        confirm_label.setBuddy(self.confirm)
        layout.addWidget(self.confirm)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Definitief verwijderen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for w in (self.reason, self.confirm):
            w.textChanged.connect(self.validate)
        self.validate()

    def ready(self) -> bool:
        return bool(self.reason.text().strip()) and \
            self.confirm.text().strip() == self.record.client_pseudonym.strip()

    def validate(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.ready())
