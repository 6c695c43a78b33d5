"""The main window's actions, each with a mnemonic and a shortcut: the menu bar holds them all
(ui/main_menu.py), the toolbar the four flows, the less frequent ones under a 'Dossier' menu
button (so it fits a small screen) and locking. A toolbar button says its shortcut in its
tooltip; a menu shows it beside the item."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QToolButton

from app.content.i18n import _
from app.flows.registry import FLOWS
from ui.main_menu import build_menu_bar

# Each flow's menu item (with its mnemonic) and shortcut. The toolbar shows the flow's own
# action label; the menu the same words with the underlined letter.
FLOW_KEYS: dict[str, tuple[str, str]] = {
    "melding": (QT_TRANSLATE_NOOP("MainActions", "Nieuwe &melding"), "Ctrl+N"),
    "informatieverzoek": (QT_TRANSLATE_NOOP("MainActions", "&Informatieverzoek beantwoorden"),
                          "Ctrl+I"),
    "overleg": (QT_TRANSLATE_NOOP("MainActions", "&Overleg vastleggen"), "Ctrl+Shift+O"),
    "ander_doel": (QT_TRANSLATE_NOOP("MainActions", "Verzoek &ander doel"), "Ctrl+Shift+A"),
}


class ActionSlots(Protocol):
    """What the actions call; the main window provides it."""

    def new_case(self, kind: str) -> object: ...
    def selected_case(self) -> int: ...
    def open_case(self, case_id: int) -> object: ...
    def make_document(self, case_id: int) -> None: ...
    def add_contact(self, case_id: int) -> None: ...
    def copy_verslag(self, case_id: int) -> None: ...
    def save_verslag_pdf(self, case_id: int) -> None: ...
    def delete_case(self, case_id: int) -> bool: ...
    def delete_draft(self, case_id: int) -> bool: ...
    def make_inzage(self, client: str = "") -> None: ...
    def show_log(self, case_id: int | None = None) -> None: ...
    def backup_now(self) -> None: ...
    def edit_organisations(self) -> None: ...
    def edit_profile(self) -> bool: ...
    def change_passphrase(self) -> None: ...
    def focus_search(self) -> None: ...
    def lock(self) -> None: ...
    def close(self) -> bool: ...


def tip_with_shortcut(action: QAction) -> None:
    """The tooltip of a toolbar button: its words and its shortcut, e.g. 'Vergrendelen
    (Ctrl+L)', so the shortcut is found without opening the menu."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{text} ({keys})" if keys else text)


class MainActions(QObject):
    def __init__(self, window: QMainWindow, slots: ActionSlots) -> None:
        super().__init__(window)
        tr = self.tr

        def action(text: str, keys: str | QKeySequence.StandardKey,
                   slot: Callable[[], object]) -> QAction:
            made = QAction(text, window)
            made.setShortcut(QKeySequence(keys))
            made.triggered.connect(lambda _c=False: slot())
            tip_with_shortcut(made)
            window.addAction(made)  # its shortcut works wherever the focus is in the window
            return made

        def on_case(slot: Callable[[int], object]) -> Callable[[], object]:
            return lambda: slot(slots.selected_case())

        self.new_case: dict[str, QAction] = {}
        for kind, flow in FLOWS.items():
            text, keys = FLOW_KEYS.get(kind, (flow.action, ""))
            made = action(tr(text), keys, lambda k=kind: slots.new_case(k))
            made.setIconText(_(flow.action))  # the toolbar's words, no underlined letter
            self.new_case[kind] = made

        # The selected case (the same as the case panel's buttons).
        self.open_case = action(tr("&Verder met concept"), "Ctrl+O", on_case(slots.open_case))
        self.document = action(tr("&PDF maken…"), "Ctrl+P", on_case(slots.make_document))
        self.contact = action(tr("&Contact toevoegen…"), "Ctrl+Shift+K",
                              on_case(slots.add_contact))
        self.copy_verslag = action(tr("&Dossierverslag kopiëren (voor uw EPD)"),
                                   "Ctrl+Shift+C", on_case(slots.copy_verslag))
        self.verslag_pdf = action(tr("Dossierverslag als PD&F…"), "Ctrl+Shift+P",
                                  on_case(slots.save_verslag_pdf))
        self.case_log = action(tr("&Toegangslog van deze casus…"), "Ctrl+Shift+T",
                               on_case(lambda case_id: slots.show_log(case_id)))
        self.delete = action(tr("Ver&wijderen op verzoek van de cliënt…"), "Ctrl+Shift+Del",
                             on_case(slots.delete_case))
        self.discard = action(tr("Concept ve&rwijderen…"), "Ctrl+Shift+D",
                              on_case(slots.delete_draft))
        self.case_actions = (self.open_case, self.document, self.contact, self.copy_verslag,
                             self.verslag_pdf, self.case_log, self.discard, self.delete)

        # The dossier as a whole.
        self.search = action(tr("&Zoeken"), QKeySequence.StandardKey.Find, slots.focus_search)
        self.inzage = action(tr("&Inzage…"), "Ctrl+Shift+I", lambda: slots.make_inzage())
        self.log = action(tr("&Toegangslog…"), "Ctrl+Shift+L", lambda: slots.show_log())
        self.backup = action(tr("&Reservekopie…"), "Ctrl+Shift+B", slots.backup_now)
        self.organisations = action(tr("&Organisaties…"), "Ctrl+Shift+G",
                                    slots.edit_organisations)
        self.profile = action(tr("&Praktijkgegevens…"), "Ctrl+,", slots.edit_profile)
        self.passphrase = action(tr("&Wachtwoord wijzigen…"), "Ctrl+Shift+W",
                                 slots.change_passphrase)
        self.lock = action(tr("&Vergrendelen"), "Ctrl+L", slots.lock)
        self.quit = action(tr("&Afsluiten"), "Ctrl+Q", slots.close)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.menus = build_menu_bar(window, self)

        toolbar = QToolBar(tr("Acties"))
        toolbar.setObjectName("actionsToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        window.addToolBar(toolbar)
        for made in self.new_case.values():
            toolbar.addAction(made)
        toolbar.addSeparator()
        self.dossier_menu = QToolButton()
        self.dossier_menu.setText(tr("Dossier"))
        self.dossier_menu.setToolTip(tr("Dossier (Alt+D in de menubalk)"))
        self.dossier_menu.setMenu(self.menus.dossier)
        self.dossier_menu.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # Like the other toolbar buttons, not a Tab stop: the menu bar (Alt+D) has it all.
        self.dossier_menu.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        toolbar.addWidget(self.dossier_menu)
        toolbar.addAction(self.lock)
        self.update_for_case(None)

    def update_for_case(self, status: str | None) -> None:
        """Only what applies to the selected case (none, a concept, a finished one)."""
        concept = status == "concept"
        done = status is not None and not concept
        self.open_case.setEnabled(concept)
        for made in (self.document, self.contact, self.copy_verslag, self.verslag_pdf):
            made.setEnabled(done)
        self.case_log.setEnabled(status is not None)
        self.delete.setEnabled(done)
        self.discard.setEnabled(concept)

    def menu(self) -> QMenu:
        """The Dossier menu (also the toolbar's 'Dossier' button)."""
        return self.menus.dossier
