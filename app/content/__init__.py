"""Handbook, organisations, law notes, resources and the translation catalogue."""
