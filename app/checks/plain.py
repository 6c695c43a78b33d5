"""What the clinician gives must be interpretable by the one who asked (handbook 6.5), and
complete means relevant, not everything (2.3). Words and patterns are data
(`resources/lexicon/plain_language.json`); the requester's expertise (5.3) decides which terms
need saying in plain words: an answer to a maatschappelijk werker needs plainer words than
one to an arts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from app.checks.problems import WARNING, Problem
from app.content.i18n import _
from app.content.resources import load_json


@dataclass(frozen=True)
class Remark:
    """One passage to reconsider: where it is, which item it serves, and why."""

    start: int
    end: int
    text: str
    ref: str
    message: str


@dataclass(frozen=True)
class _Term:
    pattern: re.Pattern[str]
    plain: str  # Dutch, as the answer would say it: not translated
    known_by: tuple[str, ...]


@dataclass(frozen=True)
class _Lexicon:
    expertise_words: dict[str, tuple[str, ...]]
    codes: tuple[re.Pattern[str], ...]
    codes_message: str
    abbreviation: re.Pattern[str]
    common: frozenset[str]
    abbreviations: dict[str, _Term]
    known_message: str
    unknown_message: str
    jargon: tuple[_Term, ...]
    jargon_message: str
    everything: tuple[re.Pattern[str], ...]
    everything_message: str


def _term(raw: dict[str, Any], flags: int = re.IGNORECASE) -> _Term:
    if not raw.get("term") or not raw.get("plain"):
        raise ValueError(f"plain_language.json: incomplete term {raw!r}")
    pattern = re.compile(rf"(?<![\w-])(?:{raw['term']})(?![\w-])", flags)
    return _Term(pattern, str(raw["plain"]), tuple(raw.get("known_by", ())))


@cache
def _lexicon() -> _Lexicon:
    """Loaded and validated once; a malformed file is a packaging bug."""
    raw = load_json("lexicon/plain_language.json")
    abbr = raw["abbreviations"]
    known = {str(t["term"]): _term(t, 0) for t in abbr["known"]}
    return _Lexicon(
        {k: tuple(v) for k, v in raw["expertise_words"].items()},
        tuple(re.compile(p) for p in raw["codes"]["patterns"]), raw["codes"]["message"],
        re.compile(abbr["pattern"]), frozenset(abbr["common"]), known,
        abbr["message_known"], abbr["message_unknown"],
        tuple(_term(t) for t in raw["jargon"]["terms"]), raw["jargon"]["message"],
        tuple(re.compile(p, re.IGNORECASE) for p in raw["everything"]["patterns"]),
        raw["everything"]["message"])


def expertise_kinds(expertise: str) -> set[str]:
    """Which kinds of expertise ('arts', 'gedragswetenschapper', ...) a recorded expertise or
    function names: 'jeugdarts' is an arts, 'orthopedagoog' a gedragswetenschapper."""
    text = expertise.casefold()
    kinds = {kind for kind, words in _lexicon().expertise_words.items()
             if any(w in text for w in words)}
    return kinds | ({text.strip()} if text.strip() else set())


def _who(expertise: str) -> tuple[str, str]:
    """('Een maatschappelijk werker', 'een maatschappelijk werker'), or the requester."""
    e = expertise.strip()
    if not e or e.casefold() == "anders":
        return _("De vrager"), _("de vrager")
    return _("Een {expertise}", expertise=e), _("een {expertise}", expertise=e)


def _explained(text: str, start: int, end: int) -> bool:
    """'EMDR (een traumabehandeling)' or 'een traumabehandeling (EMDR)': explained beside it."""
    after = text[end:end + 3].lstrip()
    before = text[max(0, start - 2):start].rstrip()
    return after.startswith("(") or (before.endswith("(") and text[end:end + 1] == ")")


def interpretability(text: str, expertise: str = "") -> list[Remark]:
    """6.5: diagnosis codes, abbreviations and jargon the requester may not read as meant."""
    lex = _lexicon()
    kinds = expertise_kinds(expertise)
    who, who_object = _who(expertise)
    found: list[Remark] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], message: str) -> None:
        if any(a < m.end() and m.start() < b for a, b in taken):
            return
        taken.append((m.start(), m.end()))
        found.append(Remark(m.start(), m.end(), m.group(), "6.5", message))

    for pattern in lex.codes:
        for m in pattern.finditer(text):
            add(m, _(lex.codes_message, text=m.group(), who_object=who_object))
    for m in lex.abbreviation.finditer(text):
        word = m.group()
        if word in lex.common or _explained(text, m.start(), m.end()):
            continue
        term = lex.abbreviations.get(word)
        if term is None:
            add(m, _(lex.unknown_message, text=word, who_object=who_object))
        elif not kinds & set(term.known_by):
            add(m, _(lex.known_message, text=word, who=who, plain=term.plain))
    for term in lex.jargon:
        if kinds & set(term.known_by):
            continue
        for m in term.pattern.finditer(text):
            if not _explained(text, m.start(), m.end()):
                add(m, _(lex.jargon_message, text=m.group(), who=who, plain=term.plain))
    return sorted(found, key=lambda r: r.start)


def everything(text: str) -> list[Remark]:
    """2.3: wording that hands over the whole file rather than what is relevant."""
    lex = _lexicon()
    matches = sorted((m for pattern in lex.everything for m in pattern.finditer(text)),
                     key=lambda m: (m.start(), -m.end()))
    found: list[Remark] = []
    for m in matches:  # overlapping wordings are one remark: the longest, first
        if found and m.start() < found[-1].end:
            continue
        found.append(Remark(m.start(), m.end(), m.group(), "2.3",
                            _(lex.everything_message, text=m.group())))
    return found


def plain_problems(text: str, field: str, expertise: str = "") -> list[Problem]:
    """6.5 and 2.3 remarks on one field, as non-blocking findings beside it."""
    if not text.strip():
        return []
    return [Problem(field, r.message, r.ref, WARNING)
            for r in interpretability(text, expertise) + everything(text)]


def relevance_problems(text: str, field: str) -> list[Problem]:
    """2.3 alone (a melding, an overleg: no requester whose expertise is known)."""
    return [Problem(field, r.message, r.ref, WARNING) for r in everything(text)] \
        if text.strip() else []
