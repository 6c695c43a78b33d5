"""`deelwijzer demo --cases N`: a dossier as twenty years of use leave it, made through the
service layer; it opens, verifies, holds the designed mix, is searchable by the names it varies,
and shows none of them on disk."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from app import cli
from app.demo import demo_ander_doel, demo_melding, demo_overleg, demo_request
from app.demo_bulk import (
    FINISHED_SHARE,
    KIND_SHARES,
    SEED,
    _exact_counts,
    build_case,
    plan_cases,
    surname_uses,
)
from app.demo_vary import COLLEAGUES, RARE_SURNAMES, SURNAMES, family
from app.vault import keys
from app.vault.dossier import Dossier
from tests.conftest import FAST_KDF, all_bytes_under

N = 200
PASS = "twintig jaar ‘casussen’; één dossier"


@pytest.fixture(scope="module")
def bulk(tmp_path_factory):
    """One 200-case demo for the module, made by the command line as a user would."""
    root = tmp_path_factory.mktemp("bulk")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keys, "DEFAULT_KDF", FAST_KDF)
        mp.setenv("XDG_DATA_HOME", str(root / "xdg-data"))
        mp.setenv("XDG_CONFIG_HOME", str(root / "xdg-config"))
        mp.setenv("DEELWIJZER_PASSPHRASE", PASS)
        (root / "day").write_text(date.today().isoformat())  # the end of its twenty years
        assert cli.main(["demo", "--out", str(root / "out"), "--cases", str(N)]) == 0
    return root


def db_of(root: Path) -> Path:
    return root / "out" / "demo.db"


def plans(root: Path):
    """The plans the demo was made from."""
    return plan_cases(N, SEED, date.fromisoformat((root / "day").read_text()))


def test_bulk_demo_opens_and_verifies(bulk, monkeypatch, capsys):
    monkeypatch.setenv("DEELWIJZER_PASSPHRASE", PASS)
    assert cli.main(["verify", "--db", str(db_of(bulk))]) == 0
    assert f"in orde: {N} casus" in capsys.readouterr().out
    assert sorted(p.name for p in (bulk / "out").iterdir() if p.suffix == ".pdf") == []


def test_kinds_statuses_and_finishing_are_as_designed(bulk):
    kinds = _exact_counts(N, KIND_SHARES)
    assert kinds["melding"] + kinds["informatieverzoek"] >= 0.75 * N  # mostly these two
    with Dossier.open(db_of(bulk), PASS) as d:
        assert d.cases.count() == N
        assert {k: d.cases.count(kind=k) for k in kinds} == kinds
        finished = round(N * FINISHED_SHARE)
        assert d.cases.count(status="afgerond") == finished
        assert d.cases.count(status="concept") == N - finished
        rows = d.db.execute("SELECT id, status, data FROM cases ORDER BY id").fetchall()
        entries = Counter(r[0] for r in d.db.execute("SELECT case_id FROM dossier_entries"))
        followups = d.db.execute("SELECT case_id, done_at FROM followups").fetchall()
        contacts = d.db.execute("SELECT count(*) FROM contacts").fetchone()[0]
        reads = d.db.execute("SELECT count(*) FROM access_log WHERE action = 'read'").fetchone()
    # Every finished case has its step-7 entry, no draft has one; follow-ups belong to
    # finished cases, some registered with a result, some still open; some contacts.
    assert {i for i, status, _ in rows if status == "afgerond"} == set(entries)
    assert set(entries.values()) == {1}
    assert {case for case, _done in followups} <= set(entries)
    done = sum(1 for _case, when in followups if when)
    assert 0 < done < len(followups)
    assert contacts > 0 and reads[0] > N
    # Spread over twenty years: the first case is about 20 years before the last.
    days = sorted(p.day for p in plans(bulk))
    assert (days[-1] - days[0]).days > 19 * 365


def test_no_name_of_the_demo_begins_another():
    """A search is by prefix: 'Groen' would also find 'Groeneveld'."""
    assert not {*SURNAMES, *RARE_SURNAMES} & set(COLLEAGUES)  # a family is no professional
    names = {n.lower() for n in (*SURNAMES, *RARE_SURNAMES, *COLLEAGUES)}
    assert [(a, b) for a in names for b in names if a != b and b.startswith(a)] == []


def test_search_finds_a_varied_name_in_only_the_cases_that_have_it(bulk):
    uses = {name: {number + 1 for number in numbers}  # case ids follow the plan
            for name, numbers in surname_uses(plans(bulk)).items() if name in SURNAMES}
    name = min((s for s, ids in uses.items() if len(ids) >= 3 and len(s) >= 7 and s.isalpha()),
               key=lambda s: (len(uses[s]), s))
    with Dossier.open(db_of(bulk), PASS) as d:
        found = {s.id for s in d.cases.summaries(0, N, text=name)}
        assert d.cases.count(text=name) == len(found)
    assert found == uses[name], name
    assert 3 <= len(found) < N / 10


def test_no_client_name_in_plaintext_on_disk(bulk):
    names = {n for plan in plans(bulk) for n in family(SEED, plan.family).full_names()}
    assert len(names) > 100
    needles = [n.encode(enc) for n in names for enc in ("utf-8", "utf-16-le")]
    files = all_bytes_under(bulk)
    assert db_of(bulk) in files and len(files) >= 4  # the dossier, envelope, log head, anchor
    leaks = [(p.name, needle) for p, data in files.items() for needle in needles
             if needle in data]
    assert leaks == []
    with Dossier.open(db_of(bulk), PASS) as d:  # and they are in it: the check looked for
        clients = [family(SEED, p.family).client(p.kind) for p in plans(bulk)[:20]]
        assert all(d.cases.count(text=name) for name in clients)  # what was really written


def test_the_same_seed_gives_the_same_cases():
    end = date(2026, 11, 29)
    first, again = plan_cases(40, SEED, end), plan_cases(40, SEED, end)
    assert first == again
    assert plan_cases(40, SEED + 1, end) != first
    for plan in first[:8]:
        one, two = build_case((plan, SEED, end)), build_case((plan, SEED, end))
        assert (one.finishing, one.results, one.contacts) == (
            two.finishing, two.results, two.contacts)
        if one.finishing is None:
            assert one.data == two.data and one.page == two.page


def test_every_person_of_the_scenarios_is_varied():
    """The variations swap the scenarios' names by their text: a name added to a scenario
    (app/demo.py) and not to the swap would stand in every case."""
    end = date(2026, 11, 29)
    scenarios = {"melding": demo_melding, "informatieverzoek": demo_request,
                 "overleg": demo_overleg, "ander_doel": demo_ander_doel}
    for plan in plan_cases(40, SEED, end):
        built = build_case((plan, SEED, end))
        data = built.data.to_dict() if built.finishing is None else built.finishing.data
        text = json.dumps(data, ensure_ascii=False)
        scenario = scenarios[plan.kind](plan.day)
        p = scenario.people
        people = [p.client_name, *(x.name for x in (*p.parents, *p.household, *p.network)),
                  *(x.name for x in p.professionals), *(c.name for c in scenario.children)]
        own = family(SEED, plan.family).full_names()  # the family may be called so too
        assert [n for n in people if n and n in text and n not in own] == [], plan


@pytest.mark.parametrize("value", ["0", "-3", "tien", "2.5", ""])
def test_cases_must_be_a_whole_number_of_one_or_more(value, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DEELWIJZER_PASSPHRASE", PASS)
    assert cli.main(["demo", "--out", str(tmp_path / "out"), "--cases", value]) == 2
    assert "geheel getal van 1 of meer" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_an_existing_demo_dossier_is_never_overwritten(bulk, monkeypatch, capsys):
    before = db_of(bulk).read_bytes()
    monkeypatch.setenv("DEELWIJZER_PASSPHRASE", PASS)
    assert cli.main(["demo", "--out", str(bulk / "out"), "--cases", "5"]) == 1
    assert "Er staat al een dossier op deze plek" in capsys.readouterr().err
    assert db_of(bulk).read_bytes() == before
