"""The dialogue stage: every quote, its speaker and addressees, inner thoughts.

``extract`` finds quoted stretches in the normalized text (pure, linear time), ``attribute``
decides speakers and addressees from speech tags, narration and turn-taking, ``stage`` registers
the pipeline stage and ``summary`` draws the terminal table.
"""

from fabula.dialogue import stage as _stage  # noqa: F401  (registers the "dialogue" stage)
from fabula.dialogue.extract import Segment, extract_segments

__all__ = ["Segment", "extract_segments"]
