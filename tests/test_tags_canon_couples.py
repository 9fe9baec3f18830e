"""Session 5 of issue 8 (relationship recall on other writers' works): couples of the source work
kept together without romance words, a partner named by a role noun ("his wife"), a second central
pair between the two most-named people, and a shared first name told apart by its company. Unit
tests build the evidence by hand; the story test runs the whole pipeline on original text written
for it."""

from __future__ import annotations

from fabula import ingest
from fabula.model import Character
from fabula.tags.merge import by_company
from fabula.tags.people import Person
from fabula.tags.relationships import PairEvidence, decide_relationships


def _person(key: str, name: str, refs: int, kb_index: int | None = None, names: int | None = None) -> Person:
    spans = [(10 * i, 10 * i + 3) for i in range(refs)]
    return Person(key, name, kb_index, {key}, spans, spans[: names if names is not None else max(1, refs // 2)])


def _kb_people(fandom, *names: str) -> list[Person]:
    return [_person(chr(ord("a") + i), n, 12, fandom.resolve(n)) for i, n in enumerate(names)]


def _tags(pairs: dict, people: list[Person], fandom, words: int = 600) -> list[tuple[str, str]]:
    return sorted((r.name, r.kind) for r in decide_relationships(pairs, people, fandom, words=words))


def test_kb_marks_couples_of_the_source_work(kb):
    lotr = kb.by_name("The Lord of the Rings - J. R. R. Tolkien")
    assert lotr.on_page_couple((lotr.resolve("Rosie Cotton"), lotr.resolve("Samwise Gamgee")))
    # a pairing only fans write is not on the page
    assert not lotr.on_page_couple((lotr.resolve("Frodo Baggins"), lotr.resolve("Samwise Gamgee")))
    tw = kb.by_name("Teen Wolf (TV)")
    assert not tw.on_page_couple((tw.resolve("Derek Hale"), tw.resolve("Stiles Stilinski")))


def test_an_on_page_couple_kept_together_is_tagged_without_romance_words(kb):
    lotr = kb.by_name("The Lord of the Rings - J. R. R. Tolkien")
    rosie, sam = _kb_people(lotr, "Rosie Cotton", "Samwise Gamgee")
    pe = PairEvidence(rosie.key, sam.key, cooccur=5, talk=8)
    assert _tags({(rosie.key, sam.key): pe}, [rosie, sam], lotr) == [("Rosie Cotton/Samwise Gamgee", "romantic")]
    # met once in passing: not what the story is about
    pe = PairEvidence(rosie.key, sam.key, cooccur=1, talk=0)
    assert _tags({(rosie.key, sam.key): pe}, [rosie, sam], lotr) == []


def test_a_fan_pairing_kept_together_is_not_made_a_couple(kb):
    """Two rivals the fandom ships, sharing the story without a romantic word, stay unpaired."""
    tw = kb.by_name("Teen Wolf (TV)")
    derek, stiles = _kb_people(tw, "Derek Hale", "Stiles Stilinski")
    pe = PairEvidence(derek.key, stiles.key, cooccur=5, talk=8)
    assert not any(kind == "romantic" for _, kind in _tags({(derek.key, stiles.key): pe}, [derek, stiles], tw))


def test_an_on_page_couple_is_not_made_of_family_or_of_someone_already_paired(kb):
    tw = kb.by_name("Teen Wolf (TV)")
    lydia, jackson, stiles = _kb_people(tw, "Lydia Martin", "Jackson Whittemore", "Stiles Stilinski")
    # Lydia is already Jackson's in this story (the text says so): Stiles beside her is not a second couple
    told = PairEvidence(jackson.key, lydia.key, cooccur=4, romance=3.0, romance_direct=3.0)
    near = PairEvidence(lydia.key, stiles.key, cooccur=4, talk=6)
    tags = _tags({(jackson.key, lydia.key): told, (lydia.key, stiles.key): near}, [lydia, jackson, stiles], tw)
    assert ("Jackson Whittemore/Lydia Martin", "romantic") in tags
    assert ("Lydia Martin/Stiles Stilinski", "romantic") not in tags
    # a kin word between them (and the relations stage's family link) rules a couple out
    kin = PairEvidence(lydia.key, stiles.key, cooccur=4, talk=6, family=2.0, relation_types=["family"])
    assert not any(k == "romantic" for _, k in _tags({(lydia.key, stiles.key): kin}, [lydia, stiles], tw))


def test_an_on_page_couple_in_one_sentence_with_a_touch(kb):
    glee = kb.by_name("Glee")
    britt, santana = _kb_people(glee, "Brittany S. Pierce", "Santana Lopez")
    pe = PairEvidence(britt.key, santana.key, cooccur=1, hint=0.6)
    assert _tags({(britt.key, santana.key): pe}, [britt, santana], glee) == \
        [("Brittany S. Pierce/Santana Lopez", "romantic")]
    pe = PairEvidence(britt.key, santana.key, cooccur=1)
    assert _tags({(britt.key, santana.key): pe}, [britt, santana], glee) == []


def test_the_two_most_named_people_are_a_second_central_pair():
    """Two rivals for one solo and the teacher who coaches one of them: the story is about both pairs."""
    mara = _person("m", "Mara Quist", 30, names=12)
    ines = _person("i", "Ines Roca", 25, names=10)
    coach = _person("c", "Paul Wren", 12, names=4)
    pairs = {("c", "m"): PairEvidence("c", "m", cooccur=4, talk=6),
             ("i", "m"): PairEvidence("i", "m", cooccur=3, talk=5)}
    tags = _tags(pairs, [mara, ines, coach], None)
    assert ("Mara Quist & Paul Wren", "platonic") in tags
    assert ("Ines Roca & Mara Quist", "platonic") in tags
    # ... but not a pair of lesser characters beside them
    extra = _person("x", "Ola Brandt", 8, names=2)
    pairs[("c", "x")] = PairEvidence("c", "x", cooccur=3, talk=5)
    tags = _tags(pairs, [mara, ines, coach, extra], None)
    assert ("Ola Brandt & Paul Wren", "platonic") not in tags


def test_a_shared_first_name_is_told_apart_by_its_company(kb):
    hp = kb.by_name("Harry Potter - J. K. Rowling")
    albus = Character(id="c1", name="Albus")
    scorpius = hp.resolve("Scorpius Malfoy")
    assert by_company(albus, hp, {scorpius}) == hp.resolve("Albus Severus Potter")
    # with nobody either Albus keeps company with, no guess
    assert by_company(albus, hp, {hp.resolve("Neville Longbottom")}) is None
    # a full name is left to the usual lookup
    assert by_company(Character(id="c2", name="Albus Smith"), hp, {scorpius}) is None


PEMBERLEY = """\
Elizabeth Bennet spent the morning in the garden at Pemberley, cutting roses for the hall, and \
thinking about nothing in particular. Georgiana came out at eleven with a letter from Kitty and read \
the funny parts aloud, and Elizabeth laughed until she had to sit down on the edge of the fountain.

The afternoon was all callers. Elizabeth was civil to every one of them and glad to see them go.

Darcy came home after dark. He found his wife in the library with her feet tucked under her and a \
candle burning low, and he stood in the doorway a while before he said anything at all.

"You are back," she said, without looking up. "I saved you the good chair."
"""


def test_a_partner_named_by_a_role_noun(nlp, kb):
    """"He found his wife in the library": the couple never shares a sentence by name."""
    from fabula.tags.run import analyze_for_tags

    an = analyze_for_tags(ingest.from_text(PEMBERLEY), kb=kb)
    fandom = next(t.name for t in an.tags if t.type == "fandom")
    assert fandom.startswith("Pride and Prejudice")
    rels = {t.name for t in an.tags if t.type == "relationship" and t.kind == "suggested"}
    assert "Elizabeth Bennet/Fitzwilliam Darcy" in rels


def test_two_canons_with_the_same_people_are_told_apart_by_their_world():
    from fabula.tags.fandom import FandomScore, decide
    from fabula.tags.scan import NameHit

    hits = [NameHit(start=10 * i, end=10 * i + 6, fandom=0, char=i % 3, alias="holmes", words=1) for i in range(9)]
    victorian = FandomScore(fandom=0, score=5.0, characters=3, coverage=1.0, hits=hits)
    modern = FandomScore(fandom=1, score=5.0, characters=3, coverage=1.0,
                         hits=[NameHit(h.start, h.end, 1, h.char, h.alias, h.words) for h in hits])
    assert decide([victorian, modern]).fandom is None  # the names alone are a tie
    assert decide([victorian, modern], {0: 4, 1: 0}).fandom == 0  # a hansom, a telegram, a revolver
    assert decide([victorian, modern], {0: 0, 1: 3}).fandom == 1  # a phone, a laptop, a blog
    assert decide([victorian, modern], {0: 1, 1: 1}).fandom is None


CALLED = """\
I called at the flat on a wet morning. Mara Quist was at the window and did not turn round.

"You walked from the station, Ellis," she said. "In a hurry."

"I did nothing of the kind."

Mara smiled at the glass. "Sit down, Ellis. You are dripping on the rug."
"""


def test_an_unnamed_narrator_is_the_one_the_others_call_by_name():
    from fabula.model import Analysis
    from fabula.tags.people import QuoteRegions, called_by_others

    story = ingest.from_text(CALLED)
    text = story.text

    def spans(name: str) -> list[tuple[int, int]]:
        out, i = [], text.find(name)
        while i >= 0:
            out.append((i, i + len(name)))
            i = text.find(name, i + 1)
        return out

    mara = Person("m", "Mara Quist", None, {"m"}, spans("Mara"), spans("Mara"))
    ellis = Person("e", "Ellis", None, {"e"}, spans("Ellis"), spans("Ellis"))
    quotes = QuoteRegions(story, Analysis.for_story(story))
    assert called_by_others(text, [mara, ellis], quotes) is ellis
    # someone the narration names is never the narrator
    named = Person("e", "Ellis", None, {"e"}, [*spans("Ellis"), (0, 1)], [*spans("Ellis"), (0, 1)])
    assert called_by_others(text, [mara, named], quotes) is None


def test_a_pet_name_joins_the_full_name_in_an_original_work():
    from fabula.tags.people import _is_diminutive, merge_diminutives

    assert _is_diminutive("Toby", "Tobias") and _is_diminutive("Sam", "Samuel") and _is_diminutive("Katie", "Katherine")
    assert not _is_diminutive("Mara", "Marnie") and not _is_diminutive("Tobias", "Toby")
    full = _person("t", "Tobias", 6, names=2)
    pet = Person("y", "Toby Holt", None, {"y"}, [(500, 504), (600, 604)], [(500, 504), (600, 604)])
    sister = _person("m", "Marnie Holt", 10)
    people = merge_diminutives([sister, full, pet])
    assert [p.name for p in people] == ["Marnie Holt", "Tobias Holt"]
    assert (500, 504) in people[1].name_spans and people[1].char_ids == {"t", "y"}
    # two full forms the pet name could stand for: no guess
    other = _person("s", "Tobiah", 6, names=2)
    assert len(merge_diminutives([full, other, _person("y", "Toby", 4)])) == 3


def test_a_name_opening_a_sentence_counts_once_the_text_names_the_character(nlp, kb):
    from fabula.tags.scan import AliasMatcher, fold_text
    from fabula.tags.tokens import token_table

    text = ("Piper McLean came out of the trees. Piper went straight to the fire and sat down. "
            "Will you pass the salt?")
    tt = token_table(nlp(text), text)
    pj = next(i for i, f in enumerate(kb.fandoms) if f.name.startswith("Percy Jackson"))
    hits = [h for h in AliasMatcher(kb).scan(tt, text, fold_text(text)) if h.fandom == pj]
    starts = {text[h.start:h.end] for h in hits}
    assert "Piper" in starts  # the second sentence's "Piper", though it opens the sentence
    assert not any(text[h.start:h.end] == "Will" for h in hits)  # an auxiliary is never a name
    alone = "Piper went straight to the fire and sat down."
    tt = token_table(nlp(alone), alone)
    hits = [h for h in AliasMatcher(kb).scan(tt, alone, fold_text(alone)) if h.fandom == pj]
    assert not hits or tt.pos[0] == "PROPN"  # named nowhere else: left to the tagger


def test_whom_the_narrator_calls_mom_is_not_the_narrator():
    from fabula.model import Analysis
    from fabula.tags.people import QuoteRegions, called_by_others

    text = 'I came down late. "Mom, stop it," I said. She did not stop.'
    story = ingest.from_text(text)
    i = story.text.find("Mom")
    mom = Person("m", "Mom", None, {"m"}, [(i, i + 3)], [(i, i + 3)])
    assert called_by_others(story.text, [mom], QuoteRegions(story, Analysis.for_story(story))) is None


def test_a_friend_telling_someone_he_likes_them(nlp):
    """"He likes you," Hazel said to Nico, about the boy who had just left the room."""
    from fabula.model import Analysis, Quote
    from fabula.tags.relationships import _reported_feelings
    from fabula.tags.tokens import token_table

    text = ('Will checked the bandage and went out. "He likes you," Hazel said to Nico. '
            '"He does not like soup," Hazel said to Nico.')
    story = ingest.from_text(text)
    text = story.text
    tt = token_table(nlp(text), text)

    def at(word: str, nth: int = 0) -> tuple[int, int]:
        i = -1
        for _ in range(nth + 1):
            i = text.find(word, i + 1)
        return (i, i + len(word))

    will = Person("w", "Will Solace", None, {"w"}, [at("Will")], [at("Will")], gender="he")
    hazel = Person("h", "Hazel Levesque", None, {"h"}, [at("Hazel"), at("Hazel", 1)], [at("Hazel"), at("Hazel", 1)],
                   gender="she")
    nico = Person("n", "Nico di Angelo", None, {"n"}, [at("Nico"), at("Nico", 1)], [at("Nico"), at("Nico", 1)],
                  gender="he")
    q1 = text.find('"He likes'), text.find('," Hazel') + 1
    q2 = text.find('"He does'), text.rfind('," Hazel') + 1
    an = Analysis.for_story(story)
    an.quotes = [Quote(id="q1", spans=[q1], text=text[q1[0]:q1[1]], speaker="h", addressees=["n"]),
                 Quote(id="q2", spans=[q2], text=text[q2[0]:q2[1]], speaker="h", addressees=["n"])]
    pairs: dict = {}

    def get(a, b):
        k = tuple(sorted((a, b)))
        return pairs.setdefault(k, PairEvidence(*k))

    _reported_feelings(tt, an, [will, hazel, nico], {"w": "w", "h": "h", "n": "n"}, get)
    # the liking is between Nico and Will (the last man named who is not speaking or spoken to);
    # "does not like soup" is no feeling and nothing is Hazel's
    assert set(pairs) == {("n", "w")}
    assert pairs[("n", "w")].romance == 1.0


def test_the_narrators_own_call_names_someone_else():
    """'"Jess, listen," I said' calls Jess, who is not the "I" — only another person's call counts
    once the dialogue stage knows who speaks."""
    from fabula.model import Analysis
    from fabula.tags.people import QuoteRegions, called_by_others

    text = 'I rang at noon. "Jess, listen," I said. "Fine," said Mara Quist. "Go on, Ellis."'
    story = ingest.from_text(text)
    text = story.text
    j, e, m = text.find("Jess"), text.find("Ellis"), text.find("Mara")
    jess = Person("j", "Jess", None, {"j"}, [(j, j + 4)], [(j, j + 4)])
    ellis = Person("e", "Ellis", None, {"e"}, [(e, e + 5)], [(e, e + 5)])
    mara = Person("m", "Mara Quist", None, {"m"}, [(m, m + 10)], [(m, m + 10)])
    quotes = QuoteRegions(story, Analysis.for_story(story))
    q1, q2 = text.find('"Jess'), text.find('"Go on')
    speakers = [(q1, q1 + 15, "narrator"), (q2, q2 + 16, "m")]
    # without speakers both are called and nothing is decided; with them only Mara's call counts
    assert called_by_others(text, [jess, ellis, mara], quotes) is None
    assert called_by_others(text, [jess, ellis, mara], quotes, speakers) is ellis


CLINIC = """\
Scott McCall locked the clinic at ten and walked Stiles Stilinski to the Jeep. Stiles talked the whole way \
about a werewolf documentary, and Scott let him.

Scott was fairly sure his mom had left him a plate in the oven. Stiles drove him home anyway.

His mom was still up when they got there, in her scrubs at the kitchen table, and Scott kissed the top \
of her head before he sat down.
"""


def test_a_parent_the_story_calls_his_mom(nlp, kb):
    """A KB parent the text never names, only "his mom": a character by the KB's name, not invented
    (the text mentions her), and only the child's family of that gender."""
    from fabula.tags.run import analyze_for_tags

    an = analyze_for_tags(ingest.from_text(CLINIC), kb=kb)
    chars = {t.name for t in an.tags if t.type == "character" and t.kind == "suggested"}
    assert {"Scott McCall", "Stiles Stilinski", "Melissa McCall"} <= chars
    once = CLINIC.replace("His mom was", "Everyone was")
    an = analyze_for_tags(ingest.from_text(once), kb=kb)
    assert "Melissa McCall" not in {t.name for t in an.tags if t.type == "character"}


CAMP = """\
My name is Percy Jackson, and I was late for dinner again. Annabeth Chase had saved me a seat at the \
Poseidon table, which was against the rules, and Chiron pretended not to see.

"You smell like the sea," Annabeth said.

"I went swimming." I ate a grape. My mom had sent blue cookies in a box with my name on it, and I \
gave Annabeth the biggest one.

After dinner I wrote my mom a letter about the lake and the climbing wall and nothing about the hellhound.
"""


def test_a_first_person_narrators_mom(nlp, kb):
    from fabula.tags.run import analyze_for_tags

    an = analyze_for_tags(ingest.from_text(CAMP), kb=kb)
    chars = {t.name for t in an.tags if t.type == "character" and t.kind == "suggested"}
    assert {"Percy Jackson", "Sally Jackson"} <= chars


LIBRARY = """\
The library was nearly empty when Harry Potter dropped his Potions essay on the table. Hermione Granger \
looked up from three books at once.

"You've spelled asphodel wrong," Hermione said. "Twice."

Ron Weasley snorted into his sleeve. Hermione kicked Ron under the table without looking up, and Ron \
yelped, and Madam Pince glared at all three of them.

"It's not funny," Harry said. "Snape will fail me."

"He'll fail you anyway," said Ron. Hermione took Harry's essay and began correcting it in green ink, \
muttering, while Ron stole one of her sugar quills.

They stayed until the lamps went low. Harry walked back to the tower between Ron and Hermione, and for \
once nobody argued about anything.
"""


def test_an_on_page_couple_inside_a_canon_trio_stays_the_trio(nlp, kb):
    """Three friends at a library table: the canon trio, not a couple and a third wheel."""
    from fabula.tags.run import analyze_for_tags

    an = analyze_for_tags(ingest.from_text(LIBRARY), kb=kb)
    rels = {t.name for t in an.tags if t.type == "relationship" and t.kind == "suggested"}
    assert "Hermione Granger/Ron Weasley" not in rels
    assert "Harry Potter & Hermione Granger & Ron Weasley" in rels


def test_only_a_kb_parent_stands_for_his_mom_never_a_sibling(kb):
    from fabula.tags.people import _kb_parent

    tw, spn = kb.by_name("Teen Wolf (TV)"), kb.by_name("Supernatural")
    scott = _person("s", "Scott McCall", 5, tw.resolve("Scott McCall"))
    assert _kb_parent(tw, scott, "she") == [tw.resolve("Melissa McCall")]
    assert _kb_parent(tw, scott, "he") == []
    # Dean's brother shares his surname and gender: "his dad" is never Sam
    dean = _person("d", "Dean Winchester", 5, spn.resolve("Dean Winchester"))
    assert spn.resolve("Sam Winchester") not in _kb_parent(spn, dean, "he")


def test_a_weak_family_guess_between_surnames_is_no_family_bond():
    """A relations-stage 'parent' link at 0.35 between Elizabeth and Darcy (a form of address misread)
    must not outweigh their romance; a confident one, or one within a surname, still counts."""
    from fabula.model import Analysis, Relationship
    from fabula.tags.relationships import _relation_evidence

    story = ingest.from_text("Elizabeth walked out. Darcy followed.")
    liz = _person("e", "Elizabeth Bennet", 4)
    darcy = _person("d", "Fitzwilliam Darcy", 4)
    father = _person("f", "Mr. Bennet", 4)

    def evidence(rels):
        an = Analysis.for_story(story)
        an.relationships = rels
        pairs: dict = {}

        def get(a, b):
            k = tuple(sorted((a, b)))
            return pairs.setdefault(k, PairEvidence(*k))

        _relation_evidence(None, [], an, [liz, darcy, father], {"e": "e", "d": "d", "f": "f"}, get, pairs)
        return pairs

    weak = evidence([Relationship(id="r1", source="e", target="d", type="family", confidence=0.35)])
    assert not weak or weak[("d", "e")].family == 0 and "family" not in weak[("d", "e")].relation_types
    sure = evidence([Relationship(id="r1", source="e", target="d", type="family", confidence=0.8)])
    assert sure[("d", "e")].family > 0
    kin = evidence([Relationship(id="r1", source="e", target="f", type="family", confidence=0.35)])
    assert kin[("e", "f")].family > 0
