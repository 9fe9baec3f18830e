"""The affect stage: per-character, per-scene valence and arousal and the arcs they make."""

from fabula.affect import stage as _stage  # noqa: F401  (registers the stage)
