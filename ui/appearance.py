"""The style and palette the whole window draws with: the system's dark mode followed also
where the style cannot, and Fusion's edges made visible (ui/indicator_style.py).

Windows 11's default style follows dark mode by itself. Windows 10's 'windowsvista' style (and
a desktop without a dark Qt theme) keeps a light palette while the scheme says dark: then
Deelwijzer switches to Fusion, which Qt's Windows theme gives a dark palette, and sets its own
dark palette (ui/colours.py) if the platform still gives a light one.

Where Qt's own style is Fusion (Linux), the indicator style waits for the first frame: it is a
Python style, and PySide6 builds QStyle's enums for it (~10 ms). Until it is in place the
first window's own fields draw the same edges (ui/edges.py).
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from ui import colours, edges, first_frame

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyle

_state: dict[str, Any] = {"style": None, "own_palette": False}


def follow_system(app: QApplication) -> None:
    """Make the whole window follow the system's dark mode, also where the style cannot,
    with edges that show in either scheme; from the first frame on."""
    if first_frame.holding() and _fusion_by_default():
        edges.draw_early(True)
        _match_palette(app, _wants_dark(None))

        def take_over() -> None:
            edges.draw_early(False)
            _match_system(app)  # the indicator style: the same edges, now the style's

        first_frame.after(take_over)
    else:
        _match_system(app)
    first_frame.after(lambda: _confirm(app))


def _fusion_by_default() -> bool:
    """Whether Qt's own style will be Fusion, known without asking for the style (a QStyle
    in Python builds its enums): no style chosen on the command line or in the environment,
    and no style but Qt's two portable ones installed (the platform's own — windows11,
    windowsvista, macOS — come before Fusion whenever they are there)."""
    if _state["style"] is not None or os.environ.get("QT_STYLE_OVERRIDE"):
        return False
    if any(arg.lstrip("-").startswith("style") for arg in sys.argv[1:]):
        return False
    return {key.lower() for key in QStyleFactory.keys()} <= {"fusion", "windows"}


def _wants_dark(wants_dark: bool | None) -> bool:
    # DEELWIJZER_SCHEME=dark|light overrides the system: for support and for trying the dark
    # set on a desktop whose platform reports no scheme (Linux without a theme, a VM).
    forced = os.environ.get("DEELWIJZER_SCHEME", "").strip().lower()
    if wants_dark is None and forced in ("dark", "light"):
        wants_dark = forced == "dark"
    if wants_dark is None:
        wants_dark = colours.system_scheme() == colours.DARK
    return wants_dark


def _confirm(app: QApplication) -> None:
    """After the first frame: the scheme as Qt has it now, followed from here on. When it is
    not the one the first window was drawn in (changed since the last start, or the very first
    start on a dark system whose style stays light), the window follows now, as it would for
    a change while it is open; and the next start remembers it."""
    styled_in = str(QSettings().value(colours.SCHEME_KEY, "") or "")
    now = colours.system_scheme()
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: _match_system(app))
    if now != styled_in:
        QSettings().setValue(colours.SCHEME_KEY, now)
        _match_system(app)
        colours.changed()


def _match_system(app: QApplication, wants_dark: bool | None = None) -> None:
    wants_dark = _wants_dark(wants_dark)
    if style_name(app.style()) == "fusion" or (wants_dark
                                               and colours.window_lightness() >= 128):
        use_fusion(app)  # Fusion's edges that show; and a style that can draw dark
    _match_palette(app, wants_dark)


def _match_palette(app: QApplication, wants_dark: bool) -> None:
    if wants_dark and colours.window_lightness() >= 128:
        app.setPalette(colours.dark_qpalette())
        _state["own_palette"] = True
    elif not wants_dark and _state["own_palette"]:
        app.setPalette(QPalette())  # back to the platform's own palette
        _state["own_palette"] = False


def use_dark(app: QApplication) -> None:
    """Fusion with Deelwijzer's dark palette (screenshots and tests, where no platform
    theme follows a scheme)."""
    use_fusion(app)
    app.setPalette(colours.dark_qpalette())


def use_fusion(app: QApplication) -> None:
    """Fusion with edges that show (IndicatorStyle), unless it is in use already."""
    from ui.indicator_style import IndicatorStyle

    if isinstance(app.style(), IndicatorStyle):
        return
    fusion = IndicatorStyle("Fusion")
    _state["style"] = fusion  # held here: its Python half draws the indicators
    app.setStyle(fusion)


def style_name(style: QStyle) -> str:
    """'fusion', 'windows11', …: the style's name, also through IndicatorStyle."""
    from ui.indicator_style import style_name as name

    return name(style)
