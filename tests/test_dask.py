"""refstance.dask: the same results on a (local, multi-process) Dask cluster as in a loop."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

import refstance
from refstance import (
    Actor,
    ActorKind,
    Article,
    ChoiceResult,
    ParseFailure,
    Position,
    Referendum,
    RegionResult,
    Span,
    Stance,
)

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")
rdask = pytest.importorskip("refstance.dask")

# Short articles written for these tests, in the shape of wire copy about referendums.
TEXTS = {
    "01-baltic.txt": (
        " date 2022-09-27 VILNIUS, Sept 27 – Lithuania's foreign minister said on Tuesday that his"
        ' country would "never recognise" the votes organised in occupied parts of Ukraine.\n\n'
        "Officials in Vilnius described the ballots as illegal under international law."
    ),
    "02-results.txt": (
        "Moscow-installed officials announced that 98.42% voted in favor in one region and"
        " 93.11% in another, with turnout above 80 per cent.\n\n"
        "Election workers carry a ballot box / Wire photo\n\n"
        "Observers from most European states stayed away."
    ),
    "03-neutral.txt": (
        ' date 2022-09-29 A government spokesperson said the country "calls on all sides to'
        ' return to dialogue" and would take no position on the referendums.'
    ),
    "04-empty.txt": "",
    "05-quotes.txt": (
        "The minister told a press conference:\n\n"
        "We will not accept any change of borders by force. Such votes have no legal effect.\n\n"
        "Reporters were not allowed to ask questions."
    ),
    "06-unicode.txt": (
        "«Эти так называемые референдумы — фарс», сказал министр.\n\n"
        "President\u00a0Ruiz said the result was “null and void”. 🗳️"
    ),
    "07-crlf.txt": "\ufeffHeadline of the day\r\n\r\nThe council condemned the vote.\r\n",
}


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    cluster = distributed.LocalCluster(
        n_workers=2,
        processes=True,
        threads_per_worker=1,
        dashboard_address=None,
        silence_logs=50,  # logging.CRITICAL: no worker chatter in the test output
    )
    client = distributed.Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for name, text in TEXTS.items():
        (tmp_path / name).write_bytes(text.encode("utf-8"))
    return tmp_path


def serial(folder: Path) -> list[Article]:
    return [refstance.parse(p.read_bytes(), source=str(p)) for p in sorted(folder.glob("*.txt"))]


def test_articles_from_paths_on_a_cluster_equal_serial(client: object, corpus: Path) -> None:
    bag = rdask.articles_from_paths(str(corpus / "*.txt"), partition_size=2)
    assert bag.npartitions == 4
    assert bag.compute() == serial(corpus)


def test_articles_from_a_list_of_paths(client: object, corpus: Path) -> None:
    paths = sorted(corpus.glob("*.txt"))
    bag = rdask.articles_from_paths(paths, published=date(2022, 10, 1), partition_size=3)
    result = bag.compute()
    assert result == [
        refstance.parse(p.read_bytes(), source=str(p), published=date(2022, 10, 1)) for p in paths
    ]


def test_articles_from_texts_on_a_cluster_equal_serial(client: object) -> None:
    texts = list(TEXTS.values())
    bag = rdask.articles_from_texts(db.from_sequence(texts, npartitions=3))
    assert bag.compute() == [refstance.parse(t) for t in texts]


def test_unreadable_and_undecodable_files_become_failures(corpus: Path) -> None:
    (corpus / "00-bad.txt").write_bytes(b"caf\xe9")
    missing = corpus / "missing.txt"
    bag = rdask.articles_from_paths([corpus / "00-bad.txt", missing, corpus / "04-empty.txt"])
    bad, gone, empty = bag.compute(scheduler="sync")
    assert bad == ParseFailure(
        source=str(corpus / "00-bad.txt"),
        message="not UTF-8 text (byte 0xe9 at offset 3)",
        error="DecodeError",
    )
    assert isinstance(gone, ParseFailure)
    assert gone.error == "FileNotFoundError"
    assert gone.source == str(missing)
    assert empty == refstance.parse("", source=str(corpus / "04-empty.txt"))


def test_no_matching_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(refstance.RefstanceError, match="no file matches"):
        rdask.articles_from_paths(str(tmp_path / "*.txt"))


@pytest.mark.parametrize("size", [0, -1, 2.5, True], ids=["zero", "negative", "float", "bool"])
def test_bad_partition_size(tmp_path: Path, size: object) -> None:
    with pytest.raises(refstance.RefstanceError, match="partition_size"):
        rdask.articles_from_paths(str(tmp_path / "*.txt"), partition_size=size)


# Hand-built articles: the tables do not depend on how far the parser has come.


def hand_built(n: int) -> Article:
    text = f"Article {n}. Ruritania rejects the vote. Yes won 87.05 per cent in Upper Vale."
    return Article(
        text=text,
        published=date(2022, 9, 20 + n),
        source=f"hand-{n}.txt",
        actors=[
            Actor(
                id="ruritania",
                name="Ruritania",
                kind=ActorKind.STATE,
                country="RU",
                mentions=[Span(start=text.index("Ruritania"), end=text.index(" rejects"))],
            )
        ],
        stances=[
            Stance(
                actor="ruritania",
                referendum="vote",
                position=Position.REJECT,
                evidence=[Span(start=text.index("Ruritania"), end=text.index(" Yes"))],
            )
        ],
        referendums=[
            Referendum(
                id="vote",
                regions=["Upper Vale"],
                results=[
                    RegionResult(
                        region="Upper Vale",
                        choices=[ChoiceResult(option="yes", percent=Decimal("87.05"))],
                    )
                ],
            )
        ],
    )


def hand_bag() -> tuple[list[Article | ParseFailure], object]:
    items: list[Article | ParseFailure] = [hand_built(1), hand_built(2)]
    items.append(ParseFailure(source="x.txt", message="cannot read", error="OSError"))
    items += [hand_built(3), refstance.parse(""), hand_built(4)]
    return items, db.from_sequence(items, npartitions=3)


@pytest.mark.parametrize("table", ["actors", "stances", "state_stances", "results", "statements"])
def test_to_rows_bag_equals_to_rows(table: str) -> None:
    items, bag = hand_bag()
    rows = rdask.to_rows_bag(bag, table).compute(scheduler="sync")
    expected = []
    for position, item in enumerate(items):
        if isinstance(item, Article):
            for row in refstance._tables.to_rows(item)[table]:
                row["article"] = position
                expected.append(row)
    assert rows == expected
    if table != "statements":
        assert [r["article"] for r in rows] == [0, 1, 3, 5]


def test_to_rows_bag_on_the_cluster(client: object) -> None:
    _items, bag = hand_bag()
    rows = rdask.to_rows_bag(bag, "results").compute()
    assert [(r["article"], r["region"], r["percent"]) for r in rows] == [
        (i, "Upper Vale", Decimal("87.05")) for i in (0, 1, 3, 5)
    ]


def test_to_dataframe_equals_to_frames(client: object) -> None:
    pd = pytest.importorskip("pandas")
    items, bag = hand_bag()
    frame = rdask.to_dataframe(bag, "results")
    expected = refstance._tables.to_frames([x for x in items if isinstance(x, Article)])["results"]
    expected["article"] = pd.array([0, 1, 3, 5], dtype="Int64")
    result = frame.compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(result, expected)
    assert list(frame.columns) == list(refstance._tables.COLUMNS["results"])


def test_unknown_table() -> None:
    _items, bag = hand_bag()
    with pytest.raises(refstance.RefstanceError, match="table: expected one of actors"):
        rdask.to_rows_bag(bag, "people")
