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
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import attrs

from refstance._gazetteer import Entry, Gazetteer, Role, slug
from refstance._model import ActorKind, trusted_span
from refstance._parser._lexicon import MONTH_NAMES, NOT_NAMES, PERSON_CUES, SENTENCE_BOUNDARY
from refstance._parser._matcher import trie_regex
from refstance._parser._state import ActorDraft, Block, Mention, ParseState

# ----------------------------------------------------------------------------- patterns

_UPPER = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper())
_PARTICLES = r"(?:al|el|bin|ibn|de|da|del|della|di|van|von|der|den|le|la|ter|dos|du|y|Ó|Ní|Nic|Uí|Mac)"
TOKEN = rf"(?:(?:al|el|Al|El)-)?[{_UPPER}][\w'’\-]*"  # "al-Bashir" too
NAME_RUN_RE = re.compile(
    rf"""
    (?<![\w@#'’])
    {TOKEN}                                   # a capitalised word
    (?:[ \t](?:{_PARTICLES}[ \t]){{0,2}}{TOKEN}){{0,6}}   # more, with particles ("de la")
    """,
    re.VERBOSE,
)
# titles whose holder speaks for the organisation named before them
ORG_HEAD_RE = re.compile(r"spokes|secretary|president|chief|head|director|commissioner|representative", re.I)
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


@attrs.frozen(eq=False)
class EntityMatcher:
    """The compiled look-up of every state and organisation form in a gazetteer."""

    pattern: re.Pattern[str]
    table: dict[str, tuple[Entry, str]]
    role_pattern: re.Pattern[str]
    roles: dict[str, Role]
    honorifics: frozenset[str]
    people: dict[str, dict[str, Any]]  # name form (casefolded) -> person record
    people_keys: dict[str, list[dict[str, Any]]]  # surname key -> person records
    places: frozenset[str]  # region names and adjectives: never part of a person's name
    given_names: dict[str, str]  # given name -> "f" or "m"
    # memo of _is_stop: the same capitalised words recur in every article
    stop_words: dict[str, bool] = attrs.field(factory=dict)


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
    return EntityMatcher(
        pattern=trie_regex(table),
        table=table,
        role_pattern=role_pattern,
        roles=roles,
        honorifics=frozenset(h.rstrip(".") for h in g.honorifics),
        people=people,
        people_keys=people_keys,
        places=frozenset(n for e in g.regions for n in (*e.names, *e.demonyms)),
        given_names=g.given_names(),
    )


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
    for p in state.paragraphs:
        for mm in m.pattern.finditer(text, p.span.start, p.span.end):
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
            d = _entity_draft(state, entry)
            d.mentions.append(Mention(span=trusted_span(mm.start(), mm.end()), key=d.key, via=via))
            d.aliases.append(mm.group())
    _persons(state, m)
    _speaker_labels(state, m)


# "MARIANO RAJOY (translated): ..." — a transcript's speaker label at a paragraph's start
LABEL_RE = re.compile(
    r"(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){1,3})"
    r"(?:[ \t]*\([^)\n]{1,30}\))?[ \t]*:[ \t]"
)


NARRATOR_RE = re.compile(r"journalist|reporter|correspondent|presenter|anchor|host|editor", re.I)


def label_person(state: ParseState, m: EntityMatcher, name: str) -> str | None:
    """The key of the person a speaker label names, when that person is well known or is
    named in the text too; a presenter or correspondent is neither."""
    proper = " ".join(w.capitalize() if w.isupper() else w for w in name.split())
    known = m.people.get(proper.casefold())
    key = slug(known["name"]) if known else slug(proper)
    d = state.actors.get(key)
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


def _speaker_labels(state: ParseState, m: EntityMatcher) -> None:
    text = state.text
    for p in state.paragraphs:
        lm = LABEL_RE.match(text, p.span.start, p.span.end)
        if lm is None:
            continue
        key = label_person(state, m, lm.group("name"))
        if key is not None:
            state.actors[key].mentions.append(
                Mention(span=trusted_span(lm.start("name"), lm.end("name")), key=key, via="label")
            )


NAME_BEFORE_RE = re.compile(rf"(?:{TOKEN}[ \t]){{1,3}}\Z")


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
            self._ends = [(m.start(), m.end()) for m in SENTENCE_END_RE.finditer(self.text, self.lo, self.hi)]
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


def _persons(state: ParseState, m: EntityMatcher) -> None:
    text = state.text
    cands: list[_Candidate] = []
    for p in state.paragraphs:
        incidental = p.kind in (Block.CAPTION, Block.META)
        sentences = _Sentences(text, p.span.start, p.span.end)
        for run in NAME_RUN_RE.finditer(text, p.span.start, p.span.end):
            cands.extend(_split_run(state, m, run, sentences, incidental))
    # full names first, so that a surname can refer back to them
    people: dict[str, ActorDraft] = {}
    by_surname: dict[str, str] = {}
    exact_surname: dict[str, str] = {}
    for c in sorted(cands, key=lambda c: -len(c.words)):
        if len(c.words) < 2:
            continue
        full = " ".join(c.words)
        known = m.people.get(full.casefold())
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
        exact_surname.setdefault(fold(c.words[-1]), key)
        d.aliases.append(full)
        d.aliases.append(c.words[-1])
        _add_mention(d, c)
    for c in cands:
        if len(c.words) != 1:
            continue
        word = c.words[0]
        k = name_key(word)
        key = exact_surname.get(fold(word), "")
        if not key and len(k) >= 3:
            key = by_surname.get(k, "")
        if key and fold(people[key].name.split()[-1])[:2] != fold(word)[:2]:
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
                key = slug(known["name"])
                if key not in people:
                    d = ActorDraft(key=key, name=known["name"], kind=ActorKind.PERSON)
                    d.aliases.extend(known.get("variants", ()))
                    _apply_known(state, d, known)
                    people[key] = d
                by_surname.setdefault(k, key)
            else:
                key = slug(word)
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
        if d.gender is None and " " in d.name:
            # a well-known given name tells "she" from "he"
            d.gender = m.given_names.get(d.name.split()[0])
        state.actors[key] = d


def _person_key(
    known: dict[str, Any] | None, full: str, people: dict[str, ActorDraft], by_surname: dict[str, str]
) -> str:
    if known is not None:
        return slug(known["name"])
    words = full.split()
    existing = by_surname.get(name_key(words[-1]))
    if existing is not None:
        d = people[existing]
        first = d.name.split()[0]
        if name_key(first)[:1] == name_key(words[0])[:1] or len(d.name.split()) == 1:
            return existing
    return slug(full)


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
    return (
        bare in NOT_NAMES
        or bare in m.honorifics
        or bare.casefold() in m.roles
        or bare in m.table
        or bare in m.places
        or w in m.table
        or (bare.isupper() and len(bare) > 1)
        or ("-" in bare and bare.split("-")[0] in m.table)  # "Russia-backed"
    )


def _is_date_word(text: str, at: int, word: str) -> bool:
    """A month name used in a date ("May 23", "25 Sep"), not a name ("Theresa May")."""
    if word.rstrip(".,") not in MONTH_NAMES:
        return False
    after = text[at + len(word) : at + len(word) + 4]
    before = text[max(0, at - 4) : at]
    return bool(_DAY_AFTER_RE.match(after) or _DAY_BEFORE_RE.search(before))


_DAY_AFTER_RE = re.compile(r"\.?\s+\d")
_DAY_BEFORE_RE = re.compile(r"\d\s+\Z")
_TOKEN_RE = re.compile(r"\S+")


def _split_run(
    state: ParseState, m: EntityMatcher, run: re.Match[str], sentences: _Sentences, incidental: bool
) -> Iterator[_Candidate]:
    """Person-name candidates inside a run of capitalised words, with the title before them.

    The run is cut at titles, known entities and common words; each piece of one to four
    words is a candidate, marked ``cue`` when a title or honorific stands right before it
    ("Tory Scotland Secretary David Mundell" gives "David Mundell", after a title).
    """
    word = run.group()
    if " " not in word and "\t" not in word and _is_stop(m, word):
        return  # a lone title or common word: most runs are "The", "In", "President"
    toks = [(t.start(), t.group()) for t in _TOKEN_RE.finditer(word)]
    base = run.start()
    pieces: list[tuple[int, int, bool]] = []  # token index range and whether a title precedes
    k = 0
    cue = False
    text = state.text
    while k < len(toks):
        w = toks[k][1]
        if _is_stop(m, w) or _is_date_word(text, base + toks[k][0], w):
            bare = POSSESSIVE_RE.sub("", w).rstrip(".")
            cue = bare in PERSON_CUES or bare in m.honorifics or bare.casefold() in m.roles
            k += 1
            continue
        start_k = k
        while (
            k < len(toks)
            and not _is_stop(m, toks[k][1])
            and not _is_date_word(text, base + toks[k][0], toks[k][1])
        ):
            k += 1
            if POSSESSIVE_RE.search(toks[k - 1][1]):
                break  # "Churchill's words": the name ends at the possessive
        pieces.append((start_k, k, cue))
        cue = False
    for i, j, has_cue in pieces:
        words = [POSSESSIVE_RE.sub("", t[1]) for t in toks[i:j]]
        if sum(1 for w in words if w[:1].isupper()) > 4:
            continue  # particles ("de la") do not count
        if any(
            (len(w) < 2 or not any(ch.islower() for ch in w)) and w not in IRISH_PARTICLES
            for w in words
        ):
            continue
        start = base + toks[i][0]
        end = base + toks[j - 1][0] + len(words[-1])
        c = _Candidate(start=start, end=end, words=words, cue=has_cue, incidental=incidental)
        _roles_around(state, m, c, sentences)
        yield c


def _roles_around(state: ParseState, m: EntityMatcher, c: _Candidate, sentences: _Sentences) -> None:
    """Role and state of a person from the words just before or after the name."""
    text = state.text
    lo = sentences.lo
    s_lo, s_hi = sentences.around(c.start, c.end)
    left_lo = max(s_lo, c.start - 80)
    left = text[left_lo : c.start]
    best: tuple[int, Role, str] | None = None
    for rm in m.role_pattern.finditer(left):
        best = (left_lo + rm.start(), m.roles[rm.group().casefold()], rm.group())
    window_lo = left_lo
    window_hi = c.start
    if best is None:
        # an apposition after the name: "Nurlan Abdirov, the chairman of ..."
        after = text[c.end : min(s_hi, c.end + 90)]
        am = re.match(r"\s*,\s*(?:the\s+|a\s+)?([^,.;:()]{2,80})", after)
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
    for em in m.pattern.finditer(text, window_lo, window_hi):
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
    if near is None and org is not None and ORG_HEAD_RE.search(role_text):
        c.org_key = org.id
        return
    if near is None and role.speaks_for_state:
        # "Serbia has indicated ... Foreign Minister Nikola Selakovic advised": the state
        # named last before the title in the same paragraph
        # named last before the title in the same paragraph, as a subject: not after a
        # preposition ("a partner of Moscow"), not a possessive ("Russia's referendums")
        for em in m.pattern.finditer(text, max(lo, window_lo - 600), window_lo):
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
