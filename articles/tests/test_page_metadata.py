"""Outlet, date, headline and wire of copied web pages: the pure rules, no database."""

from datetime import date

import pytest

from articles import reference
from articles.extraction.dates import DEFAULT_WINDOW, CoverageWindow
from articles.ingest import Known, parse_text
from articles.ingest.boilerplate import is_furniture, strip_boilerplate
from articles.ingest.dating import date_line
from articles.ingest.header import read_header
from articles.ingest.infer import credit_line, page_outlet
from articles.ingest.sources import Source, known_outlet, outlet_of_url
from articles.ingest.urls import registrable_domain, url_date

LEAD = (
    "استقبل الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون في قاعدة فوستوشني "
    "الفضائية، في أول لقاء بينهما منذ أربع سنوات."
)
SECOND = "وقال الكرملين إن المحادثات تناولت التعاون العسكري والاقتصادي بين البلدين الجارين."


def page(*lines: str) -> str:
    return "\n".join(lines)


def parsed(*lines: str, url: str = "", **options):
    return parse_text(page(*lines), source_name="page", known=Known(url=url), **options)


# -- the site a URL belongs to --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://ar.yna.co.kr/view/AAR2023", "yna.co.kr"),
        ("https://gate.ahram.org.eg/News/1.aspx", "ahram.org.eg"),
        ("https://m.youm7.com/story/1", "youm7.com"),
        ("https://m2.example-news.com/a/1.html", "example-news.com"),
        ("https://amp.example.co.uk/x", "example.co.uk"),
        ("https://www.okaz.com.sa/news/1", "okaz.com.sa"),
        ("https://www.kuna.net.kw/ArticleDetails.aspx?id=1", "kuna.net.kw"),
        ("https://arabic.news.cn/x", "news.cn"),
        ("https://world.kbs.co.kr/service/x", "kbs.co.kr"),
        ("https://news.example.com.eg/1", "example.com.eg"),
        ("http://127.0.0.1:8000/x", "127.0.0.1"),
        ("", ""),
    ],
)
def test_registrable_domain_folds_subdomains_into_their_site(url, site):
    assert registrable_domain(url) == site


def test_registrable_domain_reads_the_list_the_package_ships_and_never_fetches(monkeypatch):
    import tld.base
    import tld.utils

    def no_network(*args, **kwargs):
        raise AssertionError("the Public Suffix List was fetched")

    monkeypatch.setattr(tld.base, "urlopen", no_network)
    monkeypatch.setattr(tld.utils, "tld_names", {})  # as in a fresh process
    registrable_domain.cache_clear()

    assert registrable_domain("https://news.example.co.kr/a") == "example.co.kr"


def test_no_two_media_share_a_site():
    sites: dict[str, str] = {}
    shared = []
    for medium in reference.media():
        for domain in medium.domains:
            owner = sites.setdefault(registrable_domain(domain), medium.slug)
            if owner != medium.slug:
                shared.append((domain, owner, medium.slug))

    assert shared == []
    assert len(reference.media()) == 123


def test_known_outlet_finds_a_medium_by_any_host_of_its_site():
    assert known_outlet(domain="https://www.rt.com/news/1").name_en == "RT Arabic"  # arabic.rt.com
    assert known_outlet(domain="https://amp.france24.com/ar/1").name_en == "France 24 Arabic"
    assert known_outlet(domain="https://ar.yna.co.kr/view/1").name_en == "Yonhap"  # an agency's own site


def test_outlet_of_url_names_an_unknown_site_after_its_domain_for_an_editor_to_confirm():
    assert outlet_of_url("https://m.unknown-daily.com.eg/news/1") == Source(
        "unknown-daily.com.eg", "", "unknown-daily.com.eg", to_confirm=True
    )
    named = Source("صدى الوادي")
    assert outlet_of_url("https://www.sada-alwadi.net/a/1", named) == Source(
        "صدى الوادي", "", "sada-alwadi.net", to_confirm=True
    )
    assert outlet_of_url("https://www.youm7.com/story/1", named).name_en == "Youm7"


# -- the date in a URL ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.site.net/news/2023/09/12/slug", date(2023, 9, 12)),
        ("https://www.site.net/news/2023/9/16/slug", date(2023, 9, 16)),
        ("https://www.site.net/amp/20230911/slug", date(2023, 9, 11)),
        ("https://www.site.ae/world/kim-visits-2023-09-14-1.123", date(2023, 9, 14)),
        ("https://ar.yna.co.kr/view/AAR20230920000100885", date(2023, 9, 20)),
        ("https://www.site.com.eg/world/kim-to-travel-september-5,-2023", date(2023, 9, 5)),
        ("https://www.site.com/article/14/09/2023/slug", date(2023, 9, 14)),
        ("https://www.site.com/ar/آسيا/20230913-قمة", date(2023, 9, 13)),
        ("https://www.site.net/arabic/world/160920231", date(2023, 9, 16)),
        ("https://www.site.com/view?date=2023-10-18&id=5", date(2023, 10, 18)),
        ("https://www.site.com/news/Sept-21-2023-kim", date(2023, 9, 21)),
    ],
)
def test_url_date_reads_every_form_news_sites_use(url, expected):
    assert url_date(url, DEFAULT_WINDOW) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://sputnikarabic.ae/x/kim-1081234567.html",  # an id, not a date
        "https://gate.ahram.org.eg/News/4512876.aspx",
        "https://www.site.com/news/details/20191107555",  # a date, but years from the window
    ],
)
def test_url_date_leaves_ids_alone(url):
    assert url_date(url, DEFAULT_WINDOW) is None


# -- furniture ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "تفعيل الوضع الليلي",
        "الوضع الداكن",
        "Logo",
        "تخطَّ إلى المحتوى",
        "رئيس التحرير: سامي عبد الله",
        "رئيس مجلس الإدارة: محمود علي",
        "شارك القصة",
        "تابع أحدث الأخبار عبر تطبيق google news",
        "by موقع المدينة 0 comment",
        "بواسطة موقع المدينة 3 تعليقات",
        "12 تعليقا",
        "4 دقائق قراءة",
        "الوقت المقدر للقراءة: 3 دقائق",
        "Credit: STR/AFP via Getty Images",
        "مصدر الصورة، Getty Images",
        "صورة: رويترز",
        "حجم الخط",
        "list 2 of 4",
        "الرئيسية | سياسة | اقتصاد | رياضة",
        "الفجر 4:31 الظهر 11:52 العصر 3:20 المغرب 6:02",
        "31°",
        "#بوتين",
        "© 2024 جميع الحقوق محفوظة",
        "الرئيسية",
        "القائمة",
        "تابعونا على فيسبوك",
    ],
)
def test_is_furniture_recognises_page_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [LEAD, "لقاء فوستوشني", "موسكو - (د ب أ)", "الخميس 14 أيلول 2023 | 09:20", "المصدر: وكالات", "- عقوبات-"],
)
def test_is_furniture_keeps_text_and_metadata(line):
    assert not is_furniture(line)


def test_strip_boilerplate_drops_related_headings_the_issue_lists():
    lines = [LEAD, "الأخبار ذات الصلة", "بوتين يزور بيونغ يانغ", "كلمات دليلية", "روسيا", "كوريا"]

    assert strip_boilerplate(lines) == ([LEAD], [])


# -- publication lines --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected", "labelled"),
    [
        ("السبت ١٦ سبتمبر ٢٠٢٣", date(2023, 9, 16), False),
        ("الخميس ۱۴ سبتمبر ۲۰۲۳ - ۰۸:۳۵ بتوقيت غرينتش", date(2023, 9, 14), False),
        ("تاريخ النشر: 16/09/2023", date(2023, 9, 16), True),
        ("نشر في: 12 سبتمبر ,2023: 09:14 ص GST", date(2023, 9, 12), True),
        ("Published 13th, September 2023", date(2023, 9, 13), True),
        ("الخميس 29 صفر 1445هـ 14 سبتمبر 2023 02:13", date(2023, 9, 14), False),
        ("13.09.2023, 14:35 (تم التحديث: 14:52 14.09.2023)", date(2023, 9, 13), False),
        ("نشرت في: 13/09/2023 - 09:57 آخر تعديل: 14/09/2023 - 18:12", date(2023, 9, 13), True),
        ("2023-09-14 10:31 GMT+8", date(2023, 9, 14), False),
        ("الأحد 8 تشرين الأول 2023", date(2023, 10, 8), False),
        ("3 شتنبر 2023 - 22:10", date(2023, 9, 3), False),
        ("الأربعاء 13 سبتمبر | 10:22", date(2023, 9, 13), False),  # the year from the window
        ("۱۹ سبتمبر ۲۰۲۳ ۱۰:۱۵ Asia/Tehran", date(2023, 9, 19), False),
        ("العدد 12566 الأحد 17 سبتمبر 2023 الموافق 2 ربيع الأول 1445", date(2023, 9, 17), False),
    ],
)
def test_date_line_reads_publication_lines(line, expected, labelled):
    found = date_line(line)

    assert (found.date, found.update, found.labelled) == (expected, False, labelled)


def test_date_line_knows_an_update_line_and_refuses_prose():
    assert date_line("آخر تحديث: 13/9/2023 08:47 م (بتوقيت مكة)").update
    assert date_line("كوريا الشمالية تطلق صاروخا في 13 سبتمبر 2023") is None


# -- dates of whole pages -------------------------------------------------------------------------------


def test_parse_text_takes_the_url_date_first():
    record = parsed(
        "قمة بوتين وكيم في فوستوشني", "الخميس 14 سبتمبر 2023", LEAD, url="https://x.net/2023/09/13/a"
    )

    assert (record.published, record.date_source) == (date(2023, 9, 13), "url")


def test_parse_text_never_takes_the_navigation_bars_date():
    record = parsed(
        "الأحد، 01 ديسمبر 2024 10:12 ص",
        "صحيفة الوادي",
        "الرئيسية",
        "سياسة",
        "كيم يصل إلى فلاديفوستوك في زيارة نادرة لروسيا",
        "الأربعاء، 13 سبتمبر 2023 03:20 م",
        LEAD,
    )

    assert (record.published, record.date_source) == (date(2023, 9, 13), "text")
    assert "ignored date(s) far outside the coverage window: 2024-12-01" in record.warnings


def test_parse_text_leaves_a_page_dated_only_by_furniture_undated():
    record = parsed("السبت 8 مارس 2025", "كيم يصل إلى فلاديفوستوك في زيارة نادرة لروسيا", "منذ سنة", LEAD)

    assert (record.published, record.date_source) == (None, "unknown")


def test_parse_text_gives_a_yearless_dateline_its_year_from_the_window():
    lead = (
        "سيئول، 20 سبتمبر (يونهاب) -- قال الرئيس يون سوك-يول إن بلاده لن تقف مكتوفة الأيدي إزاء التعاون "
        "العسكري."
    )

    record = parsed("يون يحذر من التعاون العسكري بين موسكو وبيونغ يانغ", lead)
    later = parsed(lead, window=CoverageWindow(date(2024, 8, 1), date(2024, 10, 31)))

    assert (record.published, record.date_source, record.wire.name_en) == (
        date(2023, 9, 20),
        "dateline",
        "Yonhap",
    )
    assert later.published == date(2024, 9, 20)


def test_parse_text_reads_a_numeric_dateline_without_a_year():
    lead = (
        "موسكو - 13 - 9 (كونا) -- قبل الرئيس الروسي فلاديمير بوتين اليوم الأربعاء دعوة لزيارة كوريا الشمالية."
    )

    record = parsed(lead)

    assert (record.published, record.date_source, record.dateline, record.wire.name_en) == (
        date(2023, 9, 13),
        "dateline",
        "موسكو",
        "Kuwait News Agency",
    )


@pytest.mark.parametrize(
    ("lead", "place", "wire", "published"),
    [
        ("موسكو - 13 أيلول (سانا) - التقى الرئيس الروسي ضيفه الكوري.", "موسكو", "SANA", date(2023, 9, 13)),
        ("موسكو/ الأناضول: أعلن الكرملين أن بوتين التقى كيم.", "موسكو", "Anadolu Agency", None),
        ("رؤيا - رويترز - أعلن الكرملين أن بوتين التقى كيم.", "رؤيا", "Reuters", None),
        ("الرياض - واس: أعلن الكرملين أن بوتين التقى كيم.", "الرياض", "Saudi Press Agency", None),
        ("موسكو، 13 سبتمبر/أيلول (د ب أ) - أعلن الكرملين أن بوتين التقى كيم.", "موسكو",
         "Deutsche Presse-Agentur", date(2023, 9, 13)),
        ("(CNN)-- أعلن الكرملين أن بوتين التقى كيم.", "", None, None),
    ],
)  # fmt: skip
def test_parse_text_reads_the_datelines_agencies_write(lead, place, wire, published):
    record = parsed(lead)

    assert (record.dateline, record.wire and record.wire.name_en, record.published) == (
        place,
        wire,
        published,
    )


def test_parse_text_leaves_relative_dates_unknown_without_a_reference():
    record = parsed(
        "عواصم العالم تترقب نتائج قمة فوستوشني", "منذ 5 ساعات", "أعلن الكرملين أمس الأربعاء أن القمة انتهت."
    )

    assert (record.published, record.date_source) == (None, "unknown")


# -- headline and furniture of whole pages ------------------------------------------------------------


def test_parse_text_reads_a_copied_page_without_its_furniture():
    record = parsed(
        "تفعيل الوضع الليلي",
        "Logo",
        "صحيفة الوادي",
        "رئيس التحرير: سامي عبد الله",
        "الرئيسية",
        "أخبار",
        "عربي ودولي",
        "كيم يصل إلى فلاديفوستوك في زيارة نادرة لروسيا",
        "كيم يصل إلى فلاديفوستوك في زيارة نادرة لروسيا",
        "شارك القصة",
        "by صحيفة الوادي 0 comment",
        "الثلاثاء 12-09-2023 10:41 ص",
        "Credit: STR/AFP via Getty Images",
        LEAD,
        SECOND,
        "تابع أحدث الأخبار عبر تطبيق google news",
        "اقرأ أيضا",
        "بوتين يقبل دعوة لزيارة بيونغ يانغ",
        url="https://m.alwadi-news.com/article/55.html",
    )

    assert record.headline == "كيم يصل إلى فلاديفوستوك في زيارة نادرة لروسيا"
    assert record.paragraphs == (LEAD, SECOND)
    assert (record.outlet.name, record.outlet.domain, record.outlet.to_confirm) == (
        "alwadi-news.com",
        "alwadi-news.com",
        True,
    )
    assert (record.published, record.date_source) == (date(2023, 9, 12), "text")


def test_read_header_skips_a_tagline_above_a_menu_and_cuts_the_site_suffix():
    lines = [
        "كيم يتفقد فرقاطة روسية في فلاديفوستوك | سكاي نيوز عربية",
        "سكاي نيوز عربية",
        "العالم",
        "جريدة يومية سياسية مستقلة",
        "محليات",
        "الدوحة",
        "كيم يتفقد فرقاطة روسية في فلاديفوستوك",
        "الرئيس الروسي وضيفه على متن الفرقاطة",
        LEAD,
    ]

    header, body = read_header(lines)

    assert header.headline == "كيم يتفقد فرقاطة روسية في فلاديفوستوك"
    assert header.captions == ["الرئيس الروسي وضيفه على متن الفرقاطة"]
    assert body == [LEAD]


def test_read_header_passes_over_a_sites_name_and_tagline():
    lines = [
        "الوادي | صحيفة إلكترونية سعودية",
        "صحيفة يومية سياسية مستقلة",
        "العدد 4120 الأحد 17 سبتمبر 2023",
        "محليات",
        "دوليات",
        "لندن: تعاون موسكو وبيونغ يانغ العسكري تحالف بين معزولين",
        LEAD,
    ]

    header, body = read_header(lines)

    assert header.headline == "لندن: تعاون موسكو وبيونغ يانغ العسكري تحالف بين معزولين"
    assert (header.dates, body) == ([date(2023, 9, 17)], [LEAD])


def test_parse_text_reads_a_dateline_on_a_line_of_its_own():
    record = parsed("بوتين يستقبل ضيفه الكوري في قاعدة فوستوشني", "موسكو - 13 أيلول (سانا)", SECOND)

    assert (record.dateline, record.wire.name_en, record.published, record.date_source) == (
        "موسكو",
        "SANA",
        date(2023, 9, 13),
        "dateline",
    )
    assert record.paragraphs == (SECOND,)


def test_read_header_takes_a_lone_title_line_without_its_site_suffix():
    header, _ = read_header(["ماذا قال بوتين وكيم في فوستوشني؟ | سكاي نيوز عربية", LEAD])

    assert header.headline == "ماذا قال بوتين وكيم في فوستوشني؟"


# -- wire credits ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("(وكالات)", (True, None)),
        ("(أ ف ب)", (True, "Agence France-Presse")),
        ("المصدر: RT", (True, None)),
        ("(شينخوا)", (True, "Xinhua")),
        ("(يونهاب)", (True, "Yonhap")),
        ("أ ش أ", (True, "Middle East News Agency")),
        ("موسكو - (د ب أ)", (True, "Deutsche Presse-Agentur")),
        ("موسكو - قنا:", (True, "Qatar News Agency")),
        ("نص: فرانس24/ أ ف ب", (True, "Agence France-Presse")),
        ("المصدر: سيؤول - رويترز", (True, "Reuters")),
        ("- سبوتنيك", (True, "Sputnik Arabic")),
        ("المصدر : الجزيرة + وكالات", (True, None)),
        ("(أرشيفية- رويترز)", (False, None)),
        ("بحسب ما أوردته وكالة يونهاب للأنباء", (False, None)),
    ],
)
def test_credit_line_tells_wire_credits_from_other_lines(line, expected):
    is_credit, agency = credit_line(line)

    assert (is_credit, agency.name_en if agency else None) == expected


def test_parse_text_takes_cited_agencies_and_picture_credits_for_no_wire():
    record = parsed(
        "سيول تحذر موسكو من عواقب التعاون العسكري",
        "الرئيس الروسي يصافح ضيفه عند مدخل القاعدة (رويترز)",
        "قالت سيول إن التعاون العسكري بين موسكو وبيونغ يانغ يهدد المنطقة، بحسب ما أوردته وكالة يونهاب.",
        SECOND,
    )

    assert record.wire is None
    assert record.captions == ("الرئيس الروسي يصافح ضيفه عند مدخل القاعدة (رويترز)",)


def test_parse_text_reads_a_wire_credit_after_the_story():
    record = parsed("الكرملين: لا اتفاقات موقعة بين بوتين وكيم", LEAD, SECOND, "(أ ف ب)", "وسوم", "روسيا")

    assert record.wire.name_en == "Agence France-Presse"
    assert record.paragraphs == (LEAD, SECOND)


# -- the outlet of a page without a URL -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["الموقع الرسمي | شبكة الوادي الإخبارية", LEAD], Source("شبكة الوادي الإخبارية")),
        (["بغداد اليوم", "بغداد اليوم - متابعات", LEAD], "Baghdad Today"),
        ([LEAD, "المصدر: سكاي نيوز عربية"], "Sky News Arabia"),
        ([LEAD, "© 2023 شبكة الوادي الإخبارية. جميع الحقوق محفوظة"], Source("شبكة الوادي الإخبارية")),
        ([LEAD, "جميع الحقوق محفوظة لليوم السابع © 2023"], "Youm7"),
        ([LEAD, "جميع الحقوق محفوظة لوكالة عمون الاخبارية"], "Ammon News"),
        ([LEAD, "© 2023 دار الرأي للصحافة والنشر"], "Al Rai"),
        (["عكاظ", "الرئيسية", LEAD], "Okaz"),
        (["تخطَّ إلى المحتوى", "عكاظ", LEAD], "Okaz"),
        ([LEAD, "موسكو - متابعات", "© Sputnik . الخدمة الصحفية للكرملين"], None),
    ],
)
def test_page_outlet_reads_the_sites_own_name(lines, expected):
    found = page_outlet(lines)

    assert (found.name_en if isinstance(expected, str) else found) == expected


def test_parse_text_prefers_the_url_to_what_the_page_credits():
    record = parsed("المصدر: سكاي نيوز عربية", LEAD, url="https://www.alkhaleej.ae/2023-09-17/a")

    assert record.outlet.name_en == "Al Khaleej"
