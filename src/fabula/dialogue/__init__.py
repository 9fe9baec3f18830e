"""Dialogue: quotes, thoughts, speakers and addressees.

``extract`` finds quoted stretches in the normalized text (pure, linear time), ``attribute``
decides speakers and addressees from speech tags, narration and turn-taking, ``stage`` registers
the pipeline stage and ``summary`` draws the terminal table. Public names load lazily.
"""

from fabula.optional import lazy_exports

_EXPORTS = {
    "Segment": "fabula.dialogue.extract",
    "extract_segments": "fabula.dialogue.extract",
}
__all__ = sorted(_EXPORTS)
__getattr__ = lazy_exports(_EXPORTS)
