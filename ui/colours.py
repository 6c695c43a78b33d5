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

import os
import weakref
from collections.abc import Callable
from string import Template
from typing import Any, NamedTuple, TypeVar

# `Qt` is named only inside what runs after the first frame: importing it builds its 93 enums
# (28 ms) before the first window could be shown (ui/first_frame.py).
from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSettings, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget
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


def _window_lightness() -> int:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness()


def scheme() -> str:
    """LIGHT or DARK: the system's colour scheme, unless the palette in use says otherwise.

    The palette is what our colours are drawn on; Windows 10's 'windowsvista' style keeps a
    light palette while the scheme says dark, and an unknown scheme (offscreen, some Linux
    desktops) tells nothing. Only a mid-grey window leaves the choice to the scheme."""
    hint = system_scheme()
    lightness = _window_lightness()
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


def _changed() -> None:
    """The palette or the scheme changed: apply once, after Qt has sent all its events."""
    if scheme() == _state["applied"] or _state["pending"]:
        return
    _state["pending"] = True
    QTimer.singleShot(0, apply_all)


class _Watcher(QWidget):
    """Never shown; Qt sends every widget the application's palette changes."""

    def event(self, event: QEvent) -> bool:  # noqa: D401 - Qt override
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            _changed()
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
        lambda _scheme: _changed()))


# --- the application ------------------------------------------------------------------------


def follow_system(app: QApplication) -> None:
    """Make the whole window follow the system's dark mode, also where the style cannot.

    Windows 11's default style follows dark mode by itself. Windows 10's 'windowsvista' style
    (and a desktop without a dark Qt theme) keeps a light palette while the scheme says dark:
    then Deelwijzer switches to Fusion, which Qt's Windows theme gives a dark palette, and
    sets its own dark palette if the platform still gives a light one."""
    _match_system(app)
    first_frame.after(lambda: _confirm(app))


def _confirm(app: QApplication) -> None:
    """After the first frame: the scheme as Qt has it now, followed from here on. When it is
    not the one the first window was drawn in (changed since the last start, or the very first
    start on a dark system whose style stays light), the window follows now, as it would for
    a change while it is open; and the next start remembers it."""
    styled_in = str(QSettings().value(SCHEME_KEY, "") or "")
    now = system_scheme()
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: _match_system(app))
    if now != styled_in:
        QSettings().setValue(SCHEME_KEY, now)
        _match_system(app)
        _changed()


def _match_system(app: QApplication, wants_dark: bool | None = None) -> None:
    # DEELWIJZER_SCHEME=dark|light overrides the system: for support and for trying the dark
    # set on a desktop whose platform reports no scheme (Linux without a theme, a VM).
    forced = os.environ.get("DEELWIJZER_SCHEME", "").strip().lower()
    if wants_dark is None and forced in ("dark", "light"):
        wants_dark = forced == "dark"
    if wants_dark is None:
        wants_dark = system_scheme() == DARK
    if style_name(app.style()) == "fusion":
        use_fusion(app)  # the platform's own Fusion: indicators that show, in either scheme
    if wants_dark and _window_lightness() >= 128:
        if style_name(app.style()) != "fusion":
            use_fusion(app)
        if _window_lightness() >= 128:
            app.setPalette(dark_qpalette())
            _state["own_palette"] = True
    elif not wants_dark and _state.get("own_palette"):
        app.setPalette(QPalette())  # back to the platform's own palette
        _state["own_palette"] = False


def use_dark(app: QApplication) -> None:
    """Fusion with Deelwijzer's dark palette (screenshots and tests, where no platform
    theme follows a scheme)."""
    use_fusion(app)
    app.setPalette(dark_qpalette())


# --- radio buttons and check boxes ----------------------------------------------------------


class IndicatorStyle(QProxyStyle):
    """Fusion, with radio buttons and check boxes whose edge reads at 3:1 on the window
    (WCAG 1.4.11; `indicator_edge`).

    Fusion draws that edge in the window colour darkened (by half), filled with Base: on a
    dark window that is 1.2:1, and in light mode 2:1. No palette role fixes it: the edge is
    always darker than the window it is drawn on, and a Base light enough to stand out (the
    fill, but also every text field's background) would make the text fields mid-grey. So the
    two indicators are drawn here, plainly: edge, fill, dot or check mark; the rest is
    Fusion's own."""

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,  # noqa: N802
                      painter: QPainter, widget: QWidget | None = None) -> None:
        # Called for every primitive of every widget painted: the ones drawn here are
        # looked up in a set made once, the rest go straight to Fusion.
        if element not in _OWN_PRIMITIVES:
            super().drawPrimitive(element, option, painter, widget)
        elif element is _RADIO or element is _CHECK_BOX:
            draw_indicator(element is _RADIO, option, painter)
        elif element is _LINE_EDIT or (widget is not None and (
                widget.inherits("QPlainTextEdit") or (widget.inherits("QTextEdit")
                                                      and not widget.inherits("QTextBrowser")))):
            # A text field's edge (WCAG 1.4.11): Fusion's is the window darkened, which on a
            # dark window left a fill and no border; drawn like the indicators' edge.
            draw_field_edge(option, painter)
        else:  # PE_Frame of anything but a text area
            super().drawPrimitive(element, option, painter, widget)


_RADIO = QStyle.PrimitiveElement.PE_IndicatorRadioButton
_CHECK_BOX = QStyle.PrimitiveElement.PE_IndicatorCheckBox
_LINE_EDIT = QStyle.PrimitiveElement.PE_FrameLineEdit
_OWN_PRIMITIVES = frozenset((_RADIO, _CHECK_BOX, _LINE_EDIT, QStyle.PrimitiveElement.PE_Frame))


# The edges and the empty boxes below are drawn as paths: QPainter.setPen and setBrush, and the
# QPen(colour, width) and QBrush(colour) constructors, have overloads that take a `Qt` enum,
# and PySide6 builds the whole `Qt` namespace (28 ms) to rule those out — during the first
# window's first paint (ui/first_frame.py). A check mark, a dot or a pressed box comes later.


def plain_pen(colour: QColor, width: float) -> QPen:
    """QPen(colour, width), without the constructor's enum overloads (see above)."""
    pen = QPen()
    pen.setColor(colour)
    pen.setWidthF(width)
    return pen


def draw_field_edge(option: QStyleOption, painter: QPainter) -> None:
    """The 1-pixel rounded edge of a text field, in `indicator_edge` (disabled: half-way
    between window and text)."""
    state, palette = option.state, option.palette  # type: ignore[attr-defined]
    enabled = bool(state & QStyle.StateFlag.State_Enabled)
    group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
    edge = qcolor("indicator_edge") if enabled else _mix(
        palette.color(group, QPalette.ColorRole.Window),
        palette.color(group, QPalette.ColorRole.WindowText), 0.5)
    outline = QPainterPath()
    outline.addRoundedRect(QRectF(option.rect).adjusted(  # type: ignore[attr-defined]
        0.5, 0.5, -0.5, -0.5), 2, 2)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.strokePath(outline, plain_pen(edge, 1))
    painter.restore()


def draw_indicator(radio: bool, option: QStyleOption, painter: QPainter) -> None:
    """A radio button's circle or a check box's square, in the option's state."""
    state, palette = option.state, option.palette  # type: ignore[attr-defined]
    flag = QStyle.StateFlag
    enabled = bool(state & flag.State_Enabled)
    group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
    edge = qcolor("indicator_edge") if enabled else _mix(
        palette.color(group, QPalette.ColorRole.Window),
        palette.color(group, QPalette.ColorRole.WindowText), 0.5)
    if state & flag.State_HasFocus and state & flag.State_KeyboardFocusChange:
        edge = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    fill = palette.brush(group, QPalette.ColorRole.Base)
    mark = palette.color(group, QPalette.ColorRole.Text)
    if state & flag.State_Sunken:  # pressed
        fill = QBrush(_mix(fill.color(), mark, 0.2))
    rect = option.rect  # type: ignore[attr-defined]
    side = min(rect.width(), rect.height()) - 1
    # On pixel centres: a 1-pixel edge between two pixels is drawn as two half-grey ones.
    box = QRectF(rect.x() + (rect.width() - side) // 2 + 0.5,
                 rect.y() + (rect.height() - side) // 2 + 0.5, side, side)
    outline = QPainterPath()
    if radio:
        outline.addEllipse(box)
    else:
        outline.addRoundedRect(box, 2, 2)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillPath(outline, fill)
    painter.strokePath(outline, plain_pen(edge, 1))
    if radio and state & flag.State_On:
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(mark)
        painter.drawEllipse(box.center(), side * 0.26, side * 0.26)
    elif not radio and state & (flag.State_On | flag.State_NoChange):
        qt = QtCore.Qt
        painter.setPen(QPen(mark, max(1.5, side / 8), qt.PenStyle.SolidLine,
                            qt.PenCapStyle.RoundCap, qt.PenJoinStyle.RoundJoin))
        painter.setBrush(QBrush())
        x, y, w = box.x(), box.y(), box.width()
        if state & flag.State_On:
            painter.drawPolyline([QPointF(x + w * 0.24, y + w * 0.52),
                                  QPointF(x + w * 0.43, y + w * 0.71),
                                  QPointF(x + w * 0.77, y + w * 0.31)])
        else:
            painter.drawLine(QPointF(x + w * 0.25, y + w / 2), QPointF(x + w * 0.75, y + w / 2))
    painter.restore()


def _mix(one: QColor, other: QColor, share: float) -> QColor:
    """`one` with `share` of `other` mixed in."""
    return QColor.fromRgbF(*((1 - share) * a + share * b for a, b in zip(
        one.getRgbF()[:3], other.getRgbF()[:3], strict=True)))


def style_name(style: QStyle) -> str:
    """'fusion', 'windows11', …: the style's name, also through IndicatorStyle."""
    while isinstance(style, QProxyStyle) and style.baseStyle() is not None:
        style = style.baseStyle()
    return style.name().lower()


def use_fusion(app: QApplication) -> None:
    """Fusion with indicators that show (IndicatorStyle), unless it is in use already."""
    if isinstance(app.style(), IndicatorStyle):
        return
    fusion = IndicatorStyle("Fusion")
    _state["style"] = fusion  # held here: its Python half draws the indicators
    app.setStyle(fusion)
