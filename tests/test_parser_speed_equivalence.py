"""The fast paths of the segment, figures and referendums stages give what the plain
patterns give.

Every example text here is written for these tests.
"""

from __future__ import annotations

import importlib
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


# --------------------------------------------------------------------------- figures and
# referendums fast paths (sentence breaks, lower-case twins, word checks of the organiser rules)

_FR_WORDS = st.sampled_from(
    [
        "Russia", "Russia's", "Moscow\u2019s", "the", "The", "referendum", "Referendum", "vote",
        "votes", "voted", "ballot", "plebiscite", "held", "HELD", "by", "BY", "organised",
        "called", "ran ", "ran", "annexation", "Kremlin-backed", "says", "took place", "in",
        "Crimea", "consultation", "poll", "government", "which", ", ", ". ", "! ", "? ", ".\n",
        "\n", "\n\n", "  ", '." ', ".\u201d ", ".) ", "55%", "52 per cent", "1,234", "2 million",
        "12 m", "3bn", "to", "from", "joining", "stay in the EU", "Brexit", "almost",
        "approximately ", "turnout", "poll", "election", "In", "2014", "\u0130", "\u0131",
        "\u017f", "\u212a", "x", "-", "'",
    ]
)  # fmt: skip
_FR_TEXT = st.lists(_FR_WORDS, max_size=40).map(" ".join) | st.lists(_FR_WORDS, max_size=40).map(
    "".join
)


def _plain_break_sentences(text: str) -> list[tuple[int, int]]:
    from refstance._parser.referendums import _SENTENCE_BREAK_RE

    out, start = [], 0
    for m in _SENTENCE_BREAK_RE.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


@settings(max_examples=300, deadline=None)
@given(_FR_TEXT)
def test_referendum_sentences_match_the_plain_break_pattern(text: str) -> None:
    from refstance._parser.referendums import _sentences

    assert [(s.start, s.end) for s in _sentences.__wrapped__(text)] == _plain_break_sentences(text)


@settings(max_examples=300, deadline=None)
@given(_FR_TEXT, st.integers(0, 80), st.integers(0, 80))
def test_figure_sentences_match_the_plain_end_pattern(text: str, a: int, b: int) -> None:
    """The sentences of a span, also one that starts right after an end mark."""
    from refstance._model import trusted_span
    from refstance._parser.figures import SENTENCE_END_RE, _sentences

    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    plain, at = [], start
    for m in SENTENCE_END_RE.finditer(text, start, end):
        plain.append((at, m.start()))
        at = m.end()
    plain.append((at, end))
    fast = _sentences(text, trusted_span(start, end))
    assert [(s.start, s.end) for s in fast] == plain


@pytest.mark.parametrize("text", ["A. B", "end.\n\n  Next", 'He said." Then', "x?!  y", "a.  "])
def test_sentence_fast_paths_on_examples(text: str) -> None:
    from refstance._parser.referendums import _sentences

    assert [(s.start, s.end) for s in _sentences.__wrapped__(text)] == _plain_break_sentences(text)


def _twins() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    f = importlib.import_module("refstance._parser.figures")
    r = importlib.import_module("refstance._parser.referendums")

    return [
        (f.DISTRACTOR_RE, f.DISTRACTOR_LOW_RE),
        (f.MEMBERSHIP_RE, f.MEMBERSHIP_LOW_RE),
        (f.CHOICE_BEFORE_RE, f.CHOICE_BEFORE_LOW_RE),
        (f.VOTE_RE, f.VOTE_LOW_RE),
        (r.VOTE_CONTEXT_RE, r.VOTE_CONTEXT_LOW_RE),
        (r.RECALL_RE, r.RECALL_LOW_RE),
    ]


@settings(max_examples=300, deadline=None)
@given(_FR_TEXT)
def test_lower_case_twins_find_what_the_case_blind_patterns_find(text: str) -> None:
    from refstance._parser._matcher import lower_same_length

    low = lower_same_length(text)
    if low is None:
        return  # the stages match the text itself then
    for plain, twin in _twins():
        assert [m.span() for m in twin.finditer(low)] == [m.span() for m in plain.finditer(text)]


def test_lower_case_twins_keep_group_names_and_escapes() -> None:
    from refstance._parser._matcher import low_twin

    twin = low_twin(re.compile(r"(?P<Pre>In\s+\w+)\Z|A", re.IGNORECASE))
    assert twin.pattern == r"(?P<Pre>in\s+\w+)\Z|a"
    assert not twin.flags & re.IGNORECASE
    with pytest.raises(ValueError, match="inline case flags"):
        low_twin(re.compile(r"a(?-i:B)", re.IGNORECASE))


_LEAD_PLAIN = r"(?<![\w.,])(?P<num>\d{1,3}(?:[.,]\d{1,3})?)"
_LEAD_FAST = r"(?P<num>\d(?<![\w.,][\s\S])\d{0,2}(?:[.,]\d{1,3})?)"


@settings(max_examples=300, deadline=None)
@given(_FR_TEXT, st.integers(0, 40))
def test_percent_and_chose_patterns_match_their_plain_forms(text: str, pos: int) -> None:
    """The look-behinds moved after a first character find what they found first."""
    from refstance._parser.figures import CHOSE_RE, PERCENT_RE

    percent_plain = re.compile(
        PERCENT_RE.pattern.replace(_LEAD_FAST, _LEAD_PLAIN.replace("(?<!", "\n(?<!")),
        PERCENT_RE.flags,
    )
    chose_plain = re.compile(
        CHOSE_RE.pattern.replace(
            r"(?:%|p(?<!\w[\s\S])er\s?cent|p(?<!\w[\s\S])ercent)",
            r"(?:%|\bper\s?cent|\bpercent)",
        ),
        CHOSE_RE.flags,
    )
    assert percent_plain.pattern != PERCENT_RE.pattern
    assert chose_plain.pattern != CHOSE_RE.pattern
    pos = min(pos, len(text))
    for plain, fast in ((percent_plain, PERCENT_RE), (chose_plain, CHOSE_RE)):
        assert [m.span() for m in fast.finditer(text, pos)] == [
            m.span() for m in plain.finditer(text, pos)
        ]
        assert bool(fast.fullmatch(text.strip())) is bool(plain.fullmatch(text.strip()))
    for s in ("99.5%", "and 5 percent chose statehood", "x5%", "1.5,5%", "55 per cent"):
        assert [m.span() for m in PERCENT_RE.finditer(s)] == [
            m.span() for m in percent_plain.finditer(s)
        ]


@settings(max_examples=300, deadline=None)
@given(_FR_TEXT, st.integers(0, 60), st.integers(0, 60))
def test_count_check_and_approximation_shortcuts(text: str, a: int, b: int) -> None:
    from refstance._parser.figures import APPROX_RE, COUNT_CHECK_RE, COUNT_RE, _approx

    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    if COUNT_RE.search(text, start, end) is not None:
        assert COUNT_CHECK_RE.search(text, start, end) is not None
    for before in (text, text[:start], text + "  almost ", text + "Just OVER\n"):
        assert _approx(before) is (APPROX_RE.search(before) is not None)


@settings(max_examples=300, deadline=None)
@given(_FR_TEXT)
def test_choice_before_is_the_pattern_on_the_window(text: str) -> None:
    from refstance._parser._matcher import lower_same_length
    from refstance._parser.figures import CHOICE_BEFORE_RE, _choice_cache, choice_before

    for start in range(len(text) + 1):
        expected = CHOICE_BEFORE_RE.search(text[max(0, start - 40) : start]) is not None
        for low in (None, lower_same_length(text)):
            _choice_cache.cache_clear()
            assert choice_before(text, low, start) is expected


def _plain_needs(text: str, s: object, rule: str) -> bool:
    """The per-sentence checks the organiser rules made before the one scan of each word."""
    from refstance._model import Span
    from refstance._parser.referendums import _RAN_NOUN_WORDS, _RAN_WORDS, _REF_WORDS
    from refstance._parser.segment import folded

    assert isinstance(s, Span)
    low = folded(text)

    def has(w: str, f: bool = False) -> bool:
        return (low if f else text).find(w, s.start, s.end) >= 0

    ref = any(has(w) for w in _REF_WORDS)
    ref_ci = any(has(w, True) for w in _REF_WORDS)
    return {
        "held-by": has("by", True) and ref_ci,
        "held-in": (has("held", True) or has("plac", True)) and ref_ci,
        "annexation": has("annex"),
        "ran": any(has(w, True) for w in _RAN_WORDS) and any(has(w) for w in _RAN_NOUN_WORDS),
        # the old checks of these rules, which the new ones narrow
        "possessive": ref,
        "subject": ref,
        "backed": has("-") and ref,
        "national": has("vote") or has("says"),
    }[rule]


@settings(max_examples=300, deadline=None)
@given(_FR_TEXT)
def test_organiser_word_checks_are_the_plain_checks_or_narrow_them_soundly(text: str) -> None:
    """Rules whose check stayed give the same sentences; rules whose check was narrowed keep
    every sentence their pattern matches in."""
    r = importlib.import_module("refstance._parser.referendums")

    words = r._Words(text)
    patterns = {
        "possessive": r.POSSESSIVE_RE, "subject": r.SUBJECT_RE, "backed": r.BACKED_RE,
        "national": r.NATIONAL_VOTE_RE,
    }  # fmt: skip
    for rule in r._NEEDS:
        plain = [i for i, s in enumerate(words.sentences) if _plain_needs(text, s, rule)]
        fast = words.need(rule)
        if rule in patterns:
            assert set(fast) <= set(plain)
            hits = [
                i
                for i, s in enumerate(words.sentences)
                if patterns[rule].search(s.slice(text)) is not None
            ]
            assert set(hits) & set(plain) <= set(fast)
        else:
            assert fast == plain


def test_territory_lookup_with_the_states_lower_case_text_is_the_same() -> None:
    f = importlib.import_module("refstance._parser.figures")

    g = Gazetteer.default()
    for text in ("Voters in Crimea and \u0130stanbul; CATALONIA'S vote.", "Crimea and CATALONIA"):
        fresh = f.matcher_for(g).find(text)
        assert f.matcher_for(g).find(text, low=f.lower_same_length(text)) == fresh
        assert f.matcher_for(g).find_all(text, f.lower_same_length(text)) == fresh


def test_lower_case_twins_on_examples_where_they_match() -> None:
    text = (
        "Opinion polls said 55%. They want to Leave the EU, said one. The Referendum was held "
        "in September 2014. In the \u212aurdistan vote, voters chose to join "
    )
    low = text.lower()
    for plain, twin in _twins():
        found = [m.span() for m in plain.finditer(text)]
        assert found, plain.pattern[:40]
        assert [m.span() for m in twin.finditer(low)] == found


# ----------------------------------------------------------------------------- actors


from refstance._parser._matcher import trie_regex, trie_scanner, word_start_matches  # noqa: E402
from refstance._parser._state import ParseState  # noqa: E402
from refstance._parser.actors import (  # noqa: E402
    NAME_RUN_FAST_RE,
    NAME_RUN_RE,
    NAME_RUN_UPPER_RE,
    SENTENCE_END_RE,
    _last_role,
    entity_matches,
    name_runs,
    sentence_ends,
)
from refstance._parser.actors import matcher_for as entity_matcher_for  # noqa: E402

_NAMES = ["Moscow", "Mosul", "Minsk", "the world body", "27-nation bloc", "U.S.", "EU"]


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("MoscwulinkEU.S27-ntbhewrdy x@#\n")), max_size=60),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_trie_scanner_finds_what_the_trie_finds(text: str, a: int, b: int) -> None:
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    plain = [(m.start(), m.end()) for m in trie_regex(_NAMES).finditer(text, lo, hi)]
    fast = [(m.start(), m.end()) for m in word_start_matches(trie_scanner(_NAMES), text, lo, hi)]
    assert fast == plain


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("aAeEl-. \t'’@#xBQéÓdlnv\nJ")), max_size=30),
    st.integers(0, 30),
    st.integers(0, 30),
)
def test_name_run_patterns_find_what_the_plain_one_finds(text: str, a: int, b: int) -> None:
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    plain = [(m.start(), m.end()) for m in NAME_RUN_RE.finditer(text, lo, hi)]
    assert [(m.start(), m.end()) for m in NAME_RUN_FAST_RE.finditer(text, lo, hi)] == plain
    assert [(m.start(), m.end()) for m in name_runs(text, lo, hi)] == plain
    if "l-" not in text:
        assert [(m.start(), m.end()) for m in NAME_RUN_UPPER_RE.finditer(text, lo, hi)] == plain


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Sergei Lavrov met al-Bashir and Ali al-Sistani. El-Sisi spoke.",
        "O'Brien and McDonald; George H.W. Bush, B.J. Habibie; Plan B. is 'Al-Qaeda'.",
        "the head of el-Fatah, Mr de la Cruz van der Berg and Ó Súilleabháin",
    ],
)
def test_name_runs_on_names(text: str) -> None:
    plain = [(m.start(), m.end()) for m in NAME_RUN_RE.finditer(text)]
    assert [(m.start(), m.end()) for m in name_runs(text, 0, len(text))] == plain


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list('.!?"”’» \n\tAaMrJnU.SBé“«')), max_size=40),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_sentence_ends_are_the_boundaries(text: str, a: int, b: int) -> None:
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    plain = [(m.start(), m.end()) for m in SENTENCE_END_RE.finditer(text, lo, hi)]
    assert sentence_ends(text, lo, hi) == plain


_ENTITY_TEXTS = [
    "Moscow and Kyiv said the United Nations and the world body met in mainland China.",
    "xMoscow, #Kyiv, @NATO and the Kremlin; Russia-backed UN envoy; 27-nation bloc",
    "The EU and the U.S. said Serbia would not recognise Kosovo.",
]


@pytest.mark.parametrize("text", _ENTITY_TEXTS)
def test_entity_matches_are_the_pattern_matches(text: str) -> None:
    m = entity_matcher_for(Gazetteer.default())
    for lo, hi in ((0, len(text)), (1, len(text) - 3), (9, 40)):
        plain = [(x.start(), x.end()) for x in m.pattern.finditer(text, lo, hi)]
        assert [(x.start(), x.end()) for x in entity_matches(m, text, lo, hi)] == plain


@pytest.mark.parametrize(
    "text",
    [
        "Kazakh Foreign Minister and Vice President Ilze Berzina said",
        "the former PRIME MINISTER of Latvia, Ilze Berzina",
        "\u0130stanbul mayor and foreign minister Ilze Berzina",  # no lower case of like length
        "vice-president-elect xpresident Ilze Berzina",
    ],
)
def test_last_role_on_lower_case_text_is_the_plain_last_role(text: str) -> None:
    m = entity_matcher_for(Gazetteer.default())
    state = ParseState(text=text, gazetteer=Gazetteer.default())
    end = text.index("Ilze")
    for lo in range(end):
        plain = None
        for rm in m.role_pattern.finditer(text[lo:end]):
            plain = (lo + rm.start(), m.roles[rm.group().casefold()], rm.group())
        assert _last_role(state, m, lo, end) == plain


# ----------------------------------------------------------------------------- segment


def test_every_meta_alternative_starts_at_the_start() -> None:
    from refstance._parser.segment import META_RE

    # (the parser takes the "\\A" that every alternative starts with out in front)
    parsed = re._parser.parse(META_RE.pattern, META_RE.flags)  # type: ignore[attr-defined]
    op, where = parsed.data[0]
    assert op is re._constants.AT  # type: ignore[attr-defined]
    assert where is re._constants.AT_BEGINNING_STRING  # type: ignore[attr-defined]
    for block in ("Share", "x Share", "By John Smith", "Follow us on", "#vote", "Email me"):
        assert bool(META_RE.match(block)) is bool(META_RE.search(block))


_CREDIT_PARTS = [
    "/", "(", ")", " ", ":", "AP", "afp", "Getty", " images", "Image", "photo", "Photograph",
    "caption", " by ", "via ", "Reuters", "credit", "copyright", "wikimedia commons", "x",
    "\u0130", "picture", ".", "\n",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CREDIT_PARTS), max_size=12))
def test_credit_alternatives_find_what_the_pattern_finds(parts: list[str]) -> None:
    block = "".join(parts)
    assert _credit(block, fold(block)) is (CREDIT_RE.search(block) is not None)


# ----------------------------------------------------------------------------- quotes


_QUOTE_PARTS = [
    "He", " said", " says", "Mr.", " Jan.", " U.S.", " Sep. 25", " 25 September 2022", "2022-09-2",
    ".", "!", "?", " ", "  ", "\n", '"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "\u00ab",
    "\u00bb", " The", " the", " minister", " of", " in", " for", " called on", " Russia",
    " on Monday", " today", " last night", " ago", " 3", " 12.5", "-", ",", ":", " X",
    "\u0130", "\u017f", "\u212a", " Foreign", " government", " by", " ally of",
    " September 3", " december. 12", '."  "He', ".   \u201cA",
]  # fmt: skip


def _quotes_state(text: str, published: object = None) -> object:
    """A state whose lines are body paragraphs, with the quotations the quotes stage finds."""
    from datetime import date

    from refstance._model import trusted_span
    from refstance._parser._state import Block, Paragraph, ParseState

    state = ParseState(text=text, gazetteer=Gazetteer.default())
    state.published = published if isinstance(published, date) else None
    at = 0
    for line in text.split("\n"):
        if line:
            state.paragraphs.append(Paragraph(span=trusted_span(at, at + len(line)), kind=Block.BODY))
        at += len(line) + 1
    return state


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_QUOTE_PARTS), max_size=40).map("".join), st.booleans())
def test_quote_sentences_dates_and_prepositions_match_the_plain_way(text: str, dated: bool) -> None:
    """The resolver's sentences (boundaries found once a block), prepositions (looked for
    where one starts, on the lower-cased text) and dates (lower-cased, once a sentence) are
    those of the plain functions."""
    from datetime import date

    from refstance._parser.quotes import (
        _find_quotes,
        _object_of_preposition,
        _outside,
        _Resolver,
        _said_on,
        _sentence,
    )

    state = _quotes_state(text, date(2022, 9, 28) if dated else None)
    found = _find_quotes(state)
    res = _Resolver(state, [], found)
    for p in state.paragraphs:
        lo, hi = p.span.start, p.span.end
        for start in range(lo, hi + 1):
            for end in {start, min(hi, start + 1), min(hi, start + 7), hi}:
                sent = res.sentence(lo, hi, start, end)
                assert sent == _sentence(text, lo, hi, start, end, found)
                for quotes in (found, [q for q in found if q.para == 0]):
                    plain = _said_on(state, sent[0], sent[1], _outside(text, sent[0], sent[1], quotes))
                    assert res.said_on(sent[0], sent[1], quotes) == plain
            for strict in (False, True):
                assert res.governed(lo, start, strict) is _object_of_preposition(text, lo, start, strict)


@pytest.mark.parametrize(
    "text",
    [
        'Go.   "He went.  \u201cA b."   \u00abC d.\u00bb  Ms. E.   \u2018F g.',
        'He said: "No.   \u201cYes.\u201d   No."  Then.  "X',
    ],
)
def test_quote_sentences_match_the_plain_way_for_every_range(text: str) -> None:
    """Scans cut inside a run of spaces or between an opening mark and its capital."""
    from refstance._parser.quotes import _find_quotes, _Resolver, _sentence

    state = _quotes_state(text)
    found = _find_quotes(state)
    res = _Resolver(state, [], found)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert res.sentence(0, len(text), start, end) == _sentence(text, 0, len(text), start, end, found)


def test_quote_sentences_match_the_plain_way_in_long_blocks() -> None:
    """Past the window around a quotation, and with quotations masking boundaries."""
    from refstance._parser.quotes import _find_quotes, _Resolver, _sentence

    text = (
        "A. " * 150 + 'He said: "We will win. They lose." Then Mr. Smith left. "Yes," she said. '
        + "Words without an end " * 30 + 'Now.  "The end.  \u201cAnd ' + "more " * 90 + "words."
    )
    state = _quotes_state(text)
    found = _find_quotes(state)
    res = _Resolver(state, [], found)
    for start in range(len(text) + 1):
        for end in {start, min(len(text), start + 40)}:
            assert res.sentence(0, len(text), start, end) == _sentence(text, 0, len(text), start, end, found)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_QUOTE_PARTS), max_size=30).map("".join), st.booleans())
def test_lowered_dates_are_the_dates(text: str, dated: bool) -> None:
    from datetime import date

    from refstance._parser._dates import (
        DATE_RE,
        find_dates,
        find_dates_lowered,
        first_date,
        first_date_lowered,
        match_to_date,
    )
    from refstance._parser._matcher import lower_same_length

    published = date(2022, 9, 28) if dated else None
    dates = [(m.span(), d) for m, d in find_dates(text, published)]
    # (find_dates looks only from just before the first digit on: every date has one)
    year = published.year if published else None
    assert [m.span() for m, _d in find_dates(text, published)] == [
        m.span() for m in DATE_RE.finditer(text) if match_to_date(m, year) is not None
    ]
    low = lower_same_length(text)
    if low is None:
        return
    assert [(m.span(), d) for m, d in find_dates_lowered(low, published)] == dates
    assert first_date_lowered(low, published) == first_date(text, published)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from([*_QUOTE_PARTS, " told", "unsaid", " called  for", "saidx", "called\non"]),
        max_size=30,
    ).map("".join)
)
def test_speech_verbs_are_the_pattern(text: str) -> None:
    from refstance._parser._matcher import lower_same_length
    from refstance._parser.quotes import SPEECH_VERB_LOW_RE, _speech_verbs

    low = lower_same_length(text)
    if low is None:
        return
    for lo in range(0, len(low) + 1, 3):
        want = [m.span() for m in SPEECH_VERB_LOW_RE.finditer(low, lo, len(low))]
        assert [m.span() for m in _speech_verbs(low, lo, len(low))] == want


_WORD_TESTS = [
    ("ROLE_NOUN_RE", "ROLE_WORDS_LOW_RE"),
    ("OWN_GOVERNMENT_RE", "GOVERNMENT_WORDS_LOW_RE"),
    ("COLLECTIVE_RE", "COLLECTIVE_WORDS_LOW_RE"),
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [" the", " The", " Foreign", " MINISTER", " spokeswoman", " head of state", " his",
             " her", " Government", " ministry", " statement", " communiqu\u00e9", " leaders",
             " x", "\u212a", "\u017f", " today", " THIS morning", " yesterday", " last night",
             " on", " Monday", " late", " sunday", ",", "."]
        ),
        max_size=12,
    ).map("".join)
)  # fmt: skip
def test_prefilter_words_are_in_every_match(text: str) -> None:
    """A range without the words a pattern needs is not searched: each match holds one."""
    from refstance._parser._dates import WEEKDAY_RE

    q = sys.modules["refstance._parser.quotes"]  # (the package's "quotes" is the stage)
    from refstance._parser._matcher import lower_same_length

    low = lower_same_length(text)
    if low is None:
        return
    for pattern, words in _WORD_TESTS:
        for m in getattr(q, pattern).finditer(text):
            assert getattr(q, words).search(low, m.start(), m.end())
    for m in q.RELATIVE_DAY_RE.finditer(text):
        assert any(w in low[m.start() : m.end()] for w in q.RELATIVE_DAY_WORDS)
    for m in WEEKDAY_RE.finditer(text):
        assert "day" in low[m.start() : m.end()]


def test_quotes_resolver_finds_paragraphs_as_the_plain_search() -> None:
    from refstance._parser.quotes import _Resolver

    state = _quotes_state("One.\n\nTwo two.\nThree\n")
    res = _Resolver(state, [], [])
    for pos in range(len(state.text) + 1):
        plain = next(
            (i for i, p in enumerate(state.paragraphs) if p.span.start <= pos < p.span.end), None
        )
        assert res.paragraph_at(pos) == plain
