"""The checked text as the judgement frames see it: tokens, sentences, and each pattern's
matches filed by sentence.

Why a module of its own: the frames (`judgement.py`) ask these questions thousands of times per
page; keeping the bookkeeping here keeps the frames readable.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from app.checks.judgement_lexicon import Lexicon
from app.checks.prefilter import Candidates
from app.checks.segment import Token, columns


class Text:
    """The masked text, its sentences and words, and each pattern's matches per sentence —
    each pattern run once, on demand.

    Why: the frames ask the same questions of every clause, and most answers are 'nothing';
    running each pattern once over the whole text and filing its matches by sentence keeps a
    5,000-character check in milliseconds."""

    def __init__(self, lex: Lexicon, text: str, bounds: list[tuple[int, int]]):
        self.lex, self.text, self.bounds = lex, text, bounds
        self.sentence_starts = [a for a, _b in bounds]
        self.toks, self.words, self.starts = columns(text)
        self.by_sentence: dict[str, dict[int, list[re.Match[str]]]] = {}
        self._where: Candidates | None = None
        self._names: dict[int, list[str]] | None = None

    def _word_starts(self) -> list[int]:
        """Every position a pattern may start at: each token, and each part of a hyphenated or
        apostrophed token ('moeder-kind', 'zo’n'), which a regex sees as a word of its own."""
        starts = list(self.starts)
        joined = False
        for t in self.toks:
            if not t.word.isalpha():
                joined = True
                starts += [t.start + i + 1 for i, c in enumerate(self.text[t.start:t.end])
                           if c in "-’'"]
        return sorted(starts) if joined else starts

    def patterns_in(self, index: int) -> list[str]:
        """'p:<name>' for each pattern with a match in sentence `index` (files them all once)."""
        if self._names is None:
            self._names = {}
            for name in self.lex.scanner.alternatives:
                filed = self.by_sentence.get(name)
                for at in (self.file(name) if filed is None else filed):
                    self._names.setdefault(at, []).append("p:" + name)
        return self._names.get(index, [])

    def file(self, name: str) -> dict[int, list[re.Match[str]]]:
        """Pattern `name`'s matches that lie inside one sentence, by sentence index."""
        if not self.by_sentence:
            self._where = self.lex.scanner.candidates(self.text, self._word_starts())
        filed: dict[int, list[re.Match[str]]] = {}
        for m in self.lex.scanner.find(name, self.text, self._where, self.bounds):
            index = bisect_right(self.sentence_starts, m.start()) - 1
            if index >= 0 and m.end() <= self.bounds[index][1]:
                filed.setdefault(index, []).append(m)
        self.by_sentence[name] = filed
        return filed


class Sentence:
    """One sentence of the masked text, with the pattern matches that fall inside it."""

    def __init__(self, doc: Text, index: int):
        start, end = doc.bounds[index]
        self.doc, self.lex, self.text, self.start, self.end = doc, doc.lex, doc.text, start, end
        self.index = index
        self.lo, self.hi = bisect_left(doc.starts, start), bisect_left(doc.starts, end)
        self.toks = doc.toks[self.lo:self.hi]
        self.word_list = doc.words[self.lo:self.hi]
        self.question = self.text[start:end].rstrip().rstrip("’”\"' )").endswith("?")

    def find(self, name: str, start: int | None = None,
             end: int | None = None) -> list[re.Match[str]]:
        """Matches of pattern `name` inside [start, end) of this sentence (default: all of it)."""
        filed = self.doc.by_sentence.get(name)
        if filed is None:
            filed = self.doc.file(name)
        own = filed.get(self.index)
        if not own:
            return []
        if start is None and end is None:
            return list(own)
        a = self.start if start is None else start
        b = self.end if end is None else end
        return [m for m in own if a <= m.start() and m.end() <= b]

    def words(self, start: int, end: int) -> list[Token]:
        if start <= self.start and end >= self.end:
            return self.toks
        starts = self.doc.starts
        return self.doc.toks[bisect_left(starts, start, self.lo, self.hi):
                             bisect_left(starts, end, self.lo, self.hi)]

    def clause_words(self, start: int, end: int) -> tuple[list[Token], list[str]]:
        """The tokens of [start, end) and their words (most clauses are the whole sentence)."""
        if start <= self.start and end >= self.end:
            return self.toks, self.word_list
        toks = self.words(start, end)
        return toks, [t.word for t in toks]
