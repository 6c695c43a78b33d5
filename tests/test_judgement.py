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

CORPUS = json.loads((Path(__file__).parent / "data" / "judgement_corpus.json")
                    .read_text(encoding="utf-8"))


@pytest.mark.parametrize("example", handbook().examples("5", "niet_zo")
                         + handbook().examples("6", "niet_zo"), ids=lambda e: e.id)
@pytest.mark.handbook("5.4", "6.4")
def test_every_niet_zo_example_is_flagged(example):
    assert check(example.text), example.text


@pytest.mark.parametrize("example", handbook().examples("5", "maar_zo")
                         + handbook().examples("6", "maar_zo"), ids=lambda e: e.id)
def test_no_maar_zo_example_is_flagged(example):
    assert check(example.text) == [], [(f.rule, f.text) for f in check(example.text)]


def test_corpus_is_large_enough():
    assert len(CORPUS["judging"]) >= 40 and len(CORPUS["factual"]) >= 40


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


# --- issue 9: the examples it names ----------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Ik heb op 4 november een melding gedaan bij Veilig Thuis.",
    "Ik heb contact gehad met Veilig Thuis Rotterdam Rijnmond over de kinderen.",
    "De Raad voor de Kinderbescherming heeft om informatie gevraagd.",
])
def test_receivers_names_are_not_judgements(sentence):
    assert check(sentence) == []


def test_an_address_book_name_is_masked_too():
    assert check("Ik bel met Stichting Veilig Gezin Oost.",
                 names=("Stichting Veilig Gezin Oost",)) == []


def test_no_sentence_break_after_an_initial():
    from app.checks.judgement import sentences
    text = "Mevrouw Y. is een liefdevolle moeder. J. (7) woont bij haar."
    assert [text[a:b].strip() for a, b in sentences(text)] == [
        "Mevrouw Y. is een liefdevolle moeder.", "J. (7) woont bij haar."]
    [finding] = check(text)
    assert "Y. is een liefdevolle moeder" in finding.text


@pytest.mark.parametrize("sentence", [
    "Moeder vertelde dat vader een slechte vader is.",
    "De buurvrouw noemt het gezin een puinhoop.",
    "Volgens de school is de thuissituatie chaotisch.",
    "Vader noemt zichzelf 'een mislukte ouder'.",
])
def test_reported_speech_without_or_with_quotes_is_not_the_clinicians_judgement(sentence):
    assert check(sentence) == [], [(f.frame, f.text) for f in check(sentence)]


def test_own_opinion_after_reported_speech_is_still_found():
    text = "De school meldt dat J. vaak zonder ontbijt komt; volgens mij is er sprake van " \
           "verwaarlozing."
    assert [f.frame for f in check(text)] in (["mening"], ["sprake-van"])


@pytest.mark.parametrize("sentence", [
    "Ik maak me ernstige zorgen over de veiligheid van de kinderen.",
    "Ik vraag me af of J. op dit moment voldoende in staat is om voor haar dochter te zorgen.",
    "Cliënte vindt het goed dat ik contact opneem met de jeugdbeschermer.",
    "Is vader naar uw mening, gelet op zijn ziektebeeld, in staat zich in zijn kinderen te "
    "verplaatsen?",
])
@pytest.mark.handbook("5.5")
def test_concern_requests_consent_and_approved_questions_are_not_flagged(sentence):
    assert check(sentence) == [], [(f.frame, f.text) for f in check(sentence)]


@pytest.mark.parametrize(("sentence", "frame"), [
    ("Vader oogt als een zorgzame ouder.", "evaluatie"),
    ("Volgens mij is het thuis niet veilig voor de kinderen.", "mening"),
    ("Een OTS zou moeten worden uitgesproken.", "maatregel"),
    ("Er is sprake van parentificatie van de oudste dochter.", "sprake-van"),
    ("Vader heeft het hart op de goede plek.", "idioom"),
    ("Mevrouw is niet in staat om voor de kinderen te zorgen.", "vermogen"),
    ("De kinderen zijn bij hem niet veilig.", "veiligheid"),
    ("Kunt u mij een algemene indruk geven van uw cliënt?", "algemene-vraag"),
])
def test_each_frame_names_itself_and_a_handbook_item(sentence, frame):
    from app.checks.judgement import lexicon
    findings = check(sentence)
    assert [f.frame for f in findings] == [frame], [(f.frame, f.text) for f in findings]
    assert lexicon().frames[frame]["ref"] in ("5.4", "6.4")


def test_the_evaluative_lexicon_is_derived_data_with_its_source_and_licence():
    from app.checks.judgement import lexicon
    from app.content.resources import load_json
    derived = load_json("lexicon/evaluative.json")
    assert "PDDL" in derived["_licence"] and "De Smedt" in derived["_source"]
    assert len(derived["adjectives"]) > 2000
    lex = lexicon()
    assert "chaotisch" in lex.evaluative and "chaotische" in lex.evaluative
    assert "werkloos" not in lex.evaluative and "aanwezig" not in lex.evaluative  # reviewed
