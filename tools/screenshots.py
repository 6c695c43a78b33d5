"""Render the main window and every wizard page to PNG, for looking at the UI without a screen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py OUTDIR [--dark]

Uses a throw-away demo dossier in OUTDIR; nothing of a real dossier is touched. `--dark` draws
everything in Deelwijzer's dark set (Fusion with its dark palette: offscreen Qt follows no
system scheme). Besides the main window and every wizard page: the unlock, create, recovery
code and inzage dialogs, and the answers page with the cursor on a flagged sentence.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from app.demo import DEMO_PROFILE, demo_ander_doel, demo_melding, demo_overleg, demo_request
from app.vault import keys
from app.vault.dossier import Dossier
from ui.main_window import MainWindow
from ui.translations import install_translators


def settle(ms: int = 120) -> None:
    """Let Qt finish layouts and posted events before a grab."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def main(out: Path, dark: bool = False) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for leftover in out.glob("shots.db*"):
        leftover.unlink()
    _app = QApplication.instance() or QApplication(sys.argv)  # kept alive for the run
    install_translators(_app)  # DEELWIJZER_LANG=en for the English interface
    if dark:
        from ui import appearance

        appearance.use_dark(_app)  # type: ignore[arg-type]
    keys.DEFAULT_KDF = keys.KdfParams(1, 8, 1)
    dossier = Dossier.create(out / "shots.db", "schermafdrukken maken")
    dossier.set_profile(DEMO_PROFILE)
    today = date.today()
    finished = demo_melding(today - timedelta(days=12))
    done_id = dossier.cases.create("melding", finished.to_dict(), finished.client_pseudonym)
    from app import service
    service.finish(dossier, done_id, finished, today - timedelta(days=12))
    dossier.contacts.add(done_id, (today - timedelta(days=2)).isoformat(), "contact",
                         "Gebeld met de huisarts over de zorgen.")
    window = MainWindow(dossier, today=today)
    window.show()
    window.refresh(select=done_id)
    settle()
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
        settle()
        wizard.grab().save(str(out / f"wizard-{page.spec.id}.png"))
        if page is not wizard.pages[-1]:  # 'next' on the last page would finish the case
            wizard.next()
    wizard.close()
    request = window.new_request()
    assert request is not None
    request.data = demo_request(today)
    request.data.questions[0].answer += " Hij is een liefdevolle vader."
    for page in request.pages:
        page.load_from_host()
    for page in request.pages:
        page.initializePage()
        settle()
        request.grab().save(str(out / f"verzoek-{page.spec.id}.png"))
        if page.spec.id == "answers":
            _cursor_on_finding(page, "liefdevolle")
            settle()
            request.grab().save(str(out / "verzoek-answers-finding.png"))
        if page is not request.pages[-1]:
            request.next()
    request.close()
    for kind, make in (("overleg", demo_overleg), ("ander_doel", demo_ander_doel)):
        other = window.new_case(kind)
        assert other is not None
        other.data = make(today)
        for page in other.pages:
            page.load_from_host()
        for page in other.pages:
            page.initializePage()
            settle()
            other.grab().save(str(out / f"{kind}-{page.spec.id}.png"))
            if page is not other.pages[-1]:
                other.next()
        other.close()
    window.refresh()
    settle()
    window.grab().save(str(out / "main-after.png"))
    _dialogs(out, dossier, today, finished.client_pseudonym, window)
    window.close()
    dossier.close()


def _cursor_on_finding(page: object, word: str) -> None:
    """Put the cursor in the first answer on `word`: its finding shows in the handbook panel."""
    area = page.boxes[0].answer  # type: ignore[attr-defined]
    cursor = area.textCursor()
    cursor.setPosition(max(0, area.toPlainText().find(word)))
    area.setFocus()
    area.setTextCursor(cursor)


def _dialogs(out: Path, dossier: Dossier, today: date, client: str, window: MainWindow) -> None:
    from app.vault.recovery import code_for
    from ui.inzage_dialog import InzageDialog
    from ui.recovery_dialogs import RecoveryCodeDialog
    from ui.unlock import CreateDialog, UnlockDialog

    for name, dialog in (("unlock", UnlockDialog(dossier.path)),
                         ("create", CreateDialog(out / "nieuw.db")),
                         ("recovery-code", RecoveryCodeDialog(code_for(dossier), dossier.path)),
                         ("inzage", InzageDialog(dossier, today, window, client=client))):
        dialog.show()
        settle()
        dialog.grab().save(str(out / f"{name}.png"))
        dialog.done(0)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--dark"]
    main(Path(args[0] if args else "shots"), dark="--dark" in sys.argv[1:])
