"""Issue 15, the parts of packaging that can be checked without building (the build and its
smoke tests are `make package-test`, run by .ci/run after the suite)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from app.cli import main as cli_main

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT / "packaging" / "windows"))

import packaging_rules as rules  # noqa: E402
from windows_version import TEMPLATE  # noqa: E402


def test_the_frozen_program_keeps_the_qt_parts_a_desktop_needs_and_drops_the_rest():
    qt = "PySide6/Qt/plugins"
    for kept in ("platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/qwindows.dll",
                 "platforms/libqcocoa.dylib", "platforms/libqoffscreen.so",
                 "platformthemes/libqxdgdesktopportal.so", "imageformats/libqsvg.so",
                 "iconengines/libqsvgicon.so", "printsupport/libcupsprintersupport.so",
                 "styles/qmodernwindowsstyle.dll"):
        assert rules.keep_binary(f"{qt}/{kept}"), kept
    for dropped in ("platforms/libqvnc.so", "platforms/libqeglfs.so",
                    "platformthemes/libqgtk3.so", "imageformats/libqjpeg.so",
                    "sqldrivers/libqsqlite.so", "qmltooling/libqmldbg_debugger.so"):
        assert not rules.keep_binary(f"{qt}/{dropped}"), dropped
    assert not rules.keep_binary("PySide6/Qt/lib/libQt6Quick.so.6")
    assert rules.keep_binary("PySide6/Qt/lib/libQt6Widgets.so.6")
    assert rules.keep_data("PySide6/Qt/translations/qtbase_nl.qm")
    assert not rules.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert "PySide6.QtWebEngineCore" in rules.QT_EXCLUDES
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg",
                "PySide6.QtPrintSupport"} & set(rules.QT_EXCLUDES)


def test_on_linux_system_libraries_come_from_the_system_and_python_stays_in():
    assert not rules.keep_binary("libX11.so.6", "/usr/lib/x86_64-linux-gnu/libX11.so.6",
                                 linux=True)
    assert not rules.keep_binary("libstdc++.so.6", "/lib/x86_64-linux-gnu/libstdc++.so.6",
                                 linux=True)
    assert rules.keep_binary("libpython3.11.so.1.0", "/usr/lib/libpython3.11.so.1.0",
                             linux=True)
    wheel = "/work/.venv/lib/python3.11/site-packages/pillow.libs/libjpeg.so.62"
    assert rules.keep_binary("pillow.libs/libjpeg.so.62", wheel, linux=True)
    assert rules.keep_binary("libX11.so.6", "/usr/lib/libX11.so.6", linux=False)


def test_every_resource_file_is_package_data():
    """A resource of a new kind that pyproject's package-data does not name would be missing
    from the wheel and from the frozen program, which collects the same files."""
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"]["*"]
    files = [p for p in (ROOT / "resources").rglob("*")
             if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".py"]
    assert files
    unlisted = [str(p.relative_to(ROOT)) for p in files
                if not any(p.match(pattern) for pattern in patterns)]
    assert not unlisted


def test_the_windows_version_resource_is_well_formed():
    text = TEMPLATE.format(tuple=(0, 1, 0, 0), version="0.1.0")

    def record(*args, **kwargs):
        return (args, kwargs)

    names = {n: record for n in ("VSVersionInfo", "FixedFileInfo", "StringFileInfo",
                                 "StringTable", "StringStruct", "VarFileInfo", "VarStruct")}
    info = eval(text, names)  # noqa: S307 - our own template, as PyInstaller reads it
    assert info[1]["ffi"][1]["filevers"] == (0, 1, 0, 0)
    assert "'ProductVersion', '0.1.0'" in text


def test_the_uninstaller_removes_only_what_the_installer_wrote():
    nsi = (ROOT / "packaging" / "windows" / "deelwijzer.nsi").read_text(encoding="utf-8")
    uninstall = nsi[nsi.index('Section "Uninstall"'):]
    uninstall = uninstall[:uninstall.index("SectionEnd")]
    commands = [line.strip() for line in uninstall.splitlines()
                if line.strip() and not line.strip().startswith(";")]
    removals = [c for c in commands if c.startswith(("RMDir", "Delete ", "DeleteRegKey"))]
    assert removals
    for command in removals:
        assert "$INSTDIR" in command or "$SMPROGRAMS\\Deelwijzer.lnk" in command or \
            "${UNINSTALL_KEY}" in command, command
        assert "LOCALAPPDATA" not in command and "APPDATA" not in command, command
    assert not [c for c in removals if re.match(r'RMDir /r "\$INSTDIR"\s*$', c)]
    assert "RequestExecutionLevel user" in nsi  # per user without admin rights by default
    assert '"$LOCALAPPDATA\\Programs\\Deelwijzer"' in nsi
    assert 'MUI_LANGUAGE "Dutch"' in nsi and 'MUI_LANGUAGE "English"' in nsi


def test_selftest_uses_every_part_and_says_so(capsys):
    assert cli_main(["selftest"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4 and all(line.startswith("goed") for line in lines), lines


def test_selftest_says_which_part_fails(capsys, monkeypatch):
    import pyphen

    monkeypatch.setattr(pyphen.Pyphen, "inserted", lambda self, word, hyphen="-": word)
    assert cli_main(["selftest"]) == 1
    out = capsys.readouterr().out
    assert "FOUT  documenten (PDF)" in out and "pyphen" in out


@pytest.mark.parametrize("existing", [False, True])
def test_the_smoke_hook_shows_the_first_window_and_closes_it(tmp_path, monkeypatch, existing):
    monkeypatch.setenv("DEELWIJZER_PASSPHRASE", "rook-2026-x")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DEELWIJZER_SMOKE_QUIT_MS": "300",
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "DEELWIJZER_LOG_DIR": str(tmp_path / "log"), "DEELWIJZER_PASSPHRASE": "rook-2026-x"}
    argv = [sys.executable, "-m", "ui.entry"]
    if existing:
        assert cli_main(["demo", "--out", str(tmp_path / "demo")]) == 0
        argv += ["--db", str(tmp_path / "demo" / "demo.db")]
    result = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    title = "Deelwijzer — dossier ontgrendelen" if existing else "Deelwijzer — nieuw dossier"
    assert f"smoke: first window shown: {title}" in result.stdout


def test_selftest_leaves_nothing_in_the_users_settings(capsys, tmp_path):
    from app.vault.anchor import anchor_folder

    assert cli_main(["selftest"]) == 0
    anchors = anchor_folder() / "ankers.json"
    assert not anchors.exists() or "selftest" not in anchors.read_text(encoding="utf-8")


def test_without_a_screen_the_app_says_so_in_dutch(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "DEELWIJZER_LANG")}
    env.update(LANG="C.UTF-8", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "cfg"), DEELWIJZER_LOG_DIR=str(tmp_path / "log"))
    result = subprocess.run([sys.executable, "-m", "ui.entry"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "Deelwijzer heeft een beeldscherm nodig" in result.stderr  # Dutch: C.UTF-8 names none
    assert "qt.qpa" not in result.stderr and not (tmp_path / "data").exists()


def test_a_normal_exit_leaves_no_empty_fault_log(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DEELWIJZER_SMOKE_QUIT_MS": "200",
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "DEELWIJZER_LOG_DIR": str(tmp_path / "log")}
    result = subprocess.run([sys.executable, "-m", "ui.entry"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert not list((tmp_path / "log").glob("*fault*"))
