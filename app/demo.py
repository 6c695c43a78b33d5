"""A realistic demo dossier: scenario A (mevrouw Y., the handbook's example of step 4)."""

from __future__ import annotations

from datetime import date, timedelta

from app.model import (
    CONSENT_REFUSED,
    Child,
    Expectations,
    Fact,
    Melding,
    Openness,
    Receiver,
)

DEMO_PROFILE = {
    "name": "S. de Vries",
    "discipline": "GZ-psycholoog",
    "big": "09012345625",
    "practice": "Praktijk De Linde",
    "address": "Lindelaan 12, 3581 AB Utrecht",
    "phone": "030 123 45 67",
    "email": "praktijk@delinde.example",
}


def demo_melding(today: date) -> Melding:
    """Mevrouw Y.: violence between her and her partner, witnessed by the children."""
    melding_day = today - timedelta(days=3)
    told_day = melding_day - timedelta(days=1)
    bruises_day = melding_day - timedelta(days=21)
    return Melding(
        client_pseudonym="Y.",
        client_role="moeder",
        children=[Child("A.", "4"), Child("R.", "7")],
        relation=(
            "Ik ben de behandelaar van mevrouw Y. (sinds een jaar, in verband met "
            "angstklachten), niet van haar kinderen. Ik heb de kinderen nooit gezien."
        ),
        openness=Openness(
            concerns_discussed=True,
            concerns_note="Meerdere keren besproken in de behandeling, het laatst op "
                          f"{told_day.strftime('%d-%m-%Y')}.",
            client_informed=True,
            informed_on=told_day.isoformat(),
            informed_explanation=(
                "Ik heb mevrouw Y. uitgelegd dat ik een melding doe bij Veilig Thuis vanwege "
                "het geweld tussen haar en haar partner waarvan de kinderen getuige zijn, en "
                "dat ik vertel wat zij mij over het geweld heeft verteld en wat ik zelf zag."
            ),
            client_reaction=(
                "Zij verzette zich heftig tegen de melding en deed allerlei toezeggingen over "
                "verbeteringen."
            ),
            consent=CONSENT_REFUSED,
            reason_without_consent=(
                "Eerdere toezeggingen om het geweld te stoppen of de relatie te beëindigen zijn "
                "niet nagekomen. Vanwege de risico’s van het geweld voor de ontwikkeling van de "
                "kinderen zet ik de melding ondanks haar bezwaren door."
            ),
            decision="Melding bij Veilig Thuis, ook zonder toestemming.",
            decision_told=True,
            presence_considered="Niet gewenst: cliënte wil niet bij de melding aanwezig zijn.",
        ),
        facts=[
            Fact("Cliënte vertelt in de behandeling dat er bijna dagelijks fysiek geweld is "
                 "tussen haar en haar partner: schoppen, slaan, bijten.",
                 "sinds enkele maanden", False, "cliënte zelf, in de behandeling"),
            Fact("Cliënte vertelt dat de kinderen getuige zijn van dit geweld.",
                 "sinds enkele maanden", False, "cliënte zelf"),
            Fact("Ik zag blauwe plekken op beide onderarmen van cliënte.",
                 bruises_day.strftime("%d-%m-%Y"), True, ""),
            Fact("Cliënte zegt dat er geen geweld tegen de kinderen wordt gebruikt.",
                 told_day.strftime("%d-%m-%Y"), False, "cliënte zelf"),
        ],
        limits=(
            "Ik heb het geweld zelf niet gezien; ik ga af op wat cliënte mij vertelt en op het "
            "letsel dat ik bij haar zag. Ik heb de kinderen nooit gezien en kan geen uitspraak "
            "doen over de feitelijke situatie waarin zij zich bevinden."
        ),
        concern="De gevolgen die het getuige zijn van het geweld voor de kinderen kan hebben.",
        last_contact=told_day.isoformat(),
        receiver=Receiver(
            org_type="veilig_thuis",
            org_name="Veilig Thuis Utrecht",
            contact_person="mw. J. Bosman",
            channel="mondeling",
            date=melding_day.isoformat(),
            address="Postbus 1234\n3500 AA Utrecht",
        ),
        expectations=Expectations(
            procedure_explained=True,
            procedure_note="Veiligheidsbeoordeling binnen vijf werkdagen; daarna bericht.",
            decision_term_days=10,
            protect_meanwhile="Ik bespreek in de behandeling een veiligheidsplan met cliënte.",
        ),
        content=(
            "Ik doe een melding van een vermoeden van kindermishandeling van de minderjarige "
            "kinderen A. (4 jaar) en R. (7 jaar) van mijn cliënte, mevrouw Y. De kinderen wonen "
            "bij Y. en haar partner. Volgens cliënte is er al enkele maanden bijna dagelijks "
            "fysiek geweld tussen haar en haar partner, waarvan de kinderen getuige zijn. "
            f"Op {bruises_day.strftime('%d-%m-%Y')} zag ik blauwe plekken op haar onderarmen. "
            "Ik heb met cliënte een aantal keren gesproken over de gevolgen van het geweld voor "
            "haarzelf en voor de kinderen. Zij zegt steeds toe het geweld te stoppen, maar "
            "slaagt daar tot nu toe niet in."
        ),
    )
