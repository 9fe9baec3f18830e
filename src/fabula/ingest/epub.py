"""EPUB (AO3 and FanFicFare) → Story. (Filled in by the EPUB ingest work.)"""

from __future__ import annotations

from pathlib import Path

from fabula.errors import UnsupportedInput
from fabula.model import Story


def read_epub(data: bytes, path: Path | str | None = None) -> Story:
    raise UnsupportedInput("EPUB ingest is not implemented yet", path)
