"""The structure stage: scenes, POV sections, flashbacks and the story's own chronology."""

from fabula.structure import stage  # noqa: F401  (registers the "structure" stage)
