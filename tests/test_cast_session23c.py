"""Session 23 (c, cast): an initial and a surname ("T. Fenn") stand for the one bare first name with
that initial; the title the narrator calls someone
by is not the narrator's; "Mr. <surname>" is the eldest son when his brother is "Mr. <first name>";
the narrator's calls that are pet forms of one name are one vote.

All texts are invented."""

import pytest

pytest.importorskip("spacy")

import fabula  # noqa: E402
from fabula.cast import aliases  # noqa: E402
from fabula.cast.aliases import Cluster  # noqa: E402
from fabula.cast.names import Candidate  # noqa: E402


def _people(text: str):
    an = fabula.analyze(text=text, only=["cast"])
    return an, [{c.name, *c.aliases} for c in an.characters]


def _narrator_names(an) -> set[str]:
    ids = {n.character for n in an.narrator if n.person == 1 and n.character}
    return {x for c in an.characters if c.id in ids for x in [c.name, *c.aliases]}


_FERRY = (
    "The ferry was late and the queue reached the ticket hut. I stood with my bag between my feet.\n\n"
    '"Matilda, you came," said Agnes, pushing through to me. "I thought you would miss it."\n\n'
    "I told her I nearly had. The gulls were loud over the slipway.\n\n"
    '"Is that your case, Maud?" a man called from the ramp.\n\n'
    "I waved at him and he lifted it on board for me.\n\n"
    '"Rowan, over here," I said, when I saw Rowan by the rail.\n\n'
    '"Morning, Sefton," said Rowan, and winked at me.\n\n'
)


def test_pet_form_calls_are_one_vote_for_the_narrator():
    an, people = _people(_FERRY)
    me = _narrator_names(an)
    assert "Matilda" in me or "Maud" in me, people


_SHEET = (
    "The club hut smelt of linseed. Marnie pinned the team sheet to the board and stood back.\n\n"
    '"You spelt it wrong," said a boy behind her. "I\'m Osric. Lowe. I keep wicket."\n\n'
    "Marnie looked at him. Osric was small and freckled and he held his gloves like something holy.\n\n"
    '"Then you can keep it on Saturday," Marnie said.\n\n'
    "Osric grinned and went out to the nets. Marnie crossed a name off and wrote, at the bottom of the "
    "sheet, O. Lowe.\n\n"
    "On Saturday Osric stood behind the stumps and did not drop a single ball. O. Lowe, the scorebook "
    "said that evening, had made forty runs, and O. Lowe had taken three catches.\n\n"
)


def test_initial_and_surname_join_the_one_first_name_with_that_initial():
    _an, people = _people(_SHEET)
    assert any({"Osric", "O. Lowe"} <= p for p in people), people


def test_initial_joins_nobody_when_two_first_names_begin_so():
    text = _SHEET + "Oona, his sister, brought the tea at four and poured it too strong.\n\n"
    _an, people = _people(text)
    assert not any({"Osric", "O. Lowe"} <= p for p in people), people
    assert not any({"Oona", "O. Lowe"} <= p for p in people), people


_POOL = (
    "I was the last in the water, as always. Everyone at the club calls my father Coach Varga, and I am "
    "meant to call him Coach too when we are on the poolside.\n\n"
    '"Again, Ilona," Coach Varga said. "And kick from the hip."\n\n'
    '"Yes, Coach," I said, and pushed off the wall.\n\n'
    "I swam the length and touched and looked up. Bea was sitting on the bench with her towel on her head.\n\n"
    '"Faster, Ilona," she called. "You were faster on Tuesday."\n\n'
    "Ilona Varga, the results board said that evening, fourth. I stood under it for a long time.\n\n"
    '"Ilona, come on, the car," Bea said.\n\n'
)


def test_title_the_narrator_calls_someone_is_not_the_narrator():
    an, people = _people(_POOL)
    me = _narrator_names(an)
    assert "Ilona" in me or "Ilona Varga" in me, people
    assert "Coach Varga" not in me and "Coach" not in me, people


def _cand(title, *words, n=1):
    occ = [type("O", (), {"start": i * 10, "end": i * 10 + 5, "text": " ".join(words)})() for i in range(n)]
    return Candidate(key=(title or "", *words), occurrences=occ)


def test_mister_surname_is_the_eldest_son_not_the_brother_called_mister_first_name():
    mr = Cluster()
    mr.add(_cand("mr", "Quennell", n=12))
    elder = Cluster()
    elder.add(_cand(None, "Hal", "Quennell", n=5))
    elder.add(_cand(None, "Hal", n=30))
    younger = Cluster()
    younger.add(_cand(None, "Piers", "Quennell", n=3))
    younger.add(_cand("mr", "Piers", n=4))
    younger.add(_cand(None, "Piers", n=40))
    father = Cluster()
    father.add(_cand("sir", "Roland", "Quennell", n=4))
    father.add(_cand("sir", "Roland", n=50))
    ids = ["c0", "c1", "c2", "c3"]
    genders = {"c0": "he", "c1": "he", "c2": "he", "c3": "he"}
    merges = aliases.titled_surname_merges([mr, elder, younger, father], ids, genders)
    assert ("c0", "c1") in merges, merges


def test_mister_surname_stays_apart_when_no_brother_is_set_apart():
    mr = Cluster()
    mr.add(_cand("mr", "Quennell", n=12))
    a = Cluster()
    a.add(_cand(None, "Hal", "Quennell", n=5))
    b = Cluster()
    b.add(_cand(None, "Piers", "Quennell", n=3))
    merges = aliases.titled_surname_merges([mr, a, b], ["c0", "c1", "c2"], {"c0": "he", "c1": "he", "c2": "he"})
    assert not merges, merges
