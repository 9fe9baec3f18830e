"""Session 6 of issue 8 (tags on unseen works): the two Sherlock canons told apart by the names
each uses, a parent called "Dad" to their face, canon family/mentor/friend bonds from the KB, an
on-page couple the story only calls friends, asking someone to dinner, and the central pair that
the narration names together. Stories are original text written for these tests."""

from __future__ import annotations

from fabula import ingest
from fabula.tags.people import Person
from fabula.tags.relationships import PairEvidence, central_pair, decide_relationships
from test_tags_hints import _kb_people, _person


def _tags(pairs: dict, people: list[Person], fandom, words: int = 600) -> list[tuple[str, str]]:
    return sorted((r.name, r.kind) for r in decide_relationships(pairs, people, fandom, words=words))


def _suggest(text: str, kb) -> tuple[str, set[str]]:
    from fabula.tags.run import analyze_for_tags

    an = analyze_for_tags(ingest.from_text(text), kb=kb)
    fandom = next(t.name for t in an.tags if t.type == "fandom")
    rels = {t.name for t in an.tags if t.type == "relationship" and t.kind == "suggested"}
    return fandom, rels


VICTORIAN = """\
It was a raw November evening when Holmes returned to Baker Street, his coat dark with the fog.

"You have been to the docks, Watson," said he, without turning from the fire. "Your boots betray you."

I confessed it. Holmes filled his pipe and sat a long while in silence, and Mrs. Hudson brought up \
the lamp. At last he rose. "Lestrade has sent word, Watson. Come, there is a cab below."

We rattled through the wet streets. Holmes said nothing until we reached the river, where Lestrade \
waited with a constable and a lantern.
"""

MODERN = """\
Sherlock was on the sofa when John got back, thumbing through his phone with his feet on the arm.

"You took the Tube," Sherlock said. "And you texted Mycroft. Why did you text Mycroft?"

"He texted me first, Sherlock." John put the shopping in the fridge. "Mummy is coming to London."

Sherlock sat up. "When?"

"Friday." John handed him a mug. Sherlock stared at it, and then at John, and then at his phone again.
"""


def test_the_two_sherlock_canons_are_told_apart_by_their_names_and_world(nlp, kb):
    """Conan Doyle's Watson narrates "Holmes" and is "Watson"; the BBC series says "Sherlock" and
    "John" (and "Mummy"): the same people, told apart by how the story names them."""
    assert _suggest(VICTORIAN, kb)[0] == "Sherlock Holmes - Arthur Conan Doyle"
    assert _suggest(MODERN, kb)[0] == "Sherlock (TV)"


DAD = """\
Wren Castell found her father in the boathouse, bent over the engine of the old launch with oil to \
his elbows. Hugo Castell did not look up.

"Dad, the tide's turning," Wren said. "We said we'd be out before four."

"Pass me the spanner, Wren," said Hugo, and held out his hand for it without looking, the way he \
always had, and Wren put it in his palm the way she always had.

They worked on in silence. When the engine caught at last, old Hugo laughed out loud and pulled \
Wren into a hug, oil and all, and she held onto his arm for a moment longer than she needed to.

"Night, Dad," she said later, at the top of the stairs, and Hugo waved the spanner at her.
"""


def test_a_parent_called_dad_to_their_face_is_family_and_never_a_couple(nlp, kb):
    fandom, rels = _suggest(DAD, kb)
    assert fandom == "unknown"
    assert "Hugo Castell & Wren Castell" in rels
    assert not any("/" in r for r in rels)


def test_vocative_kin_words_make_speaker_and_listener_family():
    """'"Dad, listen," said to Hugo' is a kin word at a clause's edge in speech; "my dad says" is not
    a vocative and a lone '"Mummy," he said' (a name announced) is not spoken to anyone."""
    from fabula.model import Analysis, Quote
    from fabula.tags.relationships import _vocative_kin_evidence
    from fabula.tags.tokens import token_table

    def run(text: str) -> dict:
        story = ingest.from_text(text)
        from fabula import nlp as nlp_mod

        doc = nlp_mod.parse(story, nlp_mod.load())
        tt = token_table(doc, story.text)
        an = Analysis.for_story(story)
        s = story.text.index('"')
        e = story.text.index('"', s + 1) + 1
        an.quotes = [Quote(id="q0", spans=[(s, e)], text=story.text[s:e], speaker="w", addressees=["h"])]
        pairs: dict = {}

        def get(a, b):
            return pairs.setdefault(tuple(sorted((a, b))), PairEvidence(*sorted((a, b))))

        _vocative_kin_evidence(tt, an, {"w": "w", "h": "h"}, get)
        return pairs

    assert run('Wren came in. "Dad, the tide is turning," she said.')[("h", "w")].family >= 1.0
    assert not run('Wren came in. "My dad says the tide is turning," she said.')
    assert not run('Wren came in. "Mummy," she said.')


def test_kb_knows_canon_family_and_mentors(kb):
    naruto = kb.by_name("Naruto")
    idx = (naruto.resolve("Umino Iruka"), naruto.resolve("Uzumaki Naruto"))
    assert naruto.canon_relationship_of_kind(idx, "platonic") is not None
    assert naruto.canon_relationship_of_kind(idx, "romantic") is None
    hp = kb.by_name("Harry Potter - J. K. Rowling")
    weasleys = (hp.resolve("Molly Weasley"), hp.resolve("Ron Weasley"))
    rel = hp.canon_relationship_of_kind(weasleys, "platonic")
    assert rel is not None and rel.parent == "Molly Weasley"


def test_a_canon_mentor_kept_together_is_tagged(kb):
    naruto = kb.by_name("Naruto")
    iruka, kid = _kb_people(naruto, "Umino Iruka", "Uzumaki Naruto")
    pe = PairEvidence(iruka.key, kid.key, cooccur=3, talk=2)
    assert _tags({(iruka.key, kid.key): pe}, [iruka, kid], naruto) == [("Umino Iruka & Uzumaki Naruto", "platonic")]
    # named together once: not what the story is about
    pe = PairEvidence(iruka.key, kid.key, cooccur=1, talk=0)
    assert _tags({(iruka.key, kid.key): pe}, [iruka, kid], naruto) == []


def test_an_on_page_couple_the_story_calls_friends_is_not_a_couple(kb):
    tw = kb.by_name("Teen Wolf (TV)")
    lydia, stiles = _kb_people(tw, "Lydia Martin", "Stiles Stilinski")
    assert tw.on_page_couple((lydia.kb_index, stiles.kb_index))
    friends = PairEvidence(lydia.key, stiles.key, cooccur=6, talk=4, platonic=1.5)
    assert _tags({(lydia.key, stiles.key): friends}, [lydia, stiles], tw) == [
        ("Lydia Martin & Stiles Stilinski", "platonic")]
    together = PairEvidence(lydia.key, stiles.key, cooccur=6, talk=4)
    assert _tags({(lydia.key, stiles.key): together}, [lydia, stiles], tw) == [
        ("Lydia Martin/Stiles Stilinski", "romantic")]


def test_the_central_pair_is_the_one_the_narration_names_together():
    """Two candidates with as much time together: the one resting on lines the dialogue stage
    attributed (one shared sentence, many lines) loses to the one the narration names together."""
    a, b, c = _person("a", "Ada Brook", 20), _person("b", "Bea Marsh", 20), _person("c", "Cal Reyes", 20)
    by_key = {p.key: p for p in (a, b, c)}
    talky = PairEvidence("a", "b", cooccur=1, talk=9, care=0.5)
    named = PairEvidence("a", "c", cooccur=4, talk=1)
    r = central_pair({("a", "b"): talky, ("a", "c"): named}, by_key, None, set(), 1.0)
    assert r is not None and set(r.people) == {"a", "c"}


KAKASHI = """\
Hatake Kakashi came to the mission desk every evening that spring, whether he had a report or not. \
Umino Iruka pretended not to notice. Kakashi leaned on the counter with his book and asked about the \
Academy, and Iruka answered.

On the last evening of the month Iruka stayed after his shift. Kakashi came at seven and stopped \
when he saw him.

"Would you like to have dinner with me, Iruka-sensei?" Kakashi asked.

Iruka looked at him for a long moment, and then at the stack of reports, and then back at Kakashi. \
"Yes," Iruka said. Kakashi walked him to the noodle stand.
"""


def test_asking_a_canon_couple_to_dinner_makes_the_pairing(nlp, kb):
    fandom, rels = _suggest(KAKASHI, kb)
    assert fandom == "Naruto"
    assert "Hatake Kakashi/Umino Iruka" in rels


BURROW = """\
The Burrow was loud in the way it always was on a Sunday. Molly Weasley was at the stove, Ron Weasley \
was at the table stealing sausages, and Harry Potter was trying very hard not to look at Ginny Weasley \
across the garden.

"Ron, those are for lunch," said Molly, without turning round. Ron put the sausage back. Molly handed \
Ron a plate of bread and told him to be useful.

Ginny came in from the garden with mud on her knees and a broom over her shoulder. She dropped into \
the chair next to Harry and stole his tea.

"Good flying," Harry said.

"I know." Ginny grinned at him over the mug, and under the table her foot found his and stayed there. \
Harry forgot what he had been about to say.

Ron looked from one of them to the other. "What," he said. "What's going on."

"Nothing," said Ginny. Molly Weasley smiled at the stove and said nothing at all, and Ron ate his bread.

That evening Harry and Ginny walked down to the pond, and she took his hand, and he kissed her by the \
reeds where nobody could see.
"""


def test_a_parent_in_the_background_of_a_love_story_is_no_tag(nlp, kb):
    """The KB knows Molly and Ron as parent and child; sharing the kitchen in Harry and Ginny's
    story, with the bond neither named nor shown, is not what the story is about."""
    fandom, rels = _suggest(BURROW, kb)
    assert fandom == "Harry Potter - J. K. Rowling"
    assert "Ginny Weasley/Harry Potter" in rels
    assert "Molly Weasley & Ron Weasley" not in rels


def test_two_peoples_hands_in_one_sentence_are_a_touch():
    """Read from who owns the hands, not from a phrase list: "Ines's thumb moved over Tomas's
    knuckles" and "her hand found his" touch; one person's own two hands do not."""
    from fabula import nlp as nlp_mod
    from fabula.tags.relationships import _touch_evidence
    from fabula.tags.tokens import token_table

    def touches(text: str, refs: dict[str, list[str]]) -> dict:
        story = ingest.from_text(text)
        doc = nlp_mod.parse(story, nlp_mod.load())
        tt = token_table(doc, story.text)
        people = []
        for key, words in refs.items():
            spans = [(t.idx, t.idx + len(t.text)) for t in doc if t.text in words]
            people.append(Person(key, key, None, {key}, spans, spans))
        pairs: dict = {}

        def get(a, b):
            return pairs.setdefault(tuple(sorted((a, b))), PairEvidence(*sorted((a, b))))

        _touch_evidence(tt, people, get)
        return pairs

    got = touches("Ines's thumb moved slowly over Tomas's knuckles.", {"i": ["Ines"], "t": ["Tomas"]})
    assert got[("i", "t")].hint > 0
    assert not touches("Ines rubbed her hands together and looked at Tomas.", {"i": ["Ines", "her"], "t": ["Tomas"]})


def test_a_fan_pairing_with_no_cue_at_all_is_the_central_rivalry(kb):
    """Two rivals the fandom ships, sharing every scene with no romance cue and no touch: the story
    is about the rivalry ("A & B"); with a touch between them it may be a hinted romance, so no
    friendship tag of the wrong kind; and a couple of the source work itself never becomes "&"."""
    hp = kb.by_name("Harry Potter - J. K. Rowling")
    harry, draco = _kb_people(hp, "Harry Potter", "Draco Malfoy")
    key = (harry.key, draco.key)
    assert _tags({key: PairEvidence(*key, cooccur=6, talk=8)}, [harry, draco], hp) == [
        ("Draco Malfoy & Harry Potter", "platonic")]
    assert not any(k == "platonic" for _, k in _tags({key: PairEvidence(*key, cooccur=6, talk=8, hint=0.3)},
                                                       [harry, draco], hp))
    ginny = _kb_people(hp, "Ginny Weasley", "Harry Potter")
    key = (ginny[0].key, ginny[1].key)
    assert not any(k == "platonic" for _, k in _tags({key: PairEvidence(*key, cooccur=6, talk=8)}, ginny, hp))


def test_a_bond_told_about_but_never_shown_is_no_tag():
    """"Her sister Sofia, in Lisbon": family named (twice, by kin words), but the two share one
    sentence at most and never speak: the story is not about them together."""
    ines, sofia = _person("i", "Ines Amaral", 12), _person("s", "Sofia Amaral", 6)
    told = PairEvidence("i", "s", cooccur=1, talk=0, family=3.0)
    assert _tags({("i", "s"): told}, [ines, sofia], None) == []
    shown = PairEvidence("i", "s", cooccur=1, talk=3, family=3.0)
    assert _tags({("i", "s"): shown}, [ines, sofia], None) == [("Ines Amaral & Sofia Amaral", "platonic")]


PIER = """\
He kissed me on the last night of the summer, on the pier, and then he said it had been a mistake.

I'm Nell Garrow, and I have known Rafe Okoro since we were six. Rafe taught me to swim off that pier. \
Rafe carried my bike home the day I broke my wrist. Rafe is leaving for the city in the morning.

"Nell," Rafe said, in the car park, with his bag already in the boot. "I meant it. The mistake part. \
I didn't mean the kiss."

I looked at him for a long time, and then I got out of the car.
"""


def test_he_kissed_me_on_the_first_line_is_the_storys_one_man(nlp, kb):
    """"He kissed me" before anyone is named: the kiss is the story's only man's, not lost (which
    left the pair a friendship)."""
    fandom, rels = _suggest(PIER, kb)
    assert fandom == "unknown"
    assert "Nell Garrow/Rafe Okoro" in rels and "Nell Garrow & Rafe Okoro" not in rels


def test_kb_kin_need_twice_the_romance_canon_friends_do_not(kb):
    """The KB marks kin (a parent, or `family: true`: Luke and Leia share no surname); between kin a
    kiss next to someone else's is no couple, while a canon companion told kissing ("He kissed me")
    can be one — Martha's pining for the Doctor."""
    sw = kb.by_name("Star Wars - All Media Types")
    luke, leia = _kb_people(sw, "Luke Skywalker", "Leia Organa")
    rel = sw.canon_relationship_of_kind((luke.kb_index, leia.kb_index), "platonic")
    assert rel is not None and rel.kin
    told = dict(romance=1.6, romance_direct=1.6, cooccur=3, talk=2)
    assert not any(k == "romantic" for _, k in _tags({(luke.key, leia.key): PairEvidence(luke.key, leia.key, **told)},
                                                     [luke, leia], sw))
    dw = kb.by_name("Doctor Who")
    doctor, martha = _kb_people(dw, "The Doctor (Doctor Who)", "Martha Jones")
    rel = dw.canon_relationship_of_kind((doctor.kb_index, martha.kb_index), "platonic")
    assert rel is not None and not rel.kin
    assert ("Martha Jones/The Doctor (Doctor Who)", "romantic") in _tags(
        {(doctor.key, martha.key): PairEvidence(doctor.key, martha.key, **told)}, [doctor, martha], dw)
