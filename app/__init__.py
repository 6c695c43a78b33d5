"""Deelwijzer's Qt-free core, in parts: vault (the encrypted file), flows, checks, documents,
content; at the top only what ties them together (model, records, service, CLI, demo)."""

__version__ = "0.1.0"
