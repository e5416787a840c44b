"""The model: frozen, slotted, keyword-only classes that check shape and types."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import refstance
from refstance import (
    Actor,
    ActorKind,
    Article,
    ChoiceResult,
    Finding,
    ModelError,
    Position,
    Referendum,
    RefstanceError,
    RegionResult,
    Report,
    Severity,
    Span,
    Stance,
    Statement,
    StateStance,
)
from strategies import STRATEGIES, articles

MODEL_CLASSES = [
    Span,
    Actor,
    Statement,
    Stance,
    ChoiceResult,
    RegionResult,
    Referendum,
    Article,
    Finding,
    Report,
    StateStance,
]


# --------------------------------------------------------------------------- shape


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
def test_every_class_is_a_frozen_slotted_keyword_only_attrs_class(cls: type) -> None:
    assert attrs.has(cls)
    assert "__slots__" in cls.__dict__
    assert all(field.kw_only for field in attrs.fields(cls))


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
@given(data=st.data())
@settings(max_examples=15)
def test_instances_cannot_be_changed(cls: type, data: st.DataObject) -> None:
    obj = data.draw(STRATEGIES[cls])
    first = attrs.fields(cls)[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(obj, first, getattr(obj, first))
    with pytest.raises(AttributeError):
        obj.not_a_field = 1
    assert attrs.evolve(obj) == obj
    assert hash(obj) == hash(attrs.evolve(obj))


def test_arguments_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        Span(1, 2)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        ChoiceResult("yes")  # type: ignore[call-arg]


def test_collections_become_tuples() -> None:
    actor = Actor(id="rs", name="Serbia", kind="state", aliases=["Republic of Serbia"])
    assert actor.aliases == ("Republic of Serbia",)
    assert actor.kind is ActorKind.STATE
    article = Article(text="abc", paragraphs=[Span(start=0, end=3)])
    assert article.paragraphs == (Span(start=0, end=3),)


# --------------------------------------------------------------------------- refusals

_SPAN = Span(start=0, end=3)

REFUSED: list[Any] = [
    pytest.param(lambda: Span(start=5, end=2), "start 5 is after end 2", id="span-reversed"),
    pytest.param(lambda: Span(start=-1, end=2), "start -1 is negative", id="span-negative"),
    pytest.param(
        lambda: Span(start="0", end=2),  # type: ignore[arg-type]
        "Span.start: expected int",
        id="span-str",
    ),
    pytest.param(lambda: Span(start=True, end=2), "Span.start: expected int", id="span-bool"),
    pytest.param(
        lambda: Article(
            text="ab",
            actors=(
                Actor(id="rs", name="Serbia", kind="state"),
                Actor(id="rs", name="Srbija", kind="state"),
            ),
        ),
        "duplicate actor id 'rs'",
        id="duplicate-actor-ids",
    ),
    pytest.param(
        lambda: Article(
            text="ab",
            statements=(
                Statement(id="q1", text="a", span=_SPAN),
                Statement(id="q1", text="b", span=_SPAN),
            ),
        ),
        "duplicate statement id 'q1'",
        id="duplicate-statement-ids",
    ),
    pytest.param(
        lambda: Stance(actor="", position="reject"),
        "Stance.actor: must not be empty",
        id="stance-actor-empty",
    ),
    pytest.param(
        lambda: Stance(actor="rs", position="maybe"),
        "expected one of 'reject', 'recognize', 'support', 'oppose', 'neutral', got 'maybe'",
        id="stance-unknown-position",
    ),
    pytest.param(
        lambda: Actor(id="rs", name="Serbia", kind="country"), "got 'country'", id="actor-kind"
    ),
    pytest.param(
        lambda: Statement(id="q1", text="Never.", span="0:6"),  # type: ignore[arg-type]
        "Statement.span: expected Span",
        id="str-for-span",
    ),
    pytest.param(
        lambda: Actor(id="rs", name="Serbia", kind="state", mentions=("0:6",)),
        "[0]: expected Span, got str",
        id="str-in-span-tuple",
    ),
    pytest.param(
        lambda: Actor(id="rs", name="Serbia", kind="state", aliases="Srbija"),
        "expected a sequence, got str",
        id="str-for-tuple",
    ),
    pytest.param(
        lambda: ChoiceResult(option="yes", percent="lots"), "expected a number", id="percent-word"
    ),
    pytest.param(
        lambda: ChoiceResult(option="yes", votes=12.0),  # type: ignore[arg-type]
        "ChoiceResult.votes: expected int",
        id="votes-float",
    ),
    pytest.param(
        lambda: Statement(
            id="q1",
            text="a",
            span=_SPAN,
            said_on="2022-09-28",  # type: ignore[arg-type]
        ),
        "Statement.said_on: expected date",
        id="str-for-date",
    ),
    pytest.param(
        lambda: Actor(id="", name="Serbia", kind="state"), "must not be empty", id="empty-id"
    ),
]


@pytest.mark.parametrize(("build", "message"), REFUSED)
def test_construction_refuses_bad_shapes(build: Any, message: str) -> None:
    with pytest.raises(ModelError) as info:
        build()
    assert isinstance(info.value, RefstanceError)
    assert isinstance(info.value, ValueError)
    assert message in str(info.value)


def test_a_wrong_figure_is_still_representable() -> None:
    # Construction checks shape only; validate() reports the figure.
    choice = ChoiceResult(option="yes", percent=Decimal("199.23"))
    assert choice.percent == Decimal("199.23")
    assert str(ChoiceResult(option="yes", percent="99.230").percent) == "99.230"
    assert ChoiceResult(option="yes", percent=87.05).percent == Decimal("87.05")
    assert RegionResult(region="Crimea", turnout=Decimal("-3")).turnout == Decimal("-3")


# --------------------------------------------------------------------------- look-ups

TEXT = (
    "Serbia will not recognise the votes, its foreign minister Ana Kovač said. "
    '"It is a farce," she said. The Union called for dialogue.'
)


def article() -> Article:
    return Article(
        text=TEXT,
        actors=(
            Actor(id="rs", name="Serbia", kind=ActorKind.STATE),
            Actor(
                id="ana-kovac",
                name="Ana Kovač",
                kind=ActorKind.PERSON,
                aliases=("Kovač",),
                role="foreign minister",
                affiliation="rs",
            ),
            Actor(id="union", name="The Union", kind=ActorKind.ORGANIZATION),
            Actor(id="lone", name="Lone Voice", kind=ActorKind.PERSON, affiliation="union"),
        ),
        statements=(
            Statement(
                id="q1", text="It is a farce,", span=Span(start=75, end=89), speaker="ana-kovac"
            ),
        ),
        stances=(
            Stance(actor="rs", referendum="r1", position=Position.REJECT),
            Stance(
                actor="ana-kovac", referendum="r1", position=Position.REJECT, statements=("q1",)
            ),
            Stance(actor="union", referendum="r1", position=Position.NEUTRAL),
            Stance(actor="lone", referendum="r1", position=Position.SUPPORT),
            Stance(actor="ghost", referendum="r1", position=Position.RECOGNIZE),
        ),
        referendums=(Referendum(id="r1", held=(date(2022, 9, 23),)),),
    )


def test_actor_lookup() -> None:
    a = article()
    assert a.actor("rs").name == "Serbia"
    with pytest.raises(KeyError):
        a.actor("ghost")
    assert a.find_actor("kovač") is a.actor("ana-kovac")
    assert a.find_actor("nobody") is None
    assert a.spokespeople("rs") == (a.actor("ana-kovac"),)


def test_statements_and_stances_of_an_actor() -> None:
    a = article()
    assert [s.id for s in a.statements_of("ana-kovac")] == ["q1"]
    assert a.statements_of("rs") == ()
    assert [s.position for s in a.stances_of("ana-kovac")] == [Position.REJECT]
    assert a.stances_of("nobody") == ()
    assert a.statement("q1").speaker == "ana-kovac"
    assert a.referendum("r1").held == (date(2022, 9, 23),)


def test_state_stances_count_a_spokesperson_for_their_state() -> None:
    counted = article().state_stances()
    assert [(s.state, s.position, s.via) for s in counted] == [
        ("rs", Position.REJECT, "rs"),
        ("rs", Position.REJECT, "ana-kovac"),
    ]
    assert counted[1].stance.statements == ("q1",)
    # An organisation's stance, one of its members', and an unknown holder's count for no state.
    assert all(s.state == "rs" for s in counted)


def test_slice_gives_back_the_words() -> None:
    a = article()
    assert a.slice(a.statement("q1").span) == "It is a farce,"


@given(articles())
@settings(max_examples=40)
def test_generated_spans_lie_within_the_text(a: Article) -> None:
    spans = [*a.paragraphs, *a.captions]
    spans += [m for actor in a.actors for m in actor.mentions]
    spans += [s.span for s in a.statements]
    assert all(0 <= s.start <= s.end <= len(a.text) for s in spans)


def test_report_properties() -> None:
    error = Finding(code="share-out-of-range", severity=Severity.ERROR, message="Too big.")
    warning = Finding(code="sum-short", severity="warning", message="Short.", path="x")
    report = Report(findings=(error, warning))
    assert report.errors == (error,)
    assert report.warnings == (warning,)
    assert not report.ok
    with pytest.raises(refstance.ValidationError):
        report.raise_for_errors()
    Report(findings=(warning,)).raise_for_errors()
