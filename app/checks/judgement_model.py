"""A learned backstop for the judgement check: a sentence that reads like a judgement.

Why: the frames find judgements by their construction and name what they found, but Dutch has
more ways to judge than any list of constructions — a metaphor ("een tikkende tijdbom"), a
prediction ("dit gaat fout"), a rhetorical question. Measured on sentences written by people
who never saw the rules, the frames alone found about half. This model, a logistic regression
over the sentence's words and the lexicon's word classes, is trained by
`tools/train_judgement_model.py` on the development corpora (never on the frozen test corpus)
and stored as data in `resources/lexicon/judgement_model.json`. It only adds findings where no
frame found one, and its finding says honestly that the sentence *reads like* a judgement.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import cache
from itertools import repeat

from app.content.resources import load_json

MODEL_FILE = "lexicon/judgement_model.json"


def features(words: list[str], signals: Iterable[str]) -> set[str]:
    """Words, word pairs, word endings (for words the training never saw) and the lexicon's
    signals ('c:eval' for an evaluative word, 'p:measures' for a measure …)."""
    found = {"bias"}
    cache = _WORD_FEATURES
    for w in words:
        own = cache.get(w)
        if own is None:
            own = cache[w] = ("w:" + w, "e:" + w[-4:]) if len(w) > 6 else ("w:" + w,)
        found.update(own)
    found.update([f"b:{a}_{b}" for a, b in zip(words, words[1:], strict=False)])
    found.update(signals)
    return found


_WORD_FEATURES: dict[str, tuple[str, ...]] = {}  # a word's own features, made once


class Model:
    """The weights and the threshold (a plain class: the check's modules leave `dataclasses`
    unimported, see `Finding`)."""

    def __init__(self, weights: dict[str, float], threshold: float) -> None:
        self.weights = weights
        self.threshold = threshold

    def probability(self, feats: Iterable[str]) -> float:
        z = sum(map(self.weights.get, feats, repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def reads_as_judgement(self, feats: Iterable[str]) -> bool:
        return self.probability(feats) >= self.threshold


@cache
def model() -> Model:
    """Loaded and validated once."""
    return parse_model(load_json(MODEL_FILE))


def parse_model(raw: dict[str, object]) -> Model:
    """A model from its JSON: numbers only, a threshold between 0 and 1."""
    weights = raw.get("weights")
    threshold = raw.get("threshold")
    if not isinstance(weights, dict) or not all(
            isinstance(k, str) and isinstance(v, (int, float)) for k, v in weights.items()):
        raise ValueError("judgement model: weights must map feature names to numbers")
    if not isinstance(threshold, (int, float)) or not 0.0 < threshold < 1.0:
        raise ValueError("judgement model: threshold must lie between 0 and 1")
    return Model({k: float(v) for k, v in weights.items()}, float(threshold))
