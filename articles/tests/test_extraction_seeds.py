import json
from pathlib import Path

from articles import reference
from articles.extraction.actors import Gazetteer, ProposedActor
from articles.extraction.evaluate import ActorNames, score, spans_match
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


def _statement(start, speaker=None, **fields):
    return {
        "start": start,
        "end": start + 20,
        "text": "ن" * 20,
        "kind": "statement",
        "speaker": speaker,
        **fields,
    }


def test_score_counts_a_proposed_actor_right_by_its_normalised_arabic_name():
    gold = {"a": [_statement(0, "Lim Soo-suk", speaker_kind="actor", speaker_name="ليم سو-سوك")]}
    predicted = {"a": [_statement(0, proposed=ProposedActor.from_text("ليم سو سوك", "person"))]}

    result = score(gold, predicted, ActorNames({}))

    assert (result.speaker_accuracy, result.wrong_speaker_rate, result.coverage, result.errors) == (
        1.0,
        0.0,
        1.0,
        [],
    )


def test_score_counts_an_abstention_as_a_miss_and_a_wrong_name_as_wrong():
    gold = {
        "a": [
            _statement(0, "Vladimir Putin", speaker_kind="actor", speaker_name="فلاديمير بوتين"),
            _statement(40, None, speaker_kind="unnamed", speaker_description="مسؤول أميركي"),
            _statement(80, None, speaker_kind="unnamed", speaker_description="خبراء"),
            _statement(120, "Kim Jong Un", speaker_kind="actor", speaker_name="كيم جونغ أون"),
        ]
    }
    predicted = {
        "a": [
            _statement(0),  # abstains
            _statement(40, speaker_description="مسؤول أميركي"),  # unnamed, as the gold
            _statement(80, "united-states"),  # a name where the gold has none
            _statement(120, "kim-jong-un"),
        ]
    }
    names = ActorNames({"united-states": "United States", "kim-jong-un": "Kim Jong Un"})

    result = score(gold, predicted, names)

    assert (result.speaker_accuracy, result.wrong_speaker_rate, result.coverage) == (0.5, 0.25, 0.75)
    assert [str(error) for error in result.errors] == [
        "a: no speaker: None for 'Vladimir Putin': " + "ن" * 20,
        "a: wrong speaker: 'United States' for None: " + "ن" * 20,
    ]


def test_score_counts_a_missed_statement_against_speaker_accuracy():
    gold = {"a": [_statement(0, "Vladimir Putin"), _statement(40, "Vladimir Putin")]}
    predicted = {"a": [_statement(0, "vladimir-putin")]}

    result = score(gold, predicted, {"vladimir-putin": "Vladimir Putin"})

    assert (result.recall, result.speaker_accuracy, [e.kind for e in result.errors]) == (
        0.5,
        0.5,
        ["missed statement"],
    )
