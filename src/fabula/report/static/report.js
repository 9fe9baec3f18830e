/* fabula report interaction: character highlight, story-time slider, hover cards.
   Data comes from the JSON block; every string from it is written with textContent, never as HTML. */
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("fabula-data").textContent);
  var KEY = /^c\d+$/;
  var body = document.body;
  var card = document.getElementById("card");
  var pinned = false;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function charName(k) { return k && D.chars[k] ? D.chars[k].n : "unknown"; }
  function charColour(k) { return k && D.chars[k] ? D.chars[k].col : "#8a8f98"; }

  /* ---------------- character highlight ---------------- */
  var hl = document.createElement("style");
  hl.id = "fabula-highlight";
  document.head.appendChild(hl);
  var selected = null;
  var chip = document.getElementById("selchip");

  function selector(k) { return '.q[data-s="' + k + '"], .m[data-c="' + k + '"]'; }

  function select(k) {
    if (k !== null && (!KEY.test(k) || !D.chars[k])) return;
    selected = (selected === k) ? null : k;
    var buttons = document.querySelectorAll(".who");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute("aria-pressed", String(buttons[i].getAttribute("data-c") === selected));
    }
    if (!selected) {
      hl.textContent = "";
      body.classList.remove("selecting");
      chip.hidden = true;
      return;
    }
    var s = selected;
    hl.textContent =
      '.q[data-s="' + s + '"]{background:var(--c);color:#fff;border-bottom-color:var(--c);box-shadow:0 0 0 2px var(--c)}' +
      '.q.th[data-s="' + s + '"]{background:var(--t);color:inherit}' +
      '.m[data-c="' + s + '"]{background:var(--c);color:#fff;border-radius:3px;box-shadow:0 0 0 2px var(--c)}' +
      'body.selecting .q:not([data-s="' + s + '"]){background:transparent;border-bottom-color:transparent}' +
      '.node[data-c="' + s + '"] circle{stroke:var(--ink);stroke-width:4}' +
      '.arc.' + s + '{outline:3px solid var(--c);outline-offset:4px;border-radius:8px}';
    body.classList.add("selecting");
    var hits = document.querySelectorAll(selector(s));
    var pieces = document.querySelectorAll('.q[data-s="' + s + '"]');
    var seen = {};
    for (var j = 0; j < pieces.length; j++) seen[pieces[j].getAttribute("data-q")] = 1;
    var lines = Object.keys(seen).length;
    chip.hidden = false;
    chip.style.setProperty("--c", charColour(s));
    chip.querySelector(".dot").style.background = charColour(s);
    document.getElementById("selname").textContent = charName(s);
    document.getElementById("selcount").textContent = lines + " lines · " + (hits.length - pieces.length) + " mentions";
    document.getElementById("selnext").disabled = hits.length === 0;
  }

  function jumpNext() {
    if (!selected) return;
    var hits = document.querySelectorAll(selector(selected));
    var y = 90;
    for (var i = 0; i < hits.length; i++) {
      var r = hits[i].getBoundingClientRect();
      if (r.top > y + 4) { hits[i].scrollIntoView({ block: "center" }); flash(hits[i]); return; }
    }
    if (hits.length) { hits[0].scrollIntoView({ block: "center" }); flash(hits[0]); }
  }

  document.addEventListener("click", function (ev) {
    var t = ev.target;
    if (!(t instanceof Element)) return;
    var who = t.closest(".who, .node");
    if (who) { select(who.getAttribute("data-c")); return; }
    if (t.closest("#selclear")) { select(null); return; }
    if (t.closest("#selnext")) { jumpNext(); return; }
    var a = t.closest('a[href^="#p"], a[href^="#scene-"]');
    if (a) {
      var target = document.getElementById(a.getAttribute("href").slice(1));
      if (target) setTimeout(function () { flash(target); }, 250);
      hideCard(true);
      return;
    }
    var q = t.closest(".q, .edge");
    if (q) { showFor(q); pinned = true; return; }
    if (!t.closest("#card")) hideCard(true);
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { hideCard(true); if (selected) select(null); }
    if ((ev.key === "Enter" || ev.key === " ") && ev.target instanceof Element && ev.target.matches(".node")) {
      ev.preventDefault(); select(ev.target.getAttribute("data-c"));
    }
  });

  function flash(node) {
    node.classList.remove("flash");
    void node.offsetWidth;
    node.classList.add("flash");
  }

  var mentions = document.getElementById("showmentions");
  if (mentions) mentions.addEventListener("change", function () { body.classList.toggle("mentions", mentions.checked); });

  /* ---------------- hover cards ---------------- */
  function row(dl, label, value) {
    if (value === undefined || value === null || value === "") return;
    dl.appendChild(el("dt", null, label));
    dl.appendChild(el("dd", null, value));
  }

  function quoteCard(i) {
    var q = D.quotes[i];
    if (!q) return null;
    var frag = document.createDocumentFragment();
    var ttl = el("div", "ttl");
    var dot = el("span", "dot");
    dot.style.background = charColour(q.s);
    ttl.appendChild(dot);
    ttl.appendChild(el("span", "speaker", q.s ? charName(q.s) : "Speaker unknown"));
    frag.appendChild(ttl);
    var dl = el("dl");
    row(dl, "to", (q.to || []).map(charName).join(", "));
    row(dl, "found by", q.a ? q.a + " attribution" : "");
    row(dl, "confidence", q.c);
    row(dl, "cue", q.cue ? "“" + q.cue + "”" : "");
    row(dl, "kind", q.k !== "speech" ? q.k : "");
    frag.appendChild(dl);
    return { frag: frag, colour: charColour(q.s) };
  }

  function edgeCard(id) {
    var e = D.edges && D.edges[id];
    if (!e) return null;
    var frag = document.createDocumentFragment();
    frag.appendChild(el("div", "ttl", e.a + " — " + e.b));
    var dl = el("dl");
    row(dl, "kind", e.t);
    row(dl, "exchanges", e.talk ? String(e.talk) : "");
    row(dl, "confidence", e.c);
    frag.appendChild(dl);
    if (e.st && e.st.length) {
      var ol = el("ol");
      var now = currentStep();
      e.st.forEach(function (s) {
        var li = el("li");
        var b = el("b", null, s.state);
        if (s.s !== null && s.s > now) li.className = "muted";
        li.appendChild(b);
        if (s.c) li.appendChild(el("span", "muted", " " + s.c));
        if (s.s !== null && D.steps[s.s]) li.appendChild(el("span", "muted", " · " + D.steps[s.s].l));
        (s.ev || []).forEach(function (ev) {
          var a = el("a", "ev", "“" + ev.t + "”");
          a.setAttribute("href", "#p" + ev.p);
          li.appendChild(a);
        });
        ol.appendChild(li);
      });
      frag.appendChild(ol);
    }
    return { frag: frag, colour: "var(--accent)" };
  }

  var cueOn = null;
  function showFor(target) {
    var made = null;
    if (target.classList.contains("q")) {
      var qi = target.getAttribute("data-q");
      made = quoteCard(qi);
      if (cueOn) cueOn.classList.remove("on");
      cueOn = document.querySelector('.cue[data-cue="' + qi + '"]');
      if (cueOn) cueOn.classList.add("on");
    } else if (target.classList.contains("edge")) {
      made = edgeCard(target.getAttribute("data-e"));
    }
    if (!made) return;
    card.textContent = "";
    card.appendChild(made.frag);
    card.style.setProperty("--c", made.colour);
    card.hidden = false;
    var r = target.getBoundingClientRect();
    var cw = card.offsetWidth, ch = card.offsetHeight;
    var x = Math.min(Math.max(8, r.left), window.innerWidth - cw - 8);
    var y = r.bottom + 8;
    if (y + ch > window.innerHeight - 8) y = Math.max(8, r.top - ch - 8);
    card.style.left = x + "px";
    card.style.top = y + "px";
  }
  function hideCard(force) {
    if (pinned && !force) return;
    pinned = false;
    card.hidden = true;
    if (cueOn) { cueOn.classList.remove("on"); cueOn = null; }
  }
  document.addEventListener("mouseover", function (ev) {
    var t = ev.target instanceof Element ? ev.target.closest(".q, .edge") : null;
    if (t && !pinned) showFor(t);
  });
  document.addEventListener("mouseout", function (ev) {
    var t = ev.target instanceof Element ? ev.target.closest(".q, .edge") : null;
    var to = ev.relatedTarget instanceof Element ? ev.relatedTarget : null;
    if (t && !(to && (t.contains(to) || to.closest("#card")))) hideCard(false);
  });
  window.addEventListener("scroll", function () { if (!pinned) hideCard(false); }, { passive: true });

  /* ---------------- story-time slider ---------------- */
  var slider = document.getElementById("time");
  var label = document.getElementById("timelabel");
  var svg = document.getElementById("netsvg");
  function currentStep() { return slider ? Number(slider.value) : Infinity; }

  function stateAt(e, t) {
    var cur = null;
    (e.st || []).forEach(function (s) { if (s.s === null || s.s <= t) cur = s; });
    return cur;
  }

  var lastShown = {};
  function applyStep(t) {
    if (!svg) return;
    var nodes = svg.querySelectorAll(".node");
    for (var i = 0; i < nodes.length; i++) {
      var ap = Number(nodes[i].getAttribute("data-ap"));
      nodes[i].classList.toggle("off", ap > t);
    }
    var edges = svg.querySelectorAll(".edge");
    for (var j = 0; j < edges.length; j++) {
      var g = edges[j], id = g.getAttribute("data-e"), e = D.edges[id];
      var on = Number(g.getAttribute("data-ap")) <= t;
      g.classList.toggle("off", !on);
      var st = stateAt(e, t);
      var text = st ? st.state : e.t;
      var lab = g.querySelector(".elabel");
      if (lab && lab.textContent !== text) {
        lab.textContent = text;
        g.classList.toggle("changed", lastShown[id] !== undefined);
      } else {
        g.classList.remove("changed");
      }
      lastShown[id] = text;
    }
    var step = D.steps[t];
    if (label && step) {
      label.textContent = "";
      label.appendChild(el("b", null, step.l));
      label.appendChild(document.createTextNode(" · " + (t + 1) + "/" + D.steps.length + " · "));
      var a = el("a", null, step.d || "read");
      a.setAttribute("href", "#p" + step.p);
      label.appendChild(a);
    }
    svg.setAttribute("data-step", String(t));
    if (D.stepMode === "scenes") {
      var sc = document.querySelectorAll("svg.tl .scene");
      for (var k = 0; k < sc.length; k++) sc[k].classList.toggle("now", Number(sc[k].getAttribute("data-step")) === t);
    }
  }

  if (slider) {
    slider.addEventListener("input", function () { stopPlay(); applyStep(Number(slider.value)); });
    applyStep(Number(slider.value));
  }
  var timer = null;
  var play = document.getElementById("play");
  function stopPlay() {
    if (timer) { clearInterval(timer); timer = null; if (play) { play.textContent = "▶"; play.setAttribute("aria-label", "Play the story"); } }
  }
  if (play && slider) {
    play.addEventListener("click", function () {
      if (timer) { stopPlay(); return; }
      var max = Number(slider.max);
      var t = Number(slider.value) >= max ? 0 : Number(slider.value);
      slider.value = String(t);
      applyStep(t);
      play.textContent = "❚❚";
      play.setAttribute("aria-label", "Pause");
      timer = setInterval(function () {
        t += 1;
        if (t > max) { stopPlay(); return; }
        slider.value = String(t);
        applyStep(t);
      }, 1100);
    });
  }
})();
