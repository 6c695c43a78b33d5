"""Text that the core shows (error messages, documents) without Qt.

Dutch is the source language. Another language is a JSON catalogue in `resources/i18n/`
mapping the Dutch text to its translation; missing entries fall back to Dutch.
"""

from __future__ import annotations

import json
import os
import string
from functools import cache

from app.content.resources import resource

SOURCE_LANGUAGE = "nl"


def current_language() -> str:
    """The language chosen by the user or the environment; Dutch unless told otherwise."""
    return os.environ.get("DEELWIJZER_LANG", SOURCE_LANGUAGE)


@cache
def _catalogue(language: str) -> dict[str, str]:
    if language == SOURCE_LANGUAGE:
        return {}
    node = resource("i18n", f"{language}.json")
    if not node.is_file():
        return {}
    data = json.loads(node.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if placeholders(k) == placeholders(v)}


def placeholders(text: str) -> set[str]:
    """The named `{fields}` in a format string; a translation must keep exactly these."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _(text: str, /, **values: object) -> str:
    """Translate `text` (Dutch) and fill its placeholders."""
    translated = _catalogue(current_language()).get(text, text)
    return translated.format(**values) if values else translated
