"""to_dict / from_dict / to_json / from_json / JSON Lines / json_schema."""

from __future__ import annotations

import copy
import io
import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import refstance
from refstance import (
    Actor,
    ActorKind,
    Article,
    ChoiceResult,
    Position,
    Referendum,
    RefstanceError,
    RegionResult,
    SchemaError,
    Span,
    Stance,
    Statement,
    UnsupportedTypeError,
)
from refstance._serialize import MODEL_CLASSES, _encode
from strategies import STRATEGIES, articles, figures

CLASSES = sorted(MODEL_CLASSES, key=lambda c: c.__name__)

TEXT = (
    "Belgrade, 28 September. Serbia will not recognise the votes, Foreign Minister Ana Kovač "
    'said: "These so-called referendums are null and void." Officials reported 99.230% for '
    "joining in the northern district, on a turnout of 97.5 per cent."
)


def sample() -> Article:
    """A small article written for these tests, with every kind of field filled in."""
    return Article(
        text=TEXT,
        published=date(2022, 9, 28),
        title="Serbia will not recognise the votes",
        source="https://example.org/news/1",
        paragraphs=(Span(start=0, end=len(TEXT)),),
        captions=(),
        actors=(
            Actor(id="rs", name="Serbia", kind=ActorKind.STATE, country="RS"),
            Actor(
                id="ana-kovac",
                name="Ana Kovač",
                kind=ActorKind.PERSON,
                aliases=("Kovač",),
                role="foreign minister",
                affiliation="rs",
                mentions=(Span(start=79, end=88),),
            ),
        ),
        statements=(
            Statement(
                id="q1",
                text="These so-called referendums are null and void.",
                span=Span(start=97, end=143),
                speaker="ana-kovac",
                said_on=date(2022, 9, 28),
                cue="said",
            ),
        ),
        stances=(
            Stance(
                actor="ana-kovac",
                referendum="north",
                position=Position.REJECT,
                evidence=(Span(start=24, end=59),),
                statements=("q1",),
                grounds=("territorial integrity",),
            ),
        ),
        referendums=(
            Referendum(
                id="north",
                regions=("Northern District",),
                held=(date(2022, 9, 23), date(2022, 9, 27)),
                results=(
                    RegionResult(
                        region="Northern District",
                        region_as_written="the northern district",
                        choices=(
                            ChoiceResult(option="yes", percent=Decimal("99.230"), votes=1_203),
                            ChoiceResult(option="no", percent=Decimal("0.77")),
                        ),
                        turnout=Decimal("97.5"),
                        electorate=1_500_000,
                    ),
                ),
            ),
        ),
    )


def sample_dict() -> dict[str, Any]:
    """The sample as plain JSON data (figures as Decimal, as from_json reads them)."""
    data = json.loads(refstance.to_json(sample()), parse_float=Decimal)
    assert isinstance(data, dict)
    return data


# --------------------------------------------------------------------------- round trips


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
@given(data=st.data())
@settings(max_examples=60)
def test_json_round_trip(cls: type, data: st.DataObject) -> None:
    obj = data.draw(STRATEGIES[cls])
    text = refstance.to_json(obj)
    assert refstance.from_json(text, cls) == obj
    assert refstance.from_json(text.encode("utf-8"), cls) == obj


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
@given(data=st.data())
@settings(max_examples=60)
def test_dict_round_trip(cls: type, data: st.DataObject) -> None:
    obj = data.draw(STRATEGIES[cls])
    as_dict = refstance.to_dict(obj)
    assert as_dict["schema"] == "refstance/1"
    assert refstance.from_dict(as_dict, cls) == obj
    # The dict is plain data: copying it deeply changes nothing.
    assert refstance.from_dict(copy.deepcopy(as_dict), cls) == obj


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
@given(data=st.data())
@settings(max_examples=30)
def test_json_is_standard_and_valid_against_the_schema(cls: type, data: st.DataObject) -> None:
    obj = data.draw(STRATEGIES[cls])
    for indent in (None, 2):
        loaded = json.loads(refstance.to_json(obj, indent=indent))
        assert loaded["schema"] == "refstance/1"
        jsonschema.validate(loaded, refstance.json_schema(cls))


@given(articles())
@settings(max_examples=50)
def test_article_spans_survive_and_still_index_the_text(article: Article) -> None:
    back = refstance.from_json(refstance.to_json(article, indent=1))
    assert back == article
    assert [back.slice(p) for p in back.paragraphs] == [
        article.slice(p) for p in article.paragraphs
    ]


def test_round_trip_of_a_parsed_article() -> None:
    text = (
        " date 2023-03-12 Voters on the island went to the polls on Sunday.\n\n"
        "The council said the result was binding. Turnout was 61.40%."
    )
    article = refstance.parse(text, source="test")
    assert refstance.from_json(refstance.to_json(article)) == article
    assert refstance.from_dict(refstance.to_dict(article), Article) == article
    assert refstance.to_dict(article)["published"] == "2023-03-12"


# --------------------------------------------------------------------------- the format


def test_format_conventions() -> None:
    data = refstance.to_dict(sample())
    assert next(iter(data)) == "schema"
    assert data["published"] == "2022-09-28"
    assert data["referendums"][0]["held"] == ["2022-09-23", "2022-09-27"]
    assert data["actors"][0]["kind"] == "state"
    assert data["stances"][0]["position"] == "reject"
    assert data["statements"][0]["span"] == {"start": 97, "end": 143}
    assert data["actors"][1]["aliases"] == ["Kovač"]
    assert data["title"] is not None
    assert data["captions"] == []
    assert data["actors"][0]["role"] is None
    # to_dict keeps figures as Decimal; counts stay int.
    result = data["referendums"][0]["results"][0]
    assert result["turnout"] == Decimal("97.5")
    assert isinstance(result["turnout"], Decimal)
    assert result["electorate"] == 1_500_000
    assert type(result["electorate"]) is int
    assert result["choices"][0]["votes"] == 1_203
    assert type(result["choices"][0]["votes"]) is int


def test_figures_are_written_with_their_digits() -> None:
    text = refstance.to_json(sample())
    assert '"percent": 99.230,' in text
    assert '"turnout": 97.5,' in text
    back = refstance.from_json(text)
    percent = back.referendums[0].results[0].choices[0].percent
    assert percent is not None
    assert str(percent) == "99.230"


@given(figures())
def test_any_figure_keeps_its_exact_digits(figure: Decimal) -> None:
    choice = ChoiceResult(option="yes", percent=figure)
    back = refstance.from_json(refstance.to_json(choice), ChoiceResult)
    assert back.percent is not None
    assert back.percent.as_tuple() == figure.as_tuple()
    # Any JSON reader sees a number of the same value.
    assert json.loads(refstance.to_json(choice))["percent"] == float(figure)


@pytest.mark.parametrize(
    ("given_value", "expected"),
    [
        pytest.param(Decimal("99.230"), "99.230", id="decimal"),
        pytest.param(87, "87", id="int"),
        pytest.param(87.05, "87.05", id="float-by-repr"),
        pytest.param("51.90", "51.90", id="numeric-string"),
        pytest.param("1E+2", "1E+2", id="exponent-string"),
    ],
)
def test_from_dict_accepts_figures_in_several_forms(given_value: object, expected: str) -> None:
    choice = refstance.from_dict({"option": "yes", "percent": given_value}, ChoiceResult)
    assert str(choice.percent) == expected


def test_layout_is_that_of_json_dumps() -> None:
    data = {"a": [1, {"b": None, "c": [], "d": {}}], "é": '\n"x"', "t": True, "f": False}
    for indent in (None, 0, 2, "\t"):
        assert _encode(data, " " * indent if isinstance(indent, int) else indent, 0, ()) == (
            json.dumps(data, ensure_ascii=False, indent=indent)
        )


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=12,
)


@given(json_values, st.sampled_from([None, 0, 1, 4]))
def test_layout_matches_json_dumps_for_any_plain_data(value: object, indent: int | None) -> None:
    step = None if indent is None else " " * indent
    assert _encode(value, step, 0, ()) == json.dumps(value, ensure_ascii=False, indent=indent)


def test_non_finite_figure_cannot_be_written() -> None:
    choice = ChoiceResult(option="yes", percent=Decimal("NaN"))
    with pytest.raises(SchemaError, match=r"^percent: cannot write NaN as a JSON number$"):
        refstance.to_json(choice)


def test_schema_key_is_optional_in_dicts_but_required_in_json() -> None:
    assert refstance.from_dict({"start": 1, "end": 2}, Span) == Span(start=1, end=2)
    with pytest.raises(
        SchemaError, match=r'^schema: missing schema version; expected "refstance/1"'
    ):
        refstance.from_json('{"start": 1, "end": 2}', Span)


def test_not_a_model_object_or_class() -> None:
    with pytest.raises(UnsupportedTypeError):
        refstance.to_dict({"start": 1})
    with pytest.raises(UnsupportedTypeError):
        refstance.to_json(Decimal(1))
    with pytest.raises(UnsupportedTypeError):
        refstance.from_dict({}, dict)
    with pytest.raises(UnsupportedTypeError):
        refstance.json_schema(int)


# --------------------------------------------------------------------------- bad documents


def _set(path: str, value: object) -> Callable[[dict[str, Any]], None]:
    """A change to a document: set the field at *path* (``a.b[0].c``) to *value*."""

    def change(doc: dict[str, Any]) -> None:
        *parents, last = _parts(path)
        target: Any = doc
        for part in parents:
            target = target[part]
        target[last] = value

    return change


def _delete(path: str) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        *parents, last = _parts(path)
        target: Any = doc
        for part in parents:
            target = target[part]
        del target[last]

    return change


def _parts(path: str) -> list[str | int]:
    out: list[str | int] = []
    for piece in path.replace("[", ".[").split("."):
        out.append(int(piece[1:-1]) if piece.startswith("[") else piece)
    return out


def _duplicate_actor(doc: dict[str, Any]) -> None:
    doc["actors"].append(dict(doc["actors"][0]))


R = "referendums[0].results[0]"

BAD_FIELDS = [
    pytest.param(_set(f"{R}.turnout", "abc"), f"{R}.turnout", 'expected a number, got "abc"',
                 id="turnout-not-a-number"),
    pytest.param(_set(f"{R}.turnout", True), f"{R}.turnout", "expected a number, got true",
                 id="turnout-bool"),
    pytest.param(_set(f"{R}.electorate", 10.5), f"{R}.electorate",
                 "expected an integer, got 10.5", id="electorate-fraction"),
    pytest.param(_set(f"{R}.electorate", True), f"{R}.electorate",
                 "expected an integer, got true", id="bool-is-not-an-int"),
    pytest.param(_set(f"{R}.choices[1].votes", "12"), f"{R}.choices[1].votes",
                 'expected an integer, got "12"', id="votes-as-string"),
    pytest.param(_set("title", 5), "title", "expected a string, got 5", id="title-number"),
    pytest.param(_set("published", "28/09/2022"), "published",
                 'expected an ISO date (YYYY-MM-DD), got "28/09/2022"', id="date-not-iso"),
    pytest.param(_set("published", "2022-02-30"), "published", 'not a valid date: "2022-02-30"',
                 id="date-impossible"),
    pytest.param(_set("referendums[0].held[1]", None), "referendums[0].held[1]",
                 "expected an ISO date (YYYY-MM-DD), got null", id="null-in-array"),
    pytest.param(_set("actors", {"rs": {}}), "actors", "expected an array, got an object",
                 id="object-for-array"),
    pytest.param(_set("actors[1].aliases", "Kovač"), "actors[1].aliases",
                 'expected an array, got "Kovač"', id="string-for-array"),
    pytest.param(_set("statements[0].span", "97:143"), "statements[0].span",
                 'expected an object, got "97:143"', id="string-for-span"),
    pytest.param(_delete("referendums[0].id"), "referendums[0].id", "missing required field",
                 id="missing-id"),
    pytest.param(_delete("text"), "text", "missing required field", id="missing-text"),
    pytest.param(_set("stances[0].position", "maybe"), "stances[0].position",
                 'expected one of "reject", "recognize", "support", "oppose", "neutral", '
                 'got "maybe"', id="unknown-position"),
    pytest.param(_set("actors[0].kind", "country"), "actors[0].kind",
                 'expected one of "person", "state", "organization", "group", got "country"',
                 id="unknown-actor-kind"),
    pytest.param(_set("statements[0].speakr", "rs"), "statements[0].speakr",
                 "unknown field; Statement has the fields id, text, span, speaker",
                 id="unknown-field"),
    pytest.param(_set("statements[0].span.start", 200), "statements[0].span",
                 "start 200 is after end 143", id="span-reversed"),
    pytest.param(_set("actors[1].mentions[0].start", -1), "actors[1].mentions[0]",
                 "start -1 is negative", id="span-negative"),
    pytest.param(_set("actors[0].id", ""), "actors[0].id", "must not be empty", id="empty-id"),
    pytest.param(_duplicate_actor, "actors[2].id", 'duplicate actor id "rs" (also actors[0].id)',
                 id="duplicate-actor-id"),
]  # fmt: skip


@pytest.mark.parametrize(("change", "path", "message"), BAD_FIELDS)
def test_bad_field_is_named_by_its_path(
    change: Callable[[dict[str, Any]], None], path: str, message: str
) -> None:
    doc = sample_dict()
    change(doc)
    for read in (
        lambda: refstance.from_dict(doc),
        lambda: refstance.from_json(json.dumps(doc, default=str)),
    ):
        with pytest.raises(SchemaError) as info:
            read()
        error = info.value
        assert isinstance(error, RefstanceError)
        assert isinstance(error, ValueError)
        assert error.path == path
        assert str(error).startswith(f"{path}: {message}")


BAD_DOCUMENTS = [
    pytest.param("{not json", "", "not valid JSON: expecting property name enclosed in double "
                 "quotes at line 1, column 2", id="not-json"),
    pytest.param("", "", "not valid JSON: expecting value at line 1, column 1", id="empty"),
    pytest.param('{"schema": "refstance/1", "text": NaN}', "", "not valid JSON: NaN is not a JSON",
                 id="nan"),
    pytest.param('{"schema": "refstance/1", "text": "a", "text": "b"}', "",
                 'not valid JSON: the key "text" appears twice', id="duplicate-key"),
    pytest.param("[1, 2]", "", "expected an object at the top level, got an array",
                 id="top-level-array"),
    pytest.param('"text"', "", 'expected an object at the top level, got "text"',
                 id="top-level-string"),
    pytest.param('{"schema": "refstance/999", "text": ""}', "schema",
                 'unknown schema version "refstance/999"; this version of refstance reads '
                 '"refstance/1"', id="future-version"),
    pytest.param('{"schema": 1, "text": ""}', "schema",
                 'expected a schema version such as "refstance/1", got 1', id="version-number"),
    pytest.param('{"text": ""}', "schema", "missing schema version", id="no-version"),
    pytest.param(b'{"schema": "refstance/1", "text": "\xff"}', "",
                 "not UTF-8 text (byte 0xff at offset 35)", id="not-utf8"),
]  # fmt: skip


@pytest.mark.parametrize(("document", "path", "message"), BAD_DOCUMENTS)
def test_bad_document(document: str | bytes, path: str, message: str) -> None:
    with pytest.raises(SchemaError) as info:
        refstance.from_json(document)
    assert isinstance(info.value, RefstanceError)
    assert isinstance(info.value, ValueError)
    assert info.value.path == path
    assert str(info.value).startswith(f"{path}: {message}" if path else message)


def test_broken_json_is_located_by_line_and_column() -> None:
    # The wording of the reason is Python's own (it changes between versions); the place is ours.
    with pytest.raises(SchemaError, match=r"^not valid JSON: .+ at line 3, column 1$"):
        refstance.from_json('{"schema": "refstance/1",\n "text": "a",\n}')


def test_the_other_schema_version_is_named_in_from_dict_too() -> None:
    with pytest.raises(SchemaError, match=r'^schema: unknown schema version "refstance/2"'):
        refstance.from_dict({"schema": "refstance/2", "start": 0, "end": 0}, Span)


def test_schema_key_is_only_allowed_at_the_top() -> None:
    doc = sample_dict()
    doc["actors"][0]["schema"] = "refstance/1"
    with pytest.raises(SchemaError, match=r"^actors\[0\]\.schema: unknown field"):
        refstance.from_dict(doc)


def test_bom_is_tolerated() -> None:
    text = refstance.to_json(Span(start=1, end=3))
    assert refstance.from_json("\ufeff" + text, Span) == Span(start=1, end=3)
    assert refstance.from_json(b"\xef\xbb\xbf" + text.encode(), Span) == Span(start=1, end=3)


# --------------------------------------------------------------------------- JSON Lines


@given(st.lists(articles(), max_size=3))
@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_jsonl_round_trip(many: list[Article]) -> None:
    buffer = io.StringIO()
    assert refstance.write_jsonl(many, buffer) == len(many)
    lines = buffer.getvalue().splitlines(keepends=True)
    assert len([x for x in lines if x.endswith("\n")]) == len(many)
    assert list(refstance.read_jsonl(io.StringIO(buffer.getvalue()))) == many
    binary = io.BytesIO(buffer.getvalue().encode("utf-8"))
    assert list(refstance.read_jsonl(binary)) == many


def test_jsonl_skips_blank_lines_and_names_the_bad_line() -> None:
    good = refstance.to_json(Span(start=0, end=1))
    bad = good.replace('"end": 1', '"end": "one"')
    lines = [good, "", good, bad, good]
    reader = refstance.read_jsonl([line + "\n" for line in lines], Span)
    assert next(reader) == Span(start=0, end=1)
    assert next(reader) == Span(start=0, end=1)
    with pytest.raises(SchemaError) as info:
        next(reader)
    assert str(info.value) == 'line 4: end: expected an integer, got "one"'
    assert info.value.path == "end"


def test_jsonl_names_the_line_of_broken_json() -> None:
    reader = refstance.read_jsonl(
        io.StringIO('{"schema": "refstance/1", "start": 0, "end": 0}\n{\n'), Span
    )
    with pytest.raises(SchemaError, match=r"^line 2: not valid JSON: .* at line 1, column 2$"):
        list(reader)


# --------------------------------------------------------------------------- JSON Schema


def test_json_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = refstance.json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["required"][:2] == ["schema", "text"]
    assert schema["$defs"]["Position"]["enum"] == [p.value for p in Position]
    assert schema["$defs"]["Span"]["properties"]["start"] == {"type": "integer", "minimum": 0}
    assert schema["$defs"]["Actor"]["properties"]["id"] == {"type": "string", "minLength": 1}
    assert schema["$defs"]["ChoiceResult"]["properties"]["percent"] == {"type": ["number", "null"]}
    assert json.loads(json.dumps(schema)) == schema


def test_sample_validates_and_bad_documents_do_not() -> None:
    validator = jsonschema.Draft202012Validator(refstance.json_schema())
    doc = json.loads(refstance.to_json(sample()))
    validator.validate(doc)
    for change in (
        _set("stances[0].position", "maybe"),
        _set("statements[0].speakr", "rs"),
        _set("schema", "refstance/999"),
        _set(f"{R}.electorate", 10.5),
        _delete("referendums[0].id"),
    ):
        bad = copy.deepcopy(doc)
        change(bad)
        assert not validator.is_valid(bad)


# --------------------------------------------------------------------------- the docs


def test_the_example_in_the_format_docs_is_what_to_json_writes() -> None:
    page = (Path(__file__).parent.parent / "docs" / "json-format.md").read_text("utf-8")
    example = page.split("```json\n", 1)[1].split("\n```", 1)[0]
    article = refstance.from_json(example)
    assert refstance.to_json(article, indent=2) == example
    assert article.slice(article.statements[0].span) == article.statements[0].text
    jsonschema.validate(json.loads(example), refstance.json_schema())
