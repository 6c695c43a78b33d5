"""Deelwijzer's Qt interface. Only this package imports PySide6."""
