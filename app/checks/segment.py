"""Cutting clinical Dutch into sentences, clauses and words, with receivers' names masked.

Why a splitter of our own: the app asks for pseudonyms such as 'Y.' and 'J. (7)', and a
splitter that ends a sentence after every period cuts 'Mevrouw Y. is een liefdevolle moeder'
in two, so that neither half is a judgement. And 'Veilig Thuis' is a receiver, not a claim
that home is safe: names are masked before any rule sees the words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, partial
from itertools import accumulate
from typing import NamedTuple

from app.content.resources import load_json

WORD = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*", re.UNICODE)
# A sentence ends at '.', '!' or '?' before white space, at a blank line, or before a bullet.
# The pattern starts with one character class so that `re` skips to those characters instead of
# trying every position (three times faster than the plain alternation).
_END = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*(?=[\s’”\"')]*(?:\s|$))|(?<=\n)\s*\n"
                  r"|(?<=\n)(?=\s*[-•*]\s))")
_CLAUSE = re.compile(r"[;:]|,\s*(?=(?:maar|want|terwijl|hoewel|echter|al|omdat|dus|zodat)\b)"
                     r"|\s(?=maar\s)|\s(?=terwijl\s)", re.IGNORECASE)
_SEGMENT = re.compile(r";")
# The look-behind sits after the quote mark, so the pattern begins with a literal character and
# `re` skips ahead to quote marks instead of trying every position.
_QUOTE = re.compile(r"[‘“\"„«]([^’”\"»]*)[’”\"»]|'(?<!\w')([^']*)'(?!\w)")
_TITLE = re.compile(r"[‘“\"']\s*(?:[A-Z][\w-]*)(?:\s+(?:[A-Z][\w-]*|en|na|van|voor|de|het))*"
                    r"\s*[’”\"']")
MASK = "\u2007"  # figure space: not a word character, so masked names yield no tokens


class Token(NamedTuple):
    """A lower-cased word and where it stands in the checked text (a tuple: the check makes
    a thousand of these per page)."""

    word: str
    start: int
    end: int


@cache
def _abbreviation() -> re.Pattern[str]:
    """Words after which a period does not end a sentence: initials and common abbreviations."""
    names = load_json("lexicon/judgement.json")["sentence_abbreviations"]
    return re.compile(r"(?:(?<![^\W\d_])[^\W\d_]|(?<!\w)(?:" + "|".join(names) + r"))$",
                      re.IGNORECASE)


@cache
def _default_names() -> tuple[str, ...]:
    return tuple(load_json("organisations.json")["names_in_text"]["names"])


@cache
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    # A known name, then any capitalised words (regional: 'Veilig Thuis Rotterdam Rijnmond').
    # '(?<!\w)' sits after each name's first letter ('V(?<!\w.)eilig Thuis'), so that every
    # alternative begins with a literal and `re` skips ahead to those letters.
    alternatives = "|".join(re.escape(n[0]) + r"(?<!\w.)" + re.escape(n[1:])
                            for n in sorted(set(names), key=len, reverse=True) if n)
    return re.compile(r"(?:" + alternatives + r")(?:[ -][A-Z][\w-]*)*(?!\w)")


def mask_names(text: str, names: Iterable[str] = ()) -> str:
    """`text` with receivers' names blanked, same length so that spans stay valid."""
    pattern = _names_pattern(tuple(sorted({*_default_names(), *names})))
    text = pattern.sub(lambda m: MASK * len(m.group()), text)
    # A quoted title ('Veilig Opvoeden', “Samen Sterk”) names a course or a programme.
    return _TITLE.sub(lambda m: MASK * len(m.group()), text)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans; no break after a single-letter initial ('Y.') or an abbreviation."""
    spans = []
    last = 0
    abbreviation = _abbreviation()
    for m in _END.finditer(text):
        at = m.start()
        if text[at] == "." and m.end() == at + 1 and abbreviation.search(
                text, max(last, at - 8), at):
            continue
        spans.append((last, m.end()))
        last = m.end()
    if last < len(text):
        spans.append((last, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def spans_between(pattern: re.Pattern[str], text: str, start: int,
                  end: int) -> list[tuple[int, int]]:
    """Segments of text[start:end] between the matches of `pattern`."""
    result, last = [], start
    for m in pattern.finditer(text, start, end):
        if m.start() > last:
            result.append((last, m.start()))
        last = m.end()
    if last < end:
        result.append((last, end))
    return result


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of a sentence: cut at ';', ':' and a comma before a conjunction.

    Most sentences have none of the marks `_CLAUSE` starts from; those are one clause without
    running it (it may start at any white space, so `re` tries every position)."""
    part = text[start:end]
    if ";" not in part and ":" not in part and "," not in part:
        low = part.lower()
        if "maar" not in low and "terwijl" not in low:
            return [(start, end)] if end > start else []
    return spans_between(_CLAUSE, text, start, end)


def segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Parts of a sentence joined by ';' — reported speech does not cross one."""
    if text.find(";", start, end) < 0:
        return [(start, end)] if end > start else []
    return spans_between(_SEGMENT, text, start, end)


def quotes(text: str) -> list[tuple[int, int]]:
    """Quoted passages, quote marks included."""
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text)]


def tokens(text: str) -> list[Token]:
    return columns(text)[0]


def columns(text: str) -> tuple[list[Token], list[str], list[int]]:
    """The tokens of `text`, with their words and their starts as lists of their own.

    Why this shape: the check makes a thousand tokens per page and looks words and starts up
    constantly. Splitting at the words gives them with the text between, as strings; adding up
    their lengths gives every position; all of it runs in C, where a match object per word
    cost as much as the rest of the tokenising."""
    low = text.lower()
    if len(low) != len(text):  # 'İ' lower-cases to two characters: positions would shift
        toks = [Token(m.group().lower(), m.start(), m.end()) for m in WORD.finditer(text)]
        return toks, [t.word for t in toks], [t.start for t in toks]
    parts = _WORD_SPLIT.split(low)  # between, word, between, word, …, between
    edges = list(accumulate(map(len, parts)))
    words, starts = parts[1::2], edges[0:-1:2]
    return list(map(_token, zip(words, starts, edges[1::2], strict=True))), words, starts


_WORD_SPLIT = re.compile("(" + WORD.pattern + ")")
_token = partial(tuple.__new__, Token)  # Token(...) runs Python code per word; this does not
