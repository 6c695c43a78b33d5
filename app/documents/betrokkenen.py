"""The people in a document: the melder, the Betrokkenen and the family's network.

Laid out as the receivers' own forms for professionals (Melder, Betrokkenen, Ondersteunend
netwerk), so that whoever takes the melding finds the basic data without calling back. Empty
rows and columns are left out: a draft made before names and dates of birth were asked (only
a label and the children's initials and ages) still gives a sensible page.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from app.content.i18n import _
from app.content.trace import serves
from app.documents.base import grid_table, p, pairs_table, subheading
from app.flows.people import born_text, client_name, has_address, named_apart
from app.model import People, Person

WIDTH = 170 * mm  # the text width of an A4 letter (20 mm margins)


@serves("7.instelling.4")
def melder_story(profile: dict[str, Any]) -> list[Flowable]:
    """Who reports, as the receivers' forms ask it: name, function and BIG number beside the
    practice, its address, phone and e-mail."""
    def get(key: str) -> str:
        return str(profile.get(key, "") or "").strip()

    return pairs_table(
        [(_("Naam"), get("name")), (_("Functie"), get("discipline")),
         (_("BIG-nummer"), get("big"))],
        [(_("Praktijk"), get("practice")), (_("Adres"), get("address")),
         (_("Telefoon"), get("phone")), (_("E-mail"), get("email"))])


def born(iso: str, age: str, today: date) -> str:
    """Date of birth with age, else the age alone (older drafts), else ''. The age stays on
    one line ('(7 jaar)' never splits in a narrow column)."""
    text = born_text(iso, today) if iso.strip() else (
        _("{age} jaar", age=age.strip()) if age.strip() else "")
    return text.replace(" jaar", "\u00a0jaar")


def _custody(person: Person) -> str:
    if person.custody is None:
        return _("onbekend")
    return _("ja") if person.custody else _("nee")


def _contact(person: Person) -> str:
    return "\n".join(x for x in (person.address.strip(), person.phone.strip()) if x)


def table(header: Sequence[str], rows: list[list[str]], widths: Sequence[float | None],
          keep: Sequence[int] = (0,)) -> list[Flowable]:
    """A compact grid without the columns that are empty in every row (those in `keep`
    always stay); nothing at all when there are no rows."""
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        return []
    columns = [i for i in range(len(header))
               if i in keep or any(r[i].strip() for r in rows)]
    fixed = [widths[i] for i in columns]
    if None not in fixed:  # the last column takes what is left
        fixed[-1] = None
    return [grid_table([header[i] for i in columns], [[r[i] for i in columns] for r in rows],
                       fixed, compact=True)]


def client_story(record: Any, today: date) -> list[Flowable]:
    """The client: full name (else the label), role and date of birth beside the address and
    phone — or, when no address is known at all, why not."""
    people: People = record.people
    address = people.client_address.strip()
    if not has_address(record) and people.address_unknown.strip():
        address = _("onbekend: {reason}", reason=people.address_unknown.strip())
    return pairs_table(
        [(_("Naam"), client_name(record)), (_("Rol"), record.client_role.strip()),
         (_("Geboortedatum"), born(people.client_birth_date, "", today))],
        [(_("Adres"), address), (_("Telefoon"), people.client_phone.strip())])


def child_rows(record: Any, today: date) -> list[list[str]]:
    return [[c.name.strip() or "—", born(c.birth_date, c.age, today), c.lives_with.strip(),
             c.school.strip()]
            for c in record.children
            if c.name.strip() or c.age.strip() or c.birth_date.strip()]


def _born_header(record: Any) -> str:
    """'Geboortedatum'; 'Leeftijd' for a draft that only has ages."""
    dated = [bool(c.birth_date.strip()) for c in record.children if c.birth_date.strip()
             or c.age.strip()]
    if all(dated):
        return _("Geboortedatum")
    return _("Leeftijd") if not any(dated) else _("Geboortedatum of leeftijd")


def _section(title: str, body: list[Flowable]) -> list[Flowable]:
    """A sub-heading with its table, kept together; nothing when the table is empty."""
    return [KeepTogether([p(title, "h3"), *body])] if body else []


def betrokkenen_story(record: Any, today: date) -> list[Flowable]:
    """The client, the children, the parents with who has gezag, the others in the household."""
    people: People = record.people
    story: list[Flowable] = []
    client = client_story(record, today)
    if client:
        story += [subheading(_("Cliënt")), *client]
    story += _section(_("Kinderen"), table(
        [_("Naam"), _born_header(record), _("Woont"), _("School of opvang")],
        child_rows(record, today), [34 * mm, 48 * mm, 44 * mm, None], keep=(0, 1)))
    story += _section(_("Ouders en gezag"), table(
        [_("Naam"), _("Relatie"), _("Geboortedatum"), _("Adres en telefoon"), _("Gezag")],
        [[p.name.strip(), p.relation.strip(), born(p.birth_date, "", today), _contact(p),
          _custody(p)] for p in people.parents],
        [32 * mm, 36 * mm, 40 * mm, None, 16 * mm], keep=(0, 4)))
    story += _section(_("Anderen in het huishouden"), table(
        [_("Naam"), _("Relatie"), _("Geboortedatum"), _("Adres en telefoon")],
        [[p.name.strip(), p.relation.strip(), born(p.birth_date, "", today), _contact(p)]
         for p in people.household],
        [38 * mm, 42 * mm, 38 * mm, None]))
    return story


def network_story(record: Any, today: date, apart: bool = False) -> list[Flowable]:
    """The family's network and the other professionals, with how to reach them.

    In the melding (`apart=False`) whoever the part apart names is left out: the family reads
    the melding, and a name there would point to the source. In the separate part
    (`apart=True`) only they are listed."""
    people: People = record.people
    named = [id(x) for x in named_apart(record)]

    def keep(person: Any) -> bool:
        return (id(person) in named) == apart

    story: list[Flowable] = []
    story += _section(_("Netwerk van het gezin"), table(
        [_("Naam"), _("Relatie"), _("Adres"), _("Telefoon")],
        [[p.name.strip(), p.relation.strip(), p.address.strip(), p.phone.strip()]
         for p in people.network if keep(p)],
        [38 * mm, 44 * mm, 54 * mm, None]))
    story += _section(_("Andere professionals"), table(
        [_("Rol"), _("Naam"), _("Organisatie"), _("Contact")],
        [[p.role.strip(), p.name.strip(), p.organisation.strip(), p.contact.strip()]
         for p in people.professionals if keep(p)],
        [30 * mm, 38 * mm, 52 * mm, None]))
    return story


def identification_rows(record: Any, today: date) -> list[tuple[str, str]]:
    """What a requester needs to match the answer to their file: the client as they named
    them, with the date of birth, and the children by name and date of birth. No address,
    phone or network: the requester has those."""
    people: People = record.people
    rows = [(_("Cliënt"), ", ".join(x for x in (
        client_name(record), record.client_role.strip()) if x)),
        (_("Geboortedatum"), born(people.client_birth_date, "", today))]
    children = [", ".join(x for x in (name, when) if x)
                for name, when, _lives, _school in child_rows(record, today)]
    rows.append((_("Kinderen"), "\n".join(children)))
    return [(label, value) for label, value in rows if value]
