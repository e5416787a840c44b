"""validate: every finding, with a code, a severity, a path, a message and a span."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import refstance
import strategies as shared
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
    validate,
)
from refstance._validate import CODES

# --------------------------------------------------------------------------- the clean article

# Written for these tests; it resembles a wire report on the 2022 votes in occupied Ukraine.
TEXT = (
    " date 2022-09-28\n"
    "Belgrade turns down the votes in four Ukrainian regions\n\n"
    "BELGRADE – Serbia will not recognize the outcome of the votes staged in four regions of "
    "Ukraine, its foreign minister said on Sunday.\n\n"
    "“Serbia cannot   accept these results,”[ii] Foreign Minister Nikola Selakovic told "
    "reporters on Sep. 25.\n\n"
    "Officials installed by Moscow announced 99.23% in favor in the Donetsk region. "
    "They also claimed 98.42% in favor in the Luhansk region, "
    "87.05% in favor in the Kherson region and 93.11% in favor in the Zaporizhzhia region.\n\n"
    "Voting ran from Sept. 23 to Sept. 27."
)


def span_of(needle: str, nth: int = 0) -> Span:
    """The span of the *nth* occurrence of *needle* in TEXT."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return Span(start=start, end=start + len(needle))


def paragraphs() -> tuple[Span, ...]:
    out, pos = [], 0
    for chunk in TEXT.split("\n\n"):
        out.append(Span(start=pos, end=pos + len(chunk)))
        pos += len(chunk) + 2
    return tuple(out[1:])


def result(region: str, percent: str) -> RegionResult:
    return RegionResult(
        region=region,
        region_as_written=f"{region} region",
        choices=[ChoiceResult(option="yes", percent=Decimal(percent))],
        span=span_of(f"{percent}% in favor in the {region} region"),
    )


def clean_article() -> Article:
    quote = "Serbia cannot   accept these results"
    return Article(
        text=TEXT,
        published=date(2022, 9, 28),
        title="Belgrade turns down the votes in four Ukrainian regions",
        paragraphs=paragraphs(),
        actors=[
            Actor(
                id="serbia",
                name="Serbia",
                kind=ActorKind.STATE,
                country="RS",
                aliases=["Belgrade"],
                mentions=[span_of("Serbia"), span_of("Serbia", 1)],
            ),
            Actor(
                id="nikola-selakovic",
                name="Nikola Selakovic",
                kind=ActorKind.PERSON,
                role="foreign minister",
                affiliation="serbia",
                mentions=[span_of("Nikola Selakovic")],
            ),
            Actor(id="russia", name="Russia", kind=ActorKind.STATE, mentions=[span_of("Moscow")]),
            Actor(
                id="ukraine", name="Ukraine", kind=ActorKind.STATE, mentions=[span_of("Ukraine,")]
            ),
        ],
        statements=[
            Statement(
                id="s1",
                text="Serbia cannot accept these results",
                span=span_of(quote),
                speaker="nikola-selakovic",
                kind=StatementKind.DIRECT,
                said_on=date(2022, 9, 25),
                cue="told",
                citation="ii",
            ),
        ],
        stances=[
            Stance(
                actor="serbia",
                referendum="ru-ua-2022",
                position=Position.REJECT,
                evidence=[span_of("Serbia will not recognize the outcome")],
                statements=["s1"],
                stated_on=date(2022, 9, 25),
            ),
            Stance(
                actor="nikola-selakovic",
                referendum="ru-ua-2022",
                position=Position.REJECT,
                evidence=[span_of(quote)],
                statements=["s1"],
            ),
        ],
        referendums=[
            Referendum(
                id="ru-ua-2022",
                organizer="russia",
                territory_of="ukraine",
                regions=["Donetsk", "Luhansk", "Kherson", "Zaporizhzhia"],
                held=[date(2022, 9, 23), date(2022, 9, 27)],
                results=[
                    result("Donetsk", "99.23"),
                    result("Luhansk", "98.42"),
                    result("Kherson", "87.05"),
                    result("Zaporizhzhia", "93.11"),
                ],
            )
        ],
    )


ARTICLE = clean_article()


def test_the_test_spans_hold_what_they_claim() -> None:
    r = ARTICLE.referendums[0].results[0]
    assert r.span is not None
    assert ARTICLE.slice(r.span) == "99.23% in favor in the Donetsk region"


def test_clean_article_is_ok_with_no_findings() -> None:
    report = validate(ARTICLE)
    assert report.ok is True
    assert report.errors == ()
    assert report.findings == ()
    assert str(report) == "no findings"
    report.raise_for_errors()  # does not raise


# --------------------------------------------------------------------------- mutations


def set_result(a: Article, i: int, **changes: Any) -> Article:
    ref = a.referendums[0]
    results = list(ref.results)
    results[i] = attrs.evolve(results[i], **changes)
    return attrs.evolve(a, referendums=[attrs.evolve(ref, results=results)])


def set_yes(a: Article, **changes: Any) -> Article:
    first = a.referendums[0].results[0]
    choices = [attrs.evolve(first.choices[0], **changes), *first.choices[1:]]
    return set_result(a, 0, choices=choices)


def add_no(a: Article) -> Article:
    first = a.referendums[0].results[0]
    no = ChoiceResult(option="no", percent=Decimal("12.5"))
    return set_result(a, 0, choices=[*first.choices, no])


def counts(a: Article) -> Article:
    a = set_yes(a, votes=500_000)
    return set_result(a, 0, ballots=1_000_000)


def unknown_actor(a: Article) -> Article:
    stances = [attrs.evolve(a.stances[0], actor="narnia"), *a.stances[1:]]
    return attrs.evolve(a, stances=stances)


def future_statement(a: Article) -> Article:
    return attrs.evolve(a, statements=[attrs.evolve(a.statements[0], said_on=date(2031, 1, 1))])


END = len(TEXT)


def span_past_end(a: Article) -> Article:
    serbia = attrs.evolve(a.actors[0], mentions=[Span(start=END + 5, end=END + 11)])
    return attrs.evolve(a, actors=[serbia, *a.actors[1:]])


def donetsk_twice(a: Article) -> Article:
    ref = a.referendums[0]
    again = RegionResult(region="Donetsk", choices=[ChoiceResult(option="yes", percent="95.1")])
    return attrs.evolve(a, referendums=[attrs.evolve(ref, results=[*ref.results, again])])


MUTATIONS: list[tuple[str, Callable[[Article], Article], str, str, str]] = [
    # id, mutation, code, path, figure the message must quote
    (
        "share-199.23",
        lambda a: set_yes(a, percent=Decimal("199.23")),
        "share-out-of-range",
        "referendums[0].results[0].choices[0].percent",
        "199.23",
    ),
    (
        "share-minus-3.5",
        lambda a: set_yes(a, percent=Decimal("-3.5")),
        "share-out-of-range",
        "referendums[0].results[0].choices[0].percent",
        "-3.5",
    ),
    (
        "no-12.5-beside-99.23",
        add_no,
        "shares-above-100",
        "referendums[0].results[0].choices",
        "12.5",
    ),
    (
        "turnout-112.4",
        lambda a: set_result(a, 0, turnout=Decimal("112.4")),
        "turnout-out-of-range",
        "referendums[0].results[0].turnout",
        "112.4",
    ),
    (
        "500k-of-1m-ballots",
        counts,
        "votes-disagree-with-share",
        "referendums[0].results[0].choices[0].votes",
        "500,000",
    ),
    ("stance-unknown-actor", unknown_actor, "unknown-actor", "stances[0].actor", "narnia"),
    (
        "statement-2031",
        future_statement,
        "date-after-publication",
        "statements[0].said_on",
        "2031-01-01",
    ),
    ("span-past-end", span_past_end, "span-out-of-range", "actors[0].mentions[0]", str(END + 11)),
    (
        "donetsk-twice",
        donetsk_twice,
        "conflicting-results",
        "referendums[0].results[4].choices[0].percent",
        "95.1",
    ),
]


@pytest.mark.parametrize(
    ("mutate", "code", "path", "figure"),
    [pytest.param(*row[1:], id=row[0]) for row in MUTATIONS],
)
def test_mutation_gives_an_error(
    mutate: Callable[[Article], Article], code: str, path: str, figure: str
) -> None:
    report = validate(mutate(ARTICLE))
    assert not report.ok
    matching = [f for f in report.errors if f.code == code and f.path == path]
    assert matching, str(report)
    assert figure in matching[0].message
    assert matching[0].severity is Severity.ERROR


def test_the_votes_message_names_the_base_it_assumed() -> None:
    (finding,) = [f for f in validate(counts(ARTICLE)).errors if f.code.startswith("votes")]
    assert "ballots cast" in finding.message
    assert "1,000,000" in finding.message
    assert "50.00%" in finding.message
    assert finding.span == ARTICLE.referendums[0].results[0].span


def test_findings_carry_the_span_of_the_figure() -> None:
    report = validate(set_yes(ARTICLE, percent=Decimal("199.23")))
    finding = next(f for f in report.errors if f.code == "share-out-of-range")
    assert finding.span is not None
    assert ARTICLE.slice(finding.span).startswith("99.23%")


def test_message_quotes_the_figure_as_written() -> None:
    report = validate(set_yes(ARTICLE, percent=Decimal("199.230")))
    finding = next(f for f in report.errors if f.code == "share-out-of-range")
    assert finding.message == 'share 199.230 for "yes" in Donetsk is above 100'


def test_span_finding_carries_the_bad_span() -> None:
    finding = validate(span_past_end(ARTICLE)).errors[0]
    assert finding.span == Span(start=END + 5, end=END + 11)
    assert str(END) in finding.message


# --------------------------------------------------------------------------- shares and rounding


def region(*shares: tuple[str, str], **fields: Any) -> RegionResult:
    choices = [ChoiceResult(option=o, percent=Decimal(p)) for o, p in shares]
    return RegionResult(region="Oz", choices=choices, **fields)


@pytest.mark.parametrize(
    ("shares", "codes"),
    [
        pytest.param((("yes", "50.05"), ("no", "49.96")), [], id="50.05+49.96-rounds-to-100"),
        pytest.param((("yes", "50.05"), ("no", "49.94")), [], id="50.05+49.94-rounds-to-100"),
        pytest.param((("yes", "61.2"), ("no", "52.3")), ["shares-above-100"], id="61.2+52.3"),
        pytest.param((("yes", "50.1"), ("no", "50")), [], id="integer-share-rounds"),
        pytest.param((("yes", "50.10"), ("no", "50.00")), ["shares-above-100"], id="100.10"),
        pytest.param((("leave", "51.9"), ("remain", "48.1")), [], id="leave-remain"),
        pytest.param(
            (("yes", "89.07"), ("no", "10.19")), ["shares-below-100"], id="short-by-invalid-ballots"
        ),
        pytest.param((("yes", "89.07"),), [], id="one-option-short-is-fine"),
        pytest.param((("yes", "60"), ("abstain", "30")), ["shares-below-100"], id="two-options"),
    ],
)
def test_shares_of_one_territory(shares: tuple[tuple[str, str], ...], codes: list[str]) -> None:
    assert [f.code for f in validate(region(*shares)).findings] == codes


def test_short_of_100_is_only_a_warning() -> None:
    report = validate(region(("yes", "96.77"), ("stay", "2.51")))
    assert report.ok
    (warning,) = report.warnings
    assert warning.path == "choices"
    assert "99.28" in warning.message
    assert "96.77" in warning.message


def test_every_option_given_uses_the_options_of_the_whole_referendum() -> None:
    # Two of three options in one territory: not every option is given, so no warning.
    three = region(("a", "40"), ("b", "35"), ("c", "25"))
    two = attrs.evolve(region(("a", "40"), ("b", "35")), region="Elsewhere")
    ref = Referendum(id="r", regions=["Oz", "Elsewhere"], results=[three, two])
    assert validate(ref).findings == ()


def test_a_missing_share_means_no_short_of_100_warning() -> None:
    r = RegionResult(
        region="Oz",
        choices=[ChoiceResult(option="yes", percent="60"), ChoiceResult(option="no", votes=5)],
    )
    assert validate(r).findings == ()


# --------------------------------------------------------------------------- counts


@pytest.mark.parametrize(
    ("fields", "votes", "codes"),
    [
        pytest.param(
            {"ballots": 33_577_342},
            (("leave", "51.9", 17_410_742), ("remain", "48.1", 16_141_241)),
            [],
            id="valid-vote-base-with-invalid-ballots",
        ),
        pytest.param(
            {},
            (("leave", "51.9", 17_410_742), ("remain", "48.1", 16_141_241)),
            [],
            id="valid-vote-base",
        ),
        pytest.param(
            {},
            (("leave", "51.9", 16_141_241), ("remain", "48.1", 17_410_742)),
            ["votes-disagree-with-share", "votes-disagree-with-share"],
            id="swapped-counts",
        ),
        pytest.param(
            {"ballots": 3_100_000},
            (("yes", "51.9", 1_600_000),),
            [],
            id="rounded-millions-allowed",
        ),
        pytest.param({}, (("yes", "62.1", 1_201_607),), [], id="no-base-no-check"),
        pytest.param(
            {"ballots": 100_003},
            (("yes", "60", 70_123), ("no", "40", 45_321)),
            ["votes-disagree-with-share", "votes-disagree-with-share", "votes-above-ballots"],
            id="votes-above-ballots",
        ),
        pytest.param(
            {"ballots": 1_200_000, "electorate": 1_000_000},
            (),
            ["ballots-above-electorate"],
            id="ballots-above-electorate",
        ),
        pytest.param(
            {"ballots": 800_123, "electorate": 1_000_321, "turnout": Decimal("75.2")},
            (),
            ["turnout-disagrees-with-counts"],
            id="turnout-disagrees",
        ),
        pytest.param(
            {"ballots": 800_123, "electorate": 1_000_321, "turnout": Decimal("80")},
            (),
            [],
            id="turnout-agrees",
        ),
        pytest.param({"ballots": -4}, (), ["count-out-of-range"], id="negative-ballots"),
        pytest.param({}, (("yes", "50", -3),), ["count-out-of-range"], id="negative-votes"),
        pytest.param({"turnout": Decimal("-0.1")}, (), ["turnout-out-of-range"], id="turnout<0"),
    ],
)
def test_counts(
    fields: dict[str, Any], votes: tuple[tuple[str, str, int], ...], codes: list[str]
) -> None:
    choices = [ChoiceResult(option=o, percent=Decimal(p), votes=v) for o, p, v in votes]
    report = validate(RegionResult(region="Oz", choices=choices, **fields))
    assert [f.code for f in report.findings] == codes, str(report)


def test_valid_vote_base_is_named_when_assumed() -> None:
    choices = [
        ChoiceResult(option="leave", percent="51.9", votes=16_141_241),
        ChoiceResult(option="remain", percent="48.1", votes=17_410_742),
    ]
    finding = validate(RegionResult(region="UK", choices=choices)).errors[0]
    assert finding.path == "choices[0].votes"
    assert "valid votes" in finding.message
    assert "16,141,241" in finding.message


def test_turnout_message_quotes_its_figures() -> None:
    r = RegionResult(region="Oz", ballots=800_123, electorate=1_000_321, turnout=Decimal("75.2"))
    (finding,) = validate(r).errors
    assert finding.path == "turnout"
    for figure in ("75.2", "800,123", "1,000,321", "79.99%"):
        assert figure in finding.message


def test_not_a_number_is_reported_not_raised() -> None:
    r = region(("yes", "NaN"), ("no", "Infinity"), turnout=Decimal("-Infinity"))
    codes = [f.code for f in validate(r).findings]
    assert codes == ["figure-not-finite"] * 3


# --------------------------------------------------------------------------- territories


def test_partial_then_final_with_the_same_figures_is_fine() -> None:
    again = attrs.evolve(ARTICLE.referendums[0].results[0], span=None)
    a = attrs.evolve(
        ARTICLE,
        referendums=[
            attrs.evolve(ARTICLE.referendums[0], results=[*ARTICLE.referendums[0].results, again])
        ],
    )
    assert validate(a).findings == ()


def test_territory_twice_within_rounding_is_fine() -> None:
    ref = Referendum(id="r", results=[region(("yes", "95.5")), region(("yes", "95.53"))])
    assert validate(ref).findings == ()


def test_territory_twice_names_both_places() -> None:
    ref = Referendum(
        id="r",
        results=[
            region(("yes", "96.77"), turnout=Decimal("81.36")),
            region(("yes", "91"), turnout=Decimal("80")),
            region(("yes", "95.5")),
        ],
    )
    report = validate(ref)
    assert [(f.code, f.path) for f in report.findings] == [
        ("conflicting-results", "results[1].choices[0].percent"),
        ("conflicting-results", "results[1].turnout"),
        ("conflicting-results", "results[2].choices[0].percent"),
    ]
    first = report.findings[0].message
    assert "96.77" in first
    assert "91" in first
    assert "results[0]" in first
    assert "results[1]" in first


def test_region_not_among_the_referendums_regions_is_a_warning() -> None:
    crimea = RegionResult(region="Crimea", choices=[ChoiceResult(option="yes", percent="96.77")])
    ref = attrs.evolve(ARTICLE.referendums[0], results=[*ARTICLE.referendums[0].results, crimea])
    report = validate(attrs.evolve(ARTICLE, referendums=[ref]))
    assert report.ok
    (warning,) = report.warnings
    assert (warning.code, warning.path) == ("region-not-listed", "referendums[0].results[4].region")
    assert "Crimea" in warning.message


def test_relative_paths_for_a_referendum_and_a_result() -> None:
    bad = set_yes(ARTICLE, percent=Decimal("199.23"))
    ref = bad.referendums[0]
    assert "results[0].choices[0].percent" in [f.path for f in validate(ref).findings]
    assert "choices[0].percent" in [f.path for f in validate(ref.results[0]).findings]


# --------------------------------------------------------------------------- dates


def test_future_vote_without_results_is_fine_with_results_is_an_error() -> None:
    ref = attrs.evolve(ARTICLE.referendums[0], held=[date(2031, 1, 1)])
    a = attrs.evolve(ARTICLE, referendums=[ref])
    (finding,) = validate(a).findings
    assert (finding.code, finding.path) == ("date-after-publication", "referendums[0].held[0]")
    assert "2031-01-01" in finding.message
    scheduled = attrs.evolve(a, referendums=[attrs.evolve(ref, results=[])])
    assert validate(scheduled).findings == ()


def test_stance_after_publication() -> None:
    stance = attrs.evolve(ARTICLE.stances[0], stated_on=date(2022, 9, 29))
    a = attrs.evolve(ARTICLE, stances=[stance, *ARTICLE.stances[1:]])
    (finding,) = validate(a).findings
    assert (finding.code, finding.path) == ("date-after-publication", "stances[0].stated_on")


def test_no_publication_date_no_date_findings() -> None:
    a = future_statement(attrs.evolve(ARTICLE, published=None))
    assert validate(a).findings == ()


# --------------------------------------------------------------------------- references


@pytest.mark.parametrize(
    ("mutate", "code", "path"),
    [
        pytest.param(
            lambda a: attrs.evolve(
                a, stances=[attrs.evolve(a.stances[0], statements=["s1", "s9"])]
            ),
            "unknown-statement",
            "stances[0].statements[1]",
            id="stance-statement",
        ),
        pytest.param(
            lambda a: attrs.evolve(a, stances=[attrs.evolve(a.stances[0], referendum="r9")]),
            "unknown-referendum",
            "stances[0].referendum",
            id="stance-referendum",
        ),
        pytest.param(
            lambda a: attrs.evolve(a, statements=[attrs.evolve(a.statements[0], speaker="x")]),
            "unknown-actor",
            "statements[0].speaker",
            id="statement-speaker",
        ),
        pytest.param(
            lambda a: attrs.evolve(
                a, actors=[a.actors[0], attrs.evolve(a.actors[1], affiliation="x"), *a.actors[2:]]
            ),
            "unknown-actor",
            "actors[1].affiliation",
            id="actor-affiliation",
        ),
        pytest.param(
            lambda a: attrs.evolve(a, referendums=[attrs.evolve(a.referendums[0], organizer="x")]),
            "unknown-actor",
            "referendums[0].organizer",
            id="referendum-organizer",
        ),
        pytest.param(
            lambda a: attrs.evolve(
                a, referendums=[attrs.evolve(a.referendums[0], territory_of="x")]
            ),
            "unknown-actor",
            "referendums[0].territory_of",
            id="referendum-territory",
        ),
    ],
)
def test_dangling_reference(mutate: Callable[[Article], Article], code: str, path: str) -> None:
    findings = validate(mutate(ARTICLE)).findings
    assert [(f.code, f.path) for f in findings] == [(code, path)]


# --------------------------------------------------------------------------- spans and text


BEYOND = Span(start=END - 2, end=END + 1)


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        pytest.param(
            lambda a: attrs.evolve(a, paragraphs=[*a.paragraphs, BEYOND]), "paragraphs[4]", id="p"
        ),
        pytest.param(lambda a: attrs.evolve(a, captions=[BEYOND]), "captions[0]", id="caption"),
        pytest.param(
            lambda a: attrs.evolve(a, stances=[attrs.evolve(a.stances[0], evidence=[BEYOND])]),
            "stances[0].evidence[0]",
            id="evidence",
        ),
        pytest.param(
            lambda a: attrs.evolve(a, statements=[attrs.evolve(a.statements[0], span=BEYOND)]),
            "statements[0].span",
            id="statement",
        ),
        pytest.param(
            lambda a: set_result(a, 2, span=BEYOND), "referendums[0].results[2].span", id="result"
        ),
    ],
)
def test_span_beyond_the_text(mutate: Callable[[Article], Article], path: str) -> None:
    findings = validate(mutate(ARTICLE)).findings
    assert [(f.code, f.path) for f in findings] == [("span-out-of-range", path)]


def statement_with(text: str, needle: str, kind: StatementKind = StatementKind.DIRECT) -> Article:
    s = attrs.evolve(ARTICLE.statements[0], text=text, span=span_of(needle), kind=kind)
    return attrs.evolve(ARTICLE, statements=[s])


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        pytest.param(
            "Serbia cannot accept these results", "Serbia cannot   accept", id="too-short"
        ),
        pytest.param(
            "Serbia will accept these results", "“Serbia cannot   accept these results,”", id="word"
        ),
        pytest.param(
            "these results Serbia cannot accept", "Serbia cannot   accept these results", id="order"
        ),
    ],
)
def test_statement_text_not_what_its_span_holds(text: str, needle: str) -> None:
    (finding,) = validate(statement_with(text, needle)).findings
    assert (finding.code, finding.path) == ("statement-text-mismatch", "statements[0].text")
    assert finding.span == span_of(needle)


@pytest.mark.parametrize(
    ("text", "needle", "kind"),
    [
        pytest.param(
            "Serbia cannot accept these results",
            "“Serbia cannot   accept these results,”[ii]",
            StatementKind.DIRECT,
            id="quotes-spaces-footnote",
        ),
        pytest.param(
            "Serbia cannot accept these results",
            "“Serbia cannot   accept these results,”[ii] Foreign Minister",
            StatementKind.DIRECT,
            id="span-runs-on",
        ),
        pytest.param(
            "Serbia will not recognize the outcome",
            "Serbia will not recognize the outcome",
            StatementKind.INDIRECT,
            id="indirect",
        ),
    ],
)
def test_statement_text_normalised_like_the_parser(
    text: str, needle: str, kind: StatementKind
) -> None:
    assert validate(statement_with(text, needle, kind)).findings == ()


@pytest.mark.parametrize(
    "text", ["told reporters0", "told reporters 0"], ids=["marker-deleted", "marker-spaced"]
)
def test_footnote_marker_inside_a_word(text: str) -> None:
    article = Article(
        text='"told reporters[iv]0',
        statements=[Statement(id="q1", text=text, span=Span(start=1, end=20))],
    )
    assert validate(article).findings == ()


def test_indirect_statement_is_checked_likewise() -> None:
    a = statement_with("Serbia will recognize", "Serbia will not", StatementKind.INDIRECT)
    assert [f.code for f in validate(a).findings] == ["statement-text-mismatch"]


# --------------------------------------------------------------------------- the report


def messy_article() -> Article:
    a = donetsk_twice(unknown_actor(set_yes(ARTICLE, percent=Decimal("199.23"))))
    crimea = RegionResult(region="Crimea", choices=[ChoiceResult(option="yes", percent="9")])
    ref = a.referendums[0]
    a = attrs.evolve(a, referendums=[attrs.evolve(ref, results=[*ref.results, crimea])])
    return future_statement(span_past_end(a))


def test_report_orders_errors_first_then_by_path() -> None:
    report = validate(messy_article())
    assert [f.path for f in report.findings] == [
        "actors[0].mentions[0]",
        "statements[0].said_on",
        "stances[0].actor",
        "referendums[0].results[0].choices",
        "referendums[0].results[0].choices[0].percent",
        "referendums[0].results[4].choices[0].percent",
        "referendums[0].results[5].region",
    ]
    assert [f.severity for f in report.findings] == [Severity.ERROR] * 6 + [Severity.WARNING]
    assert report.errors == report.findings[:6]
    assert report.warnings == report.findings[6:]


def test_paths_sort_by_number_not_text() -> None:
    results = [region(("yes", "1")) for _ in range(12)]
    results = [attrs.evolve(r, region=f"R{i}", turnout=Decimal(200)) for i, r in enumerate(results)]
    report = validate(Referendum(id="r", results=results))
    assert [f.path for f in report.findings] == [f"results[{i}].turnout" for i in range(12)]


def test_report_str_one_line_per_finding_most_severe_first() -> None:
    report = validate(messy_article())
    lines = str(report).splitlines()
    assert len(lines) == len(report.findings)
    assert lines[0].startswith("error: actors[0].mentions[0]: ")
    assert lines[-1].startswith("warning: referendums[0].results[5].region: ")
    assert lines[-1].endswith("[region-not-listed]")


def test_raise_for_errors_raises_the_packages_error() -> None:
    report = validate(messy_article())
    with pytest.raises(refstance.ValidationError) as info:
        report.raise_for_errors()
    assert isinstance(info.value, refstance.RefstanceError)
    assert info.value.findings == report.findings
    assert "199.23" in str(info.value)


def test_warnings_alone_do_not_raise() -> None:
    report = validate(region(("yes", "60"), ("no", "30")))
    assert report.warnings
    assert report.ok
    report.raise_for_errors()


@pytest.mark.parametrize("wrong", [None, "text", {"text": "x"}, Span(start=0, end=1)])
def test_wrong_argument_type_raises_a_type_error(wrong: object) -> None:
    with pytest.raises(refstance.UnsupportedTypeError, match="validate: expected an Article"):
        validate(wrong)  # type: ignore[arg-type]
    assert issubclass(refstance.UnsupportedTypeError, TypeError)
    assert issubclass(refstance.UnsupportedTypeError, refstance.RefstanceError)


def test_every_finding_has_a_known_code_and_its_severity() -> None:
    for finding in validate(messy_article()).findings:
        assert CODES[finding.code] is finding.severity
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", finding.code)


def test_docs_list_every_code_with_its_severity() -> None:
    doc = (Path(__file__).parent.parent / "docs" / "validation.md").read_text(encoding="utf-8")
    for code, severity in CODES.items():
        rows = [line for line in doc.splitlines() if line.startswith(f"| `{code}` |")]
        assert rows, f"{code} is not documented"
        assert f"| {severity.value} |" in rows[0]


# --------------------------------------------------------------------------- properties


def resolve(obj: object, path: str) -> object:
    """The value a finding's path names."""
    for name, index in re.findall(r"\.?([a-z_]+)|\[(\d+)\]", path):
        obj = getattr(obj, name) if name else obj[int(index)]  # type: ignore[index]
    return obj


_ids = st.sampled_from(["a", "b", "c", "x"])
_opt_ids = st.none() | _ids
_dates = st.none() | st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 1, 1))
_decimals = (
    st.none()
    | st.decimals(allow_nan=True, allow_infinity=True)
    | st.sampled_from(
        [Decimal("99.23"), Decimal("50.05"), Decimal("-3.5"), Decimal("0"), Decimal("1E+3")]
    )
)
_counts = (
    st.none()
    | st.integers(min_value=-(10**12), max_value=10**12)
    | st.sampled_from([0, 1_000_000, 500_000, 17_410_742])
)


@st.composite
def _spans(draw: st.DrawFn) -> Span:
    start = draw(st.integers(min_value=0, max_value=300))
    return Span(start=start, end=start + draw(st.integers(min_value=0, max_value=100)))


_region_names = st.sampled_from(["Donetsk", "Luhansk", "donetsk", "Crimea"])
_choices = st.builds(
    ChoiceResult,
    option=st.sampled_from(["yes", "no", "leave", "remain", "other"]),
    percent=_decimals,
    votes=_counts,
)
_results = st.builds(
    RegionResult,
    region=_region_names,
    choices=st.lists(_choices, max_size=4),
    turnout=_decimals,
    ballots=_counts,
    electorate=_counts,
    span=st.none() | _spans(),
)
_referendums = st.builds(
    Referendum,
    id=st.just("r"),
    organizer=_opt_ids,
    territory_of=_opt_ids,
    regions=st.lists(_region_names, max_size=3),
    held=st.lists(_dates.filter(lambda d: d is not None), max_size=2),
    results=st.lists(_results, max_size=5),
)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    actor_ids = draw(st.lists(_ids, unique=True, max_size=3))
    return Article(
        text=draw(st.text(max_size=200)),
        published=draw(_dates),
        paragraphs=draw(st.lists(_spans(), max_size=3)),
        captions=draw(st.lists(_spans(), max_size=2)),
        actors=[
            Actor(
                id=i,
                name=i.upper(),
                kind=ActorKind.STATE,
                affiliation=draw(_opt_ids),
                mentions=draw(st.lists(_spans(), max_size=2)),
            )
            for i in actor_ids
        ],
        statements=draw(
            st.lists(
                st.builds(
                    Statement,
                    id=st.just("s"),
                    text=st.text(max_size=40),
                    span=_spans(),
                    speaker=_opt_ids,
                    kind=st.sampled_from(StatementKind),
                    said_on=_dates,
                ),
                max_size=1,
            )
        ),
        stances=draw(
            st.lists(
                st.builds(
                    Stance,
                    actor=_ids,
                    referendum=st.none() | st.sampled_from(["r", "q"]),
                    position=st.sampled_from(Position),
                    evidence=st.lists(_spans(), max_size=2),
                    statements=st.lists(st.sampled_from(["s", "t"]), max_size=2),
                    stated_on=_dates,
                ),
                max_size=3,
            )
        ),
        referendums=draw(st.lists(_referendums, max_size=1)),
    )


def check_report(obj: Article | Referendum | RegionResult, report: Report) -> None:
    assert isinstance(report, Report)
    ranks = [0 if f.severity is Severity.ERROR else 1 for f in report.findings]
    assert ranks == sorted(ranks)
    for finding in report.findings:
        assert isinstance(finding, Finding)
        assert CODES[finding.code] is finding.severity
        assert finding.message
        resolve(obj, finding.path)  # every path names a real field
    assert report.ok == (not report.errors)


@settings(max_examples=300, deadline=None)
@given(articles())
def test_validate_never_raises_on_any_article(article: Article) -> None:
    check_report(article, validate(article))
    for ref in article.referendums:
        check_report(ref, validate(ref))
        for r in ref.results:
            check_report(r, validate(r))


@settings(max_examples=200, deadline=None)
@given(_results)
def test_a_share_in_range_never_gives_a_range_finding(r: RegionResult) -> None:
    codes = {f.path: f.code for f in validate(r).findings}
    for i, choice in enumerate(r.choices):
        p = choice.percent
        if p is not None and p.is_finite() and 0 <= p <= 100:
            assert codes.get(f"choices[{i}].percent") != "share-out-of-range"


@settings(max_examples=200, deadline=None)
@given(shared.articles())
def test_validate_never_raises_on_shared_articles(article: Article) -> None:
    report = validate(article)
    check_report(article, report)
    # The shared strategy keeps every span inside the text.
    assert "span-out-of-range" not in {f.code for f in report.findings}


# --------------------------------------------------------------------------- through the dict form


def _yes(d: dict[str, Any]) -> dict[str, Any]:
    choice: dict[str, Any] = d["referendums"][0]["results"][0]["choices"][0]
    return choice


def _first_result(d: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = d["referendums"][0]["results"][0]
    return result


def _dict_share(value: str) -> Callable[[dict[str, Any]], None]:
    return lambda d: _yes(d).update(percent=Decimal(value))


def _dict_add_no(d: dict[str, Any]) -> None:
    _first_result(d)["choices"].append({"option": "no", "percent": Decimal("12.5"), "votes": None})


def _dict_counts(d: dict[str, Any]) -> None:
    _yes(d)["votes"] = 500_000
    _first_result(d)["ballots"] = 1_000_000


def _dict_twice(d: dict[str, Any]) -> None:
    again = copy.deepcopy(_first_result(d))
    again["choices"][0]["percent"] = Decimal("95.1")
    d["referendums"][0]["results"].append(again)


DICT_MUTATIONS: list[tuple[str, Callable[[dict[str, Any]], None]]] = [
    ("share-199.23", _dict_share("199.23")),
    ("share-minus-3.5", _dict_share("-3.5")),
    ("no-12.5-beside-99.23", _dict_add_no),
    ("turnout-112.4", lambda d: _first_result(d).update(turnout=Decimal("112.4"))),
    ("500k-of-1m-ballots", _dict_counts),
    ("stance-unknown-actor", lambda d: d["stances"][0].update(actor="narnia")),
    ("statement-2031", lambda d: d["statements"][0].update(said_on="2031-01-01")),
    ("span-past-end", lambda d: d["actors"][0]["mentions"][0].update(start=END + 5, end=END + 11)),
    ("donetsk-twice", _dict_twice),
]
EXPECTED = {row[0]: row[2:] for row in MUTATIONS}


@pytest.mark.parametrize(
    ("case", "mutate"), [pytest.param(name, f, id=name) for name, f in DICT_MUTATIONS]
)
def test_mutated_dict_read_back_gives_an_error(
    case: str, mutate: Callable[[dict[str, Any]], None]
) -> None:
    data = refstance.to_dict(ARTICLE)
    mutate(data)
    article = refstance.from_dict(data, Article)
    code, path, figure = EXPECTED[case]
    report = validate(article)
    matching = [f for f in report.errors if f.code == code and f.path == path]
    assert matching, str(report)
    assert figure in matching[0].message


def test_votes_with_no_ballots_cast() -> None:
    r = RegionResult(region="Oz", choices=[ChoiceResult(option="yes", votes=12)], ballots=0)
    assert [f.code for f in validate(r).findings] == ["votes-above-ballots"]


@pytest.mark.parametrize(
    "text",
    [
        "",
        " date 2022-09-28 Serbia will not recognize the referendums.",
        TEXT,
        'The minister said: "We reject this farce."[iv] Turnout was 112.4%.',
    ],
    ids=["empty", "one-line", "the-test-article", "quote-and-turnout"],
)
def test_validate_takes_whatever_parse_gives(text: str) -> None:
    report = validate(refstance.parse(text))
    check_report(refstance.parse(text), report)
