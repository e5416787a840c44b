"""The parser: an ordered list of named stages over one immutable text.

Each stage is a function ``stage(state: ParseState) -> None`` in a module of its own; it reads
what earlier stages found and adds to it. :data:`STAGES` is the default order; a caller can
pass another sequence to :func:`run` to drop or add a stage.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from refstance._gazetteer import Gazetteer
from refstance._model import Article
from refstance._parser._build import build_article
from refstance._parser._state import ParseState
from refstance._parser.actors import actors
from refstance._parser.figures import figures
from refstance._parser.quotes import quotes
from refstance._parser.referendums import referendums
from refstance._parser.segment import segment
from refstance._parser.stances import stances

Stage = Callable[[ParseState], None]

STAGES: tuple[tuple[str, Stage], ...] = (
    ("segment", segment),
    ("actors", actors),
    ("quotes", quotes),
    ("figures", figures),
    ("referendums", referendums),
    ("stances", stances),
)

__all__ = ["STAGES", "ParseState", "Stage", "run"]


def run(
    text: str,
    *,
    gazetteer: Gazetteer,
    published: date | None = None,
    source: str | None = None,
    stages: Sequence[tuple[str, Stage]] = STAGES,
) -> tuple[Article, ParseState]:
    """Run *stages* over *text*; return the article and the final state (with its trace)."""
    state = ParseState(
        text=text,
        gazetteer=gazetteer,
        published=published,
        published_given=published is not None,
        source=source,
    )
    for _name, stage in stages:
        stage(state)
    return build_article(state), state
