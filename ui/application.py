"""Starting the app: unlock or create the dossier, then the main window."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ui import colours, focus_ring
from ui.translations import install_translators
from ui.unlock import CreateDialog, UnlockDialog

__all__ = ["install_translators", "run"]  # the language part lives in ui/translations.py


def _report_bug(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """An unexpected error: say so in Dutch, and print where it happened but never its text.

    Exception messages can quote case data (a value that failed to parse, a SQL fragment);
    the frames (file, line, function) cannot, and are enough to find the bug.
    """
    frames = "".join(f"  {f.filename}:{f.lineno} in {f.name}\n" for f in traceback.extract_tb(tb))
    print(f"Deelwijzer: onverwachte fout {kind.__name__}\n{frames}", file=sys.stderr)
    from ui import msgbox

    msgbox.error(None, QCoreApplication.translate("app", "Onverwachte fout"),
                 QCoreApplication.translate(
                     "app", "Er ging iets mis in Deelwijzer ({kind}). Wat u al had opgeslagen "
                     "is bewaard. Meld dit aan ondersteuning.").format(kind=kind.__name__))


def run(db_path: Path) -> int:
    sys.excepthook = _report_bug
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Deelwijzer")
    app.setOrganizationName("Deelwijzer")
    from ui.app_icon import app_icon

    app.setWindowIcon(app_icon())  # type: ignore[attr-defined]  # every window, the taskbar
    colours.follow_system(app)  # type: ignore[arg-type]  # dark mode also where the style has none
    focus_ring.install(app)  # type: ignore[arg-type]  # a focus indicator that every style shows
    install_translators(app)
    from app.vault.restore_journal import finish_restore

    finish_restore(db_path)  # before deciding 'new dossier': a half-done restore is finished
    dialog = UnlockDialog(db_path) if db_path.exists() else CreateDialog(db_path)
    if dialog.exec() != dialog.DialogCode.Accepted or dialog.dossier is None:
        return 0
    dossier = dialog.dossier
    if isinstance(dialog, CreateDialog):
        from app.vault.recovery import code_for
        from ui.recovery_dialogs import RecoveryCodeDialog

        RecoveryCodeDialog(code_for(dossier), db_path).exec()
    # Imported only now: the first window must appear as fast as a bare Qt window.
    from app import service
    from ui.main_window import MainWindow
    from ui.profile_dialog import ProfileDialog

    try:
        if not service.profile_complete(dossier.profile()):
            profile = ProfileDialog(dossier.profile())
            if profile.exec() == ProfileDialog.DialogCode.Accepted:
                dossier.set_profile(profile.values())
        window = MainWindow(dossier)
        window.show()
        from ui import first_run

        first_run.offer(window, new_dossier=isinstance(dialog, CreateDialog))  # the tour, once
        # While locked only the unlock dialog is visible; closing it must not end the app
        # silently with a hidden window: quitting then is explicit.
        app.setQuitOnLastWindowClosed(True)  # type: ignore[attr-defined]
        code = app.exec()
        dossier = window.dossier
        return code
    finally:
        from ui import clipboard

        clipboard.clear_if_ours()
        if dossier._db is not None:
            _backup_on_close(dossier)
            dossier.close()


def _backup_on_close(dossier: object) -> None:
    """A rolling, verified backup each time the app closes; a failure is said, not hidden."""
    from app.errors import DossierError
    from app.vault.backup import automatic_backup
    from app.vault.paths import data_folder
    from ui import msgbox

    try:
        automatic_backup(dossier, data_folder() / "reservekopieen")  # type: ignore[arg-type]
        dossier.log.add("backup")  # type: ignore[attr-defined]
    except DossierError as exc:
        msgbox.error(None, QCoreApplication.translate("app", "Reservekopie niet gemaakt"),
                     exc.message)
