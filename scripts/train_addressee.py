"""Train the addressee ranker on the PDNC dev novels (leave-novels-out; test novels never seen).

    python scripts/train_addressee.py [--pdnc DIR] [--split FILE] [--cv] [--cast-cache DIR] [--out PATH]

For every dev novel: parse (disk cache), run the cast stage, then the dialogue stage up to and
including the rules' addressees (speakers as the shipped speaker ranker picks them), build the
(quote, candidate) rows of :mod:`fabula.dialogue.addressee` for the quotes the ranker decides,
and label a row 1 when its candidate links (gold alias protocol, as in ``fabula eval quotes``)
to one of the gold addressees of the gold quote it overlaps. Fits a scikit-learn logistic
regression and writes it as JSON to ``src/fabula/models/addressee_ranker.json``. ``--cv`` first
reports leave-one-novel-out accuracy inside dev (rules vs ranker) over every gold quote that has
an addressee. Note: the speakers these features see come from the speaker ranker, itself trained
on the same dev novels, so they are a little better here than on unseen novels.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_speaker import cast_analysis, fit, match_gold  # noqa: E402


def novel_rows(novel, cast_cache: Path | None) -> dict:
    from fabula.dialogue.addressee import AddresseeFeatures, ranker_decides
    from fabula.dialogue.attribute import attribute_full, quote_vocatives
    from fabula.dialogue.extract import extract_segments
    from fabula.evaluate.cache import load_parsed
    from fabula.evaluate.quotes import link_characters

    story, doc = load_parsed(novel.path / "novel_text.txt")
    analysis = cast_analysis(story, doc, novel.name, cast_cache)
    segs = extract_segments(story.text, story.paragraphs, story.emphasis)
    at, utts = attribute_full(story, doc, analysis, segs, addressee_ranker=None)
    mentions = {c.id: [m.text for m in c.mentions if m.kind in ("name", "nominal")] or [c.name, *c.aliases]
                for c in analysis.characters}
    links = link_characters(mentions, {c.name: c.all_names for c in novel.characters})
    vocs = [set(quote_vocatives(at, u)) for u in utts]
    fx = AddresseeFeatures(at, utts, vocs)
    X, y, groups, rule_ok, decided = [], [], [], [], set()
    for k, g in match_gold(story, utts, novel).items():
        gold = {a for a in g.addressees if a}
        if not gold:
            continue
        u = utts[k]
        rule_ok.append((k, any(links.get(a) in gold for a in u.addressees)))
        if not ranker_decides(fx, k):
            continue
        decided.add(k)
        for c in fx.candidates(k):
            X.append(fx.features(k, c, u.addressees))
            y.append(int(links.get(c) in gold))
            groups.append(k)
    return {"X": np.array(X, dtype=float), "y": np.array(y), "groups": np.array(groups),
            "rule_ok": rule_ok, "decided": decided}


def accuracy(model: dict, data: dict) -> tuple[float, float]:
    """(rules, rules + ranker) accuracy over the gold quotes that have an addressee."""
    from fabula.dialogue.addressee import FEATURES
    from fabula.dialogue.ranker import SpeakerRanker

    r = SpeakerRanker.from_dict(model, FEATURES)
    best: dict[int, tuple[float, int]] = {}
    if len(data["X"]):
        for sc, lab, k in zip(r.score_many(data["X"]), data["y"], data["groups"], strict=True):
            if int(k) not in best or sc > best[int(k)][0]:
                best[int(k)] = (float(sc), int(lab))
    rules = ranked = 0
    for k, ok in data["rule_ok"]:
        rules += ok
        ranked += best[k][1] if k in best else ok
    n = max(1, len(data["rule_ok"]))
    return rules / n, ranked / n


def main(argv: list[str] | None = None) -> int:
    from fabula.dialogue.addressee import FEATURES, MODEL_PATH
    from fabula.evaluate.pdnc import default_pdnc_dir, list_novels

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pdnc", type=Path, default=default_pdnc_dir())
    ap.add_argument("--split", type=Path, default=ROOT / "src" / "fabula" / "evaluate" / "splits" / "pdnc.json")
    ap.add_argument("--novels", nargs="*", help="subset of the dev novels (for a quick run)")
    ap.add_argument("--cv", action="store_true", help="leave-one-novel-out check inside dev first")
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--model", choices=["logreg", "mlp"], default="logreg")
    ap.add_argument("--cast-cache", type=Path, default=None, help="reuse/save cast output per novel here")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    args = ap.parse_args(argv)
    if args.pdnc is None:
        print("no PDNC folder (pass --pdnc)", file=sys.stderr)
        return 2
    dev = json.loads(args.split.read_text())["dev"]
    names = [n for n in dev if not args.novels or n in args.novels]
    data = {}
    for nv in list_novels(args.pdnc, names):
        print(f"  features: {nv.name}", file=sys.stderr, flush=True)
        data[nv.name] = novel_rows(nv, args.cast_cache)
    if args.cv:
        tot = np.zeros(2)
        for held in data:
            train = [d for n, d in data.items() if n != held and len(d["X"])]
            m = fit(np.vstack([d["X"] for d in train]), np.concatenate([d["y"] for d in train]), args.C, args.model)
            r, k = accuracy(m, data[held])
            tot += np.array([r, k]) * len(data[held]["rule_ok"])
            print(f"{held:28s} rules {r:.3f}  ranker {k:.3f}", flush=True)
        n_all = sum(len(d["rule_ok"]) for d in data.values())
        r, k = tot / max(1, n_all)
        print(f"{'ALL (micro, LOO)':28s} rules {r:.3f}  ranker {k:.3f}")
    train = [d for d in data.values() if len(d["X"])]
    m = fit(np.vstack([d["X"] for d in train]), np.concatenate([d["y"] for d in train]), args.C, args.model)
    kind = "a one-hidden-layer network" if args.model == "mlp" else "logistic regression"
    out = {"about": f"addressee ranker: {kind} over (quote, candidate) features; trained on the PDNC dev "
                    "split only (scripts/train_addressee.py)",
           "features": FEATURES, "trained_on": list(data), **m}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1) + "\n")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
