"""Session 11, fan fiction: walk-ons whose beat stands after their line, today's service jobs."""

from __future__ import annotations

from dialogue_helpers import dialogue_rules, rule_speakers


def _rule_speakers(text: str, nlp) -> dict[str, str | None]:
    return rule_speakers(text, nlp, walk_ons=True)


def test_a_walk_on_beat_after_the_quote_names_the_speaker(nlp):
    text = (
        "Marek and Ilsa sat in the laundrette with their coats on, waiting for the dryer.\n\n"
        "'Twenty more minutes,' said Ilsa.\n\n"
        "'Longer,' said Marek. 'It always lies.'\n\n"
        "'Hm.' The janitor shook his head slowly and went on sweeping by the door. "
        "'That one eats socks, you know.'\n\n"
    )
    got = _rule_speakers(text, nlp)
    spk = next(v for k, v in got.items() if "eats socks" in k or k.startswith("Hm"))
    assert spk == "the janitor"


def test_a_barista_beat_before_the_quote_is_a_walk_on(nlp):
    text = (
        "Odile and Benedek had the window table, two cups gone cold between them.\n\n"
        "'You never listen,' said Odile.\n\n"
        "'I always listen,' said Benedek.\n\n"
        "The barista came over with a cloth over one shoulder. 'Anything else before we shut?'\n\n"
    )
    got = _rule_speakers(text, nlp)
    spk = next(v for k, v in got.items() if "before we shut" in k)
    assert spk == "the barista"


def test_a_she_beside_a_quote_is_not_the_first_person_narrator(nlp):
    from dialogue_helpers import speakers

    text = (
        "The night desk smelled of toner and cold chips. Hilde Brandt was on the desk again. "
        "I signed the book and Hilde watched me do it, and Hilde tapped her pen on the counter.\n\n"
        '"You\'re late."\n\n'
        '"The bus broke down," I said.\n\n'
        '"Harder."\n\n'
        '"Ottilie." She said my name like a warning.\n\n'
        "I kicked the drawer harder and it slid shut.\n\n"
        '"Told you." She picked up her pen again. "Sign in properly this time."\n\n'
    )
    got = speakers(text, nlp)
    spk = next(v for k, v in got.items() if k.startswith("Told you"))
    # the narrator is "I" (called Ottilie by Hilde): "She picked up her pen" is Hilde
    assert spk is not None and spk.startswith("Hilde")


def test_a_sentence_opening_on_a_name_the_parser_lost_is_about_that_person(nlp):
    # the small parser reads "leant" as a noun and "Brannoc" as its modifier: no subject at all
    text = (
        "Wenna was on her knees in the bean rows when Brannoc came through the gate.\n\n"
        "'Don't start,' Wenna said.\n\n"
        "'You're going to.'\n\n"
        "Brannoc leant on the fence and looked at the beans with great interest. 'Those are huge.'\n\n"
        "'Manure, mostly.' She sat back on her heels.\n\n"
        "'Right,' said Brannoc.\n\n"
    )
    got = _rule_speakers(text, nlp)
    spk = next(v for k, v in got.items() if k.startswith("Those are huge"))
    assert spk == "Brannoc"


def test_a_she_right_after_a_walk_on_spoke_is_that_walk_on(nlp):
    text = (
        "Bryony Hale pressed the bell twice and Jory Tremayne stood behind her with the flowers. "
        "Bryony smoothed her skirt and Jory straightened his collar.\n\n"
        '"Relax," said Jory.\n\n'
        "The door swung open on a hallway full of coats.\n\n"
        '"At last," Jory\'s mother says into the flowers.\n\n'
        '"Hello, Mum."\n\n'
        '"Nine months, Jory. Nine." She holds Bryony at arm\'s length and studies her face. '
        '"You look hungry."\n\n'
    )
    an, at, utts = dialogue_rules(text, nlp)
    u = next(u for u in utts if at.text[u.start:u.end].startswith("Nine months"))
    assert u.speaker is None and u.nominal is not None and u.nominal.endswith("mother")


def test_a_walk_on_answers_the_question_put_to_them(nlp):
    text = (
        "Halvard Moss and I got off the coach at the wrong stop, in the dark, with one bag between "
        "us. A porter in a green cap was stacking crates by the ticket hut.\n\n"
        '"Is there a bus to the harbour?" Halvard asked.\n\n'
        '"Not till morning," the porter said, and went on stacking.\n\n'
        '"Is there a taxi?" Halvard asked.\n\n'
        '"Sometimes."\n\n'
    )
    an, at, utts = dialogue_rules(text, nlp)
    u = next(u for u in utts if at.text[u.start:u.end].startswith("Sometimes"))
    assert u.speaker is None and u.nominal == "porter"


def test_a_lower_case_noun_the_tagger_calls_proper_is_a_walk_on(nlp):
    # the small tagger reads "quizmaster" as a proper noun (PROPN): still a walk-on's role
    text = (
        "Sunniva and Ruairi had the corner table and a bowl of crisps between them.\n\n"
        '"We will lose," said Ruairi.\n\n'
        '"We always lose," said Sunniva.\n\n'
        '"Question two," said the quizmaster. "Which planet has the most moons?"\n\n'
    )
    an, at, utts = dialogue_rules(text, nlp)
    u = next(u for u in utts if at.text[u.start:u.end].startswith("Question two"))
    assert u.nominal == "quizmaster"
