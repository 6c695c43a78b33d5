"""Train the judgement check's learned backstop (`resources/lexicon/judgement_model.json`).

Why a tool and not code that learns at run time: the model is data, reviewed and versioned like
the lexicon; the same corpora and seed give the same file, byte for byte.

Data: every labelled corpus in tests/data *except* the frozen held-out test corpus 3, plus the
no-false-alarm texts (the handbook's examples, the app's own templates and demo texts) as
factual sentences. Method: logistic regression (AdaGrad, L2) over the features of
`app.checks.judgement_model.features`; the decision threshold is chosen by
leave-one-corpus-out cross-validation of the *whole* check (frames + backstop), as the lowest
threshold whose cross-validated precision is at least `MIN_PRECISION`.

Run: `PYTHONPATH=. .venv/bin/python tools/train_judgement_model.py`
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.checks.judgement import check_with, sentence_features  # noqa: E402
from app.checks.judgement_model import MODEL_FILE, Model  # noqa: E402
from tests.judgement_eval import DATA, Item, load, no_false_alarm_texts  # noqa: E402

TRAIN = ("judgement_corpus.json", "judgement_dev_corpus.json", "judgement_dev_corpus_2.json",
         "judgement_dev_corpus_3.json", "judgement_test_corpus.json",
         "judgement_test_corpus_2.json")
HELD_OUT = "judgement_test_corpus_3.json"  # never read here
EPOCHS, RATE, L2, SEED = 12, 0.3, 3e-3, 20261201
MIN_PRECISION = 0.95
THRESHOLDS = [round(0.5 + 0.025 * i, 3) for i in range(19)]  # 0.5 … 0.95


def examples(items: list[Item]) -> list[tuple[set[str], int]]:
    return [(feats, int(item.judging)) for item in items for feats in sentence_features(item.text)]


def train(data: list[tuple[set[str], int]]) -> dict[str, float]:
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    order = list(range(len(data)))
    rng = random.Random(SEED)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            feats, label = data[i]
            z = sum(weights.get(f, 0.0) for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - label
            for f in feats:
                w = weights.get(f, 0.0)
                grad = g + L2 * w
                squares[f] = squares.get(f, 1e-8) + grad * grad
                weights[f] = w - RATE * grad / math.sqrt(squares[f])
    return weights


def evaluate(items: list[Item], backstop: Model | None) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for item in items:
        found = bool(check_with(item.text, backstop))
        tp += found and item.judging
        fp += found and not item.judging
        fn += (not found) and item.judging
    return tp, fp, fn


def main() -> None:
    # One fold per corpus: each is held out whole, as a new writer's sentences would be.
    # (Random folds mix each writer's sentences into training and flatter the model.)
    folds = [load(name) for name in TRAIN]
    folds.append([Item(text, False, "no-false-alarm") for _where, text in no_false_alarm_texts()])
    items = [item for fold in folds for item in fold]
    totals = {t: [0, 0, 0] for t in THRESHOLDS}
    per_fold: dict[float, list[tuple[int, int, int]]] = {t: [] for t in THRESHOLDS}
    frames_only = [0, 0, 0]
    for k, held in enumerate(folds):
        rest = [item for j, fold in enumerate(folds) if j != k for item in fold]
        weights = train(examples(rest))
        for i, n in enumerate(evaluate(held, None)):
            frames_only[i] += n
        for t in THRESHOLDS:
            counts = evaluate(held, Model(weights, t))
            per_fold[t].append(counts)
            for i, n in enumerate(counts):
                totals[t][i] += n
        print(f"fold {k + 1}/{len(folds)} done", file=sys.stderr)

    def pr(tp: int, fp: int, fn: int) -> tuple[float, float]:
        return tp / max(1, tp + fp), tp / max(1, tp + fn)

    p, r = pr(*frames_only)
    print(f"frames only (cross-validated): P {p:.3f} R {r:.3f}")
    for t in THRESHOLDS:
        p, r = pr(*totals[t])
        print(f"threshold {t:.3f}: P {p:.3f} R {r:.3f}")
    good = [t for t in THRESHOLDS if pr(*totals[t])[0] >= MIN_PRECISION]
    threshold = min(good) if good else THRESHOLDS[-1]
    cv_p, cv_r = pr(*totals[threshold])
    names = [*TRAIN, "no-false-alarm texts"]
    for name, (tp, fp, fn) in zip(names, per_fold[threshold], strict=True):
        print(f"  held out {name}: tp {tp} fp {fp} fn {fn}")
    weights = train(examples(items))
    kept = {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 0.01}
    out = {
        "_comment": (
            "Learned backstop of the judgement check, made by tools/train_judgement_model.py "
            "(logistic regression over words, word pairs, word endings and the lexicon's "
            "signals). Trained on the labelled corpora listed in 'trained_on' and the "
            "no-false-alarm texts, never on the held-out test corpus 3. The corpora were "
            "written by AI helper sessions for Deelwijzer; same licence as the code."),
        "trained_on": {name: hashlib.sha256((DATA / name).read_bytes()).hexdigest()
                       for name in TRAIN},
        "held_out": HELD_OUT,
        "method": {"epochs": EPOCHS, "rate": RATE, "l2": L2, "seed": SEED,
                   "min_precision": MIN_PRECISION},
        "cross_validated": {"threshold": threshold, "precision": round(cv_p, 3),
                            "recall": round(cv_r, 3),
                            "frames_only": [round(x, 3) for x in pr(*frames_only)],
                            "per_corpus": {name: dict(zip(("tp", "fp", "fn"), counts,
                                                          strict=True))
                                           for name, counts in zip(names, per_fold[threshold],
                                                                   strict=True)}},
        "threshold": threshold,
        "weights": kept,
    }
    path = ROOT / "resources" / MODEL_FILE
    path.write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=False) + "\n",
                    encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}: {len(kept)} weights, threshold {threshold}, "
          f"cross-validated P {cv_p:.3f} R {cv_r:.3f}")


if __name__ == "__main__":
    main()
