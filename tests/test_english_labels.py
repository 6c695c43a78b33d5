"""Data the interface shows in English while the record keeps it Dutch: the overview's labels
(read back in the interface's language), organisation types, expertises and question names."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from app.content import i18n
from app.content.meldcode import afwegingskader
from app.content.organisations import org_types
from app.demo import DEMO_PROFILE, demo_ander_doel, demo_melding
from app.flows import ander_doel, informatieverzoek
from app.flows.registry import flow_of

TODAY = date(2026, 10, 14)


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language(None)


def test_read_back_speaks_english_but_the_record_stays_dutch(english):
    v = demo_ander_doel(TODAY)
    shown = "\n".join(i["text"] for i in ander_doel.dossier_entry(v, DEMO_PROFILE, TODAY)["items"])
    assert "Original purpose:" in shown and "Oorspronkelijk doel" not in shown
    with i18n.in_source_language():
        stored = "\n".join(i["text"]
                           for i in ander_doel.dossier_entry(v, DEMO_PROFILE, TODAY)["items"])
    assert "Oorspronkelijk doel:" in stored


def test_organisation_types_and_expertises_in_english(english):
    assert org_types()["veilig_thuis"].display == "Veilig Thuis (formerly AMK)"
    assert org_types()["collega"].display == "Colleague or other professional"
    assert org_types()["collega"].name == "Collega"  # the name filled in stays as stored
    assert "doctor" in informatieverzoek.expertise_options()
    assert informatieverzoek.expertise_value("Doctor") == "arts"
    assert informatieverzoek.expertise_value("orthopedagoog") == "orthopedagoog"
    assert informatieverzoek.expertise_label("arts") == "doctor"
    with i18n.in_source_language():
        assert org_types()["veilig_thuis"].display == "Veilig Thuis (voorheen AMK)"


def test_weighing_question_names_in_english(english):
    assert [i18n._(q.name) for q in afwegingskader().questions][:2] == ["Suspicion", "Safety"]


def test_oral_melding_in_the_timeline_is_inflected():
    m = demo_melding(TODAY)
    m.receiver.channel = "mondeling"
    with i18n.in_source_language():
        (_when, text), = flow_of("melding").exchange(m)
    assert text.startswith("Mondelinge melding bij ")
