"""The one way to reach files in `resources/`, from source and from a frozen build alike."""

from __future__ import annotations

import importlib
import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    """A file or folder inside the `resources` package."""
    node = _root()
    for part in parts:
        node = node.joinpath(part)
    return node


@cache
def _root() -> Traversable:
    """The `resources` package itself. Where it is a folder on disk (a checkout, an installed
    package, the frozen program's folder) that folder is what importlib.resources gives too,
    and it is found without importing importlib.resources, which cost 4 ms before the first
    window (for its icon). Anywhere else (inside a zip) importlib.resources finds it."""
    folders = list(getattr(importlib.import_module("resources"), "__path__", ()))
    if len(folders) == 1 and Path(folders[0]).is_dir():
        return Path(folders[0])
    from importlib import resources as _ires

    return _ires.files("resources")


@cache
def load_json(name: str) -> Any:
    """Parse a JSON resource once; callers validate what they need of it."""
    return json.loads(resource(name).read_text(encoding="utf-8"))


def read_bytes(*parts: str) -> bytes:
    """Raw bytes of a resource (fonts)."""
    return resource(*parts).read_bytes()
