"""What a copy says about itself, line by line: bylines, wire credits, the outlet, datelines.

Every rule looks only where news copy puts that piece of metadata: the header lines
before the first paragraph, the start of the first paragraph (the dateline), standalone
credit lines, the site's banner and copyright line.  Names that merely appear in the prose
(``وفق ما ذكرت شبكة "سي. إن. إن"``, ``لوكالة فرانس برس``) are citations, not credits, and
are left alone.  :mod:`articles.ingest.header` reads the header with these rules;
:mod:`articles.ingest.dating` weighs the dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from articles.extraction.dates import find_dates
from articles.extraction.normalize import normalize
from articles.ingest.boilerplate import ends_sentence, is_furniture, words
from articles.ingest.dating import date_line, infer_date
from articles.ingest.sources import Source, known_agency, known_outlet, outlet_aliases

__all__ = [
    "Dateline", "byline_of", "credit_of", "date_line", "infer_date", "page_outlet", "read_dateline",
    "site_header_outlet", "source_credit_outlet", "trailing_credit",
]  # fmt: skip

SEPARATORS = "-–—|:/"
# A site's name as a banner or a copyright line gives it: a few words, never a paragraph.
SITE_NAME_MAX_WORDS = 6
SITE_NAME_MAX_CHARS = 120

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


def _is_person_name(text: str) -> bool:
    """One to five words of letters, no digits or sentence punctuation: ``محمود غراب``."""
    found = words(text)
    return 1 <= len(found) <= 5 and len(text) <= 60 and not re.search(r"\d|[.!?؟،,:؛\"“”«»]", text)


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


# What may stand beside an agency in a credit line without making it prose.
_CREDIT_LABELS = {
    normalize(w)
    for w in ("المصدر", "مصدر", "المصادر", "نص", "تحرير", "ترجمة", "إعداد", "نقلا عن", "نقلاً عن", "عن",
              "source", "sources", "text", "via", "by")
}  # fmt: skip
_GENERIC_CREDITS = {
    normalize(w)
    for w in ("وكالات", "الوكالات", "وكالات الأنباء", "مع وكالات", "متابعات", "متابعة", "مواقع", "خاص",
              "agencies", "wires")
}  # fmt: skip
_PICTURE_WORDS = {
    normalize(w)
    for w in ("صورة", "الصورة", "صور", "تصوير", "أرشيفية", "ارشيفية", "أرشيف", "photo", "credit", "image",
              "getty")
}  # fmt: skip
_CREDIT_SPLIT = re.compile(r"\s*[-–—/|:،,+()\[\]«»\"“”]+\s*|\s+و(?=وكالات|الوكالات)")


def _credit_parts(line: str) -> list[str] | None:
    """The parts of a short credit line, or None when the line is prose or a picture credit."""
    if len(words(line)) > 8 or (ends_sentence(line) and not line.rstrip().endswith(":")):
        return None
    if set(words(line)) & _PICTURE_WORDS:
        return None
    return [part for part in _CREDIT_SPLIT.split(line.strip()) if words(part)]


def _credit_key(part: str) -> str:
    """``ووكالات`` → ``وكالات``: the comparison form of a part, a joined ``و`` taken off."""
    key = " ".join(words(part))
    return key[1:] if key[:1] == "و" and key[1:] in _GENERIC_CREDITS else key


def _credit_part_is_allowed(part: str) -> bool:
    """A label, a generic credit, an outlet, or a place: what credit lines put beside an agency."""
    key = _credit_key(part)
    if key in _CREDIT_LABELS or key in _GENERIC_CREDITS or known_outlet(part):
        return True
    return key in DATELINE_PLACES or (len(words(part)) <= 3 and not re.search(r"\d", part))


def credit_line(line: str) -> tuple[bool, Source | None]:
    """Whether ``line`` is a standalone credit line, and the agency it credits (or None).

    ``(رويترز)``, ``- أ ف ب``, ``المصدر: وكالة فرانس برس`` and the credits that put a place or
    the site beside the agency (``موسكو - (د ب أ)``, ``موسكو - قنا:``, ``سيول - أسوشيتد برس``,
    ``هسبريس - أ ف ب``, ``نص: فرانس24/ أ ف ب``, ``المصدر: سيؤول - رويترز``) credit an agency;
    ``(وكالات)``, ``المصدر : الجزيرة + وكالات``, ``اندبندنت عربية ووكالات`` are credit lines
    that credit none.  Picture credits (``(أرشيفية- رويترز)``) and prose are not credit lines.
    """
    parts = _credit_parts(line)
    if not parts:
        return False, None
    found, labelled = None, False
    for part in parts:
        label = _CREDIT_LABEL.match(part)
        agency = known_agency(part) or (known_agency(label["name"]) if label else None)
        if agency is not None:
            found = found or agency
            continue
        if not _credit_part_is_allowed(part):
            return False, None
        labelled = labelled or _credit_key(part) in _CREDIT_LABELS | _GENERIC_CREDITS
    return (found is not None or labelled), found


def credit_of(line: str) -> Source | None:
    """The agency a standalone credit line names (see :func:`credit_line`), else None."""
    return credit_line(line)[1]


def source_credit_outlet(line: str) -> Source | None:
    """``المصدر: سكاي نيوز عربية`` → Sky News Arabia: a known outlet named as the source."""
    if len(words(line)) > 8:
        return None
    label = _CREDIT_LABEL.match(line.strip(" -–—|()[]"))
    if label:
        return known_outlet(label["name"].strip(" -–—|()[]«»\"'.:"))
    return None


# --- The site that published the page ----------------------------------------------------------

_COPYRIGHT_WORDS = re.compile(
    r"©|ⓒ|\(c\)|copyright|all rights reserved|جميع الحقوق محفوظة|جميع الحقوق محفوظه|حقوق النشر محفوظة|"
    r"الحقوق محفوظة|\b(?:19|20)\d\d\b|[|.–—-]",
    re.IGNORECASE,
)
_RIGHTS = re.compile(r"(?:19|20)\d\d|الحقوق|copyright|rights", re.IGNORECASE)
_DESK_CREDIT = re.compile(r"^(?P<name>[^-–—|:]{2,40}?)\s*[-–—|]\s*(?:متابعات|متابعة)\s*$")


# A publishing house named in a copyright line instead of its paper: ``دار الوطن للصحافة والنشر``.
_PUBLISHER = re.compile(
    r"^(?:دار|مؤسسة|مؤسسه|شركة|شركه|مجموعة|مجموعه)\s+(?P<name>.+?)(?:\s+لل\S+(?:\s+و\S+)*)?$"
)


def _named_site(name: str) -> Source | None:
    """A site as a page names itself: the table's entry when it knows the name, else the
    name as written (one to six words, no digits)."""
    name = " ".join(name.strip(" -–—|:.،,()«»\"'").split())
    if not name:
        return None
    publisher = _PUBLISHER.match(name)
    name = publisher["name"] if publisher else name
    for candidate in _without_preposition(name):
        if known := known_outlet(candidate) or known_agency(candidate):
            return known
    name = _without_preposition(name)[-1]
    short = 1 <= len(words(name)) <= SITE_NAME_MAX_WORDS and len(name) <= SITE_NAME_MAX_CHARS
    if short and not re.search(r"\d", name):
        return Source(name)
    return None


def _without_preposition(name: str) -> list[str]:
    """The name, then the name without the ``ل`` a rights notice puts before it:
    ``لـ بغداد اليوم`` → ``بغداد اليوم``, ``لليوم السابع`` → ``اليوم السابع``, ``لوكالة عمون`` →
    ``وكالة عمون``."""
    if name.startswith("لـ"):
        return [name, name[2:].strip()]
    if name.startswith("لل"):
        return [name, "ال" + name[2:]]
    if name.startswith("ل") and len(name.split()[0]) > 3:
        return [name, name[1:]]
    return [name]


def copyright_outlet(line: str) -> Source | None:
    """``© 2023 جريدة الراية. جميع الحقوق محفوظة`` → Al Raya; ``جميع الحقوق محفوظة لـ بغداد اليوم``
    → Baghdad Today; ``© 2023 شبكة نبض فلسطين الإخبارية`` → that name, as written.  A © in a
    picture credit (``© Sputnik . الخدمة الصحفية``), without a year or a rights notice, is not one."""
    if len(words(line)) > 14 or not re.search(r"©|ⓒ|copyright|الحقوق", line, re.IGNORECASE):
        return None
    if not _RIGHTS.search(line):
        return None
    rest = _COPYRIGHT_WORDS.sub(" ", line)
    return _named_site(rest)


def site_header_outlet(line: str) -> Source | None:
    """``الموقع الرسمي | القاهرة الاخبارية`` → Alqahera News (a site's own banner).

    A banner names a site in a few words; a line that goes on (a copy pasted onto one line
    after its banner) is text, and no outlet is ever named after it."""
    match = _SITE_HEADER.match(line)
    if not match or len(line) > SITE_NAME_MAX_CHARS or len(words(match["name"])) > SITE_NAME_MAX_WORDS:
        return None
    name = match["name"].strip()
    return known_outlet(name) or Source(name)


def page_outlet(lines: list[str]) -> Source | None:
    """The site a copied page names as its own, from the lines as copied (before the
    furniture goes): its banner (``الموقع الرسمي | …``), its copyright line, a desk credit
    (``بغداد اليوم - متابعات``), a source line naming a known outlet (``المصدر: …``), or a
    known outlet's name alone on the page's first line past any skip link (the masthead)."""
    found: dict[str, Source] = {}
    for line in lines:
        for kind, rule in (
            ("banner", site_header_outlet),
            ("copyright", copyright_outlet),
            ("desk", _desk_outlet),
            ("source", source_credit_outlet),
        ):
            if kind not in found and (source := rule(line)):
                found[kind] = source
    first = next((line for line in lines if not is_furniture(line)), "")  # past the skip link
    if first and (masthead := known_outlet(first)):
        found.setdefault("masthead", masthead)
    order = ("banner", "copyright", "desk", "source", "masthead")
    return next((found[kind] for kind in order if kind in found), None)


def _desk_outlet(line: str) -> Source | None:
    """``بغداد اليوم - متابعات``: the site's desk compiled the story (not ``موسكو - متابعات``)."""
    match = _DESK_CREDIT.match(line.strip())
    if not match or normalize(match["name"].strip()) in DATELINE_PLACES:
        return None
    return _named_site(match["name"])


# ``موسكو، 13 سبتمبر 2023 (رويترز) -``, ``نيويورك، 20 سبتمبر (يونهاب) --``, ``موسكو - 13 أيلول (سانا)``,
# ``موسكو - 13 - 9 (كونا) --``, ``موسكو/ الأناضول:``: a place, perhaps a date (day and month,
# numeric or named), perhaps an agency, then the separator.
_DATELINE = re.compile(
    r"^(?P<place>[^\W\d_][^:()\[\]\-–—/\n,،\"“”«»]{0,30}?)\s*"
    r"(?:(?:[,،]|[-–—](?=\s*\d))\s*(?:(?P<nday>\d{1,2})\s*[-/]\s*(?P<nmonth>\d{1,2})(?![\d/-])"
    r"|(?P<date>[^()\[\]\-–—:\n]{4,40}?))\s*)?"
    r"(?:[(\[]\s*(?P<agency>[^()\[\]]{1,30}?)\s*[)\]]\s*)?"
    r"(?P<sep>(?(date)[:\-–—]|(?(nday)[:\-–—]|[:\-–—/])))\s*(?:[(\[]?\s*(?P<agency2>[^:\-–—()\[\]]{1,25}?)\s*[)\]]?\s*[:\-–—]\s*)?(?=\S)"
)
_LEADING_CREDIT = re.compile(r"^[(\[]\s*(?P<agency>[^()\[\]]{1,30}?)\s*[)\]]\s*[:\-–—]\s*")
_TRAILING_CREDIT = re.compile(r"[(\[]\s*(?P<agency>[^()\[\]]{1,30}?)\s*[)\]]\s*[.]?\s*$")


@dataclass(frozen=True)
class Dateline:
    place: str = ""
    wire: Source | None = None
    end: int = 0  # where the dateline ends in the first paragraph
    day_month: tuple[int, int] | None = None  # a date standing apart from the lead, or ``13 - 9``
    year: int | None = None  # with day_month, when the dateline states it


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
    if match["sep"] == "/" and agency is None:  # ``موسكو/ الأناضول:``, never ``موسكو/ قال``
        return Dateline()
    if match["agency"] and not agency:
        return Dateline()
    if match["agency2"] and not known_agency(match["agency2"]):
        # "موسكو - التقى ...: ..." — the second part is prose, not a credit.
        return _plain_dateline(paragraph)
    has_date = bool(match["date"] and any(m for m in find_dates(match["date"])))
    if match["date"] and not has_date:
        return Dateline()
    day_month = (int(match["nday"]), int(match["nmonth"])) if match["nday"] else None
    if day_month and not (1 <= day_month[0] <= 31 and 1 <= day_month[1] <= 12):
        return Dateline()
    strong = bool(agency or has_date or day_month)
    if not _plausible_place(place_words, place, strong=strong, sep=match["sep"]):
        return Dateline()
    return Dateline(place, agency, match.end(), day_month)


# A dateline on a line of its own, above the lead: ``موسكو - 13 أيلول (سانا)``, ``موسكو، 14 سبتمبر 2023
# (رويترز)``, ``سيئول، 20 سبتمبر (يونهاب) --``.
_DATELINE_LINE = re.compile(
    r"^(?P<place>[^\W\d_][^:()\[\]\-–—/\n,،\"“”«»\d]{0,30}?)\s*"
    r"(?:[,،\-–—]\s*(?P<date>[^()\[\]:\n]{3,40}?)\s*)?"
    r"[(\[]\s*(?P<agency>[^()\[\]]{1,30}?)\s*[)\]]\s*[:\-–—]*\s*$"
)
_NUMERIC_DAY_MONTH = re.compile(r"^(?P<day>\d{1,2})\s*[-/]\s*(?P<month>\d{1,2})$")


def dateline_line(line: str) -> Dateline | None:
    """A dateline standing on its own line: its place, agency and date; None for any
    other line."""
    match = _DATELINE_LINE.match(line.strip())
    agency = known_agency(match["agency"]) if match else None
    if agency is None or not 1 <= len(words(match["place"])) <= 3:
        return None
    if not match["date"]:
        return Dateline(match["place"].strip(), agency)
    mentions = find_dates(match["date"])
    numeric = _NUMERIC_DAY_MONTH.match(match["date"].strip())
    if mentions:
        day_month, year = (mentions[0].day, mentions[0].month), mentions[0].year
    elif numeric and 1 <= int(numeric["day"]) <= 31 and 1 <= int(numeric["month"]) <= 12:
        day_month, year = (int(numeric["day"]), int(numeric["month"])), None
    else:
        return None
    return Dateline(match["place"].strip(), agency, 0, day_month, year)


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
    """``... في أوكرانيا. (رويترز)`` → Reuters: a credit closing a paragraph after its last
    sentence.  ``بوتين يصافح كيم عند مدخل القاعدة (رويترز)`` is a caption's picture credit."""
    match = _TRAILING_CREDIT.search(paragraph)
    if not match:
        return None
    before = paragraph[: match.start()].rstrip()
    if before and not ends_sentence(before):
        return None
    return known_agency(match["agency"])
