"""The recovery code shown once at creation, recovering with it, and changing the passphrase."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.content.i18n import _
from app.errors import DossierError
from app.vault.fsutil import atomic_write
from ui import msgbox
from ui.passphrase import ERROR_STYLE, passphrase_problem
from ui.worker import run_in_background

if TYPE_CHECKING:
    from app.vault.dossier import Dossier


class RecoveryCodeDialog(QDialog):
    """Shown once, right after the dossier is made."""

    def __init__(self, code: str, dossier_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.dossier_path = dossier_path
        self.setWindowTitle(self.tr("Uw herstelcode"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "<b>Schrijf deze herstelcode op of druk hem af, en bewaar hem op een veilige plek, "
            "niet bij de computer.</b><br><br>Bent u uw wachtwoord kwijt, dan opent u uw dossier "
            "met deze code. Deelwijzer toont hem maar één keer."))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(intro)
        shown = QLabel(code)
        shown.setObjectName("code")
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(14)
        shown.setFont(font)
        shown.setWordWrap(True)
        shown.setStyleSheet("padding: 12px; background: #f4f7fb; border: 1px solid #b9c9de;")
        layout.addWidget(shown)
        self.print_button = QPushButton(self.tr("Afdrukken als PDF…"))
        self.print_button.clicked.connect(self.save_pdf)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.kept = QCheckBox(self.tr("Ik heb de herstelcode opgeschreven of afgedrukt en veilig "
                                      "bewaard."))
        layout.addWidget(self.kept)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Verder"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.kept.toggled.connect(
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)

    def reject(self) -> None:
        """Not before the clinician confirms the code is kept: it is never shown again."""
        if self.kept.isChecked():
            super().reject()

    def save_pdf(self) -> None:
        from app.documents.herstelcode import herstelcode_pdf

        path = msgbox.save_file(self, self.tr("Herstelcode opslaan"),
                                str(Path.home() / "deelwijzer-herstelcode.pdf"))
        if not path:
            return
        try:
            atomic_write(Path(path), herstelcode_pdf(self.code, {}, self.dossier_path,
                                                     date.today()), what=_("het document"))
        except DossierError as exc:
            msgbox.error(self, self.tr("Niet opgeslagen"), exc.message)
            return
        msgbox.information(self, self.tr("Opgeslagen"), self.tr(
            "Druk het blad af en verwijder daarna het bestand: wie het heeft, kan uw dossier "
            "openen.\n{p}").format(p=path))


class _PassphrasePair(QDialog):
    """A new passphrase typed twice, with the same rules as at creation."""

    opened = Signal(object)

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.layout_ = QVBoxLayout(self)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setPlaceholderText(self.tr("nieuw wachtwoord"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setPlaceholderText(self.tr("nogmaals het nieuwe wachtwoord"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for w in (self.first, self.second):
            w.textChanged.connect(self.validate)
        self.dossier: Dossier | None = None

    def finish_layout(self) -> None:
        for w in (self.first, self.second, self.message, self.buttons):
            self.layout_.addWidget(w)
        self.validate()

    def problem(self) -> str:
        return passphrase_problem(self.first.text(), self.second.text(), self.user_inputs())

    def user_inputs(self) -> tuple[str, ...]:
        """The clinician's own names make weak passphrases too."""
        dossier = getattr(self, "dossier", None)
        if dossier is None or dossier._db is None:
            return ()
        profile = dossier.profile()
        return tuple(str(profile.get(k, "")) for k in ("name", "practice", "email") if
                     profile.get(k))

    def validate(self) -> None:
        problem = self.problem()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
        self.message.setText(problem if self.first.text() else "")

    def submit(self) -> None:
        raise NotImplementedError

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(exc.message if isinstance(exc, DossierError)
                             else self.tr("Onverwachte fout ({k}); er is niets gewijzigd.")
                             .format(k=type(exc).__name__))

    def _done(self, dossier: object) -> None:
        self.buttons.setEnabled(True)
        self.dossier = dossier  # type: ignore[assignment]
        self.opened.emit(dossier)
        self.accept()


class RecoverDialog(_PassphrasePair):
    """Passphrase lost: the recovery code opens the dossier, then a new passphrase is set."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Wachtwoord vergeten"), parent)
        self.path = path
        intro = QLabel(self.tr("Typ de herstelcode van uw herstelblad en kies een nieuw "
                               "wachtwoord."))
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setPlaceholderText("XXXXXX-XXXXXX-…")
        self.layout_.addWidget(self.code)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Herstellen"))
        self.finish_layout()

    def submit(self) -> None:
        from app.vault.recovery import open_with_code, set_passphrase

        if self.problem():
            return
        code, new = self.code.text(), self.first.text()

        def work() -> object:
            dossier = open_with_code(self.path, code)
            try:
                set_passphrase(dossier, new)
            except BaseException:
                dossier.close()
                raise
            return dossier

        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Bezig…"))
        run_in_background(work, self._done, self._failed)


class ChangePassphraseDialog(_PassphrasePair):
    def __init__(self, dossier: Dossier, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Wachtwoord wijzigen"), parent)
        self.dossier = dossier
        self.old = QLineEdit()
        self.old.setObjectName("old")
        self.old.setEchoMode(QLineEdit.EchoMode.Password)
        self.old.setPlaceholderText(self.tr("huidig wachtwoord"))
        self.layout_.addWidget(self.old)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Wijzigen"))
        self.new_code = ""  # the change gives the dossier a new key, so a new recovery code
        self.finish_layout()

    def submit(self) -> None:
        from app.vault.recovery import change_passphrase

        if self.problem() or self.dossier is None:
            return
        dossier, old, new = self.dossier, self.old.text(), self.first.text()
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Bezig…"))
        def work() -> object:
            self.new_code = change_passphrase(dossier, old, new)
            return dossier

        run_in_background(work,
                          self._done, self._failed)
