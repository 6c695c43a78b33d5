"""Every template, rendered for every combination that changes its words, read against what
the case records (issue 12): the openness choice, the consent, the client's role and so the
pronoun, the receiver with its article, the flow, what the relation says about the children."""

from __future__ import annotations

import re

import pytest

from app.checks.placeholders import bracketed
from app.flows.registry import template_applies
from app.flows.templates import fill, templates, variant
from app.flows.texts import left_in
from tests.template_cases import OPENNESS, TODAY, Combo, build, combos, offered

PROFILE = {"name": "drs. A. de Vries"}
CONSENT_TEMPLATES = ("openness.reason_without_consent", "melding.content", "verzoek.reason_ots")


def rendered() -> list[tuple[Combo, str, str, bool, str]]:
    """(combination, page, template, offered now, text) for every template of every flow."""
    out = []
    for c in combos():
        m = build(c)
        for page, template_id in offered(c.flow):
            text = fill(template_id, m, PROFILE, TODAY)
            out.append((c, page, template_id, template_applies(template_id, page, m), text))
            REACHED.add((template_id, variant(template_id, m).text))
            OWN[(str(c), template_id)] = template_words(text, m)
    return out


def template_words(text: str, m) -> str:
    """The text without what the clinician wrote (the facts, the limits, the reason): the
    words the template itself chose."""
    mine = [f.what.rstrip(".") for f in getattr(m, "facts", [])]
    mine += [f.source for f in getattr(m, "facts", []) if f.source]
    mine += [getattr(m, "limits", ""), m.openness.reason_without_consent,
             m.openness.client_reaction, m.openness.deviation_explanation,
             getattr(m, "concern", "")]
    for piece in sorted((x.strip() for x in mine if x.strip()), key=len, reverse=True):
        text = text.replace(piece, "…")
    return text


OWN: dict[tuple[str, str], str] = {}


REACHED: set[tuple[str, str]] = set()
RENDERED = rendered()


def test_the_matrix_reaches_every_template_and_every_variant():
    assert {t for _c, _p, t, on, _x in RENDERED if on} == set(templates())
    for t in templates().values():
        for v in t.variants:
            assert (t.id, v.text) in REACHED, (t.id, v.text[:60])


@pytest.mark.parametrize("flow", ["melding", "informatieverzoek", "overleg", "ander_doel"])
def test_every_text_is_well_formed_and_its_placeholders_are_all_caught(flow):
    for c, _page, template_id, _on, text in RENDERED:
        if c.flow != flow:
            continue
        where = f"{template_id} for {c}"
        assert "{" not in text and "}" not in text, where
        assert "  " not in text and " ." not in text and " ," not in text, where
        assert not re.search(r"(?<!\.)\.\.(?!\.)", text), where
        assert "()" not in text and "( )" not in text, where
        # Every open place the template leaves is one the check finds, also in a quotation.
        pieces = bracketed(text)
        assert left_in(text) == list(dict.fromkeys(pieces)), where
        for piece in pieces:
            assert left_in(f"Zij zei: ‘ik weet het niet {piece} echt niet’.") == [piece], where


def test_the_openness_choice_is_what_the_melding_text_says():
    states = set()
    for c, _page, template_id, on, text in RENDERED:
        if template_id != "melding.content" or not on:
            continue
        where = str(c)
        states.add(c.openness)
        told = "verteld dat ik een melding zal doen" in text
        if c.openness in ("given", "refused", "not_asked"):
            assert told and "gesproken over" in text, where
        else:
            assert not told and "gesproken over" not in text, where
            assert "gaf toestemming" not in text and "gaf geen toestemming" not in text, where
        if c.openness == "deviates":
            assert "niet over de melding geïnformeerd" in text, where
            assert "de veiligheid van de kinderen" in text, where  # the recorded ground
            assert "[Waarop baseer ik die inschatting?]" in text, where
        if c.openness == "not_informed":
            assert "niet over de melding geïnformeerd" in text, where
        if c.openness == "unknown":
            assert "[Weet mijn cliënt" in text, where
        consent = {"given": "gaf toestemming voor de melding",
                   "refused": "gaf geen toestemming voor de melding",
                   "not_asked": "niet om toestemming gevraagd"}
        for state, words in consent.items():
            assert (words in text) == (c.openness == state), (where, state)
    assert states == set(OPENNESS)


def test_the_reason_without_consent_follows_the_consent():
    for c, _page, template_id, on, text in RENDERED:
        if template_id != "openness.reason_without_consent":
            continue
        where = str(c)
        # Offered only where the page shows the field: informed without consent.
        assert on == (c.openness in ("refused", "not_asked")), where
        if c.openness == "refused":
            assert "ondanks" in text and "bezwaren" in text, where
        else:
            assert "ondanks" not in text and "bezwaren" not in text, where
        if c.openness == "not_asked":
            assert text.count("niet om toestemming gevraagd") == 1, where
        if c.openness == "given":
            assert "gaf toestemming voor de melding" in text, where


def test_the_pronoun_is_the_recorded_role():
    expected = {"mother": ("ondanks haar bezwaren", "voor haarzelf", "mijn cliënte"),
                "father": ("ondanks zijn bezwaren", "voor hemzelf", "mijn cliënt "),
                "unknown": ("ondanks zijn of haar bezwaren", "voor mijn cliënt zelf",
                            "mijn cliënt ")}
    wrong = {"mother": ("hemzelf", "ondanks zijn", "zijn of haar"),
             "father": ("haarzelf", "ondanks haar", "cliënte", "zijn of haar"),
             "unknown": ("haarzelf", "hemzelf", "cliënte", "ondanks haar ",
                         "ondanks zijn bezwaren")}
    checked = set()
    for c, _page, template_id, on, _text in RENDERED:
        if not on:
            continue
        text = OWN[(str(c), template_id)]
        for phrase in wrong[c.role]:
            assert phrase not in text, (template_id, str(c), phrase)
        if "bezwaren" in text:
            assert expected[c.role][0] in text, (template_id, str(c))
            checked.add((c.role, "bezwaren"))
        if "zelf en" in text or "zelf en/of" in text:
            assert expected[c.role][1] in text, (template_id, str(c))
            checked.add((c.role, "zelf"))
        if "mijn cliënt" in text:
            assert expected[c.role][2] in text + " ", (template_id, str(c))
            checked.add((c.role, "cliënt"))
    assert len(checked) == 9, checked


def test_the_receiver_has_its_article():
    for c, _page, template_id, on, text in RENDERED:
        if not on:
            continue
        where = (template_id, str(c))
        for bare in ("bij Raad", "aan Raad", "van Raad", "dat Raad", "over Raad"):
            assert bare not in text, where
        assert "de Veilig Thuis" not in text and "het Veilig Thuis" not in text, where
        if c.receiver == "raad" and "Raad voor de Kinderbescherming" in text:
            assert "de Raad voor de Kinderbescherming" in text, where
        if c.receiver == "gi" and "William Schrikker" in text:
            assert "de William Schrikker Stichting" in text, where
        if c.receiver == "gi_ots" and "Jeugdbescherming Midden" in text:
            assert "de Jeugdbescherming" not in text, where
    named = {t for c, _p, t, on, x in RENDERED
             if on and c.receiver == "raad" and "de Raad voor de Kinderbescherming" in x}
    assert {"verzoek.no_judgement", "openness.informed_explanation",
            "verzoek.informed_explanation", "melding.content"} <= named


def test_the_deviation_templates_name_this_flows_exchange():
    names = {"melding": "niet over de melding geïnformeerd",
             "informatieverzoek": "niet over het verzoek van",
             "overleg": "niet over dit overleg geïnformeerd",
             "ander_doel": "niet over het gebruik van de informatie voor een ander doel"}
    seen = set()
    for c, _page, template_id, on, text in RENDERED:
        if not template_id.startswith("openness.deviation_"):
            continue
        assert on == (c.openness == "deviates"), (template_id, str(c))
        assert names[c.flow] in text, (template_id, str(c))
        if c.flow != "melding":
            assert "melding" not in text, (template_id, str(c))
        seen.add(c.flow)
    assert seen == set(names)


def test_no_template_of_another_flow_speaks_of_a_melding():
    for c, _page, template_id, on, text in RENDERED:
        if on and c.flow != "melding":
            assert "melding" not in text, (template_id, str(c))


def test_the_ots_template_is_offered_only_during_an_ots_and_says_what_was_recorded():
    for c, _page, template_id, on, text in RENDERED:
        if template_id != "verzoek.reason_ots":
            continue
        assert on == (c.receiver == "gi_ots" and c.openness in ("refused", "not_asked")), str(c)
        if c.openness == "refused":
            assert "gaf geen toestemming" in text, str(c)
        if c.openness == "not_asked":
            assert "niet om toestemming gevraagd" in text, str(c)


def test_what_the_relation_says_about_seeing_the_children_is_never_contradicted():
    checked = set()
    for c, _page, template_id, on, text in RENDERED:
        if template_id not in ("melding.relation", "facts.limits") or not on:
            continue
        where = (template_id, str(c))
        checked.add((template_id, c.seen))
        if c.seen == "seen":
            assert "nooit gezien" not in text, where
        if c.seen == "never" and template_id == "melding.relation":
            assert "gezien" not in text, where  # the relation says it already
        if c.seen == "never" and template_id == "facts.limits":
            assert "nooit gezien en kan" in text and "[zelf nooit gezien]" not in text, where
        if c.seen == "silent":
            assert "[zelf nooit gezien]" in text, where
    assert len(checked) == 6


def test_the_melding_text_uses_what_the_clinician_wrote():
    from app import demo

    m = demo.demo_melding(TODAY)
    text = fill("melding.content", m, PROFILE, TODAY)
    assert m.openness.reason_without_consent in text
    assert m.limits in text
    assert "Ik maak me ernstige zorgen over de gevolgen die het getuige zijn" in text
    assert "[de gevolgen voor haarzelf en voor de kinderen]" in text  # still to be filled
    m.concern = "Ik ben bang dat Anouk niet meer naar school gaat."
    assert "Ik ben bang dat Anouk niet meer naar school gaat." in fill("melding.content", m)
    m.openness.deviates, m.openness.safety_grounds = True, ["clinician", "child"]
    m.openness.deviation_explanation = "De vader dreigde eerder met geweld tegen hulpverleners."
    text = fill("melding.content", m, PROFILE, TODAY)
    assert ("in verband met mijn eigen veiligheid en de veiligheid van de kinderen. De vader "
            "dreigde eerder met geweld tegen hulpverleners.") in text
    assert "verteld" not in text and "toestemming" not in text
