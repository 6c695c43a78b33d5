"""The first window appears without PySide6 building the `Qt` namespace's enums (28 ms), and
what it left for later happens right after its first frame (ui/first_frame.py).

Not a timing test (those are `make bench`'s): which classes PySide6 has built by the first
frame is a fact of the code, the same on every machine.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette

from ui import appearance, colours, edges, first_frame
from ui.indicator_style import IndicatorStyle

ROOT = Path(__file__).resolve().parents[1]


def _built_by_first_frame(tmp_path: Path, dossier: Path | None) -> list[str]:
    """Start the real program in a fresh process (a fresh user, or one with a dossier) and
    return which of Qt's slow enum classes PySide6 had built when its first window had been
    painted."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("DEELWIJZER_DB", None)
    if dossier is not None:
        env["DEELWIJZER_DB"] = str(dossier)
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "bench_drivers.py"), "first-paint", "app", "enums"],
        capture_output=True, text=True, env=env, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("user", ["new", "returning"])
def test_the_first_window_is_painted_before_qts_enums_are_built(tmp_path, user):
    dossier = None
    if user == "returning":
        from app.vault.dossier import Dossier

        dossier = tmp_path / "dossier.db"
        Dossier.create(dossier, "een lange zin als wachtwoord").close()
    built = _built_by_first_frame(tmp_path, dossier)
    assert "PySide6.QtCore.Qt" not in built
    if sys.platform.startswith("linux"):  # Fusion: the style follows the frame (ui/edges.py)
        assert "PySide6.QtWidgets.QStyle" not in built
    assert "PySide6.QtGui.QIcon" not in built  # the icon follows the first frame


@pytest.fixture
def holding(qapp):
    """The start-up's hold, as ui.application.run puts it; always released afterwards."""
    first_frame.hold()
    yield
    first_frame.release()


def test_what_waited_for_the_first_frame_is_done_right_after_it(qapp, qtbot, holding, request):
    from ui import focus_ring
    from ui.unlock import CreateDialog

    done: list[str] = []
    first_frame.after(lambda: done.append("queued"))
    assert done == []  # held

    dialog = CreateDialog(Path("/tmp/elders/dossier.db"))
    qtbot.addWidget(dialog)
    first_frame.watch(dialog)
    assert dialog.message.textFormat() == Qt.TextFormat.AutoText  # not set yet

    gone = CreateDialog(Path("/tmp/elders/dossier.db"))
    gone_message = gone.message  # its plain-text format waits too, with the label as owner
    gone.deleteLater()
    qtbot.waitUntil(lambda: not _alive(gone_message))

    focus_ring.install(qapp)
    request.addfinalizer(focus_ring.uninstall)
    dialog.show()  # a dialog gone before the first frame: its work is dropped, no error
    qtbot.waitUntil(lambda: not first_frame.holding())
    assert done == ["queued"]
    assert dialog.message.textFormat() == Qt.TextFormat.PlainText
    # Once released, `after` runs at once.
    first_frame.after(lambda: done.append("at once"))
    assert done == ["queued", "at once"]


def _alive(obj) -> bool:
    from shiboken6 import isValid

    return isValid(obj)


def test_the_focus_ring_lets_clicks_through_once_the_first_frame_is_done(qtbot, holding):
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    from ui import focus_ring

    window = QWidget()
    qtbot.addWidget(window)
    QVBoxLayout(window).addWidget(field := QLineEdit())
    ring = focus_ring.FocusRing(window)
    assert ring.focusPolicy() == Qt.FocusPolicy.NoFocus  # a QWidget's own default
    assert not ring.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    first_frame.watch(window)
    window.show()
    field.setFocus()
    qtbot.waitUntil(lambda: not first_frame.holding())
    assert ring.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    assert focus_ring.ring_of(window, create=False) is ring


def test_the_intro_of_a_new_dossier_is_rich_text_in_both_languages(qapp):
    """Its format is left to Qt (naming Qt.TextFormat would build the `Qt` enums before the
    first frame): Qt takes a text that begins with a tag as rich text."""
    from PySide6 import QtGui  # Qt.mightBeRichText lives in QtGui's half of the namespace

    from tests.ui_walk import english_interface
    from ui.unlock import CreateDialog

    texts = [CreateDialog(Path("/tmp/x/dossier.db")).intro.text()]
    with english_interface(qapp):
        texts.append(CreateDialog(Path("/tmp/x/dossier.db")).intro.text())
    assert texts[0] != texts[1]
    for text in texts:
        assert QtGui.Qt.mightBeRichText(text), text[:40]


@pytest.fixture
def back_to_light(qapp, qtbot):
    style = appearance.style_name(qapp.style())
    yield
    qapp.setPalette(QPalette())
    qapp.setStyle(style)
    QSettings().remove(colours.SCHEME_KEY)
    qtbot.waitUntil(lambda: colours.scheme() == colours.LIGHT and not colours._state["pending"])


def test_a_remembered_dark_scheme_draws_the_first_frame_and_is_corrected_after_it(
        qapp, qtbot, holding, back_to_light):
    """The first window is drawn in the scheme of the last start (asking Qt costs the `Qt`
    enums); right after it, Qt's answer counts — offscreen it knows none — and is remembered."""
    from PySide6.QtWidgets import QWidget

    QSettings().setValue(colours.SCHEME_KEY, colours.DARK)
    assert colours.system_scheme() == colours.DARK  # while holding: the remembered one
    appearance.follow_system(qapp)
    assert colours.scheme() == colours.DARK
    # The indicator style now, or the first window's own edges until right after its frame.
    assert isinstance(qapp.style(), IndicatorStyle) or edges.drawing_early()

    window = QWidget()
    qtbot.addWidget(window)
    first_frame.watch(window)
    window.show()
    qtbot.waitUntil(lambda: not first_frame.holding())
    assert isinstance(qapp.style(), IndicatorStyle) and not edges.drawing_early()
    assert QSettings().value(colours.SCHEME_KEY) == ""  # what Qt says now: nothing
    qtbot.waitUntil(lambda: colours.scheme() == colours.LIGHT)


def test_the_modules_entered_for_pyside6_get_the_answer_its_own_test_gives(tmp_path):
    """ui/source_scan.py enters the loaded modules in PySide6's table so that it does not read
    their sources; each entry must be what PySide6 would have found itself."""
    code = (
        "import sys, json\n"
        "import ui.entry\n"  # what the real start has loaded by then
        "from app.vault.paths import default_dossier_path\n"
        "from ui import source_scan\n"
        "entered = source_scan.enter_loaded_modules()\n"
        "import ui.application\n"  # and what the first window loads after it
        "from shibokensupport import feature\n"
        "assert all(feature.pyside_feature_dict[m] == -1 for m in entered)\n"
        "loaded = [m for m in entered if m in sys.modules]\n"
        "wrong = [m for m in loaded if feature._mod_uses_pyside(sys.modules[m])]\n"
        "print(json.dumps({'entered': len(entered), 'loaded': len(loaded), 'wrong': wrong,\n"
        "                  'ui': [m for m in entered if m.startswith('ui')]}))\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["loaded"] > 50 and found["ui"] == []
    assert found["wrong"] == []  # PySide6 would have said "not a PySide6 module" of each

