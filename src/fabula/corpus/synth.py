"""Small original stories, generated, for corpus tests and benchmarks.

Deterministic from a seed: invented names (built from syllables), dialogue with explicit
attributions, a scene break now and then, a chapter heading in longer ones, and an occasional
quarrel and parting so the relation layers have something to find. No third-party text.
"""

from __future__ import annotations

import random
from pathlib import Path

_ONSETS = ["B", "D", "F", "G", "K", "L", "M", "N", "P", "R", "S", "T", "V", "Z", "Br", "Cl", "Dr", "Th"]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "io"]
_CODAS = ["n", "r", "l", "s", "th", "m", "x", "nd", "rk", ""]
_PLACES = ["the harbour", "the library", "the old mill", "the station", "the orchard", "the market",
           "the kitchen", "the rooftop", "the ferry", "the greenhouse"]
_OBJECTS = ["a letter", "the map", "a lantern", "the key", "a photograph", "the ledger", "a scarf"]
_FEELINGS = ["tired", "glad", "nervous", "angry", "calm", "restless", "hopeful"]
_VERBS = ["said", "asked", "whispered", "replied", "called"]


def invent_name(rng: random.Random) -> str:
    parts = [rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)]
    if rng.random() < 0.6:
        parts.append(rng.choice(_ONSETS).lower() + rng.choice(_VOWELS) + rng.choice(_CODAS))
    return "".join(parts)


def story_text(seed: int, paragraphs: int = 6) -> str:
    """One original story as plain text (about 25 words per paragraph)."""
    rng = random.Random(seed)
    a, b = invent_name(rng), invent_name(rng)
    while b == a:
        b = invent_name(rng)
    c = invent_name(rng)
    place, obj = rng.choice(_PLACES), rng.choice(_OBJECTS)
    out: list[str] = []
    if paragraphs >= 8 and rng.random() < 0.5:
        out.append("Chapter 1")
    out.append(f"{a} waited at {place} until {b} came in, carrying {obj}. The light was going and "
               f"{a} felt {rng.choice(_FEELINGS)}.")
    for i in range(paragraphs - 1):
        r = rng.random()
        speaker, other = (a, b) if i % 2 == 0 else (b, a)
        if r < 0.45:
            out.append(f"\"{rng.choice(['Where were you', 'Did you bring it', 'We should go'])}?\" "
                       f"{speaker} {rng.choice(_VERBS)}. {other} looked at {obj} and did not answer at once.")
        elif r < 0.6:
            out.append(f"\"I can't do this anymore,\" {speaker} said. \"We're finished.\" "
                       f"{other} turned away, and that was how they broke up.")
        elif r < 0.7 and i > 0:
            out.append("* * *")
            out.append(f"Later, {c} found {other} alone at {rng.choice(_PLACES)}.")
        elif r < 0.85:
            out.append(f"{speaker} told {c} about {obj}. {c} laughed, then kissed {speaker} on the cheek, "
                       f"and {speaker} felt {rng.choice(_FEELINGS)} again.")
        else:
            out.append(f"\"Thank you,\" {other} said quietly to {speaker}. \"I mean it.\"")
    return "\n\n".join(out) + "\n"


def write_corpus(folder: str | Path, n: int, seed: int = 0, paragraphs: int = 6,
                 markdown_every: int = 5) -> list[Path]:
    """Write ``n`` distinct stories (every ``markdown_every``-th as .md) into ``folder`` (nested in
    sub-folders of 50 to exercise the recursive walk)."""
    folder = Path(folder)
    paths = []
    for i in range(n):
        sub = folder / f"batch{i // 50:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        ext = ".md" if markdown_every and i % markdown_every == markdown_every - 1 else ".txt"
        p = sub / f"story{i:05d}{ext}"
        text = story_text(seed * 1_000_003 + i, paragraphs)
        if ext == ".md":
            text = f"# {invent_name(random.Random(i))}'s Evening\n\n" + text
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths

