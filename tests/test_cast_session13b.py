"""Session 13 cast, second round: a one-letter misspelling of a titled surname joins the name; a pet
form of a given name with the same surname is one person, unless both forms are much used; a saint's
name is no character; a bare office word is not the surname of a longer office; a kin word joins
the name apposed to "his/her/their" kin noun; two names the text coordinates are no full name."""

from __future__ import annotations

from collections import Counter

from cast_helpers import cast_names as _cast
from cast_helpers import who as _who
from fabula.cast.aliases import _both_in_use, _edit1, _pet_form, cluster
from fabula.cast.names import Candidate, Occurrence, score_candidates


def test_a_one_letter_misspelling_of_a_titled_surname_joins_it(nlp):
    # "Mr. Pemberwick" again and again, "Mr. Pemberwik" once: a slip of the printer, one man
    parts = []
    for i in range(6):
        parts.append(f"Mr. Pemberwick walked to the mill on day {i + 1}. He looked at the wheel and said nothing.")
        parts.append("\"It turns,\" said Mr. Pemberwick. He went home and ate his supper.")
    parts.append("\"It turns still,\" said Mr. Pemberwik, and he smiled at the miller.")
    parts.append("Mr. Pemberwick slept well that night.")
    cast = _cast("\n\n".join(parts), nlp)
    assert _who(cast, "Mr. Pemberwik") == _who(cast, "Mr. Pemberwick")


def test_one_letter_apart():
    assert _edit1("Browlow", "Brownlow")
    assert _edit1("Maylies", "Maylie")
    assert not _edit1("Hale", "Bale")  # another first letter: another name
    assert not _edit1("Brownlow", "Brownlow")


def test_a_pet_form_with_the_same_surname_is_one_person(nlp):
    # "Master Edward Quill" in the schoolmaster's mouth, "Ned Quill" everywhere else
    parts = []
    for i in range(5):
        parts.append(f"Ned Quill ran down the lane on morning {i + 1}. He whistled and kicked a stone.")
        parts.append("\"Not today,\" said Ned Quill, and he ran on to the river.")
    parts.append("\"Master Edward Quill, sit down,\" said the schoolmaster. Master Edward Quill sat down.")
    parts.append("Ned Quill did not sit still for long.")
    cast = _cast("\n\n".join(parts), nlp)
    assert _who(cast, "Master Edward Quill") == _who(cast, "Ned Quill")


def test_pet_forms():
    assert _pet_form("Bill", "William")
    assert _pet_form("Charles", "Charley")
    assert _pet_form("Tom", "Tommy")
    assert not _pet_form("Bill", "Robert")


def _cand(words: tuple[str, ...], n: int, title: str | None = None) -> Candidate:
    occ = Occurrence(0, 1, 0, 1, " ".join(words), title, words, False, False, True, False, "PERSON", "subj")
    return Candidate(key=(title or "", *words), occurrences=[occ] * n)


def test_a_father_and_his_namesake_son_stay_apart():
    # "Sir Thomas Bertram"-like father named "Sir Thomas" 60 times, his son "Tom" 50 times
    cands = [_cand(("Thomas", "Ashgrove"), 5, "sir"), _cand(("Thomas",), 60, "sir"),
             _cand(("Tom", "Ashgrove"), 4), _cand(("Tom",), 50)]
    assert _both_in_use("Tom", "Thomas", "Ashgrove", cands)
    assert not _both_in_use("Tom", "Thomas", "Ashgrove", cands[:3])


def _occ(words: tuple[str, ...], at: int, role: str = "subj", title: str | None = None) -> Occurrence:
    return Occurrence(at, at + 5, at, at + len(words), " ".join(words), title, words, False, False, True, False,
                      "PERSON", role, pron_after=True)


def test_a_saints_name_is_no_character():
    # "Santa Ottavia" (the saint, her church) used like a person's name: the NER says PERSON, a
    # "she" follows; it never speaks
    occs = [_occ(("Santa", "Ottavia"), 100 * i, "poss" if i % 2 else "subj") for i in range(8)]
    occs += [_occ(("Ilaria", "Ottavia"), 1000 + 100 * i, "poss" if i % 2 else "subj") for i in range(8)]
    cands = score_candidates(occs, Counter())
    assert not cands[("", "Santa", "Ottavia")].accepted
    assert cands[("", "Ilaria", "Ottavia")].accepted


def test_the_bare_office_is_not_the_holder_of_a_longer_office():
    # "the City Surgeon" is one man; "the Surgeon" of another hospital is not him
    city = Candidate(key=("", "City", "Surgeon"), occurrences=[_occ(("City", "Surgeon"), 10 * i) for i in range(6)])
    bare = Candidate(key=("", "Surgeon"), occurrences=[_occ(("Surgeon",), 500 + 10 * i) for i in range(4)])
    clusters = cluster([city, bare])
    assert len(clusters) == 2
    # a surname that is also a role noun still joins its full name ("Butler" and "Ada Butler")
    full = Candidate(key=("", "Ada", "Butler"), occurrences=[_occ(("Ada", "Butler"), 10 * i) for i in range(6)])
    sur = Candidate(key=("", "Butler"), occurrences=[_occ(("Butler",), 500 + 10 * i) for i in range(4)])
    assert len(cluster([full, sur])) == 1


def test_a_kin_word_joins_the_name_apposed_to_his_kin_noun(nlp):
    # "his father, Emrys": the "Dad" his sister speaks of is Emrys
    text = ("Gethin Rowe had been a carpenter for thirty years. For the first ten he had worked beside his "
            "father, Emrys, in the shed behind the chapel.\n\n"
            "Emrys Rowe was a quiet man. Emrys taught him to plane a door and to keep his thumbs.\n\n"
            "Now Gethin's sister Nia sat on the bench and watched him work.\n\n"
            "\"You plane like Dad,\" Nia said.\n\n"
            "\"I plane better than Dad,\" Gethin said, and she laughed at him.")
    cast = _cast(text, nlp)
    assert _who(cast, "Dad") == _who(cast, "Emrys")


def test_two_coordinated_names_run_together_are_two_people():
    # "Tariq and Yusuf ran ahead" again and again, once "Tariq Yusuf and Amina's coats" with the commas lost
    tariq = Candidate(key=("", "Tariq"), occurrences=[
        Occurrence(100 * i, 100 * i + 5, 10 * i, 10 * i + 1, "Tariq", None, ("Tariq",), False, False, True, False,
                   "PERSON", "conj", partners=(10 * i + 2,)) for i in range(4)])
    yusuf = Candidate(key=("", "Yusuf"), occurrences=[
        Occurrence(100 * i + 10, 100 * i + 15, 10 * i + 2, 10 * i + 3, "Yusuf", None, ("Yusuf",), False, False,
                   True, False, "PERSON", "conj", partners=(10 * i,)) for i in range(4)])
    both = Candidate(key=("", "Tariq", "Yusuf"), occurrences=[_occ(("Tariq", "Yusuf"), 900)])
    clusters = cluster([both, tariq, yusuf])
    assert not any({"Tariq", "Yusuf"} <= {w for c in cl.candidates for w in c.words} for cl in clusters)


def test_robin_is_a_name_of_its_own_not_roberts_pet_form():
    from fabula.cast.aliases import _pet_form

    assert _pet_form("Bob", "Robert") and not _pet_form("Robin", "Robert")
    assert not _pet_form("Daisy", "Margaret") and not _pet_form("Dora", "Dorothy")
