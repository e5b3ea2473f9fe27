import json
from pathlib import Path

from articles import reference
from articles.extraction.actors import Gazetteer
from articles.extraction.evaluate import score, spans_match
from articles.extraction.pipeline import extract

SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "seeds"


def _score_seeds():
    gazetteer = Gazetteer(reference.actors())
    gold = json.loads((SEEDS / "gold_quotes.json").read_text(encoding="utf-8"))
    predicted = {
        name: list(extract((SEEDS / name).read_text(encoding="utf-8"), gazetteer).quotes) for name in gold
    }
    return score(gold, predicted, {key: actor.name_en for key, actor in gazetteer.actors.items()})


def test_seed_scores_reach_the_targets():
    result = _score_seeds()

    assert (result.precision, result.recall, result.f1, result.term_recall, result.speaker_accuracy) == (
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
    )


def test_seed_scores_have_no_misses_in_any_file():
    result = _score_seeds()

    assert {name: scores.errors for name, scores in result.files.items() if scores.errors} == {}


def test_spans_match_ignores_a_final_full_stop():
    gold = {"start": 10, "end": 31, "text": "أي شكل من أشكال الدولي."}
    predicted = {"start": 10, "end": 30, "text": "أي شكل من أشكال الدولي"}

    assert spans_match(gold, predicted) is True


def test_spans_match_rejects_an_overlap_under_half_of_the_longer_span():
    gold = {"start": 0, "end": 100, "text": "x" * 100}
    predicted = {"start": 60, "end": 110, "text": "x" * 50}

    assert spans_match(gold, predicted) is False


def test_score_counts_a_wrong_speaker_and_an_extra_statement():
    gold = {
        "a": [{"start": 0, "end": 20, "text": "a" * 20, "kind": "statement", "speaker": "Vladimir Putin"}]
    }
    predicted = {
        "a": [
            {"start": 0, "end": 20, "text": "a" * 20, "kind": "statement", "speaker": "kim-jong-un"},
            {"start": 40, "end": 60, "text": "b" * 20, "kind": "statement", "speaker": None},
        ]
    }

    result = score(gold, predicted, {"kim-jong-un": "Kim Jong Un"})

    assert (result.precision, result.recall, result.speaker_accuracy) == (0.5, 1.0, 0.0)
