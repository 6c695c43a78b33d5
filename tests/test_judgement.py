"""The judgement check (handbook 5 and 6.4): the handbook's examples, a fresh labelled corpus,
inflection and word order, explicit abstention, and properties on arbitrary text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.checks.judgement import check, inflections
from app.content.handbook import handbook
from tests.conftest import REPORT

CORPUS = json.loads((Path(__file__).parent / "data" / "judgement_corpus.json")
                    .read_text(encoding="utf-8"))


@pytest.mark.parametrize("example", handbook().examples("5", "niet_zo")
                         + handbook().examples("6", "niet_zo"), ids=lambda e: e.id)
def test_every_niet_zo_example_is_flagged(example):
    assert check(example.text), example.text


@pytest.mark.parametrize("example", handbook().examples("5", "maar_zo")
                         + handbook().examples("6", "maar_zo"), ids=lambda e: e.id)
def test_no_maar_zo_example_is_flagged(example):
    assert check(example.text) == [], [(f.rule, f.text) for f in check(example.text)]


def test_corpus_is_large_enough():
    assert len(CORPUS["judging"]) >= 40 and len(CORPUS["factual"]) >= 40


def test_precision_and_recall_on_own_corpus():
    tp = sum(bool(check(s)) for s in CORPUS["judging"])
    fp = sum(bool(check(s)) for s in CORPUS["factual"])
    fn = len(CORPUS["judging"]) - tp
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn)
    REPORT["judgement check"] = (
        f"precision {precision:.3f}, recall {recall:.3f} on {len(CORPUS['judging'])} judging "
        f"and {len(CORPUS['factual'])} factual sentences")
    print(REPORT["judgement check"])
    missed = [s for s in CORPUS["judging"] if not check(s)]
    wrong = [s for s in CORPUS["factual"] if check(s)]
    assert precision >= 0.9, wrong
    assert recall >= 0.9, missed


@pytest.mark.parametrize("sentence", [
    "Zij is een liefdevolle moeder.",
    "Zij is een heel liefdevolle moeder.",
    "Moeder is liefdevol.",
    "Is moeder liefdevol?",
    "De liefdevolste moeder die ik ken.",
    "Zij is een zorgzame ouder.",
    "Het gezin is betrouwbaar.",
    "Ik vind vader geen competente opvoeder.",
    "De ouders zijn niet competent.",
])
def test_inflection_and_word_order(sentence):
    assert check(sentence), sentence


def test_adjective_forms():
    assert {"liefdevolle", "liefdevoller", "liefdevolste"} <= inflections("liefdevol")
    assert {"zorgzame", "zorgzamer"} <= inflections("zorgzaam")
    assert {"lieve", "liever"} <= inflections("lief")
    assert "betrokken" in inflections("betrokken")


@pytest.mark.parametrize("sentence", [
    "Ik kan geen uitspraak doen over de opvoedsituatie.",
    "Of vader een goede opvoeder is, kan ik niet beoordelen.",
    "Het oordeel over een ondertoezichtstelling laat ik aan de Raad.",
    "Of moeder een goede opvoeder is, ligt buiten mijn deskundigheid.",
])
def test_leaving_the_judgement_to_others_is_not_flagged(sentence):
    assert check(sentence) == [], [(f.rule, f.text) for f in check(sentence)]


def test_abstention_covers_only_its_own_clause():
    findings = check("Ik kan geen uitspraak doen over de opvoedsituatie, maar zij is een "
                     "liefdevolle moeder.")
    assert [f.text for f in findings] == ["zij is een liefdevolle moeder"]


def test_finding_carries_span_ref_explanation_and_suggestion():
    text = "Behandeling loopt sinds mei. Zij is een liefdevolle moeder."
    [finding] = check(text)
    assert text[finding.start:finding.end] == finding.text == "Zij is een liefdevolle moeder"
    assert finding.ref == "6.4"
    assert "6.4" in finding.explanation and finding.suggestion


def test_question_gets_a_factual_question_as_suggestion():
    [finding] = check("Is de vader een competente opvoeder volgens u?")
    assert finding.rule == "oordeel.opvoeder"
    assert finding.ref == "5.5"
    assert "gedrag" in finding.suggestion and "?" in finding.suggestion


def test_measures_rules_and_family():
    assert [f.rule for f in check("Een uithuisplaatsing lijkt mij noodzakelijk.")] == [
        "oordeel.maatregel"]
    assert [f.rule for f in check("Het is een betrouwbaar gezin.")] == ["oordeel.gezin"]
    assert [f.rule for f in check("Er is sprake van pedagogische onmacht.")] == [
        "oordeel.typering"]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_never_raises_and_spans_lie_inside_the_text(text):
    for finding in check(text):
        assert 0 <= finding.start < finding.end <= len(text)
        assert text[finding.start:finding.end] == finding.text


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(CORPUS["judging"] + CORPUS["factual"] + [
    "\n", " ", "?", "’", "ë", "\u200f", "\ud800", "<b>", "; maar"]), max_size=12).map("".join))
def test_mixed_corpus_text_keeps_spans_valid(text):
    for finding in check(text):
        assert text[finding.start:finding.end] == finding.text
