"""Pieces every flow shares: who the case is about (client page) and currency (step 2)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.checks.dates import format_nl, from_iso
from app.checks.problems import WARNING, Problem, check_past_date, require_text
from app.content.i18n import _
from app.content.organisations import default_settings
from app.content.trace import serves
from app.flows.people import NOTHING_MORE, check_people, client_name, display_label


@dataclass(frozen=True)
class PageSpec:
    """One wizard page: which handbook items it implements, and what the panel shows."""

    id: str
    title: str
    subtitle: str
    refs: tuple[str, ...]
    law: tuple[str, ...] = ()
    templates: tuple[str, ...] = ()


def check_client(m: Any, today: date, need: str = NOTHING_MORE) -> list[Problem]:
    """The Betrokkenen page: a label or name for the client, at least one child, the
    clinician's relation (footnote 1), and what this flow's receiver needs (`people.py`)."""
    problems = [] if display_label(m) else [Problem("client_pseudonym", _(
        "Vul de naam van de cliënt in, of een label (bijvoorbeeld initialen) voor de lijst."),
        "7.melder.1")]
    if not any(c.name.strip() or c.age.strip() or c.birth_date.strip() for c in m.children):
        problems.append(Problem("children", _(
            "Noem ten minste één kind om wie het gaat (naam en geboortedatum)."),
            "4.melder.1"))
    problems += require_text(m.relation, "relation",
                             _("Beschrijf uw relatie tot de cliënt en de kinderen."), "fn1")
    return problems + check_people(m, today, need)


def case_org_type(data: Any) -> str:
    """The type of the case's receiver, requester or counterpart ('veilig_thuis', 'raad')."""
    for part in ("receiver", "request", "counterpart"):
        who = getattr(data, part, None)
        if who is not None:
            return str(getattr(who, "org_type", ""))
    return ""


def page_law(spec: PageSpec, data: Any) -> tuple[str, ...]:
    """The law notes the handbook panel shows on a page for this case: a note about one kind
    of organisation (Veilig Thuis's five working days) only when the case is with that kind."""
    from app.content.organisations import law_notes

    kind = case_org_type(data)
    return tuple(ref for ref in spec.law if law_notes()[ref].applies(kind))


def currency_threshold_days(profile: dict[str, Any] | None = None) -> int:
    """The practice's threshold (from its settings), else the shipped default."""
    try:
        value = int((profile or {}).get("currency_threshold_days") or 0)
    except (TypeError, ValueError):
        value = 0
    return value if 1 <= value <= 3650 else default_settings()["currency_threshold_days"]


def case_threshold(m: Any) -> int:
    """The threshold recorded on the case (0 means: the shipped default)."""
    days = int(getattr(m, "currency_days", 0) or 0)
    return days if days > 0 else currency_threshold_days()


def currency_notice_for(last_contact: str, reference: date,
                        threshold_days: int | None = None) -> str:
    """Step 2: the notice a document must carry when the last contact is old; '' if current."""
    last = from_iso(last_contact) if last_contact else None
    if last is None:
        return ""
    threshold = currency_threshold_days() if threshold_days is None else threshold_days
    if (reference - last).days <= threshold:
        return ""
    return _(
        "Let op: deze informatie is niet actueel. Mijn laatste behandelcontact met de cliënt "
        "was op "
        "{date}. Ik kan daarom geen uitspraak doen over de huidige situatie.",
        date=format_nl(last),
    )


def check_last_contact(last_contact: str, reference: date, today: date,
                       threshold_days: int | None = None) -> list[Problem]:
    problems = check_past_date(last_contact, "last_contact", today, required=True,
                               what=_("de datum van het laatste contact"), ref="2.1")
    if not problems:
        notice = currency_notice_for(last_contact, reference, threshold_days)
        if notice:
            problems.append(Problem("last_contact", notice, "2.2", WARNING))
    return problems


Step7Row = tuple[str, bool, str]  # handbook id, recorded?, how


def with_not_applicable(rows: list[Step7Row], not_applicable: dict[str, str]) -> list[Step7Row]:
    """A missing step-7 item counts as recorded when it is marked n.v.t. with a reason."""
    result = []
    for ref, ok, how in rows:
        reason = not_applicable.get(ref, "").strip()
        result.append((ref, True, _("Niet van toepassing: {reason}", reason=reason))
                      if not ok and reason else (ref, ok, how))
    return result


def step7_problems(rows: list[Step7Row], flow: str) -> list[Problem]:
    """One blocking finding per step-7 item that is neither recorded nor reasoned away, the
    item named as the page lists it (the handbook's own text is Dutch only)."""
    from app.content.handbook import handbook
    from app.flows.step7 import item_label

    def named(ref: str) -> str:
        label = item_label({"ref": ref, "label": handbook().text(ref)}, flow)
        return label[:1].lower() + label[1:]

    return [Problem("step7." + ref, _(
        "Nog niet vastgelegd: {item}. Vul dit aan, of markeer het als niet van toepassing met "
        "een reden.", item=named(ref)), ref)
        for ref, ok, _how in rows if not ok]


def first_blocked(checks: dict[str, Any], data: Any, today: date) -> str | None:
    """The first page (in order) with a blocking finding, or None when the flow can finish."""
    for page_id, check in checks.items():
        if any(p.blocking for p in check(data, today)):
            return page_id
    return None


def findings_in(texts: list[tuple[str, str]], set_aside: list[Any],
                names: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """Judgement findings in the case's texts, each with the reason it was set aside, if so.

    `names` are receivers named in the case (the address book's), masked like the defaults."""
    from app.checks.judgement import check

    found = [{"where": where, "rule": f.rule, "frame": f.frame, "text": f.text, "ref": f.ref}
             for where, text in texts for f in check(text, names)]
    return mark_set_aside(found, set_aside)


def mark_set_aside(found: list[dict[str, Any]], set_aside: list[Any]) -> list[dict[str, Any]]:
    """Add the clinician's reason to each finding they set aside (matched on field and text)."""
    reasons = {(a.where, a.text): a.reason for a in set_aside}
    for item in found:
        reason = reasons.get((item["where"], item["text"]))
        if reason:
            item["set_aside"] = reason
        else:
            item.pop("set_aside", None)
    return found


def set_finding_aside(record: Any, where: str, text: str, reason: str) -> None:
    """Record why the clinician sets a finding aside; an empty reason is refused."""
    from app.model import SetAside

    if not reason.strip():
        raise ValueError(_("Geef een korte reden op; de bevinding blijft dan openstaan."))
    record.set_aside = [a for a in record.set_aside if (a.where, a.text) != (where, text)]
    record.set_aside.append(SetAside(where, text, reason.strip()))


def restore_finding(record: Any, where: str, text: str) -> None:
    """Undo a set-aside: the finding is open again."""
    record.set_aside = [a for a in record.set_aside if (a.where, a.text) != (where, text)]


def judgement_problems(text: str, field: str) -> list[Problem]:
    """Judgement findings in a free-text field as non-blocking problems beside it."""
    from app.checks.judgement import check

    return [Problem(field, f"{f.title}: ‘{f.text}’. {f.explanation} {f.suggestion}", f.ref,
                    WARNING) for f in check(text)]


def page_of(pages: tuple[PageSpec, ...], page_id: str) -> PageSpec:
    return next(p for p in pages if p.id == page_id)


def entry_items(texts: dict[str, str], not_applicable: dict[str, str]) -> list[dict[str, str]]:
    """Step-7 items for a dossier entry: handbook label and text; an empty item marked n.v.t.
    carries its reason."""
    from app.content.handbook import handbook

    hb = handbook()
    items = []
    for ref, text in texts.items():
        reason = not_applicable.get(ref, "").strip()
        if not text.strip() and reason:
            text = _("Niet van toepassing: {reason}", reason=reason)
        items.append({"ref": ref, "label": hb.text(ref), "text": text})
    return items


def client_label(record: Any) -> str:
    """The client as documents name them: full name (else the label), role in brackets."""
    name, role = client_name(record), record.client_role.strip()
    return f"{name} ({role})".strip() if role else name


def children_label(record: Any, today: date) -> str:
    """The children as documents list them: name and date of birth (or age), by semicolons.
    `today` is the document's (or the wizard's) date, for the ages."""
    from app.flows.people import born_text

    day = today

    def one(c: Any) -> str:
        born = born_text(c.birth_date, day) if c.birth_date else ""
        return ", ".join(x for x in (c.name, born or (_("{age} jaar", age=c.age) if c.age
                                                        else "")) if x)

    return "; ".join(x for x in (one(c) for c in record.children) if x)


@serves("7.instelling.4")
def person(profile: dict[str, Any]) -> dict[str, str]:
    """Name, function and contact of the melder or informant (7.instelling.4)."""
    return {"name": str(profile.get("name", "")), "function": str(profile.get("discipline", "")),
            "contact": ", ".join(str(x) for x in (profile.get("phone", ""),
                                                  profile.get("email", "")) if x)}
