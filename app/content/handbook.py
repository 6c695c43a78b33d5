"""The handbook as data: loaded from `resources/handbook/handbook.json` and validated.

Every step, numbered item, example and footnote has a stable id (``1a.2.d``, ``4.vb.1``,
``fn3``). Pages, checks and document fields refer to these ids; the text itself is only here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from app.content.resources import load_json

EXAMPLE_KINDS = ("voorbeeld", "toelichting", "niet_zo", "maar_zo")
REQUIRED_STEPS = ("1a", "1b", "2", "3", "4", "5", "6", "7")


class HandbookDataError(ValueError):
    """The handbook resource does not have the expected shape (a packaging bug)."""


@dataclass(frozen=True)
class Item:
    id: str
    number: str
    text: str
    step: str
    section_heading: str
    subitems: tuple[Item, ...] = ()
    footnotes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Example:
    id: str
    kind: str
    text: str
    step: str


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    items: tuple[Item, ...]
    examples: tuple[Example, ...]
    sections: tuple[tuple[str, str, tuple[str, ...]], ...]  # (section id, heading, footnotes)


@dataclass(frozen=True)
class Footnote:
    id: str
    number: int
    text: str


@dataclass
class Handbook:
    title: str
    steps: dict[str, Step]
    footnotes: dict[str, Footnote]
    _index: dict[str, Item | Example | Footnote] = field(default_factory=dict)

    def get(self, ref: str) -> Item | Example | Footnote:
        """Any piece by its id; KeyError for an unknown id (a bug in a page definition)."""
        return self._index[ref]

    def text(self, ref: str) -> str:
        return self.get(ref).text

    def ids(self) -> list[str]:
        return list(self._index)

    def examples(self, step: str, kind: str | None = None) -> list[Example]:
        return [e for e in self.steps[step].examples if kind is None or e.kind == kind]

    def step_of(self, ref: str) -> Step:
        piece = self.get(ref)
        if isinstance(piece, Footnote):
            raise KeyError(ref)
        return self.steps[piece.step]


def _need(obj: dict[str, Any], key: str, kind: type, where: str) -> Any:
    if key not in obj or not isinstance(obj[key], kind):
        raise HandbookDataError(f"{where}: '{key}' missing or not {kind.__name__}")
    return obj[key]


def _item(raw: dict[str, Any], step: str, heading: str, where: str) -> Item:
    ident = _need(raw, "id", str, where)
    text = _need(raw, "text", str, ident)
    if not text.strip():
        raise HandbookDataError(f"{ident}: empty text")
    subs = tuple(_item(s, step, heading, ident) for s in raw.get("subitems", []))
    return Item(ident, str(raw.get("number", "")), text, step, heading, subs,
                tuple(raw.get("footnotes", [])))


def parse(doc: dict[str, Any]) -> Handbook:
    """Build and validate a Handbook from its JSON document."""
    footnotes = {}
    for raw in _need(doc, "footnotes", list, "handbook"):
        fn = Footnote(_need(raw, "id", str, "footnote"), int(raw["number"]), raw["text"])
        footnotes[fn.id] = fn
    steps: dict[str, Step] = {}
    index: dict[str, Item | Example | Footnote] = {}

    def add(piece: Item | Example | Footnote) -> None:
        if piece.id in index:
            raise HandbookDataError(f"duplicate id {piece.id}")
        index[piece.id] = piece

    for fn in footnotes.values():
        add(fn)
    for raw_step in _need(doc, "steps", list, "handbook"):
        sid = _need(raw_step, "id", str, "step")
        items: list[Item] = []
        sections = []
        for sec in _need(raw_step, "sections", list, sid):
            heading = str(sec.get("heading", ""))
            sec_notes = tuple(sec.get("footnotes", []))
            sections.append((str(sec["id"]), heading, sec_notes))
            for raw_item in _need(sec, "items", list, sid):
                item = _item(raw_item, sid, heading, sid)
                items.append(item)
                add(item)
                for sub in item.subitems:
                    add(sub)
        examples = []
        for raw_ex in raw_step.get("examples", []):
            ex = Example(raw_ex["id"], raw_ex["kind"], raw_ex["text"], sid)
            if ex.kind not in EXAMPLE_KINDS:
                raise HandbookDataError(f"{ex.id}: unknown example kind {ex.kind}")
            examples.append(ex)
            add(ex)
        if not items:
            raise HandbookDataError(f"step {sid} has no items")
        steps[sid] = Step(sid, _need(raw_step, "title", str, sid), tuple(items),
                          tuple(examples), tuple(sections))
    missing = [s for s in REQUIRED_STEPS if s not in steps]
    if missing:
        raise HandbookDataError(f"steps missing: {missing}")
    for piece in index.values():
        for ref in getattr(piece, "footnotes", ()):
            if ref not in footnotes:
                raise HandbookDataError(f"{piece.id}: unknown footnote {ref}")
    return Handbook(doc.get("title", ""), steps, footnotes, index)


@cache
def handbook() -> Handbook:
    """The handbook shipped with the app, validated once."""
    return parse(load_json("handbook/handbook.json"))
