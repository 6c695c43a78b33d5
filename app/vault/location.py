"""Where the dossier lives: cloud-sync folders and network shares corrupt SQLite files."""

from __future__ import annotations

import re
from pathlib import Path

from app.content.i18n import _

_SYNC = re.compile(r"(?i)(dropbox|onedrive|google ?drive|googledrive|icloud|mobile documents|"
                   r"nextcloud|owncloud|surfdrive|stack|box sync|sync\.com|pcloud|mega)")


def risky_location(path: Path) -> str:
    """A Dutch warning when the folder is synced or on a network share; '' when fine."""
    text = str(Path(path).expanduser().absolute())
    if text.startswith(("\\\\", "//")):
        return _("Het dossier staat op een netwerkschijf ({p}). Netwerkschijven kunnen een "
                 "dossier beschadigen; zet het op deze computer en maak reservekopieën.", p=text)
    for part in Path(text).parts:
        if _SYNC.search(part):
            return _("Het dossier staat in een map die met de cloud wordt gesynchroniseerd "
                     "({part}). Synchroniseren kan het dossier beschadigen (en zet het buiten uw "
                     "praktijk). Kies een map op deze computer en maak reservekopieën op een "
                     "externe schijf.", part=part)
    try:
        import os

        if os.name == "posix":
            mounts = Path("/proc/mounts").read_text().splitlines()
            best = ""
            kind = ""
            for line in mounts:
                fields = line.split()
                if len(fields) > 2 and text.startswith(fields[1]) and len(fields[1]) > len(best):
                    best, kind = fields[1], fields[2]
            if kind in ("nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p"):
                return _("Het dossier staat op een netwerkschijf ({p}). Netwerkschijven kunnen "
                         "een dossier beschadigen; zet het op deze computer.", p=best)
    except OSError:
        pass
    return ""
