"""Measuring the judgement check on labelled sentences: precision, recall, 95 % intervals and
which mechanism found or missed what. Shared by the test suite and `make bench`'s report.

Why Wilson intervals: with 100 sentences a side, 0.95 could be anything from ~0.89 to ~0.98;
a figure without its interval invites tuning towards noise.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Item:
    text: str
    judging: bool
    category: str


def load(name: str) -> list[Item]:
    """A corpus file: {'items': [{text, label, category}]} or {'judging': [], 'factual': []}."""
    raw = json.loads((DATA / name).read_text(encoding="utf-8"))
    if "items" in raw:
        return [Item(i["text"], i["label"] == "judging", i.get("category", ""))
                for i in raw["items"]]
    return ([Item(t, True, "") for t in raw["judging"]]
            + [Item(t, False, "") for t in raw["factual"]])


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95 % Wilson score interval for k successes out of n."""
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


@dataclass
class Score:
    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    found_by: Counter[str] = field(default_factory=Counter)  # frame of true positives
    false_by: Counter[str] = field(default_factory=Counter)  # frame of false alarms
    missed: list[Item] = field(default_factory=list)
    false_alarms: list[tuple[Item, list[str]]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def summary(self) -> str:
        p_lo, p_hi = wilson(self.tp, self.tp + self.fp)
        r_lo, r_hi = wilson(self.tp, self.tp + self.fn)
        return (f"{self.name}: precision {self.precision:.3f} [{p_lo:.2f}–{p_hi:.2f}], "
                f"recall {self.recall:.3f} [{r_lo:.2f}–{r_hi:.2f}] "
                f"({self.tp + self.fn} judging, {self.fp + self.tn} factual)")

    def details(self) -> str:
        missed_by = Counter(i.category or "?" for i in self.missed)
        lines = [self.summary(),
                 "  found by frame: " + ", ".join(
                     f"{k} {v}" for k, v in self.found_by.most_common()),
                 "  false alarms by frame: " + (", ".join(
                     f"{k} {v}" for k, v in self.false_by.most_common()) or "none"),
                 "  missed by category: " + (", ".join(
                     f"{k} {v}" for k, v in missed_by.most_common()) or "none")]
        return "\n".join(lines)


def score(name: str, items: list[Item], frames_of: Callable[[str], list[str]]) -> Score:
    """`frames_of(text)` gives the frames of the findings in a sentence (empty: nothing found)."""
    result = Score(name)
    for item in items:
        frames = frames_of(item.text)
        if item.judging and frames:
            result.tp += 1
            result.found_by[frames[0]] += 1
        elif item.judging:
            result.fn += 1
            result.missed.append(item)
        elif frames:
            result.fp += 1
            result.false_by.update(set(frames))
            result.false_alarms.append((item, frames))
        else:
            result.tn += 1
    return result


def template_texts(cases: list[object], profile: dict[str, str]) -> list[tuple[str, str]]:
    """Every template each flow offers, filled for its demo case as it is, and for the demo
    case in each openness state and with each client role (what changes a template's words;
    see tests/template_cases.py)."""
    from app.flows.templates import fill
    from tests.template_cases import OPENNESS, ROLES, Combo, build, offered

    out = []
    for case in cases:
        from app.flows.registry import flow_for

        flow = flow_for(case).kind
        variants = [(type(case).__name__, case)]
        variants += [(str(c), build(c)) for c in (
            Combo(flow, openness, role, "veilig_thuis" if flow != "informatieverzoek" else "raad",
                  "silent") for openness in OPENNESS for role in ROLES)]
        for name, record in variants:
            out += [(f"template {t} ({name})", fill(t, record, profile))
                    for _page, t in offered(flow)]
    return out


def no_false_alarm_texts() -> list[tuple[str, str]]:
    """(where, text) that must produce no finding: the handbook's example passages (1b, 2, 3,
    4 and the 'Maar zo' examples of 5 and 6), every template filled for every demo case, and
    every free text of the demo cases."""
    import dataclasses
    from datetime import date

    from app import demo
    from app.content.handbook import handbook
    hb = handbook()
    out: list[tuple[str, str]] = []
    for step in ("1b", "2", "3", "4"):
        out += [(e.id, e.text) for e in hb.examples(step)]
    for step in ("5", "6"):
        out += [(e.id, e.text) for e in hb.examples(step, "maar_zo")]
    today = date(2026, 12, 1)
    cases = [demo.demo_melding(today), demo.demo_request(today), demo.demo_overleg(today),
             demo.demo_ander_doel(today)]
    profile = {"name": "drs. A. de Vries"}
    out += template_texts(cases, profile)

    from app.model import Attachment, Child, People, Person, Professional

    # Who the people are (names, dates of birth, addresses, schools) and code values such as
    # an organisation type are data fields, not the clinician's prose: the check never reads
    # them, so they are not texts the check must stay silent on.
    records = (People, Person, Professional, Child, Attachment)

    def strings(obj: object, where: str) -> None:
        if isinstance(obj, str):
            if obj.strip() and not where.endswith(".org_type"):
                out.append((where, obj))
        elif isinstance(obj, records):
            return
        elif dataclasses.is_dataclass(obj):
            for f in dataclasses.fields(obj):
                strings(getattr(obj, f.name), f"{where}.{f.name}")
        elif isinstance(obj, (list, tuple)):
            for i, item in enumerate(obj):
                strings(item, f"{where}.{i}")

    for case in cases:
        strings(case, type(case).__name__)
    # A requester's question is kept as received: the demo request asks one judging question
    # on purpose (5.5), so that the check can show it; it is not the clinician's text.
    seen: set[str] = set()  # a text the demo repeats (the same family in two cases) counts once
    kept = []
    for where, text in out:
        if not where.endswith(".question") and text not in seen:
            seen.add(text)
            kept.append((where, text))
    return kept
