"""Recovery code, passphrase change (atomic), passphrase strength, and their dialogs."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from app.checks import strength
from app.errors import WrongPassphrase
from app.vault import recovery
from app.vault.dossier import Dossier
from app.vault.paths import envelope_path

OLD, NEW = "oude zin met vier woorden", "nieuwe zin met vijf echte woorden"


@pytest.fixture
def dossier(db_path):
    d = Dossier.create(db_path, OLD)
    d.cases.create("melding", {"x": 1}, "Y.")
    yield d
    d.close()


def test_code_round_trips_and_catches_typos():
    key = os.urandom(32)
    code = recovery.encode(key)
    assert len(code.split("-")) == 9
    assert recovery.decode(code.lower().replace("-", " ")) == key
    assert recovery.decode(code.replace("0", "O").replace("1", "I")) == key  # misreadings
    typo = code[:3] + ("A" if code[3] != "A" else "B") + code[4:]
    with pytest.raises(recovery.RecoveryCodeInvalid) as info:
        recovery.decode(typo)
    assert "controlegetal" in info.value.message or "klopt niet" in info.value.message
    with pytest.raises(recovery.RecoveryCodeInvalid):
        recovery.decode("ABC")


def test_code_opens_the_dossier_even_without_its_envelope(dossier):
    code = recovery.code_for(dossier)
    path = dossier.path
    dossier.close()
    envelope_path(path).unlink()
    with recovery.open_with_code(path, code) as d:
        assert d.cases.count() == 1
        recovery.set_passphrase(d, NEW)
    with Dossier.open(path, NEW) as d:
        assert d.cases.count() == 1
    with pytest.raises(WrongPassphrase):
        Dossier.open(path, OLD)


def test_code_of_another_dossier_is_refused(dossier, tmp_path):
    other = Dossier.create(tmp_path / "ander.db", "x")
    code = recovery.code_for(other)
    other.close()
    path = dossier.path
    dossier.close()
    with pytest.raises(recovery.RecoveryCodeInvalid) as info:
        recovery.open_with_code(path, code)
    assert "hoort niet bij dit dossier" in info.value.message


def test_change_passphrase_needs_the_old_one(dossier):
    with pytest.raises(WrongPassphrase):
        recovery.change_passphrase(dossier, "fout", NEW)
    recovery.change_passphrase(dossier, OLD, NEW)
    path = dossier.path
    dossier.close()
    Dossier.open(path, NEW).close()
    with pytest.raises(WrongPassphrase):
        Dossier.open(path, OLD)


def test_interrupted_change_leaves_the_old_passphrase_working(dossier, monkeypatch):
    import app.vault.fsutil as fsutil

    def broken_replace(src, dst):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(fsutil.os, "replace", broken_replace)
    with pytest.raises(Exception):  # noqa: B017 - any failure; what matters is what opens
        recovery.change_passphrase(dossier, OLD, NEW)
    monkeypatch.undo()
    path = dossier.path
    dossier.close()
    Dossier.open(path, OLD).close()
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


CHANGER = r"""
import sys
from app.vault import keys
keys.DEFAULT_KDF = keys.KdfParams(1, 8, 1)
from app.vault import recovery
from app.vault.dossier import Dossier
a, b = sys.argv[2], sys.argv[3]
d = Dossier.open(sys.argv[1], a)
current = a
while True:
    nxt = b if current == a else a
    recovery.change_passphrase(d, current, nxt)
    current = nxt
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_passphrase_change_killed_at_random_moments_never_locks_out(db_path):
    a, b = "eerste zin van vier woorden", "tweede zin van vier woorden"
    Dossier.create(db_path, a).close()
    rng = random.Random(99)
    for _ in range(50):
        proc = subprocess.Popen([sys.executable, "-c", CHANGER, str(db_path), a, b],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.22, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        opened = []
        for candidate in (a, b):
            try:
                Dossier.open(db_path, candidate).close()
                opened.append(candidate)
            except WrongPassphrase:
                pass
        assert len(opened) == 1, opened  # one of the two always opens
        if opened[0] == b:
            a, b = b, a


def test_weak_passphrases_are_refused_with_advice():
    assert strength.weakness("Praktijk2024!")  # strong in English word lists, not in Dutch
    assert strength.weakness("wachtwoord1234")
    assert strength.weakness("praktijkdelinde1", ["Praktijk De Linde"]) != ""
    assert strength.score("DeVries2024!!", ["de Vries"]) < strength.score("DeVries2024!!")
    assert strength.weakness("paarden eten graag wortels") == ""
    assert "zin van vier" in strength.weakness("welkom01")
    assert isinstance(strength.weakness("kort en " + "a" * 300), str)  # over 72: still scored


def test_unicode_and_awkward_passphrases_work_through_the_change(dossier):
    for passphrase in ("zin met ‘quotes’; en emoji 🔐 en ë", "x\\'; DROP TABLE cases;--" * 3,
                       "lang " * 40):
        recovery.set_passphrase(dossier, passphrase)
        path = dossier.path
        # Beside the open dossier only a read-only open is allowed (one writer at a time).
        Dossier.open(path, passphrase, read_only=True).close()


def test_recovery_code_dialog_needs_confirmation(qtbot, dossier):
    from ui.recovery_dialogs import RecoveryCodeDialog
    dialog = RecoveryCodeDialog(recovery.code_for(dossier), dossier.path)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.show()
    dialog.reject()  # Escape does not close it before the code is kept
    assert dialog.isVisible()
    dialog.kept.setChecked(True)
    assert ok.isEnabled()


def test_recover_dialog_sets_a_new_passphrase(qtbot, dossier):
    from ui.recovery_dialogs import RecoverDialog
    code = recovery.code_for(dossier)
    path = dossier.path
    dossier.close()
    dialog = RecoverDialog(path)
    qtbot.addWidget(dialog)
    dialog.code.setText(code)
    dialog.first.setText("paarden eten graag wortels")
    dialog.second.setText("paarden eten graag wortels")
    with qtbot.waitSignal(dialog.opened, timeout=10000):
        dialog.submit()
    dialog.dossier.close()
    Dossier.open(path, "paarden eten graag wortels").close()


def test_change_passphrase_dialog(qtbot, dossier):
    from ui.recovery_dialogs import ChangePassphraseDialog
    dialog = ChangePassphraseDialog(dossier)
    qtbot.addWidget(dialog)
    dialog.old.setText("fout")
    dialog.first.setText("wachtwoord12345")
    dialog.second.setText("wachtwoord12345")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert "makkelijk te raden" in dialog.message.text()
    dialog.first.setText("paarden eten graag wortels")
    dialog.second.setText("paarden eten graag wortels")
    dialog.submit()
    qtbot.waitUntil(lambda: "klopt niet" in dialog.message.text(), timeout=10000)
    dialog.old.setText(OLD)
    with qtbot.waitSignal(dialog.opened, timeout=10000):
        dialog.submit()
    path = dossier.path
    dossier.close()
    Dossier.open(path, "paarden eten graag wortels").close()


def test_the_printed_and_shown_code_never_breaks_inside_a_group(tmp_path):
    """An outside walk printed the sheet and found '…-BR' / '8TDC-…': the code is laid out in
    three lines of three groups, on paper and on screen, and reads back whole."""
    from datetime import date

    from app.documents.herstelcode import code_lines, herstelcode_pdf
    from app.vault.recovery import decode, encode
    from tests.pdfcheck import pdf_text

    code = encode(bytes(range(32)))
    lines = code_lines(code)
    assert len(lines) == 3 and all(len(line.rstrip("-").split("-")) == 3 for line in lines)
    assert decode("\n".join(lines)) == bytes(range(32))
    text = pdf_text(herstelcode_pdf(code, {}, tmp_path / "dossier.db", date(2026, 12, 1)))
    printed = [line.strip() for line in text.splitlines() if line.strip() in lines]
    assert printed == lines, text
