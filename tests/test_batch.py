"""parse_many: order, failures, folders, laziness, workers."""

from __future__ import annotations

import itertools
import json
import pickle
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

import refstance
from refstance import Article, ParseFailure, parse_many

# Short articles written for these tests.
TEXTS = [
    " date 2022-09-30 Lithuania said it would never accept the votes held in occupied Ukraine.",
    "Voters in the region went to the polls on Sunday.\n\nTurnout was reported at 76.1%.",
    'The foreign minister told reporters: "We do not recognise this exercise."',
    "",
    "Ballots were counted overnight; officials announced 87.05 per cent in favor.",
    "A caption without a full stop\n\nThe council called the vote a sham.",
]


def serial(texts: list[str]) -> list[Article]:
    return [refstance.parse(t) for t in texts]


@pytest.mark.parametrize("workers", [1, 2], ids=["in-process", "two-workers"])
def test_order_preserved(workers: int) -> None:
    texts = [f"Article number {i}. {TEXTS[i % len(TEXTS)]}" for i in range(30)]
    assert list(parse_many(texts, workers=workers)) == serial(texts)


@pytest.mark.parametrize("workers", [1, 2], ids=["in-process", "two-workers"])
def test_files_bytes_and_text_mixed(tmp_path: Path, workers: int) -> None:
    a = tmp_path / "a.txt"
    a.write_text(TEXTS[0], encoding="utf-8")
    results = list(parse_many([a, TEXTS[1].encode("utf-8-sig"), TEXTS[2]], workers=workers))
    assert results == [
        refstance.parse(TEXTS[0], source=str(a)),
        refstance.parse(TEXTS[1]),
        refstance.parse(TEXTS[2]),
    ]
    assert isinstance(results[0], Article)
    assert results[0].source == str(a)
    assert isinstance(results[1], Article)
    assert results[1].source is None


@pytest.mark.parametrize("workers", [1, 2], ids=["in-process", "two-workers"])
def test_failures_do_not_stop_the_batch(tmp_path: Path, workers: int) -> None:
    good = tmp_path / "good.txt"
    good.write_text(TEXTS[0], encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"abc\xff def")
    missing = tmp_path / "missing.txt"
    results = list(parse_many([missing, bad, b"ok \xc3", good, TEXTS[1]], workers=workers))
    assert len(results) == 5
    assert results[0] == ParseFailure(
        source=str(missing),
        message=f"cannot read: [Errno 2] No such file or directory: '{missing}'",
        error="FileNotFoundError",
    )
    assert results[1] == ParseFailure(
        source=str(bad), message="not UTF-8 text (byte 0xff at offset 3)", error="DecodeError"
    )
    assert results[2] == ParseFailure(
        source="<input 2>", message="not UTF-8 text (byte 0xc3 at offset 3)", error="DecodeError"
    )
    assert results[3] == refstance.parse(TEXTS[0], source=str(good))
    assert results[4] == refstance.parse(TEXTS[1])


def test_on_error_is_called_instead_of_yielding(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    seen: list[ParseFailure] = []
    results = list(
        parse_many([TEXTS[0], missing, b"\xfe", TEXTS[1]], workers=1, on_error=seen.append)
    )
    assert results == serial([TEXTS[0], TEXTS[1]])
    assert [f.source for f in seen] == [str(missing), "<input 2>"]
    assert [f.error for f in seen] == ["FileNotFoundError", "DecodeError"]


def test_failure_message_is_one_line() -> None:
    (failure,) = parse_many([b"line\n\x80"], workers=1)
    assert isinstance(failure, ParseFailure)
    assert "\n" not in failure.message
    assert str(failure) == "<input 0>: not UTF-8 text (byte 0x80 at offset 5)"


@pytest.mark.parametrize("workers", [1, 2], ids=["in-process", "two-workers"])
def test_folder_expands_to_sorted_txt_files(tmp_path: Path, workers: int) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in [("b.txt", TEXTS[1]), ("a.txt", TEXTS[0]), ("c.txt", TEXTS[2])]:
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    (folder / "sub.txt").mkdir()  # a folder named like a file is not an article
    after = tmp_path / "after.txt"
    after.write_text(TEXTS[4], encoding="utf-8")
    results = list(parse_many([folder, after], workers=workers))
    assert [r.source for r in results] == [
        str(folder / "a.txt"),
        str(folder / "b.txt"),
        str(folder / "c.txt"),
        str(after),
    ]
    assert results[0] == refstance.parse(TEXTS[0], source=str(folder / "a.txt"))


def test_empty_folder_and_empty_input() -> None:
    assert list(parse_many([], workers=1)) == []
    assert list(parse_many([], workers=2)) == []


def test_empty_folder(tmp_path: Path) -> None:
    assert list(parse_many([tmp_path], workers=1)) == []


def test_published_applies_to_every_input() -> None:
    results = list(parse_many([TEXTS[0], TEXTS[1]], workers=1, published="2023-01-02"))
    assert [r.published for r in results if isinstance(r, Article)] == [date(2023, 1, 2)] * 2


def infinite_texts(counter: list[int]) -> Iterator[str]:
    for i in itertools.count():
        counter[0] = i + 1
        yield f"Item {i}. {TEXTS[i % len(TEXTS)]}"


@pytest.mark.parametrize("workers", [1, 2], ids=["in-process", "two-workers"])
def test_generator_input_is_consumed_lazily(workers: int) -> None:
    counter = [0]
    first = list(itertools.islice(parse_many(infinite_texts(counter), workers=workers), 5))
    assert [a.text.split(".")[0] for a in first if isinstance(a, Article)] == [
        f"Item {i}" for i in range(5)
    ]
    # only a bounded number of inputs beyond the five taken were read ahead
    assert counter[0] <= 5 + workers * 64


def test_calling_does_not_consume_before_iteration() -> None:
    counter = [0]
    results = parse_many(infinite_texts(counter), workers=1)
    assert counter[0] == 0
    next(results)
    assert counter[0] == 1


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"workers": 0}, "workers: expected a positive integer"),
        ({"workers": True}, "workers: expected a positive integer"),
        ({"workers": 1.5}, "workers: expected a positive integer"),
        ({"published": "yesterday"}, "published: expected an ISO date"),
    ],
    ids=["zero-workers", "bool-workers", "float-workers", "bad-published"],
)
def test_bad_arguments_raise_at_the_call(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(refstance.RefstanceError, match=message):
        parse_many(["text"], **kwargs)  # type: ignore[arg-type]


def test_input_of_another_type_raises() -> None:
    results = parse_many(["fine", 42], workers=1)  # type: ignore[list-item]
    assert isinstance(next(results), Article)
    with pytest.raises(
        refstance.RefstanceError, match=r"inputs\[1\]: expected str, bytes or a path"
    ):
        next(results)


def test_articles_and_failures_pickle() -> None:
    article = refstance.parse(TEXTS[0])
    failure = ParseFailure(source="x", message="y", error="OSError")
    assert pickle.loads(pickle.dumps(article)) == article
    assert pickle.loads(pickle.dumps(failure)) == failure


def test_benchmark_script_runs_quickly() -> None:
    script = Path(__file__).resolve().parent.parent / "benchmarks" / "bench.py"
    if not script.exists():
        pytest.skip("benchmarks/ is not part of this checkout")
    proc = subprocess.run(
        [sys.executable, str(script), "--quick", "--json"],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert set(result) >= {"throughput", "stages", "import", "memory", "scaling", "batch"}
    assert result["throughput"]["parse_chars_per_s"] > 0
    assert abs(sum(result["stages"].values()) - 1) < 1e-6
    assert [r["workers"] for r in result["batch"]["rows"]] == [1, 2]


def test_workers_start_safely_while_other_threads_run() -> None:
    # a process with threads must not fork (deadlocks; Python 3.12+ warns): forkserver is used
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, daemon=True)
    thread.start()
    try:
        assert refstance._batch._mp_context().get_start_method() != "fork"
        texts = TEXTS * 3
        assert list(parse_many(texts, workers=2)) == serial(texts)
    finally:
        stop.set()
        thread.join()
