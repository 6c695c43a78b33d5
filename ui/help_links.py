"""The ways into the help: the handbook viewer (F1, Help > Handleiding, 'Open in de
handleiding' beside every wizard page), the tour and 'Over Deelwijzer'.

Light on purpose: the windows themselves (ui/handbook_viewer.py, ui/first_run.py,
ui/about_dialog.py) are imported only when first opened, so start-up stays as fast as a bare
Qt window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget
from shiboken6 import isValid

from ui import colours

if TYPE_CHECKING:
    from ui.handbook_viewer import HandbookViewer

_viewer: list[HandbookViewer] = []  # the one viewer, once made


def _tr(text: str) -> str:
    return QCoreApplication.translate("help_links", text)


def viewer() -> HandbookViewer | None:
    """The viewer if it was made and still exists."""
    return _viewer[0] if _viewer and isValid(_viewer[0]) else None


def open_handbook(ref: str = "", source: QWidget | None = None) -> HandbookViewer:
    """The handbook viewer, at handbook id `ref` (else where it was); closing it returns to
    `source`'s window."""
    shown = viewer()
    if shown is None:
        from ui.handbook_viewer import HandbookViewer

        shown = HandbookViewer()
        _viewer[:] = [shown]
    shown.open_at(ref, source)
    return shown


def close_handbook() -> None:
    """Closed when the dossier locks: only the unlock dialog stays."""
    shown = viewer()
    if shown is not None and shown.isVisible():
        shown.close()


def place_of(spec: Any) -> str:
    """Where a page's spec sends the viewer: the first handbook id it names; for a page that
    names none (the meldcode's weighing), the piece its first law note concerns; else ''."""
    refs = tuple(getattr(spec, "refs", ()) or ())
    if refs:
        return str(refs[0])
    from app.content.organisations import law_notes

    notes = law_notes()
    for note in getattr(spec, "law", ()) or ():
        if note in notes and notes[note].applies_to:
            return notes[note].applies_to[0]
    return ""


def first_ref(page: Any) -> str:
    """Where the viewer opens for a wizard page (see place_of), or ''."""
    return place_of(getattr(page, "spec", None))


def install_wizard_help(wizard: Any) -> QShortcut:
    """F1 in a wizard opens the viewer at the current page's first handbook id."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), wizard)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(lambda: open_handbook(first_ref(wizard.currentPage()), wizard))
    return shortcut


def open_link(spec: Any, parent: QWidget) -> QPushButton:
    """'Open in de handleiding' for a page's handbook panel: the viewer at the page's first
    handbook id (F1 does the same)."""
    button = QPushButton(_tr("Open in de handleiding (F1)"), parent)
    button.setObjectName("openHandbook")
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    tip = _tr("De hele handleiding, op de plaats van deze stap (F1)")
    button.setToolTip(tip)
    button.setAccessibleName(_tr("Open in de handleiding"))
    button.setAccessibleDescription(tip)
    colours.style(button, "color: $accent; text-align: right; text-decoration: underline;")
    first = place_of(spec)
    button.clicked.connect(lambda _c=False: open_handbook(first, parent))
    return button


def show_about(parent: QWidget) -> None:
    from ui.about_dialog import AboutDialog

    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def show_tour(parent: QWidget) -> None:
    from ui.first_run import show_tour as show

    show(parent)
