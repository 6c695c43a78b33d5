"""The meldcode's afwegingskader before a melding, recorded: five answers, each with its
reasoning, and where they lead — "meldplicht" (reporting is the professional norm) where the
answers say so. Optional: an empty weighing asks nothing. Shown in the dossier entry and the
dossierverslag, never in the letter (the questions are the clinician's own weighing)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.checks.dates import format_nl
from app.checks.problems import WARNING, Problem, check_past_date
from app.content.i18n import _
from app.content.meldcode import Question, afwegingskader
from app.model import Weighing


def answer(w: Weighing, q: Question) -> bool | None:
    value = getattr(w, q.id)
    return value if isinstance(value, bool) else None


def reasoning(w: Weighing, q: Question) -> str:
    return str(getattr(w, q.id + "_why", "")).strip()


def started(w: Weighing) -> bool:
    """Whether the clinician began the weighing (the page is optional)."""
    return any(answer(w, q) is not None or reasoning(w, q) for q in afwegingskader().questions)


@dataclass(frozen=True)
class Outcome:
    """Where the answers lead: 'report', 'close', or '' while a needed answer is missing.
    `at` is the question that decided it; `norm` the professional norm, when there is one."""

    kind: str
    at: Question | None
    norm: int | None = None

    @property
    def meldplicht(self) -> bool:
        return self.kind == "report"


def outcome(w: Weighing) -> Outcome:
    """Walk the questions in order, as the afwegingskader does, to the first answer that
    decides (report or close); stop at the first question that is needed and not answered."""
    for q in afwegingskader().questions:
        value = answer(w, q)
        if value is None:
            return Outcome("", q)
        step = q.yes if value else q.no
        if step == "report":
            return Outcome("report", q, q.norm)
        if step == "close":
            return Outcome("close", q)
    return Outcome("", None)


def outcome_text(w: Weighing) -> str:
    """The outcome as the dossier says it: 'Meldplicht: …' with the norm, or the close."""
    kader = afwegingskader()
    result = outcome(w)
    if result.kind == "report" and result.at is not None:
        norm = kader.norms.get(result.norm or 0, "") or kader.report_without_norm
        text = _("Meldplicht (afwegingsvraag {n}): {norm}", n=result.at.number, norm=norm)
        if result.at.number == 2:
            text += " " + kader.together_with_veilig_thuis
        return text
    if result.kind == "close" and result.at is not None:
        return _("Geen meldplicht (afwegingsvraag {n}): {text}", n=result.at.number,
                 text=result.at.close_text)
    if result.at is not None:
        return _("Nog niet afgewogen: afwegingsvraag {n} is niet beantwoord.",
                 n=result.at.number)
    return ""


def check_weighing(w: Weighing, today: date) -> list[Problem]:
    """Once begun: each answer with its reasoning (blocking), the date, and what the outcome
    means for this melding (advice, never blocking)."""
    if not started(w):
        return []
    problems = check_past_date(w.date, "weighing.date", today, required=True,
                               what=_("de datum van uw afweging"))
    for q in afwegingskader().questions:
        if answer(w, q) is not None and not reasoning(w, q):
            problems.append(Problem(f"weighing.{q.id}_why", _(
                "Licht uw antwoord op afwegingsvraag {n} toe: waarop baseert u het?",
                n=q.number)))
    result = outcome(w)
    if result.kind == "" and result.at is not None:
        problems.append(Problem(f"weighing.{result.at.id}", _(
            "Afwegingsvraag {n} is nog niet beantwoord; de afweging komt pas daarna tot een "
            "uitkomst.", n=result.at.number), "", WARNING))
    elif result.kind == "close" and result.at is not None:
        problems.append(Problem(f"weighing.{result.at.id}", _(
            "Volgens uw afweging is melden niet de professionele norm ({text}) U mag toch "
            "melden (meldrecht, Wmo 2015 art. 5.2.6); leg dan in de melding vast waarom.",
            text=result.at.close_text), "", WARNING))
    return problems


def weighing_rows(w: Weighing) -> list[dict[str, str]]:
    """For the dossier entry and the dossierverslag: each question answered (or reasoned),
    and the outcome. Nothing when the weighing was not made."""
    if not started(w):
        return []
    rows = []
    for q in afwegingskader().questions:
        value, why = answer(w, q), reasoning(w, q)
        if value is None and not why:
            continue
        said = _("Ja.") if value else _("Nee.") if value is False else _("Niet beantwoord.")
        rows.append({"label": _("Afwegingsvraag {n}: {name}", n=q.number, name=_(q.name)),
                     "text": " ".join(x for x in (q.text, said, why) if x)})
    heading = _("Afweging volgens de meldcode, {date}", date=format_nl(w.date)) if w.date \
        else _("Afweging volgens de meldcode")
    rows.append({"label": heading, "text": outcome_text(w)})
    return rows
