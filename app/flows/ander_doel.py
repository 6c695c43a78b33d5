"""Flow 4, "Ander doel": a request to use information for another purpose (handbook 3).

Either a receiver asks to use what the clinician gave for a new purpose, or the clinician wants
to use what another professional gave. The clinician (or the other professional) first
contacts the client as in step 1a, then decides. Information keeps the purpose it was given
for: the decision is recorded as its own case, the original exchange is not changed.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from app.checks.dates import format_nl
from app.checks.problems import WARNING, Problem, check_past_date, require_answer, require_text
from app.content.i18n import _
from app.content.organisations import display_name
from app.flows.kit import (
    PageSpec,
    check_client,
    entry_items,
    findings_in,
    first_blocked,
    judgement_problems,
    page_of,
    person,
    step7_problems,
    with_not_applicable,
)
from app.flows.openness import (
    check_openness,
    needs_reason_without_consent,
    openness_summary,
    openness_texts_checked,
)
from app.flows.people import people_rows
from app.flows.texts import Text, openness_texts, people_texts, summary_texts, with_placeholders
from app.model import CONSENT_GIVEN, DIRECTION_OWN, DIRECTION_RECEIVED, AnderDoel

KIND = "ander_doel"
DECISIONS = {
    "agree": "Akkoord met het gebruik voor het nieuwe doel",
    "partly": "Gedeeltelijk akkoord",
    "refuse": "Niet akkoord",
}

PAGES: tuple[PageSpec, ...] = (
    PageSpec("client", "Betrokkenen", "Over wie gaat het?", ("fn1",)),
    PageSpec("request", "Het verzoek (stap 3)",
             "Welke informatie, gegeven voor welk doel, wil men voor welk nieuw doel gebruiken?",
             ("3.1", "3.2", "3.vb.1")),
    PageSpec("openness", "Contact met uw cliënt (stap 1a)",
             "Wat weet uw cliënt van het nieuwe gebruik, en wat vindt hij of zij ervan?",
             ("3.2", "1a.1", "1a.2", "1a.3"),
             templates=("openness.deviation_suicide", "openness.deviation_flight",
                        "openness.deviation_delusion")),
    PageSpec("decision", "Uw besluit",
             "Stemt u in met het gebruik voor het nieuwe doel, en waarom?", ("3.1", "3.2")),
    PageSpec("summary", "Samenvatting en dossier (stap 7)", "Wat u vastlegt in uw dossier.",
             ("7.melder.1", "7.melder.3", "7.melder.4", "7.melder.5"),
             law=("law.bewaartermijn",)),
)


def page(page_id: str) -> PageSpec:
    return page_of(PAGES, page_id)


def new_ander_doel() -> AnderDoel:
    v = AnderDoel()
    v.counterpart.org_type = "veilig_thuis"
    return v


def who(v: AnderDoel) -> str:
    c = v.counterpart
    return ", ".join(x for x in (c.person, c.function, c.org_name) if x) or \
        display_name(c.org_type)


def _check_request(v: AnderDoel, today: date) -> list[Problem]:
    problems = require_answer(v.direction if v.direction in (DIRECTION_RECEIVED, DIRECTION_OWN)
                              else None, "direction", _("Kies wie het nieuwe gebruik wil."), "3")
    problems += require_text(v.counterpart.person or v.counterpart.org_name, "counterpart.person",
                             _("Vul de andere beroepskracht of organisatie in."), "3.2")
    problems += check_past_date(v.received_on, "received_on", today, required=True,
                                what=_("de datum van het verzoek"), ref="3.2")
    problems += check_past_date(v.original_date, "original_date", today, required=False,
                                what=_("de datum van de oorspronkelijke verstrekking"), ref="3.1")
    problems += require_text(v.information, "information", _(
        "Welke informatie gaat het om?"), "3.2")
    problems += require_text(v.original_purpose, "original_purpose", _(
        "Voor welk doel is de informatie destijds gegeven?"), "3.1")
    problems += require_text(v.new_purpose, "new_purpose", _(
        "Voor welk nieuw doel wil men de informatie gebruiken?"), "3.2")
    return problems


def is_own(v: AnderDoel) -> bool:
    """The clinician wants to use what another professional gave (3.2): that professional
    contacts their client and decides; the clinician records the request and the answer."""
    return v.direction == DIRECTION_OWN


def _check_provider_answer(v: AnderDoel, today: date) -> list[Problem]:
    """Direction 'own': the provider's answer, once it came (a follow-up waits for it)."""
    if v.decision not in DECISIONS:
        return []  # not answered yet: the follow-up asks for it
    problems = check_past_date(v.decided_on, "decided_on", today, required=True,
                               what=_("de datum van het antwoord"), ref="3.2")
    if not v.provider_client.strip():
        problems.append(Problem("provider_client", _(
            "Noteer wat {who} vertelde over het contact met zijn of haar cliënt: die beslist "
            "pas daarna (3.2).", who=who(v)), "3.2", WARNING))
    if v.decision == "refuse":
        problems.append(Problem("decision", _(
            "{who} stemt niet in: gebruik de informatie alleen voor het doel waarvoor u haar "
            "kreeg (3.1).", who=who(v)), "3.1", WARNING))
    return problems


def _check_decision(v: AnderDoel, today: date) -> list[Problem]:
    if is_own(v):
        return _check_provider_answer(v, today)
    problems = require_answer(v.decision if v.decision in DECISIONS else None, "decision",
                              _("Kies uw besluit."), "3.2")
    problems += require_text(v.decision_reason, "decision_reason", _(
        "Leg uit waarom u zo besluit."), "7.melder.4")
    problems += check_past_date(v.decided_on, "decided_on", today, required=True,
                                what=_("de datum van uw besluit"), ref="3.2")
    refused = v.openness.client_informed and v.openness.consent not in ("", CONSENT_GIVEN)
    if v.decision in ("agree", "partly") and refused:
        problems.append(Problem("decision", _(
            "Uw cliënt stemde niet in met het nieuwe gebruik. Leg in uw reden vast waarom u "
            "toch akkoord gaat."), "3.2", WARNING))
    problems += judgement_problems(v.decision_reason, "decision_reason")
    return problems


def _check_openness(v: AnderDoel, today: date) -> list[Problem]:
    # Whether the information is used anyway is this flow's decision, and its reason is asked
    # on the decision page; the openness page only records the contact with the client.
    if is_own(v):
        # The provider contacts their client (3.2), not the clinician: nothing is asked here;
        # what the clinician records of their own client is kept as told.
        return []
    return [p for p in check_openness(v.openness, today)
            if p.field != "openness.reason_without_consent"]


def _reason(v: AnderDoel) -> str:
    op = v.openness
    return op.deviation_explanation if op.deviates else v.decision_reason


def step7_status(v: AnderDoel) -> list[tuple[str, bool, str]]:
    op = v.openness
    if is_own(v):
        rows = [
            ("7.melder.1", bool(v.information.strip() and v.new_purpose.strip()),
             _("Welke informatie, voor welk nieuw doel")),
            ("7.melder.3", True, _("Het contact met de cliënt is aan {who} (3.2)", who=who(v))),
            ("7.melder.4", True, _("Niet nodig: {who} beslist", who=who(v))),
            ("7.melder.5", bool(v.counterpart.person.strip() or v.counterpart.org_name.strip()),
             _("Contact met {who}", who=who(v))),
        ]
        return with_not_applicable(rows, v.not_applicable)
    reason_needed = op.deviates or (needs_reason_without_consent(op) and v.decision != "refuse")
    reason = _reason(v)
    rows = [
        ("7.melder.1", bool(v.information.strip() and v.new_purpose.strip()),
         _("Welke informatie, voor welk nieuw doel")),
        ("7.melder.3", op.deviates or op.client_informed is False or bool(op.consent),
         _("Positie van de cliënt")),
        ("7.melder.4", (not reason_needed) or bool(reason.strip()),
         _("Reden") if reason_needed else _("Niet nodig: cliënt geïnformeerd en akkoord")),
        ("7.melder.5", bool(v.counterpart.person.strip() or v.counterpart.org_name.strip()),
         _("Contact met {who}", who=who(v))),
    ]
    return with_not_applicable(rows, v.not_applicable)


def page_texts(page_id: str, v: AnderDoel) -> list[Text]:
    """The free texts in use on a page (see `app.flows.texts`)."""
    c = v.counterpart
    if page_id == "client":
        return people_texts(v)
    if page_id == "request":
        return [("counterpart.org_name", _("Organisatie"), c.org_name),
                ("counterpart.person", _("Naam van de andere beroepskracht"), c.person),
                ("counterpart.function", _("Functie van de andere beroepskracht"), c.function),
                ("counterpart.address", _("Adres van de ontvanger"), c.address),
                ("counterpart.reference", _("Kenmerk ontvanger"), c.reference),
                ("information", _("Welke informatie"), v.information),
                ("original_purpose", _("Oorspronkelijk doel"), v.original_purpose),
                ("new_purpose", _("Nieuw doel"), v.new_purpose)]
    if page_id == "openness":
        return openness_texts(v.openness)
    if page_id == "decision":
        if is_own(v):
            return [("provider_client", _("Contact van de verstrekker met de cliënt"),
                     v.provider_client),
                    ("decision_reason", _("Reden van het antwoord"), v.decision_reason)]
        return [("decision_reason", _("Reden van uw besluit"), v.decision_reason)]
    if page_id == "summary":
        return summary_texts(v, _("Toelichting"))
    return []


_CHECKS = with_placeholders({
    "client": lambda v, today: check_client(v, today),
    "request": _check_request,
    "openness": _check_openness,
    "decision": _check_decision,
    "summary": lambda v, today: step7_problems(step7_status(v), KIND),
}, page_texts)


def check_page(page_id: str, v: AnderDoel, today: date) -> list[Problem]:
    return _CHECKS[page_id](v, today)


def first_blocked_page(v: AnderDoel, today: date) -> str | None:
    return first_blocked(_CHECKS, v, today)


def open_findings(v: AnderDoel) -> list[dict[str, Any]]:
    texts = [("reden", v.decision_reason), ("toelichting", v.content),
             *openness_texts_checked(v.openness)]
    return findings_in(texts, v.set_aside)


def followups(v: AnderDoel, today: date) -> list[tuple[str, str | None, str]]:
    if is_own(v) and v.decision not in DECISIONS:  # the answer has not come yet
        return [("outcome", (today + timedelta(days=14)).isoformat(), _(
            "Antwoord van {who} op uw vraag om de informatie voor een ander doel te gebruiken.",
            who=who(v)))]
    return []


def decision_text(v: AnderDoel) -> str:
    return _(DECISIONS.get(v.decision, "")) if v.decision else ""


def _own_entry_texts(v: AnderDoel) -> dict[str, str]:
    """Direction 'own': the request the clinician made and the provider's answer (3.2)."""
    answer = _("Antwoord van {who}: {b} ({when}). Reden: {r}", who=who(v),
               b=decision_text(v), when=format_nl(v.decided_on) or "…",
               r=v.decision_reason or "…") if v.decision in DECISIONS else _(
        "Nog geen antwoord van {who}; tot dan gebruik ik de informatie alleen voor het doel "
        "waarvoor ik haar kreeg.", who=who(v))
    position = "\n".join(f"{label}: {text}" for label, text in openness_summary(v.openness))
    return {
        "7.melder.1": _("Informatie: {i}\nGekregen voor: {o} ({d})\nNieuw doel: {n}\n",
                        i=v.information, o=v.original_purpose,
                        d=format_nl(v.original_date) or "…", n=v.new_purpose) + answer,
        "7.melder.3": _("Contact van {who} met de cliënt: {t}", who=who(v),
                        t=v.provider_client or "…") + (("\n" + position) if position else ""),
        "7.melder.4": _("Niet van toepassing: {who} beslist, na contact met de cliënt.",
                        who=who(v)),
        "7.melder.5": _("Gevraagd aan {who} op {date}.", who=who(v),
                        date=format_nl(v.received_on))
        + (("\n" + v.other_contacts) if v.other_contacts.strip() else ""),
    }


def dossier_entry(v: AnderDoel, profile: dict[str, Any], today: date) -> dict[str, Any]:
    op = v.openness
    reason_needed = op.deviates or (needs_reason_without_consent(op) and v.decision != "refuse")
    texts = _own_entry_texts(v) if is_own(v) else {
        "7.melder.1": _("Informatie: {i}\nOorspronkelijk doel: {o} ({d})\nNieuw doel: {n}\n"
                        "Besluit: {b} ({when}). Reden: {r}", i=v.information, o=v.original_purpose,
                        d=format_nl(v.original_date) or "…", n=v.new_purpose, b=decision_text(v),
                        when=format_nl(v.decided_on), r=v.decision_reason),
        "7.melder.3": "\n".join(f"{label}: {text}" for label, text in openness_summary(op)),
        "7.melder.4": _reason(v) if reason_needed else _(
            "Niet van toepassing: de informatie wordt niet voor het nieuwe doel gebruikt, of "
            "de cliënt stemde in."),
        "7.melder.5": _("Verzoek van {who} op {date}.", who=who(v), date=format_nl(v.received_on))
        + (("\n" + v.other_contacts) if v.other_contacts.strip() else ""),
    }
    return {
        "flow": KIND,
        "items": entry_items(texts, v.not_applicable),
        "melder": person(profile),
        "client": v.client_pseudonym,
        "people": people_rows(v, today),
        "counterpart": who(v),
        "decision": v.decision,
        "open_findings": open_findings(v),
        # The clinician's relation to the client and the children (footnote 1), for the record.
        "extra": [{"label": _("Mijn relatie tot de cliënt en de kinderen"),
                   "text": v.relation.strip()}] if v.relation.strip() else [],
    }
