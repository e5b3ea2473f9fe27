"""Countries the registry need not know, by the places a dateline names: the adjective that
makes a ministry without its country (``وزارة الشؤون الخارجية`` in an Algiers dispatch) the
country's (``وزارة الشؤون الخارجية الجزائرية``), as the copy would have written it in full.

Each row: the country's adjective (feminine, as after ``وزارة``), then its Arabic name and
capital (and a few large cities that head datelines), separated by commas; Arab, Asian
and European states.  Places that name two countries' cities (``عمان``: Amman or Oman,
``طرابلس``: Tripoli in Libya or in Lebanon) are left out: a wrong country is worse than none.
"""

from __future__ import annotations

from articles.extraction.normalize import normalize

_ROWS = """
الجزائرية: الجزائر
السورية: سوريا، سورية، دمشق، حلب، حمص، حماة، اللاذقية، طرطوس
السودانية: السودان، الخرطوم، بورتسودان
المصرية: مصر، القاهرة، الإسكندرية
التونسية: تونس
المغربية: المغرب، الرباط، الدار البيضاء
الليبية: ليبيا، بنغازي
الموريتانية: موريتانيا، نواكشوط
العراقية: العراق، بغداد، البصرة، الموصل
الأردنية: الأردن
اللبنانية: لبنان، بيروت
الفلسطينية: فلسطين، رام الله، غزة
السعودية: السعودية، الرياض، جدة
الإماراتية: الإمارات، أبوظبي، دبي
القطرية: قطر، الدوحة
الكويتية: الكويت
البحرينية: البحرين، المنامة
العمانية: مسقط
اليمنية: اليمن، عدن
الإيرانية: إيران، طهران
التركية: تركيا، أنقرة، إسطنبول
الباكستانية: باكستان، إسلام آباد
الهندية: الهند، نيودلهي
الإندونيسية: إندونيسيا، جاكرتا
الماليزية: ماليزيا، كوالالمبور
المنغولية: منغوليا، أولان باتور
الفيتنامية: فيتنام، هانوي
التايلاندية: تايلاند، بانكوك
الفلبينية: الفلبين، مانيلا
الكازاخستانية: كازاخستان، أستانا
الفرنسية: فرنسا، باريس
الألمانية: ألمانيا، برلين
البريطانية: بريطانيا، لندن
الإيطالية: إيطاليا، روما
الإسبانية: إسبانيا، مدريد
البولندية: بولندا، وارسو
الأوكرانية: أوكرانيا، كييف
البيلاروسية: بيلاروسيا، مينسك
السويدية: السويد، ستوكهولم
النرويجية: النرويج، أوسلو
الفنلندية: فنلندا، هلسنكي
الهولندية: هولندا، أمستردام، لاهاي
البلجيكية: بلجيكا
النمساوية: النمسا، فيينا
السويسرية: سويسرا، جنيف، برن
اليونانية: اليونان، أثينا
الصربية: صربيا، بلغراد
المجرية: المجر، بودابست
"""


def _places() -> dict[tuple[str, ...], str]:
    places: dict[tuple[str, ...], str] = {}
    for row in _ROWS.strip().splitlines():
        adjective, names = row.split(":")
        for name in names.split("،"):
            places[tuple(normalize(name).split())] = adjective.strip()
    return places


PLACES = _places()
LONGEST_PLACE = max(len(words) for words in PLACES)
# The adjectives, normalised, feminine (``المصريه``) and masculine (``المصري``).
ADJECTIVES = frozenset(normalize(adjective) for adjective in PLACES.values()) | frozenset(
    normalize(adjective)[:-1] for adjective in PLACES.values()
)


# The feminine adjectives as written, by their normalised spelling: ``السوريه`` → ``السورية``.
WRITTEN_ADJECTIVES = {normalize(adjective): adjective for adjective in PLACES.values()}


# Rows whose first place is no country's name: ``عمان`` (Oman, or Amman) is left out above.
_ROWS_WITHOUT_THE_COUNTRY = frozenset(("العمانية",))


def _country_names() -> dict[tuple[str, ...], str]:
    """Each place's country as its row writes it first: ``جاكرتا`` → ``إندونيسيا``."""
    countries: dict[tuple[str, ...], str] = {}
    for row in _ROWS.strip().splitlines():
        adjective, places = row.split(":")
        if adjective.strip() in _ROWS_WITHOUT_THE_COUNTRY:
            continue
        written = [place.strip() for place in places.split("،")]
        for place in written:
            countries[tuple(normalize(place).split())] = written[0]
    return countries


COUNTRY_NAMES = _country_names()


def country_named(words: list[str]) -> str | None:
    """The country the normalised words name whole, as written first in its row: [``الهند``] →
    ``الهند``, [``جاكرتا``] → ``إندونيسيا`` (a capital speaks for its country); None for more
    words or none (round 25: the subject ``دعت إندونيسيا`` of a country the registry lacks)."""
    return COUNTRY_NAMES.get(tuple(words))


def adjective_at(words: list[str]) -> str | None:
    """The adjective of the place the normalised words open with: [``الخرطوم``] → ``السودانية``."""
    size = place_size(words)
    return PLACES[tuple(words[:size])] if size else None


def place_size(words: list[str]) -> int:
    """How many of the normalised words name a place at their start (0: none)."""
    for size in range(min(LONGEST_PLACE, len(words)), 0, -1):
        if tuple(words[:size]) in PLACES:
            return size
    return 0
