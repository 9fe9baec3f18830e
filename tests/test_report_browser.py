"""The HTML report in a real browser: Playwright driving Debian's Chromium.

Skipped (with the reason) when /usr/bin/chromium or the playwright package is missing; CI
installs both (``apt-get install -y chromium``; playwright is in the dev extras, and
``playwright install`` is never needed). Screenshots go to ``artifacts/`` and their paths are
printed at the end of the module.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync",
        "--disable-default-apps", "--disable-extensions"]

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists() and not shutil.which("chromium"),
                                reason="no /usr/bin/chromium (apt-get install -y chromium)")

SHOTS: list[Path] = []


@pytest.fixture(scope="module")
def browser(request):
    with sync_api.sync_playwright() as p:
        exe = str(CHROMIUM) if CHROMIUM.exists() else shutil.which("chromium")
        b = p.chromium.launch(executable_path=exe, args=ARGS)
        yield b
        b.close()
    if SHOTS:
        capman = request.config.pluginmanager.getplugin("capturemanager")
        with capman.global_and_fixture_disabled():
            print("\nreport screenshots:\n" + "\n".join(f"  {s}" for s in SHOTS))


@pytest.fixture(scope="module")
def reports(nlp, examples_dir):
    """name -> (report path, Analysis): the bundled example through the real pipeline, this
    project's own test story with every missing layer filled by rules, and a hostile story."""
    import fabula
    from fabula.report.html import render_html
    from test_report_html import _hostile_analysis
    from test_report_support import STORY, enrich

    ARTIFACTS.mkdir(exist_ok=True)
    out = {}
    analyses = {
        "example": fabula.analyze(examples_dir / "the-seam-that-holds.txt"),
        "own": enrich(fabula.analyze(text=STORY)),
        "hostile": _hostile_analysis(),
    }
    for name, a in analyses.items():
        path = ARTIFACTS / f"report-{name}.html"
        path.write_text(render_html(a), encoding="utf-8")
        out[name] = (path, a)
    return out


class Opened:
    """A page with everything it logged: console errors, page errors, requests, dialogs."""

    def __init__(self, browser, path: Path, width: int = 1280, height: int = 900):
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url, wait_until="load")

    def shot(self, name: str, full: bool = True) -> Path:
        p = ARTIFACTS / f"{name}.png"
        self.page.screenshot(path=str(p), full_page=full)
        SHOTS.append(p)
        return p

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def opened(browser, reports, request):
    pages: list[Opened] = []

    def _open(name: str, **kw) -> tuple[Opened, object]:
        path, analysis = reports[name]
        o = Opened(browser, path, **kw)
        pages.append(o)
        return o, analysis

    yield _open
    for o in pages:
        o.close()


BOTH = pytest.mark.parametrize("name", ["example", "own"])


@BOTH
def test_loads_offline_without_errors(opened, name):
    o, _ = opened(name)
    o.page.wait_for_timeout(200)
    o.shot(f"report-{name}")
    assert o.errors == []
    assert o.dialogs == []
    assert o.requests == [o.url], "the page must not request anything but itself"


@BOTH
def test_cast_lists_the_characters(opened, name):
    from fabula.report.html import build_ctx

    o, a = opened(name)
    if not a.characters:
        pytest.skip("the cast layer found no characters")
    shown = o.page.locator(".castlist .nm").all_inner_texts()
    expected = [c.name for c in build_ctx(a).chars][:60]
    assert shown == expected
    assert set(shown) == {c.name for c in a.characters} or len(a.characters) > 60


def _most_quoted(a):
    from collections import Counter

    counts = Counter(q.speaker for q in a.quotes if q.speaker and a.character(q.speaker))
    if not counts:
        pytest.skip("no quote has a known speaker")
    return a.character(counts.most_common(1)[0][0])


@BOTH
def test_clicking_a_character_highlights_their_quotes(opened, name):
    o, a = opened(name)
    ch = _most_quoted(a)
    page = o.page
    button = page.locator(".castlist .who", has=page.locator(".nm", has_text=ch.name)).first
    key = button.get_attribute("data-c")
    quote = page.locator(f'.story .q[data-s="{key}"]').first
    other = page.locator(f'.story .q[data-s]:not([data-s="{key}"])').first
    bg = "el => getComputedStyle(el).backgroundColor"
    before = quote.evaluate(bg)
    button.click()
    colour = page.evaluate(f"JSON.parse(document.getElementById('fabula-data').textContent).chars['{key}'].col")
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    # the quote's background turns to the character's colour (after a short CSS transition)
    sync_api.expect(quote).to_have_css("background-color", f"rgb({r}, {g}, {b})")
    assert before != f"rgb({r}, {g}, {b})"
    assert button.get_attribute("aria-pressed") == "true"
    assert page.locator("#selname").inner_text() == ch.name
    n_lines = sum(1 for q in a.quotes if q.speaker == ch.id and q.spans)
    assert page.locator("#selcount").inner_text().startswith(f"{n_lines} lines")
    if other.count():
        sync_api.expect(other).to_have_css("background-color", "rgba(0, 0, 0, 0)")
    # mentions are highlighted too
    mention = page.locator(f'.story .m[data-c="{key}"]').first
    if mention.count():
        sync_api.expect(mention).to_have_css("background-color", f"rgb({r}, {g}, {b})")
    quote.scroll_into_view_if_needed()
    o.shot(f"report-{name}-highlight", full=False)
    # clicking again clears it
    button.click()
    sync_api.expect(quote).to_have_css("background-color", before)


@BOTH
def test_slider_changes_the_network(opened, name):
    o, a = opened(name)
    page = o.page
    if not page.locator("#netsvg").count():
        pytest.skip("no relationship network in this analysis")
    aps = page.eval_on_selector_all("#netsvg [data-ap]", "els => els.map(e => Number(e.dataset.ap))")
    states = page.evaluate("Object.values(JSON.parse(document.getElementById('fabula-data').textContent)"
                           ".edges || {}).map(e => e.st.length)")
    if max(aps, default=0) == 0 and max(states, default=0) < 2:
        pytest.skip("every node and edge is there from the first step and no state changes")

    def snapshot():
        return page.eval_on_selector_all(
            "#netsvg .node, #netsvg .edge",
            "els => els.map(e => e.getAttribute('class') + '|' + (e.querySelector('.elabel') || {}).textContent)")

    full = snapshot()
    label_full = page.locator("#timelabel").inner_text()
    page.eval_on_selector("#time", "el => { el.value = '0'; el.dispatchEvent(new Event('input')); }")
    first = snapshot()
    assert first != full
    assert page.locator("#timelabel").inner_text() != label_full
    if page.locator("svg.tl .scene").count():  # the timeline marks the scene the slider is on
        assert page.locator("svg.tl .scene.now").first.get_attribute("data-step") == "0"
    assert page.locator("#netsvg .off").count() > 0 or any("changed" in s for s in first) or first != full
    page.locator("#network").scroll_into_view_if_needed()
    o.shot(f"report-{name}-network-start", full=False)


@BOTH
def test_hover_card_names_the_speaker(opened, name):
    o, a = opened(name)
    page = o.page
    quote = page.locator(".story .q[data-s]").first
    if not quote.count():
        pytest.skip("no attributed quote")
    q = a.quotes[int(quote.get_attribute("data-q"))]
    quote.scroll_into_view_if_needed()
    quote.hover()
    card = page.locator("#card")
    card.wait_for(state="visible", timeout=2000)
    assert card.locator(".speaker").inner_text() == a.character(q.speaker).name
    o.shot(f"report-{name}-hover", full=False)


@BOTH
def test_edge_hover_shows_states(opened, name):
    o, a = opened(name)
    page = o.page
    if not a.relationships or not page.locator("#netsvg .edge:not(.fam-talk)").count():
        pytest.skip("no typed relationship")
    edge = page.locator("#netsvg .edge:not(.fam-talk)").last
    edge.scroll_into_view_if_needed()
    # move the mouse onto the edge a third of the way along it (its middle may cross another edge)
    x, y = edge.locator(".hit").evaluate("""l => {
        const m = l.getScreenCTM(), p = l.ownerSVGElement.createSVGPoint();
        p.x = (2 * l.x1.baseVal.value + l.x2.baseVal.value) / 3; p.y = (2 * l.y1.baseVal.value + l.y2.baseVal.value) / 3;
        const q = p.matrixTransform(m); return [q.x, q.y]; }""")
    page.mouse.move(x, y)
    card = page.locator("#card")
    card.wait_for(state="visible", timeout=2000)
    rid = edge.get_attribute("data-e")
    data = page.evaluate(f"JSON.parse(document.getElementById('fabula-data').textContent).edges['{rid}']")
    assert data["a"] in card.inner_text() and data["b"] in card.inner_text()
    for st in data["st"]:
        assert st["state"] in card.inner_text()


@BOTH
def test_phone_width_is_readable(opened, name):
    o, _ = opened(name, width=375, height=800)
    page = o.page
    widths = page.evaluate("[document.documentElement.scrollWidth, document.body.scrollWidth]")
    assert max(widths) <= 375, f"horizontal overflow at 375 px: {widths}"
    size = page.eval_on_selector(".story p:not(.povh):not(.brk)", "el => parseFloat(getComputedStyle(el).fontSize)")
    assert size >= 14
    o.shot(f"report-{name}-375px")
    assert o.errors == []


def test_hostile_story_renders_as_text(opened):
    o, a = opened("hostile")
    page = o.page
    page.wait_for_timeout(300)
    text = page.locator("article.story").inner_text()
    assert "<script>alert('pwned')</script>" in text
    assert '<a href="javascript:alert(4)">click me</a>' in text
    assert page.locator("h1").inner_text() == a.story.metadata.title
    assert page.locator("article.story script, article.story img, article.story a").count() == 0
    # hovering and clicking everything hostile runs nothing
    page.locator(".story .q").first.hover()
    page.locator(".castlist .who").first.click()
    assert o.dialogs == []
    assert o.errors == []
    assert o.requests == [o.url]
    o.shot("report-hostile")
