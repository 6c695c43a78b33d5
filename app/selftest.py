"""`deelwijzer selftest`: does every part of this installation work?

A frozen program (the installers, issue 15) can miss a part that the source checkout has: a
library PyInstaller did not see, a data file, a compiled module for the wrong platform. Most
such parts load on first use, and some degrade without a word (no hyphenation without pyphen),
so a program can start and still be broken. This command uses each part once, for real, in a
temporary folder that holds no client data and is removed afterwards; support can ask a
clinician to run it, and the packaging smoke test runs it on every build.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.content.i18n import _

ARABIC = "مرحبا بكم"
LONG_WORD = "kinderbeschermingsmaatregelen"
PDF_PASSWORD = "zelftest-pdf-2026"


@dataclass(frozen=True)
class Outcome:
    name: str
    ok: bool
    detail: str = ""


def _resources() -> str:
    from app.checks import compiled
    from app.checks.judgement import check
    from app.content.handbook import handbook

    items = len(handbook().ids())
    found = check("Moeder is een chaotische opvoeder; ik vind een OTS nodig.")
    if not found:
        raise RuntimeError(_("de oordelencontrole vindt niets"))
    if compiled():
        return _("{n} handboekonderdelen, oordelencontrole werkt (gecompileerd)", n=items)
    return _("{n} handboekonderdelen, oordelencontrole werkt (uit de broncode)", n=items)


def _dossier(folder: Path) -> str:
    from app.vault.anchor import forget_anchor
    from app.vault.dossier import Dossier
    from app.vault.keys import KdfParams

    path = folder / "selftest.db"
    with Dossier.create(path, "zelftest-wachtwoord", KdfParams(1, 8, 1)) as dossier:
        dossier_id = dossier.envelope.dossier_id
        try:
            case_id = dossier.cases.create("melding", {"zelftest": True}, "Z.")
        finally:
            forget_anchor(dossier_id)  # a throwaway dossier leaves nothing in the user's settings
    with Dossier.open(path, "zelftest-wachtwoord", anchored=False) as dossier:
        if dossier.cases.get(case_id).data != {"zelftest": True}:
            raise RuntimeError(_("het dossier gaf iets anders terug"))
        problems = dossier.integrity_problems()
    forget_anchor(dossier_id)
    if problems:
        raise RuntimeError("; ".join(problems))
    return _("SQLCipher en Argon2 werken")


def _pdf() -> str:
    from app.demo import DEMO_PROFILE, demo_melding
    from app.documents.layout import SHY, hyphenate_long_words
    from app.documents.melding import melding_pdf
    from app.documents.pdf_protect import protect

    today = date(2026, 11, 30)
    melding = demo_melding(today)
    melding.concern = f"{melding.concern} {ARABIC}"
    pdf = protect(melding_pdf(melding, DEMO_PROFILE, 1, today), PDF_PASSWORD)
    if SHY not in hyphenate_long_words(LONG_WORD, 30, "Helvetica", 10):
        raise RuntimeError(_("afbreken van lange woorden werkt niet (pyphen)"))
    import pypdfium2  # type: ignore[import-untyped]  # no hints shipped

    doc = pypdfium2.PdfDocument(pdf, password=PDF_PASSWORD)
    try:
        page = doc[0]
        bitmap = page.render(scale=0.5)
        pixels = bytes(bitmap.buffer)
        dark = sum(1 for b in pixels[::97] if b < 128)
        bitmap.close()
        page.close()
        pages = len(doc)
    finally:
        doc.close()
    if not dark:
        raise RuntimeError(_("de PDF-pagina is leeg weergegeven (pypdfium2)"))
    return _("melding van {n} pagina's gemaakt, beveiligd en weergegeven", n=pages)


def _passphrase() -> str:
    from zxcvbn import zxcvbn

    if zxcvbn("Tr0mbone-fietsbel-zomer!")["score"] < 3:
        raise RuntimeError(_("de wachtwoordsterkte wordt verkeerd berekend (zxcvbn)"))
    return _("wachtwoordsterkte werkt")


def run() -> list[Outcome]:
    """Each part once; an exception is that part's failure, never the end of the test."""
    outcomes = []
    with tempfile.TemporaryDirectory(prefix="deelwijzer-zelftest-") as tmp:
        parts: list[tuple[str, Callable[[], str]]] = [
            (_("gegevensbestanden"), _resources),
            (_("versleuteld dossier"), lambda: _dossier(Path(tmp))),
            (_("documenten (PDF)"), _pdf),
            (_("wachtwoordsterkte"), _passphrase),
        ]
        for name, part in parts:
            try:
                outcomes.append(Outcome(name, True, part()))
            except Exception as exc:  # noqa: BLE001 - reported as this part's failure
                outcomes.append(Outcome(name, False, f"{type(exc).__name__}: {exc}"))
    return outcomes
