"""Build the Debian package from the one-folder program (make package).

    python packaging/linux/build_deb.py build/dist/deelwijzer build/deelwijzer_0.1.0_amd64.deb

The program goes to /opt/deelwijzer, with /usr/bin/deelwijzer as a link to it, a .desktop
entry and the icon in the hicolor sizes. Its Depends are read off the program itself: every
shared library a binary in it needs that the program does not carry is looked up with
`dpkg -S`, so the package declares exactly the system libraries Qt and Python load (xcb,
xkbcommon, EGL, fontconfig, D-Bus, CUPS, …) — on the build machine they must therefore be
installed (the script stops and names what is missing). glibc: the PySide6 6.11 wheels are
manylinux_2_34, so at least libc6 (>= 2.34); the package declares the newest glibc symbol any
binary in it needs, which is the build machine's when its Python links against more (built on
Ubuntu 22.04: 2.35, which Debian 12 and Ubuntu 22.04 and later have).

No maintainer scripts: dpkg's triggers for the icon theme and the desktop database do what
postinst would, and removal deletes exactly the files the package installed — never anything
in a user's home, where the dossier lives.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
MIN_GLIBC = "2.34"  # the PySide6 wheels' manylinux_2_34; the build machine may need more
# Set to the practice-support address of whoever distributes the package.
MAINTAINER = "Deelwijzer <support@deelwijzer.invalid>"

DESKTOP = """[Desktop Entry]
Type=Application
Name=Deelwijzer
GenericName=Informatie delen bij kindermishandeling
GenericName[en]=Sharing information on suspected child abuse
Comment=Stap voor stap informatie delen met Veilig Thuis, de GI en de Raad
Comment[en]=Step by step through sharing information with Veilig Thuis, the GI and the Raad
Exec=/usr/bin/deelwijzer
Icon=deelwijzer
Terminal=false
Categories=Office;MedicalSoftware;
Keywords=Veilig Thuis;meldcode;kindermishandeling;dossier;
StartupWMClass=deelwijzer
"""

COPYRIGHT = """Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Deelwijzer
Comment: The program in /opt/deelwijzer carries the components listed, with their
 versions, licences and what they are used for, in its Help > About window (Qt, PySide6,
 SQLCipher, OpenSSL, ICU, argon2-cffi, cryptography, ReportLab, Pillow and the image
 libraries it carries, PDFium, pikepdf/qpdf, python-bidi, HarfBuzz, Pyphen, zxcvbn,
 platformdirs, Python, the DejaVu fonts, the handbook text and the word lists).

Files: *
Copyright: Deelwijzer
License: not-yet-chosen
 Deelwijzer's own licence has not been chosen by its publisher yet; until it is, no
 licence to redistribute Deelwijzer itself is granted by this package.

Files: opt/deelwijzer/_internal/PySide6/*
Copyright: The Qt Company Ltd. and other contributors
License: LGPL-3.0-only
 On Debian systems the full text is in /usr/share/common-licenses/LGPL-3.
"""

class BuildError(Exception):
    pass


def _elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def _needed(binary: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(binary)], capture_output=True, text=True).stdout
    return [line.split("[", 1)[1].rstrip("]") for line in out.splitlines()
            if "(NEEDED)" in line]


def glibc_needed(program: Path) -> str:
    """The newest glibc symbol version any binary in the program asks for: the Python built
    on this machine links against its glibc, so the package can need more than the wheels."""
    newest = tuple(int(n) for n in MIN_GLIBC.split("."))
    for binary in _elf_files(program):
        out = subprocess.run(["readelf", "-V", str(binary)], capture_output=True,
                             text=True).stdout
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", out):
            newest = max(newest, (int(major), int(minor)))
    return ".".join(str(n) for n in newest)


def _system_library_paths() -> dict[str, str]:
    """soname → path, as the dynamic loader finds them (x86-64 entries first)."""
    out = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True).stdout
    paths: dict[str, str] = {}
    for line in out.splitlines()[1:]:
        name, _, rest = line.strip().partition(" (")
        if "=>" in rest:
            paths.setdefault(name, rest.split("=>", 1)[1].strip())
    return paths


def depends(program: Path) -> list[str]:
    """The Debian packages that provide every library the program needs and does not carry."""
    carried = {p.name for p in program.rglob("*")}
    system = _system_library_paths()
    missing: set[str] = set()
    packages: set[str] = set()
    seen: set[str] = set()
    for binary in _elf_files(program):
        for soname in _needed(binary):
            if soname in carried or soname in seen:
                continue
            seen.add(soname)
            path = system.get(soname)
            if path is None:
                missing.add(f"{soname} (needed by {binary.relative_to(program)})")
                continue
            owner = subprocess.run(["dpkg", "-S", os.path.realpath(path)],
                                   capture_output=True, text=True)
            if owner.returncode != 0:
                owner = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True)
            if owner.returncode != 0:
                missing.add(f"{soname} ({path} belongs to no package)")
                continue
            packages.add(owner.stdout.split(":", 1)[0].strip())
    if missing:
        raise BuildError("System libraries the program needs are not installed here; install "
                         "them first so the package can declare them:\n  "
                         + "\n  ".join(sorted(missing)))
    packages.discard("libc6")
    return [f"libc6 (>= {glibc_needed(program)})", *sorted(packages)]


def _copy_tree(source: Path, target: Path) -> None:
    shutil.copytree(source, target, symlinks=True)
    for path in [target, *target.rglob("*")]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        if path.is_dir() or mode & stat.S_IXUSR:
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def build(program: Path, output: Path, version: str) -> Path:
    """The .deb at `output`; the staging folder is rebuilt beside it each time."""
    if not (program / "deelwijzer").is_file():
        raise BuildError(f"{program} holds no deelwijzer program; run pyinstaller first")
    staging = output.parent / "deb-root"
    shutil.rmtree(staging, ignore_errors=True)
    _copy_tree(program, staging / "opt" / "deelwijzer")
    (staging / "usr" / "bin").mkdir(parents=True)
    os.symlink("/opt/deelwijzer/deelwijzer", staging / "usr" / "bin" / "deelwijzer")
    _write(staging / "usr/share/applications/deelwijzer.desktop", DESKTOP)
    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        target = staging / f"usr/share/icons/hicolor/{size}x{size}/apps/deelwijzer.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(icons / f"deelwijzer-{size}.png", target)
        target.chmod(0o644)
    svg = staging / "usr/share/icons/hicolor/scalable/apps/deelwijzer.svg"
    svg.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(icons / "deelwijzer.svg", svg)
    svg.chmod(0o644)
    _write(staging / "usr/share/doc/deelwijzer/copyright", COPYRIGHT)
    for folder in [staging, *staging.rglob("*")]:
        if folder.is_dir() and not folder.is_symlink():
            folder.chmod(0o755)
    size_kb = sum(p.lstat().st_size for p in staging.rglob("*")) // 1024
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    control = f"""Package: deelwijzer
Version: {version}
Architecture: {arch}
Maintainer: {MAINTAINER}
Installed-Size: {size_kb}
Depends: {", ".join(depends(program))}
Section: misc
Priority: optional
Description: guide for sharing information on suspected child abuse (Dutch)
 Deelwijzer guides Dutch mental-health clinicians through the national
 handbook on sharing information about suspected child abuse with Veilig
 Thuis, the gecertificeerde instellingen and the Raad voor de
 Kinderbescherming, keeps an encrypted dossier on this computer and makes
 the letters to send. Its interface is Dutch, with English available.
"""
    _write(staging / "DEBIAN" / "control", control)
    (staging / "DEBIAN").chmod(0o755)
    output.unlink(missing_ok=True)
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zzstd", "--build", str(staging),
                    str(output)], check=True, stdout=subprocess.DEVNULL)
    return output


def main() -> int:
    parser = argparse.ArgumentParser(description="Build the Deelwijzer .deb")
    parser.add_argument("program", type=Path, help="the one-folder program (dist/deelwijzer)")
    parser.add_argument("output", type=Path, help="the .deb to write")
    parser.add_argument("--version", default="")
    args = parser.parse_args()
    version = args.version
    if not version:
        sys.path.insert(0, str(ROOT))
        from app import __version__ as version
    try:
        deb = build(args.program, args.output, version)
    except BuildError as exc:
        print(f"build_deb: {exc}", file=sys.stderr)
        return 1
    print(f"{deb} ({deb.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
