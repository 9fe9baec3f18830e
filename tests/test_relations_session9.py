"""Relations, session 9: general repairs found on the misses of writers F, G and H (d111-d134).

Sentences are our own; upstream layers are built by hand (``build`` from test_relations)."""

from __future__ import annotations

from test_relations import build, events, states


def all_states(a, x: str, y: str) -> list[str]:
    """Every state of the pair, over all its relationships (``states`` reads only the first)."""
    return [s.state for r in a.relationships if {r.source, r.target} == {x, y} for s in r.states]


def test_a_relation_noun_conjoined_to_a_passive_parsed_copula_takes_its_subject(nlp):
    # the parser makes "She" of "She's been ..." a passive subject and hangs "his best friend" on "been"
    text = ("Oren came home late and Priya had waited up for him. "
            "She's been his flatmate since second year and his best friend since the first week.")
    a, ids = build(text, nlp, {"Oren": "he", "Priya": "she", "Tobi": "he"})
    assert "friends" in states(a, ids["Oren"], ids["Priya"])
    assert "roommates" in states(a, ids["Oren"], ids["Priya"])


def test_one_apology_after_a_told_quarrel_is_a_reconciliation(nlp):
    quarrel = "Ines and Bruno argued about the boat all through the funeral lunch. "
    later = "A week later Bruno came to the yard. \"I'm sorry about what I said,\" Bruno said."
    cast = {"Ines": "she", "Bruno": "he"}
    a, ids = build(quarrel + later, nlp, cast, quotes=[("I'm sorry about what I said,", "Bruno", "Ines")])
    assert {ids["Ines"], ids["Bruno"]} in events(a, "reconciliation")
    # no quarrel told between them: an apology alone is no making-up
    a, ids = build("Ines mended nets all morning. " + later, nlp, cast,
                   quotes=[("I'm sorry about what I said,", "Bruno", "Ines")])
    assert {ids["Ines"], ids["Bruno"]} not in events(a, "reconciliation")


def test_beating_someone_in_a_contest_is_a_rivalry(nlp):
    cast = {"Kip": "he", "Temi": "she", "Odile": "she"}
    a, ids = build("Kip beat my time on the docking sim again. I logged it and went to bed.", nlp, cast,
                   narrator="Temi")
    assert "rivals" in states(a, ids["Kip"], ids["Temi"])
    a, ids = build("Odile's focaccia beat my cob loaf by one point.", nlp, cast, narrator="Temi")
    assert "rivals" in states(a, ids["Odile"], ids["Temi"])
    a, ids = build("Kip beat Temi for the junior title by a tenth of a point.", nlp, cast)
    assert "rivals" in states(a, ids["Kip"], ids["Temi"])
    # a beating is no contest
    for text in ("Kip beat Temi with a belt when she was small.", "The night Kip beat Temi up, Odile called the police.",
                 "Kip's heart beat hard when Temi came in."):
        a, ids = build(text, nlp, cast)
        assert "rivals" not in all_states(a, ids["Kip"], ids["Temi"]), text


def test_matched_against_each_other_is_a_rivalry(nlp):
    cast = {"Kemi": "she", "Tunde": "he", "Ada": "she"}
    a, ids = build("Kemi and Tunde had been playing tennis against each other since they were six.", nlp, cast)
    assert "rivals" in states(a, ids["Kemi"], ids["Tunde"])
    # leaning against each other is closeness
    a, ids = build("Kemi and Tunde sat on the bench, leaning against each other in the sun.", nlp, cast)
    assert "rivals" not in all_states(a, ids["Kemi"], ids["Tunde"])


def test_a_kin_name_after_your_in_speech_is_the_listeners_kin(nlp):
    text = ('Nan poured the tea and looked at Cal. "Your Grandad proposed to me on that pier," Nan said.')
    cast = {"Nan": "she", "Cal": "he", "Grandad": "he"}
    a, ids = build(text, nlp, cast, quotes=[("Your Grandad proposed to me on that pier,", "Nan", "Cal")])
    rel = next(r for r in a.relationships if {r.source, r.target} == {ids["Grandad"], ids["Cal"]})
    assert [(s.state, s.holder) for s in rel.states] == [("grandparent", ids["Grandad"])]
    assert "grandparent" not in all_states(a, ids["Grandad"], ids["Nan"])


def test_an_introduction_in_speech_is_a_first_meeting(nlp):
    cast = {"Cal": "he", "Amira": "she", "Rose": "she", "Helen": "she"}
    q = "Rose, this is Amira."
    a, ids = build(f'We came in out of the rain. "{q}" Cal said.', nlp, cast, quotes=[(q, "Cal", "Rose")])
    assert {ids["Rose"], ids["Amira"]} in events(a, "meeting")
    q = "You must be Amira."
    a, ids = build(f'Rose opened the door. "{q}" Rose said.', nlp, cast, quotes=[(q, "Rose", "Amira")])
    assert {ids["Rose"], ids["Amira"]} in events(a, "meeting")
    # the speaker who names herself is the one meeting her, whoever the dialogue layer said spoke
    q = "You must be Amira. I'm Helen."
    a, ids = build(f'A woman opened the door. "{q}" she said.', nlp, cast, quotes=[(q, "Rose", "Amira")])
    assert {ids["Helen"], ids["Amira"]} in events(a, "meeting")
    assert {ids["Rose"], ids["Amira"]} not in events(a, "meeting")
    # met before
    q = "This is Amira. You won't remember her."
    a, ids = build(f'Cal stood in the doorway. "{q}" Cal said.', nlp, cast, quotes=[(q, "Cal", "Rose")])
    assert {ids["Rose"], ids["Amira"]} not in events(a, "meeting")


def test_staying_beside_someone_until_something_passes_is_comfort(nlp):
    cast = {"Mira": "she", "Nico": "he"}
    a, ids = build("Mira found Nico in the parlour. She sat with him until the candle guttered.", nlp, cast)
    assert {ids["Mira"], ids["Nico"]} in events(a, "comfort")
    a, ids = build("Mira came in from the yard. She sat down next to Nico until they stopped shaking.", nlp, cast)
    assert {ids["Mira"], ids["Nico"]} in events(a, "comfort")
    # sitting with someone, with nothing to outlast, is company
    a, ids = build("Mira came in from the yard. She sat with Nico at the long table.", nlp, cast)
    assert {ids["Mira"], ids["Nico"]} not in events(a, "comfort")


def test_holding_an_elbow_is_comfort(nlp):
    a, ids = build("My voice gave out. Ilse stood up beside me and held my elbow until I could finish.", nlp,
                   {"Ilse": "she", "Wren": "she"}, narrator="Wren")
    assert {ids["Ilse"], ids["Wren"]} in events(a, "comfort")


def test_a_head_on_someones_shoulder_is_comfort(nlp):
    cast = {"Clare": "she", "Margit": "she", "Theo": "he"}
    for text in ("Clare sat down and put her head on Margit's shoulder.",
                 "Clare walked into Margit's arms and put her face against Margit's shoulder.",
                 "Theo sat beside Margit. He leaned into Margit's shoulder and said nothing."):
        a, ids = build(text, nlp, cast)
        who = "Theo" if "Theo" in text else "Clare"
        assert {ids[who], ids["Margit"]} in events(a, "comfort"), text
    a, ids = build("Clare put her head on the desk and Margit laughed.", nlp, cast)
    assert events(a, "comfort") == []


def test_a_told_enmity_then_comfort_is_a_reconciliation(nlp):
    cast = {"Maddie": "she", "Chloe": "she"}
    text = ("Everyone knew that Maddie and Chloe hated each other. After the dance Chloe cried on the steps. "
            "Maddie sat down beside her and hugged her.")
    a, ids = build(text, nlp, cast)
    assert {ids["Maddie"], ids["Chloe"]} in events(a, "reconciliation")
    text = "Everyone knew that Maddie and Chloe were friends. After the dance Chloe cried on the steps. Maddie hugged her."
    a, ids = build(text, nlp, cast)
    assert {ids["Maddie"], ids["Chloe"]} not in events(a, "reconciliation")


def test_a_relation_noun_whose_predicate_noun_is_given_a_name(nlp):
    cast = {"Kemi": "she", "Dominic Shaw": "he", "Ruth": "she"}
    a, ids = build("Kemi trained at the club. Her coach was a wiry Australian called Dominic Shaw.", nlp, cast)
    rel = next(r for r in a.relationships if {r.source, r.target} == {ids["Kemi"], ids["Dominic Shaw"]})
    assert [(s.state, s.holder) for s in rel.states] == [("teacher", ids["Dominic Shaw"])]
    a, ids = build("Kemi trained at the club. Her coach was not a man called Dominic Shaw.", nlp, cast)
    assert states(a, ids["Kemi"], ids["Dominic Shaw"]) == []


def test_opening_a_business_together_makes_colleagues(nlp):
    cast = {"Dev": "he", "Marcus": "he", "Ines": "she"}
    a, ids = build("At twenty-five Dev and Marcus opened a garage together on Canal Street.", nlp, cast)
    assert "colleagues" in states(a, ids["Dev"], ids["Marcus"])
    # a house bought together is no business
    a, ids = build("At twenty-five Dev and Marcus bought a house together on Canal Street.", nlp, cast)
    assert "colleagues" not in all_states(a, ids["Dev"], ids["Marcus"])


def test_a_name_before_an_apposed_relation_noun_parsed_apart(nlp):
    # the parser hangs "Tom" on the verb and makes "Mia's husband of ten years" the subject
    cast = {"Mia": "she", "Tom": "he", "Ada": "she"}
    a, ids = build("Tom, Mia's husband of ten years, smiled.", nlp, cast)
    assert "married" in states(a, ids["Mia"], ids["Tom"])
    # no closing comma: "Tom" hails someone ("Tom, Mia's husband is here")
    a, ids = build("Ada shouted from the hall. Tom, Mia's husband is here.", nlp, cast)
    assert "married" not in all_states(a, ids["Mia"], ids["Tom"])


def test_the_relation_noun_someone_ever_had(nlp):
    cast = {"Mia": "she", "Ada": "she", "Tom": "he"}
    a, ids = build("Ada was the best friend Mia ever had.", nlp, cast)
    assert "friends" in states(a, ids["Mia"], ids["Ada"])
    a, ids = build("Ada was the best friend Mia never had.", nlp, cast)
    assert "friends" not in all_states(a, ids["Mia"], ids["Ada"])


def test_doing_a_job_at_the_same_place_makes_colleagues(nlp):
    cast = {"Sofia": "she", "Kit": "he", "Ada": "she"}
    a, ids = build("By then Sofia and Kit drove for the same team.", nlp, cast)
    assert "colleagues" in states(a, ids["Sofia"], ids["Kit"])
    a, ids = build("Sofia and Kit worked at the same hospital for years.", nlp, cast)
    assert "colleagues" in states(a, ids["Sofia"], ids["Kit"])
    a, ids = build("Sofia and Kit went to the same school.", nlp, cast)
    assert "colleagues" not in all_states(a, ids["Sofia"], ids["Kit"])


def test_a_kin_object_left_open_is_introduced_by_the_next_sentence(nlp):
    cast = {"Ruth": "she", "Neil": "he", "Alec Adair": "he"}
    text = ("Ruth and Neil had not spoken since the day they buried their father. "
            "Alec Adair had taken nine months to die.")
    a, ids = build(text, nlp, cast)
    for child in ("Ruth", "Neil"):
        rel = next(r for r in a.relationships if {r.source, r.target} == {ids["Alec Adair"], ids[child]})
        assert [(s.state, s.holder) for s in rel.states] == [("parent", ids["Alec Adair"])]
    # a name met before is no introduction
    text = ("Alec Adair sold the boat. Ruth and Neil had not spoken since the day they buried their father. "
            "Alec Adair had taken the van.")
    a, ids = build(text, nlp, cast)
    assert "parent" not in all_states(a, ids["Alec Adair"], ids["Ruth"])


def test_a_child_word_as_a_copulas_predicate(nlp):
    cast = {"Tom": "he", "Ed": "he", "Ada": "she", "Pip": "she"}
    for text, kid in (("Tom was Ed's eldest.", "Tom"), ("Ada is Ed's girl, and she knows it.", "Ada")):
        a, ids = build(text, nlp, cast)
        rel = next(r for r in a.relationships if {r.source, r.target} == {ids["Ed"], ids[kid]})
        assert [(s.state, s.holder) for s in rel.states] == [("parent", ids["Ed"])], text
    a, ids = build("Ada and Pip are Ed's two.", nlp, cast)
    assert "parent" in states(a, ids["Ed"], ids["Pip"]) and "parent" in states(a, ids["Ed"], ids["Ada"])
    # "his girl" with a pronoun owner may be a sweetheart
    a, ids = build("Ed smiled. Ada was his girl.", nlp, cast)
    assert "parent" not in all_states(a, ids["Ed"], ids["Ada"])


def test_a_contest_that_explains_a_hatred_is_the_hatred(nlp):
    text = "Ada waved. The trouble is Odile, who has hated me since I beat her at the county trials."
    a, ids = build(text, nlp, {"Ada": "she", "Odile": "she", "Temi": "she"}, narrator="Temi")
    assert states(a, ids["Odile"], ids["Temi"]) == ["enemies"]


def test_together_at_a_place_hung_on_an_adverb_is_no_couple(nlp):
    cast = {"Jonah": "he", "Mateus": "he", "Teddy": "he"}
    a, ids = build("Jonah and Teddy are back on a line together because the coach is desperate.", nlp, cast)
    assert "dating" not in all_states(a, ids["Jonah"], ids["Teddy"])
    a, ids = build("Jonah and Teddy are together now, and everyone knows it.", nlp, cast)
    assert "dating" in states(a, ids["Jonah"], ids["Teddy"])


def test_a_narrators_mum_hailed_by_someone_else_is_not_theirs(nlp):
    cast = {"Mum": "she", "Amira": "she", "Nan": "she", "Cal": "he"}
    q1, q2, q3 = "Mum, this is Amira.", "We wanted to tell everyone together, Mum.", "Nan, sit down."
    text = f'I came in first. "{q1}" I said. Mum hugged her. "{q2}" Amira said. "{q3}" Amira said.'
    quotes = [(q1, "Cal", "Mum"), (q2, "Amira", "Mum"), (q3, "Amira", "Mum")]
    a, ids = build(text, nlp, cast, narrator="Cal", quotes=quotes)
    assert "parent" in states(a, ids["Mum"], ids["Cal"])
    # Amira's "Mum" would make her the narrator's sister; "Nan" said to the narrator's Mum is misdirected
    assert states(a, ids["Mum"], ids["Amira"]) == []
    # the narrator herself hailed as "Mum" is the speaker's mother
    q = "Mum, can I go?"
    a, ids = build(f'The door banged. "{q}" Amira said.', nlp, {"Mum": "she", "Amira": "she"}, narrator="Mum",
                   quotes=[(q, "Amira", "Mum")])
    assert "parent" in states(a, ids["Mum"], ids["Amira"])


def test_an_apposition_the_parser_hung_elsewhere_names_the_relation_noun(nlp):
    cast = {"Marnie": "she", "Jake": "he", "Theo Walsh": "he"}
    text = ("The band that summer was Jake on guitar, Marnie singing, and Marnie's boyfriend at the time, "
            "a lanky boy called Theo Walsh, on bass.")
    a, ids = build(text, nlp, cast)
    assert "ex" in states(a, ids["Marnie"], ids["Theo Walsh"])


def test_a_spoken_we_leaves_out_a_listener_hailed_as_kin(nlp):
    cast = {"Rosa": "she", "Nan": "she", "Theo": "he"}
    q = "We split up, Nan. In March."
    a, ids = build(f'Rosa put the kettle on. "{q}" Rosa said.', nlp, cast, quotes=[(q, "Rosa", "Nan")])
    assert states(a, ids["Rosa"], ids["Nan"]) == ["grandparent"]  # (the hail itself, but no couple)
    q = "We split up in March."
    a, ids = build(f'Rosa put the kettle on. "{q}" Rosa said.', nlp, cast, quotes=[(q, "Rosa", "Theo")])
    # (session 24: a break-up told with "we" to a listener is not a break-up with that listener)
    assert "ex" not in states(a, ids["Rosa"], ids["Theo"])


def test_a_guessed_we_gives_way_to_a_kin_tie(nlp):
    cast = {"Anna": "she", "Maisie": "she"}
    q = "Mum, can I stay up?"
    text = (f'"{q}" Maisie said. I said no. Maisie is nine now. We were married for six years, and for about '
            'three of them we were happy.')
    a, ids = build(text, nlp, cast, narrator="Anna", quotes=[(q, "Maisie", "Anna")])
    every = all_states(a, ids["Anna"], ids["Maisie"])
    assert "parent" in every and "married" not in every


def test_trying_to_beat_each_other_is_a_rivalry(nlp):
    cast = {"Mia": "she", "Ada": "she"}
    a, ids = build("Mia and Ada were always trying to beat each other.", nlp, cast)
    assert "rivals" in states(a, ids["Mia"], ids["Ada"])
    a, ids = build("Mia and Ada never tried to beat each other.", nlp, cast)
    assert "rivals" not in all_states(a, ids["Mia"], ids["Ada"])


def test_teachers_and_bosses_told_as_study_lessons_and_charge(nlp):
    cast = {"Mia": "she", "Ada": "she", "Tom": "he"}
    for text in ("Mia studied under Ada for three years.", "Mia took piano lessons from Ada."):
        a, ids = build(text, nlp, cast)
        rel = next(r for r in a.relationships if {r.source, r.target} == {ids["Mia"], ids["Ada"]})
        assert [(s.state, s.holder) for s in rel.states] == [("teacher", ids["Ada"])], text
    a, ids = build("Ada was in charge of Mia and Tom.", nlp, cast)
    for w in ("Mia", "Tom"):
        rel = next(r for r in a.relationships if {r.source, r.target} == {ids["Ada"], ids[w]})
        assert [(s.state, s.holder) for s in rel.states] == [("boss", ids["Ada"])]
    # a place in one's charge, or lessons one gave up, say nothing of a person
    a, ids = build("Ada was in charge of the ward. Mia never took lessons from Ada.", nlp, cast)
    assert all_states(a, ids["Mia"], ids["Ada"]) == []
