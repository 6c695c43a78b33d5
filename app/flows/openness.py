"""Step 1a (openness towards the client) as rules, shared by every flow."""

from __future__ import annotations

from datetime import date

from app.checks.problems import WARNING, Problem, check_past_date, require_answer, require_text
from app.content.i18n import _
from app.model import CONSENT_GIVEN, SAFETY_GROUNDS, Openness

SAFETY_GROUND_LABELS = {
    "client": "de veiligheid van de cliënt",
    "child": "de veiligheid van de minderjarige",
    "clinician": "uw eigen veiligheid",
    "others": "de veiligheid van anderen",
}

CONSENT_LABELS = {
    "given": "toestemming gegeven",
    "refused": "toestemming geweigerd",
    "not_asked": "niet om toestemming gevraagd",
}


def needs_reason_without_consent(o: Openness) -> bool:
    """7.melder.4: not informed, or no consent, means the record must say why it went ahead."""
    if o.deviates:
        return False  # the deviation explanation is that reason
    return o.client_informed is False or (o.client_informed is True and o.consent != CONSENT_GIVEN)


def check_openness(o: Openness, today: date, prefix: str = "openness") -> list[Problem]:
    """Everything step 1a asks to be settled before the exchange."""
    p = prefix + "."
    problems: list[Problem] = []
    if o.deviates:
        if not any(g in SAFETY_GROUNDS for g in o.safety_grounds):
            problems.append(Problem(
                p + "safety_grounds",
                _("Kies om wiens veiligheid u afwijkt van openheid."), "1a.3"))
        problems += require_text(
            o.deviation_explanation, p + "deviation_explanation",
            _("Leg uit waarom openheid hier niet mogelijk is."), "1a.3")
        return problems
    problems += require_answer(
        o.concerns_discussed, p + "concerns_discussed",
        _("Geef aan of u uw zorgen met de cliënt hebt besproken."), "1a.1")
    if o.concerns_discussed is False and not o.concerns_note.strip():
        problems.append(Problem(p + "concerns_note", _(
            "De handleiding vraagt eerst uw zorgen en de signalen feitelijk met de cliënt te "
            "bespreken en om een reactie te vragen (1a.1). Bespreek ze alsnog, of leg in de "
            "toelichting uit waarom dat niet kon."), "1a.1", WARNING))
    problems += _judged(o.concerns_note, p + "concerns_note")
    problems += require_answer(
        o.client_informed, p + "client_informed",
        _("Geef aan of de cliënt weet van deze informatie-uitwisseling."), "4.melder.2")
    if o.client_informed is False:
        problems.append(Problem(
            p + "client_informed",
            _("Zonder de cliënt te informeren mag u alleen afwijken om veiligheidsredenen "
              "(1a.3). Kies ‘Ik wijk af van openheid’ en geef de grond, of informeer de cliënt."),
            "1a.3"))
        return problems
    if o.client_informed:
        problems += check_past_date(
            o.informed_on, p + "informed_on", today, required=True,
            what=_("de datum waarop u de cliënt informeerde"), ref="1a.2")
        problems += require_text(
            o.informed_explanation, p + "informed_explanation",
            _("Beschrijf wat u hebt uitgelegd: waarom, met wie en welke informatie."), "1a.2.a")
        problems += require_text(
            o.client_reaction, p + "client_reaction",
            _("Beschrijf de reactie van de cliënt."), "1a.2.b")
        if not o.client_questions.strip():
            problems.append(Problem(p + "client_questions", _(
                "Welke vragen of bezwaren had de cliënt, en wat hebt u daarover besproken? "
                "Had de cliënt er geen, noteer dat (1a.2)."), "1a.2.c", WARNING))
        problems += require_answer(
            o.consent, p + "consent", _("Geef aan of de cliënt toestemming gaf."), "1a.2.d")
        problems += require_answer(
            o.decision_told, p + "decision_told",
            _("Geef aan of u de cliënt over uw besluit hebt geïnformeerd."), "1a.2.e")
        if o.decision_told is False:
            problems.append(Problem(
                p + "decision_told",
                _("De handleiding vraagt de cliënt over het besluit te informeren (1a.2)."),
                "1a.2.e", WARNING))
        if not o.presence_considered.strip():
            problems.append(Problem(p + "presence_considered", _(
                "Beoordeel of het mogelijk en gewenst is dat de cliënt bij de uitwisseling "
                "aanwezig is, en noteer wat u besloot en waarom (1a.2)."), "1a.2.f", WARNING))
    if needs_reason_without_consent(o):
        problems += require_text(
            o.reason_without_consent, p + "reason_without_consent",
            _("Zonder toestemming is vereist dat u vastlegt waarom de uitwisseling toch "
              "nodig is."), "7.melder.4")
    return problems


def _judged(text: str, field: str) -> list[Problem]:
    """Judgement findings in the note on the concerns (1a.1: factually, without judgement)."""
    from app.flows.kit import judgement_problems

    return judgement_problems(text, field) if text.strip() else []


def openness_texts_checked(o: Openness) -> list[tuple[str, str]]:
    """(where, text) of the free texts of step 1a that the judgement check reads for the
    dossier entry's open findings."""
    return [("zorgen besproken", o.concerns_note), ("vragen en bezwaren", o.client_questions)]


def openness_summary(o: Openness) -> list[tuple[str, str]]:
    """The client's position, as label/text rows for documents and the summary page: in
    the interface's language on the page, in Dutch in a document (`in_source_language`)."""
    from app.checks.dates import format_nl

    rows: list[tuple[str, str]] = []
    if o.deviates:
        grounds = ", ".join(_(SAFETY_GROUND_LABELS[g]) if g in SAFETY_GROUND_LABELS else g
                            for g in o.safety_grounds)
        rows.append((_("Cliënt geïnformeerd"),
                     _("Nee. Afgeweken van openheid in verband met {grounds}.", grounds=grounds)))
        rows.append((_("Waarom niet"), o.deviation_explanation))
        return rows
    if o.concerns_discussed is not None:
        rows.append((_("Zorgen besproken"), _("Ja") if o.concerns_discussed else _("Nee")))
    if o.concerns_note:
        rows.append((_("Toelichting"), o.concerns_note))
    if o.client_informed:
        rows.append((_("Cliënt geïnformeerd"), _("Ja, op {date}", date=format_nl(o.informed_on))))
        rows.append((_("Uitgelegd"), o.informed_explanation))
        rows.append((_("Reactie van de cliënt"), o.client_reaction))
        rows.append((_("Vragen en bezwaren"), o.client_questions))
        rows.append((_("Toestemming"),
                     _(CONSENT_LABELS[o.consent]) if o.consent in CONSENT_LABELS else ""))
    elif o.client_informed is False:
        rows.append((_("Cliënt geïnformeerd"), _("Nee")))
    if needs_reason_without_consent(o) and o.reason_without_consent:
        rows.append((_("Waarom toch"), o.reason_without_consent))
    if o.decision:
        rows.append((_("Besluit"), o.decision))
    if o.decision_told is not None:
        rows.append((_("Cliënt over besluit geïnformeerd"),
                     _("Ja") if o.decision_told else _("Nee")))
    if o.presence_considered:
        rows.append((_("Aanwezigheid cliënt"), o.presence_considered))
    return [(label, text) for label, text in rows if text]
