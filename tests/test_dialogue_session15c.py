"""Session 15, fan fiction: speakers a short story calls only by their job, each with a story
written for the test (invented names)."""

from __future__ import annotations

from dialogue_helpers import dialogue_rules, rule_speakers

# a first-person story whose skipper is "the skipper" on every page and named once, in passing
SKIPPER = (
    "The trawler had been out since dawn when the skipper came up from the galley with a flask.\n\n"
    '"Nets," the skipper said.\n\n'
    '"Nearly in," said Ruadh.\n\n'
    "Idris looked up from the winch and wiped his hands on his jumper.\n\n"
    '"Winch is fine. Cable is fine. Everything is fine."\n\n'
    '"Everything is never fine," the skipper repeated.\n\n'
    '"Then it is nearly fine."\n\n'
    "I coiled the spare line. The boat belonged to Wynn Corlett, though nobody on deck ever used "
    "the name.\n\n"
    '"Slow her down," said the skipper.\n\n'
    '"Slowing," Ruadh said.\n\n'
    '"Good," the skipper said. "Keep her there."\n\n'
    "The skipper went back into the wheelhouse, and the skipper did not come out again until the "
    "nets were on deck.\n\n"
)


def test_a_job_the_story_calls_one_unnamed_person_by_throughout_keeps_its_tagged_lines(nlp):
    got = rule_speakers(SKIPPER, nlp, walk_ons=True)
    for line in ("Nets,", "Everything is never fine,", "Slow her down,", "Good,"):
        assert got[next(k for k in got if k.startswith(line))] == "the skipper", (line, got)
    assert got[next(k for k in got if k.startswith("Nearly in"))] == "Ruadh"


def test_a_thing_standing_for_its_occupant_is_no_such_person(nlp):
    # "said the hammock": the hammock is no one, however often the story names it
    text = ("The ferry rolled all night. The hammock swung, the hammock sagged, and the hammock by "
            "the porthole creaked at every wave. I lay in my hammock and counted the rivets.\n\n"
            '"Still awake?" said the hammock by the porthole.\n\n'
            '"No," I said.\n\n'
            '"Fibber," said the hammock by the porthole. "Sleep well, Sorcha."\n\n'
            "I rolled over in the hammock. The hammock creaked. Out on deck Maelle laughed.\n\n")
    an, at, utts = dialogue_rules(text, nlp)
    assert not any(u.introduced for u in utts), [(u.nominal, u.introduced) for u in utts]


def test_the_teller_answers_a_walk_on_and_the_exchange_alternates(nlp):
    # first person: a caller no one names talks with the "I" over several bare turns, after a line
    # the rules leave unattributed
    text = ("At two in the morning the phone-in is me, a producer called Ilka, and a lot of tea. "
            "Ilka pointed at line three and I pushed the fader up.\n\n"
            '"Line three, you\'re on the air. Who\'s this?"\n\n'
            '"No names," said the ferryman. "I just want to say the river is high tonight."\n\n'
            '"How high are we talking?"\n\n'
            '"Over the second step at the landing."\n\n'
            '"That sounds like a lot of water."\n\n'
            '"It is a lot of water."\n\n')
    got = rule_speakers(text, nlp, walk_ons=True)

    def of(start: str) -> str | None:
        return got[next(k for k in got if k.startswith(start))]

    assert of("How high") == of("That sounds") == "the narrator", got
    assert of("Over the second step") == of("It is a lot") == "the ferryman", got


def test_a_job_word_the_lexicon_lacks_is_a_walk_on_when_the_story_shows_a_person(nlp):
    # "rigger" and "scorer" are no words of the role lexicon: set beside "a boy whose ...", or
    # after a tag of their own, their beat hands them the line
    text = ("The hangar was full of volunteers in orange vests and Ysolde was giving orders.\n\n"
            '"Positions," said Ysolde.\n\n'
            "The rigger, a boy whose surname nobody had caught, hauled the banner up the pole.\n\n"
            '"It jams near the top."\n\n'
            '"Fine," said Ysolde.\n\n'
            "By the gate, the scorer ticked teams off a clipboard.\n\n"
            '"Team?" the scorer asked.\n\n'
            '"Larks," said Tamsin.\n\n'
            '"Ha! Tamsin!" The scorer clapped. "You made it."\n\n')
    got = rule_speakers(text, nlp, walk_ons=True)
    assert got[next(k for k in got if k.startswith("It jams"))] == "the rigger", got
    assert got[next(k for k in got if k.startswith("Ha! Tamsin"))] == "the scorer", got


def test_a_walk_on_keeps_the_nouns_of_its_job(nlp):
    # "the night porter", not "the porter": the whole job names the unnamed person
    text = ("The lobby was empty except for Ingrid and a rack of leaflets.\n\n"
            '"Room key, please," said Ingrid.\n\n'
            '"Name on the booking?" asked the night porter.\n\n'
            '"Ingrid Solberg."\n\n')
    got = rule_speakers(text, nlp, walk_ons=True)
    assert got[next(k for k in got if k.startswith("Name on the booking"))] == "the night porter", got


def test_a_he_after_the_job_the_story_calls_someone_by_throughout_is_that_person(nlp):
    # "the skipper" five times in a hundred words, never tied to a name: the "he" right after the
    # skipper comes on is the skipper, not Ruadh of the paragraph before (nor does the narration's
    # subject beside the tag, the same "he", take the line back)
    text = ("Ruadh was at the wheel, as he had been all night.\n\n"
            "Fog had kept the Heron in the bay for two days when the skipper finally climbed out of "
            "the cabin, a flask in each pocket.\n\n"
            '"Anchor," he said.\n\n'
            '"Now?" said Ruadh.\n\n'
            '"Now," the skipper said. "Before the tide turns."\n\n'
            "The skipper watched the chain run out. The skipper always watched the chain, and the "
            "skipper never trusted it.\n\n"
            '"Holding," said Ruadh.\n\n'
            '"Good," said the skipper.\n\n')
    got = rule_speakers(text, nlp, walk_ons=True)
    assert got[next(k for k in got if k.startswith("Anchor"))] == "the skipper", got


def test_a_bare_turn_that_opens_by_calling_someone_is_answered_by_them(nlp):
    # third person, three rowers: Bronagh's bare turn calls Nessa first thing, and Nessa answers
    # (before, the answer went to Tilde, who spoke two turns back)
    text = ("The boathouse smelled of varnish and Nessa was checking the riggers.\n\n"
            '"Right," said Bronagh. "Boats in the water."\n\n'
            '"Ours is in," said Tilde.\n\n'
            '"Nessa, you\'re stroke today. Start on the buzzer."\n\n'
            '"Must I?"\n\n'
            '"You must."\n\n')
    got = rule_speakers(text, nlp)
    assert got[next(k for k in got if k.startswith("Nessa, you"))] == "Bronagh", got
    assert got[next(k for k in got if k.startswith("Must I"))] == "Nessa", got


def test_a_bare_head_is_the_story_s_one_compound_form_of_it(nlp):
    # "the night porter" and then "The porter": one walk-on, not two
    text = ("The lobby was empty except for Ingrid and a rack of leaflets.\n\n"
            '"Room key, please," said Ingrid.\n\n'
            '"Name on the booking?" asked the night porter.\n\n'
            '"Ingrid Solberg."\n\n'
            "The porter tapped at the screen and frowned at it.\n\n"
            '"Nothing under Solberg," the porter said. "Try the other spelling?"\n\n')
    got = rule_speakers(text, nlp, walk_ons=True)
    assert got[next(k for k in got if k.startswith("Name on the booking"))] == "the night porter", got
    assert got[next(k for k in got if k.startswith("Nothing under"))] == "the night porter", got


def test_a_head_compounded_two_ways_stays_bare(nlp):
    # two porters the story tells apart by their compounds: the bare "porter" is neither
    text = ("The lobby was empty except for Ingrid, the hall porter and a rack of leaflets.\n\n"
            '"Room key, please," said Ingrid.\n\n'
            '"Name on the booking?" asked the night porter.\n\n'
            '"Ingrid Solberg."\n\n'
            "The porter tapped at the screen and frowned at it.\n\n"
            '"Nothing under Solberg," the porter said. "Try the other spelling?"\n\n')
    got = rule_speakers(text, nlp, walk_ons=True)
    assert got[next(k for k in got if k.startswith("Nothing under"))] != "the night porter", got
