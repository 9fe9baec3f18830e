"""Inputs → work items, each identified by the sha256 of its bytes (the work's identity).

INPUT may be files, folders (walked recursively, in sorted order so runs are reproducible) or zip
archives. Files named on the command line are always taken (an unknown type then becomes a
recorded failure); inside folders and archives only story extensions are taken and hidden files
are skipped.

Zip members are never extracted by name: their bytes are read (with a size cap and a
compression-ratio check against zip bombs) and later written by the worker to a private temp file
named only by the member's extension, so a hostile member name (``../../x``, ``/etc/x``) can never
reach the file system.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from fabula.ingest import SUPPORTED
from fabula.ingest.decode import max_bytes

ARCHIVE_EXTENSIONS = {".zip"}
MAX_MEMBERS = 1_000_000  # members per archive
MAX_RATIO = 200  # uncompressed/compressed size; text compresses ~3-10x, bombs ~1000x
ZIP_SEP = "!"  # locator of a member: archive.zip!path/in/archive.txt


@dataclass(frozen=True)
class WorkItem:
    """One work to analyze. ``member`` is set for a work inside a zip archive."""

    work_id: str
    locator: str
    path: str
    member: str | None = None
    size: int = 0

    @property
    def suffix(self) -> str:
        name = self.member if self.member is not None else self.path
        return PurePosixPath(name).suffix.lower()


@dataclass(frozen=True)
class Unreadable:
    """An input that could not even be read or hashed; recorded as a failure with this reason."""

    work_id: str
    locator: str
    kind: str
    message: str


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def locator_id(locator: str) -> str:
    """A stable id for an input whose bytes cannot be read."""
    return hashlib.sha256(b"unreadable:" + locator.encode("utf-8", "surrogateescape")).hexdigest()


def is_story_name(name: str) -> bool:
    base = PurePosixPath(name).name
    return not base.startswith(".") and PurePosixPath(base).suffix.lower() in SUPPORTED


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int | None = None) -> bytes:
    """A member's bytes, refusing zip bombs: declared size and ratio are checked first, and the
    read is capped, since the declared size in a hostile archive may lie."""
    from fabula.errors import HostileInput, InputTooLarge

    limit = max_bytes() if limit is None else limit
    if info.file_size > limit:
        raise InputTooLarge(f"archive member is {info.file_size / 1048576:.1f} MB (limit {limit / 1048576:.0f} MB)")
    if info.compress_size and info.file_size > 1_000_000 and info.file_size / info.compress_size > MAX_RATIO:
        raise HostileInput(f"archive member expands {info.file_size // info.compress_size}x (a zip bomb?)")
    with zf.open(info) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise HostileInput("archive member is larger than its declared size (a zip bomb?)")
    return data


def _zip_items(archive: Path) -> Iterator[WorkItem | Unreadable]:
    loc = str(archive)
    try:
        with zipfile.ZipFile(archive) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_MEMBERS:
                yield Unreadable(locator_id(loc), loc, "hostile", f"archive has {len(infos)} members")
                return
            for info in sorted(infos, key=lambda i: i.filename):
                if info.is_dir() or not is_story_name(info.filename):
                    continue
                member_loc = f"{loc}{ZIP_SEP}{info.filename}"
                try:
                    data = read_member(zf, info)
                except Exception as exc:  # noqa: BLE001 - recorded, the run goes on
                    yield Unreadable(locator_id(member_loc), member_loc, getattr(exc, "kind", "malformed"),
                                     getattr(exc, "problem", None) or f"{type(exc).__name__}: {exc}")
                    continue
                yield WorkItem(hashlib.sha256(data).hexdigest(), member_loc, loc, info.filename, len(data))
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        yield Unreadable(locator_id(loc), loc, "malformed", f"cannot read zip archive: {exc}")


def _file_item(path: Path) -> WorkItem | Unreadable:
    loc = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes():
            # Hash lazily-big files anyway? No: the worker would refuse them; record now, by path.
            return Unreadable(locator_id(loc), loc, "too-large",
                              f"file is {size / 1048576:.1f} MB (limit {max_bytes() / 1048576:.0f} MB)")
        return WorkItem(_sha256_file(path), loc, loc, None, size)
    except OSError as exc:
        return Unreadable(locator_id(loc), loc, "not-found", f"cannot read file ({exc.strerror or exc})")


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def discover(inputs: Iterable[str | Path]) -> Iterator[WorkItem | Unreadable]:
    """Every work under ``inputs``, in a stable order (duplicates by content are kept here; the
    runner keeps the first of each hash)."""
    for raw in inputs:
        p = Path(raw)
        if p.is_dir():
            for f in _walk(p):
                if f.suffix.lower() in ARCHIVE_EXTENSIONS:
                    yield from _zip_items(f)
                elif is_story_name(f.name):
                    yield _file_item(f)
        elif p.suffix.lower() in ARCHIVE_EXTENSIONS and p.is_file():
            yield from _zip_items(p)
        elif p.exists():
            yield _file_item(p)
        else:
            yield Unreadable(locator_id(str(p)), str(p), "not-found", "no such file or folder")
