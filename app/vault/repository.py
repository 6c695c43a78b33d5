"""What a repository needs of the open dossier: its connection, a transaction, the log.

The repositories (cases, follow-ups and contacts, address book, inzage records) are reached
from the dossier object and hold no state of their own.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import Protocol

from app.vault.access_log import AccessLog
from app.vault.sql import Connection


class Store(Protocol):
    log: AccessLog
    path: Path

    @property
    def db(self) -> Connection: ...

    def transaction(self) -> AbstractContextManager[Connection]: ...


class Repository:
    def __init__(self, store: Store) -> None:
        self._store = store
