"""One fact's checks, shared by the melding's facts and the facts under an answer: who observed
it (6.1, no default), its source, the purpose it was given for (3.1), and whether the last
contact the case names can be right beside the dates the clinician observed (2.1)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from app.checks.dates import (
    MONTHS,
    DateError,
    format_nl,
    from_iso,
    looks_like_date,
    parse_date,
)
from app.checks.problems import WARNING, Problem, check_when, require_text
from app.checks.sources import hearsay
from app.content.i18n import _


def check_fact(fact: Any, path: str, today: date, ref: str) -> list[Problem]:
    """What, when, who observed it (the clinician chooses), the source of what someone else
    observed, and what was given for another purpose. `ref` is the item the fact serves
    (4.melder.1 in a melding, 6.1 under an answer)."""
    problems = require_text(fact.what, path + ".what", _("Beschrijf wat er is gebeurd.")
                            if ref != "6.1" else _("Beschrijf het feit."), ref)
    problems += check_when(fact.when, path + ".when", today, ref)
    if fact.observed_by_clinician is None:
        problems.append(Problem(path + ".observed_by_clinician", _(
            "Geef aan wie dit waarnam: uzelf, of een ander (dan met de bron)."), "6.1"))
    elif fact.observed_by_clinician is False:
        problems += require_text(fact.source, path + ".source", _(
            "Dit feit hebt u niet zelf waargenomen: vermeld de bron."), "6.1")
        problems += check_purpose(fact, path)
    else:
        for finding in hearsay(fact.what)[:1]:
            problems.append(Problem(path + ".what", finding.explanation, "6.1", WARNING))
    return problems


def check_purpose(fact: Any, path: str) -> list[Problem]:
    """3.1: what another institution gave for another purpose is used only for that purpose;
    to use it here, the clinician first asks the one who gave it, who decides (3.2)."""
    purpose = fact.received_for.strip()
    if not purpose:
        return []
    source = fact.source.strip() or _("wie het u gaf")
    return [Problem(path + ".received_for", _(
        "Dit kreeg u van {source} voor een ander doel ({purpose}). Gebruik het alleen voor dat "
        "doel (3.1). Is het hier toch nodig, overleg dan eerst met {source}: die neemt contact "
        "op met zijn cliënt en beslist (3.2). Leg dat vast met ‘Verzoek ander doel’, of laat "
        "dit feit weg.", source=source, purpose=purpose), "3.1", WARNING)]


_IN_WORDS = re.compile(r"^\s*(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})\s*$",
                       re.IGNORECASE)


def _day_of(when: str) -> date | None:
    """A fact's 'when' as a day: '14-10-2026', ISO, or '14 oktober 2026'; else None (a
    period in words, or an impossible date, which the fact's own check explains)."""
    try:
        if looks_like_date(when):
            return parse_date(when)
        m = _IN_WORDS.match(when)
        if m:
            return date(int(m.group(3)), MONTHS.index(m.group(2).lower()) + 1, int(m.group(1)))
    except (DateError, ValueError):
        return None
    return None


def own_dates(facts: list[tuple[str, Any]]) -> list[tuple[str, date]]:
    """(label, day) of each fact the clinician observed on a given day."""
    days = []
    for label, fact in facts:
        day = _day_of(fact.when) if fact.observed_by_clinician is True else None
        if day is not None:
            days.append((label, day))
    return days


def after_last_contact(last_contact: str, facts: list[tuple[str, Any]], openness: Any,
                       field: str = "last_contact") -> list[Problem]:
    """2.1: a last contact earlier than a fact the clinician observed, or than the day the
    client was told, cannot both be right; said beside the last contact, not blocking (a
    telephone call to tell the client may be no treatment contact)."""
    try:
        last = from_iso(last_contact) if last_contact else None
    except ValueError:
        return []  # the date check says what is wrong
    if last is None:
        return []
    problems = [Problem(field, _(
        "U nam {fact} zelf waar op {day}, na het laatste contact dat u hier noteert ({last}). "
        "Pas de datum van het laatste contact aan, of die van het feit.", fact=label,
        day=format_nl(day), last=format_nl(last)), "2.1", WARNING)
        for label, day in own_dates(facts) if day > last]
    informed = None
    if openness is not None and openness.client_informed and not openness.deviates:
        try:
            informed = from_iso(openness.informed_on) if openness.informed_on else None
        except ValueError:
            informed = None
    if informed is not None and informed > last:
        problems.append(Problem(field, _(
            "U informeerde de cliënt op {day}, na het laatste contact dat u hier noteert "
            "({last}). Berust uw informatie ook op dat gesprek, pas dan de datum van het "
            "laatste contact aan.", day=format_nl(informed), last=format_nl(last)), "2.1",
            WARNING))
    return problems
