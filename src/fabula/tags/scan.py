"""Find every KB name in the text, for all fandoms at once, in one pass over the tokens.

Why scan the text and not only read the cast: fandom detection must not depend on how well the
cast stage groups mentions, and a KB name the cast missed is still a name the text uses (so
suggesting it never invents a character). The cast's own characters are used alongside this.

Matching is case-insensitive after the first letter (a name must be capitalised as in the KB,
so "will" and "hope" never match "Will" and "Hope"), accent-insensitive, and longest-first
("Sam Winchester" beats "Sam"). A one-word name at the start of a sentence must also be a proper
noun or a PERSON entity for spaCy, so a sentence starting "Will you..." is not a character.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from fabula.tags.kb import KnowledgeBase, character_names
from fabula.tags.tokens import TokenTable

_WORD = re.compile(r"\w+")


def fold_char(ch: str) -> str:
    """One lowercase, accent-free character for one input character (keeps offsets aligned)."""
    if ch.isascii():
        return ch.lower()
    base = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in base if not unicodedata.combining(c)) or ch
    base = base.lower()
    return base[0] if len(base) >= 1 else ch


def fold_text(text: str) -> str:
    """Lowercase and strip accents, keeping every offset (one output char per input char)."""
    text = text.replace("\u2019", "'")
    if text.isascii():
        return text.lower()
    low = text.lower()
    if len(low) != len(text):  # rare characters whose lowercase is longer ("İ")
        return "".join(fold_char(c) for c in text)
    table = {ord(c): fold_char(c) for c in set(low) if not c.isascii()}
    return low.translate(table)


def _fold_alias(alias: str) -> str:
    return fold_text(" ".join(alias.split()))


@dataclass(frozen=True)
class NameHit:
    """One KB name found in the text."""

    start: int
    end: int
    fandom: int  # index into KnowledgeBase.fandoms
    char: int  # index into that fandom's characters
    alias: str  # the folded alias that matched
    words: int  # how many words the alias has (a full name is stronger evidence)


class AliasMatcher:
    """An index of every KB alias keyed by its first word."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.by_first: dict[str, list[tuple[str, bool, int, int]]] = {}
        self.alias_fandoms: dict[str, set[int]] = {}
        for fi, fd in enumerate(kb.fandoms):
            forms = [{_fold_alias(n): n for n in character_names(c)} for c in fd.characters]
            for key, chars in fd.alias_to_chars.items():
                if len(chars) != 1:
                    continue
                ci = chars[0]
                form = forms[ci].get(key)
                if form is None:
                    form = key  # a derived first/last name
                    upper = True
                else:
                    upper = form[:1].isupper()
                folded = _fold_alias(form) if form is not key else key
                m = _WORD.match(folded)
                if not m:
                    continue
                self.by_first.setdefault(m.group(0), []).append((folded, upper, fi, ci))
                self.alias_fandoms.setdefault(folded, set()).add(fi)
        for lst in self.by_first.values():
            lst.sort(key=lambda t: -len(t[0]))

    def specificity(self, alias: str) -> float:
        """1 for a name only one fandom uses, less for names many fandoms share ("Sam", "John")."""
        return 1.0 / max(1, len(self.alias_fandoms.get(alias, ())))

    def scan(self, table: TokenTable, text: str, folded: str | None = None) -> list[NameHit]:
        folded = fold_text(text) if folded is None else folded
        n = len(text)
        hits: list[NameHit] = []
        pending: list[NameHit] = []  # lone names opening a sentence as ordinary words, for now
        covered: dict[int, int] = {}  # fandom -> end of its last hit
        by_first = self.by_first
        for i, (idx, length) in enumerate(zip(table.idx, table.length, strict=True)):
            key = folded[idx : idx + length]
            cands = by_first.get(key)
            if cands is None:
                if key.isalnum():
                    continue
                m = _WORD.match(key)
                cands = by_first.get(m.group(0)) if m else None
                if not cands:
                    continue
            first = text[idx]
            is_upper = first.isupper()
            taken: set[int] = set()
            for alias, upper, fi, ci in cands:
                if fi in taken or covered.get(fi, -1) > idx:
                    continue
                if upper and not is_upper:
                    continue
                end = idx + len(alias)
                if end > n or folded[idx:end] != alias:
                    continue
                if end < n and (folded[end].isalnum()):
                    continue
                words = alias.count(" ") + 1
                if words == 1 and _a_date_word(table, i, text):
                    continue
                if words == 1 and not _looks_like_name(table, i, text):
                    if table.pos[i] not in _NOT_NAME_POS:
                        pending.append(NameHit(idx, end, fi, ci, alias, words))
                    continue
                hits.append(NameHit(idx, end, fi, ci, alias, words))
                taken.add(fi)
                covered[fi] = end
        if pending:
            # "Piper went straight to Jason": a lone name opening a sentence, where the tagger took
            # it for a noun, is a name after all when the text names that character elsewhere
            named = {(h.fandom, h.char) for h in hits}
            hits.extend(h for h in pending if (h.fandom, h.char) in named)
            hits.sort(key=lambda h: (h.start, h.fandom))
        return hits


_NOT_NAME_POS = {"VERB", "AUX", "ADV", "ADP", "PRON", "DET", "CCONJ", "SCONJ", "INTJ"}


WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _a_date_word(table: TokenTable, i: int, text: str) -> bool:
    """A lone alias that is a weekday the tagger reads as part of a date ("back by Friday", "every
    Sunday") is the day, not the character of that name (an AI called FRIDAY, a companion called
    Sunday); one written in capitals, as the canon spells the AI, still counts. Months are left
    alone: "May" is as often a person as a month, and the tagger marks both as dates."""
    if table.ent[i] not in ("DATE", "TIME") or table.lower[i] not in WEEKDAYS:
        return False
    word = text[table.idx[i] : table.idx[i] + table.length[i]]
    return not (word.isupper() and len(word) > 1)


def _looks_like_name(table: TokenTable, i: int, text: str) -> bool:
    """A lone capitalised word counts as a name unless it opens a sentence as an ordinary word."""
    if table.ent[i] == "PERSON" or table.pos[i] == "PROPN":
        return True
    if i == 0 or text[table.idx[i - 1]] in {'"', "'", "(", "\u2014"} or i in table.starts:
        return False
    return table.pos[i] not in _NOT_NAME_POS
