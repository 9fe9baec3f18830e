"""Session 8 cast rule: a surname the text uses alone only once or twice still joins the one
character whose full name ends in it."""

from __future__ import annotations

from fabula import analyze


def cast(text: str) -> dict[str, list[str]]:
    a = analyze(text=text, only=["cast"])
    return {c.name: [m.text for m in c.mentions if m.kind == "name"] for c in a.characters}


def test_a_rare_bare_surname_joins_its_full_name(nlp):
    got = cast("Dr. Orla Kowalczyk came up the stairs. Bram Kettle held the lamp.\n\n"
               "Kowalczyk knelt by the bed. Bram waited.")
    owner = next(k for k in got if "Orla" in k)
    assert "Kowalczyk" in got[owner]
    assert not any(k == "Kowalczyk" for k in got)  # not a character of its own


def test_a_surname_two_characters_share_stays_apart(nlp):
    got = cast("Greta Varga opened the bakery at six. Her brother Tomas Varga came in late.\n\n"
               "Greta kneaded the dough while Tomas swept.\n\nVarga said nothing. Greta laughed.")
    for name in ("Greta Varga", "Tomas Varga"):
        owner = next((k for k in got if k.startswith(name.split()[0])), None)
        assert owner is not None
        assert "Varga" not in got[owner]
