"""The quote scorer on tiny synthetic inputs, and one short PDNC dev novel end to end."""

from __future__ import annotations

import json

import pytest

from fabula.evaluate.quotes import GoldQ, PredQuote, aggregate, link_characters, match_quotes, score_novel


def test_link_characters_majority_and_ties():
    mentions = {"a": ["Emma", "Emma", "Miss Woodhouse", "Harriet"], "b": ["Harriet", "Emma"], "c": ["she", "her"]}
    gold = {"Emma Woodhouse": {"Emma", "Miss Woodhouse"}, "Harriet Smith": {"Harriet"}}
    links = link_characters(mentions, gold)
    assert links == {"a": "Emma Woodhouse"}  # b ties, c names no one: both unlinked


def test_match_needs_one_prediction_over_all_spans():
    gold = [GoldQ([(0, 10), (20, 30)], "X", [], "Explicit"), GoldQ([(40, 50)], "Y", [], "Implicit")]
    pred = [PredQuote([(1, 9)], "x"), PredQuote([(21, 29)], "x"), PredQuote([(41, 49)], "y"), PredQuote([(60, 70)], None)]
    found, correct = match_quotes(pred, gold)
    assert found == [None, 2]
    assert correct == [True, True, True, False]


def test_score_counts_types_addressees_and_unlinked():
    gold = [GoldQ([(0, 10)], "X", ["Y"], "Explicit"), GoldQ([(20, 30)], "Y", ["X"], "Anaphoric"),
            GoldQ([(40, 50)], "X", [], "Implicit")]
    pred = [PredQuote([(0, 10)], "x", ["y"]), PredQuote([(20, 30)], "z", ["x"]), PredQuote([(40, 50)], "x")]
    r = score_novel(pred, gold, {"x": "X", "y": "Y"})
    assert r["quote_recall"] == 1.0 and r["quote_precision"] == 1.0
    assert r["speaker_accuracy"] == round(2 / 3, 4)
    assert r["speaker_accuracy_by_type"] == {"Explicit": 1.0, "Anaphoric": 0.0, "Implicit": 1.0}
    assert r["addressee_accuracy"] == 1.0
    agg = aggregate({"n1": r, "n2": score_novel([], gold, {})})
    assert agg["micro"]["speaker_accuracy"] == round(2 / 6, 4)
    assert agg["macro"]["speaker_accuracy"] == round((2 / 3) / 2, 4)
    json.dumps(agg)


@pytest.fixture(scope="module")
def cast_cache(tmp_path_factory):
    """Both PDNC tests share one cast run (the cast stage costs more than dialogue)."""
    return tmp_path_factory.mktemp("cast")


def test_pdnc_short_dev_novel(shared_dir, cast_cache):
    """DaisyMiller (a short dev novel): a regression guard on quote finding and speakers."""
    from fabula.evaluate.pdnc import list_novels
    from fabula.evaluate.quotes import evaluate_pdnc_novel

    novel = list_novels(shared_dir / "data" / "pdnc", ["DaisyMiller"])[0]
    r = evaluate_pdnc_novel(novel, cast_cache=cast_cache)
    assert r["quote_recall"] >= 0.95 and r["quote_precision"] >= 0.95
    assert r["speaker_accuracy"] >= 0.6
    assert r["speaker_accuracy_by_type"]["Explicit"] >= 0.85


def test_cli_json(shared_dir, cast_cache):
    from typer.testing import CliRunner

    from fabula.cli import app

    res = CliRunner().invoke(app, ["eval", "quotes", "--pdnc", str(shared_dir / "data" / "pdnc"),
                                   "--novels", "DaisyMiller", "--json", "--cast-cache", str(cast_cache)])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout[res.stdout.index("{"):])
    assert set(data) == {"micro", "macro", "novels"}
    assert {"quote_recall", "quote_precision", "speaker_accuracy", "speaker_accuracy_by_type",
            "addressee_accuracy"} <= set(data["micro"])


def test_gold_speakers_given_by_alias_are_scored_as_their_character(tmp_path):
    """PDNC's quotation table sometimes names a speaker by an alias; the scorer must map it to the
    character (Main Name), or every such quote counts wrong however well it is attributed."""
    from fabula.evaluate.pdnc import Novel

    d = tmp_path / "Tiny"
    d.mkdir()
    (d / "novel_text.txt").write_text('"Hello," said Nell. "Hi," said Nell Ward.\n', encoding="utf-8")
    (d / "character_info.csv").write_text(
        'Character ID,Main Name,Aliases,Gender,Category\n'
        '0,Miss Ward,"{\'Nell\', \'Miss Ward\', \'Nell Ward\'}",F,major\n'
        '1,Ward,"{\'Ward\'}",M,minor\n'
        '2,Ned Ward,"{\'Ned Ward\', \'Ward\'}",M,minor\n', encoding="utf-8")
    (d / "quotation_info.csv").write_text(
        '"quoteID","quoteText","subQuotationList","quoteByteSpans","speaker","addressees","quoteType"\n'
        '"Q0","Hello,","[]","[[1, 7]]","Nell","[\'Ned Ward\']","Explicit"\n'
        '"Q1","Hi,","[]","[[22, 25]]","Ward","[\'Nell\']","Explicit"\n', encoding="utf-8")
    nv = Novel("Tiny", d)
    q0, q1 = nv.quotes
    assert (q0.speaker, q0.speaker_text, q0.addressees) == ("Miss Ward", "Nell", ["Ned Ward"])
    assert q1.speaker == "Ward"  # a Main Name stays itself even when another character shares it
    assert q1.addressees == ["Miss Ward"]
    links = link_characters({"c1": ["Nell", "Nell", "Miss Ward"]}, {c.name: c.all_names for c in nv.characters})
    gold = [GoldQ(list(q.spans), q.speaker, q.addressees, q.type) for q in nv.quotes]
    r = score_novel([PredQuote([(1, 7)], "c1")], gold, links)
    assert r["speaker_accuracy"] == 0.5  # Q0 right (by its alias), Q1 missed


def test_link_by_mentions_credits_a_narrator_known_only_as_i():
    from fabula.evaluate.quotes import link_by_mentions, narrator_entity

    gold = {"Narr": [(0, 1), (20, 21), (40, 41)], "Ann": [(10, 13), (30, 33)]}
    texts = {(0, 1): "I", (20, 21): "I", (40, 41): "I", (10, 13): "Ann", (30, 33): "Ann"}
    # c0's mentions end where the narrator's do; c1 has one of each: a tie stays unlinked
    links = link_by_mentions({"c0": [(0, 1), (40, 41)], "c1": [(20, 21), (30, 33)], "c2": [(50, 52)]}, gold)
    assert links == {"c0": "Narr"}
    assert narrator_entity(gold, texts, []) == "Narr"
    # "I" inside quotes is the speaker's, not the narrator's
    quotes = [GoldQ([(0, 45)], "Ann", [], "")]
    assert narrator_entity(gold, texts, quotes) is None


def test_litbank_first_person_narrator_is_scored(shared_dir):
    from fabula.evaluate.quotes import evaluate_litbank

    root = shared_dir / "data" / "litbank"
    res = evaluate_litbank(root, split="dev", limit=None, only=["711_allan_quatermain_brat"])
    doc = res["novels"]["711_allan_quatermain_brat"]
    # British single quotes, spaced by the tokenizer, and a narrator the excerpt never names
    assert doc["quote_recall"] >= 0.9
    assert doc["narrator_total"] >= 10 and doc["narrator_speaker_accuracy"] >= 0.5


def test_litbank_excerpt_aligns_to_its_original_novel(shared_dir):
    from fabula.evaluate.litbank import align_original

    root = shared_dir / "data" / "litbank"
    stem = "1661_the_adventures_of_sherlock_holmes"
    tok = (root / "quotations" / "tsv" / f"{stem}_brat.txt").read_text(encoding="utf-8")
    ex = align_original(root, stem, tok)
    assert ex is not None and ex.coverage >= 0.99
    # the original keeps its paragraphs (a blank line), the tokenized file does not
    assert "\n\n" in ex.text and "\n\n" not in tok
    # a word of the original maps back onto the same word of the tokenized file
    k = ex.text.index("Irene Adler")
    a, b = ex.to_tokenized((k, k + len("Irene Adler")))
    assert tok[a:b] == "Irene Adler"
