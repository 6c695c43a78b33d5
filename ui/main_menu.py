"""The main window's menu bar: every action, reachable with Alt and the underlined letter, its
shortcut shown beside it (WCAG 2.1.1: nothing needs a mouse)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QWidget

from app import __version__


def _tr(text: str) -> str:
    return QCoreApplication.translate("main_menu", text)


@dataclass
class Menus:
    bestand: QMenu
    casus: QMenu
    dossier: QMenu
    help: QMenu
    handbook: QAction  # F1: the handbook viewer (ui/handbook_viewer.py)
    about: QAction
    tour: QAction | None = None  # Shift+F1: the tour of the first start (ui/first_run.py)


def build_menu_bar(window: QMainWindow, actions: Any) -> Menus:
    """Bestand, Casus, Dossier and Help, each with its mnemonic (Alt+B, C, D, H), from the
    actions of ui.main_actions.MainActions (which builds this; hence not imported here)."""
    bar = window.menuBar()
    bestand = bar.addMenu(_tr("&Bestand"))
    bestand.addAction(actions.lock)
    bestand.addSeparator()
    bestand.addAction(actions.quit)

    casus = bar.addMenu(_tr("&Casus"))
    for made in actions.new_case.values():
        casus.addAction(made)
    casus.addSeparator()
    for made in actions.case_actions[:-2]:
        casus.addAction(made)
    casus.addSeparator()
    casus.addAction(actions.discard)  # a concept
    casus.addAction(actions.delete)  # a finished case, on the client's request

    dossier = bar.addMenu(_tr("&Dossier"))
    dossier.addAction(actions.search)
    dossier.addSeparator()
    for made in (actions.inzage, actions.log, actions.backup, actions.organisations,
                 actions.profile, actions.passphrase):
        dossier.addAction(made)

    help_menu = bar.addMenu(_tr("&Help"))
    handbook = QAction(_tr("&Handleiding"), window)
    handbook.setObjectName("handbookAction")
    handbook.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    handbook.setStatusTip(_tr("De hele handleiding, per stap en met zoeken (F1)."))
    # The windows load on first use (ui/help_links.py), not at start-up.
    from ui import help_links

    handbook.triggered.connect(lambda _c=False: help_links.open_handbook("", window))
    window.addAction(handbook)
    help_menu.addAction(handbook)
    tour = QAction(_tr("&Rondleiding"), window)
    tour.setObjectName("tourAction")
    tour.setShortcut(QKeySequence("Shift+F1"))
    tour.triggered.connect(lambda _c=False: help_links.show_tour(window))
    window.addAction(tour)
    help_menu.addAction(tour)
    help_menu.addSeparator()
    about = QAction(_tr("&Over Deelwijzer"), window)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda _c=False: help_links.show_about(window))
    help_menu.addAction(about)
    return Menus(bestand, casus, dossier, help_menu, handbook, about, tour)


def about_text() -> str:
    return _tr(
        "<p><b>Deelwijzer {version}</b></p>"
        "<p>Leidt u als behandelaar stap voor stap door de handleiding "
        "informatie-uitwisseling bij (vermoedens van) kindermishandeling. Werkt altijd "
        "offline; het dossier staat versleuteld op deze computer.</p>").format(
        version=__version__)


def about_box(parent: QWidget) -> QMessageBox:
    """'Over Deelwijzer': the version and what it does (as QMessageBox.about, but a box that
    can be fitted to the screen and looked at in tests)."""
    box = QMessageBox(QMessageBox.Icon.Information, _tr("Over Deelwijzer"), about_text(),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("aboutBox")
    box.setTextFormat(Qt.TextFormat.RichText)
    return box


def show_about(parent: QWidget) -> None:
    box = about_box(parent)
    box.exec()
    box.deleteLater()
