"""Starting the app: unlock or create the dossier, then the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app import service
from app.i18n import current_language
from ui.main_window import MainWindow
from ui.profile_dialog import ProfileDialog
from ui.unlock import CreateDialog, UnlockDialog


def install_translators(app: QApplication) -> None:
    """Qt's own strings in the chosen language; Deelwijzer's catalogue when one exists."""
    language = current_language()
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)


def run(db_path: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Deelwijzer")
    app.setOrganizationName("Deelwijzer")
    install_translators(app)  # type: ignore[arg-type]
    dialog = UnlockDialog(db_path) if db_path.exists() else CreateDialog(db_path)
    if dialog.exec() != dialog.DialogCode.Accepted or dialog.dossier is None:
        return 0
    dossier = dialog.dossier
    try:
        if not service.profile_complete(dossier.profile()):
            profile = ProfileDialog(dossier.profile())
            if profile.exec() == ProfileDialog.DialogCode.Accepted:
                dossier.set_profile(profile.values())
        window = MainWindow(dossier)
        window.show()
        return app.exec()
    finally:
        dossier.close()
