"""Flow 2, "Informatieverzoek beantwoorden": answering as informant (steps 1a, 2, 5, 6, 7).

Pages, checks, the step-7 record and follow-up as data and plain functions. The judgement and
source checks never block finishing — the clinician decides — but open findings are recorded.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from app.checks.dates import DateError, format_nl, from_iso, parse_date
from app.checks.plain import plain_problems
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
from app.content.organisations import display_name, law_notes, org_types
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
    judgement_problems,
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
from app.flows.people import MATCH_FILE, people_rows
from app.flows.texts import (
    Text,
    fact_texts,
    openness_texts,
    people_texts,
    summary_texts,
    with_placeholders,
)
from app.model import CHANNEL_ORAL, CONSENT_GIVEN, EXPERTISES, Informatieverzoek, QuestionAnswer

KIND = "informatieverzoek"
REQUESTER_TYPES = ("veilig_thuis", "gi", "raad")
RENDERING_CHECK_DAYS = 14  # when to look for the requester's written rendering of an oral answer

PAGES: tuple[PageSpec, ...] = (
    PageSpec("client", "Betrokkenen",
             "Over wie gaat het verzoek, en wat is uw relatie tot hen?", ("fn1",),
             templates=("melding.relation",)),
    PageSpec("request", "Het verzoek (stap 5)",
             "Wie vraagt wat, waarom, hoe en wanneer?",
             ("5.1", "5.2", "5.3", "fn4"),
             law=("law.gi_informatieplicht", "law.gi_zonder_ots", "law.raad",
                  "law.veilig_thuis")),
    PageSpec("openness", "Openheid naar uw cliënt (stap 1a)",
             "Wat weet uw cliënt van dit verzoek, en wat vindt hij of zij ervan?",
             ("1a.1", "1a.2", "1a.3", "1a.vb.intro", "1a.vb.1", "1a.vb.2", "1a.vb.3"),
             law=("law.gi_informatieplicht",),
             templates=("verzoek.informed_explanation", "verzoek.reason_ots",
                        "openness.deviation_suicide", "openness.deviation_flight",
                        "openness.deviation_delusion")),
    PageSpec("questions", "De vragen (stap 5)",
             "Welke vragen kreeg u? Vragen naar een oordeel worden gemarkeerd.",
             ("5.4", "5.5", "5.niet_zo.1", "5.niet_zo.2", "5.niet_zo.3", "5.maar_zo.1",
              "5.maar_zo.2", "5.maar_zo.3", "5.maar_zo.4", "5.maar_zo.5", "5.maar_zo.6")),
    PageSpec("answers", "Uw antwoorden (stap 6)",
             "Per vraag: feiten, gedrag en symptomen, met wie ze waarnam. Het oordeel laat u aan "
             "de vrager.",
             ("6.1", "6.3", "6.4", "6.5", "6.niet_zo.1", "6.niet_zo.2", "6.niet_zo.3",
              "6.niet_zo.4", "6.maar_zo.1", "6.maar_zo.2", "6.maar_zo.3"),
             law=("law.bronvermelding",), templates=("verzoek.no_judgement",)),
    PageSpec("completeness", "Volledigheid en actualiteit (stap 2 en 6.2)",
             "Feiten die de zorg bevestigen én die haar ontkrachten; hoe actueel is uw beeld?",
             ("6.2", "2.1", "2.2", "2.3", "2.vb.1", "2.vb.2", "2.vb.3")),
    PageSpec("summary", "Samenvatting en dossier (stap 7)",
             "Wat u verstrekt, en wat u vastlegt in uw dossier.",
             ("7.melder.1", "7.melder.2", "7.melder.3", "7.melder.4", "7.melder.5",
              "7.melder.6", "5.6", "fn5", "7.vb.1"), law=("law.bewaartermijn",)),
)
PAGE_IDS = tuple(p.id for p in PAGES)


def expertise_options() -> list[str]:
    """The suggested expertises (5.3) as the interface names them ('arts': 'doctor')."""
    return [_(e) for e in EXPERTISES if e != "anders"]


def expertise_label(value: str) -> str:
    """A stored expertise as the interface shows it: a suggested one translated, free text as
    typed."""
    return _(value) if value in EXPERTISES else value


def expertise_value(text: str) -> str:
    """What to store for the expertise the clinician chose or typed: a suggested one in Dutch
    (the record, the checks and the documents read the Dutch word), anything else as typed."""
    for e in EXPERTISES:
        if text.casefold() in (e.casefold(), _(e).casefold()):
            return e
    return text


def page(page_id: str) -> PageSpec:
    return page_of(PAGES, page_id)


def new_request() -> Informatieverzoek:
    v = Informatieverzoek()
    v.request.org_name = org_types()["raad"].name
    v.questions = [QuestionAnswer()]
    return v


def is_gi_under_ots(v: Informatieverzoek) -> bool:
    return v.request.org_type == "gi" and v.request.supervision_order is True


def reference_date(v: Informatieverzoek, today: date) -> date:
    """Currency is judged at the date of the answer (today while it is not set)."""
    try:
        return from_iso(v.answered_on) or today
    except ValueError:
        return today


def currency_notice(v: Informatieverzoek, today: date) -> str:
    return currency_notice_for(v.last_contact, reference_date(v, today), case_threshold(v))


def term_date(v: Informatieverzoek) -> date | None:
    """The agreed term (5.2), when it is a valid date."""
    try:
        return parse_date(v.request.term) if v.request.term else None
    except DateError:
        return None


# --- intake: what the requester did not state ------------------------------------------------

_ASK_FIRST = (
    ("why", "5.1", "Waarom is de informatie nodig?"),
    ("info_type", "5.1", "Om welk type informatie gaat het?"),
    ("term", "5.2", "Binnen welke termijn?"),
    ("expertise", "5.3", "Over welke deskundigheid beschikt degene die de antwoorden "
                         "interpreteert?"),
)


def ask_first(v: Informatieverzoek) -> list[tuple[str, str, str]]:
    """'Vraag dit eerst na': (field, handbook id, question) for what the request leaves open."""
    r = v.request
    return [(f, ref, _(question)) for f, ref, question in _ASK_FIRST
            if not str(getattr(r, f)).strip()]


def _check_request(v: Informatieverzoek, today: date) -> list[Problem]:
    r = v.request
    problems: list[Problem] = []
    if r.org_type not in REQUESTER_TYPES:
        problems.append(Problem("request.org_type", _(
            "Kies Veilig Thuis, een gecertificeerde instelling of de Raad."), "5"))
    problems += require_text(r.org_name, "request.org_name",
                             _("Vul de naam van de organisatie in."), "7.melder.5")
    problems += require_text(r.name, "request.name",
                             _("Wie vraagt de informatie? Vul de naam in."), "7.melder.5")
    problems += check_past_date(r.received_on, "request.received_on", today, required=True,
                                what=_("de datum van het verzoek"), ref="5.1")
    problems += require_answer(r.channel, "request.channel", _(
        "Geef aan of u mondeling of schriftelijk antwoordt (5.2)."), "5.2")
    if r.term.strip():
        try:
            term = parse_date(r.term)
            received = from_iso(r.received_on) if r.received_on else None
            if received and term < received:
                problems.append(Problem("request.term", _(
                    "De termijn ligt vóór de datum van het verzoek."), "5.2"))
        except (DateError, ValueError) as exc:
            message = exc.message if isinstance(exc, DateError) else str(exc)
            problems.append(Problem("request.term", message, "5.2"))
    if r.org_type == "gi":
        problems += require_answer(r.supervision_order, "request.supervision_order", _(
            "Geef aan of er een ondertoezichtstelling is: dan geldt de informatieplicht."), "fn4")
        if r.supervision_order is False:
            problems.append(Problem("request.supervision_order", _(
                "Zonder ondertoezichtstelling geldt de informatieplicht niet. Dan geeft u de "
                "jeugdbeschermer alleen informatie met gerichte toestemming van uw cliënt, of, "
                "zonder toestemming, alleen in een uitzonderlijke situatie op grond van een "
                "conflict van plichten (voetnoot 4, KNMG-meldcode)."), "fn4", WARNING))
    for f, ref, question in ask_first(v):
        problems.append(Problem(f"request.{f}", _("Vraag dit eerst na: {q} ({ref}: {rule})",
                                                  q=question, ref=ref,
                                                  rule=handbook().text(ref).rstrip(";")),
                                ref, WARNING))
    return problems


def gi_without_ots(v: Informatieverzoek) -> bool:
    """A GI asks, and there is no supervision order: footnote 4's rule stands."""
    return v.request.org_type == "gi" and v.request.supervision_order is False


def _check_openness(v: Informatieverzoek, today: date) -> list[Problem]:
    """Step 1a; and for a GI without an OTS, that going ahead without consent is a conflict of
    duties, to be weighed and recorded (footnote 4)."""
    problems = check_openness(v.openness, today)
    o = v.openness
    if gi_without_ots(v) and (o.deviates or o.consent != CONSENT_GIVEN):
        field = "openness.deviation_explanation" if o.deviates else (
            "openness.reason_without_consent" if o.client_informed else "openness.client_informed")
        problems.append(Problem(field, _(
            "Er is geen ondertoezichtstelling en geen toestemming. Dan mag u de jeugdbeschermer "
            "alleen informatie geven in een uitzonderlijke situatie, op grond van een conflict "
            "van plichten: leg hier vast waarom zwijgen hier zwaarder schaadt dan spreken "
            "(voetnoot 4)."), "fn4", WARNING))
    return problems


def legal_ground(v: Informatieverzoek) -> str:
    """For a GI: on what ground the information is given (the OTS duty, consent, or a
    conflict of duties); '' for another requester."""
    if v.request.org_type != "gi" or v.request.supervision_order is None:
        return ""
    if v.request.supervision_order:
        note = law_notes()["law.gi_informatieplicht"]
        return _("Informatieplicht tijdens de ondertoezichtstelling ({article}).",
                 article=note.article)
    if v.openness.consent == CONSENT_GIVEN and not v.openness.deviates:
        return _("Geen ondertoezichtstelling: gegeven met gerichte toestemming van de cliënt "
                 "(voetnoot 4).")
    return _("Geen ondertoezichtstelling en geen toestemming: gegeven op grond van een conflict "
             "van plichten (voetnoot 4); de afweging staat bij de reden.")


def gi_duty_text() -> str:
    """Jeugdwet 7.3.11 lid 4, and footnote 4 as its history."""
    note = law_notes()["law.gi_informatieplicht"]
    return _("{text} ({article}) Voetnoot 4 van de handleiding kondigde dit in 2013 aan: "
             "{history}", text=note.text, article=note.article,
             history=handbook().text("fn4"))


# --- questions and answers -------------------------------------------------------------------


def requester_expertise(v: Informatieverzoek) -> str:
    """Who interprets the answers (5.3): the recorded expertise, else the function."""
    return v.request.expertise.strip() or v.request.function.strip()


def _check_questions(v: Informatieverzoek, today: date) -> list[Problem]:
    problems: list[Problem] = []
    asked = [q for q in v.questions if q.question.strip()]
    if not asked:
        problems.append(Problem("questions", _(
            "Noteer ten minste één vraag die u kreeg."), "5.4"))
    for i, qa in enumerate(v.questions):
        problems += judgement_problems(qa.question, f"questions.{i}.question")
    return problems


def _check_answers(v: Informatieverzoek, today: date) -> list[Problem]:
    problems: list[Problem] = []
    for i, qa in enumerate(v.questions):
        if not qa.question.strip():
            continue
        p = f"questions.{i}"
        if not qa.answer.strip() and not any(f.what.strip() for f in qa.facts):
            problems.append(Problem(p + ".answer", _(
                "Geef een antwoord, of schrijf waarom u deze vraag niet beantwoordt."), "6.3"))
        problems += judgement_problems(qa.answer, p + ".answer")
        problems += judgement_problems(qa.disorder_effect, p + ".disorder_effect")
        problems += plain_problems(qa.answer, p + ".answer", requester_expertise(v))
        problems += plain_problems(qa.disorder_effect, p + ".disorder_effect",
                                   requester_expertise(v))
        for j, fact in enumerate(qa.facts):
            fp = f"{p}.facts.{j}"
            if not (fact.what.strip() or fact.when.strip() or fact.source.strip()):
                continue  # an empty row the clinician did not use
            problems += check_fact(fact, fp, today, "6.1")
            problems += judgement_problems(fact.what, fp + ".what")
            problems += plain_problems(fact.what, fp + ".what", requester_expertise(v))
    return problems


def _check_completeness(v: Informatieverzoek, today: date) -> list[Problem]:
    problems = require_text(v.confirming, "confirming", _(
        "Noem de feiten die de zorg bevestigen, of schrijf dat u die niet kent."), "6.2")
    problems += require_text(v.contradicting, "contradicting", _(
        "Noem ook de feiten die de zorg ontkrachten, of schrijf dat u die niet kent (6.2)."),
        "6.2")
    problems += judgement_problems(v.confirming, "confirming")
    problems += judgement_problems(v.contradicting, "contradicting")
    for field in ("confirming", "contradicting"):
        problems += plain_problems(getattr(v, field), field, requester_expertise(v))
    problems += check_last_contact(v.last_contact, reference_date(v, today), today,
                                   case_threshold(v))
    problems += after_last_contact(v.last_contact, [
        (_("feit {j} bij vraag {n}", j=j + 1, n=i + 1), f)
        for i, qa in enumerate(v.questions) for j, f in enumerate(qa.facts)], v.openness)
    problems += check_past_date(v.answered_on, "answered_on", today + timedelta(days=7),
                                required=True, what=_("de datum van uw antwoord"), ref="7.melder.1")
    return problems


# --- step 7 ----------------------------------------------------------------------------------


def step7_status(v: Informatieverzoek) -> list[tuple[str, bool, str]]:
    """Each step-7 item for the informant: (id, recorded?, how)."""
    o = v.openness
    answered = [q for q in v.questions if q.question.strip()]
    content_ok = bool(answered) and all(q.answer.strip() or any(f.what.strip() for f in q.facts)
                                        for q in answered)
    reason_needed = o.deviates or needs_reason_without_consent(o)
    reason = o.deviation_explanation if o.deviates else o.reason_without_consent
    rows = [
        ("7.melder.1", content_ok, _("{n} vraag/vragen beantwoord", n=len(answered))),
        ("7.melder.2", bool(v.request.why.strip()) or any(
            f.what.strip() for q in answered for f in q.facts),
         _("Aanleiding van het verzoek en de feiten")),
        ("7.melder.3", o.deviates or (o.client_informed is False) or bool(o.consent),
         _("Positie van de cliënt")),
        ("7.melder.4", (not reason_needed) or bool(reason.strip()),
         _("Reden") if reason_needed else _("Niet nodig: cliënt geïnformeerd en akkoord")),
        ("7.melder.5", bool(v.request.org_name.strip() and v.request.name.strip()),
         _("Contact met {who}", who=v.request.name or "…")),
        ("7.melder.6", True, _("Vervolg wordt bijgehouden als vervolgactie")),
    ]
    return with_not_applicable(rows, v.not_applicable)


def _check_summary(v: Informatieverzoek, today: date) -> list[Problem]:
    return step7_problems(step7_status(v), KIND)


def page_texts(page_id: str, v: Informatieverzoek) -> list[Text]:
    """The free texts in use on a page (see `app.flows.texts`)."""
    r = v.request
    if page_id == "client":
        return people_texts(v)
    if page_id == "request":
        return [("request.org_name", _("Naam van de organisatie"), r.org_name),
                ("request.name", _("Naam van de aanvrager"), r.name),
                ("request.function", _("Functie van de aanvrager"), r.function),
                ("request.expertise", _("Deskundigheid"), r.expertise),
                ("request.why", _("Waarom is de informatie nodig?"), r.why),
                ("request.info_type", _("Welk type informatie?"), r.info_type),
                ("request.reference", _("Kenmerk aanvrager"), r.reference),
                ("request.address", _("Adres van de aanvrager"), r.address)]
    if page_id == "openness":
        return openness_texts(v.openness)
    texts: list[Text] = []
    for i, qa in enumerate(v.questions):
        n, p = i + 1, f"questions.{i}"
        if page_id == "questions":
            texts += [(p + ".question", _("Vraag {n}", n=n), qa.question),
                      (p + ".judgement_note", _("Wat u deed met vraag {n}", n=n),
                       qa.judgement_note)]
        elif page_id == "answers" and qa.question.strip():
            texts.append((p + ".answer", _("Uw antwoord op vraag {n}", n=n), qa.answer))
            texts += fact_texts(qa.facts, p + ".facts", _("feit {{n}} bij vraag {q}", q=n))
            texts.append((p + ".disorder_effect", _("Stoornis en gedrag bij vraag {n}", n=n),
                          qa.disorder_effect))
    if page_id == "completeness":
        texts += [("confirming", _("Feiten die de zorg bevestigen"), v.confirming),
                  ("contradicting", _("Feiten die de zorg ontkrachten"), v.contradicting)]
    if page_id == "summary":
        texts += summary_texts(v, _("Toelichting bij uw antwoord"))
    return texts


_CHECKS = with_placeholders({
    "client": lambda m, today: check_client(m, today, MATCH_FILE),
    "request": _check_request,
    "openness": _check_openness,
    "questions": _check_questions,
    "answers": _check_answers,
    "completeness": _check_completeness,
    "summary": lambda v, today: _check_summary(v, today) + plain_problems(
        v.content, "content", requester_expertise(v)),
}, page_texts)


def check_page(page_id: str, v: Informatieverzoek, today: date) -> list[Problem]:
    return _CHECKS[page_id](v, today)


def first_blocked_page(v: Informatieverzoek, today: date) -> str | None:
    return first_blocked(_CHECKS, v, today)


def open_findings(v: Informatieverzoek) -> list[dict[str, Any]]:
    """Every judgement and hearsay finding still in the text, for the dossier entry."""
    texts: list[tuple[str, str]] = []
    for i, qa in enumerate(v.questions):
        texts += [(f"vraag {i + 1}", qa.question), (f"antwoord {i + 1}", qa.answer),
                  (f"stoornis en gedrag {i + 1}", qa.disorder_effect)]
        texts += [(f"feit {i + 1}.{j + 1}", f.what) for j, f in enumerate(qa.facts)]
    texts += [("bevestigende feiten", v.confirming), ("ontkrachtende feiten", v.contradicting),
              ("toelichting", v.content), *openness_texts_checked(v.openness)]
    found = findings_in(texts, v.set_aside, (v.request.org_name,))
    for i, qa in enumerate(v.questions):
        for j, fact in enumerate(qa.facts):
            if fact.observed_by_clinician:
                found += [{"where": f"feit {i + 1}.{j + 1}", "rule": f.rule, "text": f.text,
                           "ref": f.ref} for f in hearsay(fact.what)[:1]]
    return mark_set_aside(found, v.set_aside)


# --- results ---------------------------------------------------------------------------------


def followups(v: Informatieverzoek, today: date) -> list[tuple[str, str | None, str]]:
    org = v.request.org_name or display_name(v.request.org_type)
    items: list[tuple[str, str | None, str]] = []
    if v.request.channel == CHANNEL_ORAL:
        due = reference_date(v, today) + timedelta(days=RENDERING_CHECK_DAYS)
        items.append(("answer_rendering", due.isoformat(), _(
            "Schriftelijke of digitale weergave van uw mondelinge informatie van {org} "
            "ontvangen, controleren en zo nodig laten aanvullen of verbeteren (5.6).", org=org)))
    items.append(("outcome", None, _(
        "Vervolg op de informatieverstrekking, voor zover {org} u informeert (7.melder.6).",
        org=org)))
    return items


def qa_text(qa: QuestionAnswer) -> str:
    from app.flows.melding import fact_line

    parts = [qa.answer.strip()] if qa.answer.strip() else []
    parts += [fact_line(f) for f in qa.facts if f.what.strip()]
    if qa.disorder_effect.strip():
        parts.append(_("Stoornis en gedrag: {t}", t=qa.disorder_effect.strip()))
    return "\n".join(parts)


def dossier_entry(v: Informatieverzoek, profile: dict[str, Any], today: date) -> dict[str, Any]:
    """The step-7 record of this informatieverstrekking for the clinician's own dossier."""
    o = v.openness
    r = v.request
    answered = [q for q in v.questions if q.question.strip()]
    content = "\n\n".join(_("Vraag: {q}\nAntwoord: {a}", q=q.question.strip(), a=qa_text(q))
                          + (_("\nWat ik met deze vraag deed: {n}", n=q.judgement_note.strip())
                             if q.judgement_note.strip() else "")  # 5.4, 6.4
                          for q in answered)
    if v.content.strip():
        content = v.content.strip() + "\n\n" + content
    facts = _("Verzoek van {org} ({why}).", org=r.org_name, why=r.why or _("reden niet vermeld"))
    facts += "\n" + _("Bevestigend: {t}", t=v.confirming) + "\n" + _("Ontkrachtend: {t}",
                                                                     t=v.contradicting)
    position = "\n".join(f"{label}: {text}" for label, text in openness_summary(o))
    reason = o.deviation_explanation if o.deviates else o.reason_without_consent
    contact = _("{channel} informatie aan {name} ({function}, {org}) op {date}; verzoek "
                "ontvangen op {received}.",
                channel=_("Mondelinge") if r.channel == CHANNEL_ORAL else _("Schriftelijke"),
                name=r.name, function=r.function or r.expertise or "…", org=r.org_name,
                date=format_nl(v.answered_on), received=format_nl(r.received_on))
    if r.expertise.strip() and r.function.strip():  # 5.3: who interprets the answers
        contact += " " + _("Deskundigheid van de vrager: {e}.", e=r.expertise.strip())
    if r.term:  # 5.2
        contact += " " + _("Afgesproken termijn: {date}.", date=format_nl(r.term))
    if v.other_contacts.strip():
        contact += "\n" + v.other_contacts
    vervolg = _("Nog geen vervolg bekend.")
    if r.channel == CHANNEL_ORAL:
        vervolg += " " + _("De schriftelijke weergave van de mondelinge informatie wordt "
                           "gecontroleerd (5.6).")
    texts = {
        "7.melder.1": content,
        "7.melder.2": facts,
        "7.melder.3": position,
        "7.melder.4": reason if (o.deviates or needs_reason_without_consent(o)) else _(
            "Niet van toepassing: de cliënt is geïnformeerd en gaf toestemming."),
        "7.melder.5": contact,
        "7.melder.6": vervolg,
    }
    return {
        "flow": KIND,
        "items": entry_items(texts, v.not_applicable),
        "informant": person(profile),
        "client": v.client_pseudonym,
        "people": people_rows(v, today),
        "requester": {"org_type": r.org_type, "org_name": r.org_name, "name": r.name,
                      "function": r.function, "expertise": r.expertise, "channel": r.channel,
                      "received_on": r.received_on, "term": r.term},
        "gi_information_duty": is_gi_under_ots(v),
        "extra": [{"label": _("Grondslag"), "text": legal_ground(v)}] if legal_ground(v) else [],
        "last_contact": v.last_contact,
        "currency_notice": currency_notice(v, today),
        "open_findings": open_findings(v),
    }
