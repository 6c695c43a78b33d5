"""Write docs/handbook-trace.md: for every numbered item of the handbook (and footnotes 1, 3, 4
and 5, and the inzage examples of step 7) the pages, checks, document fields and tests that
serve it, read from the code.

- page: the flows' `PageSpec`s that name the item (a sub-item: the pages naming its item);
- check: the functions in `app/flows/` and `app/checks/` that name the item (the `Problem`s
  they raise, the step-7 rows, the follow-up forms), and the lexicon data that does;
- document field: the dossier entries and every function marked `@serves(...)`
  (`app/content/trace.py`);
- tests: every test marked `@pytest.mark.handbook(...)`.

The source is read as text (`ast`), never imported for it, so the table says what the code
says. Run `.venv/bin/python tools/handbook_trace.py` to write the file; `--check` exits 1 when
it is out of date. `tests/test_handbook_trace.py` fails when it is out of date or an item has
no test.
"""

from __future__ import annotations

import ast
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script
    sys.path.insert(0, str(ROOT))

OUT = ROOT / "docs" / "handbook-trace.md"
FOOTNOTES = ("fn1", "fn3", "fn4", "fn5")
EXAMPLES = ("7.vb.1", "7.vb.2", "7.vb.3")  # the inzage examples, which the app serves too
FLOW_MODULES = ("melding", "informatieverzoek", "overleg", "ander_doel")
# Functions whose ids are what a document or the dossier entry holds, not a check.
DOCUMENT_FUNCTIONS = {"dossier_entry", "apart_rows", "weighing_rows"}
# Functions whose ids only describe the page or its texts.
IGNORED_FUNCTIONS = {"page_texts", "page"}
# A follow-up's note names its item in brackets: '… (4.ontvanger.3).'
BRACKETED = re.compile(r"\(((?:\d[\w.]*|fn\d)(?:,\s*(?:\d[\w.]*|fn\d))*)\)")

# What the table cannot say by itself: (items, note).
NOTES: tuple[tuple[tuple[str, ...], str], ...] = (
    (tuple(f"7.instelling.{i}" for i in range(1, 6)),
     "What Veilig Thuis, the GI or the Raad records in its own dossier. Deelwijzer is the "
     "clinician's tool: it serves these items only as what the clinician may expect from the "
     "receiver and can check — the melding letter and the answer (the content, the melder's "
     "name, function and contact, whether the client was told), the written rendering with "
     "the clinician's corrections, and the follow-ups in which the receiver reports back."),
    (("fn3",), "A melding to the Raad in a crisis: the AMK's rules (now Veilig Thuis's) apply "
               "to the Raad; Veilig Thuis's own five working days are not shown for it."),
    (("fn4",), "The information duty that footnote 4 announced exists since 2015 (Jeugdwet "
               "art. 7.3.11 lid 4, during an OTS); without an OTS, footnote 4's rule stands: "
               "targeted consent, or a conflict of duties."),
)
MARKS = "¹²³⁴⁵⁶⁷⁸⁹"


@dataclass
class Row:
    ref: str
    pages: dict[str, list[str]] = field(default_factory=dict)  # page id -> flows
    checks: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    tests: list[str] = field(default_factory=list)


class TraceError(ValueError):
    """A marker or decorator names an id the handbook does not have."""


def _handbook_ids() -> tuple[list[str], set[str], dict[str, str]]:
    """The rows' ids in handbook order, every id the handbook knows, and each sub-item's item."""
    from app.content.handbook import handbook

    hb = handbook()
    order: list[str] = []
    parent: dict[str, str] = {}
    for step in hb.steps.values():
        for item in step.items:
            order.append(item.id)
            for sub in item.subitems:
                order.append(sub.id)
                parent[sub.id] = item.id
        if step.id == "7":
            order += list(EXAMPLES)
    order += list(FOOTNOTES)
    return order, set(hb.ids()), parent


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _strings(node: ast.AST) -> list[str]:
    """The string constants under `node`, docstrings left out."""
    docstrings = {id(n.body[0].value) for n in ast.walk(node)
                  if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef,
                                    ast.Module))
                  and n.body and isinstance(n.body[0], ast.Expr)
                  and isinstance(n.body[0].value, ast.Constant)}
    return [s.value for s in ast.walk(node) if isinstance(s, ast.Constant)
            and isinstance(s.value, str) and id(s) not in docstrings]


def _pages(rows: dict[str, Row], parent: dict[str, str]) -> None:
    from app.flows.registry import FLOWS

    for kind in FLOW_MODULES:
        for spec in FLOWS[kind].rules.PAGES:
            for ref in rows:
                if ref in spec.refs or parent.get(ref) in spec.refs:
                    rows[ref].pages.setdefault(spec.id, []).append(kind)


def _decorated(fn: ast.FunctionDef | ast.AsyncFunctionDef, name: str) -> list[list[str]]:
    """The string arguments of each decorator call named `name` (`serves`, `mark.handbook`)."""
    found = []
    for deco in fn.decorator_list:
        if isinstance(deco, ast.Call):
            target = deco.func
            dotted = target.attr if isinstance(target, ast.Attribute) else getattr(
                target, "id", "")
            if dotted == name:
                found.append([a.value for a in deco.args if isinstance(a, ast.Constant)])
    return found


def _scan_code(rows: dict[str, Row], known: set[str]) -> None:
    """Checks and document fields in app/."""
    files = sorted((ROOT / "app" / "flows").glob("*.py")) + sorted(
        (ROOT / "app" / "checks").glob("*.py"))
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if node.name in IGNORED_FUNCTIONS or node.name.startswith("new_"):
                    continue
                where = f"{_rel(path)}::{node.name}"
                column = "documents" if node.name in DOCUMENT_FUNCTIONS else "checks"
                # The body only: a `@serves(...)` decorator names document fields, not checks.
                body = ast.Module(body=node.body, type_ignores=[])
                texts = _strings(body)
                refs = {s for s in texts if s in known}
                if node.name == "followups":
                    refs |= {r.strip() for s in texts for m in BRACKETED.finditer(s)
                             for r in m.group(1).split(",") if r.strip() in known}
                for ref in refs:
                    if ref in rows:
                        getattr(rows[ref], column).append(where)
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                target = node.targets[0] if isinstance(node, ast.Assign) else node.target
                name = getattr(target, "id", "")
                if name in ("PAGES", "") or node.value is None:
                    continue
                if isinstance(node.value, ast.Dict):  # the follow-up forms: kind -> (…, ref)
                    for key, value in zip(node.value.keys, node.value.values, strict=True):
                        label = key.value if isinstance(key, ast.Constant) else "?"
                        for ref in {s for s in _strings(value) if s in known} & set(rows):
                            rows[ref].checks.append(f"{_rel(path)}::{name}[{label}]")
                    continue
                for ref in {s for s in _strings(node.value) if s in known} & set(rows):
                    rows[ref].checks.append(f"{_rel(path)}::{name}")
    for path in sorted((ROOT / "app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for refs in _decorated(node, "serves"):
                    for ref in refs:
                        if ref not in known:
                            raise TraceError(f"{_rel(path)}::{node.name} serves unknown {ref}")
                        if ref in rows:
                            rows[ref].documents.append(f"{_rel(path)}::{node.name}")


def _scan_data(rows: dict[str, Row], known: set[str]) -> None:
    """Lexicon data whose rules name a handbook item (the judgement frames, 6.5's words)."""
    for path in sorted((ROOT / "resources" / "lexicon").glob("*.json")) + sorted(
            (ROOT / "resources").glob("*.json")):
        if path.name in ("law.json", "templates.json", "organisations.json"):
            continue
        text = path.read_text(encoding="utf-8")
        refs = set(re.findall(r'"refs?"\s*:\s*"([^"]+)"', text))
        try:
            doc = json.loads(text)
        except ValueError:
            continue
        if isinstance(doc, dict) and isinstance(doc.get("refs"), list):
            refs |= {str(r) for r in doc["refs"]}
        for ref in sorted(refs & known & set(rows)):
            rows[ref].checks.append(_rel(path))


def _scan_tests(rows: dict[str, Row], known: set[str]) -> None:
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for refs in _decorated(node, "handbook"):
                    for ref in refs:
                        if ref not in known:
                            raise TraceError(f"{_rel(path)}::{node.name} names unknown {ref}")
                        if ref not in rows:
                            raise TraceError(f"{_rel(path)}::{node.name}: {ref} is no row")
                        rows[ref].tests.append(f"{_rel(path)}::{node.name}")


def rows() -> list[Row]:
    """Every row of the trace, in handbook order."""
    order, known, parent = _handbook_ids()
    table = {ref: Row(ref) for ref in order}
    _pages(table, parent)
    _scan_code(table, known)
    _scan_data(table, known)
    _scan_tests(table, known)
    for row in table.values():
        row.checks = sorted(set(row.checks))
        row.documents = sorted(set(row.documents))
        row.tests = sorted(set(row.tests))
    return list(table.values())


def _cell(items: list[str], code: bool = True) -> str:
    return "<br>".join(f"`{x}`" if code else x for x in items) or "—"


def render() -> str:
    """The whole of docs/handbook-trace.md."""
    lines = [
        "# Handbook trace",
        "",
        "Generated from the code by `tools/handbook_trace.py`; do not edit by hand. One row "
        "per numbered item of the handbook (`resources/handbook/handbook.json`), the inzage "
        "examples of step 7 and footnotes 1, 3, 4 and 5. *page*: the wizard pages that name "
        "the item (`app/flows/*.py`, `PAGES`); *check*: the rules that raise a finding for it "
        "or hold it as data; *document field*: the dossier entry and the document parts "
        "marked `@serves(...)`; *tests*: the tests marked `@pytest.mark.handbook(...)`. "
        "`tests/test_handbook_trace.py` fails when this file is out of date or an item has "
        "no test.",
        "",
        "| id | page | check | document field | tests |",
        "|---|---|---|---|---|",
    ]
    all_rows = rows()
    marks = {ref: MARKS[i] for i, (refs, _text) in enumerate(NOTES) for ref in refs}
    for row in all_rows:
        pages = [f"{page} ({', '.join(flows)})" for page, flows in row.pages.items()]
        note = f" {marks[row.ref]}" if row.ref in marks else ""
        lines.append(f"| {row.ref}{note} | {_cell(pages, code=False)} | {_cell(row.checks)} | "
                     f"{_cell(row.documents)} | {_cell(row.tests)} |")
    lines += ["", "## Notes", ""]
    lines += [f"- {MARKS[i]} **{', '.join(refs)}**: {text}" for i, (refs, text) in
              enumerate(NOTES)]
    missing = [row.ref for row in all_rows if not row.tests]
    lines += ["", "## Items without a test", ""]
    lines += [f"- {ref}" for ref in missing] if missing else ["None."]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print("docs/handbook-trace.md is out of date: run tools/handbook_trace.py")
            return 1
        return 0
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {_rel(OUT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
