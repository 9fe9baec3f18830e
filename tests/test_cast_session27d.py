"""Session 27 (d, cast): which kin title a narrator's "my mother, X" names.

"My mother, Ingrid, took me down to the ferry" in the narration names the narrator's mother. A
"Mamá" that only other people say (the girl the narrator lodges with, speaking of her own mother)
is theirs, not the narrator's, so the apposition does not join it to Ingrid; a "Mum" the narration
itself uses is joined as before. "My grandad Osric" (no comma) names the narrator's grandad like
"my grandad, Osric", and a tie the text states outright is not undone by a turn-taking guess that
the two talk to each other.

All texts are invented."""

import pytest

pytest.importorskip("spacy")

from castkit import cast_of, one_person  # noqa: E402


def test_someone_elses_kin_title_is_not_the_narrators_mother():
    text = (
        'The summer I turned sixteen I was sent to Tromsø for a term. My mother, Ingrid, took me down '
        'to the ferry and waved until the boat had rounded the point.\n\nThe girl I was to lodge with '
        'was called Lucía. She waited on the quay with a hand-painted sign.\n\n"Mamá made soup," Lucía '
        'said. "Mamá always makes soup for guests. You have to eat all of it."\n\nI ate all of it. '
        'Lucía watched me like a referee.\n\n"Mamá will love you," Lucía said. "She loves anyone who '
        'finishes the soup."\n\nI wrote to Ingrid that night and told her about the soup.'
    )
    people = cast_of(text)
    assert not one_person(people, "Ingrid", "Mamá")


def test_the_narrators_own_kin_title_still_joins_the_apposed_name():
    text = (
        'The summer I turned sixteen I was sent to Tromsø for a term. My mother, Ingrid, took me down '
        'to the ferry and waved until the boat had rounded the point.\n\nMum rang every Sunday after '
        'that. Mum asked about the food, and the weather, and whether I was sleeping.\n\nThe girl I '
        'was to lodge with was called Lucía. She waited on the quay with a hand-painted sign.'
    )
    people = cast_of(text)
    assert one_person(people, "Ingrid", "Mum")


def test_kin_noun_before_a_name_without_a_comma():
    text = (
        'My grandad Osric keeps bees behind the chapel, and after school I carry the smoker for '
        'him.\n\n"Thirty thousand in that one," Grandad said, tapping the nearest hive. "Every one of '
        'them female."\n\nA man in a flat cap was leaning on the chapel wall. Grandad and he have '
        'quarrelled over the hedge between their gardens since the year I was born.\n\n"Honey?" the '
        'man called.\n\n"Not for you," Grandad said.\n\nGrandad ate his sandwich on the wall, and the '
        'man pretended not to look at the jar. Osric Hale has never sold a jar to anyone he dislikes.'
    )
    people = cast_of(text)
    assert one_person(people, "Osric Hale", "Grandad")


def test_a_stated_tie_is_not_parted_by_turn_taking():
    # "he says" reads as Osric speaking and the next line is Grandad's: turn-taking alone would make
    # the two talk to each other
    text = (
        'My grandad Osric keeps bees behind the chapel, and after school I carry the smoker for '
        'him.\n\n"Mind the entrance," he says, each time I come near the blue hive.\n\n"That\'s '
        'Bertram," Grandad says, nodding at the man on the chapel wall. "Takes no notice of '
        'him."\n\nBertram takes a great deal of notice. He and Grandad have quarrelled over the hedge '
        'for years.\n\nWalking home Grandad asks me if I think the bees know him.'
    )
    people = cast_of(text)
    assert one_person(people, "Osric", "Grandad")
