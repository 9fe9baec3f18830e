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
    "I coiled the spare line because it was my job to coil the spare line, and because Wynn "
    "Corlett liked to watch the deck while he thought.\n\n"
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
    # "said the bunk above me": the bunk is no one, however often the story names it
    text = ("The night train rocked. The bunk was narrow, the bunk was hard, and the bunk above me "
            "creaked whenever the train took a bend. I lay on the bunk and counted the lights.\n\n"
            '"Are you awake?" said the bunk above me.\n\n'
            '"No," I said.\n\n'
            '"Liar," said the bunk above me. "Goodnight, Sorcha."\n\n'
            "I turned over on the bunk. The bunk creaked. Somewhere down the corridor Maelle laughed.\n\n")
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
