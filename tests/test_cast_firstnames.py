"""The first-name gender prior: a lexicon lookup, and what it changes in the cast's votes."""

from __future__ import annotations

import pytest

from fabula.cast.firstnames import first_name_gender


@pytest.mark.parametrize("name,gender", [
    ("Greta", "she"), ("Greta Brandt", "she"), ("Walter Mercer", "he"), ("Callum", "he"),
    ("Dr. Priya Raman", "she"), ("Captain Tomasz Wrona", "he"),
])
def test_usual_gender_of_a_given_name(name: str, gender: str) -> None:
    assert first_name_gender(name) == gender


@pytest.mark.parametrize("name", [
    "Sam", "Kit", "Alex",          # used by both: no prior
    "Miss Ashby", "Mr. Ellis", "Dr. Lal",  # a surname after a title, whatever it is as a first name
    "Captain", "Mum", "x", "greta",  # titles, kin words, lowercase words
])
def test_no_prior(name: str) -> None:
    assert first_name_gender(name) is None


STORY = (
    "Greta sat by his bed for nine days. Paul did not wake. When he died, Greta drove home alone, and "
    "Oskar met her at the door.\n\n"
    "Greta sometimes wished he would stop being kind. Oskar made the tea and said nothing.\n\n"
    '"You should sleep," Oskar said.\n\n'
    '"I will," Greta said. She did not.'
)


def test_prior_outweighs_a_partners_pronouns(nlp) -> None:
    """The pronouns after 'Greta' in a sickroom scene are the man's; her name says she."""
    import fabula

    an = fabula.analyze(text=STORY)
    genders = {c.name.split()[0]: c.gender for c in an.characters}
    assert genders.get("Greta") == "she"
    assert genders.get("Oskar") == "he"
