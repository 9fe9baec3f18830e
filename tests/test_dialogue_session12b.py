"""Session 12, anaphoric tags: pronoun tags that say the speech goes on, and the ranker's view of
who the narration and the conversation are about."""

from __future__ import annotations

from dialogue_helpers import rule_speakers


def _rule_speakers(text: str, nlp) -> dict[str, str | None]:
    return rule_speakers(text, nlp)


def test_a_tag_that_says_the_speech_goes_on_is_the_last_speaker_of_its_gender(nlp):
    # "she continued" after another woman is named in the narration between: the woman who spoke
    text = (
        "Marisol Quenby and Odette Farrow sat by the window of the tea room on the quay.\n\n"
        '"The ferries are late again," said Marisol.\n\n'
        "Odette stirred her tea. At the counter Beatrix Lund was arguing with the cook about scones.\n\n"
        '"They were late all last week as well," she continued.\n\n'
    )
    got = _rule_speakers(text, nlp)
    spk = next(v for k, v in got.items() if "all last week" in k)
    assert spk is not None and spk.startswith("Marisol")


def test_a_pronoun_tag_is_the_last_main_clause_subject_of_its_gender(nlp):
    # the man the narration just made its subject, not the one he looked at or talked about
    text = (
        "Corvin Ashdown and Tobiah Wren walked along the sea wall in the wind.\n\n"
        '"The boats will not go out today," said Tobiah.\n\n'
        "Corvin stopped by the railing and watched Tobiah Wren's hat blow along the wall towards "
        "the harbour master.\n\n"
        '"You will never see that hat again," he said.\n\n'
    )
    got = _rule_speakers(text, nlp)
    spk = next(v for k, v in got.items() if "hat again" in k)
    assert spk is not None and spk.startswith("Corvin")


def test_a_pronoun_tag_after_a_chain_of_pronoun_subjects_follows_the_chain(nlp):
    # no name is a subject in the last sentences; the narration's "He" goes back to Corvin, not to
    # the man whose dog came down the steps
    text = (
        "Corvin Ashdown stayed by the boats after the others had gone up to the village. "
        "He leaned on the rail. He watched the gulls fight over the nets. He counted the boats twice. "
        "Tobiah Wren's dog came down the steps.\n\n"
        '"They will not sail today," he said.\n\n'
    )
    got = _rule_speakers(text, nlp)
    spk = next(v for k, v in got.items() if "sail today" in k)
    assert spk is not None and spk.startswith("Corvin")
