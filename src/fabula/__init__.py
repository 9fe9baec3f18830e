"""fabula: read a story and recover its world.

>>> import fabula
>>> analysis = fabula.analyze("story.txt")          # a path
>>> analysis = fabula.analyze(text="It was late...")  # or a string
"""

from __future__ import annotations

__version__ = "0.1.0"

from fabula.pipeline import analyze, analyze_story  # noqa: E402

__all__ = ["__version__", "analyze", "analyze_story"]
