"""Flow 1, "Melding doen", as data and plain functions: pages, checks, dossier entry, follow-up.

Handbook steps 1a, 2, 4 and 7 (and footnote 3 for a melding to the Raad in a crisis).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from app.checks.dates import add_days, format_nl, from_iso
from app.checks.plain import relevance_problems
from app.checks.problems import (
    WARNING,
    Problem,
    check_past_date,
    require_answer,
    require_text,
)
from app.checks.sources import hearsay
from app.content.handbook import handbook
from app.content.i18n import _
from app.content.meldcode import afwegingskader
from app.content.organisations import default_settings, display_name, org_types
from app.flows.facts import after_last_contact, check_fact
from app.flows.kit import (
    PageSpec,
    case_threshold,
    check_client,
    check_last_contact,
    currency_notice_for,
    entry_items,
    findings_in,
    first_blocked,
    mark_set_aside,
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
from app.flows.people import FIND_FAMILY, named_apart, people_rows
from app.flows.texts import (
    Text,
    fact_texts,
    openness_texts,
    people_texts,
    summary_texts,
    with_placeholders,
)
from app.flows.weighing import check_weighing, reasoning, weighing_rows
from app.model import CHANNEL_ORAL, Melding

KIND = "melding"


PAGES: tuple[PageSpec, ...] = (
    # Optional, and before the handbook begins: the meldcode's weighing (app/flows/weighing.py).
    PageSpec("weighing", "Afweging volgens de meldcode (optioneel)",
             "De vijf afwegingsvragen van het afwegingskader, met uw toelichting.", (),
             law=("law.afwegingskader", "law.meldrecht")),
    PageSpec("client", "Betrokkenen",
             "Om wie gaat het, en wat is uw relatie tot hen?", ("fn1", "fn3"),
             templates=("melding.relation",)),
    PageSpec("openness", "Openheid naar uw cliënt (stap 1a)",
             "Wat weet uw cliënt van de melding, en wat vindt hij of zij ervan?",
             ("1a.1", "1a.2", "1a.3", "1a.vb.intro", "1a.vb.1", "1a.vb.2", "1a.vb.3",
              "4.melder.2"), law=("law.meldrecht",),
             templates=("openness.informed_explanation", "openness.reason_without_consent",
                        "openness.deviation_suicide", "openness.deviation_flight",
                        "openness.deviation_delusion")),
    PageSpec("facts", "Relevante feiten (stap 4)",
             "Wat leidde tot de melding? Per feit: wat, wanneer, en wie het waarnam.",
             ("4.melder.1", "6.1", "6.2", "2.3", "6.niet_zo.1", "6.niet_zo.4", "6.maar_zo.1",
              "6.maar_zo.2"), law=("law.bronvermelding",),
             templates=("facts.limits",)),
    PageSpec("currency", "Actualiteit (stap 2)",
             "Op welk contact met de cliënt berust de informatie?",
             ("2.1", "2.2", "2.vb.1", "2.vb.2")),
    PageSpec("receiver", "Ontvanger van de melding",
             "Bij wie doet u de melding, en hoe?", ("4.melder.2", "fn3"),
             law=("law.veilig_thuis", "law.raad", "law.afwegingskader")),
    PageSpec("apart", "Apart van de melding",
             "Wat het gezin niet mag lezen, anonimiteit, en wat u meestuurt.",
             ("7.vb.2", "7.vb.3", "4.melder.3")),
    PageSpec("expectations", "Wat u terug mag verwachten (stap 4)",
             "Wat de ontvanger u verschuldigd is, en wat u intussen kunt doen.",
             ("4.ontvanger.1", "4.ontvanger.2", "4.ontvanger.3", "4.ontvanger.4"),
             law=("law.veiligheidsbeoordeling",), templates=("expectations.protect",)),
    PageSpec("summary", "Samenvatting en dossier (stap 7)",
             "De inhoud van de melding, en wat u vastlegt in uw dossier.",
             ("4.melder.3", "7.melder.1", "7.melder.2", "7.melder.3", "7.melder.4",
              "7.melder.5", "7.melder.6", "4.vb.1"), law=("law.bewaartermijn",),
             templates=("melding.content",)),
)
PAGE_IDS = tuple(p.id for p in PAGES)


def page(page_id: str) -> PageSpec:
    return page_of(PAGES, page_id)


def decision_due(m: Melding) -> date | None:
    """4.ontvanger.3: word whether it will be investigated, within the term after the melding."""
    melding_date = from_iso(m.receiver.date) if m.receiver.date else None
    if melding_date is None:
        return None
    return add_days(melding_date, m.expectations.decision_term_days)


def _reference_date(m: Melding, today: date) -> date:
    """Currency is judged at the date of the melding (or today while that is not set)."""
    try:
        return from_iso(m.receiver.date) or today
    except ValueError:
        return today


def currency_notice(m: Melding, today: date, threshold_days: int | None = None) -> str:
    """Step 2: the notice the document must carry when the last contact is old; '' if current."""
    days = case_threshold(m) if threshold_days is None else threshold_days
    return currency_notice_for(m.last_contact, _reference_date(m, today), days)


# --- checks per page -------------------------------------------------------------------------


def check_facts(facts: list[Any], today: date, prefix: str = "facts") -> list[Problem]:
    """6.1: each fact with what, when and, unless the clinician observed it, a named source."""
    problems: list[Problem] = []
    if not facts:
        return [Problem(prefix, _("Beschrijf ten minste één relevant feit dat tot de melding "
                                  "leidde."), "4.melder.1")]
    for i, fact in enumerate(facts):
        problems += check_fact(fact, f"{prefix}.{i}", today, "4.melder.1")
    return problems


def _check_currency(m: Melding, today: date) -> list[Problem]:
    problems = check_last_contact(m.last_contact, _reference_date(m, today), today,
                                  case_threshold(m))
    return problems + after_last_contact(
        m.last_contact, [(_("feit {n}", n=i + 1), f) for i, f in enumerate(m.facts)],
        m.openness)


# A written melding may be dated a few days ahead (prepared today, sent on Monday).
_GRACE = timedelta(days=7)


def _check_receiver(m: Melding, today: date) -> list[Problem]:
    r = m.receiver
    problems: list[Problem] = []
    types = org_types()
    if r.org_type not in types or not types[r.org_type].receives_melding:
        problems.append(Problem("receiver.org_type", _("Kies Veilig Thuis of de Raad."), "4"))
    problems += require_text(r.org_name, "receiver.org_name",
                             _("Vul de naam van de organisatie in."), "4.melder.3")
    problems += require_answer(r.channel, "receiver.channel",
                               _("Geef aan of u mondeling of schriftelijk meldt."), "4.ontvanger.2")
    problems += check_past_date(r.date, "receiver.date", today + _GRACE, required=True,
                                what=_("de datum van de melding"), ref="4.melder.3")
    if not r.contact_person.strip():
        problems.append(Problem("receiver.contact_person", _(
            "Noteer met wie u sprak; dat helpt bij het vervolg en in uw dossier."),
            "7.melder.5", WARNING))
    if r.org_type == "raad":
        problems.append(Problem("receiver.org_type", handbook().text("fn3"), "fn3", WARNING))
    return problems




def advice_required(profile: dict[str, Any] | None) -> bool:
    """Whether the clinician's code demands an advice consultation with Veilig Thuis before a
    written melding: the practice's own setting, else on for the disciplines in the shipped
    settings (artsen: the KNMG meldcode makes it mandatory)."""
    profile = profile or {}
    if isinstance(profile.get("advice_required"), bool):
        return bool(profile["advice_required"])
    discipline = str(profile.get("discipline", "")).casefold()
    return any(word in discipline for word in default_settings()["advice_required_disciplines"])


def _check_advice(m: Melding, today: date) -> list[Problem]:
    a = m.advice
    problems: list[Problem] = []
    if a.required and m.receiver.channel != CHANNEL_ORAL and a.consulted is not True:
        problems.append(Problem("advice.consulted", _(
            "Uw beroepscode vraagt om vóór een schriftelijke melding telefonisch advies te vragen "
            "bij Veilig Thuis. Leg dat adviesgesprek hier vast, of meld mondeling."), "4"))
    if a.consulted:
        found = check_past_date(a.date, "advice.date", today, required=True,
                                what=_("de datum van het adviesgesprek"), ref="4")
        problems += found
        day = from_iso(a.date) if not found and a.date else None
        try:
            melding_day = from_iso(m.receiver.date) if m.receiver.date else None
        except ValueError:
            melding_day = None  # the receiver's own check says what is wrong with it
        if day is not None and melding_day is not None:
            if day > melding_day:
                problems.append(Problem("advice.date", _(
                    "Het adviesgesprek ging aan de melding vooraf, maar deze datum ligt na de "
                    "datum van de melding ({date}).", date=format_nl(melding_day)), "4"))
            elif melding_day - day > _YEAR:
                problems.append(Problem("advice.date", _(
                    "Dit adviesgesprek was meer dan een jaar vóór de melding. Vraag zo nodig "
                    "opnieuw advies over de situatie van nu."), "4", WARNING))
        problems += require_text(a.advice, "advice.advice",
                                 _("Noteer het advies dat u kreeg."), "4")
        if not a.with_whom.strip():
            problems.append(Problem("advice.with_whom", _(
                "Noteer met wie u het adviesgesprek voerde."), "7.melder.5", WARNING))
    return problems


_YEAR = timedelta(days=365)


def _check_apart(m: Melding, today: date) -> list[Problem]:
    """The part the family may not read, the melder's anonymity, and the enclosures."""
    w = m.withheld
    problems: list[Problem] = []
    if w.text.strip():
        problems += require_text(w.reason, "withheld.reason", _(
            "Leg uit waarom het gezin dit niet mag lezen (bijvoorbeeld de veiligheid van een "
            "ander, of uw eigen veiligheid)."), "7.vb.3")
        problems += require_answer(w.agreed, "withheld.agreed", _(
            "Geef aan of u met Veilig Thuis hebt afgesproken dat dit apart blijft van wat het "
            "gezin kan inzien."),
            "7.vb.3")
        if w.agreed is False:
            problems.append(Problem("withheld.agreed", _(
                "Alles in een melding is in te zien voor de ouders en voor kinderen vanaf 12 "
                "jaar. Spreek met Veilig Thuis af hoe zij dit deel apart houden voordat u het "
                "stuurt."), "7.vb.2", WARNING))
        for person in named_apart(m):
            problems.append(Problem("withheld.text", _(
                "Dit deel noemt {name}. Daarom staat {name} niet bij de betrokkenen in de "
                "melding zelf (die het gezin mag lezen), maar met de contactgegevens in dit "
                "aparte deel.", name=person.name.strip()), "7.vb.3", WARNING))
    elif w.reason.strip():
        problems.append(Problem("withheld.text", _(
            "U gaf een reden maar nog geen tekst: wat moet Veilig Thuis weten dat het gezin "
            "niet mag lezen?"), "7.vb.3"))
    if m.anonymous:
        problems += require_text(m.anonymous_reason, "anonymous_reason", _(
            "Leg uit waarom u anoniem wilt blijven tegenover het gezin."), "7.vb.3")
        if m.openness.client_informed and not m.openness.deviates:
            problems.append(Problem("anonymous_reason", _(
                "Uw cliënt weet dat u meldt (zie Openheid). Veilig Thuis kan uw naam dan niet "
                "geheim houden voor wie het al weet; anonimiteit beschermt u alleen tegenover "
                "andere gezinsleden. Bespreek met Veilig Thuis wat zij kunnen toezeggen."),
                "7.vb.3", WARNING))
    reference = _reference_date(m, today)
    for i, attachment in enumerate(m.attachments):
        f = f"attachments.{i}"
        problems += require_text(attachment.description, f + ".description",
                                 _("Beschrijf de bijlage (bijvoorbeeld ‘verslag intake’)."),
                                 "4.melder.3")
        problems += relevance_problems(attachment.description, f + ".description")
        found = check_past_date(attachment.date, f + ".date", today, required=True,
                                what=_("de datum van de bijlage"), ref="4.melder.3")
        problems += found
        day = from_iso(attachment.date) if not found and attachment.date else None
        if day is not None and reference - day > _YEAR:
            problems.append(Problem(f + ".date", _(
                "Deze bijlage is ouder dan een jaar ({date}). De ontvanger vraagt om actuele "
                "stukken: stuur haar alleen mee als ze nog iets zegt over de situatie nu.",
                date=format_nl(day)), "2.2", WARNING))
    return problems


def _check_expectations(m: Melding, today: date) -> list[Problem]:
    e = m.expectations
    problems = require_answer(e.procedure_explained, "expectations.procedure_explained", _(
        "Geef aan of de ontvanger de werkwijze en de termijn heeft uitgelegd."), "4.ontvanger.1")
    if not 1 <= int(e.decision_term_days or 0) <= 90:
        problems.append(Problem("expectations.decision_term_days", _(
            "De termijn voor de terugkoppeling moet tussen 1 en 90 dagen liggen."),
            "4.ontvanger.3"))
    return problems


def step7_status(m: Melding) -> list[tuple[str, bool, str]]:
    """Each step-7 item for the melder: (id, recorded?, how); a reasoned 'n.v.t.' counts."""
    o = m.openness
    informed = o.deviates or o.client_informed is not None
    consent_known = o.deviates or o.client_informed is False or bool(o.consent)
    reason_needed = o.deviates or needs_reason_without_consent(o)
    reason = o.deviation_explanation if o.deviates else o.reason_without_consent
    contact = bool(m.receiver.org_name.strip() and m.receiver.date)
    rows = [
        ("7.melder.1", bool(m.content.strip()), _("Inhoud van de melding")),
        ("7.melder.2", bool(m.facts) and all(f.what.strip() for f in m.facts),
         _("{n} feit(en) met bron", n=len(m.facts))),
        ("7.melder.3", informed and consent_known, _("Positie van de cliënt")),
        ("7.melder.4", (not reason_needed) or bool(reason.strip()),
         _("Reden") if reason_needed else _("Niet nodig: cliënt geïnformeerd en akkoord")),
        ("7.melder.5", contact, _("Contact met {org}", org=m.receiver.org_name or "…")),
        ("7.melder.6", True, _("Vervolg wordt bijgehouden als vervolgactie")),
    ]
    return with_not_applicable(rows, m.not_applicable)


def _check_summary(m: Melding, today: date) -> list[Problem]:
    return step7_problems(step7_status(m), KIND) + relevance_problems(m.content, "content")


def page_texts(page_id: str, m: Melding) -> list[Text]:
    """The free texts in use on a page (see `app.flows.texts`)."""
    if page_id == "weighing":
        return [(f"weighing.{q.id}_why", _("Toelichting bij afwegingsvraag {n}", n=q.number),
                 reasoning(m.weighing, q)) for q in afwegingskader().questions]
    if page_id == "client":
        return people_texts(m)
    if page_id == "openness":
        return openness_texts(m.openness)
    if page_id == "facts":
        return fact_texts(m.facts, "facts", _("feit {n}")) + [
            ("limits", _("Grenzen van uw waarneming"), m.limits),
            ("concern", _("Uw zorg"), m.concern)]
    if page_id == "receiver":
        r, a = m.receiver, m.advice
        texts = [("receiver.org_name", _("Naam van de organisatie"), r.org_name),
                 ("receiver.contact_person", _("Contactpersoon"), r.contact_person),
                 ("receiver.reference", _("Kenmerk ontvanger"), r.reference),
                 ("receiver.address", _("Adres van de ontvanger"), r.address)]
        if a.consulted:
            texts += [("advice.with_whom", _("Adviesgesprek: met wie"), a.with_whom),
                      ("advice.advice", _("Het advies"), a.advice)]
        return texts
    if page_id == "apart":
        w = m.withheld
        texts = [("withheld.text", _("Niet voor het gezin"), w.text),
                 ("withheld.reason", _("Waarom het gezin dit niet mag lezen"), w.reason),
                 ("withheld.agreed_note", _("Afspraak over het aparte deel"), w.agreed_note)]
        if m.anonymous:
            texts.append(("anonymous_reason", _("Reden voor anonimiteit"), m.anonymous_reason))
        texts += [(f"attachments.{i}.description", _("Omschrijving van bijlage {n}", n=i + 1),
                   x.description) for i, x in enumerate(m.attachments)]
        return texts
    if page_id == "expectations":
        e = m.expectations
        return [("expectations.procedure_note", _("Toelichting bij werkwijze en termijn"),
                 e.procedure_note),
                ("expectations.protect_meanwhile", _("Wat u intussen doet"), e.protect_meanwhile),
                ("expectations.report_again_when", _("Opnieuw melden als…"),
                 e.report_again_when)]
    if page_id == "summary":
        return summary_texts(m, _("Inhoud van de melding"))
    return []


_CHECKS = with_placeholders({
    "weighing": lambda m, today: check_weighing(m.weighing, today),
    "client": lambda m, today: check_client(m, today, FIND_FAMILY),
    "openness": lambda m, today: check_openness(m.openness, today),
    "facts": lambda m, today: check_facts(m.facts, today),
    "currency": _check_currency,
    "receiver": lambda m, today: _check_receiver(m, today) + _check_advice(m, today),
    "apart": _check_apart,
    "expectations": _check_expectations,
    "summary": _check_summary,
}, page_texts)


def check_page(page_id: str, m: Melding, today: date) -> list[Problem]:
    """Findings for one page; blocking ones keep the wizard on that page."""
    return _CHECKS[page_id](m, today)


def check_all(m: Melding, today: date) -> dict[str, list[Problem]]:
    return {pid: check_page(pid, m, today) for pid in PAGE_IDS}


def first_blocked_page(m: Melding, today: date) -> str | None:
    return first_blocked(_CHECKS, m, today)


def open_findings(m: Melding) -> list[dict[str, Any]]:
    """Judgement and hearsay findings still in the text, recorded with the dossier entry."""
    texts = [("relatie", m.relation), ("grenzen", m.limits), ("zorg", m.concern),
             ("inhoud", m.content)] + [(f"feit {i + 1}", f.what) for i, f in enumerate(m.facts)]
    texts += openness_texts_checked(m.openness)
    found = findings_in(texts, m.set_aside, (m.receiver.org_name,))
    for i, fact in enumerate(m.facts):
        if fact.observed_by_clinician:
            found += [{"where": f"feit {i + 1}", "rule": f.rule, "text": f.text, "ref": f.ref}
                      for f in hearsay(fact.what)[:1]]
    return mark_set_aside(found, m.set_aside)


# --- results ---------------------------------------------------------------------------------


def fact_line(fact: Any) -> str:
    """'14-10-2026 — Blauwe plekken … (eigen waarneming)'; what another institution gave for
    another purpose says so (3.1), for the clinician's own record."""
    source = _("eigen waarneming") if fact.observed_by_clinician else _(
        "bron: {source}", source=fact.source)
    if not fact.observed_by_clinician and fact.received_for.strip():
        source += "; " + _("gekregen voor: {purpose}", purpose=fact.received_for.strip())
    return f"{fact.when} — {fact.what} ({source})"


def followups(m: Melding) -> list[tuple[str, str | None, str]]:
    """The follow-up items a finished melding opens: (kind, due ISO date or None, note)."""
    org = m.receiver.org_name or display_name(m.receiver.org_type)
    due = decision_due(m)
    items: list[tuple[str, str | None, str]] = [
        ("decision", due.isoformat() if due else None,
         _("{org} laat weten of de melding wordt onderzocht (4.ontvanger.3).", org=org)),
    ]
    if m.receiver.channel == CHANNEL_ORAL:
        items.append(("rendering", due.isoformat() if due else None, _(
            "Schriftelijke of digitale weergave van de mondelinge melding ontvangen, controleren "
            "en zo nodig laten corrigeren (4.ontvanger.2).")))
    if m.expectations.procedure_explained is False:
        items.append(("procedure", None, _(
            "Vraag {org} naar de werkwijze en de termijn van het onderzoek (4.ontvanger.1).",
            org=org)))
    if m.anonymous:
        items.append(("anonymity", None, _(
            "U vroeg {org} anoniem te blijven tegenover het gezin ({reason}). Controleer in de "
            "weergave en de terugkoppeling dat uw naam niet aan het gezin is genoemd.",
            org=org, reason=m.anonymous_reason)))
    items.append(("outcome", None, _(
        "Uitkomst van het onderzoek, en wat u intussen kunt doen of wanneer opnieuw melden "
        "aan de orde is (4.ontvanger.3, 4.ontvanger.4).")))
    return items


def dossier_entry(m: Melding, profile: dict[str, Any], today: date) -> dict[str, Any]:
    """The step-7 record of this melding for the clinician's own dossier."""
    o = m.openness
    facts_text = "\n".join(fact_line(f) for f in m.facts)
    if m.limits.strip():
        facts_text += "\n" + _("Grenzen van deze melding: {limits}", limits=m.limits)
    if m.concern.strip():
        facts_text += "\n" + _("Mijn zorg: {concern}", concern=m.concern.strip())
    position = "\n".join(f"{label}: {text}" for label, text in openness_summary(o))
    reason = o.deviation_explanation if o.deviates else o.reason_without_consent
    r = m.receiver
    contact = _(
        "{channel} melding bij {org} op {date}{person}.",
        channel=_("Mondelinge") if r.channel == CHANNEL_ORAL else _("Schriftelijke"),
        org=r.org_name, date=format_nl(r.date),
        person=_(", gesproken met {p}", p=r.contact_person) if r.contact_person else "")
    e = m.expectations
    if e.procedure_explained is not None:  # 4.ontvanger.1: what the receiver told of its way
        contact += "\n" + (_("Werkwijze en termijn van het onderzoek uitgelegd{note}",
                             note=_(": {t}", t=e.procedure_note.strip())
                             if e.procedure_note.strip() else ".")
                           if e.procedure_explained else
                           _("Werkwijze en termijn van het onderzoek nog niet uitgelegd."))
    if m.other_contacts.strip():
        contact += "\n" + m.other_contacts
    due = decision_due(m)
    vervolg = _("Nog geen terugkoppeling ontvangen. Terugkoppeling of de melding wordt "
                "onderzocht verwacht uiterlijk {date}.", date=format_nl(due) if due else "…")
    if e.protect_meanwhile.strip():  # 4.ontvanger.4
        vervolg += "\n" + _("Wat ik intussen doe: {t}", t=e.protect_meanwhile.strip())
    if e.report_again_when.strip():
        vervolg += "\n" + _("Opnieuw melden als: {t}", t=e.report_again_when.strip())
    texts = {
        "7.melder.1": m.content,
        "7.melder.2": facts_text,
        "7.melder.3": position,
        "7.melder.4": reason if (o.deviates or needs_reason_without_consent(o)) else _(
            "Niet van toepassing: de cliënt is geïnformeerd en gaf toestemming."),
        "7.melder.5": contact,
        "7.melder.6": vervolg,
    }
    notice = currency_notice(m, today)
    return {
        "flow": KIND,
        "items": entry_items(texts, m.not_applicable),
        "melder": person(profile),
        "client": m.client_pseudonym,
        "children": [{"name": c.name, "age": c.age, "birth_date": c.birth_date}
                     for c in m.children],
        "people": people_rows(m, today),
        "extra": weighing_rows(m.weighing) + apart_rows(m),
        "receiver": {"org_type": r.org_type, "org_name": r.org_name,
                     "contact_person": r.contact_person, "channel": r.channel, "date": r.date},
        "last_contact": m.last_contact,
        "currency_notice": notice,
        "decision_due": due.isoformat() if due else None,
        "open_findings": open_findings(m),
    }


def apart_rows(m: Melding) -> list[dict[str, str]]:
    """For the dossier entry: the advice consultation, what went apart from the melding (with
    `withheld` set, so the inzage copy proposes screening it), anonymity and enclosures."""
    rows: list[dict[str, str]] = []
    a = m.advice
    if a.consulted is not None:
        rows.append({"label": _("Adviesgesprek met Veilig Thuis"), "text": _(
            "Op {date} met {who}: {advice}", date=format_nl(a.date), who=a.with_whom or "…",
            advice=a.advice) if a.consulted else _("Geen adviesgesprek gevoerd.")})
    w = m.withheld
    if w.text.strip():
        agreed = _("Afgesproken met de ontvanger") if w.agreed else _("Niet afgesproken")
        rows.append({"label": _("Apart gegeven, niet voor het gezin"), "withheld": "1",
                     "text": _("{text}\nReden: {reason}\n{agreed}{note}", text=w.text,
                               reason=w.reason, agreed=agreed,
                               note=f" ({w.agreed_note})" if w.agreed_note else "")})
    if m.anonymous:
        rows.append({"label": _("Anonimiteit tegenover het gezin"), "withheld": "1",
                     "text": _("Gevraagd: {reason}", reason=m.anonymous_reason)})
    if m.attachments:
        rows.append({"label": _("Bijlagen"), "text": "\n".join(
            f"{x.description} ({format_nl(x.date)})" for x in m.attachments)})
    return rows


def new_melding(profile: dict[str, Any] | None = None) -> Melding:
    """A fresh draft with the practice's defaults filled in."""
    m = Melding()
    m.advice.required = advice_required(profile)
    vt = org_types()["veilig_thuis"]
    m.receiver.org_name = vt.name
    m.expectations.decision_term_days = default_settings()["decision_term_days"]
    return m

