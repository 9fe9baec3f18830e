"""The CLI end to end: analyze, JSON output valid against `fabula schema`, errors and exit codes."""

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from fabula import errors
from fabula.cli import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "the-seam-that-holds.txt"
runner = CliRunner()


@pytest.fixture(scope="module")
def schema():
    res = runner.invoke(app, ["schema"])
    assert res.exit_code == 0
    return json.loads(res.stdout)


def _validate(payload: dict, schema: dict) -> None:
    jsonschema.Draft202012Validator(schema).validate(payload)


def test_version():
    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0 and res.stdout.startswith("fabula ")


def test_analyze_example_json_validates(tmp_path, schema):
    out = tmp_path / "a.json"
    res = runner.invoke(app, ["analyze", str(EXAMPLE), "--json", str(out), "--quiet"])
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text())
    _validate(data, schema)
    assert data["schema_version"]
    text = data["story"]["text"]
    assert "Theo's point of view" in text
    src = EXAMPLE.read_text(encoding="utf-8")
    for p in data["story"]["paragraphs"]:
        (a, b), (sa, sb) = p["span"], p["source_span"]
        assert " ".join(text[a:b].split()) == " ".join(src[sa:sb].split())
    for key in ("characters", "narrator", "quotes", "scenes", "relationships", "events", "arcs", "tags"):
        assert isinstance(data[key], list)


def test_analyze_reference_story_validates(tmp_path, schema, reference_story):
    out = tmp_path / "r.json"
    res = runner.invoke(app, ["analyze", str(reference_story), "--json", str(out), "--quiet"])
    assert res.exit_code == 0, res.output
    _validate(json.loads(out.read_text()), schema)


def test_summary_printed():
    res = runner.invoke(app, ["analyze", str(EXAMPLE)])
    assert res.exit_code == 0
    assert "Words" in res.stdout and "Paragraphs" in res.stdout


def test_python_api_text():
    import fabula

    a = fabula.analyze(text="Mara opened the door. \u201cHello,\u201d she said.")
    assert a.story.text.startswith("Mara opened the door.")
    with pytest.raises(ValueError):
        fabula.analyze()


@pytest.mark.parametrize("content,suffix,code", [
    (b"", ".txt", errors.EXIT_EMPTY),
    (b"   \n\n\t ", ".txt", errors.EXIT_EMPTY),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ".txt", errors.EXIT_UNSUPPORTED),
    (b"some text", ".docx", errors.EXIT_UNSUPPORTED),
])
def test_bad_input_one_line_no_output(tmp_path, content, suffix, code):
    f = tmp_path / f"bad{suffix}"
    f.write_bytes(content)
    out = tmp_path / "out.json"
    proc = subprocess.run([sys.executable, "-m", "fabula.cli", "analyze", str(f), "--json", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == code
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and str(f) in lines[0] and "Traceback" not in proc.stderr
    assert not out.exists()


def test_missing_file_exit_code(tmp_path):
    res = runner.invoke(app, ["analyze", str(tmp_path / "nope.txt")])
    assert res.exit_code == errors.EXIT_NOT_FOUND


def test_too_large_refused_without_reading(tmp_path, monkeypatch):
    f = tmp_path / "big.txt"
    with f.open("wb") as fh:
        fh.seek(3 * 1024 * 1024)
        fh.write(b"x")
    monkeypatch.setenv("FABULA_MAX_MB", "1")
    res = runner.invoke(app, ["analyze", str(f)])
    assert res.exit_code == errors.EXIT_TOO_LARGE


def test_encodings(tmp_path):
    from fabula import ingest

    s = "\u201cCaf\u00e9,\u201d she said \u2014 twice."
    for enc, data in [("utf-8", s.encode()), ("utf-8-sig", s.encode("utf-8-sig")),
                      ("utf-16", s.encode("utf-16")), ("cp1252", s.encode("cp1252"))]:
        f = tmp_path / f"{enc}.txt"
        f.write_bytes(data)
        story = ingest.load(f)
        assert story.text == '"Caf\u00e9," she said \u2014 twice.', enc


def test_analyze_with_user_kb(tmp_path):
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "broken.yaml").write_text("::: not a fandom\n")
    out = tmp_path / "a.json"
    res = runner.invoke(app, ["analyze", str(EXAMPLE), "--kb", str(kb), "--json", str(out), "-q"])
    assert res.exit_code == errors.EXIT_MALFORMED
    assert "broken.yaml" in res.output and not out.exists()
