"""Session 28 (d): dialogue fixes, with sentences written for the tests (invented names)."""

from __future__ import annotations

from fabula import analyze


def _analysis(text: str, nlp):
    return analyze(text=text, nlp=nlp, only=["cast", "dialogue"])


def _quotes(text: str, nlp):
    a = _analysis(text, nlp)
    names = {c.id: c.name for c in a.characters}
    return [(q.text, names.get(q.speaker, q.speaker), [names.get(x, x) for x in q.addressees]) for q in a.quotes]


def _speaker_of(text: str, start: str, nlp) -> str | None:
    return next(s for t, s, _a in _quotes(text, nlp) if t.strip('"').startswith(start))


def _addressees_of(text: str, start: str, nlp) -> list[str]:
    return next(a for t, _s, a in _quotes(text, nlp) if t.strip('"').startswith(start))


PIER = ("The tide was out. Tamsin waited by the lifeboat station, her mobile humming against her hip.\n\n"
        "**Wenna:** u coming or what\n\n"
        "**Wenna:** we're by the slipway\n\n"
        "**Bo:** the old slipway or the new one\n\n"
        "Tamsin pulled off a mitten and tapped out an answer.\n\n"
        "**Tamsin:** the old one obviously\n\n"
        "**Wenna:** nobody uses that one anymore\n\n"
        "She shrugged and kicked at the shingle. \"Someone should.\"\n\n"
        "The kebab man leant on his van and watched her. He kept a bag of kebabs warm under the counter and "
        "a paper napkin ready in his fist.\n\n"
        "\"Waiting on mates?\" he asked.\n\n"
        "\"How did you guess?\"\n\n"
        "Her mobile hummed once more. The landlord of the holiday flat wanted his keys back.\n\n"
        "**Landlord:** Keys in the blue box by six please\n\n"
        "**Tamsin:** will do\n\n"
        "**Landlord:** Cheers, Tamsin\n\n"
        "Out on the sand, a gull stole a chip off the van's step.\n")


def test_a_she_after_chat_messages_is_not_the_texter(nlp):
    # the narration's "she" goes back to the one on the shingle, not to the last sender label
    assert _speaker_of(PIER, "Someone should", nlp) == "Tamsin"


def test_a_man_named_by_his_trade_is_a_walk_on(nlp):
    # "the kebab man" (a trade, like "the porter"), not the male-or-unknown texter Bo
    assert _speaker_of(PIER, "Waiting on mates", nlp) == "the kebab man"
    from dialogue_helpers import dialogue_rules

    _an, at, _utts = dialogue_rules(PIER, nlp)
    man = next(t for t in at.doc if t.text == "man" and t.nbor(-1).text == "kebab")
    assert at.walk_on(man) == "kebab man"


def test_a_common_word_sender_in_an_established_chat(nlp):
    texts = [t for t, _s, _a in _quotes(PIER, nlp)]
    assert any(t.startswith("Keys in the blue box") for t in texts)
    assert any(t.startswith("Cheers, Tamsin") for t in texts)


STALL = ("By nine the tombola stall had run out of raffle tickets twice.\n\n"
         "\"Where did they all go?\" said Marit.\n\n"
         "\"Pockets,\" said Osgar.\n\n"
         "\"Whose pockets?\"\n\n"
         "\"Everyone's.\"\n\n"
         "\"That is not an answer.\"\n\n"
         "\"It's the only one I have.\"\n\n"
         "Perpetua, who ran the tombola every summer and had opinions about string, climbed onto an upturned "
         "crate behind the prizes and rang a brass handbell.\n\n"
         "\"Last call! Osgar, you're blocking the shortbread.\"\n\n"
         "\"I'm guarding it.\"\n\n"
         "Perpetua was not convinced, and Perpetua told him so.\n")


def test_one_brought_on_in_the_paragraph_before_speaks_the_bare_line(nlp):
    assert _speaker_of(STALL, "Last call!", nlp) == "Perpetua"
    from dialogue_helpers import dialogue_rules

    an, at, utts = dialogue_rules(STALL, nlp)
    names = {c.id: c.name for c in an.characters}
    u = next(u for u in utts if at.text[u.start:u.end].startswith("Last call"))
    assert names.get(u.speaker) == "Perpetua" and u.rule == "narration"


CHAPEL = ("\"Are the hymn books out?\" said Marit.\n\n"
          "\"Most of them,\" said Osgar.\n\n"
          "\"Most?\"\n\n"
          "\"The damp ones are drying.\"\n\n"
          "Bethan had put down her broom. She perched at the far end of a pew, fingers knotted, and after a "
          "while she started to sing under her breath.\n\n"
          "\"Over the hill and under the moor, home goes the lantern to the open door.\"\n\n"
          "Nobody moved. Nobody had heard Bethan sing since the flood.\n")


def test_who_begins_to_sing_sings_the_next_line(nlp):
    assert _speaker_of(CHAPEL, "Over the hill", nlp) == "Bethan"
    from dialogue_helpers import dialogue_rules

    an, at, utts = dialogue_rules(CHAPEL, nlp)
    names = {c.id: c.name for c in an.characters}
    u = next(u for u in utts if at.text[u.start:u.end].startswith("Over the hill"))
    assert names.get(u.speaker) == "Bethan" and u.rule == "narration"


GARAGE = ("\"Hand me the spanner,\" said Idris.\n\n"
          "\"Which one?\" said Marit.\n\n"
          "\"The big one.\"\n\n"
          "\"They're all big.\"\n\n"
          "Idris reached past her for it, and Marit rolled her eyes at the ceiling. The landline on the bench "
          "trilled. She dried her fingers on a rag and picked up.\n\n"
          "\"Garage. No, the van isn't ready. Thursday, I said.\"\n\n"
          "Nobody in the workshop made a sound.\n\n"
          "\"Friday, then. At the earliest. Yes. Bye.\"\n")


def test_who_answers_the_phone_speaks_first(nlp):
    assert _speaker_of(GARAGE, "Garage. No", nlp) == "Marit"


def test_one_side_of_the_call_goes_on(nlp):
    assert _speaker_of(GARAGE, "Friday, then", nlp) == "Marit"


KETTLE = ("\"Who left the gate open?\" said Marit.\n\n"
          "\"Not me,\" said Dunstan.\n\n"
          "\"Nor me,\" said Osgar.\n\n"
          "Dunstan lifted the kettle off the hob. It was still steaming. \"Someone's been here.\"\n")


def test_a_beat_about_a_thing_defers_to_the_sentence_before(nlp):
    assert _speaker_of(KETTLE, "Someone's been here", nlp) == "Dunstan"
    from dialogue_helpers import dialogue_rules

    an, at, utts = dialogue_rules(KETTLE, nlp)
    names = {c.id: c.name for c in an.characters}
    u = next(u for u in utts if at.text[u.start:u.end].startswith("Someone's been here"))
    assert names.get(u.speaker) == "Dunstan" and u.rule == "narration"


LOFT = ("The choir met in the loft. Ysolde sorted the music while Piran lit the stove.\n\n"
        "\u2014 Cold tonight, said Ysolde.\n\n"
        "\u2014 Freezing, said Piran.\n\n"
        "\u2014 Where's the tenor part? Ysolde muttered across to Piran.\n\n"
        "\u2014 Under the biscuits, said Piran.\n")


def test_said_over_to_someone_names_the_addressee(nlp):
    assert _addressees_of(LOFT, "Where's the tenor part", nlp) == ["Piran"]
    from dialogue_helpers import dialogue_rules
    from fabula.dialogue.attribute import _cue_object

    an, at, utts = dialogue_rules(LOFT, nlp)
    names = {c.id: c.name for c in an.characters}
    u = next(u for u in utts if at.text[u.start:u.end].startswith("Where's the tenor part"))
    assert names.get(_cue_object(at, u)) == "Piran"


FERRY = ("The ferry office opens at eight, and I pull up the shutter. Ferdy is already at the till, counting "
         "change.\n\n"
         "\"Evening tickets yet?\" asks the first man in the queue. It's Mr. Quennell, who crosses to the island "
         "every Friday for his sister's stew.\n\n"
         "\"Not till noon.\"\n\n"
         "\"Noon! I'll have starved.\"\n\n"
         "Ferdy grins. \"He says that every Friday.\"\n\n"
         "Near ten a visitor climbs the stile from the lane. She has a rucksack and a paper map folded "
         "the wrong way, and she marches up to the hatch and frowns at the timetable.\n\n"
         "\"Is this the boat to the lighthouse?\"\n\n"
         "\"It's the only boat.\"\n")


def test_a_walk_on_the_narration_names_right_after_is_that_person(nlp):
    assert _speaker_of(FERRY, "Evening tickets", nlp) == "Mr. Quennell"


def test_a_visitor_brought_on_speaks_the_bare_line_after(nlp):
    assert _speaker_of(FERRY, "Is this the boat", nlp) == "the visitor"
