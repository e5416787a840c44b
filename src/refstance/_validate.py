"""Validation: every finding about an :class:`Article`, a :class:`Referendum` or a result.

:func:`validate` walks the object, collects a :class:`Finding` for each problem it sees and
returns them in a :class:`Report`. It never raises on a model object, however inconsistent:
the point is to tell an analyst whether a figure is a misprint, an inconsistent source or a
real result, not to stop the pipeline. ``Report.raise_for_errors()`` raises when asked.

>>> from refstance import ChoiceResult, RegionResult
>>> result = RegionResult(region="Donetsk", choices=[ChoiceResult(option="yes", percent="199.23")])
>>> for finding in validate(result).findings:
...     print(finding.path, finding.code)
choices shares-above-100
choices[0].percent share-out-of-range
>>> print(validate(result).findings[1].message)
share 199.23 for "yes" in Donetsk is above 100

Figures keep the precision they were written with, and a share written with *d* decimals
stands for any value within ±0.5·10^-d, so ``yes`` 50.05 and ``no`` 49.96 are fine:

>>> yes = ChoiceResult(option="yes", percent="50.05")
>>> no = ChoiceResult(option="no", percent="49.96")
>>> validate(RegionResult(region="Oz", choices=[yes, no])).ok
True
>>> no = ChoiceResult(option="no", percent="52.3")
>>> validate(RegionResult(region="Oz", choices=[yes, no])).errors[0].code
'shares-above-100'
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import Context, Decimal, localcontext
from typing import Final

import attrs

from refstance._errors import UnsupportedTypeError
from refstance._model import (
    Actor,
    Article,
    ChoiceResult,
    Finding,
    Referendum,
    RegionResult,
    Report,
    Severity,
    Span,
    Stance,
    Statement,
)

__all__ = ["CODES", "validate"]

_E = Severity.ERROR
_W = Severity.WARNING

#: Every finding code :func:`validate` can report, with its severity. Codes are stable.
CODES: Final[Mapping[str, Severity]] = {
    "share-out-of-range": _E,
    "turnout-out-of-range": _E,
    "count-out-of-range": _E,
    "figure-not-finite": _E,
    "shares-above-100": _E,
    "shares-below-100": _W,
    "votes-disagree-with-share": _E,
    "votes-above-ballots": _E,
    "ballots-above-electorate": _E,
    "turnout-disagrees-with-counts": _E,
    "conflicting-results": _E,
    "region-not-listed": _W,
    "date-after-publication": _E,
    "unknown-actor": _E,
    "unknown-statement": _E,
    "unknown-referendum": _E,
    "span-out-of-range": _E,
    "statement-text-mismatch": _E,
}

_SEVERITY_RANK: Final = {Severity.ERROR: 0, Severity.WARNING: 1}

#: Pairs of options that, both present, make up a whole ballot.
_COMPLETE_PAIRS: Final[tuple[frozenset[str], ...]] = (
    frozenset({"yes", "no"}),
    frozenset({"leave", "remain"}),
    frozenset({"for", "against"}),
)

_HUNDRED: Final = Decimal(100)
_ZERO: Final = Decimal(0)

# Words of a statement, and footnote markers ("[iv]", "[12]") the parser strips from quotes.
_WORD: Final = re.compile(r"\w+")
_FOOTNOTE: Final = re.compile(r"\[(?:[ivxlcdm]{1,8}|[0-9]{1,4})\]", re.IGNORECASE)


# --------------------------------------------------------------------------- locations


def _ranks(cls: type) -> dict[str, int]:
    return {a.name: i for i, a in enumerate(attrs.fields(cls))}


_RANKS: Final[dict[type, dict[str, int]]] = {
    cls: _ranks(cls)
    for cls in (Article, Actor, Statement, Stance, Referendum, RegionResult, ChoiceResult)
}


@attrs.frozen
class _Loc:
    """A field path as text (``results[2].turnout``) and as a sort key in field order."""

    text: str = ""
    key: tuple[int, ...] = ()

    def attr(self, owner: type, name: str) -> _Loc:
        return _Loc(f"{self.text}.{name}" if self.text else name, (*self.key, _RANKS[owner][name]))

    def item(self, index: int) -> _Loc:
        return _Loc(f"{self.text}[{index}]", (*self.key, index))


@attrs.define
class _Ctx:
    """What the walk knows about the object being validated, and what it found."""

    text: str | None = None
    published: date | None = None
    actor_ids: frozenset[str] | None = None
    found: list[tuple[tuple[int, ...], Finding]] = attrs.Factory(list)

    def add(self, code: str, loc: _Loc, message: str, span: Span | None = None) -> None:
        finding = Finding(
            code=code, severity=CODES[code], message=message, path=loc.text, span=span
        )
        self.found.append((loc.key, finding))

    def report(self) -> Report:
        ordered = sorted(self.found, key=lambda kf: (_SEVERITY_RANK[kf[1].severity], kf[0]))
        return Report(findings=tuple(f for _, f in ordered))


# --------------------------------------------------------------------------- figures


def _half_unit(x: Decimal) -> Decimal:
    """Half a unit of the last written digit: 99.23 → 0.005, 12.5 → 0.05, 80 → 0.5."""
    exponent = x.as_tuple().exponent
    decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return Decimal(5).scaleb(-decimals - 1)


def _share_range(x: Decimal) -> tuple[Decimal, Decimal]:
    h = _half_unit(x)
    return x - h, x + h


def _count_slack(n: int) -> Decimal:
    """How far a count may be from the truth because it was written rounded.

    A count with three or more trailing zeros may stand for a rounded figure ("1.6 million");
    it is taken to be exact to its second significant digit at least. Other counts are exact.
    """
    if n <= 0 or n.bit_length() > 256:
        return _ZERO
    digits = str(n)
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros < 3:
        return _ZERO
    unit = min(zeros, len(digits) - 2)
    return Decimal(5).scaleb(unit - 1)


def _ratio_range(part: int, whole: int) -> tuple[Decimal, Decimal] | None:
    """The percentage *part* of *whole* may be, allowing for rounded counts."""
    sp, sw = _count_slack(part), _count_slack(whole)
    low_whole = Decimal(whole) - sw
    if whole <= 0 or low_whole <= 0:
        return None
    low = max(Decimal(part) - sp, _ZERO) / (Decimal(whole) + sw) * _HUNDRED
    high = (Decimal(part) + sp) / low_whole * _HUNDRED
    return low, high


def _overlap(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _pct(part: int, whole: int) -> str:
    return f"{Decimal(part) / Decimal(whole) * _HUNDRED:.2f}%"


def _n(count: int) -> str:
    """A count the way a reader writes it: 1,000,000."""
    if count.bit_length() > 10_000:  # str() of a huge int is refused by Python
        return f"a {count.bit_length()}-bit number"
    return f"{count:,}"


def _finite(value: Decimal | None) -> bool:
    return value is not None and value.is_finite()


def _as_date(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


# --------------------------------------------------------------------------- results


def _is_complete(result: RegionResult, options: frozenset[str]) -> bool:
    """Whether *result* gives every option of its ballot.

    It does when it names at least two options and either names every option that any result
    of the same referendum names, or both options of a known pair (yes/no, leave/remain,
    for/against).
    """
    own = frozenset(c.option.casefold() for c in result.choices)
    if len(own) < 2:
        return False
    return own >= options or any(pair <= own for pair in _COMPLETE_PAIRS)


def _check_result(ctx: _Ctx, result: RegionResult, loc: _Loc, options: frozenset[str]) -> None:
    where = result.region
    span = result.span
    complete = _is_complete(result, options)
    choices_loc = loc.attr(RegionResult, "choices")

    # -- ranges
    for i, choice in enumerate(result.choices):
        cloc = choices_loc.item(i)
        what = f'for "{choice.option}" in {where}'
        if choice.percent is not None:
            ploc = cloc.attr(ChoiceResult, "percent")
            _check_percent(ctx, "share", choice.percent, what, ploc, span)
        if choice.votes is not None and choice.votes < 0:
            ctx.add(
                "count-out-of-range",
                cloc.attr(ChoiceResult, "votes"),
                f"{_n(choice.votes)} votes {what} is a negative count",
                span,
            )
    if result.turnout is not None:
        tloc = loc.attr(RegionResult, "turnout")
        _check_percent(ctx, "turnout", result.turnout, f"in {where}", tloc, span)
    for name in ("ballots", "electorate"):
        count: int | None = getattr(result, name)
        if count is not None and count < 0:
            ctx.add(
                "count-out-of-range",
                loc.attr(RegionResult, name),
                f"{name} {_n(count)} in {where} is a negative count",
                span,
            )

    _check_sums(ctx, result, choices_loc, complete)
    _check_votes(ctx, result, loc, complete)
    _check_turnout(ctx, result, loc)

    if span is not None and ctx.text is not None:
        _check_span(ctx, span, loc.attr(RegionResult, "span"))


def _check_percent(
    ctx: _Ctx, kind: str, value: Decimal, what: str, loc: _Loc, span: Span | None
) -> None:
    """A share or a turnout must be a number from 0 to 100."""
    code = "share-out-of-range" if kind == "share" else "turnout-out-of-range"
    if not value.is_finite():
        ctx.add("figure-not-finite", loc, f"{kind} {value} {what} is not a number", span)
    elif value > _HUNDRED:
        ctx.add(code, loc, f"{kind} {value} {what} is above 100", span)
    elif value < _ZERO:
        ctx.add(code, loc, f"{kind} {value} {what} is below 0", span)


def _check_sums(ctx: _Ctx, result: RegionResult, loc: _Loc, complete: bool) -> None:
    shares = [(c.option, c.percent) for c in result.choices if c.percent is not None]
    if not shares or not all(p.is_finite() for _, p in shares):
        return
    total = sum((p for _, p in shares), _ZERO)
    low = sum((_share_range(p)[0] for _, p in shares), _ZERO)
    high = sum((_share_range(p)[1] for _, p in shares), _ZERO)
    terms = " + ".join(f'{p} for "{o}"' for o, p in shares)
    if low > _HUNDRED:
        ctx.add(
            "shares-above-100",
            loc,
            f"shares in {result.region} add up to {total} ({terms}), "
            "more than 100 even allowing for rounding",
            result.span,
        )
    elif complete and len(shares) == len(result.choices) and high < _HUNDRED:
        ctx.add(
            "shares-below-100",
            loc,
            f"shares in {result.region} add up to only {total} ({terms}) though every option "
            "is given; the rest may be invalid or blank ballots",
            result.span,
        )


def _check_votes(ctx: _Ctx, result: RegionResult, loc: _Loc, complete: bool) -> None:
    choices_loc = loc.attr(RegionResult, "choices")
    votes = [c.votes for c in result.choices if c.votes is not None]
    if any(v < 0 for v in votes):
        return
    ballots = result.ballots if result.ballots is not None and result.ballots > 0 else None
    valid: int | None = None
    if complete and votes and len(votes) == len(result.choices):
        valid = sum(votes)
    cast = result.ballots
    if cast is not None and cast >= 0 and votes:
        total = sum(votes)
        if total - _count_slack(total) > cast + _count_slack(cast):
            ctx.add(
                "votes-above-ballots",
                loc.attr(RegionResult, "ballots"),
                f"votes for the options in {result.region} add up to {_n(total)}, "
                f"more than the {_n(cast)} ballots cast",
                result.span,
            )
    for i, choice in enumerate(result.choices):
        if choice.votes is None or not _finite(choice.percent):
            continue
        assert choice.percent is not None
        share = _share_range(choice.percent)
        tried: list[str] = []
        agrees = False
        bases = ((ballots, "ballots cast"), (valid, "valid votes (the options' votes summed)"))
        for base, label in bases:
            if base is None:
                continue
            rng = _ratio_range(choice.votes, base)
            if rng is None:
                continue
            if _overlap(share, rng):
                agrees = True
                break
            tried.append(f"{_pct(choice.votes, base)} of {_n(base)} {label}")
        if agrees or not tried:
            continue
        ctx.add(
            "votes-disagree-with-share",
            choices_loc.item(i).attr(ChoiceResult, "votes"),
            f'share {choice.percent} for "{choice.option}" in {result.region} disagrees with '
            f"its {_n(choice.votes)} votes, which are {' and '.join(tried)}",
            result.span,
        )


def _check_turnout(ctx: _Ctx, result: RegionResult, loc: _Loc) -> None:
    ballots, electorate = result.ballots, result.electorate
    if ballots is None or electorate is None or ballots < 0 or electorate <= 0:
        return
    if ballots - _count_slack(ballots) > electorate + _count_slack(electorate):
        ctx.add(
            "ballots-above-electorate",
            loc.attr(RegionResult, "ballots"),
            f"{_n(ballots)} ballots in {result.region} exceed the electorate of {_n(electorate)}",
            result.span,
        )
        return
    turnout = result.turnout
    if not _finite(turnout):
        return
    assert turnout is not None
    rng = _ratio_range(ballots, electorate)
    if rng is not None and not _overlap(_share_range(turnout), rng):
        ctx.add(
            "turnout-disagrees-with-counts",
            loc.attr(RegionResult, "turnout"),
            f"turnout {turnout} in {result.region} disagrees with {_n(ballots)} ballots "
            f"of an electorate of {_n(electorate)}, which is {_pct(ballots, electorate)}",
            result.span,
        )


_FieldRef = tuple[str, "int | None"]


def _conflicts(a: RegionResult, b: RegionResult) -> Iterable[tuple[str, _FieldRef, str, str]]:
    """(what, field of *b*, figure in *a*, figure in *b*) for each figure the two disagree on."""
    if _finite(a.turnout) and _finite(b.turnout):
        assert a.turnout is not None
        assert b.turnout is not None
        if not _overlap(_share_range(a.turnout), _share_range(b.turnout)):
            yield "turnout", ("turnout", None), str(a.turnout), str(b.turnout)
    for name in ("ballots", "electorate"):
        x, y = getattr(a, name), getattr(b, name)
        if x is not None and y is not None and _counts_differ(x, y):
            yield name, (name, None), _n(x), _n(y)
    for j, cb in enumerate(b.choices):
        ca = a.choice(cb.option)
        if ca is None:
            continue
        if _finite(ca.percent) and _finite(cb.percent):
            assert ca.percent is not None
            assert cb.percent is not None
            if not _overlap(_share_range(ca.percent), _share_range(cb.percent)):
                what = f'shares for "{cb.option}"'
                yield what, ("percent", j), str(ca.percent), str(cb.percent)
        if ca.votes is not None and cb.votes is not None and _counts_differ(ca.votes, cb.votes):
            yield f'votes for "{cb.option}"', ("votes", j), _n(ca.votes), _n(cb.votes)


def _counts_differ(x: int, y: int) -> bool:
    return abs(x - y) > _count_slack(x) + _count_slack(y)


def _check_duplicates(ctx: _Ctx, results: Sequence[RegionResult], loc: _Loc) -> None:
    first: dict[str, list[int]] = {}
    for j, b in enumerate(results):
        earlier = first.setdefault(b.region.casefold(), [])
        reported: set[_FieldRef] = set()
        for i in earlier:
            for what, (name, choice), fig_a, fig_b in _conflicts(results[i], b):
                if (name, choice) in reported:
                    continue
                reported.add((name, choice))
                bloc = loc.item(j)
                floc = (
                    bloc.attr(RegionResult, name)
                    if choice is None
                    else bloc.attr(RegionResult, "choices").item(choice).attr(ChoiceResult, name)
                )
                ctx.add(
                    "conflicting-results",
                    floc,
                    f"{b.region} is reported twice with different {what}: {fig_a} in "
                    f"{loc.item(i).text} and {fig_b} in {bloc.text}",
                    b.span,
                )
        earlier.append(j)


# --------------------------------------------------------------------------- referendums


def _check_referendum(ctx: _Ctx, ref: Referendum, loc: _Loc, name: str) -> None:
    if ctx.actor_ids is not None:
        for field in ("organizer", "territory_of"):
            actor_id: str | None = getattr(ref, field)
            if actor_id is not None and actor_id not in ctx.actor_ids:
                ctx.add(
                    "unknown-actor",
                    loc.attr(Referendum, field),
                    f'{name} names actor "{actor_id}" as its {field.replace("_", " ")}, '
                    "but the article has no such actor",
                )
    if ctx.published is not None and ref.results:
        for k, held in enumerate(ref.held):
            if _as_date(held) > ctx.published:
                ctx.add(
                    "date-after-publication",
                    loc.attr(Referendum, "held").item(k),
                    f"{name} is reported with results but held on {held.isoformat()}, "
                    f"after the article's publication on {ctx.published.isoformat()}",
                )
    results_loc = loc.attr(Referendum, "results")
    listed = {r.casefold() for r in ref.regions}
    options = frozenset(c.option.casefold() for r in ref.results for c in r.choices)
    for j, result in enumerate(ref.results):
        rloc = results_loc.item(j)
        if listed and result.region.casefold() not in listed:
            ctx.add(
                "region-not-listed",
                rloc.attr(RegionResult, "region"),
                f"a result is given for {result.region}, which is not among the regions of "
                f"{name} ({', '.join(ref.regions)})",
                result.span,
            )
        _check_result(ctx, result, rloc, options)
    _check_duplicates(ctx, ref.results, results_loc)


# --------------------------------------------------------------------------- articles


def _check_span(ctx: _Ctx, span: Span, loc: _Loc) -> bool:
    """Report *span* when it ends beyond the text; return whether it is in range."""
    assert ctx.text is not None
    if span.end <= len(ctx.text):
        return True
    ctx.add(
        "span-out-of-range",
        loc,
        f"span {span.start}-{span.end} ends beyond the end of the text, "
        f"which has {len(ctx.text)} characters",
        span,
    )
    return False


def _words(text: str, marker: str = "") -> list[str]:
    """The words of *text*, case-folded, with footnote markers replaced by *marker*."""
    return [w.casefold() for w in _WORD.findall(_FOOTNOTE.sub(marker, text))]


def _in_order(words: list[str], text: str) -> str | None:
    """The first of *words* that does not follow in order in *text*, or ``None``.

    A footnote marker is taken out of *text* both ways the parser may have done it (deleted,
    or replaced by a space), so "reporters[iv]0" holds "reporters0" as well as "reporters 0".
    """
    missing: str | None = None
    for marker in ("", " "):
        remaining = iter(_words(text, marker))
        missing = next((w for w in words if w not in remaining), None)
        if missing is None:
            return None
    return missing


def _check_statement_text(ctx: _Ctx, st: Statement, loc: _Loc) -> None:
    assert ctx.text is not None
    held = st.span.slice(ctx.text)
    word = _in_order(_words(st.text), held)
    if word is not None:
        excerpt = held if len(held) <= 60 else held[:57] + "..."
        ctx.add(
            "statement-text-mismatch",
            loc.attr(Statement, "text"),
            f'the text of statement {st.id} is not what its span holds: "{word}" does not '
            f'follow in order in "{excerpt}"',
            st.span,
        )


def _check_article(ctx: _Ctx, article: Article) -> None:
    root = _Loc()
    actor_ids = ctx.actor_ids or frozenset()
    statement_ids = {s.id for s in article.statements}
    referendum_ids = {r.id for r in article.referendums}
    published = ctx.published

    for name in ("paragraphs", "captions"):
        spans: tuple[Span, ...] = getattr(article, name)
        for i, span in enumerate(spans):
            _check_span(ctx, span, root.attr(Article, name).item(i))

    for i, actor in enumerate(article.actors):
        aloc = root.attr(Article, "actors").item(i)
        first = actor.mentions[0] if actor.mentions else None
        _dangling(
            ctx,
            actor.affiliation,
            actor_ids,
            "unknown-actor",
            aloc.attr(Actor, "affiliation"),
            f'actor {actor.id} is affiliated with actor "{actor.affiliation}", '
            "but the article has no such actor",
            first,
        )
        for k, span in enumerate(actor.mentions):
            _check_span(ctx, span, aloc.attr(Actor, "mentions").item(k))

    for i, st in enumerate(article.statements):
        sloc = root.attr(Article, "statements").item(i)
        _dangling(
            ctx,
            st.speaker,
            actor_ids,
            "unknown-actor",
            sloc.attr(Statement, "speaker"),
            f'statement {st.id} is attributed to actor "{st.speaker}", '
            "but the article has no such actor",
            st.span,
        )
        _after_publication(
            ctx,
            st.said_on,
            published,
            sloc.attr(Statement, "said_on"),
            f"statement {st.id}",
            st.span,
        )
        if _check_span(ctx, st.span, sloc.attr(Statement, "span")):
            _check_statement_text(ctx, st, sloc)

    for i, stance in enumerate(article.stances):
        xloc = root.attr(Article, "stances").item(i)
        first = stance.evidence[0] if stance.evidence else None
        who = f"the stance of {stance.actor}"
        _dangling(
            ctx,
            stance.actor,
            actor_ids,
            "unknown-actor",
            xloc.attr(Stance, "actor"),
            f'a stance is held by actor "{stance.actor}", but the article has no such actor',
            first,
        )
        _dangling(
            ctx,
            stance.referendum,
            referendum_ids,
            "unknown-referendum",
            xloc.attr(Stance, "referendum"),
            f'{who} concerns referendum "{stance.referendum}", '
            "but the article has no such referendum",
            first,
        )
        for k, sid in enumerate(stance.statements):
            _dangling(
                ctx,
                sid,
                statement_ids,
                "unknown-statement",
                xloc.attr(Stance, "statements").item(k),
                f'{who} rests on statement "{sid}", but the article has no such statement',
                first,
            )
        _after_publication(
            ctx, stance.stated_on, published, xloc.attr(Stance, "stated_on"), who, first
        )
        for k, span in enumerate(stance.evidence):
            _check_span(ctx, span, xloc.attr(Stance, "evidence").item(k))

    for i, ref in enumerate(article.referendums):
        _check_referendum(
            ctx, ref, root.attr(Article, "referendums").item(i), f"referendum {ref.id}"
        )


def _dangling(
    ctx: _Ctx,
    ref: str | None,
    known: Collection[str],
    code: str,
    loc: _Loc,
    message: str,
    span: Span | None,
) -> None:
    """A finding when *ref* names something the article does not have."""
    if ref is not None and ref not in known:
        ctx.add(code, loc, message, span)


def _after_publication(
    ctx: _Ctx,
    when: date | None,
    published: date | None,
    loc: _Loc,
    who: str,
    span: Span | None,
) -> None:
    """A finding when *who* is dated after the article's publication."""
    if published is not None and when is not None and _as_date(when) > published:
        ctx.add(
            "date-after-publication",
            loc,
            f"{who} is dated {when.isoformat()}, after the article's "
            f"publication on {published.isoformat()}",
            span,
        )


# --------------------------------------------------------------------------- front door


def validate(obj: Article | Referendum | RegionResult) -> Report:
    """Check *obj* for impossible, inconsistent or dangling figures, dates, references and spans.

    Args:
        obj: an :class:`Article`, or one :class:`Referendum` or :class:`RegionResult` of it.
            Paths in the findings are relative to *obj*. Checks that need the article (spans,
            references, publication date) run only when *obj* is an article.

    Returns:
        A :class:`Report` with every finding, errors first, each severity in field order.
        It never raises for a model object, however inconsistent.

    Raises:
        UnsupportedTypeError: *obj* is not one of the three model classes.

    >>> from refstance import Article
    >>> validate(Article(text="Nothing to see.")).ok
    True
    >>> validate({"text": "a dict"})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    refstance._errors.UnsupportedTypeError: validate: expected an Article, ... got dict
    """
    # No traps: a figure of an absurd size gives an absurd result, not an exception.
    with localcontext(Context(prec=60, traps=[])):
        if isinstance(obj, Article):
            ctx = _Ctx(
                text=obj.text,
                published=_as_date(obj.published) if obj.published is not None else None,
                actor_ids=frozenset(a.id for a in obj.actors),
            )
            _check_article(ctx, obj)
        elif isinstance(obj, Referendum):
            ctx = _Ctx()
            _check_referendum(ctx, obj, _Loc(), f"referendum {obj.id}")
        elif isinstance(obj, RegionResult):
            ctx = _Ctx()
            options = frozenset(c.option.casefold() for c in obj.choices)
            _check_result(ctx, obj, _Loc(), options)
        else:
            raise UnsupportedTypeError(
                "validate: expected an Article, Referendum or RegionResult, "
                f"got {type(obj).__name__}"
            )
        return ctx.report()
