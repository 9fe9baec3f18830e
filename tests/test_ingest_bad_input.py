"""Every bad input from the ingest issue, through the real CLI: one line naming the file and the
problem, the documented exit code, no traceback, and no output file left behind."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fabula import errors
from fabula.cli import app
from fabula.testing.ao3 import ChapterSpec, WorkSpec, ao3_epub_bytes

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]

_CONTAINER = ('<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
              '<rootfiles><rootfile full-path="content.opf" media-type="application/oebps-package+xml"/>'
              "</rootfiles></container>")
_OPF = ('<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="2.0"><metadata/>'
        '<manifest><item id="a" href="a.xhtml" media-type="application/xhtml+xml"/></manifest>'
        '<spine><itemref idref="a"/></spine></package>')


def _zip(files: dict[str, bytes | str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("META-INF/container.xml", _CONTAINER)
        with zf.open("a.xhtml", "w", force_zip64=True) as fh:
            for _ in range(150):
                fh.write(b" " * (1 << 20))
    return buf.getvalue()


_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">'
           '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
           '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&lol3;</p></body></html>')
_XXE = ('<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&x;</p></body></html>')

CASES = {
    "empty": ("story.txt", b"", errors.EXIT_EMPTY, "empty"),
    "whitespace": ("story.txt", b"  \n\n \t \r\n ", errors.EXIT_EMPTY, "whitespace"),
    "png-as-txt": ("story.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
                   errors.EXIT_UNSUPPORTED, "PNG"),
    "unknown-extension": ("story.docx", b"PK\x03\x04 whatever", errors.EXIT_UNSUPPORTED, "unknown file type"),
    "html-no-story": ("story.html", b"<html><head><title>Empty</title><script>var s='<p>x</p>';</script>"
                      b"</head><body><div></div></body></html>", errors.EXIT_MALFORMED, "no story text"),
    "malformed-html": ("story.html", b"</p></div></span>", errors.EXIT_MALFORMED, "cannot parse the HTML"),
    "epub-not-zip": ("story.epub", b"this is plain text pretending to be an EPUB", errors.EXIT_MALFORMED,
                     "not a zip"),
    "zip-bomb": ("story.epub", _bomb, errors.EXIT_HOSTILE, "zip bomb"),
    "path-traversal": ("story.epub", lambda: _zip({"META-INF/container.xml": _CONTAINER, "../../evil.sh": "x"}),
                       errors.EXIT_HOSTILE, "path traversal"),
    "billion-laughs": ("story.epub", lambda: _zip({"META-INF/container.xml": _CONTAINER, "content.opf": _OPF,
                                                   "a.xhtml": _LAUGHS}), errors.EXIT_HOSTILE, "entities"),
    "external-entity": ("story.epub", lambda: _zip({"META-INF/container.xml": _CONTAINER, "content.opf": _OPF,
                                                    "a.xhtml": _XXE}), errors.EXIT_HOSTILE, "entities"),
    "epub-no-container": ("story.epub", lambda: _zip({"a.xhtml": "<html/>"}), errors.EXIT_MALFORMED,
                          "container.xml"),
}


def _run(path: Path, out: Path):
    return runner.invoke(app, ["analyze", str(path), "--json", str(out)])


def _assert_one_line_error(res, path: Path, code: int, words: str, out: Path) -> None:
    assert res.exit_code == code, res.output
    lines = [ln for ln in res.output.splitlines() if ln.strip()]
    assert len(lines) == 1, res.output
    assert lines[0].startswith("fabula: error: ") and str(path) in lines[0]
    assert words.lower() in lines[0].lower()
    assert "Traceback" not in res.output
    assert not out.exists()
    assert not [p for p in out.parent.iterdir() if p.name.startswith(f".{out.name}")]  # no temp files


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input(tmp_path: Path, case: str):
    name, content, code, words = CASES[case]
    path = tmp_path / name
    path.write_bytes(content() if callable(content) else content)
    out = tmp_path / "out.json"
    _assert_one_line_error(_run(path, out), path, code, words, out)


def test_fifty_megabyte_text_is_refused_clearly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("FABULA_MAX_MB", raising=False)
    path = tmp_path / "huge.txt"
    line = b"She walked along the shore and counted the boats again, one by one.\n"
    with path.open("wb") as fh:
        for _ in range((50 * 1024 * 1024) // len(line) + 1):
            fh.write(line)
    assert path.stat().st_size >= 50 * 1024 * 1024
    out = tmp_path / "out.json"
    _assert_one_line_error(_run(path, out), path, errors.EXIT_TOO_LARGE, "MB", out)


def test_missing_file(tmp_path: Path):
    path = tmp_path / "nowhere.txt"
    out = tmp_path / "out.json"
    _assert_one_line_error(_run(path, out), path, errors.EXIT_NOT_FOUND, "no such file", out)


def test_non_english_text_warns_and_still_works(tmp_path: Path):
    path = tmp_path / "histoire.txt"
    path.write_text(
        "Le matin était gris sur le port. Margot descendit vers les bateaux avec son frère, qui portait "
        "les filets. « Tu crois qu'il va pleuvoir ? » demanda-t-elle. Il haussa les épaules sans répondre.\n\n"
        "Les mouettes criaient au-dessus des quais, et le vieux pêcheur réparait toujours sa barque bleue "
        "pendant que les enfants couraient entre les caisses vides de poissons.\n", encoding="utf-8")
    out = tmp_path / "out.json"
    res = runner.invoke(app, ["analyze", str(path), "--json", str(out)])
    assert res.exit_code == 0, res.output
    warnings = [ln for ln in res.output.splitlines() if ln.startswith("fabula: warning:")]
    assert len(warnings) == 1 and str(path) in warnings[0] and "English" in warnings[0]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["story"]["text"].startswith("Le matin")


def test_failed_run_leaves_no_partial_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A failure while the JSON is being written leaves neither the file nor a temp file."""
    from fabula import io as fio

    real_fsync = os.fsync

    def boom(fd: int) -> None:
        real_fsync(fd)
        raise OSError("disk vanished")

    monkeypatch.setattr(fio.os, "fsync", boom)
    src = tmp_path / "s.txt"
    src.write_text("Mara opened the door. \"Hello,\" she said.\n", encoding="utf-8")
    out = tmp_path / "out.json"
    res = runner.invoke(app, ["analyze", str(src), "--json", str(out), "--quiet"])
    assert res.exit_code != 0
    assert "Traceback" not in res.output
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [src]


def test_killed_run_leaves_no_partial_json(tmp_path: Path):
    """SIGKILL at any moment: the JSON is either absent or complete, never half written."""
    spec = WorkSpec(title="Long Night", chapters=[ChapterSpec(paragraphs=[
        f"Night {i} came and Mara said \"again\" to the empty kitchen, and waited." for i in range(400)])])
    src = tmp_path / "long.epub"
    src.write_bytes(ao3_epub_bytes(spec))
    out = tmp_path / "out.json"
    proc = subprocess.Popen([sys.executable, "-m", "fabula.cli", "analyze", str(src), "--json", str(out), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    time.sleep(2.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    if out.exists():
        json.loads(out.read_text(encoding="utf-8"))  # complete, or it would not be there


def test_kill_in_the_middle_of_writing_leaves_no_output(tmp_path: Path):
    """The process is SIGKILLed after the JSON bytes are written but before the rename: the
    target must not exist (only a hidden temp file may remain)."""
    out = tmp_path / "out.json"
    code = (
        "import os, signal\n"
        "import fabula.io as fio\n"
        "fio.os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)\n"
        f"fio.write_atomic({str(out)!r}, '{{\"a\": ' + '1' * 1000000 + '}}')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL
    assert not out.exists()


def test_html_declaring_entities_is_hostile(tmp_path: Path):
    path = tmp_path / "story.xhtml"
    path.write_text(_LAUGHS, encoding="utf-8")
    out = tmp_path / "out.json"
    _assert_one_line_error(_run(path, out), path, errors.EXIT_HOSTILE, "declares XML entities", out)
