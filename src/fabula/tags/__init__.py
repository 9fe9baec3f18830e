"""AO3-style tag suggestions (stage in :mod:`fabula.tags.stage`).

The fandom knowledge base lives in ``fabula/kb/*.yaml`` (see :mod:`fabula.tags.kb`);
:func:`fabula.tags.kb.merge_aliases` lets the KB join cast characters the text alone cannot.
Public names load lazily.
"""

from fabula.optional import lazy_exports

_EXPORTS = {
    "suggest": "fabula.tags.stage",
    "tags_stage": "fabula.tags.stage",
}
__all__ = sorted(_EXPORTS)
__getattr__ = lazy_exports(_EXPORTS)
