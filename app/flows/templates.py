"""Example phrasing as templates, rendered from what the case holds.

A template is chosen and filled from the record: the flow, the openness choice (informed or
not, consent, deviation for safety), the client's role (and so the pronouns), the receiver with
its article, what the clinician already wrote about seeing the children. What the app cannot
know stays a visible placeholder in square brackets, which the placeholder check
(`app.checks.placeholders`) stops from leaving the practice. The syntax is described in
`resources/templates.json`.

A template never composes what a letter prints from the record itself: the facts, the limits,
a recorded concern, and whether the client was told and consented. The letters say that in one
place (`app.documents.prose.position`); a template that said it too would put it in the letter
twice (issue 12).
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from app.checks.dates import DateError, format_nl, parse_date
from app.content.handbook import handbook
from app.content.i18n import _, in_source_language
from app.content.resources import load_json
from app.flows.people import age_on, client_name
from app.flows.wording import gender_of_role, lower_first, pronouns, sentence, with_article

BLANK = "[ … ]"
# The placeholders composed here rather than in templates.json ({words} are filled in).
PROMPTS = {
    "worry": "[de gevolgen voor {them}]",
    "seen": "[zelf nooit gezien]",
    "client": "[cliënt]",  # the overleg's composed opening statement, without a label
}
# What the melding text's template composed before it left the client's position to the letter
# (issue 12): a draft made then may still hold one, also inside a quotation, so the placeholder
# check keeps knowing them.
FORMER_PROMPTS = (
    "[Weet {mine} van de melding, en wat vindt {he} ervan?]",
    "[Waarom niet, en waarom ik toch meld?]",
    "[Gaf {mine} toestemming voor de melding?]",
    "[de gevolgen voor {self} en voor {them}]",
)
CONDITIONS = ("flow", "openness", "consent", "ots")


@dataclass(frozen=True)
class Variant:
    when: tuple[tuple[str, tuple[Any, ...]], ...]  # condition → accepted values
    text: str


@dataclass(frozen=True)
class Template:
    id: str
    example: str  # handbook id it is modelled on
    field: str
    label: str
    variants: tuple[Variant, ...]
    applies: tuple[tuple[str, tuple[Any, ...]], ...] = ()


def _conditions(raw: dict[str, Any] | None, where: str) -> tuple[tuple[str, tuple[Any, ...]], ...]:
    result = []
    for key, value in (raw or {}).items():
        if key not in CONDITIONS:
            raise ValueError(f"templates.json: {where}: unknown condition {key!r}")
        result.append((key, tuple(value) if isinstance(value, list) else (value,)))
    return tuple(result)


@cache
def templates() -> dict[str, Template]:
    """Validated once: every template names a known handbook piece, every condition is known,
    and the last variant matches any case (so that a template always renders)."""
    hb = handbook()
    result = {}
    for raw in load_json("templates.json")["templates"]:
        where = raw["id"]
        raw_variants = raw.get("variants") or [{"text": raw["text"]}]
        variants = tuple(Variant(_conditions(v.get("when"), where), v["text"])
                         for v in raw_variants)
        if variants[-1].when:
            raise ValueError(f"templates.json: {where}: the last variant needs no 'when'")
        t = Template(raw["id"], raw["example"], raw["field"], raw["label"], variants,
                     _conditions(raw.get("applies"), where))
        hb.get(t.example)  # KeyError on a dangling reference
        result[t.id] = t
    return result


# --- what the case says ------------------------------------------------------------------------


def flow_kind(m: Any) -> str:
    from app.model import AnderDoel, Informatieverzoek, Melding, Overleg

    for cls, kind in ((Melding, "melding"), (Informatieverzoek, "informatieverzoek"),
                      (Overleg, "overleg"), (AnderDoel, "ander_doel")):
        if isinstance(m, cls):
            return kind
    return ""


def openness_state(o: Any) -> str:
    if o.deviates:
        return "deviates"
    if o.client_informed is True:
        return "informed"
    if o.client_informed is False:
        return "not_informed"
    return "unknown"


def state(m: Any) -> dict[str, Any]:
    """The case's values for the template conditions."""
    request = getattr(m, "request", None)
    return {"flow": flow_kind(m), "openness": openness_state(m.openness),
            "consent": m.openness.consent,
            "ots": bool(request is not None and request.org_type == "gi"
                        and request.supervision_order is True)}


def _matches(when: tuple[tuple[str, tuple[Any, ...]], ...], now: dict[str, Any]) -> bool:
    return all(now.get(key) in accepted for key, accepted in when)


def variant(template_id: str, m: Any) -> Variant:
    now = state(m)
    return next(v for v in templates()[template_id].variants if _matches(v.when, now))


def applies(template_id: str, m: Any) -> bool:
    """Whether the template's own conditions hold for the case (a deviation template only when
    the clinician deviates from openness; the OTS template only during an OTS)."""
    return _matches(templates()[template_id].applies, state(m))


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


def _children(m: Any, today: date) -> tuple[str, bool]:
    """'het kind Anouk (4 jaar)' or 'de minderjarige kinderen A (4 jaar) en R (7 jaar)', and
    whether it is more than one ('' when no child is named)."""
    named = [c for c in m.children if c.name.strip() or _age(c, today)]
    parts = []
    for c in named:
        age = _("{age} jaar", age=_age(c, today)) if _age(c, today) else ""
        parts.append(f"{c.name.strip()} ({age})" if c.name.strip() and age else
                     c.name.strip() or age)
    if not parts:
        return "", len(m.children) != 1
    if len(parts) == 1:
        return _("het kind {who}", who=parts[0]), False
    joined = ", ".join(parts[:-1]) + _(" en ") + parts[-1]
    return _("de minderjarige kinderen {who}", who=joined), True


_SEEING = re.compile(r"\b(gezien|zie|ziet|zag|zagen|ontmoet|gesproken|spreek|sprak|ken|kende|"
                     r"gekend|zien)\b", re.IGNORECASE)
_NOT = re.compile(r"\b(nooit|niet|geen)\b", re.IGNORECASE)
_CHILD_WORDS = ("kind", "kinderen", "dochter", "dochters", "zoon", "zoons", "zonen",
                "dochtertje", "zoontje", "baby", "tweeling")


def seen_children(text: str, m: Any) -> bool | None:
    """What `text` says about the clinician seeing the children: True (seen), False (never
    seen), None (it says nothing about it). A sentence counts when it has a verb of seeing or
    knowing and names the children (a child word, or a child's first name)."""
    names = {w.casefold() for c in m.children for w in c.name.split()[:1] if len(w) > 1}
    words = set(_CHILD_WORDS) | names
    said: bool | None = None
    for part in re.split(r"(?<=[.;!?])\s+|\n", text):
        tokens = {t.casefold() for t in re.findall(r"\w+", part)}
        if _SEEING.search(part) and tokens & words:
            said = not _NOT.search(part)
    return said


def _seen_sentences(m: Any, the_children: str, situation: str) -> tuple[str, str]:
    """For the relation template and the limits template: what each adds about seeing the
    children, given what the other field already says (and nothing when its own field says
    it already, so that an inserted template never contradicts the clinician)."""
    in_relation = seen_children(m.relation, m)
    in_limits = seen_children(getattr(m, "limits", ""), m)
    known = in_relation if in_relation is not None else in_limits
    if in_relation is not None:
        relation = ""
    elif known is False:
        relation = " " + _("Ik heb {them} nooit gezien.", them=the_children)
    elif known is True:
        relation = ""
    else:
        relation = " " + _("Ik heb {them} {seen}.", them=the_children, seen=_(PROMPTS["seen"]))
    cannot = _("kan dus ook geen uitspraak doen over de feitelijke situatie waarin {situation}.",
               situation=situation)
    if in_limits is not None:
        limits = "."
    elif known is False:
        limits = _("; ik heb {them} nooit gezien en {cannot}", them=the_children, cannot=cannot)
    elif known is True:
        limits = _(", en kan geen uitspraak doen over de feitelijke situatie waarin "
                   "{situation}.", situation=situation)
    else:
        limits = _("; ik heb {them} {seen} en {cannot}", them=the_children,
                   seen=_(PROMPTS["seen"]), cannot=cannot)
    return relation, limits


def _worry(concern: str, the_children: str) -> str:
    """'Ik maak me ernstige zorgen over [de gevolgen voor de kinderen].' while the record holds
    no concern; nothing once it does, because the letter then prints the concern itself
    ('Mijn zorg.') and the melding would say it twice."""
    if concern.strip():
        return ""
    return _("Ik maak me ernstige zorgen over {what}.",
             what=_(PROMPTS["worry"], them=the_children))


def _org_and_contact(m: Any) -> tuple[str, str]:
    for part in ("receiver", "request", "counterpart"):
        holder = getattr(m, part, None)
        if holder is not None:
            person = getattr(holder, "contact_person", None) or getattr(holder, "name", None) \
                or getattr(holder, "person", "")
            return holder.org_name.strip(), str(person).strip()
    return "", ""


def exchange(kind: str, org: str) -> str:
    """How a template names this flow's exchange: 'de melding', 'dit overleg', …"""
    if kind == "informatieverzoek":
        return _("het verzoek van {org} en mijn antwoord", org=org) if org else \
            _("het verzoek en mijn antwoord")
    if kind == "overleg":
        return _("dit overleg")
    if kind == "ander_doel":
        return _("het gebruik van de informatie voor een ander doel")
    return _("de melding")


def values(m: Any, profile: dict[str, Any] | None = None,
           today: date | None = None) -> dict[str, str]:
    """What the app can fill in from a case of any flow; '' becomes a placeholder.

    The client is named as documents name them: the full name when recorded, else the label
    (`client_name`); a template names the client once and says 'mijn cliënt(e)' after that."""
    profile = profile or {}
    day = today or date.today()
    children, plural = _children(m, day)
    the_children = _("de kinderen") if plural else _("het kind")
    situation = _("zij zich bevinden") if plural else _("het kind zich bevindt")
    w = pronouns(gender_of_role(m.client_role))
    own = any(f.observed_by_clinician and f.what.strip() for f in getattr(m, "facts", []))
    o = m.openness
    org_name, contact = _org_and_contact(m)
    org = with_article(org_name)
    request = getattr(m, "request", None)
    keep = tuple(word for c in m.children for word in c.name.split()) + tuple(
        client_name(m).split())
    relation_seen, limits_seen = _seen_sentences(m, the_children, situation)
    name = client_name(m)
    role = m.client_role.strip()
    return {
        **w,
        "client": name,
        "client_role": role,
        "client_with_role": f"{name} ({role})" if name and role else name,
        "children": children,
        "de_kinderen": the_children,
        "informed_on": format_nl(o.informed_on),
        "org": org,
        "contact_person": contact,
        "contact_with": _("{who} van {org}", who=contact, org=org) if contact and org
        else org or contact,
        "melding_date": format_nl(m.receiver.date) if hasattr(m, "receiver") else "",
        "why": sentence(lower_first(request.why.strip(), keep)) if request else "",
        "info_type": sentence(lower_first(request.info_type.strip(), keep)) if request else "",
        "last_contact": format_nl(m.last_contact) if hasattr(m, "last_contact") else "",
        "own_observation": _(" en op wat ik zelf waarnam") if own else "",
        "seen_sentence": relation_seen,
        "limits_seen": limits_seen,
        "worry": _worry(getattr(m, "concern", ""), the_children),
        "exchange": exchange(flow_kind(m), org),
        "clinician": str(profile.get("name", "")),
    }


def render(text: str, known: dict[str, str]) -> str:
    """A template text with the case's values; see `resources/templates.json`."""
    out = []
    for literal, name, _spec, _conv in string.Formatter().parse(text):
        out.append(literal)
        if name is None:
            continue
        optional = name.startswith("?")
        key, _bar, prompt = name.lstrip("?").partition("|")
        value = known.get(key, "")
        if value:
            out.append(value)
        elif not optional:
            out.append(f"[{prompt}]" if prompt else BLANK)
    joined = "".join(out)
    # "cliënt, Y.." — a pseudonym ending in a period before a sentence end.
    joined = re.sub(r"(?<!\.)\.\.(?!\.)", ".", joined)
    lines = [line.rstrip() for line in joined.split("\n")]
    return "\n".join(line for line in lines if line.strip()).strip()


@in_source_language()  # templates are Dutch wording, whatever the interface speaks
def fill(template_id: str, m: Any, profile: dict[str, Any] | None = None,
         today: date | None = None) -> str:
    """The template's wording for this case, with its values; unknown values become visible
    placeholders. Ages are reckoned on `today` (the wizard's day; the system's date if not
    given)."""
    return render(variant(template_id, m).text, values(m, profile, today))


def for_page(ids: tuple[str, ...]) -> list[Template]:
    return [templates()[i] for i in ids]


@cache
@in_source_language()  # the placeholders the Dutch templates leave
def known_placeholders() -> tuple[re.Pattern[str], ...]:
    """Every placeholder a template can leave, as a pattern ({tokens} inside it match any
    words): the placeholder check finds these everywhere, also inside a quotation."""
    from app.checks.placeholders import bracketed

    texts = [v.text for t in templates().values() for v in t.variants]
    texts += [_(p) for p in (*PROMPTS.values(), *FORMER_PROMPTS)]
    found = {p for text in texts for p in bracketed(text)}
    found |= {f"[{name.partition('|')[2]}]" for text in texts
              for _l, name, _s, _c in string.Formatter().parse(text)
              if name and "|" in name}
    patterns = []
    for p in sorted(found):
        inner = " ".join(p[1:-1].split()).casefold()
        pieces = re.split(r"\{[^{}]*\}", inner)
        patterns.append(re.compile(r"\s*" + r".+?".join(re.escape(x) for x in pieces) + r"\s*"))
    return tuple(patterns)
