"""Temporal expressions and where they point on story time.

Stories date themselves relative to the moment of narration, not the calendar: "six months
since", "the other day", "that night". So each expression gets a direction (past, future, same)
and, where the words allow, a signed distance in days from the moment of the scene it is in.
Rules cover the relative forms stories use; spaCy's DATE/TIME entities add what they miss
(weekdays, months, years, clock times) without a distance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fabula.model import Span

WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "a few": 3, "a couple of": 2, "several": 4,
    "many": 10, "some": 3,
}
UNIT_DAYS = {
    "second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1, "night": 1, "week": 7,
    "month": 30.4, "year": 365.25, "decade": 3652.5, "summer": 365.25, "winter": 365.25,
    "spring": 365.25, "autumn": 365.25, "fall": 365.25,
}
_NUM = r"(?:a\s+few|a\s+couple\s+of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" \
       r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|" \
       r"several|many|some|\d+)"
_UNIT = r"(?:second|minute|hour|day|night|week|month|year|decade|summer|winter|spring|autumn|fall)s?"

HOLIDAYS = (r"Labou?r\s+Day|Christmas(?:\s+(?:Eve|Day))?|Easter|Thanksgiving|Halloween|New\s+Year's(?:\s+(?:Eve|Day))?|"
            r"Valentine's\s+Day|Independence\s+Day|(?:the\s+)?Fourth\s+of\s+July|Memorial\s+Day|Hanukkah|"
            r"Diwali|Eid|Mother's\s+Day|Father's\s+Day|Bonfire\s+Night|Boxing\s+Day|Midsummer")

# (regex, kind, direction, fixed offset in days or None when computed from the number)
_RULES: list[tuple[re.Pattern[str], str, str, float | None]] = [
    (re.compile(rf"\b(?:(?:it|it's|it\s+has|it\s+had|it've)\s+)?(?:been\s+)?(?:exactly\s+|almost\s+|nearly\s+|"
                rf"about\s+|over\s+|more\s+than\s+|only\s+|just\s+)?(?P<num>{_NUM})\s+(?:and\s+a\s+half\s+)?"
                rf"(?P<unit>{_UNIT})\s+(?P<dir>ago|earlier|before|previously|since|back|later|after|"
                rf"from\s+now|on|hence|away)\b", re.I), "duration", "", None),
    (re.compile(rf"\b(?:(?:it's|it\s+has|it\s+had)\s+been\s+)(?:exactly\s+|almost\s+|nearly\s+|about\s+|over\s+)?"
                rf"(?P<num>{_NUM})\s+(?P<unit>{_UNIT})\b", re.I), "duration", "past", None),
    (re.compile(rf"\b(?P<unit>{_UNIT})\s+(?P<dir>ago|earlier|later|away)\b", re.I), "duration", "", None),
    (re.compile(r"\b(?:like|as\s+if|as\s+though)\s+it\s+(?:was|were|happened)\s+(?:only\s+|just\s+)?yesterday\b", re.I),
     "figurative", "unknown", None),
    (re.compile(r"\byesterday\b", re.I), "relative", "past", -1.0),
    (re.compile(r"\bthe\s+day\s+before\s+yesterday\b", re.I), "relative", "past", -2.0),
    (re.compile(r"\b(?:the\s+)?(?:other|previous)\s+day\b", re.I), "relative", "past", -3.0),
    (re.compile(r"\b(?:the\s+)?(?:night|evening|day)\s+before\b", re.I), "relative", "past", -1.0),
    (re.compile(r"\blast\s+night\b", re.I), "relative", "past", -0.5),
    (re.compile(r"\blast\s+(?P<unit>week|month|year|summer|winter|spring|autumn|fall)\b", re.I),
     "relative", "past", None),
    (re.compile(r"\btomorrow\b", re.I), "relative", "future", 1.0),
    (re.compile(r"\b(?:the\s+)?(?:next|following)\s+(?:morning|day)\b", re.I), "relative", "future", 1.0),
    (re.compile(r"\b(?:the\s+)?(?:next|following)\s+(?:night|evening|afternoon)\b", re.I), "relative", "future", 1.0),
    (re.compile(r"\b(?:the\s+)?(?:next|following)\s+(?P<unit>week|month|year|summer|winter|spring|autumn)\b", re.I),
     "relative", "future", None),
    (re.compile(r"\blater\s+(?:that|the\s+same|on\s+that)\s+(?:night|evening|day|afternoon|morning)\b", re.I),
     "deictic", "future", 0.3),
    (re.compile(r"\b(?:that|this)\s+(?:night|evening|afternoon|morning)\b|\btonight\b", re.I),
     "deictic", "same", 0.0),
    (re.compile(r"\b(?:by|at)\s+(?:nightfall|dusk|sunset|midnight)\b", re.I), "time_of_day", "future", 0.3),
    (re.compile(r"\b(?:by|at)\s+(?:dawn|daybreak|sunrise)\b|\bby\s+morning\b", re.I), "time_of_day", "future", 0.7),
    (re.compile(r"\b(?:hours|moments|minutes)\s+later\b", re.I), "sequence", "future", 0.1),
    (re.compile(r"\bmeanwhile\b|\bin\s+the\s+meantime\b", re.I), "sequence", "same", 0.0),
    (re.compile(rf"\b(?:on\s+)?(?:{HOLIDAYS})\b"), "holiday", "unknown", None),
]


# spaCy DATE/TIME entities are kept only when they name calendar or clock time ("in March",
# "on a Sunday", "1998", "at four", "midnight"), not ages or durations ("nine years old", "all night").
CALENDAR_RE = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|winter|midnight|noon|o'clock|"
    r"half\s+past|quarter\s+(?:past|to)|\d{4}|\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|"
    r"(?:at|after|before|by)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)",
    re.I)


UNIT_WORD_RE = re.compile(rf"\b{_UNIT}\b", re.I)
# Every rule needs one of these words; most paragraphs have none and skip the rules.
TRIGGER_RE = re.compile(
    r"ago|earlier|before|previous|since|back|later|after|from now|hence|away|yesterday|tomorrow|"
    r"last|next|following|night|evening|afternoon|morning|tonight|nightfall|dusk|sunset|midnight|dawn|daybreak|"
    r"sunrise|meanwhile|meantime|\bon\s|Day|Christmas|Easter|Thanksgiving|Halloween|New Year|Hanukkah|Diwali|"
    r"Eid|Fourth|Midsummer", re.I)

# A word each rule cannot match without (lower case), in _RULES order; None = always try.
_RULE_KEYS: list[tuple[str, ...] | None] = [
    None, None, None, ("yesterday",), ("yesterday",), ("yesterday",), ("day",), ("before",), ("last",), ("last",),
    ("tomorrow",), ("next", "following"), ("next", "following"), ("next", "following"), ("later",),
    ("night", "evening", "afternoon", "morning", "tonight"), ("nightfall", "dusk", "sunset", "midnight"),
    ("dawn", "daybreak", "sunrise", "morning"), ("later",), ("meanwhile", "meantime"),
    ("day", "christmas", "easter", "thanksgiving", "halloween", "year", "hanukkah", "diwali", "eid", "fourth",
     "midsummer"),
]


@dataclass
class Timex:
    span: Span
    text: str
    kind: str
    direction: str
    offset_days: float | None
    confidence: float
    quoted: bool = False  # inside speech: dated from the speaker's now, not the narration's


def _offset(num: str | None, unit: str | None, direction: str) -> float | None:
    if not unit:
        return None
    unit = unit.lower()
    days = UNIT_DAYS.get(unit[:-1] if unit.endswith("s") else unit)
    if days is None:
        return None
    n = WORD_NUMBERS.get(" ".join(num.lower().split()), None) if num else 3  # "years ago" ≈ a few
    if n is None:
        try:
            n = int(num)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return None
    sign = -1 if direction == "past" else (1 if direction == "future" else 0)
    return sign * n * days


def _direction(word: str) -> str:
    word = " ".join(word.lower().split())
    if word in ("ago", "earlier", "before", "previously", "since", "back"):
        return "past"
    if word in ("later", "after", "from now", "on", "hence", "away"):
        return "future"
    return "unknown"


def find_timexes(text: str, base: int = 0, ents=()) -> list[Timex]:
    """All temporal expressions in ``text`` (offsets shifted by ``base``), longest match first;
    ``ents`` are spaCy DATE/TIME entities to add where no rule matched."""
    found: list[Timex] = []
    taken: list[Span] = []
    if not TRIGGER_RE.search(text):
        return _add_ents(found, taken, text, base, ents)

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    has_unit = bool(UNIT_WORD_RE.search(text))
    low = text.lower()
    for (rx, kind, direction, fixed), keys in zip(_RULES, _RULE_KEYS, strict=True):
        if kind == "duration" and not has_unit:
            continue
        if keys and not any(k in low for k in keys):
            continue  # cheap substring test before the regex
        for m in rx.finditer(text):
            a, b = m.span()
            if not free(a, b):
                continue
            gd = m.groupdict()
            d = direction or _direction(gd.get("dir") or "")
            if fixed is not None:
                off: float | None = fixed
            elif kind in ("duration", "relative") and gd.get("unit"):
                if "last" in m.group(0).lower()[:5]:
                    d = "past"
                # "last spring", "the next year": one unit away (a missing number means "a few" only in
                # "years ago")
                off = _offset(gd.get("num") or ("one" if kind == "relative" else None), gd.get("unit"), d)
            else:
                off = None
            conf = 0.9 if off is not None else 0.6
            found.append(Timex((base + a, base + b), m.group(0), kind, d, off, conf))
            taken.append((a, b))
    found = [t for t in found if t.kind != "figurative"]  # "like it was yesterday" dates nothing
    return _add_ents(found, taken, text, base, ents)


def _add_ents(found: list[Timex], taken: list[Span], text: str, base: int, ents) -> list[Timex]:
    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for ent in ents:
        a, b = ent.start_char - base, ent.end_char - base
        if a < 0 or b > len(text) or not free(a, b) or not CALENDAR_RE.search(ent.text):
            continue
        kind = "time_of_day" if ent.label_ == "TIME" else "date"
        found.append(Timex((ent.start_char, ent.end_char), ent.text, kind, "unknown", None, 0.5))
        taken.append((a, b))
    found.sort(key=lambda t: t.span)
    return found
