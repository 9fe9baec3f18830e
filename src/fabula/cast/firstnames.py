"""A first name's usual gender, as a prior for the cast's pronoun votes.

The lexicon (``models/first_names.json``) is built by ``scripts/build_first_names.py`` from
public name-gender tables; names shared by both genders are left out, so they give no prior.
"""

from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from pathlib import Path

from fabula.cast.names import SURNAME_TITLES, TITLES

LEXICON = Path(__file__).resolve().parents[1] / "models" / "first_names.json"
# Words the name tables list that a story uses as words, titles or surnames ("Tell Mum", "Grant").
NOT_NAMES = {"tell", "boy", "guy", "buddy", "man", "lady", "lord", "sir", "king", "prince", "earl", "baron",
             "bishop", "christian", "grant", "mason", "rich", "art", "major", "captain", "judge", "dean"}


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, str]:
    if not LEXICON.exists():
        return {}
    data = json.loads(LEXICON.read_text())
    return {**{n: "he" for n in data["he"]}, **{n: "she" for n in data["she"]}}


def first_name_gender(name: str) -> str | None:
    """"he"/"she" when the name's given name (its first word after any title) is one most of
    whose bearers are of that gender; None for titles, a surname after "Mr."/"Miss", lowercase
    words and names used by both."""
    words = [w.strip(".,'\"") for w in name.split()]
    words = [w for w in words if w]
    titled = False
    while words and words[0].lower().rstrip(".") in TITLES:
        if TITLES[words[0].lower().rstrip(".")]:
            return None  # "Aunt Frank", "Mrs. John Dashwood": the title says it
        titled = titled or words[0].lower().rstrip(".") in SURNAME_TITLES
        words = words[1:]
    if titled and len(words) < 2:
        return None  # "Miss Ashby", "Dr. Lal": a surname, whatever it would be as a first name
    if not words or not words[0][:1].isupper() or len(words[0]) < 2:
        return None
    first = "".join(ch for ch in unicodedata.normalize("NFKD", words[0].lower()) if not unicodedata.combining(ch))
    if first in NOT_NAMES:
        return None
    return _lexicon().get(first)



@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    if not LEXICON.exists():
        return frozenset()
    return frozenset(json.loads(LEXICON.read_text()).get("common", []))


def is_common_given_name(word: str) -> bool:
    """Is this one word an everyday given name (either gender, borne by very many people: Mary,
    Jane, Sam)? Rare or invented names (and every surname-only word) answer False."""
    w = word.strip(".,'\"").lower()
    return bool(w) and w not in NOT_NAMES and w in _common()
