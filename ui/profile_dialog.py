"""The clinician's and practice's details: the sender of every document."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from app.content.i18n import LANGUAGES, supported
from app.content.organisations import default_settings
from app.flows.kit import currency_threshold_days
from app.flows.melding import advice_required
from app.service import PROFILE_REQUIRED
from ui import colours, window_fit
from ui.translations import language_setting, save_language_setting


class ProfileDialog(QDialog):
    def __init__(self, profile: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = dict(profile)
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
        colours.style(note, "color: $muted;")
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
        self._melding_settings(form, profile)
        self._language_choice(form)
        layout.addLayout(form)
        self.missing = QLabel()
        colours.style(self.missing, "color: $needed;")
        layout.addWidget(self.missing)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Later"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        window_fit.fit(self, 520, self.sizeHint().height())
        self._validate()

    def _melding_settings(self, form: QFormLayout, profile: dict[str, Any]) -> None:
        tr = self.tr
        self.advice_required = QCheckBox(tr("Adviesgesprek met Veilig Thuis verplicht vóór een "
                                            "schriftelijke melding"))
        self.advice_required.setObjectName("profile_advice_required")
        explicit = profile.get("advice_required")
        # Until the clinician sets it, it follows the discipline (on for artsen: KNMG).
        self._advice_follows_discipline = not isinstance(explicit, bool)
        self.advice_required.setChecked(explicit if isinstance(explicit, bool)
                                        else advice_required(profile))
        self.advice_required.clicked.connect(self._advice_set_by_hand)
        self.fields["discipline"].textChanged.connect(self._discipline_changed)
        form.addRow(self.advice_required)
        note = QLabel(tr("Standaard aan voor artsen (de KNMG-meldcode). Een melding die nog "
                         "concept is, volgt deze instelling."))
        note.setWordWrap(True)
        colours.style(note, "color: $muted;")
        form.addRow("", note)
        self.case_list_label = QComboBox()
        self.case_list_label.setObjectName("profile_case_list_label")
        self.case_list_label.addItem(tr("label (bijvoorbeeld initialen)"), "label")
        self.case_list_label.addItem(tr("volledige naam"), "name")
        shown = profile.get("case_list_label")
        if shown not in ("label", "name"):
            shown = default_settings()["case_list_label"]
        self.case_list_label.setCurrentIndex(max(self.case_list_label.findData(shown), 0))
        form.addRow(tr("In de lijst van zaken tonen"), self.case_list_label)

    def _language_choice(self, form: QFormLayout) -> None:
        """The interface language, for this computer (QSettings: read before the dossier is
        unlocked), from the next start. Named in both languages, to be found in either."""
        import os

        self.language = QComboBox()
        self.language.setObjectName("profile_language")
        self.language.addItem(self.tr("Volgt het systeem"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each in its own language
        self.language.setCurrentIndex(max(self.language.findData(language_setting()), 0))
        form.addRow(self.tr("Taal / Language"), self.language)
        text = self.tr("Gaat in bij de volgende start van Deelwijzer.")
        forced = supported(os.environ.get("DEELWIJZER_LANG", ""))  # a start-up setting
        if forced:
            text += " " + self.tr(
                "Voor deze sessie is de taal vastgezet op {language} door een instelling bij "
                "het starten (bijvoorbeeld van uw systeembeheerder); zolang die er is, geldt "
                "deze keuze niet.").format(language=LANGUAGES.get(forced, forced))
        note = QLabel(text)
        note.setWordWrap(True)
        colours.style(note, "color: $muted;")
        form.addRow("", note)

    def accept(self) -> None:
        save_language_setting(str(self.language.currentData()))
        super().accept()

    def _advice_set_by_hand(self) -> None:
        self._advice_follows_discipline = False

    def _discipline_changed(self, text: str) -> None:
        if self._advice_follows_discipline:
            self.advice_required.setChecked(advice_required({"discipline": text}))

    def values(self) -> dict[str, Any]:
        # Keys this dialog does not show are kept: a save never drops a setting.
        values: dict[str, Any] = dict(self._original)
        values.update({k: w.text().strip()  # type: ignore[union-attr]
                       for k, w in self.fields.items()})
        values["currency_threshold_days"] = self.threshold.value()
        values["auto_lock_minutes"] = self.auto_lock.value()
        values["backups_keep"] = self.backups_keep.value()
        values["advice_required"] = self.advice_required.isChecked()
        values["case_list_label"] = str(self.case_list_label.currentData())
        return values

    def _validate(self) -> None:
        missing = [k for k in PROFILE_REQUIRED if not self.values()[k]]
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not missing)
        self.missing.setText(self.tr("Velden met * zijn nodig voor documenten.") if missing
                             else "")
