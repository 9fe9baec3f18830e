"""Sentiment scoring: VADER (bundled, MIT) always; an NRC-style lexicon only if the user gives one.

VADER gives valence (its compound score, -1..1) and handles negation, intensifiers, capitals and
exclamation marks, which matter in dialogue. It has no arousal, so without a lexicon arousal is an
*intensity proxy*: how strongly polar the line is, how much it exclaims or shouts, and whether it
uses a small set of high-activation verbs (scream, sob, tremble...). The NRC lexicons are
non-commercial, so fabula never ships them; pass ``options["affect_lexicon"] = path`` to use one:
- NRC-VAD style: ``word<TAB>valence<TAB>arousal<TAB>dominance`` (0..1) → real arousal;
- NRC EmoLex style: ``word<TAB>emotion<TAB>0|1`` → emotion labels per scene.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

HIGH_AROUSAL = {
    "scream", "screamed", "yell", "yelled", "shout", "shouted", "sob", "sobbed", "sobbing", "shaking", "shook",
    "tremble", "trembling", "panic", "panicked", "pounded", "pounding", "racing", "raced", "slam", "slammed",
    "furious", "thrilled", "ecstatic", "terrified", "rage", "burst", "ran", "run", "rushed", "gasp", "gasped",
    "collapsed", "cried", "crying", "explode", "exploded", "hurry", "frantic", "desperate", "kiss", "kissed",
}
_WORD = re.compile(r"[a-z']+")


# VADER was built on social media, where "<3" is "heart" and "like" a verb of approval. In prose
# these are body parts and fillers; a few words of distress it misses or underrates are added.
FICTION_ADJUST = {
    "heart": 0.0, "hand": 0.0, "hands": 0.0, "like": 0.0, "sorry": -1.0, "tears": -1.8, "nauseous": -1.8,
    "dizzy": -1.0, "sobbed": -2.0, "sobbing": -2.0, "shaking": -0.8, "trembling": -1.0, "frowned": -1.0,
    "sighed": -0.6, "sigh": -0.6, "grinned": 1.8, "laughed": 1.5, "smiled": 1.8, "beamed": 2.0,
}


@lru_cache(maxsize=1)
def vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    analyzer.lexicon.update(FICTION_ADJUST)
    return analyzer


@dataclass
class UserLexicon:
    vad: dict[str, tuple[float, float]] = field(default_factory=dict)  # word -> (valence, arousal)
    emotions: dict[str, set[str]] = field(default_factory=dict)  # word -> emotions

    def arousal(self, words: list[str]) -> float | None:
        vals = [self.vad[w][1] for w in words if w in self.vad]
        return sum(vals) / len(vals) if vals else None

    def emotion_counts(self, words: list[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        for w in words:
            for e in self.emotions.get(w, ()):
                out[e] = out.get(e, 0) + 1
        return out


def load_user_lexicon(path: str | Path | None) -> UserLexicon | None:
    if not path:
        return None
    lex = UserLexicon()
    for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        cols = line.rstrip("\n").split("\t")
        if len(cols) >= 3 and cols[2].strip() in ("0", "1") and not _is_float(cols[1]):
            if cols[2].strip() == "1" and cols[1] not in ("positive", "negative"):
                lex.emotions.setdefault(cols[0].lower(), set()).add(cols[1])
        elif len(cols) >= 3 and _is_float(cols[1]) and _is_float(cols[2]):
            lex.vad[cols[0].lower()] = (float(cols[1]), float(cols[2]))
    return lex


def _is_float(s: str) -> bool:
    try:
        float(s)
    except ValueError:
        return False
    return True


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def score(text: str, lex: UserLexicon | None = None) -> tuple[float, float, dict[str, int]]:
    """(valence, arousal, emotion counts) for one line of text."""
    comp = vader().polarity_scores(text)["compound"]
    ws = words(text)
    arousal = lex.arousal(ws) if lex else None
    if arousal is None:
        excl = min(1.0, text.count("!") / 2)
        shout = 1.0 if re.search(r"\b[A-Z]{3,}\b", text) else 0.0
        hot = min(1.0, sum(1 for w in ws if w in HIGH_AROUSAL) / 2)
        arousal = min(1.0, 0.5 * abs(comp) + 0.2 * excl + 0.1 * shout + 0.3 * hot)
    emos = lex.emotion_counts(ws) if lex and lex.emotions else {}
    return comp, arousal, emos
