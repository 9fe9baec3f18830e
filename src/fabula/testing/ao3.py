"""Write AO3-style HTML, AO3-style (calibre) EPUB and FanFicFare-style EPUB files from a spec.

The markup follows what the sites produce, so fabula's readers are tested against the real shape
of the files without committing anyone's work:

* AO3 HTML: otwarchive's ``layouts/barebones`` + ``downloads/show`` templates (``#preface`` with
  ``dl.tags``, ``h1``, ``.byline``, Summary/Notes blockquotes; ``#chapters``; ``#afterword``).
* AO3 EPUB: that HTML as calibre's ``ebook-convert`` leaves it: split into
  ``<slug>_split_NNN.xhtml`` files at the preface, each chapter heading and the afterword, with
  calibre's renamed classes (``userstuff1``, ``meta1``) and the untyped ``dc:subject`` tag list in
  the OPF.
* FanFicFare EPUB: ``OEBPS/title_page.xhtml`` with ``<b>Label:</b> value<br />`` lines and one
  ``OEBPS/fileNNNN.xhtml`` per chapter (``body.fff_chapter``, ``h3.fff_chapter_title``).

Paragraph strings are plain text: ``*words*`` become ``<em>words</em>``, a paragraph that is
exactly ``<hr>`` becomes a rule, ``***``-style lines become centred paragraphs.
"""

from __future__ import annotations

import html
import re
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

ARCHIVE = "https://archiveofourown.org"


@dataclass
class ChapterSpec:
    paragraphs: list[str]
    title: str | None = None
    summary: str | None = None
    notes: str | None = None
    end_notes: str | None = None


@dataclass
class WorkSpec:
    title: str
    chapters: list[ChapterSpec]
    authors: list[str] = field(default_factory=lambda: ["fabula_tests"])
    rating: str | None = "General Audiences"
    warnings: list[str] = field(default_factory=lambda: ["No Archive Warnings Apply"])
    categories: list[str] = field(default_factory=list)
    fandoms: list[str] = field(default_factory=lambda: ["Original Work"])
    relationships: list[str] = field(default_factory=list)
    characters: list[str] = field(default_factory=list)
    additional_tags: list[str] = field(default_factory=list)
    language: str = "English"
    series: list[tuple[str, int]] = field(default_factory=list)  # (name, part)
    summary: str | None = None
    notes: str | None = None
    end_notes: str | None = None
    work_id: int = 1000001
    published: str = "2024-03-01"
    completed: str | None = None
    kudos: int | None = None
    hits: int | None = None

    @property
    def url(self) -> str:
        return f"{ARCHIVE}/works/{self.work_id}"

    @property
    def word_count(self) -> int:
        return sum(len(re.sub(r"[*]", "", p).split()) for c in self.chapters for p in c.paragraphs
                   if p.strip() != "<hr>")

    @property
    def chapter_count(self) -> str:
        n = len(self.chapters)
        return f"{n}/{n}"


def spec_from_text(text: str, title: str, **kwargs) -> WorkSpec:
    """A one-chapter spec from plain text: one paragraph per non-blank line."""
    paras = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return WorkSpec(title=title, chapters=[ChapterSpec(paragraphs=paras)], **kwargs)


# --------------------------------------------------------------------------------------------
# Markup pieces
# --------------------------------------------------------------------------------------------

def _esc(text: str, entities: bool = False) -> str:
    out = html.escape(text, quote=False)
    if entities:
        out = out.encode("ascii", "xmlcharrefreplace").decode("ascii")
    return out


def _inline(text: str, entities: bool = False) -> str:
    out = _esc(text, entities)
    return re.sub(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])", r"<em>\1</em>", out)


def _is_break(p: str) -> bool:
    return bool(re.fullmatch(r"\s*(?:[*~#=\-xXoO]\s*){3,}", p))


def _paragraphs(paras: list[str], entities: bool = False, br_class: str = "") -> str:
    out = []
    for p in paras:
        s = p.strip()
        if s == "<hr>":
            out.append(f"<hr{br_class}/>")
        elif _is_break(s):
            out.append(f'<p align="center">{_esc(s)}</p>')
        else:
            out.append(f"<p>{_inline(s, entities)}</p>")
    return "\n".join(out)


def _blockquote_text(text: str, entities: bool = False) -> str:
    return "".join(f"<p>{_inline(p.strip(), entities)}</p>" for p in text.split("\n\n") if p.strip())


def _ao3_tag_url(tag: str) -> str:
    escaped = tag.replace("*", "*a*").replace("/", "*s*").replace("&", "*a*").replace(".", "*d*")
    escaped = escaped.replace("?", "*q*").replace("#", "*h*")
    return f"{ARCHIVE}/tags/{quote(escaped)}/works"


def _tag_groups(spec: WorkSpec) -> list[tuple[str, str, list[str]]]:
    """(singular label, plural label, tags) in AO3's Tag::VISIBLE order."""
    return [
        ("Rating", "Ratings", [spec.rating] if spec.rating else []),
        ("Archive Warning", "Archive Warnings", spec.warnings),
        ("Category", "Categories", spec.categories),
        ("Fandom", "Fandoms", spec.fandoms),
        ("Relationship", "Relationships", spec.relationships),
        ("Character", "Characters", spec.characters),
        ("Additional Tags", "Additional Tags", spec.additional_tags),
    ]


def _user_link(name: str) -> str:
    return f'<a rel="author" href="{ARCHIVE}/users/{quote(name)}/pseuds/{quote(name)}">{_esc(name)}</a>'


def _preface(spec: WorkSpec, entities: bool, c: dict[str, str]) -> str:
    """AO3's _download_preface partial. ``c`` renames classes (calibre does that in EPUBs)."""
    def k(name: str) -> str:
        return c.get(name, name)

    rows = []
    for singular, plural, tags in _tag_groups(spec):
        if tags:
            links = ", ".join(f'<a href="{_ao3_tag_url(t)}">{_esc(t)}</a>' for t in tags)
            rows.append(f"<dt>{singular if len(tags) == 1 else plural}:</dt>\n<dd>{links}</dd>")
    rows.append(f"<dt>Language:</dt>\n<dd>{_esc(spec.language)}</dd>")
    if spec.series:
        parts = ", ".join(f'Part {part} of\n<a href="{ARCHIVE}/series/{900 + i}">{_esc(name)}</a>'
                          for i, (name, part) in enumerate(spec.series))
        rows.append(f"<dt>Series:</dt>\n<dd>{parts}</dd>")
    done = f"\n          Completed: {spec.completed}" if spec.completed else ""
    rows.append(f"<dt>Stats:</dt>\n<dd>\n          Published: {spec.published}{done}\n"
                f"          Words: {spec.word_count:,}\n          Chapters: {spec.chapter_count}\n</dd>")
    summary = notes = ""
    if spec.summary:
        summary = (f'<p>Summary</p>\n<blockquote class="{k("userstuff")}">'
                   f"{_blockquote_text(spec.summary, entities)}</blockquote>")
    if spec.notes or spec.end_notes:
        notes = "<p>Notes</p>\n"
        if spec.notes:
            notes += f'<blockquote class="{k("userstuff")}">{_blockquote_text(spec.notes, entities)}</blockquote>\n'
        if spec.end_notes:
            more = "more " if spec.notes else ""
            notes += (f'<div class="{k("endnote-link")}">\n  See the end of the work for {more}'
                      f'<a href="#endnotes">notes</a>\n</div>')
    byline = ", ".join(_user_link(a) for a in spec.authors)
    dl = "\n".join(rows)
    return f"""<div id="preface">
  <h2 class="{k("toc-heading")}">Preface</h2>
  <p class="{k("message")}">
    <b>{_esc(spec.title, entities)}</b><br/>
    Posted originally on the <a href="{ARCHIVE}/">Archive of Our Own</a> at <a href="{spec.url}">{spec.url}</a>.
  </p>
  <div class="{k("meta")}">
    <dl class="{k("tags")}">
{dl}
    </dl>
    <h1>{_esc(spec.title, entities)}</h1>
    <div class="{k("byline")}">by {byline}</div>
    {summary}
    {notes}
  </div>
</div>"""


def _chapter_meta(spec: WorkSpec, i: int, ch: ChapterSpec, entities: bool, c: dict[str, str]) -> str:
    """AO3's _download_chapter partial, up to the chapter text."""
    def k(name: str) -> str:
        return c.get(name, name)

    title = f"Chapter {i + 1}" + (f": {_esc(ch.title, entities)}" if ch.title else "")
    parts = [f'<div class="{k("meta group")}">', f'  <h2 class="{k("heading")}">{title}</h2>']
    if ch.summary:
        parts.append(f'  <p>Chapter Summary</p>\n  <blockquote class="{k("userstuff")}">'
                     f"{_blockquote_text(ch.summary, entities)}</blockquote>")
    if ch.notes or ch.end_notes:
        parts.append("  <p>Chapter Notes</p>")
        if ch.notes:
            parts.append(f'  <blockquote class="{k("userstuff")}">{_blockquote_text(ch.notes, entities)}'
                         "</blockquote>")
        if ch.end_notes:
            parts.append(f'  <div class="{k("endnote-link")}">\n    See the end of the chapter for '
                         f'<a href="#endnotes{i + 1}">notes</a>\n  </div>')
    parts.append("</div>")
    return "\n".join(parts)


def _chapter_text(i: int, ch: ChapterSpec, entities: bool, c: dict[str, str]) -> str:
    k = c.get("userstuff-content", "userstuff")
    out = (f'<!--chapter content-->\n<div class="{k}">\n{_paragraphs(ch.paragraphs, entities)}\n</div>\n'
           "<!--/chapter content-->")
    if ch.end_notes:
        out += (f'\n<div class="{c.get("meta", "meta")}" id="endnotes{i + 1}">\n  <p>Chapter End Notes</p>\n'
                f'  <blockquote class="{c.get("userstuff", "userstuff")}">'
                f"{_blockquote_text(ch.end_notes, entities)}</blockquote>\n</div>")
    return out


def _afterword(spec: WorkSpec, entities: bool, c: dict[str, str]) -> str:
    def k(name: str) -> str:
        return c.get(name, name)

    end = ""
    if spec.end_notes:
        end = (f'<div class="{k("meta")}">\n<div id="endnotes">\n<p>End Notes</p>\n'
               f'<blockquote class="{k("userstuff")}">{_blockquote_text(spec.end_notes, entities)}</blockquote>\n'
               "</div>\n</div>")
    return f"""<div id="afterword">
  <h2 class="{k("toc-heading")}">Afterword</h2>
  {end}
  <p class="{k("message")}">Please <a href="{spec.url}/comments/new">drop by the Archive and comment</a> to let the creator know if you enjoyed their work!</p>
</div>"""


_STYLE = """    p.message { text-align: center; }
    .meta h1 { font-size: 1.5em; text-align: center; }
    .meta h2 { font-size: 1.25em; text-align: center; }
    .meta h2 { page-break-before: always; }
    .meta .byline { text-align: center; }
    .meta dl.tags { border: 1px solid;  padding: 1em; }
    .meta dd { margin: -1em 0 0 10em; }
    .meta .endnote-link { font-size: .8em; }
    #chapters  { font-family: "Nimbus Roman No9 L", "Times New Roman", serif; padding: 1em; }
    .userstuff  { font-family: "Nimbus Roman No9 L", "Times New Roman", serif; padding: 1em; }"""


def _page_title(spec: WorkSpec) -> str:
    return f"{spec.title} - {', '.join(spec.authors)} - {', '.join(spec.fandoms)}"


def ao3_html(spec: WorkSpec, entities: bool = False) -> str:
    """An AO3 HTML download of ``spec``. ``entities=True`` writes non-ASCII as ``&#NNNN;``."""
    if len(spec.chapters) > 1:
        body = "\n".join(_chapter_meta(spec, i, ch, entities, {}) + "\n\n" + _chapter_text(i, ch, entities, {})
                         for i, ch in enumerate(spec.chapters))
    else:
        ch = spec.chapters[0]
        body = f'<div class="userstuff">\n{_paragraphs(ch.paragraphs, entities)}\n</div>'
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
  <meta charset="utf-8" />
  <meta http-equiv="x-ua-compatible" content="ie=edge" />
  <title>{_esc(_page_title(spec), entities)}</title>
  <style type="text/css">
{_STYLE}
  </style>
</head>
<body>

{_preface(spec, entities, {})}

<div id="chapters" class="userstuff">
{body}
</div>

{_afterword(spec, entities, {})}

</body>
</html>
"""


def write_ao3_html(spec: WorkSpec, path: str | Path, entities: bool = False,
                   encoding: str = "utf-8") -> Path:
    path = Path(path)
    path.write_bytes(ao3_html(spec, entities).encode(encoding))
    return path


# --------------------------------------------------------------------------------------------
# EPUB containers
# --------------------------------------------------------------------------------------------

_CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
   <rootfiles>
      <rootfile full-path="{opf}" media-type="application/oebps-package+xml"/>
   </rootfiles>
</container>
"""


def _zip(files: list[tuple[str, str | bytes]]) -> bytes:
    """An EPUB zip: ``mimetype`` first and stored, everything else deflated. Timestamps are fixed so
    the same spec always gives the same bytes (committed examples do not churn)."""
    import io

    stamp = (2024, 1, 1, 0, 0, 0)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype", stamp), "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        for name, data in files:
            zf.writestr(zipfile.ZipInfo(name, stamp), data, compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _xhtml(title: str, body: str, body_class: str = "calibre", css: tuple[str, ...] = ("stylesheet.css",
                                                                                     "page_styles.css")) -> str:
    links = "\n".join(f'<link rel="stylesheet" type="text/css" href="{c}"/>' for c in css)
    return f"""<?xml version='1.0' encoding='utf-8'?>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
  <head>
    <title>{_esc(title)}</title>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
  {links}
</head>
  <body class="{body_class}">
{body}
</body>
</html>
"""


def _ncx(uid: str, title: str, points: list[tuple[str, str]]) -> str:
    nav = "\n".join(
        f'    <navPoint id="np{i}" playOrder="{i + 1}"><navLabel><text>{_esc(label)}</text></navLabel>'
        f'<content src="{src}"/></navPoint>' for i, (label, src) in enumerate(points))
    return f"""<?xml version='1.0' encoding='utf-8'?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="en">
  <head><meta name="dtb:uid" content="{uid}"/></head>
  <docTitle><text>{_esc(title)}</text></docTitle>
  <navMap>
{nav}
  </navMap>
</ncx>
"""


def _slug(title: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", title).strip("_") or "Work"


# calibre keeps the first class of an element and numbers it when styles differ.
_CALIBRE_CLASSES = {"meta group": "meta1", "meta": "meta", "userstuff": "userstuff",
                    "userstuff-content": "userstuff1", "tags": "tags", "heading": "heading",
                    "toc-heading": "toc-heading", "byline": "byline", "message": "message",
                    "endnote-link": "endnote-link"}


def ao3_epub_bytes(spec: WorkSpec) -> bytes:
    """An AO3 EPUB of ``spec`` as calibre builds it from the HTML download."""
    c = _CALIBRE_CLASSES
    slug = _slug(spec.title)
    parts: list[tuple[str, str]] = [("Preface", _preface(spec, False, c))]
    if len(spec.chapters) > 1:
        for i, ch in enumerate(spec.chapters):
            wrapper = ' id="chapters"' if i == 0 else ""
            body = (f'<div{wrapper} class="{c["userstuff"]}">\n{_chapter_meta(spec, i, ch, False, c)}\n\n'
                    f"{_chapter_text(i, ch, False, c)}\n</div>")
            label = f"Chapter {i + 1}" + (f": {ch.title}" if ch.title else "")
            parts.append((label, body))
    else:
        ch = spec.chapters[0]
        paras = _paragraphs(ch.paragraphs, False, ' class="calibre2"')
        parts.append((spec.title, f'<div id="chapters" class="{c["userstuff"]}">\n'
                      f'<div class="{c["userstuff-content"]}">\n{paras}\n</div>\n</div>'))
    parts.append(("Afterword", _afterword(spec, False, c)))
    names = [f"{slug}_split_{i:03d}.xhtml" for i in range(len(parts))]
    uid = str(uuid.uuid5(uuid.NAMESPACE_URL, spec.url))
    subjects = "\n".join(f"    <dc:subject>{_esc(t)}</dc:subject>" for t in
                         ["Fanworks", *( [spec.rating] if spec.rating else []), *spec.warnings, *spec.categories,
                          *spec.fandoms, *spec.relationships, *spec.characters, *spec.additional_tags])
    creators = "\n".join(f'    <dc:creator opf:role="aut" opf:file-as="{_esc(a)}">{_esc(a)}</dc:creator>'
                         for a in spec.authors)
    manifest = "\n".join(f'    <item id="html{i}" href="{n}" media-type="application/xhtml+xml"/>'
                         for i, n in enumerate(names))
    spine = "\n".join(f'    <itemref idref="html{i}"/>' for i in range(len(names)))
    summary = _esc(" ".join((spec.summary or "").split()))
    opf = f"""<?xml version='1.0' encoding='utf-8'?>
<package xmlns="http://www.idpf.org/2007/opf" unique-identifier="uuid_id" version="2.0">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
    <dc:title>{_esc(spec.title)}</dc:title>
{creators}
    <dc:description>{summary}</dc:description>
    <dc:publisher>Archive of Our Own</dc:publisher>
    <dc:identifier opf:scheme="URI">{spec.url}</dc:identifier>
    <dc:identifier id="uuid_id" opf:scheme="uuid">{uid}</dc:identifier>
    <dc:language>en</dc:language>
    <dc:date>{spec.published}T00:00:00+00:00</dc:date>
{subjects}
    <meta name="calibre:title_sort" content="{_esc(spec.title)}"/>
  </metadata>
  <manifest>
{manifest}
    <item id="page_css" href="page_styles.css" media-type="text/css"/>
    <item id="css" href="stylesheet.css" media-type="text/css"/>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
  </manifest>
  <spine toc="ncx">
{spine}
  </spine>
</package>
"""
    files: list[tuple[str, str | bytes]] = [
        ("META-INF/container.xml", _CONTAINER.format(opf="content.opf")),
        ("content.opf", opf),
        ("toc.ncx", _ncx(uid, spec.title, [(label, n) for (label, _), n in zip(parts, names, strict=True)])),
        ("stylesheet.css", ".calibre { display: block }\n.userstuff1 { padding: 1em }\n"),
        ("page_styles.css", "@page { margin-bottom: 5pt; margin-top: 5pt }\n"),
    ]
    files += [(n, _xhtml(spec.title, body)) for (_, body), n in zip(parts, names, strict=True)]
    return _zip(files)


def write_ao3_epub(spec: WorkSpec, path: str | Path) -> Path:
    path = Path(path)
    path.write_bytes(ao3_epub_bytes(spec))
    return path


def _fff_entry(label: str, value: str) -> str:
    return f"\n<b>{label}:</b> {value}<br />\n"


def fff_epub_bytes(spec: WorkSpec) -> bytes:
    """A FanFicFare EPUB of ``spec`` (as FanFicFare writes AO3 stories)."""
    author = ", ".join(spec.authors)
    author_html = ", ".join(f"<a class='authorlink' href='{ARCHIVE}/users/{quote(a)}/pseuds/{quote(a)}'>"
                            f"{_esc(a)}</a>" for a in spec.authors)
    entries = []

    def add(label: str, values: list[str] | str | None) -> None:
        if isinstance(values, list):
            values = ", ".join(_esc(v) for v in values) if values else None
        if values:
            entries.append(_fff_entry(label, values))

    add("Category", spec.fandoms)
    add("Genre", spec.additional_tags + spec.categories)
    add("Language", spec.language)
    add("Characters", spec.characters)
    add("Relationships", spec.relationships)
    add("Status", "Completed" if spec.completed else "In-Progress")
    add("Published", spec.published)
    add("Updated", spec.completed or spec.published)
    add("Packaged", "2024-06-01 12:00:00")
    add("Rating", spec.rating)
    add("Warnings", spec.warnings)
    add("Chapters", str(len(spec.chapters)))
    add("Words", f"{spec.word_count:,}")
    add("Publisher", "archiveofourown.org")
    if spec.series:
        name, part = spec.series[0]
        add("Series", f"<a class='serieslink' href='{ARCHIVE}/series/900'>{_esc(name)} [{part}]</a>")
    add("Fandoms", spec.fandoms)
    add("Freeform Tags", spec.additional_tags)
    add("AO3 Categories", spec.categories)
    if spec.kudos is not None:
        add("Kudos", f"{spec.kudos:,}")
    if spec.hits is not None:
        add("Hits", f"{spec.hits:,}")
    if spec.summary:
        add("Summary", _blockquote_text(spec.summary))
    title_page = f"""<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{_esc(spec.title)} by {_esc(author)}</title>
<link href="stylesheet.css" type="text/css" rel="stylesheet"/>
</head>
<body class="fff_titlepage">
<h3><a href="{spec.url}">{_esc(spec.title)}</a> by {author_html}</h3>
<div>
{"".join(entries)}
</div>

</body>
</html>
"""
    chapter_files = []
    for i, ch in enumerate(spec.chapters):
        name = ch.title or f"Chapter {i + 1}"
        if len(spec.chapters) > 1:
            name = f"{i + 1}. {name}"
        notes = ""
        if ch.summary:
            notes += (f"<div class='fff_chapter_notes fff_head_notes'><b>Chapter Summary:</b><blockquote>"
                      f"{_blockquote_text(ch.summary)}</blockquote></div>\n")
        if ch.notes:
            notes += (f"<div class='fff_chapter_notes fff_head_notes'><b>Chapter Notes:</b><blockquote>"
                      f"{_blockquote_text(ch.notes)}</blockquote></div>\n")
        foot = ""
        if ch.end_notes:
            foot = (f"\n<div class='fff_chapter_notes fff_foot_notes'><b>Chapter End Notes:</b><blockquote>"
                    f"{_blockquote_text(ch.end_notes)}</blockquote></div>")
        body = f"""<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{_esc(name)}</title>
<link href="stylesheet.css" type="text/css" rel="stylesheet"/>
<meta name="chapterurl" content="{spec.url}/chapters/{5000 + i}" />
<meta name="chapterorigtitle" content="{_esc(name)}" />
<meta name="chaptertoctitle" content="{_esc(name)}" />
<meta name="chaptertitle" content="{_esc(name)}" />
</head>
<body class="fff_chapter">
<h3 class="fff_chapter_title">{_esc(name)}</h3>
{notes}<div class="userstuff module" role="article">
{_paragraphs(ch.paragraphs)}
</div>{foot}

</body>
</html>
"""
        chapter_files.append((f"OEBPS/file{i + 1:04d}.xhtml", body))
    toc = "".join(f'\n<a href="file{i + 1:04d}.xhtml">{_esc(c.title or f"Chapter {i + 1}")}</a><br />\n'
                  for i, c in enumerate(spec.chapters))
    toc_page = f"""<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{_esc(spec.title)} by {_esc(author)}</title>
<link href="stylesheet.css" type="text/css" rel="stylesheet"/>
</head>
<body class="fff_tocpage">
<div>
<h3>Table of Contents</h3>
{toc}
</div>
</body>
</html>
"""
    uid = f"fanficfare-uid:archiveofourown.org-u{_slug(author)}-s{spec.work_id}"
    items = [("title_page", "OEBPS/title_page.xhtml"), ("toc_page", "OEBPS/toc_page.xhtml")]
    items += [(f"file{i + 1:04d}", n) for i, (n, _) in enumerate(chapter_files)]
    manifest = "\n".join(f'<item id="{i}" href="{h}" media-type="application/xhtml+xml"/>' for i, h in items)
    spine = "\n".join(f'<itemref idref="{i}" linear="yes"/>' for i, _ in items)
    subjects = "".join(f"<dc:subject>{_esc(s)}</dc:subject>" for s in
                       ["FanFiction", *spec.additional_tags, *spec.categories])
    opf = f"""<?xml version="1.0" encoding="utf-8"?>
<package version="2.0" xmlns="http://www.idpf.org/2007/opf" unique-identifier="fanficfare-uid">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
<dc:identifier id="fanficfare-uid">{uid}</dc:identifier>
<dc:title>{_esc(spec.title)}</dc:title>
<dc:creator opf:role="aut">{_esc(author)}</dc:creator>
<dc:contributor opf:role="bkp">FanFicFare [https://github.com/JimmXinu/FanFicFare]</dc:contributor>
<dc:rights></dc:rights>
<dc:language>en</dc:language>
<dc:date opf:event="publication">{spec.published}</dc:date>
<dc:description>{_esc(spec.summary or "")}</dc:description>
{subjects}
<dc:source>{spec.url}</dc:source>
</metadata>
<manifest>
<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
<item id="style" href="OEBPS/stylesheet.css" media-type="text/css"/>
{manifest}
</manifest>
<spine toc="ncx">
{spine}
</spine>
</package>
"""
    files: list[tuple[str, str | bytes]] = [
        ("META-INF/container.xml", _CONTAINER.format(opf="content.opf")),
        ("content.opf", opf),
        ("toc.ncx", _ncx(uid, spec.title, [(c.title or f"Chapter {i + 1}", f"OEBPS/file{i + 1:04d}.xhtml")
                                           for i, c in enumerate(spec.chapters)])),
        ("OEBPS/stylesheet.css", ".fff_chapter_title { text-align: center }\n"),
        ("OEBPS/title_page.xhtml", title_page),
        ("OEBPS/toc_page.xhtml", toc_page),
        *chapter_files,
    ]
    return _zip(files)


def write_fff_epub(spec: WorkSpec, path: str | Path) -> Path:
    path = Path(path)
    path.write_bytes(fff_epub_bytes(spec))
    return path
