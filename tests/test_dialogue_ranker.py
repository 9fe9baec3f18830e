"""The shipped speaker ranker: loads offline, matches the feature set, prefers the right signals."""

from __future__ import annotations

from fabula.dialogue.ranker import FEATURES, MODEL_PATH, SpeakerRanker


def test_shipped_model_loads_and_matches_features():
    assert MODEL_PATH.exists()
    r = SpeakerRanker.load()
    assert r is not None and len(r.coef) == len(FEATURES) == len(r.mean) == len(r.scale)


def test_model_prefers_rule_and_turn_signals():
    r = SpeakerRanker.load()
    base = [0.0] * len(FEATURES)
    base[FEATURES.index("dist_before")] = 1.0
    base[FEATURES.index("dist_after")] = 1.0
    rule = list(base)
    rule[FEATURES.index("rule_same")] = 1.0
    rule[FEATURES.index("rule_tag")] = 1.0
    turn = list(base)
    turn[FEATURES.index("prev2")] = 1.0
    assert 0.0 < r.score(base) < 1.0
    assert r.score(rule) > r.score(base)
    assert r.score(turn) > r.score(base)
