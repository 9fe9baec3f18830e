"""Files → Story. One function per format; :func:`load` picks by extension.

Every failure is a :class:`fabula.errors.FabulaError` naming the file and the problem.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from fabula.errors import FabulaError, MalformedInput, UnsupportedInput
from fabula.ingest.decode import declared_html_encoding, decode_text, read_bytes
from fabula.ingest.language import english_warning
from fabula.model import Metadata, Story

TEXT_EXTENSIONS = {".txt", ".text"}
MARKDOWN_EXTENSIONS = {".md", ".markdown"}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}
EPUB_EXTENSIONS = {".epub"}
SUPPORTED = sorted(TEXT_EXTENSIONS | MARKDOWN_EXTENSIONS | HTML_EXTENSIONS | EPUB_EXTENSIONS)


def detect_format(path: Path, data: bytes) -> str:
    ext = path.suffix.lower()
    if ext in TEXT_EXTENSIONS:
        return "txt"
    if ext in MARKDOWN_EXTENSIONS:
        return "md"
    if ext in HTML_EXTENSIONS:
        return "html"
    if ext in EPUB_EXTENSIONS:
        return "epub"
    if ext == "":
        head = data[:512].lstrip().lower()
        if data.startswith(b"PK\x03\x04"):
            return "epub"
        if head.startswith((b"<!doctype html", b"<html", b"<?xml")):
            return "html"
        return "txt"
    raise UnsupportedInput(f"unknown file type '{ext}' (fabula reads {', '.join(SUPPORTED)})", path)


def load(path: str | Path) -> Story:
    """Read a story file of any supported format."""
    path = Path(path)
    data = read_bytes(path)
    fmt = detect_format(path, data)
    digest = hashlib.sha256(data).hexdigest()
    try:
        if fmt == "epub":
            from fabula.ingest.epub import read_epub

            story = read_epub(data, path)
        else:
            declared = declared_html_encoding(data) if fmt == "html" else None
            text, _encoding = decode_text(data, path, declared=declared)
            meta = Metadata(source_path=str(path), content_hash=digest)
            if fmt == "html":
                from fabula.ingest.html import read_html

                story = read_html(text, path)
            elif fmt == "md":
                from fabula.ingest.plain import read_markdown

                story = read_markdown(text, meta)
            else:
                from fabula.ingest.plain import read_plain

                story = read_plain(text, meta)
    except FabulaError as exc:
        if exc.path is None:
            exc.path = str(path)
        raise
    except RecursionError:
        raise MalformedInput("structure is nested too deeply to read", path) from None
    story.metadata.source_path = str(path)
    story.metadata.content_hash = digest
    if story.metadata.source_format is None:
        story.metadata.source_format = fmt
    _check_story(story, path)
    return story


def from_text(text: str, title: str | None = None, markdown: bool = False) -> Story:
    """Build a Story from a string (the Python API's `analyze("...")`)."""
    from fabula.ingest.plain import read_markdown, read_plain

    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    meta = Metadata(title=title, source_format="md" if markdown else "text", content_hash=digest)
    story = (read_markdown if markdown else read_plain)(text, meta)
    _check_story(story, None)
    return story


def _check_story(story: Story, path: Path | None) -> None:
    from fabula.errors import EmptyInput

    if not story.text_paragraphs:
        raise EmptyInput("no story text found", path)
    warning = english_warning(story.text)
    if warning:
        story.warnings.append(warning)
