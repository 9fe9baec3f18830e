"""Fixed data splits, so that nothing is ever scored on what it was trained or tuned on."""

from __future__ import annotations

import json
from importlib import resources


def load_split(name: str) -> dict[str, list[str]]:
    """``load_split("pdnc")`` → {"dev": [...], "test": [...]}."""
    data = json.loads(resources.files(__package__).joinpath(f"{name}.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if isinstance(v, list)}
