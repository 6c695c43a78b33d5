"""Colour (WCAG 1.4.3, 1.4.11, 1.4.1): every pair of colours Deelwijzer draws reads in the light
and in the dark set, no ui module has a colour of its own, a switch to dark mode while running
reaches the widgets already open, and a finding is told by more than its colour."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest

from PySide6.QtGui import QPalette, QTextCharFormat

from app.checks.problems import Problem
from ui import appearance, colours
from ui.indicator_style import IndicatorStyle

UI = Path(__file__).resolve().parent.parent / "ui"


def luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of #rrggbb."""
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(colour[i:i + 2], 16)) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_is_computed_as_wcag_does():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the known near miss
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


def _backgrounds(background: str, which: str) -> tuple[str, ...]:
    if background == "surface":
        return colours.SURFACES[which]
    return (getattr(colours.ROLES[background], which),)


@pytest.mark.parametrize("which", [colours.LIGHT, colours.DARK])
def test_every_pair_the_interface_draws_reads_in_both_sets(which):
    short = []
    for foreground, background, kind in colours.PAIRS:
        colour = getattr(colours.ROLES[foreground], which)
        for back in _backgrounds(background, which):
            ratio = contrast(colour, back)
            if ratio < colours.MINIMUM[kind]:
                short.append(f"{foreground} {colour} on {background} {back}: {ratio:.2f}:1, "
                             f"{kind} needs {colours.MINIMUM[kind]}:1")
    assert not short, "\n".join(short)


def test_every_role_is_checked_in_a_pair():
    """A colour that is in no pair would escape the contrast test."""
    in_pairs = {role for fg, bg, _kind in colours.PAIRS for role in (fg, bg)} - {"surface"}
    assert in_pairs <= set(colours.ROLES)
    assert set(colours.ROLES) - in_pairs == set()
    assert {kind for _fg, _bg, kind in colours.PAIRS} <= set(colours.MINIMUM)
    for role in colours.ROLES.values():
        assert all(re.fullmatch(r"#[0-9a-f]{6}", v) for v in (role.light, role.dark)), role


def test_the_dark_palette_for_fusion_reads():
    palette = dict(colours.DARK_QPALETTE)
    short = []
    for fg, bg, kind in colours.DARK_QPALETTE_PAIRS:
        back = colours.ROLES[bg].dark if isinstance(bg, str) else palette[bg]
        ratio = contrast(palette[fg], back)
        if ratio < colours.MINIMUM[kind]:
            short.append(f"{fg.name} on {bg}: {ratio:.2f}:1 ({kind})")
    assert not short, "\n".join(short)


# --- no colours outside ui/colours.py ------------------------------------------------------

HEX = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?(?:[0-9a-fA-F]{2})?\b")
FUNCTION = re.compile(r"\b(?:rgba?|hsla?|hsva?)\s*\(", re.IGNORECASE)
NAMED = re.compile(
    r"\b(?:color|background(?:-color)?|border(?:-[a-z]+)*|outline|selection-[a-z-]+)\s*:"
    r"[^;{}]*?\b(?:white|black|red|green|blue|gr[ae]y|yellow|orange|purple|navy|maroon|silver|"
    r"dark(?:red|green|blue|gr[ae]y)|light(?:gr[ae]y|blue))\b", re.IGNORECASE)
GLOBAL_COLOURS = {"white", "black", "red", "darkRed", "green", "darkGreen", "blue", "darkBlue",
                  "cyan", "darkCyan", "magenta", "darkMagenta", "yellow", "darkYellow", "gray",
                  "darkGray", "lightGray"}


def colour_literals(source: str) -> list[str]:
    """Hard-coded colours in Python source: in strings (style sheets, rich text) and as
    QColor(...) of a literal or a Qt.GlobalColor; comments do not count."""
    found = []
    tokens = [t for t in tokenize.generate_tokens(io.StringIO(source).readline)
              if t.type not in (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE,
                                tokenize.INDENT, tokenize.DEDENT)]
    for i, tok in enumerate(tokens):
        where = f"line {tok.start[0]}"
        if tok.type == tokenize.STRING:
            for pattern in (HEX, FUNCTION, NAMED):
                found += [f"{where}: {m.group()}" for m in pattern.finditer(tok.string)]
        elif tok.string == "QColor" and i + 2 < len(tokens) and tokens[i + 1].string == "(" \
                and tokens[i + 2].type in (tokenize.STRING, tokenize.NUMBER):
            found.append(f"{where}: QColor({tokens[i + 2].string}")
        elif tok.string == "Qt" and i + 2 < len(tokens) and tokens[i + 1].string == ".":
            name = tokens[i + 2].string
            if name == "GlobalColor" and i + 4 < len(tokens):
                name = tokens[i + 4].string
            if name in GLOBAL_COLOURS:
                found.append(f"{where}: Qt.{name}")
    return found


def test_the_literal_finder_finds_what_it_should():
    source = '\n'.join([
        'a.setStyleSheet("color: #a61b1b;")', 'b = QColor("#fff")', 'c = QColor(255, 0, 0)',
        'd = Qt.red', 'e = Qt.GlobalColor.darkGray', 'f = "background: white;"',
        'g = "color: rgb(1, 2, 3)"', '# a comment about #123 and Qt.red', 'h = "#handbookPanel {"',
        'i = "color: $muted; background: transparent"', 'j = f"#{name} {{ border: 1px; }}"'])
    found = colour_literals(source)
    lines = sorted({int(f.split(":")[0].removeprefix("line ")) for f in found})
    assert lines == [1, 2, 3, 4, 5, 6, 7]


def test_no_ui_module_has_a_colour_of_its_own():
    found = {}
    for path in sorted(UI.rglob("*.py")):
        if path.name == "colours.py" and path.parent == UI:
            continue
        literals = colour_literals(path.read_text(encoding="utf-8"))
        if literals:
            found[str(path.relative_to(UI.parent))] = literals
    assert not found, f"take these from ui/colours.py: {found}"


# --- a switch while running ------------------------------------------------------------------


@pytest.fixture
def back_to_light(qapp, qtbot):
    """Leave the application as the other tests expect it: the platform's light palette."""
    style = appearance.style_name(qapp.style())  # also through Deelwijzer's IndicatorStyle
    yield
    qapp.setPalette(QPalette())
    qapp.setStyle(style)
    qtbot.waitUntil(lambda: colours.scheme() == colours.LIGHT and not colours._state["pending"]
                    and colours._state["applied"] == colours.LIGHT)


def _flagged_format(area) -> QTextCharFormat:
    ranges = area.document().firstBlock().layout().formats()
    [marked] = [QTextCharFormat(r.format) for r in ranges
                if r.format.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline]
    return marked


def test_dark_mode_while_running_recolours_the_open_widgets(qapp, qtbot, back_to_light):
    from ui.case_panel import CasePanel
    from ui.fields import ProblemLabel, TextArea

    assert colours.scheme() == colours.LIGHT
    needed = ProblemLabel()
    qtbot.addWidget(needed)
    needed.set_problems([Problem("x.when", "Nog nodig: wanneer.")])
    area = TextArea("", 3, checked=True)
    qtbot.addWidget(area)
    area.setPlainText("Hij is een liefdevolle vader.")
    edits = []
    area.textChanged.connect(lambda: edits.append(1))
    panel = CasePanel()
    qtbot.addWidget(panel)
    for widget in (needed, area, panel):
        widget.show()
    light = colours.ROLES
    assert light["needed"].light in needed.styleSheet()
    assert _flagged_format(area).background().color().name() == light["finding_bg"].light

    appearance.use_dark(qapp)  # what the platform does when Windows turns dark (offscreen: by hand)

    qtbot.waitUntil(lambda: colours.ROLES["needed"].dark in needed.styleSheet())
    assert colours.ROLES["needed"].light not in needed.styleSheet()
    flagged = _flagged_format(area)
    assert flagged.background().color().name() == colours.ROLES["finding_bg"].dark
    assert flagged.foreground().color().name() == colours.ROLES["finding_text"].dark
    assert flagged.underlineColor().name() == colours.ROLES["finding_line"].dark
    assert colours.ROLES["accent"].dark in panel.title.styleSheet()
    assert edits == []  # highlighting again is not an edit: the draft is not saved again


def test_a_scheme_change_on_its_own_is_followed(qapp, qtbot, back_to_light):
    """Windows sends colorSchemeChanged; where the palette follows, the colours do too."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QLabel

    from ui.people_rows import HINT_STYLE

    hint = QLabel("een hint")
    qtbot.addWidget(hint)
    colours.style(hint, HINT_STYLE)
    QGuiApplication.styleHints().setColorScheme(Qt.ColorScheme.Dark)  # offscreen: no effect
    qapp.setPalette(colours.dark_qpalette())
    qtbot.waitUntil(lambda: colours.ROLES["muted"].dark in hint.styleSheet())
    QGuiApplication.styleHints().unsetColorScheme()


def test_rules_added_around_a_colour_template_survive_a_switch(qapp, qtbot, back_to_light):
    """The handbook text's focus frame (focus_ring.py) is added to its style sheet."""
    from PySide6.QtWidgets import QTextBrowser

    from ui.focus_ring import show_focus

    browser = QTextBrowser()
    browser.setObjectName("text")
    qtbot.addWidget(browser)
    colours.style(browser, "background: transparent; color: $panel_text;")
    show_focus(browser)
    appearance.use_dark(qapp)
    qtbot.waitUntil(lambda: colours.ROLES["panel_text"].dark in browser.styleSheet())
    assert ":focus" in browser.styleSheet()


def test_a_style_that_cannot_draw_dark_gets_the_dark_palette_and_gives_it_back(qapp, qtbot,
                                                                              back_to_light):
    """Windows 10's style keeps a light palette in dark mode: Deelwijzer then uses Fusion with
    its own dark palette (offscreen Qt reports no scheme, so the wish is passed in)."""
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    colours.style(label, "color: $error;")
    appearance._match_system(qapp, wants_dark=True)
    assert appearance.style_name(qapp.style()) == "fusion" and colours.scheme() == colours.DARK
    assert isinstance(qapp.style(), IndicatorStyle)
    qtbot.waitUntil(lambda: colours.ROLES["error"].dark in label.styleSheet())
    appearance._match_system(qapp, wants_dark=False)
    assert colours.scheme() == colours.LIGHT
    qtbot.waitUntil(lambda: colours.ROLES["error"].light in label.styleSheet())


def test_follow_refuses_a_function_that_holds_its_owner(qtbot):
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(TypeError):
        colours.follow(label, lambda _owner: label.clear())


# --- not by colour alone ---------------------------------------------------------------------


def test_the_handbook_panels_scroll_bar_shows_in_both_sets(qapp, qtbot, back_to_light):
    """The guidance goes on below the fold: its scroll bar has a track and a thumb that read
    at 3:1 on the panel (the pairs are in colours.PAIRS), also after a switch to dark."""
    from ui.handbook_panel import SCROLL_BAR

    assert "$scroll_track" in SCROLL_BAR and "$scroll_thumb" in SCROLL_BAR
    assert ("scroll_thumb", "panel_bg", colours.INDICATOR) in colours.PAIRS
    assert ("scroll_thumb", "scroll_track", colours.INDICATOR) in colours.PAIRS
    from PySide6.QtWidgets import QFrame

    panel = QFrame()
    panel.setObjectName("handbookPanel")
    qtbot.addWidget(panel)
    colours.style(panel, "#handbookPanel { background: $panel_bg; }" + SCROLL_BAR)
    assert colours.ROLES["scroll_thumb"].light in panel.styleSheet()
    appearance.use_dark(qapp)
    qtbot.waitUntil(lambda: colours.ROLES["scroll_thumb"].dark in panel.styleSheet())
    assert colours.ROLES["scroll_track"].dark in panel.styleSheet()


def test_each_kind_of_finding_has_its_own_underline_and_words():
    from ui.highlight import KINDS, kind_label

    assert len({kind.underline for kind in KINDS.values()}) == len(KINDS)
    labels = {kind_label(rule) for rule in ("oordeel.opvoeder", "oordeel.zin", "bron.hoorzeggen")}
    assert len(labels) == 3 and all("onderstreept" in label for label in labels)


def test_an_open_finding_says_so_in_words_and_with_an_icon(qtbot):
    from PySide6.QtWidgets import QLabel

    from ui.findings_list import FindingsList

    widget = FindingsList()
    qtbot.addWidget(widget)
    found = [{"where": "antwoord 1", "rule": "oordeel.opvoeder", "text": "een warme moeder",
              "ref": "6.4"},
             {"where": "antwoord 2", "rule": "oordeel.zin", "text": "Het gaat goed.",
              "ref": "6.4", "set_aside": "citaat"}]
    widget.show_findings(None, found)
    text = widget.text()  # shown: the problem first, no 'Open:' (the heading says it)
    assert "Oordeel in antwoord 1: ‘een warme moeder’ (6.4)" in text
    assert "Open:" not in text and "onderstreept" not in text
    assert "Zin die als oordeel leest in antwoord 2" in text and "terzijde gelegd: citaat" in text
    spoken = widget.spoken()  # read out: also how it is underlined in the field
    assert "Open: Oordeel, golvend onderstreept — antwoord 1: ‘een warme moeder’" in spoken
    assert "gestippeld onderstreept — antwoord 2" in spoken
    icons = [label for label in widget.findChildren(QLabel) if not label.pixmap().isNull()]
    assert [icon.accessibleName() for icon in icons] == ["Open", "Terzijde gelegd"]


# --- what Fusion draws: radio buttons, check boxes, the focus ---------------------------------


def _drawn_contrast(qapp, style, radio: bool) -> float:
    """The best contrast any pixel of an unchecked indicator has on the dark window."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    palette = colours.dark_qpalette()
    window = palette.color(QPalette.ColorRole.Window)
    image = QImage(24, 24, QImage.Format.Format_RGB32)
    image.fill(window)
    option = QStyleOptionButton()
    option.rect = QRect(4, 4, 14, 14)
    option.palette = palette
    option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Off
    painter = QPainter(image)
    element = QStyle.PrimitiveElement.PE_IndicatorRadioButton if radio \
        else QStyle.PrimitiveElement.PE_IndicatorCheckBox
    style.drawPrimitive(element, option, painter, None)
    painter.end()
    return max(contrast(image.pixelColor(x, y).name(), window.name())
               for x in range(24) for y in range(24))


@pytest.mark.parametrize("radio", [True, False], ids=["radio", "checkbox"])
def test_radio_buttons_and_check_boxes_show_on_the_dark_window(qapp, qtbot, back_to_light,
                                                              radio):
    """Fusion draws the indicator's edge as the window colour darkened: on a dark window it
    all but vanished (WCAG 1.4.11 asks 3:1). Deelwijzer's Fusion draws it in indicator_edge."""
    from PySide6.QtWidgets import QStyleFactory

    qapp.setPalette(colours.dark_qpalette())

    assert _drawn_contrast(qapp, QStyleFactory.create("Fusion"), radio) < 2  # the problem
    assert _drawn_contrast(qapp, IndicatorStyle("Fusion"), radio) >= 3


def _field_edge_contrast(style) -> float:
    """The best contrast any pixel of a text field's frame has on the dark window."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyle, QStyleOptionFrame

    palette = colours.dark_qpalette()
    window = palette.color(QPalette.ColorRole.Window)
    image = QImage(60, 24, QImage.Format.Format_RGB32)
    image.fill(window)
    option = QStyleOptionFrame()
    option.rect = QRect(2, 2, 56, 20)
    option.palette = palette
    option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Sunken
    option.lineWidth = 1
    painter = QPainter(image)
    style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameLineEdit, option, painter, None)
    painter.end()
    return max(contrast(image.pixelColor(x, y).name(), window.name())
               for x in range(60) for y in range(24))


def test_text_fields_have_an_edge_on_the_dark_window(qapp, qtbot, back_to_light):
    """An outside look at every page in dark mode: text fields had a fill and no border
    (WCAG 1.4.11). Deelwijzer's Fusion draws their edge in indicator_edge."""
    from PySide6.QtWidgets import QStyleFactory

    qapp.setPalette(colours.dark_qpalette())
    assert _field_edge_contrast(QStyleFactory.create("Fusion")) < 3  # the problem
    assert _field_edge_contrast(IndicatorStyle("Fusion")) >= 3


def test_the_keyboard_focus_has_a_ring_in_the_highlight_colour(qapp, qtbot, back_to_light,
                                                                request):
    """Fusion with the dark palette showed no focus on a combo box, a text area, a table or
    a button; the ring (ui/focus_ring.py) goes around whatever has the focus."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QPushButton,
        QTableWidget,
        QVBoxLayout,
        QWidget,
    )

    from ui import focus_ring

    appearance.use_dark(qapp)
    focus_ring.install(qapp)
    request.addfinalizer(focus_ring.uninstall)
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    combo, area, table, button = QComboBox(), QPlainTextEdit(), QTableWidget(2, 2), QPushButton("x")
    editable = QComboBox()
    editable.setEditable(True)
    for widget in (combo, editable, area, table, button, QLineEdit()):
        layout.addWidget(widget)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    highlight = qapp.palette().color(QPalette.ColorRole.Highlight).name()
    for widget in (combo, editable, area, table, button):
        widget.setFocus(Qt.FocusReason.OtherFocusReason)  # by the program, not a Tab
        qtbot.waitUntil(lambda w=widget: focus_ring.ring_of(window).target is w)
        ring = focus_ring.ring_of(window)
        qtbot.waitUntil(ring.isVisible)
        assert ring.geometry().contains(widget.geometry())
        left_edge = window.grab().toImage().pixelColor(widget.x() - 1, widget.y() + 8)
        assert left_edge.name() == highlight, type(widget).__name__
    popup_free = focus_ring.ring_target(editable.lineEdit())
    assert popup_free is editable  # the editor inside a combo box: the ring goes round the box


def test_the_ring_keeps_a_gap_from_a_check_boxs_indicator(qapp, qtbot, request):
    """The indicator is the check box's left edge: the ring touched it there (an outside
    walk); a pixel of the window shows between them, as on the other sides."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

    from ui import focus_ring

    appearance.use_fusion(qapp)
    focus_ring.install(qapp)
    request.addfinalizer(focus_ring.uninstall)
    window = QWidget()
    qtbot.addWidget(window)
    box = QCheckBox("Ik begrijp het")
    QVBoxLayout(window).addWidget(box)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: focus_ring.ring_of(window).target is box)
    ring = focus_ring.ring_of(window)
    qtbot.waitUntil(ring.isVisible)
    image = window.grab().toImage()
    highlight = qapp.palette().color(QPalette.ColorRole.Highlight).name()
    middle = box.y() + box.height() // 2
    assert image.pixelColor(box.x() - 1, middle).name() == \
        qapp.palette().color(QPalette.ColorRole.Window).name()  # the gap
    assert image.pixelColor(box.x() - 2, middle).name() == highlight  # the ring


def _spin_box_edge_contrast(qapp) -> float:
    """The best contrast any pixel of a real spin box's outer ring has on the dark window."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QSpinBox

    box = QSpinBox()
    box.resize(120, box.sizeHint().height())
    image = box.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    window = qapp.palette().color(QPalette.ColorRole.Window)
    ring = [(x, y) for x in range(image.width()) for y in (0, image.height() - 1)] + [
        (x, y) for x in (0, image.width() - 1) for y in range(image.height())]
    return max(contrast(image.pixelColor(x, y).name(), window.name()) for x, y in ring)


def test_spin_boxes_have_an_edge_on_the_dark_window(qapp, qtbot, back_to_light):
    """An outside walk (Praktijkgegevens, dark): the spin boxes' edge at 1.16:1 beside text
    fields at 4.2:1. The field's edge is drawn over Fusion's."""
    from PySide6.QtWidgets import QStyleFactory

    qapp.setPalette(colours.dark_qpalette())
    qapp.setStyle(QStyleFactory.create("Fusion"))
    assert _spin_box_edge_contrast(qapp) < 3  # the problem
    appearance.use_fusion(qapp)
    qapp.setPalette(colours.dark_qpalette())
    assert _spin_box_edge_contrast(qapp) >= 3
