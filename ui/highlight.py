"""Live judgement findings in a text field: underlined as the clinician types.

The highlighter runs `app.checks.judgement.check` on each paragraph Qt re-highlights (only the
edited one while typing), so the cost per keystroke is one paragraph's check.

A finding is not told by colour alone (WCAG 1.4.1): each kind has its own underline (a judging
passage wavy, a whole sentence the learned check flags dotted, a missing source dashed), and
the findings list names the kind and the line in words.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument

from app.checks.judgement import Finding, check
from ui import colours

Underline = QTextCharFormat.UnderlineStyle


@dataclass(frozen=True)
class Kind:
    underline: QTextCharFormat.UnderlineStyle
    label: str  # translated in `kind_label`


KINDS: dict[str, Kind] = {
    "passage": Kind(Underline.WaveUnderline,
                    QT_TRANSLATE_NOOP("highlight", "Oordeel, golvend onderstreept")),
    "sentence": Kind(Underline.DotLine, QT_TRANSLATE_NOOP(
        "highlight", "Zin die als oordeel leest, gestippeld onderstreept")),
    "source": Kind(Underline.DashUnderline,
                   QT_TRANSLATE_NOOP("highlight", "Bron ontbreekt, gestreept onderstreept")),
}


def kind_of(rule: str) -> str:
    """Which kind of finding a rule gives: a judging passage, a whole sentence, a source."""
    if rule == "oordeel.zin":
        return "sentence"
    return "source" if rule.startswith("bron.") else "passage"


def kind_label(rule: str) -> str:
    """What kind of finding this is and how it is underlined, in words."""
    return QCoreApplication.translate("highlight", KINDS[kind_of(rule)].label)


_formats: dict[str, dict[str, QTextCharFormat]] = {}


def finding_formats() -> dict[str, QTextCharFormat]:
    """The format of each kind in the current colours: text and background as a pair, so the
    passage reads whatever the field's own colours are."""
    which = colours.scheme()
    if which not in _formats:
        made = {}
        for name, kind in KINDS.items():
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(kind.underline)
            fmt.setUnderlineColor(colours.qcolor("finding_line"))
            fmt.setBackground(colours.qcolor("finding_bg"))
            fmt.setForeground(colours.qcolor("finding_text"))
            made[name] = fmt
        _formats[which] = made
    return _formats[which]


class JudgementHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        colours.follow(self, JudgementHighlighter.recolour)

    def recolour(self) -> None:
        """Highlight again in the current colours, without telling the field that its text
        changed (the page would store and save the draft again)."""
        document = self.document()
        blocked = document.blockSignals(True)
        try:
            self.rehighlight()
        finally:
            document.blockSignals(blocked)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt naming
        formats = finding_formats()
        for finding in check(text):
            self.setFormat(finding.start, finding.end - finding.start,
                           formats[kind_of(finding.rule)])


def finding_at(document: QTextDocument, position: int) -> Finding | None:
    """The finding covering a character position of the document, if any."""
    block = document.findBlock(position)
    if not block.isValid():
        return None
    offset = position - block.position()
    return next((f for f in check(block.text()) if f.start <= offset < f.end), None)


def finding_html(finding: Finding) -> str:
    """The finding under the cursor, for the handbook panel: its own text and background
    colours as a pair, so it reads on the panel in either scheme."""
    from html import escape

    line, bg, fg = (colours.colour(r) for r in ("finding_line", "finding_bg", "finding_text"))
    return (f"<table width='100%' cellspacing='0' cellpadding='6' border='1' "
            f"style='margin-top:10px; border-style:solid; border-color:{line}'>"
            f"<tr><td style='background-color:{bg}; color:{fg}'>"
            f"<b>{escape(finding.title)}</b> ({escape(finding.ref)})"
            f"<br><small>{escape(kind_label(finding.rule))}</small>"
            f"<br><i>‘{escape(finding.text)}’</i><br>{escape(finding.explanation)}"
            "<br><b>" + escape(QCoreApplication.translate("highlight", "Beter:"))
            + f"</b> {escape(finding.suggestion)}</td></tr></table>")

