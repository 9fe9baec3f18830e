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


def lazy_exports(exports: dict[str, str]):
    """A module ``__getattr__`` (PEP 562) that imports each public name from its module on first
    use. Stage packages use it so that importing one light submodule (a lexicon, an index) does
    not load spaCy and the whole stage; the pipeline imports ``<package>.stage`` itself."""

    def __getattr__(name: str):
        if name in exports:
            return getattr(importlib.import_module(exports[name]), name)
        raise AttributeError(name)

    return __getattr__
