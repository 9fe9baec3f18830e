"""Session 10 (b) cast: kin titles tied to the named person they are, chat narrators, letter names,
genders from consistent pronouns."""

from __future__ import annotations

from fabula import analyze


def _cast(text: str, nlp) -> dict[str, list[str]]:
    a = analyze(text=text, nlp=nlp, only=["cast"])
    return {c.name: [c.name, *c.aliases] for c in a.characters}


def _who(cast: dict[str, list[str]], name: str) -> str | None:
    return next((k for k, v in cast.items() if name in v), None)


def test_a_kin_title_apposed_to_a_name_is_that_person(nlp):
    text = ("Mum, Brigid to the rest of the street, was already at the door when I got home.\n\n"
            '"You\'re late," Mum said. "Your tea\'s in the oven."\n\n'
            "Brigid had never once let a plate of food go cold in her life. Mum watched me eat every bite.")
    cast = _cast(text, nlp)
    assert _who(cast, "Mum") is not None and _who(cast, "Mum") == _who(cast, "Brigid")
    # told apart (side by side in one sentence, one talking to the other): two people
    text = ("Mum and Brigid sat on the wall and shared a flask of tea.\n\n"
            '"You\'re late," Mum said to me. Brigid laughed at that and went inside.\n\n'
            "Mum watched me eat every bite, and Brigid washed the cups.")
    cast = _cast(text, nlp)
    assert _who(cast, "Mum") != _who(cast, "Brigid")


def test_a_kin_title_said_to_a_named_person_is_that_person(nlp):
    text = ('Ottavia put the tray down. "Nobody touches the bread until it has cooled," Ottavia told her son.\n\n'
            '"Mamma, it has been an hour."\n\n'
            '"Then it can wait another," said Ottavia.\n\n'
            '"Mamma, please," Pietro said. "I am starving."\n\n'
            'Ottavia laughed at him and cut a slice. Pietro ate it in three bites, and Mamma watched him.')
    cast = _cast(text, nlp)
    assert _who(cast, "Mamma") is not None and _who(cast, "Mamma") == _who(cast, "Ottavia")



def test_a_narrator_called_only_in_speech_by_a_short_name_is_named(nlp):
    # the tokenizer keeps "Mo." whole (an abbreviation it knows): the address still names the "I"
    text = ("Jas: who is actually coming on friday\n\n"
            "Me: I am. I said I would.\n\n"
            '"You always say that, Mo. Which one is Jas?" My sister took my phone off me and read '
            "the whole chat.\n\n"
            "I took it back. I had never seen Jas, not once in three years of playing.\n\n"
            "On Friday Jas was waiting by the door with two coffees. Jas grinned at me. "
            '"Mo. You actually came."\n\n'
            '"Hi," I said. Later a boy from the other team waved at us, and Jas said, "Get lost, Victor."\n\n'
            "Victor laughed and walked off.")
    a = analyze(text=text, nlp=nlp, only=["cast"])
    by_id = {c.id: c.name for c in a.characters}
    tellers = {by_id.get(s.character) for s in a.narrator if s.person == 1}
    assert tellers == {"Mo"}


def test_names_in_salutations_and_signatures_are_characters_and_a_reply_ties_them(nlp):
    text = ("Rook Street, the 3rd of May.\n\n"
            "My dearest Nettie,\n\n"
            "The rain has not stopped since you left, and the cat sulks in the scullery. I miss our walks.\n\n"
            "Your devoted sister,\n\n"
            "Lavinia\n\n"
            "* * *\n\n"
            "Elm Court, the 9th of May.\n\n"
            "Dear Lavinia,\n\n"
            "You are very silly to miss me so. The cat will forgive you by Sunday.\n\n"
            "Your loving sister,\n\n"
            "Antonia Crewe\n")
    cast = _cast(text, nlp)
    assert _who(cast, "Lavinia") is not None
    assert _who(cast, "Nettie") is not None and _who(cast, "Nettie") == _who(cast, "Antonia Crewe")


def test_a_first_person_letter_is_told_by_its_signer(nlp):
    text = ("Rook Street, the 3rd of May.\n\n"
            "My dearest Nettie,\n\n"
            "The rain has not stopped since you left, and I sit by the fire with the cat. I miss our walks, "
            "and I have read every book in the house twice. I will write again on Sunday.\n\n"
            "Your devoted sister,\n\n"
            "Lavinia\n")
    a = analyze(text=text, nlp=nlp, only=["cast"])
    by_id = {c.id: c.name for c in a.characters}
    assert {by_id.get(s.character) for s in a.narrator if s.person == 1} == {"Lavinia"}
