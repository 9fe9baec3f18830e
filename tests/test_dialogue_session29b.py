"""Session 29 (b): voices over devices, letters set off as documents, things that groan
(sentences written for the tests, invented names)."""

from __future__ import annotations

from fabula import analyze


def _analysis(text: str, nlp):
    return analyze(text=text, nlp=nlp, only=["cast", "dialogue"])


def _quotes(text: str, nlp):
    a = _analysis(text, nlp)
    names = {c.id: c.name for c in a.characters}
    return [(q.text, names.get(q.speaker, q.speaker), [names.get(x, x) for x in q.addressees], q.kind)
            for q in a.quotes]


def _quote(text: str, start: str, nlp):
    return next(q for q in _quotes(text, nlp) if q[0].strip('"').startswith(start))


DEPOT = ("The depot yard is dark except for the floodlight over gate three, and Gedeon is on the night shift "
         "with a thermos, a torch and a radio clipped to his jacket.\n\n"
         "The radio crackles. \"Gate three, open up for the tanker, please.\"\n\n"
         "It is Sidonie's voice, tinny and far off. Gedeon thumbs the switch. \"Gate three opening,\" he says.\n\n"
         "Pim comes out of the hut with two mugs. \"Was that the tanker?\"\n\n"
         "\"It's the tanker. Drink your tea.\"\n\n"
         "\"I am drinking it.\"\n\n"
         "A van pulls up at the barrier with its hazards on. The driver waves a clipboard.\n\n"
         "\"It's the milk lorry,\" Gedeon says into the radio. \"Two pallets.\"\n\n"
         "\"Let it in and count the crates.\"\n\n"
         "Pim rolls his eyes and goes back into the hut.\n\n"
         "\"Gedeon,\" says the radio, \"did you count them?\"\n\n"
         "\"Forty crates, Sidonie,\" Gedeon says.\n")


def test_a_voice_the_narration_names_after_a_device_line(nlp):
    # "It is Sidonie's voice" after the line the radio crackled: Sidonie, not Gedeon beside it
    assert _quote(DEPOT, "Gate three, open up", nlp)[1] == "Sidonie"


def test_the_answer_to_a_line_said_into_a_device_comes_back_through_it(nlp):
    # the bare reply to what Gedeon says into the radio is the radio's voice, not Pim in the hut
    assert _quote(DEPOT, "Let it in", nlp)[1] == "Sidonie"


def test_a_device_tag_is_the_voice_it_carried_before(nlp):
    # "says the radio": the voice it carried, not Gedeon, who spoke into it last
    assert _quote(DEPOT, "Gedeon,", nlp)[1] == "Sidonie"


MANOR = ("Clothilde Brell had come up from the village with the post, and her brother Leofric took the one "
         "letter there was and broke the seal at the breakfast table.\n\n"
         "\"It is from Aldith,\" said he. \"Shall I read it?\"\n\n"
         "\"Do,\" said Clothilde.\n\n"
         "He unfolded the sheet and held it to the lamp. It read:\n\n"
         "My dear Leofric, — I write from the inn at Polwithen, where the rain has kept us three days.\n\n"
         "The coach mends slowly, and the landlady feeds us on eel pie. Kiss Clothilde for me.\n\n"
         "I shall be home by Sunday, if the roads allow it, and I remain your loving cousin, Aldith Tregear.\n\n"
         "Leofric folded it again and laid it beside his cup.\n\n"
         "\"Sunday,\" said Clothilde. \"Then we must air the blue room.\"\n")


def test_a_letter_set_off_without_quote_marks_is_its_signers(nlp):
    letter = [q for q in _quotes(MANOR, nlp) if q[3] == "written"]
    assert [q[0][:12] for q in letter] == ["My dear Leof", "The coach me", "I shall be h"]
    assert {q[1] for q in letter} == {"Aldith Tregear"}
    assert all(q[2] == ["Leofric"] for q in letter)
    # the narration after the letter is no part of it
    assert not any(q[0].startswith("Leofric folded") for q in _quotes(MANOR, nlp))


WHARF = ("Fog lay over the quay. On the pontoon the old pump groaned whenever the tide tugged at its hose.\n\n"
         "\"Hesper, the hose has come loose.\"\n\n"
         "\"So tie it back on.\" Hesper kept her eyes on the tide tables. \"A double knot, Ulick.\"\n\n"
         "\"A double knot. Fine.\"\n")


def test_a_machine_that_groans_is_no_walk_on(nlp):
    # "the pump groaned" is no person: the line is not the pump's
    assert _quote(WHARF, "Hesper, the hose", nlp)[1] != "the pump"


HALL = ("Rowena and I reach the ticket hall at ten to nine. She goes off to look for coffee and I stay with "
        "the cases and the dog.\n\n"
        "\"Back in five, Jovita,\" she calls over her shoulder.\n\n"
        "Mr. Quell from the paper kiosk comes over to the bench. He taps my case with his rolled newspaper. "
        "\"Platform two?\"\n\n"
        "\"Platform two. Thank you.\"\n\n"
        "Rowena comes back with two paper cups and hands one to Mr. Quell. \"Milk, no sugar.\"\n\n"
        "\"You're a saint, Rowena,\" says Mr. Quell.\n\n"
        "Mr. Quell fishes an old ticket out of his coat and holds it up for me.\n\n"
        "\"Still good?\" he asks.\n\n"
        "\"Twenty minutes.\"\n")


def test_the_teller_a_speakers_beat_acts_on_is_addressed(nlp):
    # "He taps my case ... 'Platform two?'": said to the "I" whose case it is
    assert _quote(HALL, "Platform two?", nlp)[2] == ["Jovita"]


def test_the_teller_acted_on_in_the_paragraph_before_is_addressed(nlp):
    # "... holds it up for me. / 'Still good?' he asks.": said to the "I" he holds it up for
    assert _quote(HALL, "Still good?", nlp)[2] == ["Jovita"]


LIFT = ("Zuleika and Ulick are alone in the lift when it stops between the fourth floor and the fifth. Ulick "
        "leans on the alarm button. Up by the ceiling the intercom splutters.\n\n"
        "\"Front desk here. Who's in the lift?\"\n\n"
        "\"Two of us, Ismay,\" Ulick tells the intercom. \"Between four and five.\"\n\n"
        "\"Righto. Sit tight and don't touch the doors.\"\n\n"
        "Zuleika slides down the wall until she is sitting on the floor. \"I hate lifts.\"\n\n"
        "\"I know.\"\n\n"
        "Later, when the doors open at last, Ismay is waiting with a torch and a packet of biscuits.\n")


def _notes(text: str, start: str, nlp) -> str:
    a = _analysis(text, nlp)
    q = next(q for q in a.quotes if q.text.strip('"').startswith(start))
    return "; ".join(e.note or "" for e in q.evidence)


def test_a_device_sounding_in_the_paragraph_before_a_bare_line(nlp):
    # the intercom splutters in the narration paragraph before: the voice is the one the answer calls
    # (the ranker guessed her too; the rule now says why)
    assert _quote(LIFT, "Front desk here", nlp)[1] == "Ismay"
    assert "a device's voice: the one the answer calls by name" in _notes(LIFT, "Front desk here", nlp)
    # and the bare answer to what Ulick tells the intercom comes back through it
    assert _quote(LIFT, "Righto", nlp)[1] == "Ismay"
    assert "a device's voice: the answer to a line said into it" in _notes(LIFT, "Righto", nlp)


NOTE = ("Clothilde found the envelope under the door when she came back from the market. She opened it at once "
        "in the hall. It said:\n\n"
        "Dear Clothilde, I have fed the cat and mended the gate, and I am off to the coast for a week.\n\n"
        "Leave the spare boots by the shed. With love, Perrin Vasse.\n\n"
        "Clothilde laughed and put the kettle on.\n")


def test_a_letter_signed_by_someone_named_nowhere_else(nlp):
    # the signer is a person even when the story names them only in the signature
    letter = [q for q in _quotes(NOTE, nlp) if q[3] == "written"]
    assert len(letter) == 2
    assert {q[1] for q in letter} == {"Perrin Vasse"}
