"""Deelwijzer's Qt-free core: model, store, handbook content, checks, documents, CLI."""

__version__ = "0.1.0"
