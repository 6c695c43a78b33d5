"""The knowledge of the judgement check, loaded from `resources/lexicon/` and validated once.

Why a separate module: the engine (`judgement.py`) holds the *constructions* of a judgement;
this module holds the *words*, so that a reviewer can change the data without reading the
engine, and a broken pattern fails at load naming itself.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from app.checks.prefilter import Scanner, words
from app.content.resources import load_json

VOWELS = "aeiouy"


def inflections(lemma: str) -> set[str]:
    """Dutch adjective forms: base, -e, -er, -ere, -st, -ste, with the usual spelling changes."""
    forms = {lemma}
    if " " in lemma:
        return forms
    unstressed = lemma.endswith(("ig", "lijk", "isch", "el", "er", "en", "baar", "zaam")) and \
        not lemma.endswith(("aam",)) or lemma.endswith(("ig", "lijk", "isch"))
    if lemma.endswith("en") and not lemma.endswith(("een",)):
        inflect_stem = lemma  # betrokken → betrokken
        attributive = lemma
    else:
        if len(lemma) >= 3 and lemma[-1] not in VOWELS and lemma[-2] == lemma[-3] and \
                lemma[-2] in "aeou":
            inflect_stem = lemma[:-2] + lemma[-1]  # zorgzaam → zorgzam(e), adequaat → adequat(e)
        elif (len(lemma) >= 3 and lemma[-1] not in VOWELS and lemma[-1] not in "wj"
              and lemma[-2] in VOWELS and lemma[-3] not in VOWELS and not unstressed):
            inflect_stem = lemma + lemma[-1]  # liefdevol → liefdevoll(e), slim → slimm(e)
        else:
            inflect_stem = lemma
        if inflect_stem.endswith("f") and inflect_stem[-2:-1] in VOWELS + "lr":
            inflect_stem = inflect_stem[:-1] + "v"  # lief → liev(e)
        elif inflect_stem.endswith("s") and not inflect_stem.endswith(("isch", "ss")) and \
                inflect_stem[-2:-1] in VOWELS:
            inflect_stem = inflect_stem[:-1] + "z"  # boos → boz(e)
        attributive = inflect_stem + "e"
    forms |= {attributive, inflect_stem + ("der" if lemma.endswith("r") else "er"),
              inflect_stem + ("dere" if lemma.endswith("r") else "ere"),
              lemma + "st", lemma + "ste"}
    return forms


def _forms(lemmas: list[str]) -> dict[str, str]:
    return {form: lemma for lemma in lemmas if " " not in lemma for form in inflections(lemma)}


class Lexicon:
    """Everything the engine looks up; word sets hold lower-cased forms.

    A plain class rather than a dataclass: `deelwijzer lint` starts in well under 0.15 s only
    if the check's modules do not import `dataclasses` (14 ms here); compiled by mypyc, its
    attributes are read as fields of a C struct, which the frames do a hundred thousand times
    a page."""

    def __init__(self, *, rules: dict[str, dict[str, str]], frames: dict[str, dict[str, str]],
                 evaluative: dict[str, str], parenting: dict[str, str], safety: frozenset[str],
                 triggers: frozenset[str], target_words: frozenset[str],
                 labels_inherent: tuple[str, ...], prepositions: frozenset[str],
                 modals: frozenset[str], shorthand_heads: frozenset[str],
                 factual_after: dict[str, frozenset[str]], parent_nouns: frozenset[str],
                 child_nouns: frozenset[str], person_subjects: frozenset[str],
                 relation_nouns: frozenset[str], family_prefix: tuple[str, ...],
                 family_suffix: tuple[str, ...], family_not: frozenset[str],
                 copulas: frozenset[str], fillers: frozenset[str],
                 provision_verbs: frozenset[str], behaviour: frozenset[str],
                 first_person: frozenset[str], patterns: dict[str, re.Pattern[str]],
                 idiom_rules: tuple[str, ...], scanner: Scanner, measure_window: int,
                 word_classes: tuple[tuple[str, frozenset[str]], ...]) -> None:
        self.rules = rules
        self.frames = frames
        self.evaluative = evaluative  # form -> lemma (derived lexicon + own words - descriptive)
        self.parenting = parenting  # form -> lemma: judge a person on their own
        self.safety = safety
        self.triggers = triggers  # evaluative, parenting and safety forms: a frame may start here
        self.target_words = target_words  # parent, child, person and relation nouns, 'thuis'
        self.labels_inherent = labels_inherent
        self.prepositions = prepositions
        self.modals = modals
        self.shorthand_heads = shorthand_heads
        self.factual_after = factual_after
        self.parent_nouns = parent_nouns
        self.child_nouns = child_nouns
        self.person_subjects = person_subjects
        self.relation_nouns = relation_nouns
        self.family_prefix = family_prefix
        self.family_suffix = family_suffix
        self.family_not = family_not
        self.copulas = copulas
        self.fillers = fillers
        self.provision_verbs = provision_verbs
        self.behaviour = behaviour
        self.first_person = first_person
        self.patterns = patterns  # the two searched in a window, see lexicon()
        self.idiom_rules = idiom_rules  # the rule of idiom i, matched as group r<i> of "idioms"
        self.scanner = scanner  # finds every pattern's matches at word starts only
        self.measure_window = measure_window
        self.word_classes = word_classes  # model signals: 'c:eval' …
        self.kind_cache: dict[str, str | None] = {}  # word -> target kind
        # (language, rule, question) -> a finding's reference and texts: translating three texts
        # per finding was a tenth of a page's check.
        self.said_cache: dict[tuple[str, str, bool], tuple[str, str, str, str]] = {}

    def is_family(self, word: str) -> bool:
        """Family and parenting targets by compound root: gezin*, *opvoed*, ouderschap …"""
        if word in self.family_not:
            return False
        return word.startswith(self.family_prefix) or word.endswith(self.family_suffix) or \
            "opvoed" in word


SCANNER_INDEX = "lexicon/judgement_scanner.json"
_LISTS = ("opinion_strong", "opinion_weak", "opinion_second", "hedges", "disorder_context",
          "measures", "deontic", "labels", "general_questions", "abstention", "requester_goal",
          "own_concern", "requests", "consent")
_SINGLE = ("role_phrase", "child_object", "reporting_volgens", "label_negated_ok", "sprake_van",
           "provisions", "ability", "ability_care", "cannot_cope", "coping")


def _alternations(raw: dict[str, Any]) -> tuple[dict[str, list[str]], list[tuple[str, str]]]:
    """The named word alternations the scanner runs, and the idioms' rules and patterns."""
    alternations = {name: list(raw[name]) for name in _LISTS}
    for name in _SINGLE:
        alternations[name] = [raw[name]]
    multiword = [w for w in raw["parenting_adjectives"] if " " in w]
    idioms = [(item["rule"], item["pattern"]) for item in raw["idioms"]]
    idioms += [("oordeel.typering", re.escape(w)) for w in multiword]
    # Group r<i> tells which idiom matched.
    alternations["idioms"] = [f"(?P<r{i}>{p})" for i, (_rule, p) in enumerate(idioms)]
    alternations["speech"] = [re.sub(r" ", r"\\s+", v) for v in raw["speech_verbs"]]
    return alternations, idioms


def alternations() -> dict[str, list[str]]:
    """The scanner's alternations as the lexicon file defines them (for the index tool)."""
    return _alternations(load_json("lexicon/judgement.json"))[0]


def _stored_index() -> Any:
    """The scanner index `tools/derive_scanner.py` stored; the scanner checks that it fits."""
    try:
        return load_json(SCANNER_INDEX)
    except (FileNotFoundError, ValueError):
        return None  # derived anew at load: slower, never wrong


@cache
def lexicon() -> Lexicon:
    """Loaded and validated once; every idiom names a known rule, every frame a handbook item."""
    raw: dict[str, Any] = load_json("lexicon/judgement.json")
    derived: dict[str, list[float]] = load_json("lexicon/evaluative.json")["adjectives"]
    rules = raw["rules"]
    for rule in rules.values():
        for key in ("title", "ref", "question_ref", "explanation", "suggestion",
                    "question_suggestion"):
            if not rule.get(key):
                raise ValueError(f"judgement rule lacks {key}")
    for name, frame in raw["frames"].items():
        if not frame.get("ref"):
            raise ValueError(f"judgement frame {name} names no handbook item")
    descriptive = set(raw["descriptive"])
    lemmas = [w for w in [*derived, *raw["evaluative_extra"]] if w not in descriptive]
    alternations, idioms = _alternations(raw)
    for rule, _pattern in idioms:
        if rule not in rules:
            raise ValueError(f"judgement idiom names unknown rule {rule}")
    scanner = Scanner(alternations, _stored_index())
    patterns = {
        "label_negated_ok": words(alternations["label_negated_ok"]),
        "measure_neutral": re.compile("(?:" + "|".join(raw["measure_neutral"]) + ")",
                                      re.IGNORECASE),
    }
    evaluative, parenting = _forms(lemmas), _forms(raw["parenting_adjectives"])
    safety = frozenset(_forms(raw["safety_adjectives"]))
    word_classes = (
        ("c:eval", frozenset(evaluative)), ("c:parenting", frozenset(parenting)),
        ("c:safety", safety), ("c:child", frozenset(raw["child_nouns"])),
        ("c:person", frozenset(raw["person_subjects"])), ("c:copula", frozenset(raw["copulas"])),
        ("c:modal", frozenset(raw["modals"])), ("c:first", frozenset(raw["first_person"])),
        ("c:neg", frozenset(raw["negations"])),
    )
    return Lexicon(
        rules=rules, frames=raw["frames"], evaluative=evaluative, parenting=parenting,
        safety=safety, triggers=frozenset(evaluative) | frozenset(parenting) | safety,
        target_words=frozenset([*raw["parent_nouns"], *raw["child_nouns"],
                                *raw["person_subjects"], *raw["relation_nouns"], "thuis"]),
        labels_inherent=tuple(raw["labels_inherent"]),
        prepositions=frozenset(raw["prepositions"]), modals=frozenset(raw["modals"]),
        shorthand_heads=frozenset(raw["shorthand_heads"]),
        factual_after={form: frozenset(after) for lemma, after in raw["factual_after"].items()
                       for form in inflections(lemma)},
        parent_nouns=frozenset(raw["parent_nouns"]), child_nouns=frozenset(raw["child_nouns"]),
        person_subjects=frozenset(raw["person_subjects"]),
        relation_nouns=frozenset(raw["relation_nouns"]),
        family_prefix=tuple(raw["family_roots"]["prefix"]),
        family_suffix=tuple(raw["family_roots"]["suffix"]),
        family_not=frozenset(raw["family_roots"]["not"]),
        copulas=frozenset(raw["copulas"]), fillers=frozenset(raw["fillers"]),
        provision_verbs=frozenset(raw["provision_verbs"]),
        behaviour=frozenset(raw["behaviour_context"]),
        first_person=frozenset(raw["first_person"]),
        patterns=patterns, idiom_rules=tuple(rule for rule, _p in idioms),
        scanner=scanner, measure_window=int(raw["measure_window"]),
        word_classes=word_classes,
    )
