"""Relations, session 11: kin a reader composes across a family gathering, crews and their heads, and
relations told by what people do. Sentences are our own; upstream layers are built by hand (``build``
from test_relations). Each test fails on the code before its commit; most carry a negative case."""

from __future__ import annotations

from relations_helpers import every_state
from test_relations import build, states


def holders(a, x: str, y: str, state: str) -> list[str | None]:
    return [s.holder for r in a.relationships if {r.source, r.target} == {x, y} for s in r.states
            if s.state == state]


# ---- kin composed through two ties ---------------------------------------------------------------

def test_a_grandparent_of_someone_with_one_known_parent_is_that_parents_parent(nlp):
    cast = {"Ivy": "she", "Helen": "she", "Ada": "she"}
    text = "My mother, Helen, drove us to the farm. My grandmother, Ada, was waiting at the gate."
    a, ids = build(text, nlp, cast, narrator="Ivy")
    assert holders(a, ids["Ada"], ids["Helen"], "parent") == [ids["Ada"]]
    # with two parents told, the grandmother could be either one's mother
    cast = {"Ivy": "she", "Helen": "she", "Ron": "he", "Ada": "she"}
    text = ("My mother, Helen, drove us to the farm. My father, Ron, sat in the back. "
            "My grandmother, Ada, was waiting at the gate.")
    a, ids = build(text, nlp, cast, narrator="Ivy")
    assert "parent" not in states(a, ids["Ada"], ids["Helen"])
    assert "parent" not in states(a, ids["Ada"], ids["Ron"])


def test_an_uncle_of_someone_with_one_known_parent_is_that_parents_brother(nlp):
    cast = {"Ivy": "she", "Helen": "she", "Pete": "he"}
    text = "My mother, Helen, was at the sink. My uncle, Pete, came in smelling of peppermints."
    a, ids = build(text, nlp, cast, narrator="Ivy")
    assert "sibling" in states(a, ids["Helen"], ids["Pete"])
    # an uncle with a wife in the story may be family by marriage
    cast = {"Ivy": "she", "Helen": "she", "Pete": "he", "Wyn": "she"}
    text = ("My mother, Helen, was at the sink. My uncle, Pete, came in smelling of peppermints. "
            "Pete had married Wyn in 1990.")
    a, ids = build(text, nlp, cast, narrator="Ivy")
    assert "sibling" not in states(a, ids["Helen"], ids["Pete"])


def test_a_step_parent_links_no_grandparent(nlp):
    cast = {"Ivy": "she", "Colin": "he", "Ada": "she"}
    text = "My stepdad, Colin, drove us to the farm. My grandmother, Ada, was waiting at the gate."
    a, ids = build(text, nlp, cast, narrator="Ivy")
    assert "parent" not in states(a, ids["Ada"], ids["Colin"])


def test_siblings_share_an_aunt_and_an_aunts_child_is_a_cousin(nlp):
    cast = {"Ivy": "she", "Tom": "he", "Wyn": "she", "Declan": "he"}
    text = ("My brother, Tom, was asleep on the sofa. My aunt, Wyn, had driven down from Galway "
            "with her son, Declan.")
    a, ids = build(text, nlp, cast, narrator="Ivy")
    assert holders(a, ids["Wyn"], ids["Tom"], "aunt_or_uncle") == [ids["Wyn"]]
    assert "cousin" in states(a, ids["Ivy"], ids["Declan"])


def test_the_second_round_gives_the_grandmother_the_uncle_too(nlp):
    # Ada is Helen's mother (one known parent), Pete is Helen's brother: so Ada is Pete's mother
    cast = {"Ivy": "she", "Helen": "she", "Ada": "she", "Pete": "he"}
    text = ("My mother, Helen, was at the sink. My grandmother, Ada, sat by the fire. "
            "My uncle, Pete, came in smelling of peppermints.")
    a, ids = build(text, nlp, cast, narrator="Ivy")
    assert holders(a, ids["Ada"], ids["Pete"], "parent") == [ids["Ada"]]


# ---- who a narrator's "we" is ---------------------------------------------------------------------

def test_a_narrators_we_is_the_person_the_paragraph_is_about(nlp):
    cast = {"Nell": "she", "Jonah": "he", "Ade": "he", "Gran": "she"}
    text = ("Jonah and I had been together for three years when he ended it.\n\n"
            "Ade had only met Gran twice. We had been together since February, and he was nervous.")
    a, ids = build(text, nlp, cast, narrator="Nell")
    assert "dating" in states(a, ids["Nell"], ids["Ade"])


def test_a_narrators_we_with_nobody_else_in_the_paragraph_is_the_partner_told_before(nlp):
    cast = {"Nell": "she", "Jonah": "he", "Ade": "he"}
    text = ("Ade waved from the bus. Jonah and I had moved to Leeds by then.\n\n"
            "I bought bread on the way home. We had been married since May.")
    a, ids = build(text, nlp, cast, narrator="Nell")
    assert "married" in states(a, ids["Nell"], ids["Jonah"])
    assert "married" not in states(a, ids["Nell"], ids["Ade"])


def test_a_cousin_may_be_a_friend_too(nlp):
    cast = {"Ivy": "she", "Wyn": "she", "Declan": "he"}
    text = ("My aunt, Wyn, had driven down with her son, Declan. "
            "Somewhere in our twenties Declan and I had become friends.")
    a, ids = build(text, nlp, cast, narrator="Ivy")
    assert {"cousin", "friends"} <= every_state(a, ids["Ivy"], ids["Declan"])


# ---- a bond that ended, however the ending is told ---------------------------------------------------

def test_a_relationship_that_had_ended_is_a_breakup_of_the_couple_just_told(nlp):
    cast = {"Priya": "she", "Dev": "he"}
    text = ("Priya and Dev had been together for most of her twenties, a long and sensible relationship "
            "that had ended the year she turned twenty-nine.")
    a, ids = build(text, nlp, cast)
    assert "ex" in states(a, ids["Priya"], ids["Dev"])
    # a relationship that goes on is no breakup
    text = ("Priya and Dev had been together for most of her twenties, a long and sensible relationship "
            "that had lasted through three moves.")
    a, ids = build(text, nlp, cast)
    assert "ex" not in states(a, ids["Priya"], ids["Dev"])


def test_a_marriage_that_was_over_ended(nlp):
    cast = {"Imogen": "she", "Hugo": "he"}
    text = "Imogen and Hugo were married for fourteen years. The marriage had been over long before Cannes."
    a, ids = build(text, nlp, cast)
    assert "ex" in states(a, ids["Imogen"], ids["Hugo"])
    text = "Imogen and Hugo were married for fourteen years. The party had been over long before midnight."
    a, ids = build(text, nlp, cast)
    assert "ex" not in states(a, ids["Imogen"], ids["Hugo"])


def test_finishing_it_ends_a_couple_told_elsewhere(nlp):
    cast = {"Nell": "she", "Jonah": "he"}
    text = "Jonah and Nell had been going out for three years. Then Jonah finished it, kindly, in a car park."
    a, ids = build(text, nlp, cast)
    assert "ex" in states(a, ids["Nell"], ids["Jonah"])
    text = "Jonah and Nell were neighbours. Jonah finished it, the crossword, before Nell had her coat off."
    a, ids = build(text, nlp, cast)
    assert "ex" not in states(a, ids["Nell"], ids["Jonah"])


# ---- whose "Mum" ---------------------------------------------------------------------------------------

def test_her_mum_in_a_first_person_story_is_not_the_narrators_mum(nlp):
    cast = {"Idony": "she", "Mum": "she", "Vashti": "she"}
    text = ("Mum dropped me at the audition. Vashti walked out ahead of me rubbing her elbow, and her mum "
            "told us she had tripped on the stage.")
    a, ids = build(text, nlp, cast, narrator="Idony")
    assert "parent" not in states(a, ids["Mum"], ids["Vashti"])
    # in a third-person story the one character called Mum is who "her mum" is
    cast = {"Ada": "she", "Mum": "she"}
    text = "Ada walked out of the audition rubbing her elbow, and her mum was waiting. Mum hugged her."
    a, ids = build(text, nlp, cast)
    assert holders(a, ids["Mum"], ids["Ada"], "parent") == [ids["Mum"]]


def test_a_childs_two_grandparents_are_a_couple(nlp):
    cast = {"Bridie": "she", "Nana": "she", "Grandad": "he", "Nora": "she"}
    text = ("Nana was in the doorway before I had the engine off. Grandad came in last, stamping snow off "
            "his boots.\n\n\"Nana, sit down,\" I said. \"Grandad, you too.\"")
    q = [("\"Nana, sit down,\"", "Bridie", "Nana"), ("\"Grandad, you too.\"", "Bridie", "Grandad")]
    a, ids = build(text, nlp, cast, narrator="Bridie", quotes=q)
    assert holders(a, ids["Nana"], ids["Bridie"], "grandparent") == [ids["Nana"]]
    assert "married" in states(a, ids["Nana"], ids["Grandad"])
    # not when one of them has a partner of their own in the story
    text = ("Nana was in the doorway before I had the engine off. Grandad came in last, stamping snow off "
            "his boots. Grandad had married Nora in 1990.\n\n\"Nana, sit down,\" I said. \"Grandad, you too.\"")
    a, ids = build(text, nlp, cast, narrator="Bridie", quotes=q)
    assert "married" not in states(a, ids["Nana"], ids["Grandad"])


# ---- a teacher of a group -------------------------------------------------------------------------------

def test_teaching_someones_whole_class_makes_them_pupils(nlp):
    cast = {"Dom": "he", "Rhys": "he", "Miss Abernathy": "she"}
    text = "Dom and Rhys stood by the door. Miss Abernathy had taught their whole year English for five years."
    a, ids = build(text, nlp, cast)
    pupils = [p for p in ("Dom", "Rhys") if holders(a, ids["Miss Abernathy"], ids[p], "teacher") == [ids["Miss Abernathy"]]]
    assert pupils
    # marking their whole year's essays makes no pupils
    text = "Dom and Rhys stood by the door. Miss Abernathy had marked their whole year's essays by Friday."
    a, ids = build(text, nlp, cast)
    assert not any("teacher" in states(a, ids["Miss Abernathy"], ids[p]) for p in ("Dom", "Rhys"))


def test_a_couple_that_lasted_only_weeks_ended(nlp):
    cast = {"Jenna": "she", "Rhys": "he"}
    a, ids = build("Jenna and Rhys had lasted about six weeks.", nlp, cast)
    assert states(a, ids["Jenna"], ids["Rhys"]) == ["dating", "ex"]
    # still lasting, or lasting somewhere, is no breakup
    a, ids = build("Jenna and Rhys have lasted forty years.", nlp, cast)
    assert "ex" not in states(a, ids["Jenna"], ids["Rhys"])
    a, ids = build("Jenna and Rhys lasted a week in the job.", nlp, cast)
    assert "ex" not in states(a, ids["Jenna"], ids["Rhys"])
