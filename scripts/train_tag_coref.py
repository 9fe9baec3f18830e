"""Train the speech-tag pronoun ranker on the PDNC *dev* novels (test novels never read).

    python scripts/train_tag_coref.py [--pdnc DIR] [--c 1.0] [--out PATH] [--loo-models DIR]

A '"...," he said' tag's pronoun refers to the quote's speaker, so every Anaphoric quote of a dev
novel whose referring expression is "he" or "she" labels the antecedent of its tag pronoun. For
each dev novel (the "dev" list of ``src/fabula/evaluate/splits/pdnc.json`` only): parse (disk
cache), run the cast stage with a recording chooser that walks with the shipped general ranker
(so the states are the ones met at inference) and, for every speech-tag pronoun
(:func:`fabula.cast.coref.speech_tag_pronoun`) next to such a gold quote, writes the
:func:`fabula.cast.coref.tag_features` rows of its candidates. A candidate is right when its name
mentions link to the gold speaker the way ``fabula eval quotes`` links characters. The model is
the same conditional logit as ``scripts/train_coref.py``; it is stored as JSON in
``src/fabula/models/coref_tag_ranker.json``.

Before fitting on all 14 novels, a leave-one-novel-out estimate is printed: for each novel, a
model fitted on the other 13 picks the antecedents of its tag pronouns, against the general
ranker's picks on the same pronouns. ``--loo-models DIR`` also saves those 14 models
(``DIR/<Novel>.json``) for an end-to-end held-out run.
"""

from __future__ import annotations

import argparse
import bisect
import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))


def dev_novels() -> list[str]:
    return list(json.loads((ROOT / "src/fabula/evaluate/splits/pdnc.json").read_text())["dev"])


def gold_tagged(nv) -> tuple[list[tuple[int, int]], list[tuple[str, str]]]:
    """Sorted source spans of the novel's Anaphoric quotes tagged by one "he"/"she", and their
    (speaker, pronoun)."""
    rows = []
    for q in nv.quotes:
        if q.type != "Anaphoric":
            continue
        ws = set(re.findall(r"[a-z]+", (q.referring_expression or "").lower())) & {"he", "she"}
        if len(ws) != 1:
            continue
        g = ws.pop()
        for a, b in q.spans:
            rows.append((a, b, q.speaker, g))
    rows.sort()
    return [(a, b) for a, b, _s, _g in rows], [(s, g) for _a, _b, s, g in rows]


class Recorder:
    def __init__(self, model):
        self.model = model  # the general ranker the walk follows
        self.X: list[list[float]] = []
        self.y: list[int] = []
        self.groups: list[int] = []
        self.novel_of_group: list[str] = []
        self.base_right: list[int] = []  # per group: did the general ranker pick a right one
        self.unrankable: dict[str, int] = {}  # per novel: tag pronouns with no right candidate
        self.base_unrankable_right: dict[str, int] = {}

    def start(self, name: str, story, nv) -> None:
        self.name, self.story = name, story
        self.spans, self.info = gold_tagged(nv)
        self.starts = [a for a, _b in self.spans]
        self.aliases = {c.name: c.all_names for c in nv.characters}
        self._links: dict[int, dict[str, str]] = {}

    def links(self, w) -> dict[str, str]:
        from fabula.evaluate.quotes import link_characters

        got = self._links.get(id(w))
        if got is None:
            ments: dict[str, list[str]] = {}
            toks = sorted(w.name_tokens)
            k = 0
            while k < len(toks):
                i, cid = toks[k], w.name_tokens[toks[k]]
                j = k
                while j + 1 < len(toks) and toks[j + 1] == toks[j] + 1 and w.name_tokens[toks[j + 1]] == cid:
                    j += 1
                a, b = w.doc[i].idx, w.doc[toks[j]].idx + len(w.doc[toks[j]].text)
                ments.setdefault(cid, []).append(self.story.text[a:b])
                k = j + 1
            got = self._links[id(w)] = link_characters(ments, self.aliases)
        return got

    def gold_of(self, reg) -> str | None:
        a, b = self.story.source_span(reg)
        i = bisect.bisect_right(self.starts, b) - 1
        while i >= 0 and self.spans[i][1] > a:
            if self.spans[i][0] < b:
                return self.info[i]
            i -= 1
        return None

    def choose(self, w, p, cands):
        from fabula.cast import coref

        pick = self.model.choose(w, p, cands)
        reg = coref.tagged_region(w, p)
        if reg is None:
            return pick
        gold = self.gold_of(reg)
        if gold is None or gold[1] != p.g:
            return pick
        cs = coref.candidates(w, p, cands)
        links = self.links(w)
        labels = [int(links.get(c) == gold[0]) for c, _e in cs]
        base = int(pick is not None and links.get(pick[0]) == gold[0])
        if not any(labels):
            self.unrankable[self.name] = self.unrankable.get(self.name, 0) + 1
            self.base_unrankable_right[self.name] = self.base_unrankable_right.get(self.name, 0) + base
            return pick
        g = len(self.novel_of_group)
        self.novel_of_group.append(self.name)
        self.base_right.append(base)
        self.X.extend(coref.tag_features(w, p, cs))
        self.y.extend(labels)
        self.groups.extend([g] * len(cs))
        return pick


def collect(pdnc: Path, names: list[str]) -> Recorder:
    from fabula.cast import coref
    from fabula.cast.stage import build_cast
    from fabula.evaluate.cache import load_parsed
    from fabula.evaluate.pdnc import list_novels
    from fabula.model import Analysis
    from fabula.pipeline import Context

    rec = Recorder(coref.CorefRanker.load())
    saved = coref.default_ranker, coref.default_tag_ranker
    coref.default_ranker = lambda: rec
    coref.default_tag_ranker = lambda: None
    try:
        for nv in list_novels(pdnc, names):
            story, doc = load_parsed(nv.path / "novel_text.txt")
            rec.start(nv.name, story, nv)
            build_cast(Context(story=story, doc=doc), Analysis.for_story(story))
            print(nv.name, sum(n == nv.name for n in rec.novel_of_group), "tag pronouns", file=sys.stderr)
    finally:
        coref.default_ranker, coref.default_tag_ranker = saved
    return rec


class Subset:
    """The recorded rows of some novels' groups, renumbered, for :func:`train_coref.fit`."""

    def __init__(self, rec: Recorder, keep: set[str]):
        g = np.asarray(rec.groups)
        gk = np.array([n in keep for n in rec.novel_of_group])
        rows = gk[g]
        self.X = np.asarray(rec.X)[rows]
        self.y = np.asarray(rec.y)[rows]
        _, self.groups = np.unique(g[rows], return_inverse=True)


def fit_tag(rec: Recorder, keep: set[str], c: float):
    from train_coref import fit

    from fabula.cast.coref import TagRanker

    m = fit(Subset(rec, keep), c)
    return TagRanker(m.coef, m.intercept, m.mean, m.scale)


def picks_right(model, rec: Recorder, name: str) -> list[int]:
    g = np.asarray(rec.groups)
    X = np.asarray(rec.X)
    y = np.asarray(rec.y)
    out = []
    for k, n in enumerate(rec.novel_of_group):
        if n != name:
            continue
        rows = np.flatnonzero(g == k)
        zs = [model.logit(list(X[r])) for r in rows]
        out.append(int(y[rows[int(np.argmax(zs))]]))
    return out


def save(model, path: Path, n: int) -> None:
    from fabula.cast.coref import TAG_FEATURES

    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({
        "features": TAG_FEATURES, "coef": model.coef, "intercept": model.intercept,
        "mean": model.mean, "scale": model.scale,
        "trained_on": f"PDNC dev novels, {n} speech-tag pronouns (scripts/train_tag_coref.py)",
    }, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pdnc", type=Path, default=ROOT.parent / "shared" / "data" / "pdnc")
    ap.add_argument("--c", type=float, default=1.0)
    ap.add_argument("--out", type=Path, default=ROOT / "src/fabula/models/coref_tag_ranker.json")
    ap.add_argument("--loo-models", type=Path, default=None)
    ap.add_argument("--rows", type=Path, default=None, help="save/reuse the recorded rows here (JSON)")
    args = ap.parse_args()
    names = dev_novels()
    if args.rows is not None and args.rows.exists():
        rec = Recorder(None)
        rec.__dict__.update(json.loads(args.rows.read_text()))
    else:
        rec = collect(args.pdnc, names)
        if args.rows is not None:
            args.rows.write_text(json.dumps({k: v for k, v in rec.__dict__.items() if k in (
                "X", "y", "groups", "novel_of_group", "base_right", "unrankable", "base_unrankable_right")}))
    up = down = 0
    tot_base = tot_new = tot_n = 0
    print(f"{'novel':28s} {'n':>5s} {'base':>6s} {'loo':>6s}")
    for name in names:
        m = fit_tag(rec, set(names) - {name}, args.c)
        if args.loo_models is not None:
            save(m, args.loo_models / f"{name}.json", 0)
        new = picks_right(m, rec, name)
        base = [b for b, n in zip(rec.base_right, rec.novel_of_group, strict=True) if n == name]
        un = rec.unrankable.get(name, 0)
        ub = rec.base_unrankable_right.get(name, 0)
        n = len(new) + un
        b, r = sum(base) + ub, sum(new)
        tot_base, tot_new, tot_n = tot_base + b, tot_new + r, tot_n + n
        up += r > b
        down += r < b
        print(f"{name:28s} {n:5d} {b / max(n, 1):6.3f} {r / max(n, 1):6.3f}")
    print(f"all: {tot_n} tag pronouns, general ranker {tot_base / tot_n:.4f}, held-out tag ranker "
          f"{tot_new / tot_n:.4f}; novels up {up}, down {down}")
    m = fit_tag(rec, set(names), args.c)
    save(m, args.out, len(rec.novel_of_group))
    print("wrote", args.out)


if __name__ == "__main__":
    main()
