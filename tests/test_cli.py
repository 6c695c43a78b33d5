"""The command line, run as a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from app.vault.sql import PLAIN_SQLITE_HEADER
from tests.pdfcheck import flat, pdf_text

PASS = "demo wachtwoord met ‘quote’; en ë"


def run(*args: str, passphrase: str | None = PASS, env_extra: dict | None = None):
    env = {**os.environ, **(env_extra or {})}
    env.pop("DEELWIJZER_PASSPHRASE", None)
    if passphrase is not None:
        env["DEELWIJZER_PASSPHRASE"] = passphrase
    return subprocess.run([sys.executable, "-m", "ui.entry", *args], capture_output=True,
                          text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)


def test_version():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("Deelwijzer ")


def test_demo_writes_encrypted_dossier_and_valid_melding_pdf(tmp_path: Path):
    out = tmp_path / "demo"
    result = run("demo", "--out", str(out))
    assert result.returncode == 0, result.stderr
    db = (out / "demo.db").read_bytes()
    assert not db.startswith(PLAIN_SQLITE_HEADER)
    assert b"Veilig Thuis" not in db and "cliënte".encode() not in db
    pdf = (out / "melding.pdf").read_bytes()
    assert len(PdfReader(out / "melding.pdf").pages) >= 1
    text = flat(pdf_text(pdf))
    assert "Melding van een vermoeden van kindermishandeling" in text
    assert "toestemming geweigerd" in text

    request = flat(pdf_text((out / "informatieverstrekking.pdf").read_bytes()))
    assert "Informatieverstrekking als informant" in request
    assert "deze informatie is niet actueel" in request

    for name, title in (("overleg.pdf", "Verslag van overleg"),
                        ("ander-doel.pdf", "Uw verzoek om informatie voor een ander doel"),
                        ("dossierverslag.pdf", "Dossierverslag"),
                        ("inzage.pdf", "Afschrift van uw dossier")):
        assert title in flat(pdf_text((out / name).read_bytes())), name

    inzage = flat(pdf_text((out / "inzage.pdf").read_bytes()))
    assert "Koster" not in inzage and "Afgeschermd" in inzage  # the GP stays anonymous

    verify = run("verify", "--db", str(out / "demo.db"))
    assert verify.returncode == 0, verify.stderr
    assert "in orde: 4 casus" in verify.stdout


def test_wrong_passphrase_exits_nonzero_with_only_the_dutch_message(tmp_path: Path):
    out = tmp_path / "demo"
    assert run("demo", "--out", str(out)).returncode == 0
    before = (out / "demo.db").read_bytes()
    result = run("--db", str(out / "demo.db"), "verify", passphrase="fout")
    assert result.returncode != 0
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        "Het wachtwoord klopt niet. Het dossier is niet geopend en niet gewijzigd. "
        "Let op hoofdletters en de toetsenbordinstelling, en probeer het opnieuw."]
    assert (out / "demo.db").read_bytes() == before


def test_db_from_environment(tmp_path: Path):
    out = tmp_path / "demo"
    assert run("demo", "--out", str(out)).returncode == 0
    result = run("verify", env_extra={"DEELWIJZER_DB": str(out / "demo.db")})
    assert result.returncode == 0, result.stderr


def test_verify_detects_damage(tmp_path: Path):
    out = tmp_path / "demo"
    assert run("demo", "--out", str(out)).returncode == 0
    raw = bytearray((out / "demo.db").read_bytes())
    raw[len(raw) // 2] ^= 0x55  # a later page
    (out / "demo.db").write_bytes(bytes(raw))
    result = run("verify", "--db", str(out / "demo.db"))
    assert result.returncode != 0
    # Found by the checks, or already when opening, depending on which page was hit.
    assert "NIET in orde" in result.stdout or "is beschadigd" in result.stderr
    assert "Traceback" not in result.stderr
    assert "wachtwoord klopt niet" not in result.stdout + result.stderr


def test_not_a_dossier_message(tmp_path: Path):
    bogus = tmp_path / "x.db"
    bogus.write_bytes(b"dit is geen dossier" * 10)
    result = run("verify", "--db", str(bogus))
    assert result.returncode != 0
    assert "geen Deelwijzer-dossier" in result.stderr


def test_no_passphrase_without_terminal(tmp_path: Path):
    result = run("verify", "--db", str(tmp_path / "x.db"), passphrase=None)
    assert result.returncode != 0
    assert "DEELWIJZER_PASSPHRASE" in result.stderr or "geen dossier" in result.stderr.lower()


def lint(text: str, *args: str):
    env = {k: v for k, v in os.environ.items() if k != "DEELWIJZER_PASSPHRASE"}
    return subprocess.run([sys.executable, "-m", "ui.entry", "lint", *args], input=text,
                          capture_output=True, text=True, env=env, timeout=60)


def test_lint_prints_one_json_object_per_finding_and_exits_1():
    import json
    text = "Cliënte komt wekelijks.\nZij is een liefdevolle moeder. Een OTS lijkt mij nodig."
    result = lint(text)
    assert result.returncode == 1, result.stderr
    findings = [json.loads(line) for line in result.stdout.splitlines()]
    assert [f["rule"] for f in findings] == ["oordeel.opvoeder", "oordeel.maatregel"]
    first = findings[0]
    assert text[first["span"][0]:first["span"][1]] == first["text"] == \
        "Zij is een liefdevolle moeder"
    assert first["explanation"] and first["suggestion"] and first["ref"] == "6.4"


def test_lint_exits_0_on_factual_text():
    result = lint("Cliënte verschijnt bijna altijd op de gemaakte afspraken.")
    assert result.returncode == 0 and result.stdout == ""


def test_lint_reports_hearsay_for_own_observation():
    result = lint("Volgens de school komt D. vaak te laat.", "--eigen-waarneming")
    assert result.returncode == 1 and '"bron.hoorzeggen"' in result.stdout


def test_lint_reads_invalid_utf8_without_crashing():
    env = {k: v for k, v in os.environ.items() if k != "DEELWIJZER_PASSPHRASE"}
    result = subprocess.run([sys.executable, "-m", "ui.entry", "lint"],
                            input=b"Zij is een liefdevolle moeder." + b"\xff\xfe\x80",
                            capture_output=True, env=env, timeout=60)
    assert result.returncode == 1, result.stderr
    assert b"liefdevolle moeder" in result.stdout


def test_lint_direct_speech_heard_by_the_clinician_is_not_hearsay():
    result = lint("In het gesprek zei P.: ‘ik sla hem nooit’.", "--eigen-waarneming")
    assert result.returncode == 0, result.stdout
    result = lint("P. vertelde dat vader hem sloeg.", "--eigen-waarneming")
    assert result.returncode == 1 and '"bron.hoorzeggen"' in result.stdout
