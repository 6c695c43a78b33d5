"""What the main window tells the clinician of its own accord: where the dossier is (or why
that place is risky), damage found by the whole-file check, overdue deadlines at unlock, the
auto-lock a minute ahead; and the handbook viewer put away when the dossier locks. Attached
to the main window once it is built (its locking included)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QLabel

from app.errors import DossierDamaged
from ui import help_links
from ui.integrity_watch import IntegrityWatch
from ui.lock_warning import LockWarning
from ui.overdue_banner import OverdueBanner

# The main window (ui/main_window.py, which calls this: hence not imported here).
MainWindow = Any


def show_where(window: MainWindow) -> QLabel:
    """The dossier's place in the status bar — or the warning that it lies in a synchronised
    or network folder — as a label of the bar's own: a menu's status tip or a job's message
    covers it while it lasts, and it comes back. (As a message of its own it was gone for
    good after the first menu was opened: an outside walk.)"""
    from app.vault.location import risky_location

    path = window.dossier.path
    where = QLabel(risky_location(path) or QCoreApplication.translate(
        "MainWindow", "Dossier: {path}").format(path=path))
    where.setObjectName("dossierWhere")
    where.setMinimumWidth(1)  # a long path is cut off rather than widening the window
    window.statusBar().addWidget(where, 1)
    return where


def attach_notices(window: MainWindow) -> None:
    banner = OverdueBanner()
    layout = window.centralWidget().layout()
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(1, banner)  # under the search row, above the list
    # The whole-file check once the window is shown, daily; its damage banner above this one.
    window.integrity = IntegrityWatch(window)  # type: ignore[attr-defined]
    window.overdue_banner = banner  # type: ignore[attr-defined]
    banner.showRequested.connect(lambda: show_overdue(window))

    def unlocked() -> None:
        if not window.locked and window.dossier.is_open:
            try:
                banner.show_for(window.dossier, window.today)
            except DossierDamaged as exc:  # met before the whole-file check: said there
                window.model.damaged.emit(exc.message)

    def changed() -> None:  # the list was read again: a follow-up may have been handled
        if not window.locked and window.dossier.is_open:
            try:
                banner.update_for(window.dossier, window.today)
            except DossierDamaged as exc:
                window.model.damaged.emit(exc.message)

    def locked_changed(locked: bool) -> None:
        if locked:
            banner.hide()
            help_links.close_handbook()
        else:
            unlocked()

    window.lockedChanged.connect(locked_changed)
    window.model.reloaded.connect(changed)  # not on every search: only after a change
    unlocked()
    warning = LockWarning(window.locking.watcher, window)
    window.lockedChanged.connect(warning.locked_changed)
    window.lock_warning = warning  # type: ignore[attr-defined]


def show_overdue(window: MainWindow) -> None:
    """The deadlines list, with the focus on the oldest overdue item (they come first)."""
    _cases, left = window.splitters
    sizes = left.sizes()
    if len(sizes) == 2 and sizes[1] < 120:  # the list was pushed out of sight
        left.setSizes([max(sizes[0] - 200, 100), sizes[1] + 200])
    deadlines = window.deadlines.list
    deadlines.setFocus(Qt.FocusReason.OtherFocusReason)
    if deadlines.count():
        deadlines.setCurrentRow(0)
        deadlines.scrollToItem(deadlines.item(0))
