"""The cast stage: characters, aliases, the narrator, gender and pronoun coreference."""

from fabula.cast.index import CharacterIndex

__all__ = ["CharacterIndex"]
