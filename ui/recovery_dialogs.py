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
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.content.i18n import _
from app.errors import DossierError
from app.vault.fsutil import atomic_write
from ui import a11y, clipboard, colours, focus_ring, msgbox, progress, window_fit
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
        window_fit.fit(self)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "<b>Schrijf deze herstelcode op of druk hem af, en bewaar hem op een veilige plek, "
            "niet bij de computer.</b><br><br>Bent u uw wachtwoord kwijt, dan opent u uw dossier "
            "met deze code. Deelwijzer toont hem maar één keer."))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(intro)
        from app.documents.herstelcode import code_lines

        shown = QLabel("\n".join(code_lines(code)))  # never wrapped inside a group
        shown.setObjectName("code")
        # Reached with Tab and selectable with the keyboard too; a screen reader spells it,
        # group by group, instead of reading the groups as words.
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        shown.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        groups = a11y.spelled_groups(code)
        shown.setAccessibleName(self.tr("Herstelcode, {n} groepen").format(n=len(groups)))
        shown.setAccessibleDescription("; ".join(
            self.tr("groep {n}: {characters}").format(n=n, characters=group)
            for n, group in enumerate(groups, start=1)))
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(14)
        shown.setFont(font)
        shown.setWordWrap(True)
        colours.style(shown, "QLabel#code { padding: 12px; background: $panel_bg; "
                             "color: $panel_text; border: 2px solid $panel_border; } "
                             f"QLabel#code:focus {{ border-color: {focus_ring.FOCUS_COLOUR}; }}")
        focus_ring.own_frame(shown)
        layout.addWidget(shown)
        self.shown = shown
        actions = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Kopiëren"))
        self.copy_button.setObjectName("copyCode")
        self.copy_button.setToolTip(self.tr(
            "Kopieert de herstelcode, om hem in een wachtwoordbeheerder te bewaren. Het klembord "
            "wordt na twee minuten gewist."))
        self.copy_button.setAccessibleName(self.tr("Herstelcode kopiëren"))
        self.copy_button.clicked.connect(self.copy_code)
        actions.addWidget(self.copy_button)
        self.print_button = QPushButton(self.tr("Afdrukken als PDF…"))
        self.print_button.clicked.connect(self.save_pdf)
        actions.addWidget(self.print_button)
        actions.addStretch(1)
        layout.addLayout(actions)
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

    def copy_code(self) -> None:
        """The code to the clipboard, marked sensitive and cleared again (ui.clipboard)."""
        clipboard.copy_sensitive(self.code)
        self.copy_button.setText(self.tr("Gekopieerd"))
        a11y.announce(self.copy_button, self.tr("De herstelcode is gekopieerd."))

    def reject(self) -> None:
        """Not before the clinician confirms the code is kept: it is never shown again."""
        if self.kept.isChecked():
            super().reject()

    def save_pdf(self) -> None:
        from app.documents.herstelcode import herstelcode_pdf

        path = msgbox.save_file(self, self.tr("Herstelcode opslaan"),
                                "deelwijzer-herstelcode.pdf")
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
        window_fit.fit(self)
        self.layout_ = QVBoxLayout(self)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setPlaceholderText(self.tr("nieuw wachtwoord"))
        self.first.setAccessibleName(self.tr("Nieuw wachtwoord"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setPlaceholderText(self.tr("nogmaals het nieuwe wachtwoord"))
        self.second.setAccessibleName(self.tr("Nieuw wachtwoord, nogmaals"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        colours.style(self.message, ERROR_STYLE)
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
        self.show_message(problem if self.first.text() else "")

    def show_message(self, text: str, *, announce: bool = False) -> None:
        """The message under the fields, also the description of the new passphrase; a
        failure or 'Bezig…' is announced as well (what typing changes is not: too chatty)."""
        self.message.setText(text)
        for field in (self.first, self.second):
            a11y.describe(field, text)
        if announce:
            a11y.announce(self, text)

    def submit(self) -> None:
        raise NotImplementedError

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        progress.inline(self, self.message).stop()
        self.show_message(exc.message if isinstance(exc, DossierError)
                          else self.tr("Onverwachte fout ({k}); er is niets gewijzigd.")
                          .format(k=type(exc).__name__), announce=True)

    def _done(self, dossier: object) -> None:
        self.buttons.setEnabled(True)
        progress.inline(self, self.message).stop()
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
        self.code.setAccessibleName(self.tr("Herstelcode"))
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
        self.show_message(self.tr("Bezig…"), announce=True)
        progress.inline(self, self.message).start(self.tr("Bezig…"))  # after half a second
        run_in_background(work, self._done, self._failed)


class ChangePassphraseDialog(_PassphrasePair):
    def __init__(self, dossier: Dossier, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Wachtwoord wijzigen"), parent)
        self.dossier = dossier
        self.old = QLineEdit()
        self.old.setObjectName("old")
        self.old.setEchoMode(QLineEdit.EchoMode.Password)
        self.old.setPlaceholderText(self.tr("huidig wachtwoord"))
        self.old.setAccessibleName(self.tr("Huidig wachtwoord"))
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
        self.show_message(self.tr("Bezig…"), announce=True)
        progress.inline(self, self.message).start(self.tr("Bezig…"))  # after half a second
        def work() -> object:
            self.new_code = change_passphrase(dossier, old, new)
            return dossier

        run_in_background(work,
                          self._done, self._failed)
