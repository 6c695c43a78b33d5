"""Optionally protect a PDF with a password before it is written (for e-mail)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.documents.pdf_protect import MIN_LENGTH
from ui import a11y, colours, window_fit


class PdfPasswordDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("PDF beveiligen?"))
        self.setMinimumWidth(480)
        window_fit.fit(self)
        self._password = ""
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Verstuurt u het document per e-mail? Beveilig het dan met een wachtwoord (AES-256) "
            "en geef dat wachtwoord telefonisch door. Deelwijzer bewaart het wachtwoord niet."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setPlaceholderText(self.tr("wachtwoord (minstens {n} tekens)")
                                      .format(n=MIN_LENGTH))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setPlaceholderText(self.tr("nogmaals"))
        self.first.setAccessibleName(self.tr("Wachtwoord voor de PDF"))
        self.second.setAccessibleName(self.tr("Wachtwoord voor de PDF, nogmaals"))
        self.message = QLabel()
        colours.style(self.message, "color: $needed;")
        for w in (self.first, self.second, self.message):
            layout.addWidget(w)
        self.buttons = QDialogButtonBox()
        self.none = QPushButton(self.tr("Zonder wachtwoord"))
        self.none.setDefault(True)
        self.protect = QPushButton(self.tr("Beveiligen"))
        self.buttons.addButton(self.none, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.protect, QDialogButtonBox.ButtonRole.ApplyRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.none.clicked.connect(self.accept)
        self.protect.clicked.connect(self._protect)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for w in (self.first, self.second):
            w.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        first, second = self.first.text(), self.second.text()
        problem = ""
        if first and len(first) < MIN_LENGTH:
            problem = self.tr("Minstens {n} tekens.").format(n=MIN_LENGTH)
        elif first != second:
            problem = self.tr("De twee wachtwoorden zijn niet gelijk.")
        self.message.setText(problem if first else "")
        for field in (self.first, self.second):  # what a screen reader says of the field
            a11y.describe(field, self.message.text())
        self.protect.setEnabled(bool(first) and not problem)
        # Return follows what was typed: once a password is begun it never means "without"
        # (found by an outside tester: typed twice, Return saved the PDF unprotected).
        self.none.setDefault(not first)
        self.protect.setDefault(bool(first) and not problem)

    def _protect(self) -> None:
        self._password = self.first.text()
        self.accept()

    def password(self) -> str:
        return self._password
