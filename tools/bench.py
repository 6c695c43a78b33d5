"""`make bench`: timings as ratios against bare baselines measured in the same run.

- start-up: Deelwijzer's first window (the unlock dialog) against a bare Qt window;
- Melding PDF: the full document against a one-line reportlab PDF with the same font.

Each figure is the median of several fresh processes; machines here are noisy, so this is a
report, not a test.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.* helpers

RUNS = 7

BARE_QT = """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget(); w.show(); app.processEvents()
"""

APP_START = """
import sys, tempfile, pathlib
from PySide6.QtWidgets import QApplication
import ui.entry, ui.application  # what `deelwijzer` imports before the first window
from ui.unlock import CreateDialog
app = QApplication([])
d = CreateDialog(pathlib.Path(tempfile.mkdtemp()) / "dossier.db"); d.show(); app.processEvents()
heavy = [m for m in ("reportlab", "pikepdf", "pypdf") if m in sys.modules]
assert not heavy, heavy
"""

BARE_PDF = """
import io
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from app.content.resources import read_bytes
pdfmetrics.registerFont(TTFont("F", io.BytesIO(read_bytes("fonts", "DejaVuSans.ttf"))))
c = canvas.Canvas(io.BytesIO()); c.setFont("F", 10); c.drawString(50, 50, "cliënte"); c.save()
"""

MELDING_PDF = """
from datetime import date
from app.demo import DEMO_PROFILE, demo_melding
from app.documents.melding import melding_pdf
melding_pdf(demo_melding(date(2026, 11, 29)), DEMO_PROFILE, 1, date(2026, 11, 29))
"""


def check_speed(realistic: bool = False) -> tuple[float, float]:
    """Per-run time of the judgement check on 5,000 characters, and of bare tokenising.

    The default text is the dense one: the in-house corpus, every other sentence a judgement,
    so nearly every sentence reaches the frames — the worst case."""
    import json
    import re

    from app.checks.judgement import check, lexicon

    corpus = json.loads((Path(__file__).parent.parent / "tests" / "data" /
                         "judgement_corpus.json").read_text(encoding="utf-8"))
    text = (" ".join(corpus["judging"] + corpus["factual"]) * 3)[:5000]
    if realistic:  # the app's own letters and demo texts: mostly facts, as clinicians write
        from tests.judgement_eval import no_false_alarm_texts

        text = (" ".join(t for _where, t in no_false_alarm_texts()) * 3)[:5000]
    lexicon()
    words = re.compile(r"\w+")

    def per_run(fn: object, n: int = 200) -> float:
        best = float("inf")
        for _ in range(5):
            start = time.perf_counter()
            for _ in range(n):
                fn(text)  # type: ignore[operator]
            best = min(best, (time.perf_counter() - start) / n)
        return best

    return per_run(words.findall), per_run(check)


def search_speed() -> tuple[float, float]:
    """Search-as-you-type over 10,000 cases against loading the unfiltered list (both: count +
    the first page of 200 rows)."""
    import tempfile

    from app.vault import keys
    from app.vault.dossier import Dossier
    from tests.test_cases_list import fill

    keys.DEFAULT_KDF = keys.KdfParams(1, 8, 1)
    with tempfile.TemporaryDirectory() as folder, \
            Dossier.create(Path(folder) / "bench.db", "bench") as dossier:
        fill(dossier)

        def best(fn: object, n: int = 20) -> float:
            result = float("inf")
            for _ in range(n):
                start = time.perf_counter()
                fn()  # type: ignore[operator]
                result = min(result, time.perf_counter() - start)
            return result

        bare = best(lambda: (dossier.cases.count(), dossier.cases.summaries(0, 200)))
        ours = best(lambda: (dossier.cases.count(text="veilig utr"),
                             dossier.cases.summaries(0, 200, text="veilig utr")))
    return bare, ours


CHECK_LOAD = """
import json, time
from app.content.resources import load_json
import app.checks.judgement as judgement
start = time.perf_counter()
load_json("lexicon/judgement.json"); load_json("lexicon/evaluative.json")
read = time.perf_counter()
judgement.check("Moeder is een chaotische opvoeder; ik vind een OTS nodig.")
print(json.dumps([read - start, time.perf_counter() - read]))
"""


def check_load() -> tuple[float, float]:
    """The judgement check's first use in a fresh process (load its lexicon, build the scanner,
    check one sentence) against only reading its two JSON files, medians of fresh processes."""
    import json

    samples = [json.loads(subprocess.run(
        [sys.executable, "-c", CHECK_LOAD], check=True, capture_output=True, text=True,
        cwd=Path(__file__).resolve().parent.parent).stdout) for _ in range(RUNS)]
    return (statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples))


def timed(code: str) -> float:
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True,
                       env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
                       stderr=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    rows = [
        ("start-up to first window", timed(BARE_QT), timed(APP_START)),
        ("Melding PDF (process)", timed(BARE_PDF), timed(MELDING_PDF)),
    ]
    print(f"{'measure':28} {'baseline':>9} {'deelwijzer':>11} {'ratio':>6}")
    for name, base, ours in rows:
        print(f"{name:28} {base:8.3f}s {ours:10.3f}s {ours / base:6.2f}")
    base, ours = search_speed()
    print(f"{'search 10,000 cases':28} {base * 1000:7.3f}ms {ours * 1000:9.3f}ms "
          f"{ours / base:6.1f}   (count + first 200 rows; baseline: the same unfiltered)")
    base, ours = check_speed()
    print(f"{'judgement check, dense':28} {base * 1000:7.3f}ms {ours * 1000:9.3f}ms "
          f"{ours / base:6.1f}   (target: under 5 ms per run; baseline: bare \\w+ tokenising)")
    base, ours = check_speed(realistic=True)
    print(f"{'judgement check, letters':28} {base * 1000:7.3f}ms {ours * 1000:9.3f}ms "
          f"{ours / base:6.1f}   (the same on the app's templates and demo texts)")
    base, ours = check_load()
    print(f"{'judgement check, first use':28} {base * 1000:7.3f}ms {ours * 1000:9.3f}ms "
          f"{ours / base:6.1f}   (target: under 50 ms; baseline: reading its JSON files)")


if __name__ == "__main__":
    main()
