"""Import a module that may not exist yet (a stage's summary, a sub-command).

Layers land one at a time; a missing one must simply be absent, while a real ImportError inside
an existing module must still surface.
"""

from __future__ import annotations

import importlib
from types import ModuleType


def optional_module(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name and name.startswith(exc.name):
            return None
        raise
