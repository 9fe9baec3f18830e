"""AO3 HTML downloads → Story. (Filled in by the HTML ingest work.)"""

from __future__ import annotations

from pathlib import Path

from fabula.errors import UnsupportedInput
from fabula.model import Story


def read_html(text: str, path: Path | str | None = None) -> Story:
    raise UnsupportedInput("HTML ingest is not implemented yet", path)
