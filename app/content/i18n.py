"""Text that the core shows (error messages, findings, labels) without Qt.

Dutch is the source language. Another language is a JSON catalogue in `resources/i18n/`
mapping the Dutch text to its translation; missing entries fall back to Dutch.

`_()` reads the language when it is called, never at import: a table of plain Dutch strings
(page titles, labels) is translated where it is shown, with `_(spec.title)`. Documents,
templates and what is stored in the dossier stay Dutch whatever the interface speaks: their
builders run inside `in_source_language()`. `tools/translations.py` extracts every `_("…")`
literal and the tables of plain strings, and checks the catalogue covers them.
"""

from __future__ import annotations

import json
import os
import string
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from app.content.resources import resource

SOURCE_LANGUAGE = "nl"
LANGUAGES = {"nl": "Nederlands", "en": "English"}  # the interface languages, by code

_chosen: str | None = None  # set once at start-up by the interface (set_language)
# Per thread (a document is built in a worker while the interface keeps translating).
_source_only: ContextVar[bool] = ContextVar("source_only", default=False)


def supported(name: str | None) -> str | None:
    """'en_GB.UTF-8', 'en-US', 'English_United Kingdom' → 'en'; 'Dutch_Netherlands' → 'nl';
    None for a language Deelwijzer has no interface in, or no language at all ('C')."""
    if not name:
        return None
    code = name.replace("-", "_").split(".")[0].split("_")[0].strip().lower()
    code = {"dutch": "nl", "nederlands": "nl", "english": "en"}.get(code, code)
    return code if code in LANGUAGES else None


def _environment_languages() -> list[str]:
    """The system's preferred languages without Qt (the command line), POSIX order first."""
    names = os.environ.get("LANGUAGE", "").split(":")
    names += [os.environ.get(key, "") for key in ("LC_ALL", "LC_MESSAGES", "LANG")]
    names = [n for n in names if n]
    if names or os.name != "nt":
        # locale.getlocale() only on Windows, which sets none of these variables: elsewhere
        # Python maps 'C.UTF-8' (also what it coerces an empty locale to) to ('en_US',
        # 'UTF-8'), which made a Debian system without a language setting speak English.
        return names
    import locale  # Windows only: importing it cost 2 ms before the first window elsewhere

    try:
        found = locale.getlocale()[0] or ""  # Windows sets no variables: 'Dutch_Netherlands'
    except ValueError:  # an unparsable locale name in the environment
        return []
    return [found] if found else []


def system_language(preferred: Sequence[str] | None = None) -> str:
    """Dutch when the system names Dutch among its preferred languages at all — many Dutch
    clinicians run Windows in English with Dutch as a second language, and the product is
    Dutch-first — else the first language Deelwijzer speaks; a system that names only other
    languages gets English, one that names none ('C', 'POSIX') Dutch."""
    names = list(preferred) if preferred is not None else _environment_languages()
    real = [n for n in names if n.split(".")[0].upper() not in ("C", "POSIX", "")]
    codes = [code for code in map(supported, real) if code]
    if SOURCE_LANGUAGE in codes:
        return SOURCE_LANGUAGE
    return codes[0] if codes else ("en" if real else SOURCE_LANGUAGE)


def choose_language(setting: str | None = None, system: Sequence[str] | None = None) -> str:
    """The interface language: DEELWIJZER_LANG for this run, else the app's own setting
    ('' or 'system': none), else the system's (`system`: its preferred languages)."""
    return (supported(os.environ.get("DEELWIJZER_LANG")) or supported(setting)
            or (system_language(system) if system is not None else _system_default()))


@cache
def _system_default() -> str:
    """The environment's language, read once: `_()` asks on every call where no interface
    set the language (the command line, `make bench`), and locale.getlocale() there cost
    8 µs a call — most of a judgement finding's texts."""
    return system_language()


def set_language(language: str | None) -> None:
    """Fix the interface language for this process (None: choose again from the system)."""
    global _chosen
    _chosen = supported(language)


def current_language() -> str:
    """The language `_()` translates into now: Dutch inside `in_source_language()`."""
    if _source_only.get():
        return SOURCE_LANGUAGE
    return _chosen or _environment_choice(os.environ.get("DEELWIJZER_LANG"))


@cache
def _environment_choice(variable: str | None) -> str:
    """choose_language() without a setting, once per value of DEELWIJZER_LANG: `_()` asks
    on every call where no interface set the language (the command line, `make bench`), a
    judgement finding three times, and working it out each time cost 6 µs a call."""
    return supported(variable) or _system_default()


@contextmanager
def in_source_language() -> Iterator[None]:
    """Documents, templates and dossier records: Dutch, whatever the interface speaks. Also a
    decorator (`@in_source_language()`)."""
    token = _source_only.set(True)
    try:
        yield
    finally:
        _source_only.reset(token)


@cache
def _catalogue(language: str) -> dict[str, str]:
    if language == SOURCE_LANGUAGE:
        return {}
    node = resource("i18n", f"{language}.json")
    if not node.is_file():
        return {}
    data = json.loads(node.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if v and placeholders(k) == placeholders(v)}


def placeholders(text: str) -> set[str]:
    """The named `{fields}` in a format string; a translation must keep exactly these."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}
    except ValueError:  # a lone brace: not a format string
        return set()


def _(text: str, /, **values: object) -> str:
    """Translate `text` (Dutch) and fill its placeholders."""
    translated = _catalogue(current_language()).get(text, text)
    return translated.format(**values) if values else translated
