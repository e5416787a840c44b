"""A readable plain-text summary of an article, as ``refstance parse`` prints it.

The summary has a heading (title, date, source) and then one section per kind of finding, each
headed by its name and a count, in a fixed order: ``Actors``, ``Quotations``, ``Stances by
actor``, ``Stances by state``, ``Results``, ``Validation``. An empty section says ``(none)``.

>>> from refstance import Article, Actor, ActorKind
>>> article = Article(
...     text="Serbia will not recognize it.",
...     actors=[Actor(id="serbia", name="Serbia", kind=ActorKind.STATE, country="RS")],
... )
>>> print(summary(article, report=None))  # doctest: +NORMALIZE_WHITESPACE
(untitled article)
published: unknown
<BLANKLINE>
Actors (1)
  Serbia  state  RS
<BLANKLINE>
Quotations (0)
  (none)
<BLANKLINE>
Stances by actor (0)
  (none)
<BLANKLINE>
Stances by state (0)
  (none)
<BLANKLINE>
Results (0)
  (none)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Final

from refstance._model import Actor, Article, Report, Severity, Span

__all__ = ["SECTIONS", "shorten", "summary"]

SECTIONS: Final = (
    "Actors",
    "Quotations",
    "Stances by actor",
    "Stances by state",
    "Results",
    "Validation",
)
"""The section headings of a summary, in order."""

_QUOTE_WIDTH: Final = 120
_EVIDENCE_WIDTH: Final = 100
_INDENT: Final = "  "


def shorten(text: str, width: int = 80) -> str:
    """*text* on one line, cut at a word boundary to at most *width* characters with ``…``.

    >>> shorten("Serbia   cannot\\naccept these results", 20)
    'Serbia cannot…'
    >>> shorten("short", 20)
    'short'
    """
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    cut = flat[: max(width - 1, 1)]
    if " " in cut[1:]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "…"


def _figure(value: Decimal | int | None, unit: str = "") -> str:
    if value is None:
        return "—"
    if isinstance(value, int):
        return f"{value:,}{unit}"
    return f"{value}{unit}"


def _columns(rows: Sequence[Sequence[str]]) -> list[str]:
    """Rows of cells as lines, each column padded to its widest cell."""
    if not rows:
        return []
    n = max(len(r) for r in rows)
    widths = [max((len(r[i]) for r in rows if i < len(r)), default=0) for i in range(n)]
    lines = []
    for r in rows:
        cells = [c.ljust(widths[i]) for i, c in enumerate(r)]
        lines.append(_INDENT + "  ".join(cells).rstrip())
    return lines


def _section(title: str, count: int, lines: Iterable[str]) -> list[str]:
    body = list(lines)
    return ["", f"{title} ({count})", *(body or [_INDENT + "(none)"])]


def _evidence(article: Article, spans: Sequence[Span]) -> str:
    spans = [s for s in spans if len(s)]
    width = max(_EVIDENCE_WIDTH // max(len(spans), 1), 30)  # each span its share of the line
    words = " | ".join(shorten(article.slice(s), width) for s in spans)
    return f"“{words}”" if words else ""


def _name(by_id: dict[str, Actor], actor_id: str | None) -> str:
    if actor_id is None:
        return "(unknown)"
    actor = by_id.get(actor_id)
    return actor.name if actor is not None else f"{actor_id} (not an actor)"


def summary(article: Article, report: Report | None = None) -> str:
    """A readable summary of *article*: actors, quotations, stances, results and findings.

    Args:
        article: the article to describe.
        report: the validation report to list under ``Validation``; ``None`` leaves that
            section out (``refstance parse`` passes ``refstance.validate(article)``).

    Quotations and evidence are put on one line and shortened; a summary never raises on a
    well-formed article, even one whose ids or spans are wrong (validation reports those).
    """
    by_id = {a.id: a for a in article.actors}
    out: list[str] = [article.title or "(untitled article)"]
    head = f"published: {article.published.isoformat() if article.published else 'unknown'}"
    if article.source:
        head += f" · source: {article.source}"
    out.append(head)

    # -- actors -------------------------------------------------------------------------
    rows: list[list[str]] = []
    for a in article.actors:
        details = []
        if a.role:
            details.append(a.role)
        if a.affiliation:
            details.append(f"speaks for {_name(by_id, a.affiliation)}")
        rows.append([a.name, a.kind.value, a.country or "", ", ".join(details)])
    out += _section("Actors", len(article.actors), _columns(rows))

    # -- quotations ---------------------------------------------------------------------
    lines = []
    for s in article.statements:
        when = s.said_on.isoformat() if s.said_on else "undated"
        marker = f" [{s.citation}]" if s.citation else ""
        kind = "" if s.kind.value == "direct" else " (reported)"
        lines.append(f"{_INDENT}{_name(by_id, s.speaker)}, {when}{kind}:")
        lines.append(f"{_INDENT * 2}“{shorten(s.text, _QUOTE_WIDTH)}”{marker}")
    out += _section("Quotations", len(article.statements), lines)

    # -- stances ------------------------------------------------------------------------
    rows = []
    for st in article.stances:
        on = f"on {st.referendum}" if st.referendum else ""
        rows.append(
            [_name(by_id, st.actor), st.position.value, on, _evidence(article, st.evidence)]
        )
    out += _section("Stances by actor", len(article.stances), _columns(rows))

    state_stances = article.state_stances()
    rows = []
    for ss in state_stances:
        via = "" if ss.via == ss.state else f"via {_name(by_id, ss.via)}"
        rows.append(
            [_name(by_id, ss.state), ss.position.value, via, _evidence(article, ss.stance.evidence)]
        )
    out += _section("Stances by state", len(state_stances), _columns(rows))

    # -- results ------------------------------------------------------------------------
    lines = []
    n_results = 0
    for ref in article.referendums:
        where = ", ".join(ref.regions) if ref.regions else "regions not stated"
        who = (
            f"organised by {_name(by_id, ref.organizer)}" if ref.organizer else "organiser unknown"
        )
        territory = f" in {_name(by_id, ref.territory_of)}" if ref.territory_of else ""
        held = f", held {', '.join(d.isoformat() for d in ref.held)}" if ref.held else ""
        lines.append(f"{_INDENT}{ref.id}: {who}{territory} ({where}){held}")
        rows = []
        for rr in ref.results:
            n_results += 1
            region = rr.region
            if rr.region_as_written and rr.region_as_written != rr.region:
                region += f" (“{rr.region_as_written}”)"
            shares = "; ".join(
                f"{c.option} {_figure(c.percent, '%')}"
                + (f" ({_figure(c.votes)} votes)" if c.votes is not None else "")
                for c in rr.choices
            )
            extra = []
            if rr.turnout is not None:
                extra.append(f"turnout {_figure(rr.turnout, '%')}")
            if rr.ballots is not None:
                extra.append(f"ballots {_figure(rr.ballots)}")
            if rr.electorate is not None:
                extra.append(f"electorate {_figure(rr.electorate)}")
            rows.append([_INDENT + region, shares or "no shares", ", ".join(extra)])
        lines += _columns(rows) if rows else [_INDENT * 2 + "(no figures)"]
    out += _section("Results", n_results, lines)

    # -- validation ---------------------------------------------------------------------
    if report is not None:
        ordered = sorted(report.findings, key=lambda f: f.severity is not Severity.ERROR)
        out += _section("Validation", len(report.findings), (_INDENT + str(f) for f in ordered))
        if report.findings:
            out.append(f"{_INDENT}{len(report.errors)} error(s), {len(report.warnings)} warning(s)")
    return "\n".join(out)
