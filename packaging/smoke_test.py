"""Smoke test of a built Deelwijzer program, run as a user would run it.

    python packaging/smoke_test.py build/dist/deelwijzer/deelwijzer    # the one-folder program
    python packaging/smoke_test.py /usr/bin/deelwijzer                  # after installing the .deb

Each step runs under a timeout (an uncaught error must never leave a hung process), in a fresh
home folder, offscreen: `--version`; `selftest` (every optional part used once: PDF preview
renderer, Arabic/Hebrew shaping, hyphenation, passphrase strength, SQLCipher, Argon2); `demo`
(the encrypted dossier and its PDFs); `verify` on that dossier; the GUI to its first window for
a new user (create) and for an existing dossier (unlock), closing itself on a timer. Stderr
must be empty but for the allow-list below. Exit status 0 when every step passed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

TIMEOUT_S = 120
# What may appear on stderr, each with why it is harmless.
ALLOWED_STDERR = [
    # Qt's offscreen platform cannot pass window size hints on; there is no window manager.
    re.compile(r"This plugin does not support propagateSizeHints\(\)"),
    # Offscreen has no screen to read a DPI or colour scheme from.
    re.compile(r"This plugin does not support (setParent|raise|grabbing the keyboard)"),
    # No D-Bus session in a container or CI: the desktop portal theme cannot ask for dark mode.
    re.compile(r"qt\.qpa\.theme\.gnome|portal|org\.freedesktop", re.IGNORECASE),
]


class SmokeFailure(Exception):
    pass


def _unexpected(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines()
            if line.strip() and not any(a.search(line) for a in ALLOWED_STDERR)]


def run_step(name: str, argv: list[str], env: dict[str, str], expect: str = "",
             code: int = 0) -> str:
    """One step; its stdout when it passed. Raises SmokeFailure with the reason."""
    try:
        result = subprocess.run(argv, env=env, capture_output=True, text=True,
                                timeout=TIMEOUT_S, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise SmokeFailure(f"{name}: no answer after {TIMEOUT_S} s (hung)") from None
    if result.returncode != code:
        raise SmokeFailure(f"{name}: exit {result.returncode}\n{result.stdout}{result.stderr}")
    if expect and not re.search(expect, result.stdout):
        raise SmokeFailure(f"{name}: {expect!r} not in output:\n{result.stdout}")
    noise = _unexpected(result.stderr)
    if noise:
        raise SmokeFailure(f"{name}: unexpected stderr:\n" + "\n".join(noise))
    print(f"ok   {name}", flush=True)
    return result.stdout


def smoke(program: str, version: str, cli: str = "") -> None:
    """`program` is what a user starts; `cli` the console program for the command line and
    the GUI report (Windows: deelwijzer-cli.exe, as deelwijzer.exe has no stdout)."""
    windowed, program = program, cli or program
    with tempfile.TemporaryDirectory(prefix="deelwijzer-smoke-") as tmp:
        home = Path(tmp)
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home),
               "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
               "XDG_STATE_HOME": str(home / "state"), "XDG_CACHE_HOME": str(home / "cache"),
               "QT_QPA_PLATFORM": "offscreen", "DEELWIJZER_LANG": "nl",
               "LANG": "C.UTF-8",  # a desktop session always has a UTF-8 locale
               "DEELWIJZER_PASSPHRASE": "rook-test-wachtwoord-2026"}
        if "SYSTEMROOT" in os.environ:  # Windows needs it to start any program
            env["SYSTEMROOT"] = os.environ["SYSTEMROOT"]
        run_step("--version", [program, "--version"], env, rf"Deelwijzer {re.escape(version)}")
        said = run_step("selftest", [program, "selftest"], env, r"goed +documenten \(PDF\)")
        # The installers ship the judgement check compiled (tools/build_compiled.py).
        if "oordelencontrole werkt (gecompileerd)" not in said:
            raise SmokeFailure(f"selftest: the judgement check is not compiled:\n{said}")
        print("ok   selftest: the judgement check is compiled", flush=True)
        out = home / "demo"
        run_step("demo", [program, "demo", "--out", str(out)], env, r"Demodossier gemaakt")
        pdfs = sorted(p.name for p in out.glob("*.pdf"))
        if len(pdfs) < 4 or any(not (out / p).read_bytes().startswith(b"%PDF") for p in pdfs):
            raise SmokeFailure(f"demo: expected at least four PDFs, found {pdfs}")
        if (out / "demo.db").read_bytes()[:16] == b"SQLite format 3\x00":
            raise SmokeFailure("demo: the dossier is not encrypted")
        print(f"ok   demo wrote {', '.join(pdfs)}")
        run_step("verify", [program, "--db", str(out / "demo.db"), "verify"], env,
                 r"(?i)in orde|geen problemen|ok")
        gui = {**env, "DEELWIJZER_SMOKE_QUIT_MS": "1500"}
        run_step("first window, new user", [program], gui,
                 r"smoke: first window shown: Deelwijzer — nieuw dossier")
        run_step("first window, unlock", [program, "--db", str(out / "demo.db")], gui,
                 r"smoke: first window shown: Deelwijzer — dossier ontgrendelen")
        if windowed != program:
            run_step("window program starts and closes", [windowed], gui)
        user_files = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())
        print(f"ok   files written in the user's folders: {len(user_files)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("program")
    parser.add_argument("--version", default="", help="the version --version must print")
    parser.add_argument("--cli", default="", help="the console program, where it is another")
    args = parser.parse_args()
    version = args.version
    if not version:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from app import __version__ as version
    try:
        smoke(args.program, version, args.cli)
    except SmokeFailure as failure:
        print(f"FAIL {failure}", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
