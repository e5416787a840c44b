"""Stage 4, figures: the result figures of a referendum, each tied to its territory and option.

Shares ("99.23% in favor in the Donetsk region", "the NO collects 59,1%"), turnout
("turnout of 84.59%"), vote counts ("17,410,742 votes", "10.5m"), electorate ("1.5 million
eligible voters") and ballots cast, in every block of the article (body, title, captions and
the cells of a results table). Distractors are left out by context: an article that never
names a referendum or plebiscite has no results; a figure in a sentence about a poll, an
election, a parliament's tally, the economy or the population is not a result; nor is a share
of ballots counted, spoiled or contested, nor an exit poll's forecast; a share of the whole
electorate gives way to the share of the ballots cast for the same option.

The territory of a figure is the one named beside it ("in Kherson", "of Crimeans", "the
strongest Yes vote, 78%, came in X"), else the one named last before it in the text (a
region, or a state for a national vote), else the article's home territory; a place named in
what a share voted for ("closer ties with X") or in the words of a question is none of
these. Figures keep the precision they were written with.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from decimal import Decimal
from functools import lru_cache
from itertools import chain

import attrs

from refstance._gazetteer import Entry, Gazetteer
from refstance._model import Span, trusted_span
from refstance._parser._matcher import low_twin, lower_same_length
from refstance._parser._state import Block, FigureDraft, Paragraph, ParseState
from refstance._parser.segment import DIGIT_RE, folded

__all__ = [
    "Territory",
    "TerritoryMatcher",
    "choice_before",
    "figures",
    "has_popular_vote",
    "has_referendum",
    "matcher_for",
]

# --------------------------------------------------------------------------- fast checks


@lru_cache(maxsize=8)
def has_referendum(text: str) -> bool:
    """Whether *text* names a referendum or plebiscite (:data:`REFERENDUM_RE`), cached."""
    low = folded(text)
    if "referend" not in low and "plebiscit" not in low:
        return False
    return REFERENDUM_RE.search(text) is not None


# a vote on a question that the text never calls a referendum: the sides of the ballot
# ("the No camp", "voted Yes"), or a people deciding on a proposal ("Colombians voted on
# Sunday to reject the peace agreement", "Greek voters have turned down the bailout terms")
_YES_NO = r"(?:Yes|No|YES|NO)"
SIDE_RE = re.compile(
    rf"""\b(?:[Tt]he|[Aa]|for)\s+[\"'\u201c\u2018]?{_YES_NO}[\"'\u201d\u2019]?\s+
          (?:side|camp|campaign|vote|voters|option)\b
        | \b[Vv]ot(?:e|ed|ing)\s+[\"'\u201c\u2018]?(?:{_YES_NO}|yes)\b""",
    re.VERBOSE,
)
_PROPOSAL = (
    r"(?:proposals?|plans?|deals?|agreements?|accords?|bailout|terms|constitution|charter"
    r"|amendments?|measures?|treaty|question|independence|secession|sovereignty|quotas?"
    r"|offer|autonomy|self-government|self-rule|statehood|devolution|home\s+rule)"
)
PEOPLE_DECIDE_RE = re.compile(
    rf"""(?P<who>\b[A-Z][\w'\u2019-]+|\b(?:voters|citizens|electorate))\s+
        (?:have\s+|had\s+)?(?:\w+ly\s+)?
        (?:voted\s+(?:\w+\s+){{0,4}}?to\s+(?:\w+ly\s+)?)?
        (?:reject|approv|accept|back|endors|turn(?:ed)?\s+down|narrowly\s+reject)\w*\s+
        (?:the\s+|a\s+|an\s+)?(?:[\w'\u2019-]+\s+){{0,2}}?[\"'\u201c\u2018]?{_PROPOSAL}\b""",
    re.VERBOSE,
)
# ballots cast for or against a proposal, in a text that never says "referendum": "344,580
# ballots were cast against the autonomy proposal"
CAST_ON_PROPOSAL_RE = re.compile(
    rf"""\b(?:votes|ballots)\b[^.;]{{0,40}}?\b(?:were|was)\s+cast\s+
        (?:against|for|in\s+favou?r\s+of)\s+(?:the\s+|a\s+|an\s+)?
        (?:[\w'\u2019-]+\s+){{0,2}}?{_PROPOSAL}\b""",
    re.VERBOSE,
)

# a people voting for or against self-rule: "Montenegrins have voted to end their union with
# Serbia", "Timorese voted overwhelmingly for independence"
SELF_RULE_VOTE_RE = re.compile(
    r"""(?P<who>\b[A-Z][\w'\u2019-]+|\b(?:voters|citizens|electorate))\s+
        (?:have\s+|had\s+)?(?:\w+ly\s+)?vot(?:e|es|ed)\s+(?:\w+ly\s+)?
        (?:(?:for|against)\s+(?:independence|secession|sovereignty|statehood)\b
          |to\s+(?:end|dissolve|leave)\s+(?:their|its|the)\s+(?:state\s+)?union\b)""",
    re.VERBOSE,
)


_PEOPLE_WORDS = frozenset({"voters", "citizens", "electorate"})


def has_popular_vote(text: str, gazetteer: Gazetteer) -> bool:
    """Whether *text* reports a popular vote on a question: it names a referendum or
    plebiscite, or the sides of a ballot, or a people deciding on a proposal (not an election
    of people, nor a vote of a parliament or a union)."""
    if has_referendum(text):
        return True
    return _popular_vote(text, gazetteer)


@lru_cache(maxsize=8)
def _popular_vote(text: str, gazetteer: Gazetteer) -> bool:
    low = folded(text)
    if "vot" not in low and "ballot" not in low:
        return False
    if SIDE_RE.search(text) or CAST_ON_PROPOSAL_RE.search(text):
        return True
    for m in chain(PEOPLE_DECIDE_RE.finditer(text), SELF_RULE_VOTE_RE.finditer(text)):
        who = m["who"]
        if who[0].islower() or who.lower() in _PEOPLE_WORDS:
            return True
        hits = matcher_for(gazetteer).find(text, m.start("who"), m.end("who"))
        if any(t.via == "demonym" for t in hits):
            return True
    return False


# --------------------------------------------------------------------------- territories


@attrs.frozen(kw_only=True)
class Territory:
    """A place named in the text: a voting region or a state."""

    entry: Entry
    span: Span
    written: str
    via: str  # "name" or "demonym"

    @property
    def is_state(self) -> bool:
        """Whether the place is a state rather than a region within one."""
        return self.entry.kind == "state"


_DOUBLE_OK = frozenset("bcdfglmnprstz")
_APOS = "['\u2019\u02bc]"


def _name_pieces(name: str) -> list[str]:
    """Regex pieces for *name*, one per character: apostrophes, dashes and spaces loose, a
    doubled consonant tolerated ("Rosscommon" for "Roscommon")."""
    out: list[str] = []
    prev = ""
    for i, ch in enumerate(name):
        if ch in "'\u2019\u02bc":
            out.append(_APOS)
        elif ch in "-\u2013\u2014":
            out.append(r"[-\u2013\u2014\ ]")
        elif ch == " ":
            out.append(r"[\ \-]+")
        elif ch.lower() in _DOUBLE_OK and i > 0 and prev.isalpha():
            if ch.lower() == prev.lower():
                continue  # the run is already {1,2}
            out.append(re.escape(ch.lower()) + "{1,2}")
        else:
            out.append(re.escape(ch.lower()))
        prev = ch
    return out


_Trie = dict[str, "_Trie"]


def _trie(names: list[list[str]]) -> _Trie:
    trie: _Trie = {}
    for pieces in names:
        node = trie
        for piece in pieces:
            node = node.setdefault(piece, {})
        node[""] = {}
    return trie


def _emit(node: _Trie) -> str:
    alts = [piece + _emit(child) for piece, child in sorted(node.items()) if piece]
    if not alts:
        return ""
    body = "(?:" + "|".join(alts) + ")"
    return body + "?" if "" in node else body


def _trie_pattern(names: list[list[str]]) -> str:
    """One regex for many names, as a trie, so that matching does not try every name in turn
    at every position."""
    return _emit(_trie(names)) or "(?!)"


# The only characters outside ASCII that an ASCII letter matches under ``re.IGNORECASE``
# (İ ı for i, ſ for s, the Kelvin sign for k; tests/test_parser_speed_equivalence.py checks it
# over all of Unicode).
_ODD_CASES = "\u0130\u0131\u017f\u212a"


def _case_variants(letter: str) -> list[str]:
    """Every character the ASCII lower-case *letter* matches under ``re.IGNORECASE``."""
    odd = [c for c in _ODD_CASES if re.fullmatch(letter, c, re.IGNORECASE)]
    return sorted({letter, letter.upper(), *odd})


def _ci_body(names: list[list[str]]) -> str:
    """The trie of *names* for a case-blind pattern, its first letters written out in every
    case they match, each case-sensitive: the engine then skips the branches of other first
    letters at once instead of entering each (same matches as :func:`_trie_pattern`)."""
    trie = _trie(names)
    letters: list[str] = []
    others: list[str] = []
    for piece, child in sorted(trie.items()):
        if len(piece) == 1 and "a" <= piece <= "z":
            letters += [f"(?-i:{c})" + _emit(child) for c in _case_variants(piece)]
        elif not piece or piece[0] in _ODD_CASES or (piece[0].isascii() and piece[0].isalpha()):
            return _trie_pattern(names)  # a first piece that may match what a letter matches
        else:
            others.append(piece + _emit(child))
    alts = letters + others
    return "(?:" + "|".join(alts) + ")" if alts else "(?!)"


# after a name's first character: that no word character stands before it (at the start of
# the text a two-character look-behind never matches, so it holds there too)
_FIRST_CHAR_LOOKBEHIND = r"(?<![\w'\u2019][\s\S])"


def _cs_pattern(names: list[str]) -> str:
    """A case-sensitive pattern for *names* whose every branch starts with a literal
    character, so that the engine jumps from one candidate first letter to the next; the
    look-behind of the name start comes after that first character."""
    trie = _trie([[re.escape(c) for c in n] for n in names])
    alts = [
        piece + _FIRST_CHAR_LOOKBEHIND + _emit(child)
        for piece, child in sorted(trie.items())
        if piece
    ]
    if not alts or "" in trie:
        body = _trie_pattern([[re.escape(c) for c in n] for n in names])
        return rf"(?<![\w'\u2019])(?P<n>{body})(?:{_APOS}?s)?(?![\w])"
    return rf"(?P<n>(?:{'|'.join(alts)}))(?:{_APOS}?s)?(?![\w])"


_DASHES_RE = re.compile(r"[-\u2013\u2014\s]+")
_DOUBLED_RE = re.compile(r"([bcdfglmnprstz])\1")


@lru_cache(maxsize=4096)
def _norm(s: str) -> str:
    """The key under which a written name is looked up: case, dashes, apostrophes, doubled
    consonants and a plural or possessive ending folded away."""
    s = s.casefold().replace("\u2019", "'").replace("\u02bc", "'")
    s = _DASHES_RE.sub(" ", s).strip()
    return _DOUBLED_RE.sub(r"\1", s)


@attrs.frozen(kw_only=True, eq=False)
class TerritoryMatcher:
    """Finds the regions and states of a gazetteer in text (capital cities excluded)."""

    pattern_ci: re.Pattern[str]
    pattern_cs: re.Pattern[str]
    index: dict[str, tuple[Entry, str]]
    # pattern_ci for text in lower case (see lower_same_length), matched case-sensitively
    pattern_low: re.Pattern[str]

    def find_all(self, text: str, low: str | None = None) -> list[Territory]:
        """Every territory named in *text* (cached for the last few texts); *low* as for
        :meth:`find`."""
        return list(_find_all(self, text, low))

    def find(
        self, text: str, start: int = 0, end: int | None = None, low: str | None = None
    ) -> list[Territory]:
        """Every territory named in ``text[start:end]``, in order, longest names first.

        *low* may give the whole text lower-cased (:meth:`ParseState.lowered`) so that it
        is not lower-cased again."""
        stop = len(text) if end is None else end
        found: list[Territory] = []
        # the lower-cased text (from two characters before *start*: the look-behind of a
        # name's start reads them), matched case-sensitively; the case-blind pattern on the
        # text itself when lower-casing would move offsets
        whole = start == 0 and stop == len(text)
        base = 0 if whole else max(0, start - 2)
        if not (whole and low is not None):
            low = lower_same_length(text if whole else text[base:stop])
        scans: tuple[tuple[re.Pattern[str], str, int], ...] = (
            ((self.pattern_ci, text, 0), (self.pattern_cs, text, 0))
            if low is None
            else ((self.pattern_low, low, base), (self.pattern_cs, text, 0))
        )
        for pat, scanned, offset in scans:
            for m in pat.finditer(scanned, start - offset, stop - offset):
                n_lo, n_hi = m.start("n") + offset, m.end("n") + offset
                written = text[n_lo:n_hi]
                if pat is not self.pattern_cs and not written[0].isupper():
                    continue
                hit = self.index.get(_norm(written))
                if hit is None:
                    continue
                found.append(
                    Territory(
                        entry=hit[0],
                        span=trusted_span(n_lo, n_hi),
                        written=written,
                        via=hit[1],
                    )
                )
        found.sort(key=lambda t: (t.span.start, -len(t.span)))
        out: list[Territory] = []
        last_end = -1
        for t in found:
            if t.span.start >= last_end:
                out.append(t)
                last_end = t.span.end
        return out


@lru_cache(maxsize=4)
def _find_all(matcher: TerritoryMatcher, text: str, low: str | None) -> tuple[Territory, ...]:
    return tuple(matcher.find(text, low=low))


@lru_cache(maxsize=8)
def matcher_for(gazetteer: Gazetteer) -> TerritoryMatcher:
    """The (cached) :class:`TerritoryMatcher` of *gazetteer*."""
    index: dict[str, tuple[Entry, str]] = {}
    ci: set[str] = set()
    cs: set[str] = set()
    # regions first: a name that is both (South Sudan) reads as the voting territory
    for e in (*gazetteer.regions, *gazetteer.states):
        for n, via in [*((x, "name") for x in e.names), *((x, "demonym") for x in e.demonyms)]:
            index.setdefault(_norm(n), (e, via))
            if len(n) <= 4 and n.replace(".", "").isupper():
                cs.add(n)
            else:
                ci.add(n)

    body = _ci_body([_name_pieces(n) for n in sorted(ci)])
    return TerritoryMatcher(
        pattern_ci=re.compile(
            rf"(?<![\w'\u2019])(?P<n>{body})(?:{_APOS}?s)?(?![\w])", re.IGNORECASE
        ),
        pattern_cs=re.compile(_cs_pattern(sorted(cs))),
        index=index,
        # on lower-case text the plain trie is the fastest form (measured)
        pattern_low=re.compile(
            rf"(?<![\w'\u2019])(?P<n>{_trie_pattern([_name_pieces(n) for n in sorted(ci)])})"
            rf"(?:{_APOS}?s)?(?![\w])"
        ),
    )


# --------------------------------------------------------------------------- patterns

REFERENDUM_RE = re.compile(r"\b(?:referend\w*|plebiscit\w*)", re.IGNORECASE)

# (the look-behind of the number's start stands after its first digit, so that the engine
# skips from digit to digit instead of trying the look-behind at every character; the same
# matches as with it first)
PERCENT_RE = re.compile(
    r"""
    (?P<num>\d(?<![\w.,][\s\S])\d{0,2}(?:[.,]\d{1,3})?)
    (?:\s?%|\s?per\s?cent\b|\s?percent\b)
    """,
    re.VERBOSE | re.IGNORECASE,
)

_GROUPED = r"\d{1,3}(?:,\ ?\d{3})+"  # 17,410,742 / 3,837, 406
_MULT = r"million|mn|m|bn|billion|thousand"
COUNT_RE = re.compile(
    rf"""
    (?<![\w.,])
    (?:
        (?P<grouped>{_GROUPED})(?![\d%])
      | (?P<num>\d{{1,4}}(?:[.,]\d{{1,3}})?)\s?(?P<mult>{_MULT})\b
        (?:\s+and\s+(?P<num2>\d{{1,3}})\s+(?P<mult2>thousand))?
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)
# what every COUNT_RE match holds: a digit, then a grouping comma and a digit, or the first
# letter of a multiplier (a cheap test that skips from digit to digit)
COUNT_CHECK_RE = re.compile(r"\d(?:,\ ?\d|\s?[mbtMBT])")

SENTENCE_END_RE = re.compile(r"(?<=[.!?])[\"\u201d\u2019\u00bb)\]]*\s+(?=\S)")

# where a clause starts or ends around a figure
BREAK_RE = re.compile(
    r"""
    [;:()\u2013\u2014]
    | \s-\s
    | \b(?:while|whereas|but)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
TAIL_BREAK_RE = re.compile(
    r"""
    [,;:()\u2013\u2014]
    | \s-\s
    | \b(?:while|whereas|but|and|with)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
# "55% against 45%", "51.9% to 48.1%": the words between two figures of one contest
CONNECTOR_RE = re.compile(
    r"(?:\bagainst|\bto|\bversus|\bvs\.?|\bcompared\s+(?:to|with))(?:\s+(?:the|a|just))?\s*\Z",
    re.IGNORECASE,
)
VERSUS_RE = re.compile(
    r"\b(?:against|to|versus|vs|while|whereas|compared)\b|\s-\s?\Z", re.IGNORECASE
)

# sentences whose figures are not referendum results
DISTRACTOR_RE = re.compile(
    r"""
    \b(?:opinion\ )?polls?\b(?!\ (?:have\ |had\ )?(?:closed|opened|stations?|reporting|counted))
    | \bsurveys?\b | \bpollsters?\b | \bundecideds?\b | \bvoting\ intentions?\b
    | \bwould\ vote\b | \bthose\ asked\b
    | \b(?:(?:presidential|parliamentary|general|legislative|local|municipal|mayoral)\ )?
      elect(?:ed\b|ions?\b(?!\ (?:and\ [\w-]+\ )?(?:commission|officials?|board|council|authorit
                          |committee|body|observers?|day|monitors?|chief|chairman|chairperson
                          |head|office|service|agency|tribunal|court)))
    | \bpresidential\ (?:ballot|race|vote|contest|candidates?|run-?off|polls?)\b
    | \b(?:unemployment|employment|jobless|inflation|gdp|wages?|salar(?:y|ies)|interest\ rates?
          |economy|growth|exports?|imports?|prices?|budget)\b
    | \b(?:parliament|chamber|mps|lawmakers|legislators|deputies|senators|congress
          |general\ assembly|security\ council|resolution|abstentions?|seats?)\b
    | \bpopulation\b | \bcensus\b
    | \b(?:pesos?|dollars?|euros?|sterling|yen|roubles?|rubles?|lira|currenc(?:y|ies)|stocks?
          |bonds?|yields?|crude|oil|brent|stock\ (?:market|exchange)|index|indices|bourse)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
DISTRACTOR_LOW_RE = low_twin(DISTRACTOR_RE)
# "exit poll" is a result estimate, not an opinion poll; but not when the poll is what
# foretold the figure ("an exit poll had put the Yes vote at 68 per cent")
EXIT_POLL_RE = re.compile(r"\bexit[-\s]polls?\b", re.IGNORECASE)
EXIT_POLL_FORECAST_RE = re.compile(
    r"""\bexit[-\s]polls?\b[^.;]{0,80}?\b(?:had\s+|has\s+|have\s+)?
        (?:put|puts|predict(?:s|ed)?|project(?:s|ed)?|forecast(?:s|ed)?|estimat(?:es|ed)
          |suggest(?:s|ed)?)\b""",
    re.VERBOSE | re.IGNORECASE,
)
VOTE_RE = re.compile(
    r"""\b(?:vot\w*|ballot\w*|referend\w*|plebiscit\w*|turnout|yes\w*|no|in\ favou?r|against
        |elector\w*|results?|won|wins?|backed|backing|supported|approv\w*|endorsed|said|say
        |favou?r(?:able|ed)|agree\w*|opponents|remain|leave|brexit|count\w*
        |participat\w*|took\ part)\b""",
    re.VERBOSE | re.IGNORECASE,
)
VOTE_LOW_RE = low_twin(VOTE_RE)
# a share that is about counting, spoiled ballots or contested boxes, or a threshold
NOT_RESULT_HEAD_RE = re.compile(
    r"""
    \A\W*(?:plus|or\ (?:more|above|over)|and\ (?:above|over)|majority|threshold)\b
    | \b(?:counted|nullified|void|invalid|spoil\w*|ineligible|blank|ballot\ boxes
          |threshold|difference|margin|lead)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
NOT_RESULT_TAIL_RE = re.compile(
    r"""\b(?:difference|margin|lead|gap|contest\w*|object\w*|challeng\w*|threshold|needed
        |required|at\ least|majority\ of\ \w+\ of)\b
      | \bafter(?:\W+\w+){0,3}\W*\Z""",
    re.VERBOSE | re.IGNORECASE,
)
# "went the other way by a wide margin: 62% ...": the idiom names no margin figure
WIDE_MARGIN_RE = re.compile(r"\bby\s+(?:a|an)\s+(?:\w+\s+)?(?:margin|lead)\s*:", re.IGNORECASE)
APPROX_RE = re.compile(
    r"""(?:almost|nearly|about|around|approximately|roughly|some|close\ to|(?:just\ )?(?:over|under)
        |an\ estimated|more\ than|less\ than)\s*\Z""",
    re.VERBOSE | re.IGNORECASE,
)

# APPROX_RE's words are at most 13 characters long, and only white space follows them
_APPROX_LEN = 13


def _approx(before: str) -> bool:
    """Whether *before* ends with a word of approximation (:data:`APPROX_RE`), read in its
    last words only."""
    return APPROX_RE.search(before, max(0, len(before.rstrip()) - _APPROX_LEN)) is not None


TURNOUT_RE = re.compile(
    r"""\b(?:turn[-\ ]?out|took\ part|participated|participation|voted\ of\ those\ entitled
        |came\ (?:out\ )?to\ (?:the\ )?(?:polls|polling\ stations?|ballot\ boxes)
        |went\ to\ the\ polls|cast\ (?:their|a)\ ballots?\ out\ of)\b""",
    re.VERBOSE | re.IGNORECASE,
)
IT_TURNOUT_RE = re.compile(r"\bit\s+(?:reached|was|stood|hit|rose|fell|exceeded)\b", re.IGNORECASE)

# options named by the text itself
NAMED_GERUND_RE = re.compile(
    r"""\bvot\w*\s+for\s+(?P<verb>stay|remain|keep|return)ing\s+
        (?P<rest>(?:in|with|part\s+of)\s+(?:the\s+)?[A-Z][\w-]*)""",
    re.VERBOSE,
)
NAMED_NOUN_RE = re.compile(
    r"""(?:\b(?:vot\w*|opt\w*|cast)\s+(?:in\s+favou?r\s+of\s+|for\s+)?
        |\A\s*(?:(?:were|was)\s+)?(?:in\s+favou?r\s+of|for)\s+)
        (?:the\s+)?(?P<n>separation|secession|unity|union|unification)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# staying with the state in an independence vote: the No side
STATUS_QUO_RE = re.compile(
    r"""\b(?:remain|stay)(?:ing|ed|s)?\s+(?:(?:in|with|part\s+of|within)\s+(?:the\s+)?
        (?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)|(?P<adj>[A-Z][a-z]+)\b)""",
    re.VERBOSE,
)
LEAVE_RE = re.compile(r"\b(?:leave|leaving|brexit)\b", re.IGNORECASE)
REMAIN_RE = re.compile(
    r"\b(?:remain\w*|stay(?:ing)?\s+in\s+the\s+(?:EU|UE|European\s+Union)|continued\s+(?:\w+\s+)?membership)\b",
    re.IGNORECASE,
)
YES_RE = re.compile(
    r"""
    \b(?:yes(?:es)?|in\ favou?r|favou?r(?:able|ed)|agree[ds]?
        |vot(?:e|es|ed|ing)\s*['\u2018\u201c"]?for\b(?!\s+(?:the\s+)?no\b)
        |(?:were|was)\s+(?:cast\s+)?for\b(?!\s+(?:the\s+)?no\b)
        |support(?:ed|ing|s)?|back(?:ed|ing|s)?|endors(?:ed|ing|es?)|approv(?:ed|ing|es?|al)
        |join(?:ing|s)?|annexation|accept(?:ed|ing)?|say\s+yes|said\s+yes
        |(?:chose|chosen|choose|opted|voted|decided)\s+to\s+(?:secede|break\s+away
            |split\s+(?:off|away)|become\s+independent|go\s+it\s+alone)
        |(?:chose|chosen|choose|choosing|opted\s+for)\s+(?:independence|secession|sovereignty
            |statehood|self-rule|self-government)
        |pass(?:ed|es)\s+with|carried\s+with|legali[sz](?:ed|ing))\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
NO_RE = re.compile(
    r"""\b(?:no|nos|against|reject(?:ed|ing|s)?|oppos(?:ed|ing|es?)|opponents?|voted\s+down
        |disagree[ds]?)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# a table cell that names an option: "YES", "No", "Leave"
LABEL_RE = re.compile(
    r"\A\W*(?P<o>yes|no|leave|remain|for|against|in\s+favou?r|agree|disagree)\W*\Z", re.IGNORECASE
)
# a vote on membership of a union, whose options are "leave" and "remain"
MEMBERSHIP_RE = re.compile(
    r"""\bbrexit\b|\bgrexit\b
      | \b(?:leave|leaving|quit|exit|remain\ in|stay\ in)\s+the\s+
        (?:EU|European\s+Union|EEC|European\s+Economic\s+Community|UE)\b""",
    re.VERBOSE | re.IGNORECASE,
)
MEMBERSHIP_LOW_RE = low_twin(MEMBERSHIP_RE)
# ("the National Electoral Council" is a name, no scope)
NATIONAL_RE = re.compile(
    r"\b(?:nationally|national(?!\s+(?-i:[A-Z]))|nationwide|across\s+the\s+country)\b", re.I
)

# territory names that are the object of a choice, not the place that votes
CHOICE_BEFORE_RE = re.compile(
    r"""\b(?:stay\w*|remain\w*|(?:re)?join\w*|leav\w*|from|into|(?<!according\s)to
        |with(?<!comparison\swith)(?<!comparisons\swith)(?<!compared\swith)(?<!parallels\swith)
         (?<!along\swith)(?<!together\swith)
        |annex\w*
        |independen\w*|unif\w*
        |part\s+of|membership|back\s+to|map\s+of)
        (?:\s+(?:in|into|within|with|of|to|from|part\s+of))?(?:\s+(?:the|a))?(?:\s+\w+)?\s+\Z""",
    re.VERBOSE | re.IGNORECASE,
)
CHOICE_BEFORE_LOW_RE = low_twin(CHOICE_BEFORE_RE)

# counts
ELECTORATE_TAIL_RE = re.compile(
    r"""(?:electorate|eligible\s+voters|registered\s+voters|voters\s+registered)
        (?:\s+(?:amounted|amounts|was|were|stood|of|totall?ed))?(?:\s+(?:to|at))?\s*:?\s*\Z
        |\bout\s+of\s+(?:a\s+total\s+of\s+)?\Z""",
    re.VERBOSE | re.IGNORECASE,
)
ELECTORATE_HEAD_RE = re.compile(
    r"\A\s*(?:\w+\s+)?(?:eligible|registered)\s+voters\b", re.IGNORECASE
)
VOTES_HEAD_RE = re.compile(
    r"""\A\s*(?:(?P<opt>yes|no|leave|remain)\s+)?votes?\b
        |\A\s*(?:voters\s+|people\s+)?(?:voted|opted)\b""",
    re.VERBOSE | re.IGNORECASE,
)
BALLOTS_HEAD_RE = re.compile(
    r"""\A\s*(?:voters\s+|people\s+)?(?:cast\s+(?:their\s+)?ballots|voted\s+in\b|ballots)""",
    re.VERBOSE | re.IGNORECASE,
)
CAST_HEAD_RE = re.compile(r"\A\s*(?:valid\s+)?(?:votes|ballots)\s+(?:were\s+|was\s+)?cast\b", re.I)


# --------------------------------------------------------------------------- helpers


def parse_percent(written: str) -> Decimal:
    """A share as written, with its precision; a decimal comma read as a point.

    >>> parse_percent("68,48"), parse_percent("95.5"), parse_percent("55.30")
    (Decimal('68.48'), Decimal('95.5'), Decimal('55.30'))
    """
    return Decimal(written.replace(",", "."))


def parse_count(m: re.Match[str]) -> int | None:
    """A count from a :data:`COUNT_RE` match: "17,410,742", "1.6 million", "10.5m", "2,2 million".

    >>> parse_count(COUNT_RE.search("some 10.5m votes"))
    10500000
    >>> parse_count(COUNT_RE.search("2 million and 200 thousand voters"))
    2200000
    """
    if m.group("grouped"):
        return int(re.sub(r"[,\s]", "", m.group("grouped")))
    mult = m.group("mult").lower()
    factor = {"thousand": 1_000, "bn": 10**9, "billion": 10**9}.get(mult, 1_000_000)
    value = Decimal(m.group("num").replace(",", ".")) * factor
    if m.group("num2"):
        value += Decimal(m.group("num2")) * 1_000
    return int(value)


# SENTENCE_END_RE with the end mark matched first, so that the engine skips to end marks: a
# break starts one character after the match
_FAST_END_RE = re.compile(r"[.!?][\"\u201d\u2019\u00bb)\]]*\s+(?=\S)")


def _sentences(text: str, span: Span) -> list[Span]:
    out: list[Span] = []
    start = span.start
    # SENTENCE_END_RE's look-behind reads the character before the span
    lo = start - 1 if start > 0 and text[start - 1] in ".!?" else start
    for m in _FAST_END_RE.finditer(text, lo, span.end):
        out.append(trusted_span(start, m.start() + 1))
        start = m.end()
    out.append(trusted_span(start, span.end))
    return out


def _last_break(s: str, pattern: re.Pattern[str]) -> int:
    pos = 0
    for m in pattern.finditer(s):
        pos = m.end()
    return pos


def _first_break(s: str) -> int:
    m = BREAK_RE.search(s)
    return m.start() if m else len(s)


# the answers to a ballot of two questions: "Yes to both questions", "Yes to the first
# question but No to the second"
BOTH_ANSWERS_RE = re.compile(r"\b(?P<a>yes|no)\s+to\s+both\b", re.IGNORECASE)
TWO_ANSWERS_RE = re.compile(
    r"""\b(?P<a>yes|no)\s+to\s+the\s+first(?:\s+question)?\s*,?\s*(?:but|and)\s+
        (?P<b>yes|no)\s+to\s+the\s+second\b""",
    re.VERBOSE | re.IGNORECASE,
)


# a side of the ballot named as such: "backed the No side" is the No side's share
NAMED_SIDE_RE = re.compile(
    r"""\bthe\s+[\"'\u201c\u2018]?(?P<o>Yes|No|YES|NO)[\"'\u201d\u2019]?\s+
        (?:side|camp|campaign|option)\b""",
    re.VERBOSE,
)


def _option_in(text: str, membership: bool) -> str | None:
    """The ballot option *text* names, or ``None``.

    >>> _option_in(" answered Yes to the first question but No to the second", False)
    'yes-no'
    """
    if not text.strip():
        return None
    if (both := BOTH_ANSWERS_RE.search(text)) is not None:
        return f"{both['a']}-{both['a']}".lower()
    if (two := TWO_ANSWERS_RE.search(text)) is not None:
        return f"{two['a']}-{two['b']}".lower()
    if (side := NAMED_SIDE_RE.search(text)) is not None:
        return side["o"].lower()
    named = NAMED_GERUND_RE.search(text)
    if named:
        return f"{named['verb']} {named['rest']}".lower()
    noun = NAMED_NOUN_RE.search(text)
    if noun:
        return noun["n"].lower()
    if membership:
        sq = STATUS_QUO_RE.search(text)
        if sq and sq["place"] and sq["place"] not in {"EU", "UE", "European"}:
            return "no"
        leave, remain = LEAVE_RE.search(text), REMAIN_RE.search(text)
        if leave and (not remain or leave.start() < remain.start()):
            return "leave"
        if remain:
            return "remain"
    elif STATUS_QUO_RE.search(text):
        return "no"
    # a No word counts only before the first Yes word, so it is looked for there only
    yes = YES_RE.search(text)
    no = NO_RE.search(text, 0, yes.start()) if yes is not None else NO_RE.search(text)
    if no is not None:
        return "no"
    return "yes" if yes is not None else None


_COMPLEMENT = {
    "yes": "no",
    "no": "yes",
    "leave": "remain",
    "remain": "leave",
    "separation": "unity",
    "unity": "separation",
}


@attrs.define
class _Found:
    """A figure with what the stage knows about its context."""

    draft: FigureDraft
    approx: bool = False
    explicit: bool = False  # the territory is named beside the figure
    headline: bool = False  # read in the headline or a caption, whose words are terse
    of_electorate: bool = False  # a share of all who could vote, not of the ballots cast


def _found(
    region: Territory,
    option: str | None,
    measure: str,
    value: object,
    span: Span,
    block: Paragraph | None,
    *,
    approx: bool = False,
    explicit: bool = False,
    headline: bool = False,
) -> _Found:
    """A figure read at *span* for *region* (a matched place); the footnote marker that
    follows it in *block*, if a block is given, is its citation."""
    draft = FigureDraft(
        region=region.entry.name,
        region_as_written=region.written,
        option=option,
        measure=measure,
        value=value,
        span=span,
        citation=_citation(block, span.end) if block is not None else None,
    )
    return _Found(draft=draft, approx=approx, explicit=explicit, headline=headline)


# the words before a place where a vote is held: "organized on 17 May in the eastern region of"
HELD_IN_TAIL_RE = re.compile(r"\b(?:in|on)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}\Z", re.I)


class _Article:
    """Per-article context: territories in text order and the home territory."""

    def __init__(self, state: ParseState) -> None:
        self.state = state
        self.text = text = state.text
        self.matcher = matcher_for(state.gazetteer)
        # the text in lower case for the case-blind patterns (None: match the text itself)
        self.low = low = state.lowered()
        self.places = _find_all(self.matcher, text, low)
        if any(w in text for w in _SUFFIX_CHECK):
            self.places = _with_suffixed_regions(text, self.places)
        # the places that name a voting territory (not the object of a choice), in text
        # order; names never overlap, so their starts and ends are both sorted
        self.voting = [
            t
            for i, t in enumerate(self.places)
            if _voting_place(text, t, low)
            and not (i and t.via == "demonym" and _ethnic_after_place(text, self.places[i - 1], t))
        ]
        self._starts = [t.span.start for t in self.voting]
        self._ends = [t.span.end for t in self.voting]
        self.membership = _membership(text, low)
        self.home = self._home()
        self.named_options = _named_options(text)
        # the option of the last share read, for "the figure was 95.6 percent"
        self.last_option: str | None = None

    def _home(self) -> Territory | None:
        """The territory the article is mostly about: the most named one; a state wins over
        its own regions when it is named itself."""
        places = self.voting
        if not places:
            return None
        counts = Counter(t.entry.id for t in places)
        by_country = Counter(t.entry.country for t in places if not t.is_state)
        states = {t.entry.country: t for t in places if t.is_state}
        if by_country:
            country, _n = by_country.most_common(1)[0]
            regions = [t for t in places if not t.is_state]
            if len(regions) > 1 and country in states and len({t.entry.id for t in regions}) > 1:
                # a state with a breakdown by its regions, unless one region is named more
                # than the state and than all the state's other regions together (a
                # region's own vote, where its parts are named too); a capital, that also
                # stands for its state's government, is never such a region
                state = states[country]
                ranked = Counter(
                    t.entry.id
                    for t in regions
                    if t.entry.country == country and t.entry.name not in state.entry.metonyms
                ).most_common(1)
                if not ranked:
                    return state
                top, top_n = ranked[0]
                if top_n <= counts[state.entry.id] or top_n <= by_country[country] - top_n:
                    return state
                return next(t for t in regions if t.entry.id == top)
            if country in states and (
                (held := self._held_in(regions)) is not None
                or (held := self._titled(regions)) is not None
            ):
                # "the referendum held in the X region of <state>", or the one region of the
                # state that the headline names: the region votes, however often the state
                # around it is named
                return held
        return max(places, key=lambda t: (counts[t.entry.id], -t.span.start))

    def _held_in(self, regions: list[Territory]) -> Territory | None:
        """The one region of the article's regions named right after a referendum word."""
        if len({t.entry.id for t in regions}) != 1:
            return None
        for t in regions:
            before = self.text[max(0, t.span.start - 80) : t.span.start]
            if REFERENDUM_RE.search(before) and HELD_IN_TAIL_RE.search(before):
                return t
        return None

    def _titled(self, regions: list[Territory]) -> Territory | None:
        """The one region of the article's regions, when the headline names it."""
        title = self.state.title_span
        if title is None or len({t.entry.id for t in regions}) != 1:
            return None
        return next((t for t in regions if title.start <= t.span.start < title.end), None)

    def voting_region_of(self, place: Territory) -> Territory:
        """*place*, or the region the article is about when *place* is the state that
        contains it: a result named nowhere near its figure belongs to the territory that
        votes, not to the state around it ("the future of Canada" in a Quebec story)."""
        home = self.home
        if (
            place.is_state
            and home is not None
            and not home.is_state
            and home.entry.country is not None
            and home.entry.country == place.entry.country
        ):
            return home
        return place

    def before(self, pos: int) -> Territory | None:
        """The last territory named as a voting place before *pos*."""
        last: Territory | None = None
        voting = self.voting
        for i in range(bisect_right(self._ends, pos) - 1, -1, -1):
            t = voting[i]
            if last is None:
                last = t
            if pos - t.span.end > 400:
                break
            # an adjective of a state ("Venezuelan territory") names no voting place when a
            # place is named outright nearby
            if t.via == "name" or not t.is_state:
                return t
        if last is not None and last.via == "demonym" and last.is_state and self.home:
            # only a state's adjective, and none near ("the former Portuguese colony"): the
            # article's own territory
            return self.home
        return last

    def compass_part(self, compass: str, pos: int) -> Territory | None:
        """The place last named before *pos* with the part of the compass *compass* after
        it ("the Kurdish north", "the Greek Cypriot south"), or ``None``."""
        text = self.text
        for t in reversed(self.voting[: bisect_right(self._ends, pos)]):
            m = COMPASS_AFTER_RE.match(text, t.span.end, t.span.end + 20)
            if m is not None and m["c"].lower() == compass:
                return t
        return None

    def within(self, start: int, end: int) -> list[Territory]:
        """The voting places named in ``text[start:end]``."""
        out: list[Territory] = []
        ends = self._ends
        for i in range(bisect_left(self._starts, start), len(ends)):
            if ends[i] > end:
                break
            out.append(self.voting[i])
        return out


# the words between two figures of one measure given for two places: " in the south and "
PLACE_THEN_AND_RE = re.compile(
    r"\s*(?:in|across|for)\s+[\w\s'\u2019-]{2,40}?(?:,\s*|\s+)(?:and|while|whereas)\s*\Z",
    re.IGNORECASE,
)
# a part of the compass as a region: "87% in the north", "the Greek Cypriot south"
_COMPASS = r"(?P<c>(?:north|south)(?:-?(?:east|west))?|east|west)"
COMPASS_HEAD_RE = re.compile(rf"\s*(?:in|across)\s+the\s+{_COMPASS}\b(?!\s+of\b)", re.I)
COMPASS_AFTER_RE = re.compile(rf"\s+{_COMPASS}\b", re.IGNORECASE)
# a state named as the agent or the neighbour of a vote, not the place that votes: "a move
# condemned by the neighbouring Comoros", "rejected by Spain"
AGENT_BEFORE_RE = re.compile(
    r"""(?:\b(?:condemned|denounced|claimed|disputed|critici[sz]ed|contested|annexed|occupied
            |administered|ruled|governed|organi[sz]ed|backed|sponsored)\s+by
          |\bneighbou?ring|\bneighbou?r)\s+(?:the\s+)?(?:neighbou?ring\s+)?\Z""",
    re.VERBOSE | re.IGNORECASE,
)

# a region the gazetteer lacks, named with the generic word of its kind: "the Nenets
# Autonomous Okrug", "Anbar Province", "Kherson Oblast", "Nineveh Governorate"
_SUFFIX_WORDS = (
    "Province", "Oblast", "Governorate", "Okrug", "Krai", "Kray", "Prefecture", "Canton",
    "Voivodeship", "Autonomous Region", "Autonomous Republic",
)  # fmt: skip
# every name SUFFIXED_REGION_RE finds holds one of these
_SUFFIX_CHECK = ("Province", "Oblast", "Governorate", "Okrug", "Kra", "Prefecture", "Canton",
                 "Voivodeship", "Autonomous R")  # fmt: skip
_SUFFIX_ALTS = "|".join(w.replace(" ", r"\s+") for w in _SUFFIX_WORDS)
SUFFIXED_REGION_RE = re.compile(
    rf"""(?<![\w'\u2019-])(?P<n>(?:[A-Z][\w'\u2019-]+\s+){{1,3}}(?:{_SUFFIX_ALTS}))\b""",
    re.VERBOSE,
)
# capitalised words that start a sentence or a clause, not a region's name
_NOT_NAME_WORDS = frozenset(
    {"In", "The", "On", "At", "For", "Of", "By", "And", "But", "From", "To", "As", "With",
     "Across", "Throughout", "Only", "Every", "Each", "Its", "Their", "This", "That"}
)  # fmt: skip


def _with_suffixed_regions(text: str, places: tuple[Territory, ...]) -> tuple[Territory, ...]:
    """*places* and the regions named with a generic word of their kind that the gazetteer
    does not know (each its own region, of no known state)."""
    extra: list[Territory] = []
    for m in SUFFIXED_REGION_RE.finditer(text):
        words = m["n"].split()
        lead = 0
        while lead < len(words) - 1 and words[lead] in _NOT_NAME_WORDS:
            lead += 1
        if len(words) - lead < 2:
            continue
        start = m.start("n") + m["n"].index(words[lead])
        end = m.end("n")
        if any(t.span.start < end and start < t.span.end for t in places):
            continue  # the gazetteer names it, or a part of it
        name = " ".join(words[lead:])
        entry = Entry(id=_slug_key(name), name=name, kind="region", names=(name,))
        extra.append(
            Territory(entry=entry, span=trusted_span(start, end), written=name, via="name")
        )
    if not extra:
        return places
    return tuple(sorted((*places, *extra), key=lambda t: t.span.start))


def _slug_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


# the last letters of the words that AGENT_BEFORE_RE ends with (a cheap test before it)
_AGENT_ENDS = ("by ", "the ", "ring ", "bour ", "bor ", "The ")


def _ethnic_after_place(text: str, prev: Territory, t: Territory) -> bool:
    """Whether *t* is a state's adjective right after another place word, naming a people
    who live there ("Bosnian Serbs", "Kosovo Serbs"): the place is the first word's."""
    return (
        t.via == "demonym"
        and t.is_state
        and prev.entry is not t.entry
        and t.span.start - prev.span.end == 1
        and text[prev.span.end] == " "
    )


def _voting_place(text: str, t: Territory, low: str | None = None) -> bool:
    """Whether *t* names a place that votes, not the object of a choice ("join Russia"), nor
    a state named as an agent or a neighbour ("condemned by the neighbouring X")."""
    before = text[max(0, t.span.start - 40) : t.span.start]
    if (
        before.endswith(_AGENT_ENDS)
        and t.via == "name"
        and t.entry.kind == "state"
        and AGENT_BEFORE_RE.search(before) is not None
    ):
        return False
    return not choice_before(text, low, t.span.start)


@lru_cache(maxsize=4)
def _choice_cache(text: str) -> dict[int, bool]:
    return {}


def choice_before(text: str, low: str | None, start: int) -> bool:
    """Whether the 40 characters before *start* end with the words of a choice
    (:data:`CHOICE_BEFORE_RE`), so that the place named at *start* is what is chosen; *low* is
    the text lower-cased (:meth:`ParseState.lowered`) or None. Kept per text: the referendums
    stage asks again."""
    cache = _choice_cache(text)
    hit = cache.get(start)
    if hit is None:
        lo = max(0, start - 40)
        if lo == start or not text[start - 1].isspace():
            hit = False  # the pattern ends with white space
        elif low is not None:
            hit = CHOICE_BEFORE_LOW_RE.search(low[lo:start]) is not None
        else:
            hit = CHOICE_BEFORE_RE.search(text[lo:start]) is not None
        cache[start] = hit
    return hit


# a share of a ballot of named options: "97.18% of voters chose statehood, 1.50% chose free
# association or independence and 1.32% chose to keep the current territorial status"
# (the word boundary before "per" is a look-behind after its "p", so that the engine skips to
# "%" and "p" instead of trying every character)
CHOSE_RE = re.compile(
    r"""(?:%|p(?<!\w[\s\S])er\s?cent|p(?<!\w[\s\S])ercent)\s+(?:of\s+(?:the\s+)?(?:voters|ballots|votes)\s+)?
        (?:chose|choosing|opted\s+for|opting\s+for|picked|preferred|vot(?:ed|ing)\s+for|for)\s+
        (?:to\s+(?:keep|maintain|retain)\s+)?(?:the\s+)?
        (?P<opt>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,5}?(?:\s+with\s+[A-Z][a-z]+)?)
        (?=\s*(?:[,.;:)]|\Z)|\s+and\s+(?:just\s+|only\s+)?\d)""",
    re.VERBOSE,
)
_CHOSE_WORDS = (
    "chose", "choosing", "opted for", "opting for", "picked", "preferred", "voted for", "voting for",
)  # fmt: skip
# words of a ballot of Yes and No on self-rule or a union, whose options are not named ones
_YES_NO_BALLOT_RE = re.compile(
    r"""\b(?:yes|no|independen\w*|secession|sovereignty|statehood|unity|union|separation
        |remain\w*|leav\w*|stay\w*|join\w*|annex\w*|proposal|amendment|constitution)\b""",
    re.VERBOSE | re.IGNORECASE,
)


def _named_options(text: str) -> tuple[str, ...]:
    """The options of a ballot of named options, when one sentence lists their shares:
    three or more, or two that are neither Yes nor No nor self-rule against the status quo
    (an empty tuple for a ballot of Yes and No)."""
    low = folded(text)
    if not any(w in low for w in _CHOSE_WORDS):
        return ()
    # the shares of named options, grouped by the sentence they stand in
    hits = list(CHOSE_RE.finditer(text))
    if len(hits) < 2:
        return ()
    starts = [sent.start for sent in _sentences(text, trusted_span(0, len(text)))]
    by_sentence: dict[int, list[str]] = {}
    for m in hits:
        by_sentence.setdefault(bisect_right(starts, m.start()), []).append(m["opt"].lower())
    best: tuple[str, ...] = ()
    for found in by_sentence.values():
        opts = tuple(dict.fromkeys(found))
        if len(opts) == 2 and not any(_YES_NO_BALLOT_RE.search(o) for o in opts):
            pass  # "choosing to retain the system of five states and 2% voting for one region"
        elif len(opts) < 3:
            continue
        if len(opts) > len(best):
            best = opts
    return best


_OPTION_NOISE_RE = re.compile(
    r"""\A(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+)*?(?:system|arrangement|model)\s+of\s+
      | \A(?:a|an|the)\s+
      | \b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+""",
    re.VERBOSE,
)


# an option that is a union with a state: named by the state ("union with france")
_UNION_WITH_RE = re.compile(
    r"\A(?:re)?(?:union|unification|integration|accession)\s+(?:with|to)\s+(?:the\s+)?(?P<p>[a-z]+)\Z"
)


def _option_name(written: str) -> str:
    """The name of a named option as written in its share's sentence: without an article, a
    number, or the system it is the kind of; a union with a state is named by the state.

    >>> _option_name("current system of five states"), _option_name("a single region")
    ('states', 'single region')
    >>> _option_name("reunion with germany")
    'germany'
    """
    name = _OPTION_NOISE_RE.sub("", written).strip() or written
    if (union := _UNION_WITH_RE.match(name)) is not None:
        return union["p"]
    return name


_LEAVE_WORD_RE = re.compile(r"\bLeave\b")
_REMAIN_WORD_RE = re.compile(r"\bRemain\b")


def _membership(text: str, low: str | None = None) -> bool:
    """Whether *text* is about a vote on membership of a union (options "leave"/"remain")."""
    if (
        "Leave" in text
        and "Remain" in text
        and _LEAVE_WORD_RE.search(text)
        and _REMAIN_WORD_RE.search(text)
    ):
        return True
    low = folded(text)
    if not any(w in low for w in ("exit", "leav", "quit", "remain", "stay")):
        return False
    if low is not None:
        return MEMBERSHIP_LOW_RE.search(low) is not None
    return MEMBERSHIP_RE.search(text) is not None


def _citation(block: Paragraph, end: int) -> str | None:
    for span, marker in block.markers:
        if span.start >= end:
            return marker
    return None


# --------------------------------------------------------------------------- the stage


def figures(state: ParseState) -> None:
    """Find every referendum result figure in the text and add it to ``state.figures``."""
    text = state.text
    # every figure has a digit in it
    if DIGIT_RE.search(text) is None or not has_popular_vote(text, state.gazetteer):
        return
    art = _Article(state)
    found: list[_Found] = []
    blocks = sorted(state.paragraphs, key=lambda p: p.span.start)
    digits = [DIGIT_RE.search(text, b.span.start, b.span.end) is not None for b in blocks]
    for block, has_digit in zip(blocks, digits, strict=True):
        if not has_digit:
            continue
        btext = block.span.slice(text)
        lone = PERCENT_RE.fullmatch(btext.strip()) or COUNT_RE.fullmatch(btext.strip())
        if lone or _is_cell(btext):
            continue  # table cells are read by _tables
        for sent in _sentences(text, block.span):
            if DIGIT_RE.search(text, sent.start, sent.end) is not None:
                found.extend(_sentence_figures(art, block, sent))
    found.extend(_tables(art, blocks, digits))
    found.sort(key=lambda f: f.draft.span.start)
    _drop_approximations(found)
    _drop_contradicted_headlines(found)
    _drop_shares_of_electorate(found)
    for f in found:
        state.figures.append(f.draft)
        state.note("figures", f.draft.measure, f.draft.span, f"{f.draft.region} {f.draft.value}")


_CELL_RE = re.compile(r"\s*[A-Za-z ]{1,20}\s+[\d,.]+\s*%?\s*")


def _is_cell(s: str) -> bool:
    """A table cell: a short label followed by a count, such as "Votes 2,001,926"."""
    return bool(_CELL_RE.fullmatch(s)) and "  " not in s.strip()


def _drop_approximations(found: list[_Found]) -> None:
    """An approximate share ("almost 90 percent") restating a precise one of the same
    territory and option is not a result of its own."""
    precise = [f.draft for f in found if not f.approx]
    keep = []
    for f in found:
        d = f.draft
        if f.approx and isinstance(d.value, Decimal):
            value = d.value
            if any(
                p.region == d.region
                and p.option == d.option
                and p.measure == d.measure
                and isinstance(p.value, Decimal)
                and abs(p.value - value) <= 2
                for p in precise
            ):
                continue
        if f.approx and isinstance(d.value, int):
            count = d.value
            if any(
                p.region == d.region
                and p.option == d.option
                and p.measure == d.measure
                and isinstance(p.value, int)
                and abs(p.value - count) <= count // 10
                for p in precise
            ):
                continue
        keep.append(f)
    found[:] = keep


# "88.5 per cent of all those entitled to vote answered Yes": a share of the electorate
OF_ELECTORATE_RE = re.compile(
    r"""\s*\)?\s*of\s+(?:all\s+)?(?:the\s+)?(?:whole\s+|entire\s+)?
        (?:electorate|those\s+entitled\s+to\s+vote|(?:registered|eligible)\s+(?:voters|electors)
          |(?:voters|electors)\s+(?:registered|on\s+the\s+rolls?))\b""",
    re.VERBOSE | re.IGNORECASE,
)


def _drop_shares_of_electorate(found: list[_Found]) -> None:
    """A share of an option among all who could vote gives way to the share of the same
    option among the ballots cast, when the text gives both."""
    if not any(f.of_electorate for f in found):
        return
    cast = {
        (f.draft.region, f.draft.option)
        for f in found
        if f.draft.measure == "percent" and not f.of_electorate
    }
    found[:] = [
        f for f in found if not (f.of_electorate and (f.draft.region, f.draft.option) in cast)
    ]


def _drop_contradicted_headlines(found: list[_Found]) -> None:
    """A share in a headline whose option the body contradicts is misread: "Falklands vote
    99.8% to stay British" over "a Yes vote of 99.8%" (same territory, same figure)."""
    body: dict[tuple[str, object], set[str | None]] = {}
    for f in found:
        if not f.headline and f.draft.measure == "percent":
            body.setdefault((f.draft.region, f.draft.value), set()).add(f.draft.option)
    if not body:
        return
    found[:] = [
        f
        for f in found
        if not f.headline
        or f.draft.measure != "percent"
        or f.draft.option in body.get((f.draft.region, f.draft.value), {f.draft.option})
    ]


# what a share voted for or against: the places named in it are what was chosen, not the
# place that votes ("98% voted for closer integration with the union of A, B and C")
OPTION_OBJECT_RE = re.compile(
    r"\b(?:vot(?:ed|ing|es?)|opt(?:ed|ing)|cho(?:se|osing))\s+(?:for|against|in\s+favou?r\s+of)\b",
    re.IGNORECASE,
)
IN_PLACE_BEFORE_RE = re.compile(
    r"\b(?:in|across|throughout)\s+(?:the\s+)?(?:[\w-]+\s+)?\Z", re.IGNORECASE
)
# the words of a ballot's question before the share of its answer: "On the question of
# the region's right to secede should the state dissolve, 98% voted yes"
QUESTION_LEAD_RE = re.compile(r"\bquestion\s+(?:of|on|about|whether)\b[^,;:]*\Z", re.IGNORECASE)


def _in_choice_object(text: str, t: Territory, lo: int) -> bool:
    """Whether *t* is named in what a share before it voted for, since that share."""
    window = text[max(lo, t.span.start - 150) : t.span.start]
    if "vot" not in window and "opt" not in window and "cho" not in window:
        return False
    cut = 0
    for pm in PERCENT_RE.finditer(window):
        cut = pm.end()
    window = window[cut:]
    return OPTION_OBJECT_RE.search(window) is not None and not IN_PLACE_BEFORE_RE.search(window)


def _in_question(text: str, t: Territory, lo: int) -> bool:
    """Whether *t* is named in the words of a ballot's question, before its share."""
    window = text[max(lo, t.span.start - 150) : t.span.start]
    return "question" in window and QUESTION_LEAD_RE.search(window) is not None


# a capitalised word after a place's adjective: the adjective is part of a body's name
BODY_AFTER_RE = re.compile(r" (?:[A-Z][a-z]+ )*?(?:High|Central|National|Electoral|Election"
                           r"|Supreme|Interior|Foreign|State|Commission|Council|Ministry"
                           r"|Government|Tribunal|Court)\b")  # fmt: skip


def _names_body(text: str, t: Territory) -> bool:
    """Whether *t* is a state's adjective in the name of a body ("the French High
    Commission", "the Venezuelan National Electoral Council"), which names who counts the
    votes, not the place that votes."""
    return (
        t.via == "demonym"
        and t.is_state
        and BODY_AFTER_RE.match(text, t.span.end, t.span.end + 40) is not None
    )


# the verb of a clause whose subject stands before a figure set off by commas
APPOSITION_VERB_RE = re.compile(
    r"\s*(?:came|was\s+recorded|were\s+recorded|was\s+registered|was|were)\s+(?=in\b)", re.I
)


def _region_for(
    art: _Article, sent: Span, head: tuple[int, int], fig: Span, national: bool
) -> tuple[Territory | None, bool]:
    """The territory of a figure: named in its clause, earlier in its sentence, earlier in
    the text, or the article's home; ``True`` when named beside it."""
    if national and art.home is not None:
        home = art.home
        if not home.is_state:
            st = art.state.gazetteer.state_by_code(home.entry.country or "")
            hit = [t for t in art.places if st is not None and t.entry is st]
            if hit:
                return hit[0], False
        return home, False
    if "the" in art.text[head[0] : head[0] + 12] and (
        cm := COMPASS_HEAD_RE.match(art.text, head[0], head[1])
    ):
        # "87% in the north": the place named before as "the Turkish Cypriot north"
        named_part = art.compass_part(cm["c"].lower(), fig.start)
        return (named_part, True) if named_part is not None else (art.home, False)
    # the figure's own words end at a comma: ", the highest for any ballot in Britain"
    comma = art.text.find(",", head[0], head[1])
    if (
        comma >= 0
        and not art.text[head[0] : comma].strip()
        and art.text[max(sent.start, fig.start - 2) : fig.start].strip() == ","
        and (verb := APPOSITION_VERB_RE.match(art.text, comma + 1, head[1])) is not None
    ):
        # "The strongest Yes vote, 78 per cent, came in Galway": a figure set off by commas
        # is told of the place the clause's verb names after it
        nxt = art.text.find(",", verb.end(), head[1])
        comma = nxt
        head = (verb.end(), head[1])
    after = [
        t
        for t in art.within(head[0], comma if comma >= 0 else head[1])
        if not _in_choice_object(art.text, t, sent.start)
    ]
    if after:
        # "a Venezuelan state called Essequibo": a state's adjective gives way to a place
        # named outright after it
        named = [t for t in after if t.via == "name" or not t.is_state]
        return (named or after)[0], True
    left = [
        t
        for t in art.within(sent.start, fig.start)
        if not _in_choice_object(art.text, t, sent.start)
        and not _in_question(art.text, t, sent.start)
        and not _names_body(art.text, t)
    ]
    if left:
        return left[-1], True
    prev = art.before(fig.start)
    if prev is not None:
        return art.voting_region_of(prev), False
    return art.home, False


def _sentence_figures(art: _Article, block: Paragraph, sent: Span) -> list[_Found]:
    text = art.text
    percents = list(PERCENT_RE.finditer(text, sent.start, sent.end))
    counts = (
        list(COUNT_RE.finditer(text, sent.start, sent.end))
        if COUNT_CHECK_RE.search(text, sent.start, sent.end)
        else []
    )
    if not percents and not counts:
        return []
    s = sent.slice(text)
    if not (
        VOTE_RE.search(s) if art.low is None else VOTE_LOW_RE.search(art.low[sent.start : sent.end])
    ) and (art.last_option is None or not SAME_MEASURE_RE.search(s)):
        return []
    if (
        (
            DISTRACTOR_RE.search(s)
            if art.low is None
            else DISTRACTOR_LOW_RE.search(art.low[sent.start : sent.end])
        )
        and (not EXIT_POLL_RE.search(s) or EXIT_POLL_FORECAST_RE.search(s))
        and _distracted(s, sent, percents, counts)
    ):
        return []
    out: list[_Found] = []
    prev_end = sent.start
    prev_option: str | None = None
    prev_turnout = False
    flip = False  # the previous figure took the side named after this one
    for i, m in enumerate(percents):
        nxt = percents[i + 1].start() if i + 1 < len(percents) else sent.end
        gap = text[prev_end : m.start()]
        raw_head = text[m.end() : nxt]
        if "(" in raw_head[:3] and (paren := PAREN_HEAD_RE.match(raw_head)) is not None:
            # "53.97 percent (970,910 votes) said no": the words after the brackets are the
            # figure's own
            raw_head = " " * paren.end() + raw_head[paren.end() :]
        cut = _first_break(raw_head)
        head = raw_head[:cut]
        conn = CONNECTOR_RE.search(head) if i + 1 < len(percents) and cut == len(raw_head) else None
        if conn:
            head = head[: conn.start()]
        elif i + 1 < len(percents) and cut == len(raw_head):
            lead = NEXT_TURNOUT_RE.search(head)
            if lead is not None:
                head = head[: lead.start()]
        region_head = head
        if i + 1 < len(percents) and (nc := NEXT_CLAUSE_RE.search(head)) is not None:
            region_head = head[: nc.start()]
        head_span = (m.end(), m.end() + len(region_head))
        if i and not TAIL_BREAK_RE.search(gap):
            tail = ""
        else:
            tail = gap[_last_break(gap, TAIL_BREAK_RE) :] if i else gap
        tail = tail[-90:]
        wide_tail = tail if i else gap[-70:]
        prev_end = m.end()
        comma = head.find(",")
        own_head = head[:comma] if comma >= 0 else head
        if NOT_RESULT_HEAD_RE.search(own_head) or NOT_RESULT_TAIL_RE.search(
            WIDE_MARGIN_RE.sub(" ", tail)
        ):
            prev_option = None
            continue
        if BOUND_BEFORE_RE.search(text[max(sent.start, m.start() - 40) : m.start()]):
            continue
        value = parse_percent(m["num"])
        measure = "percent"
        option: str | None = None
        pronoun_turnout = IT_TURNOUT_RE.search(tail) and _turnout_before(art, block, sent)
        was_flip, flip = flip, False
        if "who" in head[:30] and PARTICIPANTS_CHOSE_RE.match(head):
            # "98% of those who took part voted in favour": a share of the option
            option = _option_in(head, art.membership)
        elif (
            TURNOUT_RE.search(head[:25])
            or TURNOUT_RE.search(wide_tail)
            or pronoun_turnout
            or SHARE_OF_VOTERS_RE.match(head)
            # "by 52% to 48% on a turnout of 71%": the words between two figures name the
            # second one a turnout, with no comma before them
            or (i and "urn" in gap and NEXT_TURNOUT_RE.search(gap))
        ):
            measure = "turnout"
        elif art.named_options and (named := _named_in(own_head, art.named_options)):
            option = named
        elif (two := _two_answers(raw_head, cut)) is not None:
            # "Yes to the first question but No to the second": the "but" is the answer's
            option = f"{two['a']}-{two['b']}".lower()
        elif was_flip and prev_option in _COMPLEMENT:
            option = _COMPLEMENT[prev_option]
        elif "(" in gap[-3:] and (lab := LABEL_COUNT_BEFORE_RE.search(gap[-60:])) is not None:
            # "Agree 1,775,045 (74.3%)": the label before the count names the share too
            option = _option_in(lab["o"], art.membership)
        elif not own_head.strip() and (lab := LABEL_BEFORE_RE.search(tail)) is not None:
            option = _option_in(lab["o"], art.membership)
        elif (lab := STOOD_AT_BEFORE_RE.search(tail)) is not None:
            # "Yes stood at 39.9% and No at 60.1%": the option that stood at the figure
            option = _option_in(lab["o"], art.membership)
        else:
            if (
                NEXT_SIDE_RE.match(head)
                or (
                    # "the No side took 61% of the vote, the Yes side 39%"
                    i + 1 < len(percents)
                    and comma >= 0
                    and NEXT_SIDE_AFTER_COMMA_RE.match(head, comma)
                    and _option_in(own_head, art.membership) is None
                )
            ) and (own := _option_in(tail, art.membership)):
                # "the No side took 61% and the Yes side 39%": the words after the figure
                # name the next one's side
                option = own
            else:
                option = _option_in(head, art.membership)
                if option is None and HEAD_FOR_RE.match(own_head):
                    option = "yes"  # "87% for, 12% against", "80% for a parliament"
                option = option or _option_in(tail, art.membership)
            if option is None and conn is not None and not head.strip():
                # "by 55.3% to 44.7% against independence": the side named after the pair
                # is the first figure's
                option = _pair_option(art, conn, percents, i, sent)
                flip = option is not None
            if option is None and TURNOUT_RE.search(head):
                measure = "turnout"
            elif option is None and prev_turnout and PLACE_THEN_AND_RE.match(gap):
                # "turnout was 89% in the south and 87% in the north"
                measure = "turnout"
            elif option is None and prev_option is not None:
                option = _COMPLEMENT.get(prev_option) if VERSUS_RE.search(gap) else prev_option
            elif option is None and SAME_MEASURE_TAIL_RE.search(tail):
                option = art.last_option
            elif option is None:
                option = _option_in(text[sent.start : m.start()], art.membership)
        if measure == "percent" and option is None:
            continue
        if measure == "turnout" and (
            CLOCK_TIME_RE.search(wide_tail) or CLOCK_TIME_RE.search(own_head[:40])
        ):
            continue  # "turnout at 1pm was 28 percent": an interim figure, no result
        prev_option = option
        prev_turnout = measure == "turnout"
        national = bool(NATIONAL_RE.search(tail) or NATIONAL_RE.search(head))
        region, explicit = _region_for(
            art, sent, head_span, trusted_span(m.start(), m.end()), national
        )
        if region is None:
            continue
        out.append(
            _found(
                region, option, measure, value, trusted_span(m.start(), m.end()), block,
                approx=_approx(gap),
                explicit=explicit,
                headline=block.kind in (Block.TITLE, Block.CAPTION),
            )
        )  # fmt: skip
        if measure == "percent" and OF_ELECTORATE_RE.match(own_head):
            out[-1].of_electorate = True
    shares = [f for f in out if f.draft.measure == "percent"]
    if shares:
        art.last_option = shares[-1].draft.option
    _respectively(art, sent, percents, shares)
    counted = _sentence_counts(art, block, sent, counts)
    _share_options_to_counts(text, out, counted)
    out.extend(counted)
    return out


# the words after a sentence's last figure that only compare it or say who told it: ", well
# above the level of recent local elections", ", X told the Security Council"
ASIDE_TAIL_RE = re.compile(
    r"""[^,;]*,\s+(?:[^,;]*?\b(?:above|below|higher\s+than|lower\s+than|up\s+from|down\s+from
        |compared\s+(?:with|to)|than\s+(?:in|at|for))\b
        |[^,;]*?\b(?:told|addressed|informed|briefed)\s+(?:the\s+)?)""",
    re.VERBOSE | re.IGNORECASE,
)


# a break after the figures that starts a clause of its own
NEW_CLAUSE_RE = re.compile(r"[;\u2013\u2014]|\s-\s|,?\s+but\b")


def _distracted(
    s: str, sent: Span, percents: list[re.Match[str]], counts: list[re.Match[str]]
) -> bool:
    """Whether the distractor words of sentence *s* touch its figures: not when every one
    stands in an aside after the last figure (a comparison, or whom the figures were told)."""
    last = max(m.end() for m in chain(percents, counts)) - sent.start
    if _distractor(s, 0, last) is not None:
        return True
    after = _distractor(s, last, len(s))
    if after is None:
        return False
    if NEW_CLAUSE_RE.search(s, last, after.start()) is not None:
        return False  # "... 50.7 percent, but the capital called new elections"
    aside = ASIDE_TAIL_RE.match(s, last)
    return aside is None or _distractor(s, last, aside.end()) is not None


# a parliament that is what the ballot proposes, not a body that votes: "80% for a
# parliament", "Question 1 (a Scottish Parliament)"
PASSIVE_BEFORE_RE = re.compile(
    r"\b(?:was|were|been|being|be|is|are|get|got)\s+(?:re-?)?\Z", re.IGNORECASE
)
PROPOSED_BODY_RE = re.compile(r"\b(?:a|an|own|new)\s+(?:[A-Z][\w-]*\s+)?\Z", re.IGNORECASE)


def _distractor(s: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first distractor word of *s* in ``[lo, hi)`` (:data:`DISTRACTOR_RE`), not counting
    a parliament that the ballot proposes."""
    for m in DISTRACTOR_RE.finditer(s, lo, hi):
        word = m.group().lower()
        if word == "parliament":
            if PROPOSED_BODY_RE.search(s, max(0, m.start() - 25), m.start()) is not None:
                continue
        elif (
            word.endswith("elected")
            and PASSIVE_BEFORE_RE.search(s, max(0, m.start() - 12), m.start()) is None
        ):
            continue  # "elected" as a person's election: "was re-elected with 98%"
        return m
    return None


def _two_answers(raw_head: str, cut: int) -> re.Match[str] | None:
    """The answers to two questions that start in a figure's own words, or ``None``."""
    two = TWO_ANSWERS_RE.search(raw_head, 0, cut + 60)
    return two if two is not None and two.start() < cut else None


def _named_in(head: str, options: tuple[str, ...]) -> str | None:
    """The named option of a multi-option ballot that *head* mentions, or ``None``."""
    low = head.lower()
    hits = [(low.find(o), o) for o in options if o in low]
    return _option_name(min(hits)[1]) if hits else None


def _respectively(
    art: _Article, sent: Span, percents: list[re.Match[str]], shares: list[_Found]
) -> None:
    """The places named before the shares go with them in order: "Voters in A and B ...
    51.35 percent and 51.15 percent No respectively"."""
    if len(shares) < 2 or not percents:
        return
    if RESPECTIVELY_RE.search(art.text, percents[-1].end(), sent.end) is None:
        return
    places: list[Territory] = []
    for t in art.within(sent.start, percents[0].start()):
        if all(p.entry is not t.entry for p in places):
            places.append(t)
    if len(places) != len(shares):
        return
    for f, t in zip(shares, places, strict=True):
        f.draft = attrs.evolve(f.draft, region=t.entry.name, region_as_written=t.written)
        f.explicit = True


_COUNT_THEN_SHARE_RE = re.compile(r"\A\s*votes?\s*(?:,\s*or|\(|,)\s*(?:about\s+|some\s+)?\Z", re.I)


def _share_options_to_counts(text: str, shares: list[_Found], counts: list[_Found]) -> None:
    """A count written with its share ("2,308,360 votes, or 49.42 per cent, for the Yes")
    takes the share's option: the words around the share name it."""
    for c in counts:
        d = c.draft
        if d.measure != "votes":
            continue
        for f in shares:
            p = f.draft
            if p.measure != "percent" or not 0 <= p.span.start - d.span.end <= 16:
                continue
            if _COUNT_THEN_SHARE_RE.match(text[d.span.end : p.span.start]):
                c.draft = attrs.evolve(d, option=p.option)
            break


# the words that introduce the next figure: "55.3 per cent to 44.7 per cent, on a turnout of
# 84.6 per cent" (the turnout is the third figure's, not the second's)
NEXT_TURNOUT_RE = re.compile(
    r"""(?:,\s*)?(?:\b(?:on|with|and|where|while|when)\s+)?(?:(?:a|the)\s+)?(?:\w+\s+)?
        turn[-\s]?out\s+
        (?:of|at|was|reached|stood\s+at|rose\s+to|fell\s+to
        |(?:was|is|were)\s+(?:put|reported|given|declared|announced|recorded|estimated)
        \s+(?:at|as))?\s*
        (?:about|around|some|nearly|almost|just\s+over|just\s+under)?\s*\Z""",
    re.VERBOSE | re.IGNORECASE,
)
# an option label written right before its share, in a list: "England: Leave 53.4%, Remain
# 46.6%", "Yes 52%; No 48%"
LABEL_BEFORE_RE = re.compile(
    r"(?:\A|[\s:;,(])(?P<o>Yes|No|YES|NO|Leave|Remain|LEAVE|REMAIN|Agree|Disagree|AGREE|DISAGREE)\s*:?\s*\Z"
)
# an option label, its count and the share in brackets: "Agree 1,775,045 (74.3%)"
LABEL_COUNT_BEFORE_RE = re.compile(
    r"""(?:\A|[\s:;,(])(?P<o>Yes|No|YES|NO|Leave|Remain|LEAVE|REMAIN|Agree|Disagree|AGREE
        |DISAGREE)\s*:?\s*\d{1,3}(?:,\d{3})+\s*\(\s*\Z""",
    re.VERBOSE,
)
# an option whose share is told right after it: "Yes stood at 39.9%", "the No vote was at 61%"
STOOD_AT_BEFORE_RE = re.compile(
    r"""(?:\A|[\s:;,(])(?P<o>Yes|No|YES|NO|Leave|Remain|LEAVE|REMAIN)\s+
        (?:(?:vote|side|camp|share)\s+)?(?:stood|was|ended|finished|came\s+in)\s+at\s*\Z""",
    re.VERBOSE,
)
# a bound or a range is no result: "by more than 70%", "between 35% and 40%"
BOUND_BEFORE_RE = re.compile(
    r"""\bby\s+(?:more\s+than|over|at\s+least|less\s+than|under)\s*\Z
      | \bbetween\s*\Z
      | \bbetween\s+\d{1,3}(?:[.,]\d{1,3})?\s*(?:%|per\s?cent|percent)?\s+and\s*\Z""",
    re.VERBOSE | re.IGNORECASE,
)
# "In Sevastopol ... the figure was 95.6 percent": the share of the option read last
SAME_MEASURE_TAIL_RE = re.compile(
    r"""\b(?:the|that|this|its)\s+(?:figure|share|proportion|result|tally)\s+
        (?:was|is|stood\s+at|reached|came\s+to|came\s+in\s+at)\s*\Z""",
    re.VERBOSE | re.IGNORECASE,
)
SAME_MEASURE_RE = re.compile(
    r"\b(?:the|that|this|its)\s+(?:figure|share|proportion|result|tally)\s+(?:was|is|stood)\b",
    re.IGNORECASE,
)
# "22.93% of the island's 2.26 million registered voters cast a ballot", "60% of the
# peninsula's voters took part", "58% of the electorate turned out": a turnout
SHARE_OF_VOTERS_RE = re.compile(
    r"""\A\s*of\s+(?:all\s+|the\s+)?(?:[\w'\u2019.,]+\s+){0,5}?
        (?:(?:registered|eligible)\s+(?:voters|electors)\s+(?:cast|voted|turned\s+out|went\s+to)
          |(?:electorate|voters|electors)\s+(?:had\s+|have\s+)?
           (?:took\s+part|taking\s+part|turned\s+out|turning\s+out|participated|came\s+out))\b""",
    re.VERBOSE | re.IGNORECASE,
)
# brackets right after a figure: "53.97 percent (970,910 votes) said no"
PAREN_HEAD_RE = re.compile(r"\s*\([^()]{1,40}\)")
# a share followed by "for" alone or by what it was for: the Yes side ("87% for, 12% against")
HEAD_FOR_RE = re.compile(
    r"\s*for\b(?!\s+(?:the\s+)?(?:no|nos|against|turnout|each|every|the\s+first)\b)", re.IGNORECASE
)
# a time of day on polling day: "turnout at 1pm", "by noon", "as of 11:00"
CLOCK_TIME_RE = re.compile(
    r"""\b(?:at|by|as\s+of|until|till|before)\s+(?:around\s+|about\s+)?
        (?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?|h\b|hrs\b|o'clock\b|GMT\b|UTC\b
             |local\s+time\b)
          |\d{1,2}[:.]\d{2}\b|noon\b|midday\b|mid-day\b|lunchtime\b)""",
    re.VERBOSE | re.IGNORECASE,
)
# "98% of those who took part voted in favour": a share of an option among the voters, not a
# turnout
PARTICIPANTS_CHOSE_RE = re.compile(
    r"""\A\s*of\s+(?:all\s+)?(?:those|the\s+people|people|voters|the\s+voters)\s+who\s+
        (?:took\s+part|participated|voted|turned\s+out|cast\s+(?:a\s+|their\s+)?ballots?)\s+
        (?:\w+ly\s+)?(?:voted|said|backed|supported|approved|endorsed|rejected|opposed|chose
          |opted|were)\b""",
    re.VERBOSE | re.IGNORECASE,
)
# "Voters in Istanbul and Ankara ... 51.35 percent and 51.15 percent No respectively"
RESPECTIVELY_RE = re.compile(r"\brespectively\b", re.IGNORECASE)
# where the words of the next figure's clause start: "82.18 per cent Yes and the Northern
# Province 75.83 per cent Yes" (the province is the second figure's)
NEXT_CLAUSE_RE = re.compile(r"\b(?:and|while|whereas)\b", re.IGNORECASE)
NEXT_SIDE_RE = re.compile(r"\s*,?\s*(?:and|while|whereas)\s+(?:the|a)\b", re.IGNORECASE)
# ", the Yes side 39%": a comma and the next figure's side, with no word joining them
NEXT_SIDE_AFTER_COMMA_RE = re.compile(
    r""",\s*(?:(?:and|while|whereas)\s+)?the\s+[\"'\u201c\u2018]?(?:Yes|No|YES|NO|Leave|Remain)
        [\"'\u201d\u2019]?\s+(?:side|camp|campaign|option|vote)\b""",
    re.VERBOSE,
)
_MARGIN_TAIL_RE = re.compile(
    r"\b(?:margin|difference|lead|gap|majority)\s+of\s+(?:\w+\s+){0,2}\Z", re.IGNORECASE
)
_PAIR_CONNECTOR_RE = re.compile(r"\A(?:to|versus|vs)\b", re.IGNORECASE)


def _pair_option(
    art: _Article, conn: re.Match[str], percents: list[re.Match[str]], i: int, sent: Span
) -> str | None:
    """The option named right after the second figure of "X% to Y% <option>", which goes
    with the first figure; ``None`` when the pair is joined otherwise or names no option."""
    if _PAIR_CONNECTOR_RE.match(conn.group().strip()) is None:
        return None
    nxt = percents[i + 1]
    stop = percents[i + 2].start() if i + 2 < len(percents) else sent.end
    lead = art.text[nxt.end() : stop]
    lead = lead[: _first_break(lead)]
    comma = lead.find(",")
    lead = lead[: comma if comma >= 0 else 40][:40]
    return _option_in(lead, art.membership)


_TURNOUT_WORD_RE = re.compile(r"\bturn[-\s]?out\b", re.IGNORECASE)


def _turnout_before(art: _Article, block: Paragraph, sent: Span) -> bool:
    before = art.text[block.span.start : sent.start]
    return bool(_TURNOUT_WORD_RE.search(before[-200:]))


def _sentence_counts(
    art: _Article, block: Paragraph, sent: Span, counts: list[re.Match[str]]
) -> list[_Found]:
    """Vote counts, ballots cast and the electorate (*counts*) named in one sentence."""
    text = art.text
    out: list[_Found] = []
    prev_end = sent.start
    for i, m in enumerate(counts):
        nxt = counts[i + 1].start() if i + 1 < len(counts) else sent.end
        head = text[m.end() : nxt]
        pct = PERCENT_RE.search(head)
        head = head[: _first_break(head)][:80]
        if pct is not None:
            head = head[: pct.start()]
        tail = text[prev_end : m.start()][-60:]
        prev_end = m.end()
        value = parse_count(m)
        if value is None or value < 1000 or _MARGIN_TAIL_RE.search(tail):
            continue
        option: str | None = None
        if ELECTORATE_TAIL_RE.search(tail) or ELECTORATE_HEAD_RE.search(head):
            measure = "electorate"
        elif CAST_HEAD_RE.search(head):
            measure = "ballots"
        elif (v := VOTES_HEAD_RE.search(head)) is not None:
            measure = "votes"
            option = (v["opt"] or "").lower() or _option_in(head, art.membership)
            if option is None and re.match(r"\s*\(", text[m.end() : m.end() + 2]) is None:
                option = _option_in(tail[-40:], art.membership)
            if art.named_options and (named := _named_in(head, art.named_options)):
                option = named
            if option is None:
                measure = "ballots"
        elif BALLOTS_HEAD_RE.search(head):
            measure = "ballots"
        elif tail.rstrip().endswith("(") and _option_in(tail[-40:], art.membership):
            measure = "votes"  # "voted to leave (17,410,742)"
            option = _option_in(tail[-40:], art.membership)
        else:
            continue
        region, _explicit = _region_for(
            art, sent, (m.end(), m.end() + len(head)), trusted_span(m.start(), m.end()), False
        )
        if region is None:
            continue
        out.append(
            _found(
                region, option, measure, value, trusted_span(m.start(), m.end()), block,
                approx=_approx(tail),
            )
        )  # fmt: skip
    return out


# --------------------------------------------------------------------------- tables

# a column name, its unit maybe after a comma or in brackets: "Turnout", "Yes, %", "No (%)"
_HEADER_CELL_RE = re.compile(r"\A[A-Za-z][A-Za-z %]{0,24}(?:,\s*%|\s*\(%\))?\Z")
_UNIT_SUFFIX_RE = re.compile(r"(?:,\s*%|\s*\(%\)|\s+%)\Z")
# a share with its sign, a count, or a bare decimal (a share in a column of shares: a count
# is never written with decimals)
_NUM_CELL_RE = re.compile(
    r"""\A(?:(?P<pct>\d{1,3}(?:[.,]\d{1,3})?)\s?%|(?P<n>\d{1,3}(?:,\d{3})+|\d+)
        |(?P<dec>\d{1,3}[.,]\d{1,2}))\Z""",
    re.VERBOSE,
)
# a date in a table's date column: "9 Feb", "3 March 1991", "March 3", "1991"
_DATE_CELL_RE = re.compile(
    r"\A(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?"
    r"|(?:19|20)\d\d)\Z"
)
# a table of a legislature's votes, told by its caption or its note: no referendum's figures
_LEGISLATURE_RE = re.compile(
    r"""\b(?:parliament\w*|deputies|mps|lawmakers|legislat\w+|senators?|congress|seats?
        |supreme\s+councils?|(?:national|general)\s+assembly)\b""",
    re.VERBOSE | re.IGNORECASE,
)
_COLUMN = {
    "electorate": "electorate",
    "voted": "turnout",
    "participation": "turnout",
    "registered voters": "electorate",
    "turnout": "turnout",
    "ballots": "ballots",
    "ballots cast": "ballots",
    "votes cast": "ballots",
}


_TURNOUT_CELL_RE = re.compile(r"\A\W*turn[-\s]?out\W*\Z", re.IGNORECASE)
_VOTES_CELL_RE = re.compile(r"votes?\s+(?P<n>\d{1,3}(?:,\d{3})+)", re.IGNORECASE)
_LINE_HEAD_RE = re.compile(r"\s*(?:electorate|turnout)\b", re.IGNORECASE)
_LINE_FIGURE_RE = re.compile(
    r"\b(?P<k>electorate|turnout)\s*:?\s*(?P<v>\d{1,3}(?:,\d{3})+|\d{1,3}(?:[.,]\d{1,2})?\s?%)",
    re.IGNORECASE,
)


def _tables(art: _Article, blocks: list[Paragraph], digits: list[bool]) -> list[_Found]:
    """Figures in tables whose cells stand one per line: a header row of column names
    (a territory column, then "Electorate", "Yes", "No", ...), then one row per territory;
    and stand-alone result boxes ("NO" / "Votes 2,001,926" / "55.30%")."""
    text = art.text
    cells = [b.span.slice(text).strip() for b in blocks]
    out: list[_Found] = []
    used: set[int] = set()
    i = 0
    n = len(blocks)
    # a header row is four or more label cells in a row; most blocks are no label
    is_label = [_HEADER_CELL_RE.match(c) is not None for c in cells]
    while i < n:
        header = _header_at(cells, i) if is_label[i] else None
        if header is None:
            i += 1
            continue
        width = len(header)
        j = i + width
        rows: list[Paragraph] = []
        while j + width <= n:
            row = cells[j : j + width]
            if _NUM_CELL_RE.match(row[0]) or not all(
                _NUM_CELL_RE.match(c) or _DATE_CELL_RE.match(c) for c in row[1:]
            ):
                break
            rows.extend(blocks[j : j + width])
            used.update(range(j, j + width))
            j += width
        if rows and not (
            (i and _LEGISLATURE_RE.search(cells[i - 1]))
            or (j < n and _LEGISLATURE_RE.search(cells[j]))
        ):
            for k in range(0, len(rows), width):
                out.extend(_table_row(art, rows[k : k + width], header))
        # a caption above the header ("Selected council results") reads as a first column
        # name that no row follows: the header starts at the next cell
        i = j if j > i + width else i + 1
    out.extend(_option_rows(art, blocks, cells, used))
    # result boxes: a lone share or "Votes N" under an option label
    for k, b in enumerate(blocks):
        if k in used or not digits[k]:
            continue
        cell = cells[k]
        pm = PERCENT_RE.fullmatch(cell)
        vm = _VOTES_CELL_RE.fullmatch(cell)
        if not pm and not vm:
            continue
        label = None
        box_turnout = False
        for back in range(k - 1, max(-1, k - 3), -1):
            c = cells[back]
            if digits[back]:
                continue
            lm = LABEL_RE.match(c)
            label = _option_in(lm["o"], art.membership) if lm else None
            # "Turnout" / "67.97%" in a box of key figures
            box_turnout = back == k - 1 and pm is not None and _TURNOUT_CELL_RE.match(c) is not None
            break
        if label is None and not box_turnout:
            continue
        region = art.before(b.span.start) or art.home
        if region is None:
            continue
        if box_turnout:
            assert pm is not None
            span = trusted_span(b.span.start + pm.start("num"), b.span.start + pm.end())
            out.append(_found(region, None, "turnout", parse_percent(pm["num"]), span, b))
            continue
        if pm:
            value: object = parse_percent(pm["num"])
            span = trusted_span(b.span.start + pm.start(), b.span.start + pm.end())
            measure = "percent"
        else:
            assert vm is not None
            value = int(vm["n"].replace(",", ""))
            span = trusted_span(b.span.start + vm.start("n"), b.span.start + vm.end("n"))
            measure = "votes"
        out.append(_found(region, label, measure, value, span, b))
    # "Electorate 4,283,392   Turnout 84.59%" on one line
    for k, b in enumerate(blocks):
        if k in used or not digits[k]:
            continue
        cell = cells[k]
        if not _LINE_HEAD_RE.match(cell):
            continue
        region = art.before(b.span.start) or art.home
        if region is None:
            continue
        for fm in _LINE_FIGURE_RE.finditer(cell):
            kind = fm["k"].lower()
            v = fm["v"]
            start = b.span.start + (b.span.slice(text).find(cell)) + fm.start("v")
            fig_value: object = (
                parse_percent(v.rstrip("% ")) if kind == "turnout" else int(v.replace(",", ""))
            )
            out.append(
                _found(region, None, kind, fig_value, trusted_span(start, start + len(v)), None)
            )
    return out


_OPTION_HEADS = frozenset({"option", "options", "choice", "choices", "answer", "response"})
_OPTION_COLUMNS = {
    "votes": "votes",
    "vote": "votes",
    "votes cast": "votes",
    "share": "percent",
    "percent": "percent",
    "per cent": "percent",
    "%": "percent",
    "percentage": "percent",
}
# rows of a results table that are no option on the ballot
_NOT_OPTION_ROWS = frozenset(
    {
        "informal", "invalid", "blank", "spoilt", "spoiled", "void", "null", "rejected",
        "spoilt ballots", "spoiled ballots", "invalid ballots", "invalid votes", "blank ballots",
        "rejected ballots", "total", "turnout", "electorate", "registered voters", "valid votes", "ballots cast",
    }
)  # fmt: skip


def _option_rows(
    art: _Article, blocks: list[Paragraph], cells: list[str], used: set[int]
) -> list[_Found]:
    """Tables whose rows are the options, one cell per line: a header row ("Option",
    "Votes", "Share"), then one row per option ("Independence" / "176,928" / "97.7%")."""
    text = art.text
    out: list[_Found] = []
    n = len(cells)
    for i, c in enumerate(cells):
        if c.lower() not in _OPTION_HEADS or i in used:
            continue
        columns: list[str] = []
        for h in cells[i + 1 : i + 4]:
            col = _OPTION_COLUMNS.get(h.lower())
            if col is None:
                break
            columns.append(col)
        if not columns:
            continue
        width = len(columns) + 1
        j = i + width
        region = art.before(blocks[i].span.start) or art.home
        while j + width <= n and region is not None:
            label = cells[j]
            row = cells[j + 1 : j + width]
            if _NUM_CELL_RE.match(label) or not all(_NUM_CELL_RE.match(x) for x in row):
                break
            used.update(range(j, j + width))
            name = " ".join(label.lower().split())
            lm = LABEL_RE.match(label)
            option = _option_in(lm["o"], art.membership) if lm else name
            if option is None or name in _NOT_OPTION_ROWS or len(name) > 40:
                j += width
                continue
            for col, block, cell in zip(columns, blocks[j + 1 : j + width], row, strict=True):
                cm = _NUM_CELL_RE.match(cell)
                assert cm is not None
                value: object
                if col == "percent" and (cm["pct"] or cm["dec"]):
                    value = parse_percent(cm["pct"] or cm["dec"])
                elif col == "votes" and cm["n"]:
                    value = int(cm["n"].replace(",", ""))
                else:
                    continue
                start = block.span.start + block.span.slice(text).find(cell)
                span = trusted_span(start, start + len(cell))
                out.append(_found(region, option, col, value, span, block, explicit=True))
            j += width
        # rows of one figure under the options: "Spoilt ballots" / "83", "Turnout" / "87.9%"
        while j + 1 < n and region is not None and cells[j].lower() in _NOT_OPTION_ROWS:
            cm = _NUM_CELL_RE.match(cells[j + 1])
            if cm is None:
                break
            used.update((j, j + 1))
            if _TURNOUT_CELL_RE.match(cells[j]) and cm["pct"]:
                block = blocks[j + 1]
                start = block.span.start + block.span.slice(text).find(cells[j + 1])
                span = trusted_span(start, start + len(cells[j + 1]))
                out.append(_found(region, None, "turnout", parse_percent(cm["pct"]), span, block))
            j += 2
    return out


def _header_at(cells: list[str], i: int) -> list[str] | None:
    """The column names of a table whose header row starts at cell *i* (a unit after a name
    dropped: "Yes, %" is the column "yes"), or ``None``."""
    header: list[str] = []
    for c in cells[i : i + 9]:
        if not _HEADER_CELL_RE.match(c) or _NUM_CELL_RE.match(c):
            break
        header.append(_UNIT_SUFFIX_RE.sub("", c.strip().lower()))
    else:
        return None
    stop = i + len(header)
    if stop >= len(cells) or _NUM_CELL_RE.match(cells[stop]) or _DATE_CELL_RE.match(cells[stop]):
        # the last label-like cell names the first row ("Aberdeen" before its figures); a
        # first row named otherwise ("Ukraine (total)") leaves the header whole
        header = header[:-1]
    if len(header) < 3:
        return None
    options = [h for h in header[1:] if LABEL_RE.match(h)]
    if not options:
        return None
    return header


_ROW_KIND_RE = re.compile(
    r"\s*(?:\((?:city|total|region|oblast|province|county)\)|\b(?:region|oblast|province))\Z",
    re.IGNORECASE,
)


def _table_row(art: _Article, row: list[Paragraph], header: list[str]) -> list[_Found]:
    text = art.text
    name_block = row[0]
    written = name_block.span.slice(text).strip()
    hits = art.matcher.find(text, name_block.span.start, name_block.span.end)
    if hits:
        region_name, as_written = hits[0].entry.name, hits[0].written
    else:
        # a place the gazetteer lacks: its name without the word of its kind ("Ternopil
        # region", "Kiev (city)"), as written in full
        region_name = _ROW_KIND_RE.sub("", written) or written
        as_written = written
    out: list[_Found] = []
    for col, block in zip(header[1:], row[1:], strict=False):
        cell = block.span.slice(text).strip()
        cm = _NUM_CELL_RE.match(cell)
        if cm is None:
            continue
        start = block.span.start + block.span.slice(text).find(cell)
        span = trusted_span(start, start + len(cell))
        option: str | None = None
        lm = LABEL_RE.match(col)
        value: object
        share = cm["pct"] or cm["dec"]
        if lm:
            option = _option_in(lm["o"], art.membership)
            if share:
                measure, value = "percent", parse_percent(share)
            else:
                measure, value = "votes", int(cm["n"].replace(",", ""))
        elif col in _COLUMN:
            measure = _COLUMN[col]
            if measure == "turnout":
                if not share:
                    continue
                value = parse_percent(share)
            else:
                if not cm["n"]:
                    continue
                value = int(cm["n"].replace(",", ""))
        else:
            continue
        out.append(
            _Found(
                draft=FigureDraft(
                    region=region_name,
                    region_as_written=as_written,
                    option=option,
                    measure=measure,
                    value=value,
                    span=span,
                ),
                explicit=True,
            )
        )
    return out
