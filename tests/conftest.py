"""Shared test fixtures.

Tests that need the gold data in ``../shared`` use the ``shared_dir`` fixture (or the
``shared`` marker) and are skipped cleanly when it is absent, as in a user's clone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "data").is_dir():
        pytest.skip("../shared is not present (gold data lives beside the checkout in CI only)")
    return SHARED


@pytest.fixture(scope="session")
def reference_story(shared_dir: Path) -> Path:
    p = shared_dir / "examples" / "000_0db092a80864f41b.txt"
    if not p.exists():
        pytest.skip("reference story not present")
    return p


@pytest.fixture(scope="session")
def nlp():
    from fabula import nlp as nlp_mod

    return nlp_mod.load()


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return ROOT / "examples"


@pytest.fixture(scope="session")
def kb():
    """The shipped fandom knowledge base, loaded once for every tags test."""
    from fabula.tags.kb import load_kb

    return load_kb()
