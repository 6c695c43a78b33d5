"""The demo's scenarios varied per case, for the bulk demo (`app/demo_bulk.py`).

Scenarios A, B, D and E of `app/demo.py` are the texts; each case swaps in another invented
family (client, children, partner, grandmother), another place with its Veilig Thuis region,
other professionals, references and dates, and adds facts, questions and contacts of its own.
Swapping names in the scenario's own texts (rather than writing new ones) keeps every case as
complete and as checked as the scenario: each one passes the flow's checks and finishes.

Every name, address, number and reference here is invented. Families and cases are drawn from
their own seeded generators, so a case is the same whichever process builds it.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from app.checks.dates import MONTHS
from app.demo import demo_ander_doel, demo_melding, demo_overleg, demo_request, format_nl
from app.model import CHANNEL_ORAL, CHANNEL_WRITTEN, Fact, QuestionAnswer, Record

# Families' names. Surnames are one word each, and none begins another or a word of the
# scenarios, so that a search for one finds exactly that family's cases (the tests rely on it).
WOMEN = ("Yvonne Sanne Linda Marieke Anouk Fatima Naima Priya Esther Ilse Kim Laura Monique "
         "Nicole Petra Sandra Tamara Wendy Zeynep Agnieszka Bianca Chantal Daphne Eline Femke "
         "Hanna Iris Jolanda Karin Lieke Manon Nadia Olga Patricia Rachida Saskia Tessa Ursula "
         "Vera Wilma Yasmina Zoë Annemiek Brenda Celine Dewi Elif Gabriëlla Hatice Ingrid").split()
MEN = ("Marco Dennis Vincent Mohamed Jeroen Mark Peter Rob Sander Thomas Bas Erik Hakan Ivo "
       "Joost Kees Lars Martijn Niels Orhan Patrick Ramon Stefan Tim Wouter Youssef Ahmet Bram "
       "Cor Daan Emre Frank Gert Hans Jasper Koen Luuk Mehmet Nick Olaf Paul Ricardo Sven Tobias "
       "Arjen Bert Dirk Edwin Gijs Hugo").split()
CHILDREN = ("Amira Ruben Lotte Milan Sara Noah Emma Liam Julia Sem Tess Finn Mila Yara Levi "
            "Nora Luca Fleur Jesse Evi Thijs Lina Mees Noor Isa Ayoub Sophie Jayden Roos Adam "
            "Lieve Saar Ilias Fenna Stijn Elin Hamza Maud Owen Jasmijn Ravi Puck Senna Ibrahim "
            "Teun Dina Quinten Nina Jelte Rosa Kyan Mirthe Ties Anna Siem Lara Mats Zara").split()
SURNAMES = ("Visser Peters Haddou Hoekstra Mulder Dekker Brouwer Willems Koçak Yıldız Bouzid "
            "Verbeek Schouten Kuipers Postma Wijnands Veenstra Smeets Claassen Hermans "
            "Timmermans Verhoeven Kramer Oosterhuis Zwart Bosch Prins Vermeulen Huisman Gerritsen "
            "Wouters Blom Koopman Jacobs Lammers Evers Driessen Rutten Scholten Boukhari "
            "Ramdin Tahiri Nieuwenhuis Groen Bakkum Sluiter Wessels Kok Terpstra Vos Dijkstra "
            "Kaya Öztürk Mahabier Pinas Wielinga Brink Koenen Hendrix Lubbers").split()
# Beside the common names, rarer ones made of a root and an ending ('Beekhuis', 'Laarman'):
# about half of all names, so that a name can be rare as in a real practice.
RARE_SURNAMES = tuple(
    name for name in (root + end for root in (
        "Aal Bak Beek Berk Bleek Boer Bol Brak Dal Dek Dorp Eik Elzen Gras Groot Haag Ham Hees "
        "Hof Holt Hoog Horst Kamp Klein Kool Laar Lin Meer Nij Oost Put Riet Roos Sloot Spijk "
        "Stok Ter Vel Vliet Wal Wit Zand").split()
        for end in "stra inga ink man huis kamp veld horst berg dijk broek sma ers".split())
    if name not in SURNAMES)
# Professionals and receivers' contacts: a pool of their own, never a family's surname nor
# one of the scenarios' (dr. E. Koster, mw. L. Bakker, …: those are always swapped).
COLLEAGUES = ("Meijer Vink Roelofs Stam Faber Mol Wijers Brand Ploeg Lugt Hartog Lindeman "
              "Westra Dam Overdijk Fennema").split()
INITIALS = "ABCDEFGHJKLMNPRSTVW"
STREETS = ("Lindelaan Kastanjelaan Molenweg Dorpsstraat Julianastraat Beatrixlaan Esdoornstraat "
           "Vondelstraat Rembrandtlaan Zuiderweg Havenstraat Kerkstraat Schoolstraat Parkweg "
           "Tulpstraat Merelstraat Spoorlaan Wilhelminastraat Bremstraat Acaciastraat").split()
# (place, its Veilig Thuis region, postcode digits, area code, the Raad's region)
PLACES = (
    ("Utrecht", "Veilig Thuis Utrecht", "35", "030", "Midden Nederland"),
    ("Amersfoort", "Veilig Thuis Utrecht", "38", "033", "Midden Nederland"),
    ("Amsterdam", "Veilig Thuis Amsterdam-Amstelland", "10", "020", "Noordwest Nederland"),
    ("Rotterdam", "Veilig Thuis Rotterdam Rijnmond", "30", "010", "Rotterdam Rijnmond"),
    ("Den Haag", "Veilig Thuis Haaglanden", "25", "070", "Haaglanden"),
    ("Nijmegen", "Veilig Thuis Gelderland-Zuid", "65", "024", "Oost Nederland"),
    ("Arnhem", "Veilig Thuis Gelderland-Midden", "68", "026", "Oost Nederland"),
    ("Zwolle", "Veilig Thuis IJsselland", "80", "038", "Oost Nederland"),
    ("Groningen", "Veilig Thuis Groningen", "97", "050", "Noord Nederland"),
    ("Leeuwarden", "Veilig Thuis Friesland", "89", "058", "Noord Nederland"),
    ("Eindhoven", "Veilig Thuis Zuidoost-Brabant", "56", "040", "Zuidoost Nederland"),
    ("Tilburg", "Veilig Thuis Midden-Brabant", "50", "013", "Zuidwest Nederland"),
    ("Breda", "Veilig Thuis West-Brabant", "48", "076", "Zuidwest Nederland"),
    ("Maastricht", "Veilig Thuis Zuid-Limburg", "62", "043", "Zuidoost Nederland"),
    ("Haarlem", "Veilig Thuis Kennemerland", "20", "023", "Noordwest Nederland"),
    ("Leiden", "Veilig Thuis Hollands Midden", "23", "071", "Haaglanden"),
    ("Enschede", "Veilig Thuis Twente", "75", "053", "Oost Nederland"),
    ("Assen", "Veilig Thuis Drenthe", "94", "0592", "Noord Nederland"),
    ("Lelystad", "Veilig Thuis Flevoland", "82", "0320", "Midden Nederland"),
    ("Alkmaar", "Veilig Thuis Noord-Holland Noord", "18", "072", "Noordwest Nederland"),
    ("Dordrecht", "Veilig Thuis Zuid-Holland Zuid", "33", "078", "Zuidwest Nederland"),
    ("Apeldoorn", "Veilig Thuis Noord- en Oost-Gelderland", "73", "055", "Oost Nederland"),
    ("Venlo", "Veilig Thuis Limburg-Noord", "59", "077", "Zuidoost Nederland"),
    ("Hilversum", "Veilig Thuis Gooi en Vechtstreek", "12", "035", "Midden Nederland"),
)
SCHOOLS = ("De Regenboog", "De Wegwijzer", "Het Kompas", "De Schakel", "De Fontein",
           "Het Palet", "De Vuurtoren", "De Zonnewijzer", "Het Baken", "De Horizon")
DAYCARES = ("De Vlinder", "Het Kikkertje", "De Boomhut", "Het Zonnetje", "De Ukkepuk")
PRACTICES = ("Oudwijk", "De Meern", "Het Centrum", "De Brug", "Zuid", "Noorderpark")
WIJKEN = ("Oost", "West", "Noord", "Zuid", "Centrum", "Overvecht", "De Hoven", "Kanaleneiland")


@dataclass(frozen=True)
class Family:
    """Who a case is about. A family can come back in a later case (recurring clients)."""

    mother: str
    father: str
    surname: str  # the client's and the children's
    partner: str  # the mother's partner, with his own surname
    partner_surname: str
    grandmother: str  # full name, with her own surname
    children: tuple[str, str]
    place: int  # into PLACES
    other_place: int  # where the father lives
    street: str
    number: int
    postcode: str  # the letters
    phone: str

    def surnames(self) -> set[str]:
        """Every surname that a case of this family names."""
        return {self.surname, self.partner_surname, self.grandmother.split()[-1]}

    def client(self, kind: str) -> str:
        """The client's full name in a case of this kind: the father when the Raad asks about
        him (scenario B), else the mother."""
        first = self.father if kind == "informatieverzoek" else self.mother
        return f"{first} {self.surname}"

    def full_names(self) -> list[str]:
        """The full names a case of this family records (the no-plaintext checks look for
        them on disk)."""
        return [f"{self.mother} {self.surname}", f"{self.father} {self.surname}",
                f"{self.partner} {self.partner_surname}", self.grandmother,
                *(f"{c} {self.surname}" for c in self.children)]


def family(seed: int, number: int) -> Family:
    """Family `number` of the demo with this seed (its own generator: order-independent)."""
    rng = random.Random(f"deelwijzer-demo/{seed}/family/{number}")
    surname, partner_surname, grandmother_surname = (
        rng.choice(SURNAMES if rng.random() < 0.5 else RARE_SURNAMES) for _ in range(3))
    place, other = rng.sample(range(len(PLACES)), 2)
    return Family(
        mother=rng.choice(WOMEN), father=rng.choice(MEN), surname=surname,
        partner=rng.choice(MEN), partner_surname=partner_surname,
        grandmother=f"{rng.choice(WOMEN)} {grandmother_surname}",
        children=tuple(rng.sample(CHILDREN, 2)),  # type: ignore[arg-type]  # two, always
        place=place, other_place=other, street=rng.choice(STREETS),
        number=rng.randint(1, 180), postcode="".join(rng.sample("ABEGHJKLMNPRSTVXZ", 2)),
        phone=f"06 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}")


def _colleague(rng: random.Random, title: str) -> str:
    return f"{title} {rng.choice(INITIALS)}. {rng.choice(COLLEAGUES)}"


def _swap(value: Any, pattern: re.Pattern[str], table: dict[str, str]) -> Any:
    """Every string inside `value` (dicts and lists of a record) with the table's words
    replaced."""
    if isinstance(value, str):
        return pattern.sub(lambda m: table[m.group(0)], value)
    if isinstance(value, dict):
        return {k: _swap(v, pattern, table) for k, v in value.items()}
    if isinstance(value, list):
        return [_swap(v, pattern, table) for v in value]
    return value


def _replaced(record: Record, table: dict[str, str]) -> Any:
    """The record with the scenario's names, places and numbers swapped; longest first, whole
    words only ('Visser' but not inside another word)."""
    words = sorted(table, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")
    return type(record).from_dict(_swap(record.to_dict(), pattern, table))


def words_for(f: Family, day: date, rng: random.Random) -> dict[str, str]:
    """The words a case of family `f` on `day` uses, for the swaps and the added texts."""
    place, vt, digits, area, raad = PLACES[f.place]
    street = f"{f.street} {f.number}"
    return {
        "mother": f.mother, "father": f.father, "surname": f.surname, "partner": f.partner,
        "partner_surname": f.partner_surname, "grandmother": f.grandmother,
        "child1": f.children[0], "child2": f.children[1], "place": place, "vt": vt,
        "raad": raad, "other_place": PLACES[f.other_place][0], "street": street,
        "address": f"{street}, {digits}{rng.randint(10, 99)} {f.postcode} {place}",
        "phone": f.phone, "area": area, "school": rng.choice(SCHOOLS),
        "daycare": rng.choice(DAYCARES), "practice": rng.choice(PRACTICES),
        "wijk": rng.choice(WIJKEN), "huisarts": _colleague(rng, "dr."),
        "ib": _colleague(rng, "mw."), "vt_contact": _colleague(rng, "mw."),
        "vt_adviser": _colleague(rng, "mw."), "raad_person": _colleague(rng, "mw."),
        "worker": _colleague(rng, "mw."), "year": str(day.year),
        "postbus": f"Postbus {rng.randint(100, 9999)}\n{digits}00 {f.postcode} {place}",
        "month": f"{MONTHS[(day.month - 2) % 12]} {day.year - (day.month == 1)}",
    }


def _family_table(w: dict[str, str], day: date, rng: random.Random) -> dict[str, str]:
    """Scenario A's (and E's) people, place and references swapped for this case's."""
    return {
        "Yvonne Visser": f"{w['mother']} {w['surname']}", "Visser": w["surname"],
        "Marco": w["father"], "Dennis Kramer": f"{w['partner']} {w['partner_surname']}",
        "Kramer": w["partner_surname"], "Dennis": w["partner"],
        "Ria de Graaf": w["grandmother"], "Amira": w["child1"], "Ruben": w["child2"],
        "dr. E. Koster": w["huisarts"], "mw. L. Bakker": w["ib"],
        "mw. K. Jansen": w["vt_adviser"], "mw. J. Bosman": w["vt_contact"],
        "Oudwijk": w["practice"], "De Regenboog": w["school"], "De Vlinder": w["daycare"],
        "Lindelaan 40, 3581 AB Utrecht": w["address"], "Lindelaan 40": w["street"],
        "Burgemeester Reigerstraat 20, 3581 KP Utrecht":
            f"{rng.choice(STREETS)} {rng.randint(1, 99)}, {w['place']}",
        "06 1234 5678": w["phone"], "030 251 87 60": f"{w['area']} {rng.randint(200, 899)} "
                                                      f"{rng.randint(10, 99)} 60",
        "030 271 44 00": f"{w['area']} {rng.randint(200, 899)} 44 00",
        "Postbus 1234\n3500 AA Utrecht": w["postbus"], "Zeist": w["other_place"],
        "Veilig Thuis Utrecht": w["vt"], "Utrecht": w["place"],
        "VT-2026-11873": f"VT-{day.year}-{rng.randint(10000, 99999)}",
    }


def _with_ages(record: Any, day: date, rng: random.Random) -> dict[str, str]:
    """Scenario A's children get ages of their own (born before `day`); their dates of birth
    follow, and the texts that say '(4 jaar)' say the new ages."""
    ages = sorted(rng.sample(range(1, 17), 2))
    table = {}
    for child, age, old in zip(record.children, ages, ("(4 jaar)", "(7 jaar)"), strict=True):
        born = day - timedelta(days=365 * age + rng.randint(20, 340))
        child.birth_date, child.age = born.isoformat(), str(_age(born, day))
        table[old] = f"({child.age} jaar)"
    return table


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


FACTS_MELDING = (
    ("{child2} kwam de afgelopen maand vier keer te laat op school en had geen lunch bij zich.",
     False, "{ib}, intern begeleider van {child2}"),
    ("Cliënte vertelt dat {partner} in de keuken een stoel tegen de muur gooide terwijl de "
     "kinderen erbij waren.", False, "cliënte zelf"),
    ("Ik zag dat cliënte een verband om haar pols had; zij zei dat zij gevallen was.", True, ""),
    ("{grandmother} vertelde cliënte dat {child1} bij het ophalen huilde en niet naar huis "
     "wilde.", False, "cliënte, die het van {grandmother} hoorde"),
    ("Cliënte vertelt dat de politie bij hen thuis is geweest na een melding van de buren.",
     False, "cliënte zelf"),
    ("Cliënte kwam twee keer niet op haar afspraak en meldde zich niet af.", True, ""),
    ("{huisarts} zag {child1} op het spreekuur met een blauwe plek op de wang.", False,
     "{huisarts}, huisarts"),
)
QUESTIONS_REQUEST = (
    ("Hoe vaak had u contact met de heer {surname}?",
     "Ik zag de heer {surname} gemiddeld eens per twee weken."),
    ("Heeft de heer {surname} iets verteld over de verzorging van {child1} en {child2}?",
     "Hij vertelde dat zijn moeder in slechte periodes dagelijks hielp met de kinderen (bron: "
     "hijzelf). Ik heb de kinderen niet gezien."),
    ("Gebruikte de heer {surname} alcohol of drugs?",
     "Hij vertelde in het begin van de behandeling dat hij elke avond alcohol dronk, en later "
     "dat hij daarmee gestopt was (bron: hijzelf)."),
    ("Is de behandeling afgesloten?",
     "Ja, in overleg met de heer {surname}, toen zijn klachten waren afgenomen."),
)
CONTACTS = {
    "melding": (("contact", "Gebeld met {huisarts}: {child1} is op het spreekuur geweest; er "
                            "is geen nieuw letsel gezien."),
                ("client", "Gesprek met cliënte over het veiligheidsplan. {partner} woont "
                           "sinds {month} niet meer thuis."),
                ("overleg", "Overleg met {ib} van basisschool {school}: {child2} komt weer op "
                            "tijd en heeft een lunch bij zich."),
                ("contact", "{vt} belde: het onderzoek loopt nog; contactpersoon is "
                            "{vt_contact}.")),
    "informatieverzoek": (("contact", "{raad_person} belde met een aanvullende vraag over de "
                                      "afspraken; ik verwees naar mijn schriftelijke antwoord."),
                          ("client", "De heer {surname} vroeg om een afschrift van mijn "
                                     "antwoord; dat heb ik hem gegeven.")),
    "overleg": (("overleg", "{worker} belde: {child1} gaat sinds {month} vier ochtenden naar "
                            "peuterspeelzaal {daycare}."),),
    "ander_doel": (("contact", "{vt_contact} bevestigde het besluit telefonisch."),),
}


def _fill(text: str, w: dict[str, str]) -> str:
    return text.format(**w)


def varied_melding(w: dict[str, str], day: date, rng: random.Random) -> Any:
    """Scenario A with this case's family, place, channel and a few facts of its own."""
    m = demo_melding(day)
    table = _family_table(w, day, rng) | _with_ages(m, day, rng)
    m = _replaced(m, table)
    m.client_pseudonym = w["mother"][0] + "."
    m.receiver.channel = CHANNEL_ORAL if rng.random() < 0.65 else CHANNEL_WRITTEN
    for what, own, source in rng.sample(FACTS_MELDING, rng.randint(0, 3)):
        when = format_nl(day - timedelta(days=rng.randint(5, 60)))
        m.facts.append(Fact(_fill(what, w), when, own, _fill(source, w)))
    return m


def varied_request(w: dict[str, str], day: date, rng: random.Random) -> Any:
    """Scenario B: the Raad of this family's region asks about its father."""
    v = demo_request(day)
    ended = day - timedelta(days=548)
    table = {
        "Vincent Peters": f"{w['father']} {w['surname']}", "Peters": w["surname"],
        "Lotte": w["child1"], "Milan": w["child2"], "mw. A. Smit": w["raad_person"],
        "Midden-Nederland": w["raad"], "RvdK-2026-0815": f"RvdK-{day.year}-"
                                                         f"{rng.randint(1000, 9999)}",
        "Postbus 4000\n3500 HA Utrecht": w["postbus"],
        "mei 2025": f"{MONTHS[ended.month - 1]} {ended.year}",
    }
    v = _replaced(v, table)
    v.client_pseudonym = w["father"][0] + "."
    if rng.random() < 0.35:  # answered by phone: the requester's rendering is checked later
        v.request.channel = CHANNEL_ORAL
    for question, answer in rng.sample(QUESTIONS_REQUEST, rng.randint(0, 2)):
        v.questions.append(QuestionAnswer(question=_fill(question, w), answer=_fill(answer, w)))
    if rng.random() < 0.5:
        v.questions[1].facts.append(Fact(
            f"Hij kwam {rng.randint(2, 9)} keer te laat op zijn afspraak.",
            "tijdens de behandeling", True, ""))
    return v


def varied_overleg(w: dict[str, str], day: date, rng: random.Random) -> Any:
    """Scenario D: this client consults about her youngest, with her wijkteam."""
    from app.flows.overleg import compose_opening

    o = demo_overleg(day)
    initial = w["mother"][0] + "."
    table = {"Jamila Haddou": f"{w['mother']} {w['surname']}", "J.": initial,
             "Sara": w["child1"], "Oost": w["wijk"], "mw. P. Hendriks": w["worker"]}
    o = _replaced(o, table)
    o.client_pseudonym = initial
    if rng.random() < 0.5:
        o.agreements += " " + _fill("Ik bespreek met {mother} of {child1} naar "
                                    "peuterspeelzaal {daycare} kan.", w)
    o.opening_statement = compose_opening(o)
    return o


def varied_ander_doel(w: dict[str, str], day: date, rng: random.Random) -> Any:
    """Scenario E: this region's Veilig Thuis asks to use an earlier melding otherwise."""
    v = demo_ander_doel(day)
    table = _family_table(w, day, rng) | _with_ages(v, day, rng)
    v = _replaced(v, table)
    v.client_pseudonym = w["mother"][0] + "."
    return v


VARIANTS = {"melding": varied_melding, "informatieverzoek": varied_request,
            "overleg": varied_overleg, "ander_doel": varied_ander_doel}


def contacts_for(kind: str, w: dict[str, str], day: date, end: date,
                 rng: random.Random) -> list[tuple[str, str, str]]:
    """Further contacts after the case (7.melder.5): (ISO date, kind, text), none after `end`."""
    out = []
    for contact_kind, text in rng.sample(CONTACTS[kind], min(len(CONTACTS[kind]),
                                                             rng.choice((0, 0, 0, 1, 1, 2)))):
        when = day + timedelta(days=rng.randint(3, 120))
        if when <= end:
            out.append((when.isoformat(), contact_kind, _fill(text, w)))
    return sorted(out)


RESULTS = {
    "decision": lambda w, rng: {"investigate": rng.random() < 0.7, "note": _fill(
        "{vt} doet een veiligheidsbeoordeling en laat binnen tien weken weten wat het "
        "onderzoek uitwijst.", w), "report_again_when": _fill(
        "als cliënte vertelt dat het geweld doorgaat of als {child1} weer letsel heeft.", w)},
    "rendering": lambda w, rng: _rendering(w, rng, "melding"),
    "answer_rendering": lambda w, rng: _rendering(w, rng, "informatie"),
    "procedure": lambda w, rng: {"note": _fill("{vt} legde de werkwijze uit: eerst een "
                                               "veiligheidsbeoordeling, dan onderzoek.", w)},
    "outcome": lambda w, rng: {"outcome": _fill(
        "Het onderzoek is afgerond; het gezin krijgt hulp van het wijkteam {wijk} en {child1} "
        "gaat naar een kindercoach.", w), "protect": _fill(
        "{partner} woont voorlopig elders; de kinderen zien hun vader om het weekend.", w)},
}


def _rendering(w: dict[str, str], rng: random.Random, what: str) -> dict[str, str]:
    text = _fill(f"Weergave van mijn mondelinge {what}, ontvangen van {{vt_contact}}: de "
                 "zorgen over {child1} en {child2} zoals ik ze noemde.", w)
    if rng.random() < 0.3:
        return {"rendering": text, "corrections": "De datum van het letsel stond er verkeerd.",
                "corrected_text": text + " Met de juiste datum van het letsel."}
    return {"rendering": text, "corrections": ""}


def result_values(kind: str, w: dict[str, str], done_on: date,
                  rng: random.Random) -> dict[str, Any]:
    """What the follow-up dialog would hand over for this kind, filled in."""
    make = RESULTS.get(kind)
    values = make(w, rng) if make else {"note": _fill("Besproken met {vt_contact}.", w)}
    return {"received_on": done_on.isoformat(), **values}
