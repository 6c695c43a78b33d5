"""Every template, rendered for every combination that changes its words, read against what
the case records (issue 12): the openness choice, the consent, the client's role and so the
pronoun, the receiver with its article, the flow, what the relation says about the children.

The client's position (whether they were told, whether they consented, why it went ahead) is
worded once, by the letters (`app.documents.prose.position`); no template composes it. So the
position is checked here as the letters word it, over the same combinations, and every template
is checked for not saying it (or the facts, the limits, a recorded concern) a second time."""

from __future__ import annotations

import html
import re

import pytest

from app.checks.placeholders import bracketed
from app.documents.prose import ANDER_DOEL, MELDING, OVERLEG, VERSTREKKING, client_words, position
from app.flows.people import client_name
from app.flows.registry import template_applies
from app.flows.templates import fill, templates, variant
from app.flows.texts import left_in
from app.flows.wording import says_not_informed
from tests.template_cases import OPENNESS, TODAY, Combo, build, combos, offered

PROFILE = {"name": "drs. A. de Vries"}


def clinician_words(m) -> list[str]:
    """What the clinician wrote in the record: a check of the app's wording leaves it out."""
    o = m.openness
    mine = [f.what.rstrip(".") for f in getattr(m, "facts", [])]
    mine += [f.source for f in getattr(m, "facts", []) if f.source]
    mine += [getattr(m, "limits", ""), o.reason_without_consent, o.client_reaction,
             o.deviation_explanation, o.informed_explanation, o.concerns_note,
             o.presence_considered, o.client_questions, getattr(m, "concern", "")]
    return sorted((x.strip() for x in mine if x.strip()), key=len, reverse=True)


def own_words(text: str, m) -> str:
    """The text without what the clinician wrote: the words the app itself chose."""
    for piece in clinician_words(m):
        text = text.replace(piece, "…")
    return text


def rendered() -> list[tuple[Combo, str, str, bool, str]]:
    """(combination, page, template, offered now, text) for every template of every flow."""
    out = []
    for c in combos():
        m = build(c)
        for page, template_id in offered(c.flow):
            text = fill(template_id, m, PROFILE, TODAY)
            out.append((c, page, template_id, template_applies(template_id, page, m), text))
            REACHED.add((template_id, variant(template_id, m).text))
            OWN[(str(c), template_id)] = own_words(text, m)
    return out


OWN: dict[tuple[str, str], str] = {}
REACHED: set[tuple[str, str]] = set()
RENDERED = rendered()

# --- the letters' position, over the same combinations -----------------------------------------

# How each flow's letter calls `position`: what the exchange is called, and whether a reason to
# go ahead is printed (the ander-doel letter leaves it out when it refuses).
ACTS = {"melding": MELDING, "informatieverzoek": VERSTREKKING, "overleg": OVERLEG,
        "ander_doel": ANDER_DOEL}


def letter_position(m, flow: str) -> str:
    """The position paragraphs as the flow's letter prints them, as plain text."""
    reason = getattr(m, "decision", "") != "refuse" if flow == "ander_doel" else True
    paragraphs = position(m.openness, client_words(m.client_role), ACTS[flow], reason=reason)
    return "\n".join(html.unescape(re.sub(r"<[^>]+>", "", p)) for p in paragraphs)


def positions() -> list[tuple[Combo, str, str]]:
    """(combination, position text, the app's own words in it) for every combination; a
    deviation also with an explanation from a deviation template, as the clinician inserts it."""
    out = []
    for c in combos():
        m = build(c)
        records = [m]
        if c.openness == "deviates":
            inserted = build(c)
            inserted.openness.deviation_explanation = fill("openness.deviation_suicide",
                                                           inserted, PROFILE, TODAY)
            records.append(inserted)
        for record in records:
            text = letter_position(record, c.flow)
            out.append((c, text, own_words(text, record)))
    return out


POSITIONS = positions()
CONSENT_SAID = {"given": "heeft toestemming gegeven.", "refused": "heeft toestemming geweigerd.",
                "not_asked": "niet om toestemming gevraagd."}


def test_the_matrix_reaches_every_template_and_every_variant():
    assert {t for _c, _p, t, on, _x in RENDERED if on} == set(templates())
    for t in templates().values():
        for v in t.variants:
            assert (t.id, v.text) in REACHED, (t.id, v.text[:60])
    assert {c.openness for c, _t, _o in POSITIONS} == set(OPENNESS)
    assert len(POSITIONS) == len(list(combos())) + sum(
        1 for c in combos() if c.openness == "deviates")


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


@pytest.mark.handbook("4.melder.2", "7.instelling.3", "1a.2.d")
def test_the_letter_says_what_the_openness_choice_was():
    for c, text, own in POSITIONS:
        where = str(c)
        about = ACTS[c.flow].about
        informed = c.openness in ("given", "refused", "not_asked")
        told = rf"Ik heb mijn cliënte? (op \d+ \w+ \d{{4}} )?geïnformeerd {re.escape(about)}\."
        assert bool(re.search(told, own)) == informed, where
        assert (re.search(r"op \d+ \w+ \d{4} geïnformeerd", own) is not None) == informed, where
        for state, words in CONSENT_SAID.items():
            assert own.count(words) == (c.openness == state), (where, state)
        if informed:  # the record says they were discussed; said where they are the clinician's
            assert ("Ik heb mijn zorgen met" in own) == ACTS[c.flow].own_concerns, where
        if c.openness == "deviates":
            # No sentence claims a conversation, a date or a consent when openness was set
            # aside; the recorded ground is named.
            assert "besproken" not in own and "toestemming" not in own, where
            assert not re.search(r"\bop \d+ \w+ \d{4}\b", own), where
            assert "af van openheid in verband met de veiligheid van de kinderen." in own, where
            if "suïcidegevaar" not in text:  # the clinician's own explanation, after its lead
                assert re.match(rf"Ik heb mijn cliënte? niet geïnformeerd {about}: ik wijk af",
                                own), where
                assert "Waarom niet." not in own, where  # the built record explains nothing
        else:
            assert "openheid" not in own, where
        if c.openness == "not_informed":
            assert f"niet geïnformeerd {about}." in own, where
        if c.openness == "unknown":
            assert "geïnformeerd" not in own, where


def test_a_deviation_template_in_the_explanation_is_not_said_again_before_it():
    seen = 0
    for c, text, _own in POSITIONS:
        if c.openness != "deviates" or "suïcidegevaar" not in text:
            continue
        seen += 1
        assert text.count("geïnformeerd") == 1, str(c)
        assert text.startswith("Ik wijk af van openheid in verband met de veiligheid van de "
                               "kinderen. Ik heb "), str(c)
    assert seen == sum(1 for c in combos() if c.openness == "deviates")


def test_the_deviation_templates_say_themselves_the_client_was_not_informed():
    for c, _page, template_id, _on, text in RENDERED:
        if template_id.startswith("openness.deviation_"):
            assert says_not_informed(text), (template_id, str(c))
    assert not says_not_informed("De vader dreigde eerder met geweld tegen hulpverleners.")


def test_the_letter_speaks_of_this_flows_exchange_and_never_names_the_receiver_bare():
    for c, _text, own in POSITIONS:
        where = str(c)
        if c.flow != "melding":
            assert "melding" not in own, where
        for bare in ("bij Raad", "aan Raad", "van Raad", "de Veilig Thuis", "het Veilig Thuis"):
            assert bare not in own, where
        # The letter is addressed to the receiver: it says 'u', it does not name it.
        for name in ("Veilig Thuis", "Raad voor", "William Schrikker", "Jeugdbescherming"):
            assert name not in own, (where, name)


def test_the_letters_pronoun_is_the_recorded_role():
    expected = {"mother": ("mijn cliënte", "Zij heeft", "Ik heb haar "),
                "father": ("mijn cliënt ", "Hij heeft", "Ik heb hem "),
                "unknown": ("mijn cliënt ", "De cliënt heeft", "Ik heb de cliënt ")}
    wrong = {"mother": (r"\bHij\b", r"\bhem\b", r"mijn cliënt(?!e)"),
             "father": ("cliënte", r"\bZij\b", r"\bhaar\b"),
             "unknown": ("cliënte", r"\bZij\b", r"\bhaar\b", r"\bHij\b", r"\bhem\b")}
    checked = set()
    for c, _text, own in POSITIONS:
        for pattern in wrong[c.role]:
            assert not re.search(pattern, own), (str(c), pattern)
        noun, subject, obj = expected[c.role]
        if "cliënt" in own:  # 'mijn cliënte', or in a lead-in 'de cliënte'
            assert re.search(rf"\b(mijn|de) {noun.split()[1]}(?!e)", own), str(c)
            checked.add((c.role, "noun"))
        if c.openness in ("given", "refused"):
            assert subject in own, str(c)
            checked.add((c.role, "subject"))
        if c.openness == "not_asked":
            assert obj + "niet om toestemming gevraagd" in own, str(c)
            checked.add((c.role, "object"))
    assert len(checked) == 9, checked


# --- what the templates say ---------------------------------------------------------------------

# What the letters compose from the record: a template that said it would say it twice.
POSITION_PHRASES = ("toestemming gegeven", "toestemming geweigerd", "om toestemming gevraagd",
                    "gaf toestemming", "gaf geen toestemming", "zonder toestemming van",
                    "verteld dat ik een melding", "besproken", "Reactie van", "Volgens ",
                    "waargenomen:")


def test_no_template_says_what_the_letter_prints_from_the_record():
    composed = {}
    for c, _text, own in POSITIONS:
        composed.setdefault(c, own)
    for c, _page, template_id, on, text in RENDERED:
        where = (template_id, str(c))
        for phrase in POSITION_PHRASES:
            assert phrase not in text, (where, phrase)
        if "geïnformeerd" in text:  # only a deviation's own explanation says it
            assert template_id.startswith("openness.deviation_") and says_not_informed(text), \
                where
        if not on:
            continue
        # No sentence the letter composes for this record is in the template's text.
        for line in composed[c].split("\n"):
            for piece in re.split(r"(?<=[.?])\s+", line):
                if len(piece) > 25 and "…" not in piece:
                    assert piece not in text, (where, piece)


def about(them: str) -> str:
    """The melding text's open place for what the melding is about."""
    return (f"[De woonsituatie van {them}, en in één zin waar het vermoeden over gaat; de "
            "feiten volgen hieronder.]")


def test_the_melding_text_holds_the_opening_and_the_concern_only():
    checked = set()
    for c, _page, template_id, on, text in RENDERED:
        if template_id != "melding.content" or not on:
            continue
        m = build(c)
        where = str(c)
        lines = text.split("\n")
        assert lines[0].startswith("Mijn zorgen gaan over "), where
        assert all(child.name in lines[0] for child in m.children), where
        assert lines[0].endswith(f", {client_name(m)}."), where
        them = "de kinderen" if len(m.children) > 1 else "het kind"
        assert lines[1] == about(them), where
        for piece in clinician_words(m):
            assert piece not in text, (where, piece[:40])
        # The demo records a concern, which the letter prints ('Mijn zorg.'): not again here.
        assert "zorgen over" not in text and len(lines) == 2, where
        checked.add(c.openness)
    assert checked == set(OPENNESS)


def test_the_melding_text_asks_for_the_concern_while_none_is_recorded():
    from app import demo

    m = demo.demo_melding(TODAY)
    m.client_role = "moeder"
    m.concern = "De gevolgen die het geweld tussen de ouders voor de kinderen kan hebben."
    m.limits = "Ik heb het geweld zelf niet gezien."
    m.openness.reason_without_consent = "Eerdere toezeggingen zijn niet nagekomen."
    text = fill("melding.content", m, PROFILE, TODAY)
    assert text.startswith("Mijn zorgen gaan over ")
    assert f" van mijn cliënte, {client_name(m)}.\n" in text
    for told in (m.concern, m.limits, m.openness.reason_without_consent, m.facts[0].what):
        assert told.strip().rstrip(".") not in text
    assert "zorgen over" not in text
    m.concern = ""
    text = fill("melding.content", m, PROFILE, TODAY)
    them = "de kinderen" if len(m.children) > 1 else "het kind"
    assert text.endswith(f"\nIk maak me ernstige zorgen over [de gevolgen voor {them}].")
    assert left_in(text) == [about(them), f"[de gevolgen voor {them}]"]


def test_the_letter_words_a_deviation_with_its_grounds_and_the_clinicians_reason():
    from app import demo

    m = demo.demo_melding(TODAY)
    m.client_role = "moeder"
    m.openness.deviates, m.openness.safety_grounds = True, ["clinician", "child"]
    m.openness.deviation_explanation = "De vader dreigde eerder met geweld tegen hulpverleners."
    text = letter_position(m, "melding")
    assert text == ("Ik heb mijn cliënte niet geïnformeerd over deze melding: ik wijk af van "
                    "openheid in verband met mijn eigen veiligheid en de veiligheid van de "
                    "kinderen.\nWaarom niet. De vader dreigde eerder met geweld tegen "
                    "hulpverleners.")


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
        assert ("[Waarom ik niet om toestemming vroeg.]" in text) == (
            c.openness == "not_asked"), where


def test_the_pronoun_is_the_recorded_role():
    expected = {"mother": ("ondanks haar bezwaren", "voor haarzelf", r"mijn cliënte\b"),
                "father": ("ondanks zijn bezwaren", "voor hemzelf", r"mijn cliënt\b"),
                "unknown": ("ondanks zijn of haar bezwaren", "voor mijn cliënt zelf",
                            r"mijn cliënt\b")}
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
            assert re.search(expected[c.role][2], text), (template_id, str(c))
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
            "verzoek.informed_explanation", "openness.deviation_flight"} <= named


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


def test_the_ots_template_is_offered_only_during_an_ots_and_leaves_the_consent_to_the_letter():
    for c, _page, template_id, on, text in RENDERED:
        if template_id != "verzoek.reason_ots":
            continue
        assert on == (c.receiver == "gi_ots" and c.openness in ("refused", "not_asked")), str(c)
        assert "Jeugdwet art. 7.3.11 lid 4" in text, str(c)
    for c, _text, own in POSITIONS:
        if c.flow == "informatieverzoek" and c.receiver == "gi_ots" and c.openness in CONSENT_SAID:
            assert own.count(CONSENT_SAID[c.openness]) == 1, str(c)


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


def put(record, path: str, text: str) -> None:
    """Set the record's field at a template's dotted `field` path."""
    *parents, name = path.split(".")
    holder = record
    for part in parents:
        holder = getattr(holder, part)
    setattr(holder, name, text)


@pytest.mark.parametrize("openness", OPENNESS)
def test_a_melding_written_from_its_templates_says_each_thing_once(openness):
    """The clinician inserts every template the melding offers (the first of those for one
    field); the letter then says each fact, the limits, the client's position and the
    reason once."""
    from app.documents.melding import melding_pdf
    from tests.pdfcheck import flat, pdf_text

    m = build(Combo("melding", openness, "mother", "veilig_thuis", "silent"))
    filled = set()
    for page, template_id in offered("melding"):
        t = templates()[template_id]
        if t.field not in filled and template_applies(template_id, page, m):
            put(m, t.field, fill(template_id, m, PROFILE, TODAY))
            filled.add(t.field)
    assert "content" in filled and "limits" in filled
    letter = flat(pdf_text(melding_pdf(m, PROFILE, 3, TODAY)))
    # The letter says what it is once (its opening), the template who it is about once.
    assert letter.count("een melding van een vermoeden van kindermishandeling") + letter.count(
        "Hierbij meld ik een vermoeden van kindermishandeling") == 1
    assert letter.count("Mijn zorgen gaan over") == 1
    for fact in m.facts:
        assert letter.count(flat(fact.what.rstrip("."))[:40]) == 1, fact.what
    assert letter.count(flat(m.limits)[:60]) == 1
    assert letter.count(flat(m.concern)[:40]) == 1
    for state, words in CONSENT_SAID.items():
        assert letter.count(words.rstrip(".")) == (openness == state), state
    assert letter.count("Waarom ik toch meld.") == (openness in ("refused", "not_asked"))
    if openness == "deviates":
        assert letter.count("geïnformeerd") == 1
        assert "af van openheid in verband met de veiligheid van de kinderen" in letter
