"""The child processes of `make bench` (tools/bench.py): each measures one thing in a fresh
interpreter and prints what it found on its last line of stdout (JSON, or a time stamp).

    first-paint app|bare|dialog|enums [time|enums]
                               print time.time() once the first paint of a top-level window
                               is done (dialog: the first window's widgets in plain PySide6),
                               or which slow enum classes PySide6 had built by then
    open DB RUNS               Dossier.open against the KDF alone, alternating
    window BIG EMPTY RUNS Q    the real main window: list painted, then search per keystroke
    memory app DB | bare       resident memory with the window shown and painted

The passphrase comes from DEELWIJZER_PASSPHRASE, as for the command line. With
DEELWIJZER_BENCH_FAST_KDF=1 (the bench's own test) the KDF is the tests' cheap one, so that an
open does not raise the envelope's cost to today's default.

Nothing here changes product code: first paint is seen by an event filter that this driver puts
on each window as it is shown (it wraps QWidget.show, QDialog.open and QDialog.exec before
`ui.entry.main()` runs, on the QApplication the app then takes, ui/application.py), the same
for the bare window.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TIMEOUT_S = 10.0


def _fast_kdf() -> None:
    if os.environ.get("DEELWIJZER_BENCH_FAST_KDF") == "1":
        from app.vault import keys

        keys.DEFAULT_KDF = keys.KdfParams(1, 8, 1)


def rss_mib() -> float:
    """This process's resident set now (Linux /proc), else its peak (getrusage)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def first_paint(which: str, report: str = "time") -> None:
    """The time the first window's first paint is done, then exit at once.

    The paint is seen by an event filter on the window itself, installed as the window is
    shown (`watch_first_paint`, the same for the bare window as for the app's). The app is
    started in the order the real program imports: PySide6 only where the program first needs
    it (ui/entry.py's `_launch`, which loads it for the window), so that PySide6's import hook
    — it reads the source of every module named in an import after it is loaded — sees the
    same imports as in a real start.

    `report="enums"` prints instead which of the classes whose Python enums are slow to build
    PySide6 had built by then (tests/test_first_frame.py)."""
    if which == "app":
        import ui.entry

        launch = ui.entry._launch

        def watched_launch(db_path: Any) -> int:
            watch_first_paint(report)
            return launch(db_path)

        ui.entry._launch = watched_launch  # type: ignore[assignment]
        sys.argv = ["deelwijzer"]
        ui.entry.main()  # makes its own QApplication (ui/application.py)
        os._exit(3)  # no window was painted
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(["deelwijzer"])
    watch_first_paint(report)
    if which == "dialog":
        plain_dialog(app)
    elif which == "enums":  # the floor: what touching Qt's enums costs before any window
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QPalette
        from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QStyle

        for enum_type in (Qt.AlignmentFlag, QStyle.StateFlag, QPalette.ColorRole,
                          QDialogButtonBox.StandardButton, QLineEdit.EchoMode):
            assert enum_type
        window = QWidget()
        window.show()
        app.exec()
    else:
        window = QWidget()
        window.show()
        app.exec()
    os._exit(3)  # no window was painted


_spies: list[Any] = []  # kept alive until the process ends


def watch_first_paint(report: str) -> None:
    """Wrap QWidget.show, QDialog.open and QDialog.exec: each window shown gets an event filter
    of its own (an application-wide Python filter would receive the rich-text label's private
    QWidgetTextControl, and PySide6 then builds every QObject class to find its type — 28-30 ms
    a user never pays). The filter sees the paint before it is done; the time is taken when an
    event it posts arrives, after the window and its widgets have been painted."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject
    from PySide6.QtWidgets import QDialog, QWidget

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                obj.removeEventFilter(self)
                QCoreApplication.postEvent(self, QEvent(QEvent.Type.User))
            return False

        def event(self, event: QEvent) -> bool:
            if event.type() == QEvent.Type.User:
                if report == "enums":
                    print(json.dumps(built_enum_classes()), flush=True)
                else:
                    print(repr(time.time()), flush=True)
                os._exit(0)
            return super().event(event)

    spy = FirstPaint()
    _spies.append(spy)

    def watching(method: Any) -> Any:
        def shown(self: QWidget, *args: Any) -> Any:
            if self.isWindow():
                self.installEventFilter(spy)
            return method(self, *args)
        return shown

    QWidget.show = watching(QWidget.show)  # type: ignore[method-assign]
    QDialog.open = watching(QDialog.open)  # type: ignore[method-assign]
    QDialog.exec = watching(QDialog.exec)  # type: ignore[method-assign]


SLOW_ENUMS = {"PySide6.QtCore": ("Qt",), "PySide6.QtWidgets": ("QStyle",),
              "PySide6.QtGui": ("QIcon",)}  # 1,195, 566 and 157 enum members


def built_enum_classes() -> list[str]:
    """Which of SLOW_ENUMS PySide6 has built so far (it builds a class, with its enums, on its
    first use; a module's dictionary holds it from then on)."""
    return [f"{module}.{name}" for module, names in SLOW_ENUMS.items()
            for name in names if name in vars(sys.modules[module])]


def plain_dialog(app: Any) -> None:
    """The first window's widgets in plain PySide6, none of Deelwijzer's code: a rich-text
    introduction, the folder, two password fields, the checkbox, the restore link and the
    buttons, under Fusion through a proxy style, after asking the colour scheme — what
    PySide6 itself costs for this window (a floor row of the bench; it has no target)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import (
        QCheckBox,
        QDialog,
        QDialogButtonBox,
        QLabel,
        QLineEdit,
        QProxyStyle,
        QPushButton,
        QVBoxLayout,
    )

    assert QGuiApplication.styleHints().colorScheme() is not None
    app.setStyle(QProxyStyle("Fusion"))
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    intro = QLabel("<b>Welkom bij Deelwijzer.</b><br><br>Uw dossier wordt versleuteld "
                   "opgeslagen op deze computer. Kies een wachtwoord: een zin van vier of meer "
                   "woorden is sterk en goed te onthouden.")
    intro.setTextFormat(Qt.TextFormat.RichText)
    intro.setWordWrap(True)
    fields = [QLineEdit(), QLineEdit()]
    for field in fields:
        field.setEchoMode(QLineEdit.EchoMode.Password)
    link = QPushButton("Dossier van een andere computer? Reservekopie terugzetten…")
    link.setFlat(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    for widget in (intro, QLabel("Het dossier komt in: /home/praktijk/Deelwijzer"), *fields,
                   QCheckBox("Ik begrijp dat een vergeten wachtwoord betekent dat het dossier "
                             "verloren is."), link, buttons):
        layout.addWidget(widget)
    dialog.setWindowTitle("Deelwijzer — nieuw dossier")
    dialog.show()
    app.exec()


def open_dossier(db: str, runs: int) -> dict[str, list[float]]:
    """Unwrapping the envelope (the KDF) against the whole Dossier.open, alternating."""
    _fast_kdf()
    from app.vault.dossier import Dossier
    from app.vault.keys import KeyEnvelope
    from app.vault.paths import envelope_path

    passphrase = os.environ["DEELWIJZER_PASSPHRASE"]
    out: dict[str, list[float]] = {"kdf": [], "open": []}
    for _ in range(runs):
        start = time.perf_counter()
        KeyEnvelope.read(envelope_path(Path(db))).unwrap(passphrase)
        out["kdf"].append(time.perf_counter() - start)
        start = time.perf_counter()
        dossier = Dossier.open(Path(db), passphrase)
        out["open"].append(time.perf_counter() - start)
        dossier.close()
    return out


def _qt_app() -> Any:
    """A QApplication set up as ui/application.py's run() sets it up before the window."""
    from PySide6.QtWidgets import QApplication

    from ui import appearance, focus_ring
    from ui.translations import install_translators

    app = QApplication.instance() or QApplication(["deelwijzer"])
    app.setApplicationName("Deelwijzer")
    app.setOrganizationName("Deelwijzer")
    appearance.follow_system(app)
    focus_ring.install(app)
    install_translators(app)
    return app


class _Waiter:
    """Run the event loop until `done()` is called or the timeout passes; `at` is then the
    perf_counter() of the call (None on a timeout)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEventLoop

        self.loop = QEventLoop()
        self.at: float | None = None

    def done(self) -> None:
        if self.at is None:
            self.at = time.perf_counter()
        self.loop.quit()

    def wait(self, timeout: float = TIMEOUT_S) -> float | None:
        from PySide6.QtCore import QTimer

        if self.at is None:  # it may have happened already (synchronous work)
            QTimer.singleShot(int(timeout * 1000), self.loop.quit)
            self.loop.exec()
        return self.at


def show_until_painted(app: Any, dossier: Any, rows: bool) -> tuple[Any, float | None]:
    """Construct the real main window, show it, and return when its cases list has painted
    (with rows, when `rows`) and that paint has been handled: the seconds it took."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    from ui.main_window import MainWindow

    waiter = _Waiter()

    class ListPainted(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and (not rows or window.model.rowCount()):
                QTimer.singleShot(0, waiter.done)  # after this paint (and the flush) is done
            return False

    start = time.perf_counter()
    window = MainWindow(dossier)
    spy = ListPainted()
    window.table.viewport().installEventFilter(spy)
    window.show()
    at = waiter.wait()
    window.table.viewport().removeEventFilter(spy)
    return window, None if at is None else at - start


def _discard(app: Any, window: Any) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def keystroke(window: Any, text: str, expected: int) -> float | None:
    """Put `text` in the search field as typing does, and return when the list model holds
    the first page of its results: the first rows/reset signal after it that leaves that many
    rows in the model (with the event loop running: so it measures a synchronous search and
    one on a worker thread alike, and any pause before the search starts). Only the first
    page: the count may follow later."""
    from ui import cases_model

    model = window.model
    waiter = _Waiter()
    first_page = min(expected, getattr(cases_model, "PAGE", 200))

    def changed(*_args: object) -> None:
        if model.rowCount() == first_page and not getattr(model, "searching", False):
            waiter.done()

    signals = (model.modelReset, model.rowsInserted, model.layoutChanged)
    for signal in signals:
        signal.connect(changed)
    start = time.perf_counter()
    window.search.setText(text)
    at = waiter.wait()
    for signal in signals:
        signal.disconnect(changed)
    return None if at is None else at - start


def _after_whole_file_check(window: Any) -> float | None:
    """Search is measured as it is most of the day: after the whole-file check that starts
    just after the window is shown (ui/integrity_watch.py), not while it reads every page.
    The seconds the check took from the show (None: the window has no such check)."""
    watch = getattr(window, "integrity", None)
    finished = getattr(watch, "finished", None)
    if finished is None:
        return None
    start = time.perf_counter()
    waiter = _Waiter()
    finished.connect(lambda *_args: waiter.done())
    at = waiter.wait(60.0)
    return None if at is None else at - start


def main_window(big: str, empty: str, runs: int, queries: list[list[str]]) -> dict[str, Any]:
    """The list painted (10,000 cases against an empty dossier, alternating), then each
    query's keystrokes against clearing the field (the unfiltered list), alternating."""
    _fast_kdf()
    from PySide6.QtCore import QTimer

    from app.vault.dossier import Dossier

    passphrase = os.environ["DEELWIJZER_PASSPHRASE"]
    app = _qt_app()
    with Dossier.open(Path(big), passphrase) as many, Dossier.open(Path(empty), passphrase) as none:
        for dossier, rows in ((none, False), (many, True)):  # once each: first-use costs
            _discard(app, show_until_painted(app, dossier, rows)[0])
        out: dict[str, Any] = {"paint": [], "paint_empty": [], "search": {}, "clear": []}
        for _ in range(runs):
            for dossier, rows, key in ((none, False, "paint_empty"), (many, True, "paint")):
                window, seconds = show_until_painted(app, dossier, rows)
                out[key].append(seconds)
                _discard(app, window)
        expected = {q: many.cases.count(text=q) for word in queries for q in ["", *word]}
        window, _seconds = show_until_painted(app, many, True)
        out["whole_file_check_s"] = _after_whole_file_check(window)
        timer = getattr(window, "_search_timer", None)
        out["pause_ms"] = timer.interval() if isinstance(timer, QTimer) else None
        out["matches"] = expected
        for _ in range(runs):
            for word in queries:
                for prefix in word:
                    out["search"].setdefault(prefix, []).append(
                        keystroke(window, prefix, expected[prefix]))
                out["clear"].append(keystroke(window, "", expected[""]))
        _discard(app, window)
    return out


def memory(which: str, db: str = "") -> float:
    """Resident MiB with the window shown and painted, after two seconds of its event loop
    (the larger of the two readings): the main window on `db`, or a bare QWidget."""
    _fast_kdf()
    app = _qt_app() if which == "app" else None
    if app is None:
        from PySide6.QtWidgets import QApplication, QWidget

        app = QApplication(["deelwijzer"])
        window = QWidget()
        window.resize(1200, 720)
        from PySide6.QtCore import QEvent, QObject, QTimer

        waiter = _Waiter()

        class Painted(QObject):
            def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    QTimer.singleShot(0, waiter.done)
                return False

        spy = Painted()
        window.installEventFilter(spy)
        window.show()
        waiter.wait()
    else:
        from app.vault.dossier import Dossier

        dossier = Dossier.open(Path(db), os.environ["DEELWIJZER_PASSPHRASE"])
        window, _seconds = show_until_painted(app, dossier, True)
    painted = rss_mib()
    from PySide6.QtCore import QTimer

    settle = _Waiter()
    QTimer.singleShot(2000, settle.done)
    settle.wait()
    return max(painted, rss_mib())


def run(argv: list[str]) -> None:
    mode = argv[0]
    if mode == "first-paint":
        first_paint(argv[1], argv[2] if len(argv) > 2 else "time")
    elif mode == "open":
        print(json.dumps(open_dossier(argv[1], int(argv[2]))))
    elif mode == "window":
        print(json.dumps(main_window(argv[1], argv[2], int(argv[3]), json.loads(argv[4]))))
    elif mode == "memory":
        print(json.dumps(memory(argv[1], *argv[2:])))
    else:
        raise SystemExit(f"unknown mode {mode}")
    sys.stdout.flush()
    os._exit(0)  # skip teardown: nothing here needs it, and it is not what is measured


if __name__ == "__main__":
    run(sys.argv[1:])
