"""The fast paths of the segment, figures and referendums stages give what the plain
patterns give.

Every example text here is written for these tests.
"""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refstance._gazetteer import Gazetteer
from refstance._parser.figures import (
    _ODD_CASES,
    _case_variants,
    _norm,
    has_referendum,
    matcher_for,
)
from refstance._parser.segment import (
    CONTINUES_RE,
    CREDIT_RE,
    WORD_RE,
    _credit,
    _is_sentence,
    _word_count,
    fold,
)


def test_only_four_odd_characters_match_ascii_letters_ignoring_case() -> None:
    everything = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    odd = {c for c in re.findall("[a-z]", everything, re.IGNORECASE) if not c.isascii()}
    assert odd == set(_ODD_CASES)


@pytest.mark.parametrize("letter", list("abcdefghijklmnopqrstuvwxyz"))
def test_case_variants_are_what_the_letter_matches(letter: str) -> None:
    candidates = {letter, letter.upper(), *_ODD_CASES}
    expected = sorted(c for c in candidates if re.fullmatch(letter, c, re.IGNORECASE))
    assert _case_variants(letter) == expected


def _plain_find(
    g: Gazetteer, text: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int, str]]:
    """The territory look-up with the plain patterns (look-behind first, one case-blind trie)."""
    from refstance._parser.figures import _APOS, _name_pieces, _trie_pattern

    ci: set[str] = set()
    cs: set[str] = set()
    for e in (*g.regions, *g.states):
        for n in (*e.names, *e.demonyms):
            (cs if len(n) <= 4 and n.replace(".", "").isupper() else ci).add(n)
    pats = [
        (
            re.compile(
                rf"(?<![\w'\u2019])(?P<n>{_trie_pattern([_name_pieces(n) for n in ci])})"
                rf"(?:{_APOS}?s)?(?![\w])",
                re.IGNORECASE,
            ),
            True,
        ),
        (
            re.compile(
                rf"(?<![\w'\u2019])(?P<n>{_trie_pattern([[re.escape(c) for c in n] for n in cs])})"
                rf"(?:{_APOS}?s)?(?![\w])"
            ),
            False,
        ),
    ]
    index = matcher_for(g).index
    found = []
    for pat, upper_only in pats:
        for m in pat.finditer(text, start, len(text) if end is None else end):
            if upper_only and not m["n"][0].isupper():
                continue
            if _norm(m["n"]) in index:
                found.append((m.start("n"), m.end("n"), m["n"]))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[tuple[int, int, str]] = []
    last = -1
    for t in found:
        if t[0] >= last:
            out.append(t)
            last = t[1]
    return out


TERRITORY_TEXTS = [
    pytest.param("Voters in Crimea and the DPR went to the polls.", id="name-and-code"),
    pytest.param("UK/US officials; the U.K. said so.", id="codes-with-slash-and-dots"),
    pytest.param("CATALONIA'S vote; catalonia's; Catalans.", id="cases-and-possessive"),
    pytest.param("south Sudan and South Sudanese voters", id="lower-case-start"),
    pytest.param("USA", id="code-at-text-start"),
    pytest.param("xUK UKx UK's UKs", id="codes-inside-words"),
    pytest.param("\u0130taly and \u017fcotland, \u212aurdistan", id="odd-case-letters"),
]


@pytest.mark.parametrize("text", TERRITORY_TEXTS)
def test_territory_lookup_matches_plain_patterns(text: str) -> None:
    g = Gazetteer.default()
    fast = [(t.span.start, t.span.end, t.written) for t in matcher_for(g).find(text)]
    assert fast == _plain_find(g, text)


_WORDS = st.sampled_from(
    [
        "Crimea", "crimea", "UK", "U.K.", "US", "Scotland", "Scots", "Kurdistan", "the",
        "referendum", "vote", "DPR", "Luhansk", "Donetsk's", "South", "Sudan", "x", "-",
        "'", "\u2019s", "/", "(", ")", "\n", ". ", ", ", "K", "\u212a", "\u0130", "\u017f",
        "\u0131", "Kırıkkale", "Sırbistan",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=30).map("".join))
def test_territory_lookup_matches_plain_patterns_on_any_text(text: str) -> None:
    g = Gazetteer.default()
    fast = [(t.span.start, t.span.end, t.written) for t in matcher_for(g).find(text)]
    assert fast == _plain_find(g, text)


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=30).map("".join), st.integers(0, 60), st.integers(0, 60))
def test_territory_lookup_in_a_range_matches_plain_patterns(text: str, a: int, b: int) -> None:
    """A look-up of part of a text (which lower-cases only that part) finds what the plain
    patterns find scanning from *start* to *end* of the whole text."""
    g = Gazetteer.default()
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    fast = [(t.span.start, t.span.end, t.written) for t in matcher_for(g).find(text, start, end)]
    assert fast == _plain_find(g, text, start, end)


@pytest.mark.parametrize(
    "text",
    [
        "A Referendum", "PLEBISCITE", "the referendums", "nonreferendum only",
        "no such word", "\u0130 referend\u0131m", "plebi\u017fcite",
    ],
)  # fmt: skip
def test_has_referendum_is_the_pattern(text: str) -> None:
    from refstance._parser.figures import REFERENDUM_RE

    assert has_referendum(text) is (REFERENDUM_RE.search(text) is not None)


def test_fold_keeps_offsets_of_ascii_words() -> None:
    text = "\u0130STANBUL \u017fays \u212aYIV Referendum"
    low = fold(text)
    assert len(low) == len(text)
    for word in ("istanbul", "says", "kyiv", "referendum"):
        m = re.search(word, text, re.IGNORECASE)
        assert m is not None
        assert low[m.start() : m.end()] == word


_BLOCKS = [
    "Photo: Reuters", "Image caption Voters queue", "A man votes (AP Photo/John Smith)",
    "Source: electoral commission", "Officials said: the count goes on", "via Getty Images",
    "Photograph by Jane Doe", "Polls closed at 8pm.", "Voters in the region, and",
    "A long paragraph " + "with many words " * 40, "one two", "The vote of",
    "He said [iv]", "Ballots [12] and", "credit : someone", "Getty Images / AFP",
]  # fmt: skip


@pytest.mark.parametrize("block", _BLOCKS)
def test_segment_shortcuts_match_the_patterns(block: str) -> None:
    assert _credit(block, fold(block)) is (CREDIT_RE.search(block) is not None)
    assert _word_count(block) == min(30, len(WORD_RE.findall(block)))
    stripped = re.sub(r"\[(?:[ivxlcdm]{1,8}|\d{1,3})\]", "", block).rstrip()
    expected = bool(stripped) and (
        stripped[-1] in ".!?\"\u201d\u2019\u00bb:;\u2026'"
        or CONTINUES_RE.search(stripped) is not None
    )
    assert _is_sentence(block) is expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab :/(Photo)via,.-and \n")), max_size=80))
def test_segment_shortcuts_match_the_patterns_on_any_text(block: str) -> None:
    assert _credit(block, fold(block)) is (CREDIT_RE.search(block) is not None)
    assert _word_count(block, cap=3) == min(3, len(WORD_RE.findall(block)))
