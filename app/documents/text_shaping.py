"""Any script in the PDFs: right-to-left text, joined Arabic letters, and a visible marker for
what no embedded font can show.

reportlab sets every line left to right in the order the characters are stored, one glyph per
character: right for Dutch and Turkish, wrong for Arabic and Hebrew, whose letters came out
mirrored and (Arabic) unjoined. Its own remedies do not fit: its bidi needs `rlbidi`, which is
not on PyPI, and its shaping with uharfbuzz (`ParagraphStyle.shaping`) reorders nothing and
writes presentation forms or private codes into the text layer, so a reader copying a name got
other characters than were typed.

So the fonts do it themselves, one line at a time, as reportlab measures or draws it
(`ShapingTTFont`): python-bidi resolves the line's bidi levels (left to right, unless the line
has no left-to-right letter at all), HarfBuzz (uharfbuzz) shapes each right-to-left run, and the
runs are put in visual order. A glyph that is not the font's own glyph for its character gets a
private code whose ToUnicode entry is the character it stands for. Readers (pypdf, poppler)
take right-to-left glyphs as drawn, right to left, and give them back in logical order.

Limits of how readers rebuild the order from the glyphs: a space or a stop between a
right-to-left run and the left-to-right text after it is read back as part of the run (before
it); around a number inside right-to-left text the words come back swapped; pdfium (Chrome,
Edge) gives each word right but the words of a run in drawn order. (/ActualText spans would
fix pdfium but make poppler read the letters backwards.) HarfBuzz's fine offsets for marks
(harakat, niqqud) are not applied; the font's own mark placement is used. A run is ordered
within one piece of markup (the user text that para_markup escaped is one piece).

The embedded fonts' ToUnicode maps are written anew, as valid UTF-16: reportlab wrote a
character beyond U+FFFF (😀, which DejaVu Sans has) as five hex digits, and readers dropped or
garbled the text around it.

`printable` (called from `base.clean`) replaces what the fonts cannot show by MARKER, one per
character as a reader counts them (an emoji with its skin tone, a flag, a family are one).
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import uharfbuzz as hb  # type: ignore[import-untyped]  # no hints shipped
from bidi import get_display  # type: ignore[import-untyped]  # no hints shipped
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

# "[?]": plain ASCII, so it prints in every font, survives copying and searching, and reads as
# "something was here that could not be printed". An empty box (□) is what a missing glyph
# already looks like, the very fault this replaces; U+FFFD (�) reads as a broken file.
MARKER = "[?]"

# Explicit embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI). A line is
# ordered on its own, so an embedding over several lines cannot be honoured; an override would
# make the printed order differ from the text layer (and can disguise text). They are invisible:
# dropped. The marks LRM, RLM and ALM stay; they only act as a letter of their direction.
_EXPLICIT = re.compile("[\u202a-\u202e\u2066-\u2069]")

# Characters that need the bidi algorithm: right-to-left letters and Arabic digits and signs.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff"
                  "\U0001e800-\U0001efff]")

# What extends a character into one the reader sees as one: combining marks, joiners, variation
# selectors, emoji modifiers and tags (a flag is two regional indicators, handled apart).
_EXTEND = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe00-\ufe0f"
                     "\ufe20-\ufe2f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f\U000e0100-"
                     "\U000e01ef]")
_ZWJ = "\u200d"
_REGIONAL = range(0x1F1E6, 0x1F200)

# Private code points for shaped glyphs, far from anything a font or a user has.
_PRIVATE_FIRST, _PRIVATE_LAST = 0xF0000, 0xFFFFD

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufefe]")
_HEBREW = re.compile("[\u0590-\u05ff\ufb1d-\ufb4f]")


def printable(text: str, *font_names: str) -> str:
    """`text` without explicit bidi controls, and with MARKER for every character (as a reader
    counts them) that one of the named registered fonts cannot show."""
    text = _EXPLICIT.sub("", text)
    if text.isascii():
        return text
    covered = _coverage(font_names) | _LAYOUT  # line breaks and tabs are layout, not glyphs
    if covered.issuperset(map(ord, text)):
        return text
    return "".join(_with_markers(text, covered))


_LAYOUT = frozenset(map(ord, "\n\t"))


@lru_cache(maxsize=8)
def _coverage(font_names: tuple[str, ...]) -> frozenset[int]:
    """What every one of the fonts has a glyph for (as loaded, before any private code)."""
    sets = [font.covered for font in map(pdfmetrics.getFont, font_names)
            if isinstance(font, ShapingTTFont)]
    return frozenset.intersection(*sets) if sets else frozenset()


def _with_markers(text: str, covered: frozenset[int]) -> Iterator[str]:
    """MARKER for each character without a glyph, taken with what extends it: combining
    marks, selectors, skin tones, tags, a ZWJ and what it joins, a flag's second half."""
    i, n = 0, len(text)
    while i < n:
        cp = ord(text[i])
        if cp in covered:
            yield text[i]
            i += 1
            continue
        j = i + 1
        if cp in _REGIONAL and j < n and ord(text[j]) in _REGIONAL:
            j += 1
        while j < n:
            if _EXTEND.match(text, j):
                j += 1
            elif text[j] == _ZWJ and j + 1 < n:
                j += 2
            else:
                break
        yield MARKER
        i = j


def _levels(text: str) -> list[int] | None:
    """The bidi embedding level of every character (UAX #9 up to rule L1; python-bidi's Rust
    implementation resolves them); None if they cannot be read.

    The line is taken as left to right, as the documents are, unless it has no left-to-right
    letter at all: an Arabic or Hebrew sentence or name on its own line (a quote, a table cell)
    then has its punctuation and numbers where its reader expects them."""
    base = 0 if any(unicodedata.bidirectional(ch) == "L" for ch in text) else 1
    info = get_display(text, base_dir="LR"[base], debug=True)
    # The debug form lists one level per UTF-8 byte; the text itself is one escaped line above.
    found = re.search(r"^    levels: \[\n(.*?)^    \],$", info, re.M | re.S)
    if not found:
        return None
    per_byte = [int(x) for x in re.findall(r"Level\(\s*(\d+),?\s*\)", found.group(1))]
    if len(per_byte) != len(text.encode("utf-8")):
        return None
    levels, offset = [], 0
    for ch in text:
        levels.append(per_byte[offset])
        offset += len(ch.encode("utf-8"))
    # L1: trailing white space, and white space before a tab, go back to the line's level.
    reset = True
    for k in range(len(text) - 1, -1, -1):
        kind = unicodedata.bidirectional(text[k])
        if kind in ("S", "B"):
            levels[k] = base
            reset = True
        elif reset and kind in ("WS", "BN", "LRI", "RLI", "FSI", "PDI"):
            levels[k] = base
        else:
            reset = False
    return levels


def _runs(text: str, levels: list[int]) -> Iterator[tuple[int, int, int]]:
    """(start, end, level) of the stretches to shape: one level, and one script of Arabic and
    Hebrew (other characters go with the stretch they are in)."""
    start = 0
    script = _script(text[0])
    for k in range(1, len(text)):
        here = _script(text[k])
        if levels[k] != levels[start] or (here and script and here != script):
            yield start, k, levels[start]
            start, script = k, here
        elif here and not script:
            script = here
    yield start, len(text), levels[start]


def _script(ch: str) -> str:
    if _ARABIC.match(ch):
        return "Arab"
    if _HEBREW.match(ch):
        return "Hebr"
    return ""


def _visual_order(runs: list[tuple[int, list[str]]]) -> list[list[str]]:
    """UAX #9 rule L2 on whole runs, whose own glyphs are already in visual order."""
    if not runs:
        return []
    top = max(level for level, _glyphs in runs)
    for level in range(top, 0, -1):
        k = 0
        while k < len(runs):
            if runs[k][0] >= level:
                m = k
                while m < len(runs) and runs[m][0] >= level:
                    m += 1
                runs[k:m] = runs[k:m][::-1]
                k = m
            else:
                k += 1
    return [glyphs for _level, glyphs in runs]


class ShapingTTFont(TTFont):
    """A TrueType font that orders right-to-left runs and shapes them as it measures or draws a
    line, with a text layer in logical order (see the module's doc)."""

    def __init__(self, name: str, data: bytes) -> None:
        super().__init__(name, io.BytesIO(data), shapable=False)
        self.covered = frozenset(self.face.charToGlyph)
        face = hb.Face(data)
        self._hb = hb.Font(face)
        self._hb.scale = (face.upem, face.upem)
        self._upem = face.upem
        self._private: dict[tuple[int, str, float], int] = {}
        self._meaning: dict[int, str] = {}  # private code point -> the text its glyph stands for
        self._next_private = _PRIVATE_FIRST
        self._empty_glyph = self.face.charToGlyph.get(0x20, 0)  # drawn at no width: nothing
        self._visual = lru_cache(maxsize=4096)(self._visual_line)

    # reportlab measures words and lines with stringWidth and draws a line with splitString.
    def stringWidth(self, text: str | bytes, size: float,  # noqa: N802 - reportlab's name
                    encoding: str = "utf8") -> float:
        if isinstance(text, bytes):
            text = text.decode(encoding)
        return float(super().stringWidth(self._visual(text), size, encoding))

    def splitString(self, text: str | bytes, doc: Any,  # noqa: N802 - reportlab's name
                    encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        if isinstance(text, bytes):
            text = text.decode(encoding)
        result: list[tuple[int, bytes]] = super().splitString(self._visual(text), doc, encoding)
        return result

    def addObjects(self, doc: Any) -> None:  # noqa: N802 - reportlab's name
        subsets = [list(s) for s in self.state[doc].subsets] if doc in self.state else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            base = (b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
                    ).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is not None:
                stream.content = to_unicode_cmap(base, [self._meaning.get(c, chr(c))
                                                        for c in subset])

    def _visual_line(self, text: str) -> str:
        """The line as the glyphs to draw, left to right: characters, and private code points
        for shaped glyphs."""
        if text.isascii():
            return text
        text = _EXPLICIT.sub("", text)
        if not self.covered.issuperset(map(ord, text)):
            text = "".join(_with_markers(text, self.covered))
        if not _RTL.search(text):
            return text
        levels = _levels(text)
        if levels is None:
            return text
        runs: list[tuple[int, list[str]]] = []
        for start, end, level in _runs(text, levels):
            if level % 2:
                runs.append((level, list(self._shape_rtl(text, start, end))))
            else:
                runs.append((level, list(text[start:end])))
        return "".join("".join(glyphs) for glyphs in _visual_order(runs))

    def _shape_rtl(self, text: str, start: int, end: int) -> Iterator[str]:
        buf = hb.Buffer()
        buf.add_codepoints([ord(c) for c in text], start, end - start)
        buf.direction = "rtl"
        script = next((s for s in map(_script, text[start:end]) if s), "")
        if script:
            buf.script = script
        buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
        hb.shape(self._hb, buf)  # the font's default features: joining forms, rlig, mark
        glyphs = [(info.cluster, info.codepoint, round(pos.x_advance * 1000 / self._upem, 3))
                  for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True)]
        # A cluster's characters run from its index to the next higher cluster index.
        starts = sorted({cluster for cluster, _gid, _width in glyphs} | {end})
        after = dict(zip(starts, starts[1:], strict=False))
        k = 0
        while k < len(glyphs):  # clusters come right to left, their glyphs left to right
            m = k
            while m < len(glyphs) and glyphs[m][0] == glyphs[k][0]:
                m += 1
            chars = text[glyphs[k][0]:after[glyphs[k][0]]]
            yield from self._cluster(chars, glyphs[k:m])
            k = m

    def _cluster(self, chars: str, glyphs: list[tuple[int, int, float]]) -> Iterator[str]:
        """One shaped cluster as characters to draw, left to right. Readers take the glyphs of a
        right-to-left line from right to left, one character each: the rightmost glyph stands
        for the first character, and so on. A ligature (lam-alef: one glyph, two characters)
        gets an empty glyph of no width on its left for each further character; a glyph more
        than characters stands for nothing."""
        meanings = list(chars[:len(glyphs)])[::-1]
        meanings = [""] * (len(glyphs) - len(meanings)) + meanings
        for extra in chars[len(glyphs):][::-1]:
            yield self._private_char(self._empty_glyph, extra, 0.0)
        cmap, widths = self.face.charToGlyph, self.face.charWidths
        for (_cluster, gid, width), meaning in zip(glyphs, meanings, strict=True):
            if (len(meaning) == 1 and cmap.get(ord(meaning)) == gid
                    and abs(widths.get(ord(meaning), 0.0) - width) < 0.5):
                yield meaning  # the font's own glyph for the character: nothing to map
            else:
                yield self._private_char(gid, meaning, width)

    def _private_char(self, gid: int, meaning: str, width: float) -> str:
        key = (gid, meaning, width)
        code = self._private.get(key)
        if code is None:
            if self._next_private > _PRIVATE_LAST:
                return meaning or ""
            code = self._private[key] = self._next_private
            self._next_private += 1
            self.face.charToGlyph[code] = gid
            self.face.charWidths[code] = width
            self._meaning[code] = meaning
        return chr(code)


def to_unicode_cmap(name: str, meanings: Iterable[str]) -> str:
    """A ToUnicode CMap for a one-byte subset: code i stands for meanings[i], written as
    UTF-16BE (surrogate pairs beyond U+FFFF), at most 100 entries per block as the spec asks."""
    entries = [f"<{i:02X}> <{m.encode('utf-16-be').hex().upper()}>"
               for i, m in enumerate(meanings)]
    blocks = []
    for k in range(0, len(entries), 100):
        chunk = entries[k:k + 100]
        blocks += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({name})", f"/Ordering ({name})", "/Supplement 0",
        ">> def", f"/CMapName /{name} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{max(len(entries) - 1, 0):02X}>", "endcodespacerange", *blocks, "endcmap",
        "CMapName currentdict /CMap defineresource pop", "end", "end"])
