"""The one-page 'herstelcode': the recovery code on paper, to keep in a safe place.

The code itself comes from the vault (`app.vault.recovery.code_for`); this only lays it out.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from app.content.i18n import _, in_source_language


def code_lines(code: str, groups_per_line: int = 3) -> list[str]:
    """The code as it is printed and shown: three lines of three groups, each line but the
    last ending in its dash, so that no line breaks inside a group (a printed sheet wrapped
    '…-BR' / '8TDC-…': an outside walk, issue 15). The vault's `decode` ignores the line breaks."""
    groups = code.split("-")
    rows = [groups[i:i + groups_per_line] for i in range(0, len(groups), groups_per_line)]
    return ["-".join(row) + ("-" if i < len(rows) - 1 else "") for i, row in enumerate(rows)]


@in_source_language()  # a document is Dutch whatever the interface speaks
def herstelcode_pdf(code: str, profile: dict[str, Any], dossier_path: Path,
                    today: date) -> bytes:
    """The one-page 'herstelcode' to print and keep in a safe place."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    from app.documents.base import Letter, build, p

    letter = Letter(kind=_("Herstelcode"), title=_("Herstelcode van uw Deelwijzer-dossier"),
                    profile=profile, recipient_lines=[_("Bewaar dit blad op een veilige plek")],
                    reference="HERSTEL", date=today)
    story = [
        p(_("Met deze code opent u uw dossier als u het wachtwoord kwijt bent, en kiest u een "
            "nieuw wachtwoord. Wie deze code heeft, kan het dossier openen: bewaar dit blad "
            "zoals u een sleutel bewaart, niet bij de computer.")),
        Spacer(1, 8 * mm),
        *[p(line, "title") for line in code_lines(code)],
        Spacer(1, 8 * mm),
        p(_("Dossier: {path}", path=dossier_path), "small"),
        p(_("Deelwijzer toont deze code maar één keer."), "small"),
    ]
    return build(letter, story)
