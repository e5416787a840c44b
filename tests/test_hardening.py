"""Hardening: parse never raises on text, spans stay in bounds, hostile inputs stay linear."""

from __future__ import annotations

import contextlib
import json
import re
import time
from collections.abc import Callable, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import refstance
from refstance import Article, Span, StatementKind

# --------------------------------------------------------------------------- helpers


FOOTNOTE = re.compile(r"\[(?:[0-9]{1,3}|[ivxlcdm]{1,6})\]", re.IGNORECASE)


def all_spans(article: Article) -> Iterator[tuple[str, Span]]:
    """Every span in *article*, with the path of the field that holds it."""
    for i, s in enumerate(article.paragraphs):
        yield f"paragraphs[{i}]", s
    for i, s in enumerate(article.captions):
        yield f"captions[{i}]", s
    for i, actor in enumerate(article.actors):
        for j, s in enumerate(actor.mentions):
            yield f"actors[{i}].mentions[{j}]", s
    for i, statement in enumerate(article.statements):
        yield f"statements[{i}].span", statement.span
    for i, stance in enumerate(article.stances):
        for j, s in enumerate(stance.evidence):
            yield f"stances[{i}].evidence[{j}]", s
    for i, referendum in enumerate(article.referendums):
        for j, result in enumerate(referendum.results):
            if result.span is not None:
                yield f"referendums[{i}].results[{j}].span", result.span


def check_invariants(text: str, article: Article) -> None:
    assert article.text == text
    for path, span in all_spans(article):
        assert 0 <= span.start <= span.end <= len(text), f"{path} = {span} outside 0..{len(text)}"
    for statement in article.statements:
        if statement.kind is StatementKind.DIRECT:
            inside = article.slice(statement.span)
            # the statement's text drops footnote markers: "reporters[iv]0" reads "reporters0"
            unmarked = FOOTNOTE.sub("", inside)
            for word in re.findall(r"\w+", statement.text):
                assert word in inside or word in unmarked, (
                    f"{statement.id}: {word!r} not in its span {inside!r}"
                )


# --------------------------------------------------------------------------- properties

ANY_CHARACTER = st.characters(codec=None, categories=None, exclude_categories=())

FRAGMENTS = [
    '"',
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "'",
    "(",
    ")",
    "[",
    "]",
    "[iv]",
    "[12]",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    ". ",
    ", ",
    ": ",
    "99.23%",
    "87.05 per cent",
    "51.9% to 48.1%",
    "17,410,742 votes",
    "1.6 million",
    "President",
    "President ",
    "Foreign Minister ",
    "Nikola Petrovic",
    "the minister",
    "he",
    "she",
    "said",
    " said ",
    "stated,",
    "said:",
    "told reporters",
    "will not recognize",
    "sham",
    "null and void",
    "welcomed the result",
    "Serbia",
    "Moscow",
    "the Kremlin",
    "Donetsk",
    "in the Donetsk region",
    "in favor",
    "voted No",
    "turnout",
    "referendum",
    "referendums",
    " date 2022-09-28 ",
    "on Sep. 25",
    "Sept 26 (Reuters) –",
    "Photo: ",
    "/Wikimedia Commons",
    "(AP Photo)",
    "\u00a0",
    "\u200b",
    "\ufeff",
]

NEWS_LIKE = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(ANY_CHARACTER, max_size=3)), max_size=60
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.text(ANY_CHARACTER))
def test_parse_never_raises_on_any_text(text: str) -> None:
    check_invariants(text, refstance.parse(text))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWS_LIKE)
def test_parse_never_raises_on_news_like_text(text: str) -> None:
    check_invariants(text, refstance.parse(text))


@settings(max_examples=200, deadline=None)
@given(st.binary())
def test_parse_of_bytes_raises_only_decode_error(data: bytes) -> None:
    assert issubclass(refstance.DecodeError, refstance.RefstanceError)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        with pytest.raises(refstance.DecodeError, match="not UTF-8 text"):
            refstance.parse(data)
    else:
        check_invariants(text, refstance.parse(data))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=3), max_size=30).map("".join))
def test_parse_of_utf8_bytes_equals_parse_of_text(text: str) -> None:
    without_bom = text[1:] if text.startswith("\ufeff") else text
    assert refstance.parse(text.encode("utf-8")) == refstance.parse(without_bom)


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=30,
)

ARTICLE_KEYS = [
    "schema",
    "text",
    "published",
    "title",
    "source",
    "paragraphs",
    "captions",
    "actors",
    "statements",
    "stances",
    "referendums",
    "start",
    "end",
    "id",
    "name",
    "kind",
    "span",
    "results",
    "choices",
    "percent",
]

ARTICLE_LIKE = st.fixed_dictionaries(
    {"schema": st.sampled_from(["refstance/1", "refstance/2", 1])},
    optional={"text": st.one_of(st.text(max_size=20), JSON)},
).flatmap(
    lambda base: st.dictionaries(st.sampled_from(ARTICLE_KEYS), JSON, max_size=6).map(
        lambda extra: {**extra, **base}
    )
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(JSON, ARTICLE_LIKE))
def test_from_json_raises_only_refstance_errors(data: object) -> None:
    try:
        result = refstance.from_json(json.dumps(data))
    except refstance.RefstanceError:
        return
    assert isinstance(result, Article)


@settings(max_examples=100, deadline=None)
@given(st.text(ANY_CHARACTER, max_size=40))
def test_from_json_on_non_json_raises_only_refstance_errors(text: str) -> None:
    with contextlib.suppress(refstance.RefstanceError):
        refstance.from_json(text)


# --------------------------------------------------------------------------- hostile inputs


def timed_parse(text: str) -> float:
    start = time.perf_counter()
    article = refstance.parse(text)
    elapsed = time.perf_counter() - start
    check_invariants(text, article)
    return elapsed


def assert_linear(make: Callable[[int], str], n: int) -> None:
    """Parsing ``make(4 * n)`` takes less than 12 times parsing ``make(n)`` (plus slack).

    A linear parser takes about 4 times as long; a quadratic one 16 times. The small input is
    timed best of two (a cold cache must not make the ratio look better than it is), and a
    failing pair is measured once more, so that a burst of load on a shared machine does not
    fail the test.
    """
    small = make(n)
    large = make(4 * n)
    for _attempt in range(2):
        t_small = min(timed_parse(small), timed_parse(small))
        t_large = timed_parse(large)
        if t_large < 12 * t_small + 0.3:
            return
    pytest.fail(f"{len(large):,} chars took {t_large:.2f} s, {len(small):,} chars {t_small:.3f} s")


PARAGRAPH = (
    "Foreign Minister Nikola Petrovic said on Sep. 25 that Serbia “cannot accept these"
    " results,” adding that the votes in the Donetsk and Luhansk regions were a sham. Officials"
    " in Moscow said 99.23% voted in favor in the Donetsk region, with turnout of 97.5 per cent."
    " [iv]\n\n"
)

# name: (one unit of the input, units in the small input); the large input has 4x the units.
HOSTILE: dict[str, tuple[str, int]] = {
    "straight-quotes": ('"', 12_500),  # 50,000 quotation marks at 4x
    "curly-quotes": ("“”‘’«»„", 1_800),
    "mixed-quotes-and-words": (' “a" ‘b’ «c„ ', 1_000),
    "unclosed-quotes": ("He said “yes ", 1_000),
    "quotes-without-sentence-ends": ("Serbia said “no” ", 1_000),
    "newlines": ("\n", 25_000),  # 100,000 newlines at 4x
    "crlf-lines": ("word\r\n", 4_000),
    "president-titles": ("President ", 5_000),  # 20,000 titles at 4x
    "title-chain": ("Foreign Minister Deputy President ", 1_000),
    "percentages": ("99.23% in favor in the Donetsk region. ", 1_250),  # 5,000 at 4x
    "numbers-without-spaces": ("1,234", 4_000),
    "open-brackets": ("[", 12_500),
    "footnote-markers": ("[iv]", 3_000),
    "one-long-word": ("a", 50_000),
    "one-long-line-of-words": ("said the minister ", 1_000),
    "nul-bytes": ("Serbia\x00said\x00“no”.\x00", 500),
    "zero-width": ("Se\u200brbia said\u200d “n\u200co”.\ufeff ", 400),
    "nbsp": ("President\u00a0Smith\u00a0said\u00a0“no”.\u00a0", 400),
    "rtl": ("قال الرئيس «لا» في الاستفتاء. אמר השר ״לא״. ", 250),
    "combining-marks": ("Se\u0301rbia\u0308 sa\u0327id. ", 500),
    "emoji": ("🗳️ 99% 🇺🇦 “👍” said 👨‍👩‍👧. ", 400),
    "realistic-paragraphs": (PARAGRAPH, 50),
}


@pytest.mark.parametrize(("unit", "n"), list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_input_parses_in_linear_time(unit: str, n: int) -> None:
    assert_linear(lambda k: unit * k, n)


@pytest.mark.parametrize(
    "text",
    [
        "\ufeff date 2022-09-28 Serbia will not recognize it.",
        "Title\r\n\r\nSerbia said “no”.\r\n",
        "Serbia said\x00 “no”.\x00",
        "President\u00a0Smith said “no”.",
        "Se\u200brbia said “n\u200bo”.",
        "قال الرئيس «لا».",
        "e\u0301\u0301\u0301 “\u0301”",
        "🗳️ “👍” 🇺🇦",
        "\ud800 lone surrogate “x”",
        "\u2028line separator\u2029paragraph separator\x85next line\x0bvt\x0cff",
    ],
    ids=[
        "bom",
        "crlf",
        "nul",
        "nbsp",
        "zero-width",
        "rtl",
        "combining",
        "emoji",
        "surrogate",
        "separators",
    ],
)
def test_odd_characters_parse(text: str) -> None:
    check_invariants(text, refstance.parse(text))


def test_bom_in_bytes_is_dropped() -> None:
    article = refstance.parse("\ufeffSerbia said “no”.".encode())
    assert article.text == "Serbia said “no”."


def test_ten_megabyte_article() -> None:
    text = PARAGRAPH * (10_000_000 // len(PARAGRAPH) + 1)
    assert len(text) > 10_000_000
    elapsed = timed_parse(text)
    # a hang detector, not a speed target: linearity is checked by the ratio tests above
    assert elapsed < 120, f"a 10 MB article took {elapsed:.1f} s"
