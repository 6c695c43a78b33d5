"""The core stays Qt-free: importing every module of `app` loads no PySide6."""

import os
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


def run_fresh(code: str, **env: str) -> None:
    """Run `code` in a fresh interpreter (nothing imported yet) and require it to succeed."""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**os.environ, **env})
    assert result.returncode == 0, result.stdout + result.stderr


def test_app_imports_no_qt():
    run_fresh(CODE)


def test_cli_version_does_not_load_qt_or_reportlab():
    code = (
        "import sys\nfrom app.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'reportlab'))]\n"
        "sys.exit(1 if bad else 0)\n"
    )
    run_fresh(code)


def test_first_window_loads_no_heavy_modules():
    """Start-up stays close to a bare Qt window: PDF, crypto and SQLCipher load on first use."""
    code = (
        "import sys\nimport ui.entry, ui.application\n"
        "heavy = [m for m in ('reportlab', 'pikepdf', 'pypdf', 'sqlcipher3', 'argon2',"
        " 'cryptography', 'ui.main_window', 'ui.flow_wizard') if m in sys.modules]\n"
        "print(heavy)\nsys.exit(1 if heavy else 0)\n"
    )
    run_fresh(code, QT_QPA_PLATFORM="offscreen")


# --- the architecture: no cycles, and the parts import only downwards ----------------------

from tests import import_graph  # noqa: E402

# Part → the parts it must not import. The vault is the encrypted file and knows nothing of
# what is said in it; a document is built from records handed to it, never from the file.
FORBIDDEN = {
    "app": ("ui",),
    "app.content": ("app.vault", "app.checks", "app.flows", "app.documents", "app.service",
                    "app.model", "app.records"),
    "app.checks": ("app.vault", "app.flows", "app.documents", "app.service"),
    "app.vault": ("app.flows", "app.checks", "app.documents", "app.service", "app.cli",
                  "app.demo", "app.addressbook"),
    "app.flows": ("app.vault", "app.documents", "app.service", "app.cli"),
    "app.documents": ("app.vault", "app.service", "app.cli"),
}


def _inside(module: str, part: str) -> bool:
    return module == part or module.startswith(part + ".")


def test_no_two_project_modules_import_each_other():
    assert import_graph.cycles(import_graph.graph()) == []


def test_the_cycle_finder_sees_cycles_and_function_level_imports():
    assert import_graph.cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [
        ["a", "b", "c"]]
    # app.cli imports the service layer only inside a function (lazy loading); it is an arrow.
    assert "app.service" in import_graph.graph()["app.cli"]


def test_parts_import_only_what_they_may():
    wrong = []
    for module, targets in import_graph.graph().items():
        for part, forbidden in FORBIDDEN.items():
            if _inside(module, part):
                wrong += [f"{module} → {t}" for t in sorted(targets)
                          if any(_inside(t, f) for f in forbidden)]
    assert wrong == []


def test_no_source_file_over_600_lines():
    root = import_graph.ROOT
    long = [f"{p.relative_to(root)}: {n}" for folder in ("app", "ui", "tests", "tools")
            for p in sorted((root / folder).rglob("*.py"))
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600]
    assert long == []


def test_every_flow_has_its_document_and_reportlab_loads_on_first_use():
    """The documents' registry names a builder for every flow; importing the service layer
    (which reaches it) loads no reportlab until a document is made."""
    code = (
        "import importlib, sys\nimport app.service\n"
        "from app.documents.registry import BUILDERS\nfrom app.flows.registry import FLOWS\n"
        "assert 'reportlab' not in sys.modules, 'reportlab loaded at import'\n"
        "assert set(BUILDERS) == set(FLOWS), (set(BUILDERS), set(FLOWS))\n"
        "for module, builder in BUILDERS.values():\n"
        "    assert callable(getattr(importlib.import_module('app.documents.' + module),"
        " builder))\n"
    )
    run_fresh(code)
