"""Facts, not judgements (handbook 5 and 6.4): find judging language in Dutch free text.

Why frames and not a list of sentences: clinicians judge a parent in many ways — an evaluative
adjective ('een warme moeder'), a hedge ('oogt als een zorgzame ouder'), an opinion ('volgens
mij is het thuis niet veilig'), a measure with a modal ('een OTS zou moeten'), a label
('er is sprake van pedagogische onmacht'), an idiom ('het hart op de goede plek'). Each frame
below is one such construction, tied to a handbook item; the words come from the lexicon
(`judgement_lexicon.py`), the evaluative adjectives from the CLiPS Pattern lexicon.

Precision comes from what is *not* the clinician's judgement: receivers' names are masked
('Veilig Thuis'); someone else's words ('moeder vertelde dat …', 'volgens de school …',
quotes after a speech verb); the clinician's own concern ('ik maak me zorgen over'); requests
('ik vraag me af of'); consent ('vindt het goed dat'); a clause that leaves the judgement to
others; and the handbook's approved questions on a disorder's effect (5.5).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, NamedTuple

from app.checks.judgement_doc import Sentence as _Sentence
from app.checks.judgement_doc import Text as _Text
from app.checks.judgement_lexicon import Lexicon, inflections, lexicon
from app.checks.judgement_model import Model, features, model
from app.checks.segment import clauses, mask_names, quotes, segments, sentences
from app.content.i18n import _, current_language

__all__ = ["Finding", "check", "inflections", "lexicon", "sentences"]

_PARTICIPLE = re.compile(r"^(?:[a-z]{0,6}ge[a-z]{3,}[dt]|[a-z]{0,6}ge[a-z]{2,}en)$")


class Finding(NamedTuple):
    """One judging passage. `start`/`end` index the checked text (end exclusive); `frame` is
    the construction that found it, `rule` what kind of judgement it is.

    A named tuple rather than a dataclass: `deelwijzer lint` starts in well under 0.15 s only
    if the check's modules do not import `dataclasses` (14 ms here)."""

    rule: str
    start: int
    end: int
    text: str
    ref: str
    title: str
    explanation: str
    suggestion: str
    frame: str = ""

    def to_json(self) -> dict[str, Any]:
        """For `deelwijzer lint` and the dossier: the span as [start, end) plus all fields."""
        return {"rule": self.rule, "span": [self.start, self.end], **self._asdict()}


Candidate = tuple[str, str, int, int]  # rule, frame, start, end


def _target_kind(lex: Lexicon, word: str) -> str | None:
    """'parent', 'family' or None: what a judgement about this noun is a judgement about."""
    cache = lex.kind_cache
    if word in cache:
        return cache[word]
    kind = "parent" if word in lex.parent_nouns else "family" if lex.is_family(word) else None
    cache[word] = kind
    return kind


def _rule(lex: Lexicon, kind: str | None, adjective: str = "") -> str:
    if kind == "family":
        return "oordeel.gezin"
    if adjective in lex.parenting:
        return "oordeel.opvoeder"
    return "oordeel.opvoeder" if kind == "parent" else "oordeel.typering"


# --- frames ----------------------------------------------------------------------------------


def _evaluation(lex: Lexicon, s: _Sentence, c_start: int, c_end: int) -> list[Candidate]:
    """An evaluative word about a parenting target: attributive, predicative, or via a hedge,
    'als moeder' or 'voor de kinderen' (6.4)."""
    toks, words = s.clause_words(c_start, c_end)
    found: list[Candidate] = []
    if lex.triggers.isdisjoint(words) and not s.find("hedges") and not s.find("provisions"):
        return found  # every evaluation starts from one of these
    has_copula = any(w in lex.copulas for w in words)
    role = s.find("role_phrase", c_start, c_end) + s.find("child_object", c_start, c_end)
    targets = [_target_kind(lex, w) for w in words]
    relation_target = any(w in lex.parent_nouns or w in lex.child_nouns for w in words)
    for i, tok in enumerate(toks):
        word = tok.word
        if word not in lex.evaluative and word not in lex.parenting:
            continue
        if word in lex.safety and any(w in lex.behaviour for w in words):
            continue  # 6.4 allows it: what a disorder's behaviour can mean for the children
        after = words[i + 1] if i + 1 < len(words) else ""
        if after in lex.factual_after.get(word, ()) or _PARTICIPLE.match(after):
            continue  # 'goed bereikbaar', 'veilig opgehaald': an adverb, not an evaluation
        # Attributive: 'een (heel) zorgzame moeder', 'een hecht en liefdevol gezin'.
        attributive_to_other = False
        for j in range(i + 1, min(i + 5, len(toks))):
            kind = targets[j]
            if kind is not None or (words[j] in ("vrouw", "man", "persoon", "mens", "type")
                                    and "parent" in targets[:i]):
                begin = tok.start
                # 'Zij is een liefdevolle moeder': the span starts at the subject.
                for k in range(i - 1, max(i - 4, -1), -1):
                    if words[k] in lex.copulas:
                        subject = next((q for q in range(k - 1, max(k - 3, -1), -1)
                                        if words[q] in lex.person_subjects
                                        or targets[q] is not None), None)
                        begin = toks[subject if subject is not None else k].start
                        break
                found.append((_rule(lex, kind or "parent", word), "evaluatie", begin,
                              toks[j].end))
                break
            if words[j] in lex.relation_nouns and any(
                    w in lex.parent_nouns or w in lex.child_nouns for w in words[j + 1:j + 4]):
                found.append(("oordeel.opvoeder", "evaluatie", tok.start, toks[j].end))
                break
            if words[j] not in lex.fillers and words[j] not in lex.evaluative \
                    and words[j] not in lex.parenting:
                attributive_to_other = word.endswith("e") and word != after and \
                    words[j] not in lex.copulas and words[j] not in lex.prepositions
                break
        if found and found[-1][3] > tok.start >= found[-1][2] or attributive_to_other:
            continue
        # A prepositional phrase after it describes a state in context ('open over haar
        # klachten', 'boos op de buurman') — unless it is the children ('warm naar de kinderen').
        child_after = any(m.start() >= tok.end for m in role)
        if after in lex.prepositions and word not in lex.parenting and not child_after:
            continue
        if not has_copula and not child_after:
            continue
        # Predicative: a target within reach, or a person with a parenting word or role.
        window = range(max(0, i - 9), min(len(toks), i + 4))
        subject = next((k for k in window if targets[k] is not None), None)
        if subject is None and relation_target:
            subject = next((k for k in window if words[k] in lex.relation_nouns), None)
        if subject is None and (word in lex.parenting or child_after or role):
            subject = next((k for k in window if words[k] in lex.person_subjects
                            or words[k] in lex.parent_nouns), None)
        if subject is None and role and any(m.end() <= tok.start for m in role):
            subject = i  # 'als moeder functioneert ze uitstekend'
        if subject is not None:
            kind = targets[subject] if subject != i else "parent"
            begin = min(toks[subject].start, tok.start)
            found.append((_rule(lex, kind or "parent", word), "evaluatie", begin,
                          max(tok.end, toks[subject].end)))
    for m in s.find("hedges", c_start, c_end):
        rest = s.words(m.end(), c_end)[:4]
        if any(t.word in lex.parent_nouns for t in rest):
            found.append(("oordeel.opvoeder", "evaluatie", m.start(), rest[-1].end))
    for m in s.find("provisions", c_start, c_end):
        if any(w in lex.provision_verbs for w in words) and any(
                kind is not None or w in lex.person_subjects
                for kind, w in zip(targets, words, strict=True)):
            found.append(("oordeel.opvoeder", "evaluatie", m.start(), m.end()))
    return found


def _opinion(lex: Lexicon, s: _Sentence, own_exempt: bool) -> list[Candidate]:
    """'volgens mij', 'ik vind', 'vindt u' … about a parent, a child, the home or a measure."""
    found: list[Candidate] = []
    cues = [("second", m) for m in s.find("opinion_second")]
    if not own_exempt:
        cues += [("strong", m) for m in s.find("opinion_strong")]
        cues += [("weak", m) for m in s.find("opinion_weak")]
    if not cues:
        return found
    words = set(s.word_list)
    targets = {w for w in words if _target_kind(lex, w)} | (words & lex.child_nouns)
    measure = s.find("measures")
    evaluative = {w for w in words if w in lex.evaluative or w in lex.parenting}
    for strength, cue in cues:
        if not (targets or measure or "thuis" in words):
            continue
        if strength == "second" and s.find("disorder_context"):
            continue  # 5.5: the clinician's expert view on a disorder's effect is asked for
        if strength == "weak" and not (evaluative or measure or words & lex.modals
                                       or s.find("ability")):
            continue
        rule = "oordeel.maatregel" if measure else (
            "oordeel.gezin" if any(_target_kind(lex, w) == "family" for w in words)
            else "oordeel.opvoeder")
        about = [t for t in s.toks if t.word in targets | evaluative]
        end = max([cue.end(), *(t.end for t in about), *(m.end() for m in measure)])
        start = min([cue.start(), *(t.start for t in about), *(m.start() for m in measure)])
        found.append((rule, "mening", start, end))
    return found


def _measure(lex: Lexicon, s: _Sentence) -> list[Candidate]:
    """A child-protection measure with a modal or an evaluation close to it (6.4)."""
    advices = [(m.start(), m.end()) for m in s.find("deontic")]
    found: list[Candidate] = []
    if not advices:
        return found
    neutral = lex.patterns["measure_neutral"]
    for m in s.find("measures"):
        if neutral.search(s.text[max(s.start, m.start() - 40):m.start()]):
            continue  # 'de uitvoering van de maatregel': a mention, not a recommendation
        near = [(a, b) for a, b in advices if a - m.end() <= lex.measure_window
                and m.start() - b <= lex.measure_window and not (m.start() <= a < m.end())]
        if near:
            a, b = min(near, key=lambda ab: abs(ab[0] - m.start()))
            found.append(("oordeel.maatregel", "maatregel", min(m.start(), a), max(m.end(), b)))
    return found


def _labels(lex: Lexicon, s: _Sentence, c_start: int, c_end: int) -> list[Candidate]:
    """'er is sprake van verwaarlozing', 'pedagogische onmacht': a conclusion, not a fact."""
    found: list[Candidate] = []
    sprake = s.find("sprake_van", c_start, c_end)
    for m in s.find("labels", c_start, c_end):
        before = s.text[max(c_start, m.start() - 40):m.start()]
        if lex.patterns["label_negated_ok"].search(before + " "):
            continue  # 'een vermoeden van kindermishandeling': what a melding is about
        after_sprake = any(p.end() <= m.start() and m.start() - p.end() < 60 for p in sprake)
        inherent = " " in m.group().strip() or m.group().lower().startswith(
            lex.labels_inherent)
        copula = any(t.word in lex.copulas for t in s.words(max(c_start, m.start() - 30),
                                                            m.start()))
        if after_sprake or inherent or copula:
            found.append(("oordeel.typering", "sprake-van", m.start(), m.end()))
    for p in sprake:
        rest = s.words(p.end(), c_end)[:4]
        for t in rest:
            if t.word in lex.evaluative and t is not rest[-1]:
                found.append(("oordeel.typering", "sprake-van", p.start(), rest[-1].end))
                break
    return found


def _ability(lex: Lexicon, s: _Sentence, c_start: int, c_end: int) -> list[Candidate]:
    """The parent's ability to raise or care for the children (6.4)."""
    found: list[Candidate] = []
    if s.question and s.find("disorder_context"):
        return found  # 5.5: 'Is vader, gelet op zijn ziektebeeld, in staat …?'
    care = s.find("ability_care", c_start, c_end)
    for m in s.find("ability", c_start, c_end) + s.find("cannot_cope", c_start, c_end):
        after = [c for c in care if c.start() >= m.start() - 40]
        words = {t.word for t in s.words(c_start, c_end)}
        if after or (words & lex.child_nouns and "aan" in m.group().lower()) or \
                {"verzorging", "opvoeding", "zorg"} & words:
            end = max([m.end()] + [c.end() for c in after])
            found.append(("oordeel.opvoeder", "vermogen", m.start(), end))
    coping = s.find("coping", c_start, c_end)
    if coping and any(t.word in lex.child_nouns or t.word in lex.parent_nouns
                      or _target_kind(lex, t.word) or t.word in lex.person_subjects
                      for t in s.words(c_start, c_end)):
        for m in coping:
            found.append(("oordeel.opvoeder", "vermogen", m.start(), m.end()))
    return found


def _safety(lex: Lexicon, s: _Sentence, c_start: int, c_end: int) -> list[Candidate]:
    """'de kinderen zijn bij hem niet veilig', 'thuis is het onveilig' (6.4)."""
    toks, words = s.clause_words(c_start, c_end)
    if lex.safety.isdisjoint(words) or lex.copulas.isdisjoint(words):
        return []
    if any(w in lex.behaviour for w in words):
        return []  # 6.4 allows it: what a disorder's behaviour can mean for the children
    found: list[Candidate] = []
    for i, tok in enumerate(toks):
        if tok.word not in lex.safety:
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        if _PARTICIPLE.match(after) or (tok.word.endswith("e") and after and
                                        after not in lex.fillers and after not in lex.prepositions
                                        and not _target_kind(lex, after) and after != "thuis"):
            continue  # 'veilig opgehaald', 'een veilige opvanglocatie'
        before = words[:i]
        home = any(w == "thuis" or _target_kind(lex, w) for w in before)
        # 'de kinderen zijn (bij hem) niet veilig' — but not 'X is gevaarlijk voor de kinderen'
        children = any(w in lex.child_nouns for w in before) and after != "voor"
        if home or children:
            found.append(("oordeel.gezin", "veiligheid", toks[max(0, i - 4)].start, tok.end))
    return found


_SHORTHAND = re.compile(r"(?<!\w)(\w+)\.?\s*[:=]\s*([^:;=]+)")


def _shorthand(lex: Lexicon, s: _Sentence) -> list[Candidate]:
    """Notes such as 'Gezin: chaos, kids verwaarloosd' or 'vader = onbetrouwbaar'."""
    found: list[Candidate] = []
    if ":" not in s.text[s.start:s.end] and "=" not in s.text[s.start:s.end]:
        return found  # a shorthand note needs its colon or equals sign
    for m in _SHORTHAND.finditer(s.text, s.start, s.end):
        head = m.group(1).lower()
        if not (_target_kind(lex, head) or head in lex.child_nouns
                or head in lex.shorthand_heads):
            continue
        rest = s.words(m.start(2), m.end(2))
        if any(t.word in lex.evaluative or t.word in lex.parenting for t in rest) or \
                s.find("labels", m.start(2), m.end(2)):
            found.append(("oordeel.typering", "evaluatie", m.start(), m.end(2)))
    return found


def _idioms(lex: Lexicon, s: _Sentence, c_start: int, c_end: int) -> list[Candidate]:
    found: list[Candidate] = []
    for m in s.find("idioms", c_start, c_end):
        found.append((lex.idiom_rules[int(m.lastgroup[1:])], "idioom", m.start(), m.end()))  # type: ignore[index]
    for m in s.find("general_questions", c_start, c_end):
        found.append(("oordeel.algemeen", "algemene-vraag", m.start(), m.end()))
    return found


# --- what is not the clinician's judgement -----------------------------------------------------


def _reported_from(lex: Lexicon, s: _Sentence, seg_start: int, seg_end: int) -> int | None:
    """Where someone else's words begin in a ';'-segment, or None: a speech or naming verb
    whose subject is not 'ik'/'wij', or 'volgens X', makes the segment reported speech."""
    toks = s.words(seg_start, seg_end)
    cues = []
    for m in s.find("speech", seg_start, seg_end):
        i = next((k for k, t in enumerate(toks) if t.start >= m.start()), len(toks))
        before = {t.word for t in toks[:i]}
        after = toks[i + len(m.group().split()):i + len(m.group().split()) + 1]
        after_word = after[0].word if after else ""
        if before & {"ik", "wij", "we", "u"} or after_word in ("ik", "wij", "we", "u"):
            continue  # the clinician's own words, or a question to the informant
        cues.append(m.start())
    cues += [m.start() for m in s.find("reporting_volgens", seg_start, seg_end)]
    return min(cues) if cues else None


def _reported_or_concern(lex: Lexicon, s: _Sentence) -> bool:
    """For the backstop where no frame ran: someone else's words, or the clinician's concern."""
    if s.find("own_concern"):
        return True
    return any(_reported_from(lex, s, a, b) is not None
               for a, b in segments(s.text, s.start, s.end))


_TRIGGERS = frozenset(("hedges", "provisions", "labels", "sprake_van", "ability", "cannot_cope",
                       "coping", "idioms", "general_questions", "opinion_second",
                       "opinion_strong", "opinion_weak", "deontic"))


def _has_target(lex: Lexicon, s: _Sentence, words: list[str]) -> bool:
    """What an evaluation or a safety verdict needs: a parent, child, family or person word,
    'thuis', or a role phrase ('als moeder', 'voor de kinderen')."""
    if not lex.target_words.isdisjoint(words):
        return True
    if any(_target_kind(lex, w) for w in words):
        return True
    return bool(s.find("role_phrase") or s.find("child_object"))


def _may_judge(lex: Lexicon, s: _Sentence) -> int:
    """2 when a frame could find something here — each starts from one of these words or
    patterns (or a shorthand colon) —, 1 when there is only an evaluative word with nothing
    it could be about (no frame can fire; the backstop still honours reported speech and the
    clinician's concern there), 0 when there is neither: the sentence is passed over whole."""
    text = s.text[s.start:s.end]
    if ":" in text or "=" in text:
        return 2
    if not _TRIGGERS.isdisjoint(s.own):
        return 2
    words = s.word_list
    if lex.triggers.isdisjoint(words):
        return 0
    return 2 if _has_target(lex, s, words) else 1


def _frames(lex: Lexicon, s: _Sentence, quoted: list[tuple[int, int]]
            ) -> tuple[list[Candidate], bool]:
    """What the frames find in one sentence, after the exclusions; and whether an exclusion
    (reported speech, a quote, a request, the clinician abstaining) spoke for the sentence."""
    masked, s_start, s_end = s.text, s.start, s.end
    concern = s.find("own_concern")
    request = s.find("requests")
    candidates: list[Candidate] = []
    parts = clauses(masked, s_start, s_end)
    excluded = False
    for c_start, c_end in parts:
        if s.find("abstention", c_start, c_end):
            excluded = True
            continue  # 'dat kan ik niet beoordelen': the judgement is left to others
        if s.find("consent", c_start, c_end):
            excluded = True
            continue  # 'vindt het goed dat ik contact opneem'
        candidates += _evaluation(lex, s, c_start, c_end)
        candidates += _labels(lex, s, c_start, c_end)
        candidates += _ability(lex, s, c_start, c_end)
        candidates += _idioms(lex, s, c_start, c_end)
        if not concern:
            candidates += _safety(lex, s, c_start, c_end)
    if not excluded:
        candidates += _opinion(lex, s, own_exempt=bool(concern or request))
        candidates += _measure(lex, s)
        candidates += _shorthand(lex, s)
    speech_in_sentence = bool(s.find("speech")) or ":" in masked[s_start:s_end]
    reported = []
    for g_start, g_end in segments(masked, s_start, s_end):
        cue = _reported_from(lex, s, g_start, g_end)
        if cue is None:
            continue
        own = [m.start() for name in ("opinion_strong", "opinion_weak")
               for m in s.find(name, cue, g_end)]
        reported.append((g_start, min(own) if own else g_end))
    asks_opinion = bool(s.find("opinion_second"))
    request_from = min((m.start() for m in request), default=None)
    kept: list[Candidate] = []
    for candidate in candidates:
        _rule_, _frame, a, b = candidate
        if request_from is not None and a >= request_from and not asks_opinion:
            excluded = True  # 'ik vraag me af of …': a question, not the clinician's judgement
        elif speech_in_sentence and any(qa <= a and b <= qb for qa, qb in quoted):
            excluded = True  # someone's words in quotes, with a speech verb or a colon
        elif any(ra <= a < rb for ra, rb in reported):
            excluded = True  # reported speech: someone else's judgement, with its source
        else:
            kept.append(candidate)
    return kept, excluded or bool(reported) or bool(concern)


def _signals(lex: Lexicon, s: _Sentence) -> set[str]:
    """The lexicon's view of a sentence, as model features: its word classes and patterns."""
    found = {"c:question"} if s.question else set()
    words = set(s.word_list)
    for label, members in lex.word_classes:
        if not members.isdisjoint(words):
            found.add(label)
    kinds = lex.kind_cache
    for word in words:
        kind = kinds[word] if word in kinds else _target_kind(lex, word)
        if kind:
            found.add("c:" + kind)
    found.update(s.doc.patterns_in(s.index))
    return found


def sentence_features(text: str) -> list[set[str]]:
    """The model's features of each sentence of `text` (for `tools/train_judgement_model.py`,
    so that training sees exactly what the check sees)."""
    lex = lexicon()
    masked = mask_names(text, ())
    doc = _Text(lex, masked, list(sentences(masked)))
    out = []
    for index in range(len(doc.bounds)):
        s = _Sentence(doc, index)
        out.append(features(s.word_list, _signals(lex, s)))
    return out


def check(text: str, names: Iterable[str] = (), learned: bool = True) -> list[Finding]:
    """All judging passages in `text`, in order; overlapping passages are merged.

    `names` are organisations from the address book, masked like the default receivers.
    `learned=False` leaves out the learned backstop (to measure the frames on their own)."""
    return check_with(text, model() if learned else None, names)


def check_with(text: str, backstop: Model | None, names: Iterable[str] = ()) -> list[Finding]:
    """`check` with a given backstop model: the trainer cross-validates candidate models."""
    if not text or not text.strip():
        return []
    lex = lexicon()
    masked = mask_names(text, names)
    doc = _Text(lex, masked, list(sentences(masked)))
    quoted = quotes(masked)
    raw: list[tuple[str, str, int, int, bool]] = []
    for index in range(len(doc.bounds)):
        s = _Sentence(doc, index)
        if s.find("requester_goal"):
            continue  # the requester saying what they want to know (5, 'Maar zo')
        level = _may_judge(lex, s)
        if level == 2:
            kept, excluded = _frames(lex, s, quoted)
        else:
            kept, excluded = [], level == 1 and _reported_or_concern(lex, s)
        raw += [(rule, frame, a, b, s.question) for rule, frame, a, b in kept]
        if kept or excluded or backstop is None or not s.toks:
            continue
        if s.find("abstention") or s.find("consent") or s.find("own_concern"):
            continue
        if backstop.reads_as_judgement(features(s.word_list, _signals(lex, s))):
            raw.append(("oordeel.zin", "model", s.toks[0].start, s.toks[-1].end, s.question))
    return _merge(text, raw, lex)


def _merge(text: str, raw: list[tuple[str, str, int, int, bool]], lex: Lexicon) -> list[Finding]:
    raw.sort(key=lambda r: (r[2], -r[3]))
    findings: list[Finding] = []
    language = current_language()
    said_cache = lex.said_cache
    for rule, frame, start, end, question in raw:
        end = max(end, start + 1)
        if findings and start < findings[-1].end:
            # Overlapping passages are one judgement: widen the earlier finding.
            prev = findings[-1]
            if end > prev.end:
                findings[-1] = Finding(prev.rule, prev.start, end, text[prev.start:end], prev.ref,
                                       prev.title, prev.explanation, prev.suggestion, prev.frame)
            continue
        said = said_cache.get((language, rule, question))
        if said is None:
            said = said_cache[language, rule, question] = _rule_text(lex, rule, question)
        findings.append(Finding(rule, start, end, text[start:end], *said, frame))
    return findings


def _rule_text(lex: Lexicon, rule: str, question: bool) -> tuple[str, str, str, str]:
    """A finding's handbook reference, title, explanation and suggestion, translated; a
    question gets the suggestion for questions (5.5)."""
    info = lex.rules[rule]
    return (info["question_ref"] if question else info["ref"], _(info["title"]),
            _(info["explanation"]),
            _(info["question_suggestion"] if question else info["suggestion"]))
