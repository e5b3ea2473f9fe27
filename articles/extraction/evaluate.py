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
- speaker accuracy: gold statements whose speaker was named right / gold statements.  A named
  speaker is right when its English name is the gold ``speaker``, or when its Arabic name (the
  registry's, or the one proposed for an actor the registry does not know) is the gold
  ``speaker_name`` once both are normalised (``ليم سو سوك`` = ``ليم سو-سوك``).  A statement
  with no speaker in the gold (unnamed, or nobody) is right when no actor is named for it.
  An abstention on a named speaker and a statement not found are misses;
- wrong-speaker rate: statements given a name that is not theirs / gold statements;
- coverage: statements for which the extraction gave a speaker (an actor, a proposed actor or
  an unnamed description) / gold statements.

Gold quotes may carry the speaker fields of ``corpus/gold/speakers/README.md``
(``speaker_kind``, ``speaker_name``, ``speaker_description``); the seeds' format, with
``speaker`` alone, reads as a named actor when it is set and nobody when it is null.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from articles.extraction import cues
from articles.extraction.normalize import normalize, tokens

_TRIM = " \t\n.,،؛;:!?؟…-–—\"'“”«»"
MIN_OVERLAP = 0.5


@dataclass(frozen=True, slots=True)
class Error:
    """One disagreement with the gold: what kind, on which words, expected and predicted."""

    file: str
    kind: str  # missed statement | extra statement | missed term | wrong speaker | no speaker
    text: str
    expected: str | None = None
    predicted: str | None = None

    def __str__(self) -> str:
        if self.kind in ("wrong speaker", "no speaker"):
            return f"{self.file}: {self.kind}: {self.predicted!r} for {self.expected!r}: {self.text[:60]}"
        return f"{self.file}: {self.kind}: {self.text[:60]}"


@dataclass(frozen=True, slots=True)
class FileScores:
    gold_statements: int
    predicted_statements: int
    matched_statements: int
    found_statements: int
    gold_terms: int
    found_terms: int
    speakers_right: int
    speakers_wrong: int = 0
    speakers_given: int = 0
    errors: tuple[Error, ...] = ()


@dataclass(frozen=True, slots=True)
class Scores:
    precision: float
    recall: float
    f1: float
    term_recall: float
    speaker_accuracy: float
    wrong_speaker_rate: float = 0.0
    coverage: float = 0.0
    files: dict[str, FileScores] = field(default_factory=dict)

    @property
    def errors(self) -> list[Error]:
        return [error for figures in self.files.values() for error in figures.errors]

    def summary(self) -> str:
        return (
            f"statements P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f}  "
            f"terms R={self.term_recall:.3f}  speakers={self.speaker_accuracy:.3f} "
            f"wrong={self.wrong_speaker_rate:.3f} coverage={self.coverage:.3f}"
        )


@dataclass(frozen=True, slots=True)
class ActorNames:
    """What the scorer knows of the registry: each actor key's English and Arabic name."""

    english: Mapping[str, str]
    arabic: Mapping[str, str] = field(default_factory=dict)


def _get(quote, name: str, default=None):
    if isinstance(quote, Mapping):
        return quote.get(name, default)
    return getattr(quote, name, default)


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


def same_name(first: str | None, second: str | None) -> bool:
    """Two Arabic names are one when their normalised words are: ``ليم سو سوك`` = ``ليم سو-سوك``."""
    return bool(first and second) and tokens(first) == tokens(second)


def _predicted(prediction, names: ActorNames) -> tuple[str | None, str | None, bool]:
    """(English name, Arabic name, whether an unnamed description was given) of a prediction."""
    key = _get(prediction, "speaker")
    if key:
        return names.english.get(key, key), names.arabic.get(key), False
    proposed = _get(prediction, "proposed")
    arabic = _get(proposed, "name_ar") if proposed is not None else _get(prediction, "speaker_name")
    if arabic:
        return None, arabic, False
    return None, None, bool(_get(prediction, "speaker_description"))


def _is_right(gold_quote, english: str | None, arabic: str | None) -> bool:
    expected = _get(gold_quote, "speaker")
    if expected is None:
        return english is None and arabic is None
    return english == expected or same_name(arabic, _get(gold_quote, "speaker_name"))


RIGHT, WRONG, ABSTAINED = "right", "wrong", "abstained"


def score_file(
    gold: list, predicted: list, names: ActorNames | Mapping[str, str], file: str = ""
) -> FileScores:
    names = names if isinstance(names, ActorNames) else ActorNames(names)
    gold_statements = [q for q in gold if _get(q, "kind") == "statement"]
    gold_terms = [q for q in gold if _get(q, "kind") == "term"]
    predicted_statements = [q for q in predicted if _get(q, "kind") == "statement"]
    matched = sum(1 for q in predicted_statements if _find(q, gold_statements) is not None)
    right = wrong = given = found = 0
    errors = []
    for gold_quote in gold_statements:
        text = _get(gold_quote, "text")
        prediction = _find(gold_quote, predicted_statements)
        if prediction is None:
            errors.append(Error(file, "missed statement", text))
            continue
        found += 1
        english, arabic, described = _predicted(prediction, names)
        given += english is not None or arabic is not None or described
        expected = _get(gold_quote, "speaker")
        verdict = _verdict(gold_quote, english, arabic)
        if verdict == RIGHT:
            right += 1
        elif verdict == WRONG:
            wrong += 1
            errors.append(Error(file, "wrong speaker", text, expected, english or arabic))
        else:
            errors.append(Error(file, "no speaker", text, expected, None))
    for prediction in predicted_statements:
        if _find(prediction, gold_statements) is None:
            errors.append(Error(file, "extra statement", _get(prediction, "text")))
    found_terms = 0
    for term in gold_terms:
        if _find(term, predicted) is not None:
            found_terms += 1
        else:
            errors.append(Error(file, "missed term", _get(term, "text")))
    return FileScores(
        len(gold_statements),
        len(predicted_statements),
        matched,
        found,
        len(gold_terms),
        found_terms,
        right,
        wrong,
        given,
        tuple(errors),
    )


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 1.0


def score(
    gold: Mapping[str, list], predicted: Mapping[str, list], names: ActorNames | Mapping[str, str]
) -> Scores:
    """Scores over all files of ``gold``; ``predicted`` quotes may be dataclasses or dicts with
    ``start``, ``end``, ``text``, ``kind``, ``speaker`` (an actor key) and, for an actor the
    registry does not know, ``proposed`` (with ``name_ar``) or ``speaker_name``; ``names``
    gives each key's English name (a plain mapping) or both names (:class:`ActorNames`)."""
    files = {name: score_file(quotes, predicted.get(name, []), names, name) for name, quotes in gold.items()}

    def total(figure: str) -> int:
        return sum(getattr(figures, figure) for figures in files.values())

    statements = total("gold_statements")
    precision = _ratio(total("matched_statements"), total("predicted_statements"))
    recall = _ratio(total("found_statements"), statements)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(
        precision=precision,
        recall=recall,
        f1=f1,
        term_recall=_ratio(total("found_terms"), total("gold_terms")),
        speaker_accuracy=_ratio(total("speakers_right"), statements),
        wrong_speaker_rate=total("speakers_wrong") / statements if statements else 0.0,
        coverage=_ratio(total("speakers_given"), statements),
        files=files,
    )


def cue_kind(cue: str) -> str:
    """What kind of cue a prediction's written cue is: ``none`` (no cue: a headline's name, an
    inherited speaker with no word of its own), ``colon`` (``:``, a name or an introduction
    before the quote), ``source`` (``بحسب``, ``على حد قوله``), ``noun`` (``بيان``, ``تصريحات``)
    or ``verb`` (``وقال``, ``قائلًا``, anything else).  ``وبحسب`` → ``source``."""
    if not cue.strip():
        return "none"
    if cue.strip() == ":":
        return "colon"
    word = normalize(cue)
    bare = cues.head_word(word)
    if {word, bare, cues.strip_conjunction(word)} & (cues.SOURCE_CUES | cues.AS_HE_PUT_IT):
        return "source"
    if {word, bare} & (cues.STATEMENT_NOUNS | cues.INTERVIEW_WORDS):
        return "noun"
    return "verb"


def outcome(gold_quote, prediction, names: ActorNames) -> str:
    """How a prediction fared on its gold statement, as `score_file` counts it: ``right``,
    ``wrong`` (a name that is not the speaker's) or ``abstained`` (no name where one was due)."""
    english, arabic, _ = _predicted(prediction, names)
    return _verdict(gold_quote, english, arabic)


def _verdict(gold_quote, english: str | None, arabic: str | None) -> str:
    if _is_right(gold_quote, english, arabic):
        return RIGHT
    return WRONG if english is not None or arabic is not None else ABSTAINED


def calibration(
    gold: Mapping[str, list], predicted: Mapping[str, list], names: ActorNames | Mapping[str, str]
) -> dict[tuple[float, str], Counter]:
    """Right, wrong and abstained counts of the found gold statements by the prediction's
    ``(confidence, cue kind)``: whether a confidence tells how often a rule is wrong.  A gold
    statement no prediction matches is in no bucket (a missed statement, not an attribution)."""
    names = names if isinstance(names, ActorNames) else ActorNames(names)
    buckets: dict[tuple[float, str], Counter] = {}
    for file, quotes in gold.items():
        statements = [q for q in predicted.get(file, []) if _get(q, "kind") == "statement"]
        for gold_quote in quotes:
            if _get(gold_quote, "kind") != "statement":
                continue
            prediction = _find(gold_quote, statements)
            if prediction is None:
                continue
            key = (round(_get(prediction, "confidence", 0.0), 2), cue_kind(_get(prediction, "cue", "")))
            buckets.setdefault(key, Counter())[outcome(gold_quote, prediction, names)] += 1
    return dict(sorted(buckets.items(), key=lambda item: (-item[0][0], item[0][1])))


def calibration_lines(buckets: Mapping[tuple[float, str], Counter]) -> list[str]:
    """`calibration` as a table: one line a (confidence, cue kind), then one a confidence with
    every cue kind together, each with its right, wrong and abstained counts."""
    lines = [f"{'confidence':>10} {'cue':<7} {'right':>5} {'wrong':>5} {'abstained':>9}"]
    by_confidence: dict[float, Counter] = {}
    for (confidence, kind), counts in buckets.items():
        lines.append(_calibration_line(f"{confidence:.2f}", kind, counts))
        by_confidence.setdefault(confidence, Counter()).update(counts)
    lines.extend(
        _calibration_line(f"{confidence:.2f}", "all", counts) for confidence, counts in by_confidence.items()
    )
    return lines


def _calibration_line(confidence: str, kind: str, counts: Counter) -> str:
    return f"{confidence:>10} {kind:<7} {counts[RIGHT]:>5} {counts[WRONG]:>5} {counts[ABSTAINED]:>9}"
