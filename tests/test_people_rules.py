"""Betrokkenen and what the receiver needs: the rules, with real records and the demo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.demo import DEMO_PROFILE, demo_melding, demo_overleg, demo_request
from app.flows import informatieverzoek, melding, overleg
from app.flows.people import display_label, initials
from app.model import Attachment, Child, Melding, People
from tests.test_melding_people_doc import grandmother_called

TODAY = date(2026, 11, 29)


def messages(problems, field=None, blocking=None):
    return [p.message for p in problems if (field is None or p.field == field)
            and (blocking is None or p.blocking == blocking)]


def test_the_demo_melding_identifies_the_family_and_passes_every_page():
    m = demo_melding(TODAY)
    assert melding.first_blocked_page(m, TODAY) is None
    assert m.people.client_name and m.people.client_birth_date and m.people.client_address
    assert all(c.name and c.birth_date for c in m.children)
    assert any(p.custody for p in m.people.parents)


@pytest.mark.parametrize("change, field, words", [
    (lambda m: setattr(m.children[0], "birth_date", (TODAY + timedelta(days=3)).isoformat()),
     "children.0.birth_date", "in de toekomst"),
    (lambda m: setattr(m.children[0], "birth_date", "2007-01-01"),
     "children.0.birth_date", "19 jaar"),
    (lambda m: setattr(m.children[1], "birth_date", "31-02-2020"),
     "children.1.birth_date", "31 februari 2020 bestaat niet"),
    (lambda m: setattr(m.children[1], "birth_date", ""),
     "children.1.birth_date", "Vul de geboortedatum van Ruben Visser in"),
    (lambda m: setattr(m.children[0], "name", ""), "children.0.name", "naam van het kind"),
    (lambda m: setattr(m.people, "client_birth_date", "2099-01-01"),
     "people.client_birth_date", "in de toekomst"),
], ids=["future", "adult", "impossible", "missing", "nameless", "client-future"])
def test_bad_dates_of_birth_and_missing_names_block_with_a_dutch_message(change, field, words):
    m = demo_melding(TODAY)
    change(m)
    found = messages(melding.check_page("client", m, TODAY), field, blocking=True)
    assert found and any(words in text for text in found), found


def test_no_address_needs_a_reason_before_the_melding_can_go():
    m = demo_melding(TODAY)
    m.people.client_address = ""
    for child in m.children:
        child.lives_with = ""
    [text] = messages(melding.check_page("client", m, TODAY), "people.address_unknown", True)
    assert "waarom u het adres niet weet" in text
    m.people.address_unknown = "Cliënte verblijft wisselend bij vrienden; adres niet bekend."
    assert not messages(melding.check_page("client", m, TODAY), blocking=True)
    rows = {r["label"]: r["text"] for r in melding.dossier_entry(m, DEMO_PROFILE, TODAY)["people"]}
    assert rows["Adres onbekend"].startswith("Cliënte verblijft")


def test_an_old_draft_with_initials_and_ages_still_loads_and_asks_for_what_is_missing():
    old = Melding.from_dict({"client_pseudonym": "Y.", "children": [{"name": "A.", "age": "4"}],
                             "relation": "behandelaar"})
    assert old.children[0].age == "4" and old.children[0].birth_date == ""
    assert old.people == People()
    problems = melding.check_page("client", old, TODAY)
    assert "children.0.birth_date" in {p.field for p in problems if p.blocking}
    assert "people.address_unknown" in {p.field for p in problems if p.blocking}


def test_an_overleg_may_stay_anonymous():
    o = demo_overleg(TODAY)
    o.people = People()
    o.children = [Child("S.", "3")]
    assert not messages(overleg.check_page("client", o, TODAY), blocking=True)


def test_an_answer_names_the_client_as_the_requester_did():
    v = demo_request(TODAY)
    assert not messages(informatieverzoek.check_page("client", v, TODAY), blocking=True)
    v.people.client_name = ""
    assert messages(informatieverzoek.check_page("client", v, TODAY), "people.client_name", True)
    v.people.client_name, v.people.client_birth_date = "Vincent Peters", ""
    [warning] = messages(informatieverzoek.check_page("client", v, TODAY),
                         "people.client_birth_date", False)
    assert "geboortedatum" in warning


def test_the_list_label_defaults_to_the_initials_of_the_name():
    m = demo_melding(TODAY)
    assert display_label(m) == "Y."
    m.client_pseudonym = ""
    assert display_label(m) == initials("Yvonne Visser") == "Y.V."
    m.people.client_name = ""
    assert melding.check_page("client", m, TODAY)[0].field == "client_pseudonym"


def test_the_advice_consultation_is_required_for_an_arts_before_a_written_melding():
    arts = {**DEMO_PROFILE, "discipline": "arts (psychiater)"}
    assert melding.advice_required(arts) and not melding.advice_required(DEMO_PROFILE)
    assert not melding.advice_required({**arts, "advice_required": False})  # practice setting
    m = demo_melding(TODAY)
    m.advice.required = melding.advice_required(arts)
    m.advice.consulted = None
    m.receiver.channel = "schriftelijk"
    [text] = messages(melding.check_page("receiver", m, TODAY), "advice.consulted", True)
    assert "telefonisch advies" in text
    m.receiver.channel = "mondeling"  # the phone call is the consultation
    assert not messages(melding.check_page("receiver", m, TODAY), "advice.consulted")
    m.receiver.channel, m.advice.consulted = "schriftelijk", True
    m.advice.date, m.advice.advice = "", ""
    fields = {p.field for p in melding.check_page("receiver", m, TODAY) if p.blocking}
    assert {"advice.date", "advice.advice"} <= fields


@pytest.mark.handbook("7.vb.2", "7.vb.3")
def test_the_part_the_family_may_not_read_needs_its_reason_and_the_agreement():
    m = demo_melding(TODAY)
    assert not messages(melding.check_page("apart", m, TODAY), blocking=True)
    m.withheld.reason, m.withheld.agreed = "", None
    fields = {p.field for p in melding.check_page("apart", m, TODAY) if p.blocking}
    assert fields == {"withheld.reason", "withheld.agreed"}
    m.withheld.reason, m.withheld.agreed = "Veiligheid van de grootmoeder.", False
    [warning] = messages(melding.check_page("apart", m, TODAY), "withheld.agreed", False)
    assert "kinderen vanaf 12" in warning
    m.withheld.text = ""
    assert messages(melding.check_page("apart", m, TODAY), "withheld.text", True)


@pytest.mark.handbook("7.vb.3")
def test_anonymity_is_recorded_with_its_reason_and_followed_up():
    m = demo_melding(TODAY)
    m.anonymous = True
    assert messages(melding.check_page("apart", m, TODAY), "anonymous_reason", True)
    m.anonymous_reason = "Vader dreigde eerder hulpverleners."
    assert not messages(melding.check_page("apart", m, TODAY), blocking=True)
    [moot] = messages(melding.check_page("apart", m, TODAY), "anonymous_reason", False)
    assert "Uw cliënt weet dat u meldt" in moot  # the demo's client was told
    m.openness.client_informed = False
    assert not messages(melding.check_page("apart", m, TODAY), "anonymous_reason")
    [item] = [f for f in melding.followups(m) if f[0] == "anonymity"]
    assert "anoniem" in item[2] and "Vader dreigde" in item[2]
    extra = {r["label"]: r for r in melding.dossier_entry(m, DEMO_PROFILE, TODAY)["extra"]}
    assert extra["Anonimiteit tegenover het gezin"]["text"].endswith("hulpverleners.")


def test_an_enclosure_older_than_a_year_is_flagged_and_one_in_the_future_refused():
    m = demo_melding(TODAY)
    m.attachments = [Attachment("Verslag van de intake", (TODAY - timedelta(days=400)).isoformat())]
    [old] = messages(melding.check_page("apart", m, TODAY), "attachments.0.date", False)
    assert "ouder dan een jaar" in old
    m.attachments = [Attachment("Brief van school", (TODAY + timedelta(days=30)).isoformat()),
                     Attachment("", (TODAY - timedelta(days=10)).isoformat())]
    problems = melding.check_page("apart", m, TODAY)
    assert messages(problems, "attachments.0.date", True)
    assert messages(problems, "attachments.1.description", True)


def test_the_dossier_entry_carries_the_people_and_what_went_apart():
    m = demo_melding(TODAY)
    entry = melding.dossier_entry(m, DEMO_PROFILE, TODAY)
    people = {r["label"]: r["text"] for r in entry["people"]}
    assert "Yvonne Visser" in people["Cliënt"]
    assert "Amira Visser" in people["Kinderen"] and "Ruben Visser" in people["Kinderen"]
    gezag = people["Ouders en gezag"]
    assert "Yvonne Visser, moeder (cliënte), heeft gezag" in gezag
    assert "Marco Visser" in gezag and "heeft geen gezag" in gezag
    assert "Dennis Kramer" in people["Anderen in het huishouden"]
    assert "Ria de Graaf" in people["Netwerk van het gezin"]
    assert "dr. E. Koster" in people["Andere professionals"]
    extra = {r["label"]: r["text"] for r in entry["extra"]}
    assert m.withheld.text in extra["Apart gegeven, niet voor het gezin"]
    assert "Adviesgesprek met Veilig Thuis" in extra and "Bijlagen" not in extra  # none sent


def test_a_person_named_in_the_part_apart_is_said_to_move_out_of_the_letter():
    assert not messages(melding.check_page("apart", demo_melding(TODAY), TODAY),
                        "withheld.text")  # the demo's part names nobody
    m = grandmother_called(demo_melding(TODAY))
    [note] = messages(melding.check_page("apart", m, TODAY), "withheld.text", False)
    assert "Ria de Graaf" in note and "in dit aparte deel" in note
    m.people.network = []
    assert not messages(melding.check_page("apart", m, TODAY), "withheld.text")


@pytest.mark.parametrize("where", ["bij moeder", "Utrecht", "x"])
def test_where_the_child_lives_counts_as_an_address_only_with_a_house_number(where):
    m = demo_melding(TODAY)
    m.people.client_address = ""
    for child in m.children:
        child.lives_with = where
    assert messages(melding.check_page("client", m, TODAY), "people.address_unknown", True)
    m.children[0].lives_with = "bij vader, Dorpsstraat 3, Zeist"
    assert not messages(melding.check_page("client", m, TODAY), "people.address_unknown")


def test_the_advice_consultation_comes_before_the_melding():
    m = demo_melding(TODAY)
    m.advice.date = (date.fromisoformat(m.receiver.date) + timedelta(days=1)).isoformat()
    [text] = messages(melding.check_page("receiver", m, TODAY), "advice.date", True)
    assert "na de datum van de melding" in text
    m.advice.date = (date.fromisoformat(m.receiver.date) - timedelta(days=400)).isoformat()
    [old] = messages(melding.check_page("receiver", m, TODAY), "advice.date", False)
    assert "meer dan een jaar" in old


def test_the_part_apart_names_a_person_by_surname_but_not_through_the_childrens_name():
    """One matcher for the separate part and the inzage copy: 'Koster' alone names dr. E.
    Koster; 'Amira Visser' does not name her grandfather Henk Visser, and neither does 'Opa
    Visser' — the client and the children carry that surname too — but his full name does."""
    from app.flows.people import named_apart
    from app.model import Person

    m = demo_melding(TODAY)
    m.people.network.append(Person("Henk Visser", "grootvader (vader van de vader)"))
    m.withheld.text = "Amira Visser vertelde de huisarts, dokter koster, over de ruzies."
    assert [p.name for p in named_apart(m)] == ["dr. E. Koster"]
    m.withheld.text = "Opa Visser belde mij."
    assert [p.name for p in named_apart(m)] == []
    m.withheld.text = "Henk Visser belde mij."
    assert [p.name for p in named_apart(m)] == ["Henk Visser"]
    m.withheld.text = "Mevrouw Visser vertelde het mij."  # the client, not the father
    assert named_apart(m) == []


def test_the_clients_first_name_does_not_name_another_person():
    """Found walking the app: a grandmother entered as 'moeder van Yvonne' was moved out of the
    letter because the separate part mentions the client, Yvonne."""
    from app.flows.people import named_apart
    from app.model import Person

    m = demo_melding(TODAY)
    m.people.network = [Person("moeder van Yvonne", "grootmoeder")]
    m.withheld.text = "Yvonne heeft gevraagd dat haar partner niet te weten komt wat zij vertelde."
    assert named_apart(m) == []
    m.withheld.text = "De moeder van Yvonne belde mij."
    assert [p.name for p in named_apart(m)] == ["moeder van Yvonne"]


def test_a_household_member_named_apart_stays_in_the_letter():
    """The partner the separate part speaks of is the family itself: leaving him out of the
    letter protects no source and hides from Veilig Thuis who lives with the children."""
    from app.documents.melding import melding_pdf
    from app.flows.people import named_apart
    from tests.pdfcheck import flat, pdf_text

    m = demo_melding(TODAY)
    m.withheld.text = "Mevrouw Visser vraagt dat Dennis Kramer niet hoort dat zij het vertelde."
    assert named_apart(m) == []
    letter = flat(pdf_text(melding_pdf(m, DEMO_PROFILE, 1, TODAY)))
    assert "Dennis Kramer" in letter and "Anderen in het huishouden" in letter
