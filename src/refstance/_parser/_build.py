"""Turn the parser's mutable state into the immutable :class:`refstance.Article`."""

from __future__ import annotations

import attrs

from refstance._model import Actor, Article
from refstance._parser._state import Block, ParseState


def build_article(state: ParseState) -> Article:
    """The :class:`Article` for everything *state* holds; only relevant actors are kept."""
    for r in state.referendums:
        for key in (r.organizer, r.territory_of):
            if key in state.actors:
                state.actors[key].relevant = True
    for st in state.stances:
        if st.actor in state.actors:
            state.actors[st.actor].relevant = True
    for d in list(state.actors.values()):
        if d.relevant and d.affiliation in state.actors:
            state.actors[d.affiliation].relevant = True
    actors = []
    for d in state.actors.values():
        if not d.relevant:
            continue
        seen: set[str] = {d.name}
        aliases = []
        for a in d.aliases:
            if a not in seen:
                seen.add(a)
                aliases.append(a)
        affiliation = d.affiliation if d.affiliation in state.actors else None
        actors.append(
            Actor(
                id=d.key,
                name=d.name,
                kind=d.kind,
                aliases=tuple(aliases),
                role=d.role,
                affiliation=affiliation,
                country=d.country,
                mentions=tuple(sorted({m.span for m in d.mentions}, key=lambda s: (s.start, s.end))),
            )
        )
    kept = {a.id for a in actors}
    actors = [
        a if a.affiliation is None or a.affiliation in kept else _without_affiliation(a)
        for a in actors
    ]
    return Article(
        text=state.text,
        published=state.published,
        title=state.title,
        source=state.source,
        paragraphs=tuple(p.span for p in state.paragraphs if p.kind is Block.BODY),
        captions=tuple(p.span for p in state.paragraphs if p.kind is Block.CAPTION),
        actors=tuple(actors),
        statements=tuple(state.statements),
        stances=tuple(state.stances),
        referendums=tuple(state.referendums),
    )


def _without_affiliation(a: Actor) -> Actor:
    return attrs.evolve(a, affiliation=None)
