"""Install the .deb, smoke-test the installed program, remove it, check nothing is left.

    sudo python packaging/linux/deb_test.py build/deelwijzer_0.1.0_amd64.deb

Needs root (dpkg). A user's dossier made before the install (in a home folder of its own) must
come out of install, use and removal byte for byte the same: the package never touches a
user's data, and removing it never removes a dossier.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
INSTALLED = [Path("/opt/deelwijzer"), Path("/usr/bin/deelwijzer"),
             Path("/usr/share/applications/deelwijzer.desktop"),
             Path("/usr/share/icons/hicolor/48x48/apps/deelwijzer.png"),
             Path("/usr/share/icons/hicolor/scalable/apps/deelwijzer.svg"),
             Path("/usr/share/doc/deelwijzer")]


def _digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _run(argv: list[str], **kwargs: object) -> None:
    print("$", " ".join(argv), flush=True)
    subprocess.run(argv, check=True, timeout=300, **kwargs)  # type: ignore[call-overload]


def main() -> int:
    deb = Path(sys.argv[1]).resolve()
    if os.geteuid() != 0:
        print("deb_test: needs root (dpkg -i)", file=sys.stderr)
        return 2
    if Path("/opt/deelwijzer").exists():
        print("deb_test: /opt/deelwijzer exists already; remove Deelwijzer first",
              file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="deelwijzer-user-") as tmp:
        home = Path(tmp)
        user_dossier = home / "data" / "Deelwijzer"
        _run(["dpkg", "-i", str(deb)], stdout=subprocess.DEVNULL)
        try:
            missing = [str(p) for p in INSTALLED if not p.exists()]
            if missing:
                print(f"FAIL not installed: {missing}", file=sys.stderr)
                return 1
            if os.readlink("/usr/bin/deelwijzer") != "/opt/deelwijzer/deelwijzer":
                print("FAIL /usr/bin/deelwijzer does not point to /opt", file=sys.stderr)
                return 1
            env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
                   "DEELWIJZER_PASSPHRASE": "gebruiker-dossier-2026", "LANG": "C.UTF-8"}
            _run(["/usr/bin/deelwijzer", "demo", "--out", str(user_dossier)], env=env,
                 stdout=subprocess.DEVNULL)
            before = _digest(home)
            _run([sys.executable, str(HERE.parent / "smoke_test.py"), "/usr/bin/deelwijzer"])
        finally:
            _run(["dpkg", "-r", "deelwijzer"], stdout=subprocess.DEVNULL)
        left = [str(p) for p in INSTALLED if p.exists() or p.is_symlink()]
        if left:
            print(f"FAIL left after dpkg -r: {left}", file=sys.stderr)
            return 1
        if _digest(home) != before or not (user_dossier / "demo.db").exists():
            print("FAIL the user's dossier changed or vanished", file=sys.stderr)
            return 1
    print("deb test passed: installed, smoke-tested, removed; the user's dossier untouched")
    return 0


if __name__ == "__main__":
    sys.exit(main())
