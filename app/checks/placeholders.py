"""Open places a template leaves for the clinician, found in a text before it leaves the practice.

What counts as a placeholder, and why:

- Square brackets are the app's one mark for "fill this in": every template and every composed
  text leaves what the app cannot know as ``[ … ]`` or as a bracketed prompt such as
  ``[Waarop baseer ik die inschatting?]`` or ``[zelf nooit gezien]``. Dutch prose rarely needs
  square brackets otherwise: an aside or a reference goes in round brackets ("(zie bijlage)"),
  and an omission in a quotation is written "(…)".
- So square-bracketed text is a placeholder, except what a clinician may legitimately write:
  1. numbers, a reference to a source: ``[1]``, ``[2, 3]``, ``[4-6]``;
  2. ``[sic]`` or ``[sic!]``: a quotation reproduced as it was said;
  3. an editorial insertion inside a quotation, between opening and closing quotation marks on
     the same line: ‘Papa [de partner van moeder] slaat mama.’
- Always a placeholder, whatever surrounds it: empty brackets or an ellipsis in brackets
  (``[ … ]``, ``[…]``, ``[...]``, ``[ ]``), and any placeholder a template leaves (`known`,
  given by the flows: the templates' own prompts), also inside a quotation.
- Round, curly and angle brackets are never placeholders; neither is an unclosed bracket.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.content.i18n import _

_BRACKETED = re.compile(r"\[([^\[\]\n]*)\]")
_ELLIPSIS = re.compile(r"^[\s.…]*$")  # '', ' ', '…', '...', ' … '
_NUMBERS = re.compile(r"^\s*\d+(\s*[-–,;]\s*\d+)*\s*$")
_SIC = re.compile(r"^\s*sic!?\s*$", re.IGNORECASE)
_OPENING = "‘“„«"
_CLOSING = "’”»"


def normalise(placeholder: str) -> str:
    """For comparison: the inner text, whitespace collapsed, case folded ('[ Het  geweld ]' →
    'het geweld')."""
    inner = placeholder.strip()
    if inner.startswith("[") and inner.endswith("]"):
        inner = inner[1:-1]
    return " ".join(inner.split()).casefold()


def bracketed(text: str) -> list[str]:
    """Every square-bracketed piece of `text`, brackets included, in order."""
    return [m.group(0) for m in _BRACKETED.finditer(text)]


def _inside_quotation(line: str, end: int) -> bool:
    """Whether position `end` of `line` lies between an opening and a closing quotation mark.
    A right single quote followed by a letter is an apostrophe ('risico’s', '’s avonds')."""
    depth = 0
    straight = False
    for i, ch in enumerate(line[:end]):
        if ch in _OPENING:
            depth += 1
        elif ch in _CLOSING:
            following = line[i + 1] if i + 1 < len(line) else ""
            if ch == "’" and following.isalpha():
                continue
            depth = max(0, depth - 1)
        elif ch == '"':
            straight = not straight
    return depth > 0 or straight


def find(text: str, known: Iterable[re.Pattern[str]] = ()) -> list[str]:
    """The placeholders left in `text` (see the module's docstring), each once, in order.
    `known` are the templates' own placeholders, as patterns on the normalised inner text."""
    always = tuple(known)
    found: list[str] = []
    for line in text.split("\n"):
        for m in _BRACKETED.finditer(line):
            inner = m.group(1)
            piece = m.group(0)
            if _ELLIPSIS.match(inner) or any(p.fullmatch(normalise(piece)) for p in always):
                hit = True
            elif _NUMBERS.match(inner) or _SIC.match(inner):
                hit = False
            else:
                hit = not _inside_quotation(line, m.start())
            if hit and piece not in found:
                found.append(piece)
    return found


def quoted_list(placeholders: list[str], limit: int = 3) -> str:
    """'‘[ … ]’', '‘[a]’ en ‘[b]’', '‘[a]’, ‘[b]’, ‘[c]’ en nog 2'. Dutch, for a message."""
    shown = [f"‘{p}’" for p in placeholders[:limit]]
    rest = len(placeholders) - len(shown)
    if rest:
        return _("{shown} en nog {n}", shown=", ".join(shown), n=rest)
    if len(shown) == 1:
        return shown[0]
    return _("{first} en {last}", first=", ".join(shown[:-1]), last=shown[-1])
