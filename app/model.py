"""The case data the flows collect, as plain dataclasses that round-trip through JSON."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, is_dataclass
from functools import cache
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

T = TypeVar("T")

CONSENT_GIVEN = "given"
CONSENT_REFUSED = "refused"
CONSENT_NOT_ASKED = "not_asked"
CONSENT_CHOICES = (CONSENT_GIVEN, CONSENT_REFUSED, CONSENT_NOT_ASKED)

SAFETY_GROUNDS = ("client", "child", "clinician", "others")

CHANNEL_ORAL = "mondeling"
CHANNEL_WRITTEN = "schriftelijk"


@cache
def _nested_types(cls: type) -> dict[str, type]:
    """Fields holding a dataclass or a list of them, read from the annotations themselves."""
    nested: dict[str, type] = {}
    for name, hint in get_type_hints(cls).items():
        inner = get_args(hint)[0] if get_origin(hint) is list else hint
        if isinstance(inner, type) and is_dataclass(inner):
            nested[name] = inner
    return nested


def _from_dict(cls: type[T], data: dict[str, Any] | None) -> T:
    """Build a dataclass from a dict, ignoring unknown keys (older or newer drafts)."""
    data = data or {}
    kwargs: dict[str, Any] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        if f.name not in data:
            continue
        value = data[f.name]
        nested = _nested_types(cls).get(f.name)  # type: ignore[arg-type]  # classes hash
        if nested is not None:
            if isinstance(value, list):
                value = [_from_dict(nested, v) for v in value if isinstance(v, dict)]
            else:
                value = _from_dict(nested, value if isinstance(value, dict) else {})
        kwargs[f.name] = value
    return cls(**kwargs)


class Record:
    """A flow's case data: to the dossier as JSON and back (tolerant of older drafts)."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any] | None) -> T:
        return _from_dict(cls, data)


@dataclass
class SetAside:
    """A judgement finding the clinician set aside, with why (a false alarm, or a deliberate
    choice). Kept with the dossier entry; never printed in a document or an inzage copy."""

    where: str = ""
    text: str = ""
    reason: str = ""


@dataclass
class Child:
    """A child the exchange is about. The receiver needs name and date of birth to find the
    child; `age` stays for drafts made before dates of birth were asked."""

    name: str = ""
    age: str = ""
    birth_date: str = ""  # ISO
    lives_with: str = ""  # where the child lives: an address, or 'bij moeder'
    school: str = ""  # school or day-care


@dataclass
class Person:
    """A parent, another adult in the household, or someone in the family's network."""

    name: str = ""
    relation: str = ""  # 'vader', 'partner van moeder', 'grootmoeder', 'buurvrouw'
    birth_date: str = ""  # ISO; optional
    address: str = ""
    phone: str = ""
    custody: bool | None = None  # parents only: has parental authority (gezag)?


@dataclass
class Professional:
    """Another professional involved (huisarts, wijkteam, school, jeugdhulp)."""

    role: str = ""
    name: str = ""
    organisation: str = ""
    contact: str = ""


@dataclass
class People:
    """Betrokkenen: who the people are, so that the receiver can find the family and act.

    The dossier is the clinician's own encrypted record; it may and should hold names. What
    the case list shows is the display label (`client_pseudonym` on the record)."""

    client_name: str = ""
    client_birth_date: str = ""  # ISO
    client_address: str = ""
    client_phone: str = ""
    address_unknown: str = ""  # why no address is known, when none is given
    parents: list[Person] = field(default_factory=list)
    household: list[Person] = field(default_factory=list)
    professionals: list[Professional] = field(default_factory=list)
    network: list[Person] = field(default_factory=list)


@dataclass
class Openness:
    """Step 1a for one exchange; shared by every flow."""

    concerns_discussed: bool | None = None  # 1a.1
    concerns_note: str = ""
    deviates: bool = False  # 1a.3: no openness because of safety
    safety_grounds: list[str] = field(default_factory=list)
    deviation_explanation: str = ""
    client_informed: bool | None = None  # 1a.2 / 7.melder.3
    informed_on: str = ""  # ISO date
    informed_explanation: str = ""  # 1a.2.a: why, with whom, which information
    client_reaction: str = ""  # 1a.2.b
    client_questions: str = ""  # 1a.2.c: the client's questions and objections, and the talk
    consent: str = ""  # 1a.2.d: given / refused / not_asked
    reason_without_consent: str = ""  # 7.melder.4
    decision: str = ""  # 1a.2.e
    decision_told: bool | None = None  # 1a.2.e
    presence_considered: str = ""  # 1a.2.f


@dataclass
class Fact:
    """One relevant fact (4.melder.1, 6.1): what, when, and who observed it. Who observed it
    has no default: the clinician chooses (6.1), a draft's earlier answer is kept."""

    what: str = ""
    when: str = ""  # a date (dd-mm-jjjj) or a period in words
    observed_by_clinician: bool | None = None
    source: str = ""
    # 3.1: information another institution gave the clinician for another purpose: which.
    received_for: str = ""


@dataclass
class Receiver:
    org_type: str = "veilig_thuis"
    org_name: str = ""
    contact_person: str = ""
    channel: str = CHANNEL_ORAL
    date: str = ""  # ISO date of the melding
    reference: str = ""  # the receiver's reference, when known
    address: str = ""


@dataclass
class Expectations:
    """What the melder may expect back (4.ontvanger.1-4)."""

    procedure_explained: bool | None = None
    procedure_note: str = ""
    decision_term_days: int = 10
    protect_meanwhile: str = ""
    report_again_when: str = ""


@dataclass
class Advice:
    """The advice consultation with Veilig Thuis before a written melding (KNMG meldcode)."""

    required: bool = False  # the practice's setting for the clinician's discipline, at the time
    consulted: bool | None = None
    date: str = ""  # ISO
    with_whom: str = ""
    advice: str = ""


@dataclass
class Withheld:
    """What Veilig Thuis should know but the family may not read: sent apart from the melding,
    which is open to the parents and to children over twelve."""

    text: str = ""
    reason: str = ""  # whose safety, or why else
    agreed: bool | None = None  # agreed with the receiver that it goes apart?
    agreed_note: str = ""  # with whom, when


@dataclass
class Attachment:
    description: str = ""
    date: str = ""  # ISO date of the enclosed document


@dataclass
class Weighing:
    """The meldcode's afwegingskader, before the melding: the five questions
    (`resources/afwegingskader.json`, ids as these fields), each answer with its reasoning.
    Optional; kept in the dossier entry and the dossierverslag, never in the letter."""

    date: str = ""  # ISO date of the weighing
    suspicion: bool | None = None
    suspicion_why: str = ""
    unsafe: bool | None = None
    unsafe_why: str = ""
    help_possible: bool | None = None
    help_possible_why: str = ""
    help_accepted: bool | None = None
    help_accepted_why: str = ""
    help_works: bool | None = None
    help_works_why: str = ""


@dataclass
class Melding(Record):
    """Flow 1: a melding to Veilig Thuis or, in a crisis, the Raad."""
    set_aside: list[SetAside] = field(default_factory=list)  # judgement findings
    weighing: Weighing = field(default_factory=Weighing)  # the meldcode's afwegingskader

    client_pseudonym: str = ""  # the display label in the case list (initials, say)
    client_role: str = ""  # e.g. "moeder van de kinderen"
    children: list[Child] = field(default_factory=list)
    relation: str = ""  # the clinician's relation to client and children
    people: People = field(default_factory=People)
    advice: Advice = field(default_factory=Advice)
    withheld: Withheld = field(default_factory=Withheld)
    anonymous: bool = False  # the melder asks to stay anonymous towards the family
    anonymous_reason: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    openness: Openness = field(default_factory=Openness)
    facts: list[Fact] = field(default_factory=list)
    limits: str = ""  # what the clinician did not see and cannot say
    concern: str = ""  # the concern in the clinician's words
    last_contact: str = ""  # ISO date (step 2)
    currency_days: int = 0  # threshold for the currency notice; 0 = the practice default
    receiver: Receiver = field(default_factory=Receiver)
    expectations: Expectations = field(default_factory=Expectations)
    content: str = ""  # the text of the melding (7.melder.1)
    other_contacts: str = ""  # 7.melder.5
    not_applicable: dict[str, str] = field(default_factory=dict)  # step-7 id -> reason


EXPERTISES = ("gedragswetenschapper", "maatschappelijk werker", "arts", "jurist", "anders")


@dataclass
class Requester:
    """Who asks, why and how (handbook 5.1-5.3)."""

    org_type: str = "raad"  # veilig_thuis / gi / raad
    org_name: str = ""
    name: str = ""
    function: str = ""
    expertise: str = ""  # one of EXPERTISES, or free text
    why: str = ""  # 5.1: why the information is needed
    info_type: str = ""  # 5.1: which type of information
    channel: str = ""  # 5.2: how the clinician answers: mondeling / schriftelijk
    received_on: str = ""  # ISO date the request came in
    term: str = ""  # 5.2: ISO date agreed for the answer
    supervision_order: bool | None = None  # GI: is there an OTS?
    reference: str = ""
    address: str = ""


@dataclass
class QuestionAnswer:
    """One question received (5.4, 5.5) and the clinician's answer (6.1, 6.3, 6.4)."""

    question: str = ""
    answer: str = ""
    facts: list[Fact] = field(default_factory=list)
    disorder_effect: str = ""  # 6.4: how a disorder may affect behaviour towards the children
    judgement_note: str = ""  # what the clinician did with a question asking for a judgement


@dataclass
class Informatieverzoek(Record):
    """Flow 2: answering a request for information as informant."""
    set_aside: list[SetAside] = field(default_factory=list)  # judgement findings

    client_pseudonym: str = ""
    client_role: str = ""
    children: list[Child] = field(default_factory=list)
    relation: str = ""
    people: People = field(default_factory=People)
    request: Requester = field(default_factory=Requester)
    openness: Openness = field(default_factory=Openness)
    questions: list[QuestionAnswer] = field(default_factory=list)
    confirming: str = ""  # 6.2: facts that confirm the concern
    contradicting: str = ""  # 6.2: facts that contradict it
    last_contact: str = ""
    currency_days: int = 0  # threshold for the currency notice; 0 = the practice default
    answered_on: str = ""  # ISO date of the answer
    content: str = ""  # optional covering text
    other_contacts: str = ""
    not_applicable: dict[str, str] = field(default_factory=dict)


@dataclass
class Counterpart:
    """The other professional or organisation in an overleg or an ander-doel request."""

    org_type: str = "collega"
    org_name: str = ""
    person: str = ""
    function: str = ""
    address: str = ""  # postal address, for an ander-doel letter
    reference: str = ""  # their reference ('uw kenmerk'), for an ander-doel letter


@dataclass
class Overleg(Record):
    """Flow 3: consulting another professional about the client (handbook 1b)."""
    set_aside: list[SetAside] = field(default_factory=list)  # judgement findings

    client_pseudonym: str = ""
    client_role: str = ""
    children: list[Child] = field(default_factory=list)
    relation: str = ""
    people: People = field(default_factory=People)
    counterpart: Counterpart = field(default_factory=Counterpart)
    initiative: bool | None = None  # did the clinician take the initiative (then 1b applies)
    date: str = ""  # ISO date of the consultation
    channel: str = CHANNEL_ORAL
    concern: str = ""  # why the clinician consults: the concern, factual
    asks: str = ""  # what the clinician wants to know or share
    openness: Openness = field(default_factory=Openness)
    opening_statement: str = ""  # composed, editable
    discussed: str = ""
    agreements: str = ""
    last_contact: str = ""  # ISO date (step 2): the contact what the clinician shares rests on
    currency_days: int = 0  # threshold for the currency notice; 0 = the practice default
    content: str = ""
    other_contacts: str = ""
    not_applicable: dict[str, str] = field(default_factory=dict)


DIRECTION_RECEIVED = "received"  # a receiver asks to use what the clinician gave
DIRECTION_OWN = "own"  # the clinician wants to use what another professional gave


@dataclass
class AnderDoel(Record):
    """Flow 4: using information for another purpose than it was given for (handbook 3)."""
    set_aside: list[SetAside] = field(default_factory=list)  # judgement findings

    client_pseudonym: str = ""
    client_role: str = ""
    children: list[Child] = field(default_factory=list)
    relation: str = ""
    people: People = field(default_factory=People)
    direction: str = DIRECTION_RECEIVED
    counterpart: Counterpart = field(default_factory=Counterpart)
    received_on: str = ""  # ISO date of the request (or of the clinician's own question)
    original_date: str = ""  # when the information was given
    original_purpose: str = ""
    information: str = ""  # which information
    new_purpose: str = ""
    openness: Openness = field(default_factory=Openness)
    # Direction 'own' (3.2): the provider decides, after contacting their client; the clinician
    # records the provider's answer in decision/decision_reason/decided_on, and this:
    provider_client: str = ""  # what the provider said of their contact with their client
    decision: str = ""  # agree / refuse / partly (in direction 'own': the provider's)
    decision_reason: str = ""
    decided_on: str = ""
    content: str = ""
    other_contacts: str = ""
    not_applicable: dict[str, str] = field(default_factory=dict)

