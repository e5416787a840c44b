"""Stages 4 and 5 of the parser: result figures and the referendums they belong to.

Every example text here is written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import refstance
from refstance._model import Article, RegionResult


def _result(article: Article, region: str) -> RegionResult:
    found = [r for ref in article.referendums for r in ref.results if r.region == region]
    assert len(found) == 1, f"{region}: {found}"
    return found[0]


def _shares(result: RegionResult) -> dict[str, Decimal | None]:
    return {c.option: c.percent for c in result.choices}


CASES = [
    pytest.param(
        "Referendum in Italy: the reform is rejected\n\n"
        "In Sunday's constitutional referendum the NO takes 58,7% of the votes against "
        "41,3% for the YES. Turnout reached 63,2%.",
        "Italy",
        {"no": Decimal("58.7"), "yes": Decimal("41.3")},
        Decimal("63.2"),
        id="decimal-comma",
    ),
    pytest.param(
        "Gibraltar backs the new agreement\n\n"
        "Voters in Gibraltar approved the proposal in a referendum on Thursday, with 87.30 per "
        "cent in favour, officials said.",
        "Gibraltar",
        {"yes": Decimal("87.30")},
        None,
        id="per-cent-and-precision",
    ),
    pytest.param(
        "Quebec says yes by a whisker\n\n"
        "In Monday's referendum Quebec voters backed sovereignty 50.6% to 49.4%, the "
        "electoral office said.",
        "Quebec",
        {"yes": Decimal("50.6"), "no": Decimal("49.4")},
        None,
        id="share-to-share",
    ),
    pytest.param(
        "Ireland rejects the amendment\n\n"
        "The amendment fell in Friday's referendum: 55.3% voted No, the count centre said.",
        "Ireland",
        {"no": Decimal("55.3")},
        None,
        id="voted-no",
    ),
    pytest.param(
        "Result in New Caledonia\n\n"
        "Turnout was 76.8 percent in the New Caledonia referendum, officials said, and 56.7 "
        "percent voted against independence.",
        "New Caledonia",
        {"no": Decimal("56.7")},
        Decimal("76.8"),
        id="turnout-percent",
    ),
]


@pytest.mark.parametrize(("text", "region", "shares", "turnout"), CASES)
def test_result_figures(
    text: str, region: str, shares: dict[str, Decimal], turnout: Decimal | None
) -> None:
    article = refstance.parse(text)
    assert len(article.referendums) == 1
    result = _result(article, region)
    assert _shares(result) == shares
    assert result.turnout == turnout
    # written precision is kept
    for c in result.choices:
        assert c.percent is not None
        assert str(c.percent) == str(shares[c.option])


def test_words_for_millions_and_ballots_cast() -> None:
    text = (
        "Basque vote counted\n\n"
        "Some 1.6 million votes were cast in the Basque Country referendum on Sunday, and "
        "61.2% voted yes, the regional government said."
    )
    article = refstance.parse(text)
    result = _result(article, "Basque Country")
    assert result.ballots == 1_600_000
    assert _shares(result) == {"yes": Decimal("61.2")}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Scots split on independence\n\n"
            "A survey published on Monday showed 54% of Scots would vote Yes in a future "
            "independence referendum, while 46% would vote No.",
            id="opinion-poll",
        ),
        pytest.param(
            "Gagauzia votes again\n\n"
            "Last year's referendum in Gagauzia is still disputed. In the presidential "
            "election on Sunday the incumbent won 71.2% of the vote.",
            id="election",
        ),
        pytest.param(
            "Assembly condemns the vote\n\n"
            "The General Assembly voted 100 to 11 to call the referendum in Abkhazia illegal; "
            "the resolution passed with 62% of members in favour.",
            id="assembly-tally",
        ),
        pytest.param(
            "Jobs figures\n\n"
            "Unemployment in Wales fell to 4.1% in the last quarter, a year after the "
            "referendum, while 75.1% of adults were in work.",
            id="economy",
        ),
    ],
)
def test_distractors_are_not_results(text: str) -> None:
    article = refstance.parse(text)
    assert all(not ref.results for ref in article.referendums)


def test_no_referendum_no_results() -> None:
    article = refstance.parse(
        "Election night\n\nThe president was re-elected with 81.3% of the vote on Sunday."
    )
    assert article.referendums == ()


def test_two_votes_in_one_article() -> None:
    text = (
        " date 2016-06-25 Britain votes to leave the EU\n\n"
        "The UK voted to leave with 51.9% of the vote; 48.1% voted to remain.\n\n"
        "Scotland held its own independence referendum in 2014. Then, 55.3% of voters chose "
        "to stay in the UK."
    )
    article = refstance.parse(text)
    assert [r.id for r in article.referendums] == ["ref-1", "ref-2"]
    brexit, scottish = article.referendums
    assert "United Kingdom" in brexit.regions
    assert _shares(brexit.results[0]) == {"leave": Decimal("51.9"), "remain": Decimal("48.1")}
    assert scottish.regions == ("Scotland",)
    assert [(r.region, _shares(r)) for r in scottish.results] == [
        ("Scotland", {"no": Decimal("55.3")})
    ]
    assert brexit.organizer == "united-kingdom"
    assert scottish.organizer == "scotland"
    assert {a.id for a in article.actors} >= {"united-kingdom", "scotland"}


def test_caption_repeating_a_figure_counts_once() -> None:
    text = (
        "Puerto Rico backs statehood\n\n"
        "Image caption 97.2% of voters backed statehood, officials said\n\n"
        "Puerto Rico voted on its status in a referendum on Sunday, and 97.2% of voters "
        "backed statehood, officials said. Turnout was 23%."
    )
    article = refstance.parse(text)
    result = _result(article, "Puerto Rico")
    assert _shares(result) == {"yes": Decimal("97.2")}
    assert result.turnout == Decimal("23")


def test_partial_and_final_counts_are_two_results() -> None:
    text = (
        "Counting in Bougainville\n\n"
        "With half the ballots counted, 95.1% had voted for independence in the Bougainville "
        "referendum.\n\n"
        "Final results: 97.7% of voters in Bougainville voted for independence."
    )
    article = refstance.parse(text)
    (ref,) = article.referendums
    assert [_shares(r) for r in ref.results] == [
        {"yes": Decimal("95.1")},
        {"yes": Decimal("97.7")},
    ]


def test_regions_organiser_and_citation() -> None:
    text = (
        "Votes in occupied regions\n\n"
        "Russia's referendums in the Donetsk, Luhansk and Kherson regions ended on Tuesday.\n\n"
        "Officials said 97.1% voted in favor in Kherson. [iii]"
    )
    article = refstance.parse(text)
    (ref,) = article.referendums
    assert ref.organizer == "russia"
    assert set(ref.regions) >= {"Donetsk", "Luhansk", "Kherson"}
    result = _result(article, "Kherson")
    assert result.citation == "iii"
    assert article.actor("russia").kind is refstance.ActorKind.STATE


@pytest.mark.parametrize("case", [p.values[0] for p in CASES], ids=[p.id for p in CASES])
def test_result_spans_slice_back_to_the_figures(case: object) -> None:
    assert isinstance(case, str)
    article = refstance.parse(case)
    results = [r for ref in article.referendums for r in ref.results]
    assert results
    for r in results:
        assert r.span is not None
        words = article.slice(r.span)
        for c in r.choices:
            assert c.percent is not None
            written = str(c.percent)
            assert written in words or written.replace(".", ",") in words
