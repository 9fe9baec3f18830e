"""The parse as plain Python lists, read once with ``Doc.to_array``.

Why: the tags stage has a budget of 5% of spaCy's own time. Iterating a ``Doc`` creates a
``Token`` object per token per pass (several microseconds each); reading the attributes the
stage needs into lists once, and using them for every rule, is an order of magnitude cheaper.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class TokenTable:
    idx: list[int]
    length: list[int]
    lower: list[str]
    lemma: LazyStrings
    pos: list[str]
    tag: list[str]  # fine-grained Penn tags (VBD, VBN...)
    dep: list[str]
    ent: list[str]
    head: list[int]  # absolute index of each token's head
    sents: list[tuple[int, int]]  # token ranges [start, end) of sentences
    starts: frozenset[int] = frozenset()  # token indices that open a sentence

    def __len__(self) -> int:
        return len(self.idx)

    def sent_chars(self, s: int) -> tuple[int, int]:
        a, b = self.sents[s]
        return self.idx[a], self.idx[b - 1] + self.length[b - 1]

    def children(self, i: int, lo: int, hi: int) -> list[int]:
        return [j for j in range(lo, hi) if self.head[j] == i and j != i]


class LazyStrings:
    """A list of vocab hashes that turns into strings only where a rule looks (lemmas of a
    novel have thousands of distinct values; most rules read only a few tokens' lemmas)."""

    def __init__(self, hashes: list[int], vocab):
        self.hashes = hashes
        self._strings = vocab.strings if vocab is not None else None
        self._cache: dict[int, str] = {0: ""}

    def _name(self, h: int) -> str:
        s = self._cache.get(h)
        if s is None:
            s = self._cache[h] = self._strings[h]
        return s

    def __len__(self) -> int:
        return len(self.hashes)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._name(h) for h in self.hashes[i]]
        return self._name(self.hashes[i])


def hash_words(words) -> set[int]:
    """spaCy's hashes of ``words``: compare lemmas without turning every lemma into a string."""
    from spacy.strings import hash_string

    return {hash_string(w) for w in words}


def _strings(col, vocab) -> list[str]:
    values = col.tolist()
    strings = vocab.strings
    names = {h: (strings[h] if h else "") for h in set(values)}
    return [names[h] for h in values]


def token_table(doc, text: str | None = None) -> TokenTable:
    """The token table of ``doc`` (callers keep it, e.g. in ``ctx.scratch``). Pass ``text``
    (the story text the doc is aligned to): ``Doc.text`` rebuilds it token by token."""
    from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, LENGTH, POS, SENT_START, TAG

    n = len(doc)
    if n == 0:
        table = TokenTable([], [], [], LazyStrings([], None), [], [], [], [], [], [], frozenset())
    else:
        arr = doc.to_array([IDX, LENGTH, TAG, LEMMA, POS, DEP, ENT_TYPE, HEAD, SENT_START])
        vocab = doc.vocab
        idx = arr[:, 0].tolist()
        head_rel = arr[:, 7].astype("int64").tolist()
        head = [i + h for i, h in enumerate(head_rel)]
        starts = [i for i, s in enumerate(arr[:, 8].astype("int64").tolist()) if s == 1 or i == 0]
        sents = [(a, b) for a, b in zip(starts, [*starts[1:], n], strict=True)]
        lengths = arr[:, 1].tolist()
        text = doc.text if text is None else text
        lower = [text[i : i + n].lower() for i, n in zip(idx, lengths, strict=True)]
        table = TokenTable(idx, lengths, lower, LazyStrings(arr[:, 3].tolist(), vocab),
                           _strings(arr[:, 4], vocab), _strings(arr[:, 2], vocab), _strings(arr[:, 5], vocab),
                           _strings(arr[:, 6], vocab),
                           head, sents, frozenset(starts))
    return table
