"""The cast stage: characters, aliases, the narrator, gender and pronoun coreference.

The stage itself is :mod:`fabula.cast.stage`; the pipeline imports it. Public names load lazily.
"""

from fabula.optional import lazy_exports

_EXPORTS = {
    "CastScratch": "fabula.cast.stage",
    "CharacterIndex": "fabula.cast.index",
    "resolve_name": "fabula.cast.stage",
}
__all__ = sorted(_EXPORTS)
__getattr__ = lazy_exports(_EXPORTS)
