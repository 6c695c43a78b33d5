"""Sources (handbook 6.1): a fact not observed by the clinician needs a named source, and a fact
marked as the clinician's own observation should not read as hearsay."""

from __future__ import annotations

import re
from functools import cache

from app.checks.judgement import Finding
from app.content.i18n import _
from app.content.resources import load_json

RULE = "bron.hoorzeggen"


@cache
def _markers() -> tuple[re.Pattern[str], str, str]:
    raw = load_json("lexicon/sources.json")
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(raw["markers"]) + r")(?!\w)", re.IGNORECASE)
    return pattern, raw["explanation"], raw["suggestion"]


def hearsay(text: str) -> list[Finding]:
    """Reported-speech markers in `text` (meant for facts marked as own observation)."""
    pattern, explanation, suggestion = _markers()
    return [
        Finding(RULE, m.start(), m.end(), m.group(), "6.1", _("Bron ontbreekt?"),
                _(explanation).format(marker=m.group().lower()), _(suggestion))
        for m in pattern.finditer(text) if not _DIRECT_SPEECH.match(text, m.end())
    ]


# 'zei P.: “…”', 'P. zei: ‘…’' — words the clinician heard said, quoted: their own observation.
_DIRECT_SPEECH = re.compile(r"(?:\s+(?:tegen\s+\w+\s+)?[\w.]{1,20}\.?)?\s*:\s*[‘“\"'„«]?"
                            r"|\s*[‘“\"„«]")
