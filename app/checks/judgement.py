"""Facts, not judgements (handbook 5 and 6.4): find judging language in Dutch free text.

The lexicon and patterns are data (`resources/lexicon/judgement.json`). The engine here:
- generates the inflected forms of each adjective (liefdevol → liefdevolle, liefdevoller …);
- finds an evaluative adjective attributive to a parent or family noun ('een zorgzame moeder'),
  predicated of one ('het gezin is stabiel', 'is de vader competent?', 'ik vind haar geen
  goede moeder'), or — for strong adjectives — of any person ('zij is liefdevol');
- finds a child-protection measure together with a recommendation in one sentence;
- finds the phrases of the lexicon (vague characterisations, requests for a general opinion);
- leaves alone a clause in which the clinician leaves the judgement to others ('ik kan geen
  uitspraak doen over de opvoedsituatie'), a requester's statement of what they want to know,
  and words quoted after a speech verb ('cliënte zegt: “ik ben een goede moeder”').
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from app.content.resources import load_json

_WORD = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n\s*\n|\n(?=\s*[-•*]\s)")
_CLAUSE_SPLIT = re.compile(r"[;:]|,\s*(?=(?:maar|want|terwijl|hoewel|echter|al)\b)|\s(?=maar\s)",
                           re.IGNORECASE)
_QUOTES = re.compile(r"[‘“\"„'«][^’”\"'»]*[’”\"'»]")
VOWELS = "aeiouy"


@dataclass(frozen=True)
class Finding:
    """One judging passage. `start`/`end` index the checked text (end exclusive)."""

    rule: str
    start: int
    end: int
    text: str
    ref: str
    title: str
    explanation: str
    suggestion: str

    def to_json(self) -> dict[str, Any]:
        """For `deelwijzer lint` and the dossier: the span as [start, end) plus all fields."""
        return {"rule": self.rule, "span": [self.start, self.end], **asdict(self)}


# --- the lexicon -----------------------------------------------------------------------------


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


@dataclass
class Lexicon:
    rules: dict[str, dict[str, str]]
    strong: dict[str, str]  # form -> lemma
    weak: dict[str, str]
    multiword: list[tuple[re.Pattern[str], str]]  # strong multi-word adjectives
    parent_nouns: frozenset[str]
    person_subjects: frozenset[str]
    copulas: frozenset[str]
    fillers: frozenset[str]
    competence: frozenset[str]  # forms
    factual_after: dict[str, frozenset[str]]  # form -> following words that make it factual
    phrases: re.Pattern[str]  # one alternation; group name r<i> -> phrase_rules[i]
    phrase_rules: list[str]
    measures: re.Pattern[str]
    measure_neutral: re.Pattern[str]
    measure_window: int
    recommend: re.Pattern[str]
    abstention: re.Pattern[str]
    requester_goal: re.Pattern[str]
    speech: re.Pattern[str]


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)", re.IGNORECASE)


@cache
def lexicon() -> Lexicon:
    """Loaded and validated once; every phrase names a known rule."""
    raw = load_json("lexicon/judgement.json")
    rules = raw["rules"]
    for rule in rules.values():
        for key in ("title", "ref", "question_ref", "explanation", "suggestion",
                    "question_suggestion"):
            if not rule.get(key):
                raise ValueError(f"judgement rule lacks {key}")
    strong: dict[str, str] = {}
    weak: dict[str, str] = {}
    multiword = []
    for lemma in raw["adjectives"]["strong"]:
        if " " in lemma:
            words = lemma.split()
            last = "(?:" + "|".join(sorted(inflections(words[-1]), key=len, reverse=True)) + ")"
            multiword.append((re.compile(r"\s+".join([*words[:-1], last])), lemma))
        else:
            strong.update(dict.fromkeys(inflections(lemma), lemma))
    for lemma in raw["adjectives"]["weak"]:
        weak.update(dict.fromkeys(inflections(lemma), lemma))
    competence = frozenset(f for lemma in raw["competence"] for f in inflections(lemma))
    factual_after = {form: frozenset(after) for lemma, after in raw["factual_after"].items()
                     for form in inflections(lemma)}
    phrase_rules: list[str] = []
    alternatives = []
    for index, item in enumerate(raw["phrases"]):
        if item["rule"] not in rules:
            raise ValueError(f"unknown rule {item['rule']}")
        re.compile(item["pattern"])  # a broken pattern fails here, naming itself
        phrase_rules.append(item["rule"])
        alternatives.append(f"(?P<r{index}>{item['pattern']})")
    for lemma_pattern, _lemma in multiword:
        phrase_rules.append("oordeel.typering")
        alternatives.append(f"(?P<r{len(phrase_rules) - 1}>{lemma_pattern.pattern})")
    phrases = _alternation(alternatives)
    return Lexicon(
        rules=rules, strong=strong, weak=weak, multiword=multiword,
        parent_nouns=frozenset(raw["parent_nouns"]),
        person_subjects=frozenset(raw["person_subjects"]), competence=competence,
        factual_after=factual_after,
        copulas=frozenset(raw["copulas"]), fillers=frozenset(raw["fillers"]),
        phrases=phrases, phrase_rules=phrase_rules, measures=_alternation(raw["measures"]),
        measure_neutral=re.compile("(?:" + "|".join(raw["measure_neutral"]) + ")",
                                   re.IGNORECASE),
        measure_window=int(raw["measure_window"]),
        recommend=_alternation(raw["recommend"]), abstention=_alternation(raw["abstention"]),
        requester_goal=_alternation(raw["requester_goal"]),
        speech=_alternation(raw["speech_verbs"]),
    )


# --- segmentation ----------------------------------------------------------------------------


def _spans(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Segments of text[start:end] between the matches of `pattern`."""
    result, last = [], start
    for m in pattern.finditer(text, start, end):
        if m.start() > last:
            result.append((last, m.start()))
        last = m.end()
    if last < end:
        result.append((last, end))
    return result


def sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    last = 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((last, m.end()))
        last = m.end()
    if last < len(text):
        spans.append((last, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


# --- matching --------------------------------------------------------------------------------


def _adjective(lex: Lexicon, word: str) -> str | None:
    """'strong', 'weak' or None for a lower-cased token."""
    if word in lex.strong:
        return "strong"
    if word in lex.weak:
        return "weak"
    return None


Token = tuple[str, int, int]  # lower-cased word, start, end


def _rule_for(lex: Lexicon, adjective: str, noun: str) -> str:
    if noun in _FAMILY_NOUNS:
        return "oordeel.gezin"
    return "oordeel.opvoeder" if adjective in lex.competence else "oordeel.typering"


def _clause_findings(lex: Lexicon, tokens: list[Token]) -> list[tuple[str, int, int]]:
    """Adjective judgements among the clause's lower-cased tokens (word, start, end)."""
    words = [t[0] for t in tokens]
    found: list[tuple[str, int, int]] = []
    for i, (word, s, e) in enumerate(tokens):
        kind = _adjective(lex, word)
        if kind is None:
            continue
        if i + 1 < len(tokens) and words[i + 1] in lex.factual_after.get(word, ()):
            continue  # 'betrokken bij de behandeling', 'verantwoordelijk voor het vervoer'

        # Attributive: 'een (heel) zorgzame moeder', 'een stabiel gezin'.
        for j in range(i + 1, min(i + 4, len(tokens))):
            if words[j] in lex.parent_nouns:
                found.append((_rule_for(lex, word, words[j]), s, tokens[j][2]))
                break
            if _adjective(lex, words[j]) is None and words[j] not in lex.fillers:
                break
        # Predicative: subject … copula … adjective, or copula … subject … adjective.
        subjects = lex.person_subjects if kind == "strong" else lex.parent_nouns
        for j in range(i - 1, max(i - 10, -1), -1):
            if words[j] in lex.copulas:
                window = range(max(j - 6, 0), min(i, j + 5))
                subject = next((k for k in window if k != j and words[k] in subjects), None)
                if subject is not None:
                    begin = min(tokens[subject][1], tokens[j][1])
                    found.append((_rule_for(lex, word, words[subject]), begin, e))
                break
            if words[j] not in lex.fillers and words[j] not in subjects:
                break
    return found


_FAMILY_NOUNS = frozenset({"gezin", "gezinnen", "thuissituatie", "opvoedsituatie",
                           "gezinssituatie", "thuis", "gezinssysteem", "thuisbasis"})


def _measure_findings(lex: Lexicon, text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """A child-protection measure with a recommendation close to it, in one sentence."""
    advices = [(m.start(), m.end()) for m in lex.recommend.finditer(text, start, end)]
    if not advices:
        return []
    found = []
    for measure in lex.measures.finditer(text, start, end):
        if lex.measure_neutral.search(text[max(start, measure.start() - 40):measure.start()]):
            continue  # 'de uitvoering van de maatregel': a mention, not a recommendation
        near = [(a, b) for a, b in advices
                if a - measure.end() <= lex.measure_window
                and measure.start() - b <= lex.measure_window]
        if near:
            a, b = min(near, key=lambda ab: abs(ab[0] - measure.start()))
            found.append(("oordeel.maatregel", min(measure.start(), a), max(measure.end(), b)))
    return found


def check(text: str) -> list[Finding]:
    """All judging passages in `text`, in order; overlapping passages are merged."""
    if not text:
        return []
    lex = lexicon()
    # Every pattern runs once over the whole text; matches are assigned to clauses by position.
    tokens = [(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text)]
    token_starts = [t[1] for t in tokens]
    phrase_hits = [(lex.phrase_rules[int(m.lastgroup[1:])], m.start(), m.end())  # type: ignore[index]
                   for m in lex.phrases.finditer(text)]
    abstentions = [m.start() for m in lex.abstention.finditer(text)]
    goals = [m.start() for m in lex.requester_goal.finditer(text)]
    speech = [m.start() for m in lex.speech.finditer(text)]
    quotes = [(m.start(), m.end()) for m in _QUOTES.finditer(text)]

    def any_in(points: list[int], start: int, end: int) -> bool:
        i = bisect_left(points, start)
        return i < len(points) and points[i] < end

    raw: list[tuple[str, int, int, bool]] = []
    for s_start, s_end in sentences(text):
        if any_in(goals, s_start, s_end):
            continue  # the requester saying what they want to know, not a judgement
        question = text[s_start:s_end].rstrip().endswith("?")
        quoted = [(a, b) for a, b in quotes if s_start <= a and b <= s_end
                  and any_in(speech, s_start, a)]
        candidates: list[tuple[str, int, int]] = []
        clauses = _spans(_CLAUSE_SPLIT, text, s_start, s_end)
        abstaining = False
        for c_start, c_end in clauses:
            if any_in(abstentions, c_start, c_end):
                abstaining = True
                continue
            lo, hi = bisect_left(token_starts, c_start), bisect_left(token_starts, c_end)
            candidates += _clause_findings(lex, tokens[lo:hi])
            candidates += [h for h in phrase_hits if c_start <= h[1] < c_end]
        if not abstaining:
            candidates += _measure_findings(lex, text, s_start, s_end)
        for rule, a, b in candidates:
            if not any(qa <= a and b <= qb for qa, qb in quoted):
                raw.append((rule, a, b, question))
    return _merge(text, raw, lex)


def _merge(text: str, raw: list[tuple[str, int, int, bool]], lex: Lexicon) -> list[Finding]:
    raw.sort(key=lambda r: (r[1], -r[2]))
    findings: list[Finding] = []
    for rule, start, end, question in raw:
        if findings and start < findings[-1].end:
            # Overlapping passages are one judgement: widen the earlier finding.
            prev = findings[-1]
            if end > prev.end:
                findings[-1] = Finding(prev.rule, prev.start, end, text[prev.start:end], prev.ref,
                                       prev.title, prev.explanation, prev.suggestion)
            continue
        info = lex.rules[rule]
        findings.append(Finding(
            rule=rule, start=start, end=end, text=text[start:end],
            ref=info["question_ref"] if question else info["ref"], title=info["title"],
            explanation=info["explanation"],
            suggestion=info["question_suggestion"] if question else info["suggestion"],
        ))
    return findings
