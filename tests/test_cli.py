"""The ``refstance`` command, called as ``main([...])``, and the text summary it prints."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
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
from refstance._cli import main, sample_text
from refstance._serialize import to_json
from refstance._summary import SECTIONS, shorten, summary
from refstance._tables import COLUMNS, to_rows

# Our own short texts (never copied from a corpus).
TEXT = (
    "Serbia will not recognize the vote. "
    "Foreign Minister Nikola Petrovic said: “Serbia cannot accept these results.” "
    "Officials said 99.23% voted in favor in the Donetsk region, on a turnout of 97.5%.\n\n"
    "Ballot box Jane Roe/Wikimedia Commons"
)
OTHER = (
    " date 2022-09-27 Kazakhstan said on Tuesday it would not recognise the votes held in "
    "occupied parts of Ukraine, citing the territorial integrity of states."
)


def _span(text: str, part: str, after: int = 0) -> Span:
    i = text.index(part, after)
    return Span(start=i, end=i + len(part))


def hand_built(percent: str = "99.23") -> Article:
    """An article whose every part is known, with a share of *percent* in Donetsk."""
    t = TEXT
    return Article(
        text=t,
        published=date(2022, 9, 28),
        source="hand-built",
        paragraphs=[_span(t, t.split("\n\n")[0])],
        captions=[_span(t, "Ballot box Jane Roe/Wikimedia Commons")],
        actors=[
            Actor(
                id="serbia",
                name="Serbia",
                kind=ActorKind.STATE,
                country="RS",
                mentions=[_span(t, "Serbia"), _span(t, "Serbia", 50)],
            ),
            Actor(
                id="nikola-petrovic",
                name="Nikola Petrovic",
                kind=ActorKind.PERSON,
                role="foreign minister",
                affiliation="serbia",
                mentions=[_span(t, "Foreign Minister Nikola Petrovic")],
            ),
            Actor(id="russia", name="Russia", kind=ActorKind.STATE, country="RU"),
        ],
        statements=[
            Statement(
                id="s1",
                text="Serbia cannot accept these results.",
                span=_span(t, "Serbia cannot accept these results."),
                speaker="nikola-petrovic",
                said_on=date(2022, 9, 25),
                cue="said",
            )
        ],
        stances=[
            Stance(
                actor="serbia",
                referendum="r1",
                position="reject",
                evidence=[_span(t, "will not recognize the vote")],
            ),
            Stance(
                actor="nikola-petrovic",
                referendum="r1",
                position="reject",
                evidence=[_span(t, "Serbia cannot accept these results.")],
                statements=["s1"],
            ),
        ],
        referendums=[
            Referendum(
                id="r1",
                organizer="russia",
                regions=["Donetsk"],
                results=[
                    RegionResult(
                        region="Donetsk",
                        region_as_written="Donetsk region",
                        choices=[ChoiceResult(option="yes", percent=percent)],
                        turnout="97.5",
                        span=_span(t, "99.23% voted in favor in the Donetsk region"),
                    )
                ],
            )
        ],
    )


def _headings(out: str) -> list[str]:
    """The section headings of a summary, in order, without their counts."""
    names = []
    for line in out.splitlines():
        head = line.rsplit(" (", 1)[0]
        if head in SECTIONS and line.endswith(")"):
            names.append(head)
    return names


def _one_line_error(err: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("refstance: error: ")
    assert "Traceback" not in err


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# --------------------------------------------------------------------------- summary


def test_summary_of_a_hand_built_article_shows_every_part() -> None:
    a = hand_built()
    out = summary(a, refstance.validate(a))
    assert _headings(out) == list(SECTIONS)
    assert out.splitlines()[1] == "published: 2022-09-28 · source: hand-built"
    assert "Nikola Petrovic  person" in out
    assert "foreign minister, speaks for Serbia" in out
    assert "Nikola Petrovic, 2022-09-25:" in out
    assert "“Serbia cannot accept these results.”" in out
    assert "“will not recognize the vote”" in out
    assert "via Nikola Petrovic" in out
    assert "Donetsk (“Donetsk region”)  yes 99.23%  turnout 97.5%" in out
    assert out.endswith("Validation (0)\n  (none)")


def test_summary_lists_validation_findings_errors_first() -> None:
    a = hand_built("199.23")
    out = summary(a, refstance.validate(a))
    validation = out.split("Validation (", 1)[1]
    assert "199.23" in validation
    assert "share-out-of-range" in validation
    assert validation.splitlines()[-1].strip().startswith("2 error(s)")


def test_summary_without_report_has_no_validation_section() -> None:
    assert _headings(summary(hand_built())) == list(SECTIONS[:-1])


def test_summary_survives_dangling_ids() -> None:
    a = Article(
        text="x",
        stances=[Stance(actor="ghost", position="reject")],
        statements=[Statement(id="s", text="x", span=Span(start=0, end=1), speaker="nobody")],
    )
    out = summary(a)
    assert "ghost (not an actor)" in out
    assert "nobody (not an actor)" in out


@given(st.text(), st.integers(min_value=2, max_value=200))
def test_shorten_gives_one_short_line(text: str, width: int) -> None:
    out = shorten(text, width)
    assert len(out) <= width
    assert "\n" not in out
    if len(" ".join(text.split())) <= width:
        assert out == " ".join(text.split())


# --------------------------------------------------------------------------- demo


def test_demo_prints_a_summary_with_every_section(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert _headings(out) == list(SECTIONS)
    assert "published: 2022-09-30" in out
    assert "refstance/data/sample_article.txt" in out


def test_demo_json_reads_back(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--format", "json"]) == 0
    article = refstance.from_json(capsys.readouterr().out)
    assert article.text == sample_text()


def test_sample_article_exercises_the_parser() -> None:
    text = sample_text()
    assert text.startswith(" date 2022-09-30 ")
    assert 450 <= len(text.split()) <= 750
    for needle in ("/Wikimedia Commons", "[ii]", "he stated,\n", "he said, “", "Foreign Minister"):
        assert needle in text, needle
    for figure in ("97.12% in favor in the Zaporizhzhia region", "88.4 per cent", "1.2 million"):
        assert figure in text, figure
    assert "will not recognize" in text
    assert "sham" in text
    assert "recognizes the outcome" in text


# --------------------------------------------------------------------------- parse


def test_parse_one_file_prints_a_summary(
    article_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(article_file)]) == 0
    out = capsys.readouterr().out
    assert _headings(out) == list(SECTIONS)
    assert f"source: {article_file}" in out


def test_parse_json_reads_back(article_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--format", "json", str(article_file)]) == 0
    article = refstance.from_json(capsys.readouterr().out)
    assert article.text == TEXT
    assert article.source == str(article_file)


def test_parse_json_of_many_is_an_array(
    article_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "b.txt"
    other.write_text(OTHER, encoding="utf-8")
    assert main(["parse", "--format", "json", str(article_file), str(other)]) == 0
    docs = json.loads(capsys.readouterr().out)
    assert [d["source"] for d in docs] == [str(article_file), str(other)]
    assert all(d["schema"] == "refstance/1" for d in docs)
    # each member is a document from_json reads
    assert refstance.from_json(json.dumps(docs[1])).published == date(2022, 9, 27)


def test_parse_folder_defaults_to_json_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    assert main(["parse", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    articles = [refstance.from_json(line) for line in lines]
    assert [Path(a.source or "").name for a in articles] == ["a.txt", "b.txt"]


@pytest.mark.parametrize("table", ["actors", "statements", "stances", "state-stances", "results"])
def test_parse_csv_has_a_header_and_a_row_per_item(
    table: str, article_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", "--format", "csv", "--table", table, str(article_file)]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    name = table.replace("-", "_")
    assert tuple(rows[0]) == COLUMNS[name]
    expected = to_rows(refstance.parse(TEXT, source=str(article_file)))[name]
    assert len(rows) - 1 == len(expected)


def test_csv_results_are_one_row_per_result(capsys: pytest.CaptureFixture[str]) -> None:
    from refstance._cli import _write_csv

    _write_csv([hand_built(), hand_built()], "results", sys.stdout)
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 2
    assert rows[0]["region"] == "Donetsk"
    assert rows[0]["percent"] == "99.23"
    assert rows[0]["turnout"] == "97.5"
    assert rows[0]["published"] == "2022-09-28"
    assert rows[0]["votes"] == ""


def test_parse_reads_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, OTHER.encode("utf-8"))
    assert main(["parse", "--format", "json", "-"]) == 0
    article = refstance.from_json(capsys.readouterr().out)
    assert article.text == OTHER
    assert article.source == "<stdin>"


def test_parse_stdin_tolerates_a_byte_order_mark(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"\xef\xbb\xbf" + OTHER.encode("utf-8"))
    assert main(["parse", "--format", "jsonl", "-"]) == 0
    assert refstance.from_json(capsys.readouterr().out).text == OTHER


def test_parse_stdin_not_utf8_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"Serbia \xff")
    assert main(["parse", "-"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "<stdin>" in captured.err
    assert "not UTF-8" in captured.err


def test_parse_published_overrides(article_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--published", "2022-10-01", "-f", "json", str(article_file)]) == 0
    assert refstance.from_json(capsys.readouterr().out).published == date(2022, 10, 1)


def test_missing_file_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", str(tmp_path / "nope.txt")]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("refstance: warning: ")
    assert "nope.txt" in lines[0]
    assert "Traceback" not in captured.err


def test_unreadable_file_is_skipped_not_the_end(
    article_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not text")
    missing = tmp_path / "missing.txt"
    code = main(["parse", "-f", "jsonl", str(missing), str(bad), str(article_file)])
    captured = capsys.readouterr()
    assert code == 2
    assert refstance.from_json(captured.out).source == str(article_file)
    err = captured.err.splitlines()
    assert len(err) == 3, captured.err
    assert "missing.txt" in err[0]
    assert "bad.txt" in err[1]
    assert err[2] == "refstance: warning: 2 of 3 inputs could not be read"


def test_progress_shows_only_on_a_terminal(
    article_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty = Tty()
    monkeypatch.setattr(sys, "stderr", tty)
    assert main(["parse", "-f", "jsonl", str(article_file), str(article_file)]) == 0
    assert "parsed 2/2" in tty.getvalue()
    monkeypatch.undo()
    assert main(["parse", "-f", "jsonl", str(article_file), str(article_file)]) == 0
    assert capsys.readouterr().err == ""


def test_parse_with_workers(
    article_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "b.txt"
    other.write_text(OTHER, encoding="utf-8")
    assert main(["parse", "--workers", "2", "-f", "jsonl", str(article_file), str(other)]) == 0
    sources = [refstance.from_json(line).source for line in capsys.readouterr().out.splitlines()]
    assert sources == [str(article_file), str(other)]


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param([], id="no-command"),
        pytest.param(["parse"], id="no-input"),
        pytest.param(["parse", "--published", "28.9.2022", "x"], id="bad-date"),
        pytest.param(["parse", "--workers", "0", "x"], id="zero-workers"),
        pytest.param(["parse", "--format", "xml", "x"], id="bad-format"),
        pytest.param(["frobnicate"], id="unknown-command"),
    ],
)
def test_bad_usage_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert "error:" in captured.err
    assert "Traceback" not in captured.err


def test_stdin_twice_is_bad_usage(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"")
    assert main(["parse", "-", "-"]) == 2
    _one_line_error(capsys.readouterr().err)


# --------------------------------------------------------------------------- validate


def test_validate_clean_document_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "clean.json"
    doc.write_text(to_json(hand_built()), encoding="utf-8")
    assert main(["validate", str(doc)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == ["no findings", f"{doc}: valid: 0 error(s), 0 warning(s)"]


def test_validate_bad_share_exits_1_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "bad.json"
    doc.write_text(to_json(hand_built("199.23")), encoding="utf-8")
    assert main(["validate", str(doc)]) == 1
    out = capsys.readouterr().out
    assert "199.23" in out
    assert "share-out-of-range" in out
    assert "referendums[0].results[0].choices[0].percent" in out
    assert out.splitlines()[-1].startswith(f"{doc}: invalid: 2 error(s)")


def test_validate_reads_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, to_json(hand_built("199.23")).encode("utf-8"))
    assert main(["validate", "-"]) == 1
    assert "<stdin>: invalid" in capsys.readouterr().out


def test_parse_output_pipes_into_validate(
    article_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["parse", "-f", "json", str(article_file)]) == 0
    _stdin(monkeypatch, capsys.readouterr().out.encode("utf-8"))
    assert main(["validate", "-"]) in (0, 1)
    assert "<stdin>: " in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        pytest.param("{not json", "", id="not-json"),
        pytest.param('{"schema": "refstance/999", "text": ""}', "refstance/999", id="version"),
        pytest.param('{"schema": "refstance/1", "text": 5}', "text", id="bad-field"),
        pytest.param("[]", "", id="array"),
    ],
)
def test_validate_malformed_document_exits_2(
    content: str, needle: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "doc.json"
    doc.write_text(content, encoding="utf-8")
    assert main(["validate", str(doc)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    _one_line_error(captured.err)
    assert str(doc) in captured.err
    assert needle in captured.err


def test_validate_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "nope.json")]) == 2
    err = capsys.readouterr().err
    _one_line_error(err)
    assert "nope.json" in err


# --------------------------------------------------------------------------- schema, version


def test_schema_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema == refstance.json_schema()
    assert schema["properties"]["schema"] == {"const": "refstance/1"}


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"refstance {refstance.__version__}"


def test_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "refstance", "schema"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["properties"]["schema"] == {"const": "refstance/1"}
