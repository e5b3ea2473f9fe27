from datetime import date

import pytest

from articles.extraction.dates import find_dates, find_weekdays, parse_date, parse_iso_date
from articles.ingest.infer import Dateline, infer_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14-9-2023", date(2023, 9, 14)),
        ("2023/09/11", date(2023, 9, 11)),
        ("2023-09-11T10:22:00", date(2023, 9, 11)),
        ("9/14/2023", date(2023, 9, 14)),
        ("13 سبتمبر 2023", date(2023, 9, 13)),
        ("13 أيلول 2023", date(2023, 9, 13)),
        ("الأربعاء 13 سبتمبر/أيلول 2023", date(2023, 9, 13)),
        ("13 سبتمبر (أيلول) 2023", date(2023, 9, 13)),
        ("11th, September 2023", date(2023, 9, 11)),
        ("September 11, 2023", date(2023, 9, 11)),
        ("Sep 11, 2023", date(2023, 9, 11)),
        ("١٣ سبتمبر ٢٠٢٣", date(2023, 9, 13)),
        ("13 من شهر سبتمبر عام 2023", date(2023, 9, 13)),
        ("2 كانون الثاني 2024", date(2024, 1, 2)),
        ("2 كانون الأول 2023", date(2023, 12, 2)),
        ("5 تشرين الأول 2023", date(2023, 10, 5)),
        ("5 تشرين الثاني 2023", date(2023, 11, 5)),
        ("1 شباط 2023", date(2023, 2, 1)),
        ("1 آذار 2023", date(2023, 3, 1)),
        ("1 نيسان 2023", date(2023, 4, 1)),
        ("1 أيار 2023", date(2023, 5, 1)),
        ("1 حزيران 2023", date(2023, 6, 1)),
        ("1 تموز 2023", date(2023, 7, 1)),
        ("1 آب 2023", date(2023, 8, 1)),
        ("1 ابريل 2023", date(2023, 4, 1)),
        ("1 إبريل 2023", date(2023, 4, 1)),
        ("1 يونيه 2023", date(2023, 6, 1)),
        ("1 يوليه 2023", date(2023, 7, 1)),
        ("1 اغسطس 2023", date(2023, 8, 1)),
        ("1 اكتوبر 2023", date(2023, 10, 1)),
        ("1 جانفي 2023", date(2023, 1, 1)),
        ("1 فيفري 2023", date(2023, 2, 1)),
        ("1 أفريل 2023", date(2023, 4, 1)),
        ("1 ماي 2023", date(2023, 5, 1)),
        ("1 جوان 2023", date(2023, 6, 1)),
        ("1 جويلية 2023", date(2023, 7, 1)),
        ("1 أوت 2023", date(2023, 8, 1)),
        ("3 شتنبر 2023", date(2023, 9, 3)),
        ("3 دجنبر 2023", date(2023, 12, 3)),
    ],
)
def test_find_dates_reads_every_common_form(text, expected):
    assert [m.date for m in find_dates(f"نشر في {text} بتوقيت مكة")] == [expected]


def test_find_dates_keeps_dates_without_a_year_partial():
    mentions = find_dates("تستضيف فلاديفوستوك من 10 أيلول الى 13 منه المنتدى")

    assert [(m.day, m.month, m.year) for m in mentions] == [(10, 9, None)]
    assert mentions[0].completed(date(2023, 9, 5)) == date(2023, 9, 10)


def test_find_dates_ignores_months_and_years_alone():
    assert find_dates("في آذار الماضي، منذ عام 1945، في أبريل 2023، في 30 فبراير 2023") == []


def test_find_dates_offsets_index_the_original_text():
    text = "الأربعاء ١٣ أيلول ٢٠٢٣ صباحا"
    mention = find_dates(text)[0]

    assert text[mention.start : mention.end] == "١٣ أيلول ٢٠٢٣"


@pytest.mark.parametrize(
    ("text", "weekday", "offset", "explicit"),
    [
        ("اليوم الخميس", 3, 0, True),
        ("أمس الأربعاء", 2, -1, True),
        ("مساء أمس الأربعاء", 2, -1, True),
        ("الأربعاء أمس", 2, -1, True),
        ("أول أمس الثلاثاء", 1, -2, True),
        ("غدا الجمعة", 4, 1, True),
        ("الثلاثاء", 1, 0, False),
        ("الثلثاء", 1, 0, False),
        ("يوم الأربعاء", 2, 0, False),
        ("الاثنين", 0, 0, False),
        ("الإثنين", 0, 0, False),
        ("السبت", 5, 0, False),
        ("الأحد", 6, 0, False),
    ],
)
def test_find_weekdays_reads_relation_to_day_of_writing(text, weekday, offset, explicit):
    found = find_weekdays(f"وقال، {text}، إن")

    assert [(m.weekday, m.offset, m.explicit) for m in found] == [(weekday, offset, explicit)]


def test_find_weekdays_ignores_words_that_contain_a_weekday():
    assert find_weekdays("الأحداث في الجمعية العامة") == []


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("اليوم الخميس", date(2023, 9, 14), date(2023, 9, 14)),
        ("اليوم الخميس", date(2023, 9, 15), date(2023, 9, 14)),
        ("أمس الأربعاء", date(2023, 9, 14), date(2023, 9, 14)),
        ("أمس الأربعاء", date(2023, 9, 13), date(2023, 9, 14)),
        ("الثلثاء", date(2023, 9, 5), date(2023, 9, 5)),
        ("الثلاثاء", date(2023, 9, 13), date(2023, 9, 12)),
    ],
)
def test_weekday_publication_date_is_nearest_to_reference(text, reference, expected):
    assert find_weekdays(text)[0].publication_date(reference) == expected


def test_parse_date_reads_metadata_values():
    assert parse_date("2023-09-14T10:22:00+04:00") == date(2023, 9, 14)
    assert parse_date("13 أيلول 2023") == date(2023, 9, 13)
    assert parse_date("Wed, 13 Sep 2023 10:00:00 +0000") == date(2023, 9, 13)
    assert parse_date("13 سبتمبر") is None
    assert parse_date("غدا") is None


def test_parse_iso_date_rejects_anything_else():
    assert parse_iso_date("2023-09-14") == date(2023, 9, 14)
    for bad in ("2023-02-30", "14-09-2023", "yesterday", ""):
        with pytest.raises(ValueError, match="expected YYYY-MM-DD"):
            parse_iso_date(bad)


def test_infer_date_prefers_header_date_line():
    found = infer_date(
        ["رفضت روسيا، الثلثاء، تأكيد معلومات."], [date(2023, 9, 5)], Dateline(), date(2023, 9, 9)
    )

    assert found == (date(2023, 9, 5), "text", [])


def test_infer_date_takes_full_date_next_to_weekday_in_lead():
    lead = "أعلن الكرملين، الأربعاء 13 سبتمبر 2023، أن بوتين التقى كيم."

    assert infer_date([lead], [], Dateline(), None) == (date(2023, 9, 13), "dateline", [])


def test_infer_date_ignores_event_dates_in_body():
    paragraphs = [
        "رفضت روسيا، الثلثاء، تأكيد معلومات أوردتها واشنطن.",
        "تستضيف فلاديفوستوك من 10 أيلول الى 13 منه المنتدى الاقتصادي الشرقي منذ 5 أيلول 2015.",
    ]

    assert infer_date(paragraphs, [], Dateline(), date(2023, 9, 5)) == (date(2023, 9, 5), "relative", [])


def test_infer_date_ignores_full_date_in_lead_not_next_to_weekday():
    lead = "وكانت كوريا الشمالية أطلقت قمرا في 31 مايو 2023 وفشلت العملية."

    published, source, warnings = infer_date([lead], [], Dateline(), None)

    assert (published, source) == (None, "unknown")
    assert warnings == ["publication date unknown: the text states no date"]


def test_infer_date_resolves_partial_date_next_to_weekday():
    lead = "موسكو: التقى كيم وبوتين في قمة نادرة الأربعاء (13 سبتمبر) ناقشا فيها المسائل العسكرية."

    found = infer_date([lead], [], Dateline("موسكو", None, 7), date(2023, 9, 14))

    assert found == (date(2023, 9, 13), "relative", [])


def test_infer_date_without_reference_warns_about_relative_weekday():
    published, source, warnings = infer_date(["أعلنت بيونج يانج، اليوم الخميس، أن"], [], Dateline(), None)

    assert (published, source) == (None, "unknown")
    assert warnings == [
        "publication date unknown: 'اليوم الخميس' needs a reference date (--date or manifest)"
    ]


def test_infer_date_falls_back_to_reference_as_manifest():
    assert infer_date(["نص بلا تاريخ."], [], Dateline(), date(2023, 9, 1)) == (
        date(2023, 9, 1),
        "manifest",
        [],
    )
