"""The Melding flow's rules (handbook steps 1a, 2, 4, 7), without any window."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.checks.dates import DateError, parse_date
from app.demo import demo_ander_doel, demo_melding, demo_overleg, demo_request
from app.flows import melding as flow
from app.flows.openness import check_openness
from app.flows.templates import BLANK, fill
from app.model import CONSENT_GIVEN, CONSENT_REFUSED, Child, Fact, Melding, Openness

TODAY = date(2026, 11, 29)


def _fields(problems, blocking_only=True):
    return {p.field for p in problems if p.blocking or not blocking_only}


def test_demo_melding_is_complete():
    m = demo_melding(TODAY)
    assert flow.first_blocked_page(m, TODAY) is None


@pytest.mark.handbook("1a.2.d", "7.melder.4")
def test_melding_without_consent_requires_reason():
    o = Openness(concerns_discussed=True, client_informed=True, informed_on="2026-11-03",
                 informed_explanation="uitleg", client_reaction="verzet",
                 consent=CONSENT_REFUSED, decision_told=True)
    assert "openness.reason_without_consent" in _fields(check_openness(o, TODAY))
    o.reason_without_consent = "risico's voor de ontwikkeling van de kinderen"
    assert _fields(check_openness(o, TODAY)) == set()


@pytest.mark.handbook("1a.2.d")
def test_consent_given_needs_no_reason():
    o = Openness(concerns_discussed=True, client_informed=True, informed_on="2026-11-03",
                 informed_explanation="uitleg", client_reaction="akkoord",
                 consent=CONSENT_GIVEN, decision_told=True)
    assert _fields(check_openness(o, TODAY)) == set()


@pytest.mark.handbook("1a.2", "1a.3")
def test_not_informing_the_client_is_only_allowed_on_safety_grounds():
    o = Openness(concerns_discussed=False, client_informed=False)
    problems = check_openness(o, TODAY)
    assert any(p.ref == "1a.3" for p in problems if p.blocking)


@pytest.mark.handbook("1a.3")
def test_deviation_from_openness_needs_ground_and_explanation():
    o = Openness(deviates=True)
    assert _fields(check_openness(o, TODAY)) == {
        "openness.safety_grounds", "openness.deviation_explanation"}
    o.safety_grounds = ["client"]
    o.deviation_explanation = "suïcidegevaar neemt toe"
    assert _fields(check_openness(o, TODAY)) == set()


@pytest.mark.handbook("1a.2")
def test_informed_date_must_exist_and_not_lie_ahead():
    o = Openness(concerns_discussed=True, client_informed=True, informed_on="31-02-2026",
                 informed_explanation="x", client_reaction="x", consent=CONSENT_GIVEN,
                 decision_told=True)
    [problem] = [p for p in check_openness(o, TODAY) if p.field == "openness.informed_on"]
    assert "31 februari 2026 bestaat niet" in problem.message
    o.informed_on = "2027-01-01"
    [problem] = [p for p in check_openness(o, TODAY) if p.field == "openness.informed_on"]
    assert "toekomst" in problem.message


@pytest.mark.parametrize("text,expected", [
    ("14-10-2026", date(2026, 10, 14)), ("1/2/2024", date(2024, 2, 1)),
    ("29.02.2024", date(2024, 2, 29)), ("2026-11-03", date(2026, 11, 3)),
])
def test_dates_as_clinicians_type_them(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["29-02-2026", "31-04-2026", "00-01-2026", "12-13-2026",
                                  "gisteren", "1-1-0999"])
def test_impossible_dates_are_refused_in_dutch(text):
    with pytest.raises(DateError) as info:
        parse_date(text)
    assert info.value.message


@pytest.mark.handbook("6.1")
def test_fact_not_observed_needs_a_source():
    problems = flow.check_facts([Fact("geweld thuis", "sinds maanden", False, "")], TODAY)
    assert "facts.0.source" in _fields(problems)
    assert [p.ref for p in problems if p.field == "facts.0.source"] == ["6.1"]


@pytest.mark.handbook("6.1")
def test_reported_speech_in_own_observation_is_flagged_but_not_blocking():
    problems = flow.check_facts(
        [Fact("Volgens de buurvrouw slaat vader de kinderen", "12-11-2026", True)], TODAY)
    flagged = [p for p in problems if p.field == "facts.0.what"]
    assert flagged and not flagged[0].blocking and "volgens" in flagged[0].message


def test_fact_date_must_be_possible():
    problems = flow.check_facts([Fact("blauwe plekken", "30-02-2026", True)], TODAY)
    assert "facts.0.when" in _fields(problems)


@pytest.mark.handbook("4.melder.1")
def test_no_facts_blocks_the_page():
    assert "facts" in _fields(flow.check_facts([], TODAY))


@pytest.mark.handbook("2.2")
def test_old_last_contact_gets_currency_notice_with_date():
    m = demo_melding(TODAY)
    m.last_contact = "2025-05-01"
    notice = flow.currency_notice(m, TODAY)
    assert "niet actueel" in notice and "1 mei 2025" in notice
    warnings = [p for p in flow.check_page("currency", m, TODAY) if not p.blocking]
    assert warnings and warnings[0].ref == "2.2"


def test_recent_last_contact_has_no_notice():
    m = demo_melding(TODAY)
    assert flow.currency_notice(m, TODAY) == ""


def test_currency_threshold_is_configurable():
    m = demo_melding(TODAY)
    m.last_contact = "2026-11-01"
    m.receiver.date = "2026-11-26"
    assert flow.currency_notice(m, TODAY, threshold_days=10)
    assert not flow.currency_notice(m, TODAY, threshold_days=90)


@pytest.mark.parametrize("melding_day,due", [
    ("2026-11-04", date(2026, 11, 14)),  # scenario A
    ("2026-01-25", date(2026, 2, 4)),  # across a month end
    ("2028-02-25", date(2028, 3, 6)),  # across a leap day
    ("2026-12-28", date(2027, 1, 7)),  # across a year end
])
@pytest.mark.handbook("4.ontvanger.3")
def test_decision_due_ten_days_after_the_melding(melding_day, due):
    m = Melding()
    m.receiver.date = melding_day
    assert flow.decision_due(m) == due


@pytest.mark.handbook("4.ontvanger.2")
def test_oral_melding_opens_a_follow_up_for_the_written_rendering():
    m = demo_melding(TODAY)
    kinds = [k for k, _due, _note in flow.followups(m)]
    assert kinds[:2] == ["decision", "rendering"]
    m.receiver.channel = "schriftelijk"
    assert "rendering" not in [k for k, _d, _n in flow.followups(m)]


@pytest.mark.handbook("4.melder.3", "7.melder.1", "7.melder.2", "7.melder.3", "7.melder.4",
                      "7.melder.5")
def test_step7_items_all_present_in_dossier_entry():
    m = demo_melding(TODAY)
    entry = flow.dossier_entry(m, {"name": "S. de Vries", "discipline": "GZ-psycholoog",
                                   "phone": "030"}, TODAY)
    refs = [item["ref"] for item in entry["items"]]
    assert refs == [f"7.melder.{i}" for i in range(1, 7)]
    assert all(item["text"].strip() for item in entry["items"])
    assert entry["melder"]["name"] == "S. de Vries"
    texts = {i["ref"]: i["text"] for i in entry["items"]}
    assert "toestemming geweigerd" in texts["7.melder.3"]
    assert "ondanks haar bezwaren" in texts["7.melder.4"]
    assert "Veilig Thuis Utrecht" in texts["7.melder.5"]


@pytest.mark.handbook("7.melder.1")
def test_missing_step7_item_blocks_unless_marked_not_applicable():
    m = demo_melding(TODAY)
    m.content = ""
    problems = flow.check_page("summary", m, TODAY)
    assert [p.ref for p in problems if p.blocking] == ["7.melder.1"]
    m.not_applicable["7.melder.1"] = "inhoud staat in de feiten"
    assert flow.check_page("summary", m, TODAY) == []


@pytest.mark.handbook("fn3")
def test_raad_as_receiver_shows_footnote_3():
    m = demo_melding(TODAY)
    m.receiver.org_type = "raad"
    refs = [p.ref for p in flow.check_page("receiver", m, TODAY)]
    assert "fn3" in refs


def test_templates_fill_from_the_case_and_leave_visible_blanks():
    m = demo_melding(TODAY)
    text = fill("melding.content", m, today=TODAY)
    # Veilig Thuis must find the family: the client's full name, each child's name with the
    # age its date of birth gives; after the first mention the template says 'mijn cliënte'
    # (the client's recorded role is 'moeder').
    assert "van mijn cliënte, Yvonne Visser." in text
    assert "Amira Visser (4 jaar) en Ruben Visser (7 jaar)" in text
    # What the client was told and the receiver are the letter's to say (issue 12).
    assert "verteld" not in text and "toestemming" not in text
    # Without a full name the label stands in (no doubled period); an older draft's age stays.
    m.people.client_name = ""
    m.children = [Child(name="A.", age="4")]
    text = fill("melding.content", m, today=TODAY)
    assert "over het kind A. (4 jaar) van mijn cliënte, Y.\n" in text
    empty = fill("melding.content", Melding())
    assert BLANK in empty


@pytest.mark.parametrize("make", [demo_melding, demo_request, demo_overleg, demo_ander_doel])
def test_every_record_round_trips_through_json(make):
    record = make(TODAY)
    again = type(record).from_dict(json.loads(json.dumps(record.to_dict())))
    assert again == record  # nested parts come back as their dataclasses, not as dicts


def test_draft_round_trips_through_json():
    m = demo_melding(TODAY)
    assert Melding.from_dict(m.to_dict()) == m
    assert Melding.from_dict({"unknown": 1, "facts": [{"what": "x", "extra": 2}]}).facts[0].what \
        == "x"
