"""`deelwijzer demo --cases N`: a dossier as twenty years of a practice would leave it.

Made through the same service layer and repositories as the wizards and the main window: each
case is created as a new, empty case, then saved as a draft on some page or finished with its
step-7 entry and follow-ups; some follow-ups come back with a result, some cases get further
contacts, and opening a case is logged. So the search index, the JSON, the access log and the
file's page count are what real use leaves. The texts are the demo's scenarios, varied per case
(`app/demo_vary.py`), spread over twenty years; mostly meldingen and informatieverzoeken, about
four in five finished. Seeded: the same N, seed and end date give the same cases. No PDFs.

Speed: composing a finished case (its checks and entry, `service.prepare_finish`) runs in worker
processes while this process stores; and the repositories' own transactions are joined, a
batch of cases at a time (`_Batched`), so that a batch is committed — synchronously, with the
log's head and anchor — once instead of for every step.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from app import service
from app.demo import DEMO_PROFILE, melding_letter_day
from app.demo_vary import VARIANTS, contacts_for, family, result_values, words_for
from app.errors import DossierExists
from app.flows import followup
from app.flows.registry import FLOWS, flow_of
from app.vault.access_log import log_head_path
from app.vault.dossier import Dossier
from app.vault.lock import lock_path
from app.vault.paths import envelope_path
from app.vault.sql import Connection

SEED = 2006  # twenty years back from 2026
YEARS = 20
# The four kinds in the proportions of a practice: mostly meldingen and informatieverzoeken.
KIND_SHARES = {"melding": 45, "informatieverzoek": 35, "overleg": 12, "ander_doel": 8}
FINISHED_SHARE = 0.8  # the rest are drafts
RECURRING_SHARE = 0.12  # cases about a family that had an earlier case
BATCH = 100  # cases per transaction
CHUNK = 16  # cases per hand-over from a worker process


@dataclass(frozen=True)
class CasePlan:
    """What case `number` will be: its kind, whether it is finished, its day, its family."""

    number: int  # 0-based, in order of the day (case ids follow it)
    kind: str
    finished: bool
    day: date
    family: int


def _exact_counts(n: int, shares: Mapping[str, float]) -> dict[str, int]:
    """`n` split by `shares`, rounded so that the parts add up to `n` (largest remainder)."""
    total = sum(shares.values())
    exact = {k: n * v / total for k, v in shares.items()}
    counts = {k: int(v) for k, v in exact.items()}
    for k in sorted(exact, key=lambda k: counts[k] - exact[k])[:n - sum(counts.values())]:
        counts[k] += 1
    return counts


def plan_cases(n: int, seed: int = SEED, end: date | None = None) -> list[CasePlan]:
    """The N cases: kinds and finished/draft in exactly the designed proportions (shuffled),
    days spread over the twenty years before `end`, some families coming back."""
    end = end or date.today()
    rng = random.Random(f"deelwijzer-demo/{seed}/plan")
    kinds = [k for k, c in _exact_counts(n, KIND_SHARES).items() for _ in range(c)]
    finished = [True] * round(n * FINISHED_SHARE) + [False] * (n - round(n * FINISHED_SHARE))
    rng.shuffle(kinds)
    rng.shuffle(finished)
    span = YEARS * 365 + YEARS // 4
    days = sorted(end - timedelta(days=rng.randint(1, span)) for _ in range(n))
    plans: list[CasePlan] = []
    for i, day in enumerate(days):
        own = not i or rng.random() >= RECURRING_SHARE
        plans.append(CasePlan(i, kinds[i], finished[i], day,
                              i if own else plans[rng.randrange(i)].family))
    return plans


def surname_uses(plans: list[CasePlan], seed: int = SEED) -> dict[str, set[int]]:
    """Each family surname, with the plan numbers of the cases that name it (case id - 1):
    what a search for it must find (the tests), or a rare word to search for (the bench)."""
    uses: dict[str, set[int]] = {}
    for plan in plans:
        for surname in family(seed, plan.family).surnames():
            uses.setdefault(surname, set()).add(plan.number)
    return uses


@dataclass
class BuiltCase:
    """One case composed, ready to be stored (made in a worker process, stored here)."""

    kind: str
    data: Any  # a draft's record (a finished case's data is in `finishing`)
    page: str  # the page a draft was left on
    finishing: service.Finishing | None
    results: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    contacts: list[tuple[str, str, str]] = field(default_factory=list)
    reads: int = 0  # how often the case was opened (each logged)


def finished_on(plan: CasePlan) -> date:
    """A melding is confirmed in writing the working day after it was made (as the demo does);
    the other kinds are finished on their day."""
    return melding_letter_day(plan.day) if plan.kind == "melding" else plan.day


# When a follow-up comes back, in days after finishing: (soonest, latest).
RESULT_DAYS = {"decision": (5, 12), "rendering": (3, 10), "answer_rendering": (5, 14)}


def build_case(task: tuple[CasePlan, int, date]) -> BuiltCase:
    """Compose case `plan` of the demo with `seed` as it stands on `end` (in a worker)."""
    plan, seed, end = task
    rng = random.Random(f"deelwijzer-demo/{seed}/case/{plan.number}")
    words = words_for(family(seed, plan.family), plan.day, rng)
    data = VARIANTS[plan.kind](words, plan.day, rng)
    if not plan.finished:
        page, data = _draft(plan.kind, data, rng)
        return BuiltCase(plan.kind, data, page, None, reads=rng.randint(0, 2))
    day = finished_on(plan)
    finishing = service.prepare_finish(data, DEMO_PROFILE, day)
    results = []
    for kind, due, _note in finishing.followups:
        soonest, latest = RESULT_DAYS.get(kind, (20, 120))
        done = day + timedelta(days=rng.randint(soonest, latest))
        # Dated follow-ups are mostly registered; the outcome often never comes.
        if done <= end and rng.random() < (0.75 if due else 0.35):
            values = result_values(kind, words, done, rng)
            if followup.check_result(kind, values, end):
                raise ValueError(f"demo follow-up {kind} incomplete")  # a bug in demo_vary
            results.append((kind, done.isoformat(), followup.normalise(kind, values)))
    return BuiltCase(plan.kind, None, "", finishing, results,
                     contacts_for(plan.kind, words, day, end, rng), rng.randint(1, 3))


def _draft(kind: str, data: Any, rng: random.Random) -> tuple[str, Any]:
    """The case as a draft left on some page from Betrokkenen on: the texts of the pages
    after it are not written yet."""
    rules = flow_of(kind).rules
    pages = [p.id for p in rules.PAGES]
    first = pages.index("client")  # names are there from the first page on (the search test)
    at = rng.randrange(first, len(pages) - 1)
    later = {path for page in pages[at + 1:] for path, _label, _text in
             rules.page_texts(page, data)}
    record = data.to_dict()
    for path in later:
        *parents, last = path.split(".")
        node = record
        for key in parents:
            node = node[int(key)] if isinstance(node, list) else node[key]
        node[last] = ""
    return pages[at], type(data).from_dict(record)


def default_workers() -> int:
    """Worker processes beside this one, which stores: one per further core, at most three.
    None (0) in a frozen build: its entry point has no multiprocessing support."""
    if getattr(sys, "frozen", False):
        return 0
    return max(1, min(3, (os.cpu_count() or 2) - 1))


@contextmanager
def _builder(workers: int) -> Iterator[Callable[[list[Any]], Iterator[list[BuiltCase]]]]:
    """Build the cases batch by batch, in order: in `workers` processes (spawned, so they
    inherit no open dossier and no key), the next batch while this process stores the one
    before (no more ahead: ten thousand built cases waiting would be hundreds of MB); or
    here, when 0."""
    def batches(tasks: list[Any]) -> Iterator[list[BuiltCase]]:
        for first in range(0, len(tasks), BATCH):
            yield [build_case(task) for task in tasks[first:first + BATCH]]

    if workers <= 0:
        yield batches
        return
    with multiprocessing.get_context("spawn").Pool(workers) as pool:

        def ahead(tasks: list[Any]) -> Iterator[list[BuiltCase]]:
            parts = [tasks[first:first + BATCH] for first in range(0, len(tasks), BATCH)]
            pending = pool.map_async(build_case, parts[0], chunksize=CHUNK) if parts else None
            for number in range(len(parts)):
                assert pending is not None
                built = pending.get()
                if number + 1 < len(parts):
                    pending = pool.map_async(build_case, parts[number + 1], chunksize=CHUNK)
                yield built

        yield ahead


class _Batched(Dossier):
    """The dossier with its repositories' transactions joined, a batch of cases at a time.

    Each repository call is its own transaction, committed synchronously with the log's head
    and anchor written after it; for ten thousand cases that alone took minutes. In a batch
    the calls run inside one transaction: it commits once, and a failure anywhere in it rolls
    the whole batch back (nothing is half-written, as with the calls' own transactions)."""

    _joined = False

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        if self._joined:
            yield self.db  # part of the batch's transaction
            return
        with super().transaction() as db:
            yield db

    @contextmanager
    def batch(self) -> Iterator[None]:
        """One transaction for every repository call inside."""
        with super().transaction():
            self._joined = True
            try:
                yield
            finally:
                self._joined = False


def _store_batch(dossier: Dossier, batch: list[BuiltCase],
                 empty: dict[str, dict[str, Any]]) -> list[int]:
    """As the app does: each case new, then its draft or its finish; then, as they come in
    later, the follow-ups' results and the further contacts, and who opened which case.

    Step by step across the batch, not case by case: in real use a result comes weeks after
    the finish, with other cases in between. (It also keeps the search index's writes in
    order of case: FTS5 writes its pending entries out whenever a case's entry is replaced
    right after being written, which case by case meant a write-out on every step.)"""
    ids = [dossier.cases.create(built.kind, empty[built.kind]) for built in batch]
    waiting: dict[int, list[Any]] = {}
    for case_id, built in zip(ids, batch, strict=True):
        if built.finishing is None:
            service.save_draft(dossier, case_id, built.data, built.page)
        else:
            service.store_finished(dossier, case_id, built.finishing)
            if built.results:
                waiting[case_id] = dossier.followups.of_case(case_id)
    for step in range(max((len(b.results) for b in batch), default=0)):
        for case_id, built in zip(ids, batch, strict=True):
            if step < len(built.results):
                kind, done_on, result = built.results[step]
                item = next(f for f in waiting[case_id] if f.kind == kind)
                waiting[case_id].remove(item)
                dossier.followups.complete(item.id, done_on, result)
    for step in range(max((len(b.contacts) for b in batch), default=0)):
        for case_id, built in zip(ids, batch, strict=True):
            if step < len(built.contacts):
                dossier.contacts.add(case_id, *built.contacts[step])
    for case_id, built in zip(ids, batch, strict=True):
        for _ in range(built.reads):
            dossier.log.add("read", case_id)
    return ids


@dataclass(frozen=True)
class BulkDemo:
    """What was made: the plans, each plan's case id, and how long it took."""

    path: Path
    seed: int
    end: date
    plans: list[CasePlan]
    case_ids: list[int]
    seconds: float


def make_bulk_demo(path: Path, passphrase: str, n: int, *, seed: int = SEED,
                   end: date | None = None, workers: int | None = None,
                   progress: Callable[[int, int], None] | None = None) -> BulkDemo:
    """An N-case demo dossier at `path` (refused when one is there). `progress(done, n)` after
    every batch. On any failure the half-made dossier is removed again."""
    if n < 1:
        raise ValueError(n)
    path = Path(path)
    if path.exists() or envelope_path(path).exists():
        raise DossierExists(str(path))
    start = time.perf_counter()
    end = end or date.today()
    plans = plan_cases(n, seed, end)
    empty = {kind: flow.new().to_dict() for kind, flow in FLOWS.items()}
    ids: list[int] = []
    with _builder(default_workers() if workers is None else workers) as build:
        made = _Batched.create(path, passphrase)  # after the workers start: they never see it
        assert isinstance(made, _Batched)
        try:
            made.set_profile(DEMO_PROFILE)
            for batch in build([(plan, seed, end) for plan in plans]):
                with made.batch():
                    ids += _store_batch(made, batch, empty)
                if progress is not None:
                    progress(len(ids), n)
        except BaseException:
            made.close()
            _remove(path)
            raise
        made.close()
    return BulkDemo(path, seed, end, plans, ids, time.perf_counter() - start)


def _remove(path: Path) -> None:
    """The files of a dossier this run made and could not finish."""
    for leftover in (path, envelope_path(path), log_head_path(path), lock_path(path),
                     Path(f"{path}-journal")):
        leftover.unlink(missing_ok=True)
