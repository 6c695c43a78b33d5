"""Compile the NSIS installer and run its silent install and uninstall under wine.

    python packaging/windows/wine_test.py build/dist/deelwijzer

The payload is the Linux one-folder program, a stand-in: what is tested is the installer
itself — where it installs (per user without admin rights, per machine with /ALLUSERS), the
Start-menu entry, the uninstall registry key with its version, and that the uninstaller
removes the program and its entries and leaves the user's data folder (the dossier) alone.
The real Windows program is built and smoke-tested on Windows (.github/workflows/package.yml).
Needs makensis and wine64 (Debian: nsis, wine, wine64); each run makes a fresh wine prefix.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
WINE = next((w for w in ("/usr/lib/wine/wine64", shutil.which("wine64") or "") if
             w and Path(w).exists()), "")
WINESERVER = next((w for w in ("/usr/lib/wine/wineserver64", shutil.which("wineserver") or "")
                   if w and Path(w).exists()), "")
KEY = r"Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Deelwijzer"


class WineFailure(Exception):
    pass


def compile_installer(payload: Path, version: str, output: Path, exe: str) -> Path:
    subprocess.run(["makensis", "-V2", "-DFAST", f"-DPAYLOAD={payload.resolve()}",
                    f"-DVERSION={version}",
                    f"-DEXE={exe}", f"-DOUTFILE={output.resolve()}",
                    str(HERE / "deelwijzer.nsi")], check=True, timeout=600)
    return output


def _wine(prefix: Path, *argv: str) -> int:
    env = {**os.environ, "WINEPREFIX": str(prefix), "WINEDEBUG": "-all",
           "WINEDLLOVERRIDES": "mscoree,mshtml="}  # no Mono/Gecko download prompts
    code = subprocess.run([WINE, *argv], env=env, timeout=600, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL).returncode
    subprocess.run([WINESERVER, "-w"], env=env, timeout=600)  # the uninstaller runs detached
    return code


def _registry_block(prefix: Path, hive: str) -> str:
    """The uninstall key's block in wine's registry file (user.reg: HKCU, system.reg: HKLM)."""
    text = (prefix / hive).read_text(encoding="utf-8", errors="replace")
    start = text.find(f"[{KEY}]")
    if start < 0:
        return ""
    end = text.find("\n[", start + 1)
    return text[start:end if end > 0 else None]


def _digest(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(folder)).encode() + p.read_bytes())
    return h.hexdigest()


def check_scope(installer: Path, version: str, exe: str, all_users: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="deelwijzer-wine-") as tmp:
        prefix = Path(tmp) / "prefix"
        if _wine(prefix, "wineboot", "--init") != 0:
            raise WineFailure("wineboot failed")
        user = prefix / "drive_c" / "users" / os.environ.get("USER", "root")
        if not user.exists():
            user = next(p for p in (prefix / "drive_c" / "users").iterdir() if p.name != "Public")
        if all_users:
            folder = prefix / "drive_c" / "Program Files" / "Deelwijzer"
            menu = prefix / "drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs"
            hive = "system.reg"
        else:
            folder = user / "AppData" / "Local" / "Programs" / "Deelwijzer"
            menu = user / "AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
            hive = "user.reg"
        data = user / "AppData" / "Local" / "Deelwijzer"  # platformdirs' user_data_dir
        data.mkdir(parents=True)
        (data / "dossier.db").write_bytes(os.urandom(4096))
        (data / "reservekopieen").mkdir()
        (data / "reservekopieen" / "dossier-1.db").write_bytes(os.urandom(2048))
        before = _digest(data)
        scope = "per machine" if all_users else "per user"
        argv = [str(installer), "/S"] + (["/ALLUSERS"] if all_users else [])
        if _wine(prefix, *argv) != 0:
            raise WineFailure(f"{scope}: the silent install failed")
        for needed in (folder / exe, folder / "_internal", folder / "uninstall.exe",
                       menu / "Deelwijzer.lnk"):
            if not needed.exists():
                raise WineFailure(f"{scope}: {needed.relative_to(prefix)} not installed")
        block = _registry_block(prefix, hive)
        for value in (f'"DisplayVersion"="{version}"', '"DisplayName"="Deelwijzer"',
                      '"QuietUninstallString"', "uninstall.exe"):
            if value not in block:
                raise WineFailure(f"{scope}: uninstall key lacks {value}:\n{block}")
        print(f"ok   {scope}: installed in {folder.relative_to(prefix)}, uninstall key in "
              f"{'HKLM' if all_users else 'HKCU'}")
        if _wine(prefix, str(folder / "uninstall.exe"), "/S") != 0:
            raise WineFailure(f"{scope}: the silent uninstall failed")
        if folder.exists() or (menu / "Deelwijzer.lnk").exists():
            raise WineFailure(f"{scope}: left after uninstall: "
                              f"{[str(p) for p in folder.rglob('*')][:5]}")
        if _registry_block(prefix, hive):
            raise WineFailure(f"{scope}: the uninstall key is still there")
        if _digest(data) != before:
            raise WineFailure(f"{scope}: the uninstaller touched the user's data folder")
        print(f"ok   {scope}: uninstalled; the dossier folder untouched")


def main() -> int:
    payload = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "build/dist/deelwijzer")
    if not (shutil.which("makensis") and WINE and WINESERVER):
        print("wine_test: needs makensis and wine64 (apt-get install nsis wine wine64)",
              file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    from app import __version__

    exe = "deelwijzer.exe" if (payload / "deelwijzer.exe").exists() else "deelwijzer"
    installer = compile_installer(payload, __version__,
                                  ROOT / "build" / f"Deelwijzer-{__version__}-setup.exe", exe)
    print(f"ok   compiled {installer.name} ({installer.stat().st_size / 1e6:.1f} MB)")
    try:
        for all_users in (False, True):
            check_scope(installer, __version__, exe, all_users)
    except WineFailure as failure:
        print(f"FAIL {failure}", file=sys.stderr)
        return 1
    print("installer test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
