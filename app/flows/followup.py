"""Follow-up (flow 5): what came back after a melding or an answer, and further contacts.

Forms per follow-up kind are data; checks and the text for timeline and dossierverslag are plain
functions. For a written rendering that the clinician had corrected, the dossier keeps the
corrected text and records that a correction was made (handbook 4.ontvanger.2, 5.6 with
footnote 5, 7).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.checks.problems import Problem, check_past_date, require_answer, require_text
from app.content.i18n import _
from app.content.trace import serves


@dataclass(frozen=True)
class Field:
    key: str
    kind: str  # date | yesno | text | longtext
    label: str
    required: bool = False


_DATE = Field("received_on", "date", "Datum", True)

FORMS: dict[str, tuple[str, str, tuple[Field, ...]]] = {
    # kind: (title, handbook item, fields)
    "decision": ("Bericht of de melding wordt onderzocht", "4.ontvanger.3", (
        _DATE,
        Field("investigate", "yesno", "Wordt de melding onderzocht?", True),
        Field("note", "longtext", "Wat is u verteld over werkwijze en termijn?"),
        Field("report_again_when", "longtext",
              "Zo niet: onder welke omstandigheden is opnieuw melden aan de orde? "
              "(4.ontvanger.4)"),
    )),
    "rendering": ("Schriftelijke weergave controleren", "4.ontvanger.2", (
        _DATE,
        Field("rendering", "longtext", "De weergave zoals u die ontving", True),
        Field("corrections", "longtext",
              "Gevraagde aanvullingen of verbeteringen (leeg als de weergave klopt)"),
        Field("corrected_text", "longtext",
              "De tekst na correctie, zoals de ontvanger hem vastlegt"),
    )),
    # An oral answer to a request (5.6): the requester's rendering is the text it puts in its
    # own dossier (footnote 5), which the informant checks as a melder checks the melding's.
    "answer_rendering": ("Schriftelijke weergave van uw informatie controleren", "5.6", (
        _DATE,
        Field("rendering", "longtext",
              "De weergave zoals u die ontving: de tekst die de vrager over uw informatie in "
              "zijn dossier opneemt (voetnoot 5)", True),
        Field("corrections", "longtext",
              "Gevraagde aanvullingen of verbeteringen (leeg als de weergave klopt)"),
        Field("corrected_text", "longtext",
              "De tekst na correctie, zoals de vrager hem vastlegt"),
    )),
    "procedure": ("Werkwijze en termijn navragen", "4.ontvanger.1", (
        _DATE,
        Field("note", "longtext", "Werkwijze en termijn van het onderzoek", True),
    )),
    "outcome": ("Uitkomst / vervolg", "4.ontvanger.3", (
        _DATE,
        Field("outcome", "longtext", "De uitkomst, zoals u die hoorde", True),
        Field("protect", "longtext",
              "Wat is afgesproken over het beschermen van het kind intussen (4.ontvanger.4)?"),
    )),
}

# The follow-ups that check a written rendering of what the clinician said (4.ontvanger.2, 5.6).
RENDERINGS = ("rendering", "answer_rendering")

CONTACT_KINDS = {
    "contact": "Contact",
    "overleg": "Overleg",
    "client": "Gesprek met de cliënt",
}


def form(kind: str) -> tuple[str, str, tuple[Field, ...]]:
    return FORMS.get(kind, ("Vervolg", "7.melder.6", (_DATE, Field("note", "longtext",
                                                                     "Toelichting", True))))


def check_result(kind: str, values: dict[str, Any], today: date) -> list[Problem]:
    """What the form still needs; a date must exist and not lie ahead."""
    _title, ref, fields = form(kind)
    problems: list[Problem] = []
    for f in fields:
        value = values.get(f.key)
        if f.kind == "date":
            problems += check_past_date(str(value or ""), f.key, today, required=f.required,
                                        what=_("de datum"), ref=ref)
        elif f.kind == "yesno" and f.required:
            problems += require_answer(value, f.key, _("Kies ja of nee."), ref)
        elif f.required:
            problems += require_text(str(value or ""), f.key, _("Vul dit in."), ref)
    if kind in RENDERINGS and str(values.get("corrections") or "").strip():
        problems += require_text(str(values.get("corrected_text") or ""), "corrected_text", _(
            "U vroeg om correcties: leg de gecorrigeerde tekst vast (7)."), "7.instelling.2")
    return problems


@serves("4.ontvanger.2", "5.6", "fn5", "7.instelling.2")
def normalise(kind: str, values: dict[str, Any]) -> dict[str, Any]:
    """What is stored. A corrected rendering replaces the original; the correction is noted."""
    result = {k: v for k, v in values.items() if v not in ("", None)}
    if kind in RENDERINGS:
        corrections = str(values.get("corrections") or "").strip()
        if corrections:
            result["text"] = str(values.get("corrected_text") or "").strip()
            result["corrected"] = True
        else:
            result["text"] = str(values.get("rendering") or "").strip()
            result["corrected"] = False
        # 'text' holds what the dossier keeps; the original of a corrected rendering is gone.
        result.pop("rendering", None)
        result.pop("corrected_text", None)
    return result


@serves("4.ontvanger.3", "4.ontvanger.4", "7.instelling.5")
def describe(kind: str, result: dict[str, Any]) -> str:
    """What came back, in a line or two (the item's title is shown beside it)."""
    parts: list[str] = []
    if kind == "decision":
        parts.append(_("Wordt onderzocht.") if result.get("investigate") else
                     _("Wordt niet onderzocht."))
        if result.get("report_again_when"):
            parts.append(_("Opnieuw melden als: {t}", t=result["report_again_when"]))
    if kind in RENDERINGS:
        parts.append(_("Gecorrigeerd; de gecorrigeerde tekst is vastgelegd. Gevraagd: {c}",
                       c=result.get("corrections", "")) if result.get("corrected")
                     else _("Gecontroleerd; klopt."))
    for key in ("outcome", "protect", "note"):
        if result.get(key):
            parts.append(str(result[key]))
    return " ".join(p for p in parts if p)
