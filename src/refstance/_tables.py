"""Flat tables of what refstance found: one row per actor, statement, stance and result.

:func:`to_rows` turns one article or many into plain rows (``dict`` per row) that stack: every
row carries the index of its article in the input (``article``), the article's ``source`` and
its ``published`` date. :func:`to_frames` makes pandas DataFrames of the same tables with
proper dtypes; it needs the ``pandas`` extra.

Rows keep the model's values: figures are :class:`~decimal.Decimal` with their written
precision, dates are :class:`datetime.date`, enums are their string values, and lists of ids
or spellings are joined with ``"; "``.

>>> from refstance import Article, Actor, ActorKind
>>> article = Article(
...     text="Serbia will not recognize it.",
...     source="a.txt",
...     actors=[Actor(id="serbia", name="Serbia", kind=ActorKind.STATE, country="RS")],
... )
>>> rows = to_rows(article)
>>> sorted(rows)
['actors', 'results', 'stances', 'state_stances', 'statements']
>>> rows["actors"][0]["name"], rows["actors"][0]["kind"], rows["actors"][0]["source"]
('Serbia', 'state', 'a.txt')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from refstance._errors import ExtraNotInstalledError, RefstanceError
from refstance._model import Article, Span

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["COLUMNS", "TABLES", "to_frames", "to_rows"]

Row = dict[str, object]

_ARTICLE_COLUMNS: Final = ("article", "source", "published")

COLUMNS: Final[Mapping[str, tuple[str, ...]]] = {
    "actors": (
        *_ARTICLE_COLUMNS,
        "id",
        "name",
        "kind",
        "role",
        "affiliation",
        "affiliation_name",
        "country",
        "aliases",
        "mentions",
    ),
    "statements": (
        *_ARTICLE_COLUMNS,
        "id",
        "speaker",
        "speaker_name",
        "kind",
        "said_on",
        "cue",
        "citation",
        "text",
        "start",
        "end",
    ),
    "stances": (
        *_ARTICLE_COLUMNS,
        "actor",
        "actor_name",
        "actor_kind",
        "referendum",
        "position",
        "stated_on",
        "grounds",
        "statements",
        "evidence",
    ),
    "state_stances": (
        *_ARTICLE_COLUMNS,
        "state",
        "state_name",
        "country",
        "position",
        "referendum",
        "via",
        "via_name",
        "evidence",
    ),
    "results": (
        *_ARTICLE_COLUMNS,
        "referendum",
        "organizer",
        "organizer_name",
        "territory_of",
        "region",
        "region_as_written",
        "option",
        "percent",
        "votes",
        "turnout",
        "ballots",
        "electorate",
        "citation",
    ),
}
"""The columns of each table, in order. Every row of a table has exactly these keys."""

TABLES: Final[tuple[str, ...]] = tuple(COLUMNS)
"""The table names: ``actors``, ``statements``, ``stances``, ``state_stances``, ``results``."""

_DATE_COLUMNS: Final = frozenset({"published", "said_on", "stated_on"})
_FLOAT_COLUMNS: Final = frozenset({"percent", "turnout"})
_COUNT_COLUMNS: Final = frozenset(
    {"article", "votes", "ballots", "electorate", "mentions", "start", "end"}
)

_EVIDENCE_SEP: Final = " … "


def _join(items: Iterable[str]) -> str | None:
    joined = "; ".join(items)
    return joined or None


def _evidence(article: Article, spans: Iterable[Span]) -> str | None:
    parts = [" ".join(article.slice(s).split()) for s in spans]
    return _EVIDENCE_SEP.join(p for p in parts if p) or None


def _articles(articles: Article | Iterable[Article]) -> list[Article]:
    if isinstance(articles, Article):
        return [articles]
    if isinstance(articles, (str, bytes)) or not isinstance(articles, Iterable):
        raise RefstanceError(
            f"expected an Article or an iterable of Articles, got {type(articles).__name__}"
        )
    out = list(articles)
    for i, a in enumerate(out):
        if not isinstance(a, Article):
            raise RefstanceError(f"articles[{i}]: expected an Article, got {type(a).__name__}")
    return out


def _article_rows(index: int, article: Article) -> dict[str, list[Row]]:
    base: Row = {"article": index, "source": article.source, "published": article.published}
    names = {a.id: a for a in article.actors}

    def name_of(actor_id: str | None) -> str | None:
        actor = names.get(actor_id) if actor_id is not None else None
        return actor.name if actor is not None else None

    actors: list[Row] = [
        {
            **base,
            "id": a.id,
            "name": a.name,
            "kind": a.kind.value,
            "role": a.role,
            "affiliation": a.affiliation,
            "affiliation_name": name_of(a.affiliation),
            "country": a.country,
            "aliases": _join(a.aliases),
            "mentions": len(a.mentions),
        }
        for a in article.actors
    ]
    statements: list[Row] = [
        {
            **base,
            "id": s.id,
            "speaker": s.speaker,
            "speaker_name": name_of(s.speaker),
            "kind": s.kind.value,
            "said_on": s.said_on,
            "cue": s.cue,
            "citation": s.citation,
            "text": s.text,
            "start": s.span.start,
            "end": s.span.end,
        }
        for s in article.statements
    ]
    stances: list[Row] = []
    for st in article.stances:
        holder = names.get(st.actor)
        stances.append(
            {
                **base,
                "actor": st.actor,
                "actor_name": holder.name if holder is not None else None,
                "actor_kind": holder.kind.value if holder is not None else None,
                "referendum": st.referendum,
                "position": st.position.value,
                "stated_on": st.stated_on,
                "grounds": _join(st.grounds),
                "statements": _join(st.statements),
                "evidence": _evidence(article, st.evidence),
            }
        )
    state_stances: list[Row] = []
    for ss in article.state_stances():
        state = names.get(ss.state)
        state_stances.append(
            {
                **base,
                "state": ss.state,
                "state_name": state.name if state is not None else None,
                "country": state.country if state is not None else None,
                "position": ss.position.value,
                "referendum": ss.referendum,
                "via": ss.via,
                "via_name": name_of(ss.via),
                "evidence": _evidence(article, ss.stance.evidence),
            }
        )
    results: list[Row] = []
    for ref in article.referendums:
        ref_base: Row = {
            **base,
            "referendum": ref.id,
            "organizer": ref.organizer,
            "organizer_name": name_of(ref.organizer),
            "territory_of": ref.territory_of,
        }
        for rr in ref.results:
            region: Row = {
                **ref_base,
                "region": rr.region,
                "region_as_written": rr.region_as_written,
                "turnout": rr.turnout,
                "ballots": rr.ballots,
                "electorate": rr.electorate,
                "citation": rr.citation,
            }
            if not rr.choices:  # turnout or counts only: one row with no option
                results.append(
                    _ordered("results", {**region, "option": None, "percent": None, "votes": None})
                )
            for c in rr.choices:
                results.append(
                    _ordered(
                        "results",
                        {**region, "option": c.option, "percent": c.percent, "votes": c.votes},
                    )
                )
    return {
        "actors": actors,
        "statements": statements,
        "stances": stances,
        "state_stances": state_stances,
        "results": results,
    }


def _ordered(table: str, row: Row) -> Row:
    return {column: row[column] for column in COLUMNS[table]}


def to_rows(articles: Article | Iterable[Article]) -> dict[str, list[dict[str, object]]]:
    """The five tables of one article or many, as lists of rows.

    Args:
        articles: an :class:`~refstance.Article` or an iterable of them.

    Returns:
        A dict with the keys of :data:`TABLES`; each value a list of rows whose keys are the
        table's :data:`COLUMNS`, in order:

        - ``actors``: one row per actor, with ``affiliation_name`` (the state a person speaks
          for) and the number of ``mentions``;
        - ``statements``: one row per statement, with the speaker's name and the span;
        - ``stances``: one row per stance, with the words of its evidence spans;
        - ``state_stances``: one row per :meth:`Article.state_stances` entry: the position
          counted for a state, held by the state itself or by a person speaking for it (``via``);
        - ``results``: one row per territory and ballot option (a territory reported with
          turnout only has one row with ``option`` ``None``), with the territory's turnout,
          ballots and electorate repeated on each of its rows.

    Raises:
        RefstanceError: *articles* is neither an Article nor an iterable of Articles.

    >>> to_rows([])["results"]
    []
    """
    tables: dict[str, list[Row]] = {name: [] for name in TABLES}
    for i, article in enumerate(_articles(articles)):
        for name, rows in _article_rows(i, article).items():
            tables[name].extend(_ordered(name, r) for r in rows)
    return tables


def _float(value: object) -> float:
    if value is None:
        return float("nan")
    if isinstance(value, (Decimal, int, float)):
        return float(value)
    raise RefstanceError(f"expected a number, got {type(value).__name__}")  # pragma: no cover


def to_frames(articles: Article | Iterable[Article]) -> dict[str, pd.DataFrame]:
    """The tables of :func:`to_rows` as pandas DataFrames with proper dtypes.

    Dates (``published``, ``said_on``, ``stated_on``) are ``datetime64``; shares and turnout
    ``float64`` (the rows keep the exact :class:`~decimal.Decimal`); counts (``votes``,
    ``ballots``, ``electorate``, ``article``, …) nullable ``Int64``; everything else pandas'
    ``string`` dtype. An empty table still has its columns and dtypes.

    Raises:
        ExtraNotInstalledError: pandas is not installed (``pip install 'refstance[pandas]'``).
        RefstanceError: *articles* is neither an Article nor an iterable of Articles.
    """
    try:
        import pandas as pd
    except ImportError as e:
        raise ExtraNotInstalledError(
            "refstance.to_frames needs pandas: pip install 'refstance[pandas]'"
        ) from e

    frames: dict[str, pd.DataFrame] = {}
    for name, rows in to_rows(articles).items():
        columns = COLUMNS[name]
        data: dict[str, pd.Series] = {}
        for column in columns:
            values = [row[column] for row in rows]
            if column in _DATE_COLUMNS:
                data[column] = pd.to_datetime(pd.Series(values, dtype=object))
            elif column in _FLOAT_COLUMNS:
                data[column] = pd.Series([_float(v) for v in values], dtype="float64")
            elif column in _COUNT_COLUMNS:
                data[column] = pd.Series(values, dtype="Int64")
            else:
                data[column] = pd.Series(values, dtype="string")
        frames[name] = pd.DataFrame(data, columns=list(columns))
    return frames
