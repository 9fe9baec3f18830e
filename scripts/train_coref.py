"""Train the he/she pronoun ranker on the LitBank dev documents (test documents never seen).

    python scripts/train_coref.py [--litbank DIR] [--cv 5] [--rounds 1] [--out PATH]

For every dev document of ``src/fabula/evaluate/splits/litbank.json``: parse (disk cache), run the
cast stage with a recording chooser in place of the ranker, and for each gold PRON mention of a
PER entity that the resolver meets, build the (pronoun, candidate) rows of
:func:`fabula.cast.coref.features`. A row is positive when its candidate has a mention (a name, a
nominal head, the narrator's "I") inside the pronoun's gold cluster — exactly what
``fabula eval coref`` rewards. Pronouns none of whose candidates is right are left out (nothing
to rank). Round 1 follows the gold antecedent while walking (so chains carry the right entity);
later rounds walk with the previous round's model, so the model also learns from the states its
own mistakes lead to. A conditional-logit linear ranker (numpy/scipy) is fitted and stored as JSON in
``src/fabula/models/coref_ranker.json``. ``--cv K`` first reports the real ``eval coref``
accuracy of the rules and of the ranker on K folds of dev documents, each scored by a model that
did not see it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def gold_pronouns(root: Path, d: str, story, doc) -> dict[int, set[int]]:
    """First token of each gold PRON mention of a PER entity → tokens of its cluster's other mentions."""
    from fabula.evaluate.coref import gold_pronouns as gold

    return {t: others for t, others, _text in gold(root, d, story, doc)}


class Recorder:
    """A chooser that writes feature rows and labels, then follows the gold (or a policy model)."""

    def __init__(self, policy=None):
        self.policy = policy
        self.gold: dict[int, set[int]] = {}
        self.X: list[list[float]] = []
        self.y: list[int] = []
        self.groups: list[int] = []
        self.doc_of_group: list[str] = []
        self.doc_id = ""
        self._ent_toks: dict[str, set[int]] | None = None

    def start(self, doc_id: str, gold: dict[int, set[int]]) -> None:
        self.doc_id, self.gold, self._ent_toks = doc_id, gold, None

    def entity_tokens(self, w) -> dict[str, set[int]]:
        if self._ent_toks is None:
            from fabula.cast.narrator import FIRST

            out: dict[str, set[int]] = {}
            for t, c in [*w.name_tokens.items(), *w.nominal_heads.items()]:
                out.setdefault(c, set()).add(t)
            for t, c in w.first_person_narrator.items():
                if c and w.doc[t].lower_ in FIRST and not w.qmap.inside(w.doc[t].idx):
                    out.setdefault(c, set()).add(t)
            self._ent_toks = out
        return self._ent_toks

    def choose(self, w, p, cands):
        from fabula.cast import coref

        if p.g == "they":
            return coref.rule_choice(w, p, cands)
        cs = coref.candidates(w, p, cands)
        gold = self.gold.get(p.tok.i)
        if not cs:
            return None
        if gold is not None:
            ents = self.entity_tokens(w)
            labels = [int(bool(ents.get(c, set()) & gold)) for c, _e in cs]
            if any(labels):
                g = len(self.doc_of_group)
                self.doc_of_group.append(self.doc_id)
                self.X.extend(coref.features(w, p, cs))
                self.y.extend(labels)
                self.groups.extend([g] * len(cs))
                if self.policy is None:
                    return cs[labels.index(1)][0], 1.0  # the most recent right one
        if self.policy is not None:
            return self.policy.choose(w, p, cands)
        return coref.rule_choice(w, p, cands)


def collect(root: Path, docs: list[str], policy=None) -> Recorder:
    from fabula.cast import coref
    from fabula.cast.stage import build_cast
    from fabula.evaluate import litbank
    from fabula.evaluate.cache import load_parsed
    from fabula.model import Analysis
    from fabula.pipeline import Context

    rec = Recorder(policy)
    saved = coref.default_ranker
    coref.default_ranker = lambda: rec
    try:
        for d in docs:
            story, doc = load_parsed(litbank.text_path(root, d, "coref"))
            rec.start(d, gold_pronouns(root, d, story, doc))
            build_cast(Context(story=story, doc=doc), Analysis.for_story(story))
    finally:
        coref.default_ranker = saved
    return rec


def fit(rec: Recorder, c: float = 1.0):
    """A conditional-logit (softmax over each pronoun's candidates) linear model: the loss is
    -log of the probability mass on the right candidates, plus an L2 penalty of 1/(2c). Unlike a
    per-row logistic regression it only learns what separates candidates of the same pronoun."""
    from scipy.optimize import minimize

    from fabula.cast.coref import CorefRanker

    X = np.asarray(rec.X, dtype=float)
    y = np.asarray(rec.y, dtype=float)
    g = np.asarray(rec.groups)
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale == 0] = 1.0
    Z = (X - mean) / scale
    ng = int(g.max()) + 1

    def loss(w):
        z = Z @ w
        zmax = np.full(ng, -np.inf)
        np.maximum.at(zmax, g, z)
        ez = np.exp(z - zmax[g])
        den = np.bincount(g, ez, ng)
        num = np.bincount(g, ez * y, ng)
        has = num > 0
        val = -np.sum(np.log(num[has] / den[has])) + 0.5 / c * w @ w
        p = ez / den[g]
        q = np.where(y > 0, ez / np.where(num[g] > 0, num[g], 1.0), 0.0)
        grad = Z.T @ (p - q) + w / c
        return val, grad

    res = minimize(loss, np.zeros(Z.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return CorefRanker([float(v) for v in res.x], 0.0, [float(v) for v in mean], [float(v) for v in scale])


def train(root: Path, docs: list[str], rounds: int, c: float) -> tuple:
    rec = collect(root, docs)
    model = fit(rec, c)
    for _ in range(rounds - 1):
        more = collect(root, docs, policy=model)
        rec.groups += [k + len(rec.doc_of_group) for k in more.groups]
        rec.doc_of_group += more.doc_of_group
        rec.X += more.X
        rec.y += more.y
        model = fit(rec, c)
    return model, rec


def score_with(root: Path, docs: list[str], model) -> dict:
    """``fabula eval coref`` figures on ``docs`` with ``model`` (None: the rules)."""
    from fabula.cast import coref
    from fabula.evaluate.coref import score

    saved = coref.default_ranker
    coref.default_ranker = lambda: model
    try:
        return score(root, docs)
    finally:
        coref.default_ranker = saved


def _memo_person_spans() -> None:
    """The cast's PER mention model (when shipped) is the slow part of a cast run and gives the
    same spans for the same document every time: remember them across folds and rounds."""
    try:
        from fabula.cast import mentions
    except ImportError:
        return
    inner = getattr(mentions, "person_spans", None)
    if inner is None:
        return
    memo: dict = {}

    def person_spans(doc):
        key = (len(doc), doc.text)
        if key not in memo:
            memo[key] = inner(doc)
        return memo[key]

    mentions.person_spans = person_spans


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from fabula.cast.coref import FEATURES, MODEL_PATH
    from fabula.evaluate import litbank

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--litbank", type=Path, default=None)
    ap.add_argument("--cv", type=int, default=0, help="K-fold report over dev documents first")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--c", type=float, default=1.0, help="inverse L2 strength")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--no-write", action="store_true")
    a = ap.parse_args(argv)
    root = a.litbank or litbank.default_litbank_dir()
    if root is None:
        print("no LitBank folder: pass --litbank DIR", file=sys.stderr)
        return 2
    dev = litbank.split_docs(Path(root), "coref", "dev")
    _memo_person_spans()
    if a.cv:
        tot: dict[str, Counter] = {"rules": Counter(), "ranker": Counter()}
        for k in range(a.cv):
            held = dev[k::a.cv]
            model, _ = train(root, [d for d in dev if d not in held], a.rounds, a.c)
            for name, m in (("rules", None), ("ranker", model)):
                r = score_with(root, held, m)
                tot[name]["correct"] += round(r["pronoun_accuracy"] * r["n"])
                tot[name]["n"] += r["n"]
                g = r["by_group"].get("3sg", {"accuracy": 0, "n": 0})
                tot[name]["3sg_correct"] += round(g["accuracy"] * g["n"])
                tot[name]["3sg_n"] += g["n"]
            print(f"fold {k}: " + ", ".join(f"{n} {t['correct'] / t['n']:.4f}" for n, t in tot.items()),
                  file=sys.stderr)
        print(json.dumps({n: {"pronoun_accuracy": round(t["correct"] / t["n"], 4),
                              "3sg": round(t["3sg_correct"] / t["3sg_n"], 4), "n": t["n"]}
                          for n, t in tot.items()}, indent=1))
    model, rec = train(root, dev, a.rounds, a.c)
    print(f"trained on {len(dev)} dev documents: {len(rec.y)} rows, {sum(rec.y)} positive", file=sys.stderr)
    if not a.no_write:
        out = {"about": "he/she pronoun ranker: conditional logit (softmax over candidates) on (pronoun, candidate) features; "
                        "trained on the LitBank dev split only (scripts/train_coref.py)",
               "features": FEATURES, "coef": model.coef, "intercept": model.intercept,
               "mean": model.mean, "scale": model.scale, "trained_on": dev,
               "rounds": a.rounds, "C": a.c}
        a.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
