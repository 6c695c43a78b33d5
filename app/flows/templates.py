"""Example phrasing as templates, filled from the case where the app knows the answer."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from app.checks.dates import DateError, format_nl, parse_date
from app.content.handbook import handbook
from app.content.i18n import _
from app.content.resources import load_json
from app.flows.people import age_on, client_name

BLANK = "[ … ]"


@dataclass(frozen=True)
class Template:
    id: str
    example: str  # handbook id it is modelled on
    field: str
    label: str
    text: str


@cache
def templates() -> dict[str, Template]:
    """Validated once: every template names a known handbook piece."""
    hb = handbook()
    result = {}
    for raw in load_json("templates.json")["templates"]:
        t = Template(raw["id"], raw["example"], raw["field"], raw["label"], raw["text"])
        hb.get(t.example)  # KeyError on a dangling reference
        result[t.id] = t
    return result


def _age(child: Any, today: date) -> str:
    """The child's age in years: from the date of birth when known, else as a draft made
    before dates of birth were asked recorded it."""
    try:
        born = parse_date(child.birth_date) if child.birth_date.strip() else None
    except DateError:
        born = None
    if born is not None and born <= today:
        return str(age_on(born, today))
    return child.age.strip()


def _children_phrase(m: Any, today: date) -> tuple[str, str, str, str]:
    named = [c for c in m.children if c.name.strip() or _age(c, today)]
    if not named:
        return "", "", "", ""
    parts = []
    for c in named:
        age = _("{age} jaar", age=_age(c, today)) if _age(c, today) else ""
        parts.append(f"{c.name.strip()} ({age})" if c.name.strip() and age else
                     c.name.strip() or age)
    if len(parts) == 1:
        return _("het kind {who}", who=parts[0]), _("het"), _("het"), _("bevindt")
    joined = ", ".join(parts[:-1]) + _(" en ") + parts[-1]
    return _("de minderjarige kinderen {who}", who=joined), _("hen"), _("zij"), _("bevinden")


def values(m: Any, profile: dict[str, Any] | None = None,
           today: date | None = None) -> dict[str, str]:
    """What the app can fill in from a Melding or an Informatieverzoek; '' becomes a blank.

    The client is named as documents name them: the full name when recorded, else the label
    (`client_name`); a template names the client once and says 'mijn cliënt' after that."""
    profile = profile or {}
    children, pronoun, subject, verb = _children_phrase(m, today or date.today())
    facts = []
    for f in getattr(m, "facts", []):
        if not f.what.strip():
            continue
        when = f" ({f.when.strip()})" if f.when.strip() else ""
        if f.observed_by_clinician:
            facts.append(_("Ik heb zelf waargenomen: {what}{when}.", what=f.what.rstrip("."),
                           when=when))
        else:
            facts.append(_("Volgens {source}: {what}{when}.", source=f.source or BLANK,
                           what=f.what.rstrip("."), when=when))
    o = m.openness
    reaction = ""
    if o.client_reaction.strip():
        reaction = _("Reactie van mijn cliënt: {r}", r=o.client_reaction.strip())
    receiver = getattr(m, "receiver", None)
    request = getattr(m, "request", None)
    org = receiver.org_name if receiver else request.org_name if request else ""
    return {
        "client": client_name(m),
        "client_role": m.client_role.strip(),
        "children": children,
        "children_pronoun": pronoun,
        "children_pronoun_subject": subject,
        "children_verb": verb,
        "informed_on": format_nl(o.informed_on),
        "org": org.strip(),
        "contact_person": receiver.contact_person.strip() if receiver else
        request.name.strip() if request else "",
        "melding_date": format_nl(receiver.date) if receiver else "",
        "why": request.why.strip() if request else "",
        "info_type": request.info_type.strip() if request else "",
        "last_contact": format_nl(m.last_contact),
        "facts": "\n".join(facts),
        "reaction": reaction,
        "limits": getattr(m, "limits", "").strip(),
        "clinician": str(profile.get("name", "")),
    }


def fill(template_id: str, m: Any, profile: dict[str, Any] | None = None,
         today: date | None = None) -> str:
    """The template text with case values; unknown values become visible blanks. Ages are
    reckoned on `today` (the wizard's day; the system's date when not given)."""
    t = templates()[template_id]
    known = values(m, profile, today)
    out = []
    for literal, name, _spec, _conv in string.Formatter().parse(t.text):
        out.append(literal)
        if name is None:
            continue
        value = known.get(name, "")
        out.append(value if value else BLANK)
    # "cliënt, Y.." — a pseudonym ending in a period before a sentence end.
    return re.sub(r"(?<!\.)\.\.(?!\.)", ".", "".join(out)).strip()


def for_page(ids: tuple[str, ...]) -> list[Template]:
    return [templates()[i] for i in ids]
