"""Who a phrase designates: the noun phrase after a verb of saying, and the speaker it names.

``وقال الناطق باسم الرئاسة الروسية دميتري بيسكوف إن …`` → the phrase ``الناطق باسم الرئاسة
الروسية دميتري بيسكوف`` (`noun_phrase`) → Peskov (`resolve_phrase`).  A phrase designates one
of three kinds of speaker, or nobody:

- a named actor: a person the registry knows (by name, or by a title nobody else holds), or one
  it does not know, proposed under the name the copy gives (``الباحث في معهد سيجونغ الكوري هان
  سيونغ-وو`` → ``هان سيونغ-وو``, `names.py`);
- an institution or medium: ``وزارة الدفاع الروسية``, ``البيت الأبيض``, ``إذاعة صوت كوريا``,
  and an unnamed official of one, who speaks for it (``مسؤول في وزارة الوحدة`` → the ministry);
- an unnamed speaker, kept with the description as written (``مسؤول أميركي``, ``خبراء``,
  ``أحد أعضاء الوفد الكوري``), never as a named actor who happens to be in the phrase.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from articles.extraction import countries, cues, institutions, names, references
from articles.extraction.actors import (
    DEMONYM,
    FEMININE,
    MASCULINE,
    NAME,
    TITLE,
    Match,
    ProposedActor,
    name_skeleton,
)
from articles.extraction.normalize import normalize
from articles.extraction.subject import (
    CONFIDENCE_NAMED,
    CONFIDENCE_OFFICIAL,
    CONFIDENCE_PROPOSED,
    CONFIDENCE_ROLE,
    CONFIDENCE_SURNAME,
    CONFIDENCE_TITLE,
    CONFIDENCE_UNNAMED,
    PLURAL,
    Phrase,
    Subject,
    bare,
    has_article,
    match_kind,
    subject_from_match,
)
from articles.extraction.unregistered import can_be_person

if TYPE_CHECKING:
    from articles.extraction.document import Document, Sentence

_MAX_SUBJECT_TOKENS = 16


def _research_paper_after_demonstrative(document: Document, sentence: Sentence, first: int) -> int:
    """1 when the subject is a demonstrative and a research paper (``يرى هذا التقدير أن``,
    ``وتذهب هذه الورقة``), whose demonstrative does not stop the phrase; else 0."""
    following = first + 1
    if following >= sentence.end or document.norm(first) not in cues.DEMONSTRATIVES:
        return 0
    word = bare(document.norm(following))
    return int(word.startswith("ال") and word[2:] in cues.RESEARCH_PAPERS)


def noun_phrase(document: Document, sentence: Sentence, first: int) -> tuple[int, int]:
    """Token range of the subject starting at ``first``.

    It ends at the reported clause (``إن``, ``أن``, a colon, the quote), at another verb of
    saying, at an addressee (``للصحفيين``, ``لضيفه``, ``لوكالة``) and, once a name was read,
    at anything but an apposition after a comma (``هاني الرشيدي، أستاذ العلوم السياسية``).
    A description runs on through its prepositions until the name (``الباحث في مركز الخليج
    للأبحاث سامي العنزي``, ``مسؤول في وزارة الدفاع اليابانية``).
    """
    if first >= sentence.end:
        return first, first
    if _opens_with_addressee(document, first) or _opens_with_quote(document, first):
        return first, first
    if is_complementizer(document, first):
        return first, first  # ``وأضاف أن الرئيس بوتين "…"``: a reported clause, not the subject
    describing = describes(document.norm(first)) and not names.kin_as_given_name(document, first)
    named = False
    index = first + _research_paper_after_demonstrative(document, sentence, first)
    while index < sentence.end and index - first < _MAX_SUBJECT_TOKENS:
        if document.is_statement_token(index):
            break
        if index > first and document.quote_of[index] is not None:  # ``هيئة الإذاعة «إن إتش كيه»``
            index += 1
            continue
        if index > first and _clause_opens(document, index):
            break
        match = document.match_at.get(index)
        if index > first and any(char in "،," for char in document.gap_before(index)):
            apposition = (
                describes(document.norm(index))
                or names.is_name_word(document, index)
                or names.opens_with_definite_given_name(document, index, sentence.end)
                or names.abbreviated_title(document, index)  # ``، د. عمر الرواشدة`` (round 26b)
            )  # ``بجامعة ابن زهر، الحسين أيت بلعيد``: a name with the article after the comma
            if not apposition and not (match is not None and match_kind(document, match) == "person"):
                break  # ``قال بلينكن، مضيفا``, ``مسؤولون غربيون، بينهم``
        elif named and not names.continues_name(document, index) and not _person_match(document, match):
            break  # ``أعلن بوتين عن استعداد موسكو``: the subject ends with the name
        issued_by = index == first + 1 and bare(document.norm(first)) in cues.STATEMENT_NOUNS
        if (
            not issued_by
            and not (
                not named
                and (
                    (describing and _body_of_definite_title(document, index, match))
                    or _relative_or_aide_of(document, first, index, match, describing)
                )
            )
            and _is_addressee(document, index, match)
            and (
                index == first
                or named
                or not describing
                or match is not None
                or _is_addressee_word(document.norm(index))
                or _to_the_masthead(document, document.norm(index))
                or _drawn_out_la(document, index)
            )
        ):
            break  # ``مصادر مطلعة لرويترز``; but ``مركز الخليج للأبحاث`` goes on
        if (
            index > first + 1
            and describing
            and not named
            and _object_after_description(document, first, index)
        ):
            break  # ``وأبلغ مسؤول أمريكي شبكة "إيه بي سي"``: the network is whom he told
        if match is not None and not _governed(document, index, match, first):
            if former_title(document, match):
                index = match.end_token + 1  # ``الرئيس الروسي السابق دميتري ميدفيديف``: on to the name
                continue
            named = named or (match.alias_kind != DEMONYM and match_kind(document, match) == "person")
            index = match.end_token
            continue
        token = document.norm(index)
        if index > first and _possessed_statement(token):
            break  # ``واختتمت الوكالة تقريرها بالقول``: its report is the object
        if index > first and token == SAYING:
            break  # ``ونقلت وكالة تاس قول بوتين``: the saying of whom it carried (round 26b)
        hyphenated = names.hyphenated(document, index)
        madda = document.text[document.tokens[index][0]] == "آ"  # ``آن كلير``: a name, not ``أن``
        stops = (token in cues.NP_STOPWORDS or token in cues.AS_HE_PUT_IT) and not (hyphenated or madda)
        stops = stops and not (
            token == "علي" and names.is_name_word(document, index)
        )  # ``المحلل علي الساعدي``
        if stops and not (describing and not named and _attaches(document, index, first)):
            break
        index += 1
    return first, index


# ``قول``: the saying (a noun), whose owner follows: ``نقلت تاس قول بوتين``.
SAYING = normalize("قول")


def _body_of_definite_title(document: Document, index: int, match: Match | None) -> bool:
    """A body glued to ل after a definite title is whose title it is, not whom the words were
    told to: ``وقال المفوض السامي للاتحاد الأفريقي …`` (a medium or a person glued to ل, as in
    ``مسؤول كبير لرويترز``, is still the addressee)."""
    if match is None or match.first_token != index or index == 0:
        return False
    return has_article(document.norm(index - 1)) and match_kind(document, match) in (
        "organisation",
        "country",
    )


def _relative_or_aide_of(
    document: Document, first: int, index: int, match: Match | None, describing: bool
) -> bool:
    """A person glued to ل after a description of kin or service says whose relative or aide
    the speaker is, not whom the words were told to; the phrase goes on to the speaker's name.
    A noun of kinship says so by itself: ``قالت الشقيقة النافذة للزعيم الكوري الشمالي كيم يو
    جونغ`` → Kim Yo Jong, ``الشقيقة الصغرى للزعيم كيم جونغ أون، كيم يو جونغ`` → her, not him.
    Any other definite description, only before a registered title with a name right after it:
    ``المستشار الخاص للرئيس الروسي يوري أوشاكوف`` → Ushakov; ``وقال الوزير للرئيس الروسي إن``
    → the title is still the addressee."""
    if match is None or match.first_token != index or match_kind(document, match) != "person":
        return False
    if names.kin_noun(document, first):
        return True
    if not describing or index == 0 or match.alias_kind != TITLE or match.proclitic[-1:] != "ل":
        return False
    if not has_article(document.norm(index - 1)):
        return False
    following = match.end_token
    if following >= len(document.tokens) or document.gap_before(following).strip():
        return False
    named = document.match_at.get(following)
    if named is not None:
        return named.alias_kind != TITLE and match_kind(document, named) == "person"
    return names.is_name_word(document, following)


def _object_after_description(document: Document, first: int, index: int) -> bool:
    """An indefinite person and an adjective of origin (``مسؤول أمريكي``, ``دبلوماسي غربي``)
    end before a medium or the press named without a preposition: ``وأبلغ مسؤول أوروبي وكالة
    الأنباء الألمانية``, ``وأبلغ دبلوماسي غربي الصحافيين`` → whom the words were told to, never
    part of who said them (``مراسل وكالة``, a construct, and ``مسؤول في وكالة`` go on)."""
    head = bare(document.norm(first))
    if head not in cues.PERSON_NOUNS or has_article(head):
        return False
    previous = document.norm(index - 1)
    if not previous.endswith("ي") or has_article(previous) or previous in cues.ATTACHING:
        return False
    token = document.norm(index)
    return token in cues.MEDIUM_WORDS or (token.startswith("ال") and token[2:] in cues.ADDRESSEES)


def _possessed_statement(token: str) -> bool:
    """A statement noun with the subject's pronoun: ``تقريرها``, ``كلمته``, ``حديثها``."""
    if not token.endswith(("ه", "ها")):
        return False
    return token in cues.STATEMENT_NOUNS or token in _OWN_WORDS


_OWN_WORDS = frozenset(normalize("كلمته كلمتها حديثه حديثها تصريحه تصريحها خطابه خطابها").split())


# A member stands for a body with ``عن``: ``النائب عن لجنة العلاقات الخارجية``, ``العضو عن كتلة``.
_MEMBERS = frozenset(normalize("النائب نائب النائبة نائبة العضو عضو الممثل ممثل").split())


def _attaches(document: Document, index: int, first: int) -> bool:
    """A preposition inside a description: ``الباحث في مركز الخليج``, and ``عن`` after a member
    (``وقال النائب عن لجنة العلاقات الخارجية في البرلمان العراقي حيدر الفتلاوي`` → the MP, a
    name the registry does not know); elsewhere ``عن`` opens what was spoken of."""
    token = document.norm(index)
    if token in cues.ATTACHING:
        return True
    return token == "عن" and index > first and cues.strip_conjunction(document.norm(index - 1)) in _MEMBERS


# ``السابق`` after a title: whoever held it before, not its holder now.
_FORMER = frozenset(normalize("السابق السابقة الأسبق الأسبقة").split())


def former_title(document: Document, match: Match) -> bool:
    """A title followed by ``السابق`` names nobody the registry holds it for: ``وكتب الرئيس
    الروسي السابق دميتري ميدفيديف`` → Medvedev by his name, never Putin by the title."""
    following = match.end_token
    return (
        match.alias_kind == TITLE
        and following < len(document.tokens)
        and not document.gap_before(following).strip()
        and document.norm(following) in _FORMER
    )


def _person_match(document: Document, match: Match | None) -> bool:
    """``الناطق باسم الرئاسة الروسية دميتري بيسكوف``: a title, then the name, is one subject."""
    return match is not None and match.alias_kind != DEMONYM and match_kind(document, match) == "person"


def _opens_with_quote(document: Document, first: int) -> bool:
    """``وأضاف “لا تعليق”``: the verb's words follow it, not its subject; a quoted medium name
    is a subject all the same (``وقالت "رودونغ سينمون" إن``)."""
    if ":" in document.gap_before(first):
        return True
    quote = document.quote_of[first]
    return quote is not None and document.gazetteer.whole_match(document.quotes[quote].text) is None


def _opens_with_addressee(document: Document, first: int) -> bool:
    """``وقال لضيفه``, ``وأضافت لوسائل إعلام``: right after the verb, a word glued to ل is
    whom the words were addressed to, unless the registry knows it whole (``لافروف``) or what
    follows ل is too short for a word (``لي سانغ مين``, ``ليم``)."""
    match = document.match_at.get(first)
    if match is not None:
        return match.proclitic[-1:] == "ل"
    word = bare(document.norm(first))
    if word in _BODIES_OPENING_WITH_LA:
        return False  # ``وأعلنت لجنة الشؤون الخارجية``: the committee, not to someone
    return word[:1] == "ل" and len(word) > 3 and not _name_before_apposition(document, first)


def _name_before_apposition(document: Document, first: int) -> bool:
    """A name that opens with ل, then one more name word and a comma before the person's
    description: ``ويرى لورنس فيليبس، الباحث في …`` is Laurence Phillips, not ``to Rens``."""
    second, after = first + 1, first + 2
    if after >= len(document.tokens) or document.gap_before(second).strip():
        return False
    if document.match_at.get(second) is not None or not names.is_name_word(document, second):
        return False
    if not any(char in "،," for char in document.gap_before(after)):
        return False
    described = document.norm(after)
    return described.startswith("ال") and described in cues.PERSON_NOUNS


# Kinds of body whose own name opens with ل: ``لجنة``, not ل glued to ``جنة``.
_BODIES_OPENING_WITH_LA = frozenset(
    word for word in cues.ORGANISATION_WORDS | cues.MEDIUM_WORDS if word.startswith("ل")
)


@lru_cache(maxsize=65536)
def describes(token: str) -> bool:
    """A head that a description continues: a person noun, an institution or a medium
    (``لوزارة الخارجية`` after ``بيان`` too)."""
    word = bare(token)
    if word[:1] in "بل" and not word.startswith("ال") and len(word) > 3:
        return describes(word[1:]) or (word.startswith("لل") and describes("ال" + word[2:]))
    stem = word[2:] if word.startswith("ال") else word
    return (
        word in cues.PERSON_NOUNS
        or stem in cues.ORGANISATION_WORDS
        or stem in cues.MEDIUM_WORDS
        or word in cues.PLACE_NOUNS
    )


def _clause_opens(document: Document, index: int) -> bool:
    """A colon or quotation mark before the word, a complementizer or another cue."""
    gap = document.gap_before(index)
    marked = any(char in ':"“”«»' for char in gap) and (
        document.quote_of[index] is None or document.is_statement_token(index)
    )
    # ``رئيس مؤسسة "روسكوسموس" يوري بوريسوف``: the mark closes a quoted name inside the phrase
    if marked and (":" in gap or not _after_quoted_name(document, index)):
        return True
    if is_complementizer(document, index):
        return True
    return document.cue_form(index) is not None and document.match_at.get(index) is None


def _after_quoted_name(document: Document, index: int) -> bool:
    """Whether the word before ``index`` ends a quoted term (a name, not words said)."""
    previous = document.quote_of[index - 1] if index > 0 else None
    return (
        previous is not None and document.quote_of[index] is None and document.quotes[previous].kind == "term"
    )


def is_complementizer(document: Document, index: int) -> bool:
    """``إن``/``أن`` opening the reported clause; not ``إن`` inside ``كيم إن-إي``."""
    if document.norm(index) not in cues.COMPLEMENTIZERS or document.text[document.tokens[index][0]] == "آ":
        return False  # ``آن كلير لوجاندر`` is a name
    following = index + 1
    glued = following < len(document.tokens) and document.gap_before(following) == "-"
    return not glued and document.gap_before(index) != "-"


def _to_the_masthead(document: Document, token: str) -> bool:
    """The outlet of the masthead glued to ل: whom the source spoke to (``نواكشوط – الأخبار``
    … ``وقال المحلل محمد الأمين ولد أحمدو للأخبار إن``, ``بغداد/ المدى`` … ``وقال مصدر في
    وزارة الخارجية العراقية للمدى إن``), never a name's last word or a body's field."""
    if token[:1] != "ل" or len(token) < 4 or not document.masthead_names:
        return False
    if token.startswith("لل"):
        return "ال" + token[2:] in document.masthead_names
    return token[1:] in document.masthead_names


def _is_addressee_word(token: str) -> bool:
    if token == "ل":  # ``لـ«سكاي نيوز عربية»``: ل alone, the medium quoted after it
        return True
    if token.startswith("لل") and ("ال" + token[2:]) in cues.ADDRESSEES:
        return True
    return token[:1] == "ل" and token[1:] in cues.ADDRESSEES


def _is_addressee(document: Document, index: int, match: Match | None) -> bool:
    """``للصحفيين``, ``لضيفه``, ``لمراسل``, ``لوكالة إنترفاكس``, ``لبوتين``, ``لـCGTN``."""
    token = document.norm(index)
    if match is not None:
        return match.proclitic[-1:] == "ل" and match.first_token == index
    if _is_addressee_word(token) or _to_the_masthead(document, token):
        return True
    if _drawn_out_la(document, index):
        return True
    return token[:1] == "ل" and token[1:2].isascii() and token[1:2].isalpha()


def _drawn_out_la(document: Document, index: int) -> bool:
    """``لـ`` drawn out with the tatweel and glued to the next word is the preposition before
    whom the words were said to, never a name's letter: ``وقال الدكتور سامر الخطيب لـعمون إن``
    → the outlet ``عمون`` is the addressee, the name ends before it; but ``المستشار الإعلامي
    لـرئيس الحكومة`` is whose adviser he is (a description word after it)."""
    written = document.text[document.tokens[index][0] : document.tokens[index][1]]
    if not written.startswith("لـ"):
        return False
    rest = document.norm(index)[1:]
    return len(rest) > 1 and not describes(rest) and not describes("ال" + rest)


def _governed(document: Document, index: int, match: Match, first: int) -> bool:
    """A match inside a prepositional phrase or a construct (``باسم الكرملين``, ``لدى كوريا
    الشمالية``, ``نائب وزير الخارجية``): part of the description, not its subject."""
    if match.proclitic[-1:] in ("ب", "ل", "ك"):
        return True
    if index <= first:
        return False  # what precedes the phrase (``عن``, the verb) governs the whole of it
    previous = document.norm(index - 1)
    if previous in cues.ATTACHING or previous in cues.NP_STOPWORDS:
        return True
    if _named_after_governed_title(document, index, match, first):
        return True
    if names.kin_noun(document, index - 1):
        # ``شقيقة الزعيم``, ``نجل بوتين``: whose relative; ``الشقيقة كيم يو جونغ`` is she, by name
        return match.alias_kind == TITLE or not has_article(previous)
    # ``نائب وزير الخارجية`` is not the minister; ``النائب يو سانغ-بوم`` is the MP by name.
    return match.alias_kind == TITLE and bare(previous) in cues.DEPUTY_WORDS


def _named_after_governed_title(document: Document, index: int, match: Match, first: int) -> bool:
    """A name right after a title glued to ل stands in apposition to it, governed as the title
    is: ``الشقيقة النافذة للزعيم كيم جونغ أون، كيم يو جونغ`` → Kim Jong Un is whose sister, she
    speaks; ``مستشار للرئيس يون سوك يول`` is an adviser, not Yoon."""
    if match.alias_kind != NAME or document.gap_before(index).strip():
        return False
    title = document.match_ending.get(index)
    if title is not None:
        return (
            title.alias_kind == TITLE
            and match.key in title.keys
            and _governed(document, title.first_token, title, first)
        )
    previous = document.norm(index - 1)
    return index - 1 > first and previous.startswith("لل") and "ال" + previous[2:] in cues.PERSON_NOUNS


def resolve_phrase(
    document: Document,
    first: int,
    end: int,
    gender: str,
    *,
    as_source: bool = False,
    before_verb: bool = False,
) -> Subject | None:
    """The speaker a subject phrase designates (see the module's docstring).

    ``as_source`` reads the phrase after ``بحسب``/``وفقًا لـ``/``بيان لـ``, where a first word
    glued to ل is the source itself (``لوزارة الخارجية الصينية``), not an addressee;
    ``before_verb`` reads a phrase that ends where a verb begins (``أن … قال``), which a bare
    unknown word cannot open as a name.
    """
    if first >= end:
        return None
    text = document.text[phrase_start(document, first) : phrase_end(document, end - 1)]
    head = bare(document.norm(first))
    if as_source and head[:1] == "ل" and len(head) > 3:
        if head[1:] in _BODIES_OPENING_WITH_LA:
            head = head[1:]  # ``بيان للجنة الشؤون الخارجية``: ل then لجنة
        else:
            head = "ال" + head[2:] if head.startswith("لل") else head[1:]
    phrase = Phrase(document, first, end, gender, head, text, as_source, before_verb)
    stem = head[2:] if head.startswith("ال") else head
    centre = references.centre_of_the_paper(phrase)  # ``وتخلص الدراسة``, ``يرى هذا التقدير``
    if centre is not None:
        return centre
    if head in cues.STATEMENT_NOUNS:
        return _statement_issuer(phrase)
    if stem in cues.MEDIUM_WORDS or stem in cues.ORGANISATION_WORDS:
        # ``إذاعة صوت كوريا``: the name after the kind of body is the body's, not a person's.
        rules = (
            _medium_in_quotes,
            institutions.official_agency,
            _institution,
            institutions.unknown_medium,
            references.role,
        )
    else:
        rules = (
            references.host_or_guest,
            _unregistered_country,
            _known_as,
            _surname,
            _person,
            _medium_reporter,
            _own_reporter,
            institutions.official_of,
            _spokesman_of_the_body_before,
            _unnamed,
            _institution,
            references.role,
            institutions.unknown_medium,
        )
    for rule in rules:
        subject = rule(phrase)
        if subject is not None:
            return subject
    return Subject(None, text, gender, 0.0)


def _unregistered_country(phrase: Phrase) -> Subject | None:
    """A country the registry does not hold, named alone as the subject, speaks as itself,
    proposed under its name (round 25): ``دعت إندونيسيا الأطراف إلى "…"`` → ``إندونيسيا``,
    ``وأعربت الهند عن أملها في أن "…"`` → ``الهند``; a capital for its country (``وقالت جاكرتا``
    → ``إندونيسيا``).  Only the whole phrase, with no registry match in it: ``منغوليا`` in ``وزارة
    الخارجية المنغولية`` is the ministry's, and ``مسؤول في جاكرتا`` an unnamed official."""
    document = phrase.document
    if any(index in document.match_at for index in range(phrase.first, phrase.end)):
        return None
    words = [document.norm(index) for index in range(phrase.first, phrase.end)]
    words[0] = cues.strip_conjunction(words[0])
    name = countries.country_named(words)
    if name is None:
        return None
    proposed = ProposedActor.from_text(name, "country")
    return Subject(None, phrase.text, phrase.gender, CONFIDENCE_NAMED, proposed)


def _known_as(phrase: Phrase) -> Subject | None:
    """A speaker the copy gives by the name they go by, in quote marks: ``المدون العسكري
    المعروف باسم "ريبار"`` → ``ريبار``, a person; ``حساب يحمل اسم "عين على آسيا"`` → an
    account, proposed as a medium.  Only a short name (a quoted term) right after the words."""
    document = phrase.document
    for index in range(phrase.first + 1, phrase.end - 1):
        if document.norm(index) not in _NAME_WORDS or document.norm(index - 1) not in _GOES_BY:
            continue
        quote = document.quote_of[index + 1]
        if quote is None or document.quotes[quote].kind != "term":
            return None
        kind = "medium" if phrase.head in _ACCOUNTS else "person"
        if kind == "person" and phrase.head not in cues.PERSON_NOUNS:
            return None
        proposed = ProposedActor.from_text(document.quotes[quote].text, kind)
        return Subject(None, phrase.text, phrase.gender, CONFIDENCE_PROPOSED, proposed)
    return None  # ``يدعى``/``تدعى`` (`_called`) is read first by `_person`


_NAME_WORDS = frozenset(normalize("باسم اسم").split())
_GOES_BY = frozenset(normalize("المعروف المعروفة يحمل تحمل الملقب الملقبة حساب صفحة قناة").split())
_ACCOUNTS = frozenset(normalize("حساب صفحة قناة مدونة").split())


def _statement_issuer(phrase: Phrase) -> Subject | None:
    """A statement speaks for whoever issued it: ``وأضاف بيان الكرملين`` → the Kremlin;
    ``وأضاف البيان`` → the issuer of the statement named before."""
    document = phrase.document
    issued_by = _issued_by(document, phrase)
    if issued_by is not None:
        issuer = resolve_phrase(document, *issued_by, phrase.gender, as_source=True)
        if issuer is not None and issuer.named:
            document.roles["بيان"] = (phrase.first, issuer)  # ``وأضاف البيان`` next
            return Subject(issuer.key, phrase.text, phrase.gender, issuer.confidence, issuer.proposed)
    if phrase.first + 1 < phrase.end:
        issuer = resolve_phrase(document, phrase.first + 1, phrase.end, phrase.gender, as_source=True)
        if issuer is not None and issuer.named:
            return Subject(issuer.key, phrase.text, phrase.gender, issuer.confidence, issuer.proposed)
    earlier = document.role("بيان", phrase.first) if phrase.head.startswith("ال") else None
    if earlier is not None:
        return Subject(earlier.key, phrase.text, phrase.gender, CONFIDENCE_ROLE, earlier.proposed)
    return Subject(None, phrase.text, phrase.gender, 0.0)


def _issued_by(document: Document, phrase: Phrase) -> tuple[int, int] | None:
    """``وأوضح بيان صادر عن وزارة الخارجية الصينية أن``: the phrase ended at عن; the issuer is
    the phrase after it."""
    after = phrase.first + 1
    if after >= len(document.tokens) or document.norm(after) not in _ISSUED:
        return None
    if after + 2 >= len(document.tokens) or document.norm(after + 1) != "عن":
        return None
    sentence = document.sentence_at(after)
    if sentence is None:
        return None
    return noun_phrase_allowing_addressee(document, sentence, after + 2)


_ISSUED = frozenset(normalize("صادر الصادر صادرة الصادرة").split())


def _surname(phrase: Phrase) -> Subject | None:
    """A bare name the article gave in full before: ``وأضاف هان`` after ``هان سيونغ-وو``,
    ``وأضافت ماو`` after ``ماو نينغ``; a surname wins over a registry alias it shares
    (``ولفت تشو`` after ``تشو لي هوا`` is not Cho Han-bum)."""
    document, first = phrase.document, phrase.first
    earlier = document.surnames.get(document.norm(first)) or document.surnames.get(phrase.head)
    following = first + 1
    if earlier is None and (
        document.norm(first) in names.FAMILY_PARTICLES
        or names.opens_compound(document.norm(first))
        or (first + 1 < phrase.end and names.compound_family_name("", document.norm(first + 1)))
    ):
        # ``وأوضح بن سعيد`` after ``عبد الرحيم بن سعيد``; ``وشدد ولد محمد الأمين`` after ``الشيخ
        # ولد محمد الأمين``; ``وأضاف عوض الله`` after ``نبيل عوض الله``: the longest family name
        # the article gave
        for last in range(min(phrase.end, first + 4), first + 1, -1):
            words = " ".join(document.norm(index) for index in range(first, last))
            if words in document.surnames:
                earlier, following = document.surnames[words], last
                break
    if earlier is None:
        earlier = _surname_spelt_otherwise(document, document.norm(first))
    if earlier is None:
        return None
    joined = following < phrase.end and not any(char in "،," for char in document.gap_before(following))
    if joined and (names.is_name_word(document, following) or document.match_at.get(following) is not None):
        return None  # another full name that starts alike
    if earlier.gender not in (phrase.gender, PLURAL):
        return None
    return Subject(earlier.key, phrase.text, phrase.gender, CONFIDENCE_SURNAME, earlier.proposed)


def _surname_spelt_otherwise(document: Document, word: str) -> Subject | None:
    """A surname the article gave in full under another spelling of its long vowels: ``وأضاف
    بلنكن`` after ``أنتوني بلينكن`` (the skeletons of `actors.name_skeleton` are one); one
    earlier person only, and long words only (``كيم`` and ``كين`` stay apart)."""
    word = cues.strip_conjunction(word)
    if len(word) < _LOOSE_SURNAME_LETTERS or not document.surnames:
        return None
    skeleton = _skeleton(word)
    found = {
        subject.key or subject.text: subject
        for surname, subject in document.surnames.items()
        if len(surname) >= _LOOSE_SURNAME_LETTERS and " " not in surname and _skeleton(surname) == skeleton
    }
    return next(iter(found.values())) if len(found) == 1 else None


_LOOSE_SURNAME_LETTERS = 5


@lru_cache(maxsize=65536)
def _skeleton(word: str) -> tuple[str, ...]:
    return name_skeleton((word,))


def _person(phrase: Phrase) -> Subject | None:
    """A person by name, registry or proposed, else by a title nobody else holds.

    ``مساعد الرئيس الروسي يوري أوشاكوف`` → Ushakov (``الرئيس الروسي`` qualifies ``مساعد``);
    ``نائبة المتحدث باسم الوزارة كيم إن-إي`` → the unknown ``كيم إن-إي``, not Kim Jong Un.
    An unknown name that opens the phrase must be all of it, or end at a comma (``ويقول
    ميخائيل أورلوف، الباحث …``); before a verb it cannot open it at all.
    """
    document = phrase.document
    called = _called(phrase)
    if called is not None:
        return called
    if _indefinite_person(phrase):
        return None  # ``مسؤول كوري جنوبي رفيع، رافق الرئيس يون سوك يول``: not Yoon
    relative = _named_in_apposition_to_a_relation(phrase)
    if relative is not None:
        return relative
    run = names.name_run(document, phrase.first, phrase.end, phrase.gender)
    if run is not None and not can_be_person(_run_text(document, run)):
        run = None  # ``فردّ كيم بنخب مماثل``: no name runs past ``كيم``, the registry's
    if run is not None and run[0] == phrase.first and document.match_at.get(run[0]) is None:
        ends_phrase = run[1] == phrase.end or any(char in "،," for char in document.gap_before(run[1]))
        if phrase.before_verb or not ends_phrase:
            run = None
    if run is None and _plain_word(document, phrase.first):
        # ``أن حضور جو تشون ريونغ يشير``: a common noun heads the phrase, the name after it
        # is its complement, not a speaker.
        return Subject(None, phrase.text, phrase.gender, 0.0)
    matches = [
        document.match_at[index]
        for index in range(phrase.first, phrase.end)
        if index in document.match_at and match_kind(document, document.match_at[index]) == "person"
    ]
    matches = [
        m
        for m in matches
        if m.alias_kind != DEMONYM and not _governed(document, m.first_token, m, phrase.first)
    ]
    by_name = [m for m in matches if m.alias_kind == NAME and not (run and _inside(m, run))]
    if by_name and run is not None and _family_name_before(document, by_name[0], run, phrase):
        run, by_name = (by_name[0].first_token, run[1]), []
    if by_name:
        namesake = _namesake(document, by_name[0], phrase.first) or _longer_name(document, by_name[0], phrase)
        if namesake is not None:
            return Subject(
                None, _through(phrase, by_name[0].end_token), phrase.gender, CONFIDENCE_PROPOSED, namesake
            )
        if _other_gender(document, by_name[0], phrase):
            return Subject(None, phrase.text, phrase.gender, 0.0)
        titled = _title_of_another(document, matches, by_name[0]) if _may_take_object(phrase) else None
        if titled is not None:
            return subject_from_match(
                document, titled, phrase.gender, CONFIDENCE_TITLE, _through(phrase, titled.end_token)
            )
        text = _through(phrase, by_name[0].end_token)
        return subject_from_match(document, by_name[0], phrase.gender, CONFIDENCE_NAMED, text)
    if run is not None and (run[1] - run[0] > 1 or _given_name_then_what_she_is(document, phrase, run)):
        # One unknown word alone (``وقال سادوفنيكوف``, ``أبوظبي``) is no name to propose: a surname
        # the article never gave in full, or not a name at all; the quote waits for an editor.
        registered = _loosely_registered(document, run)
        if registered is not None:
            return Subject(registered, _through(phrase, run[1]), phrase.gender, CONFIDENCE_NAMED)
        proposed = ProposedActor.from_text(_run_text(document, run), "person")
        return Subject(None, _through(phrase, run[1]), phrase.gender, CONFIDENCE_PROPOSED, proposed)
    titles = [m for m in matches if m.alias_kind == TITLE and not former_title(document, m)]
    if titles:
        body = body_of_unnamed_spokesman(document, titles[0])
        if body is not None:
            return subject_from_match(document, body, phrase.gender, CONFIDENCE_OFFICIAL, phrase.text)
        return subject_from_match(document, titles[0], phrase.gender, CONFIDENCE_TITLE, phrase.text)
    return None


def _run_text(document: Document, run: tuple[int, int]) -> str:
    """The words of a token range as written: ``كيم بنخب مماثل``."""
    return document.text[document.tokens[run[0]][0] : document.tokens[run[1] - 1][1]]


_CALLED = frozenset(normalize("يدعى تدعى يدعي تدعي يُدعى تُدعى اسمه اسمها").split())


def _called(phrase: Phrase) -> Subject | None:
    """Someone the copy describes, then names after ``يدعى``/``تدعى``/``اسمه`` (rounds 26a and
    27): ``قال موظف خمسيني يدعى بارك جونغ-هو`` → ``بارك جونغ-هو``, proposed; the name may end
    at a comma (``وقالت مواطنة روسية تدعى آنا فيدوروفا، كانت تنتظر الموكب، لوكالة أسوشيتد
    برس`` → ``آنا فيدوروفا``); a registry person so named is himself.  One word alone (``يدعى
    أحمد``, ``امرأة تدعى الحرية``) stays the description: no name to propose."""
    document = phrase.document
    for index in range(phrase.first + 1, phrase.end - 1):
        if document.norm(index) not in _CALLED:
            continue
        match = document.match_at.get(index + 1)
        if match is not None and match.end_token == phrase.end and match_kind(document, match) == "person":
            return subject_from_match(document, match, phrase.gender, CONFIDENCE_NAMED, phrase.text)
        run = names.name_run(document, index + 1, phrase.end, phrase.gender)
        if run is None or run[0] != index + 1 or run[1] - run[0] < 2:
            return None
        if run[1] != phrase.end and not any(char in "،," for char in document.gap_before(run[1])):
            return None
        proposed = ProposedActor.from_text(_run_text(document, run), "person")
        return Subject(None, phrase.text, phrase.gender, CONFIDENCE_PROPOSED, proposed)
    return None


_WHO_IS = frozenset(normalize("وهو وهي").split())


def _given_name_then_what_she_is(document: Document, phrase: Phrase, run: tuple[int, int]) -> bool:
    """One given name alone, the whole phrase, then a comma and ``وهي``/``وهو`` with what the
    person is (round 26a): ``"…"، تقول أولينا، وهي معلمة في الأربعين`` → ``أولينا``, a person
    the copy names by her given name only, as street interviews do.  Without that description
    one word is no name to propose (``وقال سادوفنيكوف``)."""
    if run != (phrase.first, phrase.end) or phrase.end + 1 >= len(document.tokens):
        return False
    if not any(char in "،," for char in document.gap_before(phrase.end)):
        return False
    return document.norm(phrase.end) in _WHO_IS and describes(document.norm(phrase.end + 1))


def _named_in_apposition_to_a_relation(phrase: Phrase) -> Subject | None:
    """A relation named by whose relative she is, then her own name after a comma: ``ابنة
    الرئيس الراحل ياسر عرفات، زهوة عرفات`` → Zahwa Arafat, not her father."""
    document = phrase.document
    if not names.kin_noun(document, phrase.first):
        return None
    for index in range(phrase.first + 2, phrase.end):
        if any(char in "،," for char in document.gap_before(index)):
            apposition = replace(phrase, first=index, head=bare(document.norm(index)))
            subject = _person(apposition)
            if subject is None or not subject.named:
                return None
            return Subject(subject.key, phrase.text, subject.gender, subject.confidence, subject.proposed)
    return None


_SPOKESMEN = frozenset(normalize("المتحدث المتحدثة الناطق الناطقة").split())


def body_of_unnamed_spokesman(document: Document, title: Match) -> Match | None:
    """A spokesman's title whose holder the text never names speaks for the body: a live blog's
    ``12:05 — المتحدث باسم الكرملين: "…"`` → the Kremlin, as ``متحدث باسم الكرملين`` would;
    once the article names him (``دميتري بيسكوف``), the title is his."""
    first = title.first_token
    if cues.strip_conjunction(document.norm(first)) not in _SPOKESMEN or document.norm(first + 1) != "باسم":
        return None
    if any(m.key == title.key and m.alias_kind == NAME for m in document.matches):
        return None
    start, end = document.tokens[first + 2][0], document.tokens[title.end_token - 1][1]
    bodies = document.gazetteer.match(document.text[start:end])
    if len(bodies) != 1 or bodies[0].start != 0 or bodies[0].end != end - start:
        return None
    return bodies[0] if match_kind(document, bodies[0]) in ("organisation", "country") else None


_ON_ITS_BEHALF = {normalize("باسمه"): MASCULINE, normalize("باسمها"): FEMININE}
_BODY_REACH = 40


def _spokesman_of_the_body_before(phrase: Phrase) -> Subject | None:
    """An unnamed spokesman ``باسمه``/``باسمها`` speaks for the body the pronoun takes up, the
    last actor named before him in the paragraph whose gender agrees: ``ولم يؤكد الكرملين موعد
    الزيارة، لكن المتحدث باسمه قال إن "…"`` → the Kremlin, as ``المتحدث باسم الكرملين``
    would.  A person there (``استقبل بوتين ضيفه، وقال المتحدث باسمه``) leaves him unnamed."""
    document = phrase.document
    if (
        phrase.end - phrase.first != 2
        or cues.strip_conjunction(document.norm(phrase.first)) not in _SPOKESMEN
    ):
        return None
    gender = _ON_ITS_BEHALF.get(document.norm(phrase.first + 1))
    if gender is None:
        return None
    for match in reversed(document.matches):
        if match.first_token >= phrase.first or document.quote_of[match.first_token] is not None:
            continue
        if (
            match.end_token < phrase.first - _BODY_REACH
            or "\n" in document.text[match.end : document.tokens[phrase.first][0]]
        ):
            return None
        actor = document.gazetteer.actor(match.key)
        if match.alias_kind == DEMONYM or actor is None or actor.gender != gender:
            continue
        if match_kind(document, match) not in ("organisation", "country"):
            return None
        return subject_from_match(document, match, phrase.gender, CONFIDENCE_OFFICIAL, phrase.text)
    return None


def _namesake(document: Document, surname: Match, first: int) -> ProposedActor | None:
    """A registry person's surname after another given name is another person: ``سفير روسيا
    لدى الرياض سيرغي كوزلوف`` is not Alexander Kozlov; proposed under the name as written.
    A given name the registry spells for that person (``فلاديمير بوتين``) is matched whole."""
    given = surname.first_token - 1
    if (
        surname.end_token - surname.first_token != 1
        or given < first
        or document.gap_before(surname.first_token).strip()
    ):
        return None
    if not names.is_name_word(document, given):
        return None
    if len(document.norm(surname.first_token)) <= _SHARED_SURNAME and not (
        _closes_the_phrase(document, surname) or _described(document, given, first)
    ):
        return None
    word = document.norm(given)
    if any(word in spelling for spelling in document.gazetteer.spellings(surname.key)):
        return None
    if document.gazetteer.loosely_named((word, document.norm(surname.first_token))) == surname.key:
        return None  # ``سيرغيه لافروف``: the registry's given name spelt another way
    name = document.text[document.tokens[given][0] : surname.end]
    return ProposedActor.from_text(name, "person")


_SHARED_SURNAME = 4  # ``كيم``, ``لي``: short family names many share, read by `names`


def _described(document: Document, given: int, first: int) -> bool:
    """A given name right after the phrase's description, a definite word (round 29): in
    ``وقالت الخبيرة سارة ميلر للصحفيين إن`` and ``والخبيرة الأمريكية سارة ميلر`` (a headline's
    guest) the short family name closes a person the description introduces, Sarah Miller, not
    Matthew Miller; ``الباحث جيمس كيم`` is James Kim, not Kim Jong Un."""
    before = given - 1
    match = document.match_at.get(before)
    if before < first or document.gap_before(given).strip() or (match and match.alias_kind != DEMONYM):
        return False  # a title the registry knows before the given name: the title rules read it
    return cues.strip_conjunction(document.norm(before)).startswith("ال") and not names.is_name_word(
        document, before
    )


def _other_gender(document: Document, surname: Match, phrase: Phrase) -> bool:
    """A registry man's one-word name with a feminine verb or description is another person
    (round 29): ``وقالت الخبيرة الأمريكية ميلر إن`` is no Matthew Miller, whose given name the
    copy does not give; the quote waits for an editor.  A full name (``ماريا زاخاروفا``)
    names its actor whatever the verb."""
    if phrase.gender != FEMININE or surname.end_token - surname.first_token != 1:
        return False
    actor = document.gazetteer.actor(surname.key)
    return actor is not None and actor.kind == "person" and actor.gender != FEMININE


def _longer_name(document: Document, match: Match, phrase: Phrase) -> ProposedActor | None:
    """A registry person's family name that opens a longer name closing the phrase is another
    person's given names (round 26a): ``وقال الكاتب جان بيير ماريه إن`` is not Karine
    Jean-Pierre (``جان بيير``), proposed under the name as written.  Only a family name of two
    words or more, not the registry's full name nor the opening of one (``فلاديمير بوتين``),
    then one more name word before the reported clause or a comma."""
    last = match.end_token
    if match.end_token - match.first_token < 2 or last + 1 != phrase.end or document.gap_before(last).strip():
        return None  # one word (``بوتين نخب``): the verb's object follows its subject
    after = phrase.end
    if after >= len(document.tokens) or not (
        document.norm(after) in cues.COMPLEMENTIZERS
        or any(char in "،," for char in document.gap_before(after))
    ):
        return None
    if document.match_at.get(last) is not None or not names.is_name_word(document, last):
        return None
    if _opens_the_full_name(document, match):
        return None
    name = document.text[document.tokens[match.first_token][0] : document.tokens[last][1]]
    return ProposedActor.from_text(name, "person")


def _opens_the_full_name(document: Document, match: Match) -> bool:
    """Whether the words matched are the registry's full name or open a longer spelling of it."""
    matched = tuple(document.norm(index) for index in range(match.first_token, match.end_token))
    actor = document.gazetteer.actor(match.keys[0])
    if actor is None or matched == tuple(normalize(actor.name_ar).split()):
        return True
    spellings = document.gazetteer.spellings(actor.key)
    return any(len(spelling) > len(matched) and spelling[: len(matched)] == matched for spelling in spellings)


def _closes_the_phrase(document: Document, surname: Match) -> bool:
    """A short family name many share after a given name, right before the reported clause:
    ``قالت المحللة في مؤسسة راند سو كيم إن "…"`` is Soo Kim, written in the Western order, not
    Kim Jong Un; so before a comma; before more name words (``كيم جونغ أون``) it is read as the
    registry's."""
    after = surname.end_token
    if after < len(document.tokens) and any(char in "،," for char in document.gap_before(after)):
        return True  # round 26a: ``الصحفي الروسي أنطون ميلر، عن ضابط``, not Matthew Miller
    return after < len(document.tokens) and document.norm(after) in cues.COMPLEMENTIZERS


# Verbs of saying that take an object before their words: ``وصف``, ``اعتبر``, ``دعا``, ``حذر``.
_OBJECT_VERBS = cues.TRANSITIVE_CUES | frozenset(normalize("وصف وصفت اعتبر اعتبرت عد عدت").split())


def _may_take_object(phrase: Phrase) -> bool:
    """Whether the verb right before the phrase may take an object after its subject.  After
    ``قال``, ``أكد``, ``صرح`` the name after a title is the title's holder as the copy has it,
    even when the registry gives the title to another: ``وقال كبير أمناء مجلس الوزراء الياباني
    يوشيماسا هاياشي للصحفيين إن`` → Hayashi, not Matsuno; after ``وصف`` it may be the object."""
    document, before = phrase.document, phrase.first - 1
    if before < 0 or document.cue_form(before) is None:
        return True
    return cues.strip_conjunction(document.norm(before)) in _OBJECT_VERBS


def _title_of_another(document: Document, matches: list[Match], name: Match) -> Match | None:
    """A title right before the name of someone else: ``وصف الرئيس الروسي كيم جونغ أون بأنه "…"``
    is verb, subject (the Russian president, by his title) and object (Kim); the title holder
    speaks, not the one named after him."""
    for match in matches:
        if match.alias_kind != TITLE or match.end_token != name.first_token or match.key == name.key:
            continue
        if former_title(document, match) or len(match.keys) != 1:
            continue
        return match
    return None


def _loosely_registered(document, run: tuple[int, int]) -> str | None:
    """A registry person under the copy's own spelling: ``وكانت المتحدثة باسم الوزارة، ماريا
    زخاروفا، قد قالت`` → Maria Zakharova (``ماريا زاخاروفا`` in the registry), not a new name."""
    words = tuple(document.norm(index) for index in range(*run))
    return document.gazetteer.loosely_named(words)


def _indefinite_person(phrase: Phrase) -> bool:
    """An unnamed speaker's description names nobody who speaks: whoever the registry knows
    inside it is a complement (``أحد مساعدي الرئيس بوتين``, ``مسؤول أميركي رافق بلينكن``).
    A definite description (``وزير الخارجية سيرغي لافروف``) goes on to its name."""
    head = phrase.head
    if head not in cues.PERSON_NOUNS or head in cues.DESCRIPTIVE_WORDS or document_match(phrase) is not None:
        return False  # ``كبير أمناء مجلس الوزراء هيروكازو ماتسونو``: a construct, definite
    if head in _INDEFINITE_OPENERS or _plural(head):
        return True  # ``صحفيون رافقوا شويغو``: a plural is never one named person
    return not names.definite_description(phrase.document, phrase.first, phrase.end)


def document_match(phrase: Phrase) -> Match | None:
    return phrase.document.match_at.get(phrase.first)


def _bare_medium_name(document: Document, index: int, end: int) -> str | None:
    """One definite word no lexicon knows, then a place or the phrase's end: ``الميادين`` in
    ``لمراسلة الميادين في موسكو``; not ``مراسل الشؤون الدبلوماسية`` (a beat, and more words)."""
    if document.norm(index) in cues.DESCRIPTIVE_WORDS or not institutions.unknown_definite_word(
        document, index
    ):
        return None
    following = index + 1
    ends = following >= end or any(char in "،," for char in document.gap_before(following))
    if not ends and document.norm(following) != "في":
        return None
    return document.text[document.tokens[index][0] : document.tokens[index][1]]


def _own_reporter(phrase: Phrase) -> Subject | None:
    """A medium's unnamed correspondent speaks for it: ``وفي تقرير بثته قناة العالم من
    فلاديفوستوك، قال مراسلها إن "…"`` → Al-Alam; ``ونقلت قناة "الجزيرة" عن مراسلها`` → Al
    Jazeera.  The medium is the last one named before, in the same paragraph; a named
    correspondent (``مراسلنا في سيول جوناثان هيل``) is the person, read before this rule."""
    document = phrase.document
    head = cues.strip_conjunction(phrase.head)
    if head not in cues.OWN_REPORTERS:
        return None
    if head.endswith("نا"):  # ``مراسلنا``: the outlet's own, not a cited one
        outlet = references.masthead_medium(document)  # ``فرانس 24 | …`` … ``ويفيد مراسلنا``
        key = outlet.key if outlet is not None else None
        return Subject(key, phrase.text, phrase.gender, CONFIDENCE_OFFICIAL if key else 0.0)
    for index in range(phrase.first - 1, max(-1, phrase.first - _REPORTER_REACH), -1):
        match = document.match_at.get(index)
        if match is not None and match_kind(document, match) == "medium":
            return subject_from_match(document, match, phrase.gender, CONFIDENCE_OFFICIAL, phrase.text)
        key = _quoted_medium(document, index)
        if key is not None:
            return Subject(key, phrase.text, phrase.gender, CONFIDENCE_OFFICIAL)
        if "\n" in document.gap_before(index):
            break
    return Subject(None, phrase.text, phrase.gender, 0.0)  # whose reporter the copy does not say


_REPORTER_REACH = 40
# A correspondent named by the medium after him: ``مراسل الجزيرة``, ``مراسلة "شفق نيوز"``.
_REPORTERS = frozenset(normalize("مراسل مراسلة موفد موفدة مذيع مذيعة").split())


def _medium_reporter(phrase: Phrase) -> Subject | None:
    """An unnamed correspondent or anchor of the medium written after him speaks for it: ``وفي
    تعليق لمراسلة الميادين في موسكو، فإن`` → Al Mayadeen; ``ووفق مراسل "شفق نيوز" في موسكو`` →
    ``شفق نيوز`` (proposed: the registry does not know it); ``وقالت مذيعة قناة روسيا اليوم`` →
    RT.  A named one is the person, read before."""
    document, following = phrase.document, phrase.first + 1
    if cues.strip_conjunction(phrase.head) not in _REPORTERS or following >= phrase.end:
        return None
    if document.gap_before(following).strip(' "“”«»'):
        return None  # ``مراسل، …``: an apposition, not the medium
    masthead = _masthead_named(document, following, phrase.end)
    if masthead is not None:
        proposed = ProposedActor.from_text(masthead, "medium")
        return Subject(None, phrase.text, phrase.gender, CONFIDENCE_PROPOSED, proposed)
    match = document.match_at.get(following)
    if match is not None:
        if match_kind(document, match) != "medium" or match.proclitic:
            return None
        return subject_from_match(document, match, phrase.gender, CONFIDENCE_OFFICIAL, phrase.text)
    quote = document.quote_of[following]
    if quote is None or document.quotes[quote].kind != "term":
        key = _medium_by_its_short_name(document, following, phrase.end)
        if key is not None:
            return Subject(key, phrase.text, phrase.gender, CONFIDENCE_OFFICIAL)
        name = _bare_medium_name(document, following, phrase.end)
        if name is None:
            return None
        proposed = ProposedActor.from_text(name, "medium")
        return Subject(None, phrase.text, phrase.gender, CONFIDENCE_PROPOSED, proposed)
    key = _quoted_medium(document, following)
    if key is not None:
        return Subject(key, phrase.text, phrase.gender, CONFIDENCE_OFFICIAL)
    proposed = ProposedActor.from_text(document.quotes[quote].text, "medium")
    return Subject(None, phrase.text, phrase.gender, CONFIDENCE_PROPOSED, proposed)


# The kinds a medium's short name leaves out: ``الجزيرة`` for ``قناة الجزيرة``.
_MEDIUM_KINDS = tuple(normalize("قناة صحيفة وكالة إذاعة شبكة موقع").split())


def _medium_by_its_short_name(document: Document, index: int, end: int) -> str | None:
    """A registry medium written by its name without its kind after a correspondent (round 26b):
    ``وأفاد مراسل الجزيرة في موسكو بأن`` → Al Jazeera (``قناة الجزيرة``), though ``الجزيرة``
    alone is no alias (an island); only one word that ends the phrase or comes before ``في`` or
    a comma, so ``مراسل الشؤون الدبلوماسية`` (a beat) names no medium."""
    following = index + 1
    ends = following >= end or any(char in "،," for char in document.gap_before(following))
    if not ends and document.norm(following) != "في":
        return None
    word = document.norm(index)
    for kind in _MEDIUM_KINDS:
        key = document.gazetteer.whole_match(f"{kind} {word}")
        actor = document.gazetteer.actor(key)
        if actor is not None and actor.kind == "medium":
            return key
    return None


def _masthead_named(document: Document, first: int, end: int) -> str | None:
    """The outlet's own name from its masthead (the first line's words before a bar) when the
    phrase repeats it at ``first``: ``القاهرة 24 | تغطية مباشرة`` … ``مراسل القاهرة 24 في
    موسكو:`` → ``القاهرة 24``, though ``القاهرة`` alone is a city."""
    last = min(len(document.tokens), _MASTHEAD_WORDS + 1)
    size = next((index for index in range(1, last) if "|" in document.gap_before(index)), None)
    if size is None or first <= size or first + size > end:
        return None
    registered = document.match_at.get(0)
    if registered is not None and match_kind(document, registered) == "medium":
        return None  # a registry medium: read as its match
    if any(document.norm(first + offset) != document.norm(offset) for offset in range(size)):
        return None
    return document.text[document.tokens[0][0] : document.tokens[size - 1][1]]


_MASTHEAD_WORDS = 3


def _quoted_medium(document: Document, index: int) -> str | None:
    """A medium named in quotes after its kind: ``قناة "الجزيرة"`` → Al Jazeera."""
    quote = document.quote_of[index]
    if quote is None or document.quotes[quote].kind != "term" or index == 0:
        return None
    name = document.quotes[quote].text
    kind_word = document.text[document.tokens[index - 1][0] : document.tokens[index - 1][1]]
    for text in (f"{kind_word} {name}", name):
        key = document.gazetteer.whole_match(text)
        actor = document.gazetteer.actor(key)
        if actor is not None and actor.kind == "medium":
            return key
    return None


def _medium_in_quotes(phrase: Phrase) -> Subject | None:
    """A kind of medium, then its name in quotes: ``وكتبت صحيفة "رودونغ سينمون"`` → Rodong
    Sinmun, ``وذكرت وكالة الأنباء الروسية «تاس»`` → TASS, ``تعليق لوكالة "تسنيم"`` → Tasnim.
    Only the first quoted name, within the kind's few words."""
    document = phrase.document
    # the quote may have ended the phrase: ``لوكالة "تسنيم" أن``
    last = min(max(phrase.end, phrase.first + 2), phrase.first + 5, len(document.tokens))
    for index in range(phrase.first + 1, last):
        if document.quote_of[index] is None:
            continue
        key = _quoted_medium(document, index)
        if key is None:
            return None
        return Subject(key, phrase.text, phrase.gender, CONFIDENCE_NAMED)
    return None


def _plain_word(document: Document, index: int) -> bool:
    """A word that is neither an actor, a description nor definite: ``حضور``, ``مقطع``."""
    if document.match_at.get(index) is not None or document.quote_of[index] is not None:
        return False
    token = document.norm(index)
    return not (describes(token) or has_article(token) or bare(token) in cues.OFFICIAL_HEADS)


def _through(phrase: Phrase, end: int) -> str:
    """The phrase as written up to the name's end, or whole when an apposition follows the name
    (``الدكتور هاني الرشيدي، أستاذ العلوم السياسية``): not ``… جان دوبوا في حديث``."""
    document = phrase.document
    if end >= phrase.end or any(char in "،," for char in document.gap_before(end)):
        return phrase.text
    return document.text[document.tokens[phrase.first][0] : document.tokens[end - 1][1]]


def _family_name_before(document: Document, match: Match, run: tuple[int, int], phrase: Phrase) -> bool:
    """A registry person's short family name right before an unknown run opens that run's name:
    ``سفير كوريا في القاهرة تشوي هيوك تشول`` is Choe Hyok Chol, not the foreign minister Choe
    Son Hui (the place before the name kept the run from opening at ``تشوي``)."""
    return (
        match.end_token == run[0]
        and not document.gap_before(run[0]).strip()
        and names.opens_longer_name(document, match, phrase.end, phrase.gender)
    )


def _inside(match: Match, run: tuple[int, int]) -> bool:
    return run[0] <= match.first_token < run[1]


def _unnamed(phrase: Phrase) -> Subject | None:
    """A person noun without a name: ``مسؤول أميركي طلب عدم نشر اسمه``, ``خبراء في شؤون شبه
    الجزيرة``, ``أحد عمال المحطة``, ``محللون في سيول``, ``خبيرا عسكريا``, ``الخبراء``.  A
    definite singular (``الوزير``) refers back instead (`references.role`), and so does a construct
    (``رئيس الشركة``): a particular person the copy could have named."""
    head, document = phrase.head, phrase.document
    if head not in cues.PERSON_NOUNS:
        return None
    plural = _plural(head)
    particular = has_article(head) or names.definite_description(document, phrase.first, phrase.end)
    if not plural and head not in _INDEFINITE_OPENERS and particular:
        return None  # ``رئيس الشركة``, ``وزير خارجية كوريا الشمالية``: someone in particular
    description = _before_clause(phrase).rstrip(" ،,")
    return Subject(
        None, phrase.text, PLURAL if plural else phrase.gender, CONFIDENCE_UNNAMED, description=description
    )


_INDEFINITE_OPENERS = frozenset(normalize("أحد إحدى بعض عدد").split())


def _before_clause(phrase: Phrase) -> str:
    """The description without a clause after a comma: ``مسؤول كوري جنوبي رفيع، رافق الرئيس
    …`` → ``مسؤول كوري جنوبي رفيع``; an apposition that describes stays (``خبير، أستاذ …``)."""
    document = phrase.document
    for index in range(phrase.first + 1, phrase.end):
        if any(char in "،," for char in document.gap_before(index)) and not describes(document.norm(index)):
            return document.text[document.tokens[phrase.first][0] : document.tokens[index - 1][1]]
    return phrase.text


def _plural(word: str) -> bool:
    stem = word[2:] if word.startswith("ال") else word
    return (stem.endswith(("ون", "ين")) and len(stem) > 4) or stem in _BROKEN_PLURALS


_BROKEN_PLURALS = frozenset(
    normalize(
        "خبراء مصادر ضباط جنود عمال شهود سكان ركاب أعضاء نواب قادة رؤساء زعماء وزراء سفراء "
        "مسؤولو محللو باحثو مراقبو دبلوماسيو"
    ).split()
)


def _institution(phrase: Phrase) -> Subject | None:
    """An institution as the subject (`institutions.institution`), or its press office."""
    return institutions.institution(phrase) or _press_office(phrase)


_PRESS_WORDS = frozenset(normalize("الصحفي الإعلامي الصحافي الإعلامية").split())
_IN_A_STATEMENT = frozenset(normalize("في").split())


def _press_office(phrase: Phrase) -> Subject | None:
    """A press office speaks for its institution: ``المكتب الإعلامي للرئاسة الروسية`` → the
    Kremlin, ``المكتب الصحفي للكرملين`` → the Kremlin."""
    document = phrase.document
    if phrase.head not in ("المكتب", "مكتب"):
        return None
    index = phrase.first + 1
    while index < phrase.end and document.norm(index) in _PRESS_WORDS:
        index += 1
    if index == phrase.first + 1 or index >= len(document.tokens):
        return None
    end = phrase.end
    owner_match = document.match_at.get(index)
    if index >= end and owner_match is not None and owner_match.proclitic[-1:] == "ل":
        end = owner_match.end_token  # ``المكتب الصحفي للكرملين``: the owner, glued to ل, ended the phrase
    if index >= end:
        return _press_office_named_before(phrase)
    owner = resolve_phrase(document, index, end, phrase.gender, as_source=True)
    if owner_match is None and document.norm(index) in _IN_A_STATEMENT:
        return _press_office_named_before(phrase)  # ``وأضاف المكتب الصحفي في بيان``
    return owner if owner is not None and owner.named else None


_PRESS_OFFICE_REACH = 300


def _press_office_named_before(phrase: Phrase) -> Subject | None:
    """A press office with no owner is the one the article named with its owner before:
    ``حسبما أفاد المكتب الصحفي للكرملين … وأفاد المكتب الصحفي بأن "…"`` → the Kremlin;
    none named before, no owner (the office stays as written)."""
    document = phrase.document
    for first in range(phrase.first - 1, max(-1, phrase.first - _PRESS_OFFICE_REACH), -1):
        if document.norm(first) not in ("المكتب", "مكتب") or document.quote_of[first] is not None:
            continue
        index = first + 1
        while index < phrase.first and document.norm(index) in _PRESS_WORDS:
            index += 1
        owner_match = document.match_at.get(index)
        if index == first + 1 or owner_match is None or owner_match.proclitic[-1:] != "ل":
            continue
        owner = resolve_phrase(document, index, owner_match.end_token, phrase.gender, as_source=True)
        return owner if owner is not None and owner.named else None
    return None


def phrase_start(document: Document, first: int) -> int:
    """Start offset of a phrase, with the opening mark of a quoted name: ``"رودونغ سينمون"``."""
    quote = document.quote_of[first]
    start = document.quotes[quote].start if quote is not None else document.tokens[first][0]
    if quote is not None and start > 0 and document.text[start - 1] in '"”“«‟″':
        return start - 1
    return document.tokens[first][0]


def phrase_end(document: Document, last: int) -> int:
    """End offset of a phrase, with the closing mark of a quoted name: ``صحيفة "رودونغ سينمون"``."""
    quote = document.quote_of[last]
    if quote is None:
        return document.tokens[last][1]
    end = document.quotes[quote].end
    return end + 1 if end < len(document.text) and document.text[end] in '"”“»‟″' else end


def _person_after_la(document: Document, sentence: Sentence, first: int) -> int | None:
    """``وفي بيان للممثل الأعلى للسياسة الخارجية في الاتحاد جوزيب بوريل، "…"``: a person noun
    glued to ل runs on, through its description, to the end of the person it names; the end of
    the phrase, or None when no name ends it before a comma, a colon or a quote."""
    head = bare(document.norm(first))[1:]
    if head not in cues.PERSON_NOUNS and "ال" + head[1:] not in cues.PERSON_NOUNS:
        return None
    for index in range(first + 1, min(sentence.end, first + _MAX_SUBJECT_TOKENS)):
        if document.quote_of[index] is not None or any(
            char in '،,:"«“' for char in document.gap_before(index)
        ):
            return None
        if is_complementizer(document, index):
            return None
        match = document.match_at.get(index)
        if (
            match is not None
            and _person_match(document, match)
            and match.proclitic[-1:] not in ("ب", "ل", "ك")
        ):
            return match.end_token
    return None


def noun_phrase_allowing_addressee(document: Document, sentence: Sentence, first: int) -> tuple[int, int]:
    """After ``وفقًا لـ`` the source carries the ل: ``وفقًا لوزارة التوحيد``."""
    match = document.match_at.get(first)
    if match is not None:
        return first, match.end_token
    if first < sentence.end and document.norm(first)[:1] == "ل":
        person = _person_after_la(document, sentence, first)
        if person is not None:
            return first, person
        index = first + 1
        while (
            index < sentence.end
            and index - first < 6
            and (institutions.modifies(document, index) or document.norm(index).startswith("لل"))
        ):
            index += 1  # ``للمكتب الإعلامي للرئاسة الروسية``
        head = bare(document.norm(first))[1:]
        stem = head[2:] if head.startswith("ال") else head.removeprefix("ل")
        named = document.match_at.get(first + 1)
        if index == first + 1 and named is not None and stem in cues.MEDIUM_WORDS:
            return first, named.end_token  # ``لصحيفة رودونغ سينمون``: the medium's own name
        return first, institutions.seat_end(
            document, stem, index, sentence.end
        )  # ``للسفارة … في بيونغ يانغ``
    return noun_phrase(document, sentence, first)
