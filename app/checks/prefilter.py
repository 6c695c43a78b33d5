"""Run many word-alternation patterns over one text without trying every character position.

Why: Python's `re` tries a pattern that starts with a look-behind at every position of the
text, and an alternation of three hundred idioms tries every alternative there; thirty such
patterns cost ~15 ms on 5,000 characters, three times the judgement check's budget.

Every pattern here is an alternation of whole-word alternatives, and most alternatives begin
with a few literal letters. From each parsed alternative we derive those *heads* (up to `DEPTH`
characters, runs of white space read as one space) once at load. At check time only the word
starts whose first letters are a head are tried, and only with the alternatives that head
allows, compiled together in their original order. The result is exactly what `finditer` on
the whole alternation gives (leftmost, first alternative wins, non-overlapping): every
position where a match could start is tried in order, with every alternative that could match
there. A pattern with an alternative that may begin anywhere (`\\w+stoornis`) is run whole, and
only when a literal every match must contain occurs in the text.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Iterable
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

try:  # CPython's own SHA-256: hashlib would load OpenSSL, 5 ms of every `deelwijzer lint`
    from _sha256 import sha256  # type: ignore[import-not-found]
except ImportError:  # another Python, or a newer one (3.12 calls it _sha2)
    from hashlib import sha256

DEPTH = 4
_MAX_CHARSET = 6  # a class like [eé] is enumerated; a bigger one ends the head
_WORD_START = re.compile(r"(?<!\w)\w")
_SPACE_RUN = re.compile(r"\s+")
_PLAIN = re.compile(r"[^\W\d_](?:[^\W\d_]|\\s\+| (?! ))*")  # letters, single spaces, \s+
_KEY = re.compile(r"(?:\s+|\S){0," + str(DEPTH) + "}")  # DEPTH characters once runs are one space
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)

Candidates = dict[str, list[tuple[int, re.Pattern[str]]]]
Prefix = tuple[str, bool]  # (letters, open: the element ended and the next one may follow)


def _is_space(av: Any) -> bool:
    return list(av) == [(C.CATEGORY, C.CATEGORY_SPACE)]


def _element(op: Any, av: Any) -> set[Prefix]:
    if op is C.LITERAL:
        char = chr(av).lower()
        return {(" " if char.isspace() else char, True)}
    if op is C.IN:
        if _is_space(av):
            return {(" ", True)}
        chars = [chr(v).lower() for kind, v in av if kind is C.LITERAL]
        if len(chars) == len(av) and len(chars) <= _MAX_CHARSET:
            return {(c, True) for c in chars}
        return {("", False)}
    if op is C.BRANCH:
        return set().union(*(_sequence(alt) for alt in av[1]))
    if op is C.SUBPATTERN:
        return _sequence(av[-1])
    if op in _REPEATS:
        low, _high, item = av
        if len(item) == 1 and item[0][0] is C.IN and _is_space(item[0][1]):
            once = {(" ", True)}  # a run of white space reads as one space
        else:
            once = {(s, False) for s, _open in _sequence(item)}
        return once | {("", True)} if low == 0 else once
    if op in _ZERO_WIDTH:
        return {("", True)}
    return {("", False)}


def _sequence(items: Any) -> set[Prefix]:
    result: set[Prefix] = {("", True)}
    for op, av in items:
        if not any(is_open and len(s) < DEPTH for s, is_open in result):
            break
        step: set[Prefix] = set()
        following = _element(op, av)
        for s, is_open in result:
            if not is_open or len(s) >= DEPTH:
                step.add((s[:DEPTH], False))
                continue
            for t, t_open in following:
                joined = s + t
                step.add((joined[:DEPTH], t_open and len(joined) < DEPTH))
        result = step
    return result


def _union(sets: list[set[str] | None]) -> set[str] | None:
    """All of them, or None when one is None (a branch without a literal)."""
    result: set[str] = set()
    for item in sets:
        if not item:
            return None
        result |= item
    return result


def _required(items: Any) -> set[str] | None:
    """Literals of which every match contains at least one, or None if none can be named."""
    options: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is C.LITERAL:
            run += chr(av).lower()
            continue
        if op in _ZERO_WIDTH:
            continue
        if run.strip():
            options.append({run})
        run = ""
        found: set[str] | None = None
        if op is C.BRANCH:
            found = _union([_required(alt) for alt in av[1]])
        elif op is C.SUBPATTERN:
            found = _required(av[-1])
        elif op in _REPEATS and av[0] >= 1:
            found = _required(av[2])
        if found:
            options.append(found)
    if run.strip():
        options.append({run})
    return max(options, key=lambda o: min(len(x) for x in o)) if options else None


def parse(alternative: str) -> Any:
    """The parsed alternative; a broken one raises ValueError naming itself."""
    try:
        return _parser.parse(alternative, re.IGNORECASE)
    except re.error as exc:
        raise ValueError(f"judgement lexicon: bad pattern {alternative!r}: {exc}") from exc


def words(alternatives: list[str]) -> re.Pattern[str]:
    """One case-insensitive alternation of whole-word alternatives."""
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def heads_of(alternative: str) -> set[str] | None:
    """The heads of one alternative, or None if a match of it may begin anywhere.

    Half the lexicon is plain words ('zorgwekkend', 'ik\\s+vind'): those are read directly;
    parsing them too would cost a third of the load time and cannot fail."""
    if _PLAIN.fullmatch(alternative):
        return {alternative.replace("\\s+", " ").lower()[:DEPTH]}
    found = {s for s, _open in _sequence(parse(alternative))}
    return found if found and all(s and s[0].isalpha() for s in found) else None


def fingerprint(alternations: dict[str, list[str]]) -> str:
    """What a derived index was derived from: the alternations, and how deep the heads go."""
    text = json.dumps([DEPTH, alternations], sort_keys=True, ensure_ascii=False)
    return sha256(text.encode("utf-8")).hexdigest()


def derive(alternations: dict[str, list[str]]) -> dict[str, Any]:
    """The scanner's index, as JSON data: each alternative's heads, or for a pattern that must
    run whole the literals one of which each match contains. Parsing every alternative is most
    of the check's load time, so `tools/derive_lexicon.py --scanner` stores this beside the
    lexicon; parsing also validates, and a broken alternative raises ValueError here."""
    heads: dict[str, list[list[str]]] = {}
    whole: dict[str, list[str] | None] = {}
    for name, alternatives in alternations.items():
        found = [heads_of(a) for a in alternatives]
        if all(prefixes is not None for prefixes in found):
            heads[name] = [sorted(prefixes or ()) for prefixes in found]
        else:
            required = _union([_required(parse(a)) for a in alternatives])
            whole[name] = sorted(required) if required is not None else None
    return {"fingerprint": fingerprint(alternations), "heads": heads, "whole": whole}


def _valid(index: Any, alternations: dict[str, list[str]]) -> bool:
    """A stored index fits these alternations exactly and has the shape `derive` gives."""
    if not isinstance(index, dict) or index.get("fingerprint") != fingerprint(alternations):
        return False
    heads, whole = index.get("heads"), index.get("whole")
    if not isinstance(heads, dict) or not isinstance(whole, dict) or \
            set(heads) | set(whole) != set(alternations) or set(heads) & set(whole):
        return False
    for name, per in heads.items():
        if not isinstance(per, list) or len(per) != len(alternations[name]) or not all(
                isinstance(h, list) and h and all(isinstance(x, str) and x for x in h)
                for h in per):
            return False
    return all(w is None or (isinstance(w, list) and all(isinstance(x, str) and x for x in w))
               for w in whole.values())


class Scanner:
    """Finds the matches of named word alternations in one text, each once, on demand.

    `derived` is a stored `derive(alternations)`; it is used only if its fingerprint shows it
    was derived from exactly these alternations (else the index is derived anew)."""

    def __init__(self, alternations: dict[str, list[str]], derived: Any = None):
        self.alternatives = alternations
        self.index: dict[int, dict[str, list[tuple[str, int]]]] = {}
        self.whole: dict[str, set[str] | None] = {}  # run whole, when one of these occurs
        self._compiled: dict[tuple[str, tuple[int, ...]], re.Pattern[str]] = {}
        self._by_key: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
        self.from_store = _valid(derived, alternations)
        index = derived if self.from_store else derive(alternations)
        for name, per in index["heads"].items():
            for i, prefixes in enumerate(per):
                for head in prefixes:
                    self.index.setdefault(len(head), {}).setdefault(head, []).append((name, i))
        for name, required in index["whole"].items():
            self.whole[name] = set(required) if required is not None else None

    def _pattern(self, name: str, which: tuple[int, ...]) -> re.Pattern[str]:
        key = (name, which)
        if key not in self._compiled:
            alternatives = self.alternatives[name]
            self._compiled[key] = words([alternatives[i] for i in which] if which else
                                        alternatives)
        return self._compiled[key]

    def _at(self, key: str) -> list[tuple[str, re.Pattern[str]]]:
        """The patterns to try where a word starts with `key`, each with only the alternatives
        that may match there (cached: a text's word starts share few distinct keys)."""
        hits = self._by_key.get(key)
        if hits is None:
            which: dict[str, set[int]] = {}
            for length, table in self.index.items():
                for name, i in table.get(key[:length], ()) if len(key) >= length else ():
                    which.setdefault(name, set()).add(i)
            hits = [(name, self._pattern(name, tuple(sorted(alts))))
                    for name, alts in which.items()]
            self._by_key[key] = hits
        return hits

    def candidates(self, text: str, starts: Iterable[int] | None = None) -> Candidates | None:
        """Per pattern, the word starts where a match may begin, each with the pattern of the
        alternatives that may match there; None if lower-casing changed the text's length
        (positions would no longer line up).

        `starts` may give the text's letter-word starts (the tokens the caller already has):
        no head begins with a digit or '_', so a match can begin nowhere else."""
        low = text.lower()
        if len(low) != len(text):
            return None
        if starts is None:
            starts = (m.start() for m in _WORD_START.finditer(low))
        where: Candidates = {}
        by_key, at = self._by_key, self._at
        for pos in starts:
            key = low[pos:pos + DEPTH]
            if "  " in key or not key.isprintable():  # a run, a tab, a line break …
                key = _SPACE_RUN.sub(" ", low[pos:_KEY.match(low, pos).end()])  # type: ignore[union-attr]
            hits = by_key.get(key)
            if hits is None:
                hits = at(key)
            for name, pattern in hits:
                if name in where:
                    where[name].append((pos, pattern))
                else:
                    where[name] = [(pos, pattern)]
        return where

    def find(self, name: str, text: str, where: Candidates | None,
             bounds: list[tuple[int, int]] | None = None) -> list[re.Match[str]]:
        """The matches of pattern `name`, as `finditer` gives them.

        With `bounds` (the sentences), a pattern that must run whole runs only in the sentences
        that hold one of its literals — a match inside a sentence is then the same; one that
        would cross a sentence's end is not found (the check looks within sentences only)."""
        if name in self.whole or where is None:
            pattern = self._pattern(name, ())
            required = self.whole.get(name)
            if not required or where is None:
                return list(pattern.finditer(text))
            low = text.lower()
            hits = sorted(i for r in required for i in _occurrences(low, r))
            if not hits:
                return []
            if bounds is None:
                return list(pattern.finditer(text))
            starts = [a for a, _b in bounds]
            found: list[re.Match[str]] = []
            for index in sorted({bisect_right(starts, i) - 1 for i in hits} - {-1}):
                found += pattern.finditer(text, *bounds[index])
            return found
        found = []
        last = 0
        for pos, pattern in where.get(name, ()):
            if pos < last:
                continue
            m = pattern.match(text, pos)
            if m:
                found.append(m)
                last = max(m.end(), pos + 1)
        return found


def _occurrences(text: str, part: str) -> list[int]:
    found, at = [], text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found
