"""Stage 2, actors: states, organisations and persons, their mentions, roles and states.

States are found by name, demonym ("Kazakh") and metonym ("Moscow", "the Kremlin");
organisations by name and abbreviation; persons as runs of capitalised words that are not
known entities, with the titles before them ("Foreign Minister", "Kazakh President") giving
role and the state they speak for. A surname alone, or a transliteration of it
(Toqaev / Tokayev), refers back to the full name.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import attrs

from refstance._gazetteer import Entry, Gazetteer, Role, slug
from refstance._model import ActorKind, trusted_span
from refstance._parser._lexicon import MONTH_NAMES, NOT_NAMES, PERSON_CUES, SENTENCE_BOUNDARY
from refstance._parser._matcher import trie_regex, trie_scanner, word_start_matches
from refstance._parser._state import ActorDraft, Block, Mention, Paragraph, ParseState

# ----------------------------------------------------------------------------- patterns

_UPPER = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper())
_PARTICLES = r"(?:al|el|bin|ibn|de|da|del|della|di|van|von|der|den|le|la|ter|dos|du|y|Ó|Ní|Nic|Uí|Mac)"
TOKEN = rf"(?:(?:al|el|Al|El)-)?[{_UPPER}][\w'’\-]*"  # "al-Bashir" too
# initials inside a name: "B.J. Habibie", "George W. Bush", "George H.W. Bush"
INITIALS = rf"[{_UPPER}]\.(?:[{_UPPER}]\.)*(?![\w])"
INITIALS_RE = re.compile(rf"{INITIALS}\Z")
# a capitalised word or initials, as one branch (the engine tries one first letter, not two)
NAME_TOKEN = rf"(?:(?:al|el|Al|El)-)?[{_UPPER}](?:\.(?:[{_UPPER}]\.)*(?![\w])|[\w'’\-]*)"
NAME_RUN_RE = re.compile(
    rf"""
    (?<![\w@#'’.])
    {NAME_TOKEN}                              # a capitalised word (or initials)
    (?:[ \t](?:{_PARTICLES}[ \t]){{0,2}}{NAME_TOKEN}){{0,8}}   # more, with particles ("de la")
    """,
    re.VERBOSE,
)
# NAME_RUN_RE written to start with a set of letters, which the engine skips to (a pattern
# that starts with a look-behind is tried at every position): the first token's look-behind
# and its "al-" follow its first letter
_NAME_TAIL = rf"(?:\.(?:[{_UPPER}]\.)*(?![\w])|[\w'’\-]*)"
assert rf"(?:(?:al|el|Al|El)-)?[{_UPPER}]" + _NAME_TAIL == NAME_TOKEN
NAME_RUN_FAST_RE = re.compile(
    rf"""
    [{_UPPER}ae](?<![\w@#'’.].)                   # the first letter, not inside a word
    (?:(?<=[aeAE])l-[{_UPPER}]|(?<=[{_UPPER}])){_NAME_TAIL}
    (?:[ \t](?:{_PARTICLES}[ \t]){{0,2}}{NAME_TOKEN}){{0,8}}
    """,
    re.VERBOSE,
)
# the same for text without "l-": a run can then start only with a capital
NAME_RUN_UPPER_RE = re.compile(
    rf"""
    [{_UPPER}](?<![\w@#'’.].)(?:(?<=[AE])l-[{_UPPER}]|){_NAME_TAIL}
    (?:[ \t](?:{_PARTICLES}[ \t]){{0,2}}{NAME_TOKEN}){{0,8}}
    """,
    re.VERBOSE,
)


def name_runs(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """``list(NAME_RUN_RE.finditer(text, lo, hi))``, found faster."""
    rx = NAME_RUN_UPPER_RE if text.find("l-", lo, hi) == -1 else NAME_RUN_FAST_RE
    return list(rx.finditer(text, lo, hi))


# titles whose holder speaks for the organisation named before them
ORG_HEAD_RE = re.compile(
    r"spokes|secretary|president|chief|head|director|commissioner|representative|envoy|chair|"
    r"coordinator|rapporteur|leader",
    re.I,
)
PLACE_PREPOSITION_RE = re.compile(r"\b(?:at|in|into|from|near|outside|inside|to|toward|towards)\s+(?:the\s+)?\Z", re.I)
POSSESSIVE_AFTER_RE = re.compile(r"['’]s?\b")
PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:of|in|from|to|with|by|for|on|against|over|into|toward|towards|than|at)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
# " of Latvia", " of the United Kingdom, "
OF_ENTITY_RE = re.compile(
    rf"\s+(?:of|for)\s+(?:the\s+)?(?P<entity>{TOKEN}(?:[ \t]{TOKEN}){{0,3}})\s*,?\s*"
)
IRISH_PARTICLES = frozenset({"Ó", "Ní", "Nic", "Uí", "Mac"})
POSSESSIVE_RE = re.compile(r"(?:'s|’s|s'|s’)$")
SENTENCE_END_RE = re.compile(SENTENCE_BOUNDARY)
# SENTENCE_END_RE without its look-behinds, from the end punctuation on: where it may match
# (the look-behinds are tested only there)
_SENTENCE_END_CUE_RE = re.compile(r"[.!?][\"”’»]?\s+(?=[\"“‘«]?[A-Z\u00c0-\u024f])")
assert SENTENCE_BOUNDARY.endswith(_SENTENCE_END_CUE_RE.pattern[len("[.!?]") :])
# a person's own government acting: "Erdogan's government backed the plan"
OWN_GOVERNMENT_RE = re.compile(
    r"(?:'s|’s)\s+(?:government|administration|cabinet)\s+(?:has\s+|had\s+|also\s+)?[a-z]+ed\b"
)
# a capital named in the name of a process, a document or a meeting: "the Minsk Group",
# "the Oslo Accords", "the Budapest Memorandum", "the Astana talks"
METONYM_NAME_INITIALS = frozenset("GPAFDSTMCRgpafdstmcr")  # the first letters of those words
METONYM_IN_NAME_RE = re.compile(
    r"[ \t]+(?:Group|Process|Agreements?|Protocols?|Format|Declaration|Summit|Accords?|Talks|"
    r"Document|"
    r"Memorandum|Treaty|Convention|Consensus|Communiqu[eé]|Framework|Roadmap|Road\s+Map|"
    r"process|agreements?|protocols?|format|declaration|summit|accords?|talks|memorandum|"
    r"treaty|convention|consensus|communiqu[eé]|framework|roadmap)\b"
)


@attrs.frozen(eq=False)
class EntityMatcher:
    """The compiled look-up of every state and organisation form in a gazetteer."""

    pattern: re.Pattern[str]
    table: dict[str, tuple[Entry, str]]
    role_pattern: re.Pattern[str]
    roles: dict[str, Role]
    honorifics: frozenset[str]
    anaphor_pattern: re.Pattern[str]  # "he bloc", "he alliance" (after a "t" or "T")
    anaphors: dict[str, frozenset[str]]  # organisation id -> the nouns that refer back to it
    people: dict[str, dict[str, Any]]  # name form (casefolded) -> person record
    people_keys: dict[str, list[dict[str, Any]]]  # surname key -> person records
    places: frozenset[str]  # region names and adjectives: never part of a person's name
    folded_names: dict[str, tuple[Entry, str]]  # names (not demonyms, metonyms) casefolded
    place_heads: frozenset[str]  # the first words of names of several words of places, states
    given_names: dict[str, str]  # given name -> "f" or "m"
    # full names of several words by the spelling-insensitive key of each word: "Omer Hassan
    # Ahmed al-Bashir" meets "Omar Hassan Ahmad al-Bashir"
    people_full: dict[tuple[str, ...], dict[str, Any]] = attrs.field(factory=dict)
    # memo of _is_stop: the same capitalised words recur in every article
    stop_words: dict[str, bool] = attrs.field(factory=dict)
    # *pattern* without its look-behind, for :func:`word_start_matches` (None: use *pattern*)
    scanner: re.Pattern[str] | None = None
    # *role_pattern* for text in lower case, matched case-sensitively (None: use role_pattern)
    role_lower: re.Pattern[str] | None = None
    # *scanner* for the names that start with a capital letter, and the names that do not
    # ("the world body", "27-nation bloc"): most texts name none of these, and a pattern
    # whose names all start with a capital is tried at far fewer places
    scanner_upper: re.Pattern[str] | None = None
    lower_names: tuple[str, ...] = ()


@lru_cache(maxsize=8)
def matcher_for(g: Gazetteer) -> EntityMatcher:
    """The :class:`EntityMatcher` of *g* (built once per gazetteer)."""
    table: dict[str, tuple[Entry, str]] = {}
    for e in g.states:
        for n in e.names:
            table.setdefault(n, (e, "name"))
        for n in e.metonyms:
            table.setdefault(n, (e, "metonym"))
        for n in e.demonyms:
            table.setdefault(n, (e, "demonym"))
    for e in g.organizations:
        for n in e.names:
            table.setdefault(n, (e, "name"))
    for e in g.regions:
        if e.kind == "group":
            for n in e.names:
                table.setdefault(n, (e, "name"))
    roles: dict[str, Role] = {}
    for r in g.roles:
        for v in (r.role, *r.variants):
            roles.setdefault(v.casefold(), r)
    role_pattern = trie_regex(sorted(roles), flags=re.IGNORECASE)
    people, people_keys = _people_index(g)
    anaphors = {e.id: frozenset(e.anaphors) for e in g.organizations if e.anaphors}
    nouns = sorted({n for ns in anaphors.values() for n in ns} | set(GENERIC_ORG_ANAPHORS))
    return EntityMatcher(
        pattern=trie_regex(table),
        table=table,
        role_pattern=role_pattern,
        roles=roles,
        anaphor_pattern=re.compile("he " + trie_regex(nouns, whole_words=False).pattern),
        anaphors=anaphors,
        honorifics=frozenset(h.rstrip(".") for h in g.honorifics),
        people=people,
        people_keys=people_keys,
        places=frozenset(n for e in g.regions for n in (*e.names, *e.demonyms)),
        folded_names={k.casefold(): v for k, v in reversed(table.items()) if v[1] == "name"},
        place_heads=frozenset(
            n.split()[0]
            for n in (*table, *(n for e in g.regions for n in (*e.names, *e.demonyms)))
            if " " in n
        ),
        given_names=g.given_names(),
        people_full=_full_name_index(people),
        scanner=trie_scanner(table),
        scanner_upper=trie_scanner(n for n in table if n[:1].isupper()),
        lower_names=tuple(n for n in table if not n[:1].isupper()),
        role_lower=(trie_regex(sorted(roles)) if all(k == k.lower() for k in roles) else None),
    )


def entity_matches(m: EntityMatcher, text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """``m.pattern.finditer(text, lo, hi)``, found faster."""
    if m.scanner is None:
        return m.pattern.finditer(text, lo, hi)
    return word_start_matches(_scanner_for(m, text), text, lo, hi)


@lru_cache(maxsize=4)
def _scanner_for(m: EntityMatcher, text: str) -> re.Pattern[str]:
    """The scanner of *m* for *text*: the one of the names with a capital when *text* holds
    none of the others (at any position the names that can match start with the letter
    there, so the names that never occur change nothing)."""
    assert m.scanner is not None
    if m.scanner_upper is None or any(n in text for n in m.lower_names):
        return m.scanner
    return m.scanner_upper


def _full_name_index(people: dict[str, dict[str, Any]]) -> dict[tuple[str, ...], dict[str, Any]]:
    """Person records by the :func:`name_key` of each word of their names of three words or
    more (shorter names are too easily shared); a key two people share is left out."""
    out: dict[tuple[str, ...], dict[str, Any]] = {}
    shared: set[tuple[str, ...]] = set()
    for form, p in people.items():
        words = form.split()
        if len(words) < 3:
            continue
        key = tuple(name_key(w) for w in words)
        if key in out and out[key] is not p:
            shared.add(key)
        out.setdefault(key, p)
    for key in shared:
        del out[key]
    return out


def _people_index(g: Gazetteer) -> tuple[dict[str, dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    people: dict[str, dict[str, Any]] = {}
    keys: dict[str, list[dict[str, Any]]] = {}
    for p in _load_people(g):
        for n in (p["name"], *p.get("variants", ())):
            people.setdefault(n.casefold(), p)
            surname = n.split()[-1]
            if " " not in n:
                keys.setdefault(name_key(surname), []).append(p)
    return people, keys


def _load_people(g: Gazetteer) -> list[dict[str, Any]]:
    if g.people is not None:
        return [dict(p) for p in g.people]
    from refstance._gazetteer import load_people

    return [dict(p) for p in load_people()]


# ----------------------------------------------------------------------------- names


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """*s* without diacritics, lower-cased: "Selaković" -> "selakovic"."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


_KEY_SUBS = (
    (re.compile(r"[^a-z]"), ""),
    (re.compile(r"kh|q|ck|c(?=[aou])"), "k"),
    (re.compile(r"zh|dzh|j"), "j"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"w"), "v"),
    (re.compile(r"(.)\1+"), r"\1"),
)


_VOWELS_RE = re.compile(r"[aeiouy]")
_DOUBLED_RE = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def name_key(word: str) -> str:
    """A spelling-insensitive key for a name word, so transliterations meet.

    >>> name_key("Toqaev") == name_key("Tokayev")
    True
    >>> name_key("Zelensky") == name_key("Zelenskyy") == name_key("Zelenskiy")
    True
    >>> name_key("Lukashenko") == name_key("Lukashenka")
    True
    """
    s = fold(word)
    for rx, rep in _KEY_SUBS:
        s = rx.sub(rep, s)
    if not s:
        return ""
    head, tail = s[0], s[1:]
    tail = _VOWELS_RE.sub("", tail)
    tail = _DOUBLED_RE.sub(r"\1", tail)
    return head + tail


# ----------------------------------------------------------------------------- stage


def actors(state: ParseState) -> None:
    """Find every actor mention and assemble the actor drafts."""
    m = matcher_for(state.gazetteer)
    text = state.text
    given_at: set[int] = set()  # state names used as a person's given name ("France Bučar")
    for p in state.paragraphs:
        for mm in entity_matches(m, text, p.span.start, p.span.end):
            entry, via = m.table[mm.group()]
            longer = _longer_name(text, p.span.start, mm) if entry.kind == "organization" else None
            if longer is not None:
                # "Popular Democratic Party" is not the "Democratic Party" the gazetteer knows
                start, name = longer
                d = state.actors.get(slug(name))
                if d is None:
                    d = state.actors[slug(name)] = ActorDraft(
                        key=slug(name), name=name, kind=ActorKind.ORGANIZATION
                    )
                d.mentions.append(Mention(span=trusted_span(start, mm.end()), key=d.key, via="name"))
                d.aliases.append(name)
                continue
            if (
                via == "metonym"
                and text[mm.end() + 1 : mm.end() + 2] in METONYM_NAME_INITIALS
                and METONYM_IN_NAME_RE.match(text, mm.end())
            ):
                continue  # "the Minsk Group", "the Oslo Accords": a name, not the state
            if (
                via == "name"
                and entry.kind == "state"
                and text[mm.end() + 1 : mm.end() + 2].isupper()
                and _given_name_at(text, m, mm)
            ):
                given_at.add(mm.start())
                continue  # "Dr. France Bučar": a person's given name, not the state
            d = _entity_draft(state, entry)
            d.mentions.append(Mention(span=trusted_span(mm.start(), mm.end()), key=d.key, via=via))
            d.aliases.append(mm.group())
    runs = [(p, name_runs(text, p.span.start, p.span.end)) for p in state.paragraphs]
    _persons(state, m, runs, given_at)
    _organization_members(state)
    _speaker_labels(state, m)
    _organization_anaphors(state, m)


# the word before a name (an honorific: "Dr.", "Prof.") and the capitalised word after it
_WORD_BEFORE_RE = re.compile(r"([A-Za-z][\w.]*)[ \t]+\Z")
_WORD_AFTER_RE = re.compile(rf"[ \t]+({TOKEN})")


def _given_name_at(text: str, m: EntityMatcher, mm: re.Match[str]) -> bool:
    """Whether the one-word state name at *mm* is a person's given name: an honorific
    before it and a surname after it ("Dr. France Bučar", "Mr Jordan Henderson")."""
    if not text[mm.end() + 1 : mm.end() + 2].isupper() or " " in mm.group():
        return False  # most state names go on with a lower-case word or a comma
    if text[mm.end() : mm.end() + 1] not in (" ", "\t"):
        return False
    before = _WORD_BEFORE_RE.search(text, max(0, mm.start() - 14), mm.start())
    if before is None:
        return False
    word = before.group(1)
    if word not in m.honorifics and word.rstrip(".") not in m.honorifics:
        return False
    after = _WORD_AFTER_RE.match(text, mm.end())
    return after is not None and not _is_stop(m, after.group(1))


# "Kuupik Kleist, leader of the left-wing X party": the organisation a person leads or
# speaks for, named in an apposition (the pattern ends where the organisation's name starts)
MEMBER_OF_RE = re.compile(
    r",[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
    r"(?:leader|spokes(?:man|woman|person)|chair(?:man|woman|person)?|head|president|"
    r"secretary[- ]general|founder|director|coordinator)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
    r"(?:[a-z][\w-]*[ \t]+){0,3}\Z"
)
MEMBER_OF_WORDS = (
    "leader", "spokes", "chair", "head", "president", "secretary", "founder", "director",
    "coordinator",
)  # fmt: skip
# "X party leader Anna Berg", "X leader Anna Berg": the title after the organisation's name
MEMBER_TITLE_AFTER_RE = re.compile(
    r"(?:'s|’s)?[ \t]+(?:party[ \t]+)?(?:leader|spokes(?:man|woman|person)|chair(?:man|woman)?)"
    r"[ \t]+"
)


def _organization_members(state: ParseState) -> None:
    """A person with no affiliation who leads or speaks for an organisation the text names
    right next to the name ("X, a spokesman for the Y campaign", "Y leader X") speaks for it."""
    text = state.text
    by_end: dict[int, ActorDraft] | None = None
    by_start: dict[int, ActorDraft] = {}
    for d in list(state.actors.values()):
        if d.kind is ActorKind.PERSON or d.kind is ActorKind.STATE:
            continue
        for mm in d.mentions:
            if mm.via != "name":
                continue
            a, b = mm.span.start, mm.span.end
            lo = max(0, a - 110)
            before = (
                MEMBER_OF_RE.search(text, lo, a)
                if any(w in text[lo:a] for w in MEMBER_OF_WORDS)
                else None
            )
            after = MEMBER_TITLE_AFTER_RE.match(text, b) if text[b : b + 1] in " '’" else None
            if before is None and after is None:
                continue
            if by_end is None:
                # (a leader or spokesman has the role of one)
                people = [
                    p
                    for p in state.actors.values()
                    if p.kind is ActorKind.PERSON and p.affiliation is None and p.role is not None
                ]
                by_end = {pm.span.end: p for p in people for pm in p.mentions}
                by_start = {pm.span.start: p for p in people for pm in p.mentions}
            person = by_end.get(before.start()) if before is not None else None
            if person is None and after is not None:
                person = by_start.get(after.end())
            if person is not None and person.affiliation is None:
                person.affiliation = d.key


# nouns that refer back to whatever organisation was named last
GENERIC_ORG_ANAPHORS = ("organisation", "organization")
ANAPHOR_END_RE = re.compile(r"[^\w-]|\Z")
ANAPHOR_REACH = 800  # how far back the organisation an anaphor refers to may be named


def _organization_anaphors(state: ParseState, m: EntityMatcher) -> None:
    """"The bloc", "the alliance", "the League", "the organisation": a mention of the
    organisation named last before it, when that one is called so ("the bloc" is the EU or
    ASEAN, not the UN) and is named in the last few sentences."""
    text = state.text
    # "he bloc" (a literal start is fast to search for), then the "t" or "T" before it
    found = list(m.anaphor_pattern.finditer(text))
    if not found:
        return
    orgs = sorted(
        (mm.span.start, d.key)
        for d in state.actors.values()
        if d.kind is ActorKind.ORGANIZATION
        for mm in d.mentions
    )
    starts = [a for a, _ in orgs]
    body = [(p.span.start, p.span.end) for p in state.paragraphs if p.kind is Block.BODY]
    body_starts = [a for a, _ in body]
    for am in found:
        at = am.start() - 1
        if at < 0 or text[at] not in "tT" or text[at - 1 : at].isalnum():
            continue
        if not ANAPHOR_END_RE.match(text, am.end()):
            continue
        j = bisect_right(body_starts, at) - 1
        if j < 0 or am.end() > body[j][1]:
            continue  # body text only
        i = bisect_left(starts, at) - 1
        if i < 0 or at - starts[i] > ANAPHOR_REACH:
            continue
        key = orgs[i][1]
        noun = am.group()[3:]
        if noun not in GENERIC_ORG_ANAPHORS and noun not in m.anaphors.get(key, ()):
            continue
        state.actors[key].mentions.append(
            Mention(span=trusted_span(at, am.end()), key=key, via="anaphor")
        )


# the head noun of an organisation's proper name: "National Dialogue Council"
# (each is in NOT_NAMES: it ends the name of a person)
ORG_HEADS = frozenset(
    """Commission Council Party Committee Front Movement Alliance Bloc League Coalition
    Congress Association Organisation Organization Agency Institute Foundation Network Forum
    Union Centre Center Tribunal Board Authority Observatory Watch Group Federation
    Assembly""".split()
)
# possessive words inside an organisation's name: "Eritrean People's Liberation Front"
NAME_POSSESSIVES = frozenset(
    "People's People’s Peoples' Peoples’ Workers' Workers’ Women's Women’s".split()
)
# words that make a named organisation an armed or rebel group
GROUP_WORDS_RE = re.compile(
    r"\b(?:Liberation|Army|Armed|Rebels?|Resistance|Brigades?|Militia|Mujahideen|Insurgents?)\b"
)
# "Justice and" before "Equality Movement": one name of two coordinated words
AND_BEFORE_RE = re.compile(rf"(?<![\w'’.-])({TOKEN})[ \t]+(?:and|&)[ \t]+\Z")
# "the Organisation of African Unity": the head noun right after the article
THE_BEFORE_RE = re.compile(r"(?:^|(?<=[\s(]))[Tt]he[ \t]+\Z")
TOKEN_RE = re.compile(TOKEN)
# "of Iraq", "of the Republic of Turkey" after the head noun: part of the name
ORG_OF_RE = re.compile(rf"[ \t]+of[ \t]+(?:the[ \t]+)?{TOKEN}(?:[ \t]+(?:of[ \t]+)?{TOKEN}){{0,3}}")
# words that open a clause or a noun phrase, not a name: "The", "His", "In"
ORG_LEADING = frozenset(
    """
    A An The This That These Those There Here It Its He She They We I You Our Your Their His Her
    In On At By For From With Without After Before During Since Until As If When While Where
    Who What Why How But And Or Nor So Yet Also Still Then Thus However Meanwhile Moreover
    According Following Despite Although Though Because Amid Among Under Over About Against
    Between Into Through Across Near Some Many Most All Both Each Every No Not Yes Former New
    """.split()
)
# a council or assembly of a place is a local body (a group), not an organisation
LOCAL_BODY_HEADS = frozenset("Council Commission Committee Board Authority".split())
LOCALITY_WORDS = frozenset(
    """Island Islands Regional Region Municipal Municipality City County Provincial Province
    District Town Local Territorial Autonomous Village Tribal Island's""".split()
)
# words that alone before a head noun make a common name of an institution ("National
# Assembly", "Constitutional Court"), not the proper name of an organisation
ORG_GENERIC = frozenset(
    """
    National Supreme Federal Central High Higher General State Regional Local Joint Executive
    Permanent Special Security Constitutional Election Elections Electoral Interim Transitional
    Provisional Parliamentary Presidential Ruling Opposition European International Global World
    United Republican Democratic People People's Peoples Human Rights Legislative Judicial
    Governing Main Largest Big Major Minor Economic Political Military Foreign Internal
    Federation Soviet
    """.split()
)
# "Golos, an independent election monitor,": a one-word name that an apposition says is an
# organisation
ORG_APPOSITION_START_RE = re.compile(r",[ \t]+(?:an?|the)[ \t]+")
ORG_APPOSITION_RE = re.compile(
    r"(?:(?!(?:of|for|in|at|with|to|from|on|by|and|or|who)\b)[\w’'-]+[ \t]+){0,3}"
    r"(?:monitor|watchdog|group|party|movement|NGO|non-governmental\s+organi[sz]ation|"
    r"organi[sz]ation|agency|association|coalition|alliance|network|foundation|institute|"
    r"think[- ]tank|charity|union|federation|council|committee|commission)s?"
    r"(?=[ \t]*[,.;:)]|[ \t]+(?:that|which|based|founded|set|backed|funded|close|linked)\b)"
)


def _proper_organizations(
    state: ParseState, m: EntityMatcher, heads: list[tuple[int, int, int, int]]
) -> list[tuple[int, int]]:
    """Organisations named by a proper name the gazetteer does not know: a run of capitalised
    words that ends in an organisational head noun ("the Iraqi Islamic Party", "his National
    Dialogue Council"; *heads* holds the run's start, the head's span and the paragraph's end),
    or a one-word name with an apposition that says what it is ("Golos, an independent
    election monitor,"). A state named inside the name is part of it."""
    text = state.text
    found: list[tuple[int, int, str, ActorKind]] = []
    for run_lo, h_lo, h_hi, hi in heads:
        words = text[run_lo:h_lo].split()[-5:]
        found.extend(_org_before_head(text, m, hi, words, h_lo, h_hi))
    body: list[tuple[int, int]] = []
    body_starts: list[int] = []
    for am in ORG_APPOSITION_START_RE.finditer(text):
        if not body:
            body = [(p.span.start, p.span.end) for p in state.paragraphs if p.kind is Block.BODY]
            body_starts = [a for a, _ in body]
        j = bisect_right(body_starts, am.start()) - 1
        if j < 0 or am.start() >= body[j][1]:
            continue
        lo, hi = body[j]
        words = _words_before(text, lo, am.start(), 1)
        if not words or not ORG_APPOSITION_RE.match(text, am.end(), hi):
            continue
        name = words[0]
        if _is_stop(m, name) or name in m.given_names or name.casefold() in m.people:
            continue
        found.append((am.start() - len(name), am.start(), name, ActorKind.ORGANIZATION))
    found.extend(_lower_head_organizations(state, m))
    if not found:
        return []
    known = [(mm.span.start, mm.span.end, d) for d in state.actors.values() for mm in d.mentions]
    spans: list[tuple[int, int]] = []
    new_heads: list[tuple[int, str, str]] = []  # (start, head noun, key) of each new name
    for start, end, name, kind in found:
        near = [(a, b, d) for a, b, d in known if a < end and start < b]
        if any(d.kind is ActorKind.ORGANIZATION for _a, _b, d in near):
            continue  # the gazetteer knows it ("UN Security Council", "Party of Regions")
        for _a, _b, inner in near:
            # "Iraqi" in "the Iraqi Islamic Party" is part of the name, no mention of Iraq
            inner.mentions = [mm for mm in inner.mentions if not (start <= mm.span.start < end)]
        key = slug(name)
        org = state.actors.get(key)
        if org is None:
            org = state.actors[key] = ActorDraft(key=key, name=name, kind=kind)
        org.mentions.append(Mention(span=trusted_span(start, end), key=key, via="name"))
        org.aliases.append(name)
        lower_head = LOWER_HEAD_RE.match(text, end) if text[end : end + 1] == " " else None
        if lower_head is not None:
            org.aliases.append(name + lower_head.group())  # "Atassut party"
        spans.append((start, end))
        head = name.split(" of ")[0].split()[-1]
        if head in ORG_HEADS:
            new_heads.append((start, head, key))
    if new_heads:
        _proper_anaphors(state, new_heads)
    return spans


# "the Assembly", "The Front" after the organisation of that head noun was named: not a
# different body ("the Assembly of Kosovo") or a longer name ("the Assembly Hall")
def _proper_anaphors(state: ParseState, heads: list[tuple[int, str, str]]) -> None:
    """Mentions of organisations found by their head noun: "the Assembly" refers back to the
    "Assembly of the Republic of Slovenia" named before it."""
    text = state.text
    words = sorted({h for _s, h, _k in heads if f"he {h}" in text})
    if not words:
        return
    rx = re.compile(
        r"(?<![\w-])[Tt]he[ \t]+(" + "|".join(words) + r")\b(?![ \t]+(?:of\b|[A-Z]))(?!['’-])"
    )
    heads.sort()
    body = [(p.span.start, p.span.end) for p in state.paragraphs if p.kind is Block.BODY]
    for am in rx.finditer(text):
        j = bisect_right(body, (am.start(), len(text))) - 1
        if j < 0 or am.end() > body[j][1]:
            continue  # body text only
        last = None
        for start, head, key in heads:
            if start >= am.start():
                break
            if head == am.group(1):
                last = key
        if last is None:
            continue
        d = state.actors[last]
        span = trusted_span(am.start(), am.end())
        if all(mm.span.end <= am.start() or mm.span.start >= am.end() for mm in d.mentions):
            d.mentions.append(Mention(span=span, key=last, via="anaphor"))


# "the left-wing Inuit Ataqatigiit party", "the Save the 8th campaign": a proper name before a
# lower-case head noun, after an article or a possessive and a few lower-case words
LOWER_HEAD_RE = re.compile(r"[ \t](?:party|campaign|movement)\b")
LOWER_HEAD_NAME_RE = re.compile(
    rf"""
    (?:^|(?<=[\s(]))(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)[ \t]+
    (?:[a-z][\w-]*[ \t]+){{0,3}}?                     # "left-wing", "unionist"
    (?P<name>{TOKEN}(?:[ \t]+(?:(?:the|of|for)[ \t]+)?(?:{TOKEN}|\d+(?:st|nd|rd|th)?)){{0,3}})
    \Z
    """,
    re.VERBOSE,
)


def _lower_heads(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`LOWER_HEAD_RE` in *text*, found by their literal words first
    (a literal search is many times faster than a pattern that starts with a space)."""
    for word in (" party", " campaign", " movement"):
        at = text.find(word)
        while at != -1:
            hm = LOWER_HEAD_RE.match(text, at)
            if hm is not None:
                yield hm
            at = text.find(word, at + len(word))


def _lower_head_organizations(
    state: ParseState, m: EntityMatcher
) -> list[tuple[int, int, str, ActorKind]]:
    """Parties and campaigns named before a lower-case head noun: "the unionist Atassut
    party", "a spokesman for the Save the 8th campaign". A campaign needs a name of two words
    or more ("the Smith campaign" is a person's); the sides of a vote ("the No campaign"),
    demonyms and common words name no organisation."""
    text = state.text
    out: list[tuple[int, int, str, ActorKind]] = []
    body: list[tuple[int, int]] | None = None
    for hm in _lower_heads(text):
        at = hm.start()
        j = text.rfind(" ", max(0, at - 40), at)
        prev = text[j + 1 : at]
        if not (prev[:1].isupper() or prev[:1].isdigit()):
            continue  # "the ruling party", "his own campaign": no name before the noun
        if (_is_stop(m, prev) or prev in ORG_GENERIC) and not text[
            text.rfind(" ", max(0, j - 40), j) + 1 : j
        ][:1].isupper():
            continue  # "the Labour party", "the Kurdish movement": one common word
        if body is None:
            body = [(p.span.start, p.span.end) for p in state.paragraphs if p.kind is Block.BODY]
        j = bisect_right(body, (at, len(text))) - 1
        if j < 0 or at >= body[j][1]:
            continue  # body text only
        lo = body[j][0]
        nm = LOWER_HEAD_NAME_RE.search(text, max(lo, at - 80), at)
        if nm is None:
            continue
        name = nm.group("name")
        words = name.split()
        caps = [w for w in words if w[:1].isupper()]
        if POSSESSIVE_RE.search(words[-1]) or words[0] in m.given_names:
            continue
        if all(w in NOT_NAMES or w in m.table or w in m.places or w in ORG_GENERIC for w in caps):
            continue  # "the Conservative party", "the No campaign", "the Kurdish movement"
        if hm.group().strip() != "party" and len(words) < 2:
            continue  # "the Trump campaign"
        if name.casefold() in m.people or f"{name} party".casefold() in m.folded_names:
            continue
        kind = ActorKind.GROUP if GROUP_WORDS_RE.search(name) else ActorKind.ORGANIZATION
        out.append((nm.start("name"), at, name, kind))
    return out


def _words_before(text: str, lo: int, at: int, most: int) -> list[str]:
    """The capitalised words (at most *most*) that end at *at*, each one space apart, not
    before *lo*: "Golos" before ", an independent monitor"."""
    win = max(lo, at - 16 * most)
    parts = text[win:at].split(" ")
    if win > lo and not text[win - 1].isspace():
        parts = parts[1:]  # the window cut the first word
    words: list[str] = []
    for w in reversed(parts[-most:]):
        if not TOKEN_RE.fullmatch(w):
            break
        words.append(w)
    words.reverse()
    return words


def _org_before_head(
    text: str, m: EntityMatcher, hi: int, words: list[str], h_lo: int, h_hi: int
) -> list[tuple[int, int, str, ActorKind]]:
    """The organisation whose name ends in the head noun at [h_lo, h_hi), with the capitalised
    *words* before it ("Iraqi Islamic" before "Party") and an "of Iraq" after it."""
    cut = max(
        (
            i + 1
            for i, w in enumerate(words)
            if w in ORG_LEADING or (POSSESSIVE_RE.search(w) and w not in NAME_POSSESSIVES)
        ),
        default=0,
    )  # "The", "Iraq's", "As" in a headline: the name starts after them
    words = words[cut:]
    if not words and (
        text[h_hi : h_hi + 4] not in (" of ", "\tof ")
        or not THE_BEFORE_RE.search(text, max(0, h_lo - 5), h_lo)
    ):
        return []
    om = ORG_OF_RE.match(text, h_hi, hi)
    if om is not None and om.group().rstrip().endswith(("'s", "’s")):
        om = None
    if not words:
        # "the Organisation of African Unity", "the Assembly of the Republic of Slovenia"
        if om is None:
            return []
        start = h_lo
    else:
        if om is None and all(w in ORG_GENERIC or w in m.table or w in m.places for w in words):
            return []  # "the National Assembly" names no one in particular
        if words[0] in m.given_names or words[0] in m.honorifics:
            return []  # "Margaret Court": a person
        start = h_lo - len(" ".join(words)) - 1
        if text[start:h_lo].split() != words:
            return []  # tabs or double spaces between the words: leave it
        am = AND_BEFORE_RE.search(text, max(0, start - 30), start)
        if am is not None:
            first = am.group(1)
            if not (
                first in ORG_LEADING
                or first in m.table
                or first in m.given_names
                or POSSESSIVE_RE.search(first)
            ):
                start = am.start()  # "the Justice and Equality Movement"
    end = om.end() if om is not None else h_hi
    kind = ActorKind.ORGANIZATION
    if GROUP_WORDS_RE.search(text, start, end):
        kind = ActorKind.GROUP  # "the Sudan Liberation Movement": an armed group
    if text[h_lo:h_hi] in LOCAL_BODY_HEADS and any(
        w in LOCALITY_WORDS or w in m.places for w in words
    ):
        kind = ActorKind.GROUP  # "the Saltmarsh Island Council": a local body, no organisation
    return [(start, end, text[start:end], kind)]


# "MARIANO RAJOY (translated): ...", "PETERS: ...", "Q: ..." — a speaker label at a
# paragraph's start (or, in a round-up, a section label: "AFRICAN UNION: ...")
# An interview may label turns with the surname in title case ("Pierluisi: ..."): such a
# label counts only when it names a person
LABEL_RE = re.compile(
    r"(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,3}|Q|A"
    r"|[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:[ \t]+[A-ZÀ-Þ][a-zß-ÿ'’-]+){0,2})"
    r"(?:[ \t]*\([^)\n]{1,30}\))?[ \t]*:[ \t]"
)
# labels of the piece's own voice: the interviewer's questions are no one's statements
NARRATOR_LABELS = frozenset(
    "Q QUESTION INTERVIEWER INTERVIEWERS ANCHOR HOST PRESENTER REPORTER CORRESPONDENT "
    "MODERATOR JOURNALIST EDITOR NARRATOR".split()
)
ANSWER_LABELS = frozenset({"A", "ANSWER"})


NARRATOR_RE = re.compile(r"journalist|reporter|correspondent|presenter|anchor|host|editor", re.I)


def label_person(state: ParseState, m: EntityMatcher, name: str) -> str | None:
    """The key of the person a speaker label names, when that person is well known or is
    named in the text too; a presenter or correspondent is neither."""
    proper = " ".join(w.capitalize() if w.isupper() else w for w in name.split())
    known = m.people.get(proper.casefold())
    key = _slug(known["name"]) if known else _slug(proper)
    d = state.actors.get(key)
    if d is not None and d.kind is not ActorKind.PERSON:
        return None  # "AFRICAN UNION:": a section label, see label_speaker
    if d is None and known is None and " " not in proper:
        # "PETERS:": the surname of a person the text names
        word = fold(proper)
        same = [
            p for p in state.actors.values()
            if p.kind is ActorKind.PERSON and " " in p.name and fold(p.name.split()[-1]) == word
        ]
        d = same[0] if len(same) == 1 else None
        key = d.key if d is not None else key
    titles = [str(p.get("role", "")) for p in known.get("posts", ())] if known else []
    if d is not None:
        titles += [d.role or "", *d.titles]
    if any(NARRATOR_RE.search(t) for t in titles):
        return None  # the presenter's or the correspondent's words are the piece's own
    if d is not None:
        return key
    if known is None:
        return None
    d = ActorDraft(key=key, name=known["name"], kind=ActorKind.PERSON)
    d.aliases.extend(known.get("variants", ()))
    _apply_known(state, d, known)
    state.actors[key] = d
    return key


def label_speaker(
    state: ParseState, m: EntityMatcher, name: str, at: int
) -> tuple[str | None, str]:
    """What the label *name* at offset *at* stands for: ``(key, "person")`` for a speaker's
    turn (a named person, or under "A:" the interviewee introduced before the first
    question), ``(key, "entity")`` for a round-up's section label naming a state or an
    organisation (the paragraph is narrative), ``(None, "narrator")`` for the piece's own
    voice, ``(None, "")`` for anything else."""
    if name in NARRATOR_LABELS:
        return None, "narrator"
    if name in ANSWER_LABELS:
        key = _interviewee(state, at)
        return key, "person" if key else ""
    key = label_person(state, m, name)
    if key is not None:
        return key, "person"
    if not name.isupper():
        return None, ""  # "Results: ...": a title-case label is a person's or nothing
    proper = " ".join(w.capitalize() if w.isupper() else w for w in name.split())
    hit = m.table.get(name) or m.table.get(proper)
    if hit is None:
        hit = m.folded_names.get(proper.casefold())
    if hit is None:
        return None, ""
    return _entity_draft(state, hit[0]).key, "entity"


def _interviewee(state: ParseState, at: int) -> str | None:
    """The person a Q&A introduces: the last one named before its first question."""
    text = state.text
    first_q = next(
        (
            p.span.start
            for p in state.paragraphs
            if p.kind is Block.BODY and text.startswith(("Q:", "Q: ", "QUESTION:"), p.span.start)
        ),
        None,
    )
    if first_q is None or first_q > at:
        return None  # no question before: "A:" is no answer
    best: tuple[int, str] | None = None
    for d in state.actors.values():
        if d.kind is not ActorKind.PERSON or any(NARRATOR_RE.search(t) for t in d.titles):
            continue
        for mm in d.mentions:
            if mm.span.start < first_q and (best is None or mm.span.start > best[0]):
                best = (mm.span.start, d.key)
    return best[1] if best else None


def _speaker_labels(state: ParseState, m: EntityMatcher) -> None:
    text = state.text
    for p in state.paragraphs:
        if p.kind is not Block.BODY and p.kind is not Block.TITLE:
            continue
        lm = LABEL_RE.match(text, p.span.start, p.span.end)
        if lm is None:
            continue
        key, kind = label_speaker(state, m, lm.group("name"), p.span.start)
        if key is None:
            continue
        state.actors[key].mentions.append(
            Mention(span=trusted_span(lm.start("name"), lm.end("name")), key=key, via="label")
        )
        if kind == "entity":
            _section_members(state, key, lm.end(), p.span.end)


def _section_members(state: ParseState, key: str, lo: int, hi: int) -> None:
    """In a round-up's section ("ARAB LEAGUE: Secretary-General Amr Moussa said ..."), a
    person with a title and no other affiliation, named in its first sentence, speaks for
    the section's state or organisation."""
    entity = state.actors[key]
    hi = min(hi, lo + 160)
    for d in state.actors.values():
        if d.kind is not ActorKind.PERSON or d.affiliation is not None or d.role is None:
            continue
        if not any(lo <= mm.span.start < hi for mm in d.mentions):
            continue
        if entity.kind is ActorKind.ORGANIZATION and not ORG_HEAD_RE.search(d.role):
            continue
        d.affiliation = key


# (not from inside a hyphenated word: "the pro-German Democratic Party of the Saar")
NAME_BEFORE_RE = re.compile(rf"(?<![\w'’-])(?:{TOKEN}[ \t]){{1,3}}\Z")


def _longer_name(text: str, lo: int, mm: re.Match[str]) -> tuple[int, str] | None:
    """A proper name that ends in a known organisation's name but is longer than it:
    "Popular Democratic Party", "New Progressive Party". None when the words before are a
    sentence start, a title or an article ("The Democratic Party", "Italy's Democratic Party")."""
    before = NAME_BEFORE_RE.search(text, max(lo, mm.start() - 40), mm.start())
    if before is None:
        return None
    words = before.group().split()
    while words and (words[0] in NOT_NAMES or words[0].endswith(("'s", "’s"))):
        words.pop(0)
    if not words:
        return None
    start = mm.start() - len(" ".join(words)) - 1
    return start, f"{' '.join(words)} {mm.group()}"


def _entity_draft(state: ParseState, entry: Entry) -> ActorDraft:
    d = state.actors.get(entry.id)
    if d is None:
        d = ActorDraft(key=entry.id, name=entry.name, kind=entry.actor_kind, country=entry.country)
        state.actors[entry.id] = d
    return d


@attrs.define
class _Candidate:
    start: int
    end: int
    words: list[str]
    cue: bool  # a title or honorific stands right before it
    incidental: bool
    role: Role | None = None
    role_text: str | None = None
    state_key: str | None = None
    org_key: str | None = None  # the organisation a head or spokesperson speaks for


class _Sentences:
    """The sentence boundaries of one block, found at first use."""

    __slots__ = ("_ends", "_starts", "hi", "lo", "text")

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self.text, self.lo, self.hi = text, lo, hi
        self._ends: list[tuple[int, int]] | None = None
        self._starts: list[int] = []

    def around(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around [start, end), at most 300 characters out."""
        if self._ends is None:
            self._ends = sentence_ends(self.text, self.lo, self.hi)
            self._starts = [a for a, _ in self._ends]
        lo, hi = max(self.lo, start - 300), min(self.hi, end + 300)
        s = lo
        i = bisect_left(self._starts, start) - 1
        if i >= 0 and self._ends[i][0] >= lo and self._ends[i][1] <= min(hi, start + 3):
            s = self._ends[i][1]
        j = bisect_left(self._starts, end)
        e = hi
        if j < len(self._ends) and self._ends[j][1] <= hi:
            e = self._ends[j][0]
        return s, e


def sentence_ends(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of ``SENTENCE_END_RE.finditer(text, lo, hi)``: each starts right after a
    ".", "!" or "?" and holds only a quotation mark and spaces, so no two overlap and each is
    found by matching where the cheap pattern without look-behinds finds one."""
    out: list[tuple[int, int]] = []
    match = SENTENCE_END_RE.match
    for cm in _SENTENCE_END_CUE_RE.finditer(text, max(0, lo - 1), hi):
        sm = match(text, cm.start() + 1, hi)
        if sm is not None:
            out.append((sm.start(), sm.end()))
    return out


def _persons(
    state: ParseState,
    m: EntityMatcher,
    runs: list[tuple[Paragraph, list[re.Match[str]]]],
    given_at: set[int],
) -> None:
    text = state.text
    cands: list[_Candidate] = []
    heads: list[tuple[int, int, int, int]] = []  # organisation head nouns inside runs
    stop_words = m.stop_words
    for p, pruns in runs:
        if not pruns:
            continue
        incidental = p.kind in (Block.CAPTION, Block.META)
        p_end = p.span.end
        sentences = _Sentences(text, p.span.start, p_end)
        # (a headline in title case is one long run of capitalised words: no names there)
        pheads = heads if p.kind is Block.BODY else None
        for run in pruns:
            word = run.group()
            if " " not in word and "\t" not in word:
                # a lone title or common word (most runs), as _split_run would find it
                stop = stop_words.get(word)
                if stop is None:
                    stop = _is_stop(m, word)
                if stop:
                    if (
                        pheads is not None
                        and word in ORG_HEADS
                        and text.startswith(" of ", run.end())
                    ):
                        pheads.append((run.start(), run.start(), run.end(), p_end))
                    continue
            found = _split_run(state, m, run, sentences, incidental, pheads, p_end, given_at)
            if found:
                cands.extend(found)
    org_spans = _proper_organizations(state, m, heads)
    if org_spans:
        # "Independent Electoral" in "the Independent Electoral Commission" is no person
        cands = [c for c in cands if not any(a <= c.start < b for a, b in org_spans)]
    # "African Unity" inside "the Organisation of African Unity", a name the gazetteer knows
    inside = sorted(
        (mm.span.start, mm.span.end)
        for d in state.actors.values()
        if d.kind is ActorKind.ORGANIZATION
        for mm in d.mentions
        if text.find(" ", mm.span.start, mm.span.end) != -1
    )
    if inside and cands:
        inside_starts = [a for a, _b in inside]
        cands = [c for c in cands if not _inside_entity(inside, inside_starts, c)]
    # full names first, so that a surname can refer back to them
    people: dict[str, ActorDraft] = {}
    by_surname: dict[str, str] = {}
    exact_surname: dict[str, str] = {}
    for c in sorted(cands, key=lambda c: -len(c.words)):
        if len(c.words) < 2:
            continue
        full = " ".join(c.words)
        known = m.people.get(full.casefold())
        if known is None and len(c.words) >= 3:
            known = m.people_full.get(tuple(name_key(w) for w in c.words))
        key = _person_key(known, full, people, by_surname)
        d = people.get(key)
        if d is None:
            d = ActorDraft(key=key, name=(known or {}).get("name", full) if known else full,
                           kind=ActorKind.PERSON)
            if known:
                d.aliases.extend(known.get("variants", ()))
                _apply_known(state, d, known)
            people[key] = d
            by_surname.setdefault(name_key(c.words[-1]), key)
        exact_surname.setdefault(_surname_fold(c.words[-1]), key)
        d.aliases.append(full)
        d.aliases.append(c.words[-1])
        _add_mention(d, c)
    for c in cands:
        if len(c.words) != 1:
            continue
        word = c.words[0]
        k = name_key(word)
        key = exact_surname.get(_surname_fold(word), "")
        if not key and len(k) >= 3:
            key = by_surname.get(k, "")
        if key and _surname_fold(people[key].name.split()[-1])[:2] != _surname_fold(word)[:2]:
            key = ""
        if not key:
            # a well-known person by surname: the spelling listed, or a transliteration of
            # it after a title ("President Zelenskyy")
            known = m.people.get(word.casefold())
            if known is None and c.cue and len(k) >= 3:
                known_list = [
                    p for p in m.people_keys.get(k, ()) if fold(p["name"].split()[-1])[:2] == fold(word)[:2]
                ]
                known = known_list[0] if len(known_list) == 1 else None
            if known is None and not c.cue:
                continue
            if known is not None:
                key = _slug(known["name"])
                if key not in people:
                    d = ActorDraft(key=key, name=known["name"], kind=ActorKind.PERSON)
                    d.aliases.extend(known.get("variants", ()))
                    _apply_known(state, d, known)
                    people[key] = d
                by_surname.setdefault(k, key)
            else:
                key = _slug(word)
                if key not in people:
                    people[key] = ActorDraft(key=key, name=word, kind=ActorKind.PERSON)
                by_surname.setdefault(k, key)
        d = people[key]
        d.aliases.append(word)
        _add_mention(d, c)
    for key, d in people.items():
        if key in state.actors:  # a person named like a known entity: keep the entity
            continue
        if not d.titles and d.gender is None and all(
            PLACE_PREPOSITION_RE.search(text, max(0, mm.span.start - 12), mm.span.start)
            for mm in d.mentions
        ):
            continue  # "speaking at Palazzo Chigi": a place, not a person
        d.incidental = all(getattr(mm, "via", "") == "caption" for mm in d.mentions)
        if any(OWN_GOVERNMENT_RE.match(text, mm.span.end) for mm in d.mentions):
            d.relevant = True  # "Erdogan's government backed the plan": his government acts
        if d.gender is None and " " in d.name:
            # a well-known given name tells "she" from "he"
            d.gender = m.given_names.get(d.name.split()[0])
        state.actors[key] = d


def _inside_entity(spans: list[tuple[int, int]], starts: list[int], c: _Candidate) -> bool:
    """Whether candidate *c* lies inside a longer entity name of *spans* (sorted)."""
    i = bisect_right(starts, c.start) - 1
    while i >= 0 and c.start - starts[i] < 120:
        a, b = spans[i]
        if a <= c.start and c.end <= b and b - a > c.end - c.start:
            return True
        i -= 1
    return False


ARTICLE_PREFIX_RE = re.compile(r"\A(?:al|el)-")


@lru_cache(maxsize=65536)
def _surname_fold(word: str) -> str:
    """A surname folded, without its Arabic article: "El-Bashir" and "al-Bashir" meet."""
    return ARTICLE_PREFIX_RE.sub("", fold(word))


@lru_cache(maxsize=65536)
def _slug(name: str) -> str:
    """:func:`slug`, memoised: the same names recur in every article."""
    return slug(name)


def _person_key(
    known: dict[str, Any] | None, full: str, people: dict[str, ActorDraft], by_surname: dict[str, str]
) -> str:
    if known is not None:
        return _slug(known["name"])
    words = full.split()
    existing = by_surname.get(name_key(words[-1]))
    if existing is not None:
        d = people[existing]
        first = d.name.split()[0]
        if name_key(first)[:1] == name_key(words[0])[:1] or len(d.name.split()) == 1:
            return existing
    return _slug(full)


def _apply_known(state: ParseState, d: ActorDraft, known: dict[str, Any]) -> None:
    d.gender = known.get("gender")
    year = state.published.year if state.published else None
    # the latest post first, unless the article's year says which one was held
    posts = sorted(known.get("posts", ()), key=lambda p: -(p.get("from") or 0))
    d.titles.extend(str(p["role"]).lower() for p in posts if p.get("role"))
    if year is None:
        posts = posts[:1]  # without the article's year, only the latest post counts
    if year is not None:
        dated = [
            p for p in posts if (p.get("from") or 0) <= year <= (p.get("to") or 9999)
        ]
        if not dated:
            # out of office in the article's year: a former minister speaks for nobody
            d.role = d.role or (str(posts[0].get("role")) if posts else None)
            return
        posts = dated
    for post in posts:
        if post.get("speaks_for_state", True) and post.get("country"):
            entry = state.gazetteer.state_by_code(post["country"])
            if entry is not None:
                if d.affiliation is None:
                    _entity_draft(state, entry)  # the state may go unnamed: "President Biden"
                d.affiliation = d.affiliation or entry.id
                d.role = d.role or post.get("role")
                d.country = d.country or entry.country
                break
        d.role = d.role or post.get("role")


def _add_mention(d: ActorDraft, c: _Candidate) -> None:
    d.mentions.append(
        Mention(span=trusted_span(c.start, c.end), key=d.key, via="caption" if c.incidental else "name")
    )
    if c.role is not None:
        d.titles.append(c.role.role.lower())
        if d.role is None:
            d.role = c.role.role
    if c.state_key and d.affiliation is None and c.role is not None and c.role.speaks_for_state:
        d.affiliation = c.state_key
    if c.org_key and d.affiliation is None:
        d.affiliation = c.org_key


def _is_stop(m: EntityMatcher, w: str) -> bool:
    """A capitalised word that is not part of a person's name: a title, an entity, a place."""
    hit = m.stop_words.get(w)
    if hit is None:
        if len(m.stop_words) > 200_000:
            m.stop_words.clear()  # bounded: a corpus of millions of articles has many names
        hit = m.stop_words[w] = _stop(m, w)
    return hit


def _stop(m: EntityMatcher, w: str) -> bool:
    bare = POSSESSIVE_RE.sub("", w).rstrip(".,")
    if INITIALS_RE.match(w) and w not in m.table and bare not in m.table:
        return False  # "H.W." in "George H.W. Bush" (but "U.S." names a state)
    return (
        bare in NOT_NAMES
        or bare in m.honorifics
        or bare.casefold() in m.roles
        or bare in m.table
        or bare in m.places
        or w in m.table
        or (bare.isupper() and len(bare) > 1)
        or ("-" in bare and _hyphen_stop(m, bare))  # "Russia-backed", "Union-United"
    )


def _hyphen_stop(m: EntityMatcher, bare: str) -> bool:
    parts = bare.split("-")
    if parts[0] in m.table:
        return True  # "Russia-backed"
    # "African Union-United Nations": names of entities joined, no double-barrelled surname
    return all(p[:1].isupper() for p in parts) and any(
        p in NOT_NAMES or p in m.table for p in parts
    )


def _is_date_word(text: str, at: int, word: str) -> bool:
    """A month name used in a date ("May 23", "25 Sep"), not a name ("Theresa May")."""
    if word.rstrip(".,") not in MONTH_NAMES:
        return False
    after = text[at + len(word) : at + len(word) + 4]
    before = text[max(0, at - 4) : at]
    return bool(_DAY_AFTER_RE.match(after) or _DAY_BEFORE_RE.search(before))


_NO_POSITIONS: frozenset[int] = frozenset()
_DAY_AFTER_RE = re.compile(r"\.?\s+\d")
_DAY_BEFORE_RE = re.compile(r"\d\s+\Z")


def _split_run(
    state: ParseState,
    m: EntityMatcher,
    run: re.Match[str],
    sentences: _Sentences,
    incidental: bool,
    heads: list[tuple[int, int, int, int]] | None = None,
    para_end: int = 0,
    given_at: set[int] | None = None,
) -> list[_Candidate]:
    """Person-name candidates inside a run of capitalised words, with the title before them.

    The run is cut at titles, known entities and common words; each piece of one to four
    words is a candidate, marked ``cue`` when a title or honorific stands right before it
    ("Tory Scotland Secretary David Mundell" gives "David Mundell", after a title).
    """
    word = run.group()
    if " " not in word and "\t" not in word and _is_stop(m, word):
        if heads is not None and word in ORG_HEADS and state.text.startswith(" of ", run.end()):
            # "the Organisation of African Unity": a head noun alone, see _org_before_head
            heads.append((run.start(), run.start(), run.end(), para_end))
        return []  # a lone title or common word: most runs are "The", "In", "President"
    # the run's words are one space or tab apart (see NAME_RUN_RE)
    toks = (word.replace("\t", " ") if "\t" in word else word).split(" ")
    base = run.start()
    offsets: list[int] = []  # of each word in the text
    at = base
    for w in toks:
        offsets.append(at)
        at += len(w) + 1
    text = state.text
    given = given_at or _NO_POSITIONS
    if given and not any(base <= a < run.end() for a in given):
        given = _NO_POSITIONS
    # whether each word cuts the run: a title, an entity, a common word, a month in a date
    # (``(_is_stop(m, w) and not (given and o in given)) or _is_date_word(text, o, w)``)
    stop_words = m.stop_words
    cuts: list[bool] = []
    for w, o in zip(toks, offsets, strict=True):
        cut = stop_words.get(w)
        if cut is None:
            cut = _is_stop(m, w)
        if cut and given and o in given:
            cut = False
        if not cut and w.rstrip(".,") in MONTH_NAMES:
            cut = _is_date_word(text, o, w)
        cuts.append(cut)
    pieces: list[tuple[int, int, bool]] = []  # token index range and whether a title precedes
    k = 0
    n = len(toks)
    cue = False
    while k < n:
        if cuts[k]:
            w = toks[k]
            whole = w[:-2] if w.endswith(_POSSESSIVE_ENDS) else w
            bare = whole.rstrip(".")
            if heads is not None and bare in ORG_HEADS:
                # "Iraqi Islamic Party": an organisation's name, see _proper_organizations
                heads.append((base, offsets[k], offsets[k] + len(whole), para_end))
            cue = bare in PERSON_CUES or bare in m.honorifics or bare.casefold() in m.roles
            k += 1
            continue
        start_k = k
        while k < n and not cuts[k]:
            k += 1
            if toks[k - 1].endswith(_POSSESSIVE_ENDS):
                break  # "Churchill's words": the name ends at the possessive
        pieces.append((start_k, k, cue))
        cue = False
    out: list[_Candidate] = []
    for i, j, has_cue in pieces:
        while j > i and toks[j - 1][-1] == "." and INITIALS_RE.match(toks[j - 1]):
            j -= 1  # initials end no name: "Plan B." is no person
        if j == i:
            continue
        words = [w[:-2] if w.endswith(_POSSESSIVE_ENDS) else w for w in toks[i:j]]
        if sum(1 for w in words if w[:1].isupper()) > 4:
            continue  # particles ("de la") do not count
        if any(_not_name_word(w) for w in words):
            continue
        if len(words) > 1 and words[0] in m.place_heads:
            joined = " ".join(words)
            if joined in m.places or joined in m.table:
                continue  # a region or a state the gazetteer knows is no person
        c = _Candidate(
            start=offsets[i],
            end=offsets[j - 1] + len(words[-1]),
            words=words,
            cue=has_cue,
            incidental=incidental,
        )
        _roles_around(state, m, c, sentences)
        out.append(c)
    return out


# what POSSESSIVE_RE finds (at the end of a word, which holds no line break)
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")


@lru_cache(maxsize=65536)
def _not_name_word(w: str) -> bool:
    """A word too short or without a lower-case letter to be part of a name ("UN", "X"),
    other than an Irish particle or initials."""
    return (
        (len(w) < 2 or not any(ch.islower() for ch in w))
        and w not in IRISH_PARTICLES
        and not INITIALS_RE.match(w)
    )


_APPOSITION_RE = re.compile(r"\s*,\s*(?:the\s+|a\s+)?([^,.;:()]{2,80})")


def _last_role(
    state: ParseState, m: EntityMatcher, lo: int, hi: int
) -> tuple[int, Role, str] | None:
    """The last match of ``m.role_pattern`` in ``text[lo:hi]`` (a slice: a role word cut at
    *lo* counts, as in the plain way): its offset in the text, its role and its words."""
    text = state.text
    low = state.lowered() if m.role_lower is not None else None
    if m.role_lower is None or low is None:
        best: tuple[int, Role, str] | None = None
        for rm in m.role_pattern.finditer(text[lo:hi]):
            best = (lo + rm.start(), m.roles[rm.group().casefold()], rm.group())
        return best
    last = None
    for rm in m.role_lower.finditer(low[lo:hi]):
        last = rm
    if last is None:
        return None
    words = text[lo + last.start() : lo + last.end()]
    return lo + last.start(), m.roles[words.casefold()], words


def _roles_around(state: ParseState, m: EntityMatcher, c: _Candidate, sentences: _Sentences) -> None:
    """Role and state of a person from the words just before or after the name."""
    text = state.text
    lo = sentences.lo
    s_lo, s_hi = sentences.around(c.start, c.end)
    left_lo = max(s_lo, c.start - 80)
    best = _last_role(state, m, left_lo, c.start)
    window_lo = left_lo
    window_hi = c.start
    if best is None:
        # an apposition after the name: "Nurlan Abdirov, the chairman of ..."
        # (_APPOSITION_RE needs a comma after spaces, and \s is str.isspace: most names have
        # neither after them)
        nxt = text[c.end : c.end + 1]
        am = (
            _APPOSITION_RE.match(text[c.end : min(s_hi, c.end + 90)])
            if nxt == "," or nxt.isspace()
            else None
        )
        if am:
            for rm in m.role_pattern.finditer(am.group(1)):
                best = (c.end + am.start(1) + rm.start(), m.roles[rm.group().casefold()], rm.group())
                # the state is named before the title or right after it ("president of
                # Iraq"), not later in the clause ("... despite pressure from Baghdad")
                window_lo = c.end
                window_hi = min(c.end + am.end(), c.end + am.start(1) + rm.end() + 25)
                break
    if best is None:
        return
    pos, role, role_text = best
    gap = text[pos + len(role_text) : c.start] if pos < c.start else ""
    of_state = OF_ENTITY_RE.fullmatch(gap)
    if (
        pos < c.start
        and len(gap) > 3
        and not m.pattern.fullmatch(gap.strip(" ,"))
        and not (of_state and of_state.group("entity") in m.table)
    ):
        # "The Premier will go up to Colle": a title far from the name is not its title
        return
    c.role, c.role_text = role, role_text.lower()
    c.cue = True
    # "Foreign Minister Ilze Berzina of Latvia", "the foreign minister of Latvia, Ilze Berzina"
    after_of = OF_ENTITY_RE.match(text, c.end)
    for om in (of_state, after_of):
        if om is not None and om.group("entity") in m.table:
            entry = m.table[om.group("entity")][0]
            if entry.kind == "state":
                c.state_key = entry.id
                return
    # the state nearest to the role inside the window
    if pos < c.start:
        window_lo = max(left_lo, pos - 40)
        window_hi = c.start
    near: tuple[int, Entry] | None = None
    org: Entry | None = None
    org_adjacent = False
    org_start = 0
    for em in entity_matches(m, text, window_lo, window_hi):
        entry, _via = m.table[em.group()]
        if entry.kind == "state":
            dist = abs(em.start() - pos)
            if near is None or dist < near[0]:
                near = (dist, entry)
        elif entry.kind == "organization" and (
            (em.end() <= pos + 1 and pos - em.end() <= 3)
            or pos <= em.start() < pos + len(role_text)
        ):
            org = entry  # "NATO Secretary General Jens Stoltenberg", "EU spokesman Peter Stano"
            org_adjacent = True  # right before the title, or part of it
            org_start = em.start()
    if org_adjacent and near is not None:
        # "Russian UN envoy", "Russia's UN envoy": the state before the organisation sends him
        for em in m.pattern.finditer(text, max(window_lo, org_start - 20), org_start):
            if m.table[em.group()][0].kind == "state" and text[em.end() : org_start] in (
                " ", "'s ", "’s "
            ):
                org_adjacent = False
    if org is not None and ORG_HEAD_RE.search(role_text) and (near is None or org_adjacent):
        # the organisation right before the title wins over a state named elsewhere in the
        # window: "In Brussels, EU spokeswoman Maja Kocijancic said"
        c.org_key = org.id
        return
    if near is None and role.speaks_for_state:
        # "Serbia has indicated ... Foreign Minister Nikola Selakovic advised": the state
        # named last before the title in the same paragraph
        # named last before the title in the same paragraph, as a subject: not after a
        # preposition ("a partner of Moscow"), not a possessive ("Russia's referendums")
        for em in entity_matches(m, text, max(lo, window_lo - 600), window_lo):
            entry, via = m.table[em.group()]
            if entry.kind != "state" or via != "name":
                continue
            if POSSESSIVE_AFTER_RE.match(text, em.end()) or text[em.end() : em.end() + 1] == "-":
                continue
            if PREPOSITION_BEFORE_RE.search(text, max(lo, em.start() - 30), em.start()):
                continue
            near = (0, entry)
    if near is not None:
        c.state_key = near[1].id
