"""Stage 3, quotes: quotations and who said them.

Quotations are found in any quotation marks (" " “ ” ‘ ’ « » „ “), across paragraphs when a
paragraph opens a quote that the next one continues, and as block quotes: a paragraph that
ends in a speech cue ("he stated,") introduces the next one. Speakers are chosen by sieves,
most precise first (after Muzny et al., 2017):

``trailing-cue``  "…," said X / "…," X said / "…," he added
``leading-cue``   X said (that) "…" / X advised on Sep. 25 that "…"
``colon``         X: "…"
``passive-by``    called a "sham" by X
``according-to``  according to X, "…"
``block-cue``     the speaker of the cue paragraph before a block quote
``continuation``  a paragraph that is all quotation continues the previous speaker

A pronoun resolves to the last person (he, she) or the last state, organisation or group
(it, they) named outside quotations and captions; "the minister" to the last person with
that role. Every statement keeps the name of the rule that chose its speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, timedelta
from itertools import islice
from typing import NamedTuple

import attrs

from refstance._model import ActorKind, Statement, StatementKind, trusted_span
from refstance._parser._dates import (
    find_dates,
    find_dates_lowered,
    first_date,
    first_date_lowered,
)
from refstance._parser._lexicon import (
    INSTITUTION_OF,
    PREP_BEFORE,
    PREP_RIGHT_BEFORE,
    PRONOUNS,
    REPORTING_VERBS,
    SENTENCE_BOUNDARY,
)
from refstance._parser._matcher import low_twin, trie_regex
from refstance._parser._state import Block, Mention, ParseState
from refstance._parser.segment import MARKER_RE

# what may not stand between a quotation and the verb of its trailing attribution
STOP_BEFORE_VERB_RE = re.compile(
    SENTENCE_BOUNDARY + r"|;|\b(?:and|but|which|while|as|because|after|that)\b"
)
POSSESSIVE_WORDS_RE = re.compile(
    r"(?:'s|’s)\s+(?:own\s+)?(?:words|remarks|statement|message|comments|tweet|speech|"
    r"declaration|address|famous\s+line|line|quip|motto)\s*[,:]?\s*\Z",
    re.IGNORECASE,
)
OPENING_RE = re.compile(r"(?:\s+(?:that|it|as|was|were|is|they|he|she|the\s+\w+))*\s*[\"“«„‘]")
TRAILING_MARKERS_RE = re.compile(r"(?:\s*\[(?:[ivxlcdm]{1,8}|\d{1,3})\])+\s*\Z")
ROLE_SYNONYMS = {
    "premier": "prime minister",
    "pm": "prime minister",
    "chief": "secretary-general",
    "head of government": "prime minister",
    "head of state": "president",
    "envoy": "ambassador",
    "diplomat": "ambassador",
    "representative": "ambassador",
}
POSSESSIVE_ROLE_RE = re.compile(
    r"(?:'s|’s)\s+(?:(?:new|former|top)\s+)?(?P<role>(?:foreign\s+|prime\s+|deputy\s+)?"
    r"(?:minister|secretary|president|premier|spokesman|spokeswoman|spokesperson|ambassador|"
    r"envoy|leader|representative|diplomat))\b",
    re.IGNORECASE,
)
POSSESSIVE_WORDS_LOW_RE = low_twin(POSSESSIVE_WORDS_RE)
AS_FOLLOWS_RE = re.compile(r"\b(?:as\s+follows|following|below|these|results?|figures?)\s*:\s*\Z", re.I)
# "the Ministry of Foreign Affairs of North Korea", "the government of Honduras"
# "the statement of the Ministry of Foreign Affairs of the Republic of Turkey": the state
OF_WHOM_RE = re.compile(
    r"(?:\s+of\s+(?:the\s+)?(?:foreign\s+)?(?:ministry|department|office|government|embassy|"
    r"mission|presidency|cabinet)\b)?"
    r"(?:\s+of\s+(?:foreign\s+affairs|external\s+affairs|the\s+interior|defen[cs]e)\b)?"
    r"\s+of\s+(?:the\s+)?",
    re.I,
)
# "X, which described ...", "X, who said ...": the relative clause's antecedent speaks
RELATIVE_GAP_RE = re.compile(r"\s*,\s*(?:which|who)\s+(?:also\s+|has\s+|had\s+|then\s+)?")
# "X, who led the mission, said": a relative clause between the subject and its verb
# (the clause may hold commas of its own: "who met Baghdad, Tehran and Ankara,")
RELATIVE_CLAUSE_GAP_RE = re.compile(r"\s*,\s*(?:who|whose)\s[^;:\"“”]{1,200},\s*")
# "X, a Belarusian parliamentarian, said": an apposition
APPOSITION_GAP_RE = re.compile(r"\s*,[^,]{0,160},\s*")
# "X, leader of Y, where a vote was held, said": an apposition with a clause of its own
APPOSITION_CLAUSE_GAP_RE = re.compile(
    r"\s*,[^,;:\"“”]{1,160},\s*(?:where|which|who|whose|when)\s[^,;:\"“”]{1,160},\s*"
)
# "Sergiy Kyslytsya (Ukraine) said": the delegate speaks, the parenthesis names his state
PAREN_OPEN_RE = re.compile(r"\s*\(\s*")
# what may stand between an actor's name and a person it qualifies: title words ("Council of
# Europe Secretary General Terry Davis")
TITLE_WORDS_GAP_RE = re.compile(r"(?:\s+(?-i:[A-Z])[\w’'.-]*)*\s+")
# ... with "of" or "to" inside the title: "US Secretary of State Jane Doe"
TITLE_OF_WORDS_GAP_RE = re.compile(
    r"(?:\s+(?-i:[A-Z])[\w’'.-]*(?:\s+(?:of|for|to)(?:\s+the)?(?=\s+(?-i:[A-Z])))?)*\s+"
)
# a title that ends in an organisation a person is posted to: "Ambassador to the UN Jane
# Doe", where the organisation and the name after it stand side by side
TITLE_TO_ORG_BEFORE_RE = re.compile(r"(?-i:[A-Z])[\w’'.-]*\s+(?:to|at|of)\s+(?:the\s+)?\Z")
# "the Turkish foreign ministry said", "Russia's foreign ministry said": the gap between the
# state and its verb is the institution that speaks for it
INSTITUTION_GAP_RE = re.compile(
    r"(?:'s|’s)?\s+(?:foreign\s+ministry|ministry\s+of\s+foreign\s+affairs|foreign\s+office|"
    r"government|embassy|presidency|administration|authorities|mission|cabinet)"
    r"(?:\s+(?:has|had|also|then|later|again))*\s*",
    re.IGNORECASE,
)
QUOTE_ENDS_SENTENCE_RE = re.compile(r"\.\s*\Z")
# "The Croatian foreign ministry said", "the Saudi cabinet said": the state speaks
DEMONYM_INSTITUTION_RE = re.compile(
    r"\s+(?:federal\s+)?(?:foreign\s+ministry|ministry\s+of\s+foreign\s+affairs|foreign\s+office|"
    r"government|embassy|presidency|administration|authorities|mission|cabinet|royal\s+court|"
    r"council\s+of\s+ministers|(?:interior|defen[cs]e|information)\s+ministry|"
    r"secretariat\s+(?:for|of)\s+foreign\s+affairs)\b",
    re.IGNORECASE,
)
# "her government said": the state of the person the pronoun refers to
OWN_GOVERNMENT_RE = re.compile(
    r"\b(?P<pron>his|her)\s+(?:government|ministry|foreign\s+ministry|administration)\b", re.I
)
# "'Tokelau has spoken': Winston Peters on ...": the speaker named right after the colon
HEADLINE_COLON_RE = re.compile(r":[ \t]+(?=(?-i:[A-Z]))")
POSSESSIVE_END_RE = re.compile(r"(?:'s|’s|s'|s’)\Z")
WINDOW = 400  # how far a sentence may reach around a quotation, in characters
QUOTE_CHAR_RE = re.compile(r"[\"“”«»„‘’']")
OPEN_DOUBLE = {"“": "”", "«": "»", "„": "“"}
WORD_RE = re.compile(r"[\w'’-]+")
# a sentence boundary, also past a footnote marker: 'replace dialogue.[2] The US said'
_MARKER_AT_END = r"[\"”’»]?(?:\[(?:[ivxlcdm]{1,8}|\d{1,3})\])?"
SENT_END_RE = re.compile(
    SENTENCE_BOUNDARY.replace(r"[\"”’»]?\s+(?=", _MARKER_AT_END + r"[\"”’»]?\s+(?=", 1)
)
# where a boundary may start: after the end punctuation that SENT_END_RE looks behind to
END_PUNCT_RE = re.compile(r"[.!?](?=" + _MARKER_AT_END + r"[\"”’»]?\s)")
# one trie-shaped pattern for every reporting verb: the engine walks letters, not a list
VERB_RE = trie_regex(sorted(v for v in REPORTING_VERBS if v.isalpha()), flags=re.IGNORECASE)
# the lower-case patterns, for the lower-cased text (``state.lowered()``), matched
# case-sensitively: the same matches at the same offsets, faster
VERB_LOW_RE = low_twin(VERB_RE)
PRONOUN_RE = re.compile(r"\b(?:he|she|they|it|his|her|their)\b", re.IGNORECASE)
ACCORDING_RE = re.compile(r"\b(?:according\s+to|in\s+the\s+words\s+of)\b", re.IGNORECASE)
ACCORDING_LOW_RE = low_twin(ACCORDING_RE)
BY_RE = re.compile(r"[\s,]*by\s+", re.IGNORECASE)
# between "by" and the agent it names: an article and title words at most ("by the Kremlin",
# "by Foreign Minister X"), not 'by a recorded vote of 143 in favour (Belarus, ...)'
BY_AGENT_GAP_RE = re.compile(
    r"(?:(?:the|a|an|his|her|its|their)\s+)?(?:(?-i:[A-Z])[\w’'.-]*\s+){0,4}", re.IGNORECASE
)
# ... and between a saying verb and the speaker named after it: 'said Foreign Minister X',
# 'said the UN', 'said that the Kremlin'
AFTER_VERB_GAP_RE = re.compile(r"\s+(?:that\s+)?" + BY_AGENT_GAP_RE.pattern, re.IGNORECASE)
# a quotation framed as someone's label for a thing: 'was called a "sham" by X'
LABEL_FRAME_RE = re.compile(
    r"\b(?:called|calling|dubbed|branded|termed|described|labell?ed|denounced|condemned|"
    r"critici[sz]ed|slammed|hailed|praised)\b[^.;:!?]{0,30}\Z",
    re.IGNORECASE,
)
# what frames a quotation as a name or a ballot's wording, nobody's statement: 'the resolution
# titled "…"', '1.2 million voted for "…"', 'the question asked about "…"'
NOT_SAID_FRAME_RE = re.compile(
    r"(?:\b(?:resolution|report|document|book|article|bill|motion|film|programme|program|"
    r"paper|plan|text)\s+(?:titled|entitled|headlined|named)"
    r"|\bvot(?:ed|ing)\s+(?:for|against|in\s+favou?r\s+of)"
    r"|\bquestion\s+(?:asked|read|reads)(?:\s+(?:about|whether))?)\s*[,:]?\s*\Z",
    re.IGNORECASE,
)
# (the last word of every match of NOT_SAID_FRAME_RE: a cheap test first)
NOT_SAID_LAST_WORDS = (
    "titled", "named", "headlined", "for", "against", "of", "asked", "read", "reads", "about",
    "whether",
)  # fmt: skip
# the words that make a sentence someone's message without a saying verb
COMMUNICATION_LOW_RE = re.compile(
    r"\b(?:message|letter|telegram|congratulations|communiqu[eé]|speech|address|interview)\b"
)
COMMUNICATION_RE = re.compile(COMMUNICATION_LOW_RE.pattern, re.IGNORECASE)
# (one of them is in every match, in lower case)
COMMUNICATION_WORDS = (
    "message", "letter", "telegram", "congratulations", "communiqu", "speech", "address",
    "interview",
)  # fmt: skip
# what may end a sentence after its attributing verb: '…, X said.', '…, Y said on Monday.'
FINAL_CUE_TAIL_RE = re.compile(
    r"(?:\s+(?:on|in|at|to|late|earlier|later|yesterday|today|last)\b[^,;\"“”]{0,30})?[\s.!]*"
)
ROLE_NOUN_RE = re.compile(
    r"\b(?:the\s+(?:(?:former|then|new|outgoing|current)\s+)?(?P<adj>(?:(?-i:[A-Z])[\w’'-]+\s+){1,2})?"
    r"|(?<![\w’'])(?P<adj2>(?:(?-i:[A-Z])[\w’'-]+\s+){1,2}))"
    r"(?P<role>(?:foreign\s+|prime\s+|first\s+|deputy\s+|vice\s+)?"
    r"(?:minister|secretary|president|premier|prime\s+minister|chancellor|spokesman|"
    r"spokeswoman|spokesperson|ambassador|envoy|leader|chairman|chief|mayor|governor|"
    r"head\s+of\s+(?:government|state)))\b",
    re.IGNORECASE,
)
COLLECTIVE_RE = re.compile(
    r"\bthe\s+(?:(?:palace|presidential|official|joint|written|government|ministry)\s+statement|"
    r"statement|leaders|(?:foreign\s+)?ministry|government|communiqu[eé]|declaration|council)\b",
    re.IGNORECASE,
)
QUESTION_END_RE = re.compile(r"\?\s*\Z")
PRONOUN_LOW_RE = low_twin(PRONOUN_RE)
OWN_GOVERNMENT_LOW_RE = low_twin(OWN_GOVERNMENT_RE)
COLLECTIVE_LOW_RE = low_twin(COLLECTIVE_RE)
# a word that every match of ROLE_NOUN_RE holds, in lower case (anywhere: a cheap test)
ROLE_WORDS_LOW_RE = trie_regex(
    ["minister", "secretary", "president", "premier", "chancellor", "spokes", "ambassador",
     "envoy", "leader", "chairman", "chief", "mayor", "governor", "head"],
    whole_words=False,
)  # fmt: skip
# ... of OWN_GOVERNMENT_RE
GOVERNMENT_WORDS_LOW_RE = trie_regex(["government", "ministry", "administration"], whole_words=False)
# ... and of COLLECTIVE_RE
COLLECTIVE_WORDS_LOW_RE = trie_regex(
    ["statement", "leaders", "ministry", "government", "communiqu", "declaration", "council"],
    whole_words=False,
)
# a paragraph that ends by introducing a quotation: "he stated," "said:" "as follows:"
CUE_END_RE = re.compile(r"(?:[,:]|\bas\s+follows\s*:?)\s*\Z", re.IGNORECASE)


@attrs.define
class _Quote:
    start: int  # first character inside the marks
    end: int  # just after the last character inside the marks
    open_at: int  # the opening mark (== start for a block quote)
    close_at: int  # just after the closing mark (== end when there is none)
    para: int
    parts: list[tuple[int, int]]
    block: bool = False
    speaker: str | None = None  # known before attribution (an embedded post's signature)
    said_on: date | None = None
    rule: str = ""


class _Ref(NamedTuple):  # (a tuple: made by the hundred for each article, never changed)
    start: int
    end: int
    key: str
    kind: ActorKind
    in_quote: bool = False
    via: str = "name"  # how the actors stage recognised it: name, demonym, metonym, ...
    possessive: bool = False  # "Churchill's words", "Russia's referendum"


# ----------------------------------------------------------------------------- finding


def _is_open(text: str, i: int) -> bool:
    """Whether a straight quote at *i* opens (after space or start) rather than closes."""
    prev = text[i - 1] if i else " "
    return prev.isspace() or prev in "([{—–-/:" or i == 0


def _scan_block(text: str, lo: int, hi: int) -> list[tuple[int, int, int, int]]:
    """Quotations in one block: (open mark, content start, content end, after close).

    An unclosed double quote runs to the block's end (content end == hi, after close == -1).
    """
    return _scan_marks(text, lo, hi, [m.start() for m in QUOTE_CHAR_RE.finditer(text, lo, hi)])


def _scan_marks(text: str, lo: int, hi: int, marks: list[int]) -> list[tuple[int, int, int, int]]:
    """:func:`_scan_block` given where the block's quotation marks and apostrophes are."""
    out: list[tuple[int, int, int, int]] = []
    double_open: tuple[int, str] | None = None  # position, expected closer
    single_open: int | None = None
    nested = 0  # straight quotes opened inside a straight-quoted passage
    for i in marks:
        ch = text[i]
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < hi else " "
        if double_open is not None:
            closer = double_open[1]
            if ch in OPEN_DOUBLE and ch != closer:
                nested += 1  # a curly quotation inside a straight one: (“D/LPR”)
                continue
            if ch in "”»" and ch != closer and nested:
                nested -= 1
                continue
            if ch == closer or (ch == '"' and closer == '"') or (ch in "”»" and closer in "”»\""):
                if ch == '"' and closer == '"' and not prev.isalnum() and (nxt.isalnum() or nxt in "“‘"):
                    nested += 1  # 'a so-called "referendum" was held': an inner quotation
                    continue
                if ch == '"' and closer == '"' and nested:
                    nested -= 1
                    continue
                out.append((double_open[0], double_open[0] + 1, i, i + 1))
                double_open = None
            continue
        if ch in OPEN_DOUBLE or (ch == '"' and _is_open(text, i)):
            double_open = (i, OPEN_DOUBLE.get(ch, '"'))
            single_open = None
            nested = 0
            continue
        if ch in "‘'" and not prev.isalnum() and nxt.isalpha():
            if single_open is None:
                single_open = i
            continue
        if ch in "’'" and single_open is not None and not nxt.isalnum() and (prev.isalnum() or prev in ".,!?…"):
            out.append((single_open, single_open + 1, i, i + 1))
            single_open = None
    if double_open is not None:
        out.append((double_open[0], double_open[0] + 1, hi, -1))
    return out


def _clean(text: str) -> str:
    """Quotation text as a statement holds it: no footnote markers, single spaces."""
    s = MARKER_RE.sub(" ", text)  # a marker inside a word leaves the two parts apart
    s = s.replace("\u00a0", " ")
    s = " ".join(s.split())
    return s.strip(" ,;\"“”‘’«»").rstrip(" ,;")


def _find_quotes(state: ParseState) -> list[_Quote]:
    text = state.text
    paras = state.paragraphs
    attributable = [i for i, p in enumerate(paras) if p.kind in (Block.TITLE, Block.BODY)]
    quotes: list[_Quote] = []
    pending: _Quote | None = None  # a quotation that the next paragraph may continue
    # every quotation mark and apostrophe of the text, found at once
    marks = [m.start() for m in QUOTE_CHAR_RE.finditer(text)]
    for n, i in enumerate(attributable):
        p = paras[i]
        lo, hi = p.span.start, p.span.end
        k = bisect_left(marks, lo)
        found = [] if k == len(marks) or marks[k] >= hi else _scan_marks(
            text, lo, hi, marks[k : bisect_left(marks, hi, k)]
        )
        if pending is not None:
            first = found[0] if found else None
            if first is not None and first[0] == lo and p.kind is Block.BODY:
                # the convention for a quote over several paragraphs: each opens again
                pending.parts.append((first[1], first[2]))
                pending.end = first[2]
                pending.close_at = first[3] if first[3] != -1 else first[2]
                found = found[1:]
                if first[3] == -1:
                    continue
                pending = None
            else:
                pending = None
        opens_with_quote = bool(found) and found[0][0] == lo
        block = False
        if p.kind is Block.BODY and not opens_with_quote and n > 0:
            prev = paras[attributable[n - 1]]
            # only a caption (a picture) may stand between the cue and its block quote
            between = paras[attributable[n - 1] + 1 : i]
            block = (
                prev.kind is Block.BODY
                # (lines of figures are no picture: "Kherson region: 87.05% for")
                and all(b.kind is Block.CAPTION and "%" not in text[b.span.start : b.span.end]
                        for b in between)
                and _ends_with_cue(text, prev.span.start, prev.span.end, state)
            )
        if block and re.match(r"[\d.,]+\s*(?:%|per\s*cent|percent)", text[lo:hi]):
            block = False  # a list of figures after "as follows:" is no quotation
        if block:
            found = []  # quotations inside a block quote are part of it
        for o, s, e, c in found:
            q = _Quote(start=s, end=e, open_at=o, close_at=c if c != -1 else e, para=i, parts=[(s, e)])
            quotes.append(q)
            if c == -1:
                pending = q
        if block:
            # a block quote after "he stated,": the whole paragraph, less stray marks and
            # the footnote markers at its end
            body = text[lo:hi]
            s = lo + (len(body) - len(body.lstrip("\"“'‘ ")))
            tail = TRAILING_MARKERS_RE.search(body)
            e = lo + len(body[: tail.start() if tail else len(body)].rstrip("\"”'’ "))
            if e - s > 20:
                quotes.append(
                    _Quote(start=s, end=e, open_at=s, close_at=e, para=i, parts=[(s, e)], block=True)
                )
    return quotes


def _ends_with_cue(text: str, lo: int, hi: int, state: ParseState) -> bool:
    end = hi
    while end > lo and text[end - 1].isspace():
        end -= 1
    tail = text[max(lo, end - 8) : end]  # text[lo:hi].rstrip()[-8:]
    if not tail.endswith((",", ":", "]")) and not tail.lower().endswith("follows"):
        return False  # CUE_END_RE needs a comma or colon at the end, or "as follows"
    body = MARKER_RE.sub("", text[lo:hi]).rstrip()
    if not CUE_END_RE.search(body):
        return False
    sentences = SENT_END_RE.split(body)
    last = sentences[-1] if sentences else body
    if '"' in last[-3:] or "”" in last[-3:]:
        return False
    if VERB_RE.search(last) is not None:
        return True
    # "Belgium Prime Minister Charles Michel:", "Its leader, X, put it bluntly that day:" —
    # a short sentence naming the speaker
    return body.endswith(":") and len(WORD_RE.findall(last)) <= 14 and not AS_FOLLOWS_RE.search(body)


# ----------------------------------------------------------------------------- speakers


def _refs(state: ParseState, quotes: list[_Quote]) -> list[_Ref]:
    """Actor mentions outside captions, in text order, flagged when inside a quotation."""
    attributable = [p.span for p in state.paragraphs if p.kind in (Block.TITLE, Block.BODY)]
    inside = sorted((a, b) for q in quotes for a, b in q.parts)
    inside_starts = [a for a, _ in inside]
    para_starts = [s.start for s in attributable]
    text = state.text
    refs: list[_Ref] = []
    for d in state.actors.values():
        for m in d.mentions:
            start, end = m.span.start, m.span.end
            k = bisect_right(para_starts, start) - 1
            if k < 0 or start >= attributable[k].end:
                continue
            j = bisect_right(inside_starts, start) - 1
            in_q = j >= 0 and start < inside[j][1]
            refs.append(
                # start, end, key, kind, in_quote, via, possessive
                _Ref(start, end, d.key, d.kind, in_q, m.via, text[end : end + 2] in ("'s", "’s"))
            )
    refs.sort(key=lambda r: r.start)
    return refs


def _sentence(text: str, lo: int, hi: int, start: int, end: int, quotes: list[_Quote]) -> tuple[int, int]:
    """The sentence holding [start, end) inside a block, not cutting through quotations.

    A sentence reaches at most :data:`WINDOW` characters beyond the quotation on either side,
    so that text without sentence punctuation still parses in linear time.

    The stage asks :meth:`_Resolver.sentence`, which gives the same from boundaries found once
    a block (tests/test_parser_speed_equivalence.py holds the two together).
    """
    lo, hi = max(lo, start - WINDOW), min(hi, end + WINDOW)
    near = quotes[
        bisect_left(quotes, lo - 2 * WINDOW - 1, key=_open_at) : bisect_left(quotes, hi, key=_open_at)
    ]
    masked_ranges = [(q.open_at, q.close_at) for q in near if q.close_at > lo][:50]

    def masked(i: int) -> bool:
        # a boundary at a quotation's closing mark is real: '"We will win." He left.'
        return any(a <= i < b - 1 for a, b in masked_ranges)

    s = lo
    # the boundary's look-ahead must see the quotation mark that opens the next sentence
    for m in SENT_END_RE.finditer(text, lo, min(hi, start + 3)):
        if m.start() >= start:
            break
        if not masked(m.start()):
            s = m.end()
    e = hi
    for m in SENT_END_RE.finditer(text, max(lo, end - 2), hi):
        if not masked(m.start()):
            e = m.start()
            break
    return s, e


def _open_at(q: _Quote) -> int:
    return q.open_at


def _boundaries(text: str, lo: int, hi: int) -> tuple[list[int], list[tuple[int, int, int]]]:
    """The sentence boundaries of the block [lo, hi): their starts, and (start, end, end of
    the look-ahead) for each. A scan of part of the block finds those of them that start
    inside the part and whose look-ahead ends inside it (none can start inside another)."""
    out: list[tuple[int, int, int]] = []
    # a boundary starts right after end punctuation (before a space, or a mark and a space):
    # try only there (and at *lo*, whose look-behind sees the text before it)
    starts = [pm.end() for pm in END_PUNCT_RE.finditer(text, lo, hi)]
    if lo > 0 and text[lo - 1] in ".!?":
        starts.insert(0, lo)
    for at in starts:
        m = SENT_END_RE.match(text, at, hi)
        if m is None:
            continue
        me = m.end()
        # the look-ahead saw a capital, or an opening mark and a capital
        out.append((m.start(), me, me + 1 if text[me] not in "\"“‘«" else me + 2))
    return [b[0] for b in out], out



class _Resolver:
    def __init__(self, state: ParseState, refs: list[_Ref], found: list[_Quote] | None = None) -> None:
        self.state = state
        self.refs = [r for r in refs if not r.in_quote]
        self.starts = [r.start for r in self.refs]
        self.text = state.text
        self.low = state.lowered()
        # (position, key) of the speaker of the last attributed quotation, for salience
        self.recent_speaker: tuple[int, str] | None = None
        # every quotation in text order (what :func:`_sentence` is given), and their openings
        self.found: list[_Quote] = found if found is not None else []
        self.opens = [q.open_at for q in self.found]
        self._bounds: dict[tuple[int, int], tuple[list[int], list[tuple[int, int, int]]]] = {}
        self._governed: dict[tuple[int, int], tuple[bool, bool]] = {}
        self._dates: dict[str, date | None] = {}
        # (the lists of quotations live as long as the resolver: their ids stay theirs)
        self._outsides: dict[tuple[int, int, int], str] = {}
        self.para_starts = [p.span.start for p in state.paragraphs]
        self._lower_any: str | None = None
        self._opens: dict[int, bool] = {}

    def sentence(self, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
        """:func:`_sentence` of block [lo, hi) among all quotations, with the block's sentence
        boundaries found once."""
        bounds = self._bounds.get((lo, hi))
        if bounds is None:
            bounds = self._bounds[(lo, hi)] = _boundaries(self.text, lo, hi)
        b_starts, b_list = bounds
        lo, hi = max(lo, start - WINDOW), min(hi, end + WINDOW)
        opens, quotes = self.opens, self.found
        masked_ranges = [
            (q.open_at, q.close_at)
            for q in quotes[bisect_left(opens, lo - 2 * WINDOW - 1) : bisect_left(opens, hi)]
            if q.close_at > lo
        ][:50]
        s = lo
        stop = min(hi, start + 3)
        first = bisect_left(b_starts, lo)
        for k in range(bisect_left(b_starts, start) - 1, first - 1, -1):
            ms, me, ahead = b_list[k]
            if ahead > stop:
                continue  # beyond the scan
            if not any(a <= ms < b - 1 for a, b in masked_ranges):
                s = me  # the last boundary before the start that no quotation masks
                break
        e = hi
        for k in range(bisect_left(b_starts, max(lo, end - 2)), len(b_list)):
            ms, _me, ahead = b_list[k]
            if ahead > hi:
                break
            if not any(a <= ms < b - 1 for a, b in masked_ranges):
                e = ms
                break
        return s, e

    def governed(self, lo: int, pos: int, strict: bool = False) -> bool:
        """:func:`_object_of_preposition` (of ``self.text``), each window looked at once."""
        key = (max(lo, pos - 60), pos)
        known = self._governed.get(key)
        if known is None:
            window = self.text[key[0] : pos]
            if self.low is None:
                prep = PREP_BEFORE_RE.search(window) is not None
                inst = prep and INSTITUTION_OF_RE.search(window) is not None
            else:
                # the pattern can match only where a preposition starts: try there (a
                # preposition inside another's match, "called on", matches where it does)
                w_low = self.low[key[0] : pos]
                prep = any(
                    PREP_BEFORE_RE.match(window, pm.start())
                    for pm in PREP_WORD_LOW_RE.finditer(w_low)
                )
                inst = prep and INSTITUTION_OF_LOW_RE.search(w_low) is not None
            known = self._governed[key] = (prep, inst)
        return known[0] and (strict or not known[1])

    def said_on(self, lo: int, hi: int, quotes: list[_Quote]) -> date | None:
        """:func:`_said_on` of [lo, hi) with *quotes* blanked, on the lower-cased text, once
        for each sentence."""
        if self.low is None:
            return _said_on(self.state, lo, hi, _outside(self.text, lo, hi, quotes))
        outside = self.outside_low(lo, hi, quotes)
        if outside in self._dates:
            return self._dates[outside]
        d = self._dates[outside] = _said_on_lowered(self.state.published, outside)
        return d

    def outside_low(self, lo: int, hi: int, quotes: list[_Quote]) -> str:
        """:func:`_outside` on the lower-cased text (when there is one), once for each range."""
        key = (lo, hi, id(quotes))
        known = self._outsides.get(key)
        if known is None:
            known = self._outsides[key] = _outside(self.low or self.text, lo, hi, quotes)
        return known

    def paragraph_at(self, pos: int) -> int | None:
        """The index of the paragraph holding *pos*."""
        k = bisect_right(self.para_starts, pos) - 1
        if k >= 0 and pos < self.state.paragraphs[k].span.end:
            return k
        return None

    def refs_in(self, lo: int, hi: int) -> list[_Ref]:
        return self.refs[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def _back(self, pos: int) -> list[_Ref]:
        """The references before *pos* within reach of an antecedent, nearest last."""
        i = bisect_left(self.starts, pos)
        return self.refs[max(0, i - 200) : i]

    def before(self, pos: int, kinds: tuple[ActorKind, ...], gender: str | None = None) -> str | None:
        r = self.before_ref(pos, kinds, gender)
        return r.key if r is not None else None

    def before_ref(
        self, pos: int, kinds: tuple[ActorKind, ...], gender: str | None = None
    ) -> _Ref | None:
        """The last mention before *pos* of an actor of one of *kinds* (and *gender*)."""
        for r in reversed(self._back(pos)):
            if r.start >= pos:
                continue
            if r.kind not in kinds or r.via == "demonym":
                continue
            if r.possessive and r.kind is ActorKind.PERSON:
                continue
            d = self.state.actors.get(r.key)
            if gender and d is not None and d.gender and d.gender != gender:
                continue
            return r
        return None

    def pronoun(self, word: str, pos: int) -> str | None:
        g = PRONOUNS.get(word.lower())
        recent = self.recent_speaker
        if recent is not None and pos - recent[0] < 1200:
            between = self.refs_in(recent[0], pos)
            d = self.state.actors.get(recent[1])
            if d is not None and not any(
                r.kind is ActorKind.PERSON and not r.possessive and r.via != "demonym"
                for r in between
            ):
                person = d.kind is ActorKind.PERSON
                if g in ("m", "f") and person and (d.gender in (None, g)):
                    return d.key
                if g in ("p", "n") and not person and not any(
                    r.key != d.key and r.via != "demonym" and self.opens_sentence(r.start)
                    for r in between
                ):
                    # (not past a sentence about another: 'Peru's ministry took the same
                    # line. "…," it said')
                    return d.key
        if g in ("m", "f"):
            unnamed = self.unnamed_speaker(pos, g)
            if unnamed is not None:
                return unnamed
            ref = self.before_ref(pos, (ActorKind.PERSON,), g)
            return self.subject_over_object(ref, g) if ref is not None else None
        if word.lower() == "it":
            author = self.statement_author(pos)
            if author is not None:
                return author
        return self.collective(pos)

    def lower_text(self) -> str:
        """The lower-cased text (``state.lowered()``, or a plain lower-casing when that has
        none: then only for look-ups whose offsets need not be exact)."""
        if self._lower_any is None:
            self._lower_any = self.low if self.low is not None else self.text.lower()
        return self._lower_any

    def opens_sentence(self, start: int) -> bool:
        """Whether the mention at *start* is the first word of its sentence ("The" aside)."""
        known = self._opens.get(start)
        if known is None:
            known = self._opens[start] = self._opens_sentence(start)
        return known

    def _opens_sentence(self, start: int) -> bool:
        i = self.paragraph_at(start)
        if i is None:
            return False
        p_lo = self.state.paragraphs[i].span.start
        window_lo = max(p_lo, start - 8)
        head = self.text[window_lo:start]
        if head.endswith(("The ", "the ")):
            head = head[:-4]
        head = head.rstrip()
        if not head:
            return window_lo == p_lo
        return head.endswith((".", "!", "?", '"', "”"))

    def unnamed_speaker(self, pos: int, gender: str) -> str | None:
        """The state or organisation an unnamed spokesperson named since the last person
        speaks for: 'A spokeswoman for the US embassy said … "…," she said.'"""
        low = self.lower_text()
        at = low.rfind("spokes", max(0, pos - 600), pos)
        if at < 0:
            return None
        found = UNNAMED_SPOKES_LOW_RE.match(low, at, pos)
        if (
            found is None
            or {"man": "m", "woman": "f"}.get(found.group("g"), gender) != gender
            or not UNNAMED_ARTICLE_LOW_RE.search(low, max(0, at - 40), at)
            or any(
                r.kind is ActorKind.PERSON and not r.possessive and r.via != "demonym"
                for r in self.refs_in(at, pos)
            )
        ):
            return None  # a named person since is whom the pronoun means
        owner = self.refs_in(found.end(), found.end() + 40)
        if owner and owner[0].kind is not ActorKind.PERSON and (
            UNNAMED_OWNER_GAP_RE.fullmatch(self.text, found.end(), owner[0].start)
        ):
            return owner[0].key
        return None

    def subject_over_object(self, r: _Ref, gender: str) -> str:
        """'Balitsky said he had asked Putin to accept the region. "…," he wrote': the
        subject of the sentence before, not the person its verb governs."""
        key = r.key
        i = self.paragraph_at(r.start)
        if i is None:
            return key
        p = self.state.paragraphs[i].span
        ob = OBJECT_BEFORE_RE.search(self.text, max(p.start, r.start - 60), r.start)
        if ob is None or ob.group().split(None, 1)[0].lower() in INVERTED_VERBS:
            return key
        s_lo = max(p.start, r.start - 300)
        for bm in SENT_END_RE.finditer(self.text, s_lo, r.start):
            s_lo = bm.end()  # (a sentence boundary inside a quotation would do too: rare)
        if ob.start() < s_lo:
            return key
        for x in self.refs_in(s_lo, r.start):
            if x.kind is not ActorKind.PERSON or x.possessive or x.via == "demonym":
                continue
            d = self.state.actors.get(x.key)
            if d is not None and d.gender and d.gender != gender:
                continue
            if x.key != key and not self.governed(s_lo, x.start):
                return x.key
            break
        return key

    def statement_author(self, pos: int) -> str | None:
        """What "it" refers to after 'X issued a brief statement.': the statement, so X."""
        low = self.lower_text()
        lo = max(0, pos - 300)
        noun = max(low.rfind(word, lo, pos) for word in STATEMENT_NOUNS)
        if noun < 0 or self.refs_in(noun, pos):
            return None
        found = ISSUED_BEFORE_LOW_RE.search(low, max(0, noun - 60), noun)
        if found is None:
            return None
        i = self.paragraph_at(found.start())
        if i is None:
            return None
        p = self.state.paragraphs[i].span
        s_lo, _s_hi = self.sentence(p.start, p.end, found.start(), noun)
        key, _how = _subject_near(self, s_lo, found.start(), found.start(), True, names_only=True)
        return key

    def collective(self, pos: int) -> str | None:
        """What "it", "they", "the statement" refer to: an organisation or group named in
        the last few paragraphs, else the last state."""
        for r in reversed(self._back(pos)):
            if r.start >= pos:
                continue
            if pos - r.start > 800:
                break
            if r.kind in (ActorKind.ORGANIZATION, ActorKind.GROUP):
                return r.key
        return self.before(pos, (ActorKind.STATE,))

    def role(self, role: str, pos: int, adj: str | None = None) -> str | None:
        """The person "the [Belarusian] leader" refers to: the last one with that role, or
        with any leading role for the state the adjective names."""
        role = " ".join(role.lower().split())
        role = ROLE_SYNONYMS.get(role, role)
        state = None
        if adj:
            from refstance._parser.actors import matcher_for

            bare = POSSESSIVE_END_RE.sub("", adj.strip())  # "Guyana's foreign minister"
            hit = matcher_for(self.state.gazetteer).table.get(bare)
            state = hit[0].id if hit and hit[0].kind == "state" else None
            if hit and hit[0].kind == "organization" and role == "secretary-general":
                pass  # "the United Nations chief": the role is enough
        for r in reversed(self._back(pos)):
            if r.start >= pos or r.kind is not ActorKind.PERSON:
                continue
            d = self.state.actors.get(r.key)
            if d is None:
                continue
            if state is not None:
                if d.affiliation == state:
                    return r.key
                continue
            if any(role in t or t in role or role.split()[-1] in t for t in d.titles):
                return r.key
        # a headline or lede may name the role before the person: "UN chief warns ...",
        # "Guyana's foreign minister on ..."
        i = bisect_left(self.starts, pos)
        for r in self.refs[i : i + 60]:
            if r.start - pos > 1500:
                break
            d = self.state.actors.get(r.key)
            if r.kind is not ActorKind.PERSON or d is None:
                continue
            if (state is None or d.affiliation == state) and any(role in t for t in d.titles):
                return r.key
        return None


# "a spokeswoman for the US embassy", "an embassy spokesman", "a spokesperson at the ministry"
UNNAMED_SPOKES_LOW_RE = re.compile(r"spokes(?P<g>man|woman|person)\s+(?:for|of|at)\s+(?:the\s+)?")
UNNAMED_ARTICLE_LOW_RE = re.compile(r"\b(?:a|an|the)\s+(?:[a-z]+\s+){0,2}\Z")
UNNAMED_OWNER_GAP_RE = re.compile(r"(?:(?-i:[A-Z])[\w’'.-]*\s+){0,2}")
# a verb right before a name governs it: "had asked Vladimir Putin", "met President X"
OBJECT_BEFORE_RE = re.compile(
    r"\b(?:(?-i:[a-z]){2,}ed|met|told|sent|thanked|let)\s+(?:(?-i:[A-Z])[\w’'.-]*\s+){0,3}\Z",
    re.IGNORECASE,
)
# ... but after these the name is the subject: '"…," added Putin'
INVERTED_VERBS = frozenset("added stated continued explained noted declared insisted replied".split())
# "issued a brief statement", "released a written message": what "it" may then refer to
STATEMENT_NOUNS = ("statement", "message", "communiqu", "declaration")
ISSUED_BEFORE_LOW_RE = re.compile(
    r"\b(?:issued|released|put\s+out|published|sent|posted)\s+(?:a|an|the|his|her|its)\s+"
    r"(?:[a-z-]+\s+){0,2}\Z"
)
INSTITUTION_AFTER_RE = re.compile(
    r"(?:'s|’s)\s+(?:foreign\s+ministry|ministry(?:\s+of\s+\w+(?:\s+affairs)?)?|government|embassy|"
    r"mission|cabinet|presidency|administration|foreign\s+office|state\s+department)\b",
    re.IGNORECASE,
)
# ... and who speaks for an institution: "a source at the Saudi Foreign Ministry", "a
# spokeswoman for the US embassy", "the presidency of the European Union"
SPEAKS_FOR_OF = (
    INSTITUTION_OF
    + r"|\b(?:presidency|sources?|officials?|spokes(?:man|woman|person)|representatives?)\s+"
    r"(?:at|for|of)\s+(?:the\s+)?\Z"
)
INSTITUTION_OF_RE = re.compile(SPEAKS_FOR_OF, re.IGNORECASE)
PREP_BEFORE_RE = re.compile(PREP_BEFORE, re.IGNORECASE)
INSTITUTION_OF_LOW_RE = low_twin(INSTITUTION_OF_RE)
# the preposition that starts every match of PREP_BEFORE_RE, for the lower-cased text
PREP_WORD_LOW_RE = re.compile(PREP_RIGHT_BEFORE.removesuffix(r"\Z"))


def _is_person(res: _Resolver, key: str) -> bool:
    d = res.state.actors.get(key)
    return d is not None and d.kind is ActorKind.PERSON


def _object_of_preposition(text: str, lo: int, pos: int, strict: bool = False) -> bool:
    """Whether the mention at *pos* is governed by a preposition ("leaving for Moscow").

    "The authorities of North Korea said" lets North Korea speak, unless (*strict*) a
    person stands before it: "Barroso, the president of the European Commission, said".
    (The stage asks :meth:`_Resolver.governed`, the same on the lower-cased text.)
    """
    window = text[max(lo, pos - 60) : pos]
    if PREP_BEFORE_RE.search(window) is None:
        return False
    return strict or not INSTITUTION_OF_RE.search(window)


def _candidates(
    res: _Resolver, lo: int, hi: int, names_only: bool = False
) -> list[tuple[int, int, str, str]]:
    """Speakers named or referred to in [lo, hi): (start, end, actor key, how), in order."""
    text = res.text
    out: list[tuple[int, int, str, str]] = []
    for r in res.refs_in(lo, hi):
        if r.via == "demonym" and not DEMONYM_INSTITUTION_RE.match(text, r.end):
            continue  # "Russian President Vladimir Putin": the person speaks
        if r.possessive and not INSTITUTION_AFTER_RE.match(text, r.end):
            continue  # "Russia's referendum" (but "Britain's foreign ministry" speaks)
        if text[r.end : r.end + 1] == "-" or text[r.start - 1 : r.start] == "-":
            continue  # "Russia-backed", "the pro-Moscow movement"
        out.append((r.start, r.end, r.key, "name"))
    if names_only:
        return out
    low = res.low
    for m in (PRONOUN_RE.finditer(text, lo, hi) if low is None else PRONOUN_LOW_RE.finditer(low, lo, hi)):
        key = res.pronoun(m.group(), m.start())
        if key is not None:
            out.append((m.start(), m.end(), key, "pronoun"))
    for r in res.refs_in(lo, hi):
        if r.possessive:
            rm = POSSESSIVE_ROLE_RE.match(text, r.end)
            if rm:
                key = res.role(rm.group("role"), r.start, text[r.start : r.end])
                if key is not None:
                    out.append((r.start, r.end + rm.end() - rm.start(), key, "title"))
    # the patterns below find nothing in a range without one of their words (lower case)
    if low is None or ROLE_WORDS_LOW_RE.search(low, lo, hi):
        for m in ROLE_NOUN_RE.finditer(text, lo, hi):
            key = res.role(m.group("role"), m.start(), m.group("adj") or m.group("adj2"))
            if key is not None:
                out.append((m.start(), m.end(), key, "title"))
    if low is None or GOVERNMENT_WORDS_LOW_RE.search(low, lo, hi):
        for m in (
            OWN_GOVERNMENT_RE.finditer(text, lo, hi)
            if low is None
            else OWN_GOVERNMENT_LOW_RE.finditer(low, lo, hi)
        ):
            person = res.pronoun(m.group("pron"), m.start())
            d = res.state.actors.get(person) if person else None
            if d is not None and d.affiliation in res.state.actors:
                out.append((m.start(), m.end(), d.affiliation, "collective"))
    if low is None or COLLECTIVE_WORDS_LOW_RE.search(low, lo, hi):
        for m in (
            COLLECTIVE_RE.finditer(text, lo, hi) if low is None else COLLECTIVE_LOW_RE.finditer(low, lo, hi)
        ):
            om = OF_WHOM_RE.match(text, m.end())
            owner = res.refs_in(om.end(), om.end() + 1) if om else []
            key = owner[0].key if owner else res.collective(m.start())
            if key is not None:
                out.append((m.start(), m.end(), key, "collective"))
    out.sort()
    if len(out) > 1:
        titled = [(c[0], c[1]) for c in out if c[3] == "title" and _is_person(res, c[2])]
        if titled:
            # "UN chief warns": the organisation inside the title a person holds is no speaker
            out = [
                c
                for c in out
                if c[3] != "name" or not any(a <= c[0] and c[1] < b for a, b in titled)
            ]
    return out


def _subject_near(
    res: _Resolver, lo: int, hi: int, anchor: int, prefer_before: bool, names_only: bool = False
) -> tuple[str | None, str]:
    """The speaker for a cue at *anchor*.

    Before the cue (``prefer_before``): the actor right before it ("X said", "X, the
    minister, said"), else the first actor of the sentence that is not the object of a
    preposition ("Putin congratulated Tokayev and stressed"). After it: the nearest.
    """
    text = res.text
    cands = _candidates(res, lo, hi, names_only)
    if prefer_before:
        before = [c for c in cands if c[1] <= anchor]
        first_person = next((c[0] for c in before if c[3] == "name" and _is_person(res, c[2])), None)
        free = [
            c
            for c in before
            if not res.governed(lo, c[0], first_person is not None and first_person < c[0])
        ]
        if first_person is not None and len(free) < len(before):
            free = _free_titled_people(res, before, free)
        before = free or before
        if before:
            last = max(before, key=lambda c: (c[1], c[0] - c[1]))
            if text.startswith(")", last[1]) and last[3] == "name" and not _is_person(res, last[2]):
                person = next(
                    (c for c in reversed(before)
                     if c[1] <= last[0] and c[3] == "name" and _is_person(res, c[2])),
                    None,
                )
                if person is not None and PAREN_OPEN_RE.fullmatch(text, person[1], last[0]):
                    last = person  # "Name (Country) said": the delegate, not the country
            for c in reversed(before):
                if c[1] < last[0] and RELATIVE_CLAUSE_GAP_RE.fullmatch(text, c[1], anchor):
                    # "Sanbar, who led the UN mission known as UNOVER, said": the antecedent
                    return c[2], c[3]
            if text[last[1] : last[1] + 1] == "," and not _is_person(res, last[2]):
                for c in reversed(before):
                    if (
                        c[1] < last[0]
                        and c[3] == "name"
                        and _is_person(res, c[2])
                        and (
                            APPOSITION_GAP_RE.fullmatch(text, c[1], anchor)
                            or APPOSITION_CLAUSE_GAP_RE.fullmatch(text, c[1], anchor)
                        )
                    ):
                        # "Schneider, the leader of the Democratic Party, who led the No
                        # campaign, told": the person, not the party in his apposition
                        return c[2], c[3]
            gap = text[last[1] : anchor]
            if len(gap) <= 3 or re.fullmatch(r"\s*(?:has|had|have|also|then|later|again|once\s+again|\s)*\s*", gap):
                return last[2], last[3]
            if (
                APPOSITION_GAP_RE.fullmatch(gap)
                or re.fullmatch(r"\s*\([^)]{0,80}\)\s*", gap)
                or APPOSITION_CLAUSE_GAP_RE.fullmatch(gap)
            ):
                return last[2], last[3]  # an apposition: "X, a Belarusian parliamentarian, said"
            if RELATIVE_GAP_RE.fullmatch(gap) or (
                not _is_person(res, last[2]) and INSTITUTION_GAP_RE.fullmatch(gap)
            ):
                return last[2], last[3]
            people = [c for c in before if c[3] == "name" and _is_person(res, c[2])]
            names = [c for c in before if c[3] == "name"]
            for group in (people, names, before):
                for c in group:
                    if not res.governed(lo, c[0]):
                        return c[2], c[3]
            return last[2], last[3]
        after = [c for c in cands if c[0] >= anchor]
        return (after[0][2], after[0][3]) if after else (None, "")
    after = [c for c in cands if c[0] >= anchor]
    if after:
        return after[0][2], after[0][3]
    before = [c for c in cands if c[1] <= anchor]
    return (before[-1][2], before[-1][3]) if before else (None, "")


def _free_titled_people(
    res: _Resolver, cands: list[tuple[int, int, str, str]], free: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """*free* (the candidates no preposition governs) with the people that only seemed
    governed: in "Council of Europe Secretary General Terry Davis said" the "of" inside the
    name of the organisation before the person's title words governs nobody."""
    free_set = set(free)
    is_free = [c in free_set for c in cands]
    prev = -1  # the name before, by index
    for i, c in enumerate(cands):
        if (
            not is_free[i]
            and prev >= 0
            and is_free[prev]
            and cands[prev][1] <= c[0] <= cands[prev][1] + 60
            and _is_person(res, c[2])
            and (
                TITLE_WORDS_GAP_RE.fullmatch(res.text, cands[prev][1], c[0])
                or TITLE_OF_WORDS_GAP_RE.fullmatch(res.text, cands[prev][1], c[0])
            )
        ):
            is_free[i] = True
        elif (
            not is_free[i]
            and prev >= 0
            and cands[prev][1] + 1 == c[0]
            and res.text[cands[prev][1]] == " "
            and not _is_person(res, cands[prev][2])
            and _is_person(res, c[2])
            and res.state.actors[c[2]].titles
            and TITLE_TO_ORG_BEFORE_RE.search(res.text, max(0, cands[prev][0] - 40), cands[prev][0])
        ):
            is_free[i] = True  # "Ambassador to the UN Jane Doe said": she speaks
        if c[3] == "name":
            prev = i
    return [c for c, f in zip(cands, is_free, strict=True) if f]


REPORTED_SUBJECT_GAP_RE = re.compile(r"\s+(?:that\s+)?(?:the\s+)?")


def _reporting_person(
    res: _Resolver, s_lo: int, verbs: list[re.Match[str]], key: str, anchor: int
) -> str | None:
    """The person who reports what the state or organisation *key* did, when that person
    speaks for it: in 'White House spokesman Ann Lee said Washington welcomed the vote as
    "…"' the words are the spokesman's, not Washington's."""
    for vm in reversed(verbs):
        v_lo, v_hi = s_lo + vm.start(), s_lo + vm.end()
        subject = next((r for r in res.refs_in(v_hi, anchor) if r.key == key), None)
        if subject is None or not REPORTED_SUBJECT_GAP_RE.fullmatch(res.text, v_hi, subject.start):
            continue
        outer, _how = _subject_near(res, s_lo, v_lo, v_lo, True)
        d = res.state.actors.get(outer) if outer else None
        if d is not None and d.kind is ActorKind.PERSON and d.affiliation == key:
            return outer
        return None
    return None


def _trailing_subject(
    res: _Resolver, lo: int, v_lo: int, v_hi: int, hi: int
) -> tuple[str | None, str]:
    """The speaker in '"…," X said' (between quote and verb) or '"…," said X' (after it)."""
    key, how = _subject_near(res, lo, v_lo, v_lo, True)
    if key is not None:
        return key, how
    return _subject_near(res, v_hi, hi, v_hi, False)


def _outside(text: str, lo: int, hi: int, quotes: list[_Quote]) -> str:
    """The text of [lo, hi) with quotations blanked out (same length); *quotes* in text order."""
    pieces: list[str] = []
    at = lo
    first = bisect_left(quotes, lo - 2 * WINDOW - 1, key=_open_at)
    for q in quotes[first:]:
        if q.open_at >= hi:
            break
        a, b = max(q.open_at, at), min(q.close_at, hi)
        if b <= a:
            continue
        pieces.append(text[at:a])
        pieces.append(" " * (b - a))
        at = b
    pieces.append(text[at:hi])
    return "".join(pieces)


def _attribute(
    state: ParseState, res: _Resolver, q: _Quote, quotes: list[_Quote], para_quotes: list[_Quote]
) -> tuple[str | None, str | None, str, tuple[int, int]]:
    """(speaker key, cue verb, rule, attribution sentence) for quotation *q*."""
    text = state.text
    p = state.paragraphs[q.para]
    lo, hi = p.span.start, p.span.end
    s_lo, s_hi = res.sentence(lo, hi, q.open_at, q.close_at)
    # the sentence with its quotations blanked, in lower case for the lower-case patterns
    # (or as it is, for the plain ones)
    if res.low is None:
        o_low, verb_re, possessive_re, according_re = (
            _outside(text, s_lo, s_hi, para_quotes), VERB_RE, POSSESSIVE_WORDS_RE, ACCORDING_RE
        )
    else:
        o_low = res.outside_low(s_lo, s_hi, para_quotes)
        verb_re, possessive_re, according_re = VERB_LOW_RE, POSSESSIVE_WORDS_LOW_RE, ACCORDING_LOW_RE

    before_low = o_low[: q.open_at - s_lo]
    # passive: called a "sham" by X (X right after "by", and no one who reports the words
    # before them: 'X said the region would ask to be "absorbed" by Russia' is X's)
    bm = BY_RE.match(text, q.close_at, s_hi) if q.close_at < s_hi else None
    if bm and (
        not verb_re.search(before_low) or LABEL_FRAME_RE.search(text, max(s_lo, q.open_at - 40), q.open_at)
    ):
        agents = _candidates(res, bm.end(), min(s_hi, bm.end() + 60))
        if agents and BY_AGENT_GAP_RE.fullmatch(text, bm.end(), agents[0][0]):
            return agents[0][2], "by", f"passive-by/{agents[0][3]}", (s_lo, s_hi)

    # headline: "…": X on the result
    headline = text[q.close_at : q.close_at + 1] == ":" and not text[lo : q.open_at].strip()
    if headline and q.close_at < hi:
        cm = HEADLINE_COLON_RE.match(text, q.close_at, hi)
        if cm is not None:
            key, how = _subject_near(res, cm.end(), min(hi, cm.end() + 80), cm.end(), False)
            if key is not None:
                return key, None, f"headline-colon/{how}", (s_lo, s_hi)

    # trailing: "…," said X / "…," X said / "…," he added
    after_lo = q.close_at
    vm = verb_re.search(o_low[after_lo - s_lo : after_lo - s_lo + 70])
    if vm and QUOTE_ENDS_SENTENCE_RE.search(text, max(q.start, q.end - 3), q.end) and re.match(
        r"[\"”’»]?\s+[A-Z]", text[q.end : q.end + 3]
    ):
        vm = None  # '"… today." Sokolov added that …': the next sentence has its own verb
    if vm and vm.group().lower().endswith("ing") and not res.refs_in(after_lo, after_lo + vm.start()):
        vm = None  # '"…", adding that they …': the sentence's own subject speaks
    if vm and OPENING_RE.match(text, after_lo + vm.end()):
        vm = None  # '"…", the minister said it "…"': the verb introduces the next quotation
    # (what stands between the quotation and the verb, quotations blanked)
    if vm and not STOP_BEFORE_VERB_RE.search(
        _outside(text, after_lo, after_lo + vm.start(), para_quotes)
    ) and not (
        text[q.start : q.start + 1].islower()  # a fragment inside the sentence, not a sentence
        and _reported_before(res, s_lo, before_low, verb_re)
    ):
        v_lo, v_hi = after_lo + vm.start(), after_lo + vm.end()
        key, how = _trailing_subject(res, after_lo, v_lo, v_hi, min(s_hi, v_hi + 70))
        if key is not None:
            return key, vm.group().lower(), f"trailing-cue/{how}", (s_lo, s_hi)

    # possessive: Churchill's words, "…"
    pm = possessive_re.search(before_low)
    if pm and not verb_re.search(before_low, 0, pm.start()):
        for r in res.refs_in(s_lo + pm.start() - 80, s_lo + pm.start()):
            if r.possessive and r.end == s_lo + pm.start():
                return r.key, None, "possessive-words/name", (s_lo, s_hi)

    # colon: X: "…"
    if before_low.rstrip().endswith(":") and not verb_re.search(before_low[-25:]):
        key, how = _subject_near(res, s_lo, q.open_at, q.open_at, True)
        if key is not None:
            return key, None, f"colon/{how}", (s_lo, s_hi)

    # leading: X said (that) "…"
    verbs = list(verb_re.finditer(before_low))
    if verbs:
        vm2 = verbs[-1]
        anchor = s_lo + vm2.start()
        key, how = _subject_near(res, s_lo, anchor, anchor, True)
        if key is None:
            # 'said Foreign Minister X "…"' (the name right after the verb), not 'called it
            # "…"' nor 'told the paper that the question of Y was "…"'
            after = _candidates(res, s_lo + vm2.end(), q.open_at)
            if after and (after[0][3] != "pronoun" or after[0][1] - after[0][0] > 3) and (
                AFTER_VERB_GAP_RE.fullmatch(text, s_lo + vm2.end(), after[0][0])
            ):
                key, how = after[0][2], after[0][3]
        if key is not None and len(verbs) > 1 and not _is_person(res, key):
            outer = _reporting_person(res, s_lo, verbs[:-1], key, anchor)
            if outer is not None:
                return outer, verbs[-2].group().lower(), "leading-cue/reporter", (s_lo, s_hi)
        if key is not None:
            return key, vm2.group().lower(), f"leading-cue/{how}", (s_lo, s_hi)

    am = (
        according_re.search(o_low)
        if res.low is None or "according" in o_low or "words of" in o_low
        else None
    )
    if am:
        anchor = s_lo + am.end()
        key, how = _subject_near(res, anchor, s_hi, anchor, False)
        if key is not None:
            return key, "according to", f"according-to/{how}", (s_lo, s_hi)

    # sentence-final: '"…" the ballots, which it called illegal, X's spokesman Y said.'
    tail_at = q.close_at - s_lo
    final = None
    for vm3 in verb_re.finditer(o_low, tail_at):
        final = vm3
    if final is not None and FINAL_CUE_TAIL_RE.fullmatch(o_low, final.end()):
        comma = o_low.rfind(",", tail_at, final.start())
        if comma >= 0:
            v_lo = s_lo + final.start()
            key, how = _subject_near(res, s_lo + comma + 1, v_lo, v_lo, True)
            if key is not None:
                return key, final.group().lower(), f"final-cue/{how}", (s_lo, s_hi)

    # a message with no saying verb: 'X sent a message of congratulations on "…"'
    if res.low is None:
        nm = COMMUNICATION_RE.search(before_low)
    elif any(w in before_low for w in COMMUNICATION_WORDS):
        nm = COMMUNICATION_LOW_RE.search(before_low)
    else:
        nm = None
    if nm is not None:
        anchor = s_lo + nm.start()
        key, how = _subject_near(res, s_lo, anchor, anchor, True, names_only=True)
        if key is not None:
            return key, None, f"message/{how}", (s_lo, s_hi)

    return None, None, "", (s_lo, s_hi)


def _reported_before(res: _Resolver, s_lo: int, before_low: str, verb_re: re.Pattern[str]) -> bool:
    """Whether a named actor reports the words before a quotation inside its sentence
    ('Tehran calls the vote "null", Riyadh urges talks'): that clause's verb, not one after
    the quotation, attributes it."""
    if not before_low.strip():
        return False
    last = None
    for vm in verb_re.finditer(before_low):
        last = vm
    if last is None:
        return False
    anchor = s_lo + last.start()
    key, _how = _subject_near(res, s_lo, anchor, anchor, True, names_only=True)
    return key is not None


# a liveblog entry's time stamp, a line of its own: "22:10", "9.45am", "14:05 GMT"
TIMESTAMP_RE = re.compile(
    r"(?P<h>\d{1,2})[:.](?P<m>\d{2})\s*(?:[ap]\.?m\.?|GMT|BST|CET|CEST|EST|EDT|UTC|local(?:\s+time)?)?\s*\Z",
    re.IGNORECASE,
)


def _liveblog_start(state: ParseState) -> int | None:
    """The index of the first time-stamp line of a liveblog (one with at least two of them),
    or None for an article that is no liveblog. A table of figures ("90.32", "23.27") is no
    liveblog: one line that cannot be a time of day ("84.18") rules the stamps out."""
    text = state.text
    stamps = []
    for i, p in enumerate(state.paragraphs):
        if (
            p.kind is Block.BODY
            or len(p.span) > 24
            or not text[p.span.start : p.span.start + 1].isdigit()
        ):
            continue
        tm = TIMESTAMP_RE.match(text, p.span.start, p.span.end)
        if tm is None:
            continue
        if int(tm.group("h")) > 23 or int(tm.group("m")) > 59:
            return None
        stamps.append(i)
    return stamps[0] if len(stamps) >= 2 else None


# a liveblog's day heading, a line of its own: "MONDAY 3 FEBRUARY", "Sunday, 2 February"
DAY_HEADING_MAX = 40


def _liveblog_day(state: ParseState, live_from: int, para: int) -> date | None:
    """The date of the day heading nearest above paragraph *para* of a liveblog, or the
    article's own date when there is none."""
    text = state.text
    for i in range(para - 1, -1, -1):
        if i < live_from - 1:
            break
        p = state.paragraphs[i]
        if len(p.span) > DAY_HEADING_MAX:
            continue
        line = text[p.span.start : p.span.end].strip()
        for dm, d in find_dates(line, state.published):
            if 2 * len(dm.group()) >= len(line):
                return d  # a line that is a date ("MONDAY 3 FEBRUARY"), not a sentence
    return state.published


# relative days that the article's own date resolves ("today", "last night"), not after
# "ago" ("forty years ago tonight" is no date of this year)
RELATIVE_DAY_RE = re.compile(
    r"(?<!ago\s)\b(?:(?P<today>today|tonight|this\s+(?:morning|afternoon|evening))|"
    r"(?P<yesterday>yesterday|last\s+night))\b",
    re.IGNORECASE,
)


def _said_on(state: ParseState, lo: int, hi: int, outside: str) -> date | None:
    """The date the words were said, from their sentence (*outside*: the sentence with the
    quotations blanked): a written date or weekday, not one after the article's own date
    (the date of what was announced: "the law takes effect on June 21, 2030"), else a
    relative day ("today", "yesterday")."""
    published = state.published
    d = first_date(outside, published)
    if d is not None and published is not None and d > published:
        later = [x for _m, x in find_dates(outside, published) if x <= published]
        d = later[0] if later else None
    if d is None and published is not None:
        rm = RELATIVE_DAY_RE.search(outside)
        if rm is not None:
            return published if rm.group("today") else published - timedelta(days=1)
    return d


RELATIVE_DAY_LOW_RE = low_twin(RELATIVE_DAY_RE)
RELATIVE_DAY_WORDS = ("today", "tonight", "this", "yesterday", "last")  # one is in each match


def _said_on_lowered(published: date | None, outside: str) -> date | None:
    """:func:`_said_on` for the lower-cased *outside* (``state.lowered()`` with the quotations
    blanked)."""
    d = first_date_lowered(outside, published)
    if d is not None and published is not None and d > published:
        later = [x for _m, x in find_dates_lowered(outside, published) if x <= published]
        d = later[0] if later else None
    if d is None and published is not None and any(w in outside for w in RELATIVE_DAY_WORDS):
        rm = RELATIVE_DAY_LOW_RE.search(outside)
        if rm is not None:
            return published if rm.group("today") else published - timedelta(days=1)
    return d


def quotes(state: ParseState) -> None:
    """Find the quotations and attribute each to its speaker."""
    text = state.text
    found = _labelled_turns(state, _embedded_posts(state, _find_quotes(state)))
    res = _Resolver(state, _refs(state, found), found)
    by_para: dict[int, list[_Quote]] = {}
    for q in found:
        by_para.setdefault(q.para, []).append(q)
    prev_speaker: dict[int, str | None] = {}
    statements: list[Statement] = []
    live_from = _liveblog_start(state) if state.published is not None else None
    last_para, last_key, last_date = -1, None, None  # the quotation before, for a split one
    paras: list[int] = []  # the paragraph of each statement
    for q in found:
        para_quotes = by_para[q.para]
        if (
            not q.block
            and text[max(0, q.open_at - 12) : q.open_at].rstrip(" ,:").endswith(NOT_SAID_LAST_WORDS)
            and NOT_SAID_FRAME_RE.search(text, max(0, q.open_at - 50), q.open_at)
        ):
            continue  # 'the resolution titled "…"', 'voted for "…"': nobody's words
        # the number of words, counted up to 4 (all that the tests below tell apart)
        words = sum(1 for _w in islice(WORD_RE.finditer(text, q.start, q.end), 4))
        if words == 0 or (words == 1 and _is_term(state, text, q)):
            continue  # (whoever the speaker: no need to look for one)
        if (
            words == 1
            and state.paragraphs[q.para].kind is Block.TITLE
            and HEADLINE_MODIFIER_AFTER_RE.match(text, q.close_at)
            and text[q.start : q.end].islower()
            and not VERDICT_FRAME_RE.search(text, max(0, q.open_at - 16), q.open_at)
        ):
            continue  # a headline's "… in 'historic' vote": a word set off, no one's statement
        if (
            words > 1
            and q.end - q.start <= QUOTED_NAME_MAX
            and text[q.start : q.start + 1].isupper()
            and _is_quoted_name(state, text, q)
        ):
            continue  # "the self-proclaimed 'Donbas Free Republic'": a name, not words said
        p = state.paragraphs[q.para]
        if q.speaker is not None:
            key, cue, rule, sent = q.speaker, None, q.rule, (q.start, q.end)
        elif q.block:
            key, cue, rule, sent = None, None, "", (q.start, q.end)
            prev = _previous_body(state, q.para)
            if prev is not None:
                key, cue, rule, sent = _cue_paragraph(state, res, prev, found)
        else:
            key, cue, rule, sent = _attribute(state, res, q, found, para_quotes)
        if key is None and not q.block and prev_speaker.get(q.para):
            key, rule = prev_speaker[q.para], "same-paragraph"
        if key is None and not q.block:
            starts_para = text[p.span.start : q.open_at].strip() == ""
            prev = _previous_body(state, q.para)
            if starts_para and prev is not None:
                pp = state.paragraphs[prev]
                adjacent = all(b.kind is Block.CAPTION for b in state.paragraphs[prev + 1 : q.para])
                if (
                    pp.kind is Block.BODY
                    and adjacent
                    and _ends_with_cue(text, pp.span.start, pp.span.end, state)
                ):
                    key, cue, rule, sent = _cue_paragraph(state, res, prev, found)
                elif prev_speaker.get(prev):
                    key, rule = prev_speaker[prev], "continuation"
        if key is None and words <= 3:
            continue  # scare quotes of the writer's own
        if key is None and QUESTION_END_RE.search(text, max(q.start, q.end - 3), q.end):
            continue  # a ballot's question ("Do you support ...?"), nobody's statement
        parts = [text[a:b] for a, b in q.parts]
        body = _clean(" ".join(parts))
        if not body:
            continue
        said_on = q.said_on or res.said_on(sent[0], sent[1], para_quotes)
        if said_on is None and key is not None:
            said_on = _speakers_date(state, res, key, q, found)
        if said_on is None and live_from is not None and q.para > live_from:
            # an entry under a liveblog's time stamp: the day of its heading, or the article's
            said_on = _liveblog_day(state, live_from, q.para)
        if (
            said_on is None
            and key is not None
            and last_key == key
            and (q.para == last_para or _previous_body(state, q.para) == last_para)
        ):
            # '"…," Ahern said on Sunday. "…"', or the paragraph after: the same occasion
            said_on = last_date
        if said_on is None and key is not None:
            said_on = _footnote_date(state, q)
        last_para, last_key, last_date = q.para, key, said_on
        sid = f"q{len(statements) + 1}"
        paras.append(q.para)
        statements.append(
            Statement(
                id=sid,
                text=body,
                span=trusted_span(q.start, q.end),
                speaker=key,
                kind=StatementKind.DIRECT,
                said_on=said_on,
                cue=cue,
                citation=_citation(state, q),
                rule=rule or None,
            )
        )
        if key is not None:
            d = state.actors.get(key)
            if d is not None:
                d.relevant = True
            prev_speaker[q.para] = key
            if rule.startswith("possessive-words"):
                # "Albanese invoked Churchill's words, '…'": the next paragraph continues
                # the one who quotes, not the one quoted
                quoting = next(
                    (r.key for r in reversed(res.refs_in(sent[0], q.open_at))
                     if r.kind is ActorKind.PERSON and not r.possessive and r.key != key),
                    None,
                )  # the person nearest before the quoted one: "…, Albanese invoked X's words"
                prev_speaker[q.para] = quoting
            else:
                res.recent_speaker = (q.end, key)
        state.note("quotes", rule or "unattributed", trusted_span(q.start, q.end), key or "")
    for i in range(len(statements) - 2, -1, -1):
        a, b = statements[i], statements[i + 1]
        if (
            a.said_on is None
            and b.said_on is not None
            and a.speaker is not None
            and a.speaker == b.speaker
            and paras[i] == paras[i + 1]
            and b.cue is None
        ):
            # '"…," Trudeau said. "…"[2]': the date found for the part that continues the
            # quotation (no cue of its own) is the first part's
            statements[i] = attrs.evolve(a, said_on=b.said_on)
    state.statements.extend(statements)
    _mark_reported_speakers(state, res, found)


SPEECH_VERB_RE = re.compile(
    r"\b(?:said|says|told|announced|stated|declared|claimed|insisted|warned|argued|accused|"
    r"urged|vowed|pledged|denounced|condemned|rejected|welcomed|called\s+for|called\s+on|"
    r"responded|replied|countered)\b",
    re.IGNORECASE,
)
# the same, for the lower-cased text
SPEECH_VERB_LOW_RE = low_twin(SPEECH_VERB_RE)
# the first word of each of those, anywhere: a cheaper scan for where one may start
SPEECH_VERB_START_LOW_RE = trie_regex(
    {alt.split("\\")[0] for alt in SPEECH_VERB_RE.pattern[len(r"\b(?:") : -len(r")\b")].split("|")},
    whole_words=False,
)


def _speech_verbs(low: str, lo: int, hi: int) -> list[re.Match[str]]:
    """``SPEECH_VERB_LOW_RE.finditer(low, lo, hi)``: the pattern tried only where its first
    word is (no match starts inside another, nor inside one of those words)."""
    out = []
    for c in SPEECH_VERB_START_LOW_RE.finditer(low, lo, hi):
        m = SPEECH_VERB_LOW_RE.match(low, c.start(), hi)
        if m is not None:
            out.append(m)
    return out


def _mark_reported_speakers(state: ParseState, res: _Resolver, found: list[_Quote]) -> None:
    """Actors who say something in reported speech count as speakers of the article."""
    text = state.text
    low = state.lowered()
    actors = state.actors
    for p in state.paragraphs:
        if p.kind is not Block.BODY:
            continue
        # a verb can make a speaker of someone named before it who is not one yet (and
        # marking makes more speakers, never fewer): look from the first such name on
        first = next(
            (r for r in res.refs_in(p.span.start, p.span.end)
             if (d := actors.get(r.key)) is not None and not d.relevant),
            None,
        )
        if first is None:
            continue
        # (no verb's match starts inside another's: starting at a name finds the same ones)
        for vm in (
            SPEECH_VERB_RE.finditer(text, first.start, p.span.end)
            if low is None
            else _speech_verbs(low, first.start, p.span.end)
        ):
            near = res.refs_in(max(p.span.start, vm.start() - WINDOW), vm.start())
            if not near:
                continue  # nobody named before the verb
            if all((d := actors.get(r.key)) is None or d.relevant for r in near):
                continue  # the subject is one of these: nobody new to mark
            s_lo, _s_hi = res.sentence(p.span.start, p.span.end, vm.start(), vm.end())
            if s_lo > near[0].start and all(
                (d := actors.get(r.key)) is None or d.relevant for r in res.refs_in(s_lo, vm.start())
            ):
                continue  # (the subject is one of the sentence's names: none is new)
            key, _how = _subject_near(res, s_lo, vm.start(), vm.start(), True, names_only=True)
            if key is None:
                continue
            d = state.actors.get(key)
            if d is not None and not d.relevant:
                d.relevant = True
                state.note("quotes", "reported-speaker", trusted_span(vm.start(), vm.end()), key)


# a state or organisation as the subject of a reporting verb: "China reiterated", "Russia has said"
REPORTS_AFTER_RE = re.compile(
    r"\s+(?:has\s+|had\s+|also\s+|again\s+)?" + VERB_RE.pattern[len(r"(?<![\w@#])") :],
    re.IGNORECASE,
)


def _speakers_date(
    state: ParseState, res: _Resolver, key: str, q: _Quote, found: list[_Quote]
) -> date | None:
    """The date of the sentence just before a quotation that names its speaker:
    "Orban addressed supporters on Sunday night. '…,' the prime minister said." """
    text = state.text
    d = state.actors.get(key)
    affiliation = d.affiliation if d is not None and d.kind is ActorKind.PERSON else None
    for r in reversed(res.refs_in(max(0, q.open_at - 600), q.open_at)):
        if r.key != key and not (
            r.key == affiliation and REPORTS_AFTER_RE.match(text, r.end, r.end + 40)
        ):
            continue  # "China reiterated on Tuesday ...": its spokesman's words, that day
        i = res.paragraph_at(r.start)
        if i is None:
            return None
        p = state.paragraphs[i]
        s_lo, s_hi = res.sentence(p.span.start, p.span.end, r.start, r.end)
        if s_hi > q.open_at:
            return None  # the quotation's own sentence: its date was looked for already
        return res.said_on(s_lo, s_hi, found)
    return None


def _cue_paragraph(
    state: ParseState, res: _Resolver, i: int, found: list[_Quote]
) -> tuple[str | None, str | None, str, tuple[int, int]]:
    """The speaker named by the speech cue that ends paragraph *i* ("he stated," "said:")."""
    text = state.text
    pl, ph = state.paragraphs[i].span.start, state.paragraphs[i].span.end
    verbs = list(
        VERB_RE.finditer(text, pl, ph) if res.low is None else VERB_LOW_RE.finditer(res.low, pl, ph)
    )
    v = verbs[-1] if verbs else None
    s_lo, s_hi = res.sentence(pl, ph, v.start(), v.end()) if v is not None else (pl, ph)
    end = ph
    while end > pl and text[end - 1].isspace():
        end -= 1
    if v is None or s_hi < min(end, v.end() + WINDOW):
        # no verb in the last sentence, the one that introduces the quotation: "Belgium Prime
        # Minister Charles Michel:", "Its leader, X, put it bluntly:"
        last_lo = res.sentence(pl, ph, max(pl, end - 1), end)[0] if v is not None else pl
        key, how = _subject_near(res, last_lo, ph, ph, True)
        if key is None and last_lo > pl:
            key, how = _subject_near(res, pl, ph, ph, True)
        return key, None, f"colon-paragraph/{how}" if key else "", (pl, ph)
    key, how = _subject_near(res, s_lo, v.start(), v.start(), True)
    if key is None:
        key, how = _subject_near(res, v.end(), ph, v.end(), False)
    return key, v.group().lower(), f"block-cue/{how}" if key else "", (s_lo, ph)


TERM_WORDS = frozenset(
    "referendum referendums referenda plebiscite vote votes yes no leave remain brexit "
    "joining annexation independence elections election".split()
)


# the words that frame a one-word quotation as someone's verdict: "called it a 'farce'"
VERDICT_FRAME_RE = re.compile(
    r"\b(?:a|an|as|it|its|them|was|is|were|are|be|been|called|calling|calls|dubbed|branded|"
    r"termed|described|labelled|labeled|deemed|declared|of)\s*\Z",
    re.IGNORECASE,
)


def _is_term(state: ParseState, text: str, q: _Quote) -> bool:
    """A one-word quotation that names a thing ("so-called 'referendums'", "voted 'No'",
    "to negotiate 'sovereignty-association'")."""
    word = text[q.start : q.end].strip(" .,!?;:").casefold()
    if word in TERM_WORDS:
        return True
    if (
        "-" in word.strip("-")
        and word.islower()
        and not VERDICT_FRAME_RE.search(text, max(0, q.open_at - 16), q.open_at)
    ):
        return True  # a compound that names a proposal, not a verdict ("a 'farce'")
    if re.search(r"so-called\s*\Z", text[max(0, q.open_at - 12) : q.open_at], re.I):
        return True
    return any(word == a.casefold() for d in state.actors.values() for a in d.aliases)


# a word in lower case right after a quotation: the quotation modifies a noun
HEADLINE_MODIFIER_AFTER_RE = re.compile(r"[ \t]+(?-i:[a-z])")
# before a name in quotation marks that its bearer gave itself
SELF_STYLED_BEFORE_RE = re.compile(
    r"\b(?:so-called|self-proclaimed|self-styled|self-declared|unrecognised|unrecognized)\s*\Z",
    re.IGNORECASE,
)
QUOTED_NAME_MAX = 60  # (characters: a longer quotation is no name of four words)
# a proper name of two to four capitalised words ("of", "the" and the like between them)
QUOTED_NAME_RE = re.compile(
    r"(?-i:[A-Z])[\w’'.-]*(?:\s+(?:(?:of|the|for|and|de|del|la)\s+)*(?-i:[A-Z])[\w’'.-]*){1,3}"
)


def _is_quoted_name(state: ParseState, text: str, q: _Quote) -> bool:
    """A quotation that holds nothing but a proper name: one the gazetteer knows, or a
    name after "self-proclaimed" or "so-called" ("the self-proclaimed 'Free Republic'")."""
    inner = text[q.start : q.end].strip(" .,!?;:")
    if not QUOTED_NAME_RE.fullmatch(inner):
        return False
    if SELF_STYLED_BEFORE_RE.search(text, max(0, q.open_at - 20), q.open_at):
        return True
    from refstance._parser.actors import matcher_for

    m = matcher_for(state.gazetteer)
    return inner in m.table or inner in m.places


# "— Jane Doe MP (@janedoe) May 23, 2015": the signature line under an embedded post
SIGNATURE_RE = re.compile(
    r"[—–-]\s*(?P<name>[^()\n]{2,60}?)\s*\(@(?P<handle>\w{1,30})\)\s*(?P<when>[^\n]{0,40})"
)
POST_BLOCK_MAX = 120  # an embedded post is a few short lines
POST_MAX = 300  # or one block of a post's length
# "… and said so on Twitter:": the line that introduces a post is not part of it
POST_INTRO_RE = re.compile(
    r"\b(?:twitter|tweet\w*|wrote|posted|on\s+x|facebook|instagram|telegram|social\s+media)\b[^\n]*:\s*\Z",
    re.IGNORECASE,
)


def _labelled_turns(state: ParseState, found: list[_Quote]) -> list[_Quote]:
    """Transcript turns: the words after a speaker's label ("MARIANO RAJOY (translated): …")
    are that speaker's statement; quotations inside them belong to it."""
    from refstance._parser.actors import LABEL_RE, label_speaker, matcher_for

    text = state.text
    m = matcher_for(state.gazetteer)
    turns: list[_Quote] = []
    for i, p in enumerate(state.paragraphs):
        if p.kind is not Block.BODY:
            continue
        lm = LABEL_RE.match(text, p.span.start, p.span.end)
        if lm is None:
            continue
        key, kind = label_speaker(state, m, lm.group("name"), p.span.start)
        if key is None or kind != "person":
            continue  # a round-up's "AFRICAN UNION:" opens narrative, not a turn
        start = lm.end()
        if QUOTE_CHAR_RE.search(text, start, p.span.end) and any(
            start <= q.start < p.span.end for q in found
        ):
            continue  # quotations inside a turn are attributed as usual
        tail = TRAILING_MARKERS_RE.search(text, start, p.span.end)
        end = tail.start() if tail else p.span.end
        if end - start < 10:
            continue
        turns.append(
            _Quote(start=start, end=end, open_at=start, close_at=end, para=i, parts=[(start, end)],
                   block=True, speaker=key, rule="speaker-label")
        )
    if not turns:
        return found
    kept = [q for q in found if not any(t.start <= q.start < t.end for t in turns)]
    return sorted(kept + turns, key=_open_at)


def _embedded_posts(state: ParseState, found: list[_Quote]) -> list[_Quote]:
    """Embedded social-media posts: the short lines above a signature line are one statement
    by the signature's author, dated by it; quotations inside them belong to the post."""
    text = state.text
    paras = state.paragraphs
    posts: list[_Quote] = []
    for i, p in enumerate(paras):
        sm = SIGNATURE_RE.match(text, p.span.start, p.span.end)
        if sm is None:
            continue
        first = i
        # the block right above the signature is the post (up to a post's length); shorter
        # blocks above it belong to it too
        limit = POST_MAX
        while (
            first > 0
            and len(paras[first - 1].span) <= limit
            and (first == i or paras[first - 1].kind is not Block.CAPTION)
            and not SIGNATURE_RE.match(text, paras[first - 1].span.start, paras[first - 1].span.end)
            and not POST_INTRO_RE.search(text, paras[first - 1].span.start, paras[first - 1].span.end)
        ):
            first -= 1
            limit = POST_BLOCK_MAX
            if i - first >= 6:
                break
        if first == i:
            continue
        start, end = paras[first].span.start, paras[i - 1].span.end
        parts = [(paras[k].span.start, paras[k].span.end) for k in range(first, i)]
        speaker = _signature_actor(state, sm.group("name"), sm.group("handle"))
        state.actors[speaker].mentions.append(
            Mention(span=trusted_span(sm.start("name"), sm.end("name")), key=speaker, via="signature")
        )
        when = next((d for _m, d in find_dates(sm.group("when"), state.published)), None)
        posts.append(
            _Quote(start=start, end=end, open_at=start, close_at=end, para=first, parts=parts,
                   block=True, speaker=speaker, said_on=when, rule="post-signature")
        )
    if not posts:
        return found
    kept = [q for q in found if not any(pq.start <= q.start < pq.end for pq in posts)]
    return sorted(kept + posts, key=_open_at)


def _signature_actor(state: ParseState, name: str, handle: str) -> str:
    """The actor a post's signature names: a known one, or a new person."""
    from refstance._gazetteer import slug
    from refstance._parser._state import ActorDraft

    bare = re.sub(r"\s+(?:TD|MP|MEP|MSP|MLA|MdB|AM)\Z", "", name.strip())
    want = bare.casefold()
    for d in state.actors.values():
        if d.name.casefold() == want or any(a.casefold() == want for a in d.aliases):
            return d.key
    key = slug(bare)
    if key not in state.actors:
        state.actors[key] = ActorDraft(
            key=key, name=bare, kind=ActorKind.PERSON, aliases=[f"@{handle}", bare, name.strip()]
        )
    return key


def _previous_body(state: ParseState, i: int) -> int | None:
    for j in range(i - 1, -1, -1):
        if state.paragraphs[j].kind in (Block.BODY, Block.TITLE):
            return j
    return None


def _footnote_date(state: ParseState, q: _Quote) -> date | None:
    """The date in the footnote a quotation cites: '"…"[2]' with "[2] Speech in Montreal,
    May 14, 1980." at the end of the article."""
    marker = _citation(state, q)
    if marker is None:
        return None
    text = state.text
    head = f"[{marker}]"
    for p in reversed(state.paragraphs):
        if p.span.start > q.end and text.startswith(head, p.span.start):
            return next(
                (d for _m, d in find_dates(text[p.span.start : p.span.end], state.published)),
                None,
            )
    return None


def _citation(state: ParseState, q: _Quote) -> str | None:
    """The footnote marker right after a quotation, in the same paragraph."""
    p = state.paragraphs[q.para]
    for span, marker in p.markers:
        if q.end <= span.start <= q.close_at + 12:
            return marker
    return None
