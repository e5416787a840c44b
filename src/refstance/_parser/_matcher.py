"""One compiled pattern for many literal names: a trie turned into a regular expression.

A plain alternation of thousands of names makes the regex engine try each in turn at every
position; a trie shares prefixes, so a look-up costs about the length of the name.

>>> rx = trie_regex(["Moscow", "Mosul", "Minsk"])
>>> [m.group() for m in rx.finditer("From Moscow to Minsk, not Mos.")]
['Moscow', 'Minsk']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

_END = ""

# characters that ``re.IGNORECASE`` matches to an ASCII letter but that ``str.lower`` keeps
# as they are: dotless i, long s
_FOLD_MORE = str.maketrans({"\u0131": "i", "\u017f": "s"})


def lower_same_length(s: str) -> str | None:
    """*s* in lower case for case-sensitive matching with patterns written in lower case, or
    None when that would move offsets (a character whose lower case is longer: "İ").

    A lower-case pattern matched on this text finds what it finds case-insensitively on *s*.

    >>> lower_same_length("Kyiv and MOSCOW")
    'kyiv and moscow'
    >>> lower_same_length("İzmir") is None
    True
    """
    low = s.lower()
    if len(low) != len(s):
        return None
    if "\u0131" in low or "\u017f" in low:
        return low.translate(_FOLD_MORE)  # slow, and rarely needed
    return low


def _build(trie: dict[str, Any]) -> str:
    """The regex source for a trie (``{char: subtrie}``, ``_END`` marks a complete word)."""
    if _END in trie and len(trie) == 1:
        return ""
    alts: list[str] = []
    chars: list[str] = []
    for ch in sorted(k for k in trie if k != _END):
        sub = trie[ch]
        rest = _build(sub)
        if rest == "" and _END in sub and len(sub) == 1:
            chars.append(re.escape(ch))
        else:
            alts.append(re.escape(ch) + rest)
    if chars:
        alts.append(chars[0] if len(chars) == 1 else "[" + "".join(chars) + "]")
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if _END in trie:
        # the word may end here: make the rest optional (the longest match still wins,
        # because every branch is tried before the empty one)
        return "(?:" + body + ")?"
    return body


def trie_regex(
    words: Iterable[str], *, flags: int = 0, whole_words: bool = True
) -> re.Pattern[str]:
    """A pattern matching any of *words*, preferring the longest: as a whole word, or, with
    ``whole_words=False``, anywhere (``"recogni"`` inside ``"unrecognised"``)."""
    trie: dict[str, Any] = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[_END] = True
    if not trie:
        return re.compile(r"(?!x)x")
    if not whole_words:
        return re.compile(_build(trie), flags)
    return re.compile(r"(?<![\w@#])(?:" + _build(trie) + r")(?![\w])", flags)


# the look-behind of ``trie_regex(..., whole_words=True)``, and the characters it refuses
WORD_START = r"(?<![\w@#])"
_WORD_CHAR_RE = re.compile(r"[\w@#]")


def trie_scanner(words: Iterable[str], *, flags: int = 0) -> re.Pattern[str]:
    """``trie_regex(words, flags=flags)`` without its leading look-behind: a pattern that
    starts with the names' first letters lets the engine skip to them (a pattern that starts
    with a look-behind is tried at every position). Use it with :func:`word_start_matches`."""
    source = trie_regex(words, flags=flags).pattern
    if not source.startswith(WORD_START):
        return re.compile(source, flags)  # no words: the pattern that never matches
    return re.compile(source[len(WORD_START) :], flags)


def word_start_matches(
    scanner: re.Pattern[str], text: str, pos: int, endpos: int
) -> Iterator[re.Match[str]]:
    """What ``trie_regex(words).finditer(text, pos, endpos)`` finds, with the
    :func:`trie_scanner` of the same words: a match right after a word character is
    dropped and the search goes on one character further, as the look-behind would.

    >>> sc = trie_scanner(["Moscow", "Mosul"])
    >>> [m.group() for m in word_start_matches(sc, "xMoscow Mosul", 0, 13)]
    ['Mosul']
    """
    search = scanner.search
    not_start = _WORD_CHAR_RE.match
    mm = search(text, pos, endpos)
    while mm is not None:
        at = mm.start()
        if at and not_start(text, at - 1) is not None:
            mm = search(text, at + 1, endpos)
            continue
        yield mm
        mm = search(text, mm.end(), endpos)


# an upper-case letter, or what must stay as written: an escape, a group's name
_LETTER_OR_ESCAPE_RE = re.compile(r"\\.|\(\?P[<=]\w+|[A-Z]")


def low_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The case-blind *pattern* with its letters in lower case, matched case-sensitively: on
    text lower-cased by :meth:`ParseState.lowered` it finds what *pattern* finds on the text
    (about twice as fast)."""
    if "(?-i" in pattern.pattern or "(?i" in pattern.pattern:
        raise ValueError("a pattern with inline case flags has no lower-case twin")
    body = _LETTER_OR_ESCAPE_RE.sub(
        lambda m: m.group() if len(m.group()) > 1 else m.group().lower(), pattern.pattern
    )
    return re.compile(body, pattern.flags & ~re.IGNORECASE)
