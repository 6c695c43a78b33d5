"""The learned backstop: what it adds, that it is what its data gives, and that it never saw the
held-out test corpus."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

from app.checks.judgement import check
from app.checks.judgement_model import parse_model
from app.content.resources import load_json

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


def test_a_judgement_no_frame_knows_is_marked_as_reading_like_one():
    text = "Het gezin zwalkt als een stuurloos schip van crisis naar crisis."
    assert check(text, learned=False) == []
    [finding] = check(text)
    assert (finding.rule, finding.frame, finding.ref) == ("oordeel.zin", "model", "6.4")
    assert finding.text == text.rstrip(".")
    assert "lees de zin daarom zelf na" in finding.explanation


def test_the_backstop_leaves_what_an_exclusion_speaks_for():
    for text in ("Moeder vertelde dat het thuis een tikkende tijdbom is.",
                 "Ik maak me zorgen over de kinderen.",
                 "Ik kan niet beoordelen of de kinderen thuis veilig zijn.",
                 "Ik heb op 4 november een melding gedaan bij Veilig Thuis."):
        assert check(text) == [], text


def test_the_model_never_saw_the_held_out_test_corpus_and_matches_its_data():
    raw = load_json("lexicon/judgement_model.json")
    assert raw["held_out"] == "judgement_test_corpus_3.json"
    assert "judgement_test_corpus_3.json" not in raw["trained_on"]
    for name, digest in raw["trained_on"].items():
        assert hashlib.sha256((DATA / name).read_bytes()).hexdigest() == digest, (
            f"{name} changed: retrain with tools/train_judgement_model.py")


def test_retraining_gives_the_stored_weights():
    """The file is what the tool makes from the data, not hand-edited."""
    sys.path.insert(0, str(ROOT))
    from tests.judgement_eval import Item, load, no_false_alarm_texts
    from tools import train_judgement_model as tool

    items = [item for name in tool.TRAIN for item in load(name)]
    items += [Item(text, False, "") for _where, text in no_false_alarm_texts()]
    weights = tool.train(tool.examples(items))
    kept = {f: round(w, 4) for f, w in weights.items() if abs(w) >= 0.01}
    assert kept == load_json("lexicon/judgement_model.json")["weights"]


@pytest.mark.parametrize("raw", [
    {"weights": {"w:goed": 1.0}, "threshold": 1.5},
    {"weights": {"w:goed": "veel"}, "threshold": 0.5},
    {"weights": [], "threshold": 0.5},
    {"threshold": 0.5},
])
def test_a_broken_model_file_is_refused_at_load(raw):
    with pytest.raises(ValueError, match="judgement model"):
        parse_model(raw)
