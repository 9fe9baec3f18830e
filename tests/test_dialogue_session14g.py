"""Session 14, fan fiction, group turns: a bare line right after another speaker's line, with no
narration between, is said to that speaker; the learned addressee ranker does not move it to the
next talker or a bystander of the group (story written for the test, invented names)."""

from __future__ import annotations

from dialogue_helpers import dialogue_rules

TEXT = ("Wilmot, Briony and Casimir stood in the yard while the rain came sideways over the wall.\n\n"
        '"Has anyone seen the long ladder?" Wilmot asked.\n\n'
        '"It went back to the barn on Sunday," said Briony.\n\n'
        '"Which barn?"\n\n'
        '"The one with the green door," said Casimir, pointing past the pump.\n\n')


def _bare_reply(nlp):
    from fabula.dialogue import addressee as A
    from fabula.dialogue.attribute import quote_vocatives

    an, at, utts = dialogue_rules(TEXT, nlp)
    names = {c.id: c.name for c in an.characters}
    k = next(i for i, u in enumerate(utts) if at.text[u.start:u.end].strip('"') == "Which barn?")
    fx = A.AddresseeFeatures(at, utts, [set(quote_vocatives(at, u)) for u in utts])
    return A, fx, k, names


def test_a_bare_reply_right_after_another_line_keeps_that_speaker_as_addressee(nlp, monkeypatch):
    A, fx, k, names = _bare_reply(nlp)
    u = fx.utts[k]
    assert names.get(u.speaker) == "Wilmot"
    assert [names.get(a) for a in u.addressees] == ["Briony"]
    assert not A.ranker_decides(fx, k)  # the rules' answer stands
    monkeypatch.setattr(A, "BARE_REPLY", False)
    assert A.ranker_decides(fx, k)  # without the rule the ranker would choose


def test_narration_between_the_two_lines_leaves_the_choice_to_the_ranker():
    from fabula.dialogue.addressee import _bare_between

    assert _bare_between('"\n\n"')
    assert _bare_between("\n\n\u2014 ")
    assert not _bare_between('"\n\nCasimir shrugged. "')
