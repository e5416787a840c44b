"""Tables for analysis: ``to_rows`` and ``to_frames``."""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal

import pytest

import refstance
from refstance import (
    Actor,
    ActorKind,
    Article,
    ChoiceResult,
    ExtraNotInstalledError,
    Referendum,
    RefstanceError,
    RegionResult,
    Span,
    Stance,
    Statement,
)
from refstance._tables import COLUMNS, TABLES, to_frames, to_rows

# Our own short text (never copied from a corpus).
TEXT = (
    "Ireland's foreign minister, Aoife Brennan, called the vote a sham. "
    "Organisers said 51.9% backed leaving and 48.1% voted to remain in North Shire, "
    "with 1,204,551 votes for leave; turnout in South Shire was 71.2%."
)


def _span(part: str) -> Span:
    i = TEXT.index(part)
    return Span(start=i, end=i + len(part))


def article(source: str | None = "one.txt", published: date | None = date(2023, 5, 2)) -> Article:
    return Article(
        text=TEXT,
        published=published,
        source=source,
        actors=[
            Actor(id="ireland", name="Ireland", kind=ActorKind.STATE, country="IE"),
            Actor(
                id="aoife-brennan",
                name="Aoife Brennan",
                kind=ActorKind.PERSON,
                aliases=["Brennan", "Ms Brennan"],
                role="foreign minister",
                affiliation="ireland",
                mentions=[_span("Aoife Brennan")],
            ),
        ],
        statements=[
            Statement(
                id="s1",
                text="a sham",
                span=_span("a sham"),
                speaker="aoife-brennan",
                kind="indirect",
                said_on=date(2023, 5, 1),
                cue="called",
            )
        ],
        stances=[
            Stance(
                actor="aoife-brennan",
                referendum="shires",
                position="reject",
                evidence=[_span("called the vote a sham")],
                statements=["s1"],
                grounds=["legality", "procedure"],
            )
        ],
        referendums=[
            Referendum(
                id="shires",
                regions=["North Shire", "South Shire"],
                results=[
                    RegionResult(
                        region="North Shire",
                        choices=[
                            ChoiceResult(option="leave", percent="51.9", votes=1_204_551),
                            ChoiceResult(option="remain", percent="48.1"),
                        ],
                    ),
                    RegionResult(region="South Shire", turnout="71.2"),
                ],
            )
        ],
    )


def test_every_row_has_its_tables_columns_in_order() -> None:
    rows = to_rows(article())
    assert tuple(rows) == TABLES
    for name, table in rows.items():
        assert table, name
        for row in table:
            assert tuple(row) == COLUMNS[name]


def test_results_are_one_row_per_territory_and_option() -> None:
    results = to_rows(article())["results"]
    assert [(r["region"], r["option"]) for r in results] == [
        ("North Shire", "leave"),
        ("North Shire", "remain"),
        ("South Shire", None),
    ]
    leave = results[0]
    assert leave["percent"] == Decimal("51.9")
    assert leave["votes"] == 1_204_551
    assert leave["referendum"] == "shires"
    assert results[2]["turnout"] == Decimal("71.2")
    assert results[2]["percent"] is None


def test_rows_keep_model_values_and_names() -> None:
    rows = to_rows(article())
    person = rows["actors"][1]
    assert person["affiliation_name"] == "Ireland"
    assert person["aliases"] == "Brennan; Ms Brennan"
    assert person["mentions"] == 1
    statement = rows["statements"][0]
    assert statement["speaker_name"] == "Aoife Brennan"
    assert statement["kind"] == "indirect"
    start = TEXT.index("a sham")
    assert (statement["start"], statement["end"]) == (start, start + len("a sham"))
    stance = rows["stances"][0]
    assert stance["evidence"] == "called the vote a sham"
    assert stance["grounds"] == "legality; procedure"
    state = rows["state_stances"][0]
    assert (state["state_name"], state["position"], state["via_name"]) == (
        "Ireland",
        "reject",
        "Aoife Brennan",
    )


def test_many_articles_stack_with_their_source_and_date() -> None:
    rows = to_rows([article("one.txt"), article("two.txt", date(2023, 5, 3))])
    results = rows["results"]
    assert len(results) == 6
    assert {(r["article"], r["source"], r["published"]) for r in results} == {
        (0, "one.txt", date(2023, 5, 2)),
        (1, "two.txt", date(2023, 5, 3)),
    }


def test_empty_article_gives_empty_tables() -> None:
    assert to_rows(Article(text="")) == {name: [] for name in TABLES}


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param("text", id="str"),
        pytest.param(5, id="int"),
        pytest.param([1], id="list-of-int"),
    ],
)
def test_not_articles_are_refused(bad: object) -> None:
    with pytest.raises(RefstanceError, match="Article"):
        to_rows(bad)  # type: ignore[arg-type]


def test_to_rows_of_a_parsed_article_has_every_table() -> None:
    parsed = refstance.parse(" date 2022-09-28 Serbia will not recognize the referendums.")
    rows = to_rows(parsed)
    assert tuple(rows) == TABLES
    for row in rows["actors"]:
        assert row["published"] == date(2022, 9, 28)


# --------------------------------------------------------------------------- pandas


def test_frames_have_proper_dtypes() -> None:
    pytest.importorskip("pandas")
    frames = to_frames([article(), article("two.txt", None)])
    results = frames["results"]
    assert list(results.columns) == list(COLUMNS["results"])
    assert len(results) == 6
    assert str(results["percent"].dtype) == "float64"
    assert str(results["turnout"].dtype) == "float64"
    assert str(results["votes"].dtype) == "Int64"
    assert str(results["electorate"].dtype) == "Int64"
    assert str(results["published"].dtype).startswith("datetime64")
    assert str(results["region"].dtype) == "string"
    assert results["percent"].iloc[0] == pytest.approx(51.9)
    assert results["votes"].iloc[0] == 1_204_551
    assert results["votes"].isna().sum() == 4
    assert results["published"].isna().sum() == 3
    statements = frames["statements"]
    assert str(statements["said_on"].dtype).startswith("datetime64")


def test_empty_frames_keep_their_columns() -> None:
    pytest.importorskip("pandas")
    frames = to_frames(Article(text=""))
    for name, frame in frames.items():
        assert list(frame.columns) == list(COLUMNS[name])
        assert len(frame) == 0
    assert str(frames["results"]["votes"].dtype) == "Int64"


def test_frames_per_state_table_groups() -> None:
    pytest.importorskip("pandas")
    frame = to_frames([article(), article("two.txt")])["state_stances"]
    counts = frame.groupby(["state_name", "position"]).size()
    assert counts[("Ireland", "reject")] == 2


def test_to_frames_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(ExtraNotInstalledError, match=r"pip install 'refstance\[pandas\]'") as e:
        to_frames(article())
    assert isinstance(e.value, ImportError)
