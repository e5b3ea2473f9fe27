"""Actors often quoted in Arabic coverage of the September 2023 summit but absent from the five
seed articles (same record shape as :mod:`articles.extraction.seed_actors`).

They let attribution name the usual speakers of other outlets' copy (``ماريا زاخاروفا``,
``يوري أوشاكوف``, ``يونهاب``) instead of proposing them as new actors every time.
"""

from articles.extraction.seed_actors import SEED_ACTORS, _actor

SUMMIT_PERSONS = [
    _actor("yuri-ushakov", "Yuri Ushakov", "يوري أوشاكوف", "person", "russia", "m",
           "مساعد الرئيس الروسي للشؤون الخارجية", ["أوشاكوف", "يوري اوشاكوف"],
           ["مساعد الرئيس الروسي للشؤون الخارجية", "مستشار الكرملين للسياسة الخارجية",
            "مساعد الرئيس الروسي"]),
    _actor("maria-zakharova", "Maria Zakharova", "ماريا زاخاروفا", "person", "russia", "f",
           "المتحدثة باسم وزارة الخارجية الروسية", ["زاخاروفا"],
           ["المتحدثة باسم وزارة الخارجية الروسية", "المتحدثة باسم الخارجية الروسية",
            "الناطقة باسم الخارجية الروسية", "الناطقة باسم وزارة الخارجية الروسية"]),
    _actor("kim-yo-jong", "Kim Yo Jong", "كيم يو جونغ", "person", "north-korea", "f",
           "شقيقة الزعيم الكوري الشمالي", ["كيم يو-جونغ", "كيم يو جونج"], ["شقيقة الزعيم الكوري الشمالي"]),
    _actor("yoon-suk-yeol", "Yoon Suk Yeol", "يون سوك يول", "person", "south-korea", "m",
           "الرئيس الكوري الجنوبي", ["يون سوك-يول", "يون سوك يئول", "يون"],
           ["الرئيس الكوري الجنوبي", "رئيس كوريا الجنوبية"]),
    _actor("park-jin", "Park Jin", "بارك جين", "person", "south-korea", "m", "وزير الخارجية الكوري الجنوبي",
           ["باك جين"], ["وزير الخارجية الكوري الجنوبي"]),
    _actor("fumio-kishida", "Fumio Kishida", "فوميو كيشيدا", "person", "japan", "m", "رئيس الوزراء الياباني",
           ["كيشيدا"], ["رئيس الوزراء الياباني", "رئيس الحكومة اليابانية"]),
    _actor("antony-blinken", "Antony Blinken", "أنتوني بلينكن", "person", "united-states", "m",
           "وزير الخارجية الأمريكي", ["بلينكن", "انتوني بلينكين", "بلينكين"], ["وزير الخارجية الأمريكي"]),
    _actor("joe-biden", "Joe Biden", "جو بايدن", "person", "united-states", "m", "الرئيس الأمريكي",
           ["بايدن"], ["الرئيس الأمريكي"], wikidata="Q6279"),
    _actor("jake-sullivan", "Jake Sullivan", "جيك سوليفان", "person", "united-states", "m",
           "مستشار الأمن القومي الأمريكي", ["سوليفان"], ["مستشار الأمن القومي الأمريكي"]),
    _actor("karine-jean-pierre", "Karine Jean-Pierre", "كارين جان بيير", "person", "united-states", "f",
           "المتحدثة باسم البيت الأبيض", ["كارين جان-بيير", "جان بيير"],
           ["المتحدثة باسم البيت الأبيض", "الناطقة باسم البيت الأبيض"]),
    _actor("lloyd-austin", "Lloyd Austin", "لويد أوستن", "person", "united-states", "m", "وزير الدفاع الأمريكي",
           ["أوستن"], ["وزير الدفاع الأمريكي"]),
    _actor("volodymyr-zelensky", "Volodymyr Zelensky", "فولوديمير زيلينسكي", "person", "ukraine", "m",
           "الرئيس الأوكراني", ["زيلينسكي", "فلاديمير زيلينسكي"], ["الرئيس الأوكراني"], wikidata="Q3874799"),
    _actor("xi-jinping", "Xi Jinping", "شي جين بينغ", "person", "china", "m", "الرئيس الصيني",
           ["شي جينبينغ", "شي جين بينج"], ["الرئيس الصيني"], wikidata="Q15031"),
    _actor("mao-ning", "Mao Ning", "ماو نينغ", "person", "china", "f", "المتحدثة باسم وزارة الخارجية الصينية",
           ["ماو نينج"], ["المتحدثة باسم وزارة الخارجية الصينية", "المتحدثة باسم الخارجية الصينية"]),
    _actor("wang-wenbin", "Wang Wenbin", "وانغ وين بين", "person", "china", "m",
           "المتحدث باسم وزارة الخارجية الصينية", ["وانغ ون بين", "وانغ وينبين"],
           ["المتحدث باسم وزارة الخارجية الصينية", "المتحدث باسم الخارجية الصينية"]),
    _actor("vedant-patel", "Vedant Patel", "فيدانت باتيل", "person", "united-states", "m",
           "نائب المتحدث باسم وزارة الخارجية الأمريكية", ["باتيل"]),
    _actor("jens-stoltenberg", "Jens Stoltenberg", "ينس ستولتنبرغ", "person", "other", "m",
           "الأمين العام لحلف شمال الأطلسي", ["ستولتنبرغ", "ينس ستولتنبرج"],
           ["الأمين العام لحلف شمال الأطلسي", "الأمين العام لحلف الناتو", "أمين عام الناتو"]),
    _actor("stephane-dujarric", "Stephane Dujarric", "ستيفان دوجاريك", "person", "united-nations", "m",
           "المتحدث باسم الأمين العام للأمم المتحدة", ["دوجاريك", "ستيفان دوجاريك"],
           ["المتحدث باسم الأمين العام للأمم المتحدة"]),
    _actor("yury-borisov", "Yury Borisov", "يوري بوريسوف", "person", "russia", "m", "رئيس وكالة الفضاء الروسية",
           ["بوريسوف"], ["رئيس وكالة الفضاء الروسية", "رئيس روسكوسموس"]),
]

SUMMIT_ORGANISATIONS = [
    _actor("russian-foreign-ministry", "Russian Foreign Ministry", "وزارة الخارجية الروسية", "organisation",
           "russia", "f", "", ["الخارجية الروسية"]),
    _actor("russian-defence-ministry", "Russian Defence Ministry", "وزارة الدفاع الروسية", "organisation",
           "russia", "f", "", ["الدفاع الروسية"]),
    _actor("pentagon", "Pentagon", "البنتاغون", "organisation", "united-states", "m", "وزارة الدفاع الأمريكية",
           ["وزارة الدفاع الأمريكية", "البنتاجون"]),
    _actor("chinese-foreign-ministry", "Chinese Foreign Ministry", "وزارة الخارجية الصينية", "organisation",
           "china", "f", "", ["الخارجية الصينية"]),
    _actor("south-korea-foreign-ministry", "South Korean Foreign Ministry", "وزارة الخارجية الكورية الجنوبية",
           "organisation", "south-korea", "f", "", ["الخارجية الكورية الجنوبية"]),
    _actor("roscosmos", "Roscosmos", "روسكوسموس", "organisation", "russia", "f", "وكالة الفضاء الروسية",
           ["وكالة الفضاء الروسية"]),
    _actor("european-union", "European Union", "الاتحاد الأوروبي", "organisation", "other", "m"),
]

SUMMIT_MEDIA = [
    _actor("yonhap", "Yonhap", "يونهاب", "medium", "south-korea", "f", "وكالة أنباء كورية جنوبية",
           ["وكالة يونهاب", "يونهاب للأنباء"]),
    _actor("rodong-sinmun", "Rodong Sinmun", "رودونغ سينمون", "medium", "north-korea", "f",
           "صحيفة حزب العمال الكوري", ["رودونج سينمون", "رودونغ سنمون"]),
    _actor("interfax", "Interfax", "إنترفاكس", "medium", "russia", "f", "وكالة أنباء روسية", ["انترفاكس"]),
    _actor("sputnik", "Sputnik", "سبوتنيك", "medium", "russia", "f", "وكالة أنباء روسية", ["وكالة سبوتنيك"]),
    _actor("rt", "RT", "قناة روسيا اليوم", "medium", "russia", "f", "قناة روسية", ["آر تي", "RT", "شبكة روسيا اليوم"]),
    _actor("kyodo", "Kyodo", "كيودو", "medium", "japan", "f", "وكالة أنباء يابانية", ["وكالة كيودو"]),
    _actor("nhk", "NHK", "إن إتش كيه", "medium", "japan", "f", "هيئة الإذاعة اليابانية", ["NHK"]),
    _actor("xinhua", "Xinhua", "شينخوا", "medium", "china", "f", "وكالة أنباء صينية", ["وكالة شينخوا"]),
    _actor("bloomberg", "Bloomberg", "بلومبرغ", "medium", "united-states", "f", "وكالة أنباء أمريكية",
           ["بلومبيرغ"]),
    _actor("wall-street-journal", "Wall Street Journal", "وول ستريت جورنال", "medium", "united-states", "f",
           "صحيفة أمريكية"),
    _actor("washington-post", "Washington Post", "واشنطن بوست", "medium", "united-states", "f", "صحيفة أمريكية"),
    _actor("bbc", "BBC", "بي بي سي", "medium", "other", "f", "هيئة الإذاعة البريطانية", ["BBC"]),
    _actor("al-jazeera", "Al Jazeera", "قناة الجزيرة", "medium", "other", "f", "قناة قطرية", ["الجزيرة نت", "شبكة الجزيرة"]),
    _actor("sky-news-arabia", "Sky News Arabia", "سكاي نيوز عربية", "medium", "other", "f", "قناة إماراتية"),
    _actor("anadolu", "Anadolu Agency", "الأناضول", "medium", "other", "f", "وكالة أنباء تركية",
           ["وكالة الأناضول"]),
]

SUMMIT_ACTORS = SUMMIT_PERSONS + SUMMIT_ORGANISATIONS + SUMMIT_MEDIA

# The registry extraction starts from: the seed actors and the summit's usual speakers.
DEFAULT_ACTORS = SEED_ACTORS + SUMMIT_ACTORS
