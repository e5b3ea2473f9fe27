"""`/compare/`: how the chosen outlets (or articles) framed the summit, side by side.

The queries live in `articles/compare.py`; this module picks the selection from the request
(the `/articles/` FilterSet over what the visitor may see), shapes the cached data for the
template, and answers `format=csv|json` with the same data.
"""

from __future__ import annotations

import difflib
from functools import lru_cache
from urllib.parse import quote

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import uri_to_iri
from django.utils.html import escape, format_html_join
from django.utils.http import RFC3986_SUBDELIMS
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from articles import compare as queries
from articles.audience import Audience
from articles.exports import comparison_response
from articles.extraction.frames import find_terms
from articles.extraction.normalize import normalize, tokens
from articles.filters import ArticleFilterSet
from articles.models import localized_name
from articles.sentences import frame_lexicons

SIDE_LABELS = {
    "russia": _("روسيا"),
    "north-korea": _("كوريا الشمالية"),
    "united-states": _("الولايات المتحدة"),
    "united-nations": _("الأمم المتحدة"),
    "south-korea-japan": _("كوريا الجنوبية واليابان"),
    "china": _("الصين"),
    "analysts": _("محللون وخبراء"),
    "other": _("أطراف أخرى"),
    "unknown": _("غير معروف"),
}
KIND_LABELS = {
    "outlet": _("وسيلة"),
    "wire": _("وكالة (الناشر غير معروف)"),
    "unknown": _("روابط مواقع لم تُسمَّ"),
    "article": _("مقال"),
}
SHADES = 10
# The default view shows the first rows of the long sections; `?full=<section>` shows one whole.
STATEMENT_GROUPS_SHOWN = 3  # of MAX_STATEMENT_GROUPS; the rest behind ?full=statements
WORDINGS_SHOWN = 5  # per statement group
LEADS_SHOWN = 2  # of LEADS_PER_COLUMN; the rest behind ?full=headlines
SPEAKERS_SHOWN = 3  # of TOP_SPEAKERS; the rest behind ?full=voices
TERMS_SHOWN = 5  # of TOP_TERMS and of TOP_WORDS each; the rest behind ?full=words
BAR_STEPS = 10  # a voice bar's length in tenths (the exact share is printed beside it)
SKIPPED_PARAMS = {"ordering", "page"}


def bar_steps(share: float) -> int:
    """A voice bar's length in tenths: any voice carried at all shows at least one tenth.

    Rounding alone drew no bar under 5%, so a voice quoted once among thirty looked like a
    voice never quoted; the percentage beside the bar stays exact.
    """
    return max(1, round(share * BAR_STEPS)) if share > 0 else 0


def selection_from(request: HttpRequest) -> tuple[ArticleFilterSet, queries.Selection, dict]:
    """The FilterSet, the selection it gives, and its normalised parameters (the cache key)."""
    filterset = ArticleFilterSet(
        request.GET or None, queryset=Audience.of(request).articles(), request=request
    )
    by = "article" if request.GET.get("by") == "article" else "outlet"
    params: dict = {"by": by}
    if filterset.is_bound:
        filterset.form.is_valid()
        for name, value in filterset.form.cleaned_data.items():
            if name in SKIPPED_PARAMS or value in (None, "", []):
                continue
            params[name] = sorted(value) if isinstance(value, list) else str(value)
    return filterset, queries.Selection(filterset.qs, by=by), params


def compare(request: HttpRequest) -> HttpResponse:
    filterset, selection, params = selection_from(request)
    if request.GET.get("frame") and request.GET.get("group"):
        return evidence(request, filterset, selection)
    data, facet_rows = queries.cached_compare(
        # Unfiltered, the facets are the ones /articles/ keeps (under the facet stamp, which
        # an edit moves only when it changes a count); filtered, they are counted exactly.
        selection,
        params,
        Audience.of(request),
        facets=lambda: filterset.facet_rows(keep=not filterset.is_filtered()),
    )
    export = request.GET.get("format")
    if export in ("csv", "json"):
        return comparison_response(data, export)
    filterset.use_facet_rows(facet_rows)
    context = {
        "filterset": filterset,
        "facets": filterset.facets(),
        "by": selection.by,
        "query": _query_without(request, {"by", "format", "frame", "group", "page", "full"}),
        "full_query": _query_without(request, {"format", "frame", "group", "page", "full"}),
        **present(data, request.GET.get("full", "")),
    }
    return render(request, "articles/compare.html", context)


def evidence(request: HttpRequest, filterset, selection) -> HttpResponse:
    """The sentences behind one frame cell, matched words marked."""
    lexicons = frame_lexicons()
    found = queries.evidence(selection, request.GET["frame"], request.GET["group"], lexicons)
    terms = found["frame"]["terms"] if found["frame"] else []
    for sentence in found["sentences"]:
        sentence["marked"] = mark_terms(sentence["text"], terms)
    context = {
        "found": found,
        "group": request.GET["group"],
        "back": _query_without(request, {"frame", "group", "format"}),
        "limit": queries.EVIDENCE_LIMIT,
    }
    return render(request, "articles/compare_evidence.html", context)


def _query_without(request: HttpRequest, names: set[str]) -> str:
    query = request.GET.copy()
    for name in names:
        query.pop(name, None)
    return query.urlencode()


# --- Shaping the data for the template ------------------------------------------------------


UNKNOWN_OUTLET = "وسيلة غير معروفة"
_("وسيلة غير معروفة")  # for makemessages: UNKNOWN_OUTLET is translated by _in_english()


def _in_english(text: str) -> str:
    with translation.override("en"):
        return gettext(text)


def _shown(full: str, section: str, limit: int) -> int | None:
    """How many rows of `section` to show: all (None) when `?full=` names it."""
    return None if full == section else limit


def _more(rows_by_column, limit: int | None) -> bool:
    return limit is not None and any(len(rows) > limit for rows in rows_by_column)


def present(data: dict, full: str = "") -> dict:
    """The template's data; the long sections show their first rows unless `full` names
    them (`?full=statements`), which keeps the default page light."""
    columns = data["columns"]
    leads = _shown(full, "headlines", LEADS_SHOWN)
    speakers = _shown(full, "voices", SPEAKERS_SHOWN)
    terms = _shown(full, "words", TERMS_SHOWN)
    wordings = _shown(full, "statements", WORDINGS_SHOWN)
    groups = data["statements"][: _shown(full, "statements", STATEMENT_GROUPS_SHOWN)]
    for column in columns:
        column["kind_label"] = KIND_LABELS[column["kind"]]
        if column["kind"] == "unknown":
            column["label"], column["label_en"] = UNKNOWN_OUTLET, _in_english(UNKNOWN_OUTLET)
        # An outlet's names; an article column's title, which has no English.
        column["name_ar"], column["name_en"] = str(column["label"]), column["label_en"]
        column["label"] = localized_name(column["name_ar"], column["label_en"])
    urls = Urls()
    return {
        "columns": columns,
        "frame_rows": _frame_rows(data["frames"]),
        "side_rows": _side_rows(data["voices"]["sides"], columns),
        "per_column": [
            {
                "column": column,
                "speakers": [
                    {
                        **s,
                        "side_label": SIDE_LABELS[s["side"]],
                        "percent": _percent(s["share"]),
                        "url": urls.actor(s["speaker"]) if s["speaker"] else "",
                    }
                    for s in data["voices"]["speakers"].get(column["key"], [])[:speakers]
                ],
                "sources": [
                    {**s, "url": urls.actor(s["medium"])} for s in data["sources"].get(column["key"], [])
                ],
                "terms": data["terms"].get(column["key"], [])[:terms],
                "words": data["words"].get(column["key"], [])[:terms],
                "headlines": [
                    {**h, "url": urls.article(h["article_id"], h["slug"])}
                    for h in data["headlines"].get(column["key"], [])[:leads]
                ],
            }
            for column in columns
        ],
        "statement_groups": [_marked_group(group, columns, urls, wordings) for group in groups],
        "more_statements": len(data["statements"]) - len(groups),
        "more_headlines": _more(data["headlines"].values(), leads),
        "more_voices": _more(data["voices"]["speakers"].values(), speakers),
        "more_words": _more([*data["terms"].values(), *data["words"].values()], terms),
        "timeline": _timeline(data["timeline"], columns, chart=full == "timeline"),
    }


class Urls:
    """Article and actor URLs for hundreds of links: `reverse()` once per page with markers
    for the arguments, which are then quoted as `reverse()` quotes them.

    Article slugs are Arabic: written as IRIs (`/articles/7/قمة-.../`, as `uri_to_iri()`
    gives), a third of the bytes of their percent-encoded form; the browser encodes them
    again when it follows the link, so the server sees the same URL."""

    PK, SLUG = 9876543210, "slug-marker"
    SAFE = RFC3986_SUBDELIMS + "/~:@"

    def __init__(self):
        self._article = reverse("articles:article-detail", args=[self.PK, self.SLUG])
        self._actor = reverse("articles:actor-detail", args=[self.SLUG])

    def article(self, pk: int, slug: str) -> str:
        return self._article.replace(str(self.PK), str(int(pk))).replace(
            self.SLUG, uri_to_iri(quote(slug, safe=self.SAFE))
        )

    def actor(self, slug: str) -> str:
        return self._actor.replace(self.SLUG, quote(slug, safe=self.SAFE))


def _percent(share: float) -> int:
    return round(share * 100)


def _frame_rows(frames: list[dict]) -> list[dict]:
    top = max((cell["share"] for frame in frames for cell in frame["cells"]), default=0) or 1
    for frame in frames:
        for cell in frame["cells"]:
            cell["percent"] = _percent(cell["share"])
            # Shade relative to the matrix's largest share; the number is always printed.
            cell["shade"] = (
                min(SHADES - 1, int(cell["share"] / top * (SHADES - 1) + 0.5)) if cell["count"] else 0
            )
    return frames


def _side_rows(sides: dict[str, list[dict]], columns: list[dict]) -> list[dict]:
    rows = []
    for side in queries.VOICE_GROUPS:
        cells = []
        for column in columns:
            found = next((s for s in sides.get(column["key"], []) if s["side"] == side), None)
            cells.append(
                {
                    "key": column["key"],
                    "count": found["count"] if found else 0,
                    "percent": _percent(found["share"]) if found else 0,
                    "bar": bar_steps(found["share"]) if found else 0,
                    "first_word": found["first_word"] if found else 0,
                    "last_word": found["last_word"] if found else 0,
                }
            )
        if any(cell["count"] for cell in cells):
            rows.append({"side": side, "label": SIDE_LABELS[side], "cells": cells})
    return rows


def _timeline(rows: list[dict], columns: list[dict], chart: bool) -> dict:
    """The articles per day and column: a table, and with `chart` (`?full=timeline`) the
    same counts drawn, hundreds of bars that the default view leaves out."""
    days = sorted({r["day"] for r in rows if r["day"]})
    counts = {(r["day"], r["key"]): r["count"] for r in rows}
    top = max((r["count"] for r in rows if r["day"]), default=1)
    table = [{"day": day, "cells": [counts.get((day, c["key"]), 0) for c in columns]} for day in days]
    bar = 16
    bars = []
    for i, column in enumerate(columns if chart else []):
        for j, day in enumerate(days):
            n = counts.get((day, column["key"]), 0)
            if n:
                bars.append(
                    {"x": 150 + j * 60, "y": i * (bar + 8), "width": max(2, round(n / top * 50)), "n": n}
                )
    undated = sum(r["count"] for r in rows if not r["day"])
    # Hundreds of bars and cells: joined here, not rendered one template variable at a time.
    return {
        "days": days,
        "table": table,
        "chart": chart,
        "chart_html": format_html_join(
            "",
            '<rect x="{}" y="{}" width="{}" height="16"><title>{}</title></rect>',
            ((b["x"], b["y"], b["width"], b["n"]) for b in bars),
        ),
        "rows_html": format_html_join(
            "\n",
            '<tr><th scope="row"><bdi>{}</bdi></th>{}</tr>',
            (
                (row["day"], format_html_join("", "<td><bdi>{}</bdi></td>", ((n,) for n in row["cells"])))
                for row in table
            ),
        ),
        "undated": undated,
        "height": len(columns) * (bar + 8),
        "width": 160 + len(days) * 60,
        "labels": [{"y": i * (bar + 8) + bar - 3, "label": c["label"]} for i, c in enumerate(columns)],
    }


def _marked_group(group: dict, columns: list[dict], urls: Urls, shown: int | None = None) -> dict:
    """Each outlet's wording (the first `shown` of them), the words that differ from the
    group's first wording marked, who carried it first and through which wire."""
    labels = {c["key"]: c["label"] for c in columns}
    reference = _word_keys(group["quotes"][0]["text"])
    quotes = [
        {
            **q,
            "label": labels.get(q["key"], q["key"]),
            "url": urls.article(q["article_id"], q["slug"]),
            # A column of agency copy is the wire itself: no "via".
            "via": localized_name(q.get("wire_name", ""), q.get("wire_name_en", ""))
            if q.get("wire") != q["key"]
            else "",
        }
        for q in group["quotes"]
    ]
    for q in quotes[:shown]:
        q["marked"] = _marked(reference, q["text"])
    return {
        **group,
        "quotes": quotes[:shown],
        "more_wordings": len(quotes) - len(quotes[:shown]),
        "first": [q for q in quotes if q["first"]],
        "speaker_url": urls.actor(group["speaker"]) if group["speaker"] else "",
    }


@lru_cache(maxsize=65536)
def _word_key(word: str) -> str:
    # The same words recur across a group's wordings: normalise each once per process.
    return " ".join(tokens(word))


def _word_keys(text: str) -> list[str]:
    return [_word_key(w) for w in text.split()]


def _marked(ref_keys: list[str], text: str) -> SafeString:
    words = text.split()
    keys = [_word_key(w) for w in words]
    if keys == ref_keys:  # the group's first wording, and every copy that repeats it
        return mark_safe(escape(" ".join(words)))  # noqa: S308 - escaped
    matcher = difflib.SequenceMatcher(a=ref_keys, b=keys, autojunk=False)
    out: list[str] = []
    for op, _a1, _a2, b1, b2 in matcher.get_opcodes():
        chunk = escape(" ".join(words[b1:b2]))
        if not chunk:
            continue
        out.append(chunk if op == "equal" else f"<ins>{chunk}</ins>")
    return mark_safe(" ".join(out))  # noqa: S308 - every piece is escaped


def mark_terms(text: str, terms: list[str]) -> SafeString:
    """`text` with the lexicon matches wrapped in `<mark>`.  Matching runs on the normalised
    text, as in SQL; normalize() maps characters one to one or drops them, so normalised
    offsets map back to the original by a per-character index."""
    normalized_chars, index = [], []
    for i, char in enumerate(text):
        folded = normalize(char)
        if folded:
            normalized_chars.append(folded)
            index.append(i)
    normalized = "".join(normalized_chars)
    out, cursor = [], 0
    for match in find_terms(normalized, terms):
        start, end = index[match.start], index[match.end - 1] + 1
        while end < len(text) and not normalize(text[end]) and not text[end].isspace():
            end += 1  # a trailing tashkeel belongs to the marked word
        out.append(escape(text[cursor:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        cursor = end
    out.append(escape(text[cursor:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece is escaped
