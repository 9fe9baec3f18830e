"""The bundled AO3-style examples: up to date with the .txt, typed tags, schema-valid JSON."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from fabula.cli import app
from fabula.ingest import load

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def _make_examples():
    spec = importlib.util.spec_from_file_location("make_examples", ROOT / "scripts" / "make_examples.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_examples_are_regenerated_from_the_txt(tmp_path: Path, examples_dir: Path):
    """Editing the .txt without re-running scripts/make_examples.py fails here."""
    for built in _make_examples().build(tmp_path):
        assert built.read_bytes() == (examples_dir / built.name).read_bytes(), built.name


def test_html_and_epub_examples_read_like_the_txt(examples_dir: Path):
    txt = load(examples_dir / "the-seam-that-holds.txt")
    for name, fmt in (("the-seam-that-holds.html", "ao3-html"), ("the-seam-that-holds.epub", "ao3-epub")):
        s = load(examples_dir / name)
        m = s.metadata
        assert m.source_format == fmt
        assert m.title == "The Seam That Holds"
        assert m.fandoms == ["Original Work"] and m.warnings == ["No Archive Warnings Apply"]
        assert m.rating and m.relationships and m.characters
        assert {"Flashbacks", "Break Up", "Angst"} <= set(m.additional_tags)
        assert m.summary and m.notes and m.summary not in s.text
        assert s.text == txt.text
        assert [p.kind for p in s.paragraphs] == [p.kind for p in txt.paragraphs]


@pytest.mark.parametrize("name", ["the-seam-that-holds.html", "the-seam-that-holds.epub"])
def test_analyze_ao3_examples_json_validates(tmp_path: Path, examples_dir: Path, name: str):
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    out = tmp_path / "seam.json"
    res = runner.invoke(app, ["analyze", str(examples_dir / name), "--json", str(out), "-q"])
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    meta = data["story"]["metadata"]
    assert meta["fandoms"] == ["Original Work"] and "Flashbacks" in meta["additional_tags"]
    src = load(examples_dir / name).source_text  # the HTML file / the joined spine files
    text = data["story"]["text"]
    assert data["quotes"]
    for q in data["quotes"][:10]:
        for (a, b), (sa, sb) in zip(q["spans"], q["source_spans"], strict=True):
            assert " ".join(text[a:b].split()) == " ".join(src[sa:sb].split())
