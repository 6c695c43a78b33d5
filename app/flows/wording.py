"""Small pieces of Dutch that the templates and the letters both need from the record: the
client's pronouns from the recorded role, an organisation with its article, whether an
explanation already says the client was not informed. One place, so that a template and the
letter it ends up in read the record the same way."""

from __future__ import annotations

import re

from app.content.i18n import _

FEMALE = "female"
MALE = "male"
NEUTRAL = "neutral"

# Head nouns of a role ("moeder van de kinderen" → "moeder"); a role whose head is not one of
# these ("partner van moeder", "ouder", "verzorger") leaves the client's gender unknown.
_FEMALE_WORDS = {"moeder", "mama", "stiefmoeder", "pleegmoeder", "grootmoeder", "oma", "tante",
                 "zus", "zuster", "dochter", "vrouw", "cliënte", "mevrouw", "stiefdochter",
                 "vriendin", "partner-moeder"}
_MALE_WORDS = {"vader", "papa", "stiefvader", "pleegvader", "grootvader", "opa", "oom", "broer",
               "zoon", "man", "meneer", "stiefzoon", "vriend"}


def gender_of_role(role: str) -> str:
    """FEMALE, MALE or NEUTRAL from the role's head words: the words before 'van', a comma or
    a bracket ('moeder van A.' is a mother; 'partner van moeder' is not known)."""
    head = re.split(r"\bvan\b|[,(;/]", role.casefold(), maxsplit=1)[0]
    words = set(re.findall(r"[\w-]+", head))
    female, male = bool(words & _FEMALE_WORDS), bool(words & _MALE_WORDS)
    if female and not male:
        return FEMALE
    if male and not female:
        return MALE
    return NEUTRAL


def pronouns(gender: str) -> dict[str, str]:
    """The client's pronouns by name: {hij}, {Hij}, {zijn}, {hem}, {hemzelf}, and how the
    templates say 'my client' ({mijn_client}, {Mijn_client}). Neutral when unknown."""
    if gender == FEMALE:
        words = {"hij": _("zij"), "zijn": _("haar"), "hem": _("haar"),
                 "hemzelf": _("haarzelf"), "mijn_client": _("mijn cliënte")}
    elif gender == MALE:
        words = {"hij": _("hij"), "zijn": _("zijn"), "hem": _("hem"),
                 "hemzelf": _("hemzelf"), "mijn_client": _("mijn cliënt")}
    else:
        words = {"hij": _("hij of zij"), "zijn": _("zijn of haar"), "hem": _("hem of haar"),
                 "hemzelf": _("mijn cliënt zelf"), "mijn_client": _("mijn cliënt")}
    words["Hij"] = capitalise(words["hij"])
    words["Mijn_client"] = capitalise(words["mijn_client"])
    return words


def capitalise(text: str) -> str:
    """The first letter up, the rest as it is (str.capitalize() would lower a name)."""
    return text[:1].upper() + text[1:]


# How a name starts → its article, and whether the start is a common noun (then lower-cased:
# 'het wijkteam Oost'). Veilig Thuis and the Jeugdbescherming regions go without an article.
_ARTICLES: tuple[tuple[str, str, bool], ...] = (
    ("veilig thuis", "", False),
    ("jeugdbescherming", "", False),
    ("raad voor de kinderbescherming", "de", False),
    ("raad ", "de", False),
    ("gecertificeerde instelling", "de", True),
    ("william schrikker", "de", False),
    ("leger des heils", "het", False),
    ("sociaal wijkteam", "het", True),
    ("wijkteam", "het", True),
    ("buurtteam", "het", True),
    ("jeugdteam", "het", True),
    ("centrum voor jeugd en gezin", "het", False),
    ("cjg", "het", False),
    ("ggd", "de", False),
    ("huisartsenpraktijk", "de", True),
    ("zorg- en veiligheidshuis", "het", False),
    ("zorg en veiligheidshuis", "het", False),
    ("veiligheidshuis", "het", False),
    ("basisschool", "de", True),
    ("school", "de", True),
    ("politie", "de", True),
)


def with_article(name: str) -> str:
    """An organisation as running text names it: 'de Raad voor de Kinderbescherming',
    'Veilig Thuis Utrecht', 'het wijkteam Oost'; a name that has its own article keeps it
    ('De Brug' → 'de Brug'); an unknown proper name goes without one."""
    name = name.strip()
    if not name:
        return ""
    folded = name.casefold()
    for article in ("de ", "het "):
        if folded.startswith(article):
            return article + name[len(article):]
    for start, article, common in _ARTICLES:
        if folded.startswith(start):
            shown = name[:1].lower() + name[1:] if common else name
            return f"{article} {shown}" if article else shown
    return name


def lower_first(text: str, keep: tuple[str, ...] = ()) -> str:
    """'Onderzoek naar …' → 'onderzoek naar …' (to follow a colon mid-sentence); a word that
    is a name in `keep`, an abbreviation or an initial ('V. kwam') stays as it is."""
    match = re.match(r"([A-Z][a-zà-ÿ]+|U)\b", text)  # the formal 'U' is a word, not an initial
    if not match or match.group(1) in keep or text[len(match.group(1)):].startswith("."):
        return text
    return text[:1].lower() + text[1:]


# How an explanation of a deviation from openness opens when it says itself that the client
# was not informed: the deviation templates do ('Ik heb Y. niet over de melding geïnformeerd,
# omdat ik inschat …'), as the handbook's examples 1a.vb.1-3 do.
_SAYS_NOT_INFORMED = re.compile(r"Ik heb\b.*\bniet\b.*\bgeïnformeerd\b")


def says_not_informed(explanation: str) -> bool:
    """Whether a deviation explanation itself says that the client was not informed, so that
    a letter printing it does not say so once more just before it."""
    return bool(_SAYS_NOT_INFORMED.match(explanation.strip()))


def sentence(text: str) -> str:
    """A text as a sentence: stripped, ending in a full stop unless it has its own end (a
    placeholder '[…?]' counts as one)."""
    text = text.strip()
    return text if not text or text[-1] in ".!?…’”)]" else text + "."
