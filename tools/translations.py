"""Extract, update and check Deelwijzer's translations (Dutch is the source).

    .venv/bin/python tools/translations.py update        # after adding or changing strings
    .venv/bin/python tools/translations.py todo new.json # what still needs English, to fill in
    .venv/bin/python tools/translations.py apply new.json
    .venv/bin/python tools/translations.py check         # exit 1 while anything is missing

Two catalogues:
- the interface (`ui/`): pyside6-lupdate reads every `tr()` / `translate()` in ui/*.py into
  `ui/i18n/deelwijzer_en.ts`, keeping what is already translated; `make` compiles it to the
  `.qm` the app loads (pyside6-lrelease). Qt Linguist edits the .ts as well.
- the core (`app/`): every `_("…")` literal in app/ and ui/, and the plain Dutch strings in the
  tables below (page titles, labels: `_()` translates them where they are shown), into
  `resources/i18n/en.json`. Documents, templates and dossier records stay Dutch, so the
  strings only they use are not asked for (DOCUMENT_ONLY).

Rerunning `update` is always safe: translations are kept; strings that vanished are dropped.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "ui" / "i18n" / "deelwijzer_en.ts"
CATALOGUE = ROOT / "resources" / "i18n" / "en.json"
LANGUAGE = "en"

# lupdate learns these helpers translate their first argument (context-free entries).
TR_ALIASES = ("_tr", "overview_label")

# Where `_()` strings only ever reach a Dutch document, template or dossier record (a file, a
# folder, or file::function; * as in fnmatch); `in_source_language()` keeps them Dutch there.
# A string also used elsewhere is still asked for.
DOCUMENT_ONLY = (
    "app/documents/*", "app/flows/templates.py", "app/flows/wording.py",
    "app/flows/*.py::dossier_entry",  # the step-7 record stored at finish (app/service.py)
    "app/flows/*.py::followups",  # the follow-up notes stored with it
    "app/flows/melding.py::apart_rows",  # part of the melding's record
    "app/flows/overleg.py::compose_opening",  # the opening words, inserted as a template is
)
# ... except these functions, whose text the interface shows.
SHOWN_FROM_DOCUMENTS = {
    "app/documents/access_report.py": ("label", "outcome_label"),
    "app/documents/inzage.py": ("check_screening",),
    # The summary page reads these records back in the interface's language before they are
    # stored (in Dutch); the melding's and the informatieverzoek's have their own overview.
    "app/flows/overleg.py": ("dossier_entry",),
    "app/flows/ander_doel.py": ("dossier_entry",),
}

# Plain strings in app/ that the interface shows through `_(…)`: (file, table, path). A path
# walks the literal: 'values' a dict's values, '*' every element, '[n]' element n.
TABLES = (
    ("app/documents/access_report.py", "ACTION_LABELS", "values"),
    ("app/flows/step7.py", "ITEM_LABELS", "values.values"),
    ("app/documents/inzage.py", "REQUESTERS", "values"),
    ("app/flows/ander_doel.py", "DECISIONS", "values"),
    ("app/flows/followup.py", "FORMS", "values.[0]"),
    ("app/flows/followup.py", "CONTACT_KINDS", "values"),
    ("app/flows/informatieverzoek.py", "_ASK_FIRST", "*.[2]"),
    ("app/flows/openness.py", "SAFETY_GROUND_LABELS", "values"),
    ("app/flows/openness.py", "CONSENT_LABELS", "values"),
    ("app/flows/timeline.py", "DOCUMENT_NAMES", "values"),
    ("app/model.py", "EXPERTISES", "*"),
)
# Calls whose arguments are shown: name → positions and keywords.
CALLS = {
    "PageSpec": ((1, 2), ("title", "subtitle")),  # app/flows/*: the wizard pages
    "Field": ((2,), ("label",)),  # app/flows/followup.py: the follow-up forms
    "Flow": ((), ("label", "action", "document")),  # app/flows/registry.py
}
# Single literals that fit none of the above: (file, text).
EXTRA = (("app/flows/followup.py", "Vervolg"),
         ("app/model.py", "mondeling"), ("app/model.py", "schriftelijk"))  # the channels
# Resource files with shown strings: (file, JSON path; '[x]' the list element with id x).
RESOURCES = (
    ("resources/templates.json", "templates.*.label"),
    ("resources/organisations.json", "types.*.display"),
    ("resources/afwegingskader.json", "questions.*.name"),
    ("resources/law.json", "notes.[law.inzage].text"),  # the inzage dialog explains it
    ("resources/lexicon/judgement.json", "rules.*.title"),
    ("resources/lexicon/judgement.json", "rules.*.explanation"),
    ("resources/lexicon/judgement.json", "rules.*.suggestion"),
    ("resources/lexicon/judgement.json", "rules.*.question_suggestion"),
    ("resources/lexicon/sources.json", "explanation"),
    ("resources/lexicon/sources.json", "suggestion"),
    ("resources/lexicon/plain_language.json", "codes.message"),
    ("resources/lexicon/plain_language.json", "abbreviations.message_known"),
    ("resources/lexicon/plain_language.json", "abbreviations.message_unknown"),
    ("resources/lexicon/plain_language.json", "jargon.message"),
    ("resources/lexicon/plain_language.json", "everything.message"),
)

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d+|%n")


def placeholders(text: str) -> list[str]:
    """'{name}', '%1' and '%n' in a text, sorted: a translation must keep the same ones."""
    return sorted(PLACEHOLDER.findall(text))


# --- the interface (.ts) ----------------------------------------------------------------------


def lupdate_tool() -> Path:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    return tool if tool.exists() else Path("pyside6-lupdate")


def lupdate(ts: Path = TS) -> str:
    """Read ui/*.py into `ts` (created or updated in place); lupdate's summary line."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    aliases = ",".join(f"tr+={name}" for name in TR_ALIASES)
    done = subprocess.run(
        [str(lupdate_tool()), *sources, "-tr-function-alias", aliases, "-locations", "none",
         "-no-obsolete", "-source-language", "nl", "-target-language", LANGUAGE, "-ts", str(ts)],
        cwd=ROOT, capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


def ts_messages(ts: Path = TS) -> list[tuple[str, str, str | None]]:
    """(context, source, translation or None while unfinished) for every message."""
    result = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            done = node is not None and node.get("type") not in ("unfinished", "vanished",
                                                                  "obsolete")
            text = node.text if node is not None else None
            result.append((name, message.findtext("source") or "", text if done and text
                           else None))
    return result


def apply_ts(translations: dict[str, str], ts: Path = TS, replace: bool = False) -> int:
    """Fill unfinished messages whose source has a translation here (`replace`: finished ones
    too); how many were filled."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        if node is None or source not in translations or not translations[source]:
            continue
        if replace or node.get("type") == "unfinished" or not node.text:
            node.text = translations[source]
            node.attrib.pop("type", None)
            filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    lupdate(ts)  # back into lupdate's own layout
    return filled


# --- the core (en.json) -----------------------------------------------------------------------


def _walk(node: ast.expr, path: list[str], where: str) -> list[str]:
    if not path:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        raise ValueError(f"{where}: expected a string literal, found {ast.unparse(node)[:60]}")
    step, rest = path[0], path[1:]
    if step == "values" and isinstance(node, ast.Dict):
        return [s for v in node.values for s in _walk(v, rest, where)]
    if step == "*" and isinstance(node, ast.Tuple | ast.List):
        return [s for v in node.elts for s in _walk(v, rest, where)]
    if step.startswith("[") and isinstance(node, ast.Tuple | ast.List):
        return _walk(node.elts[int(step[1:-1])], rest, where)
    raise ValueError(f"{where}: cannot take {step!r} of {ast.unparse(node)[:60]}")


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _functions(tree: ast.Module) -> dict[int, str]:
    """Line → the top-level function (or class) it is in."""
    lines = {}
    for top in tree.body:
        if isinstance(top, ast.FunctionDef | ast.ClassDef):
            for line in range(top.lineno, (top.end_lineno or top.lineno) + 1):
                lines[line] = top.name
    return lines


def _document_only(rel: str, function: str | None) -> bool:
    if function in SHOWN_FROM_DOCUMENTS.get(rel, ()):
        return False
    for pattern in DOCUMENT_ONLY:
        where, _sep, name = pattern.partition("::")
        if fnmatch(rel, where) and (not name or name == function):
            return True
    return False


def core_strings() -> dict[str, set[str]]:
    """Every core string the interface can show → where it is (file, or file:table)."""
    found: dict[str, set[str]] = {}
    tables = {(f, name): path for f, name, path in TABLES}
    seen_tables: set[tuple[str, str]] = set()
    for py in sorted([*(ROOT / "app").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]):
        rel = py.relative_to(ROOT).as_posix()
        tree = ast.parse(py.read_text(encoding="utf-8"))
        functions = _functions(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    key = (rel, target.id) if isinstance(target, ast.Name) else None
                    if key in tables:
                        seen_tables.add(key)
                        for text in _walk(node.value, tables[key].split("."), f"{rel}:{key[1]}"):
                            found.setdefault(text, set()).add(f"{rel}:{key[1]}")
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else None
            if name == "_" and node.args and _literal(node.args[0]) is not None:
                if not _document_only(rel, functions.get(node.lineno)):
                    found.setdefault(node.args[0].value, set()).add(rel)  # type: ignore[attr-defined]
            elif name in CALLS and rel.startswith("app/"):
                positions, keywords = CALLS[name]
                texts = [_literal(node.args[i]) for i in positions if i < len(node.args)]
                texts += [_literal(k.value) for k in node.keywords if k.arg in keywords]
                for text in texts:
                    if text:
                        found.setdefault(text, set()).add(f"{rel}:{name}")
    missing_tables = set(tables) - seen_tables
    if missing_tables:
        raise ValueError(f"tables not found (renamed? update TABLES): {sorted(missing_tables)}")
    for rel, text in EXTRA:
        if text not in (ROOT / rel).read_text(encoding="utf-8"):
            raise ValueError(f"{rel} no longer holds {text!r}: update EXTRA")
        found.setdefault(text, set()).add(rel)
    for rel, path in RESOURCES:
        nodes = [json.loads((ROOT / rel).read_text(encoding="utf-8"))]
        for step in re.findall(r"\[[^\]]*\]|[^.]+", path):  # '[x]': the element whose id is x
            if step.startswith("[") and step.endswith("]"):  # the element with this id
                nodes = [x for n in nodes for x in n if x.get("id") == step[1:-1]]
                if not nodes:
                    raise ValueError(f"{rel}: no {step} (update RESOURCES)")
                continue
            nodes = [x for n in nodes
                     for x in ((n.values() if isinstance(n, dict) else n) if step == "*"
                               else [n[step]])]
        for text in nodes:
            found.setdefault(text, set()).add(rel)
    return found


def load_catalogue(path: Path = CATALOGUE) -> dict[str, str]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def save_catalogue(catalogue: dict[str, str], path: Path = CATALOGUE) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(dict(sorted(catalogue.items())), ensure_ascii=False, indent=1)
                    + "\n", encoding="utf-8")


def update_catalogue() -> tuple[int, int]:
    """Add new core strings (untranslated: ''), drop vanished ones; (added, dropped)."""
    wanted = core_strings()
    old = load_catalogue()
    new = {k: old.get(k, "") for k in wanted}
    save_catalogue(new)
    return len(set(new) - set(old)), len(set(old) - set(new))


# --- both -------------------------------------------------------------------------------------


def reuse() -> tuple[int, int]:
    """A new string whose very text is already translated elsewhere (another context, or the
    other catalogue) gets that translation: (ui, core) filled this way."""
    known = {s: t for _c, s, t in ts_messages() if t}
    catalogue = load_catalogue()
    known.update({s: t for s, t in catalogue.items() if t and s not in known})
    unfinished = {s for _c, s, t in ts_messages() if t is None}
    ui = apply_ts({s: known[s] for s in unfinished if s in known}) if unfinished & set(known) \
        else 0
    core = {s: known[s] for s, t in catalogue.items() if not t and s in known}
    if core:
        catalogue.update(core)
        save_catalogue(catalogue)
    return ui, len(core)


def problems() -> list[str]:
    """Everything that keeps the English interface from being complete."""
    found = []
    for context, source, translation in ts_messages():
        if translation is None:
            found.append(f"ui [{context}] untranslated: {source!r}")
        elif placeholders(source) != placeholders(translation):
            found.append(f"ui [{context}] placeholders differ: {source!r} → {translation!r}")
    catalogue = load_catalogue()
    for source in core_strings():
        translation = catalogue.get(source)
        if not translation:
            found.append(f"core untranslated: {source!r}")
        elif placeholders(source) != placeholders(translation):
            found.append(f"core placeholders differ: {source!r} → {translation!r}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="rerun lupdate and the core extraction, keep translations")
    todo = sub.add_parser("todo", help="write what still needs a translation to a JSON file")
    todo.add_argument("out", type=Path)
    apply = sub.add_parser("apply", help="merge a filled-in JSON from 'todo'")
    apply.add_argument("file", type=Path)
    apply.add_argument("--replace", action="store_true",
                       help="also overwrite existing translations (corrections)")
    sub.add_parser("check", help="exit 1 while any string lacks a translation")
    args = parser.parse_args(argv)
    if args.command == "update":
        print("ui:", lupdate())
        added, dropped = update_catalogue()
        print(f"core: {len(load_catalogue())} strings ({added} new, {dropped} dropped)")
        ui_reused, core_reused = reuse()
        if ui_reused or core_reused:
            print(f"reused {ui_reused} ui and {core_reused} core translations of the same text")
        args.command = "check"
    if args.command == "todo":
        ui = sorted({s for _c, s, t in ts_messages() if t is None})
        catalogue = load_catalogue()
        core = sorted(s for s in core_strings() if not catalogue.get(s))
        args.out.write_text(json.dumps({"ui": dict.fromkeys(ui, ""),
                                        "core": dict.fromkeys(core, "")},
                                       ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{args.out}: {len(ui)} ui and {len(core)} core strings to translate")
        return 0
    if args.command == "apply":
        data = json.loads(args.file.read_text(encoding="utf-8"))
        filled = apply_ts({k: v for k, v in data.get("ui", {}).items() if v},
                          replace=args.replace)
        catalogue = load_catalogue()
        wanted = core_strings()
        core = {k: v for k, v in data.get("core", {}).items()
                if v and k in wanted and (args.replace or not catalogue.get(k))}
        catalogue.update(core)
        save_catalogue(catalogue)
        print(f"filled {filled} ui messages and {len(core)} core strings")
        args.command = "check"
    found = problems()
    for line in found:
        print(line)
    messages = ts_messages()
    done = sum(1 for m in messages if m[2] is not None)
    catalogue = load_catalogue()
    core = core_strings()
    print(f"ui: {done}/{len(messages)} messages translated; "
          f"core: {sum(1 for s in core if catalogue.get(s))}/{len(core)} strings translated")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
