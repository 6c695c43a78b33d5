"""The core stays Qt-free: importing every module of `app` loads no PySide6."""

import subprocess
import sys

CODE = r"""
import importlib, pkgutil, sys
import app
for mod in pkgutil.walk_packages(app.__path__, "app."):
    importlib.import_module(mod.name)
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print("QT:", qt)
sys.exit(1 if qt else 0)
"""


def test_app_imports_no_qt():
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_cli_version_does_not_load_qt_or_reportlab():
    code = (
        "import sys\nfrom app.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'reportlab'))]\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_first_window_loads_no_heavy_modules():
    """Start-up stays close to a bare Qt window: PDF, crypto and SQLCipher load on first use."""
    code = (
        "import sys\nimport ui.entry, ui.application\n"
        "heavy = [m for m in ('reportlab', 'pikepdf', 'pypdf', 'sqlcipher3', 'argon2',"
        " 'cryptography', 'ui.main_window', 'ui.flow_wizard') if m in sys.modules]\n"
        "print(heavy)\nsys.exit(1 if heavy else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stdout + result.stderr
