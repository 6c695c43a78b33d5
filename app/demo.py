"""A realistic demo dossier: scenario A (mevrouw Y., the handbook's example of step 4).

Every name, date of birth, address and number here is invented. The people carry full
identities because a melding must let Veilig Thuis find the family; the case list shows the
label ('Y.') unless the practice chooses full names."""

from __future__ import annotations

from datetime import date, timedelta

from app.checks.dates import format_nl
from app.model import (
    CONSENT_GIVEN,
    CONSENT_REFUSED,
    Advice,
    AnderDoel,
    Child,
    Counterpart,
    Expectations,
    Fact,
    Informatieverzoek,
    Melding,
    Openness,
    Overleg,
    People,
    Person,
    Professional,
    QuestionAnswer,
    Receiver,
    Requester,
    Withheld,
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


def _born(today: date, years: int, month: int, day: int) -> str:
    """A date of birth `years` ago (before today's date in the year), ISO."""
    return date(today.year - years - (1 if (month, day) > (today.month, today.day) else 0),
                month, day).isoformat()


def demo_people_y(today: date) -> tuple[People, list[Child]]:
    """Mevrouw Yvonne de Graaf (Y.), her partner and their two children; her mother and the
    family's huisarts."""
    address = "Hoogstraat 48, 3552 XK Utrecht"
    people = People(
        client_name="Yvonne de Graaf", client_birth_date=_born(today, 33, 6, 17),
        client_address=address, client_phone="06 1234 5678",
        parents=[Person("Martijn Verbeek", "vader van A. en R., partner van cliënte",
                        _born(today, 36, 2, 9), address, "06 8765 4321", custody=True),
                 Person("Yvonne de Graaf", "moeder (cliënte)", custody=True)],
        professionals=[Professional("huisarts van het gezin", "dr. H. Kramer",
                                    "Huisartsenpraktijk Zuilen, Utrecht",
                                    "030 244 11 00")],
        network=[Person("Ria de Graaf-Smit", "grootmoeder (moeder van cliënte)", "",
                        "Amsterdamsestraatweg 301, 3551 CE Utrecht", "030 243 98 76")],
    )
    children = [
        Child("Anouk Verbeek", "4", _born(today, 4, 3, 12), "bij moeder en vader, Hoogstraat 48",
              "basisschool De Regenboog, groep 1, Utrecht"),
        Child("Ruben Verbeek", "7", _born(today, 7, 9, 30), "bij moeder en vader, Hoogstraat 48",
              "basisschool De Regenboog, groep 4, Utrecht"),
    ]
    return people, children


def demo_melding(today: date) -> Melding:
    """Mevrouw Y.: violence between her and her partner, witnessed by the children."""
    melding_day = today - timedelta(days=3)
    told_day = melding_day - timedelta(days=1)
    bruises_day = melding_day - timedelta(days=21)
    people, children = demo_people_y(today)
    called_day = melding_day - timedelta(days=30)
    return Melding(
        client_pseudonym="Y.",
        client_role="moeder",
        children=children,
        people=people,
        advice=Advice(required=False, consulted=True,
                      date=(melding_day - timedelta(days=2)).isoformat(),
                      with_whom="mw. K. Jansen, adviseur van Veilig Thuis Utrecht (telefonisch)",
                      advice="Een melding doen; de kinderen zijn getuige van geweld. Vooraf met "
                             "cliënte bespreken dat ik meld."),
        withheld=Withheld(
            text=f"Mevrouw De Graaf-Smit, de grootmoeder, belde mij op {format_nl(called_day)} "
                 "ongevraagd. Zij vertelde dat zij de kinderen sinds de zomer ongeveer één keer "
                 "per week opvangt na ruzies thuis; cliënte brengt ze dan. Zij is bang voor de "
                 "vader als hij hoort dat zij iets heeft gezegd. Zij vindt het goed dat ik dit "
                 "aan Veilig Thuis vertel en wil bereikbaar zijn voor Veilig Thuis, maar niet "
                 "gebeld worden als de vader in de buurt kan zijn; zij geeft de voorkeur aan "
                 "bellen op werkdagen tussen 9 en 12 uur.",
            reason="De veiligheid van de grootmoeder: zij vreest de reactie van de vader.",
            agreed=True, agreed_note="Afgesproken met mw. J. Bosman bij de mondelinge melding "
                                     f"op {format_nl(melding_day)}."),
        attachments=[],
        relation=(
            "Ik ben de behandelaar van mevrouw De Graaf (sinds een jaar, in verband met "
            "angstklachten), niet van haar kinderen. Ik heb de kinderen nooit gezien."
        ),
        openness=Openness(
            concerns_discussed=True,
            concerns_note="Meerdere keren besproken in de behandeling, het laatst op "
                          f"{told_day.strftime('%d-%m-%Y')}.",
            client_informed=True,
            informed_on=told_day.isoformat(),
            informed_explanation=(
                "Ik heb mevrouw De Graaf uitgelegd dat ik een melding doe bij Veilig Thuis vanwege "
                "het geweld tussen haar en haar partner waarvan de kinderen getuige zijn, en "
                "dat ik vertel wat zij mij over het geweld heeft verteld en wat ik zelf zag."
            ),
            client_reaction=(
                "Zij verzette zich heftig tegen de melding en deed allerlei toezeggingen over "
                "verbeteringen."
            ),
            consent=CONSENT_REFUSED,
            reason_without_consent=(
                "Eerdere toezeggingen om het geweld te stoppen zijn "
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
            report_again_when="de kinderen weer getuige zijn van geweld, of als ik bij cliënte "
                              "nieuw letsel zie",
        ),
        content=(
            "Mijn zorgen gaan over Anouk (4 jaar) en Ruben (7 jaar), de kinderen van mijn "
            "cliënte, mevrouw De Graaf. De kinderen wonen bij hun moeder en hun vader, haar "
            "partner. Het gaat om geweld tussen de ouders, waarvan de kinderen volgens hun "
            "moeder getuige zijn; wat ik daarover weet en van wie, staat hieronder bij de "
            "feiten. Ik heb met cliënte een aantal keren gesproken over de gevolgen van het "
            "geweld voor haarzelf en voor de kinderen. Zij zegt steeds toe het geweld te "
            "stoppen, maar slaagt daar tot nu toe niet in."
        ),
    )


def demo_request(today: date) -> Informatieverzoek:
    """Scenario B: the Raad asks about V., whose treatment ended eighteen months ago."""
    received = today - timedelta(days=6)
    ended = today - timedelta(days=548)
    return Informatieverzoek(
        client_pseudonym="V.",
        client_role="vader",
        children=[Child("Lotte Peters", "6", _born(today, 6, 1, 23)),
                  Child("Milan Peters", "9", _born(today, 9, 8, 4))],
        people=People(client_name="Vincent Peters", client_birth_date=_born(today, 41, 11, 2)),
        relation="Ik was de behandelaar (GZ-psycholoog) van V.; de behandeling is anderhalf jaar "
                 "geleden afgesloten. De kinderen heb ik nooit gezien.",
        request=Requester(
            org_type="raad", org_name="Raad voor de Kinderbescherming, regio Midden-Nederland",
            name="mw. A. Smit", function="raadsonderzoeker",
            expertise="maatschappelijk werker",
            why="Onderzoek naar de noodzaak van een kinderbeschermingsmaatregel voor de twee "
                "kinderen van V.",
            info_type="Doel van de behandeling, diagnose en verloop.",
            channel="schriftelijk", received_on=received.isoformat(),
            term=(received + timedelta(days=14)).isoformat(), reference="RvdK-2026-0815",
            address="Postbus 4000\n3500 HA Utrecht",
        ),
        openness=Openness(
            concerns_discussed=True, client_informed=True, informed_on=received.isoformat(),
            informed_explanation="Ik heb V. telefonisch verteld dat de Raad mij om informatie "
                                 "vraagt over zijn behandeling, waarom, en welke informatie.",
            client_reaction="V. begrijpt het verzoek en wil dat de Raad weet dat hij destijds "
                            "trouw in behandeling kwam.",
            consent=CONSENT_GIVEN, decision="Schriftelijk antwoord aan de Raad.",
            decision_told=True,
        ),
        questions=[
            QuestionAnswer(
                question="Wat was het doel van de behandeling?",
                answer="De behandeling richtte zich op het verminderen van depressieve klachten "
                       "en het hervatten van werk.",
                facts=[Fact("V. kwam in de behandelperiode op 22 van de 24 afspraken; twee "
                            "keer meldde hij zich vooraf af.", f"tot {ended.strftime('%d-%m-%Y')}",
                            True, "")],
            ),
            QuestionAnswer(
                question="Is vader volgens u een competente opvoeder?",
                answer="Het oordeel over de geschiktheid als opvoeder laat ik aan de Raad. "
                       "Ik heb de kinderen nooit gezien.",
                disorder_effect="Een depressie kan leiden tot terugtrekken en weinig initiatief. "
                                "Bij de verzorging van jonge kinderen kan dat risico’s geven als "
                                "er geen andere volwassene is die toezicht houdt.",
                judgement_note="Teruggelegd bij de Raad (6.4).",
            ),
        ],
        confirming="Tijdens de behandeling vertelde V. dat hij in slechte periodes weinig "
                   "energie had voor de kinderen (bron: V. zelf).",
        contradicting="V. vertelde dat zijn moeder in die periodes dagelijks hielp met de "
                      "kinderen (bron: V. zelf). Andere feiten over de situatie thuis ken ik niet.",
        last_contact=ended.isoformat(),
        answered_on=today.isoformat(),
        content="De behandeling van V. is hier anderhalf jaar geleden afgesloten; ik heb geen "
                "recente informatie over hem.",
    )


def demo_overleg(today: date) -> Overleg:
    """Scenario D: the clinician consults J.'s wijkteam worker, with J.'s consent."""
    day = today - timedelta(days=2)
    o = Overleg(
        client_pseudonym="J.", client_role="moeder",
        children=[Child("Sara", "3", _born(today, 3, 5, 19))],
        people=People(client_name="Jamila Haddou"),
        relation="Ik ben de behandelaar van J.; haar dochter ken ik niet.",
        counterpart=Counterpart("collega", "Wijkteam Oost", "mw. P. Hendriks",
                                "wijkteammedewerker"),
        initiative=True, date=day.isoformat(), channel="mondeling",
        concern="ik me zorgen maak over haar driejarige dochter",
        asks="vertelt wat het wijkteam aan ondersteuning thuis biedt",
        openness=Openness(concerns_discussed=True, client_informed=True,
                          informed_on=(day - timedelta(days=1)).isoformat(),
                          informed_explanation="Ik heb J. gezegd dat ik met het wijkteam wil "
                                               "overleggen over de ondersteuning thuis.",
                          client_reaction="J. vindt het goed.", consent=CONSENT_GIVEN,
                          decision="Overleg met het wijkteam.", decision_told=True),
        discussed="De ondersteuning thuis (twee keer per week), de opvang van S. op de "
                  "peuterspeelzaal, en wat J. in de behandeling oefent.",
        agreements="Het wijkteam belt mij als S. niet naar de peuterspeelzaal komt.",
    )
    from app.flows.overleg import compose_opening

    o.opening_statement = compose_opening(o)
    return o


def demo_ander_doel(today: date) -> AnderDoel:
    """Scenario E: Veilig Thuis asks to use part of a melding for advice on contact
    arrangements; the client does not agree; the clinician does not consent."""
    return AnderDoel(
        client_pseudonym="Y.", client_role="moeder",
        children=demo_people_y(today)[1], people=demo_people_y(today)[0],
        relation="Ik ben de behandelaar van mevrouw De Graaf, niet van haar kinderen.",
        counterpart=Counterpart("veilig_thuis", "Veilig Thuis Utrecht", "mw. J. Bosman",
                                "aandachtsfunctionaris"),
        received_on=(today - timedelta(days=5)).isoformat(),
        original_date=(today - timedelta(days=62)).isoformat(),
        original_purpose="Melding van een vermoeden van kindermishandeling.",
        information="Wat ik meldde over het geweld tussen mevrouw De Graaf en haar partner.",
        new_purpose="Een advies over een omgangsregeling tussen de vader en de twee kinderen.",
        openness=Openness(concerns_discussed=True, client_informed=True,
                          informed_on=(today - timedelta(days=3)).isoformat(),
                          informed_explanation="Ik heb mevrouw De Graaf verteld welke informatie "
                                               "Veilig Thuis voor welk nieuw doel wil gebruiken.",
                          client_reaction="Zij wil dat niet: het advies gaat over de vader.",
                          consent="refused", decision="Niet akkoord.", decision_told=True),
        decision="refuse",
        decision_reason="Mevrouw Y. stemt niet in, en de informatie is gegeven voor de melding, "
                        "niet voor een advies over de omgang van de vader met de kinderen.",
        decided_on=(today - timedelta(days=1)).isoformat(),
    )
