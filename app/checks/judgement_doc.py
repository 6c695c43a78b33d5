"""The checked text as the judgement frames see it: tokens, sentences, and each pattern's
matches filed by sentence.

Why a module of its own: the frames (`judgement.py`) ask these questions thousands of times per
page; keeping the bookkeeping here keeps the frames readable.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from app.checks.judgement_lexicon import Lexicon
from app.checks.segment import Token, columns


class Text:
    """The masked text, its sentences and words, and each pattern's matches per sentence —
    each pattern run once.

    Why: the frames ask the same questions of every clause, and most answers are 'nothing';
    running each pattern once over the whole text and filing its matches by sentence keeps a
    5,000-character check in milliseconds. All patterns are filed at the first question: the
    check of almost any page asks every one of them somewhere (the learned backstop's
    features name them all), and one pass files them in one dictionary per sentence."""

    def __init__(self, lex: Lexicon, text: str, bounds: list[tuple[int, int]]):
        self.lex, self.text, self.bounds = lex, text, bounds
        self.sentence_starts = [a for a, _b in bounds]
        self.toks, self.words, self.starts = columns(text)
        self._per_sentence: list[dict[str, list[re.Match[str]]]] | None = None

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

    def matches_in(self, index: int) -> dict[str, list[re.Match[str]]]:
        """Each pattern's matches that lie inside sentence `index`, by pattern name (only the
        patterns that match there)."""
        per = self._per_sentence
        if per is None:
            per = self._per_sentence = self._file_all()
        return per[index]

    def _file_all(self) -> list[dict[str, list[re.Match[str]]]]:
        scanner = self.lex.scanner
        where = scanner.candidates(self.text, self._word_starts())
        per: list[dict[str, list[re.Match[str]]]] = [{} for _ in self.bounds]
        starts, bounds = self.sentence_starts, self.bounds
        for name in scanner.alternatives:
            for m in scanner.find(name, self.text, where, bounds):
                index = bisect_right(starts, m.start()) - 1
                if index >= 0 and m.end() <= bounds[index][1]:
                    own = per[index]
                    if name in own:
                        own[name].append(m)
                    else:
                        own[name] = [m]
        return per

    def file(self, name: str) -> dict[int, list[re.Match[str]]]:
        """Pattern `name`'s matches that lie inside one sentence, by sentence index."""
        return {index: self.matches_in(index)[name] for index in range(len(self.bounds))
                if name in self.matches_in(index)}

    def patterns_in(self, index: int) -> list[str]:
        """'p:<name>' for each pattern with a match in sentence `index`."""
        return ["p:" + name for name in self.matches_in(index)]


class Sentence:
    """One sentence of the masked text, with the pattern matches that fall inside it."""

    def __init__(self, doc: Text, index: int):
        start, end = doc.bounds[index]
        self.doc, self.lex, self.text, self.start, self.end = doc, doc.lex, doc.text, start, end
        self.index = index
        self.own = doc.matches_in(index)
        self.lo, self.hi = bisect_left(doc.starts, start), bisect_left(doc.starts, end)
        self.toks = doc.toks[self.lo:self.hi]
        self.word_list = doc.words[self.lo:self.hi]
        self.question = self.text[start:end].rstrip().rstrip("’”\"' )").endswith("?")

    def find(self, name: str, start: int | None = None,
             end: int | None = None) -> list[re.Match[str]]:
        """Matches of pattern `name` inside [start, end) of this sentence (default: all of it)."""
        own = self.own.get(name)
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
