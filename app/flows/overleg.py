"""Flow 3, "Overleg": consulting another professional about the client (handbook 1b).

When the clinician takes the initiative, the partner must hear at the start whether the client
knows of the consultation and consented, and if not, why it is still necessary. The app
composes that opening statement from what was recorded, in the manner of the handbook's
example, ready to read aloud or paste.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from app.checks.dates import format_nl, from_iso
from app.checks.plain import relevance_problems
from app.checks.problems import WARNING, Problem, check_past_date, require_answer, require_text
from app.content.i18n import _, in_source_language
from app.content.organisations import display_name
from app.flows.facts import after_last_contact
from app.flows.kit import (
    PageSpec,
    case_threshold,
    check_client,
    check_last_contact,
    currency_notice_for,
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
from app.flows.templates import PROMPTS
from app.flows.texts import Text, openness_texts, people_texts, summary_texts, with_placeholders
from app.model import CONSENT_GIVEN, CONSENT_NOT_ASKED, CONSENT_REFUSED, Overleg

KIND = "overleg"

PAGES: tuple[PageSpec, ...] = (
    PageSpec("client", "Betrokkenen",
             "Over wie overlegt u, en wat is uw relatie tot hen?", ("fn1",),
             templates=("melding.relation",)),
    PageSpec("consult", "Met wie overlegt u?",
             "De gesprekspartner, de aanleiding, en wat u wilt weten of delen.",
             ("1b.1", "1b.2")),
    PageSpec("openness", "Openheid naar uw cliënt (stap 1a)",
             "Weet uw cliënt van dit overleg, en vindt hij of zij het goed?",
             ("1a.1", "1a.2", "1a.3", "1a.vb.intro", "1a.vb.1", "1a.vb.2", "1a.vb.3"),
             templates=("openness.deviation_suicide", "openness.deviation_flight",
                        "openness.deviation_delusion")),
    PageSpec("statement", "Uw openingszin (stap 1b)",
             "Wat u meteen bij het begin van het gesprek zegt.", ("1b.1", "1b.vb.1")),
    PageSpec("discussion", "Het overleg",
             "Wat is besproken, en wat is afgesproken?", ("1b.2", "2.1", "2.3", "6.1")),
    PageSpec("summary", "Samenvatting en dossier (stap 7)",
             "Wat u vastlegt in uw dossier.",
             ("7.melder.1", "7.melder.2", "7.melder.3", "7.melder.4", "7.melder.5",
              "7.melder.6"), law=("law.bewaartermijn",)),
)


def page(page_id: str) -> PageSpec:
    return page_of(PAGES, page_id)


def new_overleg() -> Overleg:
    return Overleg(initiative=True)


def who(o: Overleg) -> str:
    c = o.counterpart
    return ", ".join(x for x in (c.person, c.function, c.org_name) if x) or \
        display_name(c.org_type)


@in_source_language()  # words said to a Dutch colleague, inserted like a template
def compose_opening(o: Overleg) -> str:
    """The opening statement (1b), in the manner of the handbook's example about J."""
    client = o.client_pseudonym.strip() or _(PROMPTS["client"])
    op = o.openness
    lines = [_("Ik bel over {client}.", client=client)]
    concern = o.concern.strip().rstrip(".")
    if concern:
        lines.append(_("Ik wil met jou overleggen omdat {concern}.", concern=concern))
    if op.deviates:
        lines.append(_("{client} weet niet van dit overleg. Ik heb het niet met {client} "
                       "besproken omdat openheid nu niet mogelijk is in verband met de veiligheid; "
                       "daarom meen ik dat dit overleg toch noodzakelijk is.", client=client))
    elif op.client_informed:
        lines.append(_("Ik heb {client} gezegd dat ik met jou wil overleggen.", client=client))
        if op.consent == CONSENT_GIVEN:
            asks = o.asks.strip().rstrip(".")
            lines.append(_("{client} vindt het goed dat we met elkaar overleggen{asks}.",
                           client=client,
                           asks=_(" en dat jij mij {asks}", asks=asks) if asks else ""))
        elif op.consent == CONSENT_REFUSED:
            lines.append(_("{client} heeft daarvoor geen toestemming gegeven. Ik meen dat het "
                           "overleg toch noodzakelijk is, omdat {reason}.", client=client,
                           reason=op.reason_without_consent.strip().rstrip(".") or "[ … ]"))
        elif op.consent == CONSENT_NOT_ASKED:
            lines.append(_("Ik heb {client} niet om toestemming gevraagd. Ik meen dat het overleg "
                           "noodzakelijk is, omdat {reason}.", client=client,
                           reason=op.reason_without_consent.strip().rstrip(".") or "[ … ]"))
    else:
        lines.append(_("{client} weet niet van dit overleg.", client=client))
    if concern and op.client_informed and not op.deviates:
        lines.append(_("{client} weet ook dat ik me zorgen maak, en dat ik je daarom bel.",
                       client=client))
    # 'Ik bel over J..': a pseudonym ending in a period before the sentence's own.
    return re.sub(r"(?<!\.)\.\.(?!\.)", ".", " ".join(lines))


_AHEAD = timedelta(days=7)  # an overleg may be recorded a week ahead, when it is planned


def _check_consult(o: Overleg, today: date) -> list[Problem]:
    c = o.counterpart
    problems = require_text(c.person or c.org_name, "counterpart.person", _(
        "Met wie overlegt u? Vul een naam of organisatie in."), "7.melder.5")
    problems += check_past_date(o.date, "date", today + _AHEAD, required=True,
                                what=_("de datum van het overleg"), ref="7.melder.5")
    problems += require_answer(o.initiative, "initiative", _(
        "Geef aan of u het initiatief nam (dan geldt stap 1b)."), "1b.1")
    problems += require_text(o.concern, "concern", _(
        "Beschrijf kort, feitelijk, waarom u overlegt."), "1b.1")
    return problems




def _check_statement(o: Overleg, today: date) -> list[Problem]:
    return require_text(o.opening_statement, "opening_statement", _(
        "Stel de openingszin op (of gebruik ‘Openingszin opstellen’)."), "1b.1")


def reference_date(o: Overleg, today: date) -> date:
    """Currency is judged at the date of the overleg (today while it is not set)."""
    try:
        return from_iso(o.date) or today
    except ValueError:
        return today


def currency_notice(o: Overleg, today: date) -> str:
    """Step 2: the notice the record carries when what the clinician shared rests on an old
    contact; '' when current or not recorded."""
    return currency_notice_for(o.last_contact, reference_date(o, today), case_threshold(o))


def _check_discussion(o: Overleg, today: date) -> list[Problem]:
    problems = require_text(o.discussed, "discussed", _("Leg vast wat er is besproken."),
                            "7.melder.1")
    problems += relevance_problems(o.discussed, "discussed")
    if not o.last_contact.strip():
        # An overleg may be about a client not seen for a while; it need not be recorded,
        # but what was shared should be current (2.1), so the app asks.
        problems.append(Problem("last_contact", _(
            "Op welk contact met de cliënt berust wat u deelde? Noteer de datum van uw laatste "
            "contact, zodat u en uw gesprekspartner weten hoe actueel het is (2.1)."), "2.1",
            WARNING))
        return problems
    problems += check_last_contact(o.last_contact, reference_date(o, today), today,
                                   case_threshold(o))
    return problems + after_last_contact(o.last_contact, [], o.openness)


def step7_status(o: Overleg) -> list[tuple[str, bool, str]]:
    op = o.openness
    reason_needed = op.deviates or needs_reason_without_consent(op)
    reason = op.deviation_explanation if op.deviates else op.reason_without_consent
    rows = [
        ("7.melder.1", bool(o.discussed.strip()), _("Wat is besproken")),
        ("7.melder.2", bool(o.concern.strip()), _("Aanleiding van het overleg")),
        ("7.melder.3", op.deviates or op.client_informed is False or bool(op.consent),
         _("Positie van de cliënt")),
        ("7.melder.4", (not reason_needed) or bool(reason.strip()),
         _("Reden") if reason_needed else _("Niet nodig: cliënt weet het en is akkoord")),
        ("7.melder.5", bool(o.counterpart.person.strip() or o.counterpart.org_name.strip()),
         _("Overleg met {who}", who=who(o))),
        ("7.melder.6", True, _("Afspraken: {a}", a=o.agreements or _("geen"))),
    ]
    return with_not_applicable(rows, o.not_applicable)


def page_texts(page_id: str, o: Overleg) -> list[Text]:
    """The free texts in use on a page (see `app.flows.texts`)."""
    c = o.counterpart
    texts: dict[str, list[Text]] = {
        "consult": [("counterpart.org_name", _("Organisatie"), c.org_name),
                    ("counterpart.person", _("Naam van de gesprekspartner"), c.person),
                    ("counterpart.function", _("Functie van de gesprekspartner"), c.function),
                    ("concern", _("Waarom overlegt u?"), o.concern),
                    ("asks", _("Wat wilt u weten of delen?"), o.asks)],
        "statement": [("opening_statement", _("Openingszin"), o.opening_statement)],
        "discussion": [("discussed", _("Besproken"), o.discussed),
                       ("agreements", _("Afspraken"), o.agreements)],
    }
    if page_id == "client":
        return people_texts(o)
    if page_id == "openness":
        return openness_texts(o.openness)
    if page_id == "summary":
        return summary_texts(o, _("Toelichting"))
    return texts.get(page_id, [])


_CHECKS = with_placeholders({
    "client": lambda v, today: check_client(v, today),
    "consult": _check_consult,
    "openness": lambda o, today: check_openness(o.openness, today),
    "statement": _check_statement,
    "discussion": _check_discussion,
    "summary": lambda o, today: step7_problems(step7_status(o), KIND),
}, page_texts)


def check_page(page_id: str, o: Overleg, today: date) -> list[Problem]:
    problems = _CHECKS[page_id](o, today)
    if page_id in ("statement", "discussion"):
        for field in ("opening_statement", "discussed", "agreements"):
            problems += judgement_problems(getattr(o, field), field)
    return problems


def first_blocked_page(o: Overleg, today: date) -> str | None:
    return first_blocked(_CHECKS, o, today)


def open_findings(o: Overleg) -> list[dict[str, Any]]:
    texts = [("openingszin", o.opening_statement), ("besproken", o.discussed),
             ("afspraken", o.agreements), ("aanleiding", o.concern), ("toelichting", o.content),
             *openness_texts_checked(o.openness)]
    return findings_in(texts, o.set_aside)


def followups(o: Overleg, today: date) -> list[tuple[str, str | None, str]]:
    if not o.agreements.strip():
        return []
    return [("outcome", None, _("Afspraken uit het overleg met {who} nagaan.", who=who(o)))]


def dossier_entry(o: Overleg, profile: dict[str, Any], today: date) -> dict[str, Any]:
    op = o.openness
    reason = op.deviation_explanation if op.deviates else op.reason_without_consent
    texts = {
        "7.melder.1": _("Openingszin: {s}\nBesproken: {d}", s=o.opening_statement,
                        d=o.discussed),
        "7.melder.2": o.concern + ("\n" + _("Mijn laatste contact met de cliënt was op {date}.",
                                               date=format_nl(o.last_contact))
                                   if o.last_contact else ""),
        "7.melder.3": "\n".join(f"{label}: {text}" for label, text in openness_summary(op)),
        "7.melder.4": reason if (op.deviates or needs_reason_without_consent(op)) else _(
            "Niet van toepassing: de cliënt weet van het overleg en vindt het goed."),
        "7.melder.5": _("{channel} overleg met {who} op {date}.",
                        channel=_("Mondeling") if o.channel == "mondeling" else _("Schriftelijk"),
                        who=who(o), date=format_nl(o.date))
        + (("\n" + o.other_contacts) if o.other_contacts.strip() else ""),
        "7.melder.6": _("Afspraken: {a}", a=o.agreements or _("geen")),
    }
    return {
        "flow": KIND,
        "items": entry_items(texts, o.not_applicable),
        "melder": person(profile),
        "client": o.client_pseudonym,
        "people": people_rows(o, today),
        "counterpart": who(o),
        "last_contact": o.last_contact,
        "currency_notice": currency_notice(o, today),
        "open_findings": open_findings(o),
        # The clinician's relation to the client and the children (footnote 1), for the record.
        "extra": [{"label": _("Mijn relatie tot de cliënt en de kinderen"),
                   "text": o.relation.strip()}] if o.relation.strip() else [],
    }
