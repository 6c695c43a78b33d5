"""The one way to reach files in `resources/`, from source and from a frozen build alike."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources as _ires
from importlib.resources.abc import Traversable
from typing import Any


def resource(*parts: str) -> Traversable:
    """A file or folder inside the `resources` package."""
    node = _ires.files("resources")
    for part in parts:
        node = node.joinpath(part)
    return node


@cache
def load_json(name: str) -> Any:
    """Parse a JSON resource once; callers validate what they need of it."""
    return json.loads(resource(name).read_text(encoding="utf-8"))


def read_bytes(*parts: str) -> bytes:
    """Raw bytes of a resource (fonts)."""
    return resource(*parts).read_bytes()
