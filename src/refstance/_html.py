"""HTML views of articles and referendums, for notebooks (``_repr_html_``).

:func:`article_html` shows the article's text with the actors' mentions, the quotations
(coloured by speaker) and the result figures highlighted and the captions greyed, followed by
tables of the stances per actor and per state and of the results. :func:`referendum_html`
shows one referendum with a small inline SVG bar chart of the shares per territory.

The HTML is plain HTML with one scoped ``<style>`` block: no JavaScript, no external resource.
Every piece of text, the article's and the model's alike, goes through :func:`html.escape`, so
an article cannot inject markup.

Highlights may overlap (an actor named inside a quotation, a quotation inside a caption): the
text is cut at every span boundary and each piece is wrapped in the tags of the spans that cover
it, so the tags always nest.

>>> from refstance import Article, Actor, ActorKind, Span
>>> text = "Serbia said <no>."
>>> a = Article(text=text, actors=[Actor(id="serbia", name="Serbia", kind=ActorKind.STATE,
...     mentions=[Span(start=0, end=6)])])
>>> html = article_html(a)
>>> '<span class="rs-actor rs-actor-state" data-actor="serbia"' in html
True
>>> "&lt;no&gt;" in html and "<no>" not in html
True
"""

from __future__ import annotations

import itertools
import zlib
from collections.abc import Iterable, Sequence
from decimal import Decimal
from html import escape
from typing import Final

import attrs

from refstance._model import Actor, Article, Position, Referendum, RegionResult, Span

__all__ = ["PALETTE", "article_html", "referendum_html", "speaker_colour"]

PALETTE: Final[tuple[str, ...]] = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#9467bd",
    "#ff7f0e",
    "#17becf",
    "#8c564b",
    "#e377c2",
)
"""The colours quotations take, one per speaker, chosen by a stable hash of the speaker's id."""

_UNKNOWN_SPEAKER: Final = "#7f7f7f"

_POSITION_COLOURS: Final = {
    Position.REJECT: "#c0392b",
    Position.RECOGNIZE: "#1e8449",
    Position.SUPPORT: "#2471a3",
    Position.OPPOSE: "#a04000",
    Position.NEUTRAL: "#616a6b",
}

_OPTION_COLOURS: Final = {"yes": "#2e86c1", "no": "#cb4335"}

_STYLE: Final = """
.refstance { font-family: system-ui, sans-serif; font-size: 14px; line-height: 1.5;
  color: #1b1b1b; max-width: 60em; }
.refstance h3 { margin: 0.2em 0; font-size: 1.2em; }
.refstance h4 { margin: 1em 0 0.3em; font-size: 1.05em; }
.refstance .rs-meta { color: #555; margin-bottom: 0.6em; }
.refstance .rs-text { white-space: pre-wrap; border-left: 3px solid #ddd; padding-left: 0.8em; }
.refstance .rs-caption { color: #8a8a8a; font-style: italic; }
.refstance q.rs-quote { quotes: none; border-bottom: 2px solid; padding: 0 1px; }
.refstance q.rs-quote::before, .refstance q.rs-quote::after { content: none; }
.refstance mark.rs-figure { background: #fff3b0; padding: 0 1px; }
.refstance .rs-actor { font-weight: 600; }
.refstance .rs-actor-state { text-decoration: underline dotted; }
.refstance table.rs-table { border-collapse: collapse; margin: 0.3em 0; }
.refstance table.rs-table th, .refstance table.rs-table td { border: 1px solid #ddd;
  padding: 2px 6px; text-align: left; vertical-align: top; }
.refstance table.rs-table td.rs-num { text-align: right; font-variant-numeric: tabular-nums; }
.refstance .rs-position { font-weight: 600; }
.refstance .rs-legend span.rs-swatch { display: inline-block; width: 0.8em; height: 0.8em;
  margin: 0 0.3em 0 0.8em; vertical-align: middle; }
.refstance .rs-none { color: #888; }
"""

# Outer to inner: a caption may hold a quotation, a quotation a figure, a figure a name.
_LAYER_CAPTION: Final = 0
_LAYER_QUOTE: Final = 1
_LAYER_FIGURE: Final = 2
_LAYER_ACTOR: Final = 3


@attrs.frozen
class _Mark:
    start: int
    end: int
    layer: int
    open: str
    close: str


def speaker_colour(speaker: str | None) -> str:
    """The colour of *speaker*'s quotations: the same for the same id in every session.

    >>> speaker_colour("nikola-selakovic") == speaker_colour("nikola-selakovic")
    True
    >>> speaker_colour(None)
    '#7f7f7f'
    """
    if speaker is None:
        return _UNKNOWN_SPEAKER
    return PALETTE[zlib.crc32(speaker.encode("utf-8")) % len(PALETTE)]


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _attrs(**values: str | None) -> str:
    return "".join(
        f' {name.rstrip("_").replace("_", "-")}="{_e(v)}"'
        for name, v in values.items()
        if v is not None
    )


def _clip(span: Span, n: int) -> tuple[int, int] | None:
    start, end = min(span.start, n), min(span.end, n)
    return (start, end) if start < end else None


def _marks(article: Article) -> list[_Mark]:
    n = len(article.text)
    by_id = {a.id: a for a in article.actors}
    marks: list[_Mark] = []

    def add(span: Span | None, layer: int, tag: str, attributes: str) -> None:
        if span is None:
            return
        clipped = _clip(span, n)
        if clipped is not None:
            marks.append(_Mark(clipped[0], clipped[1], layer, f"<{tag}{attributes}>", f"</{tag}>"))

    for span in article.captions:
        add(span, _LAYER_CAPTION, "span", ' class="rs-caption"')
    for s in article.statements:
        speaker = by_id.get(s.speaker) if s.speaker else None
        title = speaker.name if speaker else (s.speaker or "speaker unknown")
        if s.said_on:
            title += f", {s.said_on.isoformat()}"
        colour = speaker_colour(s.speaker)
        add(
            s.span,
            _LAYER_QUOTE,
            "q",
            _attrs(
                class_="rs-quote",
                data_statement=s.id,
                data_speaker=s.speaker or "",
                title=title,
                style=f"border-color: {colour}; background: {colour}1f",
            ),
        )
    for ref in article.referendums:
        for rr in ref.results:
            add(
                rr.span,
                _LAYER_FIGURE,
                "mark",
                _attrs(class_="rs-figure", data_referendum=ref.id, data_region=rr.region),
            )
    for a in article.actors:
        attributes = _attrs(
            class_=f"rs-actor rs-actor-{a.kind.value}", data_actor=a.id, title=_actor_title(a)
        )
        for span in a.mentions:
            add(span, _LAYER_ACTOR, "span", attributes)
    return marks


def _actor_title(a: Actor) -> str:
    parts = [a.name, a.kind.value]
    if a.role:
        parts.append(a.role)
    if a.affiliation:
        parts.append(f"speaks for {a.affiliation}")
    return " · ".join(parts)


def _highlight(text: str, marks: Sequence[_Mark]) -> str:
    """*text* escaped, each piece between two span boundaries wrapped in its marks' tags."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starting: dict[int, list[_Mark]] = {}
    for m in marks:
        starting.setdefault(m.start, []).append(m)
    active: list[_Mark] = []
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        active = [m for m in active if m.end > a]
        active.extend(starting.get(a, ()))
        if not active:
            out.append(escape(text[a:b], quote=True))
            continue
        ordered = sorted(active, key=lambda m: (m.layer, m.start, -m.end))
        out.extend(m.open for m in ordered)
        out.append(escape(text[a:b], quote=True))
        out.extend(m.close for m in reversed(ordered))
    return "".join(out)


def _table(
    headers: Sequence[str], rows: Iterable[Sequence[str]], numeric: Iterable[int] = ()
) -> str:
    """A table whose cells are already HTML (escaped by the caller)."""
    nums = set(numeric)
    body = []
    for r in rows:
        cells = "".join(
            f'<td class="rs-num">{c}</td>' if i in nums else f"<td>{c}</td>"
            for i, c in enumerate(r)
        )
        body.append(f"<tr>{cells}</tr>")
    if not body:
        return '<p class="rs-none">(none)</p>'
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    return (
        f'<table class="rs-table"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )


def _position(p: Position) -> str:
    return (
        f'<span class="rs-position rs-pos-{p.value}" style="color: {_POSITION_COLOURS[p]}">'
        f"{_e(p.value)}</span>"
    )


def _evidence(article: Article, spans: Sequence[Span]) -> str:
    from refstance._summary import shorten

    return _e(" | ".join(shorten(article.slice(s), 120) for s in spans if len(s)))


def _name(by_id: dict[str, Actor], actor_id: str | None) -> str:
    if actor_id is None:
        return ""
    actor = by_id.get(actor_id)
    return _e(actor.name if actor is not None else actor_id)


def _num(value: Decimal | int | None, unit: str = "") -> str:
    if value is None:
        return ""
    return _e(f"{value:,}" if isinstance(value, int) else f"{value}{unit}")


def _results_table(results: Sequence[tuple[str, RegionResult]]) -> str:
    rows = []
    for ref_id, rr in results:
        cells = [_e(ref_id), _e(rr.region), _e(rr.region_as_written or "")]
        figures = [_num(rr.turnout, "%"), _num(rr.ballots), _num(rr.electorate)]
        if not rr.choices:
            rows.append([*cells, "", "", "", *figures])
        for c in rr.choices:
            rows.append([*cells, _e(c.option), _num(c.percent, "%"), _num(c.votes), *figures])
    headers = (
        "referendum",
        "region",
        "as written",
        "option",
        "share",
        "votes",
        "turnout",
        "ballots",
        "electorate",
    )
    return _table(headers, rows, numeric=(4, 5, 6, 7, 8))


def _chart(ref: Referendum) -> str:
    """An SVG bar chart: one bar per territory and option, its length the share (0–100 %)."""
    bars: list[tuple[str, str, Decimal]] = []
    for rr in ref.results:
        bars.extend((rr.region, c.option, c.percent) for c in rr.choices if c.percent is not None)
    if not bars:
        return '<p class="rs-none">(no shares to chart)</p>'
    label_w, bar_w, row_h, pad = 170, 320, 20, 4
    width = label_w + bar_w + 70
    height = row_h * len(bars) + pad * 2
    parts = [
        f'<svg class="rs-chart" xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{_e("shares per territory in " + ref.id)}">',
        f"<title>{_e('Shares per territory: ' + ref.id)}</title>",
        f'<line x1="{label_w}" y1="0" x2="{label_w}" y2="{height}" stroke="#999"/>',
        f'<line x1="{label_w + bar_w}" y1="0" x2="{label_w + bar_w}" y2="{height}" '
        'stroke="#ddd" stroke-dasharray="3,3"/>',
    ]
    previous = None
    for i, (region, option, percent) in enumerate(bars):
        y = pad + i * row_h
        share = min(max(float(percent), 0.0), 100.0)
        colour = _OPTION_COLOURS.get(option, PALETTE[zlib.crc32(option.encode()) % len(PALETTE)])
        label = f"{region} · {option}" if region != previous else f"· {option}"
        previous = region
        parts.append(
            f'<text x="{label_w - 6}" y="{y + row_h - 6}" text-anchor="end" '
            f'font-size="12">{_e(label)}</text>'
        )
        parts.append(
            f'<rect x="{label_w}" y="{y + 3}" width="{share * bar_w / 100:.1f}" '
            f'height="{row_h - 6}" fill="{colour}"><title>{_e(f"{region}, {option}: {percent}%")}'
            "</title></rect>"
        )
        parts.append(
            f'<text x="{label_w + share * bar_w / 100 + 4:.1f}" y="{y + row_h - 6}" '
            f'font-size="12">{_e(f"{percent}%")}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _referendum_body(ref: Referendum, by_id: dict[str, Actor]) -> str:
    facts = [
        ("organiser", _name(by_id, ref.organizer)),
        ("territory of", _name(by_id, ref.territory_of)),
        ("regions", _e(", ".join(ref.regions))),
        ("held", _e(", ".join(d.isoformat() for d in ref.held))),
        ("question", _e(ref.question or "")),
    ]
    listed = "".join(f"<dt>{_e(k)}</dt><dd>{v}</dd>" for k, v in facts if v)
    return (
        f'<div class="rs-referendum" data-referendum="{_e(ref.id)}">'
        f"<h4>Referendum {_e(ref.id)}</h4>"
        + (f"<dl>{listed}</dl>" if listed else "")
        + _chart(ref)
        + _results_table([(ref.id, rr) for rr in ref.results])
        + "</div>"
    )


def _wrap(body: str) -> str:
    return f'<div class="refstance"><style>{_STYLE}</style>{body}</div>'


def referendum_html(referendum: Referendum) -> str:
    """A referendum as HTML: its facts, a bar chart of the shares per territory, a results table.

    >>> from refstance import Referendum, RegionResult, ChoiceResult
    >>> r = Referendum(id="ref-1", results=[RegionResult(region="Kherson",
    ...     choices=[ChoiceResult(option="yes", percent="87.05")])])
    >>> "<svg" in referendum_html(r) and "87.05%" in referendum_html(r)
    True
    """
    return _wrap(_referendum_body(referendum, {}))


def article_html(article: Article) -> str:
    """An article as HTML: highlighted text, stance tables and results.

    Mentions of actors are ``<span class="rs-actor" data-actor="…">``; quotations are
    ``<q class="rs-quote" data-speaker="…" data-statement="…">`` coloured by speaker
    (:func:`speaker_colour`); result figures ``<mark class="rs-figure" data-region="…">``;
    captions ``<span class="rs-caption">``. Spans outside the text are clipped, not fatal.
    """
    by_id = {a.id: a for a in article.actors}
    meta = [article.published.isoformat() if article.published else "date unknown"]
    if article.source:
        meta.append(article.source)
    counts = (
        f"{len(article.actors)} actors, {len(article.statements)} quotations, "
        f"{len(article.stances)} stances, {len(article.referendums)} referendums"
    )
    meta.append(counts)

    speakers = []
    for sid in dict.fromkeys(s.speaker for s in article.statements):
        colour = speaker_colour(sid)
        name = _name(by_id, sid) if sid else "speaker unknown"
        speakers.append(f'<span class="rs-swatch" style="background: {colour}"></span>{name}')
    legend = f'<div class="rs-legend">Quotations by: {"".join(speakers)}</div>' if speakers else ""

    stance_rows = [
        [
            _name(by_id, st.actor),
            _e(by_id[st.actor].kind.value) if st.actor in by_id else "",
            _position(st.position),
            _e(st.referendum or ""),
            _evidence(article, st.evidence),
        ]
        for st in article.stances
    ]
    state_rows = [
        [
            _name(by_id, ss.state),
            _position(ss.position),
            _e(ss.referendum or ""),
            "" if ss.via == ss.state else _name(by_id, ss.via),
            _evidence(article, ss.stance.evidence),
        ]
        for ss in article.state_stances()
    ]
    body = (
        f"<h3>{_e(article.title or 'Untitled article')}</h3>"
        f'<div class="rs-meta">{_e(" · ".join(meta))}</div>'
        + legend
        + f'<div class="rs-text">{_highlight(article.text, _marks(article))}</div>'
        + "<h4>Stances by actor</h4>"
        + _table(("actor", "kind", "position", "referendum", "evidence"), stance_rows)
        + "<h4>Stances by state</h4>"
        + _table(("state", "position", "referendum", "via", "evidence"), state_rows)
        + "<h4>Results</h4>"
        + (
            "".join(_referendum_body(ref, by_id) for ref in article.referendums)
            or '<p class="rs-none">(none)</p>'
        )
    )
    return _wrap(body)
