"""Regressions an adversarial review found in session 7's cast and dialogue changes (original texts)."""

from __future__ import annotations

from fabula import analyze_story, ingest
from fabula.dialogue.extract import extract_segments
from test_dialogue_fanfic_formats import read


def _texts(text: str) -> list[str]:
    st = ingest.from_text(text)
    return [st.text[s.start:s.end] for s in extract_segments(st.text, st.paragraphs, st.emphasis)]


def test_the_storys_pronouns_outvote_a_names_usual_gender(nlp) -> None:
    text = ("Carol Mendes was the biggest man on the team. He coached the under-tens on Saturdays.\n\n"
            "Max Lindqvist ran the snack stall. She had done it for years.\n\n"
            '"Another loss," Carol said, sitting down at her stall.\n\n'
            '"They\'re nine," she said. "They don\'t care."')
    a = analyze_story(ingest.from_text(text), nlp=nlp, only=["cast", "dialogue"])
    genders = {c.name: c.gender for c in a.characters}
    assert genders["Carol Mendes"] == "he" and genders["Max Lindqvist"] == "she"
    names = {c.id: c.name for c in a.characters}
    assert names.get(a.quotes[-1].speaker) == "Max Lindqvist"


def test_dash_asides_in_a_single_quote_story_are_not_speech() -> None:
    got = _texts("'Morning,' said Fenwick.\n\n'Bees,' he said.\n\n— Nobody knew why.\n\n— Or so he claimed.\n\n"
                 "The hives hummed. — Then one of them stung her, said the neighbour later, laughing.")
    assert not any("stung" in t for t in got)


def test_a_list_of_dash_lines_is_not_dialogue() -> None:
    got = _texts('"Shop," she said.\n\n— eggs\n\n— milk, the good kind\n\n— bread\n\n'
                 "The shop was shut. — Of course it was.")
    assert got == ["Shop,"]


def test_reported_speech_inside_dash_speech_is_not_a_tag() -> None:
    got = _texts("— Wait, Marco said you'd come alone.\n\n— I know, you told me already, she said.\n\n"
                 "— Then what, the doctor asked, would be enough?\n\n— He said he would. — He always says that.")
    assert "Wait, Marco said you'd come alone." in got
    assert "I know, you told me already," in got
    assert "would be enough?" in got  # speech resumes after an interrupting tag
    assert "He said he would." in got  # no trailing dash from the next opening
    assert not any(t.endswith("\u2014") for t in got)


def test_a_doubled_consonant_does_not_merge_different_people(nlp) -> None:
    text = ("Barry and Barbara had run the hardware shop for thirty years.\n\n"
            '"We\'re out of nails," Barry said. He counted the boxes again.\n\n'
            '"Then order some," said Barbara. She did not look up.')
    a, names = read(text, nlp)
    assert [names.get(q.speaker) for q in a.quotes] == ["Barry", "Barbara"]


def test_a_chat_message_calling_someone_is_addressed_to_them(nlp) -> None:
    text = ("Orla sat on the train with her phone in her lap.\n\n"
            "Kat: Orla?\n\nBex: she's asleep lol\n\nMilo: Orla always brings it\n\nKat: bring snacks\n\n"
            "Orla grinned.")
    a, names = read(text, nlp)
    by = {q.text: [names.get(x) for x in q.addressees] for q in a.quotes}
    assert by["Orla?"] == ["Orla"]
    assert "Orla" in by["bring snacks"]  # the phone's owner reads every message
