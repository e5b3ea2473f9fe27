"""Actor records and the gazetteer that finds them in Arabic text.

The gazetteer matches aliases on normalised token sequences, longest match first, and lets
the first word carry glued proclitics: ``لبوتين``, ``وكيم``, ``بكيم``, ``للكرملين`` all match.
``كيم ميونغ سيك`` is one longer match (Kim Myong Sik) that wins over the bare ``كيم``
(Kim Jong Un) it starts with.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from articles.extraction import titles
from articles.extraction.normalize import normalize, strip_proclitics, token_spans, tokens

NAME, TITLE, DEMONYM = "name", "title", "demonym"
FEMININE, MASCULINE = "f", "m"

# Letters Arabic outlets use for a transliterated hard g: غوتيريش / جوتيريش / قوتيريش.
_G_LETTERS = "غجق"
_MAX_G_VARIANTS = 3
# American is spelled أمريكي (Egypt, Gulf) or أميركي (Levant, AFP): one alias covers both.
_SPELLING_PAIRS = (("امريك", "اميرك"), ("ديمقراط", "ديموقراط"), ("ايطالي", "اطالي"))
# What may stand between two words of one name: ``جونغ-أون``, ``سي. إن. إن``.
_NAME_GAP_CHARS = " \t\u00a0-‐–.ـ"
# Every gap of at most three of those characters, so a gap is checked with one look-up.
_NAME_GAPS = frozenset(
    "".join(chars) for length in range(4) for chars in itertools.product(_NAME_GAP_CHARS, repeat=length)
)
_SYLLABLE = 4  # ``مين``, ``هو``, ``نام``: a Korean given name's second syllable
# Which kind an alias is when one string is several: a name, then a title, then a demonym.
_ALIAS_KIND_RANK = {NAME: 0, TITLE: 1, DEMONYM: 2}
# Words whose alias openings a gazetteer remembers (hostile text can bring millions).
_MAX_CACHED_TOKENS = 131072


@dataclass(frozen=True, slots=True)
class ActorRecord:
    """One actor, as the seed list or the database registry describes it."""

    key: str
    name_ar: str
    name_en: str
    kind: str
    affiliation: str = "other"
    gender: str = MASCULINE
    role_ar: str = ""
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    wikidata: str = ""
    part_of: str = ""  # the key of the body this one is inside (the NSC's: the White House)

    @classmethod
    def from_dict(cls, data: Mapping) -> ActorRecord:
        return cls(
            key=data["key"],
            name_ar=data["name_ar"],
            name_en=data["name_en"],
            kind=data["kind"],
            affiliation=data.get("affiliation", "other"),
            gender=data.get("gender") or MASCULINE,
            role_ar=data.get("role_ar", ""),
            aliases=tuple(data.get("aliases", ())),
            titles=tuple(data.get("titles", ())),
            demonyms=tuple(data.get("demonyms", ())),
            wikidata=data.get("wikidata", ""),
            part_of=data.get("part_of") or "",
        )


class Match(NamedTuple):
    """An alias found in text: ``keys`` has several entries only for an ambiguous alias.

    ``first_token``/``end_token`` index the token list given to :meth:`Gazetteer.match_tokens`;
    ``proclitic`` is what was stripped from the first word (``ل`` for ``لبوتين``).  A named
    tuple, not a frozen dataclass: an article makes a hundred, at a third of the cost.
    """

    keys: tuple[str, ...]
    start: int
    end: int
    first_token: int
    end_token: int
    alias_kind: str
    proclitic: str = ""

    @property
    def key(self) -> str:
        return self.keys[0]


@dataclass(frozen=True, slots=True)
class Mention:
    key: str
    count: int
    spans: tuple[tuple[int, int], ...]


@lru_cache(maxsize=131072)
def candidates(token: str) -> tuple[str, ...]:
    """:func:`strip_proclitics`, cached: the same few thousand words recur in every article.
    A lone letter is itself, so that an agency's initials spelt out open its alias (round 24):
    ``واشنطن - (أ ف ب)`` → AFP, ``(أ ب)`` → AP."""
    return tuple(strip_proclitics(token)) or ((token,) if len(token) == 1 else ())


_AGENCY = tuple(tokens("وكالة"))
_NEWS = tuple(tokens("أنباء"))


def _agency_forms(alias_tokens: tuple[str, ...], kind: str) -> tuple[tuple[str, ...], ...]:
    """An agency's alias with ``وكالة`` is also written with ``أنباء``: ``وكالة شينخوا`` →
    ``وكالة أنباء شينخوا``, ``وكالة يونهاب`` → ``وكالة أنباء يونهاب``."""
    if kind != "medium" or len(alias_tokens) < 2 or alias_tokens[:1] != _AGENCY or alias_tokens[1:2] == _NEWS:
        return (alias_tokens,) if alias_tokens else ()
    return (alias_tokens, alias_tokens[:1] + _NEWS + alias_tokens[1:])


def spelling_variants(alias_tokens: tuple[str, ...], *, transliterated: bool) -> set[tuple[str, ...]]:
    """The alias plus its common spelling variants, on normalised tokens.

    ``شويغو`` → ``شويجو``, ``شويقو``; ``بيونغ يانغ`` → ``بيونج يانج`` ...; ``الأميركي`` → ``الأمريكي``.
    The g-letter swap applies to transliterated names only, and only when the alias has at most
    three such letters (to bound the combinations).
    """
    text = " ".join(alias_tokens)
    forms = {text}
    for first, second in _SPELLING_PAIRS:
        forms |= {form.replace(first, second) for form in forms} | {
            form.replace(second, first) for form in forms
        }
    if transliterated:
        for form in list(forms):
            positions = [i for i, char in enumerate(form) if char in _G_LETTERS]
            if not positions or len(positions) > _MAX_G_VARIANTS:
                continue
            for letters in itertools.product(_G_LETTERS, repeat=len(positions)):
                chars = list(form)
                for position, letter in zip(positions, letters, strict=True):
                    chars[position] = letter
                forms.add("".join(chars))
    return {tuple(form.split()) for form in forms}


_VOWEL_LETTERS = str.maketrans("", "", "اويى")
_ONE_G = str.maketrans("غق", "جج")


# Shorter words are kept whole: Korean and Chinese syllables (``هو``/``هيو``, ``جونغ``/``جانغ``)
# differ by a vowel and are other people's names.
_LOOSE_LETTERS = 5
# A long word with one vowel letter dropped: ``بوتن`` for ``بوتين``.
_DEFECTIVE_LETTERS = _LOOSE_LETTERS - 1


def _skeleton_word(word: str) -> str:
    return (word[:1] + word[1:].translate(_VOWEL_LETTERS)).translate(_ONE_G)


def name_skeleton(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's long words without their long vowels past the first letter, the g-letters as
    one: ``ماريا زاخاروفا`` and ``ماريا زخاروفا`` → (``مر``, ``زخرف``); ``كيم تاي هو`` stays
    itself, not ``كيم تاي هيو``."""
    return tuple(_skeleton_word(word) if len(word) >= _LOOSE_LETTERS else word for word in words)


def _one_edit_apart(first: str, second: str) -> bool:
    """One letter replaced, added or dropped: ``سادوفنيكوف`` / ``سادوفنكوف``."""
    if abs(len(first) - len(second)) > 1 or first == second:
        return first == second
    if len(first) > len(second):
        first, second = second, first
    index = next((i for i, (a, b) in enumerate(zip(first, second, strict=False)) if a != b), len(first))
    if len(first) == len(second):
        return first[index + 1 :] == second[index + 1 :]
    return first[index:] == second[index + 1 :]


@lru_cache(maxsize=4096)
def _title_spellings(title: str, names: tuple, adjectives: tuple) -> tuple[tuple[str, ...], ...]:
    """Every spelling of the title written with its country otherwise (`titles`); the same
    for every gazetteer of one registry (an import builds many), so worked out once."""
    variants = titles.with_country_otherwise(tuple(tokens(title)), names, adjectives)
    return tuple(
        spelling for variant in variants for spelling in spelling_variants(variant, transliterated=False)
    )


_FOREIGN_MINISTER = {normalize("وزير"): normalize("رئيس"), normalize("وزيرة"): normalize("رئيسة")}


def diplomacy_epithet(title: tuple[str, ...]) -> tuple[str, ...] | None:
    """The foreign minister as copy calls him to vary the word, from his registry title:
    ``وزير الخارجية الروسي`` → ``رئيس الدبلوماسية الروسية`` (``وأوضح رئيس الدبلوماسية
    الروسية أن`` → Lavrov), ``وزيرة الخارجية الألمانية`` → ``رئيسة الدبلوماسية الألمانية``.
    The adjectives agree with الدبلوماسية, feminine; a title without them (``وزير خارجية
    الصين``) gives none."""
    if len(title) < 3 or title[0] not in _FOREIGN_MINISTER or title[1] != normalize("الخارجية"):
        return None
    adjectives = title[2:]
    if not all(word.startswith("ال") for word in adjectives):
        return None
    feminine = tuple(word if word.endswith("ه") else word + "ه" for word in adjectives)
    return (_FOREIGN_MINISTER[title[0]], normalize("الدبلوماسية"), *feminine)


class Gazetteer:
    """Finds actors in text from a list of :class:`ActorRecord` (or plain dicts)."""

    def __init__(self, records: Iterable[ActorRecord | Mapping]):
        self.actors: dict[str, ActorRecord] = {}
        self._trie: dict = {}
        self._spellings: dict[str, set[tuple[str, ...]]] = {}
        self._whole_cache: dict[str, str | None] = {}
        self._starts: dict[str, tuple[tuple[str, dict], ...]] = {}  # `_openings`, per token
        self._entries_summary: dict[int, tuple[tuple[str, ...], str]] = {}  # `_make_match`
        self._generic: dict[tuple[str, ...], dict[str, str]] | None = None
        self._countries: dict[str, str] | None = None
        self._agencies: dict[tuple[str, ...], str] | None = None
        self._skeletons: dict[tuple[str, ...], set[str]] | None = None
        self._long_skeleton_words: set[str] | None = None
        for record in records:
            actor = record if isinstance(record, ActorRecord) else ActorRecord.from_dict(record)
            self.actors[actor.key] = actor
            self._add_actor(actor)
        self._add_titles_by_other_country_names()
        # The number of words in the longest spelling of a name.
        self.longest_name = max((len(s) for names in self._spellings.values() for s in names), default=0)

    def _add_actor(self, actor: ActorRecord) -> None:
        groups = ((NAME, (actor.name_ar, *actor.aliases)), (TITLE, actor.titles), (DEMONYM, actor.demonyms))
        for alias_kind, aliases in groups:
            for alias in aliases:
                alias_tokens = tuple(tokens(alias))
                if not alias_tokens:
                    continue
                if alias_kind == TITLE and (epithet := diplomacy_epithet(alias_tokens)) is not None:
                    for variant in spelling_variants(epithet, transliterated=False):
                        self._insert(variant, actor.key, TITLE)
                transliterated = alias_kind == NAME
                for forms in _agency_forms(alias_tokens, actor.kind):
                    for variant in spelling_variants(forms, transliterated=transliterated):
                        self._insert(variant, actor.key, alias_kind)
                        if alias_kind == NAME:
                            self._spellings.setdefault(actor.key, set()).add(variant)

    def _add_titles_by_other_country_names(self) -> None:
        """A title that names a country names it by any of its names: ``وزيرة خارجية كوريا
        الشمالية`` is also ``وزيرة خارجية كوريا الديمقراطية`` and ``وزيرة خارجية جمهورية كوريا
        الديمقراطية الشعبية`` (``قالت وزيرة خارجية كوريا الديمقراطية إن`` → Choe Son Hui), and
        one with its country's adjective names it by its name (`titles_in_construct`).  See
        `country_names` for which names stand in."""
        countries = [actor for actor in self.actors.values() if actor.kind == "country"]
        names = tuple(titles.country_names(countries))
        adjectives = tuple(sorted(titles.country_adjectives(countries).items()))
        by_adjective = dict(adjectives)
        for actor in self.actors.values():
            for title in actor.titles:
                for spelling in _title_spellings(title, names, adjectives):
                    self._insert(spelling, actor.key, TITLE)
            if actor.kind == "organisation":
                self._add_ministry_in_construct(actor, by_adjective)

    def _add_ministry_in_construct(
        self, actor: ActorRecord, adjectives: dict[tuple[str, ...], tuple]
    ) -> None:
        """A body's registered name with its country's adjective, written with the country's
        name as titles are (`titles.in_construct`): ``وزارة الخارجية الروسية`` → ``وزارة
        خارجية روسيا``, ``الخارجية الروسية`` → ``خارجية روسيا`` (``مصدر في خارجية روسيا`` →
        the Russian foreign ministry, not an unnamed source)."""
        for name in (actor.name_ar, *actor.aliases):
            for variant in titles.in_construct(tuple(tokens(name)), adjectives):
                for spelling in spelling_variants(variant, transliterated=False):
                    self._insert(spelling, actor.key, NAME)

    def _insert(self, alias_tokens: tuple[str, ...], key: str, alias_kind: str) -> None:
        node = self._trie
        for token in alias_tokens:
            node = node.setdefault(token, {})
        entries = node.setdefault(None, {})
        # A name outranks a title, a title a demonym, when one string is both.
        rank = {NAME: 0, TITLE: 1, DEMONYM: 2}
        if key not in entries or rank[alias_kind] < rank[entries[key]]:
            entries[key] = alias_kind
            self._entries_summary.pop(id(entries), None)  # worked out again when next found

    def generic_institutions(self) -> dict[tuple[str, ...], dict[str, str]]:
        """Institutions as copy names them without their country, to be resolved by the
        dateline: ``وزارة الدفاع`` → {``russia``: the Russian defence ministry, ``south-korea``: …}.

        Derived from the registry: an organisation's name or alias that ends with its own
        country's adjective (``وزارة الدفاع الروسية``) gives the words before it.
        """
        if self._generic is None:
            adjectives = _nationality_adjectives(self.actors.values())
            generic: dict[tuple[str, ...], dict[str, str]] = {}
            for actor in self.actors.values():
                if actor.kind != "organisation" or actor.affiliation not in adjectives:
                    continue
                for alias in (actor.name_ar, *actor.aliases):
                    words = tuple(tokens(alias))
                    for adjective in adjectives[actor.affiliation]:
                        prefix = words[: len(words) - len(adjective)]
                        if words[len(prefix) :] == adjective and _is_institution(prefix):
                            generic.setdefault(prefix, {}).setdefault(actor.affiliation, actor.key)
            self._generic = generic
        return self._generic

    def official_agencies(self) -> dict[tuple[str, ...], str]:
        """Each country's official news agency, by the country's adjective as the agency's name
        or role writes it: ``وكالة الأنباء الكورية الشمالية الرسمية`` (KCNA) → (``الكوريه``,
        ``الشماليه``); ``وكالة الأنباء السورية الرسمية`` (SANA's role) → (``السوريه``,).  Only
        names that say "official"; an adjective two agencies claim gives none."""
        if self._agencies is None:
            found: dict[tuple[str, ...], set[str]] = {}
            for actor in self.actors.values():
                if actor.kind != "medium":
                    continue
                for name in (actor.name_ar, actor.role_ar, *actor.aliases):
                    words = tuple(tokens(name))
                    if len(words) < 3 or words[0] not in _AGENCY_WORDS or not _OFFICIAL & set(words):
                        continue
                    adjective = tuple(word for word in words[1:] if word not in _AGENCY_DESCRIPTORS)
                    if adjective and all(word.startswith("ال") for word in adjective):
                        found.setdefault(adjective, set()).add(actor.key)
            self._agencies = {adjective: keys.pop() for adjective, keys in found.items() if len(keys) == 1}
        return self._agencies

    def country_adjective(self, key: str) -> tuple[str, ...] | None:
        """A registered country's adjective as an agency's name carries it, feminine and
        definite: ``north-korea`` → (``الكوريه``, ``الشماليه``)."""
        actor = self.actor(key)
        if actor is None or actor.kind != "country":
            return None
        for demonym in actor.demonyms:
            words = tuple(tokens(demonym))
            if words and words[-1].endswith("ي"):
                return tuple(("" if word.startswith("ال") else "ال") + word + "ه" for word in words)
        return None

    def country_of(self, affiliation: str) -> str | None:
        """The key of the country with that affiliation: ``south-korea`` → ``south-korea``."""
        if self._countries is None:
            self._countries = {}
            for actor in self.actors.values():
                if actor.kind == "country":
                    self._countries.setdefault(actor.affiliation, actor.key)
        return self._countries.get(affiliation)

    def actor(self, key: str | None) -> ActorRecord | None:
        return self.actors.get(key) if key else None

    def name_en(self, key: str | None) -> str | None:
        actor = self.actor(key)
        return actor.name_en if actor else None

    def spellings(self, key: str) -> frozenset[tuple[str, ...]]:
        """Every spelling of the actor's names that the gazetteer matches, as normalised tokens:
        the registry's names and aliases and their generated variants (``شويغو``, ``شويجو``,
        ``شويقو``, ``سيرغي شويغو``, ``سيرجي شويجو`` …)."""
        return frozenset(self._spellings.get(key, ()))

    def named_by(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The keys of the actors whose name (not title) is exactly these normalised words.

        ``('شويجو',)`` → ``('sergei-shoigu',)``, though the registry may hold only ``شويغو``;
        an alias two actors share gives both keys. Glued proclitics are not stripped here.
        """
        node = self._trie
        for word in words:
            node = node.get(word)
            if node is None:
                return ()
        return tuple(key for key, kind in node.get(None, {}).items() if kind == NAME)

    def loosely_named(self, words: tuple[str, ...]) -> str | None:
        """The one registry person whose full name is these normalised words spelt another way,
        or None: ``ماريا زخاروفا`` → Maria Zakharova (registered as ``ماريا زاخاروفا``).

        Copy spells transliterated names freely, mostly in the long vowels, so names compare by
        their skeleton (:func:`name_skeleton`: the vowel letters dropped, the g-letters one);
        failing that, one letter apart when the family name's skeleton is the same and every
        word is long (short Korean and Chinese names differ by one letter and are other people).
        Two words at least, and one actor only: a guess is worse than none.
        """
        if len(words) < 2:
            return None
        if self._skeletons is None:
            self._skeletons = {}
            for key, spellings in self._spellings.items():
                if self.actors[key].kind != "person":
                    continue
                for spelling in spellings:
                    if len(spelling) >= 2:
                        self._skeletons.setdefault(name_skeleton(spelling), set()).add(key)
        skeleton = name_skeleton(words)
        keys = self._skeletons.get(skeleton, set())
        if not keys:
            keys = self._defectively_spelt(words)
        if not keys and min(len(word) for word in words) >= _LOOSE_LETTERS:
            keys = {
                key
                for other, found in self._skeletons.items()
                if len(other) == len(skeleton)
                and other[-1] == skeleton[-1]
                and _one_edit_apart(" ".join(other), " ".join(skeleton))
                for key in found
            }
        return next(iter(keys)) if len(keys) == 1 else None

    def _defectively_spelt(self, words: tuple[str, ...]) -> set[str]:
        """The registry people whose name the copy writes with one long vowel left out of a word
        of four letters: ``فلاديمير بوتن`` → Vladimir Putin (``بوتين``), as Egyptian copy spells
        him.  The skeleton keeps such short words whole (Korean syllables differ by a vowel), so
        a four-letter word is read as a skeleton only where that meets a registry word of five
        letters or more with one letter more: ``بوتن`` and ``بوتين`` are both ``بتن``."""
        if self._long_skeleton_words is None:
            self._long_skeleton_words = {
                _skeleton_word(word)
                for key, spellings in self._spellings.items()
                if self.actors[key].kind == "person"
                for spelling in spellings
                for word in spelling
                if len(word) >= _LOOSE_LETTERS
            }
        options = []
        for word in words:
            skeleton = _skeleton_word(word)
            loose = (
                len(word) == _DEFECTIVE_LETTERS
                and len(skeleton) == len(word) - 1
                and skeleton in self._long_skeleton_words
            )
            options.append((name_skeleton((word,))[0], skeleton) if loose else (name_skeleton((word,))[0],))
        found: set[str] = set()
        for combination in itertools.product(*options):
            if combination != tuple(option[0] for option in options):
                found |= self._skeletons.get(combination, set())
        return found

    def match(self, text: str) -> list[Match]:
        """Every alias occurrence in ``text``, leftmost-longest, without overlaps."""
        return self.match_tokens(text, token_spans(text))

    def match_tokens(self, text: str, spans: list[tuple[int, int, str]]) -> list[Match]:
        found: list[Match] = []
        position = 0
        count = len(spans)
        starts = self._starts
        while position < count:
            token = spans[position][2]
            openings = starts[token] if token in starts else self._openings(token)
            best = self._longest_at(text, spans, position, openings) if openings else None
            if best is not None and self._name_goes_on(text, spans, best):
                best = None
            if best is None:
                position += 1
                continue
            found.append(best)
            position = best.end_token
        return found

    def _name_goes_on(self, text: str, spans: list[tuple[int, int, str]], match: Match) -> bool:
        """A person's name of two words or more glued by a hyphen to a short syllable is
        another man's: ``البروفسور كيم سونغ-مين`` is not ``كيم سونغ`` (the registry's envoy); a
        name glued to another name stays (``قمة كيم جونغ أون-بوتين``)."""
        following = match.end_token
        if following >= len(spans) or match.end_token - match.first_token < 2:
            return False
        if text[match.end : spans[following][0]] != "-" or len(spans[following][2]) > _SYLLABLE:
            return False
        return all(self.actors[key].kind == "person" for key in match.keys if key in self.actors)

    def _openings(self, token: str) -> tuple[tuple[str, dict], ...]:
        """The forms of a token (``candidates``) that open an alias, with their trie nodes:
        ``لبوتين`` → ``(('بوتين', …),)``; most words open none, and are then skipped at the
        cost of one look-up (news copy repeats its words)."""
        openings = tuple(
            (candidate, self._trie[candidate]) for candidate in candidates(token) if candidate in self._trie
        )
        if len(self._starts) < _MAX_CACHED_TOKENS:
            self._starts[token] = openings
        return openings

    def _longest_at(
        self,
        text: str,
        spans: list[tuple[int, int, str]],
        position: int,
        openings: tuple[tuple[str, dict], ...],
    ) -> Match | None:
        # The longest alias wins, the first candidate among equals; its Match is made once.
        best_end, best_entries, best_candidate = 0, None, ""
        count = len(spans)
        for candidate, node in openings:
            index = position
            while node is not None:
                entries = node.get(None)
                if entries is not None and index + 1 > best_end:
                    best_end, best_entries, best_candidate = index + 1, entries, candidate
                index += 1
                if index >= count or text[spans[index - 1][1] : spans[index][0]] not in _NAME_GAPS:
                    break
                token = spans[index][2]
                node = node[token] if token in node else self._next(node, token)
        if best_entries is None:
            return None
        return self._make_match(spans, position, best_end, best_entries, best_candidate)

    @staticmethod
    def _next(node: dict, token: str) -> dict | None:
        if token in node:
            return node[token]
        for candidate in candidates(token)[1:]:
            if candidate in node:
                return node[candidate]
        return None

    def _make_match(self, spans, first: int, end_token: int, entries: dict, candidate: str) -> Match:
        token = spans[first][2]
        proclitic = token[: len(token) - len(candidate)] if token.endswith(candidate) else ""
        if candidate.startswith("ال") and token.startswith("لل"):
            proclitic = "ل"
        # An alias's keys and kind, worked out the first time it is found: the trie no longer
        # changes once built, and each of its entries lives as long as the gazetteer.
        summary = self._entries_summary.get(id(entries))
        if summary is None:
            summary = (tuple(entries), min(entries.values(), key=_ALIAS_KIND_RANK.__getitem__))
            self._entries_summary[id(entries)] = summary
        keys, alias_kind = summary
        return Match(keys, spans[first][0], spans[end_token - 1][1], first, end_token, alias_kind, proclitic)

    def whole_match(self, text: str) -> str | None:
        """The key of the one actor ``text`` names entirely (``“ريا نوفوستي”``), else None."""
        if text not in self._whole_cache:
            if len(self._whole_cache) > 65536:
                self._whole_cache.clear()
            matches = self.match(text) if len(text) < 200 else []
            whole = len(matches) == 1 and matches[0].start == 0 and matches[0].end == len(text)
            self._whole_cache[text] = matches[0].key if whole else None
        return self._whole_cache[text]

    def mentions(self, text: str, matches: list[Match] | None = None) -> list[Mention]:
        """Which actors ``text`` names and how often, most named first.

        Demonyms (``أميركيون``) are not mentions; a title directly followed by the name of the
        same actor (``الرئيس الروسي فلاديمير بوتين``) counts once.
        """
        spans_by_key: dict[str, list[tuple[int, int]]] = {}
        previous: Match | None = None
        for match in self.match(text) if matches is None else matches:
            if match.alias_kind == DEMONYM or len(match.keys) != 1:
                continue
            key = match.keys[0]
            spans = spans_by_key.setdefault(key, [])
            if (
                previous is not None
                and previous.keys[0] == key
                and _adjacent(text, previous.end, match.start)
            ):
                spans[-1] = (spans[-1][0], match.end)
            else:
                spans.append((match.start, match.end))
            previous = match
        mentions = [Mention(key, len(spans), tuple(spans)) for key, spans in spans_by_key.items()]
        return sorted(mentions, key=lambda mention: (-mention.count, mention.spans[0][0]))


# The words an institution named without its country starts with (``وزارة الدفاع``,
# ``الخارجية``); a bare ``الدفاع`` or ``الأمن القومي`` is too vague to stand for one.
_INSTITUTION_HEADS = frozenset(
    normalize("وزارة الوزارة مجلس المجلس هيئة جهاز وكالة مكتب رئاسة الرئاسة الخارجية الحكومة الجيش").split()
)


def _is_institution(words: tuple[str, ...]) -> bool:
    return bool(words) and words[0] in _INSTITUTION_HEADS and (len(words) > 1 or words[0].startswith("ال"))


# An agency's name: ``وكالة`` and the words that say what kind (``الأنباء``, ``الرسمية``).
_AGENCY_WORDS = frozenset(normalize("وكالة الوكالة").split())
_OFFICIAL = frozenset(normalize("الرسمية الحكومية").split())
_AGENCY_DESCRIPTORS = _OFFICIAL | frozenset(normalize("الأنباء للأنباء").split())


def _nationality_adjectives(actors: Iterable[ActorRecord]) -> dict[str, list[tuple[str, ...]]]:
    """Each country's adjectives as words, masculine and feminine, with the article:
    south-korea → (``الكوري``, ``الجنوبي``), (``الكوريه``, ``الجنوبيه``) …"""
    adjectives: dict[str, set[tuple[str, ...]]] = {}
    for actor in actors:
        if actor.kind != "country" or actor.affiliation == "other":
            continue
        for demonym in actor.demonyms:
            words = tuple(tokens(demonym))
            if not words or not words[-1].endswith("ي"):
                continue  # a plural (``أمريكيون``) qualifies people, not institutions
            definite = tuple(word if word.startswith("ال") else "ال" + word for word in words)
            feminine = tuple(word + "ه" for word in definite)
            for form in (definite, feminine):
                for first, second in _SPELLING_PAIRS:
                    adjectives.setdefault(actor.affiliation, set()).update(
                        {form, tuple(w.replace(first, second) for w in form)}
                    )
    return {affiliation: sorted(forms, key=len, reverse=True) for affiliation, forms in adjectives.items()}


def _adjacent(text: str, end: int, start: int) -> bool:
    return not text[end:start].strip(" \t،,()-")


@dataclass(frozen=True, slots=True)
class ProposedActor:
    """A speaker the registry does not know, kept as written for a curator to approve."""

    name_ar: str
    kind: str
    normalized: str = field(default="")

    @classmethod
    def from_text(cls, name_ar: str, kind: str) -> ProposedActor:
        return cls(name_ar=name_ar, kind=kind, normalized=normalize(name_ar))
