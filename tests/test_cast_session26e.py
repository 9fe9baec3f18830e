"""Session 26 (e, cast): a titled surname in a family. "Mr. Quill" beside a "Mrs. Quill" is one of a
family and was kept apart from every full name of it; when the story names only one man of that surname
in full ("Oswin Quill"), "Mr. Quill" is he (``aliases.cluster``). Two men of the surname named in full
leave him apart, a second full name whose first name is of no known sex does not; "Mrs." is not so joined (it cost PDNC precision).

All names are invented."""

from __future__ import annotations

from fabula.cast.aliases import cluster
from fabula.cast.names import Candidate, Occurrence


def _occ(words: tuple[str, ...], at: int, title: str | None = None) -> Occurrence:
    return Occurrence(at, at + 5, at, at + len(words), " ".join(words), title, words, False, False, True, False,
                      "PERSON", "subj", pron_after=True)


def _cand(words: tuple[str, ...], start: int, n: int = 3, title: str | None = None) -> Candidate:
    return Candidate(key=(title or "", *words), occurrences=[_occ(words, start + 40 * i, title) for i in range(n)])


def _holder(clusters, words, title=None):
    key = (title or "", *words)
    hits = [i for i, cl in enumerate(clusters) if any(c.key == key for c in cl.candidates)]
    assert len(hits) == 1
    return hits[0]


def _family(*extra: Candidate):
    return cluster([_cand(("Oswin", "Quill"), 0), _cand(("Marigold", "Quill"), 1000), *extra,
                    _cand(("Quill",), 3000, 2, "mrs"), _cand(("Quill",), 4000, 1, "mr")])


def test_mister_joins_the_one_man_of_the_family_named_in_full():
    cls = _family()
    assert _holder(cls, ("Quill",), "mr") == _holder(cls, ("Oswin", "Quill"))
    assert _holder(cls, ("Quill",), "mrs") != _holder(cls, ("Oswin", "Quill"))


def test_mister_stays_apart_when_two_men_of_the_family_are_named():
    cls = _family(_cand(("Jasper", "Quill"), 2000))
    mr = _holder(cls, ("Quill",), "mr")
    assert mr != _holder(cls, ("Oswin", "Quill")) and mr != _holder(cls, ("Jasper", "Quill"))


def test_mister_joins_the_one_man_beside_a_name_of_no_known_sex():
    # no "Mrs." here: "Vesper Quill" (a first name of no known sex) and "Oswin Quill"
    cls = cluster([_cand(("Oswin", "Quill"), 0), _cand(("Vesper", "Quill"), 1000), _cand(("Quill",), 4000, 1, "mr")])
    assert _holder(cls, ("Quill",), "mr") == _holder(cls, ("Oswin", "Quill"))
