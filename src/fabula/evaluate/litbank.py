"""Reading LitBank gold data (entities, coreference) and running fabula over its documents.

LitBank's ``.txt`` files are tokenized, one sentence per line; ``.ann`` offsets point into them.
We ingest each ``.txt`` as an ordinary plain-text story and map fabula's normalized spans back to
the file with ``Story.source_span``, so nothing in the pipeline knows about LitBank.

Layout (``<litbank>/``): ``entities/brat/<doc>_brat.{ann,txt}`` (T-lines ``ID\\tTYPE s e\\ttext``),
``coref/brat/<doc>_brat.ann`` (T-lines with ``PROP_PER``/``NOM_PER``/``PRON_PER`` types) and
``coref/tsv/<doc>_brat.ann`` (``COREF\\tT12\\tEntity-3`` cluster lines).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class GoldMention:
    id: str
    type: str  # PER, LOC, ...
    start: int
    end: int
    text: str
    cat: str = ""  # PROP | NOM | PRON (coref files)
    entity: str = ""  # coreference cluster id


def default_litbank_dir() -> Path | None:
    here = Path(__file__).resolve()
    for parent in here.parents:
        cand = parent.parent / "shared" / "data" / "litbank"
        if cand.is_dir():
            return cand
    return None


def doc_ids(root: Path, kind: str = "entities") -> list[str]:
    """Document ids (file stems without ``_brat``) that have ``kind`` annotations."""
    return sorted(p.name[: -len("_brat.ann")] for p in (root / kind / "brat").glob("*_brat.ann"))


def read_brat(path: Path) -> list[GoldMention]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("T"):
            continue
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        head = parts[1].split()
        if len(head) < 3 or ";" in parts[1]:
            continue
        typ = head[0]
        cat = ""
        if "_" in typ:
            cat, typ = typ.split("_", 1)
        out.append(GoldMention(parts[0], typ, int(head[1]), int(head[-1]), parts[2], cat))
    return out


def entities(root: Path, doc: str) -> list[GoldMention]:
    return read_brat(root / "entities" / "brat" / f"{doc}_brat.ann")


def coref_mentions(root: Path, doc: str) -> list[GoldMention]:
    """Coreference mentions with their cluster ids attached."""
    clusters: dict[str, str] = {}
    tsv = root / "coref" / "tsv" / f"{doc}_brat.ann"
    if tsv.exists():
        for line in tsv.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 3 and parts[0] == "COREF":
                clusters[parts[1]] = parts[2]
    out = []
    for m in read_brat(root / "coref" / "brat" / f"{doc}_brat.ann"):
        out.append(GoldMention(m.id, m.type, m.start, m.end, m.text, m.cat, clusters.get(m.id, "")))
    return out


def text_path(root: Path, doc: str, kind: str = "entities") -> Path:
    return root / kind / "brat" / f"{doc}_brat.txt"


def split_docs(root: Path, kind: str, split: str) -> list[str]:
    from fabula.evaluate.splits import load_split

    ids = doc_ids(root, kind)
    if split == "all":
        return ids
    wanted = set(load_split("litbank")[split])
    return [d for d in ids if d in wanted]


class SourceToStory:
    """Map source-file offsets back to normalized story offsets (the inverse of ``source_span``)."""

    def __init__(self, story):
        import bisect

        self._bisect = bisect
        offs = story.offsets
        if offs is None or len(offs) == 0:
            self.src = list(range(len(story.text) + 1))
        else:
            self.src = list(offs)
        self.n = len(story.text)

    def start(self, s: int) -> int:
        return min(self.n, self._bisect.bisect_left(self.src, s, 0, self.n))

    def end(self, e: int) -> int:
        # the first normalized char whose source offset is >= e
        return min(self.n, self._bisect.bisect_left(self.src, e, 0, self.n))

    def span(self, s: int, e: int) -> tuple[int, int]:
        return self.start(s), self.end(e)


def select_docs(litbank_dir: Path | None, kind: str, split: str, docs: list[str] | None) -> tuple[Path, list[str]]:
    """The LitBank folder (given, or ../shared/data/litbank) and the document ids to score: the
    ones named, else the split's. A missing folder is a usage error for `fabula eval`."""
    import typer

    root = litbank_dir or default_litbank_dir()
    if root is None or not Path(root).is_dir():
        raise typer.BadParameter("no LitBank folder: pass --litbank DIR")
    root = Path(root)
    if not docs:
        return root, split_docs(root, kind, split)
    known = set(doc_ids(root, kind))
    unknown = [d for d in docs if d not in known]
    if unknown:
        raise typer.BadParameter(f"no LitBank {kind} document {', '.join(unknown)} in {root} "
                                 f"(ids look like {sorted(known)[0] if known else '?'})")
    return root, list(docs)


# -- the untokenized original -------------------------------------------------------------------

_QUOTE_VARIANTS = {'"': ('"', "\u201c", "\u201d"), "\u201c": ('"', "\u201c", "\u201d"),
                   "\u201d": ('"', "\u201c", "\u201d"), "``": ('"', "\u201c"), "''": ('"', "\u201d"),
                   "'": ("'", "\u2018", "\u2019"), "\u2018": ("'", "\u2018", "\u2019"),
                   "\u2019": ("'", "\u2018", "\u2019"), "--": ("--", "\u2014", "\u2013")}
_LOOKAHEAD = 400  # characters searched for the next token before it is given up as unaligned


@dataclass
class OriginalExcerpt:
    """A LitBank excerpt as its novel prints it: ``text`` is the stretch of ``original/<doc>.txt``
    that the tokenized ``.txt`` covers (paragraphs, hard line wraps and quote marks as published),
    and ``to_tokenized`` maps a span of ``text`` to the tokenized file's offsets, where the gold
    annotations live. LitBank's own files put one sentence per line, which breaks paragraphs, and
    with them speech tags and turn-taking, at every sentence."""

    text: str
    orig: list[tuple[int, int]]  # per aligned token: span in ``text``
    tok: list[tuple[int, int]]  # per aligned token: span in the tokenized file
    coverage: float

    def to_tokenized(self, span: tuple[int, int]) -> tuple[int, int] | None:
        import bisect

        ends = [e for _, e in self.orig]
        i = bisect.bisect_right(ends, span[0])  # first token ending after the span starts
        starts = [s for s, _ in self.orig]
        j = bisect.bisect_left(starts, span[1]) - 1  # last token starting before the span ends
        if i >= len(self.orig) or j < i:
            return None
        return self.tok[i][0], self.tok[j][1]


def align_original(root: Path, doc: str, tokenized: str, min_coverage: float = 0.95) -> OriginalExcerpt | None:
    """Find each token of the tokenized excerpt, in order, in the original novel; None when the
    original is missing or fewer than ``min_coverage`` of the tokens are found."""
    import re

    path = root / "original" / f"{doc}.txt"
    if not path.exists():
        return None
    orig = path.read_text(encoding="utf-8", errors="replace")
    toks: list[tuple[str, int, int]] = []
    pos = 0
    for line in tokenized.split("\n"):
        for t in line.split(" "):
            if t:
                toks.append((t, pos, pos + len(t)))
            pos += len(t) + 1
    if not toks:
        return None
    head = r"\s*".join(re.escape(t) for t, _, _ in toks[:4])
    m = re.search(head, orig)
    cursor = m.start() if m else 0
    o_spans: list[tuple[int, int]] = []
    t_spans: list[tuple[int, int]] = []
    for t, a, b in toks:
        best = None
        for v in _QUOTE_VARIANTS.get(t, (t,)):
            k = orig.find(v, cursor, cursor + _LOOKAHEAD + len(v))
            if k != -1 and (best is None or k < best[0]):
                best = (k, k + len(v))
        if best is None:
            continue
        o_spans.append(best)
        t_spans.append((a, b))
        cursor = best[1]
    coverage = len(o_spans) / len(toks)
    if coverage < min_coverage:
        return None
    lo, hi = o_spans[0][0], o_spans[-1][1]
    return OriginalExcerpt(orig[lo:hi], [(s - lo, e - lo) for s, e in o_spans], t_spans, round(coverage, 4))
