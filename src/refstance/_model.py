"""The typed model of a news article about referendums.

Every class is an attrs class that is frozen, slotted and keyword-only; collections are
tuples; fixed vocabularies are :class:`enum.Enum` with lower-case string values. Construction
checks shape and types only: a share of 199.23 % is representable, and
:func:`refstance.validate` reports it.

>>> span = Span(start=4, end=9)
>>> span.slice("The quick fox")
'quick'
>>> Span(start=5, end=2)
Traceback (most recent call last):
...
refstance._errors.ModelError: Span: start 5 is after end 2
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

import attrs

from refstance._errors import ModelError, ValidationError

__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "ChoiceResult",
    "Finding",
    "Position",
    "Referendum",
    "RegionResult",
    "Report",
    "Severity",
    "Span",
    "Stance",
    "StateStance",
    "Statement",
    "StatementKind",
]

_T = TypeVar("_T")


# --------------------------------------------------------------------------- vocabularies


class ActorKind(enum.Enum):
    """What sort of actor an :class:`Actor` is."""

    PERSON = "person"
    STATE = "state"
    ORGANIZATION = "organization"
    GROUP = "group"


class StatementKind(enum.Enum):
    """``direct``: words in quotation marks or a block quote; ``indirect``: reported speech."""

    DIRECT = "direct"
    INDIRECT = "indirect"


class Position(enum.Enum):
    """An actor's position on a referendum.

    ``reject``: refuses to recognise the vote or its result (illegal, sham, null and void);
    ``recognize``: accepts it as legitimate or binding, congratulates the winners;
    ``support`` / ``oppose``: backs the Yes / the No side of the ballot;
    ``neutral``: takes no side, or only calls for dialogue.
    """

    REJECT = "reject"
    RECOGNIZE = "recognize"
    SUPPORT = "support"
    OPPOSE = "oppose"
    NEUTRAL = "neutral"


class Severity(enum.Enum):
    """How sure validation is that a finding is a real problem."""

    ERROR = "error"
    WARNING = "warning"


# --------------------------------------------------------------------------- field helpers


def _tuple_of(kind: type[_T] | tuple[type, ...], name: str) -> Callable[[Iterable[_T]], tuple[_T, ...]]:
    """A converter that makes a tuple and checks each member's type."""

    def convert(value: Iterable[_T]) -> tuple[_T, ...]:
        if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
            raise ModelError(f"{name}: expected a sequence, got {type(value).__name__}")
        items = tuple(value)
        for i, item in enumerate(items):
            if not isinstance(item, kind):
                want = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
                raise ModelError(f"{name}[{i}]: expected {want}, got {type(item).__name__}")
        return items

    return convert


def _decimal_or_none(value: object) -> Decimal | None:
    """Accept a ``Decimal``, an ``int``, a numeric string or a ``float`` (via its repr)."""
    if value is None or isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        raise ModelError(f"expected a number, got {value!r}")
    if isinstance(value, (int, str)):
        try:
            result = Decimal(value)
        except InvalidOperation:
            raise ModelError(f"expected a number, got {value!r}") from None
        if not result.is_finite():
            raise ModelError(f"expected a finite number, got {value!r}")
        return result
    if isinstance(value, float):
        return _decimal_or_none(repr(value))
    raise ModelError(f"expected a number, got {type(value).__name__}")


def _check_type(kind: type | tuple[type, ...], optional: bool = False) -> Callable[[Any, Any, Any], None]:
    """An attrs validator that raises :class:`ModelError` naming class and field."""

    def check(instance: Any, attribute: Any, value: Any) -> None:
        if value is None and optional:
            return
        # a bool is an int to Python, never a count to us
        ok = not (isinstance(value, bool) and kind is int) and isinstance(value, kind)
        if not ok:
            want = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
            raise ModelError(
                f"{type(instance).__name__}.{attribute.name}: expected {want}"
                f"{' or None' if optional else ''}, got {type(value).__name__} {value!r:.60}"
            )

    return check


def _non_empty(instance: Any, attribute: Any, value: str) -> None:
    if not value:
        raise ModelError(f"{type(instance).__name__}.{attribute.name}: must not be empty")


def _enum(kind: type[enum.Enum]) -> Callable[[object], Any]:
    def convert(value: object) -> Any:
        if isinstance(value, kind):
            return value
        try:
            return kind(value)
        except ValueError:
            allowed = ", ".join(repr(m.value) for m in kind)
            raise ModelError(f"expected one of {allowed}, got {value!r}") from None

    return convert


def _to_actor_kind(value: object) -> ActorKind:
    result: ActorKind = _enum(ActorKind)(value)
    return result


def _to_position(value: object) -> Position:
    result: Position = _enum(Position)(value)
    return result


def _to_severity(value: object) -> Severity:
    result: Severity = _enum(Severity)(value)
    return result


def _to_statement_kind(value: object) -> StatementKind:
    result: StatementKind = _enum(StatementKind)(value)
    return result


# --------------------------------------------------------------------------- classes


def _actor_tuple(value: Iterable[Any]) -> tuple[Actor, ...]:
    return _tuple_of(Actor, "Actor")(value)


def _choice_tuple(value: Iterable[Any]) -> tuple[ChoiceResult, ...]:
    return _tuple_of(ChoiceResult, "ChoiceResult")(value)


def _finding_tuple(value: Iterable[Any]) -> tuple[Finding, ...]:
    return _tuple_of(Finding, "Finding")(value)


def _referendum_tuple(value: Iterable[Any]) -> tuple[Referendum, ...]:
    return _tuple_of(Referendum, "Referendum")(value)


def _result_tuple(value: Iterable[Any]) -> tuple[RegionResult, ...]:
    return _tuple_of(RegionResult, "RegionResult")(value)


def _span_tuple(value: Iterable[Any]) -> tuple[Span, ...]:
    return _tuple_of(Span, "Span")(value)


def _stance_tuple(value: Iterable[Any]) -> tuple[Stance, ...]:
    return _tuple_of(Stance, "Stance")(value)


def _statement_tuple(value: Iterable[Any]) -> tuple[Statement, ...]:
    return _tuple_of(Statement, "Statement")(value)


def _date_tuple(value: Iterable[Any]) -> tuple[date, ...]:
    return _tuple_of(date, "date")(value)


def _str_tuple(value: Iterable[Any]) -> tuple[str, ...]:
    return _tuple_of(str, "str")(value)



@attrs.frozen(kw_only=True)
class Span:
    """A half-open range of character offsets into :attr:`Article.text`.

    ``text[span.start:span.end]`` is exactly the words the span stands for.
    """

    start: int = attrs.field(validator=_check_type(int))
    end: int = attrs.field(validator=_check_type(int))

    def __attrs_post_init__(self) -> None:
        if self.start < 0:
            raise ModelError(f"Span: start {self.start} is negative")
        if self.start > self.end:
            raise ModelError(f"Span: start {self.start} is after end {self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """The part of *text* this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Whether *other* lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end


def trusted_span(start: int, end: int) -> Span:
    """A :class:`Span` whose offsets the caller guarantees (``0 <= start <= end``), built
    without the checks: the parser makes thousands per article."""
    span: Span = object.__new__(Span)
    object.__setattr__(span, "start", start)
    object.__setattr__(span, "end", end)
    return span


@attrs.frozen(kw_only=True)
class Actor:
    """A person, state, organisation or group named in the article.

    ``id`` is a stable slug unique within the article. ``affiliation`` is the id of the actor
    a person speaks for (a foreign minister's state); ``country`` the ISO 3166-1 alpha-2 code
    where known. ``mentions`` are the spans where the text names the actor.
    """

    id: str = attrs.field(validator=[_check_type(str), _non_empty])
    name: str = attrs.field(validator=[_check_type(str), _non_empty])
    kind: ActorKind = attrs.field(converter=_to_actor_kind)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    role: str | None = attrs.field(default=None, validator=_check_type(str, optional=True))
    affiliation: str | None = attrs.field(default=None, validator=_check_type(str, optional=True))
    country: str | None = attrs.field(default=None, validator=_check_type(str, optional=True))
    mentions: tuple[Span, ...] = attrs.field(
        default=(), converter=_span_tuple
    )


@attrs.frozen(kw_only=True)
class Statement:
    """Words an actor said: a quotation (``direct``) or reported speech (``indirect``).

    ``text`` holds the words without quotation marks or footnote markers; ``span`` is where
    they stand in the article. ``speaker`` is an actor id or ``None`` when the text does not
    say; ``cue`` the reporting verb; ``citation`` a footnote marker such as ``"ii"``;
    ``rule`` names the attribution rule that chose the speaker.
    """

    id: str = attrs.field(validator=[_check_type(str), _non_empty])
    text: str = attrs.field(validator=_check_type(str))
    span: Span = attrs.field(validator=_check_type(Span))
    speaker: str | None = attrs.field(default=None, validator=_check_type(str, optional=True))
    kind: StatementKind = attrs.field(default=StatementKind.DIRECT, converter=_to_statement_kind)
    said_on: date | None = attrs.field(default=None, validator=_check_type(date, optional=True))
    cue: str | None = attrs.field(default=None, validator=_check_type(str, optional=True))
    citation: str | None = attrs.field(default=None, validator=_check_type(str, optional=True))
    rule: str | None = attrs.field(default=None, validator=_check_type(str, optional=True))


@attrs.frozen(kw_only=True)
class Stance:
    """An actor's position on a referendum, with the words it rests on.

    ``evidence`` spans point at the sentences that show the position; ``statements`` are the
    ids of statements it rests on; ``grounds`` the reasons named ("territorial integrity");
    ``rule`` names the rule that found it.
    """

    actor: str = attrs.field(validator=[_check_type(str), _non_empty])
    referendum: str | None = attrs.field(default=None, validator=_check_type(str, optional=True))
    position: Position = attrs.field(converter=_to_position)
    evidence: tuple[Span, ...] = attrs.field(default=(), converter=_span_tuple)
    statements: tuple[str, ...] = attrs.field(
        default=(), converter=_str_tuple
    )
    grounds: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    stated_on: date | None = attrs.field(default=None, validator=_check_type(date, optional=True))
    rule: str | None = attrs.field(default=None, validator=_check_type(str, optional=True))


@attrs.frozen(kw_only=True)
class ChoiceResult:
    """One ballot option's figures: ``yes``, ``no`` or the option's own name (``leave``).

    ``percent`` keeps the written precision (``Decimal("99.23")``); ``votes`` is a count.
    """

    option: str = attrs.field(validator=[_check_type(str), _non_empty])
    percent: Decimal | None = attrs.field(default=None, converter=_decimal_or_none)
    votes: int | None = attrs.field(default=None, validator=_check_type(int, optional=True))


@attrs.frozen(kw_only=True)
class RegionResult:
    """The figures a vote produced in one territory.

    ``region`` is the canonical name, ``region_as_written`` the spelling the text used.
    ``turnout`` is a percentage; ``ballots`` the ballots cast; ``electorate`` the registered
    voters. ``span`` is where the figures stand in the text; ``citation`` a footnote marker.
    """

    region: str = attrs.field(validator=[_check_type(str), _non_empty])
    region_as_written: str | None = attrs.field(
        default=None, validator=_check_type(str, optional=True)
    )
    choices: tuple[ChoiceResult, ...] = attrs.field(
        default=(), converter=_choice_tuple
    )
    turnout: Decimal | None = attrs.field(default=None, converter=_decimal_or_none)
    ballots: int | None = attrs.field(default=None, validator=_check_type(int, optional=True))
    electorate: int | None = attrs.field(default=None, validator=_check_type(int, optional=True))
    span: Span | None = attrs.field(default=None, validator=_check_type(Span, optional=True))
    citation: str | None = attrs.field(default=None, validator=_check_type(str, optional=True))

    def choice(self, option: str) -> ChoiceResult | None:
        """The figures of *option*, or ``None`` when the text gives none."""
        return next((c for c in self.choices if c.option == option), None)


@attrs.frozen(kw_only=True)
class Referendum:
    """A vote the article reports on.

    ``organizer`` is the id of the actor that holds it, ``territory_of`` the id of the state
    whose territory votes; ``regions`` the canonical names of the voting territories;
    ``held`` the dates stated for it; ``results`` its figures per territory.
    """

    id: str = attrs.field(validator=[_check_type(str), _non_empty])
    organizer: str | None = attrs.field(default=None, validator=_check_type(str, optional=True))
    territory_of: str | None = attrs.field(default=None, validator=_check_type(str, optional=True))
    regions: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    question: str | None = attrs.field(default=None, validator=_check_type(str, optional=True))
    held: tuple[date, ...] = attrs.field(default=(), converter=_date_tuple)
    results: tuple[RegionResult, ...] = attrs.field(
        default=(), converter=_result_tuple
    )

    def _repr_html_(self) -> str:
        from refstance._html import referendum_html

        return referendum_html(self)


@attrs.frozen(kw_only=True)
class StateStance:
    """A stance counted for a state: held by the state itself, or by a person speaking for it.

    ``via`` is the id of the actor whose stance it is (the state's own id when direct).
    """

    state: str
    position: Position
    referendum: str | None
    via: str
    stance: Stance


def _unique(kind: str, ids: Iterator[str]) -> None:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            raise ModelError(f"Article: duplicate {kind} id {i!r}")
        seen.add(i)


@attrs.frozen(kw_only=True)
class Article:
    """A news article and everything refstance found in it.

    ``text`` is the article exactly as given; every :class:`Span` in the model indexes into
    it. ``paragraphs`` are the body paragraphs; ``captions`` the image captions and photo
    credits (never part of attribution).
    """

    text: str = attrs.field(validator=_check_type(str))
    published: date | None = attrs.field(default=None, validator=_check_type(date, optional=True))
    title: str | None = attrs.field(default=None, validator=_check_type(str, optional=True))
    source: str | None = attrs.field(default=None, validator=_check_type(str, optional=True))
    paragraphs: tuple[Span, ...] = attrs.field(
        default=(), converter=_span_tuple
    )
    captions: tuple[Span, ...] = attrs.field(
        default=(), converter=_span_tuple
    )
    actors: tuple[Actor, ...] = attrs.field(default=(), converter=_actor_tuple)
    statements: tuple[Statement, ...] = attrs.field(
        default=(), converter=_statement_tuple
    )
    stances: tuple[Stance, ...] = attrs.field(
        default=(), converter=_stance_tuple
    )
    referendums: tuple[Referendum, ...] = attrs.field(
        default=(), converter=_referendum_tuple
    )

    def __attrs_post_init__(self) -> None:
        _unique("actor", (a.id for a in self.actors))
        _unique("statement", (s.id for s in self.statements))
        _unique("referendum", (r.id for r in self.referendums))

    # -- look-ups -----------------------------------------------------------------------

    def actor(self, actor_id: str) -> Actor:
        """The actor with id *actor_id*.

        Raises:
            KeyError: no actor has that id.
        """
        for a in self.actors:
            if a.id == actor_id:
                return a
        raise KeyError(actor_id)

    def find_actor(self, name: str) -> Actor | None:
        """The actor called *name* (or with *name* among its aliases), case-insensitively."""
        want = name.casefold()
        for a in self.actors:
            if a.name.casefold() == want or any(x.casefold() == want for x in a.aliases):
                return a
        return None

    def statement(self, statement_id: str) -> Statement:
        """The statement with id *statement_id* (``KeyError`` when there is none)."""
        for s in self.statements:
            if s.id == statement_id:
                return s
        raise KeyError(statement_id)

    def referendum(self, referendum_id: str) -> Referendum:
        """The referendum with id *referendum_id* (``KeyError`` when there is none)."""
        for r in self.referendums:
            if r.id == referendum_id:
                return r
        raise KeyError(referendum_id)

    def statements_of(self, actor_id: str) -> tuple[Statement, ...]:
        """The statements whose speaker is *actor_id*, in text order."""
        return tuple(s for s in self.statements if s.speaker == actor_id)

    def stances_of(self, actor_id: str) -> tuple[Stance, ...]:
        """The stances the actor *actor_id* itself holds."""
        return tuple(s for s in self.stances if s.actor == actor_id)

    def spokespeople(self, state_id: str) -> tuple[Actor, ...]:
        """The actors whose ``affiliation`` is *state_id*."""
        return tuple(a for a in self.actors if a.affiliation == state_id)

    def state_stances(self) -> tuple[StateStance, ...]:
        """Every stance counted for a state, once per (state, position, referendum, via).

        A state's own stance counts for it; so does the stance of a person whose
        ``affiliation`` is that state.
        """
        by_id = {a.id: a for a in self.actors}
        out: list[StateStance] = []
        seen: set[tuple[str, Position, str | None, str]] = set()
        for s in self.stances:
            holder = by_id.get(s.actor)
            if holder is None:
                continue
            state = holder if holder.kind is ActorKind.STATE else by_id.get(holder.affiliation or "")
            if state is None or state.kind is not ActorKind.STATE:
                continue
            key = (state.id, s.position, s.referendum, holder.id)
            if key in seen:
                continue
            seen.add(key)
            out.append(
                StateStance(
                    state=state.id, position=s.position, referendum=s.referendum, via=holder.id, stance=s
                )
            )
        return tuple(out)

    def slice(self, span: Span) -> str:
        """The words of the article under *span*."""
        return self.text[span.start : span.end]

    def _repr_html_(self) -> str:
        from refstance._html import article_html

        return article_html(self)


# --------------------------------------------------------------------------- validation


@attrs.frozen(kw_only=True)
class Finding:
    """One problem :func:`refstance.validate` found.

    ``code`` is a stable kebab-case name (``share-out-of-range``); ``path`` the field it
    concerns (``referendums[0].results[2].choices[0].percent``); ``span`` where the figure
    stands in the text, when known.
    """

    code: str = attrs.field(validator=[_check_type(str), _non_empty])
    severity: Severity = attrs.field(converter=_to_severity)
    message: str = attrs.field(validator=_check_type(str))
    path: str = attrs.field(default="", validator=_check_type(str))
    span: Span | None = attrs.field(default=None, validator=_check_type(Span, optional=True))

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"{self.severity.value}: {where}{self.message} [{self.code}]"


_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1}


@attrs.frozen(kw_only=True)
class Report:
    """Every finding of a validation run. It never raises unless asked to.

    >>> Report(findings=()).ok
    True
    """

    findings: tuple[Finding, ...] = attrs.field(
        default=(), converter=_finding_tuple
    )

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings of severity ``error``."""
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The findings of severity ``warning``."""
        return tuple(f for f in self.findings if f.severity is Severity.WARNING)

    @property
    def ok(self) -> bool:
        """True when there is no error (warnings allowed)."""
        return not self.errors

    def raise_for_errors(self) -> None:
        """Raise :class:`refstance.ValidationError` carrying the findings when there are errors."""
        if self.errors:
            raise ValidationError(self.findings)

    def __str__(self) -> str:
        if not self.findings:
            return "no findings"
        ordered = sorted(self.findings, key=lambda f: _SEVERITY_ORDER[f.severity])
        return "\n".join(str(f) for f in ordered)
