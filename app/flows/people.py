"""Betrokkenen: who the people are — shared by every flow, like the openness form.

Why: a melding that names "Y. (moeder)" and "A., 4 jaar" identifies nobody; Veilig Thuis has
to call back before it can act. The receivers' own forms ask for the persons concerned with
their details, who has parental authority, the other professionals and the family's network.
What each flow *requires* differs: a melding must let the receiver find the family (the
children's names and dates of birth, and an address or why none is known); an answer to an
informatieverzoek names the client as the requester did, with the date of birth to match the
file; an overleg may stay anonymous, so it requires nothing more than before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cache, lru_cache
from typing import Any

from app.checks.dates import DateError, format_nl, from_iso, parse_date
from app.checks.problems import WARNING, Problem, check_past_date, require_text
from app.content.i18n import _
from app.model import People, Person, Professional

FIND_FAMILY = "find_family"  # melding: the receiver must be able to find the family
MATCH_FILE = "match_file"  # informatieverzoek: the requester must recognise their file
NOTHING_MORE = "nothing_more"  # overleg, ander doel: may stay anonymous

ADULT_AGE = 18
PROFESSIONAL_ROLES = ("huisarts", "wijkteam", "school", "jeugdhulp", "kinderopvang",
                      "consultatiebureau", "anders")


def age_on(birth: date, day: date) -> int:
    """Whole years between a date of birth and `day`."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _birth(value: str) -> date | None:
    try:
        return parse_date(value) if value.strip() else None
    except DateError:
        return None


def check_people(record: Any, today: date, need: str) -> list[Problem]:
    """Every date of birth a real one in the past, every child under 18, and what `need`
    demands of this flow (see the module's docstring)."""
    people: People = record.people
    problems = check_past_date(people.client_birth_date, "people.client_birth_date", today,
                               required=False, what=_("de geboortedatum van de cliënt"),
                               ref="4.melder.1")
    for i, child in enumerate(record.children):
        field = f"children.{i}.birth_date"
        who = child.name.strip() or _("kind {n}", n=i + 1)
        found = check_past_date(child.birth_date, field, today, required=False,
                                what=_("de geboortedatum van {who}", who=who), ref="4.melder.1")
        problems += found
        born = _birth(child.birth_date)
        if not found and born is not None and age_on(born, today) >= ADULT_AGE:
            problems.append(Problem(field, _(
                "{who} is volgens deze geboortedatum {age} jaar. Deze uitwisseling gaat over "
                "minderjarigen: controleer de datum, of noem alleen kinderen jonger dan 18.",
                who=who, age=age_on(born, today)), "4.melder.1"))
        if need == FIND_FAMILY:
            problems += require_text(child.name, f"children.{i}.name", _(
                "Vul de naam van het kind in; de ontvanger moet het kind kunnen vinden."),
                "4.melder.1")
            if not child.birth_date.strip():
                problems.append(Problem(field, _(
                    "Vul de geboortedatum van {who} in; daarmee vindt de ontvanger het kind.",
                    who=who), "4.melder.1"))
    for group, label in (("parents", _("ouder")), ("household", _("huisgenoot")),
                         ("network", _("persoon uit het netwerk"))):
        for i, person in enumerate(getattr(people, group)):
            problems += check_past_date(person.birth_date, f"people.{group}.{i}.birth_date",
                                        today, required=False, what=_(
                                            "de geboortedatum van {who}",
                                            who=person.name.strip() or label))
    if need == FIND_FAMILY and not has_address(record) and not people.address_unknown.strip():
        problems.append(Problem("people.address_unknown", _(
            "Vul een adres in met straat en huisnummer (van de cliënt, of waar de kinderen "
            "wonen), of leg uit waarom u het adres niet weet."), "4.melder.1"))
    if need == MATCH_FILE:
        problems += require_text(people.client_name, "people.client_name", _(
            "Vul de naam van de cliënt in zoals de verzoeker die noemt; daarmee koppelt de "
            "verzoeker uw antwoord aan het juiste dossier."), "5.1")
        if not people.client_birth_date.strip():
            problems.append(Problem("people.client_birth_date", _(
                "Vul zo mogelijk de geboortedatum van de cliënt in, zodat de verzoeker uw "
                "antwoord aan het juiste dossier koppelt."), "5.1", WARNING))
    if need == FIND_FAMILY and people.parents and all(p.custody is None for p in people.parents):
        problems.append(Problem("people.parents", _(
            "Geef bij de ouders aan wie het gezag heeft, als u dat weet."), "4.melder.1",
            WARNING))
    return problems


def is_address(text: str) -> bool:
    """An address a receiver can go to: a Dutch address always has a house number, so
    'bij moeder' or 'Utrecht' alone is not one."""
    return any(ch.isdigit() for ch in text)


def has_address(record: Any) -> bool:
    return is_address(record.people.client_address) or any(
        is_address(c.lives_with) for c in record.children)


def initials(name: str) -> str:
    """'Yasmina el Amrani' -> 'Y.e.A.': what a shared screen may show."""
    parts = [w for w in name.replace(".", " ").split() if w]
    return "".join(w[0] + "." for w in parts)


def display_label(record: Any) -> str:
    """The case list's label: the label the clinician chose, else the name's initials."""
    label = record.client_pseudonym.strip()
    return label or initials(record.people.client_name)


def client_name(record: Any) -> str:
    """The client as a document names them: the full name when recorded, else the label."""
    return record.people.client_name.strip() or record.client_pseudonym.strip()


def born_text(iso: str, today: date) -> str:
    """'12 maart 2019 (7 jaar)', or '' when unknown."""
    try:
        born = from_iso(iso) if iso else None
    except ValueError:  # not a date: the page check says so; a document must not crash on it
        born = None
    if born is None:
        return ""
    return _("{date} ({age} jaar)", date=format_nl(born), age=age_on(born, today))


def child_lines(record: Any, today: date) -> list[tuple[str, str]]:
    """Per child: its name, and date of birth (or age), where it lives, school or day-care."""
    rows = []
    for child in record.children:
        if not (child.name.strip() or child.age.strip() or child.birth_date.strip()):
            continue
        born = born_text(child.birth_date, today) or (
            _("{age} jaar", age=child.age) if child.age.strip() else "")
        details = [born]
        if child.lives_with.strip():
            details.append(_("woont: {where}", where=child.lives_with.strip()))
        if child.school.strip():
            details.append(_("school/opvang: {school}", school=child.school.strip()))
        rows.append((child.name.strip() or "—", "; ".join(d for d in details if d)))
    return rows


def person_line(person: Person, today: date, with_custody: bool = False) -> str:
    """'vader, geb. 3 mei 1988 (38 jaar), Dorpsstraat 1, 06 …, heeft gezag'."""
    parts = [person.relation.strip()]
    born = born_text(person.birth_date, today)
    if born:
        parts.append(_("geb. {born}", born=born))
    parts += [person.address.strip(), person.phone.strip()]
    if with_custody and person.custody is not None:
        parts.append(_("heeft gezag") if person.custody else _("heeft geen gezag"))
    return ", ".join(p for p in parts if p)


def names_of_others(record: Any) -> list[tuple[str, str]]:
    """Everyone recorded other than the client and the children, with how they are related:
    what the inzage copy proposes to screen (BW 7:457)."""
    people: People = record.people
    found = [(p.name.strip(), p.relation.strip() or _("ouder")) for p in people.parents]
    found += [(p.name.strip(), p.relation.strip() or _("huisgenoot")) for p in people.household]
    found += [(p.name.strip(), p.relation.strip() or _("netwerk")) for p in people.network]
    found += [(p.name.strip(), p.role.strip() or _("professional"))
              for p in people.professionals]
    client = client_name(record).casefold()
    return [(name, relation) for name, relation in found
            if len(name) >= 2 and name.casefold() != client]


def people_rows(record: Any, today: date) -> list[dict[str, str]]:
    """The Betrokkenen as label/text rows, for the dossier entry and the dossierverslag."""
    people: People = record.people
    rows: list[dict[str, str]] = []
    client = ", ".join(x for x in (
        client_name(record), record.client_role.strip(),
        _("geb. {born}", born=born_text(people.client_birth_date, today))
        if people.client_birth_date else "",
        people.client_address.strip(), people.client_phone.strip()) if x)
    if client:
        rows.append({"label": _("Cliënt"), "text": client})
    if not has_address(record) and people.address_unknown.strip():
        rows.append({"label": _("Adres onbekend"), "text": people.address_unknown.strip()})
    children = "\n".join(f"{name}: {details}" if details else name
                          for name, details in child_lines(record, today))
    if children:
        rows.append({"label": _("Kinderen"), "text": children})
    for group, label, custody in (("parents", _("Ouders en gezag"), True),
                                  ("household", _("Anderen in het huishouden"), False),
                                  ("network", _("Netwerk van het gezin"), False)):
        lines = [", ".join(x for x in (p.name.strip(), person_line(p, today, custody)) if x)
                 for p in getattr(people, group)]
        if any(lines):
            rows.append({"label": label, "text": "\n".join(x for x in lines if x)})
    pros = [", ".join(x for x in (p.role, p.name, p.organisation, p.contact) if x.strip())
            for p in people.professionals]
    if any(pros):
        rows.append({"label": _("Andere professionals"), "text": "\n".join(x for x in pros if x)})
    return rows


@cache
def name_patterns(name: str) -> tuple[re.Pattern[str], ...]:
    """How a text may name a person: the full name, or the surname alone ('mevrouw De
    Graaf-Smit', 'dr. Kramer'), as whole words in any case."""
    words = name.split()
    found = [re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)",
                        re.IGNORECASE)]
    surname = words[-1] if len(words) > 1 else ""
    if len(surname) >= 3 and not surname.endswith("."):
        found.append(re.compile(r"(?<![\w-])" + re.escape(surname) + r"(?![\w-])",
                                re.IGNORECASE))
    return tuple(found)


def name_finder(record: Any) -> Callable[[str, str], bool]:
    """`names(name, text)`: whether `text` names `name` — after blanking the client's and the
    children's own names, since the children share the father's surname and a passage about
    'Amira Visser' is not about her father. Used for the separate part and for the inzage
    proposals alike; build it once per record."""
    own = sorted({n.strip() for n in (client_name(record), *(c.name for c in record.children))
                  if len(n.strip()) >= 2}, key=len, reverse=True)
    blank = re.compile("|".join(r"(?<!\w)" + re.escape(n) + r"(?!\w)" for n in own),
                       re.IGNORECASE) if own else None

    # A word of the client's or a child's own name names them ('mevrouw Visser' is the client,
    # not the father Marco Visser; 'Yvonne' is the client, not her mother entered as 'moeder
    # van Yvonne'): a person whose last word is one of those is named only in full.
    shared = {word.casefold() for n in own for word in n.split()}

    @lru_cache(maxsize=64)
    def searched(text: str) -> str:
        return blank.sub(" ", text) if blank is not None else text

    def names(name: str, text: str) -> bool:
        patterns = name_patterns(name.strip())
        if name.split() and name.split()[-1].casefold() in shared:
            patterns = patterns[:1]
        return any(p.search(searched(text)) for p in patterns)

    return names


def named_apart(record: Any) -> list[Person | Professional]:
    """The network and the professionals that the part apart from the melding names. The
    family reads the melding: whoever outside it leads to the source of what went apart is
    left out of it and listed only in the separate part (7.vb.3). Parents and household
    members are the family itself — leaving the partner out of the letter protects no source
    and hides from Veilig Thuis who lives with the children — so they always stay in it."""
    text = record.withheld.text if hasattr(record, "withheld") else ""
    if not text.strip():
        return []
    people: People = record.people
    names = name_finder(record)
    candidates: list[Person | Professional] = [*people.network, *people.professionals]
    return [p for p in candidates if p.name.strip() and names(p.name, text)]
