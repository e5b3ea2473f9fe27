"""The pure ingest core: decoding, clean-up, boilerplate, inference, readers."""

import codecs
import json
import random
from datetime import date
from pathlib import Path

import pytest

from articles.ingest import (
    IngestError,
    Known,
    Source,
    decode_bytes,
    known_agency,
    known_outlet,
    parse_text,
    read_paths,
)
from articles.ingest.boilerplate import strip_boilerplate
from articles.ingest.infer import byline_of, credit_of, read_dateline
from articles.ingest.readers import parse_jsonl, read_path
from articles.ingest.text import UndecodableError, clean_text, decode, split_paragraphs

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "seeds"
SEED_001 = SEEDS / "001_8421e6bc21d51461.txt"
HEADLINE_001 = 'تقارب يزعج الغرب.. "بوتين" يقبل دعوة "كيم" لزيارة كوريا الشمالية'
ARABIC = "التقى الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون في قاعدة فوستوشني."


def seed(name_prefix: str) -> str:
    return next(SEEDS.glob(f"{name_prefix}_*.txt")).read_text(encoding="utf-8")


def only(items):
    (item,) = list(items)
    return item


# -- decoding ------------------------------------------------------------------------------


def test_decode_bytes_reads_utf8_without_bom():
    assert decode_bytes(ARABIC.encode("utf-8")) == (ARABIC, "utf-8")


def test_decode_bytes_reads_utf8_with_bom():
    assert decode_bytes(codecs.BOM_UTF8 + ARABIC.encode("utf-8")) == (ARABIC, "utf-8-sig")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_decode_bytes_reads_utf16_with_bom(codec):
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE

    assert decode_bytes(bom + ARABIC.encode(codec)) == (ARABIC, "utf-16")


def test_decode_bytes_reads_windows_1256_arabic():
    assert decode_bytes(ARABIC.encode("cp1256")) == (ARABIC, "cp1256")


@pytest.mark.parametrize("text", ["نص", "أبو ظبي", "بوتين وكيم", "الكرملين"])
def test_decode_bytes_reads_a_few_words_of_windows_1256(text):
    """Two words' letter shares say little: a short text is held to less."""
    assert decode_bytes(text.encode("cp1256")) == (text, "cp1256")


@pytest.mark.parametrize(
    ("text", "damaged", "expected"),
    [
        ("بوتين وكيم", 5, ("بو\ufffd\ufffd\ufffdين وكيم", "utf-8", "bytes at offsets 4, 5, 6")),
        ("أبو ظبي", 4, ("أب\ufffdو ظبي", "utf-8", "byte at offset 4")),
        (ARABIC, 60, (None, "utf-8", "byte at offset 60")),
    ],
)
def test_decode_reads_damaged_utf8_as_utf8_and_names_the_offsets(text, damaged, expected):
    data = text.encode()
    decoded = decode(data[:damaged] + b"\xff" + data[damaged:])

    want, encoding, where = expected
    assert (decoded.text if want else None, decoded.encoding, decoded.warnings) == (
        want,
        encoding,
        (f"invalid UTF-8 {where} replaced with U+FFFD",),
    )


def test_decode_bytes_rejects_binary():
    noise = random.Random(7).randbytes(4000)

    with pytest.raises(UndecodableError, match="binary"):
        decode_bytes(noise)


def test_decode_bytes_rejects_utf8_full_of_control_characters():
    with pytest.raises(UndecodableError, match="binary file"):
        decode_bytes(b"\x00\x01\x02\x03" * 100 + "نص".encode())


def test_read_path_windows_1256_fixture_survives_intact():
    record = only(read_path(FIXTURES / "cp1256.txt"))

    assert record.headline == "بوتين وكيم يبحثان التعاون العسكري في قاعدة فوستوشني"
    assert record.byline == "سامر خليل"
    assert record.outlet.name_en == "Sky News Arabia"
    assert record.paragraphs == (
        "موسكو - (أ ف ب) - التقى الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون، "
        "اليوم الأربعاء، في قاعدة فوستوشني الفضائية.",
        'وقال الكرملين إن المحادثات تناولت "مسائل حساسة" بين البلدين الجارين.',
    )
    assert (record.dateline, record.wire.name_en) == ("موسكو", "Agence France-Presse")


@pytest.mark.parametrize("name", ["utf16le.txt", "utf16be.txt"])
def test_read_path_utf16_fixtures_read_the_same(name):
    record = only(read_path(FIXTURES / name, reference=date(2023, 9, 14)))

    assert record.headline == "قطار كيم يعبر الحدود إلى روسيا"
    assert record.paragraphs == (
        "سيول: قالت وزارة التوحيد في كوريا الجنوبية، الثلاثاء، إن قطار كيم عبر الحدود إلى روسيا.",
        "وأضافت الوزارة أن الزيارة هي الأولى للزعيم الكوري الشمالي منذ أربع سنوات.",
    )
    assert (record.dateline, record.wire.name_en) == ("سيول", "Reuters")
    assert (record.published, record.date_source) == (date(2023, 9, 12), "relative")


def test_read_path_bom_fixture_is_cleaned():
    record = only(read_path(FIXTURES / "bom.txt", reference=date(2023, 9, 14)))

    assert record.paragraphs == (
        "بيونغ يانغ – (رويترز) – أعلنت كوريا الشمالية، أمس الأربعاء، أن الزعيم كيم جونغ أون عاد إلى "
        "بلاده بعد زيارة روسيا.",
        "وذكرت الوكالة الرسمية أن بوتين وافق على زيارة بيونغ يانغ في موعد لاحق.",
        "ولم يعلن الجانبان عن أي اتفاق مكتوب حتى الآن.",
    )
    assert (record.dateline, record.wire.name_en) == ("بيونغ يانغ", "Reuters")
    assert (record.published, record.date_source) == (date(2023, 9, 14), "relative")


# -- clean-up ------------------------------------------------------------------------------


def test_clean_text_removes_marks_that_carry_no_meaning():
    text = "\ufeff\u200fبوتيـــن\u200e يلتقي\u200b كيم\u202b\u202c \u2066(70)\u2069"

    assert clean_text(text) == "بوتين يلتقي كيم (70)"


def test_clean_text_keeps_tatweel_that_is_not_between_letters():
    assert clean_text("ـ عقوبات ـ") == "ـ عقوبات ـ"


def test_clean_text_keeps_zero_width_joiner_inside_emoji():
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"

    assert clean_text(f"عائلة {family}") == f"عائلة {family}"


def test_clean_text_composes_to_nfc():
    assert clean_text("\u0627\u0653") == "\u0622"  # alef + madda → آ


def test_split_paragraphs_accepts_blank_and_single_line_breaks():
    text = "الأولى.\nالثانية  \t بمسافات.\r\n\r\n\n  الثالثة.\u2029الرابعة."

    assert split_paragraphs(clean_text(text)) == ["الأولى.", "الثانية بمسافات.", "الثالثة.", "الرابعة."]


# -- boilerplate ---------------------------------------------------------------------------


def test_strip_boilerplate_drops_share_bars_and_prompts():
    lines = [
        "• Share :",
        "post-title",
        "شارك عبر فيسبوك تويتر واتساب",
        ARABIC,
        "تابعونا على فيسبوك وتويتر",
        "اشترك في النشرة البريدية لتصلك آخر الأخبار",
        "نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك",
        "© سكاي نيوز عربية 2023 جميع الحقوق محفوظة",
    ]

    assert strip_boilerplate(lines) == ([ARABIC], [])


def test_strip_boilerplate_drops_read_also_and_its_list():
    lines = [
        ARABIC,
        "اقرأ أيضاً",
        "كيم يتفقد مصنعا للطائرات في كومسومولسك",
        "لافروف يزور بيونغ يانغ الشهر المقبل",
        "وقال الكرملين إن المحادثات ستستمر.",
        "اقرأ أيضا: بوتين يقبل دعوة كيم",
    ]

    assert strip_boilerplate(lines) == ([ARABIC, "وقال الكرملين إن المحادثات ستستمر."], [])


def test_strip_boilerplate_drops_tags_and_comments_after_the_text():
    lines = [
        ARABIC,
        "وقال الكرملين إن المحادثات ستستمر.",
        "الكلمات المفتاحية",
        "بوتين",
        "كوريا الشمالية",
        "التعليقات",
        "محمد: خبر مهم.",
        "سارة: لا أتفق.",
    ]

    kept, warnings = strip_boilerplate(lines)

    assert kept == [ARABIC, "وقال الكرملين إن المحادثات ستستمر."]
    assert warnings == ["dropped 2 line(s) after the comments heading 'التعليقات'"]


def test_strip_boilerplate_keeps_section_subheadings():
    lines = [ARABIC, "لقاء فوستوتشنى", "- عقوبات-", '- "حتمي"-', "وقال الكرملين إن المحادثات ستستمر."]

    assert strip_boilerplate(lines) == (lines, [])


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_parse_text_keeps_every_sentence_of_the_seeds(prefix):
    text = seed(prefix)
    record = parse_text(text, source_name=prefix)
    consumed = {record.headline, *record.captions}
    metadata_lines = {
        "الموقع الرسمي | القاهرة الاخبارية",
        "• Share :",
        "post-title",
        "Alqahera News - محمود غراب",
    }

    expected = [p for p in split_paragraphs(text) if p not in consumed | metadata_lines]

    assert list(record.paragraphs) == expected
    assert record.body == "\n\n".join(expected)


# -- inference -----------------------------------------------------------------------------


def test_parse_text_reads_001_metadata_without_manifest():
    record = parse_text(SEED_001.read_text(encoding="utf-8"), source_name="001")

    assert record.headline == HEADLINE_001
    assert record.byline == "محمود غراب"
    assert record.outlet.name == "القاهرة الإخبارية"
    assert record.outlet.name_en == "Alqahera News"
    assert record.outlet.domain == "alqaheranews.net"
    assert record.captions == ("بوتين وكيم خلال جولة فى روسيا",)
    assert record.paragraphs[0].startswith("أعلنت بيونج يانج، اليوم الخميس،")
    assert "لقاء فوستوتشنى" in record.paragraphs
    assert (record.published, record.date_source) == (None, "unknown")
    assert record.warnings == (
        "publication date unknown: 'اليوم الخميس' needs a reference date (--date or manifest)",
        "no wire agency credited",
        "no dateline found",
    )


def test_parse_text_resolves_001_relative_weekday_against_reference():
    record = parse_text(SEED_001.read_text(encoding="utf-8"), source_name="001", reference=date(2023, 9, 14))

    assert (record.published, record.date_source) == (date(2023, 9, 14), "relative")


@pytest.mark.parametrize(
    ("prefix", "reference", "expected"),
    [
        ("000", date(2023, 9, 13), date(2023, 9, 13)),
        ("002", date(2023, 9, 12), date(2023, 9, 12)),
        ("003", date(2023, 9, 14), date(2023, 9, 13)),
        ("004", date(2023, 9, 6), date(2023, 9, 5)),
    ],
)
def test_parse_text_resolves_seed_weekdays(prefix, reference, expected):
    record = parse_text(seed(prefix), source_name=prefix, reference=reference)

    assert (record.published, record.date_source) == (expected, "relative")


def test_parse_text_reads_000_dateline_and_keeps_it_in_body():
    record = parse_text(seed("000"), source_name="000")

    assert record.dateline == "موسكو"
    assert record.headline == ""
    assert record.paragraphs[0].startswith("موسكو: التقى الزعيم الكوري الشمالي")
    assert record.wire is None


def test_parse_text_does_not_take_cited_agencies_or_outlets_as_sources():
    record = parse_text(seed("004"), source_name="004")  # "لوكالة فرانس برس", "وكالة تاس"

    assert (record.outlet, record.wire, record.byline, record.dateline) == (None, None, "", "")


def test_parse_text_does_not_take_first_body_line_as_headline():
    for prefix in ("000", "002", "003", "004"):
        assert parse_text(seed(prefix), source_name=prefix).headline == ""


def test_parse_text_header_date_line_wins_and_is_consumed():
    text = f"بوتين يستقبل كيم في فوستوشني\nنشر في: الأربعاء 13 سبتمبر/أيلول 2023 - 10:22 م\n{ARABIC}\n"

    record = parse_text(text, source_name="x", reference=date(2023, 9, 20))

    assert record.headline == "بوتين يستقبل كيم في فوستوشني"
    assert record.paragraphs == (ARABIC,)
    assert (record.published, record.date_source) == (date(2023, 9, 13), "text")


def test_parse_text_known_values_override_inference():
    known = Known(headline=HEADLINE_001, byline="كاتب آخر", published=date(2023, 9, 15))

    record = parse_text(
        SEED_001.read_text(encoding="utf-8"), source_name="001", reference=date(2023, 9, 14), known=known
    )

    assert (record.headline, record.byline) == (HEADLINE_001, "كاتب آخر")
    assert (record.published, record.date_source) == (date(2023, 9, 15), "manifest")
    assert "the text implies 2023-09-14 (relative), kept 2023-09-15 (manifest)" in record.warnings


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Alqahera News - محمود غراب", ("محمود غراب", "Alqahera News")),
        ("كتب: محمود غراب", ("محمود غراب", None)),
        ("بقلم سامي كليب", ("سامي كليب", None)),
        ("محمد علي - سكاي نيوز عربية", ("محمد علي", "Sky News Arabia")),
        ("سكاي نيوز عربية - أبوظبي", ("", "Sky News Arabia")),
        ("كتب الرئيس الروسي مقالا طويلا نشرته صحيفة روسية.", None),
    ],
)
def test_byline_of_reads_byline_lines(line, expected):
    found = byline_of(line)

    assert (found and (found[0], found[1] and found[1].name_en)) == expected


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("(رويترز)", "Reuters"),
        ("- أ ف ب", "Agence France-Presse"),
        ("(أ.ف.ب)", "Agence France-Presse"),
        ("وكالة فرانس برس", "Agence France-Presse"),
        ("المصدر: أسوشيتد برس", "Associated Press"),
        ("(د ب أ)", "Deutsche Presse-Agentur"),
        ("أ ش أ", "Middle East News Agency"),
        ("وقال مسؤول لوكالة فرانس برس إن المحادثات تتقدم", None),
        ("المصدر: وكالات", None),
    ],
)
def test_credit_of_reads_standalone_credit_lines(line, agency):
    found = credit_of(line)

    assert (found.name_en if found else None) == agency


@pytest.mark.parametrize(
    ("paragraph", "place", "agency"),
    [
        ("موسكو: التقى الزعيم الكوري الشمالي", "موسكو", None),
        ("موسكو (رويترز) - قال الكرملين", "موسكو", "Reuters"),
        ("بيونغ يانغ - أ ف ب: أعلنت كوريا", "بيونغ يانغ", "Agence France-Presse"),
        ("موسكو، 13 سبتمبر 2023 (رويترز) - قال", "موسكو", "Reuters"),
        ("(رويترز) - أعلنت كوريا الشمالية", "", "Reuters"),
        ("وقال بوتين: إن روسيا ستساعد", "", None),
        ("أعلنت بيونج يانج، اليوم الخميس، أن الرئيس", "", None),
    ],
)
def test_read_dateline_reads_place_and_credit(paragraph, place, agency):
    dateline = read_dateline(paragraph)

    assert (dateline.place, dateline.wire.name_en if dateline.wire else None) == (place, agency)


def test_known_outlet_matches_spelling_variants_and_domains():
    assert known_outlet("القاهرة الاخبارية").name_en == "Alqahera News"
    assert known_outlet("Alqahera News").name == "القاهرة الإخبارية"
    assert known_outlet(domain="https://www.alqaheranews.net/news/1").name_en == "Alqahera News"
    assert known_outlet(domain="arabic.rt.com").name_en == "RT Arabic"
    assert known_outlet("صحيفة مجهولة") is None
    assert known_agency("ا ف ب").name_en == "Agence France-Presse"


# -- readers -------------------------------------------------------------------------------


def test_parse_html_keeps_article_text_and_metadata_only():
    record = only(read_path(FIXTURES / "page.html"))

    assert record.headline == "بوتين يقبل دعوة كيم لزيارة كوريا الشمالية"
    assert record.byline == "أحمد سمير"
    assert record.url == "https://www.skynewsarabia.com/world/1656000-putin-accepts-kim-invitation"
    assert (record.outlet.name, record.outlet.domain) == ("سكاي نيوز عربية", "skynewsarabia.com")
    assert (record.published, record.date_source) == (date(2023, 9, 14), "text")
    assert len(record.paragraphs) == 3
    assert record.paragraphs[0].startswith("أعلنت بيونغ يانغ، اليوم الخميس")
    for furniture in ("الرئيسية", "تعليق من قارئ", "قارئ آخر", "جميع الحقوق محفوظة", "سياسة الخصوصية"):
        assert furniture not in record.body


def test_parse_jsonl_reports_malformed_line_and_reads_the_rest():
    items = list(read_path(FIXTURES / "articles.jsonl"))

    assert [type(item).__name__ for item in items] == ["ArticleRecord", "IngestError", "ArticleRecord"]
    assert str(items[1]) == (
        f"{FIXTURES / 'articles.jsonl'}:2: invalid JSON (Unterminated string starting at at column 47)"
    )
    first, third = items[0], items[2]
    assert (first.source_name, first.headline, first.byline) == (
        f"{FIXTURES / 'articles.jsonl'}:1",
        "قمة بوتين وكيم في فوستوشني",
        "محمد الخطيب",
    )
    assert (first.outlet.name_en, first.published, first.date_source) == (
        "Al Jazeera",
        date(2023, 9, 13),
        "manifest",
    )
    assert (third.headline, third.outlet.domain, third.wire.name_en, third.status) == (
        "كيم يصل إلى روسيا",
        "alarabiya.net",
        "Agence France-Presse",
        "published",
    )
    assert third.published == date(2023, 9, 12)
    assert len(third.paragraphs) == 2


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("[1, 2]", "a JSON object was expected, not a list"),
        ('{"headline": "بلا نص"}', "no 'text' or 'body' string"),
        ('{"text": "نص.", "date": "قريبا"}', "invalid date 'قريبا'"),
        ('{"text": "نص.", "status": "archived"}', "invalid status 'archived' (draft or published)"),
    ],
)
def test_parse_jsonl_rejects_unusable_lines(line, reason):
    assert list(parse_jsonl(line, source_name="x.jsonl")) == [IngestError("x.jsonl:1", reason)]


def test_read_path_rejects_empty_binary_and_oversized_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"  \n\n")
    (tmp_path / "bin.txt").write_bytes(random.Random(1).randbytes(3000))
    (tmp_path / "big.txt").write_text(ARABIC * 10, encoding="utf-8")

    errors = [only(read_path(tmp_path / name, max_bytes=500)) for name in ("empty.txt", "bin.txt", "big.txt")]

    assert [e.reason for e in errors] == [
        "empty file",
        "file too large (3000 bytes, limit 500)",
        f"file too large ({len((ARABIC * 10).encode())} bytes, limit 500)",
    ]
    assert only(read_path(tmp_path / "bin.txt")).reason == "binary file or unknown encoding"


def test_read_paths_walks_folders_and_reports_missing_paths(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "b.txt").write_text("وقال الكرملين إن المحادثات ستستمر.", encoding="utf-8")
    (tmp_path / "notes.json").write_text(json.dumps({}), encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ARABIC, encoding="utf-8")

    items = list(read_paths([tmp_path, tmp_path / "missing.txt", tmp_path / "notes.json"]))

    assert [getattr(i, "source_name", None) or str(i) for i in items] == [
        str(tmp_path / "b.txt"),
        str(tmp_path / "sub" / "a.txt"),
        f"{tmp_path / 'missing.txt'}: no such file or directory",
        f"{tmp_path / 'notes.json'}: unsupported file type '.json'",
    ]


def test_parse_jsonl_reads_outlet_objects_with_kind_and_country():
    line = json.dumps(
        {
            "text": ARABIC,
            "outlet": {
                "name_ar": "صحيفة الحدود",
                "name_en": "Al Hudood",
                "kind": "newspaper",
                "country": "الأردن",
            },
        },
        ensure_ascii=False,
    )

    record = only(parse_jsonl(line, source_name="x.jsonl"))

    assert record.outlet == Source("صحيفة الحدود", "Al Hudood", "", "newspaper", "الأردن")


def test_parse_text_infers_no_headline_from_unpunctuated_copy():
    text = (
        "التقى بوتين وكيم في قاعدة فوستوشني الفضائية\n"
        "وقال الكرملين إن المحادثات كانت مثمرة\n"
        "وناقش الزعيمان التعاون"
    )

    record = parse_text(text, source_name="x")

    assert record.headline == ""
    assert len(record.paragraphs) == 3


def test_byline_of_ignores_labels_that_are_not_names():
    assert byline_of("تقرير خاص") is None
