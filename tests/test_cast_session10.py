"""Session 10 cast: a titled surname does not join a full name whose first name the other sex
carries ("Mrs. Moore" is not "Ralph Moore", her son)."""

from __future__ import annotations


def _cast(text: str, nlp):
    from fabula import analyze

    a = analyze(text=text, nlp=nlp, only=["cast"])
    return {c.name: {c.name, *c.aliases} for c in a.characters}


def test_a_mother_is_not_her_sons_full_name(nlp):
    text = (
        "Mrs. Moore came out onto the veranda in the evening. Mrs. Moore liked the heat less than she "
        "had hoped.\n\n"
        "Her son, Ralph Moore, followed her with a lamp. Ralph set the lamp on the table.\n\n"
        '"You should rest," Ralph said.\n\n'
        '"I shall rest when I choose," said Mrs. Moore. Mrs. Moore sat down all the same.'
    )
    cast = _cast(text, nlp)
    holder = [n for n, names in cast.items() if "Mrs. Moore" in names]
    assert holder and not any("Ralph" in x for x in cast[holder[0]])
    assert any("Ralph Moore" in names for names in cast.values())


def test_a_wife_still_joins_a_full_name_of_her_own_sex(nlp):
    text = (
        "Helen Ashdown ran the bakery on Mill Street. Mrs. Ashdown was up at four every morning.\n\n"
        "Mrs. Ashdown sold the last loaf at noon, and Helen Ashdown closed the shop."
    )
    cast = _cast(text, nlp)
    assert any({"Helen Ashdown", "Mrs. Ashdown"} <= names for names in cast.values())
