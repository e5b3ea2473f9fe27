"""``extract(text, gazetteer)``: quotes with speakers, actor mentions and proposed actors.

The one entry point the Django layer calls::

    gazetteer = Gazetteer(reference.actors())   # once; or records from the database registry
    extraction = extract(article.body, gazetteer)
    for quote in extraction.quotes: ...         # text[quote.start:quote.end] == quote.text

The text is read as paragraphs separated by newlines; boilerplate lines (``• Share :``,
``post-title``) are paragraphs like any other and never attribute across a newline.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from articles.extraction.actors import Gazetteer, Mention, ProposedActor
from articles.extraction.document import read
from articles.extraction.quotes import QuoteSpan, find_quotes
from articles.extraction.speakers import Attribution, attribute_document
from articles.extraction.unregistered import can_be_speaker

# Below this confidence the rules' speaker is left empty for an editor to decide: a wrong name in
# an archive of who said what does more harm than an empty one.  Chosen on copy the rules had
# never read (README, "Calibration"): no confidence of today's rules is wrong often enough, on
# more than one split, for an empty speaker to be better, so it sits at the lowest confidence a
# rule gives (the sentence's subject, 0.6) and nothing abstains by it yet.
ABSTAIN_BELOW = 0.6


@dataclass(frozen=True, slots=True)
class ExtractedQuote:
    text: str
    kind: str  # "statement" | "term"
    start: int
    end: int
    speaker: str | None = None  # actor key
    speaker_text: str = ""  # the words that designate the speaker, as written
    # An unnamed speaker (``مسؤول أميركي``, ``خبراء``): no actor, the description as written.
    speaker_description: str = ""
    # A named speaker the registry does not know, proposed for a curator to approve.
    proposed: ProposedActor | None = None
    relayed_by: str | None = None  # actor key of the medium that carried the words
    cue: str = ""  # the reporting word, as written: وقال، قائلًا، بحسب
    confidence: float = 0.0
    cited_medium: str | None = None  # actor key when the quote is only a medium's name
    nested: bool = False


@dataclass(frozen=True, slots=True)
class Extraction:
    quotes: tuple[ExtractedQuote, ...]
    mentions: tuple[Mention, ...]
    proposed_actors: tuple[ProposedActor, ...]


def extract(text: str, gazetteer: Gazetteer) -> Extraction:
    spans = find_quotes(text)
    document = read(text, spans, gazetteer)
    attributions = [
        abstain_if_no_speaker(abstain_if_unsure(attribution)) for attribution in attribute_document(document)
    ]
    quotes = tuple(
        _quote(span, attribution, gazetteer) for span, attribution in zip(spans, attributions, strict=True)
    )
    proposed: dict[str, ProposedActor] = {}
    for attribution in attributions:
        if attribution.proposed is not None and attribution.speaker is None:
            proposed.setdefault(attribution.proposed.normalized, attribution.proposed)
    mentions = gazetteer.mentions(text, document.matches)
    return Extraction(quotes, tuple(mentions), tuple(proposed.values()))


def abstain_if_unsure(attribution: Attribution, threshold: float | None = None) -> Attribution:
    """An attribution less sure than ``threshold`` (`ABSTAIN_BELOW`) names nobody: no actor, no
    proposed actor, no description.  The words the rules read as the speaker, the cue and the
    confidence stay, so the quote heads the review queue with the rules' suggestion beside it:
    ``فبوتين`` read after ``قائلاً`` at 0.5 → no speaker, speaker_text ``فبوتين``, 0.5."""
    limit = ABSTAIN_BELOW if threshold is None else threshold
    if attribution.confidence >= limit or not (
        attribution.speaker or attribution.proposed or attribution.description
    ):
        return attribution
    return replace(attribution, speaker=None, proposed=None, description="")


def abstain_if_no_speaker(attribution: Attribution) -> Attribution:
    """An unregistered speaker whose words cannot be one (`unregistered.can_be_speaker`) names
    nobody, as an unsure one does (`abstain_if_unsure`): whichever rule read the words, the
    quote goes to the review queue with them as its suggestion, not into the archive under a
    name that is none: ``كيم ملاحظته بخط يده`` proposed as a person → no speaker, speaker_text
    kept."""
    if attribution.speaker is not None:
        return attribution
    proposed, description = attribution.proposed, attribution.description
    if proposed is not None and not can_be_speaker(proposed.name_ar, proposed.kind):
        return replace(attribution, proposed=None, description="")
    if proposed is None and description and not can_be_speaker(description, "description"):
        return replace(attribution, description="")
    return attribution


def cited_medium(span: QuoteSpan, gazetteer: Gazetteer) -> str | None:
    """The medium a quote only names: ``“ريا نوفوستي”``, ``"سي. إن. إن"`` → its key."""
    actor = gazetteer.actor(gazetteer.whole_match(span.text))
    return actor.key if actor is not None and actor.kind == "medium" else None


def _quote(span: QuoteSpan, attribution: Attribution, gazetteer: Gazetteer) -> ExtractedQuote:
    medium = cited_medium(span, gazetteer)
    if medium is not None:
        return ExtractedQuote(
            span.text, "term", span.start, span.end, cited_medium=medium, nested=span.nested
        )
    return ExtractedQuote(
        text=span.text,
        kind=span.kind,
        start=span.start,
        end=span.end,
        speaker=attribution.speaker,
        speaker_text=attribution.speaker_text,
        speaker_description=attribution.description,
        proposed=attribution.proposed if attribution.speaker is None else None,
        relayed_by=attribution.relayed_by,
        cue=attribution.cue,
        confidence=attribution.confidence,
        nested=span.nested,
    )
