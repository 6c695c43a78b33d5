"""The whole-file check, now that the open no longer reads every page (app/vault/integrity.py):
run in the background once the main window is shown (after every unlock too), again every day
while the app stays open, and whenever a read meets a damaged page. Damage is shown in a banner
at the top of the main window: what it means and what to do. Words and an icon, not colour
alone; nothing is changed or removed because of it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
)

from app.errors import DossierError
from app.vault.integrity import WholeFileCheck
from ui import colours, msgbox
from ui.worker import run_in_background

# The main window (ui/main_window.py, which attaches this through main_notices: not imported).
MainWindow = Any

START_DELAY_MS = 500  # after the window is shown: its first paint and keystrokes go first
DAILY_MS = 24 * 3600 * 1000
RETRY_MS = 10 * 60 * 1000  # the writer never left it room: try again in a while


class DamageBanner(QFrame):
    """'Het dossier is beschadigd', what that means and what to do, with the details and the
    way to do it (restoreRequested: lock, then the unlock dialog puts the newest backup back)."""

    restoreRequested = Signal()  # noqa: N815 - Qt signal naming

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("damageBanner")
        colours.style(self, "#damageBanner { background: $banner_bg; border: 2px solid "
                            "$overdue; border-radius: 4px; }"
                            "#damageBanner QLabel { color: $banner_text; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size, size))
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(2)
        self.title = QLabel(self.tr("Het dossier is beschadigd"))
        self.title.setObjectName("damageTitle")
        colours.style(self.title, "font-weight: 600;")
        self.detail = QLabel()
        self.detail.setObjectName("damageDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        words.addWidget(self.title)
        words.addWidget(self.detail)
        row.addLayout(words, 1)
        self.restore_button = QPushButton(self.tr("Reservekopie terugzetten…"))
        self.restore_button.setObjectName("damageRestore")
        self.restore_button.clicked.connect(self.restoreRequested)
        self.details_button = QPushButton(self.tr("Details…"))  # Alt+D is the Dossier menu
        self.details_button.setObjectName("damageDetails")
        self.details_button.clicked.connect(self._show_details)
        self.dismiss = QPushButton(self.tr("Verbergen"))
        self.dismiss.setObjectName("hideDamage")
        self.dismiss.setToolTip(self.tr("Tot de volgende controle; de beschadiging blijft"))
        self.dismiss.clicked.connect(self.hide)
        row.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignVCenter)
        self.problems: list[str] = []
        self.hide()

    def show_damage(self, problems: list[str]) -> None:
        self.problems = list(problems)
        self.detail.setText(self.tr(
            "{first} Wat u ziet kan daardoor onvolledig zijn; er is niets verwijderd of "
            "overschreven. Wat u kunt doen: zet de nieuwste reservekopie terug met "
            "‘Reservekopie terugzetten…’ (Deelwijzer vergrendelt eerst; typ dan uw "
            "wachtwoord). Het beschadigde dossier wordt daarbij apart bewaard. Zolang het "
            "beschadigd is, maakt Deelwijzer er geen reservekopie van, zodat uw goede "
            "reservekopieën bewaard blijven.").format(first=problems[0] if problems else ""))
        self.setAccessibleName(f"{self.title.text()}. {self.detail.text()}")
        self.show()

    def _show_details(self) -> None:
        msgbox.information(self, self.tr("Beschadiging in het dossier"), "\n".join(self.problems))


class IntegrityWatch(QObject):
    """Starts the check when it is time and shows what it found (`finished`, for tests: the
    problems, [] when the file is sound)."""

    finished = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.banner = DamageBanner()
        layout = window.centralWidget().layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(1, self.banner)  # under the search row, above everything else
        self._running: WholeFileCheck | None = None
        self._reports = 0  # reads that met a damaged page (report), and how many when the
        self._reports_at_start = 0  # running check began: one met after it is checked again
        self.daily = QTimer(self)
        self.daily.setInterval(DAILY_MS)
        self.daily.timeout.connect(self.start)
        self.daily.start()
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.start)
        window.installEventFilter(self)
        window.lockedChanged.connect(self._locked_changed)
        window.model.damaged.connect(self.report)
        self.banner.restoreRequested.connect(self.restore)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        # Shown: first after the unlock, and again after each unlock (a fresh open).
        if watched is self.window and event.type() == QEvent.Type.Show:
            QTimer.singleShot(START_DELAY_MS, self.start)
        return False

    def start(self) -> None:
        """One run now, unless one is running or the dossier is locked."""
        dossier = self.window.dossier
        if self._running is not None or self.window.locked or not dossier.is_open:
            return
        check = dossier.whole_file_check()
        self._running = check
        self._reports_at_start = self._reports
        self.destroyed.connect(check.cancel)  # the window closed: no one to tell any more
        run_in_background(check.run, lambda found: self._done(check, found),
                          lambda exc: self._failed(check, exc), owner=self)

    def _done(self, check: WholeFileCheck, problems: list[str] | None) -> None:
        if check is not self._running:
            return  # a check of an earlier unlock
        self._running = None
        if problems is None:  # cancelled (locked), or no room left by the writer
            if not self.window.locked:
                self._retry.start(RETRY_MS)
            return
        if problems:
            self.banner.show_damage(problems)
        elif self._reports != self._reports_at_start:
            self.start()  # a read met damage while it ran: the whole file once more, first
            return
        else:
            # Sound, the whole file read on fresh connections: a read's error that left no
            # damage to find (report, below) was none in the file; no alarm stays up for it.
            self.banner.hide()
        self.finished.emit(problems)

    def _failed(self, check: WholeFileCheck, exc: BaseException) -> None:
        if check is not self._running:
            return
        self._running = None
        if isinstance(exc, DossierError):
            self.banner.show_damage([exc.message])
            self.finished.emit([exc.message])
            return
        raise exc  # a bug: the application's hook says so

    def report(self, message: str) -> None:
        """A read met a damaged page (the list, the case view): say so now; the check that
        follows names what it finds, or takes the alarm back when the file is sound."""
        self._reports += 1
        if not self.banner.isVisible():
            self.banner.show_damage([self.tr("Een deel van het bestand kon niet worden gelezen."),
                                     message])
        self.start()

    def restore(self) -> None:
        """Lock (the draft is saved; no backup is made of the damaged dossier), then offer the
        newest backup that opens in the unlock dialog, as when the damage is found at open."""
        self.window.lock()
        self.window.locking.when_locked(self._offer_restore)  # after the lock's backup

    def _offer_restore(self, dialog: Any) -> None:
        """The unlock dialog, once the lock is done: the restore is what it offers first."""
        from app.vault.backup import DossierDamagedBackup

        locking = self.window.locking
        if isinstance(locking.backup_failure, DossierDamagedBackup):
            # 'No backup of a damaged dossier; put the newest back': what this dialog says and
            # does now. Told again after the restore, it would only confuse.
            locking.backup_failure = None
        dialog.message.setText(self.tr(
            "Het dossier is beschadigd. Typ uw wachtwoord en kies ‘Reservekopie terugzetten…’: "
            "de nieuwste reservekopie die opent wordt teruggezet, het beschadigde dossier apart "
            "bewaard."))
        dialog.restore_button.show()
        dialog.restore_button.setDefault(True)

    def _locked_changed(self, locked: bool) -> None:
        if locked:
            self._retry.stop()
            if self._running is not None:
                self._running.cancel()  # the dossier's close waits for its connection
            self._running = None
            self.banner.hide()
