"""The handbook trace (docs/handbook-trace.md) is what the code says, and complete: every
numbered item, the inzage examples and footnotes 1, 3, 4 and 5 each have a test."""

from __future__ import annotations

import ast

import pytest

from app.content.handbook import handbook
from tools import handbook_trace as trace


def test_the_trace_in_docs_is_what_the_code_says():
    assert trace.OUT.read_text(encoding="utf-8") == trace.render(), (
        "docs/handbook-trace.md is out of date: run .venv/bin/python tools/handbook_trace.py")


def test_every_numbered_item_and_the_footnotes_have_a_row():
    hb = handbook()
    numbered = [i.id for s in hb.steps.values() for i in s.items]
    numbered += [sub.id for s in hb.steps.values() for i in s.items for sub in i.subitems]
    ids = [row.ref for row in trace.rows()]
    assert set(numbered) | {"fn1", "fn3", "fn4", "fn5"} <= set(ids)
    assert len(ids) == len(set(ids))


def test_every_item_has_a_test_and_is_served_somewhere():
    rows = trace.rows()
    assert [r.ref for r in rows if not r.tests] == []
    # What the receiver records (7.instelling) has no page of its own; a note says so.
    noted = {ref for refs, _text in trace.NOTES for ref in refs}
    assert [r.ref for r in rows if not (r.pages or r.checks or r.documents)
            and r.ref not in noted] == []


def test_every_test_the_trace_names_exists():
    for row in trace.rows():
        for name in row.tests:
            path, test = name.split("::")
            tree = ast.parse((trace.ROOT / path).read_text(encoding="utf-8"))
            assert test in {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}, name


def test_a_marker_with_an_unknown_id_is_refused(tmp_path, monkeypatch):
    tests = tmp_path / "tests"
    tests.mkdir()
    (tests / "test_x.py").write_text(
        "import pytest\n\n@pytest.mark.handbook('9.9')\ndef test_y():\n    pass\n")
    monkeypatch.setattr(trace, "ROOT", tmp_path)
    with pytest.raises(trace.TraceError, match="9.9"):
        trace._scan_tests({}, {"1a.1"})
