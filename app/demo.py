"""A realistic demo dossier: scenarios A, B, D and E of SCENARIOS.md, with their people.

Every name, date of birth, address and number here is invented. The people carry full
identities because a melding must let Veilig Thuis find the family; the case list shows the
label ('Y.') unless the practice chooses full names."""

from __future__ import annotations

from datetime import date, timedelta

from app.checks.dates import format_nl as _long_date
from app.content.i18n import in_source_language
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
    Weighing,
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


@in_source_language()  # the demo's texts are Dutch, whatever the interface speaks
def format_nl(value: date | str | None) -> str:
    return _long_date(value)


def _born(today: date, years: int, month: int, day: int) -> str:
    """A date of birth `years` ago (before today's date in the year), ISO."""
    return date(today.year - years - (1 if (month, day) > (today.month, today.day) else 0),
                month, day).isoformat()


MELDING_BEFORE = timedelta(days=11)  # the CLI's demo melding is this long before today


def _weekday(day: date) -> date:
    """The working day on or before `day`: a practice does not see clients on Sundays."""
    return day - timedelta(days=max(0, day.weekday() - 4))


def melding_day(today: date) -> date:
    """The day of the demo's melding to Veilig Thuis, as `demo_melding(today)` records it."""
    return _weekday(today - timedelta(days=3))


def melding_letter_day(today: date) -> date:
    """The working day after the melding, when the clinician confirms it in writing (the
    follow-up that came later is not yet known to that letter)."""
    day = melding_day(today) + timedelta(days=1)
    while day.weekday() > 4:
        day += timedelta(days=1)
    return day


def demo_people_y(today: date) -> tuple[People, list[Child]]:
    """Scenario A's people: mevrouw Yvonne Visser (Y.), her two children who live with her and
    her partner, the children's father in Zeist, her mother, the huisarts and the school."""
    address = "Lindelaan 40, 3581 AB Utrecht"
    people = People(
        client_name="Yvonne Visser", client_birth_date="1991-03-12",
        client_address=address, client_phone="06 1234 5678",
        parents=[Person("Yvonne Visser", "moeder (cliënte)", custody=True),
                 Person("Marco Visser", "vader van Amira en Ruben; woont in Zeist, ziet de "
                        "kinderen om het weekend", custody=False)],
        household=[Person("Dennis Kramer", "partner van cliënte, ongeveer 35 jaar", "",
                          address)],
        professionals=[Professional("huisarts", "dr. E. Koster", "Huisartsenpraktijk "
                                    "Oudwijk, Utrecht", "030 271 44 00"),
                       Professional("intern begeleider van Ruben", "mw. L. Bakker",
                                    "basisschool De Regenboog, Utrecht", "")],
        network=[Person("Ria de Graaf", "grootmoeder, moeder van cliënte; haalt de kinderen "
                        "twee keer per week op", "", "Burgemeester Reigerstraat 20, 3581 KP "
                        "Utrecht", "030 251 87 60")],
    )
    children = [
        Child("Amira Visser", "", "2022-06-02", "bij moeder, Lindelaan 40",
              "peuterspeelzaal De Vlinder, Utrecht"),
        Child("Ruben Visser", "", "2019-09-19", "bij moeder, Lindelaan 40",
              "basisschool De Regenboog, groep 4, Utrecht"),
    ]
    for child in children:
        child.age = str(_age(child.birth_date, today))
    return people, children


def _age(born: str, today: date) -> int:
    b = date.fromisoformat(born)
    return today.year - b.year - ((today.month, today.day) < (b.month, b.day))


@in_source_language()  # the demo's texts are a Dutch clinician's, whatever the interface
def demo_melding(today: date) -> Melding:
    """Scenario A: violence between mevrouw Y. and her partner, witnessed by the children;
    told the day before, she objected; reported by phone."""
    day = melding_day(today)
    told_day = _weekday(day - timedelta(days=1))
    bruises_day = _weekday(day - timedelta(days=21))
    advice_day = _weekday(day - timedelta(days=7))
    people, children = demo_people_y(today)
    return Melding(
        client_pseudonym="Y.",
        client_role="moeder",
        children=children,
        people=people,
        weighing=Weighing(
            date=advice_day.isoformat(),
            suspicion=True,
            suspicion_why="Cliënte vertelt over bijna dagelijks geweld tussen haar en haar "
                          "partner, waarvan de kinderen getuige zijn; ik zag blauwe plekken op "
                          "haar onderarmen.",
            unsafe=True,
            unsafe_why="Het geweld duurt al maanden en komt bijna dagelijks voor; de kinderen "
                       "zijn er steeds getuige van. Eerdere toezeggingen hielpen niet.",
        ),
        advice=Advice(required=False, consulted=True, date=advice_day.isoformat(),
                      with_whom="mw. K. Jansen, adviseur van Veilig Thuis Utrecht (telefonisch)",
                      advice="Zij adviseerde mij een melding te doen, omdat de kinderen getuige "
                             "zijn van het geweld, en dat vooraf met cliënte te bespreken."),
        withheld=Withheld(
            text="Uit de melding zelf blijkt dat mevrouw Visser mij over het geweld vertelde. "
                 "Zij heeft mij gevraagd haar partner niet te laten weten dat de informatie van "
                 "haar komt: zij is bang dat het geweld erger wordt als hij dat hoort. Ik vraag "
                 "u de heer Kramer dat niet te laten weten, de melding niet aan hem te tonen, en "
                 "met mevrouw Visser af te stemmen voordat u hem aanspreekt. Zij is het "
                 "veiligst te bereiken op haar mobiele nummer "
                 "(06 1234 5678), op werkdagen overdag, als haar partner aan het werk is.",
            reason="Als haar partner leest dat zij bang voor hem is, dat zij vroeg hem hierover "
                   "niets te laten weten, of wanneer zij veilig bereikbaar is, kan dat haar "
                   "veiligheid in gevaar brengen.",
            agreed=True, agreed_note=f"Dat spraken wij af bij de mondelinge melding op "
                                     f"{format_nl(day)}."),
        attachments=[],
        relation=(
            "Ik ben de behandelaar van mevrouw Visser (sinds een jaar, in verband met "
            "angstklachten), niet van haar kinderen. Ik heb de kinderen nooit gezien."
        ),
        openness=Openness(
            concerns_discussed=True,
            concerns_note="Dat deed ik meerdere keren in de behandeling, het laatst op "
                          f"{format_nl(told_day)}.",
            client_informed=True,
            informed_on=told_day.isoformat(),
            informed_explanation=(
                "Ik heb mevrouw Visser uitgelegd dat ik een melding doe bij Veilig Thuis vanwege "
                "het geweld tussen haar en haar partner waarvan de kinderen getuige zijn, en "
                "dat ik vertel wat zij mij over het geweld heeft verteld en wat ik zelf zag."
            ),
            client_reaction=(
                "Zij was het er niet mee eens en beloofde, zoals eerder, dat het beter zou "
                "gaan."
            ),
            client_questions=(
                # What the family may read: her fear of her partner's reaction is in the part
                # apart from the letter, not here.
                "Zij vroeg wat Veilig Thuis gaat doen. Ik heb uitgelegd hoe Veilig Thuis werkt "
                "en wat zij van Veilig Thuis kan verwachten."
            ),
            consent=CONSENT_REFUSED,
            reason_without_consent=(
                "Eerdere toezeggingen om het geweld te stoppen zijn "
                "niet nagekomen. Vanwege de risico’s van het geweld voor de ontwikkeling van de "
                "kinderen zet ik de melding ondanks haar bezwaren door."
            ),
            decision="Melding bij Veilig Thuis, ook zonder toestemming.",
            decision_told=True,
            presence_considered="Cliënte wilde niet bij de melding aanwezig zijn.",
        ),
        facts=[
            Fact("Cliënte vertelt in de behandeling dat haar partner haar bijna dagelijks "
                 "slaat en schopt, en dat zij hem soms bijt om zich te verweren.",
                 "sinds enkele maanden", False, "cliënte zelf, in de behandeling"),
            Fact("Cliënte vertelt dat de kinderen getuige zijn van dit geweld.",
                 "sinds enkele maanden", False, "cliënte zelf"),
            Fact("Ik zag blauwe plekken op beide onderarmen van cliënte.",
                 format_nl(bruises_day), True, ""),
            Fact("Cliënte zegt dat haar partner de kinderen niet slaat.",
                 format_nl(told_day), False, "cliënte zelf"),
        ],
        limits=(
            "Ik heb het geweld zelf niet gezien; ik ga af op wat cliënte mij vertelt en op het "
            "letsel dat ik bij haar zag. Ik heb de kinderen nooit gezien en kan geen uitspraak "
            "doen over de feitelijke situatie waarin zij zich bevinden. Of er ook geweld "
            "tegen de kinderen is, weet ik niet."
        ),
        concern="Ik maak mij ernstige zorgen over de gevolgen die het getuige zijn van dit "
                "geweld voor de kinderen kan hebben.",
        last_contact=told_day.isoformat(),
        receiver=Receiver(
            org_type="veilig_thuis",
            org_name="Veilig Thuis Utrecht",
            contact_person="mw. J. Bosman",
            channel="mondeling",
            date=day.isoformat(),
            reference="VT-2026-11873",
            address="Postbus 1234\n3500 AA Utrecht",
        ),
        expectations=Expectations(
            procedure_explained=True,
            procedure_note="U doet binnen vijf werkdagen een veiligheidsbeoordeling en "
                           "bericht mij daarna.",
            decision_term_days=10,
            protect_meanwhile="Ik bespreek in de behandeling een veiligheidsplan met cliënte.",
            report_again_when="cliënte mij vertelt dat het geweld doorgaat of ernstiger wordt, "
                              "of als ik bij cliënte nieuw letsel zie",
        ),
        content=(
            "Mijn zorgen gaan over Amira (4 jaar) en Ruben (7 jaar), de kinderen van mijn "
            "cliënte, mevrouw Visser. De kinderen wonen bij hun moeder en haar partner, de heer "
            "Kramer; hun vader woont in Zeist en ziet hen om het weekend. Het gaat om fysiek "
            "geweld tussen cliënte en haar partner, waarvan de kinderen volgens cliënte getuige "
            "zijn. Ik heb met "
            "cliënte een aantal keren gesproken over de gevolgen van het geweld voor haarzelf "
            "en voor de kinderen. Zij zegt steeds dat het beter zal gaan, maar volgens wat zij "
            "mij vertelt, gaat het geweld tot nu toe door."
        ),
    )


@in_source_language()  # the demo's texts are a Dutch clinician's, whatever the interface
def demo_request(today: date) -> Informatieverzoek:
    """Scenario B: the Raad asks about V., whose treatment ended eighteen months ago."""
    received = _weekday(today - timedelta(days=6))
    ended = _weekday(today - timedelta(days=548))
    started = _weekday(ended - timedelta(days=301))
    return Informatieverzoek(
        client_pseudonym="V.",
        client_role="vader",
        children=[Child("Lotte Peters", "6", _born(today, 6, 1, 23)),
                  Child("Milan Peters", "9", _born(today, 9, 8, 4))],
        people=People(client_name="Vincent Peters", client_birth_date=_born(today, 41, 11, 2)),
        relation="Ik was de behandelaar (GZ-psycholoog) van de heer Peters. De kinderen heb ik "
                 "nooit gezien.",
        request=Requester(
            org_type="raad", org_name="Raad voor de Kinderbescherming, regio Midden-Nederland",
            name="mw. A. Smit", function="raadsonderzoeker",
            expertise="maatschappelijk werker",
            why="Onderzoek naar de noodzaak van een kinderbeschermingsmaatregel voor de twee "
                "kinderen van de heer Peters.",
            info_type="Doel van de behandeling, diagnose en verloop.",
            channel="schriftelijk", received_on=received.isoformat(),
            term=(received + timedelta(days=14)).isoformat(), reference="RvdK-2026-0815",
            address="Postbus 4000\n3500 HA Utrecht",
        ),
        openness=Openness(
            concerns_discussed=True, client_informed=True, informed_on=received.isoformat(),
            informed_explanation="Ik heb de heer Peters telefonisch verteld dat de Raad mij om "
                                 "informatie vraagt over zijn behandeling, waarom, en welke "
                                 "informatie.",
            client_reaction="Hij begrijpt het verzoek en wil dat de Raad weet dat hij destijds "
                            "steeds op zijn afspraken kwam.",
            client_questions="Hij vroeg of hij kan lezen wat ik de Raad schrijf. Ik heb gezegd "
                             "dat hij een afschrift kan krijgen.",
            consent=CONSENT_GIVEN, decision="Schriftelijk antwoord aan de Raad.",
            decision_told=True,
            presence_considered="Niet aan de orde: ik geef de informatie schriftelijk.",
        ),
        questions=[
            QuestionAnswer(
                question="Wat was het doel van de behandeling?",
                answer="De behandeling richtte zich op het verminderen van depressieve klachten "
                       "en het hervatten van werk.",
            ),
            QuestionAnswer(
                question="Wat was de diagnose en hoe verliep de behandeling?",
                answer=f"De heer Peters werd van {format_nl(started)} tot {format_nl(ended)} "
                       "hier behandeld voor een depressieve stoornis, na verwijzing door zijn "
                       "huisarts. De klachten namen in de loop van de behandeling af en hij "
                       "hervatte zijn werk voor halve dagen. De behandeling is in overleg met "
                       "hem afgesloten.",
                facts=[Fact("Hij kwam op 22 van de 24 afspraken; de twee keer dat hij niet "
                            "kwam, had hij zich vooraf afgemeld.", "tijdens de behandeling",
                            True, "")],
            ),
            QuestionAnswer(
                question="Is vader volgens u een competente opvoeder?",
                answer="Het oordeel over de geschiktheid als opvoeder laat ik aan de Raad. "
                       "Ik heb de kinderen nooit gezien. Wel kan ik, binnen mijn deskundigheid, "
                       "iets zeggen over de mogelijke gevolgen van zijn stoornis.",
                disorder_effect="Een depressie kan leiden tot terugtrekken, weinig initiatief en "
                                "minder aandacht voor anderen, vooral in een slechte periode. "
                                "Voor kinderen van 6 en 9 jaar kan dat betekenen dat structuur "
                                "(op tijd naar school, maaltijden) en aandacht minder vanzelf "
                                "gaan, zeker als er geen andere volwassene is die bijspringt. "
                                "Aan het eind van de behandeling waren zijn klachten afgenomen. "
                                "Ik heb hem niet met zijn kinderen gezien; wat ik daarover weet, "
                                "is wat hij mij zelf vertelde (zie hieronder).",
                judgement_note="Teruggelegd bij de Raad (6.4).",
            ),
        ],
        confirming="Tijdens de behandeling (tot mei 2025) vertelde de heer Peters dat hij in "
                   "slechte periodes weinig energie had voor de kinderen (bron: hijzelf).",
        contradicting="Hij vertelde in dezelfde periode dat zijn moeder dan dagelijks hielp met "
                      "de kinderen (bron: hijzelf). Andere feiten over de situatie thuis ken ik "
                      "niet.",
        last_contact=ended.isoformat(),
        answered_on=today.isoformat(),
        content="",
    )


@in_source_language()  # the demo's texts are a Dutch clinician's, whatever the interface
def demo_overleg(today: date) -> Overleg:
    """Scenario D: the clinician consults J.'s wijkteam worker, with J.'s consent."""
    day = _weekday(today - timedelta(days=2))
    o = Overleg(
        client_pseudonym="J.", client_role="moeder",
        children=[Child("Sara", "3", _born(today, 3, 5, 19))],
        people=People(client_name="Jamila Haddou"),
        relation="Ik ben de behandelaar van J.; haar dochter ken ik niet.",
        counterpart=Counterpart("collega", "Wijkteam Oost", "mw. P. Hendriks",
                                "wijkteammedewerker"),
        initiative=True, date=day.isoformat(), channel="mondeling",
        concern="ik me zorgen maak over Sara, de driejarige dochter van J.",
        asks="vertelt wat het wijkteam aan ondersteuning thuis biedt",
        openness=Openness(concerns_discussed=True, client_informed=True,
                          informed_on=_weekday(day - timedelta(days=1)).isoformat(),
                          informed_explanation="Ik heb J. gezegd dat ik met het wijkteam wil "
                                               "overleggen over de ondersteuning thuis.",
                          client_reaction="J. vindt het goed.", consent=CONSENT_GIVEN,
                          decision="Overleg met het wijkteam.", decision_told=True,
                          client_questions="J. had geen vragen of bezwaren.",
                          presence_considered="J. hoefde er niet bij te zijn; zij wist van het "
                                              "overleg en vond het goed."),
        discussed="De ondersteuning thuis (twee keer per week) en de opvang van Sara op de "
                  "peuterspeelzaal.",
        agreements="Het wijkteam belt mij als Sara niet naar de peuterspeelzaal komt.",
        last_contact=_weekday(day - timedelta(days=1)).isoformat(),
    )
    from app.flows.overleg import compose_opening

    o.opening_statement = compose_opening(o)
    return o


@in_source_language()  # the demo's texts are a Dutch clinician's, whatever the interface
def demo_ander_doel(today: date) -> AnderDoel:
    """Scenario E: Veilig Thuis asks to use part of the demo's melding for advice on contact
    arrangements between the father (who lives in Zeist) and the children; the client does not
    agree; the clinician does not consent. `today` is the day of the answer; the melding was
    made on `melding_day(today - MELDING_BEFORE)`."""
    people, children = demo_people_y(today)
    melded = melding_day(today - MELDING_BEFORE)
    return AnderDoel(
        client_pseudonym="Y.", client_role="moeder",
        children=children, people=people,
        relation="Ik ben de behandelaar van mevrouw Visser, niet van haar kinderen.",
        counterpart=Counterpart("veilig_thuis", "Veilig Thuis Utrecht", "mw. J. Bosman",
                                address="Postbus 1234\n3500 AA Utrecht",
                                reference="VT-2026-11873"),
        received_on=_weekday(today - timedelta(days=5)).isoformat(),
        original_date=melded.isoformat(),
        original_purpose="Melding van een vermoeden van kindermishandeling.",
        information="Wat ik meldde over het geweld tussen mevrouw Visser en haar partner.",
        new_purpose="Een advies over een omgangsregeling tussen de vader en de twee kinderen.",
        openness=Openness(concerns_discussed=True, client_informed=True,
                          informed_on=_weekday(today - timedelta(days=3)).isoformat(),
                          informed_explanation="Ik heb mevrouw Visser verteld welke informatie "
                                               "Veilig Thuis voor welk nieuw doel wil gebruiken.",
                          client_reaction="Zij wil niet dat wat zij mij in haar behandeling "
                                          "vertelde, wordt gebruikt voor een advies over de "
                                          "omgang met de vader.",
                          consent="refused", decision="Niet akkoord.", decision_told=True,
                          client_questions="Zij vroeg of Veilig Thuis de informatie toch kan "
                                           "gebruiken als ik nee zeg. Ik heb uitgelegd dat "
                                           "ik daarover beslis en dat ik haar bezwaar "
                                           "meeweeg.",
                          presence_considered="Niet aan de orde: ik antwoord schriftelijk."),
        decision="refuse",
        decision_reason="De informatie gaat over het geweld tussen mevrouw Visser en haar "
                        "partner en is gegeven voor de melding, niet voor een advies over de "
                        "omgang met de vader. Mevrouw Visser stemt niet in met dat gebruik, en "
                        "ik zie in het nieuwe doel geen reden om haar bezwaar opzij te zetten.",
        decided_on=_weekday(today - timedelta(days=1)).isoformat(),
    )
