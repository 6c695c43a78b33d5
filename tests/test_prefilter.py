"""The scanner must give exactly what `finditer` on the whole alternation gives.

Why: it is a speed-up only; a difference would be a judgement the check silently misses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.checks.judgement import _Text
from app.checks.judgement_lexicon import lexicon
from app.checks.prefilter import Scanner, heads_of, words
from app.checks.segment import sentences

DATA = Path(__file__).parent / "data"

EDGE = [
    "Ik\nvind dat moeder  tekortschiet; IK   VIND het gezin-onveilig.",
    "Zo’n moeder-kind relatie is naar\tmijn mening ongezond. 3jarige J. is _niet veilig.",
    "Ik\xa0vind dat moeder\u2009tekortschiet.\r\nVOLGENS MIJ is een OTS nodig.",
    "Ik  denk   dat  vader het niet aankan.",
    "İk vind dat moeder tekortschiet.",  # lower-casing changes the length: the slow path
    "",
]


def _texts() -> list[str]:
    texts = list(EDGE)
    for path in sorted(DATA.glob("judgement_*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if "items" in data:
            texts += [item["text"] for item in data["items"]]
        else:
            texts += data["judging"] + data["factual"]
    texts.append(" ".join(texts))
    return texts


@pytest.mark.parametrize("with_tokens", [False, True])
def test_scanner_finds_what_finditer_finds(with_tokens: bool) -> None:
    scanner = lexicon().scanner
    for text in _texts():
        starts = _Text(lexicon(), text, list(sentences(text)))._word_starts() \
            if with_tokens else None
        where = scanner.candidates(text, starts)
        for name, alternatives in scanner.alternatives.items():
            expected = [m.span() for m in words(alternatives).finditer(text)]
            assert [m.span() for m in scanner.find(name, text, where)] == expected, (name, text)


def test_heads_are_the_letters_a_match_begins_with() -> None:
    assert heads_of(r"ik\s+vind") == {"ik v"}
    assert heads_of(r"u") == {"u"}
    assert heads_of(r"(?:moeder|vader)s?") == {"moed", "vade"}
    assert heads_of(r"[eé]en\s+goede") == {"een ", "éen "}
    assert heads_of(r"\w+stoornis") is None  # may begin anywhere: run whole


def test_a_pattern_that_may_begin_anywhere_runs_only_when_its_literal_occurs() -> None:
    scanner = Scanner({"disorder": [r"\w+stoornis", "ziekte"]})
    assert scanner.whole["disorder"] == {"stoornis", "ziekte"}
    text = "Moeder heeft een angststoornis."
    assert [m.group() for m in scanner.find("disorder", text, scanner.candidates(text))] == \
        ["angststoornis"]
    assert scanner.find("disorder", "Geen bijzonderheden.",
                        scanner.candidates("Geen bijzonderheden.")) == []


def test_a_broken_alternative_names_itself() -> None:
    with pytest.raises(ValueError, match="bad pattern"):
        Scanner({"x": ["goed", "(?:kapot"]})


def test_filed_by_sentence_the_matches_are_those_of_finditer() -> None:
    """What the check sees: each pattern's matches that lie inside one sentence."""
    lex = lexicon()
    for text in _texts():
        doc = _Text(lex, text, list(sentences(text)))
        for name, alternatives in lex.scanner.alternatives.items():
            expected = {}
            for m in words(alternatives).finditer(text):
                for index, (a, b) in enumerate(doc.bounds):
                    if a <= m.start() and m.end() <= b:
                        expected.setdefault(index, []).append(m.span())
            filed = {i: [m.span() for m in found] for i, found in doc.file(name).items()}
            assert filed == expected, (name, text)


def test_plain_words_are_read_as_the_parser_would() -> None:
    from app.checks.prefilter import _PLAIN, _sequence, parse

    plain = [a for alternatives in lexicon().scanner.alternatives.values() for a in alternatives
             if _PLAIN.fullmatch(a)]
    assert len(plain) > 100
    for alternative in plain:
        assert heads_of(alternative) == {s for s, _open in _sequence(parse(alternative))}


def test_the_stored_index_is_the_one_the_lexicon_gives() -> None:
    """`resources/lexicon/judgement_scanner.json` is derived data: after an edit of the lexicon
    this fails until `python tools/derive_scanner.py` writes it again."""
    from app.checks.judgement_lexicon import SCANNER_INDEX, alternations
    from app.checks.prefilter import derive
    from app.content.resources import load_json

    stored = load_json(SCANNER_INDEX)
    assert {k: v for k, v in stored.items() if k != "_comment"} == derive(alternations())
    assert lexicon().scanner.from_store


def test_a_stale_or_damaged_index_is_not_used() -> None:
    """An index that does not fit the alternations is ignored and the index derived anew, so
    the matches stay right; a wrong head in a stored index would silently miss judgements."""
    from app.checks.prefilter import derive

    alternations = {"eval": ["zorgzaam", "liefdevol"], "disorder": [r"\w+stoornis", "ziekte"]}
    good = derive(alternations)
    assert Scanner(alternations, good).from_store
    stale = derive({"eval": ["zorgzaam"], "disorder": [r"\w+stoornis", "ziekte"]})
    for bad in (stale, {**good, "heads": "x"}, {**good, "whole": {}}, None, [],
                {**good, "heads": {"eval": [["zorg"]]}}):
        scanner = Scanner(alternations, bad)
        assert not scanner.from_store
        text = "Een zorgzame moeder, zorgzaam en liefdevol; een angststoornis."
        assert [m.group() for m in scanner.find("eval", text, scanner.candidates(text))] == \
            ["zorgzaam", "liefdevol"]
