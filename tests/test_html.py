"""The notebook view: ``Article._repr_html_`` and ``Referendum._repr_html_``."""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

import refstance
from refstance import (
    Actor,
    ActorKind,
    Article,
    ChoiceResult,
    Referendum,
    RegionResult,
    Span,
    Stance,
    Statement,
)
from refstance._html import PALETTE, article_html, referendum_html, speaker_colour

VOID = frozenset({"br", "img", "meta", "link", "hr", "input"})

# Our own short text, with markup an article must not be able to inject.
TEXT = (
    'Minister Ana Novak said: "Vote <script>alert(1)</script> is void">'
    "<img src=x onerror=alert(2)> & more.\n\n"
    "Photo: Marko <b>Lesnik</b>/Wikimedia Commons\n\n"
    "The yes side won 62.5% in Upper Vale."
)


def _span(part: str) -> Span:
    i = TEXT.index(part)
    return Span(start=i, end=i + len(part))


def hostile() -> Article:
    quote = 'Vote <script>alert(1)</script> is void">'
    return Article(
        text=TEXT,
        title='<i>Title</i> "quoted"',
        published=date(2023, 1, 2),
        source='"><img src=x onerror=alert(3)>',
        captions=[_span("Photo: Marko <b>Lesnik</b>/Wikimedia Commons")],
        actors=[
            Actor(
                id='ana"><img src=x onerror=alert(4)>',
                name="Ana <Novak>",
                kind=ActorKind.PERSON,
                role="<minister>",
                affiliation="slovenia",
                mentions=[_span("Minister Ana Novak")],
            ),
            Actor(id="slovenia", name="Slovenia", kind=ActorKind.STATE),
        ],
        statements=[
            Statement(
                id="s1",
                text=quote,
                span=_span(quote),
                speaker='ana"><img src=x onerror=alert(4)>',
            )
        ],
        stances=[
            Stance(
                actor='ana"><img src=x onerror=alert(4)>',
                referendum="<r>",
                position="reject",
                evidence=[_span(quote)],
            )
        ],
        referendums=[
            Referendum(
                id="<r>",
                regions=["Upper <Vale>"],
                results=[
                    RegionResult(
                        region="Upper <Vale>",
                        choices=[ChoiceResult(option="<yes>", percent="62.5")],
                        span=_span("62.5% in Upper Vale"),
                    )
                ],
            )
        ],
    )


class _Checker(HTMLParser):
    """Records tags, checks they nest, and collects the text inside ``div.rs-text``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text_depth: int | None = None
        self.text: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in VOID:
            return
        self.stack.append(tag)
        if tag == "div" and ("class", "rs-text") in attrs:
            self.text_depth = len(self.stack)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        if self.text_depth == len(self.stack):
            self.text_depth = None
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.text_depth is not None:
            self.text.append(data)


def check(html: str) -> _Checker:
    checker = _Checker()
    checker.feed(html)
    checker.close()
    assert checker.errors == []
    assert checker.stack == []
    return checker


def test_article_text_cannot_inject_markup() -> None:
    html = article_html(hostile())
    checker = check(html)
    names = {tag for tag, _ in checker.tags}
    assert "script" not in names
    assert "img" not in names
    assert "b" not in names
    assert "i" not in names
    assert "onerror" not in {a for _, attrs in checker.tags for a in attrs}
    assert "&lt;script&gt;" in html
    assert "".join(checker.text) == TEXT


def test_hostile_ids_stay_inside_their_attributes() -> None:
    checker = check(article_html(hostile()))
    quotes = [a for tag, a in checker.tags if tag == "q"]
    assert quotes
    assert {q["data-speaker"] for q in quotes} == {'ana"><img src=x onerror=alert(4)>'}
    actors = [a for tag, a in checker.tags if a.get("data-actor")]
    assert actors[0]["data-actor"] == 'ana"><img src=x onerror=alert(4)>'


def test_highlights_mark_each_kind() -> None:
    checker = check(article_html(hostile()))
    by_class: dict[str, list[dict[str, str | None]]] = {}
    for _, attrs in checker.tags:
        for cls in (attrs.get("class") or "").split():
            by_class.setdefault(cls, []).append(attrs)
    assert "rs-quote" in by_class
    assert "rs-caption" in by_class
    assert by_class["rs-figure"][0]["data-region"] == "Upper <Vale>"
    assert by_class["rs-actor-person"][0]["title"] == (
        "Ana <Novak> · person · <minister> · speaks for slovenia"
    )
    assert any(tag == "table" for tag, _ in checker.tags)


def test_quote_colour_is_stable_per_speaker() -> None:
    assert speaker_colour("ana") == speaker_colour("ana")
    assert speaker_colour("ana") in PALETTE
    assert len({speaker_colour(f"speaker-{i}") for i in range(50)}) == len(PALETTE)
    html = article_html(hostile())
    assert speaker_colour('ana"><img src=x onerror=alert(4)>') in html


def test_overlapping_spans_nest() -> None:
    text = "abcdefghij"
    a = Article(
        text=text,
        captions=[Span(start=0, end=6)],
        actors=[Actor(id="x", name="X", kind="state", mentions=[Span(start=4, end=9)])],
        statements=[Statement(id="s", text="cdefgh", span=Span(start=2, end=8), speaker="x")],
        referendums=[
            Referendum(id="r", results=[RegionResult(region="R", span=Span(start=3, end=10))])
        ],
    )
    checker = check(article_html(a))
    assert "".join(checker.text) == text


def test_spans_outside_the_text_are_clipped() -> None:
    a = Article(
        text="short",
        actors=[Actor(id="x", name="X", kind="state", mentions=[Span(start=3, end=99)])],
        captions=[Span(start=50, end=60)],
    )
    checker = check(article_html(a))
    assert "".join(checker.text) == "short"


@st.composite
def articles(draw: st.DrawFn) -> Article:
    text = draw(st.text(alphabet=st.sampled_from("ab <>&\"'\n“”é"), max_size=40))
    n = len(text)
    spans = st.builds(
        lambda a, b: Span(start=min(a, b), end=max(a, b)),
        st.integers(0, n),
        st.integers(0, n),
    )
    mentions = draw(st.lists(spans, max_size=4))
    quotes = draw(st.lists(spans, max_size=3))
    captions = draw(st.lists(spans, max_size=2))
    figures = draw(st.lists(spans, max_size=2))
    return Article(
        text=text,
        captions=captions,
        actors=[Actor(id="a", name="A", kind="person", mentions=mentions)],
        statements=[
            Statement(id=f"s{i}", text="", span=s, speaker="a" if i % 2 else None)
            for i, s in enumerate(quotes)
        ],
        referendums=[
            Referendum(
                id="r",
                results=[RegionResult(region=f"R{i}", span=s) for i, s in enumerate(figures)],
            )
        ],
    )


@given(articles())
def test_any_article_gives_well_nested_html_holding_its_text(article: Article) -> None:
    checker = check(article_html(article))
    assert "".join(checker.text) == article.text


def test_referendum_chart() -> None:
    r = Referendum(
        id="r1",
        organizer="russia",
        regions=["Donetsk", "Kherson"],
        held=[date(2022, 9, 23)],
        results=[
            RegionResult(
                region="Donetsk",
                choices=[ChoiceResult(option="yes", percent="99.23")],
                turnout="97.51",
            ),
            RegionResult(
                region="Kherson",
                choices=[
                    ChoiceResult(option="yes", percent="87.05"),
                    ChoiceResult(option="no", percent="12.95", votes=70_000),
                ],
            ),
            RegionResult(region="Nowhere", choices=[ChoiceResult(option="yes", percent="199.23")]),
        ],
    )
    html = r._repr_html_()
    assert html == referendum_html(r)
    checker = check(html)
    rects = [a for tag, a in checker.tags if tag == "rect"]
    assert len(rects) == 4
    widths = [float(a["width"] or 0) for a in rects]
    assert widths[0] > widths[1] > widths[2] > 0
    assert widths[3] == 320.0  # 199.23 % is drawn as the full 100 % bar
    assert "99.23%" in html
    assert "70,000" in html
    assert "<script" not in html


def test_referendum_without_shares_says_so() -> None:
    html = Referendum(id="r")._repr_html_()
    check(html)
    assert "no shares to chart" in html


def test_article_repr_html_delegates() -> None:
    a = hostile()
    assert a._repr_html_() == article_html(a)


def test_parsed_article_renders() -> None:
    a = refstance.parse(" date 2022-09-28 Serbia will not recognize the referendums.\n\nA caption")
    checker = check(a._repr_html_())
    assert "".join(checker.text) == a.text
