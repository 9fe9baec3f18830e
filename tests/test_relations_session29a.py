"""Relations, session 29 (stories told through documents and messages): a note's salutation and signature
name its reader and its writer for that note only ("Tomas — ... All my love, Mum"); an email's From and To lines
do so for its body, which ends at its signature or its first paragraph; a caller who names herself by her
tie ("it's Gran", "it's me, your sister") or claims one ("I'm telling you this as your boss"); "the fellow I'm
seeing". Texts are our own, with invented names."""

from __future__ import annotations

from test_relations import build, states

NOTES = ("The notes were pinned to the corkboard by the back door.\n\n"
         "Odalys — the bread is on the sill. Back after the market. Love, Dad\n\n"
         "Dad — ta. Who is Corwin? O.\n\n"
         "O — Corwin is the woman I've been seeing since the spring. She keeps bees. Dad x\n\n"
         "Odalys — the bike pump is behind the coal shed. My brother Wystan borrowed it in May. Corwin")


def test_a_notes_signature_and_salutation_name_its_writer_and_reader(nlp):
    a, ids = build(NOTES, nlp, {"Odalys": "she", "Dad": "he", "Corwin": "she", "Wystan": "he"})
    parent = [s for r in a.relationships if {r.source, r.target} == {ids["Dad"], ids["Odalys"]} for s in r.states]
    assert [(s.state, s.holder) for s in parent] == [("parent", ids["Dad"])], parent
    assert "dating" in states(a, ids["Dad"], ids["Corwin"])
    # each note has its own writer: the last note's "my brother" is Corwin's, not Dad's
    assert "sibling" in states(a, ids["Corwin"], ids["Wystan"])
    assert not states(a, ids["Dad"], ids["Wystan"])
    # a signature is no vocative: "Dad" closing a note to Odalys is no one else's father
    assert "parent" not in states(a, ids["Corwin"], ids["Dad"])


def test_a_line_that_only_ends_in_a_name_is_no_note(nlp):
    text = ("Tomas mended the gate while the rain held off. Mum\n\n"
            "Ivo is the fellow I'm seeing these days, said nobody.")
    a, ids = build(text, nlp, {"Tomas": "he", "Mum": "she", "Ivo": "he"})
    assert "parent" not in states(a, ids["Mum"], ids["Tomas"])


EMAILS = ("From: Marit Holt\nTo: Rolf Berg\nSubject: Friday\n\n"
          "Rolf, my brother Kasimir will bring the van at nine. Marit\n\n"
          "I printed it out and pinned it above the kettle. My sister Liesl laughed at me from the doorway.")


def test_an_emails_from_line_is_its_writer_and_its_body_ends_at_the_signature(nlp):
    a, ids = build(EMAILS, nlp, {"Greta": "she", "Marit Holt": "she", "Rolf Berg": "he", "Kasimir": "he",
                                 "Liesl": "she"}, narrator="Greta")
    assert "sibling" in states(a, ids["Marit Holt"], ids["Kasimir"])
    assert not states(a, ids["Greta"], ids["Kasimir"])
    # the narration after the email is the narrator's again
    assert "sibling" in states(a, ids["Greta"], ids["Liesl"])
    assert not states(a, ids["Marit Holt"], ids["Liesl"])


def test_a_caller_who_names_herself_by_her_tie(nlp):
    text = ("The intercom buzzed twice.\n\n"
            "\"Pidge, it's Gran at the gate. I've brought the seed potatoes. Buzz me in.\"")
    q = "Pidge, it's Gran at the gate. I've brought the seed potatoes. Buzz me in."
    a, ids = build(text, nlp, {"Caelan": "he", "Gran": "she"}, quotes=[(q, "Gran", "Caelan")])
    got = [s for r in a.relationships if {r.source, r.target} == {ids["Gran"], ids["Caelan"]} for s in r.states]
    assert [(s.state, s.holder) for s in got] == [("grandparent", ids["Gran"])], got


def test_its_grans_birthday_names_no_caller(nlp):
    text = "\"Tomas, it's Gran's birthday on Friday, and the cake is not made.\""
    a, ids = build(text, nlp, {"Tomas": "he", "Gran": "she", "Ivo": "he"},
                   quotes=[("Tomas, it's Gran's birthday on Friday, and the cake is not made.", "Ivo", "Tomas")])
    assert "grandparent" not in states(a, ids["Gran"], ids["Tomas"])


def test_the_man_i_have_been_seeing(nlp):
    text = "Ivo is the fellow I'm seeing these days. He mends clocks."
    a, ids = build(text, nlp, {"Hanne": "she", "Ivo": "he"}, narrator="Hanne")
    assert "dating" in states(a, ids["Hanne"], ids["Ivo"])
    text = "Ivo is the man I saw at the fair. He mends clocks."
    a, ids = build(text, nlp, {"Hanne": "she", "Ivo": "he"}, narrator="Hanne")
    assert "dating" not in states(a, ids["Hanne"], ids["Ivo"])


def test_its_me_your_sister(nlp):
    text = "The phone went at six.\n\n\"Pell, it's me, your sister. Ring me back.\""
    a, ids = build(text, nlp, {"Pell": "he", "Orla": "she"},
                   quotes=[("Pell, it's me, your sister. Ring me back.", "Orla", "Pell")])
    assert "sibling" in states(a, ids["Pell"], ids["Orla"])
    text = "\"That child by the bins is not a stranger. It's your cousin, Pell.\""
    a, ids = build(text, nlp, {"Pell": "he", "Orla": "she"},
                   quotes=[("That child by the bins is not a stranger. It's your cousin, Pell.", "Orla", "Pell")])
    assert "cousin" not in states(a, ids["Pell"], ids["Orla"])


def test_a_tie_claimed_with_as_your(nlp):
    q = "Marit, I'm telling you this as your boss: take Friday off."
    a, ids = build('"' + q + '"', nlp, {"Marit": "she", "Brann": "he"}, quotes=[(q, "Brann", "Marit")])
    got = [s for r in a.relationships if {r.source, r.target} == {ids["Marit"], ids["Brann"]} for s in r.states]
    assert [(s.state, s.holder) for s in got] == [("boss", ids["Brann"])], got
    q = "Marit, take Friday off, as your boss would say."
    a, ids = build('"' + q + '"', nlp, {"Marit": "she", "Brann": "he"}, quotes=[(q, "Brann", "Marit")])
    assert not states(a, ids["Marit"], ids["Brann"])


def test_a_line_whose_speaker_names_himself(nlp):
    text = ("The microphone squealed once, and the retirement party went quiet.\n\n"
            "\"I'm her old neighbour, Quillon. My wife Ysanne baked the cake for her first day at the mill.\"\n\n"
            "Jessamy, her deputy, clapped from the back by the urn.")
    q = "I'm her old neighbour, Quillon. My wife Ysanne baked the cake for her first day at the mill."
    a, ids = build(text, nlp, {"Quillon": "he", "Ysanne": "she", "Jessamy": "she"}, quotes=[(q, "Jessamy", None)])
    assert "married" in states(a, ids["Ysanne"], ids["Quillon"])
    assert "married" not in states(a, ids["Ysanne"], ids["Jessamy"])


# ---- fixes after review (session 29): each text is an invented scene that the rules above misread ----------


def test_a_spoken_thanks_or_dash_before_a_name_is_no_signature(nlp):
    q = "My brother Eskil says hello, and my wife says come for supper on Sunday. Thanks, Tobin."
    text = 'Yestin and Tobin worked nights at the depot.\n\nYestin handed back the lantern. "' + q + '"\n\nTobin waved.'
    a, ids = build(text, nlp, {"Yestin": "he", "Tobin": "he", "Eskil": "he"}, quotes=[(q, "Yestin", "Tobin")])
    assert "sibling" in states(a, ids["Eskil"], ids["Yestin"])
    assert not states(a, ids["Eskil"], ids["Tobin"])
    q = "My brother Eskil has the van keys, I swear. Come back here — Mabli!"
    text = 'Mabli ran off with the dog.\n\n"' + q + '" Yestin shouted down the lane.\n\nShe did not stop.'
    a, ids = build(text, nlp, {"Yestin": "he", "Mabli": "she", "Eskil": "he"}, quotes=[(q, "Yestin", "Mabli")])
    assert not states(a, ids["Eskil"], ids["Mabli"])
    q = "I've packed my lunch and my brother's. Cheers, Mum!"
    text = '"Here you go, pet," Mum said.\n\n"' + q + '" Piety said, and ran for the bus.\n\nHer brother Ingram was already on it.'
    a, ids = build(text, nlp, {"Piety": "she", "Mum": "she", "Ingram": "he"}, quotes=[(q, "Piety", "Mum")])
    assert "sibling" not in states(a, ids["Mum"], ids["Ingram"])


def test_a_name_after_a_title_is_no_initial_signature(nlp):
    text = ("Ozric Ilario brought the milk on Vale Street.\n\n"
            "Nobody knew the old cobbler's name. My father Emmerich called him what the whole street did. Mr. J.\n\n"
            "Emmerich and I walked past the cobbler's every Sunday.")
    a, ids = build(text, nlp, {"Dorrit": "she", "Emmerich": "he", "Ozric Ilario": "he"}, narrator="Dorrit")
    assert not states(a, ids["Emmerich"], ids["Ozric Ilario"])
    assert "parent" in states(a, ids["Emmerich"], ids["Dorrit"])


def test_a_parcel_label_is_no_email(nlp):
    text = ("The label read:\n\nFrom: Hesper Larkin\nTo: Tove Larkin\n\n"
            "I tore it open on the doorstep. My brother Eskil watched from the window, pretending not to.")
    a, ids = build(text, nlp, {"Tove Larkin": "she", "Hesper Larkin": "she", "Eskil": "he"}, narrator="Tove Larkin")
    assert "sibling" in states(a, ids["Tove Larkin"], ids["Eskil"])
    assert not states(a, ids["Hesper Larkin"], ids["Eskil"])


def test_a_name_said_to_the_listener_or_reported_is_no_self_naming(nlp):
    q = "I'm your mother, Maelle. While you live here, you'll tell me where you go. My own sister Rhosyn never spoke to our mother like that."
    a, ids = build('"' + q + '"', nlp, {"Nerys": "she", "Maelle": "she", "Rhosyn": "she"}, quotes=[(q, "Nerys", "Maelle")])
    assert "sibling" in states(a, ids["Nerys"], ids["Rhosyn"])
    assert not states(a, ids["Maelle"], ids["Rhosyn"])
    q = "I'm the eldest, Caelan. Our father Gisli left the house to me, and my wife Ulla and I will live in it."
    a, ids = build('"' + q + '"', nlp, {"Ilario": "he", "Caelan": "he", "Gisli": "he", "Ulla": "she"},
                   quotes=[(q, "Ilario", "Caelan")])
    assert "married" in states(a, ids["Ilario"], ids["Ulla"])
    assert "married" not in states(a, ids["Caelan"], ids["Ulla"])
    q = ("He marched straight up to the counter. I'm Corwin, he says, and I want the best room. "
         "My own brother Wystan never spoke to me like that.")
    a, ids = build('"' + q + '" Juniper said.', nlp, {"Juniper": "she", "Corwin": "he", "Wystan": "he"},
                   quotes=[(q, "Juniper", None)])
    assert "sibling" in states(a, ids["Juniper"], ids["Wystan"])
    assert not states(a, ids["Corwin"], ids["Wystan"])


def test_a_tie_supposed_or_denied_is_not_claimed(nlp):
    q = "If I were speaking as your boss, I'd tell you to quit."
    a, ids = build('"' + q + '" Selwyn said to Mabli.', nlp, {"Selwyn": "he", "Mabli": "she"},
                   quotes=[(q, "Selwyn", "Mabli")])
    assert "boss" not in states(a, ids["Selwyn"], ids["Mabli"])
    q = "Clemmie, I'm not asking as your mother. Leave him."
    a, ids = build('"' + q + '"', nlp, {"Nerys": "she", "Clemmie": "she"}, quotes=[(q, "Nerys", "Clemmie")])
    assert "parent" not in states(a, ids["Nerys"], ids["Clemmie"])


def test_its_me_your_x_as_a_joke_or_a_voice_retold(nlp):
    q = "Open up, it's me, your sister,"
    text = '"' + q + '" Tobin squeaked through the letterbox.'
    a, ids = build(text, nlp, {"Tobin": "he", "Fiorella": "she"}, quotes=[(q, "Tobin", "Fiorella")])
    assert "sibling" not in states(a, ids["Tobin"], ids["Fiorella"])
    q = "Open up, Bettany, it's me, your husband!"
    text = '"' + q + '" Ingram called through the door. Bettany was not married; she laughed and let him in.'
    a, ids = build(text, nlp, {"Ingram": "he", "Bettany": "she"}, quotes=[(q, "Ingram", "Bettany")])
    assert "married" not in states(a, ids["Ingram"], ids["Bettany"])
    q = "And then the voice says, 'It's me, your sister,' and I haven't got a sister."
    a, ids = build('"' + q + '"', nlp, {"Gisli": "he", "Piety": "she"}, quotes=[(q, "Gisli", "Piety")])
    assert "sibling" not in states(a, ids["Gisli"], ids["Piety"])


def test_the_man_i_am_seeing_about_the_roof(nlp):
    text = '"Ingram is the fellow I\'m seeing about the roof," Zillah said.'
    a, ids = build(text, nlp, {"Zillah": "she", "Ingram": "he"},
                   quotes=[("Ingram is the fellow I'm seeing about the roof,", "Zillah", None)])
    assert "dating" not in states(a, ids["Zillah"], ids["Ingram"])
    text = '"Doctor Ilario is the man I\'m seeing these days," Gisli said.'
    a, ids = build(text, nlp, {"Gisli": "he", "Doctor Ilario": "he"},
                   quotes=[("Doctor Ilario is the man I'm seeing these days,", "Gisli", None)])
    assert "dating" not in states(a, ids["Gisli"], ids["Doctor Ilario"])
