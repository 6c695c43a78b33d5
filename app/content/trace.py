"""Naming the handbook items a part of a document serves, for the handbook trace.

`tools/handbook_trace.py` reads these names from the source (it never imports the code) and
writes `docs/handbook-trace.md`: per handbook item, the pages, checks, document fields and
tests that serve it. Pages name their items in their `PageSpec`; checks in the `Problem`s
they raise; tests with the `handbook` pytest marker; and a function that puts an item into a
document or the dossier entry with this decorator.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable[..., object])


def serves(*refs: str) -> Callable[[F], F]:
    """Mark a document builder as serving these handbook items; it changes nothing else."""

    def mark(fn: F) -> F:
        return fn

    return mark
