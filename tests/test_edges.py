"""The edges of text fields and check boxes (ui/edges.py): the first window draws them itself
until the indicator style takes over right after its first frame (ui/appearance.py), and the
two must look the same — a user sees the first frame, then every later one.

Compared pixel by pixel in a fresh process: the style must not be in place yet, as at a real
start, and the test suite's own application has had one for long.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

from ui import appearance, edges

ROOT = Path(__file__).resolve().parents[1]

# A real start's first window, grabbed as its first frame draws it and again once the style
# has taken over; per field and check box: how many pixels differ, and by how much at most.
_COMPARE = r"""
import json, os, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QColor, QImage
app = QApplication(["deelwijzer"])
app.setApplicationName("Deelwijzer"); app.setOrganizationName("Deelwijzer")
from ui import appearance, edges, first_frame
from ui.indicator_style import IndicatorStyle
from ui.unlock import CreateDialog
first_frame.hold()
appearance.follow_system(app)
dialog = CreateDialog(Path(sys.argv[1]))
dialog.show()
dialog.activateWindow(); dialog.passphrase.setFocus()
if os.environ.get("CHECKED"):
    dialog.understood.setChecked(True)
if os.environ.get("NO_EARLY"):  # the control: Fusion's own edges in the first frame
    edges.draw_early(False)
app.processEvents()
widgets = {"passphrase": dialog.passphrase, "repeat": dialog.repeat, "box": dialog.understood,
           "window": dialog}
def image(widget):
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
before = {name: image(w) for name, w in widgets.items()}
early_style = type(app.style()).__name__
dark_before = app.palette().window().color().lightness() < 128
first_frame.release()
app.processEvents()
after = {name: image(w) for name, w in widgets.items()}
found = {"style_before": early_style, "style_after": type(app.style()).__name__,
         "dark": [dark_before, app.palette().window().color().lightness() < 128]}
for name in widgets:
    a, b = before[name], after[name]
    assert a.size() == b.size(), name
    worst, count = 0, 0
    for y in range(a.height()):
        for x in range(a.width()):
            if a.pixel(x, y) != b.pixel(x, y):
                one, two = QColor(a.pixel(x, y)), QColor(b.pixel(x, y))
                count += 1
                worst = max(worst, abs(one.red() - two.red()), abs(one.green() - two.green()),
                            abs(one.blue() - two.blue()))
    found[name] = [count, worst]
print(json.dumps(found))
"""


def _compare(tmp_path: Path, **env: str) -> dict:
    child_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                 "XDG_DATA_HOME": str(tmp_path / "data"),
                 "XDG_CONFIG_HOME": str(tmp_path / "config")}
    child_env.pop("DEELWIJZER_SCHEME", None)
    child_env.update(env)
    child_env.pop("QT_STYLE_OVERRIDE", None)
    child_env.setdefault("DEELWIJZER_SCHEME", "light")
    result = subprocess.run([sys.executable, "-c", _COMPARE, str(tmp_path / "dossier.db")],
                            capture_output=True, text=True, env=child_env, timeout=60,
                            cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Fusion is Linux's own style")
@pytest.mark.parametrize("case", [{}, {"DEELWIJZER_SCHEME": "dark"}, {"CHECKED": "1"}],
                         ids=["light", "dark", "checked"])
def test_the_first_frame_draws_the_edges_the_style_draws_after_it(tmp_path, case):
    found = _compare(tmp_path, **case)
    assert found["style_before"] != "IndicatorStyle"  # the first frame is the fields' own
    assert found["style_after"] == "IndicatorStyle"
    assert found["dark"] == 2 * [case.get("DEELWIJZER_SCHEME") == "dark"]
    for name, most in (("passphrase", 24), ("repeat", 24), ("box", 0), ("window", 48)):
        count, worst = found[name]
        # Measured: the fields' four corners one colour step apart (anti-aliasing over a
        # slightly different panel), the box identical. Nothing a user could see.
        assert worst <= 2 and count <= most, (name, found[name])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Fusion is Linux's own style")
def test_without_the_early_edges_the_first_frame_would_differ(tmp_path):
    """The control: Fusion's own edges (2:1) in the first frame are visibly different, so the
    comparison above can fail."""
    found = _compare(tmp_path, NO_EARLY="1")
    for name in ("passphrase", "repeat", "box"):
        count, worst = found[name]
        assert worst > 20 and count > 30, (name, found[name])


def test_state_numbers_are_qstyles_own():
    flag = QStyle.StateFlag
    assert (edges.ENABLED, edges.SUNKEN, edges.NO_CHANGE, edges.ON, edges.HAS_FOCUS,
            edges.KEYBOARD_FOCUS_CHANGE) == (
        flag.State_Enabled.value, flag.State_Sunken.value, flag.State_NoChange.value,
        flag.State_On.value, flag.State_HasFocus.value, flag.State_KeyboardFocusChange.value)


def test_the_early_indicator_is_where_fusion_puts_it(qapp, qtbot):
    appearance.use_fusion(qapp)
    for text in ("Ik begrijp het", "Een veel langere tekst\nover twee regels"):
        box = QCheckBox(text)
        qtbot.addWidget(box)
        box.resize(box.sizeHint().width(), box.sizeHint().height() + 9)  # taller: centred
        box.show()
        option = QStyleOptionButton()
        option.initFrom(box)
        expected = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option,
                                              box)
        assert edges.early_indicator_rect(box) == expected


def test_fusion_is_foreseen_only_where_it_is_certain(monkeypatch):
    monkeypatch.setitem(appearance._state, "style", None)
    monkeypatch.delenv("QT_STYLE_OVERRIDE", raising=False)
    monkeypatch.setattr(sys, "argv", ["deelwijzer"])
    monkeypatch.setattr(appearance.QStyleFactory, "keys", lambda: ["Windows", "Fusion"])
    assert appearance._fusion_by_default()
    for keys in (["windows11", "windowsvista", "Windows", "Fusion"], ["macOS", "Fusion"]):
        monkeypatch.setattr(appearance.QStyleFactory, "keys", lambda keys=keys: keys)
        assert not appearance._fusion_by_default(), keys
    monkeypatch.setattr(appearance.QStyleFactory, "keys", lambda: ["Windows", "Fusion"])
    monkeypatch.setattr(sys, "argv", ["deelwijzer", "-style", "windows"])
    assert not appearance._fusion_by_default()
    monkeypatch.setattr(sys, "argv", ["deelwijzer"])
    monkeypatch.setenv("QT_STYLE_OVERRIDE", "windows")
    assert not appearance._fusion_by_default()
