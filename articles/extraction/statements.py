"""The same statement in every outlet: which quotes report one thing said once.

Pure Python over (speaker, day, units) records; the Django layer
(`articles.statement_groups`) feeds it the quotes near a new article's statements and stores
what it decides, and `evaluate_statement_groups` runs it over the gold set in memory.

Two quotes are compared only when they may be the same speaker's words (*blocking*): the
same actor, or either unattributed, or an institution and one of its people (``الكرملين``
for Peskov, ``البيت الأبيض`` for Kirby: a person and an institution of the same side), and
published at most ``WINDOW_DAYS`` apart.  Two people are never one speaker.

Then their units (:mod:`articles.extraction.wording`) are matched: the same unit counts 1,
and so does one present verb in two persons (``نحلل`` / ``تحلل``); the same root or
skeleton (``تدريب`` / ``دريب``, ``نقدر`` / ``تقدير``) or a close spelling of a long word
(``فوستوشني`` / ``فوستوتشني``) counts ``SOFT``.  What two renderings share, as a
share of each, decides:

- **the same statement, reworded**: each covers ``REWORDED`` of the other's units;
- **a part of it**: the shorter one is covered to ``PART`` by the longer
  (``وسنقف دائما معا في النضال ضد الامبريالية`` inside Kim's whole sentence);
- **near**: each covers ``NEAR`` of the other.  A near quote joins a group when the group's
  wordings *together* cover ``COVERED`` of it: every outlet keeps other words of one
  statement, so a third translation shares with the union of two what it shares only in
  part with each.  The same speaker on another subject with half the same words (farming
  where the group speaks of space) leaves too much uncovered and stays apart.

Two quotes that both give numbers and no number in common are never the same statement.

Rewordings are joined first.  A part then joins the group that contains it, but a part
never joins two groups into one: a short quote that fits two statements
(``لم تحدد مواعيد الزيارة حتى الآن``) goes to the one more of its group's quotes fit, and a
group is pulled into another only when most of its quotes are parts of it (a pair, when
either is).  So a
longer quote that merely contains one rendering of a statement (the same speaker on the same
day, going on about something else) stays apart, while the one outlet that quoted two
sentences where others quoted one joins them.  Near quotes are placed last, the same way.

An editor's decision (a group split or merged in the admin) is kept: the quotes of a decided
group stay together, and two decided groups are never joined.

Quotes still alone at the end are gathered: a quote that two or more quotes alone, each
close to it, cover together joins them (:func:`_gather_alone`), where no two renderings of a
statement reword each other and so no group was made.
"""

from __future__ import annotations

import itertools
from bisect import bisect_right
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property, lru_cache

from articles.extraction.normalize import normalize, strip_proclitics, tokens
from articles.extraction.wording import ACTOR, NUMBER, VARIANT, skeleton, word_unit
from articles.extraction.wording import root as word_root

WINDOW_DAYS = 3
# Candidates read for one article: the newest first.
MAX_NEARBY = 500
REWORDED = 0.6
PART = 0.8
NEAR = 0.25
COVERED = 0.75
GATHERED = 0.4
MIN_SHARED = 2.0
SOFT = 0.8
FUZZY_MIN_LENGTH = 5
FUZZY_OVERLAP = 0.75
CONTAINED_MIN_LENGTH = 6
CONTAINED_EXTRA = 3
PROCLITIC_LETTERS = "وفبلك"
PRESENT_PREFIXES = "يتنا"
SHORT_PLURAL = "ات"
FEMININE = "ه"
PERSON = "person"
COUNTRY, MEDIUM = "country", "medium"
COUNTRY_WORD = VARIANT + "بلد"
ENTITY_KINDS = frozenset({PERSON, COUNTRY})
NO_SIDE = "other"
COLLECTIVE_MEDIA = "state media"
G_AS_JIM, G_AS_GHAIN = "ج", "غ"
SPELLED_WITH_DOT = frozenset("ذظ")
_WITHOUT_DOT = str.maketrans("ذظ", "دض")
NISBA = "ي"
NISBA_LOST_LETTERS = "بلك"
# The frame of a report's item: who (names, and their titles' words), when (numbers, months,
# days).  The next item of the same report keeps the frame and says something else.
_CALENDAR_TEXT = """
    يوم اليوم غدا أمس الأسبوع الشهر
    السبت الاثنين الثلاثاء الأربعاء الخميس
    يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر
"""
CALENDAR = frozenset(
    unit for word in _CALENDAR_TEXT.split() if (unit := word_unit(normalize(word))) is not None
)
MIN_CONTENT = 2
FRAMED = 0.5


@dataclass(frozen=True)
class Statement:
    """One quote as grouping sees it.  ``group`` is the group it is in now (None: none),
    ``decided`` whether an editor made that group; quotes of one ``article`` are compared
    only through quotes of other articles."""

    key: Hashable
    units: tuple[str, ...]
    speaker: str | None = None
    day: date | None = None
    article: Hashable | None = None
    group: Hashable | None = None
    decided: bool = False

    @cached_property
    def distinct(self) -> frozenset[str]:
        return frozenset(self.units)

    @cached_property
    def actors(self) -> frozenset[str]:
        return frozenset(unit for unit in self.distinct if unit[0] == ACTOR)

    @cached_property
    def numbers(self) -> frozenset[str]:
        return frozenset(unit for unit in self.distinct if unit[0] == NUMBER)


@dataclass(frozen=True)
class Placement:
    """A group after regrouping: the existing ``group`` it continues (None: a new one) and
    its quotes.  A quote of the neighbourhood in no placement belongs to no group."""

    group: Hashable | None
    keys: tuple[Hashable, ...]


@dataclass(frozen=True)
class Speakers:
    """Who may have said the same words: from each actor key, its kind and its side."""

    kinds: Mapping[str, str] = field(default_factory=dict)
    sides: Mapping[str, str] = field(default_factory=dict)
    # (person, organisation) pairs where the person's title names the organisation, whatever
    # the side: ``الأمين العام لحلف الناتو`` speaks for ``الناتو``.
    titled: frozenset[tuple[str, str]] = frozenset()
    # A country's media as a whole (``وسائل الإعلام الرسمية الكورية الشمالية``): any of its
    # media may be the one they report.
    collective: frozenset[str] = frozenset()
    # The units of the words of each actor's titles (``الزعيم الكوري`` → ``=زعيم``, ``كور``):
    # where one outlet names Kim and another writes his title, the title's words say no more.
    title_units: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # The body each body is inside (``مجلس الأمن القومي`` → ``البيت الأبيض``).
    within: Mapping[str, str] = field(default_factory=dict)
    # :meth:`compatible`'s answers: a neighbourhood asks about the same few speakers for each
    # of its hundreds of thousands of pairs.
    _compatible: dict[tuple[str | None, str | None], bool] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @classmethod
    def from_records(cls, records: Iterable) -> Speakers:
        records = list(records)
        within = {r.key: r.part_of for r in records if r.part_of}
        return cls(
            {r.key: r.kind for r in records},
            {r.key: r.affiliation for r in records},
            _titled(records, within),
            frozenset(r.key for r in records if r.kind == MEDIUM and _collective(r.name_en)),
            {r.key: units for r in records if (units := _title_units(r))},
            within,
        )

    def compatible(self, first: str | None, second: str | None) -> bool:
        """``بوتين``/``بوتين``, ``بوتين``/unattributed, ``الكرملين``/``بيسكوف``: yes; a country
        with anyone of its side (``موسكو``/``الكرملين``), since it names no one in particular,
        and a medium with a person or an institution of its side, whose words it carries
        (``وسائل الإعلام الروسية``/``الكرملين``): yes; ``بوتين``/``بيسكوف`` (two people),
        ``الكرملين``/``الخارجية الروسية`` (two institutions), two media (two reports of their
        own: ``وكالة الأنباء المركزية الكورية``/``التلفزيون المركزي الكوري``),
        ``البيت الأبيض``/``بيسكوف`` (two sides): no.  A body and a body inside it
        (``البيت الأبيض``/``مجلس الأمن القومي``, whose spokesman Kirby one outlet quotes as
        the one and another as the other): yes."""
        known = self._compatible.get((first, second))
        if known is None:
            known = self._compatible[first, second] = self._may_be_one(first, second)
        return known

    def _may_be_one(self, first: str | None, second: str | None) -> bool:
        if first is None or second is None or first == second:
            return True
        if (first, second) in self.titled or (second, first) in self.titled:
            return True
        if self._inside(first, second) or self._inside(second, first):
            return True
        side = self.sides.get(first, NO_SIDE)
        if side == NO_SIDE or side != self.sides.get(second, NO_SIDE):
            return False
        kinds = (self.kinds.get(first, PERSON), self.kinds.get(second, PERSON))
        if COUNTRY in kinds or kinds.count(MEDIUM) == 1:
            return True
        if kinds.count(MEDIUM) == 2:
            return first in self.collective or second in self.collective
        return kinds.count(PERSON) == 1

    def _inside(self, inner: str, outer: str) -> bool:
        """Whether ``inner`` is a body inside ``outer``, directly or through others; a person
        is inside nothing (two people are never one speaker)."""
        if self.kinds.get(inner, PERSON) == PERSON or self.kinds.get(outer, PERSON) == PERSON:
            return False
        body = self.within.get(inner)
        while body is not None:
            if body == outer:
                return True
            body = self.within.get(body)
        return False


def _outer_bodies(key: str, within: Mapping[str, str]) -> list[str]:
    """The bodies ``key`` is inside, the nearest first."""
    bodies = []
    while (key := within.get(key)) is not None and key not in bodies:
        bodies.append(key)
    return bodies


@lru_cache(maxsize=8192)
def _title_units(record) -> frozenset[str]:
    return frozenset(
        unit for title in record.titles for word in tokens(title) if (unit := word_unit(word)) is not None
    )


def _collective(name_en: str) -> bool:
    """``North Korean state media``: no one medium but all of a country's."""
    return name_en.lower().endswith(COLLECTIVE_MEDIA)


def _titled(records: list, within: Mapping[str, str] | None = None) -> frozenset[tuple[str, str]]:
    """Each person of no side and the organisations of no side one of their titles names
    (Stoltenberg's ``الأمين العام لحلف شمال الأطلسي`` names NATO), and the bodies those are
    inside (``within``), found by name or alias in the title's words.  Sides already pair
    the others, and a title may name what a person does not speak for (``مندوب روسيا لدى
    الأمم المتحدة``)."""
    names: dict[str, set[tuple[str, ...]]] = {}
    for record in records:
        if record.kind not in (PERSON, COUNTRY, MEDIUM) and record.affiliation == NO_SIDE:
            forms = (record.name_ar, *record.aliases)
            names[record.key] = {tuple(tokens(form)) for form in forms if tokens(form)}
    # The speakers are built again with every gazetteer, which an import rebuilds each time
    # it proposes an unknown speaker: a person's titles are read once for the same names.
    named = tuple(sorted((key, tuple(sorted(forms))) for key, forms in names.items()))
    pairs = set()
    for record in records:
        if record.kind == PERSON and record.affiliation == NO_SIDE:
            pairs.update(_named_in_titles(record, named))
    within = within or {}
    pairs.update((person, outer) for person, body in list(pairs) for outer in _outer_bodies(body, within))
    return frozenset(pairs)


@lru_cache(maxsize=8192)
def _named_in_titles(
    record, names: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]
) -> tuple[tuple[str, str], ...]:
    """(person, organisation) for each of ``names`` one of the person's titles names:
    ``الأمين العام لحلف الناتو`` names ``الناتو``."""
    pairs = []
    for title in (record.role_ar, *record.titles):
        words = tuple(tokens(title))
        for key, forms in names:
            if any(_contains(words, form) for form in forms):
                pairs.append((record.key, key))
    return tuple(pairs)


def _contains(words: tuple[str, ...], form: tuple[str, ...]) -> bool:
    """Whether ``form`` is a run of ``words``, a proclitic allowed on its first word
    (``لحلف`` for ``حلف``)."""
    size = len(form)
    for start in range(len(words) - size + 1):
        first = words[start]
        if words[start + 1 : start + size] == form[1:] and form[0] in strip_proclitics(first):
            return True
    return False


def may_match(first: Statement, second: Statement, speakers: Speakers) -> bool:
    """The blocking: other articles, compatible speakers, close enough in time."""
    if first.article is not None and first.article == second.article:
        return False
    if first.day is not None and second.day is not None and abs((first.day - second.day).days) > WINDOW_DAYS:
        return False
    return speakers.compatible(first.speaker, second.speaker)


def shared(first: frozenset[str], second: frozenset[str]) -> float:
    """How many units two quotes share: exact ones, then the same root or skeleton
    (``تدريب`` / ``دريب``, ``نقدر`` / ``تقدير``), then a close spelling of a long word, each
    unit used once."""
    common = first & second
    score = float(len(common))
    left, right = first - common, second - common
    if not left or not right:
        return score
    persons = _same_verb(left, right)
    if persons:
        score += len(persons)
        left, right = left - {a for a, _ in persons}, right - {b for _, b in persons}
    by_shape: dict[str, str] = {}
    for unit in sorted(right):
        for shape in _shapes(unit):
            by_shape.setdefault(shape, unit)
    unmatched = []
    for unit in sorted(left):
        match = next((by_shape[shape] for shape in _shapes(unit) if by_shape.get(shape) in right), None)
        if match is not None:
            score += SOFT
            right = right - {match}
        else:
            unmatched.append(unit)
    long_right = sorted(u for u in right if _plain(u) and len(u) >= FUZZY_MIN_LENGTH)
    for unit in unmatched:
        if not (_plain(unit) and len(unit) >= FUZZY_MIN_LENGTH):
            continue
        match = next((other for other in long_right if _close(unit, other)), None)
        if match is not None:
            score += SOFT
            long_right.remove(match)
            right = right - {match}
    return score + SOFT * _country_for_name(set(unmatched), right)


@lru_cache(maxsize=65536)
def _person_free(unit: str) -> str | None:
    """A plain stem of four letters after a present-tense prefix, less the prefix: ``نجمع``,
    ``تجمع``, ``أجمع`` → ``جمع``.  Light stemming keeps the prefix of so short a word, which as
    often begins a noun (``نظام``, ``تقدم``).  Not after the future's ``س``: ``ستدفع الثمن``
    "will pay the price" is a threat where ``تدفع الثمن`` "pays the price" states a fact."""
    if not _plain(unit):
        return None
    return unit[1:] if len(unit) == 4 and unit[0] in PRESENT_PREFIXES else None


def _same_verb(left: frozenset[str], right: frozenset[str]) -> list[tuple[str, str]]:
    """Pairs of one present verb in two persons (``نحلل`` / ``تحلل``, ``أرفع`` / ``نرفع``):
    one outlet writes "we", another "Tokyo" or "it"; they count as the same unit."""
    by_stem: dict[str, str] = {}
    for unit in sorted(right):
        stem = _person_free(unit)
        if stem is not None:
            by_stem.setdefault(stem, unit)
    pairs = []
    for unit in sorted(left):
        stem = _person_free(unit)
        if stem is not None and stem in by_stem:
            pairs.append((unit, by_stem.pop(stem)))
    return pairs


def _country_for_name(left: set[str], right: frozenset[str]) -> int:
    """``بين البلدين``, ``أي دولة`` where the other outlet names the country: the class of
    country words (``=بلد``) meets one actor the other side names and this side does not."""
    found = 0
    for mine, theirs in ((left, right), (right, left)):
        if COUNTRY_WORD in mine and any(unit[0] == ACTOR for unit in theirs):
            found += 1
    return found


def _plain(unit: str) -> bool:
    return unit[0] not in (ACTOR, NUMBER, VARIANT)


@lru_cache(maxsize=65536)
def _shapes(unit: str) -> tuple[str, ...]:
    """A plain stem's root and skeleton, and the stem itself without a first letter that
    may have been a proclitic, marked apart (a root may look like a skeleton).  Light
    stemming cannot tell ``فضاء`` "space" from ``ف`` + ``ضاء``, nor ``كوري`` from ``ك`` +
    ``وري``: one outlet's form loses a letter the other keeps, and the two still meet.  A
    foreign name's g is ``غ`` in one outlet and Egypt's ``ج`` in another (``أنغارا``,
    ``أنجارا``): the two spellings share a shape.  A short present verb meets its bare
    masdar or past, which light stemming cannot reach under the prefix (``نعيش`` /
    ``العيش``, ``يقول`` / ``قول``), and a feminine plural too short to lose its ending meets
    its singular (``مرات`` / ``مرة``, ``جهات`` / ``جهة``).  ``ذ`` and ``ظ`` are also read
    as the ``د`` and ``ض`` other outlets write (``بذلة`` / ``بدلة``), and a three-letter
    stem in the nisba's ``ي`` as the word whose first letter light stemming took for a
    proclitic: an indefinite ``كورية`` leaves ``وري``, the definite ``الكورية`` ``كور``.  A
    class of the lexicon has the shape of its head word (:func:`_class_shapes`)."""
    if unit[0] == VARIANT:
        return _class_shapes(unit)
    if not _plain(unit):
        return ()
    shapes = [f"{kind}{shape}" for kind, shape in (("r", word_root(unit)), ("s", skeleton(unit))) if shape]
    shapes.append(f"c{unit}")
    # A letter that may be a proclitic, or the present prefix of a four-letter verb.
    prefixed = unit[0] in PROCLITIC_LETTERS or (len(unit) == 4 and unit[0] in PRESENT_PREFIXES)
    if len(unit) >= 4 and prefixed:
        shapes.append(f"c{unit[1:]}")
    if len(unit) == 4 and unit.endswith(SHORT_PLURAL):
        shapes.append(f"c{unit[:-2]}{FEMININE}")
    if G_AS_JIM in unit:
        shapes.append(f"g{unit.replace(G_AS_JIM, G_AS_GHAIN)}")
    elif G_AS_GHAIN in unit:
        shapes.append(f"g{unit}")
    if SPELLED_WITH_DOT & set(unit):
        shapes.append(f"c{unit.translate(_WITHOUT_DOT)}")
    if len(unit) == 3 and unit.endswith(NISBA):
        shapes.extend(f"c{letter}{unit[:-1]}" for letter in NISBA_LOST_LETTERS)
    return tuple(shapes)


def _class_shapes(unit: str) -> tuple[str, ...]:
    """A class of the lexicon meets a plain word that is its head word under a prefix the
    lexicon does not list: ``تطور`` "develops" (form V, whose ``ت`` light stemming keeps on so
    short a word) meets ``=طور`` (``تطوير``, ``يطور``), as ``سندرب`` meets ``تدريب``."""
    head = unit[1:]
    return (f"c{head}",) if len(head) >= 3 else ()


def _bigrams(word: str) -> set[str]:
    padded = f"_{word}_"
    return {padded[i : i + 2] for i in range(len(padded) - 1)}


def _close(first: str, second: str) -> bool:
    """Two spellings of one long word: most letter pairs in common, or the one inside the
    other with a few letters more at its edges, which light stemming cuts from a foreign name
    as if they were clitics (``فلاديفوستوك`` → ``ديفوستو`` after ف, ل, ك and ا, but
    ``وفلاديفوستوك`` → ``فلاديفوستو``)."""
    shorter, longer = sorted((first, second), key=len)
    extra = len(longer) - len(shorter)
    if len(shorter) >= CONTAINED_MIN_LENGTH and extra <= CONTAINED_EXTRA and shorter in longer:
        return True
    a, b = _bigrams(first), _bigrams(second)
    return 2 * len(a & b) / (len(a) + len(b)) >= FUZZY_OVERLAP


@dataclass(frozen=True)
class Link:
    """How two statements relate: ``shares`` are the part of each one's units the other
    covers (first, second)."""

    shared: float
    shares: tuple[float, float]
    numbers_differ: bool = False
    entities_differ: bool = False
    # The part of each one's words beyond the frame that the other covers (None: not weighed).
    content: tuple[float | None, float | None] = (None, None)

    # Cached: a link remembered across articles is asked again with every neighbourhood.
    @cached_property
    def reworded(self) -> bool:
        return self.near and min(self.shares) >= REWORDED

    @cached_property
    def near(self) -> bool:
        """Enough in common to be the same statement if a whole group's wordings agree."""
        return self.shared >= MIN_SHARED and min(self.shares) >= NEAR and not self.differs

    @property
    def differs(self) -> bool:
        return self.numbers_differ or self.entities_differ

    def part(self) -> int | None:
        """0 when the first is a part of the second, 1 for the other way, else None."""
        if self.shared < MIN_SHARED or self.differs or self.reworded or max(self.shares) < PART:
            return None
        side = 0 if self.shares[0] >= self.shares[1] else 1
        content = self.content[side]
        return side if content is None or content >= PART else None


def link(first: Statement, second: Statement, speakers: Speakers | None = None) -> Link:
    mine, theirs = compared(first, second, speakers)
    score = shared(mine, theirs)
    sizes = (len(mine), len(theirs))
    shares = tuple(score / size if size else 0.0 for size in sizes)
    content: tuple[float | None, float | None] = (None, None)
    if max(shares) >= PART and min(shares) < REWORDED:
        named = first.actors | second.actors
        content = (
            _content_share(mine, theirs, named, speakers) if shares[0] >= PART else None,
            _content_share(theirs, mine, named, speakers) if shares[1] >= PART else None,
        )
    return Link(
        score,
        shares,
        _numbers_differ(first, second),
        _entities_differ(first, second, (mine, theirs), speakers),
        content,
    )


def compared(
    first: Statement, second: Statement, speakers: Speakers | None = None
) -> tuple[frozenset[str], frozenset[str]]:
    """The units of two statements as they are weighed: a speaker's own country that only
    one of them names is left out, since the other says "we" (``طوكيو ستتعامل بحزم`` for
    Kamikawa's ``سنرد بحزم``)."""
    return (
        _without_own(first, second.distinct, speakers, second.speaker),
        _without_own(second, first.distinct, speakers, first.speaker),
    )


def _without_own(
    statement: Statement, other: frozenset[str], speakers: Speakers | None, other_speaker: str | None = None
) -> frozenset[str]:
    """A statement's units less what the other says in its own way: the speaker's own
    country it leaves out, and the words of the title of an actor both name (``الزعيم
    الكوري`` where the other outlet writes ``كيم``).  An unattributed quote is weighed as
    the other's speaker's words, as blocking took it to be: ``اليابان ستسرع تعزيز الدفاع``
    with no speaker is Kihara's ``سنسرع تعزيز دفاعاتنا``."""
    units = statement.distinct
    if speakers is None:
        return units
    drop = set()
    for unit in statement.actors & other:
        drop.update(speakers.title_units.get(unit[1:], ()))
    speaker = statement.speaker if statement.speaker is not None else other_speaker
    if speaker is not None:
        side = speakers.sides.get(speaker, NO_SIDE)
        if side != NO_SIDE:
            drop.add(ACTOR + side)
    drop -= other
    return units - drop if drop & units else units


def _content_share(
    units: frozenset[str], other: frozenset[str], named: frozenset[str], speakers: Speakers | None
) -> float | None:
    """The share of ``units`` beyond the frame (:func:`_frame`) that ``other`` covers, or
    None when they are too few to weigh.  The next item of one report (``ودّع الرئيس بوتين
    في 13 أيلول الرفيق كيم لدى مغادرته قاعدة فوستوتشني`` after ``أقام الرئيس بوتين في 13
    أيلول مأدبة للرفيق كيم في قاعدة فوستوتشني``) is inside the other by its frame and
    stays apart by its own words."""
    frame = _frame(units, named, speakers)
    content = units - frame
    if len(content) < MIN_CONTENT or len(frame) < FRAMED * len(units):
        return None
    return shared(content, other) / len(content)


def _frame(units: frozenset[str], named: frozenset[str], speakers: Speakers | None) -> set[str]:
    """Who and when: names, numbers, months and days, and the words of the titles of the
    people either statement names (``الرفيق``, ``نائب رئيس الوزراء``)."""
    frame = {unit for unit in units if unit[0] in (ACTOR, NUMBER) or unit in CALENDAR}
    if speakers is not None:
        for actor in named:
            frame.update(units & speakers.title_units.get(actor[1:], frozenset()))
    return frame


def _numbers_differ(first: Statement, second: Statement) -> bool:
    """Both quote numbers and none in common: ``75 عاما`` and ``160 مليونا`` are other words."""
    mine, theirs = first.numbers, second.numbers
    return bool(mine and theirs and not mine & theirs)


def _entities_differ(
    first: Statement,
    second: Statement,
    weighed: tuple[frozenset[str], frozenset[str]],
    speakers: Speakers | None,
) -> bool:
    """Each names a person or a country the other does not name, of one kind: the same frame
    about someone else (``زيارة لافروف إلى بيونغ يانغ`` / ``زيارة رودينكو إلى بكين``,
    ``الصين وكوريا الديمقراطية`` / ``الصين وروسيا``).  An outlet that only adds or drops a
    name (``كيم`` where the other writes ``الزعيم``, a person where the other names his
    country) differs in nothing: only a name met by another name of the same kind counts,
    and a country not where the other has a country word that may stand for it (``دولة
    تتسول القذائف من كوريا الشمالية`` / ``من يساعد موسكو``).  Institutions and media are left
    out: outlets swap ``الكرملين`` and ``موسكو``, ``مجلس الأمن`` and ``الأمم المتحدة``.
    ``weighed`` are the two statements' units as :func:`compared` weighs them (the speaker's
    own country one leaves out is no name of its own)."""
    if speakers is None:
        return False
    # Most pairs name the same actors or none: the actors each has alone are looked at first.
    mine, theirs = weighed
    alone = (first.actors - second.actors) & mine, (second.actors - first.actors) & theirs
    if not alone[0] or not alone[1]:
        return False
    kinds = _named(alone[0], speakers) & _named(alone[1], speakers)
    if (COUNTRY_WORD in mine) != (COUNTRY_WORD in theirs):
        kinds.discard(COUNTRY)
    return bool(kinds)


def _named(actors: frozenset[str], speakers: Speakers) -> set[str]:
    """The kinds of the people and countries among ``actors``."""
    kinds = (speakers.kinds.get(unit[1:], PERSON) for unit in actors)
    return {kind for kind in kinds if kind in ENTITY_KINDS}


def _may_link(first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether two statements can be near or a part at all, counting every unit the exact
    ones leave as a soft match (one present verb in two persons as a whole one): most
    candidates a shared word brings are ruled out here without looking up roots."""
    both = first & second
    if not both:
        return False
    rest = min(len(first), len(second)) - len(both)
    if _enough(len(both) + SOFT * rest, first, second):
        return True
    if not rest or not _enough(len(both) + rest, first, second):
        return False
    persons = len(_same_verb(first - both, second - both))
    return _enough(len(both) + persons + SOFT * (rest - persons), first, second)


def _may_be_linked(first: Statement, second: Statement, speakers: Speakers) -> bool:
    """:func:`_may_link` for two statements of a neighbourhood (``تدريب رائد فضاء روسي``
    and ``سندرب رائد الفضاء``): most pairs a word in common brings are ruled out before
    their roots are looked up.  :func:`compared` keeps every unit both share, so the pair
    still has one; were it ever to have none, only :func:`link` could tell."""
    mine, theirs = compared(first, second, speakers)
    return mine.isdisjoint(theirs) or _may_link(mine, theirs)


def _enough(best: float, first: frozenset[str], second: frozenset[str]) -> bool:
    if best < MIN_SHARED:
        return False
    return best >= NEAR * max(len(first), len(second)) or best >= PART * min(len(first), len(second))


def covered(statement: Statement, wordings: frozenset[str], speakers: Speakers | None = None) -> float:
    """The share of a statement's units that the union of a group's wordings covers."""
    units = _without_own(statement, wordings, speakers)
    if not units:
        return 0.0
    share = shared(units, wordings) / len(units)
    if share < COVERED:
        return share
    named = statement.actors | frozenset(unit for unit in wordings if unit[0] == ACTOR)
    content = _content_share(units, wordings, named, speakers)
    return share if content is None else min(share, content)


def searched_words(new: list[Statement]) -> frozenset[str]:
    """The units a new article's statements are looked up by: all but the actors they name
    (``@vladimir-putin`` is in every other quote of the summit)."""
    return frozenset(unit for statement in new for unit in statement.units if unit[0] != ACTOR)


def related(new: list[Statement], stored: Iterable[Statement], speakers: Speakers) -> list[Statement]:
    """The stored statements that a new one rewords or is a part of, or that are a part of
    a new one: what a new article's statements may be grouped with."""
    out = []
    # Outlets quote the same words again and again: a pair of wordings is weighed once, and
    # a pair of the same signatures (what `compared` reads) is compared once.
    close: dict[tuple[frozenset[str], frozenset[str]], bool] = {}
    close_by_signature: dict[tuple[int, int], bool] = {}
    for candidate in stored:
        for statement in new:
            # No unit in common: the pair is not even weighed (compared only leaves units out).
            if candidate.distinct.isdisjoint(statement.distinct) or not may_match(
                candidate, statement, speakers
            ):
                continue
            signatures = (_signature(candidate, speakers), _signature(statement, speakers))
            is_close = close_by_signature.get(signatures)
            if is_close is None:
                pair = compared(candidate, statement, speakers)
                if pair not in close:
                    found = _weighed(candidate, statement, speakers)
                    close[pair] = found is not None and (found.near or found.part() is not None)
                is_close = close_by_signature[signatures] = close[pair]
            if is_close:
                out.append(candidate)
                break
    return out


# --- Grouping --------------------------------------------------------------------------------


class _Clusters:
    """Union-find over statement positions that refuses to join two editors' groups, and,
    given the speakers, two groups holding two speakers who may not be one
    (:meth:`Speakers.compatible`): a group is one speaker's statement.

    Pairs are weighed only between speakers who may be one, but a group joins through any
    of its quotes: an unattributed quote that rewords Putin's words (``العلاقات مع بيونغ
    يانغ لا تستهدف أي طرف ثالث``) and Lavrov's must not make Putin's and Lavrov's quotes
    one group, nor ``الكرملين``, which may be Peskov's words and may be Ushakov's, make
    Peskov's and Ushakov's one (the bench corpus's largest groups held a dozen statements of
    Peskov, Ushakov, the Kremlin and Lavrov, or two dozen analysts', that way).  So a group
    holds at most one named person, one institution and one medium, of one side, with its
    country: ``الكرملين`` with Peskov, ``موسكو`` with both; a person of no side (a proposed
    speaker too) only with the organisation their title names."""

    def __init__(self, statements: list[Statement], speakers: Speakers | None = None):
        self.parent = list(range(len(statements)))
        self.decided: dict[int, Hashable] = {}
        self.speakers = speakers
        self.named: dict[int, frozenset[str]] = {
            index: frozenset({s.speaker}) for index, s in enumerate(statements) if s.speaker is not None
        }
        first_of: dict[Hashable, int] = {}
        for index, statement in enumerate(statements):
            if statement.decided and statement.group is not None:
                self.decided[index] = statement.group
                if statement.group in first_of:
                    self.join(index, first_of[statement.group], editors=True)
                first_of.setdefault(statement.group, index)

    def root(self, index: int) -> int:
        while self.parent[index] != index:
            self.parent[index] = self.parent[self.parent[index]]
            index = self.parent[index]
        return index

    def join(self, first: int, second: int, *, editors: bool = False) -> bool:
        a, b = self.root(first), self.root(second)
        if a == b:
            return True
        if a in self.decided and b in self.decided and self.decided[a] != self.decided[b]:
            return False
        named = (self.named.get(a, frozenset()), self.named.get(b, frozenset()))
        if not editors and self.speakers is not None and not self._may_be_one(*named, decided=(a, b)):
            return False
        if a in self.decided:
            a, b = b, a
        self.parent[a] = b
        if named[0] or named[1]:
            self.named[b] = named[0] | named[1]
        return True

    def _may_be_one(self, first: frozenset[str], second: frozenset[str], *, decided: tuple[int, int]) -> bool:
        """Whether each speaker of one group may be each of the other's: ``الكرملين``'s group
        and Peskov's, yes; the Kremlin and Peskov's and Ushakov's, no.  Each group's own
        speakers are not weighed again.  An editors' group may hold two people (an editor
        merged Putin's words with an outlet's that gave them to Miller): a quote joins it when
        its speakers may each be one of the group's, or it could never take another quote."""
        compatible = self.speakers.compatible
        if decided[0] in self.decided:
            first, second = second, first
        if decided[0] in self.decided or decided[1] in self.decided:
            return not second or all(any(compatible(mine, theirs) for theirs in second) for mine in first)
        return all(compatible(mine, theirs) for mine in first for theirs in second)

    def members(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for index in range(len(self.parent)):
            out.setdefault(self.root(index), []).append(index)
        return out


def regroup(statements: list[Statement], speakers: Speakers) -> list[Placement]:
    """Group a neighbourhood of statements (a new article's and every quote of the groups
    they may join).  Copies of one wording (same units, speaker, day and editor's group)
    are compared once.

    The same for any order: the statements are read in :func:`_reading_order`, so the
    archive, which reads a new article's neighbours newest first, and :class:`MemoryGroups`,
    which keeps them as they arrived, settle a quote two groups want the same way."""
    order = sorted(range(len(statements)), key=lambda index: _reading_order(statements[index]))
    nodes, copies = _collapse(order, statements)
    clusters = _Clusters(nodes, speakers)
    parts: dict[int, list[tuple[int, float]]] = {}
    near: dict[int, set[int]] = {}
    reworded: dict[int, set[int]] = {}
    signatures = [_signature(node, speakers) for node in nodes]
    for i, j in _pairs(nodes):
        if not may_match(nodes[i], nodes[j], speakers):
            continue
        found = _weighed(nodes[i], nodes[j], speakers, (signatures[i], signatures[j]))
        if found is None:
            continue
        if found.reworded:
            clusters.join(i, j)
            reworded.setdefault(i, set()).add(j)
            reworded.setdefault(j, set()).add(i)
            continue
        if found.near:
            near.setdefault(i, set()).add(j)
            near.setdefault(j, set()).add(i)
        side = found.part()
        if side is not None:
            small, large = (i, j) if side == 0 else (j, i)
            parts.setdefault(small, []).append((large, found.shares[side]))
    weights = [len(c) for c in copies]
    _attach_parts(clusters, parts, weights, near)
    _attach_covered(clusters, nodes, near, weights, speakers, parts, reworded)
    _gather_alone(clusters, nodes, near, speakers)
    return _placements(statements, copies, clusters)


# The pairs weighed before, across neighbourhoods and articles: an import weighs the quotes
# of a group again with each article that may join it.  Keyed by both statements'
# signatures (:func:`_signature`).
_weighed_before: dict[tuple[int, int], Link | None] = {}
MAX_WEIGHED_BEFORE = 400_000
# What the speakers say of a statement (see :func:`_read_by`), for the last ``Speakers``.
_facts_before: tuple[Speakers | None, dict[tuple, tuple]] = (None, {})
# Everything :func:`link` and :func:`covered` read of a statement (its units and what the
# speakers say of it) or of a group's wordings, each value numbered once: a pair's key is two
# numbers, not the values hashed again for every pair of every neighbourhood.  Numbers are
# never given twice, so emptying the table leaves no key meaning something else.
_signatures: dict[tuple, int] = {}
_next_signature = itertools.count()
SIGNATURE = "_signature"
# A pair not weighed yet (None is a pair weighed and found unlinked).
_UNWEIGHED = object()


def _signature(statement: Statement, speakers: Speakers) -> int:
    """The number of the statement's units and :func:`_read_by`, kept on the statement for
    the last ``speakers`` it was weighed with."""
    held = statement.__dict__.get(SIGNATURE)
    if held is not None and held[0] is speakers:
        return held[1]
    number = _number((statement.distinct, _read_by(statement, speakers)))
    statement.__dict__[SIGNATURE] = (speakers, number)
    return number


def _number(value: tuple) -> int:
    number = _signatures.get(value)
    if number is None:
        if len(_signatures) >= MAX_WEIGHED_BEFORE:
            _signatures.clear()
        number = _signatures[value] = next(_next_signature)
    return number


def _weighed(
    first: Statement, second: Statement, speakers: Speakers, key: tuple[int, int] | None = None
) -> Link | None:
    """:func:`link` of two statements :func:`_may_be_linked` lets through (None for the
    others), remembered by what it reads: both statements' units and speakers, and what
    ``speakers`` says of them (:func:`_read_by`).  A rebuilt registry (every new speaker an
    import proposes) leaves a pair's result where its actors are unchanged.  ``key``: both
    signatures, when the caller has them."""
    key = key or (_signature(first, speakers), _signature(second, speakers))
    found = _weighed_before.get(key, _UNWEIGHED)
    if found is not _UNWEIGHED:
        return found
    if len(_weighed_before) >= MAX_WEIGHED_BEFORE:
        _weighed_before.clear()
    found = link(first, second, speakers) if _may_be_linked(first, second, speakers) else None
    _weighed_before[key] = found
    return found


def _read_by(statement: Statement, speakers: Speakers) -> tuple:
    """All :func:`link` reads of ``speakers`` about one statement: its speaker's side, and
    each actor it names with that actor's kind and the units of its titles
    (Putin's quote: ``russia`` his side, ``@kim-jong-un`` a person titled ``=زعيم``, ``كور``)."""
    memo = _facts(speakers)
    identity = (statement.speaker, statement.actors)
    facts = memo.get(identity)
    if facts is None:
        named = tuple(
            (actor, speakers.kinds.get(actor[1:]), speakers.title_units.get(actor[1:]))
            for actor in sorted(statement.actors)
        )
        facts = memo[identity] = (statement.speaker, speakers.sides.get(statement.speaker, NO_SIDE), named)
    return facts


def _facts(speakers: Speakers) -> dict:
    """The memory of what ``speakers`` says of statements and wordings, started again with
    each ``Speakers``."""
    global _facts_before
    if _facts_before[0] is not speakers:
        _facts_before = (speakers, {})
    return _facts_before[1]


# Group wordings weighed before (:func:`covered`), as :func:`_weighed` keeps links.
_covered_before: dict[tuple, float] = {}


def _covered(statement: Statement, wordings: frozenset[str], speakers: Speakers | None) -> float:
    """:func:`covered`, remembered as :func:`_weighed` remembers a link: by the statement's
    units and what ``speakers`` says of it, the group's wordings and the titles of the actors
    they name (the frame of :func:`_content_share`)."""
    if speakers is None:
        return covered(statement, wordings, speakers)
    key = (_signature(statement, speakers), _titles_of(wordings, speakers))
    share = _covered_before.get(key)
    if share is None:
        if len(_covered_before) >= MAX_WEIGHED_BEFORE:
            _covered_before.clear()
        share = _covered_before[key] = covered(statement, wordings, speakers)
    return share


def _titles_of(wordings: frozenset[str], speakers: Speakers) -> int:
    """The signature of a group's wordings and the units of the titles of each actor among
    them."""
    memo = _facts(speakers)
    number = memo.get(wordings)
    if number is None:
        titles = tuple(
            (unit, speakers.title_units.get(unit[1:])) for unit in sorted(wordings) if unit[0] == ACTOR
        )
        number = memo[wordings] = _number((wordings, titles))
    return number


def _reading_order(statement: Statement) -> tuple:
    """What grouping reads a neighbourhood by: the day (undated last), then the wording and
    the speaker, never the ids an import order gives.  A quote that rewords Putin's words and
    Lavrov's joins the same one whichever article came first."""
    decided = str(statement.group) if statement.decided else ""
    return (
        statement.day is None,
        statement.day or date.min,
        statement.units,
        statement.speaker or "",
        decided,
    )


def _collapse(order: list[int], statements: list[Statement]) -> tuple[list[Statement], list[list[int]]]:
    """One node for the copies of one wording (``order``: the statements' indexes as they are
    read).  A node whose copies come from several articles belongs to none of them: the copy
    of another article may be weighed against a quote of the first's."""
    nodes: list[Statement] = []
    copies: list[list[int]] = []
    seen: dict[tuple, int] = {}
    for index in order:
        statement = statements[index]
        decided = statement.group if statement.decided else None
        identity = (statement.distinct, statement.speaker, statement.day, decided)
        node = seen.get(identity)
        if node is None:
            seen[identity] = len(nodes)
            nodes.append(statement)
            copies.append([index])
            continue
        copies[node].append(index)
        if nodes[node].article is not None and nodes[node].article != statement.article:
            nodes[node] = replace(nodes[node], article=None)
    return nodes, copies


def _pairs(nodes: list[Statement]) -> list[tuple[int, int]]:
    """Pairs of nodes that have a unit in common, in order."""
    postings: dict[str, list[int]] = {}
    for index, node in enumerate(nodes):
        for unit in node.distinct:
            postings.setdefault(unit, []).append(index)
    # Each node's later neighbours, from the postings past it (each list is in order): no set
    # of every pair of the neighbourhood to build and sort.
    pairs = []
    for i, node in enumerate(nodes):
        later: set[int] = set()
        for unit in node.distinct:
            indexes = postings[unit]
            later.update(indexes[bisect_right(indexes, i) :])
        pairs.extend((i, j) for j in sorted(later))
    return pairs


def _attach_parts(
    clusters: _Clusters,
    parts: dict[int, list[tuple[int, float]]],
    weights: list[int],
    near: dict[int, set[int]] | None = None,
) -> None:
    """Join each group to the one most of its quotes are parts of, smallest groups first,
    until nothing moves.  Between two such groups the one with more quotes containing it
    wins, then the closer fit, then the larger group."""
    members = clusters.members()
    moved = True
    while moved:
        moved = False
        for root in sorted(members, key=lambda r: (len(members[r]), members[r][0])):
            supporters: dict[int, set[int]] = {}
            containers: dict[int, int] = {}
            shares: dict[int, float] = {}
            for index in members[root]:
                for large, share in parts.get(index, ()):
                    target = clusters.root(large)
                    if target == root or _settled(index, target, clusters, parts, near):
                        continue
                    supporters.setdefault(target, set()).add(index)
                    containers[target] = containers.get(target, 0) + weights[large]
                    shares[target] = shares.get(target, 0.0) + share
            ranked = _ranked(
                {
                    t: (len(supporters[t]), containers[t], shares[t], _quotes(members[t], weights))
                    for t in supporters
                }
            )
            target = _join_first(clusters, root, ranked, supporters, members, weights)
            if target is not None:
                _joined(clusters, members, root, target)
                moved = True
                break


def _ranked(ranks: dict[int, tuple]) -> list[int]:
    """The groups a group may join, best first: by their ``ranks``, then the lowest root."""
    return sorted(sorted(ranks), key=ranks.__getitem__, reverse=True)


def _join_first(
    clusters: _Clusters,
    root: int,
    ranked: list[int],
    supporters: dict[int, set[int]],
    members: dict[int, list[int]],
    weights: list[int],
) -> int | None:
    """Join a group to the first of ``ranked`` enough of its quotes pull it to and whose
    speakers it may share; the one joined (None: none).  ``الكرملين``'s words that are a
    part of Peskov's statement and of one that Lavrov's group gives to him and to
    ``الخارجية الروسية`` (``لم تحدد مواعيد الزيارة``) would put two institutions in that
    group, so they go to Peskov's, the next that wants them, rather than to none."""
    size = _quotes(members[root], weights)
    for target in ranked:
        if _pulled(_quotes(supporters[target], weights), size) and clusters.join(root, target):
            return target
    return None


def _joined(clusters: _Clusters, members: dict[int, list[int]], *roots: int) -> None:
    """Fold the members of two clusters just joined under their new root, as
    :meth:`_Clusters.members` would list them: a join moves two clusters, not the hundreds of
    the neighbourhood."""
    root = clusters.root(roots[0])
    members[root] = sorted(index for old in roots for index in members.pop(old))


def _attach_covered(
    clusters: _Clusters,
    nodes: list[Statement],
    near: dict[int, set[int]],
    weights: list[int],
    speakers: Speakers | None = None,
    parts: dict[int, list[tuple[int, float]]] | None = None,
    reworded: dict[int, set[int]] | None = None,
) -> None:
    """Join a quote to a group when the group's quotes around it cover ``COVERED`` of it:
    each outlet keeps other words of one statement, so three renderings say together what
    one shares only in part with each (``مستعدون لإعداد رائد فضاء كوري`` against ``مستعدون
    لمساعدة الأصدقاء الكوريين في إعداد رائد فضاء`` and ``جاهزون لتدريب رائد فضاء كوري``).
    A quote whose own words those quotes lack (the same speaker on farming where the group
    is about space) stays apart.  Smallest groups first, until nothing moves.

    The quotes around it are those of the group it is near, and the group's quotes near or
    rewording those (:func:`_around`), not the whole group: the words of a whole group grow
    with every quote it takes, and a group of a few hundred quotes covered any quote near
    one of them, which then brought its own words for the next (the bench corpus's Putin
    group took 1,830 quotes of many statements that way)."""
    reworded = reworded or {}
    # What may cover each quote, fixed for the whole attachment: a quote near it, and that
    # quote's own near and reworded quotes (:func:`_around` keeps those of its group).
    steps = {
        other: frozenset({other} | near.get(other, set()) | reworded.get(other, set()))
        for index in near
        for other in near[index]
    }
    # Which quotes read the group of a quote: those near it, and those a part of a quote
    # near it (:func:`_settled`).  A join changes what a group finds only for these.
    readers: dict[int, set[int]] = {}
    for index in range(len(nodes)):
        for other in near.get(index, ()):
            readers.setdefault(other, set()).add(index)
        for large, _ in (parts or {}).get(index, ()):
            for other in near.get(large, ()):
                readers.setdefault(other, set()).add(index)
    known: dict[tuple[int, frozenset[int]], float] = {}
    members = clusters.members()
    # Groups that found nothing to join and whose neighbours have not moved since.
    still: set[int] = set()
    moved = True
    while moved:
        moved = False
        waiting = [root for root in members if root not in still]
        for root in sorted(waiting, key=lambda r: (len(members[r]), members[r][0])):
            supporters: dict[int, set[int]] = {}
            shares: dict[int, float] = {}
            for index in members[root]:
                around = _around(index, root, clusters, near, steps)
                for target in sorted(around):
                    if _settled(index, target, clusters, parts, near):
                        continue
                    share = _share(index, frozenset(around[target]), nodes, known, speakers)
                    if share >= COVERED:
                        supporters.setdefault(target, set()).add(index)
                        shares[target] = shares.get(target, 0.0) + share
            ranked = _ranked(
                {t: (len(supporters[t]), shares[t], _quotes(members[t], weights)) for t in supporters}
            )
            target = _join_first(clusters, root, ranked, supporters, members, weights)
            if target is not None:
                moving = members[root] + members[target]
                _joined(clusters, members, root, target)
                still.difference_update(
                    clusters.root(reader) for index in moving for reader in readers.get(index, ())
                )
                still.discard(clusters.root(root))
                moved = True
                break
            still.add(root)


def _gather_alone(
    clusters: _Clusters, nodes: list[Statement], near: dict[int, set[int]], speakers: Speakers
) -> None:
    """Join a quote still alone to the quotes still alone it is near, when two or more of
    them together cover ``COVERED`` of it: each outlet kept other words of one statement and
    none rewords another, so there is no group yet for :func:`_attach_covered` to read, and
    the fullest rendering is the sum of the others.  Only quotes that share ``GATHERED`` of
    each other's units take part (:func:`_close_alone`).  Ushakov's ``تحدث الزعيمان على
    انفراد قرابة ساعة بعد انتهاء المحادثات بمشاركة الوفدين`` is covered by ``بعد المحادثات بين
    الوفدين تحدث بوتين وكيم على انفراد``, ``الزعيمان أجريا حديثا ثنائيا استمر نحو ساعة`` and
    ``استمر حديث الزعيمين على انفراد ساعة كاملة`` together, by none of them alone."""
    sizes = Counter(clusters.root(index) for index in range(len(nodes)))
    for index in sorted(near):
        if sizes[clusters.root(index)] != 1:
            continue
        alone = [
            other
            for other in sorted(near[index])
            if sizes[clusters.root(other)] == 1 and _close_alone(nodes[index], nodes[other], speakers)
        ]
        if len(alone) < 2:
            continue
        wordings = frozenset().union(*(nodes[other].distinct for other in alone))
        if _covered(nodes[index], wordings, speakers) < COVERED:
            continue
        for other in alone:
            if clusters.join(index, other):
                sizes[clusters.root(index)] = 2


def _close_alone(first: Statement, second: Statement, speakers: Speakers) -> bool:
    """Whether two quotes alone share ``GATHERED`` of each one's units: the next answer in
    the same frame (``تحدث الزعيمان على انفراد عن التعاون العسكري``) shares the frame with
    each rendering of the answer before and a third of their words, and two of them would
    cover it together."""
    found = _weighed(first, second, speakers)
    return found is not None and min(found.shares) >= GATHERED


def _share(
    index: int,
    around: frozenset[int],
    nodes: list[Statement],
    known: dict[tuple[int, frozenset[int]], float],
    speakers: Speakers | None,
) -> float:
    """:func:`_covered` of a quote by the wordings of the quotes around it, remembered by
    those quotes: a group's quotes around a quote stay the same over most passes."""
    share = known.get((index, around))
    if share is None:
        wordings = frozenset().union(*(nodes[other].distinct for other in around))
        share = known[index, around] = _covered(nodes[index], wordings, speakers)
    return share


def _around(
    index: int, root: int, clusters: _Clusters, near: dict[int, set[int]], steps: dict[int, frozenset[int]]
) -> dict[int, set[int]]:
    """For each other group a quote is near, the group's quotes it is near and their own
    near and reworded quotes of that group (``steps``): what may cover it (two steps, not
    the group)."""
    around: dict[int, set[int]] = {}
    for other in near.get(index, ()):
        target = clusters.root(other)
        if target == root:
            continue
        around.setdefault(target, set()).update(o for o in steps[other] if clusters.root(o) == target)
    return around


def _settled(
    index: int,
    target: int,
    clusters: _Clusters,
    parts: dict[int, list[tuple[int, float]]] | None,
    near: dict[int, set[int]] | None,
) -> bool:
    """Whether a quote that is a part of another quote of its own group stays there rather
    than pull its group into ``target``: it has chosen its statement, and another it fits
    too is the same one only where the quote containing it is near ``target`` as well
    (Kanaani's ``تطوير العلاقات بين الدول المستقلة شأن يخصها`` inside his sentence on the
    West's lectures and inside his sentence on Iran and its neighbours, which the entity
    veto keeps apart; Ushakov's ``المحادثات استغرقت قرابة خمس ساعات`` inside two tellings
    of the talks' programme, which are near)."""
    root = clusters.root(index)
    containers = [large for large, _ in (parts or {}).get(index, ()) if clusters.root(large) == root]
    return bool(containers) and not any(
        clusters.root(other) == target for large in containers for other in (near or {}).get(large, ())
    )


def _quotes(nodes: list[int], weights: list[int]) -> int:
    """How many quotes a cluster of nodes stands for (one node per wording: copies count)."""
    return sum(weights[node] for node in nodes)


def _pulled(supporters: int, size: int) -> bool:
    """A quote or a pair goes where one of its quotes is a part; a larger group only where
    most of its quotes are."""
    return supporters * 2 > size or (size <= 2 and supporters >= 1)


def _placements(statements: list[Statement], copies: list[list[int]], clusters: _Clusters) -> list[Placement]:
    found = [
        (root, sorted(i for node in nodes for i in copies[node]))
        for root, nodes in clusters.members().items()
    ]
    taken: set[Hashable] = set()
    placements = []
    for root, indexes in sorted(found, key=lambda item: (-len(item[1]), item[1][0])):
        if root in clusters.decided:
            group = clusters.decided[root]
        elif len(indexes) < 2:
            continue
        else:
            counts = Counter(statements[i].group for i in indexes if statements[i].group is not None)
            free = [(-n, str(g), g) for g, n in counts.items() if g not in taken]
            group = min(free)[2] if free else None
        taken.add(group)
        placements.append(Placement(group, tuple(statements[i].key for i in indexes)))
    return placements


class MemoryGroups:
    """Statements grouped as they arrive, one article at a time, the way the archive groups
    quotes when it stores an article (`articles.statement_groups` does the same with the
    database): the gold set's evaluation replays its renderings through this."""

    def __init__(self, speakers: Speakers):
        self.speakers = speakers
        self.stored: dict[Hashable, Statement] = {}
        self._numbers = iter(range(1, 1 << 30))

    def add(self, article: list[Statement]) -> None:
        nearby = {s.key: s for s in related(article, self._candidates(article), self.speakers)}
        groups = {s.group for s in nearby.values() if s.group is not None}
        nearby |= {s.key: s for s in self.stored.values() if s.group in groups}
        placements = regroup([*nearby.values(), *article], self.speakers)
        placed: dict[Hashable, Hashable] = {}
        for placement in placements:
            group = placement.group if placement.group is not None else f"g{next(self._numbers)}"
            placed.update(dict.fromkeys(placement.keys, group))
        for statement in [*nearby.values(), *article]:
            self.stored[statement.key] = _with_group(statement, placed.get(statement.key))

    def _candidates(self, article: list[Statement]) -> list[Statement]:
        """What the archive reads for a new article: the newest ``MAX_NEARBY`` statements
        (stored last) sharing a word that names no actor (:func:`searched_words`), in the
        window around the article's day."""
        words = searched_words(article)
        day = next((s.day for s in article), None)
        found = [
            s
            for s in self.stored.values()
            if not words.isdisjoint(s.distinct)
            and (day is None or s.day is None or abs((s.day - day).days) <= WINDOW_DAYS)
        ]
        return found[-MAX_NEARBY:][::-1]

    def groups(self) -> dict[Hashable, Hashable | None]:
        return {key: s.group for key, s in self.stored.items()}


def _with_group(statement: Statement, group: Hashable | None) -> Statement:
    return Statement(
        statement.key,
        statement.units,
        statement.speaker,
        statement.day,
        statement.article,
        group,
        statement.decided if group == statement.group else False,
    )
