"""Test configuration: offscreen Qt, a private home and data folder, a fast key derivation.

Set before anything imports Qt or platformdirs, so no test can touch the real user folders.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

_HOME = Path(tempfile.mkdtemp(prefix="deelwijzer-test-home-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["HOME"] = str(_HOME)
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_CACHE_HOME"] = str(_HOME / "cache")
os.environ["XDG_RUNTIME_DIR"] = str(_HOME / "runtime")
os.environ.pop("DEELWIJZER_DB", None)
os.environ.pop("DEELWIJZER_PASSPHRASE", None)
# Dutch whatever the machine speaks: tests read Dutch text (tests/test_english.py switches).
os.environ["DEELWIJZER_LANG"] = "nl"
(_HOME / "runtime").mkdir(mode=0o700)

import pytest  # noqa: E402

from app.vault import keys  # noqa: E402

# The wizard tests' shared fixtures (dossier, window); a test module's own fixture of the same
# name takes precedence.
pytest_plugins = ["tests.wizard_helpers"]

# Argon2id at production cost takes half a second per open; tests open hundreds of times.
FAST_KDF = keys.KdfParams(time_cost=1, memory_cost=8, parallelism=1)


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "DEFAULT_KDF", FAST_KDF)


@pytest.fixture(autouse=True)
def own_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Each test its own user data and config folder: backups, replaced dossiers and the
    dossiers' anchors land there."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def db_path(data_dir: Path) -> Path:
    return data_dir / "dossier.db"


def all_bytes_under(folder: Path) -> dict[Path, bytes]:
    """Every file below `folder`, read as bytes (what an attacker with the disk would see)."""
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def pytest_configure(config: pytest.Config) -> None:
    # `@pytest.mark.handbook("6.2")`: the handbook items a test holds; tools/handbook_trace.py
    # lists them per item in docs/handbook-trace.md.
    config.addinivalue_line("markers", "handbook(*ids): the handbook items this test holds")


# Figures that tests want shown in the run's summary (e.g. the judgement check's precision).
REPORT: dict[str, str] = {}


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if REPORT:
        terminalreporter.section("Deelwijzer figures")
        for key, value in REPORT.items():
            terminalreporter.write_line(f"{key}: {value}")


@pytest.fixture
def db_path_factory(tmp_path: Path):
    """A fresh dossier path per call (hypothesis runs many examples in one test)."""
    counter = iter(range(10_000))
    return lambda: tmp_path / f"d{next(counter)}" / "dossier.db"
