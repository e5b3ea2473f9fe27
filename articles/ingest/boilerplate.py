"""Page furniture that a copied web page brings along, and how to drop it safely.

A reader who selects a whole page and copies it gets the site with the story: the skip
link, the masthead, the menu, the dark-mode toggle, share and follow prompts, comment
counters, picture credits, "read also" boxes, tags, related and most-read lists, readers'
comments, the copyright line.  These rules drop it before anything reads the text, by
shape and by phrase, never by site:

- a line made of furniture words or phrases (``• Share :``, ``شارك القصة``, ``حجم الخط``,
  ``تفعيل الوضع الليلي``, ``list 1 of 3``, ``by الساحل نيوز 0 comment``, ``3 دقائق قراءة``,
  ``Credit: … via Getty Images``, ``رئيس التحرير: …``, a prayer-times widget);
- the lines after a marker that announces a list of other stories, tags or comments;
- above the story's first paragraph, short lines without sentence punctuation (menus,
  section names, language switches) — see :mod:`articles.ingest.header`.

Conservative on purpose: a line that ends a sentence is article text and is never dropped
by the list rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from articles.extraction.normalize import normalize

_WORD = re.compile(r"[^\W_]+")
_SENTENCE_END = re.compile(r"[.!?؟…:؛;،,]$")
_TRAILING_CLOSERS = re.compile(r"[\s\"'“”«»)\]»’]+$")


def words(line: str) -> list[str]:
    """Normalised, case-folded words of a line: ``"• Share :"`` → ``['share']``."""
    return list(_words(line))


@lru_cache(maxsize=8192)
def _words(line: str) -> tuple[str, ...]:
    # Every rule asks for a page's lines' words, many times over: normalise each line once.
    return tuple(_WORD.findall(normalize(line).casefold()))


def _phrase(line: str) -> str:
    return " ".join(_words(line))


def _phrases(*written: str) -> tuple[str, ...]:
    """Markers as people write them, in the form lines are compared in."""
    return tuple(_phrase(phrase) for phrase in written)


def ends_sentence(line: str) -> bool:
    """A line ending in sentence punctuation, closing quotes aside: ``...بكل سرور".``"""
    return bool(_SENTENCE_END.search(_TRAILING_CLOSERS.sub("", line)))


def is_title_like(line: str, max_words: int = 25) -> bool:
    """Short and not ending a sentence: a headline, a sub-heading, a caption, a link title.

    ``تقارب يزعج الغرب.. "بوتين" يقبل دعوة "كيم" لزيارة كوريا الشمالية`` is title-like
    (its ``..`` is inside); ``موسكو: التقى الزعيم ... للدولة الشيوعية.`` is not.
    """
    count = len(words(line))
    stripped = _TRAILING_CLOSERS.sub("", line)
    return 0 < count <= max_words and not re.search(r"[.…:؛;،,]$", stripped)


# Share bars and widgets: a line made only of these words, with at least one strong one.
_SHARE_STRONG = {
    "share", "شارك", "شاركوا", "مشاركه", "مشاركة", "post", "tweet", "طباعه", "print", "facebook", "twitter",
    "whatsapp", "telegram", "linkedin", "messenger", "فيسبوك", "فيس", "تويتر", "واتساب", "واتس",
    "تليجرام", "تلغرام", "تيليجرام", "ماسنجر", "لينكدان", "انستغرام", "انستجرام", "instagram",
}  # fmt: skip
_SHARE_WEAK = {
    "title", "على", "عبر", "الخبر", "المقال", "الصفحه", "هذا", "x", "بوك", "اب", "email", "بريد",
    "البريد", "الالكتروني", "نسخ", "الرابط", "copy", "link", "حجم", "الخط", "a", "ارسال", "via",
    "on", "this", "article", "story", "مع", "اصدقايك", "القصه", "الموضوع", "الان",
}  # fmt: skip

_READ_ALSO = (
    "اقرا ايضا", "اقرا كذلك", "اقرا المزيد", "اقرا اكثر", "طالع ايضا", "شاهد ايضا", "يهمك ايضا",
    "قد يهمك", "اخبار ذات صله", "اخبار متعلقه", "مواضيع ذات صله", "مقالات ذات صله", "ذات صله",
    "الاكثر قراءه", "الاكثر مشاهده", "المزيد من الاخبار", "read also", "read more", "related",
    "see also", "more stories", "most read",
) + _phrases(
    "الأخبار ذات الصلة", "المقالات ذات الصلة", "أخبار متعلقة", "أخبار ذات علاقة", "مواضيع متعلقة",
    "الأكثر تداولا", "الأكثر تعليقا", "الأكثر قراءة اليوم", "اخترنا لك", "اقرأ أيضاً", "ننصحك بقراءة",
    "المزيد", "شاهد أيضا", "قصص ذات صلة", "تقارير ذات صلة", "related posts", "related articles",
    "related stories", "you may also like", "recommended",
)  # fmt: skip
_TAGS = ("الكلمات المفتاحيه", "كلمات مفتاحيه", "الكلمات الداله", "الوسوم", "وسوم", "tags", "topics")
_TAGS += _phrases(
    "كلمات دليلية", "الكلمات الدليلية", "مواضيع", "موضوعات", "تصنيفات", "الموضوعات", "كلمات البحث",
)  # fmt: skip
_COMMENTS = (
    "التعليقات", "تعليقات القراء", "تعليقات", "اضف تعليقك", "اضف تعليق", "اترك تعليقا",
    "اترك تعليق", "اكتب تعليقك", "شارك برايك", "comments", "leave a comment", "add a comment",
) + _phrases("تعليقات الزوار", "تعليقات الفيسبوك", "أضف تعليقاً", "leave a reply")  # fmt: skip
_NO_COMMENTS = ("لا توجد تعليقات", "كن اول من يعلق", "no comments")
_FOLLOW = ("تابعونا على", "تابعنا على", "تابعوا", "تابعونا", "follow us", "تابع اخر الاخبار") + _phrases(
    "تابع أحدث الأخبار", "تابع آخر الأخبار", "تابعوا آخر الأخبار", "تابع صفحتنا", "حمّل تطبيق", "نزّل تطبيق",
    "اشترك في قناتنا", "انضم إلى قناتنا", "تابعوا قناتنا", "follow",
)  # fmt: skip
# A line that names one of these is a prompt to follow the site elsewhere, not the story.
_APPS = _phrases("google news", "جوجل نيوز", "غوغل نيوز", "تطبيق", "تلغرام", "تيليجرام", "واتساب", "يوتيوب")
_SUBSCRIBE = ("اشترك في", "اشترك الان", "للاشتراك", "النشره البريديه", "النشره الاخباريه", "subscribe",
              "newsletter", "سجل الدخول", "تسجيل الدخول", "حمل تطبيق", "حمل التطبيق")  # fmt: skip
_COOKIES = ("ملفات تعريف الارتباط", "الكوكيز", "cookies", "cookie", "سياسه الخصوصيه", "privacy policy")
_COPYRIGHT = ("جميع الحقوق محفوظه", "حقوق النشر محفوظه", "all rights reserved", "copyright")
_FURNITURE = {"اعلان", "advertisement", "مساحه اعلانيه", "تحميل", "loading", "اضغط هنا", "click here",
              "skip to content", "تخطي الي المحتوي", "الرئيسيه", "home", "القائمه", "menu", "بحث",
              "search", "اغلاق", "close", "post title"} | set(_phrases(
    "تخطَّ إلى المحتوى", "انتقل إلى المحتوى", "skip to main content", "الوضع الليلي", "الوضع المظلم",
    "الوضع النهاري", "الوضع الداكن", "الوضع الفاتح", "تفعيل الوضع الليلي", "تفعيل الوضع المظلم",
    "تفعيل الوضع الداكن", "تبديل الوضع", "dark mode", "light mode", "toggle dark mode", "logo", "site logo",
    "شعار", "شعار الموقع", "حفظ", "save", "حجم الخط", "تكبير الخط", "تصغير الخط", "طباعة", "نسخ الرابط",
    "تم النسخ",
    "اشترك", "subscribe", "القائمة الرئيسية", "بث مباشر", "مباشر", "live", "english", "français", "عاجل",
    "نهاية", "انتهى", "end", "end of list", "إعدادات", "قبول", "رفض", "موافق", "accept", "reject",
    "الصفحة الرئيسية", "سجل الدخول", "login", "sign in", "استمع", "استمع للمقال", "listen", "تكبير", "تصغير",
))  # fmt: skip
# The lists are written the way people write; lines are compared normalised (ئ → ي, ى → ي).
_SHARE_STRONG, _SHARE_WEAK, _FURNITURE = (
    set(_phrases(*group)) for group in (_SHARE_STRONG, _SHARE_WEAK, _FURNITURE)
)
_READ_ALSO, _TAGS, _COMMENTS, _NO_COMMENTS, _FOLLOW, _SUBSCRIBE, _COOKIES, _COPYRIGHT = (
    _phrases(*group)
    for group in (_READ_ALSO, _TAGS, _COMMENTS, _NO_COMMENTS, _FOLLOW, _SUBSCRIBE, _COOKIES, _COPYRIGHT)
)
_BREADCRUMB = re.compile(r"^\s*(?:الرئيسية|الرئيسيه|home)\s*[>»›/|]", re.IGNORECASE)
# Three or more menu items in one line: ``الرئيسية | سياسة | اقتصاد | رياضة``.
_MENU = re.compile(r"^[^|»›>]{1,30}(?:\s*[|»›>]\s*[^|»›>]{1,30}){2,}$")
_MASTHEAD_STAFF = _phrases(
    "رئيس التحرير", "رئيس مجلس الإدارة", "رئيس مجلس الادارة ورئيس التحرير", "مدير التحرير",
    "المدير العام", "المدير التنفيذي", "رئيس التحرير التنفيذي", "نائب رئيس التحرير", "صاحب الامتياز",
    "المشرف العام", "مؤسس", "editor in chief", "editor-in-chief", "managing editor", "publisher",
)  # fmt: skip
_PICTURE_CREDIT = re.compile(
    r"^\s*(?:credit|photo|image|picture|getty images|مصدر الصور[ةه]|الصور[ةه]|صور[ةه]|تصوير|عدسة|"
    r"حقوق الصور[ةه]|photograph)\s*[:،,\-–—]"
    r"|via getty images|getty images\s*$|^\s*\(?\s*(?:أرشيفية|ارشيفية|صورة أرشيفية|صورة ارشيفية)\s*\)?\s*$",
    re.IGNORECASE,
)
# ``by الساحل نيوز 0 comment``, ``3 تعليقات``, ``3 دقائق قراءة``, ``الوقت المقدر للقراءة: 4 دقائق``.
_COUNTER = re.compile(
    r"^(?:(?:by|بواسطه)\s+.{1,40}?\s+)?\d+\s+(?:comments?|تعليقات?|تعليقا|مشاهدات?|مشاهده|views?|shares?|"
    r"(?:دقايق|دقيقه|دقيقتان)(?:\s+(?:قراءه|للقراءه))?|min(?:ute)?s?\s+read)$"
    r"|^(?:الوقت المقدر للقراءه|وقت القراءه|مده القراءه|عدد المشاهدات|المشاهدات|reading time)\b",
    re.IGNORECASE,
)
_LIST_MARKER = re.compile(r"^(?:list\s+of\s+\d+\s+items?|list\s+\d+\s+of\s+\d+|end\s+of\s+list)$", re.I)
# A prayer-times or weather widget: three times of day in one short line, or a temperature.
_TIMES = re.compile(r"\d{1,2}:\d{2}")
_TEMPERATURE = re.compile(r"^-?\d{1,2}\s*°\s*[cf]?$", re.IGNORECASE)
# ``ح.ع``, ``م.ع/ع.ش``: an editor's initials closing the copy.
_INITIALS = re.compile(r"^[^\W\d_]{1,2}(?:\s*[./]\s*[^\W\d_]{1,2}){1,4}\s*\.?$")


def _starts_with(line: str, markers: tuple[str, ...]) -> str | None:
    phrase = _phrase(line)
    for marker in markers:
        if phrase == marker or phrase.startswith(marker + " "):
            return marker
    return None


def _contains(line: str, markers: tuple[str, ...]) -> bool:
    phrase = f" {_phrase(line)} "
    return any(f" {marker} " in phrase for marker in markers)


def is_share_bar(line: str) -> bool:
    """``• Share :``, ``post-title``, ``شارك عبر فيسبوك تويتر واتساب``."""
    found = words(line)
    return (
        0 < len(found) <= 10
        and all(w in _SHARE_STRONG or w in _SHARE_WEAK for w in found)
        and any(w in _SHARE_STRONG for w in found)
    ) or _phrase(line) == "post title"


def is_furniture(line: str) -> bool:
    """A single line of page furniture, whatever surrounds it."""
    if is_share_bar(line):
        return True
    count = len(words(line))
    if count == 0:
        return not line.strip("-–—_=*•·|/ ") or line.strip() in ("©", "ⓒ")
    phrase = _phrase(line)
    if phrase in _FURNITURE or _BREADCRUMB.match(line) or _LIST_MARKER.match(phrase):
        return True
    if line.lstrip()[:1] in ("©", "ⓒ", "#") and count <= 20:
        return True
    if count <= 12 and (_starts_with(line, _FOLLOW) or _contains(line, _NO_COMMENTS)):
        return True
    if count <= 12 and _starts_with(line, ("تابع", "تابعوا", "حمل", "نزل")) and _contains(line, _APPS):
        return True
    if count <= 25 and (_contains(line, _SUBSCRIBE) or _contains(line, _COPYRIGHT)):
        return True
    return count <= 40 and _contains(line, _COOKIES) or is_widget(line)


def is_widget(line: str) -> bool:
    """Furniture recognised by its shape rather than its words: menus, counters, credits,
    the masthead's staff, prayer times and the weather, an editor's initials."""
    phrase = _phrase(line)
    count = len(phrase.split())
    if count <= 12 and _PICTURE_CREDIT.search(line):
        return True
    if count <= 10 and (_COUNTER.match(phrase) or _starts_with(line, _MASTHEAD_STAFF)):
        return True
    if len(_TIMES.findall(line)) >= 3 and sum(not w.isdigit() for w in phrase.split()) <= 8:
        return True
    if _TEMPERATURE.match(line.strip()) or _INITIALS.match(line.strip()):
        return True
    return count <= 20 and bool(_MENU.match(line.strip()))


def _is_related_title(line: str) -> bool:
    """A link title in a related-story list, and not the heading of the next block."""
    return is_title_like(line, 20) and not _starts_with(line, _COMMENTS + _READ_ALSO + _TAGS)


def _is_tag(line: str) -> bool:
    """A short line in a tag list, and not the heading of the next block."""
    return (
        len(words(line)) <= 4
        and not ends_sentence(line)
        and not _starts_with(line, _COMMENTS + _READ_ALSO + _TAGS)
    )


def strip_boilerplate(lines: list[str]) -> tuple[list[str], list[str]]:
    """The lines without page furniture, and warnings for anything beyond single lines.

    - ``اقرأ أيضا`` alone on a line drops itself and the title-like lines after it (the
      related-story list), up to ten; ``اقرأ أيضا: عنوان`` drops only its own line;
    - ``الكلمات المفتاحية`` drops itself and the short tag lines after it;
    - ``التعليقات`` after the article's text drops everything after it (readers' comments),
      with a warning saying how many lines went.
    """
    kept: list[str] = []
    warnings: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        count = len(words(line))
        if is_furniture(line):
            i += 1
            continue
        marker = _starts_with(line, _READ_ALSO) if count <= 20 else None
        if marker:
            i += 1
            if _phrase(line) == marker:
                dropped = 0
                while i < len(lines) and dropped < 10 and _is_related_title(lines[i]):
                    i += 1
                    dropped += 1
            continue
        marker = _starts_with(line, _TAGS) if count <= 30 else None
        if marker:
            i += 1
            if _phrase(line) == marker:
                while i < len(lines) and _is_tag(lines[i]):
                    i += 1
            continue
        marker = _starts_with(line, _COMMENTS) if count <= 5 else None
        if marker:
            body_so_far = sum(ends_sentence(k) for k in kept)
            rest = len(lines) - i - 1
            if body_so_far >= 2 and rest:
                warnings.append(f"dropped {rest} line(s) after the comments heading {line!r}")
                break
            i += 1
            continue
        kept.append(line)
        i += 1
    return kept, warnings
