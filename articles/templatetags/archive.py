"""Template helpers for the archive pages."""

from __future__ import annotations

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from articles.models import PARAGRAPH_BREAK, Actor, Quote, localized_name

register = template.Library()


@register.simple_tag
def marked_paragraphs(article, quotes) -> list[SafeString]:
    """The article's paragraphs, escaped, with every quote wrapped in `<q>` or `<mark>`.

    Offsets index `article.body` (paragraphs joined by a blank line). A quote whose offsets
    no longer match its text is left unmarked rather than marking the wrong words; one that
    crosses a paragraph break is marked in each paragraph it covers.
    """
    body = article.body
    valid = sorted(
        (q for q in quotes if 0 <= q.start < q.end <= len(body) and body[q.start : q.end] == q.text),
        key=lambda q: (q.start, -q.end),
    )
    paragraphs, offset = [], 0
    for text in body.split(PARAGRAPH_BREAK) if body else []:
        end = offset + len(text)
        inside = [q for q in valid if q.start < end and q.end > offset]
        paragraphs.append(mark_safe(_render(body, offset, end, inside)))  # noqa: S308 - escaped
        offset = end + len(PARAGRAPH_BREAK)
    return paragraphs


def _render(body: str, start: int, end: int, quotes: list) -> str:
    """Escape body[start:end]; quotes nest when one lies inside another, partial overlaps drop."""
    out, cursor, index = [], start, 0
    while index < len(quotes):
        quote = quotes[index]
        q_start, q_end = max(quote.start, start), min(quote.end, end)
        if q_start < cursor:  # overlaps the previous quote without lying inside it
            index += 1
            continue
        inner = []
        index += 1
        while index < len(quotes) and quotes[index].start >= quote.start and quotes[index].end <= quote.end:
            inner.append(quotes[index])
            index += 1
        out.append(escape(body[cursor:q_start]))
        out.append(_element(quote, _render(body, q_start, q_end, inner), closes=q_end == quote.end))
        cursor = q_end
    out.append(escape(body[cursor:end]))
    return "".join(out)


def _element(quote, inner: str, closes: bool) -> str:
    if quote.kind != Quote.Kind.STATEMENT:
        return f'<mark class="term">{inner}</mark>'
    html = f'<q class="statement" id="quote-{quote.pk}">{inner}</q>'
    if not closes:
        return html
    if quote.speaker_id and quote.speaker:
        kind = "" if quote.speaker.kind == Actor.Kind.PERSON else quote.speaker.get_kind_display()
        html += format_html(
            '<a class="speaker-tag" href="{}"><span class="visually-hidden">{}</span>{}{}</a>',
            quote.speaker.get_absolute_url(),
            gettext("قائل التصريح:"),
            localized_name(quote.speaker.name_ar, quote.speaker.name_en),
            format_html(' <span class="speaker-kind">({})</span>', kind) if kind else "",
        )
    elif quote.speaker_description:
        html += format_html(
            '<span class="speaker-tag speaker-tag--unnamed"><span class="visually-hidden">{}</span>{}'
            ' <span class="speaker-kind">({})</span></span>',
            gettext("قائل التصريح:"),
            quote.speaker_description,
            Quote.SpeakerKind.UNNAMED.label,
        )
    return html


@register.simple_tag
def page_range(page_obj) -> list:
    """Page numbers around the current one, `…` for the gaps: 1 2 … 7 8 9 … 40 41."""
    return list(page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1))
