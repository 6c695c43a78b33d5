"""The English interface, seen as a user sees it: the main window, every page of every wizard
and the dialogs reachable from the main window, with every visible text collected (labels,
buttons, group titles, window titles, placeholders, tooltips, combo items, table headers,
menus). A text that is still a Dutch interface string fails, and so does one that reads as
Dutch. The handbook panel's content, the meldcode's afwegingskader (quoted in the KNMG's
words), template and document text stay Dutch by design."""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QWidget,
    QWizard,
)

from app import demo
from app.content import i18n
from tests.ui_walk import (
    MAIN_WINDOW_DIALOGS,
    WIZARD_IDS,
    WIZARDS,
    each_page,
    english_interface,
    open_every_dialog,
    open_wizard,
    populated_window,
    settle,
    start_dialogs,
)
from tests.wizard_helpers import TODAY

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "ui" / "i18n" / "deelwijzer_en.ts"
QM = TS.with_suffix(".qm")
CATALOGUE = ROOT / "resources" / "i18n" / "en.json"

# Words that are Dutch and not English (nor a name Deelwijzer keeps in Dutch, such as
# 'Veilig Thuis' or 'Raad voor de Kinderbescherming'). Two of them in one text: Dutch.
DUTCH_WORDS = frozenset("""
    het een niet uw voor wordt worden bij naar ook maar geen kunt moet deze dit wat wie zijn
    heeft hebben nog alleen waarom welke cliënt gegevens opslaan maken verwijderen toevoegen
    annuleren volgende vorige sluiten terug wachtwoord reservekopie casus casussen melding
    verzoek overleg afgerond toestemming zorgen feiten kinderen ouders gezin handleiding
    openheid vul kies geef leg noem vraag vragen wanneer waar hoe datum naam adres
    organisatie ontvanger bijlage stap termijn toelichting praktijkgegevens dossierverslag
    inzage afdrukken ontgrendelen vergrendelen zoeken herstelcode gewijzigd opgeslagen
""".split())
# Dutch that stays Dutch in the English interface: names of Dutch organisations, laws and
# the data values the documents use (a professional's role as the letter names it).
KEPT_DUTCH = (
    "Veilig Thuis", "Raad voor de Kinderbescherming", "gecertificeerde instelling",
    "huisarts", "wijkteam", "jeugdhulp", "kinderopvang", "consultatiebureau", "anders",
)


def _normal(text: str) -> str:
    """'&Opslaan…' and 'Naam *' as the source strings they came from."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return re.sub(r"[\s:*…]+$", "", text.strip())


def dutch_sources() -> set[str]:
    """Every Dutch interface string that has an English translation unlike itself."""
    found = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source, english = message.findtext("source") or "", message.findtext("translation")
        if english and english != source:
            found.add(source)
    catalogue = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    found |= {k for k, v in catalogue.items() if v and v != k}
    # Fragments are too short to tell (' dagen', 'Nee'): only whole, worded strings count.
    return {_normal(s) for s in found if len(_normal(s)) >= 4 and " " in _normal(s)
            or _normal(s) in {"Opslaan", "Sluiten", "Annuleren", "Terug", "Verwijderen",
                              "Afdrukken", "Ontgrendelen", "Volgende", "Vorige", "Voltooien"}}


@pytest.fixture
def english(qapp) -> Iterator[None]:
    with english_interface(qapp):
        yield


# --- collecting -------------------------------------------------------------------------------


def _plain(text: str) -> str:
    if "<" in text:
        text = re.sub(r"<[^>]+>", " ", text)
    return " ".join(html.unescape(text).split())


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a user can see or hear in `root` now."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w is not root and not w.isVisibleTo(root):
            continue
        where = f"{type(w).__name__}:{w.objectName()}"
        if w.isWindow():
            yield where, w.windowTitle()
        yield where, w.toolTip()
        yield where, w.accessibleName()
        if isinstance(w, QTextBrowser):  # read-only views the app writes (the case's timeline,
            # the handbook panel: its quotes of the handbook are taken out in dutch_in)
            for line in w.toPlainText().splitlines():
                yield where, line
        elif isinstance(w, QLabel):
            yield where, _plain(w.text())
        elif isinstance(w, QAbstractButton):
            yield where, w.text()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QLineEdit):
            yield where, w.placeholderText()
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            yield where, w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield where, w.itemText(i)
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield where, w.tabText(i)
                yield where, w.tabToolTip(i)
        elif isinstance(w, QListWidget):
            for i in range(w.count()):
                yield where + "(item)", w.item(i).text()
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model keeps columnCount private: one column
                columns = 1
            for column in range(columns):
                yield where, str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            for row in range(min(model.rowCount(QModelIndex()), 20)):
                for column in range(columns):
                    yield where + "(cell)", str(model.index(row, column).data() or "")
        if isinstance(w, QWizard):
            for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                           QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
                yield where, w.buttonText(button)
            page = w.currentPage()
            if page is not None:
                yield where, page.title()
                yield where, page.subTitle()
        if isinstance(w, QMainWindow):
            for action in w.menuBar().actions():
                yield from _menu_texts(action.text(), action.menu(), where)
        for action in w.actions():
            yield where + "(action)", action.text()
            yield where + "(action)", action.toolTip()
            yield from _menu_texts("", action.menu(), where)


def _menu_texts(title: str, menu: object, where: str) -> Iterator[tuple[str, str]]:
    yield where + "(menu)", title
    if isinstance(menu, QMenu):
        for action in menu.actions():
            yield where + "(menu)", action.text()
            yield from _menu_texts("", action.menu(), where)


@cache
def _handbook_texts() -> tuple[str, ...]:
    """The handbook's pieces and the law notes: quoted beside the interface, in Dutch."""
    from app.content.handbook import handbook
    from app.content.organisations import law_notes

    hb = handbook()
    texts = {" ".join(hb.text(ref).rstrip(";.").split()) for ref in hb.ids()} | {
        " ".join(n.text.split()) for n in law_notes().values()}
    return tuple(sorted(texts, key=len, reverse=True))


@cache
def _meldcode_texts() -> tuple[str, ...]:
    """The meldcode's afwegingskader, quoted on the melding's first page in the KNMG's own
    (Dutch) words: its source, the questions, the norms and closing texts (sentences only, as
    in content_of: a one-word name must not hide a label)."""
    from app.content.meldcode import afwegingskader

    kader = afwegingskader()
    texts = {kader.source, kader.report_without_norm, kader.together_with_veilig_thuis,
             *kader.norms.values()}
    for q in kader.questions:
        texts |= {q.text, q.close_text}
    return tuple(" ".join(t.split()) for t in texts if " " in t.strip())


def dutch_in(texts: Iterator[tuple[str, str]], sources: set[str],
             allowed: tuple[str, ...] = ()) -> list[str]:
    """The texts that are Dutch interface strings, or read as Dutch."""
    found = []
    # Longest first: a short piece of content ('melding') must not break a longer one.
    kept_texts = sorted({*allowed, *KEPT_DUTCH, *_handbook_texts(), *_meldcode_texts()},
                        key=len, reverse=True)
    for where, text in texts:
        if not text:
            continue
        cleaned = " ".join(text.split()) if "\n" not in text else text
        for kept in kept_texts:
            cleaned = cleaned.replace(kept, " ")
        pieces = {_normal(p) for p in re.split(r"\n| — |: |\s{3,}", cleaned)} | {_normal(cleaned)}
        if pieces & sources:
            found.append(f"{where}: {text!r} (untranslated)")
            continue
        if "(cell)" in where or "(item)" in where:
            continue  # a row's data (a client's label, an organisation) is not interface text
        words = {w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]+", cleaned)}
        dutch = words & DUTCH_WORDS
        if len(dutch) >= 2:
            found.append(f"{where}: {text!r} (Dutch words: {sorted(dutch)})")
    return sorted(set(found))


# --- the tests --------------------------------------------------------------------------------


def content_of(*records: object) -> tuple[str, ...]:
    """The case data's own strings (Dutch, typed by the clinician), longest first."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            # a sentence or a name, not a one-word value ('melding') that would hide a label
            if " " in value.strip():
                found.add(" ".join(value.split()))
                found.update(" ".join(p.split()) for p in value.splitlines() if " " in p.strip())
                found.update(p.strip() for p in re.split(r"[\n.;]", value)
                             if " " in p.strip() and len(p.strip()) > 8)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list | tuple):
            for v in value:
                walk(v)

    for record in records:
        walk(record.to_dict() if hasattr(record, "to_dict") else record)
    return tuple(sorted(found, key=len, reverse=True))


@pytest.mark.parametrize(("kind", "make"), WIZARDS, ids=WIZARD_IDS)
def test_every_wizard_page_speaks_english(qtbot, english, window, kind, make):
    sources = dutch_sources()
    wizard = open_wizard(window, kind, make)
    with i18n.in_source_language():  # the record it will store, read back on the last page
        entry = wizard.flow.rules.dossier_entry(wizard.data, wizard.profile, TODAY)
    allowed = content_of(wizard.data, entry)
    found = []
    for page in each_page(qtbot, wizard):
        found += [f"{kind}/{page.spec.id}: {f}"
                  for f in dutch_in(visible_texts(wizard), sources, allowed)]
    wizard.close()
    assert not found, "\n".join(found)


def test_main_window_and_its_dialogs_speak_english(qtbot, english, dossier, monkeypatch):
    """The main window on a finished melding and a draft, then every dialog it opens."""
    sources = dutch_sources()
    shown = populated_window(qtbot, dossier)
    # The case's own Dutch: what the clinician typed, and the record stored at finish.
    allowed = content_of(shown.finished, shown.draft, shown.note,
                         dossier.cases.entries(shown.case_id),
                         [f.note for f in shown.followups], demo.DEMO_PROFILE)
    found = [f"main window: {f}" for f in dutch_in(visible_texts(shown.window), sources,
                                                   allowed)]

    def look_at(dialog: QDialog) -> None:
        # The inzage copy's passages are the copy's own (Dutch) text, shown to be screened.
        copy = [(i.label, i.text, i.proposal) for i in getattr(dialog, "items", [])]
        found.extend(f"{type(dialog).__name__}: {f}"
                     for f in dutch_in(visible_texts(dialog), sources,
                                       content_of(copy) + allowed))

    opened = open_every_dialog(qtbot, shown, monkeypatch, look_at)
    assert MAIN_WINDOW_DIALOGS <= set(opened)
    assert not found, "\n".join(found)


def test_the_start_dialogs_speak_english(qtbot, english, dossier, tmp_path):
    sources = dutch_sources()
    found = []
    for dialog in start_dialogs(qtbot, dossier, tmp_path):
        dialog.show()
        settle(qtbot)
        found += [f"{type(dialog).__name__}: {f}"
                  for f in dutch_in(visible_texts(dialog), sources)]
        dialog.close()
    assert not found, "\n".join(found)


def test_the_check_finds_the_dutch_interface(qtbot, window):
    """The detector itself: in Dutch, the same window is full of Dutch interface text."""
    assert len(dutch_in(visible_texts(window), dutch_sources())) > 5
