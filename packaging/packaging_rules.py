"""What the frozen program leaves out: Qt modules, plugins and translations Deelwijzer never uses.

Kept apart from the spec so the rules can be read, and tested, as plain Python. PySide6's wheel
carries all of Qt (QML, Quick, WebEngine helpers, Designer, 3D); PyInstaller's hooks already
take only the modules that are imported, but the plugin folders and Qt's translations come in
whole. Measured on Linux: 203 MB with everything, about 150 MB without.
"""

from __future__ import annotations

import re

# The interface imports QtCore, QtGui, QtWidgets, QtPrintSupport (the preview's printing) and
# QtSvg (the icon). Anything else reached only through an optional import is excluded outright.
QT_EXCLUDES = [
    f"PySide6.{name}" for name in (
        "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
        "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDesigner",
        "QtGraphs", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia",
        "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL",
        "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtQml", "QtQuick",
        "QtQuick3D", "QtQuickControls2", "QtQuickWidgets", "QtRemoteObjects", "QtScxml",
        "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql",
        "QtStateMachine", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel",
        "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets",
        "QtWebView", "QtXml",
    )
]

# Plugin folders the program needs, per platform. platforms: the window system (xcb and
# wayland on Linux, offscreen for the smoke test; windows; cocoa); platformthemes: the
# desktop's dialogs and dark mode; imageformats/iconengines: the SVG and PNG icons;
# printsupport: the print dialog; styles: the native Windows 11 and macOS look;
# xcbglintegrations/egldeviceintegrations/wayland-*: what xcb and wayland load at start.
KEEP_PLUGIN_FOLDERS = {
    "platforms", "platformthemes", "imageformats", "iconengines", "printsupport", "styles",
    "xcbglintegrations", "wayland-decoration-client", "wayland-graphics-integration-client",
    "wayland-shell-integration", "platforminputcontexts",
}
# Image formats: PNG is built into QtGui; SVG (the icon) and ICO are all the program reads.
KEEP_IMAGE_FORMATS = ("qsvg", "qico")
# Qt's own strings (Yes/No, the file dialog) in the two languages Deelwijzer speaks.
KEEP_TRANSLATIONS = ("qtbase_nl", "qtbase_en", "qt_nl", "qt_en")

_PLUGIN = re.compile(r"(?:^|/)PySide6/Qt/plugins/([^/]+)/([^/]+)$|"
                     r"(?:^|/)PySide6/plugins/([^/]+)/([^/]+)$")
_TRANSLATION = re.compile(r"(?:^|/)PySide6/(?:Qt/)?translations/([^/]+)\.qm$")


def _normal(path: str) -> str:
    return path.replace("\\", "/")


def keep_plugin(path: str) -> bool:
    """True for a Qt plugin the program needs (or for anything that is not a plugin)."""
    match = _PLUGIN.search(_normal(path))
    if not match:
        return True
    folder, name = (match.group(1), match.group(2)) if match.group(1) else \
        (match.group(3), match.group(4))
    if folder not in KEEP_PLUGIN_FOLDERS:
        return False
    if folder == "imageformats":
        return any(keep in name for keep in KEEP_IMAGE_FORMATS)
    return True


def keep_data(path: str) -> bool:
    """Data files: Qt translations only for Dutch and English; no QML; plugins as above."""
    normal = _normal(path)
    match = _TRANSLATION.search(normal)
    if match:
        return match.group(1).startswith(KEEP_TRANSLATIONS)
    if "/Qt/qml/" in normal or normal.startswith("PySide6/qml/"):
        return False
    return keep_plugin(normal)


# On Linux the desktop's own libraries come from the system, declared as the .deb's
# dependencies (packaging/linux/build_deb.py reads them off the program with dpkg -S): X11,
# xcb, Wayland, fontconfig, GL, D-Bus, CUPS, libstdc++… A copy bundled from the build machine
# would clash with the system's graphics drivers and miss its security updates.
SYSTEM_LIBRARY_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/local/lib/")
# Platform plugins a desktop uses (xcb, wayland, windows, cocoa), and offscreen/minimal for
# the smoke test.
KEEP_PLATFORMS = ("qxcb", "qwayland", "qwindows", "qcocoa", "qoffscreen", "qminimal.")
# The GTK theme plugin pulls in GTK, Pango, Cairo and ATK (40 MB); the desktop portal plugin
# gives the same native file dialogs and dark-mode signal through D-Bus.
DROP_PLUGINS = ("qgtk3",)


def keep_binary(dest: str, source: str = "", linux: bool = False) -> bool:
    """Shared libraries and plugins: none of the QML/Quick/WebEngine libraries plugins drag
    in, only the platform plugins a desktop uses, and on Linux no system library."""
    normal = _normal(dest)
    name = normal.rsplit("/", 1)[-1]
    if re.match(r"(lib)?Qt6(Qml|Quick|WebEngine|Pdf|Designer|3D|Charts|Multimedia|"
                r"VirtualKeyboard|EglFS)", name):
        return False
    if any(drop in name for drop in DROP_PLUGINS):
        return False
    match = _PLUGIN.search(normal)
    if match and (match.group(1) or match.group(3)) == "platforms" and \
            not any(keep in name for keep in KEEP_PLATFORMS):
        return False
    if linux and source.startswith(SYSTEM_LIBRARY_DIRS) and "libpython" not in name:
        return False
    return keep_plugin(normal)
