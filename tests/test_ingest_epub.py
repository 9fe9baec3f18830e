"""AO3 (calibre) EPUBs, FanFicFare EPUBs and plain EPUBs → Story; hostile archives are refused."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from fabula.errors import EmptyInput, HostileInput, MalformedInput, UnsupportedInput
from fabula.ingest import load
from fabula.ingest.epub import read_epub
from fabula.testing.ao3 import ChapterSpec, WorkSpec, ao3_epub_bytes, fff_epub_bytes, write_ao3_epub


def _spec() -> WorkSpec:
    return WorkSpec(
        title="Lanterns on the Ridge",
        authors=["moorhen"],
        rating="Mature",
        warnings=["Graphic Depictions Of Violence"],
        categories=["M/M"],
        fandoms=["Original Work"],
        relationships=["Oren/Vale"],
        characters=["Oren", "Vale", "Tamsin"],
        additional_tags=["Hurt/Comfort", "Slow Burn"],
        summary="Two couriers, one storm.",
        notes="Beta read by a kind friend.",
        end_notes="More soon.",
        series=[("Ridge Stories", 1)],
        kudos=12,
        hits=340,
        completed="2024-05-05",
        chapters=[
            ChapterSpec(title="Storm Road", summary="They meet.", end_notes="Cliffhanger, sorry.",
                        paragraphs=["Vale\u2019s POV", "The wind took his hat. \u201cLeave it,\u201d Oren said.",
                                    "He *did not* leave it."]),
            ChapterSpec(title="Shelter", paragraphs=["The barn smelled of rain.", "***", "Dawn, finally."]),
        ],
    )


def _check_story_text(s) -> None:
    texts = [(p.kind, s.paragraph_text(p)) for p in s.paragraphs]
    assert ("pov_header", "Vale's POV") in texts
    assert ("text", 'The wind took his hat. "Leave it," Oren said.') in texts
    assert ("scene_break", "***") in texts
    assert texts[-1] == ("text", "Dawn, finally.")
    assert [s.text[a:b] for a, b in s.emphasis] == ["did not"]
    for meta_text in ("Two couriers", "Beta read", "More soon", "They meet", "Cliffhanger", "Table of Contents",
                      "Posted originally", "Mature"):
        assert meta_text not in s.text


def test_ao3_epub_reads_typed_tags_from_the_preface(tmp_path: Path):
    s = load(write_ao3_epub(_spec(), tmp_path / "ridge.epub"))
    m = s.metadata
    assert m.source_format == "ao3-epub"
    assert m.title == "Lanterns on the Ridge" and m.authors == ["moorhen"]
    # The OPF has an untyped dc:subject list ("Fanworks", the rating, every tag); none of it may
    # leak into the typed fields.
    assert m.rating == "Mature"
    assert m.warnings == ["Graphic Depictions Of Violence"]
    assert m.categories == ["M/M"]
    assert m.relationships == ["Oren/Vale"]
    assert m.characters == ["Oren", "Vale", "Tamsin"]
    assert m.additional_tags == ["Hurt/Comfort", "Slow Burn"]
    assert "Fanworks" not in m.additional_tags
    assert m.summary == "Two couriers, one storm."
    assert m.notes == "Beta read by a kind friend." and m.end_notes == "More soon."
    assert [(x.name, x.part) for x in m.series] == [("Ridge Stories", 1)]
    assert m.stats.chapters == "2/2"
    assert [c.title for c in s.chapters] == ["Chapter 1: Storm Road", "Chapter 2: Shelter"]
    assert (s.chapters[0].summary, s.chapters[0].end_notes) == ("They meet.", "Cliffhanger, sorry.")
    _check_story_text(s)


def test_ao3_epub_offsets_point_into_the_concatenated_spine(tmp_path: Path):
    data = ao3_epub_bytes(_spec())
    s = read_epub(data, "ridge.epub")
    zf = zipfile.ZipFile(io.BytesIO(data))
    spine = sorted(n for n in zf.namelist() if n.endswith(".xhtml"))
    assert s.source_text == "".join(zf.read(n).decode("utf-8") for n in spine)
    q = s.text.index("Leave it")
    a, b = s.source_span((q, q + len("Leave it")))
    assert s.source_text[a:b] == "Leave it"
    last = s.paragraphs[-1]
    a, b = last.source_span
    assert s.source_text[a:b] == "Dawn, finally."


def test_fff_epub(tmp_path: Path):
    path = tmp_path / "fff.epub"
    path.write_bytes(fff_epub_bytes(_spec()))
    s = load(path)
    m = s.metadata
    assert m.source_format == "fff-epub"
    assert m.title == "Lanterns on the Ridge" and m.authors == ["moorhen"]
    assert m.source_url == "https://archiveofourown.org/works/1000001"
    assert m.rating == "Mature"
    assert m.warnings == ["Graphic Depictions Of Violence"]
    assert m.fandoms == ["Original Work"]
    assert m.categories == ["M/M"]
    assert m.relationships == ["Oren/Vale"]
    assert m.characters == ["Oren", "Vale", "Tamsin"]
    # "Genre" is FanFicFare's composite of freeform tags and categories: the typed label wins
    assert m.additional_tags == ["Hurt/Comfort", "Slow Burn"]
    assert m.language == "English"
    assert m.summary == "Two couriers, one storm."
    assert [(x.name, x.part) for x in m.series] == [("Ridge Stories", 1)]
    assert m.stats.words is not None and m.stats.kudos == 12 and m.stats.hits == 340
    assert m.stats.completed == "2024-05-05"
    assert [c.title for c in s.chapters] == ["1. Storm Road", "2. Shelter"]
    assert (s.chapters[0].summary, s.chapters[0].end_notes) == ("They meet.", "Cliffhanger, sorry.")
    _check_story_text(s)


def _epub(files: dict[str, str | bytes], mimetype: bool = True) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        if mimetype:
            zf.writestr("mimetype", "application/epub+zip")
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


_CONTAINER = ('<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
              '<rootfiles><rootfile full-path="OPS/book.opf" media-type="application/oebps-package+xml"/>'
              "</rootfiles></container>")


def _opf(items: list[str]) -> str:
    manifest = "".join(f'<item id="i{k}" href="{h}" media-type="application/xhtml+xml"/>' for k, h in enumerate(items))
    spine = "".join(f'<itemref idref="i{k}"/>' for k in range(len(items)))
    return ('<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="2.0">'
            '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Plain Book</dc:title>'
            "<dc:creator>A. Writer</dc:creator><dc:language>en</dc:language></metadata>"
            f"<manifest>{manifest}</manifest><spine>{spine}</spine></package>")


def _xhtml(body: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" '
            '"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body>{body}</body></html>')


def test_generic_epub_uses_spine_order_and_opf_metadata():
    data = _epub({
        "META-INF/container.xml": _CONTAINER,
        "OPS/book.opf": _opf(["text/one.xhtml", "text/two%20b.xhtml"]),
        "OPS/text/two b.xhtml": _xhtml("<h2>Chapter 2</h2><p>Second file.</p>"),
        "OPS/text/one.xhtml": _xhtml("<h2>Chapter 1</h2><p>First <em>file</em>.</p>"),
    })
    s = read_epub(data, "plain.epub")
    assert s.metadata.title == "Plain Book" and s.metadata.authors == ["A. Writer"]
    assert s.metadata.source_format == "epub"
    assert [c.title for c in s.chapters] == ["Chapter 1", "Chapter 2"]
    assert [s.paragraph_text(p) for p in s.text_paragraphs] == ["First file.", "Second file."]


def test_sloppy_xhtml_falls_back_to_the_html_parser():
    data = _epub({
        "META-INF/container.xml": _CONTAINER,
        "OPS/book.opf": _opf(["a.xhtml"]),
        "OPS/a.xhtml": "<html><body><p>Tea&nbsp;time<p>Unclosed paragraphs</body></html>",
    })
    s = read_epub(data, "sloppy.epub")
    assert [s.paragraph_text(p) for p in s.paragraphs] == ["Tea time", "Unclosed paragraphs"]


def test_not_a_zip():
    with pytest.raises(MalformedInput, match="not a zip"):
        read_epub(b"%PDF-1.4 definitely not a zip", "x.epub")


def test_missing_container_opf_and_spine():
    with pytest.raises(MalformedInput, match="container.xml"):
        read_epub(_epub({"OPS/a.xhtml": _xhtml("<p>x</p>")}), "x.epub")
    with pytest.raises(MalformedInput, match="package file"):
        read_epub(_epub({"META-INF/container.xml": _CONTAINER}), "x.epub")
    opf = ('<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="2.0">'
           "<metadata/><manifest/><spine/></package>")
    with pytest.raises(MalformedInput, match="spine"):
        read_epub(_epub({"META-INF/container.xml": _CONTAINER, "OPS/book.opf": opf}), "x.epub")


def test_epub_without_text_is_empty():
    data = _epub({"META-INF/container.xml": _CONTAINER, "OPS/book.opf": _opf(["a.xhtml"]),
                  "OPS/a.xhtml": _xhtml("<div><img src='cover.jpg' alt=''/></div>")})
    with pytest.raises(EmptyInput):
        read_epub(data, "x.epub")


def zip_bomb_bytes() -> bytes:
    """200 MB of zeros that deflate to ~200 KB."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", "application/epub+zip")
        zf.writestr("META-INF/container.xml", _CONTAINER)
        with zf.open("OPS/bomb.xhtml", "w", force_zip64=True) as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(200):
                fh.write(chunk)
    return buf.getvalue()


def test_zip_bomb_is_hostile():
    with pytest.raises(HostileInput, match="zip bomb"):
        read_epub(zip_bomb_bytes(), "bomb.epub")


def test_small_high_ratio_member_under_total_limit_is_refused_by_ratio():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("OPS/zeros.xhtml", b"\0" * (20 << 20))
    with pytest.raises(HostileInput, match="expands"):
        read_epub(buf.getvalue(), "ratio.epub")


@pytest.mark.parametrize("name", ["../evil.xhtml", "/etc/evil.xhtml", "OPS/../../evil.xhtml", "C:/evil.xhtml",
                                  "..\\evil.xhtml"])
def test_path_traversal_names_are_hostile(name: str):
    data = _epub({"META-INF/container.xml": _CONTAINER, name: "x"})
    with pytest.raises(HostileInput, match="path traversal"):
        read_epub(data, "trav.epub")


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&lol4;</p></body></html>"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE html [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&secret;</p></body></html>"""


@pytest.mark.parametrize("doc", [BILLION_LAUGHS, XXE])
@pytest.mark.parametrize("where", ["xhtml", "opf", "container"])
def test_entity_attacks_are_hostile(doc: str, where: str):
    files = {"META-INF/container.xml": _CONTAINER, "OPS/book.opf": _opf(["a.xhtml"]),
             "OPS/a.xhtml": _xhtml("<p>ok</p>")}
    if where == "xhtml":
        files["OPS/a.xhtml"] = doc
    elif where == "opf":
        files["OPS/book.opf"] = doc.replace("<html", "<package").replace("</html>", "</package>")
    else:
        files["META-INF/container.xml"] = doc
    with pytest.raises(HostileInput, match="entit"):
        read_epub(_epub(files), "attack.epub")


def test_external_dtd_is_hostile():
    doc = ('<?xml version="1.0"?><!DOCTYPE html SYSTEM "http://evil.example/x.dtd">'
           '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>')
    files = {"META-INF/container.xml": _CONTAINER, "OPS/book.opf": _opf(["a.xhtml"]), "OPS/a.xhtml": doc}
    with pytest.raises(HostileInput, match="external DTD"):
        read_epub(_epub(files), "dtd.epub")


@pytest.mark.parametrize("doctype", ["<!DOCTYPE html>", '<!DOCTYPE html SYSTEM "about:legacy-compat">',
                                     '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                                     '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">'])
def test_ordinary_doctypes_are_fine(doctype: str):
    doc = (f'<?xml version="1.0" encoding="utf-8"?>\n{doctype}\n'
           '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Rain again.</p></body></html>')
    data = _epub({"META-INF/container.xml": _CONTAINER, "OPS/book.opf": _opf(["a.xhtml"]), "OPS/a.xhtml": doc})
    assert read_epub(data, "ok.epub").text == "Rain again."


def test_drm_epub_is_unsupported():
    enc = ('<?xml version="1.0"?><encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
           'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:CipherData>'
           '<enc:CipherReference URI="OPS/a.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>')
    data = _epub({"META-INF/container.xml": _CONTAINER, "META-INF/encryption.xml": enc,
                  "OPS/book.opf": _opf(["a.xhtml"]), "OPS/a.xhtml": b"\x8f\x02binary-ciphertext"})
    with pytest.raises(UnsupportedInput, match="DRM"):
        read_epub(data, "drm.epub")


def test_fff_table_title_page_and_old_untitled_chapters():
    """FanFicFare's table layout for the title page, and fanficdownloader-era chapters whose title
    is just the body's first heading."""
    title_page = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Moth Light by Pell</title></head>
<body class="fff_titlepage"><h3><a href="https://example.org/s/77">Moth Light</a> by <a class='authorlink'
href='https://example.org/u/5'>Pell</a></h3>
<table class="full">
<tr><td><b>Category:</b></td><td>Original Stories</td></tr>
<tr><td><b>Genre:</b></td><td>Romance, Drama</td></tr>
<tr><td><b>Characters:</b></td><td>Iva, Rook</td></tr>
<tr><td><b>Rating:</b></td><td>T</td></tr>
<tr><td><b>Words:</b></td><td>1,204</td></tr>
<tr><td colspan="2"><b>Summary:</b> Two lamps, one night.</td></tr>
</table></body></html>"""
    chapter = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Dusk</title></head>
<body><h3>Dusk</h3><p>The moths came first.</p></body></html>"""
    opf = ('<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="2.0">'
           '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Moth Light</dc:title>'
           '<dc:contributor opf:role="bkp" xmlns:opf="http://www.idpf.org/2007/opf">fanficdownloader</dc:contributor>'
           "</metadata><manifest>"
           '<item id="t" href="title_page.xhtml" media-type="application/xhtml+xml"/>'
           '<item id="c" href="file0001.xhtml" media-type="application/xhtml+xml"/></manifest>'
           '<spine><itemref idref="t"/><itemref idref="c"/></spine></package>')
    data = _epub({"META-INF/container.xml": _CONTAINER, "OPS/book.opf": opf,
                  "OPS/title_page.xhtml": title_page, "OPS/file0001.xhtml": chapter})
    s = read_epub(data, "moth.epub")
    m = s.metadata
    assert m.source_format == "fff-epub"
    assert (m.title, m.authors, m.source_url) == ("Moth Light", ["Pell"], "https://example.org/s/77")
    assert m.fandoms == ["Original Stories"] and m.additional_tags == ["Romance", "Drama"]
    assert (m.characters, m.rating, m.stats.words) == (["Iva", "Rook"], "T", 1204)
    assert m.summary == "Two lamps, one night."
    assert [c.title for c in s.chapters] == ["Dusk"]
    assert [(p.kind, s.paragraph_text(p)) for p in s.paragraphs] == [("heading", "Dusk"),
                                                                      ("text", "The moths came first.")]
