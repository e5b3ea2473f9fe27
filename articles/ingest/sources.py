"""Known Arabic news outlets and news agencies, and how to recognise their names.

A name is compared through :func:`name_key`, so ``القاهرة الإخبارية``,
``القاهرة الاخبارية`` and ``Alqahera News`` reach one entry; abbreviations such as
``أ ف ب``, ``أ.ف.ب`` and ``(ا ف ب)`` reach AFP the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from articles.extraction.normalize import normalize

# Outlet.Kind values, spelled out here because the core does not import Django.
NEWSPAPER, TELEVISION, AGENCY, STATE_MEDIA, ONLINE = "newspaper", "television", "agency", "state", "online"


@dataclass(frozen=True)
class Source:
    """An outlet or a news agency as a record names it."""

    name: str
    name_en: str = ""
    domain: str = ""
    kind: str = ""
    country: str = ""


@dataclass(frozen=True)
class Known:
    name: str
    name_en: str
    domains: tuple[str, ...]
    kind: str
    country: str
    aliases: tuple[str, ...] = field(default=())

    @property
    def source(self) -> Source:
        return Source(
            self.name, self.name_en, self.domains[0] if self.domains else "", self.kind, self.country
        )

    @property
    def keys(self) -> set[str]:
        return {name_key(n) for n in (self.name, self.name_en, *self.aliases) if n} - {""}


OUTLETS: tuple[Known, ...] = (
    Known("القاهرة الإخبارية", "Alqahera News", ("alqaheranews.net",), TELEVISION, "مصر",
          ("Al Qahera News", "AlQahera News", "قناة القاهرة الإخبارية")),
    Known("الجزيرة", "Al Jazeera", ("aljazeera.net",), TELEVISION, "قطر",
          ("الجزيرة نت", "الجزيرة.نت", "قناة الجزيرة", "Al Jazeera Arabic", "Aljazeera")),
    Known("العربية", "Al Arabiya", ("alarabiya.net",), TELEVISION, "الإمارات",
          ("العربية نت", "العربية.نت", "قناة العربية", "Alarabiya")),
    Known("الحدث", "Al Hadath", ("alhadath.net",), TELEVISION, "الإمارات", ("قناة الحدث",)),
    Known("سكاي نيوز عربية", "Sky News Arabia", ("skynewsarabia.com",), TELEVISION, "الإمارات",
          ("سكاي نيوز", "سكاي نيوز عربيه")),
    Known("بي بي سي عربي", "BBC Arabic", ("bbc.com",), TELEVISION, "المملكة المتحدة",
          ("BBC عربي", "BBC News عربي", "بي بي سي نيوز عربي", "بي بي سي العربية")),
    Known("آر تي عربي", "RT Arabic", ("arabic.rt.com",), STATE_MEDIA, "روسيا",
          ("RT عربي", "RT Arabic", "روسيا اليوم", "ار تي عربي", "RT")),
    Known("سبوتنيك عربي", "Sputnik Arabic", ("sputnikarabic.ae", "arabic.sputniknews.com"), STATE_MEDIA,
          "روسيا", ("سبوتنيك", "Sputnik")),
    Known("الشرق الأوسط", "Asharq Al-Awsat", ("aawsat.com",), NEWSPAPER, "السعودية",
          ("صحيفة الشرق الأوسط", "Asharq Al Awsat", "Aawsat")),
    Known("الشرق للأخبار", "Asharq News", ("asharq.com",), TELEVISION, "السعودية",
          ("الشرق نيوز", "Asharq Bloomberg")),
    Known("الأهرام", "Al-Ahram", ("gate.ahram.org.eg", "ahram.org.eg"), NEWSPAPER, "مصر",
          ("بوابة الأهرام", "الأهرام اليومي", "Ahram")),
    Known("اليوم السابع", "Youm7", ("youm7.com",), ONLINE, "مصر", ("Youm 7", "اليوم السابع.كوم")),
    Known("مصراوي", "Masrawy", ("masrawy.com",), ONLINE, "مصر", ()),
    Known("المصري اليوم", "Al-Masry Al-Youm", ("almasryalyoum.com",), NEWSPAPER, "مصر", ()),
    Known("الشروق", "Shorouk News", ("shorouknews.com",), NEWSPAPER, "مصر", ("بوابة الشروق",)),
    Known("الأناضول", "Anadolu Agency", ("aa.com.tr",), AGENCY, "تركيا",
          ("وكالة الأناضول", "الاناضول", "Anadolu", "Anadolu Arabic")),
    Known("فرانس 24", "France 24 Arabic", ("france24.com",), TELEVISION, "فرنسا",
          ("فرانس24", "فرانس 24 عربي", "France 24", "France24")),
    Known("سي إن إن بالعربية", "CNN Arabic", ("arabic.cnn.com",), ONLINE, "الولايات المتحدة",
          ("CNN بالعربية", "سي ان ان بالعربية", "CNN Arabic")),
    Known("إندبندنت عربية", "Independent Arabia", ("independentarabia.com",), ONLINE, "المملكة المتحدة",
          ("اندبندنت عربية", "الإندبندنت عربية")),
    Known("القدس العربي", "Al Quds Al Arabi", ("alquds.co.uk",), NEWSPAPER, "المملكة المتحدة",
          ("Alquds Alarabi",)),
    Known("العربي الجديد", "Al-Araby Al-Jadeed", ("alaraby.co.uk",), NEWSPAPER, "المملكة المتحدة",
          ("The New Arab",)),
    Known("النهار", "Annahar", ("annahar.com",), NEWSPAPER, "لبنان", ("صحيفة النهار", "An-Nahar")),
    Known("الميادين", "Al Mayadeen", ("almayadeen.net",), TELEVISION, "لبنان",
          ("قناة الميادين", "الميادين نت")),
    Known("الخليج", "Al Khaleej", ("alkhaleej.ae",), NEWSPAPER, "الإمارات", ("صحيفة الخليج", "Alkhaleej")),
    Known("البيان", "Al Bayan", ("albayan.ae",), NEWSPAPER, "الإمارات", ("صحيفة البيان", "Albayan")),
    Known("الاتحاد", "Al Ittihad", ("alittihad.ae",), NEWSPAPER, "الإمارات", ("صحيفة الاتحاد",)),
    Known("إرم نيوز", "Erem News", ("eremnews.com",), ONLINE, "الإمارات", ("ارم نيوز",)),
    Known("العين الإخبارية", "Al Ain News", ("al-ain.com",), ONLINE, "الإمارات", ()),
    Known("الحرة", "Alhurra", ("alhurra.com",), TELEVISION, "الولايات المتحدة", ("قناة الحرة", "موقع الحرة")),
    Known("دويتشه فيله عربية", "DW Arabic", ("dw.com",), TELEVISION, "ألمانيا", ("DW عربية", "دويتشه فيله")),
    Known("يورونيوز عربي", "Euronews Arabic", ("arabic.euronews.com",), TELEVISION, "فرنسا", ("يورونيوز",)),
    Known("عكاظ", "Okaz", ("okaz.com.sa",), NEWSPAPER, "السعودية", ("صحيفة عكاظ",)),
    Known("هسبريس", "Hespress", ("hespress.com",), ONLINE, "المغرب", ()),
)  # fmt: skip

# Agencies a text credits as its source.  Abbreviations are written letter by letter:
# name_key drops the spaces and dots, so "أ ف ب", "أ.ف.ب" and "ا ف ب" share one key.
AGENCIES: tuple[Known, ...] = (
    Known("رويترز", "Reuters", ("reuters.com",), AGENCY, "المملكة المتحدة", ("وكالة رويترز", "Reuters")),
    Known("أسوشيتد برس", "Associated Press", ("apnews.com",), AGENCY, "الولايات المتحدة",
          ("وكالة أسوشيتد برس", "أسوشييتد برس", "أسوشيتدبرس", "اسوشيتد برس", "أسوشتيد برس", "أ ب", "AP")),
    Known("وكالة فرانس برس", "Agence France-Presse", ("afp.com",), AGENCY, "فرنسا",
          ("فرانس برس", "فرانس برس", "أ ف ب", "AFP", "France-Presse")),
    Known("وكالة الأنباء الألمانية", "Deutsche Presse-Agentur", ("dpa.com",), AGENCY, "ألمانيا",
          ("د ب أ", "dpa", "الألمانية")),
    Known("الأناضول", "Anadolu Agency", ("aa.com.tr",), AGENCY, "تركيا", ("وكالة الأناضول", "Anadolu")),
    Known("شينخوا", "Xinhua", ("xinhuanet.com",), AGENCY, "الصين", ("وكالة شينخوا", "Xinhua")),
    Known("تاس", "TASS", ("tass.com",), AGENCY, "روسيا", ("وكالة تاس", "إيتار تاس", "TASS")),
    Known("ريا نوفوستي", "RIA Novosti", ("ria.ru",), AGENCY, "روسيا", ("وكالة ريا نوفوستي",)),
    Known("إنترفاكس", "Interfax", ("interfax.ru",), AGENCY, "روسيا", ("انترفاكس",)),
    Known("يونهاب", "Yonhap", ("yna.co.kr",), AGENCY, "كوريا الجنوبية", ("وكالة يونهاب",)),
    Known("وكالة الأنباء المركزية الكورية", "Korean Central News Agency", ("kcna.kp",), AGENCY,
          "كوريا الشمالية", ("KCNA",)),
    Known("كيودو", "Kyodo News", ("kyodonews.net",), AGENCY, "اليابان", ("وكالة كيودو",)),
    Known("وكالة أنباء الشرق الأوسط", "Middle East News Agency", ("mena.org.eg",), AGENCY, "مصر",
          ("أ ش أ", "MENA")),
    Known("وام", "Emirates News Agency", ("wam.ae",), AGENCY, "الإمارات", ("وكالة أنباء الإمارات", "WAM")),
    Known("واس", "Saudi Press Agency", ("spa.gov.sa",), AGENCY, "السعودية",
          ("وكالة الأنباء السعودية", "SPA")),
    Known("قنا", "Qatar News Agency", ("qna.org.qa",), AGENCY, "قطر", ("وكالة الأنباء القطرية", "QNA")),
    Known("كونا", "Kuwait News Agency", ("kuna.net.kw",), AGENCY, "الكويت",
          ("وكالة الأنباء الكويتية", "KUNA")),
    Known("بترا", "Petra", ("petra.gov.jo",), AGENCY, "الأردن", ("وكالة الأنباء الأردنية",)),
    Known("سانا", "SANA", ("sana.sy",), AGENCY, "سوريا", ("وكالة الأنباء السورية",)),
    Known("بلومبرغ", "Bloomberg", ("bloomberg.com",), AGENCY, "الولايات المتحدة", ("بلومبيرغ", "Bloomberg")),
    Known("إفي", "EFE", ("efe.com",), AGENCY, "إسبانيا", ("وكالة إفي",)),
)  # fmt: skip

_NOT_NAME_CHAR = re.compile(r"[\W_]+")


def name_key(name: str) -> str:
    """Compact comparison form of a name: Arabic-normalised, case-folded, without spaces,
    dots or hyphens: ``"القاهرة الإخبارية"`` and ``"القاهرة الاخبارية"`` → ``القاهرهالاخباريه``,
    ``"(أ.ف.ب)"`` → ``افب``; a leading English ``the`` is dropped."""
    key = normalize(name).casefold()
    key = re.sub(r"^\s*the\s+", "", key)
    return _NOT_NAME_CHAR.sub("", key)


def _index(entries: tuple[Known, ...]) -> dict[str, Known]:
    index: dict[str, Known] = {}
    for entry in entries:
        for key in entry.keys:
            index.setdefault(key, entry)
    return index


_OUTLETS_BY_KEY = _index(OUTLETS)
_AGENCIES_BY_KEY = _index(AGENCIES)


def normalize_domain(value: str) -> str:
    """``https://www.Alqaheranews.net/news/1`` → ``alqaheranews.net``; ``""`` when none."""
    value = value.strip().lower()
    if not value:
        return ""
    host = urlsplit(value if "//" in value else f"//{value}").hostname or ""
    return host.removeprefix("www.").rstrip(".")


def _by_domain(domain: str, entries: tuple[Known, ...]) -> Known | None:
    domain = normalize_domain(domain)
    if not domain:
        return None
    for entry in entries:
        for known in entry.domains:
            if domain == known or domain.endswith("." + known):
                return entry
    return None


def known_outlet(name: str = "", domain: str = "") -> Source | None:
    """A known outlet by any of its names or by its (sub)domain, else None."""
    entry = _OUTLETS_BY_KEY.get(name_key(name)) if name else None
    entry = entry or _by_domain(domain, OUTLETS)
    return entry.source if entry else None


def known_agency(name: str = "", domain: str = "") -> Source | None:
    """A known news agency by any of its names, abbreviations or domain, else None.

    >>> known_agency("(أ.ف.ب)").name_en
    'Agence France-Presse'
    """
    entry = _AGENCIES_BY_KEY.get(name_key(name)) if name else None
    entry = entry or _by_domain(domain, AGENCIES)
    return entry.source if entry else None


def resolve(name: str = "", name_en: str = "", domain: str = "", *, agency: bool = False) -> Source | None:
    """The fullest Source for what a caller knows: a known entry's names, domain, kind and
    country filled in around the given ones (given values win), or the given values alone."""
    lookup = known_agency if agency else known_outlet
    known = lookup(name, domain) or lookup(name_en, "")
    if known is None and agency is False:
        known = known_agency(name, "") or known_agency(name_en, "")
    if not (name or name_en or domain):
        return None
    if known is None:
        return Source(
            name or name_en or normalize_domain(domain),
            name_en,
            normalize_domain(domain),
            AGENCY if agency else "",
            "",
        )
    return Source(
        name or known.name,
        name_en or known.name_en,
        normalize_domain(domain) or known.domain,
        known.kind,
        known.country,
    )


def agency_aliases() -> list[str]:
    """Every agency name and alias, longest first (for building credit patterns)."""
    names = {n for entry in AGENCIES for n in (entry.name, entry.name_en, *entry.aliases) if n}
    return sorted(names, key=len, reverse=True)


def outlet_aliases() -> list[str]:
    names = {n for entry in OUTLETS for n in (entry.name, entry.name_en, *entry.aliases) if n}
    return sorted(names, key=len, reverse=True)


def name_keys(source: Source) -> set[str]:
    """Every key a source answers to: its own names and, for a known outlet or agency,
    all the spellings of the table (so ``القاهرة الاخبارية`` finds ``Alqahera News``)."""
    keys = {name_key(source.name), name_key(source.name_en)}
    for index in (_OUTLETS_BY_KEY, _AGENCIES_BY_KEY):
        for key in list(keys):
            if key in index:
                keys |= index[key].keys
    return keys - {""}
