"""Render the help and the notices to PNG on a 1366×728 screen: the handbook viewer (opened from
a wizard page, and searching), the tour's panels, 'Over Deelwijzer', the overdue banner, the
auto-lock warning and a busy status bar.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/help_screenshots.py OUTDIR [--dark]
    DEELWIJZER_LANG=en ... (the English interface)

Uses a throw-away demo dossier in OUTDIR; nothing of a real dossier is touched.
"""

from __future__ import annotations

import os
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QRect, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app import service  # noqa: E402
from app.demo import DEMO_PROFILE, demo_melding, demo_request  # noqa: E402
from app.vault import keys  # noqa: E402
from app.vault.dossier import Dossier  # noqa: E402
from ui import window_fit  # noqa: E402
from ui.translations import install_translators  # noqa: E402

SCREEN = QRect(0, 0, 1366, 728)


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def grab(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(path)


def main(out: Path, dark: bool) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for leftover in out.glob("help.db*"):
        leftover.unlink()
    app = QApplication.instance() or QApplication(sys.argv)
    language = install_translators(app)  # type: ignore[arg-type]
    if dark:
        from ui import appearance

        appearance.use_dark(app)  # type: ignore[arg-type]
    window_fit.screen_rect = lambda _widget: QRect(SCREEN)  # type: ignore[assignment]
    suffix = f"-{language}" + ("-dark" if dark else "")
    keys.DEFAULT_KDF = keys.KdfParams(1, 8, 1)
    dossier = Dossier.create(out / "help.db", "schermafdrukken maken")
    dossier.set_profile(DEMO_PROFILE)
    today = date.today()
    day = today - timedelta(days=40)  # its follow-ups are overdue by now
    finished = demo_melding(day)
    case_id = dossier.cases.create("melding", finished.to_dict(), finished.client_pseudonym)
    service.finish(dossier, case_id, finished, day)
    draft = demo_request(today)
    dossier.cases.create("informatieverzoek", draft.to_dict(), draft.client_pseudonym)

    from ui import help_links, progress
    from ui.main_window import MainWindow

    window = MainWindow(dossier, today=today)
    window.show()
    window.refresh(select=case_id)
    grab(window, out / f"overdue-banner{suffix}.png")

    warning = window.lock_warning  # type: ignore[attr-defined]
    warning._show(58_000)
    grab(window, out / f"lock-warning{suffix}.png")
    warning.hide()

    busy = progress.status(window)
    token = busy.begin(QCoreApplication.translate("DocumentActions", "Reservekopie wordt "
                                                                       "gemaakt…"))
    settle(700)
    grab(window, out / f"status-busy{suffix}.png")
    busy.end(token)

    wizard = window.new_melding()
    assert wizard is not None
    wizard.data = demo_melding(today)
    for page in wizard.pages:
        page.load_from_host()
    wizard.next()
    wizard.next()  # the facts page (handbook 4.melder.1)
    grab(wizard, out / f"wizard-link{suffix}.png")
    viewer = help_links.open_handbook(help_links.first_ref(wizard.currentPage()), wizard)
    grab(viewer, out / f"viewer-at-page{suffix}.png")
    viewer.search.setText("veilig thuis")
    viewer.step_hit(1)
    grab(viewer, out / f"viewer-search{suffix}.png")
    viewer.close()
    wizard.close()

    from ui.first_run import TourDialog

    tour = TourDialog(window)
    for i in range(tour.stack.count()):
        tour.show()
        grab(tour, out / f"tour-{i + 1}{suffix}.png")
        tour.go(1)
    tour.close()

    from ui.about_dialog import AboutDialog

    about = AboutDialog(window)
    about.show()
    grab(about, out / f"about{suffix}.png")
    about.tabs.setCurrentIndex(1)
    grab(about, out / f"about-licences{suffix}.png")
    about.close()
    window.close()
    dossier.close()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--dark"]
    main(Path(args[0] if args else "shots"), dark="--dark" in sys.argv[1:])
