"""Every field a flow records reaches something a person reads: the flow's document (with the
part apart from a melding), the dossier entry as the case view shows it (its step-7 items,
Betrokkenen and extra rows), or the dossierverslag.

The model is walked recursively (app/model.py). Every free-text field gets a distinctive word
of its own, and that word must come out somewhere; every other field (a yes/no, a choice, a
date, a number) is changed, and what comes out must change. A field is tried in a few
scenarios, because the record decides what is shown (a deviation from openness shows its
grounds, consent shows the client's reaction). Fields that deliberately appear nowhere are
listed in NOWHERE, each with why.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any, get_args, get_origin, get_type_hints

import pytest

from app.demo import DEMO_PROFILE
from app.documents import dossierverslag
from app.documents.registry import flow_apart_pdf, flow_pdf
from app.flows.registry import FLOWS, flow_of
from app.model import SAFETY_GROUNDS, SetAside
from app.records import CaseHistory, CaseRecord, FollowUp
from tests.pdfcheck import flat, pdf_text

TODAY = date(2026, 11, 29)

# Fields that appear in no document, entry or verslag on purpose (class.field).
NOWHERE = {
    # The reasons the clinician set judgement findings aside: kept with the dossier entry for
    # the app (its findings list), never printed (tests/test_set_aside.py).
    "set_aside",
    # A reason for marking a step-7 item 'niet van toepassing'; shown in the item's place only
    # when that item is empty, which a fully filled record never is (tests of kit.entry_items).
    "not_applicable",
    # The practice's setting at the time (must this discipline ask advice first?): it decides
    # what the wizard demands, it is not something to tell anyone.
    "Advice.required",
    # The kind of receiver or counterpart, picked from a list: it pre-fills the organisation's
    # name, and the documents name the organisation by that recorded name (org_name).
    "Receiver.org_type", "Counterpart.org_type",
}
# Gezag is asked of parents only; the model shares Person with the household and network.
NOWHERE_PATHS = (("people", "household", "custody"), ("people", "network", "custody"))
# An overleg is a record, not a letter: the counterpart's postal address and reference are
# asked (and printed) only for the ander-doel letter.
NOWHERE_IN = {"overleg": (("counterpart", "address"), ("counterpart", "reference"))}

DATE_FIELDS = {"birth_date", "client_birth_date", "informed_on", "date", "last_contact",
               "received_on", "term", "answered_on", "original_date", "decided_on"}
CHOICES: dict[str, tuple[Any, ...]] = {
    "Receiver.org_type": ("veilig_thuis", "raad"),
    "Requester.org_type": ("gi", "raad", "veilig_thuis"),
    "Counterpart.org_type": ("veilig_thuis", "collega", "huisarts"),
    "Receiver.channel": ("mondeling", "schriftelijk"),
    "Requester.channel": ("mondeling", "schriftelijk"),
    "Overleg.channel": ("mondeling", "schriftelijk"),
    "Openness.consent": ("refused", "given", "not_asked"),
    "AnderDoel.direction": ("received", "own"),
    "AnderDoel.decision": ("agree", "partly", "refuse"),
}

Path = tuple[str | int, ...]


class Tokens:
    """A distinctive word per free-text field, and per date field a date of its own."""

    def __init__(self) -> None:
        self.n = 0

    def word(self) -> str:
        self.n += 1
        return f"Zq{self.n:03d}k"

    def day(self) -> str:
        self.n += 1
        return (TODAY - timedelta(days=20 + self.n)).isoformat()


def fill(obj: Any, tokens: Tokens) -> None:
    """Every field of a dataclass (recursively) filled: two items in every list."""
    hints = get_type_hints(type(obj))
    cls = type(obj).__name__
    for f in dataclasses.fields(obj):
        hint, key = hints[f.name], f"{cls}.{f.name}"
        inner = get_args(hint)[0] if get_origin(hint) is list else None
        if key in CHOICES:
            setattr(obj, f.name, CHOICES[key][0])
        elif dataclasses.is_dataclass(inner):
            items = [inner() for _ in range(2)]  # type: ignore[operator]
            for item in items:
                fill(item, tokens)
            setattr(obj, f.name, items)
        elif inner is str:  # safety_grounds
            setattr(obj, f.name, list(SAFETY_GROUNDS))
        elif dataclasses.is_dataclass(hint):
            fill(getattr(obj, f.name), tokens)
        elif hint is str:
            setattr(obj, f.name, tokens.day() if f.name in DATE_FIELDS else tokens.word())
        elif hint in (bool, bool | None):
            setattr(obj, f.name, True)
        elif hint is int:
            setattr(obj, f.name, 10)
        # dicts (not_applicable) stay empty


def leaves(obj: Any, path: Path = ()) -> Iterator[tuple[Path, str, Any, Any]]:
    """(path, 'Class.field', type hint, value) of every field that holds no dataclass."""
    hints = get_type_hints(type(obj))
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        key = f"{type(obj).__name__}.{f.name}"
        if isinstance(value, list) and value and dataclasses.is_dataclass(value[0]):
            for i, item in enumerate(value):
                yield from leaves(item, (*path, f.name, i))
        elif dataclasses.is_dataclass(value):
            yield from leaves(value, (*path, f.name))
        else:
            yield (*path, f.name), key, hints[f.name], value


def get(obj: Any, path: Path) -> Any:
    for step in path:
        obj = obj[step] if isinstance(step, int) else getattr(obj, step)
    return obj


def put(obj: Any, path: Path, value: Any) -> None:
    setattr(get(obj, path[:-1]), str(path[-1]), value)


def what_comes_out(kind: str, data: Any) -> str:
    """The document (and its part apart), the entry as the case view shows it, and the
    dossierverslag, as one text."""
    flow = flow_of(kind)
    texts = [pdf_text(flow_pdf(kind, data, DEMO_PROFILE, 1, TODAY))]
    apart = flow_apart_pdf(kind, data, DEMO_PROFILE, 1, TODAY)
    if apart is not None:
        texts.append(pdf_text(apart))
    entry = flow.rules.dossier_entry(data, DEMO_PROFILE, TODAY)
    texts += [f"{row['label']} {row['text']}" for row in
              [*entry["items"], *entry.get("people", []), *entry.get("extra", [])]]
    texts.append(entry.get("currency_notice", ""))
    stamp = f"{TODAY.isoformat()}T10:00:00+00:00"
    history = CaseHistory(
        record=CaseRecord(1, kind, "afgerond", data.client_pseudonym, stamp, stamp, "summary",
                          data.to_dict()),
        entries=[{**entry, "created_at": stamp}],
        followups=[FollowUp(i, 1, k, due, None, note)
                   for i, (k, due, note) in enumerate(flow.followups(data, TODAY), start=1)])
    texts.append(dossierverslag.as_text(dossierverslag.build(history, TODAY)))
    return flat(" ".join(texts))


# Scenarios: what the record must say for a field to be shown at all.
def informed(data: Any) -> None:
    """The client informed and refusing consent (so the reason to go ahead is asked); the
    facts told by others (so their sources are named)."""
    data.openness.deviates = False
    if hasattr(data, "currency_days"):  # a last contact 40 days before the exchange
        data.last_contact = (TODAY - timedelta(days=42)).isoformat()
        if hasattr(data, "receiver"):
            data.receiver.date = (TODAY - timedelta(days=2)).isoformat()
        else:
            data.answered_on = (TODAY - timedelta(days=2)).isoformat()
    for fact in [*getattr(data, "facts", []),
                 *(f for q in getattr(data, "questions", []) for f in q.facts)]:
        fact.observed_by_clinician = False


def deviating(data: Any) -> None:
    """No openness, for safety: the grounds and their explanation are shown instead."""
    data.openness.deviates = True


def ages_only(data: Any) -> None:
    """An old draft: ages instead of dates of birth, no address (so why none is known)."""
    informed(data)
    for child in data.children:
        child.birth_date = child.lives_with = ""
    data.people.client_address = ""


def own_request(data: Any) -> None:
    """Ander doel in direction 'own': the provider's answer and what it said of its contact
    with its client (3.2)."""
    informed(data)
    if hasattr(data, "direction"):
        data.direction = "own"


SCENARIOS: tuple[Callable[[Any], None], ...] = (informed, deviating, ages_only, own_request)


def alternatives(key: str, hint: Any, value: Any) -> list[Any]:
    if key in CHOICES:
        return [c for c in CHOICES[key] if c != value]
    if hint is bool:
        return [not value]
    if hint == bool | None:
        return [v for v in (False, None, True) if v is not value]
    if hint is int:
        return [value + 7, 1, 0, 365]
    if key.split(".")[1] in DATE_FIELDS:
        return [(date.fromisoformat(value) + timedelta(days=1)).isoformat()]
    if get_origin(hint) is list:  # safety_grounds
        return [list(SAFETY_GROUNDS[:1]), []]
    raise AssertionError(f"no alternative for {key}: {hint}")


def is_text(key: str, hint: Any) -> bool:
    return hint is str and key not in CHOICES and key.split(".")[1] not in DATE_FIELDS


@pytest.mark.parametrize("kind", sorted(FLOWS))
def test_every_recorded_field_reaches_a_document_the_entry_or_the_verslag(kind):
    flow = flow_of(kind)
    cases = []
    for scenario in SCENARIOS:
        data = flow.model()
        fill(data, Tokens())  # the same words in every scenario
        data.set_aside = [SetAside("x", "y", "z")]
        scenario(data)
        cases.append((data, what_comes_out(kind, data)))

    unseen = []
    for path, key, hint, _value in leaves(cases[0][0]):
        named = tuple(step for step in path if isinstance(step, str))
        if key in NOWHERE or key.split(".")[1] in NOWHERE or path[0] in NOWHERE \
                or named in NOWHERE_PATHS or named in NOWHERE_IN.get(kind, ()):
            continue
        if is_text(key, hint):
            if not any(get(data, path) and get(data, path) in out for data, out in cases):
                unseen.append(f"{'.'.join(map(str, path))} ({get(cases[0][0], path)!r})")
            continue
        seen = False
        for data, out in cases:
            for other in alternatives(key, hint, get(data, path)):
                changed = type(data).from_dict(data.to_dict())
                put(changed, path, other)
                if what_comes_out(kind, changed) != out:
                    seen = True
                    break
            if seen:
                break
        if not seen:
            unseen.append(f"{'.'.join(map(str, path))} (changing it changes nothing)")
    assert not unseen, f"{kind}: recorded but shown nowhere:\n" + "\n".join(unseen)
