"""Session 29, tags: an original story whose few people happen to carry a canon's ordinary given
names (three sisters called Anne, Mary and Jane) is not that canon. Only names, with no surname,
full name or word of the canon's world, need a larger share of the canon's cast, and count with
lower confidence when they have it."""

from __future__ import annotations

from fabula import ingest
from fabula.cast.firstnames import is_common_given_name
from fabula.tags.fandom import FandomScore, decide
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


def test_given_names_alone_need_a_word_of_the_canons_world():
    assert all(is_common_given_name(n) for n in ("anne", "mary", "jane", "harold", "edith"))
    assert not any(is_common_given_name(n) for n in ("darcy", "bingley", "hermione", "blaine"))
    few = decide([_score(["anne", "mary", "edith"])])
    assert few.fandom is None and "given names" in few.reason
    # however many of them: four or five everyday names are still an original story's cast
    assert decide([_score(["anne", "mary", "edith", "harold", "agnes"])]).fandom is None
    # the same three with a surname: decided
    with_surname = decide([_score(["anne", "mary", "darcy"])])
    assert with_surname.fandom == 0
    # with two words of the canon's world: decided, with less confidence than with a surname
    by_world = decide([_score(["anne", "mary", "edith"])], setting={0: 2})
    assert by_world.fandom == 0
    assert by_world.confidence < with_surname.confidence
    assert decide([_score(["anne", "mary", "edith"])], setting={0: 1}).fandom is None


def test_every_shipped_fandom_lists_words_of_its_world(kb):
    """The escape above needs each shipped KB fandom to list words of its world."""
    for fd in kb.fandoms:
        words = fd.spec.setting
        assert len(words) >= 10, fd.name


COTTAGE = """\
James had charmed the kettle to whistle a Quidditch chant, and Lily pretended not to like it.

"Put the wand down before Harry copies you," she said, lifting the baby out of his high chair.

"He's one," James said. "He can't even hold a wand."

Harry reached for the toy broom on the rug and laughed when it wobbled into the air.
"""


def test_everyday_names_with_words_of_their_world_still_decide(kb):
    """Three everyday names of a canon with two of its world's words (a wand, Quidditch) are a
    fan work, at lower confidence than a surname would give."""
    from fabula.tags.run import analyze_for_tags

    an = analyze_for_tags(ingest.from_text(COTTAGE), kb=kb)
    fandom = next(t for t in an.tags if t.type == "fandom")
    assert fandom.name.startswith("Harry Potter")
    assert fandom.confidence <= 0.8


def test_a_weekday_is_no_character(kb):
    """"Back by Friday" names a day, not the AI a Marvel KB lists as FRIDAY: four everyday names and
    a weekday are an original story."""
    from fabula.tags.run import analyze_for_tags

    text = ("Peter borrowed the dinghy on Monday and promised Sam he would have it back by Friday.\n\n"
            '"You said that last time," Sam told him. Tony and Steve laughed from the jetty.\n\n'
            "Peter rowed out past the buoys anyway, and Sam went back to mending nets with Tony and Steve.\n")
    an = analyze_for_tags(ingest.from_text(text), kb=kb)
    fandom = next(t for t in an.tags if t.type == "fandom")
    assert fandom.name == "unknown"
