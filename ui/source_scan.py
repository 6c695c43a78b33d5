"""Spare the first window PySide6's reading of every module's source.

Why: once PySide6 is loaded, each module named in an import statement is looked up in
PySide6's table of modules (`shibokensupport.feature.pyside_feature_dict`, PYSIDE-2029); one
not in it yet has its whole source read (`inspect.getsource`) to see whether it says
"PySide6", which decides whether `from __feature__ import …` (snake_case, true_property)
could apply to it. Deelwijzer uses no such feature, and on the way to the first window the
statements name some 45 modules — most of them loaded long before —: run from source, 7 ms of
reading and tokenising, 2.5 ms of it left now (the frozen program carries no sources, so there
PySide6 gives up on each at once). The modules already loaded when the window is about to
be built (the standard library's, the core's — `app/` never imports Qt —, platformdirs'), and
the standard library's that will be (by their top-level names), are entered here with the
answer PySide6 would find, -1 ("not a PySide6 module"). PySide6's own modules and
Deelwijzer's interface (`ui/`) are left to PySide6's own test, as is any other module
imported later (a few of the core's: a walk of `app/` to name them cost more than it saved).
`tests/test_first_frame.py` checks each entry against PySide6's own test.
"""

from __future__ import annotations

import sys

# Packages whose modules may say "PySide6" (and `__main__`, whatever script started Python).
LEFT_TO_PYSIDE = ("PySide6", "shiboken6", "shibokensupport", "ui", "__main__")


def entered_by_us(name: str) -> bool:
    return name.split(".")[0] not in LEFT_TO_PYSIDE


def enter_loaded_modules() -> list[str]:
    """Enter every loaded module PySide6 has not seen yet; the names entered (none when this
    PySide6 keeps no such table: then it reads the sources, as it always did)."""
    import PySide6.QtCore  # noqa: F401 - loads PySide6's import hook and its table

    table = getattr(sys.modules.get("shibokensupport.feature"), "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return []
    names = [*sys.modules, *sys.stdlib_module_names]
    entered = [name for name in dict.fromkeys(names) if name not in table and entered_by_us(name)]
    for name in entered:
        table[name] = -1
    return entered
