"""Every colour the interface draws, in a light and a dark set, applied again when they change.

Why one place: Qt turns its own palette dark when the system is in dark mode, but a colour
written into a style sheet, a rich text or a QColor stays as it was: a light panel behind the
palette's light text reads at 1.2:1 (WCAG 1.4.3, 1.4.11). Every colour below has a light and a
dark value; `PAIRS` says which colours are drawn on which, and whether that is text (4.5:1) or
a non-text indicator such as an underline (3:1), so `tests/test_contrast.py` checks each pair
in both sets.

A widget takes its colours through `style` (a style sheet with `$role` placeholders) or
`follow` (a function applied again, e.g. a highlighter's `rehighlight`); when the colour scheme
or the application palette changes, each live one is applied again. Nothing here keeps a
widget alive: the registry holds them weakly.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from string import Template
from typing import Any, NamedTuple, TypeVar

# `Qt` is named only inside what runs after the first frame: importing it builds its 93 enums
# (28 ms) before the first window could be shown (ui/first_frame.py).
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from ui import first_frame

LIGHT, DARK = "light", "dark"
SCHEME_KEY = "interface/colour_scheme"  # the system's scheme at the end of the last start


class Role(NamedTuple):  # not a dataclass: `dataclasses` cost 2 ms before the first window
    light: str
    dark: str
    use: str  # where it is drawn, so a change can be judged without a search


ROLES: dict[str, Role] = {
    # Text on the palette's own window and lists (see SURFACES).
    "muted": Role("#595959", "#b3b3b3", "secondary text: counts, hints, dates, law notes"),
    "accent": Role("#1f4e79", "#8cbbec", "case title, 'Handleiding', example headings"),
    "link": Role("#1f4e79", "#8cbbec", "flat buttons that read as links (unlock dialog)"),
    "needed": Role("#8a4b00", "#f0b45e", "what is still needed (amber), soon due, warnings"),
    "error": Role("#a61b1b", "#ff8f85", "errors, 'Niet zo', an open finding, a missing step"),
    "overdue": Role("#a61b1b", "#ff8f85", "an overdue follow-up or term"),
    "ok": Role("#1d6b2f", "#7fd18f", "done, saved, 'Maar zo', a completed step"),
    "apart": Role("#8a1c1c", "#ffb4b4", "the tab of the part not for the family"),
    # The handbook panel and the recovery code: our own background, so our own text too.
    "panel_bg": Role("#f4f7fb", "#1b2430", "handbook panel and recovery code background"),
    "panel_text": Role("#1a1a1a", "#e6e6e6", "text on panel_bg"),
    "panel_border": Role("#b9c9de", "#4a5d75", "edge of the panel (decoration)"),
    # The panel's scroll bar: a track and a thumb that show the guidance goes on.
    "scroll_track": Role("#dde4ee", "#2e3a4a", "track of the handbook panel's scroll bar"),
    "scroll_thumb": Role("#5f6e82", "#93a4ba", "its thumb and arrows, on the track and panel"),
    # Notices: a blue box with what to consider (non-blocking).
    "info_bg": Role("#eef3f9", "#1a2838", "notice background"),
    "info_text": Role("#1f3550", "#dce8f6", "notice text"),
    "info_border": Role("#b9c9de", "#4a6a8f", "notice edge (decoration)"),
    # Inzage rows that may name someone else.
    "hint_bg": Role("#fff4e0", "#4a3812", "inzage row that may mention another person"),
    "hint_text": Role("#1a1a1a", "#f5efe3", "text in such a row"),
    # A flagged passage in a text field (judgement check).
    "finding_bg": Role("#fdecea", "#4a2023", "background of a flagged passage"),
    "finding_text": Role("#1a1a1a", "#fbeaea", "text of a flagged passage"),
    "finding_line": Role("#c0392b", "#ff8f85", "its underline; the finding box's edge"),
    # The preview's banner for the part not for the family.
    "banner_bg": Role("#fde8e8", "#4a1f1f", "'NIET VOOR HET GEZIN' banner background"),
    "banner_text": Role("#8a1c1c", "#ffc9c9", "its text and edge"),
    # The preview: white paper on a grey desk, in both schemes (a page prints on white).
    "paper": Role("#ffffff", "#ffffff", "a rendered PDF page"),
    "desk": Role("#6b6b6b", "#3a3a3a", "behind the pages"),
    "frame_border": Role("#d5dde8", "#3f4b5a", "edge of a numbered row or an answer box"),
    # The handbook viewer: the places a search found, and the piece a wizard page opened at.
    "search_bg": Role("#ffe98a", "#6b5a00", "a search hit in the handbook viewer"),
    "search_text": Role("#1a1a1a", "#fff8dc", "text of a hit, and of the piece opened at"),
    "target_bg": Role("#e3eefa", "#23364d", "the piece of the handbook a page opened at"),
    # Fusion's radio buttons and check boxes (IndicatorStyle): their edge on the window.
    "indicator_edge": Role("#767676", "#8c8c8c", "edge of a radio button or check box"),
}

# The palette's own backgrounds on which the text roles are drawn: window, lists and text
# fields, alternate rows, buttons and tabs, as Fusion, Windows 11, GNOME and KDE paint them in
# each scheme. A text role must read on every one of them.
SURFACES: dict[str, tuple[str, ...]] = {
    LIGHT: ("#ffffff", "#f5f5f5", "#efefef", "#e8e8e8"),
    DARK: ("#141618", "#1e1e1e", "#202020", "#2b2b2b", "#353535", "#3c3c3c"),
}

TEXT, INDICATOR, DECORATION = "text", "indicator", "decoration"
MINIMUM = {TEXT: 4.5, INDICATOR: 3.0, DECORATION: 1.0}  # WCAG 1.4.3 and 1.4.11

# (foreground, background, kind) for every pair drawn one on the other; "surface" is each of
# SURFACES. Decoration (a box's edge beside a visible label) has no minimum in WCAG; it is
# listed so the test reports it.
PAIRS: tuple[tuple[str, str, str], ...] = (
    *((role, "surface", TEXT) for role in
      ("muted", "accent", "link", "needed", "error", "overdue", "ok", "apart")),
    ("panel_text", "panel_bg", TEXT),
    ("accent", "panel_bg", TEXT),
    ("error", "panel_bg", TEXT),
    ("ok", "panel_bg", TEXT),
    ("finding_line", "panel_bg", INDICATOR),
    ("panel_border", "panel_bg", DECORATION),
    ("scroll_thumb", "panel_bg", INDICATOR),
    ("scroll_thumb", "scroll_track", INDICATOR),
    ("scroll_track", "panel_bg", DECORATION),
    ("info_text", "info_bg", TEXT),
    ("info_border", "info_bg", DECORATION),
    ("hint_text", "hint_bg", TEXT),
    ("finding_text", "finding_bg", TEXT),
    ("finding_line", "finding_bg", INDICATOR),
    ("banner_text", "banner_bg", TEXT),
    ("paper", "desk", INDICATOR),
    ("frame_border", "surface", DECORATION),
    ("search_text", "search_bg", TEXT),
    ("search_text", "target_bg", TEXT),
    ("indicator_edge", "surface", INDICATOR),
)

# The dark palette for the Fusion style when the platform gives none (offscreen screenshots,
# a style that cannot draw dark): (role, colour, also for the disabled group).
DARK_QPALETTE: tuple[tuple[QPalette.ColorRole, str], ...] = (
    (QPalette.ColorRole.Window, "#2b2b2b"),
    (QPalette.ColorRole.WindowText, "#e6e6e6"),
    (QPalette.ColorRole.Base, "#1e1e1e"),
    (QPalette.ColorRole.AlternateBase, "#262626"),
    (QPalette.ColorRole.Text, "#e6e6e6"),
    (QPalette.ColorRole.PlaceholderText, "#9a9a9a"),
    (QPalette.ColorRole.Button, "#353535"),
    (QPalette.ColorRole.ButtonText, "#e6e6e6"),
    (QPalette.ColorRole.BrightText, "#ffffff"),
    (QPalette.ColorRole.ToolTipBase, "#3c3c3c"),
    (QPalette.ColorRole.ToolTipText, "#f0f0f0"),
    (QPalette.ColorRole.Highlight, "#3a77c2"),  # also the focus frame (focus_ring.py)
    (QPalette.ColorRole.HighlightedText, "#ffffff"),
    (QPalette.ColorRole.Link, "#8cbbec"),
    (QPalette.ColorRole.LinkVisited, "#c5a8f0"),
    (QPalette.ColorRole.Light, "#4a4a4a"),
    (QPalette.ColorRole.Midlight, "#3c3c3c"),
    (QPalette.ColorRole.Mid, "#262626"),
    (QPalette.ColorRole.Dark, "#1a1a1a"),
    (QPalette.ColorRole.Shadow, "#0a0a0a"),
)
DARK_QPALETTE_DISABLED = "#8a8a8a"  # disabled text: still legible (4.1:1 on the window)
# Pairs of the dark QPalette the test checks; a str background is one of ROLES (dark).
_R = QPalette.ColorRole
DARK_QPALETTE_PAIRS: tuple[tuple[QPalette.ColorRole, QPalette.ColorRole | str, str], ...] = (
    (_R.WindowText, _R.Window, TEXT),
    (_R.Text, _R.Base, TEXT),
    (_R.Text, _R.AlternateBase, TEXT),
    (_R.PlaceholderText, _R.Base, TEXT),
    (_R.ButtonText, _R.Button, TEXT),
    (_R.ToolTipText, _R.ToolTipBase, TEXT),
    (_R.HighlightedText, _R.Highlight, TEXT),
    (_R.Link, _R.Base, TEXT),
    # focus_ring.py draws the focus frame in palette(highlight): on the window and the panel.
    (_R.Highlight, _R.Window, INDICATOR),
    (_R.Highlight, _R.Base, INDICATOR),
    (_R.Highlight, "panel_bg", INDICATOR),
)


def dark_qpalette() -> QPalette:
    """The dark palette Deelwijzer uses with Fusion when the platform offers none."""
    palette = QPalette()
    for role, value in DARK_QPALETTE:
        palette.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DARK_QPALETTE_DISABLED))
    return palette


# --- which set ------------------------------------------------------------------------------


def window_lightness() -> int:
    """How light the palette's window is (0-255): what our colours are drawn on."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness()


def scheme() -> str:
    """LIGHT or DARK: the system's colour scheme, unless the palette in use says otherwise.

    The palette is what our colours are drawn on; Windows 10's 'windowsvista' style keeps a
    light palette while the scheme says dark, and an unknown scheme (offscreen, some Linux
    desktops) tells nothing. Only a mid-grey window leaves the choice to the scheme."""
    hint = system_scheme()
    lightness = window_lightness()
    if hint and 96 <= lightness <= 160:
        return hint
    return DARK if lightness < 128 else LIGHT


def system_scheme() -> str:
    """DARK, LIGHT or '' (the system does not say), as Qt has it.

    Until the first window has been painted: as it was at the end of the last start. Qt
    answers with a `Qt.ColorScheme`, and the first one built costs 28 ms (ui/first_frame.py);
    `follow_system` asks Qt right after the first frame and follows when it changed meanwhile
    (or on the very first start, when there is nothing remembered yet)."""
    if first_frame.holding():
        if "remembered" not in _state:  # read once: every colour asks, many before the frame
            remembered = str(QSettings().value(SCHEME_KEY, "") or "")
            _state["remembered"] = remembered if remembered in (DARK, LIGHT) else ""
            first_frame.after(lambda: _state.pop("remembered", None))  # this start's only
        return str(_state["remembered"])
    named = QGuiApplication.styleHints().colorScheme().name  # 'Dark', 'Light' or 'Unknown'
    return {"Dark": DARK, "Light": LIGHT}.get(named, "")


def values(which: str | None = None) -> dict[str, str]:
    """Every role's colour in a set (the current one by default), by role name."""
    which = which or scheme()
    return {name: getattr(role, which) for name, role in ROLES.items()}


def colour(role: str) -> str:
    """One role's colour now, as #rrggbb (for rich text)."""
    return getattr(ROLES[role], scheme())


def qcolor(role: str) -> QColor:
    return QColor(colour(role))


def fill(template: str) -> str:
    """A style sheet with `$role` placeholders, in the current colours."""
    return Template(template).substitute(values())


# --- applied again on a change --------------------------------------------------------------

T = TypeVar("T", bound=QObject)
# widget → (its template, the style sheet that template gave last)
_styled: weakref.WeakKeyDictionary[QWidget, tuple[str, str]] = weakref.WeakKeyDictionary()
_followers: weakref.WeakKeyDictionary[QObject, dict[str, Callable[[Any], object]]] = (
    weakref.WeakKeyDictionary())
_state: dict[str, Any] = {"applied": None, "watcher": None, "pending": False}


def style(widget: QWidget, template: str) -> None:
    """Set `widget`'s style sheet from a template with `$role` colours; kept in the current
    colours from now on. A later call for the same widget replaces the template; rules another
    helper adds around it (a focus frame) are kept; a sheet set otherwise ends it."""
    _watch()
    sheet = fill(template)
    widget.setStyleSheet(sheet)
    _styled[widget] = (template, sheet)


def follow(owner: T, apply: Callable[[T], object], key: str = "") -> None:
    """Call `apply(owner)` again whenever the colours change (not now), while owner lives.

    `apply` gets the owner passed in and must not hold it itself (a lambda over `self`), or
    the owner could never be freed: that is refused."""
    held = [getattr(apply, "__self__", None)]
    for cell in getattr(apply, "__closure__", None) or ():
        try:
            held.append(cell.cell_contents)
        except ValueError:  # a cell not filled yet
            pass
    if any(value is owner for value in held):
        raise TypeError("follow: apply must take the owner as its argument, not hold it")
    _watch()
    _followers.setdefault(owner, {})[key] = apply


def apply_all() -> None:
    """Apply every registered colour again, now (also when the scheme seems unchanged)."""
    _state["pending"] = False
    _state["applied"] = scheme()
    current = values()
    for widget, (template, old) in list(_styled.items()):
        if not isValid(widget):
            continue
        sheet, new = widget.styleSheet(), Template(template).substitute(current)
        if sheet == old:
            widget.setStyleSheet(new)
        elif old and old in sheet:  # another helper added rules around ours (focus_ring)
            widget.setStyleSheet(sheet.replace(old, new))
        else:  # set since by someone else: theirs now
            del _styled[widget]
            continue
        _styled[widget] = (template, new)
    for owner, applies in list(_followers.items()):
        if isValid(owner):
            for apply in list(applies.values()):
                apply(owner)


def changed() -> None:
    """The palette or the scheme changed: apply once, after Qt has sent all its events."""
    if scheme() == _state["applied"] or _state["pending"]:
        return
    _state["pending"] = True
    QTimer.singleShot(0, apply_all)


class _Watcher(QWidget):
    """Never shown; Qt sends every widget the application's palette changes."""

    def event(self, event: QEvent) -> bool:  # noqa: D401 - Qt override
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            changed()
        return super().event(event)


def _watch() -> None:
    watcher = _state["watcher"]
    if watcher is not None and isValid(watcher):
        return
    _state["applied"] = scheme()
    watcher = _Watcher()
    watcher.setObjectName("colourWatcher")
    _state["watcher"] = watcher
    first_frame.after(lambda: QGuiApplication.styleHints().colorSchemeChanged.connect(
        lambda _scheme: changed()))


def plain_pen(colour: QColor, width: float) -> QPen:
    """QPen(colour, width), without the constructor's enum overloads: QPainter.setPen and
    setBrush, and the QPen(colour, width) and QBrush(colour) constructors, have overloads that
    take a `Qt` enum, and PySide6 builds the whole `Qt` namespace (28 ms) to rule those out —
    during the first window's first paint (ui/first_frame.py). Edges are drawn as paths with
    this pen."""
    pen = QPen()
    pen.setColor(colour)
    pen.setWidthF(width)
    return pen


def mix(one: QColor, other: QColor, share: float) -> QColor:
    """`one` with `share` of `other` mixed in."""
    return QColor.fromRgbF(*((1 - share) * a + share * b for a, b in zip(
        one.getRgbF()[:3], other.getRgbF()[:3], strict=True)))
