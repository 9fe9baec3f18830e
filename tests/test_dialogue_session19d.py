"""Session 19, PDNC speakers: narration that ends on a colon or dash with no speech verb ("Tom, clearing
his throat at last, began as follows:") leads into the quote that opens the next paragraph; the subject of its
main verb is the speaker. A verb of taking words in ("Ada heard a voice behind her:") names the hearer,
not the speaker."""

from __future__ import annotations

from dialogue_helpers import speakers

_OPEN = (
    "Walter Brisk came into the parlour where Tilda Marsh sat mending a net. Tilda looked up at him.\n\n"
    '"You are late," said Tilda.\n\n'
    '"The road was bad," said Walter.\n\n'
    '"And the mill?" said Tilda.\n\n'
    '"Shut," said Walter.\n\n'
)


def test_a_colon_lead_in_without_a_speech_verb_names_its_subject(nlp):
    text = _OPEN + ("A long silence followed. Walter at last, clearing his throat, began as follows:\n\n"
                    '"Well, I must go back before dark. Is the lamp filled?"\n\n')
    assert speakers(text, nlp)["Well, I must go back before dark. Is the lamp filled?"] == "Walter Brisk"


def test_a_dash_lead_in_names_its_subject(nlp):
    text = _OPEN + ("Walter put his cap aside, and, after some thought, made her the plain request of--\n\n"
                    '"Come to the fair on Sunday, and bring the boy."\n\n')
    assert speakers(text, nlp)["Come to the fair on Sunday, and bring the boy."] == "Walter Brisk"


def test_a_hearer_before_a_colon_is_not_the_speaker(nlp):
    text = _OPEN + ("Tilda went to the window. After a while Walter heard a low voice from the yard:\n\n"
                    '"Is anybody at home tonight?"\n\n')
    assert speakers(text, nlp)["Is anybody at home tonight?"] != "Walter Brisk"
