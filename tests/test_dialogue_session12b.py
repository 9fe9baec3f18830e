"""Session 12, anaphoric tags: pronoun tags that say the speech goes on, and the ranker's view of
who the narration and the conversation are about."""

from __future__ import annotations

from dialogue_helpers import dialogue_rules


def _rule_speakers(text: str, nlp) -> dict[str, str | None]:
    an, at, utts = dialogue_rules(text, nlp)
    names = {c.id: c.name for c in an.characters}
    return {at.text[u.start:u.end]: names.get(u.speaker) for u in utts}


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
