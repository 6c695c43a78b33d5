"""Creating a new dossier (passphrase twice, the risk explained) and unlocking an existing one.

The key derivation takes about half a second, so it runs off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DossierError
from ui import a11y, colours, first_frame, window_fit
from ui.edges import EarlyCheckBox, EarlyLineEdit
from ui.passphrase import ERROR_STYLE, MIN_PASSPHRASE, passphrase_problem

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from app.vault.backup import BackupInfo
    from app.vault.dossier import Dossier


def run_in_background(work: Callable[[], Any], done: Callable[[Any], object],
                      failed: Callable[[BaseException], object]) -> None:
    """ui/worker.py's, loaded at the first work: its thread pool is not needed for the first
    window."""
    from ui.worker import run_in_background as run

    run(work, done, failed)


class _DossierDialog(QDialog):
    """Shared shape: explanation, fields, an inline message, and the resulting dossier."""

    opened = Signal(object)

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.dossier: Dossier | None = None
        self.layout_ = QVBoxLayout(self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        # Room for a two-line message from the start, and a stretch under it (`_lay_out`): a
        # message appearing, changing or going no longer moves the fields and the buttons
        # under the user's hands (an outside walk).
        self.message.setMinimumHeight(2 * self.message.fontMetrics().lineSpacing())
        colours.style(self.message, ERROR_STYLE)
        self.message.setObjectName("message")
        # Plain text: a message may quote a path or a file's name. Set after the first frame
        # (naming `Qt` costs 28 ms before it, ui/first_frame.py); empty until the user acts.
        message = self.message
        first_frame.after(lambda: message.setTextFormat(QtCore.Qt.TextFormat.PlainText),
                          message)
        self.buttons = QDialogButtonBox()  # the buttons' constructor would build Qt's enums
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Afsluiten"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(500)
        # Sized to its contents on the screen, and taller when a message appears: a wrong
        # passphrase's explanation was cut off at the dialog's first height.
        window_fit.fit(self)

    def _lay_out(self, *widgets: QWidget) -> None:
        """The dialog's widgets from top to bottom, what is left over under the message."""
        for widget in widgets:
            self.layout_.addWidget(widget)
            if widget is self.message:
                self.layout_.addStretch(1)

    def ok_button(self) -> object:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def submit(self) -> None:
        raise NotImplementedError

    def _busy(self, busy: bool, text: str = "") -> None:
        from ui import progress  # only once there is work: not before the first window

        self.buttons.setEnabled(not busy)
        bar = progress.inline(self, self.message)  # shows after half a second of work
        if busy:
            colours.style(self.message, "color: $accent;")
            self.message.setText(text)
            bar.start(text)
        else:
            bar.stop()

    def _idle(self, message: str) -> None:
        """Work done that asks the user next: the message from before it again."""
        self._busy(False)
        colours.style(self.message, ERROR_STYLE)
        self.message.setText(message)

    def _failed(self, exc: BaseException, what: str = "") -> None:
        """Say why it failed; `what` goes first (which action failed), and is said too."""
        self._busy(False)
        colours.style(self.message, ERROR_STYLE)
        if isinstance(exc, DossierError):
            reason = exc.message
        else:
            reason = self.tr("Onverwachte fout ({kind}). Er is niets gewijzigd.").format(
                kind=type(exc).__name__)
        self.message.setText(f"{what} {reason}".strip())
        a11y.announce(self, self.message.text())  # a wrong passphrase, said by a screen reader

    def _done(self, dossier: Dossier) -> None:
        self._busy(False)
        self.dossier = dossier
        self.opened.emit(dossier)
        self.accept()


class UnlockDialog(_DossierDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(path, parent)
        self._waiting_for_lock = False  # another Deelwijzer has the dossier (or is closing it)
        self.setWindowTitle(self.tr("Deelwijzer — dossier ontgrendelen"))
        intro = QLabel(self.tr("Voer het wachtwoord van uw dossier in."))
        intro.setWordWrap(True)
        where = QLabel(self.tr("Dossier: {path}").format(path=path))
        colours.style(where, "color: $muted;")
        where.setWordWrap(True)
        self.passphrase = EarlyLineEdit()  # draws its own edge in the first frame
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setAccessibleName(self.tr("Wachtwoord van het dossier"))
        self.ok_button().setText(self.tr("Ontgrendelen"))  # type: ignore[attr-defined]
        self.forgot = QPushButton(self.tr("Wachtwoord vergeten? Gebruik uw herstelcode…"))
        self.forgot.setFlat(True)
        colours.style(self.forgot, "color: $link; text-align: left;")
        self.forgot.clicked.connect(self.recover)
        self.restore_button = QPushButton(self.tr("Reservekopie terugzetten…"))
        self.restore_button.setObjectName("restore")
        self.restore_button.clicked.connect(self.offer_restore)
        self.restore_file = QPushButton(self.tr("Andere reservekopie terugzetten…"))
        self.restore_file.setFlat(True)
        colours.style(self.restore_file, "color: $link; text-align: left;")
        self.restore_file.clicked.connect(self.restore_from_file)
        self.restore_button.hide()
        self._restored = False
        self._lay_out(intro, where, self.passphrase, self.message, self.forgot,
                      self.restore_file, self.restore_button, self.buttons)
        self.passphrase.setFocus()

    def restore_from_file(self) -> None:
        """Any backup (an external disk): chosen, opened with the passphrase typed above (or
        its recovery code), previewed, then put back; the current dossier is kept aside."""
        from app.vault.backup import inspect
        from ui import msgbox
        from ui.translations import long_date

        secret = self.passphrase.text()
        if not secret:
            self.message.setText(self.tr("Typ eerst het wachtwoord (of de herstelcode) van de "
                                         "reservekopie."))
            return
        chosen = msgbox.open_file(self, self.tr("Reservekopie kiezen"),
                                  self.tr("Deelwijzer-reservekopie (*.dwbackup)"))
        if not chosen:
            return
        backup, before = Path(chosen), self.message.text()

        def confirm(info: BackupInfo) -> None:  # opening it took its key derivation
            self._idle(before)
            if msgbox.question(self, self.tr("Reservekopie terugzetten?"), self.tr(
                    "Reservekopie van {when}: {n} casus(sen), laatste wijziging {last}.\n\nHet "
                    "huidige dossier wordt apart bewaard, niet verwijderd. Terugzetten?").format(
                    when=info.created_at.replace("T", " ")[:16], n=info.cases,
                    last=long_date(info.last_change[:10]) if info.last_change else "—"),
                    destructive=True):
                self._put_back(backup, secret)

        self._busy(True, self.tr("De reservekopie wordt gecontroleerd…"))
        run_in_background(lambda: inspect(backup, secret), confirm, self._failed)

    def _put_back(self, backup: Path, secret: str, other_dossier: bool = False) -> None:
        """Off the GUI thread (the backup is verified first); a backup of another dossier only
        once the user has said so."""
        from app.vault.backup import OtherDossier, restore
        from app.vault.paths import data_folder
        from ui import msgbox

        target, keep, before = self.path, data_folder() / "vervangen", self.message.text()

        def put_back() -> None:
            self._busy(False)
            self.restore_button.hide()
            self._restored = True
            self.submit()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, OtherDossier) or other_dossier:
                self._failed(exc)
                return
            self._idle(before)
            if msgbox.question(self, self.tr("Een ander dossier?"), exc.message + "\n\n"
                               + self.tr("Toch dit dossier door het andere vervangen?"),
                               destructive=True):
                self._put_back(backup, secret, other_dossier=True)

        self._busy(True, self.tr("De reservekopie wordt teruggezet…"))
        run_in_background(lambda: restore(backup, target, secret, keep,
                                          other_dossier=other_dossier),
                          lambda _kept: put_back(), failed)

    def _done(self, dossier: Dossier) -> None:
        if dossier.read_only and dossier.trust_problems and not self._decide_older(dossier):
            return
        if self._restored:
            dossier.log.add("restore")  # the access log records that a backup was put back
            self._restored = False
        super()._done(dossier)

    def _decide_older(self, dossier: Dossier) -> bool:
        """The dossier is not the version last used here (rolled back, or work was lost): the
        user decides — the newest backup, or this version on purpose. Until then nothing is
        written. True when the dossier may be used."""
        from ui import msgbox

        choice = msgbox.choose(self, self.tr("Dit dossier is ouder dan verwacht"), self.tr(
            "{problems}\n\nEr is niets gewijzigd. Zet de nieuwste reservekopie terug, of "
            "gebruik deze versie als u dit dossier bewust zelf heeft teruggezet (dat wordt in "
            "het toegangslog vastgelegd).").format(problems="\n".join(dossier.trust_problems)),
            [self.tr("Nieuwste reservekopie terugzetten…"), self.tr("Deze versie gebruiken")])
        if choice == 1:
            try:
                dossier.accept_current_version()
            except DossierError as exc:
                dossier.close()
                self._failed(exc)
                return False
            return True
        dossier.close()
        self._busy(False)
        self.message.setText("\n".join(dossier.trust_problems))
        if choice == 0:
            self.offer_restore()
        return False

    def _wrong_or_damaged(self, exc: BaseException) -> None:
        self._wrong(exc)
        from app.errors import DossierDamaged

        if isinstance(exc, DossierDamaged):
            self.restore_button.show()
            self.restore_button.setDefault(True)

    def offer_restore(self) -> None:
        """A damaged dossier: the newest verified backup, previewed, then put back (the damaged
        file is kept aside, never written to)."""
        from app.vault.backup import backups_in, inspect
        from app.vault.paths import data_folder
        from ui import msgbox
        from ui.translations import long_date

        secret, folder = self.passphrase.text(), data_folder() / "reservekopieen"
        before = self.message.text()

        def newest() -> tuple[Path, BackupInfo] | None:  # each one tried costs a derivation
            for candidate in backups_in(folder):
                try:
                    return candidate, inspect(candidate, secret)
                except DossierError:
                    continue  # damaged too, or another passphrase: try the next one
            return None

        def offer(found: tuple[Path, BackupInfo] | None) -> None:
            self._idle(before)
            if found is None:
                self.message.setText(self.tr(
                    "Er is geen reservekopie gevonden die met dit wachtwoord opent. Heeft u een "
                    "reservekopie op een externe schijf? Zet die terug met ‘deelwijzer restore’ "
                    "of neem contact op met ondersteuning."))
                return
            candidate, info = found
            if msgbox.question(self, self.tr("Reservekopie terugzetten?"), self.tr(
                    "Nieuwste bruikbare reservekopie: {when}, {n} casus(sen), laatste wijziging "
                    "{last}.\n\nHet beschadigde dossier wordt apart bewaard, niet verwijderd. "
                    "Terugzetten?").format(when=info.created_at.replace("T", " ")[:16],
                                           n=info.cases,
                                           last=long_date(info.last_change[:10])),
                    destructive=True):
                self._put_back(candidate, secret)

        self._busy(True, self.tr("Reservekopieën worden gecontroleerd…"))
        run_in_background(newest, offer, self._failed)

    def recover(self) -> None:
        from ui.recovery_dialogs import RecoverDialog

        dialog = RecoverDialog(self.path, self)
        dialog.opened.connect(self._done)
        dialog.open()

    def submit(self) -> None:
        import threading

        from app.errors import DossierInUse
        from app.vault.dossier import Dossier  # SQLCipher and the KDF load on first use
        from app.vault.lock import CLOSING_WAIT_S, wait_until_free

        if self._waiting_for_lock:
            return
        secret = self.passphrase.text()
        path = self.path
        stop = threading.Event()
        held = not wait_until_free(path, 0)

        def unlock() -> Dossier:
            # Deelwijzer closed a moment ago may still be making its backup: waited for, and
            # only then the key derived ("al geopend" as before if it does not let go).
            if held and not wait_until_free(path, CLOSING_WAIT_S, stop=stop.is_set):
                raise DossierInUse(str(path))
            return Dossier.open(path, secret)

        if held:  # said at once, and 'Afsluiten' stops the wait
            self._waiting_for_lock = True
            self.rejected.connect(stop.set)
            self._busy(True, self.tr(
                "Het dossier is nog geopend in een ander venster van Deelwijzer, of wordt daar "
                "net afgesloten. Het wordt ontgrendeld zodra het vrij is (hooguit {n} "
                "seconden); ‘Afsluiten’ stopt het wachten.").format(n=int(CLOSING_WAIT_S)))
            self.buttons.setEnabled(True)
        else:
            self._busy(True, self.tr("Bezig met ontgrendelen…"))

        def done(dossier: Dossier) -> None:
            self._waiting_for_lock = False
            self._done(dossier)

        def failed(exc: BaseException) -> None:
            self._waiting_for_lock = False
            self._wrong_or_damaged(exc)

        run_in_background(unlock, done, failed)

    def _wrong(self, exc: BaseException) -> None:
        self._failed(exc)
        self.passphrase.selectAll()
        self.passphrase.setFocus()


class CreateDialog(_DossierDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(path, parent)
        tr = self.tr
        self.setWindowTitle(tr("Deelwijzer — nieuw dossier"))
        self.intro = intro = QLabel(tr(
            "<b>Welkom bij Deelwijzer.</b><br><br>Uw dossier wordt versleuteld opgeslagen op "
            "deze computer. Kies een wachtwoord: een zin van vier of meer woorden is sterk en "
            "goed te onthouden.<br><br><b>Let op:</b> zonder dit wachtwoord kan niemand het "
            "dossier openen, ook u niet en ook ondersteuning niet; alleen de herstelcode die u "
            "hierna krijgt, kan het vervangen. <b>Zonder wachtwoord en herstelcode is het dossier "
            "verloren.</b> Bewaar beide op een veilige plek."))
        intro.setWordWrap(True)  # rich text, as it begins with a tag (tests/test_unlock.py)
        where = QLabel(tr("Het dossier komt in: {path}").format(path=path))
        colours.style(where, "color: $muted;")
        where.setWordWrap(True)
        from app.vault.location import risky_location

        self.location_warning = QLabel(risky_location(path))
        self.location_warning.setWordWrap(True)
        colours.style(self.location_warning, "color: $needed; font-weight: 600;")
        self.location_warning.setVisible(bool(self.location_warning.text()))
        self.passphrase = EarlyLineEdit()  # draws its own edge in the first frame
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(tr("wachtwoord (minstens {n} tekens)")
                                           .format(n=MIN_PASSPHRASE))
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setAccessibleName(tr("Nieuw wachtwoord"))
        self.repeat = EarlyLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setPlaceholderText(tr("nogmaals hetzelfde wachtwoord"))
        self.repeat.setObjectName("repeat")
        self.repeat.setAccessibleName(tr("Nieuw wachtwoord, nogmaals"))
        # With the recovery code in it: the next window gives one, and an outside walk found
        # "a forgotten passphrase means a lost dossier" contradicted there.
        self.understood = EarlyCheckBox(tr("Ik begrijp dat het dossier zonder wachtwoord en "
                                           "herstelcode verloren is."))
        self.ok_button().setText(tr("Dossier maken"))  # type: ignore[attr-defined]
        # A new computer: the dossier comes from a backup of the old one, not a new start.
        self.from_backup = QPushButton(tr("Dossier van een andere computer? Reservekopie "
                                          "terugzetten…"))
        self.from_backup.setObjectName("from_backup")
        self.from_backup.setFlat(True)
        colours.style(self.from_backup, "color: $link; text-align: left;")
        self.from_backup.clicked.connect(self.restore_from_backup)
        self.restored = False
        self._lay_out(intro, where, self.location_warning, self.passphrase, self.repeat,
                      self.understood, self.message, self.from_backup, self.buttons)
        for w in (self.passphrase, self.repeat):
            w.textChanged.connect(self._validate)
        self.understood.toggled.connect(self._validate)
        self._validate()

    def problem(self) -> str:
        """What keeps the passphrase from being accepted ('' when it is fine)."""
        secret = self.passphrase.text()
        user: tuple[str, ...] = ()
        if secret:  # the account name only once there is a passphrase to compare it with
            import getpass  # not for the empty first window

            user = (getpass.getuser(),)
        problem = passphrase_problem(secret, self.repeat.text(), user)
        if problem:
            return problem
        if not self.understood.isChecked():
            return self.tr("Bevestig dat u het risico van een vergeten wachtwoord begrijpt.")
        return ""

    def _validate(self) -> None:
        problem = self.problem()
        self.ok_button().setEnabled(not problem)  # type: ignore[attr-defined]
        colours.style(self.message, "color: $needed;")
        self.message.setText(problem if self.passphrase.text() else "")
        for field in (self.passphrase, self.repeat):  # what a screen reader says of the field
            a11y.describe(field, self.message.text())

    def submit(self) -> None:
        if self.problem():
            return
        from app.vault.dossier import Dossier  # SQLCipher and the KDF load on first use

        secret = self.passphrase.text()
        self._busy(True, self.tr("Dossier wordt gemaakt…"))
        run_in_background(lambda: Dossier.create(self.path, secret), self._done, self._failed)

    def restore_from_backup(self) -> None:
        """Moving to a new computer: a backup made on the old one (Dossier > Reservekopie…),
        opened with the passphrase it was made under or its recovery code, previewed, put
        in place and opened. No new passphrase and no new recovery code: the old ones hold."""
        from ui import msgbox

        chosen = msgbox.open_file(self, self.tr("Reservekopie kiezen"),
                                  self.tr("Deelwijzer-reservekopie (*.dwbackup)"))
        if chosen:
            # The next question waits until the file chooser is gone: asked at once, after
            # Enter in the chooser's completion list, Qt crashed (an outside walk, issue 15).
            QTimer.singleShot(0, self, lambda: self._restore_from(Path(chosen)))

    def _restore_from(self, backup: Path) -> None:
        from app.vault.backup import inspect, restore
        from app.vault.dossier import Dossier
        from app.vault.paths import data_folder
        from ui import msgbox
        from ui.translations import long_date

        tr = self.tr
        secret = msgbox.ask_secret(self, tr("Wachtwoord van de reservekopie"), tr(
            "Het wachtwoord waarmee u het dossier op de andere computer opende (of de "
            "herstelcode):"))
        if not secret:
            return
        target = self.path

        def put_back_and_open() -> tuple[Dossier, int]:
            restore(backup, target, secret, data_folder() / "vervangen")
            dossier = Dossier.open(target, secret)
            return dossier, dossier.cases.count()

        def opened(result: tuple[Dossier, int]) -> None:
            dossier, cases = result
            dossier.log.add("restore")  # the access log records where the dossier came from
            self.restored = True
            self._busy(False)
            msgbox.information(self, tr("Dossier teruggezet"), tr(
                "Het dossier van de andere computer staat nu op deze computer ({n} "
                "casus(sen)). U opent het voortaan met hetzelfde wachtwoord, en de herstelcode "
                "blijft dezelfde.").format(n=cases))
            self._done(dossier)

        def failed(exc: BaseException) -> None:
            self._failed(exc, tr("De reservekopie is niet teruggezet."))

        def confirm(info: BackupInfo) -> None:
            self._busy(False)
            self.message.setText("")
            if msgbox.question(self, tr("Reservekopie terugzetten?"), tr(
                    "Reservekopie van {when}: {n} casus(sen), laatste wijziging {last}.\n\n"
                    "Dit wordt het dossier op deze computer. Terugzetten?").format(
                    when=info.created_at.replace("T", " ")[:16], n=info.cases,
                    last=long_date(info.last_change[:10]) if info.last_change else "—")):
                self._busy(True, tr("De reservekopie wordt teruggezet…"))
                run_in_background(put_back_and_open, opened, failed)

        self._busy(True, tr("De reservekopie wordt gecontroleerd…"))
        run_in_background(lambda: inspect(backup, secret), confirm, failed)
