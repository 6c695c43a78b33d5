"""Inzage: a copy of the client's dossier for the right of access (BW 7:456).

The clinician screens off, item by item, information that concerns others (BW 7:457: another
person's privacy can outweigh the right of access), with a reason for each. Screened text is
left out of the copy entirely: not covered by a box, absent. The handbook's anonymity example
(7.vb.3) is the model: whatever leads directly to the person who must stay anonymous goes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.checks.dates import format_nl
from app.content.i18n import _, in_source_language
from app.content.trace import serves
from app.documents import dossierverslag
from app.records import CaseHistory

REQUESTERS = {
    "client": "De cliënt zelf",
    "parents": "Ouder(s) met gezag (kind jonger dan 12)",
    "child_and_parents": "Het kind van 12 tot 16 jaar en de ouder(s) met gezag",
    "young_person": "De jongere van 16 jaar of ouder",
    "representative": "Een vertegenwoordiger (schriftelijk gemachtigd)",
}
SCREENED_TEXT = "[Afgeschermd: deze informatie betreft een ander (BW 7:457).]"

# Words that suggest a passage concerns someone other than the client.
_THIRD_PARTY = re.compile(
    r"(?<!\w)(?:bron:|volgens|school|huisarts|buurvrouw|buurman|partner|grootmoeder|oma|opa|"
    r"juf|meester|leerkracht|melder|informant|collega|wijkteam|gesproken met|t\.a\.v\.)(?!\w)",
    re.IGNORECASE)


@dataclass(frozen=True)
class Item:
    """One passage of the copy, with a stable id so a screening decision can refer to it.
    `proposal` is the reason the app proposes to screen it ('' when it proposes nothing)."""

    id: str
    case_id: int
    section: str
    label: str
    text: str
    third_party_hint: bool
    proposal: str = ""


WITHHELD_LABELS = ("Apart gegeven, niet voor het gezin", "Anonimiteit tegenover het gezin")


@serves("7.vb.3")
def propose(label: str, text: str, data: Any, names: Callable[[str, str], bool] | None
            ) -> str:
    """Why the app proposes to screen this passage, or ''. The clinician confirms.
    `names` is `people.name_finder(data)`, built once per case."""
    from app.flows.people import names_of_others

    if label in [_(w) for w in WITHHELD_LABELS]:
        return _("Apart gegeven aan de ontvanger en niet voor het gezin bestemd (7.vb.3).")
    if data is None or names is None:
        return ""
    return next((_("Noemt {name} ({relation}): informatie over een ander (BW 7:457).",
                   name=name, relation=relation)
                 for name, relation in names_of_others(data) if names(name, text)), "")


@in_source_language()  # the copy's passages and proposals are Dutch, as the copy is
@serves("7.vb.1")
def items_for_client(histories: list[CaseHistory], today: date) -> list[Item]:
    """Every passage of the client's finished cases, as the dossierverslag shows them, each
    with the app's screening proposal: a passage that names one of the recorded people other
    than the client (a parent, a huisgenoot, the network, another professional), or the part
    given apart from the melding."""
    from app.flows.people import name_finder
    from app.flows.registry import flow_of

    items: list[Item] = []
    for history in histories:
        case_id = history.record.id
        verslag = dossierverslag.build(history, today)
        try:
            data = flow_of(history.record.kind).load(history.record.data)
        except (KeyError, TypeError, ValueError):
            data = None  # an unreadable draft: no proposals, the clinician screens by hand
        names = name_finder(data) if data is not None else None
        for s_index, section in enumerate(verslag.sections):
            for r_index, (label, text) in enumerate(section.rows):
                items.append(Item(f"{case_id}.{s_index}.{r_index}", case_id,
                                  f"{verslag.title} ({verslag.reference}) — {section.heading}",
                                  label, text, bool(_THIRD_PARTY.search(text)),
                                  propose(label, text, data, names)))
    return items


def check_screening(screened: dict[str, str]) -> dict[str, str]:
    """Item ids screened without a reason, with the Dutch message for each."""
    return {item_id: _("Geef een reden voor het afschermen.")
            for item_id, reason in screened.items() if not reason.strip()}


def screening_record(requester: str, items: list[Item], screened: dict[str, str]
                     ) -> dict[str, Any]:
    """What is kept of a copy: which items were screened and why (never the text again)."""
    return {
        "requester": requester,
        "items": len(items),
        "screened": [{"id": i, "reason": r} for i, r in sorted(screened.items())],
    }


@in_source_language()
def inzage_pdf(pseudonym: str, requester: str, items: list[Item], screened: dict[str, str],
               profile: dict[str, Any], today: date) -> bytes:
    """The copy. Screened passages are replaced by a fixed notice; their text is not in it."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Flowable, Spacer

    from app.documents.base import Letter, build, heading, p, rows_table

    letter = Letter(
        kind=_("Inzage"), title=_("Afschrift van uw dossier (inzage, BW 7:456)"),
        profile=profile,
        recipient_lines=[_("Voor: {who}", who=_(REQUESTERS.get(requester, requester))),
                         _("Cliënt: {client}", client=pseudonym)],
        reference=f"INZ-{today.strftime('%Y%m%d')}", date=today,
        subject_note=_("Afschrift gemaakt op {date}. Informatie die een ander betreft kan zijn "
                       "afgeschermd; dat staat dan op die plek vermeld.", date=format_nl(today)))
    story: list[Flowable] = []
    section = None
    rows: list[tuple[str, str]] = []
    for item in items:
        if item.section != section:
            if rows:
                story += rows_table(rows)
                rows = []
            story.append(heading(item.section))
            section = item.section
        rows.append((item.label, SCREENED_TEXT if item.id in screened else item.text))
    if rows:
        story += rows_table(rows)
    if not story:
        story.append(p(_("Er zijn geen afgeronde uitwisselingen over deze cliënt.")))
    story += [Spacer(1, 4 * mm), p(_(
        "Heeft u vragen over dit afschrift, of wilt u een correctie of aanvulling laten "
        "opnemen, neem dan contact op met uw behandelaar."), "small")]
    return build(letter, story)
