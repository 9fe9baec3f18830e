"""Session 29, tags: an original story whose few people happen to carry a canon's ordinary given
names (three sisters called Anne, Mary and Jane) is not that canon. Only names, with no surname,
full name or word of the canon's world, need a larger share of the canon's cast, and count with
lower confidence when they have it."""

from __future__ import annotations

from fabula import ingest
from fabula.cast.firstnames import is_common_given_name
from fabula.tags.fandom import GIVEN_NAMES_MIN_CHARACTERS, FandomScore, decide
from fabula.tags.scan import NameHit

SISTERS = """\
Anne filled the kettle and set it on the ring while the rain came down the window in ropes.

"You've burnt the toast again," Mary said from the doorway. "Every single morning."

"Then make it yourself." Anne did not turn round. "Jane, are you coming or not?"

Jane came down the stairs with one shoe on, her bag over her shoulder, and took the blackest slice
without a word. Mary laughed at her. Anne poured three mugs and pushed the sugar across.

"Bus in four minutes," Jane said with her mouth full. Mary was already pulling on her coat.
"""


def test_three_ordinary_given_names_are_no_canon(kb):
    from fabula.tags.run import analyze_for_tags

    an = analyze_for_tags(ingest.from_text(SISTERS), kb=kb)
    fandom = next(t for t in an.tags if t.type == "fandom")
    assert fandom.name == "unknown"
    assert "given names" in (fandom.note or "")


def test_a_surname_of_the_canon_still_decides(kb):
    """The same kitchen with the canon's hero named by his surname: a given-name guard must not
    hide a real fan work."""
    from fabula.tags.run import analyze_for_tags

    text = SISTERS + '\nDarcy knocked at the back door. "Is Elizabeth up yet?" he asked. Darcy waited.\n'
    an = analyze_for_tags(ingest.from_text(text), kb=kb)
    fandom = next(t for t in an.tags if t.type == "fandom")
    assert fandom.name.startswith("Pride and Prejudice")


def _score(aliases: list[str]) -> FandomScore:
    hits = [NameHit(start=10 * i, end=10 * i + 4, fandom=0, char=i, alias=a, words=len(a.split()))
            for i, a in enumerate(aliases)]
    return FandomScore(fandom=0, score=10.0, characters=len(aliases), coverage=1.0, hits=hits)


def test_given_names_alone_need_more_characters_and_count_less():
    assert all(is_common_given_name(n) for n in ("anne", "mary", "jane", "harold", "edith"))
    assert not any(is_common_given_name(n) for n in ("darcy", "bingley", "hermione", "blaine"))
    few = decide([_score(["anne", "mary", "edith"])])
    assert few.fandom is None and "given names" in few.reason
    # the same three with a surname: decided
    assert decide([_score(["anne", "mary", "darcy"])]).fandom == 0
    # enough of the canon's cast by given names alone: decided, with less confidence than with a surname
    many = [n for n in ("anne", "mary", "edith", "harold", "agnes")][:GIVEN_NAMES_MIN_CHARACTERS]
    by_given = decide([_score(many)])
    with_surname = decide([_score([*many[:-1], "darcy"])])
    assert by_given.fandom == 0 and with_surname.fandom == 0
    assert by_given.confidence < with_surname.confidence


def test_a_word_of_the_canons_world_lets_given_names_decide():
    assert decide([_score(["anne", "mary", "edith"])], setting={0: 3}).fandom == 0
