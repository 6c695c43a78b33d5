"""Store the judgement scanner's index beside the lexicon (`lexicon/judgement_scanner.json`).

Why: deriving each alternative's heads means parsing about 330 regular expressions, which was
half of the judgement check's first use (the budget is 50 ms). The index is derived data, like a
`.pyc`: it records the fingerprint of the alternations it was derived from, and the check uses
it only when that fingerprint matches the lexicon it loads — after an edit of `judgement.json`
without running this tool, the check derives the index itself (slower, never wrong) and
`tests/test_prefilter.py` fails until the file is written again.

Usage: python tools/derive_scanner.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.checks.judgement_lexicon import SCANNER_INDEX, alternations  # noqa: E402
from app.checks.prefilter import derive  # noqa: E402

OUT = ROOT / "resources" / SCANNER_INDEX


def main() -> None:
    index = derive(alternations())  # parses every alternative: a broken one stops here
    index = {"_comment": "Derived by tools/derive_scanner.py from judgement.json; do not edit. "
                         "Licence: as judgement.json (the project's own).", **index}
    OUT.write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({index['fingerprint'][:12]})")


if __name__ == "__main__":
    main()
