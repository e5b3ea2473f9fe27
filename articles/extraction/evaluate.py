"""Scoring extraction against hand-made gold quotes.

Span matching: both spans are first trimmed of surrounding blanks and punctuation (so
``الدولي.`` and ``الدولي`` are the same end, and an unclosed quote that stops before its
final full stop still matches); two spans then match when they overlap by at least half of
the longer one.  Half of the longer span tolerates the usual disagreements — a trailing
clause left in or out of an unclosed quote, a closing mark misplaced by a word — while two
different quotes of one sentence never overlap at all, so no quote can match a neighbour.

- statement precision: predicted statements matching a gold statement / predicted statements;
- statement recall: gold statements matched by a predicted statement / gold statements;
- term recall: gold terms matched by a predicted quote of any kind / gold terms;
- speaker accuracy: over matched gold statements, the share whose predicted speaker's English
  name equals the gold speaker (a gold ``null`` speaker is matched by a predicted ``None``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

_TRIM = " \t\n.,،؛;:!?؟…-–—\"'“”«»"
MIN_OVERLAP = 0.5


@dataclass(frozen=True, slots=True)
class FileScores:
    gold_statements: int
    predicted_statements: int
    matched_statements: int
    found_statements: int
    gold_terms: int
    found_terms: int
    speakers_right: int
    misses: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Scores:
    precision: float
    recall: float
    f1: float
    term_recall: float
    speaker_accuracy: float
    files: dict[str, FileScores] = field(default_factory=dict)

    def summary(self) -> str:
        return (
            f"statements P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f}  "
            f"terms R={self.term_recall:.3f}  speakers={self.speaker_accuracy:.3f}"
        )


def _get(quote, name: str):
    return quote[name] if isinstance(quote, Mapping) else getattr(quote, name)


def _trimmed(quote) -> tuple[int, int]:
    start, end, text = _get(quote, "start"), _get(quote, "end"), _get(quote, "text")
    lead = len(text) - len(text.lstrip(_TRIM))
    trail = len(text) - len(text.rstrip(_TRIM))
    if lead + trail >= len(text):
        return start, end
    return start + lead, end - trail


def spans_match(first, second) -> bool:
    """True when the trimmed spans overlap by at least half of the longer one."""
    a_start, a_end = _trimmed(first)
    b_start, b_end = _trimmed(second)
    overlap = min(a_end, b_end) - max(a_start, b_start)
    longer = max(a_end - a_start, b_end - b_start, 1)
    return overlap > 0 and overlap / longer >= MIN_OVERLAP


def _find(quote, candidates: Iterable) -> object | None:
    return next((candidate for candidate in candidates if spans_match(quote, candidate)), None)


def score_file(gold: list, predicted: list, actor_names: Mapping[str, str]) -> FileScores:
    gold_statements = [q for q in gold if _get(q, "kind") == "statement"]
    gold_terms = [q for q in gold if _get(q, "kind") == "term"]
    predicted_statements = [q for q in predicted if _get(q, "kind") == "statement"]
    matched = sum(1 for q in predicted_statements if _find(q, gold_statements) is not None)
    speakers_right = 0
    misses = []
    found_gold_statements = 0
    for gold_quote in gold_statements:
        prediction = _find(gold_quote, predicted_statements)
        if prediction is None:
            misses.append(f"missed statement: {_get(gold_quote, 'text')[:60]}")
            continue
        found_gold_statements += 1
        predicted_name = actor_names.get(_get(prediction, "speaker")) if _get(prediction, "speaker") else None
        if predicted_name == _get(gold_quote, "speaker"):
            speakers_right += 1
        else:
            expected, text = _get(gold_quote, "speaker"), _get(gold_quote, "text")[:50]
            misses.append(f"speaker {predicted_name!r} != {expected!r}: {text}")
    for prediction in predicted_statements:
        if _find(prediction, gold_statements) is None:
            misses.append(f"extra statement: {_get(prediction, 'text')[:60]}")
    found_terms = 0
    for term in gold_terms:
        if _find(term, predicted) is not None:
            found_terms += 1
        else:
            misses.append(f"missed term: {_get(term, 'text')}")
    return FileScores(
        len(gold_statements),
        len(predicted_statements),
        matched,
        found_gold_statements,
        len(gold_terms),
        found_terms,
        speakers_right,
        tuple(misses),
    )


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 1.0


def score(gold: Mapping[str, list], predicted: Mapping[str, list], actor_names: Mapping[str, str]) -> Scores:
    """Scores over all files of ``gold``; ``predicted`` quotes may be dataclasses or dicts with
    ``start``, ``end``, ``text``, ``kind`` and ``speaker`` (an actor key); ``actor_names`` maps
    keys to English names."""
    files = {name: score_file(quotes, predicted.get(name, []), actor_names) for name, quotes in gold.items()}
    gold_statements = sum(f.gold_statements for f in files.values())
    found = sum(f.found_statements for f in files.values())
    precision = _ratio(
        sum(f.matched_statements for f in files.values()), sum(f.predicted_statements for f in files.values())
    )
    recall = _ratio(found, gold_statements)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    term_recall = _ratio(
        sum(f.found_terms for f in files.values()), sum(f.gold_terms for f in files.values())
    )
    speaker_accuracy = _ratio(sum(f.speakers_right for f in files.values()), found)
    return Scores(precision, recall, f1, term_recall, speaker_accuracy, files)
