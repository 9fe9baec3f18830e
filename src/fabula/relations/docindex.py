"""Fast, array-based views of the spaCy Doc shared by the relations and affect stages.

Creating spaCy ``Token`` objects and walking ``doc.sents`` dominate the cost of a naive pass over a
novel (hundreds of thousands of tokens), so the stages read token attributes as numpy arrays
(``Doc.to_array``) and only build Token objects for the few candidates a rule looks at.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import numpy as np
from spacy.attrs import DEP, IDX, LEMMA, LOWER, POS, SENT_START, TAG


@dataclass
class DocIndex:
    doc: object
    text: str
    sent_starts: list[int]  # token index of each sentence start
    sent_chars: list[tuple[int, int]]  # char span of each sentence
    arr: np.ndarray  # columns: POS, TAG, DEP, LEMMA, LOWER, IDX

    @classmethod
    def build(cls, doc, text: str) -> DocIndex:
        arr = doc.to_array([POS, TAG, DEP, LEMMA, LOWER, IDX, SENT_START])  # uint64 hashes
        starts = [0] + [int(i) for i in np.nonzero(arr[:, 6] == 1)[0] if i != 0] if len(doc) else []
        ends = starts[1:] + [len(doc)]
        chars = []
        for s, e in zip(starts, ends, strict=True):
            last = doc[e - 1]
            chars.append((int(arr[s, 5]), int(last.idx + len(last))))
        return cls(doc, text, starts, chars, arr[:, :6])

    def sent_of(self, i: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, i) - 1)

    def sent_span(self, i: int) -> tuple[int, int]:
        return self.sent_chars[self.sent_of(i)]

    def sent_text(self, i: int) -> str:
        s, e = self.sent_span(i)
        return self.text[s:e]

    def column(self, name: str) -> np.ndarray:
        return self.arr[:, ["POS", "TAG", "DEP", "LEMMA", "LOWER", "IDX"].index(name)]

    def ids(self, strings: set[str]) -> np.ndarray:
        vocab = self.doc.vocab.strings
        return np.array([vocab.add(s) for s in strings], dtype=np.uint64)

    def candidates(self, lemmas: set[str], lowers: set[str]) -> list[int]:
        """Token indices whose lemma or lowercase form is in the given sets."""
        mask = np.isin(self.arr[:, 3], self.ids(lemmas)) | np.isin(self.arr[:, 4], self.ids(lowers))
        return [int(i) for i in np.nonzero(mask)[0]]

    def sentences(self):
        """(start token, end token, start char, end char) per sentence."""
        ends = self.sent_starts[1:] + [len(self.doc)]
        for (s, e), (cs, ce) in zip(zip(self.sent_starts, ends, strict=True), self.sent_chars, strict=True):
            yield s, e, cs, ce


def get_index(scratch: dict, doc, text: str) -> DocIndex:
    idx = scratch.get("relations.docindex")
    if idx is None or idx.doc is not doc:
        idx = DocIndex.build(doc, text)
        scratch["relations.docindex"] = idx
    return idx
