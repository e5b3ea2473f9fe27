"""What a copy says about itself: headline, outlet, byline, wire agency, dateline, date.

Every rule looks only where news copy puts that piece of metadata: the header lines
before the first paragraph, the start of the first paragraph (the dateline), standalone
credit lines.  Names that merely appear in the prose (``وفق ما ذكرت شبكة "سي. إن. إن"``,
``لوكالة فرانس برس``) are citations, not credits, and are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from articles.extraction.dates import find_dates, find_weekdays, fold
from articles.extraction.normalize import normalize
from articles.ingest.boilerplate import ends_sentence, is_title_like, words
from articles.ingest.records import MANIFEST, RELATIVE, TEXT, UNKNOWN
from articles.ingest.sources import Source, known_agency, known_outlet, outlet_aliases

HEADER_LINES = 10
SEPARATORS = "-–—|:/"

# Places datelines name most often in this coverage; any other place is accepted when the
# dateline is otherwise unmistakable (an agency credit, a date, or one or two words and a colon).
DATELINE_PLACES = {
    normalize(p)
    for p in (
        "موسكو", "بيونغ يانغ", "بيونج يانج", "بيونغيانغ", "سيول", "طوكيو", "بكين", "واشنطن",
        "نيويورك", "فلاديفوستوك", "فوستوشني", "كييف", "لندن", "باريس", "برلين", "بروكسل", "جنيف",
        "فيينا", "روما", "القاهرة", "الإسكندرية", "دبي", "أبوظبي", "أبو ظبي", "الرياض", "جدة", "الدوحة",
        "الكويت", "المنامة", "مسقط", "عمان", "بيروت", "دمشق", "بغداد", "أربيل", "القدس", "رام الله",
        "غزة", "الخرطوم", "طرابلس", "تونس", "الجزائر", "الرباط", "الدار البيضاء", "نواكشوط",
        "صنعاء", "عدن", "أنقرة", "إسطنبول", "طهران", "نيودلهي", "إسلام آباد", "كابول", "الأمم المتحدة",
        "سنغافورة", "هانوي", "بانكوك", "مينسك", "وارسو", "سان بطرسبرغ",
    )
}  # fmt: skip
# First words that make "X:" a speech or a label, not a place.
_NOT_A_PLACE = {
    normalize(w)
    for w in (
        "قال", "قالت", "أعلن", "أعلنت", "أكد", "أكدت", "أضاف", "أضافت", "أوضح", "أوضحت", "كتب", "عاجل",
        "خاص", "تحديث", "المصدر", "تقرير", "متابعات", "متابعة", "شاهد", "فيديو", "صور", "بالصور",
        "بالفيديو", "حصري", "مباشر", "تحليل", "رأي", "مقال", "ملخص", "اقرأ", "السؤال", "الجواب", "ملاحظة",
        "تنويه", "تصحيح", "الرئيس", "الزعيم", "بوتين", "كيم", "المتحدث", "الكرملين", "البيت",
    )
}  # fmt: skip

# "تقرير خاص", "كتب المحرر": labels, not people.
_NOT_A_NAME = {
    normalize(w) for w in ("خاص", "خاصة", "مصور", "إخباري", "تحليلي", "المحرر", "التحرير", "الموقع")
}
_BYLINE_LABEL = re.compile(
    r"^(?:كتب|كتبت|كتبه|كتبها|بقلم|إعداد|اعداد|تقرير|تحرير|المحرر|الكاتب|الكاتبة|مراسل|مراسلة|"
    r"written by|by|بواسطة)\s*[:：\-–—]?\s*(?P<name>.+)$",
    re.IGNORECASE,
)
_CREDIT_LABEL = re.compile(
    r"^(?:المصدر|مصدر|المصادر|نقلا عن|نقلاً عن|عن|source|via)\s*[:：\-–—]?\s*(?P<name>.+)$", re.IGNORECASE
)
_SITE_HEADER = re.compile(r"^(?:الموقع الرسمي|الموقع الرسمى|الموقع الإلكتروني)\s*[|:\-–—]\s*(?P<name>.+)$")
_OUTLET_ALIAS = "|".join(re.escape(a) for a in outlet_aliases())
_OUTLET_THEN_NAME = re.compile(
    rf"^(?P<outlet>{_OUTLET_ALIAS})\s*[{SEPARATORS}]\s*(?P<name>[^{SEPARATORS}]+)$", re.I
)
_NAME_THEN_OUTLET = re.compile(
    rf"^(?P<name>[^{SEPARATORS}]+?)\s*[{SEPARATORS}]\s*(?P<outlet>{_OUTLET_ALIAS})$", re.I
)
_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:ص|م|am|pm|a\.m\.|p\.m\.)?", re.IGNORECASE)
_DATE_LABELS = re.compile(
    r"نشر|نُشر|بتاريخ|تاريخ|النشر|آخر|اخر|تحديث|التحديث|محدث|في|منذ|بتوقيت|مكة|المكرمة|غرينتش|القاهرة|"
    r"GMT|UTC|published|updated|last|on|at|الساعة|توقيت",
    re.IGNORECASE,
)
_UPDATED = re.compile(r"تحديث|التحديث|محدث|updated", re.IGNORECASE)


@dataclass
class Header:
    """What the lines around the article's text said about it."""

    headline: str = ""
    outlet: Source | None = None
    byline: str = ""
    wire: Source | None = None
    captions: list[str] = field(default_factory=list)
    dates: list[date] = field(default_factory=list)


def _is_person_name(text: str) -> bool:
    """One to five words of letters, no digits or sentence punctuation: ``محمود غراب``."""
    found = words(text)
    return 1 <= len(found) <= 5 and len(text) <= 60 and not re.search(r"\d|[.!?؟،,:؛\"“”«»]", text)


def site_header_outlet(line: str) -> Source | None:
    """``الموقع الرسمي | القاهرة الاخبارية`` → Alqahera News (a site's own banner)."""
    match = _SITE_HEADER.match(line)
    if not match:
        return None
    name = match["name"].strip()
    return known_outlet(name) or Source(name)


def byline_of(line: str) -> tuple[str, Source | None] | None:
    """``(name, outlet)`` for a byline line, else None.

    ``Alqahera News - محمود غراب`` → (``محمود غراب``, Alqahera News);
    ``كتب: محمود غراب`` → (``محمود غراب``, None); ``بقلم سامي كليب`` → (``سامي كليب``, None).
    """
    for pattern in (_OUTLET_THEN_NAME, _NAME_THEN_OUTLET):
        match = pattern.match(line)
        if match and _is_person_name(match["name"].strip()):
            name = match["name"].strip()
            outlet = known_outlet(match["outlet"])
            if normalize(name) in DATELINE_PLACES:  # "سكاي نيوز عربية - أبوظبي"
                return "", outlet
            return name, outlet
    match = _BYLINE_LABEL.match(line)
    if match:
        parts = re.split(r"\s+[-–—|/]\s+", match["name"].strip())
        name = parts[0].strip()
        outlet = next((known_outlet(p) for p in parts[1:] if known_outlet(p)), None)
        if _is_person_name(name) and not set(words(name)) & _NOT_A_NAME:
            return name, outlet
    return None


def credit_of(line: str) -> Source | None:
    """The agency a standalone credit line names: ``(رويترز)``, ``- أ ف ب``,
    ``المصدر: وكالة فرانس برس``; None for anything longer than a credit."""
    if len(words(line)) > 6:
        return None
    bare = line.strip(" -–—|()[]«»\"'.:")
    label = _CREDIT_LABEL.match(bare)
    if label:
        bare = label["name"].strip(" -–—|()[]«»\"'.:")
    return known_agency(bare)


def source_credit_outlet(line: str) -> Source | None:
    """``المصدر: سكاي نيوز عربية`` → Sky News Arabia; ``© الجزيرة 2023`` → Al Jazeera."""
    if len(words(line)) > 8:
        return None
    label = _CREDIT_LABEL.match(line.strip(" -–—|()[]"))
    if label:
        return known_outlet(label["name"].strip(" -–—|()[]«»\"'.:"))
    if line.lstrip().startswith("©") or "جميع الحقوق محفوظة" in line:
        bare = re.sub(r"©|جميع الحقوق محفوظة\s*(?:لـ?|ل)?|\d{4}|[-–—|]", " ", line)
        return known_outlet(" ".join(bare.split()))
    return None


def date_line(line: str) -> tuple[date, bool] | None:
    """``(date, is_update)`` for a line that is only a date (with labels, weekday and time):
    ``الأربعاء 13 سبتمبر/أيلول 2023``, ``نشر في: 13-09-2023 10:22 م``, ``آخر تحديث: ...``."""
    if len(words(line)) > 14:
        return None
    mentions = [m for m in find_dates(line) if m.year]
    if len(mentions) != 1:
        return None
    mention = mentions[0]
    rest = line[: mention.start] + " " + line[mention.end :]
    for weekday in find_weekdays(rest):
        rest = rest.replace(weekday.text, " ")
    rest = _TIME.sub(" ", rest)
    rest = _DATE_LABELS.sub(" ", fold(rest))
    if words(rest):
        return None
    return mention.date, bool(_UPDATED.search(line))


def read_header(lines: list[str], expected_headline: str = "") -> tuple[Header, list[str]]:
    """Consume the metadata lines of a copy; return them and the article's own lines.

    The header is the run of lines before the first body paragraph (a line that ends a
    sentence or runs long), at most ten.  In it: the site banner, the headline (the first
    title-like line, when body text follows), bylines, credits, date lines; title-like lines
    between the headline and a later byline or date line are photo captions (``بوتين وكيم
    خلال جولة فى روسيا``).  Anywhere in the copy: banners, credit lines, copyright lines.
    """
    header = Header()
    # A headline stands out from the body by its missing final period; in a copy whose
    # paragraphs do not end sentences either, that contrast is gone.
    long_lines = [line for line in lines if len(words(line)) >= 8]
    punctuated = bool(long_lines) and sum(map(ends_sentence, long_lines)) * 2 >= len(long_lines)
    body: list[str] = []
    in_header = True
    pending: list[str] = []  # title-like lines after the headline: captions or sub-headings
    header_count = 0
    for index, line in enumerate(lines):
        banner = site_header_outlet(line)
        if banner:
            header.outlet = header.outlet or banner
            continue
        credit = credit_of(line)
        if credit:
            header.wire = header.wire or credit
            _flush_captions(header, pending)
            continue
        outlet = source_credit_outlet(line)
        if outlet:
            header.outlet = header.outlet or outlet
            continue
        if in_header and header_count < HEADER_LINES:
            header_count += 1
            found = date_line(line)
            if found:
                # A publication date goes before any "آخر تحديث" date.
                header.dates.insert(0 if not found[1] else len(header.dates), found[0])
                _flush_captions(header, pending)
                continue
            byline = byline_of(line)
            if byline:
                header.byline = header.byline or byline[0]
                header.outlet = header.outlet or byline[1]
                _flush_captions(header, pending)
                continue
            if is_title_like(line) and len(words(line)) >= 2 and index + 1 < len(lines):
                if (
                    not header.headline
                    and not body
                    and _is_expected_headline(line, expected_headline, punctuated)
                    and not read_dateline(line).place
                ):
                    header.headline = line
                    continue
                if header.headline and not body:
                    pending.append(line)
                    continue
            in_header = False
        elif index >= len(lines) - 3 and date_line(line) and body:
            header.dates.append(date_line(line)[0])
            continue
        body.extend(pending)
        pending = []
        body.append(line)
    body.extend(pending)
    return header, body


def _is_expected_headline(line: str, expected: str, punctuated: bool) -> bool:
    if not expected:
        return punctuated and len(words(line)) >= 3
    return words(line) == words(expected)


def _flush_captions(header: Header, pending: list[str]) -> None:
    """Title-like lines between the headline and a byline/date line are captions."""
    header.captions.extend(pending)
    pending.clear()


_DATELINE = re.compile(
    r"^(?P<place>[^\W\d_][^:()\[\]\-–—\n,،\"“”«»]{0,30}?)\s*"
    r"(?:[,،]\s*(?P<date>[^()\[\]\-–—:\n]{4,40}?)\s*)?"
    r"(?:[(\[]\s*(?P<agency>[^()\[\]]{1,30}?)\s*[)\]]\s*)?"
    r"(?P<sep>[:\-–—])\s*(?:[(\[]?\s*(?P<agency2>[^:\-–—()\[\]]{1,25}?)\s*[)\]]?\s*[:\-–—]\s*)?(?=\S)"
)
_LEADING_CREDIT = re.compile(r"^[(\[]\s*(?P<agency>[^()\[\]]{1,30}?)\s*[)\]]\s*[:\-–—]\s*")
_TRAILING_CREDIT = re.compile(r"[(\[]\s*(?P<agency>[^()\[\]]{1,30}?)\s*[)\]]\s*[.]?\s*$")


@dataclass(frozen=True)
class Dateline:
    place: str = ""
    wire: Source | None = None
    end: int = 0  # where the dateline ends in the first paragraph


def read_dateline(paragraph: str) -> Dateline:
    """The place (and agency credit) that opens a news lead; the text stays in the body.

    ``موسكو: التقى الزعيم ...`` → موسكو; ``موسكو (رويترز) - قال ...`` → موسكو, Reuters;
    ``بيونغ يانغ - أ ف ب: ...`` → بيونغ يانغ, AFP; ``وقال بوتين: ...`` → nothing.
    """
    leading = _LEADING_CREDIT.match(paragraph)
    if leading and known_agency(leading["agency"]):
        return Dateline("", known_agency(leading["agency"]), leading.end())
    match = _DATELINE.match(paragraph)
    if not match:
        return Dateline()
    place = match["place"].strip()
    place_words = words(place)
    agency = known_agency(match["agency"]) if match["agency"] else None
    agency = agency or (known_agency(match["agency2"]) if match["agency2"] else None)
    if match["agency"] and not agency:
        return Dateline()
    if match["agency2"] and not known_agency(match["agency2"]):
        # "موسكو - التقى ...: ..." — the second part is prose, not a credit.
        return _plain_dateline(paragraph)
    has_date = bool(match["date"] and any(m for m in find_dates(match["date"])))
    if match["date"] and not has_date:
        return Dateline()
    if not _plausible_place(place_words, place, strong=bool(agency or has_date), sep=match["sep"]):
        return Dateline()
    return Dateline(place, agency, match.end())


def _plain_dateline(paragraph: str) -> Dateline:
    match = re.match(
        r"^(?P<place>[^\W\d_][^:()\-–—\n,،\"“”«»]{0,30}?)\s*(?P<sep>[:\-–—])\s*(?=\S)", paragraph
    )
    if not match:
        return Dateline()
    place = match["place"].strip()
    if _plausible_place(words(place), place, strong=False, sep=match["sep"]):
        return Dateline(place, None, match.end())
    return Dateline()


def _plausible_place(place_words: list[str], place: str, *, strong: bool, sep: str) -> bool:
    if not 1 <= len(place_words) <= 3 or any(ch.isdigit() for ch in place):
        return False
    first = place_words[0]
    if first in _NOT_A_PLACE or (first[:1] in "وف" and first[1:] in _NOT_A_PLACE):
        return False
    if normalize(place) in DATELINE_PLACES or strong:
        return True
    return len(place_words) <= 2 and sep in ":-–—"


def trailing_credit(paragraph: str) -> Source | None:
    """``... في أوكرانيا. (رويترز)`` → Reuters: a credit closing a paragraph."""
    match = _TRAILING_CREDIT.search(paragraph)
    return known_agency(match["agency"]) if match else None


def infer_date(
    paragraphs: list[str], header_dates: list[date], dateline: Dateline, reference: date | None
) -> tuple[date | None, str, list[str]]:
    """``(publication date, date_source, warnings)``; see the precedence below.

    1. a date line in the header (``نشر في 13-09-2023``) → text;
    2. a full date in the dateline, or next to a weekday or ``اليوم`` in the lead
       (``الأربعاء 13 سبتمبر 2023``) → text; full dates elsewhere are event dates
       (``منذ عام 1945``, ``في آذار الماضي``) and are ignored;
    3. with a reference date: an explicit relative weekday in the first two paragraphs
       (``اليوم الخميس``, ``أمس الأربعاء``), a partial date next to a weekday
       (``الأربعاء (13 سبتمبر)``), a bare weekday in the lead (``الثلثاء``) → relative;
    4. the reference date itself → manifest;
    5. otherwise unknown, with a warning.
    """
    if header_dates:
        return header_dates[0], TEXT, []
    lead = paragraphs[0] if paragraphs else ""
    mentions = find_dates(lead)
    weekdays = find_weekdays(lead)
    for mention in mentions:
        if mention.year and (mention.start <= dateline.end or _next_to_weekday(lead, mention, weekdays)):
            return mention.date, TEXT, []
    opening = "\n".join(paragraphs[:2])
    explicit = [w for w in find_weekdays(opening) if w.explicit]
    partial = [
        m for m in mentions if not m.year and (m.start <= dateline.end or _next_to_weekday(lead, m, weekdays))
    ]
    if reference is None:
        cue = (explicit or weekdays or partial or [None])[0]
        if cue is None:
            return None, UNKNOWN, ["publication date unknown: the text states no date"]
        text = cue.text if hasattr(cue, "text") else lead[cue.start : cue.end]
        return (
            None,
            UNKNOWN,
            [f"publication date unknown: {text!r} needs a reference date (--date or manifest)"],
        )
    if explicit:
        found = explicit[0].publication_date(reference)
        others = {w.publication_date(reference) for w in explicit} - {found}
        warnings = (
            [f"relative weekdays disagree: {sorted(map(str, others))} besides {found}"] if others else []
        )
        return found, RELATIVE, warnings
    for mention in partial:
        completed = mention.completed(reference)
        if completed and abs((completed - reference).days) <= 7:
            return completed, RELATIVE, []
    if weekdays:
        return weekdays[0].publication_date(reference), RELATIVE, []
    return reference, MANIFEST, []


def _next_to_weekday(text: str, mention, weekdays) -> bool:
    """``الأربعاء 13 سبتمبر``, ``الأربعاء (13 سبتمبر)``, ``اليوم 13 سبتمبر``."""
    before = fold(text[max(0, mention.start - 12) : mention.start])
    if re.search(r"اليوم\s*[(،,]?\s*$", before):
        return True
    return any(0 <= mention.start - w.end <= 3 for w in weekdays)
