"""Sentences the letters compose from the record: salutation, the client's position, the
facts with their sources, how to reach the sender.

A letter is read by Veilig Thuis, the GI or the Raad, and (a melding) by the family: it says
in sentences what the record holds in fields, names organisations as they are called now and
carries no handbook numbers. What the clinician typed goes in as typed, through `para_markup`,
and is never bent to fit a sentence: a composed sentence only frames it (a bold lead-in, a
colon), so that a fragment or a full sentence both read.

Everything returned as markup here is safe Paragraph markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from app.checks.dates import format_nl
from app.content.i18n import _
from app.content.trace import serves
from app.documents.base import p, para_markup, signature_flowables
from app.flows.openness import needs_reason_without_consent
from app.flows.wording import FEMALE, MALE, gender_of_role, lower_first, says_not_informed
from app.model import CONSENT_GIVEN, CONSENT_NOT_ASKED, CONSENT_REFUSED, Openness

# --- the addressee ---------------------------------------------------------------------------

_MEVROUW = ("mw", "mevr", "mevrouw", "mej", "mejuffrouw")
_HEER = ("dhr", "hr", "heer", "meneer")
_TITLES = ("dr", "drs", "mr", "ir", "ing", "prof", "ds", "bc", "ma", "msc", "bsc", "phd")
_PARTICLES = ("van", "de", "der", "den", "het", "ter", "ten", "te", "in", "'t", "’t", "op",
              "la", "le", "du", "von", "zu", "d'", "d’")
_INITIALS = re.compile(r"^(?:[A-ZÀ-Ý][a-z]?\.)+$|^[A-ZÀ-Ý]$")
NEUTRAL_SALUTATION = "Geachte heer, mevrouw,"


def salutation(contact: str) -> str:
    """'mw. J. Bosman' → 'Geachte mevrouw Bosman,'; 'dhr. M. van den Berg' → 'Geachte heer
    Van den Berg,'; a name without mevrouw or heer, or none at all, → 'Geachte heer, mevrouw,'."""
    words = re.split(r"[,(]", contact)[0].split()
    key = [w.lower().rstrip(".") for w in words]
    if key[:2] == ["de", "heer"]:
        form, words = "heer", words[2:]
    elif key and key[0] in _MEVROUW:
        form, words = "mevrouw", words[1:]
    elif key and key[0] in _HEER:
        form, words = "heer", words[1:]
    else:
        return _(NEUTRAL_SALUTATION)
    words = [w for w in words if w.lower().rstrip(".") not in _TITLES and not _INITIALS.match(w)]
    if len(words) >= 2 and words[0].lower() not in _PARTICLES and not words[0].endswith("-"):
        words = words[1:]  # a first name: 'mw. Jolanda Bosman' → 'mevrouw Bosman'
    surname = " ".join(words)
    # Without initials or a first name before it, the tussenvoegsel takes a capital.
    surname = surname[:1].upper() + surname[1:]
    return _("Geachte {form} {surname},", form=form, surname=surname) if surname else _(
        "Geachte {form},", form=form)


# --- the client ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Client:
    """How a letter refers to the client: 'mijn cliënte' … 'zij' … 'haar'."""

    noun: str
    subject: str
    object: str
    definite: str = "de cliënt"  # in headings: 'Contact met de cliënte over de melding'

    @property
    def opening(self) -> str:
        """The subject at the start of a sentence: 'Zij', 'De cliënt'."""
        return self.subject[:1].upper() + self.subject[1:]


def client_words(role: str) -> Client:
    """From the recorded role ('moeder', 'vader van A.'), as the templates read it
    (`app.flows.wording`): the client's noun and pronouns. Unknown: 'mijn cliënt' and 'de
    cliënt', never a guessed 'hij'."""
    gender = gender_of_role(role)
    if gender == FEMALE:
        return Client(_("mijn cliënte"), _("zij"), _("haar"), _("de cliënte"))
    if gender == MALE:
        return Client(_("mijn cliënt"), _("hij"), _("hem"), _("de cliënt"))
    return Client(_("mijn cliënt"), _("de cliënt"), _("de cliënt"), _("de cliënt"))


# --- composing -------------------------------------------------------------------------------


def run_in(lead: str, text: str) -> str:
    """'<b>Lead.</b> the user's text' — a lead-in that frames text without rewriting it."""
    return f"<b>{escape(lead)}</b> {para_markup(text.strip())}"


def sentence(text: str) -> str:
    """User text that stands as its own sentence: trimmed, ending with a stop."""
    text = text.strip()
    return text if not text or text[-1] in ".!?…" else text + "."


def after_colon(text: str, record: Any = None) -> str:
    """User text that follows a colon mid-sentence, as markup: its first word lower-cased
    unless it is a name of someone in the record, an abbreviation or an initial."""
    return para_markup(lower_first(sentence(text), keep=names_in(record)))


def names_in(record: Any) -> tuple[str, ...]:
    """Every word of the names the record holds (the client, the children, the people)."""
    if record is None:
        return ()
    people = getattr(record, "people", None)
    names = [getattr(record, "client_pseudonym", ""), *(c.name for c in record.children)]
    if people is not None:
        names.append(people.client_name)
        names += [x.name for group in (people.parents, people.household, people.network,
                                       people.professionals) for x in group]
    return tuple(word for name in names for word in name.split())


def join(parts: list[str]) -> str:
    """'a', 'a en b', 'a, b en c'."""
    parts = [p for p in parts if p]
    if len(parts) <= 1:
        return "".join(parts)
    return _("{first} en {last}", first=", ".join(parts[:-1]), last=parts[-1])


_GROUNDS = {
    "client": "de veiligheid van de cliënt",
    "child": "de veiligheid van de kinderen",
    "clinician": "mijn eigen veiligheid",
    "others": "de veiligheid van anderen",
}


@dataclass(frozen=True)
class Act:
    """What the letter is about, as the position sentences name it (Dutch source text;
    translated where it is used)."""

    about: str  # 'over deze melding'
    why: str  # the lead-in of the reason to go ahead without consent
    presence: str  # the lead-in of whether the client is present
    # Whether 'Ik heb mijn zorgen … besproken' belongs in the letter: it does where the
    # clinician acts on their own concerns (a melding, an overleg), not in an answer to
    # someone else's request, where it reads as a sentence added whatever the case.
    own_concerns: bool = True


MELDING = Act("over deze melding", "Waarom ik toch meld.",
              "Aanwezigheid van {client} bij de melding.")
VERSTREKKING = Act("over uw verzoek en over de informatie die ik u geef",
                   "Waarom ik de informatie toch geef.", "Aanwezigheid van {client}.",
                   own_concerns=False)
OVERLEG = Act("over dit overleg", "Waarom het overleg toch nodig was.",
              "Aanwezigheid van {client} bij het overleg.")
ANDER_DOEL = Act("over uw verzoek", "Waarom toch.", "Aanwezigheid van {client}.",
                 own_concerns=False)


@serves("1a.1", "1a.2", "1a.2.a", "1a.2.b", "1a.2.c", "1a.2.d", "1a.2.e", "1a.2.f", "1a.3",
        "4.melder.2", "7.instelling.3")
def position(o: Openness, client: Client, act: Act, reason: bool = True) -> list[str]:
    """The client's position (4.melder.2, 1a) as paragraphs of markup: whether the concerns
    were discussed, whether the client knows and consented, and why it went ahead anyway.
    `reason=False` leaves the last out (a refusal to share needs no reason to go ahead).

    The one wording of the position: no template composes it (`app.flows.templates`), and a
    deviation explanation that says itself the client was not informed, as the deviation
    templates do, is not preceded by the same sentence."""
    paragraphs: list[str] = []
    if o.deviates:
        grounds = join([_(_GROUNDS.get(g, g)) for g in o.safety_grounds])
        because = escape(_(" in verband met {grounds}.", grounds=grounds) if grounds else ".")
        explanation = o.deviation_explanation.strip()
        if says_not_informed(explanation):
            # The explanation says it (as the deviation templates do): the letter not again.
            paragraphs.append(escape(_("Ik wijk af van openheid")) + because + " "
                              + para_markup(explanation))
            return paragraphs
        paragraphs.append(escape(_("Ik heb {client} niet geïnformeerd {about}: ik wijk af van "
                                   "openheid", client=client.noun, about=_(act.about))) + because)
        if explanation:
            paragraphs.append(run_in(_("Waarom niet."), explanation))
        return paragraphs
    if o.concerns_discussed is not None and act.own_concerns:
        said = _("Ik heb mijn zorgen met {client} besproken.", client=client.noun) \
            if o.concerns_discussed else _("Ik heb mijn zorgen niet met {client} besproken.",
                                           client=client.noun)
        paragraphs.append(" ".join(x for x in (escape(said), para_markup(
            sentence(o.concerns_note))) if x))
    if o.client_informed:
        day = format_nl(o.informed_on) if o.informed_on else ""
        told = _("Ik heb {client} op {date} geïnformeerd {about}.", client=client.noun,
                 date=day, about=_(act.about)) if day else _(
            "Ik heb {client} geïnformeerd {about}.", client=client.noun, about=_(act.about))
        consent = {
            CONSENT_GIVEN: _("{who} heeft toestemming gegeven.", who=client.opening),
            CONSENT_REFUSED: _("{who} heeft toestemming geweigerd.", who=client.opening),
            CONSENT_NOT_ASKED: _("Ik heb {who} niet om toestemming gevraagd.",
                                 who=client.object),
        }.get(o.consent, "")
        paragraphs.append(" ".join(x for x in (
            escape(told), para_markup(sentence(o.informed_explanation)),
            para_markup(sentence(o.client_reaction)), para_markup(sentence(o.client_questions)),
            escape(consent)) if x))
    elif o.client_informed is False:
        paragraphs.append(escape(_("Ik heb {client} niet geïnformeerd {about}.",
                                   client=client.noun, about=_(act.about))))
    if reason and needs_reason_without_consent(o) and o.reason_without_consent.strip():
        paragraphs.append(run_in(_(act.why), o.reason_without_consent))
    # With consent there is no decision against the client's wish to tell them about.
    if o.decision_told is not None and o.client_informed and o.consent != CONSENT_GIVEN:
        paragraphs.append(escape(
            _("Ik heb {who} over mijn besluit geïnformeerd.", who=client.object)
            if o.decision_told else
            _("Ik heb {who} nog niet over mijn besluit geïnformeerd.", who=client.object)))
    if o.presence_considered.strip():
        paragraphs.append(run_in(_(act.presence, client=client.definite),
                                 o.presence_considered))
    return paragraphs


@serves("6.1")
def fact_markup(fact: Any, own: str) -> str:
    """One fact as a list item: when (bold), what, and its source in brackets — `own` for
    what the clinician observed ('eigen waarneming'), else 'bron: …'."""
    source = own if fact.observed_by_clinician else _("bron: {s}", s=fact.source.strip() or "…")
    when = f"<b>{para_markup(fact.when.strip())}</b>: " if fact.when.strip() else ""
    return f"{when}{para_markup(sentence(fact.what))} ({para_markup(source)})"


def reach_me(profile: dict[str, Any]) -> str:
    """'Voor vragen ben ik bereikbaar op 030 … of via praktijk@….' ('' without either)."""
    phone = str(profile.get("phone", "") or "").strip()
    email = str(profile.get("email", "") or "").strip()
    if phone and email:
        return _("Voor vragen ben ik bereikbaar op {phone} of via {email}.", phone=phone,
                 email=email)
    if phone or email:
        return _("Voor vragen ben ik bereikbaar op {where}.", where=phone or email)
    return _("Voor vragen ben ik bereikbaar via de praktijk.")


def closing(profile: dict[str, Any]) -> KeepTogether:
    """How a letter ends: where to reach the sender, 'Met vriendelijke groet,' and the
    signature. `build` keeps it with the last lines before it."""
    return KeepTogether([Spacer(1, 3 * mm), p(reach_me(profile)),
                         *signature_flowables(profile)])


@serves("fn1")
def relation_lead(role: str) -> str:
    """The lead-in of the clinician's relation: 'Mijn relatie tot de cliënte en de
    kinderen.'"""
    return _("Mijn relatie tot {client} en de kinderen.", client=client_words(role).definite)


@serves("2.1")
def client_contact(record: Any, act: Act) -> list[str]:
    """What the client was told, their consent, why it went ahead, and the last contact: the
    paragraphs of 'Contact met de cliënt' in the melding and the answer alike."""
    client = client_words(record.client_role)
    told = position(record.openness, client, act)
    if record.last_contact:
        # 'behandelcontact': a later call to tell the client about the melding or the request
        # is a contact too, and the letter must not seem to contradict it.
        told.append(escape(_("Mijn laatste behandelcontact met {client} was op {date}.",
                             client=client.noun, date=format_nl(record.last_contact))))
    return told
