"""The clinician's and practice's details: the sender of every document."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.flows.kit import currency_threshold_days
from app.service import PROFILE_REQUIRED


class ProfileDialog(QDialog):
    def __init__(self, profile: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Praktijkgegevens"))
        self.setObjectName("profileDialog")
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Deze gegevens staan als afzender op elk document en in uw "
                               "dossier (naam, functie en contactgegevens van de melder)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        labels = {
            "name": self.tr("Naam *"), "discipline": self.tr("Discipline / functie *"),
            "big": self.tr("BIG-nummer"), "practice": self.tr("Praktijk *"),
            "address": self.tr("Adres"), "phone": self.tr("Telefoon"),
            "email": self.tr("E-mail"),
        }
        for key, label in labels.items():
            edit = QLineEdit(str(profile.get(key, "")))
            edit.setObjectName(f"profile_{key}")
            edit.textChanged.connect(self._validate)
            form.addRow(label, edit)
            self.fields[key] = edit
        self.threshold = QSpinBox()
        self.threshold.setRange(7, 3650)
        self.threshold.setSuffix(self.tr(" dagen"))
        self.threshold.setValue(currency_threshold_days(profile))
        self.threshold.setObjectName("profile_currency_threshold_days")
        form.addRow(self.tr("Informatie niet actueel na"), self.threshold)
        note = QLabel(self.tr("Zonder contact met de cliënt in deze periode krijgt een document "
                              "de vermelding dat de informatie niet actueel is (stap 2)."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        form.addRow("", note)
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(1, 60)
        self.auto_lock.setSuffix(self.tr(" minuten zonder gebruik"))
        self.auto_lock.setValue(int(profile.get("auto_lock_minutes") or 5))
        form.addRow(self.tr("Automatisch vergrendelen na"), self.auto_lock)
        self.backups_keep = QSpinBox()
        self.backups_keep.setRange(1, 100)
        self.backups_keep.setSuffix(self.tr(" reservekopieën"))
        self.backups_keep.setValue(int(profile.get("backups_keep") or 10))
        form.addRow(self.tr("Automatisch bewaren: de laatste"), self.backups_keep)
        layout.addLayout(form)
        self.missing = QLabel()
        self.missing.setStyleSheet("color: #8a4b00;")
        layout.addWidget(self.missing)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Later"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        self._validate()

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {k: w.text().strip()  # type: ignore[union-attr]
                                  for k, w in self.fields.items()}
        values["currency_threshold_days"] = self.threshold.value()
        values["auto_lock_minutes"] = self.auto_lock.value()
        values["backups_keep"] = self.backups_keep.value()
        return values

    def _validate(self) -> None:
        missing = [k for k in PROFILE_REQUIRED if not self.values()[k]]
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not missing)
        self.missing.setText(self.tr("Velden met * zijn nodig voor documenten.") if missing
                             else "")
