"""The relations stage: who is what to whom over story time, key events, the interaction network."""

from fabula.relations import stage as _stage  # noqa: F401  (registers the stage)
