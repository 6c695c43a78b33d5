"""The meldcode's afwegingskader as data: `resources/afwegingskader.json`, validated at load.

Five questions, each answer leading to the next question, to reporting (melden, with the
professional norm that makes it the norm) or to closing; the source and its terms of reuse
are in the file. The handbook starts where this ends: the decision to report."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from app.content.resources import load_json

OUTCOMES = ("next", "report", "close")


class MeldcodeDataError(ValueError):
    """The afwegingskader resource does not have the expected shape (a packaging bug)."""


@dataclass(frozen=True)
class Question:
    id: str  # also the field of app.model.Weighing that holds the answer
    number: int
    name: str
    text: str
    yes: str  # next / report / close
    no: str
    norm: int | None = None  # the professional norm when the answer leads to reporting
    close_text: str = ""


@dataclass(frozen=True)
class Afwegingskader:
    source: str
    urls: tuple[str, ...]
    questions: tuple[Question, ...]
    norms: dict[int, str]
    report_without_norm: str
    together_with_veilig_thuis: str

    def question(self, qid: str) -> Question:
        return next(q for q in self.questions if q.id == qid)


def parse(raw: dict[str, Any]) -> Afwegingskader:
    """Build and validate the afwegingskader from its JSON document."""
    if not str(raw.get("source", "")).strip():
        raise MeldcodeDataError("afwegingskader.json: the source is missing")
    questions = []
    for n, item in enumerate(raw.get("questions", []), start=1):
        try:
            q = Question(str(item["id"]), int(item["number"]), str(item["name"]),
                         str(item["text"]), str(item["yes"]), str(item["no"]),
                         int(item["norm"]) if item.get("norm") is not None else None,
                         str(item.get("close_text", "")))
        except (KeyError, TypeError, ValueError) as exc:
            raise MeldcodeDataError(f"afwegingskader.json: question {n}: {exc}") from None
        if q.number != n or not q.text.strip().endswith("?"):
            raise MeldcodeDataError(f"afwegingskader.json: question {n} is not question {n}")
        if {q.yes, q.no} - set(OUTCOMES):
            raise MeldcodeDataError(f"afwegingskader.json: {q.id}: unknown outcome")
        if "close" in (q.yes, q.no) and not q.close_text:
            raise MeldcodeDataError(f"afwegingskader.json: {q.id}: closing needs a text")
        questions.append(q)
    if len(questions) != 5:
        raise MeldcodeDataError("afwegingskader.json: the afwegingskader has five questions")
    norms = {int(k): str(v) for k, v in raw.get("norms", {}).items()}
    missing = {q.norm for q in questions if q.norm is not None} - set(norms)
    if missing:
        raise MeldcodeDataError(f"afwegingskader.json: norms missing: {sorted(missing)}")
    return Afwegingskader(str(raw["source"]), tuple(raw.get("urls", ())),
                          tuple(questions), norms, str(raw.get("report_without_norm", "")),
                          str(raw.get("together_with_veilig_thuis", "")))


@cache
def afwegingskader() -> Afwegingskader:
    """The afwegingskader shipped with the app, validated once."""
    return parse(load_json("afwegingskader.json"))
