"""AO3-style tags: fandom, characters, relationships, additional tags and warning hints.

Importing the package registers the ``tags`` stage. The fandom knowledge base lives in
``fabula/kb/*.yaml`` (see :mod:`fabula.tags.kb`); :func:`fabula.tags.kb.merge_aliases` lets the KB
join cast characters the text alone cannot.
"""

from fabula.tags.stage import suggest, tags_stage

__all__ = ["suggest", "tags_stage"]
