"""The free texts of a case, page by page, and the check that no placeholder is left in them.

Each flow lists, per wizard page, the texts in use on it: (field path, Dutch label, text). "In
use" follows what the page shows and what a document or the dossier entry prints: the
deviation explanation only when the clinician deviates from openness, the advice only when
advice was asked, and so on. A placeholder left there blocks the page ("Volgende",
"Voltooien") and the case's documents (`app.service`). A test fills every text of every flow
with a marker and checks that whatever a document prints is in use here.
"""

from __future__ import annotations

from typing import Any

from app.checks.placeholders import find, quoted_list
from app.checks.problems import Problem
from app.content.i18n import _
from app.flows.openness import needs_reason_without_consent
from app.flows.people import has_address
from app.flows.templates import known_placeholders

Text = tuple[str, str, str]  # field path, label, text


def people_texts(record: Any) -> list[Text]:
    """The Betrokkenen page: the client, the children, the relation, everyone else."""
    p = record.people
    texts: list[Text] = [
        ("client_pseudonym", _("Label in de lijst"), record.client_pseudonym),
        ("people.client_name", _("Naam van de cliënt"), p.client_name),
        ("client_role", _("Rol van de cliënt"), record.client_role),
        ("people.client_address", _("Adres van de cliënt"), p.client_address),
        ("people.client_phone", _("Telefoon van de cliënt"), p.client_phone),
    ]
    if not has_address(record):
        texts.append(("people.address_unknown", _("Adres onbekend, omdat…"), p.address_unknown))
    for i, c in enumerate(record.children):
        n = i + 1
        texts += [(f"children.{i}.name", _("Naam van kind {n}", n=n), c.name),
                  (f"children.{i}.age", _("Leeftijd van kind {n}", n=n), c.age),
                  (f"children.{i}.lives_with", _("Waar kind {n} woont", n=n), c.lives_with),
                  (f"children.{i}.school", _("School of opvang van kind {n}", n=n), c.school)]
    texts.append(("relation", _("Uw relatie tot de cliënt en de kinderen"), record.relation))
    for group, who in (("parents", _("ouder {n}")), ("household", _("huisgenoot {n}")),
                       ("network", _("persoon {n} uit het netwerk"))):
        for i, person in enumerate(getattr(p, group)):
            name = who.format(n=i + 1)
            base = f"people.{group}.{i}"
            texts += [(base + ".name", _("Naam van {who}", who=name), person.name),
                      (base + ".relation", _("Relatie van {who}", who=name), person.relation),
                      (base + ".address", _("Adres van {who}", who=name), person.address),
                      (base + ".phone", _("Telefoon van {who}", who=name), person.phone)]
    for i, pro in enumerate(p.professionals):
        name = _("professional {n}", n=i + 1)
        base = f"people.professionals.{i}"
        texts += [(base + ".role", _("Rol van {who}", who=name), pro.role),
                  (base + ".name", _("Naam van {who}", who=name), pro.name),
                  (base + ".organisation", _("Organisatie van {who}", who=name),
                   pro.organisation),
                  (base + ".contact", _("Contact van {who}", who=name), pro.contact)]
    return texts


def openness_texts(o: Any, prefix: str = "openness") -> list[Text]:
    """Step 1a, as the page shows it: the deviation, or what the client was told."""
    p = prefix + "."
    if o.deviates:
        return [(p + "deviation_explanation", _("Toelichting bij het afwijken van openheid"),
                 o.deviation_explanation)]
    texts: list[Text] = [(p + "concerns_note", _("Toelichting bij de besproken zorgen"),
                          o.concerns_note)]
    if o.client_informed:
        texts += [(p + "informed_explanation", _("Wat hebt u uitgelegd?"),
                   o.informed_explanation),
                  (p + "client_reaction", _("Reactie van de cliënt"), o.client_reaction),
                  (p + "client_questions", _("Vragen en bezwaren van de cliënt"),
                   o.client_questions)]
    # Printed whenever they hold text (openness_summary), so read whenever they could: while
    # the page hides them (the client not informed) it is blocked for that reason anyway.
    texts += [(p + "decision", _("Besluit"), o.decision),
              (p + "presence_considered", _("Aanwezigheid van de cliënt"),
               o.presence_considered)]
    if needs_reason_without_consent(o):
        texts.append((p + "reason_without_consent",
                      _("Waarom u toch doorgaat zonder toestemming"), o.reason_without_consent))
    return texts


def fact_texts(facts: list[Any], prefix: str, label: str) -> list[Text]:
    """Each fact's what, when and (unless the clinician observed it) source. `label` names
    the fact with {n}: 'feit {n}', 'feit {n} bij vraag 2'."""
    texts: list[Text] = []
    for i, f in enumerate(facts):
        name = label.format(n=i + 1)
        texts += [(f"{prefix}.{i}.what", _("Wat er gebeurde ({fact})", fact=name), f.what),
                  (f"{prefix}.{i}.when", _("Wanneer ({fact})", fact=name), f.when)]
        if not f.observed_by_clinician:
            texts += [(f"{prefix}.{i}.source", _("Bron ({fact})", fact=name), f.source),
                      (f"{prefix}.{i}.received_for",
                       _("Gekregen voor een ander doel ({fact})", fact=name), f.received_for)]
    return texts


def summary_texts(record: Any, content_label: str) -> list[Text]:
    """The step-7 page: the content, other contacts, the reasons for 'n.v.t.'."""
    texts: list[Text] = [("content", content_label, record.content),
                         ("other_contacts", _("Andere contacten"), record.other_contacts)]
    texts += [(f"step7.{ref}", _("Reden voor ‘n.v.t.’ bij {ref}", ref=ref), reason)
              for ref, reason in record.not_applicable.items()]
    return texts


def left_in(text: str) -> list[str]:
    """The placeholders left in one text (the templates' own ones always count)."""
    return find(text, known_placeholders()) if "[" in text else []


def placeholder_message(label: str, found: list[str]) -> str:
    return _("In ‘{field}’ staat nog {found}. Vul dit in of haal het weg.", field=label,
             found=quoted_list(found))


def placeholder_problems(texts: list[Text]) -> list[Problem]:
    """One blocking finding per text that still holds a placeholder, beside that field."""
    problems = []
    for path, label, text in texts:
        found = left_in(text)
        if found:
            problems.append(Problem(path, placeholder_message(label, found)))
    return problems


def with_placeholders(checks: dict[str, Any], texts_of: Any) -> dict[str, Any]:
    """A flow's page checks, each with the placeholder check on that page's texts added."""
    return {pid: (lambda data, today, pid=pid, check=check:
                  check(data, today) + placeholder_problems(texts_of(pid, data)))
            for pid, check in checks.items()}


def placeholders_left(pages: tuple[Any, ...], texts_of: Any, data: Any
                      ) -> list[tuple[str, str, list[str]]]:
    """(page title, field label, placeholders) for every text of the case still holding one,
    in page order; `texts_of(page_id, data)` is the flow's inventory."""
    left = []
    for page in pages:
        for _path, label, text in texts_of(page.id, data):
            found = left_in(text)
            if found:
                left.append((page.title, label, found))
    return left
