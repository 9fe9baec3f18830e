"""The cast stage: characters, aliases, the narrator, gender and pronoun coreference.

Importing this package registers the ``cast`` stage (:mod:`fabula.cast.stage`).
"""

from fabula.cast.index import CharacterIndex
from fabula.cast.stage import CastScratch, resolve_name

__all__ = ["CastScratch", "CharacterIndex", "resolve_name"]
