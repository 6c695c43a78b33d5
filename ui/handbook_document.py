"""The whole handbook as one rich text for the viewer (ui/handbook_viewer.py): its purpose,
every step with its sections, items, sub-items and examples, the footnotes, and each law note
beside the piece of the handbook it concerns.

Every piece carries its id as an anchor (`1a.2.d`, `4.vb.1`, `fn3`), so a wizard page opens
the viewer at the first id it names; each chapter (the purpose, a step, the footnotes) has an
anchor of its own for the list of steps. The handbook's text is quoted as it is (Dutch, also in
the English interface); the words around it are the interface's.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication

from app.content.handbook import Example, Handbook, Item
from app.content.organisations import LawNote
from ui import colours

PURPOSE = "doel"
FOOTNOTES = "voetnoten"


def _tr(text: str) -> str:
    return QCoreApplication.translate("HandbookViewer", text)


@dataclass(frozen=True)
class Chapter:
    anchor: str
    label: str  # as the list of steps shows it
    step: str  # the step id, or PURPOSE / FOOTNOTES


def step_anchor(step: str) -> str:
    return f"stap-{step}"


def step_heading(step: str) -> str:
    return _tr("Stap {step}").format(step=step)


def chapters(hb: Handbook) -> list[Chapter]:
    """The purpose, each step, the footnotes: the list on the viewer's left."""
    found = [Chapter(PURPOSE, _tr("Doel van de handleiding"), PURPOSE)]
    for step in hb.steps.values():
        found.append(Chapter(step_anchor(step.id), _tr("Stap {step}: {title}").format(
            step=step.id, title=step.title), step.id))
    found.append(Chapter(FOOTNOTES, _tr("Voetnoten"), FOOTNOTES))
    return found


def notes_by_ref(notes: dict[str, LawNote]) -> dict[str, list[LawNote]]:
    """Each law note under every id it applies to (a step, an item, an example, a footnote)."""
    found: dict[str, list[LawNote]] = defaultdict(list)
    for note in notes.values():
        for ref in note.applies_to:
            found[ref].append(note)
    return found


def _note_html(note: LawNote) -> str:
    since = _tr("Sinds de handleiding")  # outside the f-string, where lupdate sees it
    return (f"<table width='100%' cellspacing='0' cellpadding='6' border='1' "
            f"style='border-style: solid; border-color: {colours.colour('info_border')}; "
            f"margin: 2px 0 10px 18px;' bgcolor='{colours.colour('info_bg')}'>"
            f"<tr><td><span style='color: {colours.colour('info_text')};'>"
            f"<b>{escape(since)}</b> ({escape(note.article)}): "
            f"{escape(note.text)}</span></td></tr></table>")


def _notes(ref: str, by_ref: dict[str, list[LawNote]]) -> str:
    return "".join(_note_html(n) for n in by_ref.get(ref, ()))


def _ref_label(ref: str) -> str:
    """The id after a piece, small and muted: the id a finding or a page names."""
    return (f" <span style='color: {colours.colour('muted')}; font-size: small;'>"
            f"[{escape(ref)}]</span>")


def _footnote_marks(refs: tuple[str, ...], hb: Handbook) -> str:
    return "".join(f"<sup><a href='#{escape(r)}'>{hb.footnotes[r].number}</a></sup>"
                   for r in refs if r in hb.footnotes)


def _item_html(item: Item, hb: Handbook, by_ref: dict[str, list[LawNote]]) -> str:
    number = f"<b>{escape(item.number)}</b>&nbsp; " if item.number else ""
    html = (f"<p style='margin: 0 0 6px 0;'><a name='{escape(item.id)}'></a>{number}"
            f"{escape(item.text)}{_footnote_marks(item.footnotes, hb)}{_ref_label(item.id)}</p>")
    if item.subitems:
        html += "<ol type='a' style='margin-top: 0;'>" + "".join(
            f"<li><a name='{escape(s.id)}'></a>{escape(s.text)}"
            f"{_footnote_marks(s.footnotes, hb)}{_ref_label(s.id)}</li>"
            for s in item.subitems) + "</ol>"
        html += "".join(_notes(s.id, by_ref) for s in item.subitems)
    return html + _notes(item.id, by_ref)


HEADED = ("voorbeeld", "niet_zo", "maar_zo")  # a 'toelichting' has no heading of its own


def _example_heading(kind: str) -> str:
    labels = {"voorbeeld": _tr("Voorbeeld"), "niet_zo": _tr("Niet zo"), "maar_zo": _tr("Maar zo")}
    role = {"niet_zo": "error", "maar_zo": "ok"}.get(kind, "accent")
    return (f"<p style='margin: 10px 0 2px 0; color: {colours.colour(role)};'>"
            f"<b>{escape(labels[kind])}</b></p>")


def _examples_html(examples: tuple[Example, ...], by_ref: dict[str, list[LawNote]]) -> str:
    parts: list[str] = []
    last = ""
    for example in examples:
        if example.kind in HEADED and example.kind != last:
            parts.append(_example_heading(example.kind))
        last = example.kind
        text = escape(example.text)
        if example.kind == "toelichting":
            parts.append(f"<p style='margin: 10px 0 4px 0;'><a name='{escape(example.id)}'></a>"
                         f"{text}{_ref_label(example.id)}</p>")
        else:
            parts.append(f"<p style='margin: 0 0 6px 18px;'><a name='{escape(example.id)}'></a>"
                         f"<i>‘{text}’</i>{_ref_label(example.id)}</p>")
        parts.append(_notes(example.id, by_ref))
    return "".join(parts)


def document_html(hb: Handbook, notes: dict[str, LawNote], purpose: str = "") -> str:
    """The handbook from its purpose to its footnotes, law notes beside what they concern."""
    by_ref = notes_by_ref(notes)
    accent = colours.colour("accent")
    # The words around the handbook's text, outside the f-strings (where lupdate sees them).
    purpose_heading, examples_heading = _tr("Doel van de handleiding"), _tr("Voorbeelden")
    footnotes_heading = _tr("Voetnoten")
    # An anchor sits inside its heading: one before a block is lost when the block starts.
    parts = [f"<h2 style='color: {accent};'><a name='{PURPOSE}'></a>{escape(hb.title)}</h2>"]
    if purpose:
        parts.append(f"<h3>{escape(purpose_heading)}</h3>"
                     f"<p><a name='doel.tekst'></a>{escape(purpose)}</p>")
    for step in hb.steps.values():
        parts.append(f"<h2 style='color: {accent}; margin-top: 22px;'>"
                     f"<a name='{step_anchor(step.id)}'></a>"
                     f"{escape(step_heading(step.id))}. "
                     f"{escape(step.title)}</h2>")
        parts.append(_notes(step.id, by_ref))
        items = {item.id: item for item in step.items}
        for section_id, heading, section_notes in step.sections:
            if heading:
                parts.append(f"<h3><a name='{escape(section_id)}'></a>{escape(heading)}"
                             f"{_footnote_marks(section_notes, hb)}</h3>")
            elif section_notes:
                parts.append(f"<p>{_footnote_marks(section_notes, hb)}</p>")
            for item in step.items:
                if item.section_heading == heading and item.id in items:
                    parts.append(_item_html(items.pop(item.id), hb, by_ref))
        if step.examples:
            parts.append(f"<h3>{escape(examples_heading)}</h3>")
            parts.append(_examples_html(step.examples, by_ref))
    parts.append(f"<h2 style='color: {accent}; margin-top: 22px;'><a name='{FOOTNOTES}'></a>"
                 f"{escape(footnotes_heading)}</h2>")
    for footnote in sorted(hb.footnotes.values(), key=lambda f: f.number):
        parts.append(f"<p style='margin: 0 0 6px 0;'><a name='{escape(footnote.id)}'></a>"
                     f"<b>{footnote.number}</b>&nbsp; {escape(footnote.text)}"
                     f"{_ref_label(footnote.id)}</p>")
        parts.append(_notes(footnote.id, by_ref))
    return "".join(parts)
