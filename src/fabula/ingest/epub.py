"""EPUB → Story: AO3 EPUBs (calibre-made), FanFicFare EPUBs, and other EPUBs by their spine.

An EPUB is a zip we do not trust. Before anything is parsed we refuse, with
:class:`~fabula.errors.HostileInput`, member names that climb out of the book (``../``, absolute
paths), archives whose declared uncompressed size or per-member compression ratio says "zip bomb"
(and we never read more bytes than declared), and XML that declares entities or points at an
external DTD (billion laughs, XXE). ``container.xml`` and the OPF are read with defusedxml; XHTML
with an lxml parser that resolves no entities, uses no network and refuses huge trees.

Source offsets: an EPUB has no single source text, so ``Story.source_text`` is defined as the
decoded text of the spine's XHTML files, concatenated in spine order with nothing in between;
``story.source_span(span)`` gives offsets into that string (file k starts where file k-1 ends).
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as safe_fromstring
from lxml import etree

from fabula.errors import EmptyInput, HostileInput, MalformedInput, UnsupportedInput
from fabula.ingest.aligner import TreeOffsets
from fabula.ingest.html import (
    AO3Walker,
    Block,
    add_blocks,
    blocks_of,
    build_ao3_story,
    classes_of,
    is_ao3,
    next_element,
    parse_html_tree,
    parse_stats,
    plain_text_of_blocks,
    tag_of,
    text_of,
)
from fabula.ingest.safety import check_xml_safety
from fabula.model import Metadata, SeriesEntry, Story
from fabula.normalize import StoryBuilder

MAX_TOTAL_BYTES = 100 * 1024 * 1024  # all members, uncompressed
MAX_RATIO = 200  # uncompressed / compressed, per member (text compresses ~3-10x)
RATIO_FLOOR = 1024 * 1024  # small members may compress as well as they like
MAX_MEMBERS = 10_000

_XHTML_TYPES = {"application/xhtml+xml", "text/html", "application/xml", "text/xml"}


@dataclass
class SpineDoc:
    name: str
    text: str  # decoded file text (part of Story.source_text)
    base: int  # where it starts in Story.source_text
    root: etree._Element
    offsets: TreeOffsets


# --------------------------------------------------------------------------------------------
# The zip container
# --------------------------------------------------------------------------------------------

def open_zip(data: bytes, path: Path | str | None) -> zipfile.ZipFile:
    """Open the archive and refuse hostile member lists before reading any member."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        raise MalformedInput("not a valid EPUB: the file is not a zip archive", path) from None
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise HostileInput(f"EPUB has {len(infos)} members (limit {MAX_MEMBERS}); refusing it", path)
    total = 0
    for info in infos:
        name = info.filename
        if _is_traversal(name):
            raise HostileInput(f"EPUB member name '{name}' points outside the book (path traversal)", path)
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise HostileInput(
                f"EPUB member '{name}' expands {info.file_size // max(1, info.compress_size)}x "
                f"(limit {MAX_RATIO}x): looks like a zip bomb", path)
    if total > MAX_TOTAL_BYTES:
        raise HostileInput(f"EPUB expands to {total / 1048576:.0f} MB (limit {MAX_TOTAL_BYTES // 1048576} MB): "
                           "looks like a zip bomb", path)
    return zf


def _is_traversal(name: str) -> bool:
    n = name.replace("\\", "/")
    if n.startswith("/") or re.match(r"^[A-Za-z]:", n):
        return True
    return ".." in n.split("/")


def read_member(zf: zipfile.ZipFile, name: str, path: Path | str | None) -> bytes | None:
    """A member's bytes, never more than its declared size (headers can lie); None if absent."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    try:
        with zf.open(info) as fh:
            data = fh.read(info.file_size + 1)
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, OSError, EOFError) as exc:
        raise MalformedInput(f"cannot read EPUB member '{name}' ({exc})", path) from None
    if len(data) > info.file_size:
        raise HostileInput(f"EPUB member '{name}' is larger than its header says: looks like a zip bomb", path)
    return data


# --------------------------------------------------------------------------------------------
# XML safety and decoding
# --------------------------------------------------------------------------------------------

def decode_xml(data: bytes, name: str, path: Path | str | None) -> str:
    """Decode an XML/XHTML member: BOM, then the XML declaration's encoding, then UTF-8."""
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc).lstrip("\ufeff")
            except UnicodeDecodeError:
                raise MalformedInput(f"'{name}' is not valid {enc}", path) from None
    m = re.match(rb"""\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._\-]+)["']""", data[:200])
    encs = [m.group(1).decode("ascii")] if m else []
    for enc in [*encs, "utf-8", "cp1252"]:
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    raise MalformedInput(f"cannot decode '{name}'", path)


def parse_safe_xml(data: bytes, name: str, path: Path | str | None) -> Element:
    """container.xml / OPF / NCX through defusedxml."""
    text = decode_xml(data, name, path)
    check_xml_safety(text, name, path)
    try:
        return safe_fromstring(data)
    except DefusedXmlException as exc:
        raise HostileInput(f"'{name}' uses forbidden XML features ({type(exc).__name__}); refusing it",
                           path) from None
    except (ParseError, ValueError) as exc:
        raise MalformedInput(f"'{name}' is not well-formed XML ({exc})", path) from None


_XHTML_PARSER_ARGS = dict(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                          dtd_validation=False, remove_pis=False)


def parse_xhtml(data: bytes, text: str, name: str, path: Path | str | None) -> etree._Element:
    """XHTML with a hardened XML parser; sloppy files (``&nbsp;``, unclosed tags) fall back to the
    lenient HTML parser, which never loads DTDs either."""
    check_xml_safety(text, name, path)
    try:
        root = etree.fromstring(data, parser=etree.XMLParser(**_XHTML_PARSER_ARGS))
        if root is not None:
            return root
    except etree.XMLSyntaxError:
        pass
    # Strip the XML declaration: lxml refuses str input that declares an encoding.
    return parse_html_tree(re.sub(r"^\s*<\?xml[^>]*\?>", "", text), path)


def _local(tag: object) -> str:
    return tag.split("}")[-1].lower() if isinstance(tag, str) else ""


# --------------------------------------------------------------------------------------------
# OPF: manifest, spine, metadata
# --------------------------------------------------------------------------------------------

@dataclass
class Package:
    opf_dir: str
    spine: list[tuple[str, str, str]]  # (member name, media type, properties)
    title: str | None
    creators: list[str]
    language: str | None
    description: str | None
    source_url: str | None
    contributors: list[str]


def read_package(zf: zipfile.ZipFile, path: Path | str | None) -> Package:
    raw = read_member(zf, "META-INF/container.xml", path)
    if raw is None:
        raise MalformedInput("not a valid EPUB: META-INF/container.xml is missing", path)
    container = parse_safe_xml(raw, "META-INF/container.xml", path)
    opf_name = next((el.get("full-path") for el in container.iter() if _local(el.tag) == "rootfile"
                     and el.get("full-path")), None)
    if not opf_name:
        raise MalformedInput("not a valid EPUB: container.xml names no package (OPF) file", path)
    if _is_traversal(opf_name):
        raise HostileInput(f"container.xml points outside the book ('{opf_name}')", path)
    raw = read_member(zf, opf_name, path)
    if raw is None:
        raise MalformedInput(f"not a valid EPUB: package file '{opf_name}' is missing", path)
    opf = parse_safe_xml(raw, opf_name, path)
    opf_dir = posixpath.dirname(opf_name)
    manifest: dict[str, tuple[str, str, str]] = {}
    spine_ids: list[str] = []
    meta: dict[str, list[str]] = {}
    for el in opf.iter():
        tag = _local(el.tag)
        if tag == "item" and el.get("id") and el.get("href"):
            href = unquote(el.get("href", "").split("#")[0])
            member = posixpath.normpath(posixpath.join(opf_dir, href)) if opf_dir else posixpath.normpath(href)
            if _is_traversal(member):
                raise HostileInput(f"the package lists a file outside the book ('{el.get('href')}')", path)
            manifest[el.get("id")] = (member, (el.get("media-type") or "").lower(), el.get("properties") or "")
        elif tag == "itemref" and el.get("idref"):
            spine_ids.append(el.get("idref"))
        elif tag in ("title", "creator", "language", "description", "source", "identifier", "contributor"):
            if el.text and el.text.strip():
                meta.setdefault(tag, []).append(el.text.strip())
    spine = [manifest[i] for i in spine_ids if i in manifest]
    spine = [s for s in spine if s[1] in _XHTML_TYPES or s[0].lower().endswith((".xhtml", ".html", ".htm"))]
    if not spine:
        raise MalformedInput("not a valid EPUB: the package has no readable spine (no reading order)", path)
    url = next((u for u in meta.get("source", []) + meta.get("identifier", []) if u.startswith("http")), None)
    desc = meta.get("description", [None])[0]
    if desc and "<" in desc:  # calibre stores HTML summaries
        try:
            desc = text_of(parse_html_tree(desc, path)) or None
        except MalformedInput:
            desc = None
    return Package(opf_dir=opf_dir, spine=spine, title=meta.get("title", [None])[0],
                   creators=meta.get("creator", []), language=meta.get("language", [None])[0],
                   description=desc, source_url=url, contributors=meta.get("contributor", []))


# --------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------

def encrypted_members(zf: zipfile.ZipFile, path: Path | str | None) -> set[str]:
    """Members listed in META-INF/encryption.xml (DRM, or obfuscated fonts)."""
    raw = read_member(zf, "META-INF/encryption.xml", path)
    if raw is None:
        return set()
    root = parse_safe_xml(raw, "META-INF/encryption.xml", path)
    return {posixpath.normpath(unquote(el.get("URI", ""))) for el in root.iter()
            if _local(el.tag) == "cipherreference" and el.get("URI")}


def load_spine(zf: zipfile.ZipFile, pkg: Package, path: Path | str | None) -> list[SpineDoc]:
    encrypted = encrypted_members(zf, path)
    if any(name in encrypted for name, _, _ in pkg.spine):
        raise UnsupportedInput("EPUB is DRM-protected (its chapters are encrypted); fabula cannot read it", path)
    docs: list[SpineDoc] = []
    base = 0
    for name, _media, props in pkg.spine:
        if "nav" in props.split():
            continue
        raw = read_member(zf, name, path)
        if raw is None:
            continue  # a spine entry without a file: skip it, as readers do
        text = decode_xml(raw, name, path)
        root = parse_xhtml(raw, text, name, path)
        docs.append(SpineDoc(name=name, text=text, base=base, root=root, offsets=TreeOffsets(root, text, base)))
        base += len(text)
    if not docs:
        raise MalformedInput("not a valid EPUB: none of the spine's files are in the archive", path)
    return docs


def _body(root: etree._Element) -> etree._Element:
    return next((el for el in root.iter() if tag_of(el) == "body"), root)


def _is_fff(docs: list[SpineDoc], pkg: Package) -> bool:
    if any("fanficfare" in c.lower() or "fanficdownloader" in c.lower() for c in pkg.contributors):
        return True
    return any(classes_of(_body(d.root)) & {"fff_chapter", "fff_titlepage"} for d in docs)


def read_epub(data: bytes, path: Path | str | None = None) -> Story:
    """Read an AO3 EPUB, a FanFicFare EPUB, or any EPUB (spine order; headings start chapters)."""
    zf = open_zip(data, path)
    pkg = read_package(zf, path)
    docs = load_spine(zf, pkg, path)
    source = "".join(d.text for d in docs)
    meta = Metadata()
    if _is_fff(docs, pkg):
        b = _read_fff(docs, source, meta)
        meta.source_format = "fff-epub"
    elif any(is_ao3(d.root) for d in docs):
        walker = AO3Walker(meta)
        for d in docs:
            walker.walk_document(d.root, d.offsets)
        if not walker.found_text:
            for d in docs:
                walker.fallback(d.root, d.offsets)
        b = build_ao3_story(source, meta, walker)
        meta.source_format = "ao3-epub"
    else:
        b = StoryBuilder(source, meta)
        for d in docs:
            add_blocks(b, blocks_of(_body(d.root), d.offsets), headings_start_chapters=True)
        meta.source_format = "epub"
    # The OPF fills what the documents did not say (its dc:subject list is untyped: not used).
    meta.title = meta.title or pkg.title
    meta.authors = meta.authors or [a for a in pkg.creators if a]
    meta.summary = meta.summary or pkg.description
    meta.source_url = meta.source_url or pkg.source_url
    if meta.language is None and pkg.language:
        meta.language = pkg.language
    story = b.build()
    if not story.text_paragraphs:
        raise EmptyInput("EPUB has no story text", path)
    missed = sum(d.offsets.missed for d in docs)
    if missed:
        story.warnings.append(f"{missed} text piece(s) could not be located in the EPUB's files; "
                              "their source offsets are approximate")
    return story


# --------------------------------------------------------------------------------------------
# FanFicFare
# --------------------------------------------------------------------------------------------

_FFF_LIST_FIELDS = {
    "fandoms": "fandoms", "fandom": "fandoms", "category": "fandoms",
    "freeform tags": "additional_tags", "additional tags": "additional_tags", "genre": "additional_tags",
    "ao3 categories": "categories", "categories": "categories",
    "characters": "characters", "relationships": "relationships", "relationship": "relationships",
    "pairing": "relationships", "pairings": "relationships", "ships": "relationships",
    "warnings": "warnings", "archive warnings": "warnings", "archive warning": "warnings",
}
# A more specific label wins over FanFicFare's composite ones (Category = fandoms, Genre = freeform
# tags + AO3 categories for AO3 stories).
_FFF_FALLBACK = {"category": ("fandoms", "fandom"), "genre": ("freeform tags", "additional tags")}


def _fff_entries(body: etree._Element) -> list[tuple[str, list[etree._Element | str]]]:
    """``<b>Label:</b> value<br/>`` (or table rows) → (label, value pieces)."""
    out: list[tuple[str, list[etree._Element | str]]] = []
    for b in body.iter():
        if tag_of(b) not in ("b", "strong"):
            continue
        label = text_of(b)
        if not label.endswith(":") or len(label) > 40:
            continue
        label = label[:-1].strip().lower()
        parent = b.getparent()
        pieces: list[etree._Element | str] = []
        if parent is not None and tag_of(parent) == "td" and not (b.tail or "").strip():
            cell = next_element(parent)
            if cell is not None:
                pieces.append(cell)
        else:
            if b.tail:
                pieces.append(b.tail)
            sib = b.getnext()
            while sib is not None and tag_of(sib) not in ("b", "strong", "br"):
                pieces.append(sib)
                if sib.tail:
                    pieces.append(sib.tail)
                sib = sib.getnext()
        out.append((label, pieces))
    return out


def _pieces_text(pieces: list[etree._Element | str]) -> str:
    return " ".join(" ".join(p.split()) if isinstance(p, str) else text_of(p) for p in pieces).strip()


def _pieces_paragraphs(pieces: list[etree._Element | str]) -> str | None:
    paras = [" ".join(p.split()) if isinstance(p, str) else text_of(p) for p in pieces]
    return "\n\n".join(p for p in paras if p) or None


def _fff_title_page(doc: SpineDoc, meta: Metadata) -> None:
    body = _body(doc.root)
    for h in body.iter():
        if tag_of(h) in ("h1", "h2", "h3"):
            links = [a for a in h.iter() if tag_of(a) == "a"]
            if links:
                meta.title = text_of(links[0]) or None
                if links[0].get("href", "").startswith("http"):
                    meta.source_url = links[0].get("href")
                authors = [text_of(a) for a in links[1:]]
                meta.authors = [a for a in authors if a]
            else:
                t = text_of(h)
                title, _, by = t.partition(" by ")
                meta.title = title.strip() or None
                meta.authors = [by.strip()] if by.strip() else []
            break
    entries = _fff_entries(body)
    labels = {label for label, _ in entries}
    for label, pieces in entries:
        value = _pieces_text(pieces)
        if not value:
            continue
        if label in _FFF_FALLBACK and labels & set(_FFF_FALLBACK[label]):
            continue
        if label in _FFF_LIST_FIELDS:
            current = getattr(meta, _FFF_LIST_FIELDS[label])
            current.extend(v.strip() for v in value.split(",") if v.strip() and v.strip() not in current)
        elif label == "rating":
            meta.rating = value
        elif label == "language":
            meta.language = value
        elif label in ("summary", "description"):
            meta.summary = _pieces_paragraphs(pieces)
        elif label in ("story url", "url"):
            meta.source_url = value
        elif label == "series":
            m = re.match(r"(.+?)\s*\[(\d+)\]$", value)
            meta.series.append(SeriesEntry(name=m.group(1), part=int(m.group(2))) if m else SeriesEntry(name=value))
        elif label in ("published", "updated", "words", "chapters", "kudos", "hits", "comments", "bookmarks"):
            parse_stats(meta, f"{label}: {value}")
        elif label == "status" and value.lower().startswith("complete"):
            meta.stats.completed = meta.stats.completed or "yes"
    if meta.stats.completed == "yes":
        meta.stats.completed = meta.stats.updated or meta.stats.published


def _fff_notes(div: etree._Element, offsets: TreeOffsets) -> tuple[str, str | None]:
    label = ""
    for b in div.iter():
        if tag_of(b) in ("b", "strong"):
            label = text_of(b).rstrip(":").lower()
            break
    quote = next((q for q in div.iter() if tag_of(q) == "blockquote"), div)
    text = plain_text_of_blocks(blocks_of(quote, offsets))
    if text and quote is div and label:
        text = text.split(":", 1)[-1].strip() or None
    foot = "fff_foot_notes" in classes_of(div) or "end" in label
    kind = "end_notes" if foot else "summary" if "summary" in label else "notes"
    return kind, text


def _read_fff(docs: list[SpineDoc], source: str, meta: Metadata) -> StoryBuilder:
    b = StoryBuilder(source, meta)
    for doc in docs:
        body = _body(doc.root)
        cls = classes_of(body)
        if "fff_titlepage" in cls or posixpath.basename(doc.name).startswith("title_page"):
            _fff_title_page(doc, meta)
            continue
        if cls & {"fff_tocpage", "fff_logpage", "fff_coverpage"}:
            continue
        if "fff_chapter" not in cls and posixpath.basename(doc.name).startswith(("toc", "cover", "log")):
            continue
        title_el = next((h for h in body.iter() if "fff_chapter_title" in classes_of(h)), None)
        if title_el is None and "fff_chapter" not in cls:
            # Older FanFicFare/fanficdownloader files: the chapter title is the body's first heading.
            first = next((c for c in body if tag_of(c)), None)
            if first is not None and tag_of(first) in ("h2", "h3"):
                title_el = first
        notes_divs = [d for d in body.iter() if tag_of(d) == "div" and
                      any(c.startswith("fff_") and "notes" in c for c in classes_of(d))]
        fields: dict[str, str] = {}
        for nd in notes_divs:
            kind, text = _fff_notes(nd, doc.offsets)
            if text:
                fields[kind] = f"{fields[kind]}\n\n{text}" if kind in fields else text
        skip = [*notes_divs, *([title_el] if title_el is not None else [])]
        title = text_of(title_el) if title_el is not None else None
        b.start_chapter(title=title or None, summary=fields.get("summary"), notes=fields.get("notes"),
                        end_notes=fields.get("end_notes"))
        if title_el is not None:
            tb: list[Block] = blocks_of(title_el, doc.offsets)
            if tb:
                b.add_paragraph(tb[0].text, tb[0].offs, "heading")
        add_blocks(b, blocks_of(body, doc.offsets, skip=skip), headings_start_chapters=False)
    return b
