"""Live judgement findings in a text field: underlined as the clinician types.

The highlighter runs `app.checks.judgement.check` on each paragraph Qt re-highlights (only the
edited one while typing), so the cost per keystroke is one paragraph's check.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from app.checks.judgement import Finding, check

FINDING_FORMAT = QTextCharFormat()
FINDING_FORMAT.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
FINDING_FORMAT.setUnderlineColor(QColor("#c0392b"))
FINDING_FORMAT.setBackground(QColor("#fdecea"))


class JudgementHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt naming
        for finding in check(text):
            self.setFormat(finding.start, finding.end - finding.start, FINDING_FORMAT)


def finding_at(document: QTextDocument, position: int) -> Finding | None:
    """The finding covering a character position of the document, if any."""
    block = document.findBlock(position)
    if not block.isValid():
        return None
    offset = position - block.position()
    return next((f for f in check(block.text()) if f.start <= offset < f.end), None)


def finding_html(finding: Finding) -> str:
    from html import escape

    return (f"<div style='margin-top:10px; padding:6px; background:#fdecea; "
            f"border:1px solid #e6b0aa'><b>{escape(finding.title)}</b> ({escape(finding.ref)})"
            f"<br><i>‘{escape(finding.text)}’</i><br>{escape(finding.explanation)}"
            f"<br><b>Beter:</b> {escape(finding.suggestion)}</div>")
