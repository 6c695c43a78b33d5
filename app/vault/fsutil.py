"""Atomic, owner-only file writes: temporary file in the same folder, fsync, rename."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import tempfile
from pathlib import Path

from app.content.i18n import _
from app.errors import DiskFull, LocationNotWritable, os_reason


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not available (nor needed) on Windows.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def ensure_folder(folder: Path, what: str = "") -> None:
    """Create `folder` (owner-only) or raise a Dutch error saying why it cannot be used."""
    try:
        # Each missing level owner-only (mkdir(parents=True) would make the parents 0755).
        for level in reversed([folder, *folder.parents]):
            if level.is_dir():
                continue
            if level.exists():
                raise NotADirectoryError(errno.ENOTDIR, "not a directory", str(level))
            try:
                level.mkdir(mode=0o700)
            except FileExistsError:  # made meanwhile by another process: fine if a folder
                if not level.is_dir():
                    raise
    except OSError as exc:
        raise LocationNotWritable(str(folder), os_reason(exc), what) from None
    if not folder.is_dir():
        raise LocationNotWritable(str(folder), _("geen map"), what)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise LocationNotWritable(str(folder), _("geen schrijfrechten"), what)


def atomic_write(path: Path, data: bytes, what: str = "") -> None:
    """Write `data` to `path` so that a crash leaves either the old or the new file."""
    what = what or _("het bestand")
    folder = path.parent
    ensure_folder(folder, what)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise LocationNotWritable(str(folder), os_reason(exc), what) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if os.name == "posix":
            os.chmod(tmp, 0o600)
        os.replace(tmp, path)
        _fsync_dir(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
            raise DiskFull() from None
        raise LocationNotWritable(str(path), os_reason(exc), what) from None


def load_json_bytes(data: bytes, limit: int) -> object:
    """Parse a small JSON file written by this program. Anything larger than `limit`, nested
    too deeply for the parser, or not JSON raises ValueError — never RecursionError or
    MemoryError: these files lie beside the dossier, where anyone with the disk can edit them."""
    if len(data) > limit:
        raise ValueError("too large")
    try:
        return json.loads(data.decode("utf-8"))
    except RecursionError:
        raise ValueError("nested too deeply") from None


def read_json_file(path: Path, limit: int = 65536) -> object:
    """`load_json_bytes` of a file, reading at most `limit` + 1 bytes of it."""
    with open(path, "rb") as fh:
        return load_json_bytes(fh.read(limit + 1), limit)
