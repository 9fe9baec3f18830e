"""PER mention spans from a small trained span classifier (spaCy ``spancat``), run on the parsed Doc.

LitBank-style person mentions are noun phrases, proper ("Mr. Darcy") or common ("the father of the
girl"), and they NEST ("the girl" inside "the father of the girl"), so a tagger of flat entities
cannot represent them; a span classifier scores candidate spans independently and keeps nesting.

Why this shape:

- The candidate spans come from :func:`candidate_spans`: every 1..``max_ngram``-token window plus
  noun-phrase spans read off the dependency parse (a head with its left modifiers and 0..n of its
  right dependents, and its whole subtree). On LitBank dev this covers ~94% of gold PER spans with
  ~4 candidates per token; long relative-clause phrases ("others who know this suitor by sight")
  are only reachable through the parse.
- The classifier has its own small tok2vec whose input is the main pipeline's token vectors
  (``doc.tensor``, what en_core_web_sm learned from far more text than LitBank) plus hashed word
  features and the tag, dependency label and entity type already on the Doc: it reuses the main
  parse instead of parsing again.
- It runs on the Doc the pipeline already parsed (``SpanCategorizer.predict`` does not modify it);
  the weights ship in ``fabula/models/cast_mentions/`` and are loaded once per process through
  :func:`fabula.nlp.load_mentions`.

Trained by ``scripts/train_mentions.py`` on the LitBank dev documents only (config
``scripts/cast_mentions.cfg``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy

MODEL_DIR = "models/cast_mentions"
SPANS_KEY = "sc"
TENSOR_WIDTH = 96  # en_core_web_sm's tok2vec width
_CUT = {"conj", "cc", "appos", "punct", "preconj"}
_HEAD_POS = {"NOUN", "PROPN", "PRON", "ADJ", "NUM", "DET"}
_BAD_FIRST = {"PUNCT", "VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PART", "SPACE", "ADV", "INTJ"}
_BAD_LAST = _BAD_FIRST | {"DET"}
CHUNK_TOKENS = 2000  # tokens per spancat call: bounded memory, no superlinear slow-down on novels


@dataclass(frozen=True)
class PersonSpan:
    """One predicted PER mention: token range [tok_start, tok_end), char range [start, end)."""

    start: int
    end: int
    tok_start: int
    tok_end: int
    head: int  # token index of the syntactic head of the span
    score: float


def _trim(doc, lo: int, hi: int) -> tuple[int, int]:
    while hi > lo + 1 and doc[hi - 1].is_punct:
        hi -= 1
    while lo < hi - 1 and doc[lo].is_punct:
        lo += 1
    return lo, hi


def candidate_spans(doc, max_ngram: int = 4) -> list[tuple[int, int]]:
    """Token spans worth scoring (sorted, unique): parse-derived noun phrases, plus 1..max_ngram
    token windows that neither start nor end on a word class no person mention starts/ends with
    (punctuation, verbs, prepositions, conjunctions; a determiner is a start, never an end). On
    LitBank dev this keeps 93.8% of gold PER spans with ~1 candidate per token instead of 4 (94.4%) —
    the scoring cost grows with the candidate count."""
    n = len(doc)
    out: set[tuple[int, int]] = set()
    pos = [t.pos_ for t in doc]
    for i in range(n):
        if pos[i] in _BAD_FIRST:
            continue
        for k in range(1, min(max_ngram, n - i) + 1):
            if pos[i + k - 1] not in _BAD_LAST:
                out.add((i, i + k))
    if doc.has_annotation("DEP"):
        for t in doc:
            if t.pos_ not in _HEAD_POS:
                continue
            lefts = [c for c in t.lefts if c.dep_ not in _CUT]
            lo = min((c.left_edge.i for c in lefts), default=t.i)
            hi = t.i + 1
            out.add(_trim(doc, lo, hi))
            for c in t.rights:
                if c.dep_ in _CUT or c.is_punct:
                    continue
                hi = max(hi, c.right_edge.i + 1)
                out.add(_trim(doc, lo, hi))
            out.add(_trim(doc, t.left_edge.i, t.right_edge.i + 1))
    return sorted(s for s in out if s[0] < s[1])


def _suggest(docs: Iterable, max_ngram: int, *, ops=None):
    from thinc.api import get_current_ops
    from thinc.types import Ragged

    ops = ops or get_current_ops()
    arrays, lengths = [], []
    for doc in docs:
        c = candidate_spans(doc, max_ngram)
        lengths.append(len(c))
        if c:
            arrays.append(numpy.asarray(c, dtype="i"))
    data = numpy.vstack(arrays) if arrays else numpy.zeros((0, 0), dtype="i")
    return Ragged(ops.asarray2i(data), ops.asarray1i(lengths))


TENSOR_KEY = "fabula_tensor"


def _tensor_forward(model, docs, is_train: bool):
    """The main pipeline's own tok2vec output (``doc.tensor``) as a fixed input feature: it carries
    what en_core_web_sm learned about words from far more text than LitBank, at no extra cost.
    A Doc without a usable tensor gets zeros (callers check :func:`usable` first)."""
    w = model.attrs["width"]
    out = []
    for doc in docs:
        t = doc.tensor
        if t is None or getattr(t, "ndim", 0) != 2 or t.shape != (len(doc), w):
            t = numpy.zeros((len(doc), w), dtype="f")
        out.append(model.ops.asarray2f(t))
    return out, lambda d_out: []


def _register() -> None:
    """spaCy registry entries the shipped config names (suggester, embedding; the training reader)."""
    from functools import partial

    from spacy import registry

    @registry.architectures("fabula.TensorHashEmbed.v1")
    def tensor_hash_embed(width: int, attrs: list[str], rows: list[int], tensor_width: int = 96):
        from spacy.ml.models.tok2vec import MultiHashEmbed
        from thinc.api import Maxout, Model, chain, concatenate, with_array

        hashed = MultiHashEmbed(width=width, attrs=attrs, rows=rows, include_static_vectors=False)
        tensor = Model("doc_tensor", _tensor_forward, attrs={"width": tensor_width})
        mix = with_array(Maxout(width, width + tensor_width, nP=3, normalize=True))
        model = chain(concatenate(hashed, tensor), mix)
        model.set_dim("nO", width)
        return model

    @registry.misc("fabula.person_span_suggester.v1")
    def make_suggester(max_ngram: int = 4):
        return partial(_suggest, max_ngram=max_ngram)

    @registry.readers("fabula.parsed_corpus.v1")
    def make_reader(path: Path):
        return partial(_read_parsed, Path(path))


def _read_parsed(path: Path, nlp) -> Iterator:
    """Training examples whose predicted side keeps the parse (tags, deps, entities) of the gold Doc
    — spaCy's own Corpus reader would re-tokenize and drop it, and the features need it."""
    from spacy.tokens import DocBin
    from spacy.training import Example

    for ref in DocBin(store_user_data=True).from_disk(path).get_docs(nlp.vocab):
        pred = ref.copy()
        pred.spans.clear()
        if TENSOR_KEY in ref.user_data:
            pred.tensor = numpy.asarray(ref.user_data[TENSOR_KEY], dtype="f")
        yield Example(pred, ref)


_register()


def model_path() -> Path | None:
    p = resources.files("fabula").joinpath(MODEL_DIR)
    return Path(str(p)) if p.is_dir() and p.joinpath("config.cfg").is_file() else None


@lru_cache(maxsize=1)
def _component():
    from fabula import nlp as nlp_mod

    path = model_path()
    if path is None:
        return None
    return nlp_mod.load_mentions(str(path)).get_pipe("spancat")


def available() -> bool:
    return _component() is not None


def _has_tensor(doc) -> bool:
    t = doc.tensor
    return getattr(t, "ndim", 0) == 2 and t.shape == (len(doc), TENSOR_WIDTH)


def ensure_tensor(doc) -> bool:
    """Give ``doc`` the main pipeline's token vectors if it lost them: a Doc read back from a DocBin
    (the evaluation cache) has none. Only the main pipeline's ``tok2vec`` runs (no re-parse); a
    Doc from :func:`fabula.nlp.parse` already has them. False when they cannot be had (another
    pipeline, another width) — callers then fall back to rules."""
    if _has_tensor(doc):
        return True
    from fabula import nlp as nlp_mod

    main = nlp_mod.load()
    if "tok2vec" not in main.pipe_names or len(doc) == 0:
        return False
    doc.tensor = main.get_pipe("tok2vec").predict([doc])[0]
    return _has_tensor(doc)


def usable(doc) -> bool:
    """Whether the shipped model can run on ``doc`` (it needs the main pipeline's token vectors)."""
    return available() and ensure_tensor(doc)


def person_spans(doc) -> list[PersonSpan]:
    """:func:`predict` at the shipped threshold, computed once per Doc (kept in ``doc.user_data``)
    so the nominal finder and the entity evaluation share one model run."""
    key = ("fabula", "person_spans")
    hit = doc.user_data.get(key)
    if hit is None:
        hit = predict(doc)
        doc.user_data[key] = hit
    return hit


def _chunks(doc) -> list[tuple[int, int]]:
    """Token ranges of whole sentences, about CHUNK_TOKENS long, covering ``doc``."""
    out, start = [], 0
    for sent in doc.sents:
        if sent.end - start >= CHUNK_TOKENS:
            out.append((start, sent.end))
            start = sent.end
    if start < len(doc):
        out.append((start, len(doc)))
    return out


def predict(doc, threshold: float | None = None) -> list[PersonSpan]:
    """PER mention spans (no pronouns) the shipped model finds in ``doc``; [] without a model.

    The Doc is scored in sentence-aligned chunks (copies with their slice of ``doc.tensor``): one
    call over a whole novel would hold every candidate's vectors at once (GBs) and run slower."""
    spancat = _component()
    if spancat is None or len(doc) == 0 or not ensure_tensor(doc):
        return []
    thr = spancat.cfg.get("threshold", 0.5) if threshold is None else threshold
    out = []
    for a, b in _chunks(doc):
        sub = doc[a:b].as_doc()
        sub.tensor = doc.tensor[a:b]
        indices, scores = spancat.predict([sub])
        if scores.size == 0:
            continue
        idx = spancat.model.ops.to_numpy(indices.dataXd)
        sc = spancat.model.ops.to_numpy(scores)[:, 0]
        for k in numpy.flatnonzero(sc >= thr):
            s, e = int(idx[k, 0]) + a, int(idx[k, 1]) + a
            span = doc[s:e]
            if e - s == 1 and doc[s].pos_ == "PRON":
                continue  # LitBank's PER layer never holds bare pronouns; neither do we
            out.append(PersonSpan(span.start_char, span.end_char, s, e, span.root.i, float(sc[k])))
    return out
