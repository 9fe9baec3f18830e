"""Unit tests for the structure stage on short snippets written for these tests."""

from __future__ import annotations

import pytest

from fabula.ingest import from_text
from fabula.pipeline import analyze_story
from fabula.structure.features import Para, quote_spans
from fabula.structure.flashbacks import line_role
from fabula.structure.markers import MEMORY_FRAME_RE, RETURN_RE, TRANSITION_RE
from fabula.structure.timex import find_timexes


def run(nlp, text: str, markdown: bool = False):
    story = from_text(text, markdown=markdown)
    return story, analyze_story(story, nlp=nlp, only=["structure"])


def starts(story, analysis) -> list[str]:
    return [story.text[s.span[0]: s.span[0] + 12] for s in analysis.scenes]


# --- markers ---------------------------------------------------------------------------------

@pytest.mark.parametrize("line,role", [
    ("Flashback", "flashback_open"), ("~*~ Flashback ~*~", "flashback_open"), ("FLASHBACK:", "flashback_open"),
    ("Flashback (two years ago)", "flashback_open"), ("Flashback over", "flashback_close"),
    ("End of flashback", "flashback_close"), ("-End Flashback-", "flashback_close"),
    ("Present day", "present"), ("*Present Day*", "present"), ("Six months ago", "dateline_past"),
    ("Three years earlier", "dateline_past"), ("Ten years later", "dateline_future"),
    ("The flashback made her cry.", None), ("Now what?", None), ("FLASHBACK!", "flashback_open"),
    ("</Flashback>", "flashback_close"), ("Earlier that day", "dateline_past"), ("~ Two Years Later ~", "dateline_future"),
    ("Flash forward", "flashforward_open"), ("Back to the present day", "present"),
])
def test_line_roles(line, role):
    p = Para(0, "text", (0, len(line)), 0, line, words=len(line.split()))
    assert line_role(p) == role


def test_transition_and_frames():
    assert TRANSITION_RE.match("Later that night, the doorbell rings.")
    assert TRANSITION_RE.match("The next morning I am not at the market.")
    assert TRANSITION_RE.match("By nightfall the storm had arrived.")
    assert TRANSITION_RE.match("Two days later, she called.")
    assert not TRANSITION_RE.match("The night was cold.")
    assert MEMORY_FRAME_RE.search("I remember the day we met like it was yesterday.")
    assert not MEMORY_FRAME_RE.search("I remembered to lock the door.")
    assert RETURN_RE.search("I came out of the flashback in tears.")
    assert RETURN_RE.search("I blink and I'm back on the platform.")
    assert RETURN_RE.search("That was ten years ago.")


def test_quote_spans_by_parity():
    text = 'She said "hello" and then "bye'
    assert quote_spans(text, 10) == [(19, 26), (36, 40)]


# --- time expressions --------------------------------------------------------------------------

def test_timexes_offsets_and_directions():
    text = ("It's been exactly six months since we split. The other day I saw him. Yesterday it rained. "
            "I remember it like it was yesterday. Two years later we met again on Labor Day.")
    found = {t.text.lower(): t for t in find_timexes(text)}
    six = next(t for k, t in found.items() if "six months" in k)
    assert six.direction == "past" and six.offset_days == pytest.approx(-182.4, abs=1)
    assert found["the other day"].offset_days == -3
    assert found["yesterday"].offset_days == -1
    assert not any("like it was" in k for k in found)  # figurative, dates nothing
    later = next(t for k, t in found.items() if "two years later" in k)
    assert later.direction == "future" and later.offset_days > 700
    assert any(t.kind == "holiday" for t in found.values())


# --- scenes ------------------------------------------------------------------------------------

BREAKS = """Mira locked the shop at six and walked down to the harbour, where the boats knocked together in the wind.

***

The next day she opened late. A man was waiting on the step with a parcel under his arm.

~~~

Tobias had never liked parcels. He put this one on the table and looked at it for a while.

Later that night, Tobias opened it. Inside was a key he had not seen for twenty years."""


def test_scene_breaks_of_every_style(nlp):
    story, a = run(nlp, BREAKS)
    assert [s.boundary for s in a.scenes] == ["start", "scene_break", "scene_break", "transition"]
    assert starts(story, a) == ["Mira locked ", "The next day", "Tobias had n", "Later that n"]
    # break lines belong to no scene
    for s in a.scenes:
        assert "***" not in story.text[s.span[0]:s.span[1]]
    assert all(s.person == 3 for s in a.scenes)
    assert a.scenes[0].pov_name == "Mira" and a.scenes[2].pov_name == "Tobias"
    assert a.scenes[0].tense == "past"
    # later scenes are later on story time
    times = [s.story_time for s in a.scenes]
    assert times == sorted(times) and times[1] - times[0] >= 0.5


def test_no_breaks_is_one_scene(nlp):
    text = ("Ada fed the hens and swept the yard. The sun came up over the barn. She whistled as she worked, "
            "and the dog followed her from one end of the yard to the other.\n\n"
            "She stopped at the gate and looked at the road. Nobody was coming. She went back to the hens.")
    story, a = run(nlp, text)
    assert len(a.scenes) == 1 and not a.flashbacks
    assert a.scenes[0].span == (0, len(story.text))


EXPLICIT = """Jo's POV

I sat on the pier and watched the tide go out. My phone buzzed twice and I ignored it.

Flashback

We were twelve, and the pier was taller then. You dared me to jump and I did, and I came up laughing with weed in my hair.

End of flashback

I stood up, brushed the sand off my jeans, and finally answered the phone."""


def test_explicit_flashback_and_pov_header(nlp):
    story, a = run(nlp, EXPLICIT)
    assert len(a.flashbacks) == 1
    f = a.flashbacks[0]
    assert f.explicit and f.kind == "analepsis"
    assert story.text[f.span[0]:f.span[1]].startswith("Flashback")
    assert story.text[f.span[0]:f.span[1]].endswith("End of flashback")
    assert story.text[f.closing.spans[0][0]:f.closing.spans[0][1]] == "End of flashback"
    assert [s.flashback is not None for s in a.scenes] == [False, True, False]
    assert all(s.pov_name == "Jo" and s.person == 1 for s in a.scenes)
    fb_scene = a.scenes[1]
    assert fb_scene.story_time < a.scenes[0].story_time < a.scenes[2].story_time
    assert [e.story_index for e in a.timeline] == [1, 0, 2]


IMPLICIT = """I'm folding laundry when the song comes on the radio, and I have to sit down on the bed. I remember the night we danced to it like it was yesterday.

It was raining and the bar was nearly empty. Dev pulled me off my stool and spun me round until I was dizzy, and the bartender clapped. We walked home at two in the morning, soaked and singing.

That was three years ago.

I blink and I'm back in my bedroom, holding one of his old shirts. I fold it and put it at the bottom of the pile."""


def test_implicit_flashback_memory_frame_and_return(nlp):
    story, a = run(nlp, IMPLICIT)
    assert len(a.flashbacks) == 1
    f = a.flashbacks[0]
    assert not f.explicit and f.cue == "memory_frame"
    body = story.text[f.span[0]:f.span[1]]
    assert body.startswith("It was raining") and body.endswith("three years ago.")
    assert "like it was yesterday" in story.text[f.opening.spans[0][0]:f.opening.spans[0][1]]
    assert a.scenes[0].tense == "present" and a.scenes[1].tense == "past"
    # placed three years before its frame by "That was three years ago."
    assert f.story_time == pytest.approx(-3 * 365.25, rel=0.01)
    assert a.scenes[-1].story_time > a.scenes[0].story_time


def test_past_perfect_flashback_and_now(nlp):
    text = ("Greta sanded the table in the garage while the radio played. The wood was pale and smooth under "
            "her hands, and she worked slowly.\n\n"
            "Twenty years before, her father had built it from a fallen oak. He had cut every joint by hand and "
            "had let her hammer in the last peg, and he had carved her initials under the top where nobody "
            "would ever see them.\n\n"
            "Now she ran her thumb over the letters and smiled. She picked up the sandpaper again and went on "
            "working until it was dark.")
    story, a = run(nlp, text)
    assert len(a.flashbacks) == 1
    f = a.flashbacks[0]
    assert story.text[f.span[0]:f.span[1]].startswith("Twenty years before")
    assert story.text[f.span[0]:f.span[1]].endswith("ever see them.")
    assert len(a.scenes) == 3
    assert f.story_time == pytest.approx(-20 * 365.25, rel=0.01)


def test_remembered_summary_is_not_a_flashback(nlp):
    text = ("Pia sat on the stairs after the party. I remembered our first dance, I remembered the lake, "
            "I remembered the way he laughed. Then I went upstairs and fell asleep in my dress.")
    story, a = run(nlp, text)
    assert not a.flashbacks


def test_second_person_and_vocative_name(nlp):
    text = ('You climb the stairs to the attic with a torch in your hand. The dust makes you sneeze.\n\n'
            '"Are you all right up there, Wren?" your mother calls from below.\n\n'
            '"Fine," you shout back, and you keep climbing, and you find the trunk where she said it would be.')
    story, a = run(nlp, text)
    assert a.scenes[0].person == 2
    assert a.scenes[0].pov_name == "Wren"


def test_setting_cues(nlp):
    text = ("I was sitting at a booth in a diner on Elm Street, waiting for the rain to stop. "
            "The waitress brought coffee I had not ordered.")
    story, a = run(nlp, text)
    cues = [c.text for c in a.scenes[0].setting]
    assert any("booth" in c for c in cues)
    for c in a.scenes[0].setting:
        assert story.text[c.span[0]:c.span[1]] == c.text


def test_synopsis_is_a_sentence_of_the_scene(nlp):
    story, a = run(nlp, BREAKS)
    for s in a.scenes:
        assert s.synopsis and s.synopsis in story.text[s.span[0]:s.span[1]]
        ev = s.synopsis_evidence.spans[0]
        assert story.text[ev[0]:ev[1]].strip() == s.synopsis


def test_markdown_italic_memory_block(nlp):
    text = ("Ravi stood at the school gate and watched the children run out.\n\n"
            "*He had been seven when his own father had stood at this gate. He had waited there every "
            "afternoon in his work boots and had lifted Ravi onto his shoulders for the walk home.*\n\n"
            "A small girl crashed into his knees and shouted his name, and he picked her up.")
    story, a = run(nlp, text, markdown=True)
    assert len(a.flashbacks) == 1 and a.flashbacks[0].cue in ("italic", "past_perfect")
    assert story.text[a.flashbacks[0].span[0]:].startswith("He had been seven")


def test_flash_forward_in_future_tense(nlp):
    text = ("Lena checks the map again. The trail forks at the pine, and she takes the left path.\n\n"
            "Years from now she will tell this story to her grandchildren. She will say the path was steep. "
            "She will leave out the part where she cried, and they will never know.\n\n"
            "But that is years away. Now the path climbs, and her boots slip, and she keeps going.")
    story, a = run(nlp, text)
    pro = [f for f in a.flashbacks if f.kind == "prolepsis"]
    assert len(pro) == 1
    assert story.text[pro[0].span[0]:].startswith("Years from now")
    assert pro[0].story_time is not None and pro[0].story_time > 0


def test_schema_round_trip(nlp):
    from fabula.model import Analysis

    story, a = run(nlp, EXPLICIT)
    again = Analysis.model_validate_json(a.model_dump_json())
    assert again.scenes[1].flashback == a.flashbacks[0].id
    assert again.scenes[0].source_span is not None
    assert again.time_expressions == a.time_expressions


@pytest.mark.parametrize("text,n_flashbacks", [
    ("Hello.", 0),
    ("Flashback over\n\nI woke up.", 0),  # a closing line with nothing before it opens nothing
    ("I sat by the fire.\n\nFlashback over\n\nI woke up.", 1),  # ... with a paragraph before it, it closes one
    ("***\n\nHi there, she said.", 0),
])
def test_edge_cases(nlp, text, n_flashbacks):
    story, a = run(nlp, text)
    assert len(a.scenes) >= 1 and len(a.flashbacks) == n_flashbacks
    assert sorted(e.story_index for e in a.timeline) == list(range(len(a.scenes)))
    for s in a.scenes:
        assert 0 <= s.span[0] < s.span[1] <= len(story.text)


def test_front_matter_has_no_pov(nlp):
    text = ("A/N: Thanks for reading! This chapter is short.\n\nMila's POV\n\n"
            "I ran to the station and missed the train by a minute. I sat on the bench and laughed.")
    story, a = run(nlp, text)
    assert a.scenes[0].extra.get("front_matter") and a.scenes[0].person is None
    assert a.scenes[1].pov_name == "Mila" and a.scenes[1].person == 1
