"""The English catalogues are complete and safe: every interface string (read again by
lupdate) and every core string (`_()` literals and the tables of plain strings in app/) has a
finished English translation with the same placeholders; the language is chosen as the
README says; documents stay Dutch whatever the interface speaks."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QKeySequence

from app.content import i18n
from app.content.i18n import _, choose_language, in_source_language, system_language
from tools import translations as tool
from ui import translations


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory) -> Path:
    """The committed .ts updated by lupdate from today's ui/*.py, as `update` would."""
    ts = tmp_path_factory.mktemp("ts") / "deelwijzer_en.ts"
    shutil.copy(tool.TS, ts)
    tool.lupdate(ts)
    return ts


def test_the_committed_ts_holds_every_interface_string(fresh_ts):
    committed = {(c, s) for c, s, _t in tool.ts_messages()}
    now = {(c, s) for c, s, _t in tool.ts_messages(fresh_ts)}
    assert now <= committed, (
        "new interface strings; run: .venv/bin/python tools/translations.py update\n"
        + "\n".join(f"[{c}] {s!r}" for c, s in sorted(now - committed)))


def test_every_interface_string_has_a_finished_english_translation(fresh_ts):
    missing = [f"[{c}] {s!r}" for c, s, t in tool.ts_messages(fresh_ts) if t is None]
    assert not missing, ("untranslated (tools/translations.py todo / apply, or Qt Linguist):\n"
                         + "\n".join(missing))


def test_interface_translations_keep_the_placeholders(fresh_ts):
    wrong = [f"[{c}] {s!r} → {t!r}" for c, s, t in tool.ts_messages(fresh_ts)
             if t is not None and tool.placeholders(s) != tool.placeholders(t)]
    assert not wrong, "\n".join(wrong)


def test_every_interface_context_is_one_a_lookup_uses(fresh_ts):
    """`row.tr(…)` outside the row's class was filed by lupdate under 'row' (the variable),
    but looked up under the row's class: the English never showed ('Verwijderen?'). A
    context must be a class of ui/, a literal context of translate(), or none."""
    import ast

    known = {""}
    for path in (tool.ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                known.add(node.name)
            elif isinstance(node, ast.Call) and node.args \
                    and isinstance(node.args[0], ast.Constant) \
                    and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                        "translate", "QT_TRANSLATE_NOOP"):
                known.add(str(node.args[0].value))
    wrong = sorted({c for c, _s, _t in tool.ts_messages(fresh_ts)} - known)
    assert not wrong, f"contexts no lookup uses (a tr() on another object?): {wrong}"


def test_every_core_string_has_a_finished_english_translation():
    catalogue = tool.load_catalogue()
    missing = [f"{s!r} ({', '.join(sorted(w))})" for s, w in tool.core_strings().items()
               if not catalogue.get(s)]
    assert not missing, ("untranslated in resources/i18n/en.json (tools/translations.py "
                         "update, then todo / apply):\n" + "\n".join(missing))


def test_core_translations_keep_the_placeholders():
    wrong = [f"{s!r} → {t!r}" for s, t in tool.load_catalogue().items()
             if t and (tool.placeholders(s) != tool.placeholders(t)
                       or i18n.placeholders(s) != i18n.placeholders(t))]
    assert not wrong, "\n".join(wrong)


def test_the_core_catalogue_holds_nothing_stale():
    stale = set(tool.load_catalogue()) - set(tool.core_strings())
    assert not stale, "run tools/translations.py update:\n" + "\n".join(map(repr, stale))


def test_the_placeholder_guard_sees_every_kind():
    assert tool.placeholders("{name} en %1, %L2 of %n") == ["%1", "%L2", "%n", "{name}"]
    assert tool.placeholders("Verwijder {row}") != tool.placeholders("Delete {rij}")


# --- which language ---------------------------------------------------------------------------


@pytest.mark.parametrize(("system", "expected"), [
    (["nl-NL", "nl"], "nl"), (["nl-BE"], "nl"), (["Dutch_Netherlands"], "nl"),
    (["en-US", "en"], "en"), (["en-GB"], "en"), (["de-DE", "de"], "en"),
    (["fr-FR", "nl-NL"], "nl"), (["en-US", "nl-NL"], "nl"),  # Dutch named at all: Dutch
    (["fr-FR", "en-GB"], "en"),  # else the first language Deelwijzer speaks
    (["C"], "nl"), ([], "nl"),  # no language named: Dutch-first
])
def test_the_system_language_chooses(system, expected):
    assert system_language(system) == expected


def test_the_setting_overrides_the_system_and_the_environment_overrides_both(monkeypatch):
    monkeypatch.delenv("DEELWIJZER_LANG", raising=False)
    assert choose_language("", ["en-US"]) == "en"
    assert choose_language("nl", ["en-US"]) == "nl"
    assert choose_language("en", ["nl-NL"]) == "en"
    monkeypatch.setenv("DEELWIJZER_LANG", "nl_NL.UTF-8")
    assert choose_language("en", ["en-US"]) == "nl"
    monkeypatch.setenv("DEELWIJZER_LANG", "xx")  # no such interface: ignored
    assert choose_language("en", ["nl-NL"]) == "en"


def test_the_setting_is_kept_for_the_next_start(qapp, monkeypatch):
    monkeypatch.delenv("DEELWIJZER_LANG", raising=False)
    translations.save_language_setting("en")
    try:
        assert translations.language_setting() == "en"
        assert translations.chosen_language() == "en"
    finally:
        translations.save_language_setting("")
    assert translations.language_setting() == ""


# --- what the chosen language does ------------------------------------------------------------


@pytest.fixture
def interface(qapp, monkeypatch):
    """install_translators for a language; Dutch again afterwards."""
    if not translations.catalogue("en").is_file():  # a checkout where make has not run
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run([str(lrelease), "-silent", str(tool.TS), "-qm",
                        str(tool.TS.with_suffix(".qm"))], check=True)
    before = QLocale()

    def install(language: str) -> str:
        monkeypatch.setenv("DEELWIJZER_LANG", language)
        return translations.install_translators(qapp)

    yield install
    for translator in translations._installed:
        qapp.removeTranslator(translator)
    translations._installed.clear()
    i18n.set_language(None)
    QLocale.setDefault(before)


def test_english_translates_the_interface_the_core_and_the_dates(interface):
    from app.checks.dates import format_nl
    from app.flows import melding

    assert interface("en") == "en"
    assert QCoreApplication.translate("CasesModel", "Laatst gewijzigd") == "Last changed"
    # found by lupdate outside a class (tr = self.tr): looked up under the caller's class
    assert QCoreApplication.translate("ClientPage", "Kinderen om wie het gaat") == \
        "Children concerned"
    assert _(melding.page("client").title) == "People involved"  # a plain string, at display time
    assert format_nl(date(2026, 10, 14)) == "14 October 2026"
    assert translations.long_date(date(2026, 10, 14)) == "14 October 2026"
    assert QLocale().language() == QLocale.Language.English
    # a string Deelwijzer does not have goes on to Qt's own (not blanked: issue 13)
    assert QKeySequence("F5").toString() == "F5"


def test_what_the_walk_found_in_dutch_is_english(interface, qtbot):
    """An outside walk of the English interface found these in Dutch (or mistranslated)."""
    from app.demo import demo_melding
    from app.flows import melding
    from app.flows.openness import openness_summary
    from ui.page_parts import threshold_spin
    from ui.row_list import _tr as row_tr

    interface("en")
    assert row_tr("Verwijderen?") == "Delete?"  # removing a row: the question, the undo
    assert row_tr("Ongedaan maken: {what} terugzetten") == "Undo: restore {what}"
    spin = threshold_spin(None)  # type: ignore[arg-type]
    qtbot.addWidget(spin)
    assert spin.suffix() == " days without contact"
    assert QCoreApplication.translate("PreviewDialog", "Voorbeeld: {doc}") == "Preview: {doc}"
    assert QCoreApplication.translate("HandbookPanel", "Voorbeeld") == "Example"  # the handbook's
    m = demo_melding(date(2026, 11, 29))
    m.content = ""
    [missing] = [p.message for p in melding.check_page("summary", m, date(2026, 11, 29))
                 if p.field == "step7.7.melder.1"]
    assert missing.startswith("Not recorded yet: the content of the report.")
    m.openness.consent = "refused"
    assert ("Consent", "consent refused") in openness_summary(m.openness)
    with in_source_language():  # what the record and the documents keep
        assert ("Toestemming", "toestemming geweigerd") in openness_summary(m.openness)


def test_the_wizard_and_preview_buttons_have_their_own_mnemonics_in_english(interface):
    import re

    interface("en")

    def letter(context: str, source: str) -> str:
        found = re.search(r"&(\w)", QCoreApplication.translate(context, source))
        assert found, (context, source)
        return found.group(1).lower()

    wizard = [letter("FlowWizard", s) for s in ("&Volgende >", "< Vo&rige",
                                                "&Sluiten (concept blijft bewaard)")]
    # Voltooien stands where Volgende stood: the same key goes forward (Alt+V, Alt+N).
    assert letter("FlowWizard", "&Voltooien") == wizard[0]
    preview = [letter("PreviewDialog", s) for s in ("&Terug", "&Opslaan…", "&Passend")]
    prints = [letter("PreviewDialog", s) for s in ("&Afdrukken…", "&Apart deel afdrukken…")]
    assert len(set(wizard)) == 3
    for print_button in prints:  # one of the two is shown, by the tab
        assert len({*preview, print_button}) == 4


def test_dutch_loads_qts_own_dutch_dialog_texts(interface):
    assert interface("nl") == "nl"
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Zoeken in:"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    assert QCoreApplication.translate("CasesModel", "Laatst gewijzigd") == "Laatst gewijzigd"
    assert translations.long_date(date(2026, 10, 14)) == "14 oktober 2026"


def test_documents_and_templates_stay_dutch_in_the_english_interface(interface):
    from app.checks.dates import format_nl
    from app.demo import DEMO_PROFILE, demo_melding
    from app.documents.registry import flow_pdf
    from app.flows.templates import fill
    from tests.pdfcheck import flat, pdf_text

    interface("en")
    with in_source_language():
        assert _("Betrokkenen") == "Betrokkenen"
        assert format_nl(date(2026, 10, 14)) == "14 oktober 2026"
    assert _("Betrokkenen") == "People involved"
    m = demo_melding(date(2026, 11, 29))
    assert "Ik ben" in fill("melding.relation", m)
    text = flat(pdf_text(flow_pdf("melding", m, DEMO_PROFILE, 7, date(2026, 11, 29))))
    assert "Betrokkenen" in text and "People involved" not in text
    assert "november 2026" in text and "November 2026" not in text


def test_a_system_without_a_language_setting_gets_dutch(monkeypatch):
    """'C.UTF-8' (and Python's coercion of an empty locale to it) must not read as English:
    locale.getlocale() maps it to en_US (an outside walk of the .deb, issue 15)."""
    from app.content import i18n

    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert i18n.system_language() == "nl"
    monkeypatch.delenv("LANG")
    assert i18n.system_language() == "nl"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert i18n.system_language() == "en"
