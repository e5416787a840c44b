"""Stage 1, segment: header date, dateline, title, paragraphs, captions, footnote markers.

Scraped articles arrive with a `` date YYYY-MM-DD`` header glued to the first sentence, image
captions and photo credits between paragraphs, share buttons and bylines, and footnote markers
such as ``[iv]``. This stage finds them so that later stages can leave captions out of
attribution and keep markers out of quotations.
"""

from __future__ import annotations

import re
from functools import lru_cache

from refstance._model import trusted_span
from refstance._parser._dates import DATE_RE, make_date, match_to_date
from refstance._parser._state import Block, Paragraph, ParseState

HEADER_RE = re.compile(r"\A\s*date\s+(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b[ \t]*")

LINE_RE = re.compile(r"[^\n]+")

# "[iv]", "[12]" — roman numerals or digits only: "[for Ukraine]" is an editor's insertion
MARKER_RE = re.compile(r"\[(?P<m>[ivxlcdm]{1,8}|\d{1,3})\]")

# words that mark a block as a caption or a photo credit wherever they stand
CREDIT_RE = re.compile(
    r"""
    /\s*(?:wikimedia\ commons|shutterstock(?:\.com)?|getty(?:\ images)?|afp|reuters|ap|epa
          |pa\ wire|flickr|tass|ria\ novosti|sputnik|anadolu|xinhua|dpa|alamy|bloomberg)\b
    | \b(?:image|photo|picture)\ (?:caption|copyright|credit)
    | \A(?:image|photo|picture|source|credit|photograph|illustration|video)\s*:
    | \((?:ap|afp|reuters|epa|getty)\ (?:photo|images?)\b
    | \bphoto(?:graph)?\ by\b
    | \bvia\ (?:getty|reuters|afp|ap)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)

# alternative three of CREDIT_RE on its own: the only one that needs none of the characters
# and words _credit looks for first
_CREDIT_LEAD_RE = re.compile(
    r"(?:image|photo|picture|source|credit|photograph|illustration|video)\s*:", re.IGNORECASE
)
# the other alternatives of CREDIT_RE one by one, each searched only when the character or
# the word it starts with is there (each starts with a literal, which is fast to search for)
_CREDIT_SLASH_RE = re.compile(
    r"/\s*(?:wikimedia\ commons|shutterstock(?:\.com)?|getty(?:\ images)?|afp|reuters|ap|epa"
    r"|pa\ wire|flickr|tass|ria\ novosti|sputnik|anadolu|xinhua|dpa|alamy|bloomberg)\b",
    re.IGNORECASE,
)
_CREDIT_PAREN_RE = re.compile(r"\((?:ap|afp|reuters|epa|getty)\ (?:photo|images?)\b", re.IGNORECASE)
_CREDIT_PHOTO_RE = re.compile(
    r"\b(?:image|photo|picture)\ (?:caption|copyright|credit)|\bphoto(?:graph)?\ by\b",
    re.IGNORECASE,
)
_CREDIT_VIA_RE = re.compile(r"\bvia\ (?:getty|reuters|afp|ap)\b", re.IGNORECASE)

# blocks that are page furniture, not text
META_RE = re.compile(
    r"""
    \A(?:share|close\ button|advertisement|read\ more|related|comments?|print|email|menu
        |follow\ us|subscribe|sign\ up|log\ ?in|skip\ to\ content|top\ stories)\b\W*\Z
    | \Aby[:\s]\s*\S[^.!?]{0,60}\Z          # a byline
    | \A(?:join|follow)\ (?:our|us|rt|the)\b
    | \A(?:you\ have\ commented|your\ (?:name|e-?mail))
    | \A[#@]\w+
    | \A(?:email|facebook|twitter|whatsapp|instagram|youtube|telegram)(?:\s+\w+){0,8}\Z
    """,
    re.VERBOSE | re.IGNORECASE,
)
# every alternative of META_RE starts with \A: a match at the start is the only one
_META_MATCH = META_RE.match

END_PUNCT = ".!?\"”’»:;…'"
TIME_RE = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*")


DIGIT_RE = re.compile(r"\d")
# the only characters outside ASCII that an ASCII letter matches under ``re.IGNORECASE``
_ODD_CASE_RE = re.compile("[\u0130\u0131\u017f\u212a]")
_FOLD = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}


def fold(s: str) -> str:
    """*s* lower-cased so that an ASCII word a case-blind pattern matches at some offset of *s*
    stands at the same offset of the result (same length; a cheap prefilter for regexes).

    >>> fold("Referendum \u0130N \u017fTAY")
    'referendum in stay'
    """
    if not s.isascii() and _ODD_CASE_RE.search(s) is not None:
        for odd, plain in _FOLD.items():
            s = s.replace(odd, plain)
    return s.lower()


@lru_cache(maxsize=8)
def folded(text: str) -> str:
    """:func:`fold` of *text*, cached for the last few texts (every stage reads the same)."""
    return fold(text)


def _strip_markers(s: str) -> str:
    if "[" not in s:
        return s.rstrip()
    return MARKER_RE.sub("", s).rstrip()


CONTINUES_RE = re.compile(
    r"(?:[,;:\u2013\u2014-]|\b(?:and|or|but|that|as|to|of|the))\Z", re.IGNORECASE
)
# CONTINUES_RE matches at most four characters, all at the end
_CONTINUES_LEN = 4


def _is_sentence(s: str) -> bool:
    """Whether a block ends like a sentence, or runs on into the next one ("he stated,")."""
    s = _strip_markers(s)
    return bool(s) and (
        s[-1] in END_PUNCT or CONTINUES_RE.search(s, max(0, len(s) - _CONTINUES_LEN)) is not None
    )


def _credit(s: str, low: str) -> bool:
    """Whether ``CREDIT_RE.search(s)`` finds something: each alternative searched on its own,
    only when *s* (or *low*, its :func:`fold`) holds the character or the word it needs."""
    return (
        ("/" in s and _CREDIT_SLASH_RE.search(s) is not None)
        or ("(" in s and _CREDIT_PAREN_RE.search(s) is not None)
        or (
            ("image" in low or "photo" in low or "picture" in low)
            and _CREDIT_PHOTO_RE.search(s) is not None
        )
        or ("via " in low and _CREDIT_VIA_RE.search(s) is not None)
        or (":" in s and _CREDIT_LEAD_RE.match(s) is not None)
    )


def _word_count(s: str, cap: int = 30) -> int:
    """``len(WORD_RE.findall(s))``, or *cap* when that is *cap* or more (the words of a
    prefix of *s* are words of *s*, the last one maybe cut short)."""
    n = len(WORD_RE.findall(s, 0, 12 * cap))
    if n >= cap:
        return cap
    if len(s) <= 12 * cap:
        return n
    return min(cap, len(WORD_RE.findall(s)))


def _date_line(s: str) -> bool:
    """A short block that is only a date, a time, a weekday, separators and a byline."""
    if DIGIT_RE.search(s) is None:
        return False  # every date pattern has a digit
    m = DATE_RE.search(s)
    if not m:
        return False
    rest = DATE_RE.sub(" ", s)
    rest = TIME_RE.sub(" ", rest)
    rest = re.sub(
        r"(?i)\b(?:by|date|updated|published|posted|on|at|gmt|utc|bst|cet|am|pm)\b", " ", rest
    )
    words = WORD_RE.findall(rest)
    return len(words) <= 6 and "@" not in s and not s.lstrip().startswith(("—", "-", "–"))


HEADLINE_END_RE = re.compile(r"[.:;,]\s*\Z")
INNER_STOP_RE = re.compile(r"[.!?][\"”’»]?\s+[A-Z]")


def _headline(s: str, sentence: bool, n_words: int) -> bool:
    """Whether the first block reads as a headline: no sentence ending, or a short single
    clause that does not end in a full stop ("Serbia will not recognise the vote")."""
    if not sentence:
        return True
    body = _strip_markers(s)
    return n_words <= 25 and not HEADLINE_END_RE.search(body) and not INNER_STOP_RE.search(body)


# the start of a bulleted list item
_BULLETS = frozenset({"• ", "- ", "* ", "– ", "· ", "▪ "})


def segment(state: ParseState) -> None:
    """Split the text into blocks, classify them, and find the publication date."""
    text = state.text
    start = 0
    header = HEADER_RE.match(text)
    if header:
        start = header.end()
        d = make_date(int(header["y"]), int(header["m"]), int(header["d"]))
        if d is not None and not state.published_given:
            state.published = d
            state.note("segment", "header-date", trusted_span(header.start("y"), header.end("d")))

    blocks: list[Paragraph] = []
    seen: dict[str, int] = {}
    for m in LINE_RE.finditer(text, start):
        raw = m.group()
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        if not body:
            continue
        s = m.start() + lead
        span = trusted_span(s, s + len(body))
        markers = (
            [
                (trusted_span(s + mm.start(), s + mm.end()), mm["m"])
                for mm in MARKER_RE.finditer(body)
            ]
            if "[" in body
            else []
        )
        blocks.append(Paragraph(span=span, kind=Block.BODY, markers=markers))
        key = body.casefold()
        seen[key] = seen.get(key, 0) + 1

    _classify(state, blocks, seen)
    state.paragraphs = blocks


# the heading of a comments section under an article: "COMMENTS (4)", "12 comments",
# "Join the conversation", "Leave a reply"
COMMENTS_HEADER_RE = re.compile(
    r"\s*(?:(?:\d+\s+)?(?:reader\s+)?comments?\s*(?:\(\d+\))?\s*:?"
    r"|(?:show|view|read|load)\s+(?:all\s+)?(?:\d+\s+)?comments?"
    r"|join\s+the\s+(?:conversation|discussion)|leave\s+a\s+(?:comment|reply)|reader\s+comments)\s*\Z",
    re.IGNORECASE,
)


# a wire dateline that opens the first paragraph: "KYIV, Sept 30, 2022 (Reuters) - ",
# "MAMOUDZOU, Mayotte, March 30, 2009 (AFP) - ", "LONDON, 19 September 2014 — "
WIRE_DATELINE_RE = re.compile(
    r"""(?:[A-Z][A-Z'.\u2019-]+(?:[ /][A-Z][A-Z'.\u2019-]+)*)
        (?:,\s+[A-Z][\w'.\u2019-]*(?:\s+[A-Z][\w'.\u2019-]*){0,3})?,\s+
        (?P<date>[\w .,]{6,24}?)\s*(?:\([A-Z][\w .&/-]{1,30}\)\s*)?[-\u2013\u2014]\s""",
    re.VERBOSE,
)


def _wire_dateline(state: ParseState, p: Paragraph, s: str) -> None:
    """The publication date from a wire dateline that opens the first paragraph, when it
    gives the year (a day without a year is left unread)."""
    if DIGIT_RE.search(s, 0, 60) is None:
        return
    m = WIRE_DATELINE_RE.match(s)
    if m is None:
        return
    dm = DATE_RE.fullmatch(m["date"].strip())
    if dm is None or not (dm["md_y"] or dm["dm_y"] or dm["iso_y"] or dm["num_y"]):
        return
    d = match_to_date(dm, None)
    if d is not None:
        state.published = d
        state.note("segment", "wire-dateline", p.span)


def _classify(state: ParseState, blocks: list[Paragraph], seen: dict[str, int]) -> None:
    text = state.text
    title_done = False
    body_seen = False
    bodies = 0  # body blocks so far: page furniture above the article can read as text
    low = folded(text)
    in_comments = False
    for i, p in enumerate(blocks):
        s = p.span.slice(text)
        if in_comments or (body_seen and COMMENTS_HEADER_RE.match(s)):
            # readers' comments below the article: their words are no actor's
            in_comments = True
            p.kind = Block.META
            continue
        near_top = i < 15 and bodies <= 2
        if near_top and _date_line(s):
            p.kind = Block.META
            if state.published is None and not state.published_given:
                dm = DATE_RE.search(s)
                if dm is not None:
                    d = match_to_date(dm, None)
                    if d is not None:
                        state.published = d
                        state.note("segment", "date-line", p.span)
            continue
        if _credit(s, low[p.span.start : p.span.end]):
            p.kind = Block.CAPTION
            continue
        sentence = _is_sentence(s)
        # the number of words, only compared with numbers up to 30, and only needed for a
        # block that is no sentence, the first blocks and repeated ones: -1 until counted
        n_words = -1 if sentence else _word_count(s)
        if _META_MATCH(s) or (not sentence and n_words <= 2):
            p.kind = Block.META
            continue
        # the headline: the first real block, when it is not a paragraph of text
        if not title_done and not body_seen:
            if n_words < 0:
                n_words = _word_count(s)
            if _headline(s, sentence, n_words):
                p.kind = Block.TITLE
                title_done = True
                state.title = s
                state.title_span = p.span
                continue
        repeated = seen.get(s.casefold(), 0) > 1
        if repeated and not sentence:
            p.kind = Block.CAPTION
            continue
        if not sentence and n_words < 30 and not (
            s[:2] in _BULLETS and (n_words if n_words >= 0 else _word_count(s)) >= 5
        ):
            # a short line without sentence punctuation between paragraphs: a caption,
            # a standfirst or a sub-heading (but not a bulleted key point: "• X and Y say
            # they will not recognise the results"). The block right after the title is a
            # standfirst.
            prev = blocks[i - 1].kind if i else None
            p.kind = Block.TITLE if prev is Block.TITLE and not body_seen else Block.CAPTION
            continue
        if repeated and (n_words if n_words >= 0 else _word_count(s)) < 30:
            p.kind = Block.CAPTION  # a caption repeated as alt text and as visible line
            continue
        p.kind = Block.BODY
        if not body_seen and state.published is None and not state.published_given:
            _wire_dateline(state, p, s)
        body_seen = True
        bodies += 1
