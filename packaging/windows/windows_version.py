"""The version resource of deelwijzer.exe (Explorer: Properties > Details), from app.__version__.

Written at build time by packaging/deelwijzer.spec on Windows, in PyInstaller's version-file
format, so the number is kept in one place.
"""

from __future__ import annotations

from pathlib import Path

TEMPLATE = """VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple}, prodvers={tuple}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('041304B0', [
      StringStruct('CompanyName', 'Deelwijzer'),
      StringStruct('FileDescription', 'Deelwijzer'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'deelwijzer'),
      StringStruct('OriginalFilename', 'deelwijzer.exe'),
      StringStruct('ProductName', 'Deelwijzer'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [0x0413, 1200, 0x0409, 1200])])
  ]
)
"""


def write_version_file(version: str, path: Path) -> str:
    numbers = [int(part) for part in version.split(".")[:3] if part.isdigit()]
    numbers += [0] * (4 - len(numbers))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(TEMPLATE.format(tuple=tuple(numbers), version=version), encoding="utf-8")
    return str(path)
