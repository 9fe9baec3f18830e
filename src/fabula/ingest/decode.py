"""Bytes → text, refusing what is not a story before anything expensive happens.

Order matters: size first (never read a huge file into memory), then emptiness, then byte-order
marks, then binary signatures, then strict decodings in a fixed order (UTF-8, cp1252), and only
then a statistical guess whose confidence is reported. We never silently replace bytes.
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

from fabula.errors import EmptyInput, InputNotFound, InputTooLarge, UnsupportedInput

DEFAULT_MAX_MB = 25.0

_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a zip archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"RIFF", "audio or video data"),
    (b"OggS", "audio data"),
    (b"ID3", "an MP3 file"),
    (b"SQLite format 3", "an SQLite database"),
]

_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
]


def max_bytes() -> int:
    """The per-work size limit; ``FABULA_MAX_MB`` raises or lowers it."""
    try:
        mb = float(os.environ.get("FABULA_MAX_MB", DEFAULT_MAX_MB))
    except ValueError:
        mb = DEFAULT_MAX_MB
    return int(mb * 1024 * 1024)


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    limit = max_bytes() if limit is None else limit
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputNotFound("no such file", path) from None
    except OSError as exc:
        raise InputNotFound(f"cannot read file ({exc.strerror or exc})", path) from None
    if path.is_dir():
        raise InputNotFound("is a folder, not a file (use `fabula corpus run` for folders)", path)
    if size > limit:
        raise InputTooLarge(
            f"file is {size / 1048576:.1f} MB; fabula reads at most {limit / 1048576:.0f} MB per work "
            "(set FABULA_MAX_MB to raise the limit)", path)
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise InputNotFound(f"cannot read file ({exc.strerror or exc})", path) from None
    if len(data) > limit:
        raise InputTooLarge(f"file is over {limit / 1048576:.0f} MB (set FABULA_MAX_MB to raise the limit)", path)
    return data


def sniff_binary(data: bytes) -> str | None:
    """Name the kind of binary data, or None if it may be text."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    if b"\x00" in head:
        # UTF-16 without a BOM has a NUL in every other byte; we do not guess that.
        return "binary data"
    return None


_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.IGNORECASE)
# As browsers do: these labels mean windows-1252 on the web.
_WEB_ALIASES = {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252"}


def declared_html_encoding(data: bytes) -> str | None:
    """The charset an HTML file declares in a ``<meta>`` near its start (the browsers' prescan),
    as a Python codec name, or None."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    return _WEB_ALIASES.get(name, name)


def decode_text(data: bytes, path: Path | str | None = None, declared: str | None = None) -> tuple[str, str]:
    """Decode story bytes; returns (text, encoding). Raises a FabulaError on failure.

    ``declared`` (an HTML ``<meta charset>``) is tried after strict UTF-8 and before cp1252:
    bytes that are valid UTF-8 are UTF-8 whatever a stale declaration says."""
    if not data:
        raise EmptyInput("file is empty", path)
    what = sniff_binary(data)
    if what:
        raise UnsupportedInput(f"this is {what}, not a story text", path)
    text: str | None = None
    encoding = ""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
                if enc.startswith(("utf-16", "utf-32")):
                    text = text.lstrip("\ufeff")
                encoding = enc
            except UnicodeDecodeError:
                raise UnsupportedInput(f"starts with a {enc} byte-order mark but is not valid {enc}",
                                       path) from None
            break
    if text is None:
        for enc in ("utf-8", *([declared] if declared and declared != "utf-8" else []), "cp1252"):
            try:
                text = data.decode(enc)
                encoding = enc
                break
            except UnicodeDecodeError:
                continue
    if text is None:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is None or best.encoding is None:
            raise UnsupportedInput("cannot decode the text (not UTF-8, UTF-16 or cp1252)", path)
        try:
            text = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            raise UnsupportedInput("cannot decode the text (not UTF-8, UTF-16 or cp1252)", path) from None
        encoding = best.encoding
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\t\n\r\x0c")
    if controls > max(5, len(text[:20000]) // 100):
        raise UnsupportedInput("looks like binary data, not a story text", path)
    if not text.strip():
        raise EmptyInput("file has only whitespace", path)
    return text, encoding
