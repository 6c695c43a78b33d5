"""Page-break rules the documents share, and hyphenation of words too long for a column.

- A heading stays with the start of what follows it (the first row of its table, the first
  lines of its text): `with_next`.
- The end of a document (closing and signature, a record's last line, the retention line)
  never stands alone on a page: it takes the last lines of what precedes it along
  (`keep_ending`).
- A word wider than its column is hyphenated at a Dutch hyphenation point (pyphen's patterns)
  instead of being cut anywhere without a hyphen; a word that fits is never broken
  (`hyphenate_long_words`).

`bind` applies the first two rules to a whole story; `base.build` calls it.
"""

from __future__ import annotations

import importlib
import re
from functools import cache
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer
from reportlab.platypus import flowables as _flowables

# reportlab's own helpers for containers (not in its stubs): measure a list of flowables as a
# frame would, and draw one after the other.
_Container: Any = getattr(_flowables, "_Container")  # noqa: B009
_listWrapOn: Any = getattr(_flowables, "_listWrapOn")  # noqa: B009

_HUGE = 0xFFFFFFF
CARRY = 30.0  # points of text (two lines, or a table row) that go over with the ending
_MARGIN = 1.0  # points kept free when a part is cut to fit, against rounding


def _frame_of(flowable: Flowable) -> Any:
    return getattr(flowable, "_frame", None)


def _wrap(flowable: Flowable, canv: Any, width: float, height: float) -> float:
    return float(flowable.wrapOn(canv, width, height)[1])


def _split(flowable: Flowable, canv: Any, frame: Any, width: float, height: float
           ) -> list[Flowable]:
    """Ask a part to split, as the frame would (with the frame known to it)."""
    if height <= 0:
        return []
    if frame is not None:
        setattr(flowable, "_frame", frame)  # noqa: B010 - reportlab's attribute, untyped
    try:
        _wrap(flowable, canv, width, height)
        return list(flowable.splitOn(canv, width, height))
    finally:
        if hasattr(flowable, "_frame"):
            del flowable._frame


class _Group(_Container, Flowable):
    """Flowables measured and drawn as one, with a rule for where they may part."""

    def __init__(self, content: list[Flowable]) -> None:
        self._content = content

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width, height = _listWrapOn(self._content, avail_width, self.canv)
        self.width, self.height = width, height
        return width, height

    def _room(self) -> tuple[Any, bool, float]:
        frame = _frame_of(self)
        return frame, bool(getattr(frame, "_atTop", False)), float(getattr(frame, "_aH", _HUGE))


class Block(_Group):
    """A KeepTogether that can be measured inside another group: moves to the next page whole
    when it fits on one, else flows."""

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        _frame, at_top, full = self._room()
        if at_top or self.wrap(avail_width, _HUGE)[1] > full:
            return list(self._content)
        return []


class WithNext(_Group):
    """A heading (or several) with what follows it: parted only after the first part of it."""

    def __init__(self, head: list[Flowable], body: Flowable) -> None:
        super().__init__([*head, body])
        self._head, self._body = head, body

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        frame, at_top, _full = self._room()
        head_height = _listWrapOn(self._head, avail_width, self.canv)[1]
        gap = max(self._head[-1].getSpaceAfter(), self._body.getSpaceBefore())
        room = avail_height - head_height - gap - _MARGIN
        parts = _split(self._body, self.canv, frame, avail_width, room)
        if parts and _wrap(parts[0], self.canv, avail_width, room) <= room:
            return [*self._head, *parts]
        if at_top:
            return [*self._head, self._body]
        return []  # the heading goes to the next page with the start of its body


class KeepEnding(_Group):
    """What ends a document, with at least the last lines of what precedes it."""

    def __init__(self, body: Flowable, ending: list[Flowable]) -> None:
        super().__init__([body, *ending])
        self._body, self._ending = body, ending

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        frame, at_top, full = self._room()
        body_height = _wrap(self._body, self.canv, avail_width, _HUGE)
        # A short body (a heading with a row or two) goes over whole; a longer one is cut so
        # that at least CARRY of it goes over.
        cut = min(avail_height, body_height - CARRY) - _MARGIN if body_height >= 3 * CARRY \
            else 0.0
        parts = _split(self._body, self.canv, frame, avail_width, cut)
        if len(parts) >= 2 and _wrap(parts[0], self.canv, avail_width, cut) <= cut:
            return [*parts[:-1], KeepEnding(parts[-1], self._ending)]
        if not at_top and self.wrap(avail_width, _HUGE)[1] <= full:
            return []  # to the next page, whole
        # Taller than a page and not to be cut as asked: it flows, as it would unbound.
        return [self._body, *self._ending] if at_top or body_height <= avail_height else []


def _measurable(flowable: Flowable) -> Flowable:
    """A flowable that reports its real height: a KeepTogether becomes a `Block` (reportlab's
    reports an endless height to force a split); a moving heading becomes a plain paragraph
    (its pairing with what follows replaces its own rule)."""
    plain = getattr(flowable, "plain", None)
    if callable(plain):
        return plain()
    if type(flowable) is KeepTogether:
        return Block([_measurable(f) for f in _content_of(flowable)])
    return flowable


def _content_of(block: Flowable) -> list[Flowable]:
    return list(getattr(block, "_content", []))


def _is_heading(flowable: Flowable) -> bool:
    return callable(getattr(flowable, "plain", None))


def bind(story: list[Flowable]) -> list[Flowable]:
    """Headings with the start of what follows them; the ending with what precedes it."""
    story = list(story)
    for i in range(len(story) - 2, -1, -1):  # backwards, so that a heading binds a bound pair
        if _is_heading(story[i]):
            story[i:i + 2] = [WithNext([_measurable(story[i])], _measurable(story[i + 1]))]
    return keep_ending(story)


def keep_ending(story: list[Flowable]) -> list[Flowable]:
    """Bind the last flowable (and the spacers before it) to the one before those."""
    if len(story) < 2:
        return story
    last = story[-1]
    ending = [_measurable(f) for f in _content_of(last)] if type(last) is KeepTogether else [
        _measurable(last)]
    i = len(story) - 2
    while i > 0 and isinstance(story[i], Spacer):
        ending.insert(0, story[i])
        i -= 1
    if isinstance(story[i], Spacer):
        return story  # nothing before the ending to keep it with
    return [*story[:i], KeepEnding(_measurable(story[i]), ending)]


# --- hyphenation --------------------------------------------------------------------------

SHY = "\u00ad"
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]{5,}")  # Latin words only: Dutch patterns


@cache
def _dutch() -> Any:
    try:
        pyphen = importlib.import_module("pyphen")
    except ImportError:  # pragma: no cover - a dependency; without it words are cut bare
        return None
    return pyphen.Pyphen(lang="nl_NL")


def hyphenate_long_words(text: str, width: float, font: str, size: float) -> str:
    """`text` with soft hyphens at the Dutch hyphenation points of every word wider than
    `width` points, so that it breaks there with a hyphen; words that fit are left alone."""
    dic = _dutch()
    if dic is None or width <= 0:
        return text

    def soften(match: re.Match[str]) -> str:
        word = match.group(0)
        if stringWidth(word, font, size) <= width:
            return word
        return str(dic.inserted(word, hyphen=SHY))

    return _WORD.sub(soften, text)


def hyphenated(markup_of: Any, text: str, style: Any, width: float | None) -> Paragraph:
    """A paragraph for a cell `width` points wide (padding included); None: not narrow."""
    if width:
        text = hyphenate_long_words(text, width - 8, style.fontName, style.fontSize)
    return Paragraph(markup_of(text), style)
