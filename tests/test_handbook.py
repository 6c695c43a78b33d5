"""The handbook data against the handbook's own structure and text."""

from __future__ import annotations

import re

import pytest

from app.content.handbook import HandbookDataError, handbook, parse
from app.content.organisations import law_notes, org_types
from app.content.resources import load_json, resource
from app.flows import melding
from app.flows.templates import templates

# The handbook's numbered items per step and section, counted from the text by hand.
EXPECTED_ITEMS = {
    "1a": ["1a.1", "1a.2", "1a.3"],
    "1b": ["1b.1", "1b.2"],
    "2": ["2.1", "2.2", "2.3"],
    "3": ["3.1", "3.2"],
    "4": ["4.melder.1", "4.melder.2", "4.melder.3",
          "4.ontvanger.1", "4.ontvanger.2", "4.ontvanger.3", "4.ontvanger.4"],
    "5": [f"5.{i}" for i in range(1, 7)],
    "6": [f"6.{i}" for i in range(1, 6)],
    "7": [f"7.melder.{i}" for i in range(1, 7)] + [f"7.instelling.{i}" for i in range(1, 6)],
}
EXPECTED_SUBITEMS = {"1a.2": 6, "4.ontvanger.4": 2}
EXPECTED_EXAMPLES = {
    ("1a", "voorbeeld"): 3, ("1b", "voorbeeld"): 1, ("2", "voorbeeld"): 3,
    ("3", "voorbeeld"): 1, ("4", "voorbeeld"): 1, ("5", "niet_zo"): 3, ("5", "maar_zo"): 6,
    ("6", "niet_zo"): 4, ("6", "maar_zo"): 3, ("7", "voorbeeld"): 3,
}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_every_numbered_item_of_every_step_is_present():
    hb = handbook()
    for step, ids in EXPECTED_ITEMS.items():
        assert [i.id for i in hb.steps[step].items] == ids


def test_sub_items_are_present():
    hb = handbook()
    for ref, count in EXPECTED_SUBITEMS.items():
        assert len(hb.get(ref).subitems) == count


def test_examples_niet_zo_maar_zo_are_present():
    hb = handbook()
    for (step, kind), count in EXPECTED_EXAMPLES.items():
        assert len(hb.examples(step, kind)) == count, (step, kind)


def test_all_six_footnotes():
    assert [f.number for f in handbook().footnotes.values()] == [1, 2, 3, 4, 5, 6]


def test_every_piece_is_verbatim_from_the_handbook_text():
    source = _norm(resource("handbook", "handleiding-informatie-uitwisseling.txt")
                   .read_text(encoding="utf-8"))
    hb = handbook()
    for ref in hb.ids():
        assert _norm(hb.text(ref)) in source, ref


def test_ids_are_unique_and_validated():
    doc = load_json("handbook/handbook.json")
    broken = {**doc, "steps": [*doc["steps"], doc["steps"][0]]}
    with pytest.raises(HandbookDataError):
        parse(broken)
    without_step = {**doc, "steps": [s for s in doc["steps"] if s["id"] != "6"]}
    with pytest.raises(HandbookDataError):
        parse(without_step)


def test_melding_pages_refer_to_known_handbook_pieces():
    hb = handbook()
    for page in melding.PAGES:
        for ref in page.refs:
            hb.get(ref)
        for note in page.law:
            assert note in law_notes()
        for template in page.templates:
            assert template in templates()


def test_every_melding_step_item_is_traceable_to_a_page():
    """Handbook steps 1a, 2, 4 and 7 (melder) each appear on a page of the Melding flow."""
    shown = {ref for page in melding.PAGES for ref in page.refs}
    needed = ["1a.1", "1a.2", "1a.3", "2.1", "2.2", "4.melder.1", "4.melder.2", "4.melder.3",
              "4.ontvanger.1", "4.ontvanger.2", "4.ontvanger.3", "4.ontvanger.4", "fn3"]
    needed += [f"7.melder.{i}" for i in range(1, 7)]
    assert [r for r in needed if r not in shown] == []


def test_organisations_name_handbook_and_successor():
    types = org_types()
    assert types["veilig_thuis"].display == "Veilig Thuis (voorheen AMK)"
    assert "Bureau Jeugdzorg" in types["gi"].display
    assert types["raad"].receives_melding


def test_templates_refer_to_existing_examples():
    hb = handbook()
    for t in templates().values():
        hb.get(t.example)
