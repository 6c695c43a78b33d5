"""Starting the app: unlock or create the dossier, then the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from app import crash_log
from ui import appearance, crash, first_frame, focus_ring
from ui.translations import install_translators
from ui.unlock import CreateDialog, UnlockDialog

__all__ = ["install_translators", "run"]  # the language part lives in ui/translations.py


def run(db_path: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    crash.install(app)  # type: ignore[arg-type]  # a slot's, timer's or thread's error: said
    crash_log.enable_fault_log()  # a hard crash leaves its stacks in the log
    app.setApplicationName("Deelwijzer")
    app.setOrganizationName("Deelwijzer")
    first_frame.hold()  # what the first frame does not need waits for it (ui/first_frame.py)
    # Every window's icon, set once the first one is on the screen: the icon's class costs
    # 3 ms to build before it, and until then the platform shows the program's own (the
    # frozen program carries it; Linux's menu entry names it; macOS's bundle has it).
    first_frame.after(lambda: _set_icon(app))
    appearance.follow_system(app)  # type: ignore[arg-type]  # dark mode also where the style has none
    focus_ring.install(app)  # type: ignore[arg-type]  # a focus indicator that every style shows
    install_translators(app)
    from app.vault.restore_journal import finish_restore

    finish_restore(db_path)  # before deciding 'new dossier': a half-done restore is finished
    dialog = UnlockDialog(db_path) if db_path.exists() else CreateDialog(db_path)
    first_frame.watch(dialog)
    _quit_for_smoke_test(dialog)
    accepted = dialog.exec() == dialog.DialogCode.Accepted
    first_frame.release()  # also when the window was closed before it was ever painted
    if not accepted or dialog.dossier is None:
        return 0
    dossier = dialog.dossier
    new_dossier = isinstance(dialog, CreateDialog) and not dialog.restored
    if new_dossier:
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

        first_run.offer(window, new_dossier=new_dossier)  # the tour, once
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


def _set_icon(app: QApplication) -> None:
    from ui.app_icon import app_icon

    app.setWindowIcon(app_icon())


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


def _quit_for_smoke_test(dialog: QDialog) -> None:
    """DEELWIJZER_SMOKE_QUIT_MS: the packaging smoke test (packaging/smoke_test.py) starts the
    frozen program to its first window and needs it to close itself: after that many
    milliseconds the window's title goes to stdout and the window is cancelled, as a user
    would. Nothing else reads this variable."""
    delay = os.environ.get("DEELWIJZER_SMOKE_QUIT_MS", "")
    if not delay.isdigit():
        return

    def close() -> None:
        shown = dialog.isVisible()
        print(f"smoke: first window {'shown' if shown else 'NOT shown'}: "
              f"{dialog.windowTitle()}", flush=True)
        dialog.reject()

    QTimer.singleShot(int(delay), close)
