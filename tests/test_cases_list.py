"""The cases list at practice scale: 10,000 cases, search in SQL, filters, deadlines, retention."""

from __future__ import annotations

import json
import random
from datetime import date

import pytest

from PySide6.QtCore import QModelIndex

from app.flows.retention import retention_until
from app.vault.dossier import Dossier
from app.vault.search import index_case
from ui.cases_model import PAGE, CasesModel

ORGS = ["Veilig Thuis Utrecht", "Veilig Thuis Gelderland-Zuid", "Raad voor de Kinderbescherming",
        "Samen Veilig Midden-Nederland", "William Schrikker Stichting"]


def fill(dossier: Dossier, n: int = 10_000, seed: int = 7) -> dict[str, set[int]]:
    """n cases in one transaction; returns which ids carry which searchable marker."""
    rng = random.Random(seed)
    expect: dict[str, set[int]] = {"bosman": set(), "utrecht": set(), "zwemles": set(),
                                   "concept_request": set()}
    with dossier.transaction() as db:
        for i in range(n):
            kind = "melding" if i % 3 else "informatieverzoek"
            status = "concept" if i % 5 == 0 else "afgerond"
            org = ORGS[i % len(ORGS)]
            pseudonym = f"{chr(65 + i % 26)}.{i}"
            text = "Cliënte vertelt over de school."
            if rng.random() < 0.01:
                text += " Zij noemt de zwemles van haar dochter."
            contact = "mw. J. Bosman" if i % 97 == 0 else "dhr. K. de Wit"
            data = {"client_pseudonym": pseudonym, "content": text,
                    "receiver": {"org_name": org, "contact_person": contact}}
            cur = db.execute(
                "INSERT INTO cases (kind, status, client_pseudonym, receiver, created_at,"
                " updated_at, data) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (kind, status, pseudonym, org, f"2026-01-01T00:00:{i % 60:02d}",
                 f"2026-{1 + i % 12:02d}-01T00:00:00", json.dumps(data, ensure_ascii=False)))
            case_id = int(cur.lastrowid)
            index_case(db, case_id, pseudonym, org, data)
            if "Bosman" in contact:
                expect["bosman"].add(case_id)
            if "Utrecht" in org:
                expect["utrecht"].add(case_id)
            if "zwemles" in text:
                expect["zwemles"].add(case_id)
            if kind == "informatieverzoek" and status == "concept":
                expect["concept_request"].add(case_id)
    return expect


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    from app.vault import keys
    keys_default, keys.DEFAULT_KDF = keys.DEFAULT_KDF, keys.KdfParams(1, 8, 1)
    path = tmp_path_factory.mktemp("big") / "dossier.db"
    dossier = Dossier.create(path, "tienduizend casussen")
    expect = fill(dossier)
    keys.DEFAULT_KDF = keys_default
    yield dossier, expect
    dossier.close()


def ids(dossier: Dossier, **filters) -> set[int]:
    total = dossier.cases.count(**filters)
    rows = dossier.cases.summaries(0, total + 1, **filters)
    assert len(rows) == total
    return {r.id for r in rows}


def test_search_finds_exactly_the_matching_cases_among_10000(big):
    dossier, expect = big
    assert dossier.cases.count() == 10_000
    assert ids(dossier, text="Bosman") == expect["bosman"]
    assert ids(dossier, text="bos") == expect["bosman"]  # prefix, as one types
    assert ids(dossier, text="veilig utrecht") == expect["utrecht"]
    assert ids(dossier, text="zwemles") == expect["zwemles"]
    assert ids(dossier, text="clientE vertelt school") == ids(dossier)  # diacritics, case
    assert ids(dossier, text="geenenkeletreffer") == set()


def test_filters_by_kind_and_status(big):
    dossier, expect = big
    assert ids(dossier, kind="informatieverzoek", status="concept") == expect["concept_request"]
    assert dossier.cases.count(kind="melding") + dossier.cases.count(
        kind="informatieverzoek") == 10_000


def test_search_text_with_fts_syntax_is_taken_literally(big):
    dossier, _expect = big
    for text in ['"', "AND OR NOT", "a*", "(", "NEAR(", "cliënt:"]:
        dossier.cases.count(text=text)  # never an FTS syntax error


def test_model_loads_pages_on_demand_and_follows_the_search(qtbot, big):
    dossier, expect = big
    model = CasesModel(dossier, today=date(2026, 11, 29))
    assert model.rowCount() == PAGE  # only the first page is read
    assert model.total() == 10_000
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE
    model.set_filter("bosman")
    assert model.total() == len(expect["bosman"])
    shown = {model.case_id(r) for r in range(model.rowCount())}
    assert shown == expect["bosman"]


def test_main_window_search_as_you_type(qtbot, big):
    from ui.main_window import MainWindow
    dossier, expect = big
    window = MainWindow(dossier, today=date(2026, 11, 29))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # The window opens ready to search: the search field, not a toolbar button, has focus.
    qtbot.waitUntil(lambda: window.focusWidget() is window.search, timeout=3000)
    qtbot.keyClicks(window.search, "zwemles")
    qtbot.waitUntil(lambda: window.model.total() == len(expect["zwemles"]), timeout=3000)
    assert "casus" in window.count_label.text()
    window.close()


@pytest.mark.parametrize("changed,until", [
    ("2026-11-29T10:00:00+00:00", date(2046, 11, 29)),
    ("2028-02-29T10:00:00+00:00", date(2048, 2, 29)),
    ("2024-02-29T10:00:00+00:00", date(2044, 2, 29)),
    ("2027-02-28T10:00:00+00:00", date(2047, 2, 28)),
])
def test_wgbo_retention_is_twenty_years_from_the_last_change(changed, until):
    assert retention_until(changed) == until


def test_retention_on_a_leap_day_that_does_not_recur():
    assert retention_until("2096-02-29T00:00:00") == date(2116, 2, 29)
    assert retention_until("2080-02-29T00:00:00") == date(2100, 2, 28)  # 2100 is no leap year


def test_follow_up_completion_moves_the_deadline_and_the_last_change(db_path):
    with Dossier.create(db_path, "x") as d:
        case_id = d.cases.create("melding", {}, "Y.")
        d.cases.finish(case_id, {}, client_pseudonym="Y.", receiver="VT", entry_kind="melding",
                       entry={"items": []}, followups=[("decision", "2026-11-14", "a"),
                                                       ("rendering", "2026-11-20", "b"),
                                                       ("outcome", None, "c")])
        assert d.cases.summaries()[0].due_date == "2026-11-14"
        decision = d.followups.of_case(case_id)[0]
        before = d.cases.get(case_id).updated_at
        d.followups.complete(decision.id, "2026-11-12", {"investigate": True})
        assert d.cases.summaries()[0].due_date == "2026-11-20"
        assert d.followups.result(decision.id) == {"investigate": True}
        assert d.cases.get(case_id).updated_at >= before
        assert [x.item for x in d.cases.deadlines()] == ["rendering"]
        d.contacts.add(case_id, "2026-11-15", "contact", "Gebeld met mw. Bosman.")
        assert d.contacts.of_case(case_id)[0]["text"] == "Gebeld met mw. Bosman."
        assert d.cases.count(text="bosman") == 1  # contacts are searchable too


def test_the_list_shows_names_or_labels_as_the_practice_chooses(qtbot, db_path):
    """The label ('Y.') for a screen others can see, or the full name; a case without a
    recorded name shows its label either way. The choice is the profile's, made in the app."""
    from app import service
    from app.demo import DEMO_PROFILE, demo_melding
    from ui.main_window import MainWindow

    with Dossier.create(db_path, "x") as dossier:
        dossier.set_profile(DEMO_PROFILE)
        m = demo_melding(date(2026, 11, 29))
        named = dossier.cases.create("melding", m.to_dict())
        service.save_draft(dossier, named, m, "client")
        old = dossier.cases.create("melding", {"client_pseudonym": "K."}, "K.")
        window = MainWindow(dossier, today=date(2026, 11, 29))
        qtbot.addWidget(window)

        def shown() -> dict[int, str]:
            model = window.model
            return {model.case_id(r): model.data(model.index(r, 0))
                    for r in range(model.rowCount())}

        assert shown() == {named: "Y.", old: "K."}  # the shipped default: labels
        dossier.set_profile({**DEMO_PROFILE, "case_list_label": "name"})
        window._apply_list_label()
        assert shown() == {named: "Yvonne Visser", old: "K."}
        window.close()


def test_typed_search_runs_off_the_gui_thread_and_drops_answers_typed_over(qtbot, big,
                                                                          monkeypatch):
    """Each keystroke's query runs on the model's own reader, on a worker thread; the answer
    to text typed over since is never shown, and the first page comes before the count."""
    import threading

    from app.vault.reader import Reader

    dossier, expect = big
    threads: set[int] = set()
    real = Reader.summaries

    def spy(self, *args, **kwargs):
        threads.add(threading.get_ident())
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Reader, "summaries", spy)
    model = CasesModel(dossier, today=date(2026, 11, 29), background=True)
    shown: list[set[int]] = []
    model.searched.connect(lambda: shown.append(
        {model.case_id(r) for r in range(model.rowCount())}))
    model.search("zwemles")
    model.search("bosman")  # typed over before the first answer came
    qtbot.waitUntil(lambda: not model.searching and model.total() is not None, timeout=5000)
    qtbot.wait(100)  # room for a late answer to the first keystroke, which must not show
    assert shown == [expect["bosman"]]
    assert model.total() == len(expect["bosman"])
    assert threads and threading.get_ident() not in threads
    model.clear()


def test_a_search_matching_most_cases_shows_its_first_page_before_the_count(qtbot, big):
    from ui.main_window import MainWindow

    dossier, _expect = big
    window = MainWindow(dossier, today=date(2026, 11, 29))
    qtbot.addWidget(window)
    labels: list[tuple[str, str]] = []
    # Connected after the window's own slot: what the label says as the first page shows.
    window.model.searched.connect(lambda: labels.append(
        (window.count_label.text(), window.count_label.accessibleName())))
    window.search.setText("c")  # one letter: every case ('Cliënte')
    window.apply_filter()
    qtbot.waitUntil(lambda: bool(labels), timeout=5000)
    assert labels == [("200+ casussen", "meer dan 200 casussen")]  # read out in words
    assert window.model.rowCount() == PAGE and window.model.canFetchMore(QModelIndex())
    qtbot.waitUntil(lambda: window.count_label.text() == "10000 casus(sen)", timeout=5000)
    window.model.fetchMore(QModelIndex())  # scrolling on: in date order, as before
    dates = [window.model._rows[r].updated_at for r in range(window.model.rowCount())]
    assert window.model.rowCount() == 2 * PAGE and dates == sorted(dates, reverse=True)
    window.close()


SLOW = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c)"
        " SELECT count(*) FROM (SELECT x FROM c LIMIT 300000000)")


def test_a_query_typed_over_is_stopped_and_the_next_one_is_not(big):
    """Issue 16: the count of a search typed over held up the next keystroke's page on the
    one worker; `Reader.interrupt` stops it, and an interrupt with nothing running (or one
    that arrives as the next query starts) stops nothing."""
    import threading
    import time

    from app.vault.reader import Interrupted

    dossier, _expect = big
    reader = dossier.reader()
    outcome: list[object] = []

    def slow() -> None:
        try:
            outcome.append(reader._run(lambda db: db.execute(SLOW).fetchone()))
        except Interrupted as exc:
            outcome.append(exc)

    worker = threading.Thread(target=slow)
    started = time.perf_counter()
    worker.start()
    time.sleep(0.3)
    reader.interrupt()
    worker.join(timeout=30)
    assert isinstance(outcome[0], Interrupted) and time.perf_counter() - started < 10
    reader.interrupt()  # idle: a no-op
    assert reader.count(text="") == 10_000
    assert len(reader.summaries(0, 5)) == 5


def test_the_list_and_detail_divider_stays_put_from_one_kind_of_case_to_the_next(qtbot,
                                                                                db_path):
    """The detail's button row names the case's document ('Melding-PDF maken…',
    'Informatieverstrekking-PDF maken…'); its width moved the divider by ~70 px when arrowing
    down the list (an outside walk). Each kind, finished, and a concept."""
    from app import service
    from app.demo import DEMO_PROFILE, demo_ander_doel, demo_melding, demo_overleg, demo_request
    from ui.main_window import MainWindow

    day = date(2026, 11, 29)
    with Dossier.create(db_path, "x") as dossier:
        dossier.set_profile(DEMO_PROFILE)
        for kind, make in (("melding", demo_melding), ("informatieverzoek", demo_request),
                           ("overleg", demo_overleg), ("ander_doel", demo_ander_doel)):
            record = make(day)
            case_id = dossier.cases.create(kind, record.to_dict(), record.client_pseudonym)
            service.finish(dossier, case_id, record, day)
        dossier.cases.create("melding", {"client_pseudonym": "K."}, "K.")  # a concept
        window = MainWindow(dossier, today=day)
        qtbot.addWidget(window)
        window.resize(1000, 700)  # narrow enough for the detail's minimum width to count
        window.show()
        qtbot.waitExposed(window)
        splitter = window.splitters[0]
        seen = set()
        for row in range(window.model.rowCount()):
            window.table.selectRow(row)
            qtbot.wait(20)
            seen.add(tuple(splitter.sizes()))
        assert window.model.rowCount() == 5
        assert len(seen) == 1, seen
        window.close()
