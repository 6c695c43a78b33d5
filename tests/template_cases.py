"""The demo cases varied along everything that changes a template's words: the openness
choice (informed with consent given, refused or not asked; not informed; deviation for
safety; not yet answered), the client's role (mother, father, unknown), the receiver (Veilig
Thuis, the Raad, a gecertificeerde instelling with or without an OTS), and what the relation
says about seeing the children. Shared by the template matrix test and the judgement check's
no-false-alarm set."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from app import demo
from app.model import CONSENT_GIVEN, CONSENT_NOT_ASKED, CONSENT_REFUSED

TODAY = date(2026, 12, 1)

OPENNESS = ("given", "refused", "not_asked", "not_informed", "deviates", "unknown")
ROLES = {"mother": "moeder", "father": "vader", "unknown": ""}
RECEIVERS = {
    "veilig_thuis": ("veilig_thuis", "Veilig Thuis Utrecht"),
    "raad": ("raad", "Raad voor de Kinderbescherming, regio Midden-Nederland"),
    "gi": ("gi", "William Schrikker Stichting Jeugdbescherming & Jeugdreclassering"),
    "gi_ots": ("gi", "Jeugdbescherming Midden-Nederland"),
}
FLOW_RECEIVERS = {"melding": ("veilig_thuis", "raad"),
                  "informatieverzoek": ("veilig_thuis", "raad", "gi", "gi_ots"),
                  "overleg": ("veilig_thuis",), "ander_doel": ("veilig_thuis",)}
SEEN = {"never": "Ik heb de kinderen nooit gezien.",
        "seen": "Ik heb de kinderen twee keer gezien, bij een gezinsgesprek.",
        "silent": ""}


@dataclass(frozen=True)
class Combo:
    flow: str
    openness: str
    role: str
    receiver: str
    seen: str

    def __str__(self) -> str:
        return f"{self.flow}/{self.openness}/{self.role}/{self.receiver}/{self.seen}"


def _base(flow: str):  # noqa: ANN202 - one of the four records
    return {"melding": demo.demo_melding, "informatieverzoek": demo.demo_request,
            "overleg": demo.demo_overleg, "ander_doel": demo.demo_ander_doel}[flow](TODAY)


def build(c: Combo):  # noqa: ANN201 - one of the four records
    """The demo case of `c.flow`, changed to hold what `c` names."""
    m = copy.deepcopy(_base(c.flow))
    o = m.openness
    if c.openness in ("given", "refused", "not_asked"):
        o.deviates, o.client_informed, o.concerns_discussed = False, True, True
        o.consent = {"given": CONSENT_GIVEN, "refused": CONSENT_REFUSED,
                     "not_asked": CONSENT_NOT_ASKED}[c.openness]
        o.informed_on = o.informed_on or (TODAY.replace(day=1)).isoformat()
    elif c.openness == "not_informed":
        o.deviates, o.client_informed, o.consent = False, False, ""
    elif c.openness == "deviates":
        o.deviates, o.client_informed, o.consent = True, None, ""
        o.safety_grounds = ["child"]
        o.deviation_explanation = ""
    else:
        o.deviates, o.client_informed, o.consent = False, None, ""
    if c.openness != "refused":
        o.reason_without_consent = ""  # the demo's reason speaks of her refusal
    m.client_role = ROLES[c.role]
    org_type, org_name = RECEIVERS[c.receiver]
    if c.flow == "melding":
        m.receiver.org_type, m.receiver.org_name = org_type, org_name
    elif c.flow == "informatieverzoek":
        m.request.org_type, m.request.org_name = org_type, org_name
        m.request.supervision_order = (c.receiver == "gi_ots") if org_type == "gi" else None
    # What the clinician wrote about seeing the children: in the relation, and not in limits.
    m.relation = " ".join(x for x in ("Ik ben de behandelaar van de ouder.", SEEN[c.seen]) if x)
    if hasattr(m, "limits"):
        m.limits = ""
    return m


def combos(flows: tuple[str, ...] = tuple(FLOW_RECEIVERS)) -> Iterator[Combo]:
    for flow in flows:
        for openness in OPENNESS:
            for role in ROLES:
                for receiver in FLOW_RECEIVERS[flow]:
                    for seen in SEEN:
                        yield Combo(flow, openness, role, receiver, seen)


def offered(flow: str) -> tuple[tuple[str, str], ...]:
    """(page id, template id) for every template the flow's pages offer."""
    from app.flows.registry import flow_of

    return tuple((p.id, t) for p in flow_of(flow).rules.PAGES for t in p.templates)
