"""`fabula eval quotes`: quote finding, speakers and addressees against PDNC (and LitBank).

Protocol (the same as ``../shared/data/pdnc/booknlp_reference.csv``):

* a gold quote is **found** when one predicted quote overlaps each of its spans; a predicted quote
  is **correct** (precision) when it overlaps some gold quote span;
* each predicted character is **linked** to the gold character that its mention strings name most
  often, through the gold alias lists; characters that name no one, or tie, stay unlinked;
* **speaker accuracy** is per gold quote: correct when the found quote's speaker links to the gold
  speaker (a missed quote, an unlinked or absent speaker count as wrong), overall and per
  quoteType (Explicit / Anaphoric / Implicit);
* **addressee accuracy** is over gold quotes with addressees: correct when one of the predicted
  addressees links to one of the gold addressees.
* **addressee precision / recall / F1** are over (quote, addressee) pairs of the same gold quotes:
  every predicted addressee is a pair (right when it links to a gold addressee of the quote), every
  gold addressee a pair to find; so a second predicted addressee is no free guess.

Predictions are mapped to source offsets with ``story.source_span`` because PDNC spans are offsets
into ``novel_text.txt``. Parses come from the disk cache (:func:`fabula.evaluate.cache.load_parsed`).
"""

from __future__ import annotations

import bisect
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import typer

from fabula.cast.index import norm_name
from fabula.model import Span

TYPES = ("Explicit", "Anaphoric", "Implicit")


@dataclass
class PredQuote:
    spans: list[Span]  # source offsets
    speaker: str | None
    addressees: list[str] = field(default_factory=list)


@dataclass
class GoldQ:
    spans: list[Span]
    speaker: str
    addressees: list[str]
    type: str


def link_characters(mentions: dict[str, Iterable[str]], gold_aliases: dict[str, Iterable[str]]) -> dict[str, str]:
    """Predicted character id → gold character name, by the gold name its mention strings use
    most often. ``mentions``: id → mention strings; ``gold_aliases``: gold name → all its names."""
    alias_to_gold: dict[str, set[str]] = {}
    for gname, aliases in gold_aliases.items():
        for a in {gname, *aliases}:
            key = norm_name(a)
            if key:
                alias_to_gold.setdefault(key, set()).add(gname)
    links: dict[str, str] = {}
    for cid, strings in mentions.items():
        votes: Counter = Counter()
        for s in strings:
            for g in alias_to_gold.get(norm_name(s), ()):
                votes[g] += 1
        if not votes:
            continue
        top = votes.most_common(2)
        if len(top) > 1 and top[0][1] == top[1][1]:
            continue  # tied: unlinked
        links[cid] = top[0][0]
    return links


def _overlaps(spans: list[Span], starts: list[int], s: Span) -> list[int]:
    i = bisect.bisect_left(starts, s[1])
    out = []
    j = i - 1
    while j >= 0 and i - j <= 64:
        if spans[j][0] < s[1] and s[0] < spans[j][1]:
            out.append(j)
        j -= 1
    return out


def match_quotes(pred: Sequence[PredQuote], gold: Sequence[GoldQ]) -> tuple[list[int | None], list[bool]]:
    """For each gold quote the index of the predicted quote that overlaps all its spans (or
    None), and for each predicted quote whether it overlaps any gold span."""
    flat = sorted((s[0], s[1], k) for k, q in enumerate(pred) for s in q.spans)
    pspans = [(a, b) for a, b, _ in flat]
    pstarts = [a for a, _ in pspans]
    owner = [k for _, _, k in flat]
    found: list[int | None] = []
    for g in gold:
        cands: set[int] | None = None
        for s in g.spans:
            ks = {owner[j] for j in _overlaps(pspans, pstarts, s)}
            cands = ks if cands is None else cands & ks
        found.append(min(cands) if cands else None)
    gflat = sorted(s for g in gold for s in g.spans)
    gstarts = [a for a, _ in gflat]
    correct = [any(_overlaps(gflat, gstarts, s) for s in q.spans) for q in pred]
    return found, correct


def score_novel(pred: Sequence[PredQuote], gold: Sequence[GoldQ], links: dict[str, str]) -> dict:
    """The metrics of one novel, with raw counts so micro averages can be summed."""
    found, correct = match_quotes(pred, gold)
    n = len(gold)
    right = Counter()
    total = Counter()
    add_right = add_total = 0
    pair_right = pair_pred = pair_gold = 0
    for g, k in zip(gold, found, strict=True):
        total[g.type] += 1
        p = pred[k] if k is not None else None
        if p is not None and p.speaker is not None and links.get(p.speaker) == g.speaker:
            right[g.type] += 1
        gold_add = {a for a in g.addressees if a}
        if gold_add:
            add_total += 1
            if p is not None and any(links.get(a) in gold_add for a in p.addressees):
                add_right += 1
            # (quote, addressee) pairs: every predicted addressee counts, so a second one is no free guess;
            # gold quotes with no addressee stay out of both sides (a blank is often "could not tell")
            pred_add = set(p.addressees) if p is not None else set()
            pair_pred += len(pred_add)
            pair_gold += len(gold_add)
            pair_right += len(gold_add & {links.get(a) for a in pred_add})
    out = {
        "n_gold": n,
        "n_pred": len(pred),
        "found": sum(k is not None for k in found),
        "pred_correct": sum(correct),
        "speaker_right": sum(right.values()),
        "by_type_right": {t: right[t] for t in TYPES},
        "by_type_total": {t: total[t] for t in TYPES},
        "addressee_right": add_right,
        "addressee_total": add_total,
        "addressee_pairs_right": pair_right,
        "addressee_pairs_pred": pair_pred,
        "addressee_pairs_gold": pair_gold,
    }
    out.update(_rates(out))
    return out


def _div(a: float, b: float) -> float | None:
    return round(a / b, 4) if b else None


def _rates(c: dict) -> dict:
    return {
        "quote_recall": _div(c["found"], c["n_gold"]),
        "quote_precision": _div(c["pred_correct"], c["n_pred"]),
        "speaker_accuracy": _div(c["speaker_right"], c["n_gold"]),
        "speaker_accuracy_by_type": {t: _div(c["by_type_right"][t], c["by_type_total"][t]) for t in TYPES},
        "addressee_accuracy": _div(c["addressee_right"], c["addressee_total"]),
        **_pair_rates(c),
    }


def _pair_rates(c: dict) -> dict:
    """Set-based addressee precision, recall and F1 over (quote, addressee) pairs of the gold quotes
    that have an addressee."""
    p = _div(c.get("addressee_pairs_right", 0), c.get("addressee_pairs_pred", 0))
    r = _div(c.get("addressee_pairs_right", 0), c.get("addressee_pairs_gold", 0))
    return {"addressee_precision": p, "addressee_recall": r,
            "addressee_f1": _div(2 * p * r, p + r) if p is not None and r is not None else None}


def aggregate(novels: dict[str, dict]) -> dict:
    """Micro (pooled counts) and macro (mean of per-novel rates) averages."""
    keys = ("n_gold", "n_pred", "found", "pred_correct", "speaker_right", "addressee_right", "addressee_total",
            "addressee_pairs_right", "addressee_pairs_pred", "addressee_pairs_gold")
    pooled: dict = {k: sum(v[k] for v in novels.values()) for k in keys}
    pooled["by_type_right"] = {t: sum(v["by_type_right"][t] for v in novels.values()) for t in TYPES}
    pooled["by_type_total"] = {t: sum(v["by_type_total"][t] for v in novels.values()) for t in TYPES}
    micro = _rates(pooled)

    def mean(vals: list[float | None]) -> float | None:
        vals = [v for v in vals if v is not None]
        return round(sum(vals) / len(vals), 4) if vals else None

    macro = {k: mean([v[k] for v in novels.values()])
             for k in ("quote_recall", "quote_precision", "speaker_accuracy", "addressee_accuracy",
                       "addressee_precision", "addressee_recall", "addressee_f1")}
    macro["speaker_accuracy_by_type"] = {t: mean([v["speaker_accuracy_by_type"][t] for v in novels.values()])
                                         for t in TYPES}
    return {"micro": micro, "macro": macro}


# ------------------------------------------------------------------------------------------
# running fabula on gold texts
# ------------------------------------------------------------------------------------------


def analyze_gold_text(path: Path, model: str | None = None, cast_cache: Path | None = None,
                      name: str | None = None):
    """(story, analysis) for a gold text, with the cached parse and the cast + dialogue stages.
    With ``cast_cache``, the cast stage's output is saved to / reused from ``<dir>/<name>.json``
    (the cast costs far more than dialogue, and tuning dialogue re-runs only dialogue)."""
    from fabula.evaluate.cache import load_parsed
    from fabula.model import Analysis
    from fabula.pipeline import Context, run_stages

    story, doc = load_parsed(path, model)
    ctx = Context(story=story, doc=doc)
    f = cast_cache / f"{name or path.parent.name}.json" if cast_cache else None
    if f is not None and f.exists():
        analysis = Analysis.model_validate_json(f.read_text())
        analysis.stages = ["cast"]
    else:
        analysis = run_stages(ctx, Analysis.for_story(story), only=["cast"])
        if f is not None:
            f.parent.mkdir(parents=True, exist_ok=True)
            f.write_text(analysis.model_dump_json())
    from fabula.dialogue.stage import dialogue_stage

    analysis = dialogue_stage(ctx, analysis)  # called directly: the cast layer is already there
    return story, analysis


def predictions(story, analysis) -> tuple[list[PredQuote], dict[str, list[str]]]:
    preds = [PredQuote([story.source_span(tuple(s)) for s in q.spans], q.speaker, list(q.addressees))
             for q in analysis.quotes]
    mentions = {c.id: [m.text for m in c.mentions if m.kind in ("name", "nominal")] or [c.name, *c.aliases]
                for c in analysis.characters}
    return preds, mentions


def evaluate_pdnc_novel(novel, model: str | None = None, cast_cache: Path | None = None) -> dict:
    story, analysis = analyze_gold_text(novel.path / "novel_text.txt", model, cast_cache, novel.name)
    preds, mentions = predictions(story, analysis)
    gold_aliases = {c.name: c.all_names for c in novel.characters}
    links = link_characters(mentions, gold_aliases)
    gold = [GoldQ(list(q.spans), q.speaker, q.addressees, q.type) for q in novel.quotes]
    return score_novel(preds, gold, links)


def split_novels(split_file: Path | None, split: str) -> list[str] | None:
    if split == "all":
        return None
    f = split_file or Path(__file__).parent / "splits" / "pdnc.json"
    data = json.loads(f.read_text())
    return list(data[split])


def evaluate_pdnc(pdnc_dir: Path, names: list[str] | None = None, model: str | None = None,
                  progress=None, cast_cache: Path | None = None) -> dict:
    from fabula.evaluate.pdnc import list_novels

    novels = {}
    for nv in list_novels(pdnc_dir, names):
        if progress:
            progress(nv.name)
        novels[nv.name] = evaluate_pdnc_novel(nv, model, cast_cache)
    return {**aggregate(novels), "novels": novels} if novels else {"micro": {}, "macro": {}, "novels": {}}


# ------------------------------------------------------------------------------------------
# LitBank quotations
# ------------------------------------------------------------------------------------------


def _token_offsets(txt: str) -> list[list[tuple[int, int]]]:
    """Character offsets of every token of LitBank's tokenized text (one sentence a line)."""
    out = []
    pos = 0
    for line in txt.split("\n"):
        toks = []
        p = 0
        for tok in line.split(" "):
            if tok:
                toks.append((pos + p, pos + p + len(tok)))
            p += len(tok) + 1
        out.append(toks)
        pos += len(line) + 1
    return out


def read_litbank_doc(litbank_dir: Path, stem: str) -> tuple[str, list[GoldQ], dict[str, list[str]]]:
    """Text, gold quotes (speaker = coref entity id) and entity → proper-name mention strings."""
    qdir = litbank_dir / "quotations" / "tsv"
    txt = (qdir / f"{stem}.txt").read_text(encoding="utf-8")
    offs = _token_offsets(txt)

    def span(s1: str, t1: str, s2: str, t2: str) -> Span:
        return (offs[int(s1)][int(t1)][0], offs[int(s2)][int(t2)][1])

    quotes: dict[str, list[Span]] = {}
    attrib: dict[str, str] = {}
    for line in (qdir / f"{stem}.ann").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0] == "QUOTE" and len(parts) >= 6:
            quotes.setdefault(parts[1], []).append(span(*parts[2:6]))
        elif parts[0] == "ATTRIB" and len(parts) >= 3:
            attrib[parts[1]] = parts[2]
    names: dict[str, list[str]] = {}
    cf = litbank_dir / "coref" / "tsv" / f"{stem}.ann"
    if cf.exists():
        ment: dict[str, str] = {}
        for line in cf.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if parts[0] == "MENTION" and len(parts) >= 9 and parts[8] == "PROP":
                ment[parts[1]] = parts[6]
            elif parts[0] == "COREF" and len(parts) >= 3 and parts[1] in ment:
                names.setdefault(parts[2], []).append(ment[parts[1]])
    gold = [GoldQ(sp, attrib.get(q, ""), [], "") for q, sp in quotes.items()]
    return txt, gold, names


FIRST_PERSON = {"i", "me", "my", "mine", "myself"}


def link_by_mentions(pred_spans: dict[str, list[Span]], gold_spans: dict[str, list[Span]]) -> dict[str, str]:
    """Predicted character id → gold entity, by the gold coreference mentions its own mentions hit
    most often (same end offset: "the old man" and "man" are one mention). Unlike name linking this
    credits a narrator known only as "I", whom no proper name identifies; ties stay unlinked."""
    by_end: dict[int, set[str]] = {}
    for ent, spans in gold_spans.items():
        for _, e in spans:
            by_end.setdefault(e, set()).add(ent)
    links: dict[str, str] = {}
    for cid, spans in pred_spans.items():
        votes: Counter = Counter()
        for _, e in spans:
            for ent in by_end.get(e, ()):
                votes[ent] += 1
        top = votes.most_common(2)
        if top and not (len(top) > 1 and top[0][1] == top[1][1]):
            links[cid] = top[0][0]
    return links


def narrator_entity(gold_spans: dict[str, list[Span]], texts: dict[Span, str], quotes: list[GoldQ]) -> str | None:
    """The gold entity that says "I" most often in the narration (outside quotes), if it does so at
    least three times: the first-person narrator."""
    inside = sorted(s for q in quotes for s in q.spans)
    starts = [a for a, _ in inside]

    def quoted(sp: Span) -> bool:
        return bool(_overlaps(inside, starts, sp))

    counts = Counter({ent: sum(texts.get(sp, "").lower() in FIRST_PERSON and not quoted(sp) for sp in spans)
                      for ent, spans in gold_spans.items()})
    top = counts.most_common(1)
    return top[0][0] if top and top[0][1] >= 3 else None


def evaluate_litbank(litbank_dir: Path, limit: int | None = None, split: str = "all",
                     only: Sequence[str] | None = None, text: str = "original") -> dict:
    """Quote finding and speaker accuracy on LitBank's tokenized excerpts (spaced punctuation).

    Speakers are scored two ways: ``speaker_accuracy`` links characters by name as for PDNC (a
    narrator who is only ever "I" can never be right), and ``speaker_accuracy_mentions`` links each
    predicted character to the gold coreference entity its mentions hit most often, which measures
    attribution for first-person narrators too; ``narrator_speaker_accuracy`` is the latter over the
    quotes the first-person narrator says (:func:`narrator_entity`).

    ``text="original"`` runs fabula on the excerpt as the novel prints it (``original/``, aligned
    token by token, :func:`fabula.evaluate.litbank.align_original`) and maps its spans back to the
    tokenized file; ``"tokenized"`` reads LitBank's one-sentence-per-line file itself, where every
    sentence is a paragraph and speech tags fall apart from their quotes."""
    from fabula import analyze, ingest
    from fabula.evaluate.litbank import align_original, coref_mentions
    from fabula.evaluate.splits import load_split

    qdir = litbank_dir / "quotations" / "tsv"
    stems = sorted(p.stem for p in qdir.glob("*.ann"))
    if split != "all":
        wanted = set(load_split("litbank")[split])
        stems = [s for s in stems if s.removesuffix("_brat") in wanted]
    if only:
        stems = [s for s in stems if s in only or s.removesuffix("_brat") in only]
    stems = stems[:limit]
    novels = {}
    for stem in stems:
        txt, gold, names = read_litbank_doc(litbank_dir, stem)
        if not gold:
            continue
        ex = align_original(litbank_dir, stem.removesuffix("_brat"), txt) if text == "original" else None
        body = ex.text if ex is not None else txt
        analysis = analyze(text=body, only=["cast", "dialogue"])
        story = ingest.from_text(body)
        preds, mentions = predictions(story, analysis)

        def to_gold(span: Span, ex=ex) -> Span | None:
            return span if ex is None else ex.to_tokenized(span)

        for pq in preds:
            pq.spans = [g for g in (to_gold(sp) for sp in pq.spans) if g is not None]
        links = link_characters(mentions, {e: set(v) for e, v in names.items()})
        # LitBank has no quote types: only the overall speaker figure is reported
        res = score_novel(preds, gold, links)
        gold_spans: dict[str, list[Span]] = {}
        texts: dict[Span, str] = {}
        for m in coref_mentions(litbank_dir, stem.removesuffix("_brat")):
            if m.entity:
                gold_spans.setdefault(m.entity, []).append((m.start, m.end))
                texts[(m.start, m.end)] = m.text
        pred_spans = {c.id: [g for m in c.mentions if (g := to_gold(story.source_span(tuple(m.span))))]
                      for c in analysis.characters}
        mlinks = link_by_mentions(pred_spans, gold_spans)
        res["speaker_right_mentions"] = score_novel(preds, gold, mlinks)["speaker_right"]
        narr = narrator_entity(gold_spans, texts, gold)
        ngold = [g for g in gold if narr is not None and g.speaker == narr]
        res["narrator_total"] = len(ngold)
        res["narrator_right"] = score_novel(preds, ngold, mlinks)["speaker_right"] if ngold else 0
        res["speaker_accuracy_mentions"] = _div(res["speaker_right_mentions"], res["n_gold"])
        res["narrator_speaker_accuracy"] = _div(res["narrator_right"], res["narrator_total"])
        res["text"] = "original" if ex is not None else "tokenized"
        novels[stem] = res
    if not novels:
        return {"micro": {}, "macro": {}, "novels": {}}
    out = {**aggregate(novels), "novels": novels}
    n_gold = sum(v["n_gold"] for v in novels.values())
    out["micro"]["speaker_accuracy_mentions"] = _div(sum(v["speaker_right_mentions"] for v in novels.values()),
                                                     n_gold)
    out["micro"]["narrator_speaker_accuracy"] = _div(sum(v["narrator_right"] for v in novels.values()),
                                                     sum(v["narrator_total"] for v in novels.values()))
    for key in ("speaker_accuracy_mentions", "narrator_speaker_accuracy"):
        vals = [v[key] for v in novels.values() if v[key] is not None]
        out["macro"][key] = round(sum(vals) / len(vals), 4) if vals else None
    return out


# ------------------------------------------------------------------------------------------
# the project's own fan-fiction dialogue gold (tests/gold/dialogue, format in its README)
# ------------------------------------------------------------------------------------------

PREFIXES = (25, 18, 12, 8, 5, 3)
SHORT_PREFIX_REACH = 3000
_STRAIGHT = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def locate_gold_quotes(source: str, quotes: Sequence[dict]) -> list[Span | None]:
    """Source spans of gold quotes given by their words, in story order: the longest prefix of the
    words (an interrupted quote's first part may be short) found after the previous quote, to the
    end of the quote's last words when they follow closely. None when the words are not found."""
    out: list[Span | None] = []
    cursor = 0
    source = source.translate(_STRAIGHT)  # one character for one: offsets stay the file's
    for q in quotes:
        # an interrupted quote's pieces, when the gold lists them ("parts"), else its joined words
        parts = [str(p) for p in q.get("parts") or []]
        words = " ".join((parts[0] if parts else str(q.get("text", ""))).translate(_STRAIGHT).split())
        last = " ".join((parts[-1] if parts else words).translate(_STRAIGHT).split())
        span = None
        for n in PREFIXES:
            head = words[:n]
            if not head:
                break
            # a short prefix ("No.") is looked for only near the previous quote, not pages ahead
            pos = source.find(head, cursor, None if n >= 12 else cursor + SHORT_PREFIX_REACH)
            if pos >= 0:
                tail = last[-12:].strip()
                reach = pos + 3 * len(" ".join(parts) or words) + 300
                end = source.find(tail, pos, reach) if len(words) > n or len(parts) > 1 else -1
                span = (pos, end + len(tail) if end >= 0 else pos + len(head))
                cursor = pos + len(head)
                break
        out.append(span)
    return out


def link_with_narrator(analysis, gold: dict) -> dict[str, str]:
    """Predicted character id -> gold name: by the gold name its mentions use most often, and a
    narrator fabula names no other way (an unnamed "I", the reader of a second-person story) to
    the gold ``narrator``."""
    # an unnamed speaker's key is its role ("barista"); fabula calls that person "the barista"
    gold_aliases = {g: list(a) + ([f"the {g}"] if g[:1].islower() else [])
                    for g, a in gold.get("characters", {}).items()}
    mentions = {c.id: [m.text for m in c.mentions if m.kind in ("name", "nominal")] + [c.name]
                for c in analysis.characters}
    links = link_characters(mentions, gold_aliases)
    narr = gold.get("narrator")
    if narr:
        for sec in analysis.narrator:
            if sec.character and sec.person in (1, 2) and sec.character not in links:
                links[sec.character] = narr
    return links


def evaluate_story_gold(path: Path, gold: dict) -> dict:
    """One gold story's quote, speaker and addressee scores (all quotes count as one type)."""
    story, analysis = analyze_gold_text(path, name=path.stem)
    preds, _mentions = predictions(story, analysis)
    links = link_with_narrator(analysis, gold)
    spans = locate_gold_quotes(story.source_text, gold.get("quotes", []))
    golds = [GoldQ([sp], q["speaker"], list(q.get("addressees") or []), "Explicit")
             for q, sp in zip(gold.get("quotes", []), spans, strict=True) if sp is not None]
    out = score_novel(preds, golds, links)
    out["unlocated"] = sum(sp is None for sp in spans)
    found, _ = match_quotes(preds, golds)
    kinds = [q.get("kind", "speech") for q, sp in zip(gold.get("quotes", []), spans, strict=True) if sp is not None]
    out["kind_total"] = sum(k is not None for k in found)
    out["kind_right"] = sum(k is not None and analysis.quotes[k].kind == kind for k, kind in zip(found, kinds, strict=True))
    out["kind_accuracy"] = _div(out["kind_right"], out["kind_total"])
    names = {c.id: c.name for c in analysis.characters}
    located = [q for q, sp in zip(gold.get("quotes", []), spans, strict=True) if sp is not None]
    out["misses"] = [f"{q['text'][:40]!r}: gold {q['speaker']}, got "
                     + (names.get(preds[k].speaker, str(preds[k].speaker)) if k is not None else "no quote")
                     for q, k in zip(located, found, strict=True)
                     if k is None or links.get(preds[k].speaker) != q["speaker"]]
    for key in ("by_type_right", "by_type_total"):
        out[key] = {t: 0 for t in TYPES}  # the gold has no Explicit/Anaphoric/Implicit labels
    out.update(_rates(out))
    return out


def evaluate_gold_dir(gold_dir: Path, progress=None) -> dict:
    """Every ``<stem>.json`` in ``gold_dir`` with its story ``<stem>.txt`` or ``<stem>.md``."""
    from fabula.errors import InputNotFound, MalformedInput

    if not gold_dir.is_dir():
        raise InputNotFound("gold directory does not exist", gold_dir)
    stories = {}
    for js in sorted(gold_dir.glob("*.json")):
        text = next((p for p in (js.with_suffix(".txt"), js.with_suffix(".md")) if p.exists()), None)
        if text is None:
            continue
        try:
            gold = json.loads(js.read_text(encoding="utf-8"))
            if not isinstance(gold, dict) or not all(
                    isinstance(q, dict) and "speaker" in q for q in gold.get("quotes", [])):
                raise ValueError("each quote needs a speaker")
        except (ValueError, UnicodeDecodeError) as exc:
            raise MalformedInput(f"not a dialogue gold file ({type(exc).__name__}: {exc})", js) from None
        if progress:
            progress(js.stem)
        stories[js.stem] = evaluate_story_gold(text, gold)
    if not stories:
        raise InputNotFound("no gold stories (<stem>.json beside <stem>.txt or .md) in this directory", gold_dir)
    out = {**aggregate(stories), "novels": stories}
    out["micro"]["kind_accuracy"] = _div(sum(v["kind_right"] for v in stories.values()),
                                         sum(v["kind_total"] for v in stories.values()))
    out["micro"]["unlocated"] = sum(v["unlocated"] for v in stories.values())
    return out


# ------------------------------------------------------------------------------------------
# CLI
# ------------------------------------------------------------------------------------------


def _print_table(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    def f(v) -> str:
        return "-" if v is None else f"{v:.3f}"

    t = Table(title="Quotes: identification, speakers, addressees")
    for col in ("novel", "gold", "recall", "precision", "speaker", "Explicit", "Anaphoric", "Implicit", "addressee",
                "addr P", "addr R", "addr F1"):
        t.add_column(col, justify="right" if col != "novel" else "left")
    rows = list(result["novels"].items()) + [("MICRO", result["micro"]), ("MACRO", result["macro"])]
    for name, r in rows:
        bt = r.get("speaker_accuracy_by_type", {})
        t.add_row(name, str(r.get("n_gold", "")), f(r.get("quote_recall")), f(r.get("quote_precision")),
                  f(r.get("speaker_accuracy")), f(bt.get("Explicit")), f(bt.get("Anaphoric")),
                  f(bt.get("Implicit")), f(r.get("addressee_accuracy")), f(r.get("addressee_precision")),
                  f(r.get("addressee_recall")), f(r.get("addressee_f1")))
    Console().print(t)


def register(app: typer.Typer) -> None:
    @app.command("quotes")
    def quotes_cmd(
        pdnc: Path = typer.Option(None, "--pdnc", help="PDNC folder (with data/<Novel>/...)"),
        litbank: Path = typer.Option(None, "--litbank", help="LitBank folder (with quotations/tsv)"),
        gold: Path = typer.Option(None, "--gold", help="the project's fan-fiction dialogue gold (tests/gold/dialogue/dev "
                                                      "or test)"),
        novels: list[str] = typer.Option(None, "--novels", help="only these PDNC novels (repeat or comma-separate)"),
        split: str = typer.Option("test", "--split", help="dev | test | all (PDNC or LitBank split file)"),
        train_split: Path = typer.Option(None, "--train-split", help="split JSON (default: the shipped one)"),
        limit: int = typer.Option(None, "--limit", help="LitBank: only the first N documents"),
        as_json: bool = typer.Option(False, "--json", help="print JSON"),
        cast_cache: Path = typer.Option(None, "--cast-cache", help="save/reuse cast output per novel here"),
        litbank_text: str = typer.Option("original", "--litbank-text",
                                         help="LitBank: run on the novel's own text aligned to the excerpt "
                                              "(original) or on the one-sentence-per-line file (tokenized)"),
    ) -> None:
        """Score quote finding, speaker and addressee attribution against gold data."""
        import sys

        from fabula.cli import fail

        if pdnc is None and litbank is None and gold is None:
            raise typer.BadParameter("give --pdnc DIR, --litbank DIR or --gold DIR")
        try:
            if gold is not None:
                result = evaluate_gold_dir(gold, progress=lambda n: print(f"  {n}", file=sys.stderr))
            elif pdnc is not None:
                names = [x for n in novels for x in n.split(",") if x] if novels else split_novels(train_split, split)
                result = evaluate_pdnc(pdnc, names, progress=lambda n: print(f"  {n}", file=sys.stderr),
                                       cast_cache=cast_cache)
            else:
                result = evaluate_litbank(litbank, limit, split, text=litbank_text)
        except typer.Exit:
            raise
        except Exception as exc:  # noqa: BLE001 - one line per failure, as every eval command
            fail(exc)
            return
        if as_json:
            print(json.dumps(result, indent=2))
        else:
            _print_table(result)
