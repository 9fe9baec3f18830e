"""Size and open time of the HTML report for long novels (not a test).

    python bench/report_size.py [TEXT ...] [--no-browser] [--out DIR]
    python bench/report_size.py --synthetic-words 300000
    python bench/report_size.py artifacts/bench-analysis-113_the_secret_garden.json   # report only

Defaults to LitBank's The Secret Garden (../shared/data/litbank/original/113_the_secret_garden.txt,
about 80K words). For each text: the full analysis (spaCy parse from the shared parse cache,
``fabula.evaluate.cache.load_parsed``, then every stage), the time ``render_html`` takes, the
report's size raw and gzipped, the number of elements; then, in Chromium (/usr/bin/chromium via
Playwright), the time to DOMContentLoaded / load / first contentful paint, the JS heap, and how
long the interactions take on a page this big (highlighting the main character, moving the
story-time slider, a hover card). Reports are written to ``artifacts/`` (gitignored).
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "litbank" / "original" / "113_the_secret_garden.txt"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync"]


def analyze_cached(path: Path):
    """The whole analysis, reusing the team's on-disk spaCy parse when there is one."""
    from fabula import nlp as nlp_mod
    from fabula.evaluate.cache import load_parsed
    from fabula.model import Analysis
    from fabula.pipeline import Context, run_stages

    t0 = time.perf_counter()
    story, doc = load_parsed(path)
    t_parse = time.perf_counter() - t0
    analysis = Analysis.for_story(story)
    analysis.nlp_model = nlp_mod.model_label(nlp_mod.load())
    t0 = time.perf_counter()
    analysis = run_stages(Context(story=story, doc=doc), analysis)
    analysis.attach_source_spans(story)
    return analysis, t_parse, time.perf_counter() - t0


def synthetic_analysis(words: int):
    """A story of about ``words`` words with every layer filled, generated here (no spaCy), to
    measure the report alone at novel scale: six characters, a quote in most paragraphs, a scene
    every 30 paragraphs, relationships whose states change, an arc per character."""
    import random

    from fabula import ingest
    from fabula.model import (
        Analysis,
        Arc,
        ArcPoint,
        Character,
        Evidence,
        Mention,
        Quote,
        Relationship,
        RelationshipState,
        Scene,
    )

    rng = random.Random(7)
    names = ["Arlen", "Brisk", "Corra", "Dain", "Elsbeth", "Fenn"]
    verbs = ["said", "asked", "answered", "muttered", "called"]
    paras, n = [], 0
    while n < words:
        a, b = rng.sample(names, 2)
        p = (f'{a} crossed the yard and looked at {b} for a long moment. "The river is high again, and the '
             f'mill will not wait for us," {a} {rng.choice(verbs)}. {b} shook her head and went back to the nets.')
        paras.append(p)
        n += len(p.split())
    story = ingest.from_text("\n\n".join(paras))
    an = Analysis.for_story(story)
    text = story.text
    import re

    for i, name in enumerate(names):
        spans = [(m.start(), m.end()) for m in re.finditer(name, text)]
        an.characters.append(Character(id=f"c{i}", name=name, mentions=[Mention(span=sp, text=name) for sp in spans]))
    for i, m in enumerate(re.finditer(r'"[^"]+"', text)):
        after = text[m.end(): m.end() + 30]
        who = next((j for j, nm in enumerate(names) if after.startswith(f" {nm}")), None)
        an.quotes.append(Quote(id=f"q{i}", spans=[(m.start(), m.end())], text=m.group(0),
                               speaker=f"c{who}" if who is not None else None, confidence=0.8,
                               attribution="explicit", addressees=[f"c{(who or 0) + 1 % 6}"]))
    paras_t = story.text_paragraphs
    for k in range(0, len(paras_t), 30):
        chunk = paras_t[k: k + 30]
        an.scenes.append(Scene(id=f"s{k // 30}", span=(chunk[0].span[0], chunk[-1].span[1]), index=k // 30,
                               synopsis=text[chunk[0].span[0]: chunk[0].span[0] + 80]))
    states = ["strangers", "friends", "rivals", "friends", "close"]
    for i in range(5):
        st = []
        for j, sc in enumerate(an.scenes[i:: max(1, len(an.scenes) // 5)][:5]):
            st.append(RelationshipState(state=states[j % 5], scene=sc.id,
                                        evidence=[Evidence(spans=[(sc.span[0], sc.span[0] + 60)])]))
        an.relationships.append(Relationship(id=f"r{i}", source=f"c{i}", target=f"c{i + 1}", type="friends",
                                             states=st))
    for i in range(6):
        an.arcs.append(Arc(character=f"c{i}", discourse=[
            ArcPoint(scene=sc.id, discourse_index=j, valence=rng.uniform(-0.6, 0.6)) for j, sc in enumerate(an.scenes)]))
    return an


def measure_browser(html_path: Path) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    out: dict[str, float] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS + ["--enable-precise-memory-info"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        errors: list[str] = []
        requests: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        t0 = time.perf_counter()
        page.goto(html_path.resolve().as_uri(), wait_until="load")
        out["wall_load_s"] = time.perf_counter() - t0
        timing = page.evaluate("""() => {
            const n = performance.getEntriesByType('navigation')[0];
            const fcp = performance.getEntriesByName('first-contentful-paint')[0];
            return {dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd, fcp: fcp ? fcp.startTime : -1,
                    heap: performance.memory ? performance.memory.usedJSHeapSize : -1,
                    nodes: document.getElementsByTagName('*').length};
        }""")
        out.update(dom_content_loaded_ms=timing["dcl"], load_event_ms=timing["load"], fcp_ms=timing["fcp"],
                   js_heap_mb=timing["heap"] / 2**20, dom_elements=timing["nodes"])
        who = page.locator(".castlist .who").first
        if who.count():
            t0 = time.perf_counter()
            who.click()
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
            out["highlight_ms"] = 1000 * (time.perf_counter() - t0)
            t0 = time.perf_counter()
            page.locator("#selnext").click()
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
            out["jump_next_ms"] = 1000 * (time.perf_counter() - t0)
        if page.locator("#time").count():
            t0 = time.perf_counter()
            page.eval_on_selector("#time", "el => { el.value = '0'; el.dispatchEvent(new Event('input')); }")
            out["slider_ms"] = 1000 * (time.perf_counter() - t0)
        q = page.locator(".story .q[data-s]").nth(50)
        if q.count():
            q.scroll_into_view_if_needed()
            t0 = time.perf_counter()
            q.hover()
            page.locator("#card").wait_for(state="visible", timeout=5000)
            out["hover_card_ms"] = 1000 * (time.perf_counter() - t0)
        out["console_errors"] = float(len(errors))
        out["requests_other_than_itself"] = float(len([r for r in requests if r != page.url]))
        browser.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("texts", nargs="*", default=[str(DEFAULT)])
    ap.add_argument("--no-browser", action="store_true", help="skip the Chromium measurements")
    ap.add_argument("--out", default=str(ROOT / "artifacts"), help="where to write the reports")
    ap.add_argument("--synthetic-words", type=int, default=0,
                    help="instead of texts: a generated story of this many words with every layer filled")
    args = ap.parse_args(argv)
    from fabula.report.html import render_html

    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    jobs: list[tuple[str, object]] = [(t, None) for t in args.texts]
    if args.synthetic_words:
        jobs = [(f"synthetic-{args.synthetic_words}-words.txt", args.synthetic_words)]
    for text, synthetic in jobs:
        path = Path(text)
        if synthetic:
            t0 = time.perf_counter()
            analysis, t_parse = synthetic_analysis(int(synthetic)), 0.0
            t_stages = time.perf_counter() - t0
        elif not path.exists():
            print(f"bench/report_size.py: {path}: no such file", file=sys.stderr)
            return 2
        elif path.suffix == ".json":  # an Analysis saved by an earlier run: re-measure the report only
            from fabula.model import Analysis

            analysis, t_parse, t_stages = Analysis.model_validate_json(path.read_text(encoding="utf-8")), 0.0, 0.0
        else:
            analysis, t_parse, t_stages = analyze_cached(path)
            (out_dir / f"bench-analysis-{path.stem}.json").write_text(analysis.model_dump_json(), encoding="utf-8")
        t0 = time.perf_counter()
        html = render_html(analysis)
        t_render = time.perf_counter() - t0
        data = html.encode("utf-8")
        html_path = out_dir / f"bench-report-{path.stem.removeprefix('bench-analysis-')}.html"
        html_path.write_bytes(data)
        text_bytes = len(analysis.story.text.encode("utf-8"))
        print(f"== {path.name}: {analysis.story.words:,} words, {len(analysis.story.paragraphs):,} paragraphs, "
              f"{len(analysis.characters)} characters, {len(analysis.quotes):,} quotes, {len(analysis.scenes)} scenes, "
              f"{len(analysis.relationships)} relationships; stages {', '.join(analysis.stages)}")
        print(f"   parse (cached or fresh) {t_parse:.1f}s, stages {t_stages:.1f}s, render_html {t_render:.2f}s")
        print(f"   report {len(data) / 2**20:.2f} MB ({len(data) / max(1, text_bytes):.1f}x the text), "
              f"gzip {len(gzip.compress(data)) / 2**20:.2f} MB, ~{len(re.findall(rb'<[a-zA-Z]', data)):,} tags "
              f"-> {html_path}")
        if not args.no_browser:
            if not Path(CHROMIUM).exists():
                print(f"   (no {CHROMIUM}: browser timings skipped)")
                continue
            for k, v in measure_browser(html_path).items():
                print(f"   {k:28s} {v:,.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
