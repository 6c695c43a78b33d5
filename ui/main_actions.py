"""The main window's actions: one per flow, the practice's less frequent ones under a
'Dossier' menu button (so the toolbar fits a small screen), and locking."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QToolButton

from app.flows.registry import FLOWS


class ActionSlots(Protocol):
    """What the actions call; the main window provides it."""

    def new_case(self, kind: str) -> object: ...
    def make_inzage(self, client: str = "") -> None: ...
    def show_log(self, case_id: int | None = None) -> None: ...
    def backup_now(self) -> None: ...
    def edit_organisations(self) -> None: ...
    def edit_profile(self) -> bool: ...
    def change_passphrase(self) -> None: ...
    def lock(self) -> None: ...


class MainActions(QObject):
    def __init__(self, window: QMainWindow, slots: ActionSlots) -> None:
        super().__init__(window)
        toolbar = QToolBar(self.tr("Acties"))
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        window.addToolBar(toolbar)
        self.new_case: dict[str, QAction] = {}
        for kind, flow in FLOWS.items():
            action = QAction(self.tr(flow.action), window)
            action.triggered.connect(lambda _c=False, k=kind: slots.new_case(k))
            toolbar.addAction(action)
            self.new_case[kind] = action
        self.new_case["melding"].setShortcut(QKeySequence.StandardKey.New)
        toolbar.addSeparator()

        def action(text: str, slot: Callable[[], object]) -> QAction:
            made = QAction(text, window)
            made.triggered.connect(slot)
            return made

        self.inzage = action(self.tr("Inzage…"), lambda: slots.make_inzage())
        self.organisations = action(self.tr("Organisaties…"), slots.edit_organisations)
        self.backup = action(self.tr("Reservekopie…"), slots.backup_now)
        self.log = action(self.tr("Toegangslog…"), lambda: slots.show_log())
        self.passphrase = action(self.tr("Wachtwoord wijzigen…"), slots.change_passphrase)
        self.profile = action(self.tr("Praktijkgegevens…"), slots.edit_profile)
        self.lock = action(self.tr("Vergrendelen"), slots.lock)
        self.lock.setShortcut(QKeySequence("Ctrl+L"))
        menu = QMenu(window)
        for item in (self.inzage, self.log, self.backup, self.organisations, self.profile,
                     self.passphrase):
            menu.addAction(item)
        self.dossier_menu = QToolButton()
        self.dossier_menu.setText(self.tr("Dossier"))
        self.dossier_menu.setMenu(menu)
        self.dossier_menu.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(self.dossier_menu)
        toolbar.addAction(self.lock)
