"""Helpers for tests and fixtures: build fan-fiction files in real sites' markup from our own text.

``fabula.testing.ao3`` writes AO3-style HTML downloads, AO3-style (calibre) EPUBs and
FanFicFare-style EPUBs from a :class:`~fabula.testing.ao3.WorkSpec`, so tests never need to commit
third-party works.
"""

from fabula.testing.ao3 import (
    ChapterSpec,
    WorkSpec,
    ao3_epub_bytes,
    ao3_html,
    fff_epub_bytes,
    spec_from_text,
    write_ao3_epub,
    write_ao3_html,
    write_fff_epub,
)

__all__ = [
    "ChapterSpec", "WorkSpec", "ao3_epub_bytes", "ao3_html", "fff_epub_bytes", "spec_from_text",
    "write_ao3_epub", "write_ao3_html", "write_fff_epub",
]
