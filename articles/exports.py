"""CSV and JSON exports of what a page shows, for the same filters.

- `/compare/?…&format=csv|json`: `comparison_response(data, fmt)`, the page's own data;
- `/articles/` and `/quotes/`: `ExportMixin` on a list view with `get_filtered_queryset()`
  exports that queryset (every filtered row, not one page).

CSV files start with a UTF-8 byte order mark so Excel reads Arabic correctly; every response
is an attachment.  Column names are part of the API: add columns at the end, never rename.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from django.http import HttpResponse

BOM = "\ufeff"
MAX_EXPORT_ROWS = 50_000

COMPARISON_FIELDS = [
    "section",
    "group_key",
    "group_label",
    "item_key",
    "item_label",
    "count",
    "share",
    "first_word",
    "last_word",
    "detail",
    "statement_group",
]
ARTICLE_FIELDS = [
    "id",
    "url",
    "title",
    "headline",
    "outlet",
    "outlet_name",
    "wire",
    "wire_name",
    "published_on",
    "date_source",
    "status",
    "byline",
    "dateline",
    "source_url",
    "statements",
]
QUOTE_FIELDS = [
    "id",
    "article_id",
    "article_url",
    "article_title",
    "outlet",
    "wire",
    "published_on",
    "kind",
    "text",
    "speaker_kind",
    "speaker",
    "speaker_name",
    "speaker_description",
    "speaker_text",
    "relayed_by",
    "cited_medium",
    "start",
    "end",
    "cue",
    "confidence",
    "verified",
    "statement_group",
]


def csv_text(fields: list[str], rows: Iterable[dict]) -> str:
    out = io.StringIO()
    out.write(BOM)
    writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if row.get(k) is None else row.get(k) for k in fields})
    return out.getvalue()


def attachment(content: str, fmt: str, filename: str) -> HttpResponse:
    content_type = "text/csv; charset=utf-8" if fmt == "csv" else "application/json; charset=utf-8"
    response = HttpResponse(content.encode("utf-8"), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response


def json_text(payload) -> str:
    return json.dumps(payload, ensure_ascii=False, indent=1, default=str)


# --- /compare/ ------------------------------------------------------------------------------


def comparison_rows(data: dict) -> list[dict]:
    """The comparison as one long table: one row per (section, column, item)."""
    labels = {c["key"]: c["label"] for c in data["columns"]}
    rows: list[dict] = []

    def add(section, key, item_key="", item_label="", **values):
        rows.append(
            {
                "section": section,
                "group_key": key,
                "group_label": labels.get(key, ""),
                "item_key": item_key,
                "item_label": item_label,
                **values,
            }
        )

    for c in data["columns"]:
        add("column", c["key"], c["kind"], c["label_en"], count=c["articles"], detail=c["sentences"])
    for frame in data["frames"]:
        for cell in frame["cells"]:
            add(
                "frame",
                cell["key"],
                frame["slug"],
                frame["name_ar"],
                count=cell["count"],
                share=cell["share"],
            )
    for key, sides in data["voices"]["sides"].items():
        for s in sides:
            add(
                "side",
                key,
                s["side"],
                "",
                count=s["count"],
                share=s["share"],
                first_word=s["first_word"],
                last_word=s["last_word"],
            )
    for key, speakers in data["voices"]["speakers"].items():
        for s in speakers:
            name, count, share = s["name_ar"], s["count"], s["share"]
            add("speaker", key, s["speaker"], name, count=count, share=share, detail=s["side"])
    for key, sources in data["sources"].items():
        for s in sources:
            add("source", key, s["medium"], s["name_ar"], count=s["count"], detail=s["articles"])
    for key, terms in data["terms"].items():
        for t in terms:
            add("term", key, t["normalized"], t["term"], count=t["count"], detail=t["articles"])
    for key, words in data["words"].items():
        for w in words:
            add("word", key, w["word"], w["word"], count=w["count"], detail=w["z"])
    for key, heads in data["headlines"].items():
        for h in heads:
            add("headline", key, h["article_id"], h["headline"], detail=h["lead"])
    for number, group in enumerate(data["statements"], start=1):
        for q in group["quotes"]:
            add(
                "statement",
                q["key"],
                number,
                group["name_ar"],
                detail=q["text"],
                statement_group=group["group"],
            )
    for t in data["timeline"]:
        add("timeline", t["key"], t["day"] or "", "", count=t["count"])
    return rows


def comparison_response(data: dict, fmt: str) -> HttpResponse:
    if fmt == "json":
        return attachment(json_text(data), "json", "comparison")
    return attachment(csv_text(COMPARISON_FIELDS, comparison_rows(data)), "csv", "comparison")


# --- /articles/ and /quotes/ ----------------------------------------------------------------


def article_rows(articles, request=None) -> Iterable[dict]:
    for a in articles[:MAX_EXPORT_ROWS]:
        url = a.get_absolute_url()
        yield {
            "id": a.pk,
            "url": request.build_absolute_uri(url) if request else url,
            "title": a.title,
            "headline": a.headline,
            "outlet": a.outlet.slug if a.outlet else None,
            "outlet_name": a.outlet.name_ar if a.outlet else None,
            "wire": a.wire.slug if a.wire else None,
            "wire_name": a.wire.name_ar if a.wire else None,
            "published_on": a.published_on.isoformat() if a.published_on else None,
            "date_source": a.date_source,
            "status": a.status,
            "byline": a.byline,
            "dateline": a.dateline,
            "source_url": a.url,
            "statements": getattr(a, "n_statements", None),
        }


def quote_rows(quotes, request=None) -> Iterable[dict]:
    for q in quotes[:MAX_EXPORT_ROWS]:
        a = q.article
        url = a.get_absolute_url()
        yield {
            "id": q.pk,
            "article_id": a.pk,
            "article_url": request.build_absolute_uri(url) if request else url,
            "article_title": a.title,
            "outlet": a.outlet.slug if a.outlet else None,
            "wire": a.wire.slug if a.wire else None,
            "published_on": a.published_on.isoformat() if a.published_on else None,
            "kind": q.kind,
            "text": q.text,
            "speaker_kind": q.speaker_kind,
            "speaker": q.speaker.slug if q.speaker else None,
            "speaker_name": q.speaker.name_ar if q.speaker else None,
            "speaker_description": q.speaker_description,
            # With no speaker, the words are the rules' suggestion for an editor, not the public.
            "speaker_text": q.speaker_text if q.speaker_id or q.speaker_description else "",
            "relayed_by": q.relayed_by.slug if q.relayed_by else None,
            "cited_medium": q.cited_medium.slug if q.cited_medium else None,
            "start": q.start,
            "end": q.end,
            "cue": q.cue,
            "confidence": q.confidence,
            "verified": q.verified,
            "statement_group": q.statement_group_id,
        }


EXPORTERS = {"article": (ARTICLE_FIELDS, article_rows), "quote": (QUOTE_FIELDS, quote_rows)}


def queryset_response(queryset, kind: str, fmt: str, request=None) -> HttpResponse:
    """Every row of a filtered queryset of articles or quotes as CSV or JSON."""
    fields, rows = EXPORTERS[kind]
    name = f"{kind}s"
    if kind == "quote":
        queryset = queryset.select_related(
            "article__outlet", "article__wire", "speaker", "relayed_by", "cited_medium"
        )
    data = list(rows(queryset, request))
    if fmt == "json":
        return attachment(json_text({"fields": fields, name: data}), "json", name)
    return attachment(csv_text(fields, data), "csv", name)


class ExportMixin:
    """On a list view with `get_filtered_queryset()`: `?format=csv|json` answers with every
    filtered row instead of the page.  `export_kind` is "article" or "quote"."""

    export_kind: str

    def get(self, request, *args, **kwargs):
        fmt = request.GET.get("format")
        if fmt in ("csv", "json"):
            return queryset_response(self.get_filtered_queryset(), self.export_kind, fmt, request)
        return super().get(request, *args, **kwargs)
