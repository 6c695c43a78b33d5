"""Render the main window and every wizard page to PNG, for looking at the UI without a screen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py OUTDIR

Uses a throw-away demo dossier in OUTDIR; nothing of a real dossier is touched.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app import keys
from app.demo import DEMO_PROFILE, demo_melding
from app.store import Dossier
from ui.main_window import MainWindow


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for leftover in out.glob("shots.db*"):
        leftover.unlink()
    app = QApplication.instance() or QApplication(sys.argv)
    keys.DEFAULT_KDF = keys.KdfParams(1, 8, 1)
    dossier = Dossier.create(out / "shots.db", "schermafdrukken maken")
    dossier.set_profile(DEMO_PROFILE)
    today = date.today()
    finished = demo_melding(today)
    done_id = dossier.create_case("melding", finished.to_dict(), finished.client_pseudonym)
    from app import service
    service.finish(dossier, done_id, finished, today)
    window = MainWindow(dossier, today=today)
    window.show()
    window.refresh(select=done_id)
    app.processEvents()
    window.grab().save(str(out / "main.png"))
    wizard = window.new_melding()
    assert wizard is not None
    draft = demo_melding(today)
    draft.last_contact = "2025-03-01"
    draft.content = ""
    wizard.data = draft
    for page in wizard.pages:
        page.load_from_host()
    for page in wizard.pages:
        app.processEvents()
        wizard.grab().save(str(out / f"wizard-{page.spec.id}.png"))
        wizard.next()
    wizard.close()
    window.close()
    dossier.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots"))
