"""Train the speaker ranker on the PDNC dev novels (leave-novels-out; test novels never seen).

    python scripts/train_speaker.py [--pdnc DIR] [--split FILE] [--cv] [--cast-cache DIR] [--out PATH]

For every dev novel: parse (disk cache), run the cast stage and the dialogue rules, build the
(quote, candidate) feature rows of :mod:`fabula.dialogue.ranker`, and label a row 1 when its
candidate links (gold alias protocol, as in ``fabula eval quotes``) to the gold speaker of the
gold quote the predicted quote overlaps. Fits a scikit-learn logistic regression and writes
weights + scaling as JSON to ``src/fabula/models/speaker_ranker.json``. ``--cv`` first reports a
leave-one-novel-out accuracy inside the dev split (rules vs ranker) so a change is judged on
novels the model did not see.
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def cast_analysis(story, doc, name: str, cast_cache: Path | None):
    """The cast stage's Analysis for a novel, reused from ``cast_cache/<name>.json`` when there
    (the cast stage costs far more than the dialogue rules; tuning re-runs only the latter)."""
    from fabula.model import Analysis
    from fabula.pipeline import Context, run_stages

    f = cast_cache / f"{name}.json" if cast_cache else None
    if f is not None and f.exists():
        return Analysis.model_validate_json(f.read_text())
    analysis = run_stages(Context(story=story, doc=doc), Analysis.for_story(story), only=["cast"])
    if f is not None:
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(analysis.model_dump_json())
    return analysis


def prepare(novel, cast_cache: Path | None = None) -> dict:
    """The rules' output for one novel, its feature builder and, per predicted quote, the gold
    quote it overlaps (the labels come from there)."""
    from fabula.dialogue.attribute import attribute_rules
    from fabula.dialogue.extract import extract_segments
    from fabula.dialogue.ranker import FeatureBuilder
    from fabula.evaluate.cache import load_parsed
    from fabula.evaluate.quotes import link_characters

    story, doc = load_parsed(novel.path / "novel_text.txt")
    analysis = cast_analysis(story, doc, novel.name, cast_cache)
    segs = extract_segments(story.text, story.paragraphs, story.emphasis)
    at, utts = attribute_rules(story, doc, analysis, segs)
    mentions = {c.id: [m.text for m in c.mentions if m.kind in ("name", "nominal")] or [c.name, *c.aliases]
                for c in analysis.characters}
    links = link_characters(mentions, {c.name: c.all_names for c in novel.characters})
    return {"fb": FeatureBuilder(at, utts), "utts": utts, "links": links, "matched": match_gold(story, utts, novel)}


def match_gold(story, utts, novel) -> dict:
    """Predicted quote index → the gold quote its first span overlaps (by source offsets)."""
    gold = sorted((q.spans[0][0], q.spans[0][1], q) for q in novel.quotes if q.spans)
    gstarts = [g[0] for g in gold]
    matched = {}
    for k, u in enumerate(utts):
        s, e = story.source_span(u.segs[0].span)
        i = bisect.bisect_right(gstarts, e) - 1
        while i >= 0 and gold[i][1] > s - 5000:
            if gold[i][0] < e and s < gold[i][1]:
                matched[k] = gold[i][2]
                break
            i -= 1
    return matched


def novel_rows(prep: dict, neighbours: dict[int, str] | None = None) -> dict:
    """Feature rows, labels and group ids (one group per predicted quote) for one novel; with
    ``neighbours`` (a first round's picks), the rows of the second round."""
    from fabula.dialogue.ranker import keeps_rule

    fb, utts, links = prep["fb"], prep["utts"], prep["links"]
    fb.neighbours = dict(neighbours or {})
    X, y, groups, rule_ok, keep = [], [], [], [], []
    for k, g in prep["matched"].items():
        u = utts[k]
        cands = fb.candidates(k)
        labels = [int(links.get(c) == g.speaker) for c in cands]
        for c, lab in zip(cands, labels, strict=True):
            X.append(fb.features(k, c))
            y.append(lab)
            groups.append(k)
        rule_ok.append((k, links.get(u.speaker) == g.speaker if u.speaker else False, g.type))
        keep.append((k, keeps_rule(u) or (u.kind == "thought" and u.speaker is not None)))
    fb.neighbours = {}
    return {"X": np.array(X, dtype=float), "y": np.array(y), "groups": np.array(groups),
            "rule_ok": rule_ok, "keep": dict(keep)}


def picks(model: dict, prep: dict) -> dict[int, str]:
    """The first round's pick for every quote the ranker decides (what the second round sees)."""
    from fabula.dialogue.ranker import SpeakerRanker, first_round_picks, score_quotes

    r = SpeakerRanker.from_dict(model)
    prep["fb"].neighbours = {}
    return first_round_picks(score_quotes(prep["fb"], r))


def two_rounds(preps: dict[str, dict], rows1: dict[str, dict], C: float, kind: str = "logreg") -> tuple[dict, dict]:
    """Fit the first-round model on ``preps``, then the second on rows built from its picks."""
    m1 = fit(np.vstack([d["X"] for d in rows1.values()]), np.concatenate([d["y"] for d in rows1.values()]), C, kind)
    rows2 = {n: novel_rows(p, picks(m1, p)) for n, p in preps.items()}
    m2 = fit(np.vstack([d["X"] for d in rows2.values()]), np.concatenate([d["y"] for d in rows2.values()]), C, kind)
    return m1, m2


SEED = 0  # the network's initialisation (``--seed``: how much of a held-out change is the seed's)


def fit(X: np.ndarray, y: np.ndarray, C: float = 1.0, kind: str = "logreg") -> dict:
    """A logistic regression, or (``kind="mlp"``) a one-hidden-layer network of 16 ReLU units
    with early stopping, on standardised features; both saved as plain lists."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.neural_network import MLPClassifier

    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale == 0] = 1.0
    Z = (X - mean) / scale
    if kind == "mlp":
        net = MLPClassifier(hidden_layer_sizes=(16,), alpha=1e-3, max_iter=300, early_stopping=True,
                            random_state=SEED)
        net.fit(Z, y)
        hidden = {"W1": net.coefs_[0].tolist(), "b1": net.intercepts_[0].tolist(),
                  "w2": net.coefs_[1][:, 0].tolist(), "b2": float(net.intercepts_[1][0])}
        return {"coef": [0.0] * X.shape[1], "intercept": 0.0, "mean": mean.tolist(), "scale": scale.tolist(),
                "hidden": hidden}
    clf = LogisticRegression(C=C, max_iter=2000)
    clf.fit(Z, y)
    return {"coef": clf.coef_[0].tolist(), "intercept": float(clf.intercept_[0]),
            "mean": mean.tolist(), "scale": scale.tolist()}


def pick_accuracy(model: dict, data: dict) -> tuple[float, float, dict]:
    """Per-quote accuracy (over gold-matched quotes) of rules and of rules+ranker."""
    from fabula.dialogue.ranker import SpeakerRanker

    r = SpeakerRanker.from_dict(model)
    X, y, groups = data["X"], data["y"], data["groups"]
    by_q: dict[int, list[tuple[float, int]]] = {}
    scores = r.score_many(X) if len(X) else []
    for sc, lab, gq in zip(scores, y, groups, strict=True):
        by_q.setdefault(int(gq), []).append((float(sc), int(lab)))
    rules = ranked = 0
    per_type: dict[str, list[int]] = {}
    for k, ok, typ in data["rule_ok"]:
        rules += ok
        if data["keep"].get(k) or k not in by_q:
            good = ok
        else:
            good = max(by_q[k])[1] == 1
        ranked += good
        per_type.setdefault(typ, []).append(int(good))
    n = max(1, len(data["rule_ok"]))
    return rules / n, ranked / n, {t: round(sum(v) / len(v), 3) for t, v in per_type.items()}


def main(argv: list[str] | None = None) -> int:
    from fabula.dialogue.ranker import FEATURES, MODEL_PATH
    from fabula.evaluate.pdnc import default_pdnc_dir, list_novels

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pdnc", type=Path, default=default_pdnc_dir())
    ap.add_argument("--split", type=Path, default=ROOT / "src" / "fabula" / "evaluate" / "splits" / "pdnc.json")
    ap.add_argument("--novels", nargs="*", help="subset of the dev novels (for a quick run)")
    ap.add_argument("--cv", action="store_true", help="leave-one-novel-out check inside dev first")
    ap.add_argument("--folds", type=int, default=0,
                    help="with --cv: K folds of novels (round-robin by name) instead of one novel per fold")
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--model", choices=["logreg", "mlp"], default="logreg",
                    help="linear scores, or a small network whose features interact")
    ap.add_argument("--cast-cache", type=Path, default=None, help="reuse/save cast output per novel here")
    ap.add_argument("--seed", type=int, default=0, help="the network's random initialisation (--model mlp)")
    ap.add_argument("--cv-baseline-cast-cache", type=Path, default=None,
                    help="with --cv: also fit each fold on the features of this (older) cast cache and score the "
                         "held-out novel on --cast-cache's, the held-out analogue of keeping the old weights")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    args = ap.parse_args(argv)
    global SEED
    SEED = args.seed
    if args.pdnc is None:
        print("no PDNC folder (pass --pdnc)", file=sys.stderr)
        return 2
    dev = json.loads(args.split.read_text())["dev"]
    names = [n for n in dev if not args.novels or n in args.novels]
    preps, data = {}, {}
    for nv in list_novels(args.pdnc, names):
        print(f"  features: {nv.name}", file=sys.stderr, flush=True)
        preps[nv.name] = prepare(nv, args.cast_cache)
        data[nv.name] = novel_rows(preps[nv.name])
    base_preps, base_data = {}, {}
    if args.cv and args.cv_baseline_cast_cache:
        for nv in list_novels(args.pdnc, names):
            print(f"  baseline features: {nv.name}", file=sys.stderr, flush=True)
            base_preps[nv.name] = prepare(nv, args.cv_baseline_cast_cache)
            base_data[nv.name] = novel_rows(base_preps[nv.name])
    if args.cv:
        tot = np.zeros(3)
        base_tot = 0.0
        order = sorted(data)
        folds = [[n] for n in order] if args.folds <= 1 else [order[i::args.folds] for i in range(args.folds)]
        for fold in folds:
            train = {n: p for n, p in preps.items() if n not in fold}
            m1, m2 = two_rounds(train, {n: data[n] for n in train}, args.C, args.model)
            for held in fold:
                r, k1, _ = pick_accuracy(m1, data[held])
                _, k2, pt = pick_accuracy(m2, novel_rows(preps[held], picks(m1, preps[held])))
                n = len(data[held]["rule_ok"])
                tot += np.array([r, k1, k2]) * n
                print(f"{held:28s} rules {r:.3f}  ranker {k1:.3f}  two rounds {k2:.3f}  {pt}", flush=True)
            if base_preps:
                btrain = {n: p for n, p in base_preps.items() if n not in fold}
                b1, b2 = two_rounds(btrain, {n: base_data[n] for n in btrain}, args.C, args.model)
                for held in fold:
                    _, bk, bpt = pick_accuracy(b2, novel_rows(preps[held], picks(b1, preps[held])))
                    base_tot += bk * len(data[held]["rule_ok"])
                    print(f"{held:28s} baseline-cast fit, two rounds {bk:.3f}  {bpt}", flush=True)
        n_all = sum(len(d["rule_ok"]) for d in data.values())
        r, k1, k2 = tot / max(1, n_all)
        print(f"{'ALL (micro, LOO)':28s} rules {r:.3f}  ranker {k1:.3f}  two rounds {k2:.3f}")
        if base_preps:
            print(f"{'ALL (micro, LOO)':28s} baseline-cast fit, two rounds {base_tot / max(1, n_all):.3f}")
    m1, m2 = two_rounds(preps, data, args.C, args.model)
    kind = "a one-hidden-layer network" if args.model == "mlp" else "logistic regression"
    out = {"about": f"speaker ranker: {kind} over (quote, candidate) features, applied in two "
                    "rounds (the second sees the first round's neighbouring speakers); trained on the PDNC "
                    "dev split only (scripts/train_speaker.py)",
           "features": FEATURES, "trained_on": list(data), **m1, "second_round": m2}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1) + "\n")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
