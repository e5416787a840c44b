"""Hypothesis strategies for every refstance model class.

Articles are built whole: every span lies within the article's text, ids are unique, and the
stances, statements and referendums refer to actors and statements that exist.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
from hypothesis import strategies as st

from refstance import (
    Actor,
    ActorKind,
    Article,
    ChoiceResult,
    Finding,
    Position,
    Referendum,
    RegionResult,
    Report,
    Severity,
    Span,
    Stance,
    Statement,
    StatementKind,
    StateStance,
)

__all__ = [
    "STRATEGIES",
    "actors",
    "articles",
    "choice_results",
    "dates",
    "figures",
    "findings",
    "referendums",
    "region_results",
    "reports",
    "spans",
    "stances",
    "state_stances",
    "statements",
]

# Words, names and ids: any text (JSON escapes, non-ASCII, newlines) with a few real-looking ones.
words = st.text(max_size=12) | st.sampled_from(["Serbia", "Donetsk", "yes", "Ilhan Ó Ruairc"])
names = words.filter(bool)
ids = st.from_regex(r"[a-z][a-z0-9-]{0,10}", fullmatch=True) | st.text(min_size=1, max_size=6)
counts = st.integers(min_value=0, max_value=10**12) | st.integers(min_value=-5, max_value=5)
dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


@st.composite
def figures(draw: st.DrawFn) -> Decimal:
    """Decimals with the exponents sources write (``99.23``, ``99.230``, ``100``, ``1E+2``)."""
    sign = draw(st.sampled_from([0, 0, 0, 1]))
    digits = draw(st.lists(st.integers(0, 9), min_size=1, max_size=9))
    exponent = draw(st.integers(min_value=-6, max_value=3))
    return Decimal((sign, tuple(digits), exponent))


def spans(length: int = 200) -> st.SearchStrategy[Span]:
    """Spans that lie within a text of *length* characters."""
    return st.integers(0, length).flatmap(
        lambda start: st.integers(start, length).map(lambda end: Span(start=start, end=end))
    )


def _opt(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def actors(length: int = 200, actor_id: st.SearchStrategy[str] = ids) -> st.SearchStrategy[Actor]:
    return st.builds(
        Actor,
        id=actor_id,
        name=names,
        kind=st.sampled_from(ActorKind),
        aliases=st.lists(names, max_size=2).map(tuple),
        role=_opt(words),
        affiliation=_opt(ids),
        country=_opt(st.from_regex(r"[A-Z]{2}", fullmatch=True)),
        mentions=st.lists(spans(length), max_size=3).map(tuple),
    )


def statements(
    length: int = 200, statement_id: st.SearchStrategy[str] = ids
) -> st.SearchStrategy[Statement]:
    return st.builds(
        Statement,
        id=statement_id,
        text=words,
        span=spans(length),
        speaker=_opt(ids),
        kind=st.sampled_from(StatementKind),
        said_on=_opt(dates),
        cue=_opt(words),
        citation=_opt(st.sampled_from(["ii", "iv", "12"])),
        rule=_opt(words),
    )


def stances(length: int = 200) -> st.SearchStrategy[Stance]:
    return st.builds(
        Stance,
        actor=ids,
        referendum=_opt(ids),
        position=st.sampled_from(Position),
        evidence=st.lists(spans(length), max_size=2).map(tuple),
        statements=st.lists(ids, max_size=2).map(tuple),
        grounds=st.lists(words, max_size=2).map(tuple),
        stated_on=_opt(dates),
        rule=_opt(words),
    )


def choice_results() -> st.SearchStrategy[ChoiceResult]:
    return st.builds(
        ChoiceResult,
        option=st.sampled_from(["yes", "no", "leave", "remain"]) | names,
        percent=_opt(figures()),
        votes=_opt(counts),
    )


def region_results(length: int = 200) -> st.SearchStrategy[RegionResult]:
    return st.builds(
        RegionResult,
        region=names,
        region_as_written=_opt(words),
        choices=st.lists(choice_results(), max_size=3).map(tuple),
        turnout=_opt(figures()),
        ballots=_opt(counts),
        electorate=_opt(counts),
        span=_opt(spans(length)),
        citation=_opt(words),
    )


def referendums(
    length: int = 200, referendum_id: st.SearchStrategy[str] = ids
) -> st.SearchStrategy[Referendum]:
    return st.builds(
        Referendum,
        id=referendum_id,
        organizer=_opt(ids),
        territory_of=_opt(ids),
        regions=st.lists(names, max_size=3).map(tuple),
        question=_opt(words),
        held=st.lists(dates, max_size=2).map(tuple),
        results=st.lists(region_results(length), max_size=2).map(tuple),
    )


def _unique_ids(n: int) -> st.SearchStrategy[list[str]]:
    return st.lists(ids, min_size=n, max_size=n, unique=True)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """Whole articles: spans within the text, unique ids, references that resolve."""
    text = draw(st.text(max_size=80))
    n = len(text)
    actor_ids = draw(_unique_ids(draw(st.integers(0, 3))))
    statement_ids = draw(_unique_ids(draw(st.integers(0, 3))))
    referendum_ids = draw(_unique_ids(draw(st.integers(0, 2))))
    some_actor = st.sampled_from(actor_ids) if actor_ids else st.none()
    some_referendum = st.sampled_from(referendum_ids) if referendum_ids else st.none()
    return Article(
        text=text,
        published=draw(_opt(dates)),
        title=draw(_opt(words)),
        source=draw(_opt(words)),
        paragraphs=tuple(draw(st.lists(spans(n), max_size=3))),
        captions=tuple(draw(st.lists(spans(n), max_size=2))),
        actors=tuple(draw(actors(n, st.just(i))) for i in actor_ids),
        statements=tuple(
            draw(statements(n, st.just(i)).map(_speaker(draw(some_actor)))) for i in statement_ids
        ),
        stances=tuple(
            draw(
                stances(n).map(
                    _holder(
                        draw(st.sampled_from(actor_ids) if actor_ids else ids),
                        draw(some_referendum),
                    )
                )
            )
            for _ in range(draw(st.integers(0, 3)))
        ),
        referendums=tuple(draw(referendums(n, st.just(i))) for i in referendum_ids),
    )


def _speaker(actor_id: str | None) -> Callable[[Statement], Statement]:
    return lambda s: attrs.evolve(s, speaker=actor_id)


def _holder(actor_id: str, referendum_id: str | None) -> Callable[[Stance], Stance]:
    return lambda s: attrs.evolve(s, actor=actor_id, referendum=referendum_id)


def findings() -> st.SearchStrategy[Finding]:
    return st.builds(
        Finding,
        code=st.from_regex(r"[a-z]+(-[a-z]+){0,3}", fullmatch=True),
        severity=st.sampled_from(Severity),
        message=words,
        path=st.sampled_from(["", "referendums[0].results[2].choices[0].percent", "published"]),
        span=_opt(spans()),
    )


def reports() -> st.SearchStrategy[Report]:
    return st.builds(Report, findings=st.lists(findings(), max_size=3).map(tuple))


def state_stances() -> st.SearchStrategy[StateStance]:
    return st.builds(
        StateStance,
        state=ids,
        position=st.sampled_from(Position),
        referendum=_opt(ids),
        via=ids,
        stance=stances(),
    )


STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    Span: spans(),
    Actor: actors(),
    Statement: statements(),
    Stance: stances(),
    ChoiceResult: choice_results(),
    RegionResult: region_results(),
    Referendum: referendums(),
    Article: articles(),
    Finding: findings(),
    Report: reports(),
    StateStance: state_stances(),
}
"""A strategy for each model class, by class."""
